"""An article's publication date, and where it was read (`publication`); the page's ISO stamp (`page_stamp`).

Sources, in order of trust: the input's metadata (a feed, HTML metadata: `metadata`); an ISO stamp opening
the page (`page stamp`); the page's own lines, read by `dates.find_publication` in the article's language
(and in English, which page furniture often is): a "Published"/"Updated" label or a dateline near the top
(`dateline`), a byline with its date (`byline`); the day the page's address carries (`url`:
".../2021/08/05/...", ".../20250122/...", ".../2024-06-20/...", a Solar Hijri ".../1402/05/10/..." where the
language counts years so); a sign-off date closing the page
(`sign-off`), a date the text gives as today's (`today`); the month the address carries. Only full dates
count in the text, so a banner's or a copyright's year never becomes a publication date.

The ISO stamp:

" date 2026-02-20 NEU-DELHI (dpa-AFX) - ...", "Published: 2024-11-19 09:15", "2024-11-19 | Tehran": the
first line opens with an ISO date (a day, or only a month), after at most one label word. Datelines and
labelled stamps in the language's own words ("19 November 2024", "Veröffentlicht am ...") are read by
`dates.find_dateline`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from techdip.extract.dates import find_publication
from techdip.extract.dates.find import grammar_for
from techdip.extract.dates.resolve import to_gregorian
from techdip.extract.dates.stamps import today_in_month

# at most one label word (any script), then the date; a stamp may show only the month ("date 2021-12")
_STAMP = re.compile(r"\s*(?:[^\W\d]{1,20}\s*[:：]?\s*)?(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")
# a Gregorian year: "۱۴۰۳-۰۸-۲۹" opening a Persian page is a Solar Hijri stamp, read by find_publication
_GREGORIAN_YEARS = range(1900, 2101)


def page_stamp(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD, or YYYY-MM when the page shows only the month) that opens the text, if it
    is a real calendar date."""
    found = _STAMP.match(text[:80])
    if found is None:
        return None
    year, month = int(found[1]), int(found[2])
    if year not in _GREGORIAN_YEARS:
        return None
    try:
        day = dt.date(year, month, int(found[3] or 1))
    except ValueError:
        return None
    return day.isoformat() if found[3] else day.isoformat()[:7]


# a date in an address's path: "/2021/08/05/", "/2021/08/", "/20250122/", "/2024-06-20/", "/2024-6-20/",
# "/16-05-2024/"; not inside a longer number ("/news/202512345/", "/201307090315") or a query
_URL_DATE = re.compile(
    r"/(?:((?:19|20)[0-9]{2})(?:([/-])([01]?[0-9])(?:\2([0-3]?[0-9]))?|([01][0-9])([0-3][0-9]))"
    r"|([0-3]?[0-9])-([01]?[0-9])-((?:19|20)[0-9]{2}))(?=[/._-]|$)"
)


# a Solar Hijri day in the path of a site that counts years so ("/1402/05/10/"): the Persian press
_SOLAR_URL_DATE = re.compile(r"/(1[34][0-9]{2})([/-])([01]?[0-9])\2([0-3]?[0-9])(?=[/._-]|$)")


def url_date(url: str | None, calendar: str = "gregorian") -> str | None:
    """The date (YYYY-MM-DD, or YYYY-MM) an article's address carries in its path, if it is a real one; with
    `calendar` solar_hijri (the language's default calendar), a Solar Hijri day too ("/1402/05/10/")."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0].split("#")[0]
    if calendar == "solar_hijri":
        for found in _SOLAR_URL_DATE.finditer(path):
            day = to_gregorian("solar_hijri", int(found[1]), int(found[3]), int(found[4]))
            if day is not None:
                return day.isoformat()
    for found in _URL_DATE.finditer(path):
        if found[9]:  # day first
            year, month, day = int(found[9]), found[8], found[7]
        else:
            year = int(found[1])
            month, day = (found[3], found[4]) if found[2] else (found[5], found[6])
        try:
            date = dt.date(year, int(month), int(day or 1))
        except ValueError:
            continue
        return date.isoformat() if day else date.isoformat()[:7]
    return None


class Publication(NamedTuple):
    """When an article was published, where that was read, and the span of the page's stamp line (-1, -1
    when there is none, or when the date is a wire dateline that belongs to the story)."""

    date: str | None
    source: str | None
    start: int = -1
    end: int = -1


def publication(text: str, lang: str, given: str | None = None, url: str | None = None) -> Publication:
    """The publication date of an article (see the module's docstring); `given` is the input's own, `url` its
    address."""
    if given:
        return Publication(given, "metadata", *_stamp_line(text, lang, given))
    stamp = page_stamp(text)
    if stamp and len(stamp) == 10:
        return Publication(stamp, "page stamp", *_stamp_line(text, lang, stamp))
    found = find_publication(text, lang)
    day = found.day.isoformat() if found else None
    if stamp and day and day.startswith(stamp):
        return Publication(day, found.source, found.start, found.end)  # "date 2019-02 ... | 14.02.19"
    if stamp:  # "date 2022-02 ... sáng nay (25/2)": the text says which day of the page's month it was written
        today = today_in_month(text, lang, int(stamp[:4]), int(stamp[5:7]))
        if today is not None:
            return Publication(today.isoformat(), "today")
    addressed = url_date(url, grammar_for(lang).setting("default_calendar", "gregorian"))
    text_first = found is not None and found.source not in _AFTER_URL
    if addressed and len(addressed) == 10 and not text_first and addressed.startswith(stamp or ""):
        return Publication(addressed, "url")
    if stamp:
        return Publication(stamp, "page stamp")
    if found:
        return Publication(day, found.source, found.start, found.end)
    return Publication(addressed, "url") if addressed else Publication(None, None)


def _stamp_line(text: str, lang: str, day: str) -> tuple[int, int]:
    """The span of the page's own stamp line ("Giriş Tarihi: 29.01.2026 12:55", a byline with its date) when it
    shows the day the metadata gives: furniture, which then dates no event; else (-1, -1)."""
    iso = _STAMP.match(text[:80])
    first_line = text.find("\n") if iso else 0
    if iso:  # the ISO stamp is read already: the page's own stamp lines are below it
        text = " " * iso.end() + text[iso.end() :]
    found = find_publication(text, lang)
    if found is None or found.start < 0 or found.day.isoformat() != day:
        return -1, -1
    if first_line == -1 or found.start < first_line:
        return -1, -1  # the story's first line, after the ISO stamp (" date 2023-11-25 A meeting ... was held on")
    return found.start, found.end


_AFTER_URL = ("sign-off", "today")  # read from the text, but less sure than the day an address carries
