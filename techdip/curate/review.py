"""Review operations on events: confirm, correct, reject, restore, add, split, merge, move to a story.

Each operation runs in one transaction, checks everything before it writes, and writes an audit row per
change (who, when, what: old and new values as JSON, why). A refused operation (CurationError) changes nothing.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from techdip.curate import DECIDED, Conflict, Invalid, NotFound, utc_now
from techdip.gold import valid_date
from techdip.lexicons import UnknownParty, party_code
from techdip.model import AREAS, EVENT_TYPES, STATUSES
from techdip.store.ingest import name_key, period, search_form
from techdip.store.schema import (
    audit,
    documents,
    event_areas,
    event_machine_output,
    event_parties,
    event_people,
    events,
    evidence,
    stories,
)
from techdip.store.search_index import reindex
from techdip.store.story_index import drop_empty_stories, index_events

FIELDS = ("type", "status", "parties", "areas", "date", "location", "people", "evidence")
MAX_TEXT = 1000  # a reason, a location, a name or a role: longer is a mistake, not a value
MAX_ID = 2**31 - 1  # ids are 32-bit Integer columns on PostgreSQL: a larger one is a bad value, not a 500
MAX_ITEMS = 100  # parties, areas, people, evidence spans, split parts or merged events in one request


# ---- reading -------------------------------------------------------------------------------------------------------


def snapshot(conn: Connection, event_id: int) -> dict[str, Any]:
    """An event's reviewable fields, as the API and the audit trail write them."""
    row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise NotFound(f"no event {event_id}")
    ids = [event_id]
    parties = sorted(r.party for r in conn.execute(select(event_parties).where(event_parties.c.event_id.in_(ids))))
    areas = sorted(r.area for r in conn.execute(select(event_areas).where(event_areas.c.event_id.in_(ids))))
    people = [
        {"name": r.name, "party": r.party, "role": r.role}
        for r in conn.execute(
            select(event_people).where(event_people.c.event_id == event_id).order_by(event_people.c.id)
        )
    ]
    spans = [
        {"start": r.start, "end": r.end, "text": r.text}
        for r in conn.execute(select(evidence).where(evidence.c.event_id == event_id).order_by(evidence.c.id))
    ]
    return {
        "type": row.type, "status": row.status, "parties": parties, "areas": areas, "date": row.date,
        "location": row.location, "people": people, "evidence": spans,
        "review_state": row.review_state or "unreviewed", "story_id": row.story_id, "doc_id": row.doc_id,
    }  # fmt: skip


def snapshot_doc(engine: Engine, event_id: int) -> str:
    """The id of the article an event was read from."""
    with engine.connect() as conn:
        return snapshot(conn, event_id)["doc_id"]


def history(engine: Engine, event_id: int) -> list[dict[str, Any]]:
    """The audit trail of one event, oldest first."""
    with engine.connect() as conn:
        if conn.execute(select(events.c.id).where(events.c.id == event_id)).first() is None:
            raise NotFound(f"no event {event_id}")
        rows = conn.execute(select(audit).where(audit.c.event_id == event_id).order_by(audit.c.id))
        return [
            {"at": r.at, "user": r.user, "action": r.action, "field": r.field, "old": _loads(r.old),
             "new": _loads(r.new), "reason": r.reason, "story_id": r.story_id}
            for r in rows
        ]  # fmt: skip


def machine_output(engine: Engine, event_id: int) -> dict[str, Any] | None:
    """What the machine's latest extraction said of a human-decided event: {"output", "extracted_at",
    "extractor"} (output null: it found no such event), or None when no re-extraction met the decision."""
    with engine.connect() as conn:
        row = conn.execute(select(event_machine_output).where(event_machine_output.c.event_id == event_id)).first()
    if row is None:
        return None
    return {"output": _loads(row.output_json), "extracted_at": row.extracted_at, "extractor": row.extractor}


# ---- checking values -----------------------------------------------------------------------------------------------


def check_fields(values: dict[str, Any], text: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """The given fields in stored form (codes upper-cased, party names made codes, lists sorted, evidence text
    taken from the document); Invalid naming the first bad field. Fields not given are left out."""
    for name in required:
        if values.get(name) in (None, [], ""):
            raise Invalid(f"{name} is required", name)
    out: dict[str, Any] = {}
    if values.get("type") is not None:
        out["type"] = _choice(values["type"], EVENT_TYPES, "type", upper=True)
    if values.get("status") is not None:
        out["status"] = _choice(values["status"], STATUSES, "status")
    if values.get("parties") is not None:
        parties = _list(values["parties"], "parties")
        if not parties:
            raise Invalid("an event has at least one party", "parties")
        out["parties"] = sorted({_party(p, "parties") for p in parties})
    if values.get("areas") is not None:
        out["areas"] = sorted({_choice(a, AREAS, "areas") for a in _list(values["areas"], "areas")})
    if "date" in values:
        date = values["date"]
        if date not in (None, "") and not valid_date(date):
            raise Invalid(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", "date")
        out["date"] = date or None
    if "location" in values:
        out["location"] = _text(values["location"], "location", optional=True)
    if values.get("people") is not None:
        people = []
        for person in _list(values["people"], "people"):
            if not isinstance(person, dict) or not set(person) <= {"name", "party", "role"}:
                raise Invalid("a person is {name, party, role}", "people")
            party = person.get("party")
            people.append({
                "name": _text(person.get("name"), "people"),
                "party": _party(party, "people") if party not in (None, "") else None,
                "role": _text(person.get("role"), "people", optional=True),
            })  # fmt: skip
        out["people"] = people
    if values.get("evidence") is not None:
        spans = _list(values["evidence"], "evidence")
        if not spans:
            raise Invalid("an event has at least one evidence span", "evidence")
        out["evidence"] = sorted({_span(span, text) for span in spans})
        out["evidence"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in out["evidence"]]
    return out


def _choice(value: Any, choices: tuple[str, ...], name: str, upper: bool = False) -> str:
    if isinstance(value, str) and (value.upper() if upper else value) in choices:
        return value.upper() if upper else value
    raise Invalid(
        f"unknown {name.rstrip('s') if name == 'areas' else name} {value!r}: one of {', '.join(choices)}", name
    )


def _party(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise Invalid(f"a party is a code or a name, not {value!r}", name)
    try:
        return party_code(value)
    except UnknownParty as exc:
        raise Invalid(str(exc), name) from None


def _list(value: Any, name: str) -> list:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise Invalid(f"{name} is a list of at most {MAX_ITEMS} items", name)
    return value


def _text(value: Any, name: str, optional: bool = False) -> str | None:
    if value is None or (optional and value == ""):
        if optional:
            return None
        raise Invalid(f"{name}: a text is required", name)
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT or not _storable(value):
        raise Invalid(f"{name}: a text of 1 to {MAX_TEXT} characters (no NUL, no lone surrogate)", name)
    return value.strip()


def _storable(text: str) -> bool:
    """Text both databases can hold: no NUL (PostgreSQL refuses it) and valid UTF-8 (no lone surrogate)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _span(span: Any, text: str) -> tuple[int, int]:
    ok = isinstance(span, dict) and set(span) <= {"start", "end", "text"}
    start, end = (span.get("start"), span.get("end")) if ok else (None, None)
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
        raise Invalid(f"evidence {span!r}: start and end are offsets in the document's text (0 to {len(text)})",
                      "evidence")  # fmt: skip
    if not text[start:end].strip():
        raise Invalid(f"evidence {start}-{end} holds no words", "evidence")
    return start, end


def check_reason(reason: Any, required: bool = False) -> str | None:
    if reason in (None, "") and not required:
        return None
    if reason in (None, "") or (isinstance(reason, str) and not reason.strip()):
        raise Invalid("a reason is required", "reason")
    return _text(reason, "reason")


# ---- writing -------------------------------------------------------------------------------------------------------


def confirm(engine: Engine, event_id: int, user: str, reason: str | None = None) -> dict[str, Any]:
    """The machine's event is right as it stands (a corrected or added event stays so, its look done)."""
    reason = check_reason(reason)
    with engine.begin() as conn:
        old = _decidable(conn, event_id)
        state = "confirmed" if old["review_state"] in ("unreviewed", "confirmed") else old["review_state"]
        _keep_machine_original(conn, event_id, old)
        _mark(conn, event_id, state, user, reason)
        _log(conn, user, "confirm", event_id, None, {"review_state": old["review_state"]}, {"review_state": state},
             reason)  # fmt: skip
    return {"id": event_id, "review_state": state}


def correct(engine: Engine, event_id: int, user: str, values: dict[str, Any]) -> dict[str, Any]:
    """Change some fields; the event becomes "corrected" (an added event stays "added")."""
    reason = check_reason(values.get("reason"))
    given = {k: v for k, v in values.items() if k in FIELDS and (v is not None or k in ("date", "location"))}
    if not given:
        raise Invalid("nothing to correct: give at least one of " + ", ".join(FIELDS))
    with engine.begin() as conn:
        old = _decidable(conn, event_id)
        new = check_fields(given, _document_text(conn, old["doc_id"]))
        changed = {k: v for k, v in new.items() if _comparable(k, v) != _comparable(k, old[k])}
        if not changed:  # the same values sent back: the person agrees with them
            state = "confirmed" if old["review_state"] in ("unreviewed", "confirmed") else old["review_state"]
            _keep_machine_original(conn, event_id, old)
            _mark(conn, event_id, state, user, reason)
            _log(conn, user, "confirm", event_id, None, {"review_state": old["review_state"]},
                 {"review_state": state}, reason)  # fmt: skip
            return {"id": event_id, "review_state": state}
        state = "added" if old["review_state"] == "added" else "corrected"
        _keep_machine_original(conn, event_id, old)
        published = conn.execute(select(documents.c.published).where(documents.c.id == old["doc_id"])).scalar()
        _write_fields(conn, event_id, changed, published)
        _mark(conn, event_id, state, user, reason)
        for name, value in changed.items():
            _log(conn, user, "correct", event_id, name, old[name], value, reason)
    return {"id": event_id, "review_state": state}


def reject(engine: Engine, event_id: int, user: str, reason: Any) -> dict[str, Any]:
    """The event is wrong: marked rejected (never deleted), out of its story and of default lists."""
    reason = check_reason(reason, required=True)
    with engine.begin() as conn:
        old = _decidable(conn, event_id)
        _keep_machine_original(conn, event_id, old)
        _reject(conn, event_id, old, user, reason)
        drop_empty_stories(conn)
    return {"id": event_id, "review_state": "rejected"}


def restore(engine: Engine, event_id: int, user: str, reason: str | None = None) -> dict[str, Any]:
    """Undo a rejection: the event goes back to the state it had, and into a story again."""
    reason = check_reason(reason)
    with engine.begin() as conn:
        old = snapshot(conn, event_id)
        if old["review_state"] != "rejected":
            raise Conflict(f"event {event_id} is not rejected (it is {old['review_state']})")
        last = conn.execute(
            select(audit.c.old).where(audit.c.event_id == event_id, audit.c.action == "reject").order_by(
                audit.c.id.desc()).limit(1)
        ).scalar()  # fmt: skip
        state = (_loads(last) or {}).get("review_state") or "unreviewed"
        _mark(conn, event_id, state, user, reason, keep_reviewer=state == "unreviewed")
        index_events(conn, [event_id])
        story = conn.execute(select(events.c.story_id).where(events.c.id == event_id)).scalar()
        _log(conn, user, "restore", event_id, None, {"review_state": "rejected"},
             {"review_state": state, "story_id": story}, reason)  # fmt: skip
    return {"id": event_id, "review_state": state}


def add(engine: Engine, doc_id: str, user: str, values: dict[str, Any]) -> int:
    """An event the engine missed, from evidence a person selected in the article; returns its id."""
    reason = check_reason(values.get("reason"))
    with engine.begin() as conn:
        doc = conn.execute(select(documents.c.text, documents.c.published).where(documents.c.id == doc_id)).first()
        if doc is None:
            raise NotFound(f"no document {doc_id!r}")
        new = check_fields(values, doc.text, required=("type", "status", "parties", "evidence"))
        new.setdefault("areas", [])
        new.setdefault("people", [])
        seq = conn.execute(select(func.coalesce(func.max(events.c.seq), -1)).where(events.c.doc_id == doc_id)).scalar()
        event_id = _insert_event(conn, doc_id, seq + 1, new, doc.published, user, "added", reason)
        _log(conn, user, "add", event_id, None, None, _public(new), reason)
    return event_id


def split(engine: Engine, event_id: int, user: str, parts: Any, reason: str | None = None) -> list[int]:
    """One event that is really several: each part (a list of its parties) becomes an event of its own with the
    original's other fields; the original is rejected with the reason "split into ..."."""
    reason = check_reason(reason)
    parts = _list(parts, "parts")
    if len(parts) < 2:
        raise Invalid("a split has at least two parts", "parts")
    with engine.begin() as conn:
        old = _decidable(conn, event_id)
        codes = [sorted({_party(p, "parts") for p in _list(part, "parts")}) for part in parts]
        for part in codes:
            if not part:
                raise Invalid("every part has at least one party", "parts")
            outside = [p for p in part if p not in old["parties"]]
            if outside:
                raise Invalid(f"{', '.join(outside)}: not a party of event {event_id}", "parts")
        published = conn.execute(select(documents.c.published).where(documents.c.id == old["doc_id"])).scalar()
        seq = conn.execute(
            select(func.max(events.c.seq)).where(events.c.doc_id == old["doc_id"])
        ).scalar()  # fmt: skip
        ids = []
        for offset, part in enumerate(codes, 1):
            fields = {**{k: old[k] for k in FIELDS}, "parties": part}
            fields["people"] = [p for p in old["people"] if p["party"] in (None, *part)]
            new_id = _insert_event(conn, old["doc_id"], seq + offset, fields, published, user, "corrected", reason)
            _log(conn, user, "split", new_id, None, {"from": event_id}, _public(fields), reason)
            ids.append(new_id)
        _keep_machine_original(conn, event_id, old)
        _reject(conn, event_id, old, user, f"split into {', '.join(map(str, ids))}" + (f": {reason}" if reason else ""))
        _log(conn, user, "split", event_id, None, None, {"ids": ids}, reason)
        drop_empty_stories(conn)
    return ids


def merge(engine: Engine, ids: Any, user: str, reason: str | None = None) -> int:
    """Events of one article that are one event: the lowest id keeps the union of their parties, areas, people and
    evidence; the others are rejected with the reason "merged into N". Returns the kept id."""
    reason = check_reason(reason)
    ids = _list(ids, "ids")
    if not all(type(i) is int and 1 <= i <= MAX_ID for i in ids) or len(set(ids)) < 2:
        raise Invalid("merge takes at least two distinct event ids", "ids")
    ids = sorted(set(ids))
    with engine.begin() as conn:
        olds = {i: _decidable(conn, i) for i in ids}
        if len({o["doc_id"] for o in olds.values()}) > 1:
            raise Invalid("only events of the same article can be merged", "ids")
        kept, old = ids[0], olds[ids[0]]
        people, seen = [], set()
        for o in olds.values():
            for person in o["people"]:
                if (person["name"], person["party"]) not in seen:
                    seen.add((person["name"], person["party"]))
                    people.append(person)
        spans = sorted({(e["start"], e["end"]): e for o in olds.values() for e in o["evidence"]}.items())
        merged = {
            "parties": sorted({p for o in olds.values() for p in o["parties"]}),
            "areas": sorted({a for o in olds.values() for a in o["areas"]}),
            "people": people,
            "evidence": [e for _, e in spans],
        }
        changed = {k: v for k, v in merged.items() if _comparable(k, v) != _comparable(k, old[k])}
        published = conn.execute(select(documents.c.published).where(documents.c.id == old["doc_id"])).scalar()
        for event_id, o in olds.items():
            _keep_machine_original(conn, event_id, o)
        _write_fields(conn, kept, changed, published)
        state = "added" if old["review_state"] == "added" else "corrected"
        _mark(conn, kept, state, user, reason)
        _log(conn, user, "merge", kept, None, {k: old[k] for k in changed}, {"ids": ids, **changed}, reason)
        for other in ids[1:]:
            _reject(conn, other, olds[other], user, f"merged into {kept}" + (f": {reason}" if reason else ""))
            _log(conn, user, "merge", other, None, None, {"into": kept}, reason)
        drop_empty_stories(conn)
    return kept


def move_story(engine: Engine, event_id: int, user: str, story_id: Any, reason: str | None = None) -> dict[str, Any]:
    """Put an event in another story, or (story_id None) out of its story into a story of its own."""
    reason = check_reason(reason)
    if story_id is not None and not (type(story_id) is int and 1 <= story_id <= MAX_ID):
        raise Invalid("story_id is a story's id or null", "story_id")
    with engine.begin() as conn:
        old = _decidable(conn, event_id)
        if story_id is None:
            story_id = conn.execute(
                insert(stories).values(type=old["type"], parties=",".join(old["parties"]))
            ).inserted_primary_key[0]
        elif conn.execute(select(stories.c.id).where(stories.c.id == story_id)).first() is None:
            raise NotFound(f"no story {story_id}")
        conn.execute(update(events).where(events.c.id == event_id).values(
            story_id=story_id, story_reason=f"moved by {user}" + (f": {reason}" if reason else "")))  # fmt: skip
        _log(conn, user, "move_story", event_id, "story_id", old["story_id"], story_id, reason, story=story_id)
        drop_empty_stories(conn)
    return {"id": event_id, "story_id": story_id}


# ---- the pieces ----------------------------------------------------------------------------------------------------


def _decidable(conn: Connection, event_id: int) -> dict[str, Any]:
    """The event's snapshot; Conflict when it is rejected (restore it first)."""
    old = snapshot(conn, event_id)
    if old["review_state"] == "rejected":
        raise Conflict(f"event {event_id} is rejected: restore it first")
    return old


def _document_text(conn: Connection, doc_id: str) -> str:
    return conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one()


def _mark(conn: Connection, event_id: int, state: str, user: str, reason: str | None, keep_reviewer=False) -> None:
    values: dict[str, Any] = {"review_state": state, "needs_look": False}
    if not keep_reviewer:
        values.update(reviewed_by=user, reviewed_at=utc_now(), review_note=reason)
    conn.execute(update(events).where(events.c.id == event_id).values(**values))


def _reject(conn: Connection, event_id: int, old: dict[str, Any], user: str, reason: str) -> None:
    _mark(conn, event_id, "rejected", user, reason)
    # out of its story, so that stories and counts hold only events someone may stand behind
    conn.execute(update(events).where(events.c.id == event_id).values(story_id=None, story_reason=None))
    _log(conn, user, "reject", event_id, None, {"review_state": old["review_state"], "story_id": old["story_id"]},
         {"review_state": "rejected"}, reason)  # fmt: skip


def _keep_machine_original(conn: Connection, event_id: int, old: dict[str, Any]) -> None:
    """Before the first human decision on a machine event, keep what the machine said: precision is measured
    against it, and re-extraction compares with it."""
    if old["review_state"] != "unreviewed":
        return
    present = conn.execute(
        select(event_machine_output.c.event_id).where(event_machine_output.c.event_id == event_id)
    ).first()
    if present is None:
        extractor = conn.execute(
            select(documents.c.extractor).where(documents.c.id == old["doc_id"])
        ).scalar_one()  # fmt: skip
        conn.execute(insert(event_machine_output).values(
            event_id=event_id, output_json=json.dumps(_public(old), ensure_ascii=False), extracted_at=utc_now(),
            extractor=extractor))  # fmt: skip


def _write_fields(conn: Connection, event_id: int, changed: dict[str, Any], published: str | None) -> None:
    columns = {k: changed[k] for k in ("type", "status", "date", "location") if k in changed}
    if "date" in changed:
        columns.update(_when(changed["date"], published))
    if columns:
        conn.execute(update(events).where(events.c.id == event_id).values(**columns))
    _write_children(conn, event_id, changed, replace=True)


def _write_children(conn: Connection, event_id: int, fields: dict[str, Any], replace: bool = False) -> None:
    if "parties" in fields:
        if replace:
            conn.execute(delete(event_parties).where(event_parties.c.event_id == event_id))
        conn.execute(insert(event_parties), [{"event_id": event_id, "party": p} for p in fields["parties"]])
    if "areas" in fields:
        if replace:
            conn.execute(delete(event_areas).where(event_areas.c.event_id == event_id))
        if fields["areas"]:
            conn.execute(insert(event_areas), [{"event_id": event_id, "area": a} for a in fields["areas"]])
    if "people" in fields:
        if replace:
            conn.execute(delete(event_people).where(event_people.c.event_id == event_id))
        if fields["people"]:
            conn.execute(insert(event_people), [
                {"event_id": event_id, "name": p["name"], "party": p["party"], "role": p["role"],
                 "name_key": name_key(p["name"])}
                for p in fields["people"]
            ])  # fmt: skip
    if "evidence" in fields:
        if replace:
            conn.execute(delete(evidence).where(evidence.c.event_id == event_id))
        conn.execute(insert(evidence), [
            {"event_id": event_id, "start": e["start"], "end": e["end"], "text": e["text"],
             "search": search_form(e["text"])}
            for e in fields["evidence"]
        ])  # fmt: skip
    if {"parties", "people", "evidence"} & fields.keys():
        reindex(conn, [event_id])  # `q` finds the event by what a reviewer wrote, in any script


def _insert_event(
    conn: Connection, doc_id: str, seq: int, fields: dict[str, Any], published: str | None, user: str, state: str,
    reason: str | None,
) -> int:  # fmt: skip
    event_id = conn.execute(
        insert(events).values(
            doc_id=doc_id, seq=seq, type=fields["type"], status=fields["status"], date=fields.get("date"),
            location=fields.get("location"), review_state=state, reviewed_by=user, reviewed_at=utc_now(),
            review_note=reason, needs_look=False, **_when(fields.get("date"), published),
        )
    ).inserted_primary_key[0]  # fmt: skip
    _write_children(conn, event_id, fields)
    index_events(conn, [event_id])  # its story and its people, as for a machine event
    return event_id


def _when(date: str | None, published: str | None) -> dict[str, Any]:
    value, source = (date, "event") if date else (published, "published") if published else (None, None)
    if not value:
        return {"when_start": None, "when_end": None, "when_from": None}
    start, end = period(value)
    return {"when_start": start, "when_end": end, "when_from": source}


def _comparable(name: str, value: Any) -> Any:
    if name == "evidence":
        return sorted((e["start"], e["end"]) for e in value or [])
    if name == "people":
        return [(p["name"], p["party"], p["role"]) for p in value or []]
    return value


def _public(fields: dict[str, Any]) -> dict[str, Any]:
    """The reviewable fields alone, as EVENTS.md section 4 writes an event."""
    return {k: fields.get(k) for k in FIELDS}


def _log(
    conn: Connection, user: str, action: str, event_id: int | None, field: str | None, old: Any, new: Any,
    reason: str | None, story: int | None = None,
) -> None:  # fmt: skip
    conn.execute(
        insert(audit).values(
            at=utc_now(), user=user, action=action, event_id=event_id, story_id=story, field=field,
            old=json.dumps(old, ensure_ascii=False) if old is not None else None,
            new=json.dumps(new, ensure_ascii=False) if new is not None else None, reason=reason,
        )
    )  # fmt: skip


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else None


__all__ = ["DECIDED", "add", "confirm", "correct", "history", "merge", "move_story", "reject", "restore", "split"]
