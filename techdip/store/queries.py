"""Reading events back: the filters every interface shares (CLI, API, exports)."""

from __future__ import annotations

import base64
import datetime
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, exists, false, func, or_, select

from techdip.curate import REVIEW_FILTERS
from techdip.search.keys import match_pattern, query_words
from techdip.store.schema import (
    documents,
    event_areas,
    event_parties,
    event_people,
    event_terms,
    events,
    evidence,
    search_vocab,
)


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
    q: str | None = None  # words of the evidence, title, people, roles or parties, in any script (techdip.search)
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


def _filtered(query: Select, f: EventFilter, ordered: bool = False) -> Select:
    """The query with the filter's conditions. `ordered`: for a page read in date order, the party and area
    conditions are asked of each event as the date index yields it (EXISTS), so a first page reads a few
    hundred events, instead of collecting all of a party's events to sort them (100,000s for a big one)."""

    def linked(table, column, value: str):
        if ordered:
            return exists().where(table.c.event_id == events.c.id, column == value)
        return events.c.id.in_(select(table.c.event_id).where(column == value))

    if f.party:
        query = query.where(linked(event_parties, event_parties.c.party, f.party.upper()))
    if f.pair:
        for code in f.pair:
            query = query.where(linked(event_parties, event_parties.c.party, code.upper()))
    if f.area:
        query = query.where(linked(event_areas, event_areas.c.area, f.area))
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
        query = query.where(search_condition(f.q))
    return query


def search_condition(q: str) -> ColumnElement[bool]:
    """Events holding every word of the query, each word in any script (techdip.search.keys has the rules):
    a word's key is matched against the vocabulary rows of its consonants, and the events holding the matched
    terms are read from the term index. A query without a word (only punctuation) matches nothing."""
    conditions = []
    for word in query_words(q):
        found = []
        if word.keys:
            vocabulary = []
            for key in word.keys:
                skeleton, pattern = match_pattern(key)
                vocabulary.append(and_(search_vocab.c.skeleton == skeleton, search_vocab.c.term.regexp_match(pattern)))
            terms = select(search_vocab.c.term).where(or_(*vocabulary))
            found.append(events.c.id.in_(select(event_terms.c.event_id).where(event_terms.c.term.in_(terms))))
        if word.chars:  # a run of Chinese, Japanese, Thai ...: every character in the event
            found.append(and_(*(
                events.c.id.in_(select(event_terms.c.event_id).where(event_terms.c.term == char)) for char in word.chars
            )))  # fmt: skip
        conditions.append(or_(*found))
    return and_(*conditions) if conditions else false()


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


def count_events(engine: Engine, f: EventFilter) -> int:
    f.validate()
    query = select(func.count()).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    with engine.connect() as conn:
        return conn.execute(_filtered(query, f)).scalar_one()


SORTS = ("date", "-date", "id")


def query_events(
    engine: Engine, f: EventFilter, order: str = "date", after: tuple[str | None, int] | None = None
) -> list[dict[str, Any]]:
    """Events matching the filter, each as a dict in the shape of EVENTS.md plus its document.

    Orders: "date" (newest first), "-date" (oldest first), "id"; undated events come last in both date
    orders, by id. `after` is the sort key (when_start, id) of the last event of the previous page (see
    cursor_of): the page is then read by keyset, as deep pages should be, and f.offset is not used."""
    f.validate()
    base = select(
        events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
    ).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    query = _filtered(base, f, ordered=True)
    with engine.connect() as conn:
        if order == "id":
            if after is not None:
                query = query.where(events.c.id > after[1])
            query = query.order_by(events.c.id).offset(0 if after else f.offset)
            rows = [dict(row._mapping) for row in conn.execute(query.limit(f.limit))]
        else:
            rows = _date_ordered(conn, query, order, f.limit, f.offset if after is None else 0, after)
        _attach_children(conn, rows)
    return rows


def _date_ordered(
    conn, query: Select, order: str, limit: int | None, offset: int, after: tuple[str | None, int] | None
) -> list[dict[str, Any]]:
    """A page in date order, read in two index-friendly parts: the dated events, then the undated ones by id.

    (One ORDER BY with NULLS LAST would put the undated last too, but SQLite and PostgreSQL place NULLs at
    opposite ends by default, and an index serves the order only without the NULLS clause on one of them.)"""
    when, newest_first = events.c.when_start, order != "-date"
    rows: list[dict[str, Any]] = []
    if after is None or after[0] is not None:
        dated = query.where(when.is_not(None))
        if after is not None:
            beyond = when < after[0] if newest_first else when > after[0]
            dated = dated.where(or_(beyond, and_(when == after[0], events.c.id > after[1])))
        dated = dated.order_by(when.desc() if newest_first else when.asc(), events.c.id).offset(offset)
        rows = [dict(row._mapping) for row in conn.execute(dated.limit(limit))]
        if limit is not None and len(rows) == limit:
            return rows
        if offset:  # the offset went past the dated events: how far into the undated ones
            dated_ids = query.where(when.is_not(None)).with_only_columns(events.c.id).subquery()
            n_dated = conn.execute(select(func.count()).select_from(dated_ids)).scalar_one()
            offset = max(0, offset - n_dated)
    undated = query.where(when.is_(None))
    if after is not None and after[0] is None:
        undated = undated.where(events.c.id > after[1])
    undated = undated.order_by(events.c.id).offset(offset)
    left = None if limit is None else limit - len(rows)
    return rows + [dict(row._mapping) for row in conn.execute(undated.limit(left))]


def cursor_of(row: dict[str, Any], order: str) -> str:
    """The cursor of the page after this event: its sort key, as an opaque URL-safe string."""
    key = [order, row.get("when_start") if order != "id" else None, row["id"]]
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def parse_cursor(cursor: str, order: str) -> tuple[str | None, int]:
    """The sort key (when_start, id) a cursor holds; FilterError when it is not one this order gave."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, when, last = json.loads(raw)
        valid = (
            kind in SORTS
            and isinstance(last, int)
            and not isinstance(last, bool)
            and 0 <= last < 2**31
            and (when is None or (isinstance(when, str) and len(when) <= 10))
        )
    except (ValueError, TypeError, UnicodeDecodeError):
        valid = False
    if not valid:
        raise FilterError("not a cursor this API gave (pass back next_cursor as it came)")
    if kind != order:
        raise FilterError(f"this cursor pages sort={kind}, not sort={order}")
    return when, last


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
