"""Stories and people of a whole batch, clustered in memory against candidates read with a few indexed queries.

The result is the one techdip.store.story_index.index_events reaches event by
event (the same candidates, the same join rules, the same order, so the same
stories and people), but the database is asked once per distinct candidate key
of the batch (a pair of parties, a kind of event, a date window) and once for
the batch's people, instead of a dozen times per event. Events of the batch are
candidates of the batch's later articles from memory, exactly as the per-event
path finds them in the database after they were written.

New stories and people get provisional ids, larger than any stored id and in
creation order, so that every ordering clustering depends on is the stored one;
`allocate` maps them to real ids once their number is known.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from sqlalchemy import Connection, bindparam, delete, insert, select

from techdip.model import EVENT_TYPES, Person
from techdip.store.bulk import allocate_ids, is_postgresql, update_columns
from techdip.store.schema import events, people, person_names, stories
from techdip.store.story_index import (
    CANDIDATE_DAYS,
    MAX_CANDIDATES,
    MAX_PAIRS,
    MOVED_BY,
    candidate_sql,
    join_reason,
    match_person,
    person_blocks,
)
from techdip.stories import (
    Joined,
    Story,
    StoryEvent,
    UnionFind,
    assign_article,
    linked,
    name_block,
    ranked_stories,
    settle_components,
    types_compatible,
)

PROVISIONAL = 1 << 60  # provisional ids start here: above any stored id
CHUNK = 900  # ids or blocks per IN (...) list


@dataclass
class BatchEvent:
    """One event of the batch: what clustering reads, and what it decides."""

    story: StoryEvent  # features, under the event's final id
    when_start: str | None
    mentions: list[Person]
    story_id: int | None = None
    story_reason: str | None = None
    person_ids: list[int] = field(default_factory=list)
    keys: list[Key] | None = None  # its candidate look-ups (_keys), once computed


Key = tuple[str, str, tuple[str, ...], tuple[str, str] | None]  # pair, kinds, date window


KEYS_PER_QUERY = 50
SHARE_FROM = 3  # keys of one pair and kind from which they share a look-up
SHARED_ROWS = 4 * MAX_CANDIDATES


@lru_cache(maxsize=64)
def _kinds(event_type: str) -> tuple[str, ...]:
    return tuple(sorted(t for t in EVENT_TYPES if types_compatible(t, event_type)))


@lru_cache(maxsize=4096)
def _window(when_start: str | None) -> tuple[str, str] | None:
    if not when_start:
        return None
    day = datetime.date.fromisoformat(when_start)
    delta = datetime.timedelta(days=CANDIDATE_DAYS)
    return (day - delta).isoformat(), (day + delta).isoformat()


def _keys(event: BatchEvent) -> list[Key]:
    """The candidate look-ups of an event, as story_index._candidates makes them."""
    if event.keys is None:
        kinds, window = _kinds(event.story.type), _window(event.when_start)
        pairs = list(combinations(sorted(event.story.parties), 2))[:MAX_PAIRS] if len(event.story.parties) > 1 else []
        event.keys = [(one, two, kinds, window) for one, two in pairs]
    return event.keys


class BatchIndex:
    """Story and people clustering of one batch, inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.features: dict[int, StoryEvent] = {}
        self.stored: dict[Key, list[tuple[int, int]]] = {}  # stored candidates: (event id, story id), newest first
        # the batch's events with a story, by (pair, kinds): (event id, story id, when_start), oldest first
        self.batch: dict[tuple[str, str, tuple[str, ...]], list[tuple[int, int, str | None]]] = defaultdict(list)
        self.new_stories: list[tuple[int, str, str]] = []  # (provisional id, type, parties)
        self.person_full: dict[int, str] = {}  # person id -> fullest name
        self.person_party: dict[int, str | None] = {}
        self.names: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # block -> (person id, name id, name)
        self.new_people: dict[int, str | None] = {}  # provisional id -> role
        self.new_names: list[tuple[int, str, str | None, str, str]] = []  # (person, name, lang, why, block)
        self.renamed: dict[int, str] = {}  # stored person -> their new fullest name
        self._next = PROVISIONAL
        self.linked: set[int] = set()  # events linked to a candidate: settling starts from them

    # ---- stories ---------------------------------------------------------------------------------------------------

    def assign_stories(self, articles: list[list[BatchEvent]]) -> None:
        """Each event's story, article by article in order: an existing story or a new (provisional) one."""
        self._read_stored_candidates({key for article in articles for event in article for key in _keys(event)})
        for article in articles:
            for event in article:
                self.features[event.story.id] = event.story
            options = [ranked_stories(event.story, self._known_stories(event), self.linked) for event in article]
            chosen = assign_article([event.story for event in article], options)
            for event, (story, value, reasons) in zip(article, chosen, strict=True):
                if story is None:
                    event.story_id, event.story_reason = self._provisional(), None
                    self.new_stories.append((event.story_id, event.story.type, ",".join(sorted(event.story.parties))))
                else:
                    event.story_id, event.story_reason = story.id, f"score {value:.1f}: " + "; ".join(reasons)
            for event in article:  # candidates of the next articles, as the per-event path sees them once written
                kinds = _kinds(event.story.type)
                for one, two in combinations(sorted(event.story.parties), 2):  # every pair: any may be looked up
                    self.batch[one, two, kinds].append((event.story.id, event.story_id, event.when_start))

    def _read_stored_candidates(self, keys: set[Key]) -> None:
        """The stored candidates of every key and their features: the bounded, indexed look-up of
        story_index.candidate_sql, KEYS_PER_QUERY look-ups to a round trip.

        Keys of one pair and kind that differ only by their date window share one look-up over the union of
        their windows, SHARED_ROWS deep: a key finds its newest MAX_CANDIDATES there, or the whole window was
        read, or it is looked up on its own."""
        groups: dict[tuple[str, str, tuple[str, ...]], list[Key]] = defaultdict(list)
        for key in keys:
            groups[key[:3]].append(key)
        alone: list[tuple[Key, int]] = []
        shared: list[tuple[Key, int]] = []  # (a key standing for the group: the union window, rows to read)
        for group in groups.values():
            if len(group) < SHARE_FROM:
                alone += [(key, MAX_CANDIDATES) for key in group]
                continue
            windows = [key[3] for key in group]
            union = None if None in windows else (min(w[0] for w in windows), max(w[1] for w in windows))
            shared.append(((*group[0][:3], union), SHARED_ROWS))
        found = self._look_up(shared)
        for (group_key, _), rows in zip(shared, found, strict=True):
            for key in groups[group_key[:3]]:
                window = key[3]
                mine = [(i, s) for i, s, w in rows if w is None or window is None or window[0] <= w <= window[1]]
                if len(mine) >= MAX_CANDIDATES or len(rows) < SHARED_ROWS:
                    self.stored[key] = mine[:MAX_CANDIDATES]
                else:  # the shared rows did not reach deep enough into this window
                    alone.append((key, MAX_CANDIDATES))
        for (key, _), rows in zip(alone, self._look_up(alone), strict=True):
            self.stored[key] = [(i, s) for i, s, _ in rows]
        wanted = {event_id for rows in self.stored.values() for event_id, _ in rows}
        self._read_features(sorted(wanted - self.features.keys()))  # stored events do not change meanwhile

    def _read_features(self, event_ids: list[int]) -> None:
        """What clustering knows of stored events (story_index._story_events, on the driver's cursor)."""
        mark = "%s" if is_postgresql(self.conn) else "?"
        cursor = self.conn.connection.dbapi_connection.cursor()
        try:
            for start in range(0, len(event_ids), CHUNK):
                chunk = event_ids[start : start + CHUNK]
                among = f"IN ({', '.join([mark] * len(chunk))})"
                found: dict[int, StoryEvent] = {}
                cursor.execute(
                    "SELECT e.id, e.doc_id, e.type, e.date, d.published, e.location, d.lang, e.seq FROM events e "
                    f"JOIN documents d ON d.id = e.doc_id WHERE e.id {among}", chunk
                )  # fmt: skip
                for event_id, doc_id, kind, date, published, location, lang, seq in cursor.fetchall():
                    found[event_id] = StoryEvent(event_id, doc_id, kind, frozenset(), date, published, [], frozenset(),
                                                 location, lang, seq)  # fmt: skip
                parties: dict[int, set[str]] = defaultdict(set)
                cursor.execute(f"SELECT event_id, party FROM event_parties WHERE event_id {among}", chunk)
                for event_id, party in cursor.fetchall():
                    parties[event_id].add(party)
                areas: dict[int, set[str]] = defaultdict(set)
                cursor.execute(f"SELECT event_id, area FROM event_areas WHERE event_id {among}", chunk)
                for event_id, area in cursor.fetchall():
                    areas[event_id].add(area)
                who = f"SELECT event_id, name, party, role FROM event_people WHERE event_id {among} ORDER BY id"
                cursor.execute(who, chunk)
                for event_id, name, party, role in cursor.fetchall():
                    found[event_id].people.append((name, party, role))
                for event_id, event in found.items():
                    event.parties, event.areas = frozenset(parties[event_id]), frozenset(areas[event_id])
                self.features.update(found)
        finally:
            cursor.close()

    def _look_up(self, keys: list[tuple[Key, int]]) -> list[list[tuple[int, int, str | None]]]:
        """(event id, story id, when_start) of each key's newest stored candidates, as many as asked."""
        mark = "%s" if is_postgresql(self.conn) else "?"
        out: list[list[tuple[int, int, str | None]]] = []
        cursor = self.conn.connection.dbapi_connection.cursor()
        if is_postgresql(self.conn) and hasattr(cursor, "copy"):  # psycopg 3
            try:
                return self._look_up_pipelined(cursor, keys)
            finally:
                cursor.close()
        try:
            for start in range(0, len(keys), KEYS_PER_QUERY):
                chunk = keys[start : start + KEYS_PER_QUERY]
                parts, params = [], []
                for number, ((one, two, kinds, window), most) in enumerate(chunk):
                    parts.append(candidate_sql(number, len(kinds), window is not None, mark))
                    params += [number, one, two, *kinds, *(window or ()), most]
                cursor.execute(" UNION ALL ".join(parts), params)
                found: dict[int, list[tuple[int, int, str | None]]] = defaultdict(list)
                for number, event_id, story_id, when_start in cursor.fetchall():
                    found[number].append((event_id, story_id, when_start))
                out += [sorted(found[number], reverse=True) for number in range(len(chunk))]
        finally:
            cursor.close()
        return out

    @staticmethod
    def _look_up_pipelined(cursor, keys: list[tuple[Key, int]]) -> list[list[tuple[int, int, str | None]]]:
        """_look_up on PostgreSQL: one prepared statement per shape of key, its executions pipelined (psycopg's
        executemany), where a UNION ALL of many look-ups would be planned anew each time."""
        out: list[list[tuple[int, int, str | None]]] = [[] for _ in keys]
        shapes: dict[tuple[int, bool], list[int]] = defaultdict(list)
        for number, ((_, _, kinds, window), _) in enumerate(keys):
            shapes[len(kinds), window is not None].append(number)
        for (kinds, windowed), numbers in shapes.items():
            params = [[n, one, two, *k, *(w or ()), most] for n in numbers for (one, two, k, w), most in [keys[n]]]
            cursor.executemany(candidate_sql(0, kinds, windowed, "%s"), params, returning=True)
            while True:
                for number, event_id, story_id, when_start in cursor.fetchall():
                    out[number].append((event_id, story_id, when_start))
                if not cursor.nextset():
                    break
        return [sorted(rows, reverse=True) for rows in out]

    def _known_stories(self, event: BatchEvent) -> list[Story]:
        """The stories of the event's candidates (story_index._candidates and _assign_stories, from memory)."""
        found: dict[int, int] = {}
        for key in _keys(event):
            one, two, kinds, window = key
            rows = list(self.stored[key])
            for event_id, story_id, when_start in reversed(self.batch.get((one, two, kinds), ())):
                if len(rows) >= len(self.stored[key]) + MAX_CANDIDATES:
                    break  # enough: no older event of the batch can be among the newest MAX_CANDIDATES
                if when_start is None or window is None or window[0] <= when_start <= window[1]:
                    rows.append((event_id, story_id))
            for event_id, story_id in sorted(rows, reverse=True)[:MAX_CANDIDATES]:
                found[event_id] = story_id
        by_story: dict[int, list[int]] = defaultdict(list)
        for candidate, story_id in sorted(found.items(), reverse=True)[:MAX_CANDIDATES]:
            by_story[story_id].append(candidate)
        return [Story(story_id, [self.features[i] for i in sorted(ids)]) for story_id, ids in sorted(by_story.items())]

    def candidates_after_writing(self, real: Mapping[int, int]) -> dict[Key, list[tuple[int, int]]]:
        """Every key looked up, with the candidates the database gives it once the batch is written (what
        _look_up would read then, so settling need not read it again): the newest MAX_CANDIDATES of its stored
        candidates and the batch's events. The newest MAX_CANDIDATES of all the stored ones are among those
        read; the batch's are in self.batch, oldest first. `real`: the stories' ids (allocate)."""
        out: dict[Key, list[tuple[int, int]]] = {}
        for key, rows in self.stored.items():
            one, two, kinds, window = key
            mine: list[tuple[int, int]] = []
            for event_id, story_id, when_start in reversed(self.batch.get((one, two, kinds), ())):
                if len(mine) >= MAX_CANDIDATES:
                    break  # older events of the batch cannot be among the newest MAX_CANDIDATES
                if when_start is None or window is None or window[0] <= when_start <= window[1]:
                    mine.append((event_id, real.get(story_id, story_id)))
            out[key] = sorted(rows + mine, reverse=True)[:MAX_CANDIDATES] if mine else list(rows)
        return out

    # ---- people ----------------------------------------------------------------------------------------------------

    def register_people(self, articles: list[list[BatchEvent]]) -> None:
        """Each mention's person, in order (story_index._register_people, from memory)."""
        mentions = [(event, person) for article in articles for event in article for person in event.mentions]
        self._read_stored_names({block for _, person in mentions for block in person_blocks(person.name)})
        for event, person in mentions:
            person_id, full, reason = self._find_person(person.name, person.party)
            if person_id is None:
                person_id, reason = self._provisional(), "first mention"
                self.new_people[person_id] = person.role
                self.person_full[person_id], self.person_party[person_id] = person.name, person.party
            elif len(person.name) > len(full or ""):
                self.person_full[person_id] = person.name
                if person_id < PROVISIONAL:
                    self.renamed[person_id] = person.name
            event.person_ids.append(person_id)
            if reason is not None:  # a written form not seen before for this person
                block = name_block(person.name)
                self.new_names.append((person_id, person.name, event.story.lang, reason, block))
                self.names[block].append((person_id, self._provisional(), person.name))

    def _read_stored_names(self, blocks: set[str]) -> None:
        query = (
            select(person_names.c.id, person_names.c.person_id, person_names.c.name, person_names.c.block,
                   people.c.name.label("full"), people.c.party)
            .join(people, people.c.id == person_names.c.person_id)
            .where(person_names.c.block.in_(bindparam("blocks", expanding=True)))
        )  # fmt: skip
        wanted = sorted(blocks)
        for start in range(0, len(wanted), CHUNK):
            for row in self.conn.execute(query, {"blocks": wanted[start : start + CHUNK]}):
                self.names[row.block].append((row.person_id, row.id, row.name))
                self.person_full[row.person_id], self.person_party[row.person_id] = row.full, row.party

    def _find_person(self, name: str, party: str | None) -> tuple[int | None, str | None, str | None]:
        """story_index._find_person over the stored names read once and the batch's new ones."""
        rows = sorted(
            (person_id, name_id, written)
            for block in person_blocks(name)
            for person_id, name_id, written in self.names.get(block, ())
            if self.person_party[person_id] == party
        )
        return match_person(name, party, [(pid, written, self.person_full[pid]) for pid, _, written in rows])

    # ---- ids -------------------------------------------------------------------------------------------------------

    def _provisional(self) -> int:
        self._next += 1
        return self._next

    def allocate(self) -> dict[int, int]:
        """Real ids for the new stories and people (provisional id -> id), in creation order."""
        real: dict[int, int] = {}
        story_ids = allocate_ids(self.conn, stories, len(self.new_stories))
        real.update(zip((prov for prov, _, _ in self.new_stories), story_ids, strict=True))
        people_ids = allocate_ids(self.conn, people, len(self.new_people))
        real.update(zip(self.new_people, people_ids, strict=True))  # dicts keep creation order
        return real


# ---- settling: the stories of the new events' neighbourhoods, whatever the order they came in -----------------------

MAX_NEIGHBOURHOOD = 400  # stored events gathered around a batch's new events before settling stops looking further


def settle_stories(
    conn: Connection,
    event_ids: list[int],
    known: Mapping[int, StoryEvent] | None = None,
    candidates: Mapping[Key, list[tuple[int, int]]] | None = None,
) -> None:
    """Re-cluster the neighbourhood of these (just stored) events with techdip.stories.settle, inside the
    caller's transaction, so that stories depend on the set of stored events and not on the order they came in.

    The neighbourhood is every event linked to them by a possible join (stories.linked), and every event linked
    to those, and so on: the connected groups of the graph of joins, each settled apart. Links are found with
    the candidate look-up of ingest (a compatible type, two parties in common, within CANDIDATE_DAYS), so every
    link is found from either side. Stories outside the neighbourhood have no link into it: they do not change.
    Each story of the result keeps the id most of its events had (a new id when all are taken), its row takes
    the type and parties of its first event, and stories left without events are removed. An event a person
    moved into a story stays there. `known`: what the caller already read of events (their features); `candidates`:
    the stored candidates of keys as the database now gives them (BatchIndex.candidates_after_writing), not
    read again."""
    if not event_ids:
        return
    index = BatchIndex(conn)
    index.features.update(known or {})
    index.stored.update(candidates or {})
    index._read_features(sorted(set(event_ids) - index.features.keys()))
    seen = {event_id for event_id in event_ids if event_id in index.features}
    groups = UnionFind()
    links: dict[tuple[int, int], bool] = {}  # each pair is met from both sides: scored once
    frontier, grown = sorted(seen), 0
    while frontier:
        when = _when_starts(conn, frontier)
        events_ = [BatchEvent(index.features[i], when.get(i), []) for i in frontier]
        index._read_stored_candidates({key for event in events_ for key in _keys(event)} - set(index.stored))
        found = []
        for event in events_:
            groups.find(event.story.id)
            for key in _keys(event):
                for other, _ in index.stored[key]:
                    pair = (min(other, event.story.id), max(other, event.story.id))
                    if pair not in links:
                        links[pair] = other != event.story.id and linked(event.story, index.features[other])
                    if not links[pair]:
                        continue
                    if other not in seen:
                        if grown >= MAX_NEIGHBOURHOOD:
                            continue  # a bound on the work of one batch: this far, a link is left out
                        seen.add(other)
                        found.append(other)
                        grown += 1
                    groups.union([event.story.id, other])
        frontier = sorted(found)
    pinned = _moved_by_people(conn, sorted(seen))
    settling = [index.features[event_id] for event_id in sorted(seen - pinned)]
    # (a link past the bound was left out)
    pairs = [(x, y) for (x, y), yes in links.items() if yes and {x, y} <= seen and not {x, y} & pinned]
    _apply(conn, settle_components(groups, settling, pairs))


def _event_rows(conn: Connection, columns: list, event_ids: list[int], *conditions) -> Iterator:
    """Rows of these columns of the given events (and conditions), read CHUNK ids at a time."""
    for start in range(0, len(event_ids), CHUNK):
        yield from conn.execute(select(*columns).where(events.c.id.in_(event_ids[start : start + CHUNK]), *conditions))


def _moved_by_people(conn: Connection, event_ids: list[int]) -> set[int]:
    """The events a person put into their story (techdip.curate.review.move_story): settling leaves them be."""
    moved = events.c.story_reason.like(f"{MOVED_BY}%")
    return {r.id for r in _event_rows(conn, [events.c.id], event_ids, moved)}


def _when_starts(conn: Connection, event_ids: list[int]) -> dict[int, str | None]:
    return {r.id: r.when_start for r in _event_rows(conn, [events.c.id, events.c.when_start], event_ids)}


def _apply(conn: Connection, settled: list[list[Joined]]) -> None:
    """Write settled stories: each keeps the id most of its events had (the smallest of equals), unless an
    earlier story took it; changed events and story rows are updated, emptied stories removed."""
    ids = [e.id for story in settled for e, _, _ in story]
    columns = [events.c.id, events.c.story_id, events.c.story_reason]
    now = {r.id: (r.story_id, r.story_reason) for r in _event_rows(conn, columns, ids)}
    before = {story_id for story_id, _ in now.values() if story_id is not None}
    heads = {r.id: (r.type, r.parties) for r in conn.execute(select(stories).where(stories.c.id.in_(sorted(before))))}
    taken: set[int] = set()
    changed_heads: list[tuple[str, str, int]] = []  # (type, parties, story id)
    changed_events: list[tuple[int, str | None, int]] = []  # (story id, reason, event id)
    for story in settled:
        counts = Counter(now[e.id][0] for e, _, _ in story if now[e.id][0] is not None)
        free = sorted((-n, story_id) for story_id, n in counts.items() if story_id not in taken)
        first = story[0][0]
        head = (first.type, ",".join(sorted(first.parties)))
        if free:
            story_id = free[0][1]
            if heads.get(story_id) != head:
                changed_heads.append((*head, story_id))
        else:
            story_id = conn.execute(insert(stories).values(type=head[0], parties=head[1])).inserted_primary_key[0]
        taken.add(story_id)
        for event, value, reasons in story:
            reason = None if value is None else join_reason(value, reasons)
            if now[event.id] != (story_id, reason):
                changed_events.append((story_id, reason, event.id))
    # each story and event is updated once at most: written together, in one statement per table
    update_columns(conn, stories, ("type", "parties"), changed_heads)
    update_columns(conn, events, ("story_id", "story_reason"), changed_events)
    emptied = sorted(before - taken)
    if emptied:
        used = select(events.c.story_id).where(events.c.story_id.in_(emptied))
        conn.execute(delete(stories).where(stories.c.id.in_(emptied), stories.c.id.not_in(used)))
