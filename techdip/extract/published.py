"""The page's own publication stamp: an ISO date opening the text, as page furniture and feeds write it.

" date 2026-02-20 NEU-DELHI (dpa-AFX) - ...", "Published: 2024-11-19 09:15", "2024-11-19 | Tehran": the
first line opens with an ISO date (a day, or only a month), after at most one label word. Datelines and
labelled stamps in the language's own words ("19 November 2024", "Veröffentlicht am ...") are read by
`dates.find_dateline`.
"""

from __future__ import annotations

import datetime as dt
import re

# at most one label word (any script), then the date; a stamp may show only the month ("date 2021-12")
_STAMP = re.compile(r"\s*(?:[^\W\d]{1,20}\s*[:：]?\s*)?(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")


def page_stamp(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD, or YYYY-MM when the page shows only the month) that opens the text, if it
    is a real calendar date."""
    found = _STAMP.match(text[:80])
    if found is None:
        return None
    year, month = int(found[1]), int(found[2])
    try:
        day = dt.date(year, month, int(found[3] or 1))
    except ValueError:
        return None
    return day.isoformat() if found[3] else day.isoformat()[:7]
