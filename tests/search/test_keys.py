"""A word in one script matches the same word written in another, and not the near words that are other names."""

from __future__ import annotations

import re

import pytest

from techdip.search.keys import match_pattern, name_terms, query_words, skeleton_of, text_terms


def finds(query: str, stored: str) -> bool:
    """Does the query find the stored name or text, by the rules the database applies (same vocabulary lookup
    by consonants, then the same pattern)?"""
    terms = name_terms(stored)
    words = query_words(query)
    for word in words:
        by_key = any(
            skeleton_of(term) == skeleton and re.search(pattern, term)
            for key in word.keys
            for skeleton, pattern in [match_pattern(key)]
            for term in terms
        )
        if not by_key and not (word.chars and all(char in terms for char in word.chars)):
            return False
    return bool(words)


HASHEMI = ["Hashemi", "هاشمی", "هاشمي", "Хашеми", "हाशमी", "萨塔尔·哈希米", "ハシミ", "Sattar HASHEMI"]


@pytest.mark.parametrize("query", ["Hashemi", "هاشمی", "Хашеми", "Hashimi"])
@pytest.mark.parametrize("written", HASHEMI)
def test_hashemi_in_any_script_finds_hashemi_in_every_other(query, written):
    assert finds(query, written)


# near names, each another person: not found by Hashemi in any script, nor do they find Hashemi
NOT_HASHEMI = ["Hashimoto", "Hashim", "Hisham", "هشام", "Hossam", "حسام", "Hashemian", "هاشمیان", "Khasimwa",
               "阿茲曼·哈希姆", "Kazemi", "Qasemi", "قاسمی", "Hamid",
               "Hasemi", "Χασεμί"]  # fmt: skip


@pytest.mark.parametrize("near", NOT_HASHEMI)
@pytest.mark.parametrize("query", ["Hashemi", "هاشمی", "Хашеми"])
def test_near_names_are_other_people(query, near):
    assert not finds(query, near)
    assert not finds(near, "Hashemi") or near == "Hashemi"


@pytest.mark.parametrize(
    ("latin", "arabic_script", "cyrillic"),
    [("Mousavi", "موسوی", "Мусави"), ("Sattar", "ستار", "Саттар"), ("Davood", "داوود", "Давуд"),
     ("Vaezi", "واعظی", "Ваэзи"), ("Hossein", "حسین", "Хосейн"), ("Amin", "امین", "Амин")],
)  # fmt: skip
def test_other_persian_names_match_across_the_three_scripts(latin, arabic_script, cyrillic):
    for query in (latin, arabic_script, cyrillic):
        for written in (latin, arabic_script, cyrillic):
            assert finds(query, written), (query, written)


def test_the_arabic_article_is_read_both_ways():
    assert finds("Harthy", "الحارثي") and finds("الحارثي", "Al-Harthy")


def test_an_abjad_spelling_that_fits_two_latin_names_finds_both():
    # هاشمی writes no vowel between ش and م: Hashmi (Urdu romanisation) and Hashemi are both read in it;
    # the Latin spellings stay apart, since each says where its vowels are
    assert finds("هاشمی", "Hashmi") and finds("هاشمی", "Hashemi") and finds("هاشمی", "Hashami")
    assert not finds("Hashemi", "Hashmi") and not finds("Hashemi", "Hashami")


def test_short_words_match_only_in_their_own_script():
    assert finds("AI", "ai") and not finds("AI", "ای")
    assert not finds("Ali", "إلى")  # "to": a word with one consonant would match nearly anything across scripts
    assert not finds("Amin", "من")  # "from": Amin begins with a vowel, من does not


def test_v_and_f_stay_apart_as_sh_and_s_do():
    assert not finds("Vaezi", "Fawzy") and not finds("Hisham", "حسام") and finds("Hisham", "هشام")
    assert finds("Walid", "وليد") and finds("Vahid", "وحید")


def test_whole_words_only_and_every_word_of_the_query():
    assert not finds("cyber", "cybersecurity")
    assert finds("Sattar Hashemi", "ستار هاشمی") and not finds("Sattar Vaezi", "ستار هاشمی")


def test_unspaced_scripts_are_searched_by_their_characters():
    terms = text_terms("伊朗和亚美尼亚签署人工智能备忘录")
    assert {"C人", "C工", "C智", "C能"} <= terms
    assert finds("人工智能", "伊朗和亚美尼亚签署人工智能备忘录") and not finds("人工智能", "伊朗和亚美尼亚签署备忘录")


def test_text_without_words_gives_no_terms_and_no_query():
    assert text_terms("-- !! ...") == set() and query_words("?!") == []
