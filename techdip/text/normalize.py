"""Normalise text into a working string for matching, with a map back to the original.

The working string is what every matcher sees: compatibility forms folded (NFKC),
lower-cased, Arabic-script letter variants unified (ي/ى→ی, ك→ک, أ/إ/آ→ا, ة→ه ...),
Arabic harakat and Latin/Cyrillic/Greek diacritics removed, Persian and
Arabic-Indic digits turned into ASCII, zero-width non-joiners turned into spaces,
other zero-width and bidi marks dropped, and runs of spaces collapsed.

Each working character remembers which span of the original produced it, so a
match in the working string gives back `original[start:end]` exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ZWNJ = "\u200c"
_DROPPED = set(
    "\u200b\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0640\u00ad"
)
_LETTER_MAP = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی", "ے": "ی",
        "ك": "ک", "ڪ": "ک",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ؤ": "و", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه", "ۃ": "ه",
        "ё": "е", "ı": "i", "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
        "٫": ".", "٬": ",", "،": "،",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)  # fmt: skip
# Scripts whose combining marks are diacritics that news spells inconsistently.
# Devanagari vowel signs and the like are letters of the word and are kept.
_FOLDED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC")


@dataclass(frozen=True)
class NormalizedText:
    """A working string plus, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the working span [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me") or (
        unicodedata.combining(char) != 0 and unicodedata.category(char) != "Mc"
    )


@lru_cache(maxsize=65536)
def _fold_unit(unit: str) -> str:
    """Working form of one base character with its combining marks."""
    base = unit[0]
    if base in _DROPPED:
        return ""
    if base == ZWNJ:
        return " "
    if base.isspace():
        return "\n" if base in "\n\r\u2028\u2029\x0b\x0c\x85" else " "
    folded = unicodedata.normalize("NFKC", unit)
    name = unicodedata.name(base, "")
    if name.startswith(_FOLDED_SCRIPTS) or not name:
        folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not _is_mark(c))
        folded = unicodedata.normalize("NFC", folded)
    folded = folded.translate(_LETTER_MAP).lower()
    # Turkish dotted capital I lowers to i + combining dot; the dot is not a letter.
    return folded.replace("\u0307", "")


@lru_cache(maxsize=4096)
def _is_mark_cached(char: str) -> bool:
    return _is_mark(char)


def normalize(original: str) -> NormalizedText:
    """Build the working string of `original` with its offset map."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(original)
    i = 0
    while i < n:
        j = i + 1
        while j < n and _is_mark_cached(original[j]):
            j += 1
        piece = _fold_unit(original[i:j])
        if piece == " " and out and out[-1] in (" ", "\n"):
            # collapse whitespace runs; a newline absorbs the spaces around it
            ends[-1] = j
        elif piece == "\n" and out and out[-1] == " ":
            out[-1] = "\n"
            ends[-1] = j
        else:
            for ch in piece:
                out.append(ch)
                starts.append(i)
                ends.append(j)
        i = j
    return NormalizedText(original, "".join(out), tuple(starts), tuple(ends))


def normalize_pattern(pattern: str) -> str:
    """The working form of a lexicon entry: the same folding as the text, trimmed."""
    return normalize(pattern).text.strip()
