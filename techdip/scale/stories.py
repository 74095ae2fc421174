"""Stories and people of a backfill, clustered in parts that can run apart (on Spark or in one process).

The contract: the stories (which events are one story, and why each joined) and
the people (which mentions are one person) equal those of `techdip ingest` fed
the same documents one at a time in the **canonical order**: publication date
(documents without one last), then document id, then the event's place in its
article (stories are settled, so any order gives them). Person and name ids
are numbered in the order the incremental path creates them; story ids in the
canonical order of each story's first event (ingest keeps the ids stories had
before they were settled, so only story ids may differ from ingest's).

Why parts can run apart, exactly. Incremental clustering compares an event
only with earlier events of a compatible type that hold one of its pairs of
parties and whose first day (`when_start`) is within CANDIDATE_DAYS of its own
(or either is undated) — techdip.store.story_index. So events are *nodes*
(type group, pair of parties, time segment), a pair's time segments being cut
where its dated events leave a gap longer than CANDIDATE_DAYS (a pair with an
undated event is one segment); an event of several parties ties its nodes
together, and the connected components are parts no candidate look-up crosses.
Running the sequential rules on each part, in canonical order, then gives every
event the candidates, hence the story, it gets in the global sequential run.
People are matched only within their party, so each party is a part.

Overlapping time buckets whose results are reconciled afterwards were
considered: they cannot promise this equality, because whether two candidates
share a story depends on joins made before the bucket began.
"""

from __future__ import annotations

import bisect
import contextlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from techdip.model import EVENT_TYPES, Article, Document
from techdip.store.backfill import Backfill
from techdip.store.ingest import when
from techdip.store.story_index import (
    CANDIDATE_DAYS,
    MAX_CANDIDATES,
    candidate_pairs,
    candidate_window,
    compatible_kinds,
    join_reason,
    match_person,
    person_blocks,
)
from techdip.store.validate import InvalidDocument, storable
from techdip.stories import StoryEvent, UnionFind, linked, name_block, settle_components, types_compatible

Key = tuple[bool, str, str, int]  # the canonical order: (no publication date, date, document id, event seq)


def canonical_key(published: str | None, doc_id: str, seq: int) -> Key:
    """Where an event stands in the canonical order."""
    return (published is None, published or "", doc_id, seq)


@dataclass
class BackfillEvent:
    """What clustering and people need of one event, as the database would store it."""

    key: Key
    doc_id: str
    seq: int
    type: str
    parties: tuple[str, ...]
    date: str | None
    published: str | None
    lang: str | None
    location: str | None
    areas: tuple[str, ...]
    people: tuple[tuple[str, str | None, str | None], ...]  # (name, party, role), in the article's order
    when_start: str | None

    def story_event(self, ordinal: int) -> StoryEvent:
        people = [tuple(person) for person in self.people]  # (name, party, role)
        return StoryEvent(ordinal, self.doc_id, self.type, frozenset(self.parties), self.date, self.published,
                          people, frozenset(self.areas), self.location, self.lang, self.seq)  # fmt: skip


def backfill_events(doc: Document, article: Article) -> list[BackfillEvent]:
    """The events of one extracted document in the form ingest would store them (techdip.store.validate);
    none for a document ingest would refuse."""
    try:
        doc, article, _ = storable(doc, article)
    except InvalidDocument:
        return []
    out = []
    for seq, event in enumerate(article.events):
        people = tuple((p.name, p.party, p.role) for p in event.people)
        out.append(
            BackfillEvent(
                canonical_key(article.published, doc.id, seq), doc.id, seq, event.type,
                tuple(sorted(set(event.parties))), event.date, article.published, article.lang, event.location,
                tuple(sorted(set(event.areas))), people, when(event, article.published)[0],
            )
        )  # fmt: skip
    return out


# ---- parts ---------------------------------------------------------------------------------------------------------


def type_group(kind: str) -> str:
    """A name for the types that can be candidates of one another (CONSULT and COOPERATE are one group)."""
    return _type_groups_cached().get(kind, kind)


@lru_cache(maxsize=1)
def _type_groups_cached() -> dict[str, str]:
    components = UnionFind()
    for one, two in combinations(sorted(EVENT_TYPES), 2):
        components.union([one] if not types_compatible(one, two) else [one, two])
    return {kind: components.find(kind) for kind in EVENT_TYPES}


def all_pairs(parties: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair of an event's parties: the pairs under which others may find it."""
    return list(combinations(sorted(parties), 2))


def segment_starts(days: Iterable[str | None]) -> dict[str | None, str]:
    """The segment of each day a pair's events start on, named by its first day: a new segment after a gap of
    more than CANDIDATE_DAYS; with an undated event (None) every day is in one segment."""
    import datetime

    values = set(days)
    if None in values:
        return {day: "" for day in values}
    out: dict[str | None, str] = {}
    start = previous = None
    for day in sorted(values):  # type: ignore[type-var]
        current = datetime.date.fromisoformat(day)
        if previous is None or (current - previous).days > CANDIDATE_DAYS:
            start = day
        out[day], previous = start, current
    return out


Node = tuple[str, str, str, str]  # (type group, party, party, segment start)


def event_nodes(event: BackfillEvent, segments: dict[tuple[str, str, str], dict[str | None, str]]) -> list[Node]:
    group = type_group(event.type)
    return [(group, a, b, segments[(group, a, b)][event.when_start]) for a, b in all_pairs(event.parties)]


def parts(events: list[BackfillEvent]) -> dict[tuple[str, int], str]:
    """(doc id, seq) -> the part an event is clustered in: no candidate look-up crosses two parts."""
    days: dict[tuple[str, str, str], set[str | None]] = defaultdict(set)
    for event in events:
        for a, b in all_pairs(event.parties):
            days[(type_group(event.type), a, b)].add(event.when_start)
    segments = {pair: segment_starts(values) for pair, values in days.items()}
    components = UnionFind()
    nodes = {(e.doc_id, e.seq): event_nodes(e, segments) for e in events}
    for found in nodes.values():
        if found:
            components.union(found)
    return {ident: part_name(components.find(found[0])) if found else single_part(*ident)
            for ident, found in nodes.items()}  # fmt: skip


def part_name(node: Node) -> str:
    return "\x1f".join(node)


def single_part(doc_id: str, seq: int) -> str:
    """The part of an event with fewer than two parties: it has no candidate and nobody finds it."""
    return f"\x1e{doc_id}\x1f{seq}"


# ---- the sequential rules over one part ----------------------------------------------------------------------------


@dataclass
class Joined:
    """An event's place in its part: its story (numbered within the part) and why it joined."""

    doc_id: str
    seq: int
    key: Key
    story: int
    reason: str | None  # None: it opened the story
    type: str
    parties: tuple[str, ...]


class _CandidateIndex:
    """The candidate look-up of techdip.store.story_index._candidates over events in memory, ordinals standing
    for event ids (both grow in the canonical order)."""

    def __init__(self) -> None:
        self.dated: dict[tuple[str, str, str], list[tuple[str, int]]] = defaultdict(list)  # sorted by day
        self.undated: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.story: dict[int, int] = {}

    def candidates(self, event: StoryEvent, when_start: str | None) -> list[tuple[int, int]]:
        window = candidate_window(when_start)
        kinds = compatible_kinds(event.type)
        found: dict[int, int] = {}
        for one, two in candidate_pairs(event.parties):
            ordinals: list[int] = []
            for kind in kinds:
                ordinals += self.undated.get((kind, one, two), [])
                dated = self.dated.get((kind, one, two), [])
                if window is None:
                    ordinals += [ordinal for _, ordinal in dated]
                else:
                    low = bisect.bisect_left(dated, (window[0], -1))
                    high = bisect.bisect_right(dated, (window[1], float("inf")))
                    ordinals += [ordinal for _, ordinal in dated[low:high]]
            for ordinal in sorted(ordinals, reverse=True)[:MAX_CANDIDATES]:  # the database's per-pair LIMIT
                found[ordinal] = self.story[ordinal]
        return sorted(found.items(), reverse=True)[:MAX_CANDIDATES]

    def add(self, event: StoryEvent, when_start: str | None, story: int) -> None:
        self.story[event.id] = story
        for one, two in all_pairs(event.parties):
            if when_start is None:
                self.undated[(event.type, one, two)].append(event.id)
            else:
                bisect.insort(self.dated[(event.type, one, two)], (when_start, event.id))


def cluster_part(events: Iterable[BackfillEvent]) -> list[Joined]:
    """Stories of one part's events by the rules of ingest: the links the candidate look-up of
    techdip.store.story_index finds (every pair of events that may be one story), and each connected group of
    linked events settled (techdip.stories.settle), as techdip.store.batch_index.settle_stories settles it."""
    ordered = sorted(events, key=lambda e: e.key)
    index = _CandidateIndex()
    story_events = [event.story_event(n + 1) for n, event in enumerate(ordered)]
    groups = UnionFind()
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for story_event, event in zip(story_events, ordered, strict=True):
        groups.find(story_event.id)
        for other, _ in index.candidates(story_event, event.when_start):
            if linked(story_event, story_events[other - 1]):
                groups.union([story_event.id, other])
                links[story_event.id].append((other, story_event.id))
        index.add(story_event, event.when_start, 0)
    out: list[Joined] = []
    pairs = [pair for found in links.values() for pair in found]
    for stories, story in enumerate(settle_components(groups, story_events, pairs), start=1):
        for story_event, value, reasons in story:
            event = ordered[story_event.id - 1]
            reason = None if value is None else join_reason(value, reasons)
            out.append(Joined(event.doc_id, event.seq, event.key, stories, reason, event.type, event.parties))
    return out


# ---- people --------------------------------------------------------------------------------------------------------


@dataclass
class Mention:
    key: Key
    number: int  # the mention's place in its event
    doc_id: str
    seq: int
    name: str
    party: str | None
    role: str | None
    lang: str | None


@dataclass
class PersonRow:
    first: tuple[Key, int]  # the mention that made the person: orders person ids
    name: str  # the fullest name seen
    party: str | None
    role: str | None


@dataclass
class NameRow:
    first: tuple[Key, int]  # the mention that brought this written form: orders name ids
    person: int  # within the party's part
    name: str
    lang: str | None
    reason: str
    block: str


@dataclass
class PeopleOfParty:
    people: list[PersonRow] = field(default_factory=list)
    names: list[NameRow] = field(default_factory=list)
    mentions: list[tuple[str, int, int, int]] = field(default_factory=list)  # (doc id, seq, number, person)


def mentions_of(event: BackfillEvent) -> list[Mention]:
    return [Mention(event.key, n, event.doc_id, event.seq, name, party, role, event.lang)
            for n, (name, party, role) in enumerate(event.people)]  # fmt: skip


def identify_people(mentions: Iterable[Mention]) -> PeopleOfParty:
    """People of one party's mentions, taken in canonical order, by the rules of incremental ingest
    (techdip.store.story_index.match_person); persons are numbered from 0 within the party."""
    out = PeopleOfParty()
    filed: dict[str, list[int]] = defaultdict(list)  # block -> indexes into out.names
    for mention in sorted(mentions, key=lambda m: (m.key, m.number)):
        rows = sorted({i for block in person_blocks(mention.name) for i in filed.get(block, [])},
                      key=lambda i: (out.names[i].person, i))  # fmt: skip
        known = [(out.names[i].person, out.names[i].name, out.people[out.names[i].person].name) for i in rows]
        person, full, reason = match_person(mention.name, mention.party, known)
        if person is None:
            person, reason = len(out.people), "first mention"
            out.people.append(PersonRow((mention.key, mention.number), mention.name, mention.party, mention.role))
        elif len(mention.name) > len(full or ""):
            out.people[person].name = mention.name
        out.mentions.append((mention.doc_id, mention.seq, mention.number, person))
        if reason is not None:
            block = name_block(mention.name)
            filed[block].append(len(out.names))
            out.names.append(NameRow((mention.key, mention.number), person, mention.name, mention.lang, reason, block))
    return out


# ---- the whole backfill in one process ----------------------------------------------------------------------------


def number_stories(joined: Iterable[tuple[str, Joined]]) -> tuple[list[dict], list[dict]]:
    """Final story ids from (part, Joined): stories numbered by the event that opened them, in canonical order,
    as the incremental path numbers them."""
    joined = list(joined)
    openers = sorted((j.key, part, j.story, j) for part, j in joined if j.reason is None)
    ids = {(part, story): n for n, (_, part, story, _) in enumerate(openers, start=1)}
    stories = [{"id": n, "type": j.type, "parties": ",".join(j.parties)}
               for n, (_, _, _, j) in enumerate(openers, start=1)]  # fmt: skip
    events = [{"doc_id": j.doc_id, "seq": j.seq, "story_id": ids[(part, j.story)], "reason": j.reason}
              for part, j in joined]  # fmt: skip
    return stories, events


def number_people(parties: Iterable[PeopleOfParty]) -> tuple[list[dict], list[dict], list[dict]]:
    """Final person and name ids: in the order of the mentions that made them, as the incremental path does."""
    parties = list(parties)
    persons = sorted((p.first, n, i) for n, party in enumerate(parties) for i, p in enumerate(party.people))
    person_ids = {(n, i): number for number, (_, n, i) in enumerate(persons, start=1)}
    people = [
        {"id": number, "name": (p := parties[n].people[i]).name, "party": p.party, "role": p.role}
        for number, (_, n, i) in enumerate(persons, start=1)
    ]
    names = sorted((row.first, n, row) for n, party in enumerate(parties) for row in party.names)
    person_names = [
        {"id": number, "person_id": person_ids[(n, row.person)], "name": row.name, "lang": row.lang,
         "reason": row.reason, "block": row.block}
        for number, (_, n, row) in enumerate(names, start=1)
    ]  # fmt: skip
    mentions = [
        {"doc_id": doc_id, "seq": seq, "number": number, "person_id": person_ids[(n, person)]}
        for n, party in enumerate(parties)
        for doc_id, seq, number, person in party.mentions
    ]
    return people, person_names, mentions


def backfill(events: Iterable[BackfillEvent]) -> Backfill:
    """Stories and people of a whole backfill in this process, part by part (what the Spark job distributes)."""
    events = list(events)
    where = parts(events)
    grouped: dict[str, list[BackfillEvent]] = defaultdict(list)
    for event in events:
        grouped[where[(event.doc_id, event.seq)]].append(event)
    joined = [(part, j) for part, members in sorted(grouped.items()) for j in cluster_part(members)]
    stories, story_events = number_stories(joined)
    by_party: dict[str | None, list[Mention]] = defaultdict(list)
    for event in events:
        for mention in mentions_of(event):
            by_party[mention.party].append(mention)
    people, names, mentions = number_people(identify_people(m) for _, m in sorted(by_party.items(), key=_party_order))
    return Backfill(stories, story_events, people, names, mentions)


def _party_order(item: tuple[str | None, list]) -> str:
    return item[0] or ""


def document_key(doc: Document, article: Article) -> tuple[bool, str, str]:
    """Where a document stands in the canonical order (the form ingest stores decides)."""
    with contextlib.suppress(InvalidDocument):  # ingest refuses such a document anyway: anywhere will do
        doc, article, _ = storable(doc, article)
    return canonical_key(article.published, doc.id, 0)[:3]
