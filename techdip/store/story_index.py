"""Stories and people in the database: new events join stories and new names join people, incrementally.

Called after each ingested batch with the ids of the events it added, in order;
each event is compared only with events that share its type and two of its
parties within a couple of months, so the cost does not grow with the corpus.
"""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from techdip.model import EVENT_TYPES
from techdip.store.schema import (
    documents,
    event_areas,
    event_parties,
    event_people,
    events,
    evidence,
    people,
    person_names,
    stories,
)
from techdip.stories import Story, StoryEvent, best_story, same_person, types_compatible

CANDIDATE_DAYS = 60


def index_events(conn: Connection, event_ids: list[int]) -> None:
    """Give each new event its story and each new person mention its person, inside the caller's transaction."""
    for event_id in event_ids:
        _assign_story(conn, event_id)
        _register_people(conn, event_id)
    _drop_empty(conn)


def rebuild(engine: Engine) -> int:
    """Recompute every story and person from scratch, in document order; returns the number of stories."""
    with engine.begin() as conn:
        conn.execute(update(events).values(story_id=None, story_reason=None))
        conn.execute(update(event_people).values(person_id=None))
        conn.execute(delete(person_names))
        conn.execute(delete(people))
        conn.execute(delete(stories))
    ids = _ordered_event_ids(engine)
    with engine.begin() as conn:
        index_events(conn, ids)
        return conn.execute(select(func.count()).select_from(stories)).scalar_one()


def _ordered_event_ids(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        query = select(events.c.id).join(documents, documents.c.id == events.c.doc_id)
        return list(conn.execute(query.order_by(documents.c.ingested_at, events.c.doc_id, events.c.seq)).scalars())


def _story_events(conn: Connection, event_ids: list[int]) -> dict[int, StoryEvent]:
    if not event_ids:
        return {}
    rows = conn.execute(
        select(events.c.id, events.c.doc_id, events.c.type, events.c.date, events.c.location, documents.c.published,
               documents.c.lang)
        .join(documents, documents.c.id == events.c.doc_id)
        .where(events.c.id.in_(event_ids))
    ).all()  # fmt: skip
    found = {
        r.id: StoryEvent(r.id, r.doc_id, r.type, frozenset(), r.date, r.published, [], frozenset(), r.location, r.lang)
        for r in rows
    }
    parties: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(select(event_parties).where(event_parties.c.event_id.in_(event_ids))):
        parties[r.event_id].add(r.party)
    areas: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(select(event_areas).where(event_areas.c.event_id.in_(event_ids))):
        areas[r.event_id].add(r.area)
    for r in conn.execute(
        select(event_people).where(event_people.c.event_id.in_(event_ids)).order_by(event_people.c.id)
    ):
        found[r.event_id].people.append((r.name, r.party))
    for event_id, event in found.items():
        event.parties = frozenset(parties[event_id])
        event.areas = frozenset(areas[event_id])
    return found


def _assign_story(conn: Connection, event_id: int) -> None:
    event = _story_events(conn, [event_id])[event_id]
    when = conn.execute(select(events.c.when_start).where(events.c.id == event_id)).scalar_one()
    candidates = _candidate_event_ids(conn, event, when)
    by_story: dict[int, list[int]] = defaultdict(list)
    for row in conn.execute(select(events.c.id, events.c.story_id).where(events.c.id.in_(candidates))):
        if row.story_id is not None:
            by_story[row.story_id].append(row.id)
    loaded = _story_events(conn, [i for ids in by_story.values() for i in ids])
    known = [Story(story_id, [loaded[i] for i in sorted(ids)]) for story_id, ids in sorted(by_story.items())]
    story, score, reasons = best_story(event, known)
    if story is None:
        story_id = conn.execute(
            insert(stories).values(type=event.type, parties=",".join(sorted(event.parties)))
        ).inserted_primary_key[0]
        reason = None
    else:
        story_id, reason = story.id, f"score {score:.1f}: " + "; ".join(reasons)
    conn.execute(update(events).where(events.c.id == event_id).values(story_id=story_id, story_reason=reason))


def _candidate_event_ids(conn: Connection, event: StoryEvent, when: str | None) -> list[int]:
    """Events of a compatible type sharing two parties, within CANDIDATE_DAYS of this one (or undated)."""
    if len(event.parties) < 2:
        return []
    shared = (
        select(event_parties.c.event_id)
        .where(event_parties.c.party.in_(sorted(event.parties)))
        .group_by(event_parties.c.event_id)
        .having(func.count() >= 2)
    )
    types = sorted(t for t in EVENT_TYPES if types_compatible(t, event.type))
    query = select(events.c.id).where(
        events.c.id.in_(shared), events.c.type.in_(types), events.c.id != event.id, events.c.story_id.is_not(None)
    )
    if when:
        day = datetime.date.fromisoformat(when)
        low = (day - datetime.timedelta(days=CANDIDATE_DAYS)).isoformat()
        high = (day + datetime.timedelta(days=CANDIDATE_DAYS)).isoformat()
        query = query.where((events.c.when_start.is_(None)) | events.c.when_start.between(low, high))
    return list(conn.execute(query.order_by(events.c.id).limit(500)).scalars())


def _register_people(conn: Connection, event_id: int) -> None:
    """Link each person mention of the event to a person: the same party and a name that matches across
    scripts (ستار هاشمی ~ Sattar Hashemi), else a new person."""
    lang = conn.execute(
        select(documents.c.lang).join(events, events.c.doc_id == documents.c.id).where(events.c.id == event_id)
    ).scalar_one()
    for mention in conn.execute(select(event_people).where(event_people.c.event_id == event_id)).all():
        person_id, reason = _find_person(conn, mention.name, mention.party)
        if person_id is None:
            person_id = conn.execute(
                insert(people).values(name=mention.name, party=mention.party, role=mention.role)
            ).inserted_primary_key[0]
            reason = "first mention"
        elif len(mention.name) > len(conn.execute(select(people.c.name).where(people.c.id == person_id)).scalar_one()):
            conn.execute(update(people).where(people.c.id == person_id).values(name=mention.name))
        conn.execute(update(event_people).where(event_people.c.id == mention.id).values(person_id=person_id))
        known = conn.execute(
            select(person_names.c.id).where(person_names.c.person_id == person_id, person_names.c.name == mention.name)
        ).first()
        if known is None:
            conn.execute(insert(person_names).values(person_id=person_id, name=mention.name, lang=lang, reason=reason))


def _find_person(conn: Connection, name: str, party: str | None) -> tuple[int | None, str | None]:
    query = select(person_names.c.person_id, person_names.c.name, people.c.party).join(
        people, people.c.id == person_names.c.person_id
    )
    query = query.where(people.c.party == party) if party else query.where(people.c.party.is_(None))
    for row in conn.execute(query.order_by(person_names.c.person_id, person_names.c.id)):
        if row.name == name or same_person(row.name, name):
            return row.person_id, f"same party {party or '-'} and name {row.name!r} ~ {name!r}"
    return None, None


def _drop_empty(conn: Connection) -> None:
    used = select(events.c.story_id).where(events.c.story_id.is_not(None))
    conn.execute(delete(stories).where(stories.c.id.not_in(used)))


# ---- reading -------------------------------------------------------------------------------------------------------


def list_stories(engine: Engine, party: str | None = None, min_sources: int = 1, limit: int = 100,
                 offset: int = 0) -> list[dict[str, Any]]:  # fmt: skip
    """Stories, biggest first: type, parties, sources, languages, earliest report, areas."""
    with engine.connect() as conn:
        query = (
            select(events.c.story_id, func.count().label("n"))
            .where(events.c.story_id.is_not(None))
            .group_by(events.c.story_id)
            .having(func.count() >= min_sources)
            .order_by(func.count().desc(), events.c.story_id)
        )
        if party:
            query = query.where(events.c.id.in_(select(event_parties.c.event_id).where(event_parties.c.party == party)))
        ids = [r.story_id for r in conn.execute(query.limit(limit).offset(offset))]
    return [s for s in (get_story(engine, i) for i in ids) if s is not None]


def get_story(engine: Engine, story_id: int) -> dict[str, Any] | None:
    """One story with every source: its article, language, date, areas and evidence."""
    with engine.connect() as conn:
        head = conn.execute(select(stories).where(stories.c.id == story_id)).first()
        if head is None:
            return None
        rows = conn.execute(
            select(events.c.id, events.c.doc_id, events.c.date, events.c.when_start, events.c.status,
                   events.c.location, events.c.story_reason, documents.c.lang, documents.c.title,
                   documents.c.source, documents.c.published, documents.c.url)
            .join(documents, documents.c.id == events.c.doc_id)
            .where(events.c.story_id == story_id)
            .order_by(events.c.when_start, events.c.id)
        ).all()  # fmt: skip
        ids = [r.id for r in rows]
        areas: dict[int, list[str]] = defaultdict(list)
        for r in conn.execute(select(event_areas).where(event_areas.c.event_id.in_(ids))):
            areas[r.event_id].append(r.area)
        spans: dict[int, list[dict]] = defaultdict(list)
        for r in conn.execute(select(evidence).where(evidence.c.event_id.in_(ids)).order_by(evidence.c.id)):
            spans[r.event_id].append({"start": r.start, "end": r.end, "text": r.text})
        persons: dict[int, list[dict]] = defaultdict(list)
        for r in conn.execute(select(event_people).where(event_people.c.event_id.in_(ids))):
            persons[r.event_id].append({"name": r.name, "party": r.party, "role": r.role, "person_id": r.person_id})
    sources = [
        {
            "event_id": r.id, "doc_id": r.doc_id, "lang": r.lang, "title": r.title, "source": r.source,
            "url": r.url, "published": r.published, "date": r.date, "status": r.status, "location": r.location,
            "areas": sorted(areas[r.id]), "people": persons[r.id], "evidence": spans[r.id],
            "joined_because": r.story_reason,
        }
        for r in rows
    ]  # fmt: skip
    reported = sorted(x for r in rows for x in (r.published, r.when_start) if x)
    dates = sorted({r.date for r in rows if r.date})
    return {
        "id": story_id,
        "type": head.type,
        "parties": head.parties.split(",") if head.parties else [],
        "sources": sources,
        "languages": sorted({r.lang for r in rows if r.lang}),
        "earliest_report": reported[0] if reported else None,
        "date": dates[0] if dates else None,
        "areas": sorted({a for s in sources for a in s["areas"]}),
        "people": sorted({p["name"] for s in sources for p in s["people"]}),
    }


def list_people(engine: Engine, party: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """People with every written form of their name, why each was linked, their roles and events."""
    with engine.connect() as conn:
        query = select(people).order_by(people.c.party, people.c.name).limit(limit)
        if party:
            query = query.where(people.c.party == party)
        rows = conn.execute(query).all()
        ids = [r.id for r in rows]
        names: dict[int, list[dict]] = defaultdict(list)
        for r in conn.execute(
            select(person_names).where(person_names.c.person_id.in_(ids)).order_by(person_names.c.id)
        ):
            names[r.person_id].append({"name": r.name, "lang": r.lang, "reason": r.reason})
        roles: dict[int, set[str]] = defaultdict(set)
        mentions: dict[int, set[int]] = defaultdict(set)
        for r in conn.execute(select(event_people).where(event_people.c.person_id.in_(ids))):
            roles[r.person_id].add(r.role or "")
            mentions[r.person_id].add(r.event_id)
    return [
        {"id": r.id, "name": r.name, "party": r.party, "roles": sorted(x for x in roles[r.id] if x),
         "names": names[r.id], "events": sorted(mentions[r.id])}
        for r in rows
    ]  # fmt: skip


def story_json(story: dict[str, Any]) -> str:
    return json.dumps(story, ensure_ascii=False, default=str)
