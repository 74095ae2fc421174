"""Every date expression of a text (``find_dates``), the years it names (``named_years``) and whether a date
is the day of a report (``reported``). A page's own publication stamp is read in ``stamps``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from techdip.extract.dates.grammar import KIND_BITS, NUMBER, Grammar, language_grammar
from techdip.extract.dates.lexicon import fold, lower_same_length
from techdip.extract.dates.parse import PARSERS, Expr
from techdip.extract.dates.resolve import resolve

EXCLUDE_WINDOW = 24  # characters around a candidate searched for a phrase that is never a date


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text passed in (Python str indices)
    end: int
    text: str  # the raw expression == text[start:end]
    value: str | None  # 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' Gregorian; None if unresolvable
    calendar: str  # 'gregorian' | 'solar_hijri' | 'lunar_hijri'
    resolution: str  # 'absolute' | 'partial' (year/month taken from anchor) | 'relative'
    anchor: str | None  # ISO date of the anchor used for partial/relative, else None


# --------------------------------------------------------------------------- public API


def grammar_for(lang: str) -> Grammar:
    base, _, region = (lang or "").replace("_", "-").partition("-")
    grammar = language_grammar(base.lower())
    if region.upper() == "US" and grammar.setting("numeric_order") == "ambiguous":
        return _us_variant(base.lower())
    return grammar


@cache
def _us_variant(lang: str) -> Grammar:
    grammar = language_grammar(lang)
    return Grammar(**{**grammar.__dict__, "settings": {**grammar.settings, "us_order": "yes"}})


# a number starts where its run of digits does (a run, not a lookbehind: re then skips ahead to the next digit)
_NUMBER_START = re.compile(r"[0-9]+")
_CJK_NUMBER_START = re.compile(r"[0-9〇零一二三四五六七八九十]+")


def _trigger_positions(grammar: Grammar, folded: str) -> list[tuple[int, int]]:
    """(position, bit mask of what opens there) where an expression can start: a number, or a lexicon word (found
    with Aho-Corasick; the mask holds the kinds of the forms it starts, grammar.KIND_BITS).

    Scanning every position of the text with each template is slow in Python's re; matching each template only
    at the few positions that may open it gives the same matches.
    """
    number_start = _CJK_NUMBER_START if grammar.setting("cjk_numerals") == "yes" else _NUMBER_START
    number = KIND_BITS[NUMBER]
    positions = dict.fromkeys((m.start() for m in number_start.finditer(folded)), number)
    if grammar.starts is not None:
        lowered = lower_same_length(folded)
        bounded = grammar.setting("boundary") != "none"
        for end, (length, kinds) in grammar.starts.iter(lowered):
            start = end - length + 1
            if bounded and start > 0:
                before = lowered[start - 1]
                if before.isalnum() and not before.isdecimal():  # a letter (re's [^\W\d_]): inside a word
                    continue
            positions[start] = positions.get(start, 0) | kinds
    return sorted(positions.items())


def _candidates(grammar: Grammar, folded: str) -> list[Expr]:
    found: list[Expr] = []
    positions = _trigger_positions(grammar, folded)
    opening: dict[int, list[int]] = {}  # bit mask of openers -> the positions one of them stands at, in order
    for name, pattern in grammar.templates:
        parser = PARSERS[name]
        opens = grammar.openers[name]
        if opens not in opening:  # templates share masks: each list is built once, by a comprehension
            opening[opens] = [position for position, kinds in positions if kinds & opens]
        covered_until = -1
        for position in opening[opens]:
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


def _excluded(grammar: Grammar, folded: str, expr: Expr) -> bool:
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


# A page's text is read for its publication stamp, then for its events' dates, perhaps against a second anchor:
# its expressions are found once. Only the last few texts are kept (each key holds its text).
_TEXTS_REMEMBERED = 8


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _expressions(grammar: Grammar, folded: str) -> tuple[Expr, ...]:
    """The date expressions of a folded text, in order: where two overlap, the one that starts first, then the
    longest, wins."""
    chosen: list[Expr] = []
    taken_until = -1
    for expr in sorted(_candidates(grammar, folded), key=lambda e: (e.start, -(e.end - e.start))):
        if expr.start >= taken_until:
            chosen.append(expr)
            taken_until = expr.end
    return tuple(chosen)


def find_dates(text: str, lang: str, anchor: dt.date | None = None, year_only: bool = False) -> list[DateMention]:
    """All date expressions in text, in order. anchor = publication date; partial and relative
    expressions without an anchor get value None (never invent a year). `year_only`: only the anchor's year
    is known (`resolve.resolve`)."""
    if not text:
        return []
    grammar = grammar_for(lang)
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    mentions: list[DateMention] = []
    exprs: list[Expr] = []
    folded, opened = _unbracket(grammar, fold(text))
    for expr in _expressions(grammar, folded):
        value, resolution = resolve(expr, anchor, grammar, year_only)
        start, end = _strip_span(text, opened.get(expr.start, expr.start), expr.end)
        uses_anchor = resolution != "absolute" and anchor is not None
        mention = DateMention(
            start,
            end,
            text[start:end],
            value,
            expr.calendar,
            resolution,
            anchor.isoformat() if uses_anchor else None,
        )
        if exprs and _day_then_weekday(exprs[-1], mentions[-1], expr, mention, text):
            # "أمس الاثنين", "hier lundi", "kemarin Senin": one day, the weekday's
            if any(b in text[mentions[-1].end : start] for b in "(（") and text[end : end + 1] in (")", "）"):
                end += 1  # "yesterday (Monday)": the bracket closes with it
            mentions[-1] = DateMention(
                mentions[-1].start, end, text[mentions[-1].start : end], value, expr.calendar, resolution,
                mention.anchor,
            )  # fmt: skip
            exprs[-1] = expr
            continue
        mentions.append(mention)
        exprs.append(expr)
    return mentions


def _unbracket(grammar: Grammar, folded: str) -> tuple[str, dict[int, int]]:
    """ "今(23)日" read as "今  23日", "上(10)月15日" as "上  10月15日": the bracketed number is the day, month or
    year the word before it names (Taiwanese press). Offsets are kept; the map sends the number's offset to the
    word's, where the expression's text starts."""
    if grammar.bracketed is None:
        return folded, {}
    opened: dict[int, int] = {}

    def rewrite(match: re.Match[str]) -> str:
        word, number = match.group(1), match.group(2)
        opened[match.start() + len(word) + 2] = match.start()
        return f"{word}  {number}"

    return grammar.bracketed.sub(rewrite, folded), opened


_WEEKDAY_LAG = 2  # days a page may be published after the story was written ("yesterday, Monday" read on Wednesday)
# commas, a bracket, or a one- or two-letter preposition ("вчера, в понедельник", "wczoraj, w poniedziałek")
_BETWEEN_DAY_AND_WEEKDAY = re.compile(r"[\s,،、(（]*(?:[^\W\d_]{1,2}\s+)?")


def _day_then_weekday(day: Expr, day_mention: DateMention, weekday: Expr, weekday_mention: DateMention,
                      text: str) -> bool:  # fmt: skip
    """Does a relative day ("yesterday", "today") stand right before the weekday it names ("أمس الاثنين",
    "hier lundi", "today (Wednesday)")? The weekday then says which day it is: the story was written a day or
    two before the page that carries it was published, and "yesterday" counted from the publication would
    be a day late."""
    if day.unit != "day" or weekday.weekday is None or weekday.day is not None or weekday.shift is not None:
        return False
    if day_mention.value is None or weekday_mention.value is None or len(day_mention.value) != 10:
        return False
    if not _BETWEEN_DAY_AND_WEEKDAY.fullmatch(text[day_mention.end : weekday_mention.start]):
        return False
    lag = (dt.date.fromisoformat(day_mention.value) - dt.date.fromisoformat(weekday_mention.value)).days
    return 0 <= lag <= _WEEKDAY_LAG


_NAMED_YEAR = re.compile(r"(?<![0-9])(?<![0-9][.,])(?:199[0-9]|20[0-9]{2})(?![0-9]|[.,][0-9])")


def named_years(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year (1990-2099) the text names, outside the phrases that are never dates
    ("Vision 2030", "Agenda 2030": a plan's target year says nothing about when the page was written)."""
    grammar = grammar_for(lang)
    folded = fold(text)
    blocked = [m.span() for m in grammar.exclude.finditer(folded)] if grammar.exclude is not None else []
    return [
        (m.start(), m.end(), int(m.group()))
        for m in _NAMED_YEAR.finditer(folded)
        if not any(start <= m.start() < end for start, end in blocked)
    ]


def weekday_years(text: str, lang: str, start: int, end: int, years: set[int]) -> list[int]:
    """Of `years`, those in which the date text[start:end] falls on the weekday written with it ("Jumat
    (18/8)": 18 August is a Friday in 2023); none when it names no weekday, or no day and month."""
    grammar = grammar_for(lang)
    whole = [e for e in _candidates(grammar, fold(text[start:end])) if e.start == 0]
    expr = max(whole, key=lambda e: e.end, default=None)
    if expr is None or None in (expr.day_of_week, expr.day, expr.month) or expr.calendar != "gregorian":
        return []
    agreeing = []
    for year in sorted(years):
        try:
            if dt.date(year, expr.month, expr.day).weekday() == expr.day_of_week:
                agreeing.append(year)
        except ValueError:
            continue
    return agreeing


def month_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviated month names of the language's date words ("oct", "сент"), lower-cased: their period
    does not end a sentence ("signed on Oct. 14 with Kazakhstan")."""
    months = grammar_for(lang).lookup.get("month", {})
    return frozenset(key for key, (_, flags) in months.items() if "abbr" in flags)


_REPORT_REACH = 30  # characters before a date searched for "said on", "a indiqué"
_WEEKDAY_BRACKET = re.compile(r"([^\W\d_]+)\s*[(（]\s*$")  # "Minggu (" before "24/11/2024)"


def reported(text: str, lang: str, start: int, end: int) -> str | None:
    """Is the date text[start:end] the day something was said or reported? "said" for a party's own word ("an
    official release said on Wednesday", "개최했다고 27일 밝혔다"), "media" for a third party's report ("state
    media reported on Monday"), else None."""
    grammar = grammar_for(lang)
    if grammar.report_before is not None:
        before = fold(text[max(0, start - _REPORT_REACH) : start])
        weekday = _WEEKDAY_BRACKET.search(before)
        if weekday and lower_same_length(weekday.group(1)) in grammar.lookup.get("weekday", {}):
            before = before[: weekday.start()]  # "dalam keterangannya, Minggu (24/11/2024)": the weekday goes with it
        if grammar.report_before.search(before):
            media = grammar.report_media is not None and grammar.report_media.search(before)
            return "media" if media else "said"
    if grammar.report_after is not None and grammar.report_after.match(fold(text[end : end + _REPORT_REACH])):
        return "said"
    return None
