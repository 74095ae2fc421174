"""Words and scripts: every alphabet gets a class that says whether case can mark a name."""

from __future__ import annotations

import pytest

from techdip.text.tokens import WORD, Tokens, char_script, display_width


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("a", "latin"), ("Ş", "latin"), ("Ж", "cyrillic"), ("ب", "arabic"), ("中", "han"), ("カ", "kana"),
        ("한", "hangul"), ("क", "devanagari"), ("ก", "thai"), ("Ω", "cased"), ("Ա", "cased"),
        ("ש", "caseless"), ("ব", "caseless"), ("ਪ", "caseless"), ("ኢ", "caseless"), ("7", "digit"), (",", "none"),
    ],
)  # fmt: skip
def test_each_character_has_a_script_class(char, script):
    assert char_script(char) == script


@pytest.mark.parametrize("word", ["চীনের", "ਪੰਜਾਬੀ", "ภาษาไทย", "שלום"])
def test_vowel_signs_and_marks_stay_inside_their_word(word):
    assert [t.text for t in Tokens(f"{word} {word}").items] == [word, word]


def test_the_words_are_the_matches_of_WORD_in_every_script():
    text = "Iran–Armenia: 5G\u200cها, 中国和日本 signed l'accord (2024) — 한국어 ภาษา এস. জয়শংকর_x Ω42 \u0301a"
    expected = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    tokens = Tokens(text)
    assert [tuple(t) for t in tokens.items] == expected
    assert (tokens.starts, tokens.ends, tokens.words) == tuple(list(column) for column in zip(*expected, strict=True))
    assert len(Tokens("")) == 0 and len(Tokens(" , ")) == 0


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("", 0),
        ("a short line", 12),
        ("中国", 4),
        ("한국어 AI", 9),
        ("ＡＢ", 4),
        ("ایران", 5),
        ("e\u0301", 2),
        ("Évora café", 10),
        ("Ωμέγα", 5),
        ("Évora 中国", 10),
    ],
)
def test_wide_characters_count_twice(text, width):
    assert display_width(text) == width


def test_tokens_answer_by_index_and_by_position():
    tokens = Tokens("Iran and Armenia, 中国")
    assert tokens[0] == (0, 4, "Iran") and tokens[-1].text == "国" and len(tokens) == 5
    assert tokens[1:3] == [(5, 8, "and"), (9, 16, "Armenia")]
    assert tokens.first_at_or_after(5) == 1 and tokens.first_at_or_after(6) == 2 and tokens.first_at_or_after(99) == 5
    assert tokens.last_ending_before(16) == 2 and tokens.last_ending_before(3) == -1
    # one text's words are an object of their own: two readings of the same text are not the same words
    assert Tokens("Iran") != Tokens("Iran") and len({Tokens("a"), Tokens("a")}) == 2
