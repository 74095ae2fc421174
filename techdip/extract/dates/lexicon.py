"""The dates lexicon of a language: reading and checking ``dates.tsv``, and folding text to match it.

Data format (``dates.tsv``)
---------------------------
UTF-8, one entry per line: ``form<TAB>kind<TAB>value[<TAB>flags]``; lines starting with ``#`` and
blank lines are ignored. Forms are matched case-insensitively, across spaces / ZWNJ between their
words, after the same folding as the text. Kinds and their values:

==============  ==========================================================================
kind            value
==============  ==========================================================================
month           Gregorian month number 1-12 (names, abbreviations, inflected forms)
solar_month     Solar Hijri month number 1-12
lunar_month     lunar Hijri month number 1-12
weekday         0-6, Monday = 0
day_number      1-31: a day written as a word ("اول" in "اول مهر", "یکم")
relative        ``unit:offset``, unit day|days|week|month|year ("yesterday" = ``day:-1``; ``days:-1``
                "a few days ago": two to six days before)
season          ``calendar:first_month`` (``gregorian:6`` summer, ``solar_hijri:4`` تابستان)
part            early|mid|late (words like "early", "اواخر", "下旬")
shift           -1|0|1: last/this/next occurrence of a weekday or season ("last", "گذشته");
                ``week:-1|0|1``: that weekday in the previous/this/next calendar week ("上周一")
prep            ``-``: a word before (or, flag ``after``, after) a date that licenses a bare
                month, season or year ("in", "pada", "در", "में")
range           ``-``: connector between the two ends of a range ("to", "hingga", "تا", "至")
filler          ``-``: word allowed between day, month and year ("de", "of")
ordinal         ``-``: suffix after a day number ("th", "er", ".")
day_word        before|after: word that marks a day number ("ngày", "日", "일")
month_word      before|after: word that marks a month name ("ماه", "bulan", "شهر")
year_word       before|after: word that marks a year ("سال", "tahun", "году", "年")
era             calendar of the year it follows ("هـ" lunar_hijri, "ه.ش" solar_hijri, "م")
era_base        Gregorian year before year 1 of a named era ("令和" 2018)
particle        ``-``: suffix allowed right after a date word (Korean particles "에", "부터")
exclude         ``-``: phrase that is never a date ("اليوم الوطني", "오늘날"); ``YYYY`` in it stands for any
                year ("Vision YYYY": a plan named by its target year)
report          before|after: a word of saying or reporting next to a date ("said on Monday", "27일 밝혔다"):
                the date is the report's, which dates an event only when nothing else does
bracketed       ``-``: a word before a bracketed number that names the day, month or year it says ("今(23)日"
                today, the 23rd; "上(10)月15日" 15 October, last month; "去(2023)年"): read as the number
future          ``-``: a word that puts its sentence in the future ("होगी", "करेंगे"): a ``twoway`` relative word
                before it counts forward
published       published|updated|byline|related: dateline keyword ("Published", "تاریخ انتشار"); a byline
                word opening a line ("By", "Oleh", "Von") before the author and the date; a header of
                other stories ("Related news", "اخبار مرتبط"), whose dates are not the page's
setting         a language setting; the form is the setting's name (see below)
==============  ==========================================================================

Flags (comma separated): ``abbr`` (month: only with a day or a year; weekday: only before a
full date or after a shift word), ``strict`` (month: only with both day and year, e.g. Persian
"می" May, which is also a verb prefix), ``ambiguous`` (month or season: alone only with a month
word, part word, shift or year, not after a mere preposition), ``standalone`` (month: a date
even alone, e.g. "11月"), ``cased`` (matched with its exact case, plus all capitals),
``after`` (part, shift, prep: placed after what it modifies), ``noyear`` (prep: does not license
a bare year, e.g. Persian "در" before "۱۴۰۰ روستا"), ``twoway`` (relative: the word names the day back
or forward, Hindi "कल" yesterday or tomorrow; read back, news reports the past, unless a ``future`` word
follows in its sentence), ``media`` (report: a third party's report, "state media reported on Monday": its
day never dates the event, which the report does not say happened that day).

Settings: ``order`` (DMY, MDY, YMD, YDM, space separated; YDM is the Turkic "2025 жылғы 30 тамызда"),
``numeric_order`` (DMY | ambiguous),
``month_case`` (sensitive: month and weekday names only in their written case or all capitals),
``boundary`` (word | none: CJK text has no spaces), ``default_calendar`` (calendar of relative
months and years, e.g. Persian "سال گذشته"), ``solar_years`` / ``lunar_years`` (``lo-hi``: bare
year numbers read in that calendar), ``week_start`` (0-6), ``day_alone`` (yes: "19日" is a date),
``numeric_partial`` (yes: "ngày 19/11" is a date), ``cjk_numerals`` (yes: "十一月十九日"), ``buddhist_era``
(yes: Thai years count from 543 BC, "2567" is 2024).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GREGORIAN = "gregorian"
SOLAR = "solar_hijri"
LUNAR = "lunar_hijri"

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "lexicons" / "data"

GREGORIAN_YEARS = (1900, 2100)
HIJRI_YEARS = {"solar_hijri": (1300, 1499), "lunar_hijri": (1343, 1500)}  # 1343-1500: hijridate's range

# --------------------------------------------------------------------------- folding

_DIGIT_BLOCKS = ("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "੦੧੨੩੪੫੬੭੮੯", "๐๑๒๓๔๕๖๗๘๙",
                 "０１２３４５６７８９")  # fmt: skip
_FOLD_MAP: dict[int, str] = {ord(ch): str(i) for block in _DIGIT_BLOCKS for i, ch in enumerate(block)}
_FOLD_MAP.update(
    {
        ord(src): dst
        for src, dst in {
            "ي": "ی",
            "ى": "ی",
            "ك": "ک",
            "أ": "ا",
            "إ": "ا",
            "ٱ": "ا",
            "ة": "ه",
            "ۀ": "ه",
            "ہ": "ه",
            "ھ": "ه",
            "\u00a0": " ",
            "\u202f": " ",
            "\u2009": " ",
            "／": "/",
            "．": ".",
            "－": "-",
            "：": ":",
            "，": ",",
            "’": "'",
            "‘": "'",
        }.items()
    }
)


# Kangxi and CJK radicals that PDFs and some sites put for the ideographs ("2025年4⽉11⽇": ⽉ U+2F49 is 月)
_FOLD_MAP.update(
    {
        code: folded
        for code in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
        if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1 and folded != chr(code)
    }
)


_FOLD_CHARS = {chr(code): replacement for code, replacement in _FOLD_MAP.items()}
_FOLD_RE = re.compile("[" + "".join(re.escape(ch) for ch in _FOLD_CHARS) + "]")


@lru_cache(maxsize=64)  # a page is folded whole several times (its stamp, its dates, its years): once is enough
def fold(text: str) -> str:
    """One-to-one character folding (offsets are preserved)."""
    # re.sub touches only the characters to fold: much faster than str.translate on long non-ASCII text
    return _FOLD_RE.sub(lambda m: _FOLD_CHARS[m.group()], text)


_KEY_DROPS = re.compile(r"[\s\u200c\u200e\u200f\u0654.']+")


@lru_cache(maxsize=8192)  # bounded: the words of matched dates recur across a corpus ("November", "said on")
def entry_key(form: str) -> str:
    """Lookup key of a form or of matched text: folded, case-folded, without spaces and dots."""
    return _KEY_DROPS.sub("", fold(form).casefold())


_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number_value(text: str) -> int | None:
    """Integer value of ASCII digits or Chinese/Japanese numerals ("十九", "二〇二四")."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "元":  # 元年: first year of an era
        return 1
    if "十" not in text:
        if text and all(ch in _CJK_DIGITS for ch in text):
            return int("".join(str(_CJK_DIGITS[ch]) for ch in text))
        return None
    tens, _, units = text.partition("十")
    tens_value = _CJK_DIGITS.get(tens, -1) if tens else 1
    units_value = _CJK_DIGITS.get(units, -1) if units else 0
    if tens_value < 0 or units_value < 0:
        return None
    return tens_value * 10 + units_value


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Entry:
    form: str
    kind: str
    value: str
    flags: frozenset[str]


def _parse_line(line: str) -> Entry | None:
    if not line.strip() or line.startswith("#"):
        return None
    cols = line.split("\t")
    if len(cols) < 3:
        raise ValueError("expected form<TAB>kind<TAB>value[<TAB>flags]")
    flags = frozenset(f.strip() for f in cols[3].split(",") if f.strip()) if len(cols) > 3 else frozenset()
    return Entry(cols[0].strip(), cols[1].strip(), cols[2].strip(), flags)


def read_entries(lang: str) -> list[Entry]:
    path = DATA_DIR / lang / "dates.tsv"
    if not path.is_file():
        return []
    entries = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            entry = _parse_line(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{line_no}: {exc}") from None
        if entry is not None:
            entries.append(entry)
    return entries


_VALUE_FORMATS = {
    "month": r"[1-9]|1[0-2]",
    "solar_month": r"[1-9]|1[0-2]",
    "lunar_month": r"[1-9]|1[0-2]",
    "weekday": r"[0-6]",
    "day_number": r"[1-9]|[12][0-9]|3[01]",
    "relative": r"(?:day|days|week|month|year):-?[0-9]+",
    "season": r"(?:gregorian|solar_hijri|lunar_hijri):(?:[1-9]|1[0-2])",
    "part": r"early|mid|late",
    "shift": r"-1|0|1|week:-?[01]",
    "prep": "-",
    "range": "-",
    "filler": "-",
    "ordinal": "-",
    "particle": "-",
    "exclude": "-",
    "bracketed": "-",
    "future": "-",
    "report": "before|after",
    "day_word": "before|after",
    "month_word": "before|after",
    "year_word": "before|after",
    "era": "gregorian|solar_hijri|lunar_hijri",
    "era_base": r"[0-9]{4}",
    "published": "published|updated|byline|related",
    "setting": r".+",
}
_FLAGS = {"abbr", "strict", "ambiguous", "standalone", "cased", "after", "noyear", "twoway", "media"}
_SETTINGS = {
    "order",
    "numeric_order",
    "month_case",
    "boundary",
    "default_calendar",
    "solar_years",
    "lunar_years",
    "week_start",
    "day_alone",
    "numeric_partial",
    "cjk_numerals",
    "buddhist_era",
}


def check_dates_file(path: Path) -> list[str]:
    """Problems in one dates.tsv file (kinds, values, flags, settings), as 'path:line: message'."""
    problems = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        return [f"{path}: not UTF-8 ({exc.reason})"]
    for line_no, line in enumerate(lines, 1):
        where = f"{path}:{line_no}"
        try:
            entry = _parse_line(line)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if entry is None:
            continue
        value_format = _VALUE_FORMATS.get(entry.kind)
        if value_format is None:
            problems.append(f"{where}: unknown kind {entry.kind!r}")
        elif not re.fullmatch(value_format, entry.value):
            problems.append(f"{where}: value {entry.value!r} does not fit kind {entry.kind!r}")
        if entry.flags - _FLAGS:
            problems.append(f"{where}: unknown flags {sorted(entry.flags - _FLAGS)}")
        if entry.kind == "setting" and entry.form not in _SETTINGS:
            problems.append(f"{where}: unknown setting {entry.form!r}")
        if not entry.form:
            problems.append(f"{where}: empty form")
    return problems


class _FirstOfLower(dict):
    """str.translate table: each character lowered on its own and cut to one character (filled as met)."""

    def __missing__(self, code: int) -> str:
        value = chr(code).lower()[:1]
        self[code] = value
        return value


_FIRST_OF_LOWER = _FirstOfLower()


def lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ".lower() is two characters: then each character on its own, cut to one
        lowered = text.translate(_FIRST_OF_LOWER)
    return lowered
