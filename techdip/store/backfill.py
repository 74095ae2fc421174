"""Loading a backfill's stories and people (`techdip spark --stories`) as they are: no clustering on load.

The story and person rows are written first, with their own ids, in one
transaction; then each loaded batch of documents gives its new events their
story (and why they joined) and their person mentions their person, from the
backfill, in place of the incremental clustering. The database then holds what
`techdip ingest` of the same documents in canonical order would have written,
so a later ingest continues from it by the usual rules.

A backfill is loaded into an empty database (or into the database a load of the
same backfill stopped in: the load resumes); anything else is refused, since
its stories were clustered without the events stored there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update

from techdip.store.schema import documents, event_people, events, people, person_names, stories
from techdip.store.story_index import index_events

DATASETS = ("stories", "story_events", "people", "person_names", "person_mentions")
_CHUNK = 5000


@dataclass
class Backfill:
    """Stories and people with their final ids, as `techdip load` writes them."""

    stories: list[dict] = field(default_factory=list)  # id, type, parties
    story_events: list[dict] = field(default_factory=list)  # doc_id, seq, story_id, reason
    people: list[dict] = field(default_factory=list)  # id, name, party, role
    person_names: list[dict] = field(default_factory=list)  # id, person_id, name, lang, reason, block
    person_mentions: list[dict] = field(default_factory=list)  # doc_id, seq, number, person_id


class BackfillRefused(ValueError):
    """The database holds something the backfill was not clustered with."""


def has_backfill(folder: str) -> bool:
    """Does a `techdip spark` output folder hold stories and people?"""
    return all((Path(folder) / name).exists() for name in DATASETS)


def read_backfill(folder: str) -> Backfill:
    """The stories and people of a `techdip spark --stories` output folder."""
    import pyarrow.parquet as pq

    return Backfill(**{name: pq.read_table(f"{folder}/{name}").to_pylist() for name in DATASETS})


def prepare(engine: Engine, backfill: Backfill) -> bool:
    """Write the backfill's story, person and name rows; False when a load of this backfill already did (a
    resumed load). BackfillRefused when the database holds other stories, people or documents."""
    with engine.begin() as conn:
        held = {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (documents, stories, people)}  # fmt: skip
        if not any(held.values()):
            for table, rows in ((stories, backfill.stories), (people, backfill.people),
                                (person_names, backfill.person_names)):  # fmt: skip
                for start in range(0, len(rows), _CHUNK):
                    conn.execute(insert(table), rows[start : start + _CHUNK])
            _advance_sequences(conn)
            return True
        if (
            held["stories"] == len(backfill.stories)
            and held["people"] == len(backfill.people)
            and _same_ends(conn, backfill)
        ):
            return False
    raise BackfillRefused(
        f"the database already holds {held['documents']} documents, {held['stories']} stories and "
        f"{held['people']} people that this backfill was not clustered with: load it into an empty database, "
        "or with --recluster to cluster its events on load as ingest does"
    )


def _same_ends(conn: Connection, backfill: Backfill) -> bool:
    """Are the first and last stored stories and people those of the backfill?"""
    for table, rows in ((stories, backfill.stories), (people, backfill.people)):
        if not rows:
            continue
        ids = sorted(row["id"] for row in rows)
        stored = {r.id: dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_([ids[0], ids[-1]])))}
        expected = {row["id"]: row for row in rows if row["id"] in (ids[0], ids[-1])}
        if stored != expected:
            return False
    return True


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL's id sequences past the ids written (SQLite takes the largest id + 1 by itself)."""
    if conn.dialect.name != "postgresql":
        return
    for table in (stories, people, person_names):
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                          f"GREATEST((SELECT MAX(id) FROM {table.name}), 1))"))  # fmt: skip


_SET_STORY = (
    update(events)
    .where(events.c.id == bindparam("event"))
    .values(story_id=bindparam("story"), story_reason=bindparam("why"))
)
_SET_PERSON = (
    update(event_people).where(event_people.c.id == bindparam("mention")).values(person_id=bindparam("person"))
)


class BackfillIndexer:
    """What write_batch calls in place of index_events: the backfill's story and persons of each new event.
    An event the backfill does not know (none should be) is clustered incrementally instead."""

    def __init__(self, backfill: Backfill) -> None:
        self.story = {(r["doc_id"], r["seq"]): (r["story_id"], r["reason"]) for r in backfill.story_events}
        self.person = {(r["doc_id"], r["seq"], r["number"]): r["person_id"] for r in backfill.person_mentions}
        self.unknown = 0

    def __call__(self, conn: Connection, event_ids: list[int], cache: dict) -> None:
        if not event_ids:
            return
        where = {r.id: (r.doc_id, r.seq) for r in conn.execute(
            select(events.c.id, events.c.doc_id, events.c.seq).where(events.c.id.in_(event_ids)))}  # fmt: skip
        unknown = [i for i in event_ids if where[i] not in self.story]
        known = [i for i in event_ids if where[i] in self.story]
        if known:
            conn.execute(_SET_STORY, [{"event": i, "story": self.story[where[i]][0], "why": self.story[where[i]][1]}
                                      for i in known])  # fmt: skip
            numbers: dict[int, int] = defaultdict(lambda: -1)
            links = []
            mentions = select(event_people.c.id, event_people.c.event_id).where(event_people.c.event_id.in_(known))
            for r in conn.execute(mentions.order_by(event_people.c.id)):
                numbers[r.event_id] += 1
                person = self.person.get((*where[r.event_id], numbers[r.event_id]))
                if person is not None:
                    links.append({"mention": r.id, "person": person})
            if links:
                conn.execute(_SET_PERSON, links)
        if unknown:
            self.unknown += len(unknown)
            index_events(conn, unknown, cache)
