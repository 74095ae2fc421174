"""Writing articles into the database: idempotent, transactional per batch, re-extracting on lexicon change."""

from __future__ import annotations

import calendar
import datetime
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Connection, Engine, delete, insert, select

from techdip import __version__
from techdip.lexicons import DATA_DIR
from techdip.model import Article, Document, Event
from techdip.store.schema import (
    EVENT_CHILDREN,
    documents,
    event_areas,
    event_parties,
    event_people,
    events,
    evidence,
)
from techdip.store.story_index import drop_empty_stories, index_events
from techdip.text.normalize import normalize


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
    replaced: int = 0
    skipped: int = 0
    events: int = 0
    failed: list[str] = field(default_factory=list)


def known_documents(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id -> extractor version, for the ids already stored."""
    ids = list(ids)
    found: dict[str, str] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        rows = conn.execute(select(documents.c.id, documents.c.extractor).where(documents.c.id.in_(chunk)))
        found.update({row.id: row.extractor for row in rows})
    return found


def write_batch(engine: Engine, pairs: list[tuple[Document, Article]], report: IngestReport) -> None:
    """Store one batch in one transaction: all of it or, on error, none of it."""
    version = extractor_version()
    batch = IngestReport()  # counted into `report` only once the transaction has committed
    with engine.begin() as conn:
        stored = known_documents(conn, [doc.id for doc, _ in pairs])
        seen: set[str] = set()
        known_events: dict = {}  # story features of events, shared by the batch's story assignments
        for doc, article in pairs:
            if doc.id in seen or stored.get(doc.id) == version:
                batch.skipped += 1
                continue
            seen.add(doc.id)
            if doc.id in stored:
                _delete_document(conn, doc.id)
                batch.replaced += 1
            else:
                batch.added += 1
            new_events = _insert_article(conn, doc, article, version)
            batch.events += len(article.events)
            index_events(conn, new_events, known_events)  # stories and people, in the same transaction
        if batch.replaced:
            drop_empty_stories(conn)  # re-extracted articles may have left stories without events
    report.added += batch.added
    report.replaced += batch.replaced
    report.skipped += batch.skipped
    report.events += batch.events


def _delete_document(conn: Connection, doc_id: str) -> None:
    event_ids = select(events.c.id).where(events.c.doc_id == doc_id)
    for table in EVENT_CHILDREN:
        conn.execute(delete(table).where(table.c.event_id.in_(event_ids)))
    conn.execute(delete(events).where(events.c.doc_id == doc_id))
    conn.execute(delete(documents).where(documents.c.id == doc_id))


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
            )
        ).inserted_primary_key[0]  # fmt: skip
        _insert_children(conn, event_id, event)
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
            [{"event_id": event_id, "name": p.name, "party": p.party, "role": p.role} for p in event.people],
        )
    conn.execute(
        insert(evidence),
        [
            {"event_id": event_id, "start": e.start, "end": e.end, "text": e.text, "search": search_form(e.text)}
            for e in event.evidence
        ],
    )


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
