"""Counts for summaries, the network, timelines and heatmaps; every one takes the same filter.

Counts count stories by default: one meeting reported by four outlets counts once. `unit="events"`
counts the raw per-article events instead.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from techdip.store.queries import EventFilter, filtered_event_ids, query_events
from techdip.store.schema import documents, event_areas, event_parties, events

UNITS = ("stories", "events")


def _counted(unit: str):
    """The count expression: distinct stories (an event not yet in a story counts alone) or events."""
    if unit == "events":
        return func.count(func.distinct(events.c.id))
    return func.count(func.distinct(func.coalesce(events.c.story_id, -events.c.id)))


def _is_everything(f: EventFilter | None) -> bool:
    """A filter that keeps every event: the aggregate then reads the tables whole, without a 1M-id IN list."""
    if f is None:
        return True
    f.validate()
    kept = (f.party, f.pair, f.area, f.type, f.lang, f.since, f.until, f.confidence, f.q and f.q.strip())
    return not any(kept)


def _only(query, id_column, f: EventFilter | None):
    """The query restricted to the events that pass the filter (nothing to restrict for no filter)."""
    return query if _is_everything(f) else query.where(id_column.in_(filtered_event_ids(f or EventFilter())))


def _counts_by(engine: Engine, key, f: EventFilter | None, unit: str) -> list[tuple[str, int]]:
    """(value, count) of a column of a table linked to events (a party, an area), biggest first."""
    n = _counted(unit)
    link = key.table
    query = select(key, n.label("n")).join(events, events.c.id == link.c.event_id).group_by(key).order_by(n.desc(), key)
    query = _only(query, link.c.event_id, f)
    with engine.connect() as conn:
        return [(value, count) for value, count in conn.execute(query)]


def party_counts(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> list[tuple[str, int]]:
    return _counts_by(engine, event_parties.c.party, f, unit)


def pair_counts(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> list[tuple[str, str, int]]:
    """Weighted edges: (party a, party b, stories or events they share), a < b. With a party in the filter, only
    that party's pairs: the other members of a multilateral meeting it attended are not its pairs' business."""
    a, b = event_parties.alias("a"), event_parties.alias("b")
    n = _counted(unit)
    query = (
        select(a.c.party, b.c.party, n.label("n"))
        .select_from(
            a.join(b, and_(a.c.event_id == b.c.event_id, a.c.party < b.c.party)).join(
                events, events.c.id == a.c.event_id
            )
        )
        .group_by(a.c.party, b.c.party)
        .order_by(n.desc(), a.c.party, b.c.party)
    )
    query = _only(query, a.c.event_id, f)
    if f is not None and f.party:
        query = query.where(or_(a.c.party == f.party.upper(), b.c.party == f.party.upper()))
    with engine.connect() as conn:
        return [(x, y, n) for x, y, n in conn.execute(query)]


def pair_details(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> list[dict[str, Any]]:
    """The edges of pair_counts with what they are made of: areas, event types, first and last day.

    Each a dict: a, b, n (stories or events), areas, types (sorted lists), first, last (days or None)."""
    pairs = pair_counts(engine, f, unit)
    if not pairs:
        return []
    ids = filtered_event_ids(f or EventFilter())
    a, b = event_parties.alias("a"), event_parties.alias("b")
    joined = a.join(b, and_(a.c.event_id == b.c.event_id, a.c.party < b.c.party)).join(
        events, events.c.id == a.c.event_id
    )
    kept = a.c.event_id.in_(ids)
    spans = (
        select(
            a.c.party,
            b.c.party,
            func.min(events.c.when_start),
            func.max(func.coalesce(events.c.when_end, events.c.when_start)),
        )  # fmt: skip
        .select_from(joined)
        .where(kept)
        .group_by(a.c.party, b.c.party)
    )
    types = select(a.c.party, b.c.party, events.c.type).select_from(joined).where(kept).distinct()
    areas = (
        select(a.c.party, b.c.party, event_areas.c.area)
        .select_from(joined.join(event_areas, event_areas.c.event_id == events.c.id))
        .where(kept)
        .distinct()
    )
    with engine.connect() as conn:
        when = {(x, y): (first, last) for x, y, first, last in conn.execute(spans)}
        kinds: dict[tuple[str, str], set[str]] = {}
        for x, y, value in conn.execute(types):
            kinds.setdefault((x, y), set()).add(value)
        topics: dict[tuple[str, str], set[str]] = {}
        for x, y, value in conn.execute(areas):
            topics.setdefault((x, y), set()).add(value)
    return [
        {"a": x, "b": y, "n": n, "areas": sorted(topics.get((x, y), ())), "types": sorted(kinds.get((x, y), ())),
         "first": when.get((x, y), (None, None))[0], "last": when.get((x, y), (None, None))[1]}
        for x, y, n in pairs
    ]  # fmt: skip


def area_counts(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> list[tuple[str, int]]:
    return _counts_by(engine, event_areas.c.area, f, unit)


def timeline(engine: Engine, by: str = "area", f: EventFilter | None = None, unit: str = "stories") -> dict[str, Any]:
    """Stories (or events) per month (event date, else publication date), split by area or by party."""
    month = func.substr(events.c.when_start, 1, 7)
    link = event_areas if by == "area" else event_parties
    key = link.c.area if by == "area" else link.c.party
    query = (
        select(month.label("month"), key.label("key"), _counted(unit).label("n"))
        .select_from(events.join(link, link.c.event_id == events.c.id))
        .where(events.c.when_start.is_not(None))
        .group_by(month, key)
        .order_by(month, key)
    )
    query = _only(query, events.c.id, f)
    undated = _only(select(func.count()).select_from(events).where(events.c.when_start.is_(None)), events.c.id, f)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
        n_undated = conn.execute(undated).scalar_one()
    months = month_range([r.month for r in rows])
    series: dict[str, list[int]] = {}
    for row in rows:
        series.setdefault(row.key, [0] * len(months))[months.index(row.month)] += row.n
    return {"by": by, "unit": unit, "months": months, "series": series, "undated": n_undated}


def monthly_totals(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> dict[str, int]:
    """Stories (or events) per month, each counted once however many areas or parties it has."""
    month = func.substr(events.c.when_start, 1, 7)
    query = (
        select(month.label("month"), _counted(unit).label("n"))
        .where(events.c.when_start.is_not(None))
        .group_by(month)
        .order_by(month)
    )
    query = _only(query, events.c.id, f)
    with engine.connect() as conn:
        return {row.month: row.n for row in conn.execute(query)}


def month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last, so gaps show as zeros."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def heatmap(engine: Engine, f: EventFilter | None = None, unit: str = "stories") -> list[tuple[str, str, int]]:
    """(area, party, stories or events) cells."""
    query = (
        select(event_areas.c.area, event_parties.c.party, _counted(unit).label("n"))
        .select_from(
            event_areas.join(event_parties, event_areas.c.event_id == event_parties.c.event_id).join(
                events, events.c.id == event_areas.c.event_id
            )
        )
        .group_by(event_areas.c.area, event_parties.c.party)
    )
    query = _only(query, event_areas.c.event_id, f)
    with engine.connect() as conn:
        return [(a, p, n) for a, p, n in conn.execute(query)]


def overview(engine: Engine, latest: int = 10, unit: str = "stories") -> dict[str, Any]:
    """What the front page shows: counts, top pairs, top areas, latest events."""
    facts = summary(engine, unit)
    facts["latest"] = query_events(engine, EventFilter(limit=latest))
    return facts


def summary(engine: Engine, unit: str = "stories") -> dict[str, Any]:
    """Counts for a first look: documents, events, stories, languages, pairs of parties, areas."""
    with engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        n_relevant = conn.execute(select(func.count()).select_from(documents).where(documents.c.relevant)).scalar_one()
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        n_stories = conn.execute(select(_counted("stories")).select_from(events)).scalar_one()
        langs = dict(conn.execute(select(documents.c.lang, func.count()).group_by(documents.c.lang)).all())
        types = Counter(dict(conn.execute(select(events.c.type, _counted(unit)).group_by(events.c.type)).all()))
    return {
        "documents": n_docs,
        "relevant_documents": n_relevant,
        "events": n_events,
        "stories": n_stories,
        "unit": unit,
        "languages": {str(k): v for k, v in sorted(langs.items(), key=lambda kv: -kv[1])},
        "types": dict(types.most_common()),
        "areas": area_counts(engine, unit=unit),
        "pairs": [((x, y), n) for x, y, n in pair_counts(engine, unit=unit)],
    }
