"""Which stored person a newly written name is (techdip.store.story_index.match_person): one identity per
person, never one for two people."""

from __future__ import annotations

from techdip.store.story_index import match_person


def test_a_short_katakana_name_joins_only_its_very_spelling():
    known = [(1, "ファム・ミン・チン", "ファム・ミン・チン"), (2, "チン", "チン")]
    assert match_person("チン", None, known)[0] == 2
    # a new short form starts its own identity rather than join the first name it ends like
    assert match_person("チン", None, known[:1]) == (None, None, None)


def test_a_short_katakana_form_on_file_draws_no_other_name_to_it():
    known = [(2, "チン", "チン")]
    assert match_person("マイ・ティエン・ズン", None, known) == (None, None, None)


def test_a_longer_name_still_joins_its_other_spellings():
    known = [(7, "グエン・マン・フン", "グエン・マン・フン")]
    person, _, why = match_person("グエン・マイン・フン", "VNM", known)
    assert person == 7 and why is not None and "~" in why


def test_a_one_word_latin_name_still_joins_the_full_name():
    known = [(3, "Mahmoud Vaezi", "Mahmoud Vaezi")]
    assert match_person("Vaezi", "IRN", known)[0] == 3


def test_a_family_name_read_alike_does_not_join_two_people_whose_given_names_differ():
    # Perrone and Bernini share a skeleton in Persian letters; the given names open with other consonants
    known = [(4, "جوزپه پرونه", "جوزپه پرونه")]
    assert match_person("Annamaria Bernini", "ITA", known) == (None, None, None)
    known = [(5, "عمرو طلعت", "عمرو طلعت")]
    assert match_person("Amr Talaat", "EGY", known)[0] == 5
