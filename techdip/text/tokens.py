"""Words and scripts of the working string, for rules that count words (names, nearby cues)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import add
from typing import NamedTuple

# A word is a run of letters, digits and the combining marks that Indic, Thai and other scripts write
# inside words. Chinese and Japanese have no spaces, so there every character counts as one word: the
# windows of cues and negations then measure characters, not whole clauses.
_UNSPACED_CHAR = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
WORD = re.compile(
    _UNSPACED_CHAR
    + r"|(?:(?!"
    + _UNSPACED_CHAR
    + r")(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff]))+"
)


class Token(NamedTuple):
    start: int
    end: int
    text: str


class _WordClass(dict):
    """str.translate table: "u" for a character that is a word on its own (Han, Kana), "w" for a character
    inside a word, "n" for any other; each character classified once per process by WORD itself."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = "n" if WORD.fullmatch(char) is None else "u" if _UNSPACED.fullmatch(char) else "w"
        self[code] = value
        return value


_UNSPACED = re.compile(_UNSPACED_CHAR)
_CLASSES = _WordClass()
_CLASS_RUN = re.compile("(u|w+)")


class Tokens(list):
    """The words of a text, as a list of Token, with lookup by character position.

    The words are WORD's matches, found at C speed: the text is translated into a string of character classes
    ("w" word, "u" unspaced word, "n" neither), whose runs of "w" are the words (split on "n" when the text has
    no unspaced characters, else a regular expression over the class string). A list itself, so that
    `tokens[i]` and `len(tokens)`, which the rules on names call a million times per thousand articles, run in
    C instead of through Python methods."""

    def __init__(self, text: str) -> None:
        classes = text.translate(_CLASSES)
        if "u" not in classes:
            runs = list(map(len, classes.split("n")))
            # piece k of the split starts after the k earlier pieces and their separators
            firsts = accumulate(map(add, runs, repeat(1)), initial=0)
            self.starts = list(compress(firsts, runs))
            self.ends = list(map(add, self.starts, compress(runs, runs)))
        else:
            pieces = _CLASS_RUN.split(classes)  # separator, word, separator, word, ..., separator
            bounds = list(accumulate(map(len, pieces)))
            self.starts, self.ends = bounds[0:-1:2], bounds[1::2]
        self.words = list(map(text.__getitem__, map(slice, self.starts, self.ends)))
        # index of the first token starting at or after a position: bisect itself, no Python frame per call (the
        # name rules ask hundreds of times per article)
        self.first_at_or_after: Callable[[int], int] = partial(bisect_left, self.starts)
        # tuple.__new__ builds each Token without a Python-level call
        super().__init__(map(tuple.__new__, repeat(Token), zip(self.starts, self.ends, self.words, strict=True)))

    @property
    def items(self) -> list[Token]:
        return self

    def last_ending_before(self, pos: int) -> int:
        """Index of the last token ending at or before pos (-1 if none)."""
        return bisect_right(self.ends, pos) - 1

    # one text's words compare as an object, not by value, and hash (a list does neither)
    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__


@lru_cache(maxsize=8192)
def char_script(char: str) -> str:
    """A coarse script class for boundary and name rules: the scripts with rules of their own by name, then
    "latin", "cased" (Greek, Armenian ...: names start with a capital) or "caseless" (Hebrew, Bengali,
    Gurmukhi, Ethiopic ...: a name is known by its place, not its case) for every other alphabet."""
    if not char.isalnum():
        return "none"
    name = unicodedata.name(char, "")
    for prefix, script in (
        ("CJK", "han"), ("HIRAGANA", "kana"), ("KATAKANA", "kana"), ("HANGUL", "hangul"),
        ("THAI", "thai"), ("LAO", "thai"), ("KHMER", "thai"), ("MYANMAR", "thai"),
        ("ARABIC", "arabic"), ("CYRILLIC", "cyrillic"), ("DEVANAGARI", "devanagari"),
    ):  # fmt: skip
        if name.startswith(prefix):
            return script
    if not char.isalpha():
        return "digit"
    if name.startswith(("LATIN", "FULLWIDTH LATIN")):
        return "latin"
    return "cased" if char.lower() != char.upper() else "caseless"


class _Widths(dict):
    """str.translate table: a wide character (East Asian width W or F) becomes two columns, any other one."""

    def __missing__(self, code: int) -> str:
        value = "  " if unicodedata.east_asian_width(chr(code)) in "WF" else " "
        self[code] = value
        return value


_WIDTHS = _Widths()
# the first wide code point (U+0378 in Unicode 14, unassigned: Python counts those wide): below it, none is
_FIRST_WIDE = chr(next(code for code in range(0x110000) if unicodedata.east_asian_width(chr(code)) in "WF"))


def display_width(text: str) -> int:
    """Width of `text` in columns: a Chinese, Japanese or Korean character holds about a word, so it counts
    twice; length tests written in Latin letters ("a short line") then hold in every script."""
    if text.isascii() or max(text) < _FIRST_WIDE:  # no ASCII character is wide, nor any Latin letter
        return len(text)
    return len(text.translate(_WIDTHS))
