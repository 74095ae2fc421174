"""Reading events back: the filters every interface shares (CLI, API, exports)."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, and_, func, select

from techdip.store.schema import documents, event_areas, event_parties, event_people, events, evidence


class FilterError(ValueError):
    """A filter value that cannot mean anything (a malformed date, a one-party pair)."""


@dataclass
class EventFilter:
    party: str | None = None
    pair: tuple[str, str] | None = None
    area: str | None = None
    type: str | None = None
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    offset: int = 0

    def validate(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, parse_day(value, name, end=(name == "until")))
        if self.pair is not None and (len(self.pair) != 2 or not all(self.pair)):
            raise FilterError("--pair takes two party codes, like IRN,ARM")


def parse_day(value: str, name: str, end: bool = False) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as a day (the first day, or the last with end=True)."""
    from techdip.store.ingest import period

    try:
        parts = [int(p) for p in value.split("-")]
        if not 1 <= len(parts) <= 3:
            raise ValueError
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, TypeError):
        raise FilterError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    first, last = period("-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts)))
    return last if end else first


def _filtered(query: Select, f: EventFilter) -> Select:
    if f.party:
        query = query.where(
            events.c.id.in_(select(event_parties.c.event_id).where(event_parties.c.party == f.party.upper()))
        )
    if f.pair:
        for code in f.pair:
            query = query.where(
                events.c.id.in_(select(event_parties.c.event_id).where(event_parties.c.party == code.upper()))
            )
    if f.area:
        query = query.where(events.c.id.in_(select(event_areas.c.event_id).where(event_areas.c.area == f.area)))
    if f.type:
        query = query.where(events.c.type == f.type.upper())
    if f.lang:
        query = query.where(documents.c.lang == f.lang)
    if f.since:
        query = query.where(events.c.when_end >= f.since)
    if f.until:
        query = query.where(events.c.when_start <= f.until)
    return query


def count_events(engine: Engine, f: EventFilter) -> int:
    query = select(func.count()).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    with engine.connect() as conn:
        return conn.execute(_filtered(query, f)).scalar_one()


def query_events(engine: Engine, f: EventFilter, order: str = "date") -> list[dict[str, Any]]:
    """Events matching the filter, each as a dict in the shape of EVENTS.md plus its document."""
    f.validate()
    base = select(
        events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
    ).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    query = _filtered(base, f)
    sort = {
        "date": (events.c.when_start.desc(), events.c.id),
        "-date": (events.c.when_start.asc(), events.c.id),
        "id": (events.c.id,),
    }.get(order, (events.c.when_start.desc(), events.c.id))
    query = query.order_by(*sort).offset(f.offset)
    if f.limit is not None:
        query = query.limit(f.limit)
    with engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
        _attach_children(conn, rows)
    return rows


def _attach_children(conn, rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in rows]
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row.update(parties=[], areas=[], people=[], evidence=[])
        row["date_source"] = json.loads(row["date_source"]) if row.get("date_source") else None
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for r in conn.execute(select(event_parties).where(event_parties.c.event_id.in_(chunk))):
            by_id[r.event_id]["parties"].append(r.party)
        for r in conn.execute(select(event_areas).where(event_areas.c.event_id.in_(chunk))):
            by_id[r.event_id]["areas"].append(r.area)
        for r in conn.execute(
            select(event_people).where(event_people.c.event_id.in_(chunk)).order_by(event_people.c.id)
        ):
            by_id[r.event_id]["people"].append({"name": r.name, "party": r.party, "role": r.role})
        for r in conn.execute(select(evidence).where(evidence.c.event_id.in_(chunk)).order_by(evidence.c.id)):
            by_id[r.event_id]["evidence"].append({"start": r.start, "end": r.end, "text": r.text})
    for row in rows:
        row["parties"].sort()
        row["areas"].sort()


def summary(engine: Engine) -> dict[str, Any]:
    """Counts for a first look: documents, events, languages, pairs of parties, areas."""
    with engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        n_relevant = conn.execute(select(func.count()).select_from(documents).where(documents.c.relevant)).scalar_one()
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        langs = dict(conn.execute(select(documents.c.lang, func.count()).group_by(documents.c.lang)).all())
        areas = conn.execute(
            select(event_areas.c.area, func.count().label("n"))
            .group_by(event_areas.c.area)
            .order_by(func.count().desc())
        ).all()
        a, b = event_parties.alias("a"), event_parties.alias("b")
        pairs = conn.execute(
            select(a.c.party, b.c.party, func.count().label("n"))
            .select_from(a.join(b, and_(a.c.event_id == b.c.event_id, a.c.party < b.c.party)))
            .group_by(a.c.party, b.c.party)
            .order_by(func.count().desc(), a.c.party, b.c.party)
        ).all()
        types = Counter(dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all()))
    return {
        "documents": n_docs,
        "relevant_documents": n_relevant,
        "events": n_events,
        "languages": {str(k): v for k, v in sorted(langs.items(), key=lambda kv: -kv[1])},
        "types": dict(types.most_common()),
        "areas": [(area, n) for area, n in areas],
        "pairs": [((x, y), n) for x, y, n in pairs],
    }
