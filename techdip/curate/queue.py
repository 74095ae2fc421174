"""What reviewers read: the queue of unreviewed events, and the engine's precision on what they decided."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, case, func, select

from techdip.store.queries import EventFilter, _attach_children, _filtered
from techdip.store.schema import documents, event_machine_output, events

PRECISION_FIELDS = ("parties", "areas", "type", "status", "date", "people")


def review_queue(engine: Engine, order: str = "newest", limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
    """(how many events are unreviewed, the first `limit` of them): newest first, or lowest confidence first
    (events read without a lexicon folder, then those with the least evidence)."""
    flt = EventFilter(review="unreviewed")
    joined = events.join(documents, events.c.doc_id == documents.c.id)
    base = select(
        events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
    ).select_from(joined)
    newest = (events.c.when_start.desc().nulls_last(), events.c.id.desc())
    if order == "confidence":
        low_first = case((events.c.confidence == "low", 0), else_=1)
        query = _filtered(base, flt).order_by(low_first, *newest)
    else:
        query = _filtered(base, flt).order_by(*newest)
    with engine.connect() as conn:
        total = conn.execute(_filtered(select(func.count()).select_from(joined), flt)).scalar_one()
        rows = [dict(r._mapping) for r in conn.execute(query.limit(limit))]
        _attach_children(conn, rows)
    return total, rows


def precision(engine: Engine) -> dict[str, Any]:
    """The engine's precision on reviewed events, overall and per article language: for events, the share a
    reviewer kept (confirmed or corrected, not rejected); for each field, the share of the machine's values a
    reviewer kept (a rejected event's values all count as wrong). Added events count what the engine missed."""
    from techdip.curate.review import snapshot

    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    added: dict[str, int] = defaultdict(int)
    query = (
        select(events.c.id, events.c.review_state, documents.c.lang, event_machine_output.c.output_json)
        .select_from(events.join(documents, events.c.doc_id == documents.c.id))
        .outerjoin(event_machine_output, event_machine_output.c.event_id == events.c.id)
        .where(events.c.review_state.in_(("confirmed", "corrected", "rejected", "added")))
        .order_by(events.c.id)
    )
    with engine.connect() as conn:
        for row in conn.execute(query).all():
            lang = row.lang or "und"
            if row.review_state == "added":
                added[lang] += 1
                added["all"] += 1
                continue
            kept = row.review_state != "rejected"
            human = snapshot(conn, row.id)
            # the machine's own output, kept at the first decision; a confirmed event without it is the machine's
            machine = json.loads(row.output_json) if row.output_json else (human if kept else None)
            if machine is None:
                continue
            for key in (lang, "all"):
                table[key]["events"][0 if kept else 1] += 1
                for name in PRECISION_FIELDS:
                    said, right = _values(machine, name), _values(human, name) if kept else set()
                    table[key][name][0] += len(said & right)
                    table[key][name][1] += len(said - right)
    out: dict[str, Any] = {}
    for key in sorted(set(table) | set(added), key=lambda k: (k != "all", k)):
        fields = {
            name: {"kept": kept, "wrong": wrong, "precision": round(kept / (kept + wrong), 4) if kept + wrong else None}
            for name, (kept, wrong) in table[key].items()
        }
        out[key] = {"fields": fields, "added": added.get(key, 0)}
    return {"languages": out}


def _values(event: dict[str, Any], name: str) -> set:
    value = event.get(name)
    if name == "people":
        return {(p.get("name"), p.get("party"), p.get("role")) for p in value or []}
    if isinstance(value, list):
        return set(value)
    return set() if value is None else {value}
