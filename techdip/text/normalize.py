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

import re
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
        "Đ": "D", "Ð": "D", "Ø": "O", "Ł": "L", "Æ": "AE", "Œ": "OE",
        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʽ": "'", "`": "'", "´": "'",
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
    starts: tuple[int, ...] | None  # None: the working string maps one to one onto the original
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the working span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, max(start, end)
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        if self.starts is None:  # span()'s commonest case, without its call: rules ask this hundreds of times
            return self.original[start : max(start, end)]
        a, b = self.span(start, end)
        return self.original[a:b]


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me") or (
        unicodedata.combining(char) != 0 and unicodedata.category(char) != "Mc"
    )


def _fold_unit(unit: str, keep_marks: bool = False) -> str:
    """Working form of one base character with its combining marks (kept, lower-cased, when `keep_marks`)."""
    base = unit[0]
    if base in _DROPPED:
        return ""
    if base == ZWNJ:
        return " "
    if base.isspace():
        return "\n" if base in "\n\r\u2028\u2029\x0b\x0c\x85" else " "
    folded = unicodedata.normalize("NFKC", unit)
    if keep_marks:  # Vietnamese: tone marks and đ tell words apart (thủy điện, hydropower; Thụy Điển, Sweden)
        return folded.lower()
    name = unicodedata.name(base, "")
    if name.startswith(_FOLDED_SCRIPTS) or not name:
        folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not _is_mark(c))
        folded = unicodedata.normalize("NFC", folded)
    folded = folded.translate(_LETTER_MAP).lower()
    # Turkish dotted capital I lowers to i + combining dot; the dot is not a letter.
    return folded.replace("\u0307", "")


_MARKS: dict[str, bool] = {}  # plain dicts: this loop runs once per character of every article
_UNITS: dict[str, str] = {}
_CACHE_LIMIT = 200_000


_SLOW = "\x00"
_DROP = "\x01"  # in the quick translation: a character of the original left out of the working string


class _OneToOne(dict):
    """str.translate table: each character's working form when it is exactly one character, else _SLOW."""

    def __init__(self, keep_marks: bool = False) -> None:
        super().__init__()
        self.keep_marks = keep_marks

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _SLOW if char in (_SLOW, _DROP) or _is_mark(char) else _fold_unit(char, self.keep_marks)
        value = folded if len(folded) == 1 else _SLOW
        if len(self) < _CACHE_LIMIT:
            self[code] = value
        return value


_ONE_TO_ONE = {False: _OneToOne(), True: _OneToOne(keep_marks=True)}
_UNITS_KEPT: dict[str, str] = {}


# Some Chinese pages print the pinyin of a character in brackets right after it ("工業(yè)", "會(huì)見"): a reading
# aid, not text (told by its tone marks); it goes from the working string so that words match whole.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_NOTE = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")


def normalize(original: str, keep_marks: bool = False) -> NormalizedText:
    """Build the working string of `original` with its offset map. `keep_marks`: fold case only, keep
    diacritics and letters like đ (a language's meta.tsv `marks keep`), with Vietnamese tones placed one way."""
    # Most articles fold character by character into one character each (no combining marks,
    # ligatures or runs of spaces): then one C-speed translate gives the working string.
    quick = original.translate(_ONE_TO_ONE[keep_marks])
    notes = _pinyin_notes(original)
    if not notes and _SLOW not in quick and "  " not in quick and " \n" not in quick and "\n " not in quick:
        return NormalizedText(original, _tones(quick) if keep_marks else quick, None, None)
    slow = _normalize_slowly(original, keep_marks, notes)
    return NormalizedText(original, _tones(slow.text), slow.starts, slow.ends) if keep_marks else slow


# Vietnamese writes the tone of a final "oa", "oe", "uy" on either vowel ("hoá" / "hóa", "thuỷ" / "thủy"):
# the working string puts it on the first, as lexicons do. Same length, so offsets are unchanged.
_OLD_TONES = {
    **{f"o{a}": f"{o}a" for a, o in zip("áàảãạ", "óòỏõọ", strict=True)},
    **{f"o{e}": f"{o}e" for e, o in zip("éèẻẽẹ", "óòỏõọ", strict=True)},
    **{f"u{y}": f"{u}y" for y, u in zip("ýỳỷỹỵ", "úùủũụ", strict=True)},
}
_OLD_TONE = re.compile("(" + "|".join(_OLD_TONES) + r")(?!\w)")


def _tones(text: str) -> str:
    return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group(1)], text)


# A run of characters that fold one to one: words joined by single spaces (no combining mark, line break or
# run of spaces among them, which the loop must see).
_PLAIN_RUN = re.compile(r"[^\x00\x01 \n]+(?: [^\x00\x01 \n]+)*")


def _pinyin_notes(original: str) -> list[tuple[int, int]]:
    if "(" not in original:
        return []
    return [m.span() for m in _PINYIN_NOTE.finditer(original)]


def _normalize_slowly(original: str, keep_marks: bool = False, notes: list[tuple[int, int]] = ()) -> NormalizedText:
    """The working string unit by unit (a character with its combining marks), collapsing runs of spaces.

    Most of a text still folds one to one: runs of such characters (read from the quick translation) are
    copied whole; only the units around marks, multi-character folds and spaces go through the loop.
    `notes` are spans of the original left out of the working string (pinyin reading aids)."""
    quick = original.translate(_ONE_TO_ONE[keep_marks])
    if notes:
        chars = list(quick)
        for a, b in notes:
            chars[a:b] = _DROP * (b - a)
        quick = "".join(chars)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(original)
    pos = 0
    for run in _PLAIN_RUN.finditer(quick):
        a, b = run.span()
        if b < n and quick[b] in (_SLOW, _DROP):
            b -= 1  # the last character may carry combining marks: it is a unit of the loop
        if a >= b:
            continue
        _fold_units(original, pos, a, keep_marks, out, starts, ends, quick)
        out.append(quick[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
        pos = b
    _fold_units(original, pos, n, keep_marks, out, starts, ends, quick)
    return NormalizedText(original, "".join(out), tuple(starts), tuple(ends))


def _fold_units(
    original: str,
    i: int,
    n: int,
    keep_marks: bool,
    out: list[str],
    starts: list[int],
    ends: list[int],
    quick: str = "",
) -> None:
    """Fold original[i:n] unit by unit onto out/starts/ends (one entry of starts/ends per working character;
    `out` may hold longer pieces: what matters of it is its last character)."""
    marks, units = _MARKS, (_UNITS_KEPT if keep_marks else _UNITS)
    while i < n:
        j = i + 1
        while j < n:
            char = original[j]
            is_mark = marks.get(char)
            if is_mark is None:
                is_mark = marks[char] = _is_mark(char)
            if not is_mark:
                break
            j += 1
        unit = original[i:j]
        piece = "" if quick and quick[i] == _DROP else units.get(unit)
        if piece is None:
            piece = _fold_unit(unit, keep_marks)
            if len(units) < _CACHE_LIMIT:  # bounded: hostile input may combine marks endlessly
                units[unit] = piece
        last = out[-1][-1] if out else ""
        if piece == " " and last in (" ", "\n"):
            # collapse whitespace runs; a newline absorbs the spaces around it
            ends[-1] = j
        elif piece == "\n" and last == " ":
            out[-1] = out[-1][:-1] + "\n"
            ends[-1] = j
        elif len(piece) == 1:
            out.append(piece)
            starts.append(i)
            ends.append(j)
        else:
            for ch in piece:
                out.append(ch)
                starts.append(i)
                ends.append(j)
        i = j


@lru_cache(maxsize=4096)  # bounded: the names and words that rules look up per article recur across a corpus
def normalize_pattern(pattern: str, keep_marks: bool = False) -> str:
    """The working form of a lexicon entry: the same folding as the text, trimmed."""
    return normalize(pattern, keep_marks).text.strip()
