"""Calendars and resolution: expressions to Gregorian values, partial and relative ones against an anchor."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import jdatetime
from hijridate import Gregorian, Hijri

from techdip.extract.dates.grammar import Grammar
from techdip.extract.dates.lexicon import GREGORIAN, LUNAR, SOLAR
from techdip.extract.dates.parse import Expr

FUTURE_WEIGHT = 3  # a candidate date d days after the anchor costs as much as one 3*d days before it

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


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a day written in `calendar` ("gregorian", "solar_hijri", "lunar_hijri"), or None
    when there is no such day."""
    return _to_gregorian(calendar, year, month, day)


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


def _interval(expr: Expr, year: int) -> tuple[dt.date, dt.date] | None:
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


def _format(expr: Expr, year: int, interval: tuple[dt.date, dt.date]) -> str:
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


def _closest_year(expr: Expr, anchor: dt.date) -> int | None:
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


def resolve(expr: Expr, anchor: dt.date | None, grammar: Grammar, year_only: bool = False) -> tuple[str | None, str]:
    """(value, resolution) of a parsed expression; `year_only`: only the anchor's year is known (a page with
    no publication date, dated by the year it names), so a month takes that year and a day without its
    month, a weekday or "yesterday" stay unresolved."""
    if year_only and anchor is not None:
        return _in_year(expr, anchor, grammar)
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


def _in_year(expr: Expr, anchor: dt.date, grammar: Grammar) -> tuple[str | None, str]:
    """Resolution against a known year only (`resolve`'s `year_only`)."""
    if (expr.weekday is not None and expr.month is None) or expr.unit is not None or expr.year_offset is not None:
        return None, "relative"
    if expr.season is not None and expr.shift not in (None, 0):
        return None, "relative"  # "next spring"
    if expr.year is not None or expr.invalid or expr.year_only:
        return resolve(expr, None, grammar)
    if expr.month is None and expr.season is None:
        return None, "partial"  # "19日", "ngày 19": the month is not known
    if expr.calendar == GREGORIAN:
        year = anchor.year
    else:  # a Hijri month: the one nearest the middle of the Gregorian year
        year = _closest_year(expr, dt.date(anchor.year, 7, 1))
        if year is None:
            return None, "partial"
    interval = _interval(expr, year)
    if interval and expr.day_of_week is not None and expr.day is not None and interval[0].weekday() != expr.day_of_week:
        return None, "partial"  # "Saturday, October 15" in a year where the 15th is no Saturday
    return (_format(expr, year, interval) if interval else None), "partial"


def _day_alone_value(expr: Expr, anchor: dt.date) -> str | None:
    best: tuple[int, dt.date] | None = None
    for delta in (-1, 0, 1):
        month_index = anchor.year * 12 + anchor.month - 1 + delta
        try:
            day = dt.date(month_index // 12, month_index % 12 + 1, expr.day or 0)
        except ValueError:
            continue
        if (expr.shift == -1 and day >= anchor) or (expr.shift == 1 and day <= anchor):
            continue  # "지난 26일" is before the anchor, "오는 26일" after it
        cost = _cost((day, day), anchor)
        if expr.day_of_week is not None and day.weekday() != expr.day_of_week:
            cost += _WRONG_WEEKDAY  # "lundi (3)": the month in which the 3rd is a Monday
        if best is None or cost < best[0]:
            best = (cost, day)
    return best[1].isoformat() if best else None


_WRONG_WEEKDAY = 10_000  # days of cost: a day the text names with another weekday only if no month fits


def _shifted_season_value(expr: Expr, anchor: dt.date) -> str | None:
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


def _weekday_value(expr: Expr, anchor: dt.date) -> str:
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


def _span_value(first: dt.date, last: dt.date) -> str | None:
    """The month holding every day from first to last, else their year, else nothing."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def _relative_value(expr: Expr, anchor: dt.date, grammar: Grammar) -> str | None:
    if expr.unit == "day":
        return (anchor + dt.timedelta(days=expr.offset)).isoformat()
    if expr.unit == "days":
        # "a few days ago": two to six days before (after, for "in a few days"); the month holding all of
        # them, else their year
        near, far = sorted((anchor + dt.timedelta(days=2 * expr.offset), anchor + dt.timedelta(days=6 * expr.offset)))
        return _span_value(near, far)
    if expr.unit == "week":
        week_start = int(grammar.setting("week_start", "0"))
        first = anchor - dt.timedelta(days=(anchor.weekday() - week_start) % 7) + dt.timedelta(weeks=expr.offset)
        return _span_value(first, first + dt.timedelta(days=6))
    if expr.unit == "month":
        year, month = _calendar_month(expr.calendar, anchor)
        index = year * 12 + month - 1 + expr.offset
        target = Expr(0, 0, calendar=expr.calendar, month=index % 12 + 1, part=expr.part)
        interval = _interval(target, index // 12)
        return _format(target, index // 12, interval) if interval else None
    year = _calendar_year(expr.calendar, anchor) + expr.offset
    target = Expr(0, 0, calendar=expr.calendar, part=expr.part)
    interval = _interval(target, year)
    return _format(target, year, interval) if interval else None
