"""Briefs: a period's stories, ranked, as a page an analyst can forward (self-contained HTML, or PDF).

`build_brief(engine, period)` gathers the stories of a period (and of the period before it, for comparison);
`render_html(brief)` writes one HTML file with its styles and charts inline (a network of who met whom and a
timeline, drawn as SVG), so it opens anywhere offline; `render_pdf` prints that page with headless Chromium.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from techdip.model import STATUSES
from techdip.store.queries import EventFilter, filtered_event_ids
from techdip.store.schema import events
from techdip.store.story_index import stories_by_id

_RELATIVE = re.compile(r"^(\d{1,4})([dwm])$")


class BriefError(ValueError):
    """A period or filter a brief cannot be made for; the message says why."""


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def before(self) -> Period:
        """The period of the same length just before this one."""
        end = self.start - datetime.timedelta(days=1)
        return Period(end - datetime.timedelta(days=self.days - 1), end)

    def label(self) -> str:
        return f"{self.start:%d %b %Y} – {self.end:%d %b %Y}"


@dataclass
class Brief:
    period: Period
    party: str | None
    area: str | None
    stories: list[dict[str, Any]] = field(default_factory=list)  # ranked, heaviest first
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # what -> (this period, the one before)
    per_day: Counter = field(default_factory=Counter)  # day -> stories first reported that day
    pairs: Counter = field(default_factory=Counter)  # (party a, party b) -> stories


def parse_period(since: str, until: str | None, latest: datetime.date | None) -> Period:
    """`since` is a day (2024-11-01) or a length back from the end (7d, 4w, 3m); the period ends on `until`,
    else on the latest day the database holds (so a brief of a backfilled corpus is not empty), else today."""
    try:
        end = datetime.date.fromisoformat(until) if until else (latest or datetime.date.today())
    except ValueError:
        raise BriefError(f"--until {until!r} is not a day (YYYY-MM-DD)") from None
    relative = _RELATIVE.match(since.strip())
    if relative:
        n, unit = int(relative.group(1)), relative.group(2)
        days = n * {"d": 1, "w": 7, "m": 30}[unit]
        if not days:
            raise BriefError("--since must cover at least one day")
        return Period(end - datetime.timedelta(days=days - 1), end)
    try:
        start = datetime.date.fromisoformat(since)
    except ValueError:
        raise BriefError(f"--since {since!r} is neither a day (YYYY-MM-DD) nor a length like 7d, 4w, 3m") from None
    if start > end:
        raise BriefError(f"--since {start} is after the end of the period {end}")
    return Period(start, end)


def latest_day(engine: Engine) -> datetime.date | None:
    with engine.connect() as conn:
        value = conn.execute(select(func.max(events.c.when_start))).scalar()
    return datetime.date.fromisoformat(value) if value else None


def build_brief(engine: Engine, period: Period, party: str | None = None, area: str | None = None) -> Brief:
    brief = Brief(period, party, area)
    ids = _story_ids(engine, period, party, area)
    before = _story_ids(engine, period.before(), party, area)
    stories = list(stories_by_id(engine, sorted(ids)).values())
    brief.stories = sorted(stories, key=lambda s: (-weight(s), s.get("date") or "", s["id"]))
    earlier = stories_by_id(engine, sorted(before)).values()
    brief.counts = {
        "stories": (len(stories), len(before)),
        "sources": (sum(len(s["sources"]) for s in stories), sum(len(s["sources"]) for s in earlier)),
        "languages": (
            len({lang for s in stories for lang in s["languages"]}),
            len({lang for s in earlier for lang in s["languages"]}),
        ),  # fmt: skip
        "parties": (len({p for s in stories for p in s["parties"]}), len({p for s in earlier for p in s["parties"]})),
    }
    for story in stories:
        day = story.get("date") or story.get("earliest_report")
        if day and len(day) >= 10:
            brief.per_day[day[:10]] += 1
        members = sorted(story["parties"])
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                brief.pairs[(a, b)] += 1
    return brief


def weight(story: dict[str, Any]) -> int:
    """How much a story counts: its sources, its languages, and how far it got (a signing over talks)."""
    statuses = [s["status"] for s in story["sources"] if s.get("status") in STATUSES]
    reached = max((STATUSES.index(s) for s in statuses), default=0)
    return 3 * len(story["sources"]) + 2 * len(story["languages"]) + reached


def _story_ids(engine: Engine, period: Period, party: str | None, area: str | None) -> set[int]:
    flt = EventFilter(party=party, area=area, since=period.start.isoformat(), until=period.end.isoformat())
    query = select(events.c.story_id).where(events.c.id.in_(filtered_event_ids(flt)), events.c.story_id.is_not(None))
    with engine.connect() as conn:
        return set(conn.execute(query.distinct()).scalars())
