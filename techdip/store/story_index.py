"""Stories and people in the database: new events join stories and new names join people, incrementally.

Called after each ingested batch with the ids of the events it added, in order;
each event is compared only with events that share its type and two of its
parties within a couple of months, so the cost does not grow with the corpus.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations, groupby
from typing import Any

from sqlalchemy import Connection, Engine, Select, bindparam, delete, func, insert, select, update

from techdip.model import EVENT_TYPES, STATUSES
from techdip.store.bulk import is_postgresql
from techdip.store.queries import EventFilter, filtered_event_ids
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
from techdip.stories import (
    Story,
    StoryEvent,
    assign_article,
    headline,
    name_block,
    name_parts,
    one_role_each,
    ranked_stories,
    same_person,
    skeleton,
    story_line,
    types_compatible,
)

MOVED_BY = "moved by "  # how the story_reason of an event a person moved starts (techdip.curate.review)
CANDIDATE_DAYS = 60
MAX_CANDIDATES = 80
# pairs of an event's parties looked up: all of them up to twelve parties (a BRICS meeting), so that an event is
# found from every pair it is filed under, whichever of two events comes first
MAX_PAIRS = 66


def index_events(
    conn: Connection,
    event_ids: list[int],
    cache: dict[int, StoryEvent] | None = None,
    settle: bool = True,
    linked: set[int] | None = None,
) -> None:
    """Give each new event its story and each new person mention its person, inside the caller's transaction.

    Each event first joins its best story (or opens one); then, unless `settle` is false (a caller that settles
    a whole batch at its end), the stories around the new events are settled (batch_index.settle_stories), so
    that they do not depend on the order events came in. `cache` (what clustering knows of events) may be
    shared by the calls of one transaction; `linked` collects the events linked to a candidate (those
    settling starts from: an event linked to none is a story of its own whatever the order)."""
    cache = {} if cache is None else cache
    linked = set() if linked is None else linked
    cache.update(_story_events(conn, event_ids))
    when = {r.id: r.when_start for r in conn.execute(_EVENT_ROWS, {"ids": event_ids})}
    for _, article in groupby(event_ids, key=lambda event_id: cache[event_id].doc_id):
        ids = list(article)
        _assign_stories(conn, [cache[i] for i in ids], cache, [when[i] for i in ids], linked)
        for event_id in ids:
            _register_people(conn, cache[event_id])
    if settle:
        from techdip.store.batch_index import settle_stories  # batch_index builds on this module

        settle_stories(conn, [i for i in event_ids if i in linked], cache)


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
        # a rejected event (techdip.curate) stays out of every story
        query = query.where(func.coalesce(events.c.review_state, "unreviewed") != "rejected")
        return list(conn.execute(query.order_by(documents.c.ingested_at, events.c.doc_id, events.c.seq)).scalars())


# Statements built once: ingest runs them for every event, and building SQLAlchemy statements costs more
# than running them on SQLite.
_IDS = bindparam("ids", expanding=True)
_EVENT_ROWS = (
    select(events.c.id, events.c.doc_id, events.c.type, events.c.date, events.c.location, events.c.when_start,
           documents.c.published, documents.c.lang, events.c.seq)
    .join(documents, documents.c.id == events.c.doc_id)
    .where(events.c.id.in_(_IDS))
)  # fmt: skip
_EVENT_PARTIES = select(event_parties).where(event_parties.c.event_id.in_(_IDS))
_EVENT_AREAS = select(event_areas).where(event_areas.c.event_id.in_(_IDS))
_EVENT_PEOPLE = select(event_people).where(event_people.c.event_id.in_(_IDS)).order_by(event_people.c.id)
_SET_STORY = (
    update(events)
    .where(events.c.id == bindparam("event"))
    .values(story_id=bindparam("story"), story_reason=bindparam("why"))
)
_NEW_STORY = insert(stories).values(type=bindparam("kind"), parties=bindparam("codes"))


def candidate_sql(number: int, kinds: int, windowed: bool, mark: str) -> str:
    """The candidate look-up of one pair of parties, the one statement both ingest paths run (here one at a
    time, in batch_index many joined by UNION ALL): events having both parties, of one of `kinds` compatible
    types, with a story (a rejected event has none), within a window of days when `windowed` (undated events
    always), newest first. It walks the (party, event_id) index backwards and stops after `most` rows, so it
    costs the same in a small and in a huge database. Parameters, in order, each written `mark`: its number
    (tags its rows in a UNION ALL), the two parties, the kinds, the window's first and last day when windowed,
    and the most rows wanted."""
    window = f" AND (e.when_start IS NULL OR e.when_start BETWEEN {mark} AND {mark})" if windowed else ""
    return (
        f"SELECT * FROM (SELECT {mark} AS k, e.id, e.story_id, e.when_start FROM events e "
        f"JOIN event_parties a ON a.event_id = e.id AND a.party = {mark} "
        f"JOIN event_parties b ON b.event_id = e.id AND b.party = {mark} "
        f"WHERE e.type IN ({', '.join([mark] * kinds)}) AND e.story_id IS NOT NULL{window} "
        f"ORDER BY a.event_id DESC LIMIT {mark}) AS q{number}"
    )


_PERSON_CANDIDATES = (
    select(person_names.c.person_id, person_names.c.name, people.c.name.label("full"))
    .join(people, people.c.id == person_names.c.person_id)
    .where(person_names.c.block.in_(bindparam("blocks", expanding=True)))
    .order_by(person_names.c.person_id, person_names.c.id)
)
_PERSON_CANDIDATES_OF = _PERSON_CANDIDATES.where(people.c.party == bindparam("party"))
_PERSON_CANDIDATES_OF_NONE = _PERSON_CANDIDATES.where(people.c.party.is_(None))
_NEW_PERSON = insert(people).values(name=bindparam("name"), party=bindparam("party"), role=bindparam("role"))
_RENAME_PERSON = update(people).where(people.c.id == bindparam("person")).values(name=bindparam("name"))
_LINK_MENTION = (
    update(event_people).where(event_people.c.id == bindparam("mention")).values(person_id=bindparam("person"))
)
_NEW_NAME = insert(person_names).values(
    person_id=bindparam("person"), name=bindparam("name"), lang=bindparam("lang"), reason=bindparam("why"),
    block=bindparam("block"),
)  # fmt: skip


def _story_events(conn: Connection, event_ids: list[int]) -> dict[int, StoryEvent]:
    """What clustering needs of these events, in four queries."""
    if not event_ids:
        return {}
    found = {
        r.id: StoryEvent(
            r.id, r.doc_id, r.type, frozenset(), r.date, r.published, [], frozenset(), r.location, r.lang, r.seq
        )
        for r in conn.execute(_EVENT_ROWS, {"ids": event_ids})
    }
    parties: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(_EVENT_PARTIES, {"ids": event_ids}):
        parties[r.event_id].add(r.party)
    areas: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(_EVENT_AREAS, {"ids": event_ids}):
        areas[r.event_id].add(r.area)
    for r in conn.execute(_EVENT_PEOPLE, {"ids": event_ids}):
        found[r.event_id].people.append((r.name, r.party, r.role))
    for event_id, event in found.items():
        event.parties = frozenset(parties[event_id])
        event.areas = frozenset(areas[event_id])
    return found


def _assign_stories(
    conn: Connection,
    article: list[StoryEvent],
    cache: dict[int, StoryEvent],
    when: list[str | None],
    linked: set[int] | None = None,
) -> None:
    """Stories for the events of one article, each from the stories of its candidate events."""
    found = [_candidates(conn, event, day) for event, day in zip(article, when, strict=True)]
    cache.update(_story_events(conn, [i for pairs in found for i, _ in pairs if i not in cache]))
    for event, (story, score, reasons) in zip(article, choose_stories(article, found, cache, linked), strict=True):
        if story is None:
            story_id = conn.execute(_NEW_STORY, {"kind": event.type, "codes": ",".join(sorted(event.parties))})
            story_id, reason = story_id.inserted_primary_key[0], None
        else:
            story_id, reason = story.id, join_reason(score, reasons)
        conn.execute(_SET_STORY, {"event": event.id, "story": story_id, "why": reason})


# ---- the rules, without a database (techdip.scale clusters a backfill with them) ----------------------------------


def choose_stories(
    article: list[StoryEvent],
    found: list[list[tuple[int, int]]],
    known: Mapping[int, StoryEvent],
    linked: set[int] | None = None,
) -> list[tuple[Story | None, float, list[str]]]:
    """The story of each event of one article (None: a new one), given each event's candidates as (event id,
    story id) pairs and what clustering knows of those events: a candidate story is its candidate events."""
    options = []
    for event, candidates in zip(article, found, strict=True):
        by_story: dict[int, list[int]] = defaultdict(list)
        for candidate, story_id in candidates:
            by_story[story_id].append(candidate)
        stories_ = [Story(story_id, [known[i] for i in sorted(ids)]) for story_id, ids in sorted(by_story.items())]
        options.append(ranked_stories(event, stories_, linked))
    return assign_article(article, options)


def join_reason(score: float, reasons: list[str]) -> str:
    """What events.story_reason says of a join."""
    return f"score {score:.1f}: " + "; ".join(reasons)


def candidate_pairs(parties: frozenset[str]) -> list[tuple[str, str]]:
    """The pairs of an event's parties under which its candidates are looked up (none for one party)."""
    return list(combinations(sorted(parties), 2))[:MAX_PAIRS]


def compatible_kinds(kind: str) -> list[str]:
    """The event types a candidate of an event of this type may have."""
    return sorted(t for t in EVENT_TYPES if types_compatible(t, kind))


def candidate_window(when: str | None) -> tuple[str, str] | None:
    """The when_start range (inclusive ISO days) of an event's candidates; None: any (undated candidates are
    always in)."""
    if not when:
        return None
    day = datetime.date.fromisoformat(when)
    delta = datetime.timedelta(days=CANDIDATE_DAYS)
    return (day - delta).isoformat(), (day + delta).isoformat()


def most_recent(found: dict[int, int]) -> list[tuple[int, int]]:
    """The candidates kept, (event id, story id): the MAX_CANDIDATES most recent (highest ids)."""
    return sorted(found.items(), reverse=True)[:MAX_CANDIDATES]


def _candidates(conn: Connection, event: StoryEvent, when: str | None) -> list[tuple[int, int]]:
    """(event id, story id) of events of a compatible type sharing two parties, within CANDIDATE_DAYS of this
    one (or undated), most recent first and bounded, so that ingest stays linear in the corpus."""
    pairs = candidate_pairs(event.parties)
    if not pairs:
        return []
    kinds = compatible_kinds(event.type)
    window = candidate_window(when)
    mark = "%s" if is_postgresql(conn) else "?"
    sql = candidate_sql(0, len(kinds), window is not None, mark)
    found: dict[int, int] = {}
    for one, two in pairs:
        params = (0, one, two, *kinds, *(window or ()), MAX_CANDIDATES)
        for _, event_id, story_id, _ in conn.exec_driver_sql(sql, params):
            if event_id != event.id:
                found[event_id] = story_id
    return most_recent(found)


def _register_people(conn: Connection, event: StoryEvent) -> None:
    """Link each person mention of the event to a person: the same party and a name that matches across
    scripts (ستار هاشمی ~ Sattar Hashemi), else a new person."""
    for mention in conn.execute(_EVENT_PEOPLE, {"ids": [event.id]}).all():
        person_id, full, reason = _find_person(conn, mention.name, mention.party)
        if person_id is None:
            person_id = conn.execute(
                _NEW_PERSON, {"name": mention.name, "party": mention.party, "role": mention.role}
            ).inserted_primary_key[0]
            reason = "first mention"
        elif len(mention.name) > len(full or ""):
            conn.execute(_RENAME_PERSON, {"person": person_id, "name": mention.name})
        conn.execute(_LINK_MENTION, {"mention": mention.id, "person": person_id})
        if reason is not None:  # a written form not seen before for this person
            conn.execute(_NEW_NAME, {"person": person_id, "name": mention.name, "lang": event.lang, "why": reason,
                                     "block": name_block(mention.name)})  # fmt: skip


def _find_person(conn: Connection, name: str, party: str | None) -> tuple[int | None, str | None, str | None]:
    """(person id, their fullest name, why this name is theirs — None when this very spelling is known)."""
    query = _PERSON_CANDIDATES_OF if party else _PERSON_CANDIDATES_OF_NONE
    rows = conn.execute(query, {"blocks": person_blocks(name), "party": party}).all()
    return match_person(name, party, [(r.person_id, r.name, r.full) for r in rows])


def match_person(
    name: str, party: str | None, known: list[tuple[int, str, str]]
) -> tuple[int | None, str | None, str | None]:
    """The person a written name is, among (person id, written name, fullest name) of the party's names filed
    under the name's blocks, in person then name order: this very spelling, else the first that matches."""
    for person_id, written, full in known:
        if written == name:
            return person_id, full, None
    if _too_short(name):
        return None, None, None  # フン, チン: one short word many names end in; only this very spelling joins
    for person_id, written, full in known:
        if not _too_short(written) and same_person(written, name):
            return person_id, full, f"same party {party or '-'} and name {written!r} ~ {name!r}"
    return None, None, None


def _too_short(name: str) -> bool:
    """A katakana name of one word with fewer than three consonants (フン, チン): too short to tell one person
    from another, so that one such form would chain different people into one identity (ファム・ミン・チン,
    チン, マイ・ティエン・ズン)."""
    letters = [c for c in name if not c.isspace()]
    katakana = bool(letters) and all("\u30a0" <= c <= "\u30ff" for c in letters)
    return katakana and len(name_parts(name)) <= 1 and len(skeleton("".join(name.split()))) < 3


def person_blocks(name: str) -> list[str]:
    """The blocks a matching spelling may be filed under: the same, or with the first letter dropped
    (Hakobyan is Акопян)."""
    block = name_block(name)
    parts = name_parts(name)
    family = parts[-1] if parts else ""
    whole = skeleton("".join(name.split()))  # a one-word name written whole (哈希米)
    return sorted({block, family[1:3], f"h{block[:1]}", whole[:2]} - {"", "h"})


def drop_empty_stories(conn: Connection) -> None:
    """Remove stories left without events (after an article was re-extracted)."""
    used = select(events.c.story_id).where(events.c.story_id.is_not(None))
    conn.execute(delete(stories).where(stories.c.id.not_in(used)))


# ---- reading -------------------------------------------------------------------------------------------------------


def _ranked_stories(party: str | None, min_sources: int, flt: EventFilter | None = None) -> Select:
    """(story id, events) of the stories with at least min_sources events (of the party, and passing the
    filter, when given)."""
    query = (
        select(events.c.story_id, func.count().label("n"))
        .where(events.c.story_id.is_not(None))
        .group_by(events.c.story_id)
        .having(func.count() >= min_sources)
    )
    if party:
        query = query.where(events.c.id.in_(select(event_parties.c.event_id).where(event_parties.c.party == party)))
    if flt is not None:
        query = query.where(events.c.id.in_(filtered_event_ids(flt)))
    return query


def count_stories(
    engine: Engine, party: str | None = None, min_sources: int = 1, flt: EventFilter | None = None
) -> int:
    """How many stories list_stories pages through."""
    with engine.connect() as conn:
        ranked = _ranked_stories(party, min_sources, flt).subquery()
        return conn.execute(select(func.count()).select_from(ranked)).scalar_one()


def list_stories(engine: Engine, party: str | None = None, min_sources: int = 1, limit: int = 100,
                 offset: int = 0, flt: EventFilter | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """One page of stories, biggest first: type, parties, sources, languages, earliest report, areas.

    With `flt`, only stories with events that pass it (a time window, an area...), counted by those events.
    The page is cut in SQL and its stories read in five queries, whatever their number."""
    query = _ranked_stories(party, min_sources, flt).order_by(func.count().desc(), events.c.story_id)
    with engine.connect() as conn:
        ids = [r.story_id for r in conn.execute(query.limit(limit).offset(offset))]
        found = _read_stories(conn, ids)
    return [found[i] for i in ids if i in found]


def stories_by_id(engine: Engine, story_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stories of these ids, read together (missing ids are left out)."""
    with engine.connect() as conn:
        return _read_stories(conn, story_ids)


def get_story(engine: Engine, story_id: int) -> dict[str, Any] | None:
    """One story with every source: its article, language, date, areas and evidence."""
    with engine.connect() as conn:
        return _read_stories(conn, [story_id]).get(story_id)


def _read_stories(conn: Connection, story_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stories of these ids with all their sources, by id (missing ids are left out)."""
    if not story_ids:
        return {}
    heads = conn.execute(select(stories).where(stories.c.id.in_(story_ids))).all()
    rows = conn.execute(
        select(events.c.id, events.c.story_id, events.c.doc_id, events.c.type, events.c.date, events.c.when_start,
               events.c.status,
               events.c.location, events.c.story_reason, documents.c.lang, documents.c.title,
               documents.c.source, documents.c.published, documents.c.url,
               func.substr(documents.c.text, 1, 400).label("head"))
        .join(documents, documents.c.id == events.c.doc_id)
        .where(events.c.story_id.in_(story_ids))
        .order_by(events.c.when_start, events.c.id)
    ).all()  # fmt: skip
    # children of the stories' events through a subquery, not a list of ids: a page may hold thousands of events
    in_stories = select(events.c.id).where(events.c.story_id.in_(story_ids))
    areas: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(select(event_areas).where(event_areas.c.event_id.in_(in_stories))):
        areas[r.event_id].append(r.area)
    spans: dict[int, list[dict]] = defaultdict(list)
    for r in conn.execute(select(evidence).where(evidence.c.event_id.in_(in_stories)).order_by(evidence.c.id)):
        spans[r.event_id].append({"start": r.start, "end": r.end, "text": r.text})
    persons: dict[int, list[dict]] = defaultdict(list)
    for r in conn.execute(
        select(event_people).where(event_people.c.event_id.in_(in_stories)).order_by(event_people.c.id)
    ):
        persons[r.event_id].append({"name": r.name, "party": r.party, "role": r.role, "person_id": r.person_id})
    by_story: dict[int, list] = defaultdict(list)
    for r in rows:
        by_story[r.story_id].append(r)
    return {head.id: _story_out(head, by_story[head.id], areas, spans, persons) for head in heads}


def _earliest(row) -> tuple[bool, str, int]:
    return row.when_start is None, str(row.when_start or ""), row.id


def _story_out(head, rows: list, areas: dict, spans: dict, persons: dict) -> dict[str, Any]:
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
    parties = head.parties.split(",") if head.parties else []
    story_areas = sorted({a for s in sources for a in s["areas"]})
    places = Counter(r.location for r in rows if r.location)
    line = story_line(
        head.type, parties, story_areas, places.most_common(1)[0][0] if places else None,
        dates[0] if dates else None, max((r.status for r in rows), key=STATUSES.index, default=None),
        one_role_each((p["name"], p["party"], p["role"]) for s in sources for p in s["people"]),
        sorted({r.type for r in rows}),
    )  # fmt: skip
    return {
        "id": head.id,
        # the earliest dated source's headline (an undated one is not known to be the earliest; SQLite and
        # PostgreSQL order NULLs apart), else the next one that has a headline
        "title": next((t for r in sorted(rows, key=_earliest) if (t := r.title or headline(r.head))), None),
        "line": line,
        "type": head.type,
        "parties": parties,
        "sources": sources,
        "languages": sorted({r.lang for r in rows if r.lang}),
        "earliest_report": reported[0] if reported else None,
        "date": dates[0] if dates else None,
        "areas": story_areas,
        "people": sorted({p["name"] for s in sources for p in s["people"]}),
    }


def list_people(
    engine: Engine, party: str | None = None, limit: int | None = 200, offset: int = 0
) -> list[dict[str, Any]]:
    """People, the most active first (events they act in), with every written form of their name, why each was
    linked, their roles and events."""
    activity = (
        select(event_people.c.person_id, func.count(func.distinct(event_people.c.event_id)).label("n"))
        .group_by(event_people.c.person_id)
        .subquery()
    )
    with engine.connect() as conn:
        query = (
            select(people)
            .outerjoin(activity, activity.c.person_id == people.c.id)
            .order_by(func.coalesce(activity.c.n, 0).desc(), people.c.party, people.c.name, people.c.id)
            .limit(limit)
            .offset(offset)
        )
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
