"""Sentence segmentation for every script we read, on the working string.

A sentence ends at a line break or at terminal punctuation of any script
(. ! ? ؟ ۔ । 。 ！ ？ …) followed by space or end of text, except after an
abbreviation or initial (a short capitalised token like "Dr." or "U.S.", which
the working string has lower-cased, so the original text decides) and, in
languages that write ordinals with a dot, after a number inside a line that a
word follows ("am 9. Juni", "Bakanları 1. Toplantısı"), or after a month
abbreviation before a number ("on Oct. 14 with"). No sentence is longer than
MAX_SENTENCE_CHARS: a run of text without terminal punctuation (a list, a page
of markup, hostile input) is cut at the last space before the limit, so that the
work done per sentence stays bounded.
"""

from __future__ import annotations

import re

from techdip.text.normalize import NormalizedText

# The longest sentence in the project's real news is about 820 characters.
MAX_SENTENCE_CHARS = 2000

# Arabic-script writers often glue the next sentence to the period ("بله.وزیر").
_TERMINAL = re.compile(r"[.!?؟۔।॥…]+[\"')\]»”]*(?=\s|$|[\u0620-\u064a\u066e-\u06d3])|[。！？]+[」』”）)]*|\n+")
_ABBREVIATION = re.compile(
    r"^\(?(?:[A-Z]|[A-Z](?:\.[A-Z])+|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sen|Rep|St|Jr|Sr|No|Inc|Ltd|Co|Corp|Dato|Datuk"
    r"|Tan|Sri|Hj|Gov|Pres|Amb|Lt|Capt|Adm|Maj|Mme|Sra|Sr|Hr|Fr|Nr|vs|etc|г|гг|тыс|млн|млрд|им|т\.д|т\.е|Bpk|Tn)\.$"
)


def split_sentences(
    norm: NormalizedText,
    abbreviations: frozenset[str] = frozenset(),
    ordinal_dot: bool = False,
    before_numbers: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in the working string, stripped of surrounding space.

    `abbreviations` are working forms that a period does not end ("dr", "sra", "डॉ"): a language's honorifics.
    `ordinal_dot`: the language writes ordinal numbers with a dot ("am 9. Juni").
    `before_numbers` are working forms whose period does not end a sentence when a number follows: month
    abbreviations ("on Oct. 14 with")."""
    text = norm.text
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _TERMINAL.finditer(text):
        end = match.end()
        if (
            match.group().startswith(".")
            and "\n" not in match.group()
            and (
                _after_abbreviation(norm, match.start(), abbreviations, ordinal_dot)
                or (_word_before(text, match.start()) in before_numbers and _next_char(text, end).isdigit())
            )
        ):
            continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans


def _after_abbreviation(norm: NormalizedText, dot: int, abbreviations: frozenset[str], ordinal_dot: bool) -> bool:
    """True when the '.' at working index `dot` closes an abbreviation or an initial in the original text."""
    text = norm.text
    word = _word_before(text, dot)
    start = dot - len(word)
    if word in abbreviations or f"{word}." in abbreviations:
        return True
    number = word.lstrip("`'\"‘“(")
    if ordinal_dot and number.isdigit() and len(number) <= 2 and _before_a_word(norm, start, dot):
        return True  # an ordinal: "am 9. Juni", "vom 14. bis 16. Januar", "Bakanları 1. Toplantısı"
    letters = [c for c in word if c.isalpha()]
    if len(letters) == 1 and not word[0].isdigit() and not letters[0].isascii():
        return True  # an initial in any script: "एस. जयशंकर"
    return bool(_ABBREVIATION.match(norm.original_text(start, dot + 1)))


def _word_before(text: str, dot: int) -> str:
    """The run of non-space characters that ends at `dot`."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:dot]


def _before_a_word(norm: NormalizedText, start: int, dot: int) -> bool:
    """Does the number at `start` stand inside a line, after another word, with a word after its dot
    ("Bakanları 1. Toplantısı")? A number opening a line ("1. Background") numbers a list."""
    text = norm.text
    inside_line = start > 0 and text[start - 1] == " " and _previous_char(text, start) not in ("", "\n")
    return inside_line and text[dot + 1 : dot + 2] == " " and text[dot + 2 : dot + 3].isalpha()


def _next_char(text: str, pos: int) -> str:
    """The first character at or after `pos` that is not a space ("" at the end): found without copying the rest
    of the text, which a long page would do at every period."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return text[pos : pos + 1]


def _previous_char(text: str, pos: int) -> str:
    """The last character before `pos` that is not a space ("" at the start)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return text[pos - 1 : pos] if pos > 0 else ""


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS  # unspaced scripts: a hard cut
        _add(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
