"""Template matches turned into date expressions (day, month, year, season, relative ...), not yet resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from techdip.extract.dates.grammar import SPACE, Grammar
from techdip.extract.dates.lexicon import GREGORIAN, LUNAR, SOLAR, number_value

BUDDHIST_ERA_OFFSET = 543

# --------------------------------------------------------------------------- parsed expressions


@dataclass(frozen=True)
class Expr:
    """A matched expression before resolution. Frozen: a text's expressions are found once and shared by every
    reading of them (find.find_dates resolves them against each anchor it is asked for)."""

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
    day_of_week: int | None = None  # the weekday a written day goes with ("sábado (22)"): picks its month
    offset: int = 0
    weekday: int | None = None
    shift: int | None = None  # -1 last / 0 this / 1 next occurrence (weekday, season)
    week_shift: int | None = None  # weekday of the previous (-1) / next (1) calendar week
    year_only: bool = False  # numeric date whose day/month order is unknown
    invalid: bool = False  # the text names an impossible date


def _group(match: re.Match[str], name: str) -> str | None:
    """The text of a named group, None when it did not take part or the template has no such group."""
    return match.group(name) if name in match.re.groupindex else None


def _context_before(grammar: Grammar, folded: str, start: int) -> bool:
    if grammar.prep_before is None:
        return False
    return grammar.prep_before.search(folded, max(0, start - 40), start) is not None


def _context_after(grammar: Grammar, folded: str, end: int) -> bool:
    if grammar.prep_after is None:
        return False
    return grammar.prep_after.match(folded, end, min(len(folded), end + 20)) is not None


def _prep_licenses_year(grammar: Grammar, folded: str, start: int) -> bool:
    if grammar.year_prep_before is None:
        return False
    return grammar.year_prep_before.search(folded, max(0, start - 40), start) is not None


def _year_calendar(grammar: Grammar, number: int, era: str | None, month_calendar: str | None) -> str | None:
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


def _year_value(grammar: Grammar, match: re.Match[str], name: str) -> tuple[int | None, str | None, bool]:
    """Year number, era text and whether a year word or era marks it, for year group `name`."""
    raw = _group(match, name)
    if raw is None:
        return None, None, False
    era = _group(match, name + "era")
    segment = _group(match, name + "seg") or raw
    base_match = re.match(r"(\D+?)\s*([0-9]{1,3}|元)$", raw)
    if base_match and grammar.value("era_base", base_match.group(1)):
        base = int(grammar.value("era_base", base_match.group(1))[0])
        return base + (number_value(base_match.group(2)) or 0), None, True
    number = number_value(raw)
    if number is not None and grammar.setting("buddhist_era") == "yes":
        if number < 100:
            number += 2500  # "พ.ค. 61": the Buddhist Era year 2561
        if 2400 <= number <= 2599:
            number -= BUDDHIST_ERA_OFFSET  # the Buddhist Era year 2567 is 2024
    return number, era, len(segment.strip()) > len(raw)


def _month_entry(grammar: Grammar, text: str) -> tuple[str, int, frozenset[str]] | None:
    for kind, calendar in (("month", GREGORIAN), ("solar_month", SOLAR), ("lunar_month", LUNAR)):
        entry = grammar.value(kind, text)
        if entry:
            return calendar, int(entry[0]), entry[1]
    return None


def _part(grammar: Grammar, match: re.Match[str]) -> str | None:
    for name in ("part", "part2"):
        text = _group(match, name)
        if text:
            entry = grammar.value("part", text)
            if entry:
                return entry[0]
    return None


def _shift(grammar: Grammar, match: re.Match[str]) -> tuple[int | None, int | None]:
    """(occurrence shift, calendar-week shift): "last Monday" is (-1, None), "上周一" (None, -1)."""
    for name in ("shift", "shift2"):
        text = _group(match, name)
        entry = grammar.value("shift", text) if text else None
        if entry:
            if entry[0].startswith("week:"):
                return None, int(entry[0].split(":")[1])
            return int(entry[0]), None
    return None, None


def _relative_year(grammar: Grammar, match: re.Match[str], name: str) -> int | None:
    text = _group(match, name)
    entry = grammar.value("relative", text) if text else None
    if entry and entry[0].startswith("year:"):
        return int(entry[0].split(":")[1])
    return None


def _day_number(grammar: Grammar, text: str) -> int | None:
    entry = grammar.value("day_number", text)
    return int(entry[0]) if entry else number_value(text)


def _parse_named_date(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    """Templates dmy, mdy and ymd: a month name with an optional day, year and range end."""
    month_info = _month_entry(grammar, match.group("m"))
    if month_info is None:
        return None
    calendar, month_number, flags = month_info
    day_text = _group(match, "d")  # in "March to 5 May" the first end has no day
    day = _day_number(grammar, day_text) if day_text else None
    year_number, era, marked = _year_value(grammar, match, "y")
    year_offset = _relative_year(grammar, match, "ry")
    has_year = year_number is not None or year_offset is not None
    invalid = year_number is not None and _year_calendar(grammar, year_number, era, calendar) != calendar
    year = year_number
    part = _part(grammar, match)
    second_month = _group(match, "m2")
    if second_month and year is not None:
        second = _month_entry(grammar, second_month)
        if second and second[0] == calendar and second[1] < month_number:
            year -= 1  # "28 December to 3 January 2025" starts in 2024
    has_day = day is not None
    if "strict" in flags and not (has_day and has_year):
        return None
    if "abbr" in flags and not (has_day or year_number is not None):
        return None  # "Kim Jong Jun im vergangenen Jahr": a name, not "June last year"
    if not (has_day or has_year) and "standalone" not in flags:
        month_word = len(match.group("mseg").strip()) > len(match.group("m").strip())
        if not (month_word or part):
            if "ambiguous" in flags:
                return None
            if not (_context_before(grammar, folded, match.start()) or _context_after(grammar, folded, match.end())):
                return None
    weekday = grammar.value("weekday", match.group("wd")) if _group(match, "wd") else None
    # "Saturday, October 15": the weekday the day must fall on
    day_of_week = int(weekday[0]) if weekday and has_day else None
    start = match.start()
    if _group(match, "wd") and not has_day:
        start = match.start("part") if _group(match, "part") else match.start("mseg")
    return Expr(start, match.end(), calendar=calendar, year=year, month=month_number, day=day, part=part,
                year_offset=year_offset, day_of_week=day_of_week, invalid=invalid)  # fmt: skip


def _parse_day_alone(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    segment = match.group("dseg")
    if segment.strip() == match.group("d"):
        return None  # a bare number: needs its day word ("19日", "ngày 19")
    if re.match(r"[/.\-]\d", folded[match.end() : match.end() + 2]):
        return None  # "Ngày 14/3/2025": the day of a numeric date, which the numeric pattern reads whole
    shift = _shift(grammar, match)[0]
    return Expr(match.start(), match.end(), day=_day_number(grammar, match.group("d")), shift=shift or None)


def _parse_year(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
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
    return Expr(match.start(), match.end(), calendar=calendar, year=number, part=part)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _next_word_is_long_lowercase(text: str, end: int) -> bool:
    """A lowercase word of five letters or more: a noun being counted ("2000 homes"), where a year
    is mostly followed by punctuation, a name or a short function word ("in 2023 with", "en 2023 avec")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).islower() and len(word.group(1)) >= 5


def _parse_season(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    entry = grammar.value("season", match.group("season"))
    if entry is None:
        return None
    calendar, _, first_month = entry[0].partition(":")
    year_name = "y" if _group(match, "y") else "y2"
    number, era, _ = _year_value(grammar, match, year_name)
    if number is not None and _year_calendar(grammar, number, era, calendar) != calendar:
        return None
    year_offset = _relative_year(grammar, match, "ry")
    if year_offset is None:
        year_offset = _relative_year(grammar, match, "ry2")
    shift = _shift(grammar, match)[0]
    part = _part(grammar, match)
    anchored = number is not None or year_offset is not None or shift is not None or part
    if not anchored:
        if "ambiguous" in entry[1]:
            return None
        if not _context_before(grammar, folded, match.start()):
            return None
    return Expr(match.start(), match.end(), calendar=calendar, year=number, season=int(first_month), part=part,
                year_offset=year_offset, shift=shift)  # fmt: skip


def _parse_relative(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    entry = grammar.value("relative", match.group("rel"))
    if entry is None:
        return None
    if re.search(r"[0-9]" + SPACE + r"*$", folded[max(0, match.start() - 3) : match.start()]):
        return None  # "5 năm trước" is "five years ago", not "last year"
    unit, _, offset = entry[0].partition(":")
    calendar = GREGORIAN if unit in ("day", "days", "week") else grammar.setting("default_calendar", GREGORIAN)
    step = int(offset)
    if "twoway" in entry[1] and _future_follows(grammar, folded, match.end()):
        step = -step  # "बैठक कल होगी": the meeting is tomorrow
    return Expr(match.start(), match.end(), calendar=calendar, unit=unit, offset=step, part=_part(grammar, match))


_CLAUSE_END = re.compile(r"[.!?।|;\n]")


def _future_follows(grammar: Grammar, folded: str, end: int) -> bool:
    """Is there a future-tense word after `end`, before the sentence ends?"""
    if grammar.future is None:
        return False
    stop = _CLAUSE_END.search(folded, end)
    return grammar.future.search(folded, end, stop.start() if stop else len(folded)) is not None


def _parse_weekday(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    entry = grammar.value("weekday", match.group("wd"))
    if entry is None:
        return None
    shift, week_shift = _shift(grammar, match)
    if _group(match, "wdd"):  # "neste sábado (22)": the day is written, the weekday only names it
        month = _group(match, "wdm")
        return Expr(
            match.start(),
            match.end(),
            day=int(match.group("wdd")),
            month=int(month) if month else None,
            day_of_week=int(entry[0]),
        )
    if "abbr" in entry[1] and shift is None and week_shift is None:
        return None
    return Expr(match.start(), match.end(), weekday=int(entry[0]), shift=shift, week_shift=week_shift)


def _parse_numeric(grammar: Grammar, match: re.Match[str], folded: str) -> Expr | None:
    """Numeric dates: a/b/yyyy, yyyy-mm-dd, and (with a context word) d/m."""
    first, second = int(match.group("a")), int(match.group("b"))
    year_text = _group(match, "c")
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
        return Expr(match.start(), match.end(), day=first, month=second)
    year = int(year_text)
    if grammar.setting("buddhist_era") == "yes" and 2400 <= year <= 2599:
        year -= BUDDHIST_ERA_OFFSET  # "12/03/2567" is 12 March 2024
    calendar = _year_calendar(grammar, year, None, None)
    if calendar is None:
        return None
    found = Expr(match.start(), match.end(), calendar=calendar, year=year)
    if match.start("c") < match.start("a"):  # year first: year-month-day
        if not (1 <= second <= 12 and 1 <= first <= 31):
            return None
        return replace(found, month=second, day=first)
    day_month_ok = 1 <= second <= 12 and 1 <= first <= 31
    month_day_ok = 1 <= first <= 12 and 1 <= second <= 31
    if not (day_month_ok or month_day_ok):
        return None
    us_order = grammar.setting("us_order") == "yes"
    if day_month_ok and month_day_ok and first != second and grammar.setting("numeric_order") == "ambiguous":
        return replace(found, month=first, day=second) if us_order else replace(found, year_only=True)
    if day_month_ok and not (us_order and month_day_ok):
        return replace(found, day=first, month=second)
    return replace(found, month=first, day=second)


PARSERS = {
    "dmy": _parse_named_date,
    "mdy": _parse_named_date,
    "ymd": _parse_named_date,
    "ydm": _parse_named_date,
    "day": _parse_day_alone,
    "year": _parse_year,
    "season": _parse_season,
    "relative": _parse_relative,
    "weekday": _parse_weekday,
    "numeric_dmy": _parse_numeric,
    "numeric_ymd": _parse_numeric,
    "numeric_dm": _parse_numeric,
}
