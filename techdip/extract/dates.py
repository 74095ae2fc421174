"""Date expressions in news text: find them, convert them to Gregorian, resolve them against an anchor.

Public API
----------
``find_dates(text, lang, anchor=None) -> list[DateMention]``
    Every date expression in ``text``, in order. ``anchor`` is the publication date: partial
    expressions ("19 November", "early Bahman") and relative ones ("yesterday", "on Monday")
    are resolved against it; without an anchor their value is ``None`` (a year is never invented).
``find_dateline(text, lang) -> datetime.date | None``
    The publication date given by a dateline / "Published:" line near the top of an article.

Values are Gregorian ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the text allows.

How it works
------------
Language knowledge is data: ``techdip/lexicons/data/<lang>/dates.tsv``. From it a handful of
regular expressions per language (templates: day-month-year, month-day-year, year-month-day,
numeric dates, lone years, seasons, relative words, weekdays) are compiled once and cached.
They are tried only where an expression can start (a number, or a lexicon word found with one
Aho-Corasick pass), which keeps a 3 kB article well under a millisecond.
Matching runs on a *folded* copy of the text: a one-to-one character map (Persian, Arabic-Indic,
Devanagari and full-width digits to ASCII; Arabic letter variants to one form), so offsets in the
folded copy are offsets in the original text.

Choices worth knowing
---------------------
* Numeric dates ``a/b/yyyy`` (also ``.`` and ``-``) are day/month/year. When the day/month reading
  is impossible and month/day is possible (``11/19/2024``) month/day is used. In English both
  orders are common, so when both readings are valid and differ, the value keeps only the year;
  a language tag with region US (``en-US``) reads such dates month/day.
* A partial date takes the year (or month, for a bare day) that puts it closest to the anchor,
  a day in the future counting three times a day in the past (news reports the past or the near
  future): with anchor 2025-01-03 "28 December" is 2024-12-28; with anchor 2024-12-28 "5 January"
  is 2025-01-05; with anchor 2024-11-20 "in March" is 2024-03.
* "on Monday" is the latest Monday on or before the anchor; "last Monday" the latest before it;
  "next Monday" the first after it.
* A Solar or lunar Hijri month, a season, or a part of a month ("early Bahman": its first third)
  is reported as the Gregorian month (or year) that holds the middle day of the period it names.
  A Hijri year alone ("سال ۱۴۰۳") becomes the Gregorian year that holds its middle (1403 -> 2024).
  Persian relative years and months ("سال گذشته", "ماه گذشته") count in the Solar Hijri calendar.
* Seasons are northern-hemisphere meteorological seasons (Gregorian) or the Solar Hijri quarters
  (Persian); they resolve to a year ("summer 2024", "winter 2024" -> 2024 as written). A week
  ("last week") resolves to the month holding the whole week, else its year, else nothing.
* A range keeps its first day at the range's precision ("June 26-27, 2024" -> 2024-06-26;
  "28 December to 3 January 2025" -> 2024-12-28; "from March to May 2024" -> 2024-03).
* Conservative matching: a bare month name counts only with a day, a year, a month word ("ماه",
  "bulan"), a part word ("early", "اوایل") or a preposition before it ("in", "در"). A bare year
  needs a year word or era marker ("سال ۱۴۰۳", "2024年", "1446 هـ", "2023 yılında") or a
  preposition ("in 2024"), and not a following lowercase word of five letters or more ("in 2000
  homes" is a count). An impossible date ("31 November") is found with value None.

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
relative        ``unit:offset``, unit day|week|month|year ("yesterday" = ``day:-1``)
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
exclude         ``-``: phrase that is never a date ("اليوم الوطني", "오늘날")
published       published|updated: dateline keyword ("Published", "تاریخ انتشار")
setting         a language setting; the form is the setting's name (see below)
==============  ==========================================================================

Flags (comma separated): ``abbr`` (month: only with a day or a year; weekday: only before a
full date or after a shift word), ``strict`` (month: only with both day and year, e.g. Persian
"می" May, which is also a verb prefix), ``ambiguous`` (month or season: alone only with a month
word, part word, shift or year, not after a mere preposition), ``standalone`` (month: a date
even alone, e.g. "11月"), ``cased`` (matched with its exact case, plus all capitals),
``after`` (part, shift, prep: placed after what it modifies), ``noyear`` (prep: does not license
a bare year, e.g. Persian "در" before "۱۴۰۰ روستا").

Settings: ``order`` (DMY, MDY, YMD, space separated), ``numeric_order`` (DMY | ambiguous),
``month_case`` (sensitive: month and weekday names only in their written case or all capitals),
``boundary`` (word | none: CJK text has no spaces), ``default_calendar`` (calendar of relative
months and years, e.g. Persian "سال گذشته"), ``solar_years`` / ``lunar_years`` (``lo-hi``: bare
year numbers read in that calendar), ``week_start`` (0-6), ``day_alone`` (yes: "19日" is a date),
``numeric_partial`` (yes: "ngày 19/11" is a date), ``cjk_numerals`` (yes: "十一月十九日").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick
import jdatetime
from hijridate import Gregorian, Hijri

from techdip.text.tokens import display_width

__all__ = ["DateMention", "check_dates_file", "find_dateline", "find_dates", "month_abbreviations"]

GREGORIAN = "gregorian"
SOLAR = "solar_hijri"
LUNAR = "lunar_hijri"

DATA_DIR = Path(__file__).resolve().parent.parent / "lexicons" / "data"

GREGORIAN_YEARS = (1900, 2100)
HIJRI_YEARS = {"solar_hijri": (1300, 1499), "lunar_hijri": (1343, 1500)}  # 1343-1500: hijridate's range
FUTURE_WEIGHT = 3  # a candidate date d days after the anchor costs as much as one 3*d days before it
DATELINE_CHARS = 1200
EXCLUDE_WINDOW = 24  # characters around a candidate searched for a phrase that is never a date
DATELINE_LINES = 12
WIRE_DATELINE_LINES = 3  # "TEHRAN, Nov. 19, 2024 (IRNA) --" stands among the first lines
DATELINE_GAP_AFTER = 6  # "Published: 19 November 2024", "Veröffentlicht am 19. November 2024"
DATELINE_GAP_BEFORE = 12  # "2024年11月19日 15時30分 公開"


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text passed in (Python str indices)
    end: int
    text: str  # the raw expression == text[start:end]
    value: str | None  # 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' Gregorian; None if unresolvable
    calendar: str  # 'gregorian' | 'solar_hijri' | 'lunar_hijri'
    resolution: str  # 'absolute' | 'partial' (year/month taken from anchor) | 'relative'
    anchor: str | None  # ISO date of the anchor used for partial/relative, else None


# --------------------------------------------------------------------------- folding

_DIGIT_BLOCKS = ("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "０１２３４５６７８９")
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


_FOLD_CHARS = {chr(code): replacement for code, replacement in _FOLD_MAP.items()}
_FOLD_RE = re.compile("[" + "".join(re.escape(ch) for ch in _FOLD_CHARS) + "]")


def _fold(text: str) -> str:
    """One-to-one character folding (offsets are preserved)."""
    # re.sub touches only the characters to fold: much faster than str.translate on long non-ASCII text
    return _FOLD_RE.sub(lambda m: _FOLD_CHARS[m.group()], text)


def _key(form: str) -> str:
    """Lookup key of a form or of matched text: folded, case-folded, without spaces and dots."""
    return re.sub(r"[\s\u200c\u200e\u200f\u0654.']+", "", _fold(form).casefold())


_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int | None:
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
class _Entry:
    form: str
    kind: str
    value: str
    flags: frozenset[str]


def _parse_line(line: str) -> _Entry | None:
    if not line.strip() or line.startswith("#"):
        return None
    cols = line.split("\t")
    if len(cols) < 3:
        raise ValueError("expected form<TAB>kind<TAB>value[<TAB>flags]")
    flags = frozenset(f.strip() for f in cols[3].split(",") if f.strip()) if len(cols) > 3 else frozenset()
    return _Entry(cols[0].strip(), cols[1].strip(), cols[2].strip(), flags)


def _read_entries(lang: str) -> list[_Entry]:
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
    "relative": r"(?:day|week|month|year):-?[0-9]+",
    "season": r"(?:gregorian|solar_hijri|lunar_hijri):(?:[1-9]|1[0-2])",
    "part": r"early|mid|late",
    "shift": r"-1|0|1|week:-?[01]",
    "prep": "-",
    "range": "-",
    "filler": "-",
    "ordinal": "-",
    "particle": "-",
    "exclude": "-",
    "day_word": "before|after",
    "month_word": "before|after",
    "year_word": "before|after",
    "era": "gregorian|solar_hijri|lunar_hijri",
    "era_base": r"[0-9]{4}",
    "published": "published|updated",
    "setting": r".+",
}
_FLAGS = {"abbr", "strict", "ambiguous", "standalone", "cased", "after", "noyear"}
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


_SP = r"[\s\u200c\u200e\u200f]"
_JOIN = r"[\s\u200c\u200e\u200f\u0654]*"
_SEP = r"[\s\u200c\u200e\u200f,،./\-]"
_WORDCH = r"[\w\u200c\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u097f]"
_NOT_LETTER_AHEAD = r"(?![^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0900-\u0963])"
_DASHES = r"[-–—~〜～]"
_DAY_NUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CJK_DAY = r"[一二三四五六七八九十]{1,3}"
_YEAR_NUM = r"(?<![0-9.,:/$€£¥#№\-])(?:1[3-9][0-9]{2}|20[0-9]{2}|2100)(?![0-9%]|[.,][0-9])"
_CJK_YEAR = r"[〇零一二三四五六七八九]{4}"


def _form_regex(form: str) -> str:
    words = _fold(form).split()
    return _JOIN.join(re.escape(w).replace("'", "['’]") for w in words)


@dataclass
class _Grammar:
    """Everything compiled for one language."""

    lang: str
    settings: dict[str, str]
    lookup: dict[str, dict[str, tuple[str, frozenset[str]]]]  # kind -> key -> (value, flags)
    templates: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    prep_before: re.Pattern[str] | None = None
    year_prep_before: re.Pattern[str] | None = None
    prep_after: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    starts: ahocorasick.Automaton | None = None  # first words of the forms an expression can start with
    published: re.Pattern[str] | None = None
    numeric_before: re.Pattern[str] | None = None

    def value(self, kind: str, text: str) -> tuple[str, frozenset[str]] | None:
        return self.lookup.get(kind, {}).get(_key(text))

    def setting(self, name: str, default: str = "") -> str:
        return self.settings.get(name, default)

    def year_range(self, calendar: str, *, marked: bool) -> tuple[int, int] | None:
        """Plausible years of a calendar; an unmarked Hijri year only where the language says so."""
        if calendar == GREGORIAN:
            return GREGORIAN_YEARS
        spec = self.setting("solar_years" if calendar == SOLAR else "lunar_years")
        if not spec:
            return HIJRI_YEARS[calendar] if marked else None
        lo, _, hi = spec.partition("-")
        return int(lo), int(hi)


_CASED_KINDS = {"month", "solar_month", "lunar_month", "weekday"}


@cache
def _grammar(lang: str) -> _Grammar:
    """Compile the templates of one language from its data file (cached)."""
    entries = _read_entries(lang)
    settings = {e.form: e.value for e in entries if e.kind == "setting"}
    lookup: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
    forms_by_kind: dict[str, list[_Entry]] = {}
    for entry in entries:
        if entry.kind == "setting":
            continue
        forms_by_kind.setdefault(entry.kind, []).append(entry)
        table = lookup.setdefault(entry.kind, {})
        for variant in (entry.form, entry.form.upper(), entry.form.capitalize()):
            table.setdefault(_key(variant), (entry.value, entry.flags))
    grammar = _Grammar(lang, settings, lookup)
    case_sensitive = settings.get("month_case") == "sensitive"
    no_boundary = settings.get("boundary") == "none"
    particles = [e.form for e in forms_by_kind.get("particle", [])]

    # A ZWNJ joins two words into one ("می‌شود"), so it ends no word, except before a month
    # word ("آبان‌ماه"); and it starts no word either.
    letters = _WORDCH.replace(r"\u200c", "")
    joined = [_form_regex(e.form) for e in forms_by_kind.get("month_word", []) if e.value == "after"]
    zwnj_end = rf"(?!\u200c(?!{'|'.join(joined)}))" if joined else r"(?!\u200c)"
    # a word may follow a digit ("1446هـ", "2024年") but not a letter
    lead = "" if no_boundary else r"(?<![^\W\d_])(?<![\u0300-\u036f\u064b-\u065f\u0900-\u0963])"
    if no_boundary:
        trail = ""
    elif particles:
        particle_alt = "|".join(_form_regex(p) for p in sorted(particles, key=len, reverse=True))
        trail = rf"(?=(?:{particle_alt})?(?!{_WORDCH}))"
    else:
        trail = rf"(?!{letters}){zwnj_end}"

    def alternation(kinds: tuple[str, ...], *, where=lambda e: True, bounded: bool = True) -> str | None:
        chosen = [e for k in kinds for e in forms_by_kind.get(k, []) if where(e)]
        if not chosen:
            return None
        patterns: dict[str, int] = {}
        open_start: set[str] = set()
        for e in chosen:
            pattern = _form_regex(e.form)
            if e.form[:1].isdigit():
                pattern = r"(?<![0-9])" + pattern  # "1月" must not match inside "11月"
            if "abbr" in e.flags and e.form[-1:].isalpha():
                pattern += r"\.?"
            cased = "cased" in e.flags or (case_sensitive and e.kind in _CASED_KINDS)
            if cased:
                pattern = f"(?-i:{pattern}|{_form_regex(e.form.upper())})"
            patterns.setdefault(pattern, len(e.form))
            if not re.match(r"\w", e.form):
                open_start.add(pattern)
        ordered = sorted(patterns, key=lambda p: -patterns[p])
        if not bounded:
            return f"(?:{'|'.join(ordered)})"
        # a form starting with "'" ("'te") needs no boundary before it, one ending in "-" or "."
        # ("mid-", "г.") none after it
        groups: dict[tuple[bool, bool], list[str]] = {}
        for pattern in ordered:
            key = (pattern in open_start, pattern.endswith((r"\-", r"\.")))
            groups.setdefault(key, []).append(pattern)
        options = [
            ("" if starts_open else lead) + f"(?:{'|'.join(group)})" + ("" if ends_open else trail)
            for (starts_open, ends_open), group in groups.items()
        ]
        return f"(?:{'|'.join(options)})"

    def opt(pattern: str | None, fmt: str) -> str:
        return fmt.replace("{}", pattern) if pattern else ""

    def before(e: _Entry) -> bool:
        return "after" not in e.flags and e.value != "after"

    def after(e: _Entry) -> bool:
        return "after" in e.flags or e.value == "after"

    months = alternation(("month", "solar_month", "lunar_month"))
    weekdays = alternation(("weekday",))
    parts_before = alternation(("part",), where=before)
    parts_after = alternation(("part",), where=after)
    shifts_before = alternation(("shift",), where=before)
    shifts_after = alternation(("shift",), where=after)
    fillers = alternation(("filler",))
    ordinals = alternation(("ordinal",), bounded=False)
    day_before = alternation(("day_word",), where=before)
    day_after = alternation(("day_word",), where=after)
    month_before = alternation(("month_word",), where=before)
    month_after = alternation(("month_word",), where=after)
    year_before = alternation(("year_word",), where=before)
    year_after = alternation(("year_word",), where=after)
    eras = alternation(("era",))
    era_bases = alternation(("era_base",))
    seasons = alternation(("season",))
    relatives = alternation(("relative",))
    relative_years = alternation(("relative",), where=lambda e: e.value.startswith("year:"))
    connectors = alternation(("range",), bounded=False)
    cjk = settings.get("cjk_numerals") == "yes"

    gap = rf"{_SEP}{{0,3}}" + opt(fillers, rf"(?:{{}}{_SP}{{0,2}})?")
    connector_lead = "" if no_boundary else rf"(?<!{_WORDCH})"
    range_words = rf"|{connector_lead}{connectors}{_NOT_LETTER_AHEAD}" if connectors else ""
    range_ = rf"{_SP}*(?:{_DASHES}{range_words}){_SP}*" + opt(fillers, rf"(?:{{}}{_SP}+)?")
    day_digits = rf"(?:{_DAY_NUM}|{_CJK_DAY})" if cjk else _DAY_NUM
    day_names = alternation(("day_number",))  # "اول آبان", "یکم محرم"
    if day_names:
        day_digits = rf"(?:{day_digits}|{day_names})"
    ordinal = opt(ordinals, "(?:{})?")

    def day(name: str, *, first: bool) -> str:
        guard = r"(?<![0-9.,:/\-])" if first else r"(?<![0-9])"
        return (
            opt(day_before, rf"(?:{{}}{_SP}+)?")
            + rf"{guard}(?P<{name}>{day_digits})(?![0-9]|[.,:][0-9]|%){ordinal}"
            + opt(day_after, rf"(?:{_SP}*{{}})?")
        )

    def month(name: str) -> str:
        return (
            rf"(?P<{name}seg>"
            + opt(month_before, rf"(?:{{}}{_SP}*)?")
            + rf"(?P<{name}>{months})"
            + opt(month_after, rf"(?:{_SP}*{{}})?")
            + ")"
        )

    def year_number(alone: bool) -> str:
        # after a month "11/2024" is a year; alone, "5/2024" or "-2024" is not
        number = _YEAR_NUM if alone else _YEAR_NUM.replace(r"(?<![0-9.,:/$€£¥#№\-])", r"(?<![0-9])")
        if cjk:
            number = rf"(?:{number}|{_CJK_YEAR})"
        if era_bases:
            number = rf"(?:{number}|{era_bases}{_SP}*(?:[0-9]{{1,3}}(?![0-9])|元))"
        return number

    def year(name: str, alone: bool = False) -> str:
        return (
            rf"(?P<{name}seg>"
            + opt(year_before, rf"(?:{{}}{_SP}*)?")
            + rf"(?P<{name}>{year_number(alone)})"
            + opt(year_after, rf"(?:{_SP}*{{}})?")
            + opt(eras, rf"(?:{_SP}*(?P<{name}era>{{}}))?")
            + ")"
        )

    order = settings.get("order", "DMY").split()
    weekday_lead = opt(weekdays, r"(?:(?P<wd>{})[\s,،]*)?")
    part_lead = opt(parts_before, rf"(?:(?P<part>{{}}){_SP}*)?")
    part_tail = opt(parts_after, rf"(?:{_SP}*(?P<part2>{{}}))?")
    rel_year_tail = opt(relative_years, rf"|{gap}(?P<ry>{{}})")
    templates: list[tuple[str, str]] = []
    if months and "DMY" in order:
        templates.append(
            (
                "dmy",
                weekday_lead
                + part_lead
                + rf"(?:{day('d', first=True)}(?:{range_}{day('d2', first=False)})?{gap})?"
                + month("m")
                + part_tail
                + rf"(?:{range_}(?:{day('d3', first=False)}{gap})?{month('m2')})?"
                + rf"(?:{gap}{year('y')}{rel_year_tail})?",
            )
        )
    if months and "MDY" in order:
        templates.append(
            (
                "mdy",
                weekday_lead
                + part_lead
                + month("m")
                + rf"{_SP}*(?<![0-9])(?P<d>{_DAY_NUM})(?![0-9]|[.,:][0-9]|%){ordinal}"
                + rf"(?:{range_}(?:{month('m2')}{_SP}*)?(?<![0-9])(?P<d2>{_DAY_NUM})(?![0-9]){ordinal})?"
                + rf"(?:[\s,]*{year('y')})?",
            )
        )
    if months and "YMD" in order:
        paren_weekday = opt(weekdays, rf"(?:{_SP}*[（(]{_SP}*{{}}{_SP}*[)）])?")
        templates.append(
            (
                "ymd",
                rf"(?:{year('y')}{gap}"
                + opt(relative_years, r"|(?P<ry>{})" + gap)
                + ")?"
                + month("m")
                + rf"(?:{gap}{day('d', first=False)})?"
                + part_tail
                + rf"(?:{range_}(?:{month('m2')}{gap})?{day('d2', first=False)})?"
                + paren_weekday,
            )
        )
    if settings.get("day_alone") == "yes" and (day_after or day_before):
        templates.append(
            (
                "day",
                rf"(?P<dseg>{day('d', first=True)})" + rf"(?:{range_}{day('d2', first=False)})?",
            )
        )
    year_range_end = rf"(?:{range_}(?P<yend>{year_number(alone=False)}))?"  # "from 2025 to 2035"
    templates.append(("year", part_lead + year("y", alone=True) + part_tail + year_range_end))
    if seasons:
        # CJK puts the year first ("2024年夏季", "今年夏天"), other languages after ("summer 2024")
        year_first = "YMD" in order
        lead_year = rf"(?:{year('y')}{gap}" + opt(relative_years, rf"|(?P<ry>{{}}){gap}") + ")?"
        tail_options = [rf"{gap}{year('y2')}"] if not year_first else []
        if shifts_after:
            tail_options.append(rf"{_SP}+(?P<shift2>{shifts_after})")
        if relative_years:
            tail_options.append(rf"{gap}(?P<ry2>{relative_years})")
        templates.append(
            (
                "season",
                (lead_year if year_first else "")
                + part_lead
                + opt(shifts_before, rf"(?:(?P<shift>{{}}){_SP}*)?")
                + rf"(?P<season>{seasons})"
                + (f"(?:{'|'.join(tail_options)})?" if tail_options else ""),
            )
        )
    if relatives:
        templates.append(("relative", part_lead + rf"(?P<rel>{relatives})"))
    if weekdays:
        templates.append(
            (
                "weekday",
                opt(shifts_before, rf"(?:(?P<shift>{{}}){_SP}*)?")
                + rf"(?P<wd>{weekdays})"
                + opt(shifts_after, rf"(?:{_SP}+(?P<shift2>{{}}))?"),
            )
        )
    numeric_tail = r"(?![0-9]|[.,/\-][0-9])"
    templates.append(
        (
            "numeric_dmy",
            r"(?<![0-9.,/\-])(?<![0-9]:)(?P<a>[0-9]{1,2})(?P<sep>[./\-])(?P<b>[0-9]{1,2})(?P=sep)"
            r"(?P<c>[0-9]{4})" + numeric_tail,
        )
    )
    templates.append(
        (
            "numeric_ymd",
            r"(?<![0-9.,/\-])(?<![0-9]:)(?P<c>[0-9]{4})(?P<sep>[./\-])\s?(?P<b>[0-9]{1,2})(?P=sep)\s?"
            r"(?P<a>[0-9]{1,2})" + numeric_tail,
        )
    )
    if settings.get("numeric_partial") == "yes":
        templates.append(
            (
                "numeric_dm",
                opt(day_before, rf"(?:(?P<dw>{{}}){_SP}+)?")
                + rf"(?<![0-9.,:/\-])(?:(?P<a0>[0-9]{{1,2}}){range_})?"  # "19 - 22/11"
                + r"(?<![0-9.,:])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})"
                + numeric_tail,
            )
        )
    grammar.templates = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in templates]

    context_before = alternation(("prep",), where=before)
    context_fillers = opt(fillers, rf"(?:{_SP}+{{}})?")
    if context_before:
        grammar.prep_before = re.compile(rf"{context_before}{context_fillers}{_SP}*$", re.IGNORECASE)
    year_context = alternation(("prep",), where=lambda e: before(e) and "noyear" not in e.flags)
    if year_context:
        grammar.year_prep_before = re.compile(rf"{year_context}{context_fillers}{_SP}*$", re.IGNORECASE)
    context_after = alternation(("prep",), where=after)
    if context_after:
        grammar.prep_after = re.compile(rf"{_SP}*{context_after}", re.IGNORECASE)
    # "Chiều 19/11", "ngày 19/11", "Thứ Ba (19/11)"
    day_context = [p for p in (context_before, day_before) if p]
    if weekdays:
        day_context.append(rf"{weekdays}{_SP}*\(")
    if day_context:
        grammar.numeric_before = re.compile(rf"(?:{'|'.join(day_context)}){_SP}*$", re.IGNORECASE)
    grammar.starts = _start_automaton(entries)
    excludes = alternation(("exclude",))
    if excludes:
        grammar.exclude = re.compile(excludes, re.IGNORECASE)
    published = alternation(("published",))
    if published:
        grammar.published = re.compile(published, re.IGNORECASE)
    return grammar


_START_KINDS = {
    "day_number",
    "month",
    "solar_month",
    "lunar_month",
    "weekday",
    "relative",
    "season",
    "part",
    "shift",
    "day_word",
    "month_word",
    "year_word",
    "era_base",
}


def _start_automaton(entries: list[_Entry]) -> ahocorasick.Automaton | None:
    """Aho-Corasick automaton of the first words of every form a template can start with."""
    automaton = ahocorasick.Automaton()
    for entry in entries:
        if entry.kind not in _START_KINDS:
            continue
        words = re.split(r"[\s\u200c]+", _lower(_fold(entry.form)).strip())
        if words and words[0]:
            automaton.add_word(words[0], len(words[0]))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


# --------------------------------------------------------------------------- parsed expressions


@dataclass
class _Expr:
    """A matched expression before resolution."""

    start: int
    end: int
    calendar: str = GREGORIAN
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    season: int | None = None  # first month of a three-month season
    year_offset: int | None = None  # "November last year", "去年11月"
    unit: str | None = None  # relative unit ("yesterday": day, -1)
    offset: int = 0
    weekday: int | None = None
    shift: int | None = None  # -1 last / 0 this / 1 next occurrence (weekday, season)
    week_shift: int | None = None  # weekday of the previous (-1) / next (1) calendar week
    year_only: bool = False  # numeric date whose day/month order is unknown
    invalid: bool = False  # the text names an impossible date


def _group(match: re.Match[str], name: str) -> str | None:
    """The text of a named group, None when it did not take part or the template has no such group."""
    return match.group(name) if name in match.re.groupindex else None


def _context_before(grammar: _Grammar, folded: str, start: int) -> bool:
    if grammar.prep_before is None:
        return False
    return grammar.prep_before.search(folded, max(0, start - 40), start) is not None


def _context_after(grammar: _Grammar, folded: str, end: int) -> bool:
    if grammar.prep_after is None:
        return False
    return grammar.prep_after.match(folded, end, min(len(folded), end + 20)) is not None


def _prep_licenses_year(grammar: _Grammar, folded: str, start: int) -> bool:
    if grammar.year_prep_before is None:
        return False
    return grammar.year_prep_before.search(folded, max(0, start - 40), start) is not None


def _year_calendar(grammar: _Grammar, number: int, era: str | None, month_calendar: str | None) -> str | None:
    """Calendar of a year number, or None when the number is no plausible year in it."""
    era_entry = grammar.value("era", era) if era else None
    if month_calendar:
        calendars = [month_calendar]
    elif era_entry:
        calendars = [era_entry[0]]
    else:
        default = grammar.setting("default_calendar", GREGORIAN)
        calendars = [default] + [c for c in (GREGORIAN, SOLAR, LUNAR) if c != default]
    marked = bool(month_calendar or era_entry)
    for calendar in calendars:
        bounds = grammar.year_range(calendar, marked=marked)
        if bounds and bounds[0] <= number <= bounds[1]:
            return calendar
    return None


def _year_value(grammar: _Grammar, match: re.Match[str], name: str) -> tuple[int | None, str | None, bool]:
    """Year number, era text and whether a year word or era marks it, for year group `name`."""
    raw = _group(match, name)
    if raw is None:
        return None, None, False
    era = _group(match, name + "era")
    segment = _group(match, name + "seg") or raw
    base_match = re.match(r"(\D+?)\s*([0-9]{1,3}|元)$", raw)
    if base_match and grammar.value("era_base", base_match.group(1)):
        base = int(grammar.value("era_base", base_match.group(1))[0])
        return base + (_number(base_match.group(2)) or 0), None, True
    return _number(raw), era, len(segment.strip()) > len(raw)


def _month_entry(grammar: _Grammar, text: str) -> tuple[str, int, frozenset[str]] | None:
    for kind, calendar in (("month", GREGORIAN), ("solar_month", SOLAR), ("lunar_month", LUNAR)):
        entry = grammar.value(kind, text)
        if entry:
            return calendar, int(entry[0]), entry[1]
    return None


def _part(grammar: _Grammar, match: re.Match[str]) -> str | None:
    for name in ("part", "part2"):
        text = _group(match, name)
        if text:
            entry = grammar.value("part", text)
            if entry:
                return entry[0]
    return None


def _shift(grammar: _Grammar, match: re.Match[str]) -> tuple[int | None, int | None]:
    """(occurrence shift, calendar-week shift): "last Monday" is (-1, None), "上周一" (None, -1)."""
    for name in ("shift", "shift2"):
        text = _group(match, name)
        entry = grammar.value("shift", text) if text else None
        if entry:
            if entry[0].startswith("week:"):
                return None, int(entry[0].split(":")[1])
            return int(entry[0]), None
    return None, None


def _relative_year(grammar: _Grammar, match: re.Match[str], name: str) -> int | None:
    text = _group(match, name)
    entry = grammar.value("relative", text) if text else None
    if entry and entry[0].startswith("year:"):
        return int(entry[0].split(":")[1])
    return None


def _day_number(grammar: _Grammar, text: str) -> int | None:
    entry = grammar.value("day_number", text)
    return int(entry[0]) if entry else _number(text)


def _parse_named_date(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    """Templates dmy, mdy and ymd: a month name with an optional day, year and range end."""
    month_info = _month_entry(grammar, match.group("m"))
    if month_info is None:
        return None
    calendar, month_number, flags = month_info
    expr = _Expr(match.start(), match.end(), calendar=calendar, month=month_number)
    day_text = _group(match, "d")  # in "March to 5 May" the first end has no day
    if day_text:
        expr.day = _day_number(grammar, day_text)
    year_number, era, marked = _year_value(grammar, match, "y")
    year_offset = _relative_year(grammar, match, "ry")
    has_year = year_number is not None or year_offset is not None
    if year_number is not None:
        year_calendar = _year_calendar(grammar, year_number, era, calendar)
        if year_calendar != calendar:
            expr.invalid = True
        expr.year = year_number
    expr.year_offset = year_offset
    expr.part = _part(grammar, match)
    second_month = _group(match, "m2")
    if second_month and expr.year is not None:
        second = _month_entry(grammar, second_month)
        if second and second[0] == calendar and second[1] < month_number:
            expr.year -= 1  # "28 December to 3 January 2025" starts in 2024
    has_day = expr.day is not None
    if "strict" in flags and not (has_day and has_year):
        return None
    if "abbr" in flags and not (has_day or has_year):
        return None
    if not (has_day or has_year) and "standalone" not in flags:
        month_word = len(match.group("mseg").strip()) > len(match.group("m").strip())
        if not (month_word or expr.part):
            if "ambiguous" in flags:
                return None
            if not (_context_before(grammar, folded, match.start()) or _context_after(grammar, folded, match.end())):
                return None
    if _group(match, "wd") and not has_day:
        expr.start = match.start("part") if _group(match, "part") else match.start("mseg")
    return expr


def _parse_day_alone(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    segment = match.group("dseg")
    if segment.strip() == match.group("d"):
        return None  # a bare number: needs its day word ("19日", "ngày 19")
    if re.match(r"[/.\-]\d", folded[match.end() : match.end() + 2]):
        return None  # "Ngày 14/3/2025": the day of a numeric date, which the numeric pattern reads whole
    return _Expr(match.start(), match.end(), day=_day_number(grammar, match.group("d")))


def _parse_year(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    number, era, marked = _year_value(grammar, match, "y")
    if number is None:
        return None
    calendar = _year_calendar(grammar, number, era, None)
    if calendar is None:
        return None
    part = _part(grammar, match)
    if not (marked or part or _context_after(grammar, folded, match.end())):
        if not _prep_licenses_year(grammar, folded, match.start()):
            return None
        if _next_word_is_long_lowercase(folded, match.end()):
            return None  # "in 2000 homes", "em 2000 torres": a count, not a year
    return _Expr(match.start(), match.end(), calendar=calendar, year=number, part=part)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _next_word_is_long_lowercase(text: str, end: int) -> bool:
    """A lowercase word of five letters or more: a noun being counted ("2000 homes"), where a year
    is mostly followed by punctuation, a name or a short function word ("in 2023 with", "en 2023 avec")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).islower() and len(word.group(1)) >= 5


def _parse_season(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    entry = grammar.value("season", match.group("season"))
    if entry is None:
        return None
    calendar, _, first_month = entry[0].partition(":")
    expr = _Expr(match.start(), match.end(), calendar=calendar, season=int(first_month))
    year_name = "y" if _group(match, "y") else "y2"
    number, era, _ = _year_value(grammar, match, year_name)
    if number is not None:
        if _year_calendar(grammar, number, era, calendar) != calendar:
            return None
        expr.year = number
    expr.year_offset = _relative_year(grammar, match, "ry")
    if expr.year_offset is None:
        expr.year_offset = _relative_year(grammar, match, "ry2")
    expr.shift = _shift(grammar, match)[0]
    expr.part = _part(grammar, match)
    anchored = expr.year is not None or expr.year_offset is not None or expr.shift is not None or expr.part
    if not anchored:
        if "ambiguous" in entry[1]:
            return None
        if not _context_before(grammar, folded, match.start()):
            return None
    return expr


def _parse_relative(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    entry = grammar.value("relative", match.group("rel"))
    if entry is None:
        return None
    if re.search(r"[0-9]" + _SP + r"*$", folded[max(0, match.start() - 3) : match.start()]):
        return None  # "5 năm trước" is "five years ago", not "last year"
    unit, _, offset = entry[0].partition(":")
    calendar = GREGORIAN if unit in ("day", "week") else grammar.setting("default_calendar", GREGORIAN)
    return _Expr(
        match.start(), match.end(), calendar=calendar, unit=unit, offset=int(offset), part=_part(grammar, match)
    )


def _parse_weekday(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    entry = grammar.value("weekday", match.group("wd"))
    if entry is None:
        return None
    shift, week_shift = _shift(grammar, match)
    if "abbr" in entry[1] and shift is None and week_shift is None:
        return None
    return _Expr(match.start(), match.end(), weekday=int(entry[0]), shift=shift, week_shift=week_shift)


def _parse_numeric(grammar: _Grammar, match: re.Match[str], folded: str) -> _Expr | None:
    """Numeric dates: a/b/yyyy, yyyy-mm-dd, and (with a context word) d/m."""
    first, second = int(match.group("a")), int(match.group("b"))
    year_text = _group(match, "c")
    expr = _Expr(match.start(), match.end())
    if year_text is None:  # "ngày 19/11", "sáng 19/11"
        if not (
            _group(match, "dw")
            or (
                grammar.numeric_before
                and grammar.numeric_before.search(folded, max(0, match.start() - 20), match.start())
            )
        ):
            return None
        if _group(match, "a0"):
            first = int(match.group("a0"))
        if not (1 <= second <= 12 and 1 <= first <= 31):
            return None
        expr.day, expr.month = first, second
        return expr
    year = int(year_text)
    calendar = _year_calendar(grammar, year, None, None)
    if calendar is None:
        return None
    expr.calendar, expr.year = calendar, year
    if match.start("c") < match.start("a"):  # year first: year-month-day
        expr.month, expr.day = second, first
        if not (1 <= expr.month <= 12 and 1 <= expr.day <= 31):
            return None
        return expr
    day_month_ok = 1 <= second <= 12 and 1 <= first <= 31
    month_day_ok = 1 <= first <= 12 and 1 <= second <= 31
    if not (day_month_ok or month_day_ok):
        return None
    us_order = grammar.setting("us_order") == "yes"
    if day_month_ok and month_day_ok and first != second and grammar.setting("numeric_order") == "ambiguous":
        if us_order:
            expr.month, expr.day = first, second
        else:
            expr.year_only = True
        return expr
    if day_month_ok and not (us_order and month_day_ok):
        expr.day, expr.month = first, second
    else:
        expr.month, expr.day = first, second
    return expr


_PARSERS = {
    "dmy": _parse_named_date,
    "mdy": _parse_named_date,
    "ymd": _parse_named_date,
    "day": _parse_day_alone,
    "year": _parse_year,
    "season": _parse_season,
    "relative": _parse_relative,
    "weekday": _parse_weekday,
    "numeric_dmy": _parse_numeric,
    "numeric_ymd": _parse_numeric,
    "numeric_dm": _parse_numeric,
}


# --------------------------------------------------------------------------- calendars


@lru_cache(maxsize=4096)
def _to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if calendar == GREGORIAN:
            return dt.date(year, month, day)
        if calendar == SOLAR:
            return jdatetime.date(year, month, day).togregorian()
        if day > Hijri(year, month, 1).month_length():
            return None
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _month_interval(calendar: str, year: int, month: int) -> tuple[dt.date, dt.date] | None:
    start = _to_gregorian(calendar, year, month, 1)
    following = _to_gregorian(calendar, year + month // 12, month % 12 + 1, 1)
    if start is None:
        return None
    if following is None:
        if calendar != LUNAR:
            return None
        following = start + dt.timedelta(days=Hijri(year, month, 1).month_length())
    return start, following - dt.timedelta(days=1)


def _span_interval(calendar: str, year: int, first_month: int, months: int) -> tuple[dt.date, dt.date] | None:
    first = _month_interval(calendar, year, first_month)
    last_month = first_month + months - 1
    last = _month_interval(calendar, year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
    if first is None or last is None:
        return None
    return first[0], last[1]


def _narrow(interval: tuple[dt.date, dt.date], part: str | None) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of an interval ("early", "mid", "late")."""
    if part not in ("early", "mid", "late"):
        return interval
    start, end = interval
    third = ((end - start).days + 1) / 3
    index = ("early", "mid", "late").index(part)
    new_start = start + dt.timedelta(days=round(third * index))
    new_end = start + dt.timedelta(days=round(third * (index + 1)) - 1)
    return new_start, min(max(new_end, new_start), end)


@lru_cache(maxsize=1024)
def _calendar_year(calendar: str, day: dt.date) -> int:
    if calendar == SOLAR:
        return jdatetime.date.fromgregorian(date=day).year
    if calendar == LUNAR:
        try:
            return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()[0]
        except OverflowError:
            return round((day.year - 622) * 33 / 32)
    return day.year


@lru_cache(maxsize=1024)
def _calendar_month(calendar: str, day: dt.date) -> tuple[int, int]:
    if calendar == SOLAR:
        solar = jdatetime.date.fromgregorian(date=day)
        return solar.year, solar.month
    if calendar == LUNAR:
        year, month, _ = Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
        return year, month
    return day.year, day.month


def _interval(expr: _Expr, year: int) -> tuple[dt.date, dt.date] | None:
    """Gregorian interval named by `expr` in calendar year `year`."""
    if expr.day is not None and expr.month is not None:
        day = _to_gregorian(expr.calendar, year, expr.month, expr.day)
        return (day, day) if day else None
    if expr.month is not None:
        interval = _month_interval(expr.calendar, year, expr.month)
    elif expr.season is not None:
        interval = _span_interval(expr.calendar, year, expr.season, 3)
    else:
        interval = _span_interval(expr.calendar, year, 1, 12)
    return _narrow(interval, expr.part) if interval else None


def _midpoint(interval: tuple[dt.date, dt.date]) -> dt.date:
    start, end = interval
    return start + (end - start) / 2


def _format(expr: _Expr, year: int, interval: tuple[dt.date, dt.date]) -> str:
    """The value at the precision the expression allows."""
    if expr.day is not None:
        return interval[0].isoformat()
    if expr.calendar == GREGORIAN and expr.season is None:
        return f"{year:04d}-{expr.month:02d}" if expr.month else f"{year:04d}"
    middle = _midpoint(interval)
    if expr.month is not None:
        return f"{middle.year:04d}-{middle.month:02d}"
    return f"{middle.year:04d}"


def _cost(interval: tuple[dt.date, dt.date], anchor: dt.date) -> int:
    start, end = interval
    if end < anchor:
        return (anchor - end).days
    if start > anchor:
        return FUTURE_WEIGHT * (start - anchor).days
    return 0


def _closest_year(expr: _Expr, anchor: dt.date) -> int | None:
    """The calendar year that puts a year-less expression closest to the anchor."""
    anchor_year = _calendar_year(expr.calendar, anchor)
    best: tuple[int, int] | None = None
    for year in (anchor_year - 1, anchor_year, anchor_year + 1):
        interval = _interval(expr, year)
        if interval is None:
            continue
        cost = _cost(interval, anchor)
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _resolve(expr: _Expr, anchor: dt.date | None, grammar: _Grammar) -> tuple[str | None, str]:
    """(value, resolution) of a parsed expression."""
    if expr.weekday is not None and expr.month is None:
        return (_weekday_value(expr, anchor) if anchor else None), "relative"
    if expr.unit is not None:
        return (_relative_value(expr, anchor, grammar) if anchor else None), "relative"
    if expr.invalid:
        return None, "absolute"
    if expr.year_only:
        return f"{expr.year:04d}", "absolute"
    if expr.year is not None:
        if expr.calendar == GREGORIAN and expr.season is not None:
            return f"{expr.year:04d}", "absolute"
        interval = _interval(expr, expr.year)
        return (_format(expr, expr.year, interval) if interval else None), "absolute"
    if anchor is None:
        return None, "relative" if expr.year_offset is not None else "partial"
    if expr.year_offset is not None:
        year = _calendar_year(expr.calendar, anchor) + expr.year_offset
        interval = _interval(expr, year)
        return (_format(expr, year, interval) if interval else None), "relative"
    if expr.month is None and expr.day is not None:
        return _day_alone_value(expr, anchor), "partial"
    if expr.season is not None and expr.shift is not None and expr.shift != 0:
        return _shifted_season_value(expr, anchor), "relative"
    year = _closest_year(expr, anchor)
    if year is None:
        return None, "partial"
    interval = _interval(expr, year)
    return (_format(expr, year, interval) if interval else None), "partial"


def _day_alone_value(expr: _Expr, anchor: dt.date) -> str | None:
    best: tuple[int, dt.date] | None = None
    for delta in (-1, 0, 1):
        month_index = anchor.year * 12 + anchor.month - 1 + delta
        try:
            day = dt.date(month_index // 12, month_index % 12 + 1, expr.day or 0)
        except ValueError:
            continue
        cost = _cost((day, day), anchor)
        if best is None or cost < best[0]:
            best = (cost, day)
    return best[1].isoformat() if best else None


def _shifted_season_value(expr: _Expr, anchor: dt.date) -> str | None:
    """ "last summer": the latest one ended before the anchor; "next summer": the first after it."""
    anchor_year = _calendar_year(expr.calendar, anchor)
    choices = []
    for year in range(anchor_year - 2, anchor_year + 2):
        interval = _interval(expr, year)
        if interval and (interval[1] < anchor if expr.shift < 0 else interval[0] > anchor):
            choices.append((year, interval))
    if not choices:
        return None
    year, interval = choices[-1] if expr.shift < 0 else choices[0]
    return _format(expr, year, interval)


def _weekday_value(expr: _Expr, anchor: dt.date) -> str:
    back = (anchor.weekday() - expr.weekday) % 7
    if expr.week_shift is not None:
        week_start = anchor - dt.timedelta(days=anchor.weekday())
        day = week_start + dt.timedelta(weeks=expr.week_shift, days=expr.weekday)
    elif expr.shift == -1:
        day = anchor - dt.timedelta(days=back or 7)
    elif expr.shift == 1:
        day = anchor + dt.timedelta(days=(expr.weekday - anchor.weekday()) % 7 or 7)
    elif expr.shift == 0:
        day = anchor + dt.timedelta(days=expr.weekday - anchor.weekday())
    else:
        day = anchor - dt.timedelta(days=back)
    return day.isoformat()


def _relative_value(expr: _Expr, anchor: dt.date, grammar: _Grammar) -> str | None:
    if expr.unit == "day":
        return (anchor + dt.timedelta(days=expr.offset)).isoformat()
    if expr.unit == "week":
        week_start = int(grammar.setting("week_start", "0"))
        first = anchor - dt.timedelta(days=(anchor.weekday() - week_start) % 7) + dt.timedelta(weeks=expr.offset)
        last = first + dt.timedelta(days=6)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    if expr.unit == "month":
        year, month = _calendar_month(expr.calendar, anchor)
        index = year * 12 + month - 1 + expr.offset
        target = _Expr(0, 0, calendar=expr.calendar, month=index % 12 + 1, part=expr.part)
        interval = _interval(target, index // 12)
        return _format(target, index // 12, interval) if interval else None
    year = _calendar_year(expr.calendar, anchor) + expr.offset
    target = _Expr(0, 0, calendar=expr.calendar, part=expr.part)
    interval = _interval(target, year)
    return _format(target, year, interval) if interval else None


# --------------------------------------------------------------------------- public API


def _grammar_for(lang: str) -> _Grammar:
    base, _, region = (lang or "").replace("_", "-").partition("-")
    grammar = _grammar(base.lower())
    if region.upper() == "US" and grammar.setting("numeric_order") == "ambiguous":
        return _us_variant(base.lower())
    return grammar


@cache
def _us_variant(lang: str) -> _Grammar:
    grammar = _grammar(lang)
    return _Grammar(**{**grammar.__dict__, "settings": {**grammar.settings, "us_order": "yes"}})


_NUMBER_START = re.compile(r"(?<![0-9])[0-9]")
_CJK_NUMBER_START = re.compile(r"(?<![0-9〇零一二三四五六七八九十])[0-9〇零一二三四五六七八九十]")


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ".lower() is two characters
        lowered = "".join(ch.lower()[:1] for ch in text)
    return lowered


def _trigger_positions(grammar: _Grammar, folded: str) -> list[int]:
    """Where an expression can start: a number, or a lexicon word (found with Aho-Corasick).

    Scanning every position of the text with each template is slow in Python's re; matching the
    templates only at these few positions gives the same matches.
    """
    number_start = _CJK_NUMBER_START if grammar.setting("cjk_numerals") == "yes" else _NUMBER_START
    positions = {m.start() for m in number_start.finditer(folded)}
    if grammar.starts is not None:
        lowered = _lower(folded)
        bounded = grammar.setting("boundary") != "none"
        for end, length in grammar.starts.iter(lowered):
            start = end - length + 1
            if bounded and start > 0 and _LETTER.match(lowered, start - 1):
                continue
            positions.add(start)
    return sorted(positions)


_LETTER = re.compile(r"[^\W\d_]")


def _candidates(grammar: _Grammar, folded: str) -> list[_Expr]:
    found: list[_Expr] = []
    positions = _trigger_positions(grammar, folded)
    for name, pattern in grammar.templates:
        parser = _PARSERS[name]
        covered_until = -1
        for position in positions:
            if position < covered_until:
                continue
            match = pattern.match(folded, position)
            if match is None or match.end() == match.start():
                continue
            expr = parser(grammar, match, folded)
            if expr is not None:
                found.append(expr)
                covered_until = match.end()
    if grammar.exclude is not None and found:
        found = [e for e in found if not _excluded(grammar, folded, e)]
    return found


def _excluded(grammar: _Grammar, folded: str, expr: _Expr) -> bool:
    """Whether the expression lies in a phrase that is never a date ("اليوم الوطني", "la mañana")."""
    window_start = max(0, expr.start - EXCLUDE_WINDOW)
    for blocked in grammar.exclude.finditer(folded, window_start, min(len(folded), expr.end + EXCLUDE_WINDOW)):
        if blocked.start() < expr.end and expr.start < blocked.end():
            return True
    return False


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،\u200c"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",،\u200c"):
        start += 1
    return start, end


def find_dates(text: str, lang: str, anchor: dt.date | None = None) -> list[DateMention]:
    """All date expressions in text, in order. anchor = publication date; partial and relative
    expressions without an anchor get value None (never invent a year)."""
    if not text:
        return []
    grammar = _grammar_for(lang)
    folded = _fold(text)
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    chosen: list[_Expr] = []
    taken_until = -1
    for expr in sorted(_candidates(grammar, folded), key=lambda e: (e.start, -(e.end - e.start))):
        if expr.start >= taken_until:
            chosen.append(expr)
            taken_until = expr.end
    mentions = []
    for expr in chosen:
        value, resolution = _resolve(expr, anchor, grammar)
        start, end = _strip_span(text, expr.start, expr.end)
        uses_anchor = resolution != "absolute" and anchor is not None
        mentions.append(
            DateMention(
                start,
                end,
                text[start:end],
                value,
                expr.calendar,
                resolution,
                anchor.isoformat() if uses_anchor else None,
            )
        )
    return mentions


def month_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviated month names of the language's date words ("oct", "сент"), lower-cased: their period
    does not end a sentence ("signed on Oct. 14 with Kazakhstan")."""
    months = _grammar_for(lang).lookup.get("month", {})
    return frozenset(key for key, (_, flags) in months.items() if "abbr" in flags)


def find_dateline(text: str, lang: str) -> dt.date | None:
    """Publication date from a dateline/"Published:" line near the top of an article, else None."""
    grammar = _grammar_for(lang)
    head = text[:DATELINE_CHARS]
    lines = [line for line in head.splitlines() if line.strip()][:DATELINE_LINES]
    keyed: list[tuple[int, dt.date]] = []
    for number, line in enumerate(lines):
        full_dates = _full_dates(line, lang)
        if not full_dates:
            continue
        keyword = _dateline_keyword(grammar, line, full_dates)
        if keyword is not None:
            keyed.append(keyword)
            continue
        # a wire dateline, or a line that opens with the date ("July 3, 2023 Results of ...", "[01.10.2019]
        # Erstmals ..."), stands at the top: further down, "Especially, on 3 September 2018 ..." is history
        top = number < WIRE_DATELINE_LINES
        opening = top and (_is_wire_dateline(line, full_dates[0]) or _opens_with(line, full_dates[0]))
        if _is_date_line(line, full_dates[0]) or opening:
            keyed.append((2, dt.date.fromisoformat(full_dates[0].value)))
    if not keyed:
        return None
    return min(keyed, key=lambda item: item[0])[1]


def _full_dates(line: str, lang: str) -> list[DateMention]:
    """Full dates of a line, in the language's words, else (a page's furniture is often English: "Friday,
    February 20, 2026" above a Hindi story) in English."""
    for grammar_lang in dict.fromkeys((lang, "en")):
        found = [m for m in find_dates(line, grammar_lang) if m.resolution == "absolute" and _is_day(m.value)]
        if found:
            return found
    return []


def _opens_with(line: str, mention: DateMention) -> bool:
    """Does the line begin with the date as a stamp, past punctuation ("- 25 May 2018", "[01.10.2019] ...",
    "July 3, 2023 Results of ...")? A story that opens with its date ("令和6年8月6日(火)、松本総務大臣は",
    "2016年6月20日,工业和信息化部", "1月14日から") goes on without a break: that date is the event's."""
    after = line[mention.end :].lstrip("]】")
    return not line[: mention.start].strip(" -–—|[(•·*\t") and (not after or after[0] in " \t|-–—:")


def _dateline_keyword(grammar: _Grammar, line: str, dates: list[DateMention]) -> tuple[int, dt.date] | None:
    """(rank, date) for a date next to a "Published" (rank 0) or "Updated" (rank 1) keyword."""
    if grammar.published is None:
        return None
    best: tuple[int, dt.date] | None = None
    for keyword in grammar.published.finditer(_fold(line)):
        kind = grammar.value("published", keyword.group(0))
        rank = 1 if kind and kind[0] == "updated" else 0
        near = [
            m
            for m in dates
            if 0 <= m.start - keyword.end() <= DATELINE_GAP_AFTER or 0 <= keyword.start() - m.end <= DATELINE_GAP_BEFORE
        ]
        if near and (best is None or rank < best[0]):
            best = (rank, dt.date.fromisoformat(near[0].value))
    return best


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10


_TIME_AND_NOISE = re.compile(r"[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?|[|/\\\-–—,،.()（）\[\]:：•·\s]")


def _is_date_line(line: str, mention: DateMention) -> bool:
    """A short line that is mostly the date (plus a time or separators)."""
    rest = _fold(line[: mention.start] + line[mention.end :])
    rest = _TIME_AND_NOISE.sub("", rest)
    # "- 2021年8月11日に署名された郵便分野における覚書" is a list item: Japanese words are narrow in characters
    return len(line.strip()) <= 80 and display_width(rest) <= 24


_WIRE_LEAD = re.compile(r"^\s*(?:[^\W\d_][^\s,،\-–—]*\s?){1,3}\s*[,،\-–—]\s*$")


def _is_wire_dateline(line: str, mention: DateMention) -> bool:
    """ "TEHRAN, Nov. 19, 2024 (IRNA) --": a place name then the date at the start of a line."""
    lead = line[: mention.start]
    first_letter = lead.lstrip()[:1]
    if first_letter.lower() != first_letter.upper() and not first_letter.isupper():
        return False  # a cased script: place names are capitalised
    return len(lead) <= 32 and _WIRE_LEAD.match(lead) is not None
