"""Date expressions in news text: find them, convert them to Gregorian, resolve them against an anchor.

Public API
----------
``find_dates(text, lang, anchor=None, year_only=False) -> list[DateMention]``
    Every date expression in ``text``, in order. ``anchor`` is the publication date: partial
    expressions ("19 November", "early Bahman") and relative ones ("yesterday", "on Monday")
    are resolved against it; without an anchor their value is ``None`` (a year is never invented).
    ``year_only``: only the anchor's year is known (a page dated by the year it names), so "19 November"
    is in that year and "19日", "yesterday", "on Monday" stay ``None``.
``find_dateline(text, lang) -> datetime.date | None``
    The publication date given by a dateline / "Published:" line near the top of an article.
``find_publication(text, lang) -> (datetime.date, source) | None``
    The same, ranked, with where it was read; also a byline, a sign-off closing the page, a date given
    as today's.
``page_furniture(text, start, end) -> bool``
    Whether a date is a stamp of the page's furniture: alone on its line, or closing an agency's bracket.
``reported(text, lang, start, end) -> str | None``
    Whether a date is the day something was said ("said on Monday": "said") or reported by a third party
    ("state media reported on Monday": "media").
``weekday_years(text, lang, start, end, years) -> list[int]``
    Of some years, those in which a date falls on the weekday written with it ("Jumat (18/8)").
``named_years(text, lang) -> list[(start, end, year)]``
    The years a text names, outside the phrases that are never dates ("Vision 2030").

Values are Gregorian ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the text allows.

How it works
------------
Language knowledge is data: ``techdip/lexicons/data/<lang>/dates.tsv``. From it a handful of
regular expressions per language (templates: day-month-year, month-day-year, year-month-day,
numeric dates, lone years, seasons, relative words, weekdays) are compiled once and cached.
They are tried only where an expression can start (a number, or a lexicon word found with one
Aho-Corasick pass), and each template only where a number or a word of a kind that may open it stands
(``grammar.TEMPLATE_OPENERS``: a template's leading parts change, its openers change with it;
``tests/extract/test_dates_find.py`` compares with trying every template everywhere). A text's expressions
are found once and resolved against each anchor asked for (the last few texts are remembered): a page is
read for its publication stamp, then for its events' dates.
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

The package: ``lexicon`` reads and checks ``dates.tsv`` and folds text; ``grammar`` compiles a language's
entries into templates; ``parse`` turns a template match into an expression; ``resolve`` converts
calendars and resolves partial and relative expressions against an anchor; ``find`` finds a text's
expressions; ``stamps`` reads a page's publication stamp.
"""

from techdip.extract.dates.find import (
    DateMention,
    find_dates,
    month_abbreviations,
    named_years,
    reported,
    weekday_years,
)
from techdip.extract.dates.lexicon import DATA_DIR, check_dates_file
from techdip.extract.dates.stamps import find_dateline, find_publication, page_furniture

__all__ = [
    "DATA_DIR",
    "DateMention",
    "page_furniture",
    "check_dates_file",
    "find_dateline",
    "find_dates",
    "find_publication",
    "month_abbreviations",
    "named_years",
    "reported",
    "weekday_years",
]
