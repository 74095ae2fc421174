"""Human decisions survive re-extraction.

`store.ingest` replaces a document's events when it re-extracts the document (new lexicons, new code, or a new
text with --update). Around that replacement it calls `hold` (before the old events go) and `settle` (after the
machine's new events are in): every human-decided event (confirmed, corrected, rejected, added) comes back with
its id, values, story and review, and the machine's new output for it is kept in `event_machine_output`, with
`needs_look` set when it differs from the person's version. The machine's new events that answer a decided
event are not stored again as unreviewed duplicates; the others are, as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from techdip.curate import DECIDED, utc_now
from techdip.store.schema import (
    EVENT_CHILDREN,
    documents,
    event_areas,
    event_machine_output,
    event_parties,
    event_people,
    events,
    evidence,
)

COMPARED = ("type", "status", "parties", "areas", "date", "location", "people")  # what "differs" means


class EvidenceLost(ValueError):
    """A new text (--update) no longer holds the evidence of a human-decided event: the update is refused."""


@dataclass
class Held:
    """The human-decided events of one document, lifted out while its events are replaced."""

    doc_id: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # the events rows, whole
    children: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)  # (table name, event id) -> rows


def hold(conn: Connection, doc_id: str, new_text: str | None = None) -> Held:
    """Read the document's human-decided events (before they are deleted). With a new text, their evidence is
    found again in it (EvidenceLost when a span's words are no longer there)."""
    held = Held(doc_id)
    held.rows = [
        dict(r._mapping)
        for r in conn.execute(
            select(events).where(events.c.doc_id == doc_id, events.c.review_state.in_(DECIDED)).order_by(events.c.id)
        )
    ]
    if not held.rows:
        return held
    ids = [row["id"] for row in held.rows]
    for table in EVENT_CHILDREN:
        for r in conn.execute(select(table).where(table.c.event_id.in_(ids))):
            held.children.setdefault((table.name, r.event_id), []).append(dict(r._mapping))
    if new_text is not None:
        old_text = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar()
        if old_text is not None and old_text != new_text:
            _move_evidence(held, new_text)
    return held


def settle(conn: Connection, held: Held, new_ids: list[int], extractor: str) -> list[int]:
    """Put the held events back and compare the machine's new events with them; returns the new event ids that
    stay (to be indexed into stories as usual)."""
    if not held.rows:
        return new_ids
    new_ids = _make_room(conn, held, new_ids)
    machine = {event_id: _read(conn, event_id) for event_id in new_ids}
    answered: set[int] = set()
    for row in held.rows:
        mine = _read(conn, row["id"])
        match = _best_match(mine, machine)
        output = machine[match] if match is not None else None
        if match is not None:
            answered.add(match)
        if row["review_state"] in ("added", "rejected") and output is None:
            look = False  # the machine still misses what a person added, or no longer says what was rejected
        else:
            look = output is None or _differs(output, mine)
        conn.execute(delete(event_machine_output).where(event_machine_output.c.event_id == row["id"]))
        conn.execute(
            insert(event_machine_output).values(
                event_id=row["id"], output_json=json.dumps(output, ensure_ascii=False) if output else None,
                extracted_at=utc_now(), extractor=extractor,
            )
        )  # fmt: skip
        conn.execute(update(events).where(events.c.id == row["id"]).values(needs_look=look))
    for event_id in answered:  # the machine's version of a decided event is kept above, not as a new event
        for table in EVENT_CHILDREN:
            conn.execute(delete(table).where(table.c.event_id == event_id))
        conn.execute(delete(events).where(events.c.id == event_id))
    return [event_id for event_id in new_ids if event_id not in answered]


def _make_room(conn: Connection, held: Held, new_ids: list[int]) -> list[int]:
    """Put the held events back under their own ids, and the machine's new events under fresh ones.

    SQLite gives a new row the highest id plus one, so the machine's new events may have taken the ids of the
    held events (deleted a moment ago): they are lifted out, the held events go back, and they come back after."""
    lifted = []
    for event_id in new_ids:
        row = dict(conn.execute(select(events).where(events.c.id == event_id)).one()._mapping)
        children = {
            table.name: [dict(r._mapping) for r in conn.execute(select(table).where(table.c.event_id == event_id))]
            for table in EVENT_CHILDREN
        }
        lifted.append((row, children))
        for table in EVENT_CHILDREN:
            conn.execute(delete(table).where(table.c.event_id == event_id))
        conn.execute(delete(events).where(events.c.id == event_id))
    for row in held.rows:
        conn.execute(insert(events).values(**row))
        for table in EVENT_CHILDREN:
            rows = held.children.get((table.name, row["id"]))
            if rows:
                conn.execute(insert(table), rows)
    fresh = []
    for row, children in lifted:
        row.pop("id")
        event_id = conn.execute(insert(events).values(**row)).inserted_primary_key[0]
        for table in EVENT_CHILDREN:
            rows = [{**{k: v for k, v in r.items() if k != "id"}, "event_id": event_id} for r in children[table.name]]
            if rows:
                conn.execute(insert(table), rows)
        fresh.append(event_id)
    return fresh


def _read(conn: Connection, event_id: int) -> dict[str, Any]:
    row = conn.execute(select(events).where(events.c.id == event_id)).one()
    return {
        "type": row.type, "status": row.status, "date": row.date, "location": row.location,
        "parties": sorted(r.party for r in conn.execute(
            select(event_parties.c.party).where(event_parties.c.event_id == event_id))),
        "areas": sorted(r.area for r in conn.execute(
            select(event_areas.c.area).where(event_areas.c.event_id == event_id))),
        "people": [{"name": r.name, "party": r.party, "role": r.role} for r in conn.execute(
            select(event_people).where(event_people.c.event_id == event_id).order_by(event_people.c.id))],
        "evidence": [{"start": r.start, "end": r.end, "text": r.text} for r in conn.execute(
            select(evidence).where(evidence.c.event_id == event_id).order_by(evidence.c.id))],
    }  # fmt: skip


def _best_match(mine: dict[str, Any], machine: dict[int, dict[str, Any]]) -> int | None:
    """The machine event that speaks of the same thing: overlapping evidence, or the same type and mostly the same
    parties. Several decided events may share one (a split event's parts all answer to the machine's one event)."""
    best, best_score = None, 0.0
    spans = [(e["start"], e["end"]) for e in mine["evidence"]]
    for event_id, theirs in machine.items():
        other = [(x["start"], x["end"]) for x in theirs["evidence"]]
        overlap = any(s < e2 and s2 < e for s, e in spans for s2, e2 in other)
        a, b = set(mine["parties"]), set(theirs["parties"])
        jaccard = len(a & b) / len(a | b) if a | b else 0.0
        same_type = mine["type"] == theirs["type"]
        if not overlap and not (same_type and jaccard >= 0.5):
            continue
        score = 2.0 * overlap + jaccard + 0.5 * same_type
        if score > best_score:
            best, best_score = event_id, score
    return best


def _differs(output: dict[str, Any], mine: dict[str, Any]) -> bool:
    def people(event: dict[str, Any]) -> list:
        return sorted((p["name"], p["party"] or "", p["role"] or "") for p in event["people"])

    return any(output[k] != mine[k] for k in COMPARED if k != "people") or people(output) != people(mine)


def _move_evidence(held: Held, new_text: str) -> None:
    """Find each held span's words in the new text (nearest the old offset); EvidenceLost when one is gone."""
    for row in held.rows:
        for span in held.children.get(("evidence", row["id"]), []):
            if new_text[span["start"] : span["end"]] == span["text"]:
                continue
            places = []
            start = new_text.find(span["text"])
            while start != -1:
                places.append(start)
                start = new_text.find(span["text"], start + 1)
            if not places:
                raise EvidenceLost(
                    f"the new text no longer holds the evidence of event {row['id']} ({row['review_state']} by "
                    f"{row['reviewed_by']}): {span['text'][:60]!r}"
                )
            nearest = min(places, key=lambda p: abs(p - span["start"]))
            span["start"], span["end"] = nearest, nearest + len(span["text"])
