"""Reading events back: the filters every interface shares (CLI, API, exports)."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, and_, func, or_, select

from techdip.curate import REVIEW_FILTERS
from techdip.store.schema import documents, event_areas, event_parties, event_people, events, evidence
from techdip.stories import name_parts
from techdip.text.normalize import normalize


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
    q: str | None = None  # full-text search in evidence and titles, any script
    confidence: str | None = None  # "high" or "low" (events read in a language without a lexicon folder)
    # curation: all, unreviewed, reviewed (any human decision), or one review state; None: all but rejected
    review: str | None = None
    limit: int | None = None
    offset: int = 0

    def validate(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, parse_day(value, name, end=(name == "until")))
        if self.review is not None and self.review not in REVIEW_FILTERS:
            raise FilterError(f"review: {self.review!r} is not one of {', '.join(REVIEW_FILTERS)}")
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
    except (ValueError, TypeError, OverflowError):  # OverflowError: a year too big for C (2024000000000000000)
        raise FilterError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    first, last = period("-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts)))
    return last if end else first


def filtered_event_ids(f: EventFilter) -> Select:
    """The ids of the events that pass the filter, as a subquery for aggregates."""
    f.validate()
    return _filtered(select(events.c.id).select_from(events.join(documents, events.c.doc_id == documents.c.id)), f)


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
    if f.confidence == "low":
        query = query.where(events.c.confidence == "low")
    elif f.confidence == "high":  # databases written before the field have nulls: all high
        query = query.where(or_(events.c.confidence.is_(None), events.c.confidence != "low"))
    query = _reviewed(query, f.review)
    if f.since:
        query = query.where(events.c.when_end >= f.since)
    if f.until:
        query = query.where(events.c.when_start <= f.until)
    if f.q and f.q.strip():
        pattern = "%" + _escape_like(normalize(f.q.strip()).text) + "%"
        in_evidence = select(evidence.c.event_id).where(evidence.c.search.like(pattern, escape="\\"))
        found = [events.c.id.in_(in_evidence), documents.c.title_search.like(pattern, escape="\\")]
        parts = name_parts(f.q)
        if parts:  # a person's name in any script: "Hashemi" finds هاشمی and Хашеми
            named = [event_people.c.name_key.like(f"% {_escape_like(part)} %", escape="\\") for part in parts]
            found.append(events.c.id.in_(select(event_people.c.event_id).where(and_(*named))))
        query = query.where(or_(*found))
    return query


def _reviewed(query: Select, review: str | None) -> Select:
    """The review filter: rejected events are kept (never deleted) but shown only when asked for."""
    state = func.coalesce(events.c.review_state, "unreviewed")  # null: a row written before curation existed
    if review in (None, "default"):
        return query.where(state != "rejected")
    if review == "all":
        return query
    if review == "reviewed":
        return query.where(state != "unreviewed")
    return query.where(state == review)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count_events(engine: Engine, f: EventFilter) -> int:
    f.validate()
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
        row.update(parties=[], areas=[], people=[], evidence=[], confidence=row.get("confidence") or "high")
        row.update(review_state=row.get("review_state") or "unreviewed", needs_look=bool(row.get("needs_look")))
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


def get_event(engine: Engine, event_id: int) -> dict[str, Any] | None:
    """One event with its document's metadata, or None."""
    base = select(
        events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
    ).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    with engine.connect() as conn:
        row = conn.execute(base.where(events.c.id == event_id)).first()
        if row is None:
            return None
        rows = [dict(row._mapping)]
        _attach_children(conn, rows)
    return rows[0]


def get_document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """One document with its text and its events, or None."""
    with engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            return None
        doc = dict(row._mapping)
        base = select(
            events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
        ).select_from(events.join(documents, events.c.doc_id == documents.c.id))
        rows = [dict(r._mapping) for r in conn.execute(base.where(events.c.doc_id == doc_id).order_by(events.c.seq))]
        _attach_children(conn, rows)
    doc["events"] = rows
    doc.pop("title_search", None)
    return doc
