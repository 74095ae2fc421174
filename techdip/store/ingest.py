"""Writing articles into the database: idempotent, transactional per batch, re-extracting on lexicon change.

`store_batch` is what commands use: one bad document, a locked SQLite file or a
second process ingesting the same input never costs the other documents.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import json
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from techdip import __version__
from techdip.curate import keep
from techdip.lexicons import DATA_DIR
from techdip.model import Article, Document, Event
from techdip.sources.base import clean_text
from techdip.store.batch_index import BatchEvent, BatchIndex, settle_stories
from techdip.store.bulk import allocate_ids, insert_rows, is_postgresql, lock_for_writing, update_rows
from techdip.store.schema import (
    EVENT_CHILDREN,
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
from techdip.store.search_index import terms_of, write_terms
from techdip.store.story_index import drop_empty_stories, index_events
from techdip.store.validate import InvalidDocument, storable
from techdip.stories import StoryEvent, name_parts
from techdip.text.normalize import normalize

Indexer = Callable[[Connection, list[int], dict], None]  # (connection, new event ids, shared cache)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A fingerprint of the code version and every lexicon file: a change means re-extraction."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(DATA_DIR.rglob("*.tsv")):
        digest.update(str(path.relative_to(DATA_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    replaced: int = 0  # re-extracted: same text, newer extractor
    updated: int = 0  # same id, new text, replaced on request (update=True)
    skipped: int = 0  # already present: same id, same text, same extractor
    events: int = 0
    failed: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # same id, different text, not replaced
    warnings: list[str] = field(default_factory=list)  # what was repaired to store a document

    def merge(self, other: IngestReport) -> None:
        """Add another report's counts and lines to this one."""
        for name in ("read", "added", "replaced", "updated", "skipped", "events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failed += other.failed
        self.conflicts += other.conflicts
        self.warnings += other.warnings


def known_documents(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id -> extractor version, for the ids already stored."""
    return {doc_id: extractor for doc_id, (extractor, _) in _stored(conn, ids).items()}


def _stored(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """id -> (extractor version, text), for the ids already stored."""
    ids = list(ids)
    found: dict[str, tuple[str, str]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        query = select(documents.c.id, documents.c.extractor, documents.c.text).where(documents.c.id.in_(chunk))
        found.update({row.id: (row.extractor, row.text) for row in conn.execute(query)})
    return found


def write_batch(
    engine: Engine,
    pairs: list[tuple[Document, Article]],
    report: IngestReport,
    update: bool = False,
    per_row: bool = False,
    index: Indexer | None = None,
    reextract: bool = False,
) -> None:
    """Store one batch in one transaction: all of it or, on a database error, none of it (the error is raised).

    A known id with the same text is skipped (re-extracted when the extractor changed); with a different text it
    is a conflict, reported and not stored, unless `update` asks for the new text to replace the stored one.
    `reextract` replaces a known document's events even when the extractor is the same. Replacing keeps every
    human decision (techdip.curate.keep).
    A document that cannot be stored (techdip.store.validate) is reported as failed; the others are written.

    Rows are written in bulk and stories and people clustered for the whole batch (techdip.store.batch_index);
    `per_row` takes the older path, a statement per row and clustering per event, kept as the reference the bulk
    path is tested and measured against. `index` gives the new events their stories and people on that path (a
    loaded backfill brings its own)."""
    version = extractor_version()
    known: dict[int, StoryEvent] = {}  # what clustering read of events, for settling the batch's stories
    candidates: dict = {}  # the candidate look-ups of clustering, as they read once the batch is written
    batch = IngestReport()  # counted into `report` only once the transaction has committed
    ready: list[tuple[Document, Article]] = []
    for doc, article in pairs:
        try:
            clean_doc, clean_article, warnings = storable(doc, article)
        except InvalidDocument as exc:
            batch.failed.append(f"{_label(doc)}: not stored: {exc}")
            continue
        batch.warnings += [f"{_label(clean_doc)}: {warning}" for warning in warnings]
        ready.append((clean_doc, clean_article))
    with engine.begin() as conn:
        if per_row or index is not None or reextract or _stored(conn, [doc.id for doc, _ in ready]):
            # a document already stored is replaced one at a time, keeping what people decided about its events
            linked: set[int] = set()
            new_events = _write_per_row(
                conn, ready, batch, version, update, index or partial(index_events, settle=False, linked=linked),
                reextract, known,
            )  # fmt: skip
            new_events = [event_id for event_id in new_events if event_id in linked]
        else:
            new_events = _write_bulk(conn, ready, batch, version, update, known, candidates)
        if index is None:  # a loaded backfill brings its stories settled
            settle_stories(conn, new_events, known, candidates)  # from the new events linked to others
        if batch.replaced or batch.updated:
            drop_empty_stories(conn)  # re-extracted articles may have left stories without events
    report.merge(batch)


def _plan(
    doc: Document, written: dict[str, str], stored: dict[str, tuple[str, str]], version: str, update: bool,
    batch: IngestReport, reextract: bool = False,
) -> str | None:  # fmt: skip
    """What to do with a document: "add", "replace" or "update" (its stored rows go first), or None (skip it),
    counted."""
    if doc.id in written:
        old_text, old_version = written[doc.id], version
    elif doc.id in stored:
        old_version, old_text = stored[doc.id]
    else:
        old_text = old_version = None
    if old_text is None:
        batch.added += 1
        return "add"
    if old_text != doc.text and not update:
        batch.conflicts.append(
            f"{_label(doc)}: id {doc.id!r} is already stored with a different text: not stored (--update replaces it)"
        )
        return None
    if old_text != doc.text:
        batch.updated += 1
        return "update"
    if old_version == version and not reextract:
        batch.skipped += 1
        return None
    batch.replaced += 1
    return "replace"


def _write_per_row(
    conn: Connection,
    ready: list[tuple[Document, Article]],
    batch: IngestReport,
    version: str,
    update: bool,
    index: Indexer = index_events,
    reextract: bool = False,
    known_events: dict[int, StoryEvent] | None = None,
) -> list[int]:
    """The reference path: each document, event and child row its own statement, stories per event. A replaced
    document's human-decided events are held and put back (techdip.curate.keep). Returns the new events' ids."""
    added: list[int] = []
    stored = _stored(conn, [doc.id for doc, _ in ready])
    written: dict[str, str] = {}  # id -> text, of this batch
    known_events = {} if known_events is None else known_events  # story features, shared by the batch's joins
    for doc, article in ready:
        action = _plan(doc, written, stored, version, update, batch, reextract)
        if action is None:
            continue
        held = None  # the human-decided events of a document whose events are replaced
        if action == "update":
            try:
                held = keep.hold(conn, doc.id, doc.text)
            except keep.EvidenceLost as exc:
                batch.updated -= 1
                batch.conflicts.append(f"{_label(doc)}: not updated: {exc}")
                continue
        elif action == "replace":
            held = keep.hold(conn, doc.id)
        if held is not None:
            forget_documents(conn, [doc.id])
        written[doc.id] = doc.text
        new_events = _insert_article(conn, doc, article, version)
        if held is not None:
            new_events = keep.settle(conn, held, new_events, version)
        batch.events += len(article.events)
        index(conn, new_events, known_events)  # stories and people, in the same transaction
        added += new_events
    return added


def _write_bulk(
    conn: Connection,
    ready: list[tuple[Document, Article]],
    batch: IngestReport,
    version: str,
    update: bool,
    known: dict[int, StoryEvent] | None = None,
    candidates: dict | None = None,
) -> list[int]:
    """The batch's documents in segments written in bulk (usually one; a document given twice in the batch and
    replaced by its second copy starts a new segment, so that the second copy replaces the first as stored).
    `candidates` receives the candidate look-ups as they read once the batch is written (one segment only: a
    later segment changes what an earlier one read)."""
    stored = _stored(conn, [doc.id for doc, _ in ready])
    # the write lock now, before ids are allocated (a document another process stored since the look-up is a
    # unique-key conflict: store_batch looks it up again)
    lock_for_writing(conn)
    added: list[int] = []
    written: dict[str, str] = {}
    segment: list[tuple[Document, Article]] = []
    replacing: list[str] = []
    for doc, article in ready:
        action = _plan(doc, written, stored, version, update, batch)
        if action is None:
            continue
        if action != "add" and doc.id in written and any(d.id == doc.id for d, _ in segment):
            batch.events += write_articles(conn, segment, replacing, version, added, known)
            segment, replacing, candidates = [], [], None
        if action != "add":
            replacing.append(doc.id)
        written[doc.id] = doc.text
        segment.append((doc, article))
    batch.events += write_articles(conn, segment, replacing, version, added, known, candidates)
    return added


def write_articles(
    conn: Connection,
    articles: list[tuple[Document, Article]],
    replacing: list[str],
    version: str,
    added: list[int] | None = None,
    known: dict[int, StoryEvent] | None = None,
    candidates: dict | None = None,
) -> int:
    """Write documents and their events in bulk, with stories and people clustered for the whole segment;
    the stored documents named in `replacing` are removed first. Returns the number of events written. What
    clustering read goes into `known` (features) and `candidates` (look-ups) for settling the batch."""
    forget_documents(conn, replacing)
    if not articles:
        return 0
    event_ids = iter(allocate_ids(conn, events, sum(len(article.events) for _, article in articles)))
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    grouped: list[list[BatchEvent]] = []
    for doc, article in articles:
        grouped.append([])
        for seq, event in enumerate(article.events):
            start, _, _ = when(event, article.published)
            features = StoryEvent(
                next(event_ids), doc.id, event.type, frozenset(event.parties), event.date, article.published,
                [(p.name, p.party, p.role) for p in event.people], frozenset(event.areas), event.location, article.lang,
                seq,
            )  # fmt: skip
            grouped[-1].append(BatchEvent(features, start, list(event.people)))
    index = BatchIndex(conn)
    index.assign_stories(grouped)
    index.register_people(grouped)
    real = index.allocate()
    _insert_rows_of(conn, articles, grouped, index, real, version, now)
    if added is not None:  # the events linked to others, from which settling starts
        added += [event.story.id for group in grouped for event in group if event.story.id in index.linked]
    if known is not None:
        known.update(index.features)
    if candidates is not None:
        candidates.update(index.candidates_after_writing(real))
    return sum(len(group) for group in grouped)


def _insert_rows_of(
    conn: Connection,
    articles: list[tuple[Document, Article]],
    grouped: list[list[BatchEvent]],
    index: BatchIndex,
    real: dict[int, int],
    version: str,
    now: datetime.datetime,
) -> None:
    """Every row of the segment, table by table, parents before children."""
    stamp = now if is_postgresql(conn) else now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite form
    insert_rows(conn, documents, DOCUMENT_COLUMNS, [
        (doc.id, doc.source, doc.url, doc.title or article.title, search_form(doc.title or article.title),
         article.lang, article.published, article.published_from, doc.text, article.relevant, version, stamp)
        for doc, article in articles
    ])  # fmt: skip
    insert_rows(conn, stories, ("id", "type", "parties"), [(real[i], t, p) for i, t, p in index.new_stories])
    insert_rows(conn, people, ("id", "name", "party", "role"), [
        (real[i], index.person_full[i], index.person_party[i], role) for i, role in index.new_people.items()
    ])  # fmt: skip
    event_rows, party_rows, area_rows, evidence_rows, people_rows = [], [], [], [], []
    term_rows: list[tuple[int, set[str]]] = []
    for (doc, article), group in zip(articles, grouped, strict=True):
        for seq, (event, row) in enumerate(zip(article.events, group, strict=True)):
            event_id = row.story.id
            start, end, source = when(event, article.published)
            date_source = json.dumps(event.date_info.to_json(), ensure_ascii=False) if event.date_info else None
            event_rows.append((
                event_id, doc.id, seq, event.type, event.status, event.date, date_source, event.location,
                start, end, source, event.confidence, real.get(row.story_id, row.story_id), row.story_reason,
            ))  # fmt: skip
            party_rows += [(event_id, party) for party in sorted(set(event.parties))]
            area_rows += [(event_id, area) for area in sorted(set(event.areas))]
            people_rows += [
                (event_id, p.name, p.party, p.role, real.get(person_id, person_id), name_key(p.name))
                for p, person_id in zip(event.people, row.person_ids, strict=True)
            ]
            evidence_rows += [(event_id, e.start, e.end, e.text, search_form(e.text)) for e in event.evidence]
            term_rows.append((event_id, _terms(doc, article, event)))
    insert_rows(conn, events, EVENT_COLUMNS, event_rows)
    insert_rows(conn, event_parties, ("event_id", "party"), party_rows)
    insert_rows(conn, event_areas, ("event_id", "area"), area_rows)
    insert_rows(conn, evidence, ("event_id", "start", "end", "text", "search"), evidence_rows)
    insert_rows(conn, event_people, ("event_id", "name", "party", "role", "person_id", "name_key"), people_rows)
    insert_rows(conn, person_names, ("person_id", "name", "lang", "reason", "block"), [
        (real.get(person, person), name, lang, why, block) for person, name, lang, why, block in index.new_names
    ])  # fmt: skip
    update_rows(conn, people, "name", [(name, person) for person, name in index.renamed.items()])
    write_terms(conn, term_rows)


def _terms(doc: Document, article: Article, event: Event) -> set[str]:
    """The event's search terms (techdip.store.search_index)."""
    people = [(p.name, p.role) for p in event.people]
    return terms_of(doc.title or article.title, people, event.parties, [e.text for e in event.evidence])


DOCUMENT_COLUMNS = ("id", "source", "url", "title", "title_search", "lang", "published", "published_from", "text",
                    "relevant", "extractor", "ingested_at")  # fmt: skip
EVENT_COLUMNS = ("id", "doc_id", "seq", "type", "status", "date", "date_source", "location", "when_start", "when_end",
                 "when_from", "confidence", "story_id", "story_reason")  # fmt: skip


def _label(doc: Document) -> str:
    """How messages name a document: its source, else its id (printable: no NUL, no lone surrogate)."""
    label = clean_text(doc.source or doc.id)[0]
    return label if len(label) <= 120 else label[:117] + "..."


LOCK_RETRIES = (0.2, 0.5, 1, 2, 4, 8)  # seconds between attempts when SQLite says "database is locked"


def store_batch(
    engine: Engine,
    pairs: list[tuple[Document, Article]],
    report: IngestReport,
    update: bool = False,
    per_row: bool = False,
    index: Indexer | None = None,
    reextract: bool = False,
) -> None:
    """write_batch that never loses the batch to one document: when the batch fails, each of its documents is
    written on its own (each in its own transaction), so that only the bad one fails, with a one-line reason.

    A batch that met a locked SQLite database is tried again after a pause. A document whose id another
    process stored meanwhile (a unique-key conflict) is looked up again: it is then already present."""
    try:
        _retrying(lambda: write_batch(engine, pairs, report, update, per_row, index, reextract))
        return
    except Exception as exc:  # any database or driver error: find the document that caused it
        if len(pairs) == 1 or _is_transient(exc):  # still locked after every pause: no document is to blame
            reason = describe_error(exc)
            report.failed += [f"{_label(doc)}: not stored: database error: {reason}" for doc, _ in pairs]
            return
    for pair in pairs:
        try:
            _retrying(lambda pair=pair: write_batch(engine, [pair], report, update, per_row, index, reextract))
        except Exception as exc:
            report.failed.append(f"{_label(pair[0])}: not stored: database error: {describe_error(exc)}")


def _retrying(write: Callable[[], None]) -> None:
    """Run a write; again after a pause while the database is locked (or PostgreSQL broke a deadlock between two
    ingests), and once more after a unique-key conflict (another process stored the same document between our
    look-up and our insert: the next look-up sees it). Any other error, or the last one, is raised."""
    pauses, unique_conflicts = list(LOCK_RETRIES), 0
    while True:
        try:
            write()
            return
        except OperationalError as exc:
            if not _is_transient(exc) or not pauses:
                raise
            time.sleep(pauses.pop(0) * random.uniform(0.5, 1.5))  # jitter: racing writers drift apart
        except IntegrityError as exc:
            unique_conflicts += 1
            if unique_conflicts > 1 or not _UNIQUE.search(str(exc.orig)):
                raise


_TRANSIENT = re.compile(r"database is locked|deadlock detected|could not serialize")
_UNIQUE = re.compile(r"UNIQUE constraint failed|duplicate key value")  # SQLite's and PostgreSQL's words


def _is_transient(exc: BaseException) -> bool:
    """An error that says "try again later", not "this document is bad"."""
    return isinstance(exc, OperationalError) and bool(_TRANSIENT.search(str(exc.orig)))


def describe_error(exc: BaseException) -> str:
    """A database error in one line: the driver's own message, without the SQL and parameters SQLAlchemy adds."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    first = lines[0] if lines else type(cause).__name__
    if len(first) > 300:
        first = first[:297] + "..."
    return f"{type(cause).__name__}: {first}"


def forget_documents(conn: Connection, doc_ids: list[str]) -> None:
    """Remove stored documents with their events and the events' rows, before they are written again: the one
    place where a document's events are replaced (re-extraction after a lexicon or code change, --update).
    Their stories and people stay; stories left empty are dropped at the end of the batch."""
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start : start + 500]
        event_ids = select(events.c.id).where(events.c.doc_id.in_(chunk))
        for table in EVENT_CHILDREN:
            conn.execute(delete(table).where(table.c.event_id.in_(event_ids)))
        conn.execute(delete(events).where(events.c.doc_id.in_(chunk)))
        conn.execute(delete(documents).where(documents.c.id.in_(chunk)))


def _insert_article(conn: Connection, doc: Document, article: Article, version: str) -> list[int]:
    conn.execute(
        insert(documents).values(
            id=doc.id, source=doc.source, url=doc.url, title=doc.title or article.title,
            title_search=search_form(doc.title or article.title), lang=article.lang,
            published=article.published, published_from=article.published_from, text=doc.text,
            relevant=article.relevant, extractor=version,
            ingested_at=datetime.datetime.now(datetime.UTC).replace(tzinfo=None),
        )
    )  # fmt: skip
    event_ids: list[int] = []
    for seq, event in enumerate(article.events):
        start, end, source = when(event, article.published)
        event_id = conn.execute(
            insert(events).values(
                doc_id=doc.id, seq=seq, type=event.type, status=event.status, date=event.date,
                date_source=json.dumps(event.date_info.to_json(), ensure_ascii=False) if event.date_info else None,
                location=event.location, when_start=start, when_end=end, when_from=source,
                confidence=event.confidence,
            )
        ).inserted_primary_key[0]  # fmt: skip
        _insert_children(conn, event_id, event)
        write_terms(conn, [(event_id, _terms(doc, article, event))])
        event_ids.append(event_id)
    return event_ids


def _insert_children(conn: Connection, event_id: int, event: Event) -> None:
    if event.parties:
        conn.execute(insert(event_parties), [{"event_id": event_id, "party": p} for p in sorted(set(event.parties))])
    if event.areas:
        conn.execute(insert(event_areas), [{"event_id": event_id, "area": a} for a in sorted(set(event.areas))])
    if event.people:
        conn.execute(
            insert(event_people),
            [
                {"event_id": event_id, "name": p.name, "party": p.party, "role": p.role, "name_key": name_key(p.name)}
                for p in event.people
            ],  # fmt: skip
        )
    conn.execute(
        insert(evidence),
        [
            {"event_id": event_id, "start": e.start, "end": e.end, "text": e.text, "search": search_form(e.text)}
            for e in event.evidence
        ],
    )


def name_key(name: str) -> str:
    """The search key of a person's name: its words' skeletons, space-delimited on both sides."""
    return f" {' '.join(name_parts(name))} "


def search_form(text: str | None) -> str | None:
    """The form text is searched in: folded like the matcher folds it."""
    return normalize(text).text if text else None


def when(event: Event, published: str | None) -> tuple[str | None, str | None, str | None]:
    """The period an event is filed under: its own date, else the article's publication date."""
    value, source = (event.date, "event") if event.date else (published, "published") if published else (None, None)
    if not value:
        return None, None, None
    return period(value) + (source,)


def period(value: str) -> tuple[str, str]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return value, value
