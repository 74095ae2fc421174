"""The search tables: each event's terms (techdip.search.keys) and the vocabulary a query is matched against.

Writers call `write_terms` in the transaction that writes the events (ingest, load); `reindex` recomputes the
terms of stored events from their rows (after an edit); `index_unindexed` brings a database written before the
search tables, or by an older key function, up to date, once, when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from techdip.lexicons import party_name
from techdip.search.keys import name_terms, skeleton_of, text_terms
from techdip.store.bulk import insert_rows, is_postgresql
from techdip.store.schema import (
    documents,
    event_parties,
    event_people,
    event_terms,
    events,
    evidence,
    search_vocab,
    settings,
)

# bump when techdip.search.keys changes the key of a word: every stored event is then indexed again on opening
SEARCH_VERSION = "1"
_MARKER = "search_index_version"
_TERM_MAX = 100  # the column's length; a longer key (a word of 40 letters, all vowel places full) is not stored
_CHUNK = 2000


def terms_of(
    title: str | None, people: Iterable[tuple[str, str | None]], parties: Iterable[str], evidence_texts: Iterable[str]
) -> set[str]:
    """An event's terms: its evidence and its article's title, its people's names and roles, and its parties'
    codes and English names."""
    terms = text_terms(title)
    for span in evidence_texts:
        terms |= text_terms(span)
    for name, role in people:
        terms |= _name_terms(name) | _short_text_terms(role)
    for code in parties:
        terms |= _short_text_terms(code) | _short_text_terms(party_name(code))
    return {t for t in terms if len(t) <= _TERM_MAX}


# names, roles and parties come back event after event: their terms are kept (read-only: callers copy with |)
_name_terms = lru_cache(maxsize=1 << 16)(name_terms)
_short_text_terms = lru_cache(maxsize=1 << 14)(text_terms)


def write_terms(conn: Connection, rows: Sequence[tuple[int, set[str]]]) -> None:
    """Store the terms of new events (event id, terms), in the caller's transaction, and add the terms the
    vocabulary does not hold yet."""
    # in index order: each insert lands next to the one before, in pages already read (2-3x faster on SQLite)
    pairs = sorted((term, event_id) for event_id, terms in rows for term in terms)
    insert_rows(conn, event_terms, ("term", "event_id"), pairs)
    _add_to_vocabulary(conn, sorted({term for term, _ in pairs}))


def _add_to_vocabulary(conn: Connection, terms: list[str]) -> None:
    if not terms:
        return
    if not is_postgresql(conn):  # SQLite: OR IGNORE finds the present ones in C, cheaper than asking first
        _insert_ignoring(conn, [(term, skeleton_of(term)) for term in terms])
        return
    known: set[str] = set()
    for start in range(0, len(terms), 500):
        chunk = terms[start : start + 500]
        known.update(conn.execute(select(search_vocab.c.term).where(search_vocab.c.term.in_(chunk))).scalars())
    _insert_ignoring(conn, [(term, skeleton_of(term)) for term in terms if term not in known])


def _insert_ignoring(conn: Connection, rows: list[tuple[str, str]]) -> None:
    """Vocabulary rows, skipping terms present: another writer may add the same term at the same moment, and
    then the term is there, which is all we need."""
    if not rows:
        return
    if is_postgresql(conn):
        sql = "INSERT INTO search_vocab (term, skeleton) VALUES (%s, %s) ON CONFLICT DO NOTHING"
    else:
        sql = "INSERT OR IGNORE INTO search_vocab (term, skeleton) VALUES (?, ?)"
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def reindex(conn: Connection, event_ids: Sequence[int]) -> None:
    """Compute again, from their stored rows, the terms of these events (after an edit of their people, parties,
    evidence or title)."""
    for start in range(0, len(event_ids), _CHUNK):
        chunk = list(event_ids[start : start + _CHUNK])
        titles = dict(conn.execute(
            select(events.c.id, documents.c.title)
            .select_from(events.join(documents, events.c.doc_id == documents.c.id))
            .where(events.c.id.in_(chunk))
        ).all())  # fmt: skip
        people: dict[int, list[tuple[str, str | None]]] = {i: [] for i in titles}
        parties: dict[int, list[str]] = {i: [] for i in titles}
        spans: dict[int, list[str]] = {i: [] for i in titles}
        for r in conn.execute(select(event_people.c.event_id, event_people.c.name, event_people.c.role)
                              .where(event_people.c.event_id.in_(chunk))):  # fmt: skip
            people[r.event_id].append((r.name, r.role))
        for r in conn.execute(select(event_parties).where(event_parties.c.event_id.in_(chunk))):
            parties[r.event_id].append(r.party)
        for r in conn.execute(select(evidence.c.event_id, evidence.c.text).where(evidence.c.event_id.in_(chunk))):
            spans[r.event_id].append(r.text)
        conn.execute(delete(event_terms).where(event_terms.c.event_id.in_(chunk)))
        write_terms(conn, [(i, terms_of(titles[i], people[i], parties[i], spans[i])) for i in titles])


def index_unindexed(engine: Engine) -> int:
    """Index every stored event when the database's search index is missing or older than SEARCH_VERSION (a
    database written before search across scripts): once, a chunk of events per transaction. Returns how many
    events were indexed (0 when the index is current). Two processes opening the database at once: on
    PostgreSQL the second waits for the first (an advisory lock) and then finds the index current; SQLite's
    writers take turns, each chunk written whole by one of them."""
    if _current(engine):
        return 0
    if engine.dialect.name != "postgresql":
        return _index_all(engine)
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
        try:
            return 0 if _current(engine) else _index_all(engine)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})
            lock.commit()


_LOCK_KEY = 0x74646970_7331  # "tdip" "s1": the search index's migration, in PostgreSQL's advisory lock space


def _current(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(settings.c.value).where(settings.c.name == _MARKER)).scalar() == SEARCH_VERSION


def _index_all(engine: Engine) -> int:
    done, last = 0, 0
    while True:
        with engine.begin() as conn:
            ids = list(conn.execute(
                select(events.c.id).where(events.c.id > last).order_by(events.c.id).limit(_CHUNK)
            ).scalars())  # fmt: skip
            if ids:
                reindex(conn, ids)
                done, last = done + len(ids), ids[-1]
            if len(ids) < _CHUNK:
                _set_marker(conn)
                return done


def _set_marker(conn: Connection) -> None:
    present = conn.execute(select(settings.c.name).where(settings.c.name == _MARKER)).first()
    if present:
        conn.execute(update(settings).where(settings.c.name == _MARKER).values(value=SEARCH_VERSION))
    else:
        conn.execute(insert(settings).values(name=_MARKER, value=SEARCH_VERSION))
