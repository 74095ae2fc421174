"""A language's date templates, compiled once from its lexicon entries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from techdip.extract.dates.lexicon import (
    GREGORIAN,
    GREGORIAN_YEARS,
    HIJRI_YEARS,
    SOLAR,
    Entry,
    entry_key,
    fold,
    lower_same_length,
    read_entries,
)

SPACE = r"[\s\u200c\u200e\u200f]"
_JOIN = r"[\s\u200c\u200e\u200f\u0654]*"
_SEP = r"[\s\u200c\u200e\u200f,،./\-]"
# the vowel signs and marks Indic and Thai words carry inside them are letters of the word, not boundaries
_INDIC_MARKS = r"\u0900-\u0963\u0980-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_WORDCH = r"[\w\u200c\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0966-\u097f" + _INDIC_MARKS + "]"
_NOT_LETTER_AHEAD = r"(?![^\W\d_]|[\u0300-\u036f\u064b-\u065f" + _INDIC_MARKS + "])"
_DASHES = r"[-–—~〜～]"
_DAY_NUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CJK_DAY = r"[一二三四五六七八九十]{1,3}"
_YEAR_NUM = r"(?<![0-9.,:/$€£¥#№\-])(?:1[3-9][0-9]{2}|20[0-9]{2}|2100)(?![0-9%]|[.,][0-9])"
_BUDDHIST_YEAR = r"2[45][0-9]{2}"
_BUDDHIST_SHORT_YEAR = r"(?<![0-9])[4-7][0-9](?![0-9]|[.,:][0-9])"  # 2540-2579 BE: 1997-2036
_CJK_YEAR = r"[〇零一二三四五六七八九]{4}"
_GLUED_YEAR = r"(?:1[3-9]|20)[0-9]{2}(?![0-9])"
YEAR_SLOT = "YYYY"  # in an `exclude` form: any year ("Vision YYYY", "Agenda YYYY")
_ANY_YEAR = r"(?<![0-9])(?:1[34]|19|20)[0-9]{2}(?![0-9])"  # Gregorian or Hijri


def _form_regex(form: str) -> str:
    words = fold(form).split()
    return _JOIN.join(re.escape(w).replace("'", "['’]") for w in words)


@dataclass(eq=False)  # one object per language (cached): compared and hashed by identity
class Grammar:
    """Everything compiled for one language."""

    lang: str
    settings: dict[str, str]
    lookup: dict[str, dict[str, tuple[str, frozenset[str]]]]  # kind -> key -> (value, flags)
    templates: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    prep_before: re.Pattern[str] | None = None
    year_prep_before: re.Pattern[str] | None = None
    prep_after: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    # first words of the forms an expression can start with -> (length, bit mask of their kinds: KIND_BITS)
    starts: ahocorasick.Automaton | None = None
    openers: dict[str, int] = field(default_factory=dict)  # template -> bit mask of what may open a match of it
    published: re.Pattern[str] | None = None
    future: re.Pattern[str] | None = None  # words of the future tense (`twoway` relative words)
    report_before: re.Pattern[str] | None = None  # "said (on)" ending right before a date
    report_after: re.Pattern[str] | None = None  # "(को) कहा", "밝혔다" right after a date
    report_media: re.Pattern[str] | None = None  # "(state media) reported (on)": a third party's report
    numeric_before: re.Pattern[str] | None = None
    bracketed: re.Pattern[str] | None = None  # "今(23)日": a word, then the number it names in brackets

    def value(self, kind: str, text: str) -> tuple[str, frozenset[str]] | None:
        return self.lookup.get(kind, {}).get(entry_key(text))

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


_BRACKETED_UNITS = "日月年"  # what the bracketed number counts ("今(23)日", "本(1)月", "去(2023)年")
_CASED_KINDS = {"month", "solar_month", "lunar_month", "weekday"}


@cache
def language_grammar(lang: str) -> Grammar:
    """Compile the templates of one language from its data file (cached)."""
    entries = read_entries(lang)
    settings = {e.form: e.value for e in entries if e.kind == "setting"}
    lookup: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
    forms_by_kind: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.kind == "setting":
            continue
        forms_by_kind.setdefault(entry.kind, []).append(entry)
        table = lookup.setdefault(entry.kind, {})
        for variant in (entry.form, entry.form.upper(), entry.form.capitalize()):
            table.setdefault(entry_key(variant), (entry.value, entry.flags))
    grammar = Grammar(lang, settings, lookup)
    case_sensitive = settings.get("month_case") == "sensitive"
    no_boundary = settings.get("boundary") == "none"
    particles = [e.form for e in forms_by_kind.get("particle", [])]

    # A ZWNJ joins two words into one ("می‌شود"), so it ends no word, except before a month
    # word ("آبان‌ماه"); and it starts no word either.
    letters = _WORDCH.replace(r"\u200c", "")
    joined = [_form_regex(e.form) for e in forms_by_kind.get("month_word", []) if e.value == "after"]
    zwnj_end = rf"(?!\u200c(?!{'|'.join(joined)}))" if joined else r"(?!\u200c)"
    # a word may follow a digit ("1446هـ", "2024年") but not a letter
    lead = "" if no_boundary else r"(?<![^\W\d_])(?<![\u0300-\u036f\u064b-\u065f" + _INDIC_MARKS + "])"
    if no_boundary:
        trail = ""
    elif particles:
        particle_alt = "|".join(_form_regex(p) for p in sorted(particles, key=len, reverse=True))
        trail = rf"(?=(?:{particle_alt})?(?!{_WORDCH}))"
    else:
        # a year may stick to a month name ("جون2025ء", "27 جون2025ء"): a digit ends the word then
        trail = rf"(?!(?!{_GLUED_YEAR}){letters}){zwnj_end}"

    def alternation(kinds: tuple[str, ...], *, where=lambda e: True, bounded: bool = True) -> str | None:
        chosen = [e for k in kinds for e in forms_by_kind.get(k, []) if where(e)]
        if not chosen:
            return None
        patterns: dict[str, int] = {}
        open_start: set[str] = set()
        for e in chosen:
            pattern = _form_regex(e.form)
            if e.kind == "exclude":
                pattern = pattern.replace(YEAR_SLOT, _ANY_YEAR)  # "Vision YYYY": a plan named by any year
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

    def before(e: Entry) -> bool:
        return "after" not in e.flags and e.value != "after"

    def after(e: Entry) -> bool:
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

    gap = rf"{_SEP}{{0,3}}" + opt(fillers, rf"(?:{{}}{SPACE}{{0,2}})?")
    connector_lead = "" if no_boundary else rf"(?<!{_WORDCH})"
    range_words = rf"|{connector_lead}{connectors}{_NOT_LETTER_AHEAD}" if connectors else ""
    range_ = rf"{SPACE}*(?:{_DASHES}{range_words}){SPACE}*" + opt(fillers, rf"(?:{{}}{SPACE}+)?")
    day_digits = rf"(?:{_DAY_NUM}|{_CJK_DAY})" if cjk else _DAY_NUM
    day_names = alternation(("day_number",))  # "اول آبان", "یکم محرم"
    if day_names:
        day_digits = rf"(?:{day_digits}|{day_names})"
    ordinal = opt(ordinals, "(?:{})?")

    def day(name: str, *, first: bool) -> str:
        guard = r"(?<![0-9.,:/\-])" if first else r"(?<![0-9])"
        return (
            opt(day_before, rf"(?:{{}}{SPACE}+)?")
            + rf"{guard}(?P<{name}>{day_digits})(?![0-9]|[.,:][0-9]|%){ordinal}"
            + opt(day_after, rf"(?:{SPACE}*{{}})?")
        )

    def month(name: str) -> str:
        return (
            rf"(?P<{name}seg>"
            + opt(month_before, rf"(?:{{}}{SPACE}*)?")
            + rf"(?P<{name}>{months})"
            + opt(month_after, rf"(?:{SPACE}*{{}})?")
            + ")"
        )

    def year_number(alone: bool) -> str:
        # after a month "11/2024" is a year; alone, "5/2024" or "-2024" is not
        number = _YEAR_NUM if alone else _YEAR_NUM.replace(r"(?<![0-9.,:/$€£¥#№\-])", r"(?<![0-9])")
        if settings.get("buddhist_era") == "yes":  # Thai years count from 543 BC: 2567 is 2024
            number = number.replace("|2100)", f"|2100|{_BUDDHIST_YEAR})")
            if not alone:  # after a month, two digits are enough ("10 พ.ค. 61": 2561, which is 2018)
                number = rf"(?:{number}|{_BUDDHIST_SHORT_YEAR})"
        if cjk:
            number = rf"(?:{number}|{_CJK_YEAR})"
        if era_bases:
            number = rf"(?:{number}|{era_bases}{SPACE}*(?:[0-9]{{1,3}}(?![0-9])|元))"
        return number

    def year(name: str, alone: bool = False) -> str:
        return (
            rf"(?P<{name}seg>"
            + opt(year_before, rf"(?:{{}}{SPACE}*)?")
            + rf"(?P<{name}>{year_number(alone)})"
            + opt(year_after, rf"(?:{SPACE}*{{}})?")
            + opt(eras, rf"(?:{SPACE}*(?P<{name}era>{{}}))?")
            + ")"
        )

    order = settings.get("order", "DMY").split()
    weekday_lead = opt(weekdays, r"(?:(?P<wd>{})[\s,،]*)?")
    part_lead = opt(parts_before, rf"(?:(?P<part>{{}}){SPACE}*)?")
    part_tail = opt(parts_after, rf"(?:{SPACE}*(?P<part2>{{}}))?")
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
                + rf"{SPACE}*(?<![0-9])(?P<d>{_DAY_NUM})(?![0-9]|[.:][0-9]|,(?!{_GLUED_YEAR})[0-9]|%){ordinal}"
                + rf"(?:{range_}(?:{month('m2')}{SPACE}*)?(?<![0-9])(?P<d2>{_DAY_NUM})(?![0-9]){ordinal})?"
                + opt(weekdays, rf"(?:{SPACE}*\({SPACE}*{{}}{SPACE}*\))?")  # "July 3 (Mon.), 2023"
                + rf"(?:[\s,]*{year('y')})?",
            )
        )
    if months and "YMD" in order:
        paren_weekday = opt(weekdays, rf"(?:{SPACE}*[（(]{SPACE}*{{}}{SPACE}*[)）])?")
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
    if months and "YDM" in order:  # Turkic: "2025 жылғы 30 тамызда", "2023-yil 5-mart"
        templates.append(("ydm", year("y") + gap + day("d", first=False) + gap + month("m") + part_tail))
    if settings.get("day_alone") == "yes" and (day_after or day_before):
        templates.append(
            (
                "day",
                # "지난 26일": the 26th just past; "오는 26일": the coming one
                opt(shifts_before, rf"(?:(?P<shift>{{}}){SPACE}*)?")
                + rf"(?P<dseg>{day('d', first=True)})"
                + rf"(?:{range_}{day('d2', first=False)})?",
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
            tail_options.append(rf"{SPACE}+(?P<shift2>{shifts_after})")
        if relative_years:
            tail_options.append(rf"{gap}(?P<ry2>{relative_years})")
        templates.append(
            (
                "season",
                (lead_year if year_first else "")
                + part_lead
                + opt(shifts_before, rf"(?:(?P<shift>{{}}){SPACE}*)?")
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
                opt(shifts_before, rf"(?:(?P<shift>{{}}){SPACE}*)?")
                + rf"(?P<wd>{weekdays})"
                + opt(shifts_after, rf"(?:{SPACE}+(?P<shift2>{{}}))?")
                # "nesta quarta-feira (14.08)", "neste sábado (22)", "Senin (18/11)": the day in brackets
                + rf"(?:{SPACE}*\({SPACE}*(?P<wdd>{_DAY_NUM})(?:[./](?P<wdm>1[0-2]|0?[1-9]))?{SPACE}*\))?",
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
                opt(day_before, rf"(?:(?P<dw>{{}}){SPACE}+)?")
                + rf"(?<![0-9.,:/\-])(?:(?P<a0>[0-9]{{1,2}}){range_})?"  # "19 - 22/11"
                + r"(?<![0-9.,:])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})"
                + numeric_tail,
            )
        )
    grammar.templates = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in templates]

    context_before = alternation(("prep",), where=before)
    context_fillers = opt(fillers, rf"(?:{SPACE}+{{}})?")
    if context_before:
        grammar.prep_before = re.compile(rf"{context_before}{context_fillers}{SPACE}*$", re.IGNORECASE)
    year_context = alternation(("prep",), where=lambda e: before(e) and "noyear" not in e.flags)
    if year_context:
        grammar.year_prep_before = re.compile(rf"{year_context}{context_fillers}{SPACE}*$", re.IGNORECASE)
    context_after = alternation(("prep",), where=after)
    if context_after:
        grammar.prep_after = re.compile(rf"{SPACE}*{context_after}", re.IGNORECASE)
    # "Chiều 19/11", "ngày 19/11", "Thứ Ba (19/11)"
    day_context = [p for p in (context_before, day_before) if p]
    if weekdays:
        day_context.append(rf"{weekdays}{SPACE}*\(")
    if day_context:
        grammar.numeric_before = re.compile(rf"(?:{'|'.join(day_context)}){SPACE}*$", re.IGNORECASE)
    grammar.starts = _start_automaton(entries)
    grammar.openers = _openers(entries, settings)
    excludes = alternation(("exclude",))
    if excludes:
        grammar.exclude = re.compile(excludes, re.IGNORECASE)
    published = alternation(("published",))
    if published:
        grammar.published = re.compile(published, re.IGNORECASE)
    bracketed = alternation(("bracketed",), bounded=False)
    if bracketed:
        # the number stays where it is, so an expression read from it keeps the text's offsets
        grammar.bracketed = re.compile(rf"({bracketed})[(（]([0-9]{{1,4}})[)）](?=[{_BRACKETED_UNITS}])")
    future = alternation(("future",))
    if future:
        grammar.future = re.compile(future, re.IGNORECASE)
    reports_before = alternation(("report",), where=lambda e: e.value == "before")
    if reports_before:
        prep = opt(alternation(("prep",), where=before), rf"(?:{{}}{SPACE}*)?")
        # "said on Monday", "dijo el lunes", "informou nesta segunda-feira": a preposition or a short word
        article = rf"(?:[^\W\d_]{{1,5}}{SPACE}+)?"
        grammar.report_before = re.compile(rf"{reports_before}[\s,،]*(?:{prep}|{article})$", re.IGNORECASE)
        media = alternation(("report",), where=lambda e: e.value == "before" and "media" in e.flags)
        if media:
            grammar.report_media = re.compile(rf"{media}[\s,،]*(?:{prep}|{article})$", re.IGNORECASE)
    reports_after = alternation(("report",), where=lambda e: e.value == "after")
    if reports_after:
        prep = opt(alternation(("prep",), where=after), r"(?:{})?")
        # "27일 밝혔다", "मंगलवार को बताया", "Pazartesi günü açıkladı": a postposition or a short word between
        word = rf"(?:[^\W\d_]{{1,5}}{SPACE}+)?"
        grammar.report_after = re.compile(rf"{SPACE}*{prep}[\s,、،]*{word}{reports_after}", re.IGNORECASE)
    return grammar


NUMBER = "number"  # a digit (or a CJK numeral) opens the match, not a lexicon word
_MONTHS = ("month", "solar_month", "lunar_month", "month_word")
_YEARS = ("year_word", "era_base", NUMBER)
# What may open a match of each template, read off its regular expression above: the kinds of the words of its
# optional leading parts and of its first required part, and NUMBER where that part may be a number. A superset is
# safe (a template tried where it cannot match finds nothing); a kind missing here would lose dates.
TEMPLATE_OPENERS: dict[str, tuple[str, ...]] = {
    "dmy": ("weekday", "part", "day_word", "day_number", NUMBER, *_MONTHS),
    "mdy": ("weekday", "part", *_MONTHS),
    "ymd": (*_YEARS, "relative", *_MONTHS),
    "ydm": _YEARS,
    "day": ("shift", "day_word", "day_number", NUMBER),
    "year": ("part", *_YEARS),
    "season": ("part", "shift", "season"),  # and where the year leads (YMD: "2024年夏季", "今年夏天"), _YEAR_LEAD
    "relative": ("part", "relative"),
    "weekday": ("shift", "weekday"),
    "numeric_dmy": (NUMBER,),
    "numeric_ymd": (NUMBER,),
    "numeric_dm": ("day_word", NUMBER),
}
_YEAR_LEAD = ("relative", *_YEARS)
_START_KINDS = frozenset(_YEAR_LEAD).union(kind for kinds in TEMPLATE_OPENERS.values() for kind in kinds) - {NUMBER}
KIND_BITS = {kind: 1 << index for index, kind in enumerate([NUMBER, *sorted(_START_KINDS)])}
_NUMERALS = frozenset("0123456789〇零一二三四五六七八九十")


def _openers(entries: list[Entry], settings: dict[str, str]) -> dict[str, int]:
    """Template -> bit mask of the kinds that may open a match of it. A form that starts with a number
    ("1月", a month) may open its templates where only a number was seen (the word's boundary check failed)."""
    numbered = {e.kind for e in entries if fold(e.form)[:1] in _NUMERALS}
    year_first = "YMD" in settings.get("order", "DMY").split()
    masks = {}
    for name, kinds in TEMPLATE_OPENERS.items():
        if name == "season" and year_first:
            kinds = (*kinds, *_YEAR_LEAD)
        bits = [KIND_BITS[kind] for kind in kinds]
        if numbered.intersection(kinds):
            bits.append(KIND_BITS[NUMBER])
        masks[name] = sum(set(bits))
    return masks


def _start_automaton(entries: list[Entry]) -> ahocorasick.Automaton | None:
    """Aho-Corasick automaton of the first words of every form a template can start with, each with the bit mask
    of the kinds of the forms it starts."""
    kinds: dict[str, int] = {}
    for entry in entries:
        if entry.kind not in _START_KINDS:
            continue
        words = re.split(r"[\s\u200c]+", lower_same_length(fold(entry.form)).strip())
        if words and words[0]:
            kinds[words[0]] = kinds.get(words[0], 0) | KIND_BITS[entry.kind]
    if not kinds:
        return None
    automaton = ahocorasick.Automaton()
    for word, mask in kinds.items():
        automaton.add_word(word, (len(word), mask))
    automaton.make_automaton()
    return automaton
