"""Words and scripts: every alphabet gets a class that says whether case can mark a name."""

from __future__ import annotations

import pytest

from techdip.text.tokens import Tokens, char_script


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
