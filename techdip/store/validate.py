"""Every document made storable before it is written, so that SQLite and PostgreSQL store the same thing.

PostgreSQL refuses NUL characters and values longer than their column; no driver
encodes a lone surrogate; SQLite accepts all of it. Rather than let the two
disagree, each document and its article are cleaned here first:

- NUL and lone surrogates become U+FFFD, one character for one, so that evidence
  offsets into the text stay valid;
- the language is reduced to its base language (`pt-BR` is `pt`; garbage is None);
- an id longer than the column keeps its first characters and gets a hash of the
  whole id: the document is stored (under a stable id, so re-ingesting it is
  idempotent), its source still names it, and a warning gives the stored id;
- an over-long title or source is shortened, an over-long URL dropped, a
  publication date that is not one dropped, each with a warning.

What cannot be repaired (an event code longer than its column: a bug of the
extractor) raises InvalidDocument, a per-document error.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import re
from dataclasses import replace

from techdip.model import Article, Document
from techdip.sources.base import clean_text, content_id
from techdip.store.schema import documents, event_areas, event_parties, event_people, events
from techdip.text.language import base_language

MAX_ID = documents.c.id.type.length
MAX_TITLE = 2000  # characters; a title is a line, anything longer is a page pasted into the field
MAX_SOURCE = 2000
MAX_URL = 8192  # longer than any real address; a longer one is not an address to follow


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class InvalidDocument(ValueError):
    """A document that cannot be stored, with the reason."""


def storable(doc: Document, article: Article) -> tuple[Document, Article, list[str]]:
    """Cleaned copies of the document and its article, and warnings saying what was changed."""
    doc, article = copy.copy(doc), _copy(article)
    warnings: list[str] = []
    replaced = 0

    def clean(value: str | None) -> str | None:
        nonlocal replaced
        if value is None:
            return None
        value, count = clean_text(value)
        replaced += count
        return value

    doc.text = clean(doc.text) or ""
    doc.source = _shortened(clean(doc.source) or "", MAX_SOURCE, "source", warnings)
    doc.title = _shortened(clean(doc.title), MAX_TITLE, "title", warnings)
    article.title = _shortened(clean(article.title), MAX_TITLE, "title", [])
    doc.url = clean(doc.url)
    if doc.url is not None and len(doc.url) > MAX_URL:
        warnings.append(f"URL of {len(doc.url)} characters dropped (limit {MAX_URL})")
        doc.url = None
    for event in article.events:
        event.location = clean(event.location)
        for person in event.people:
            person.name, person.role = clean(person.name) or "", clean(person.role)
        for span in event.evidence:
            span.text = clean(span.text)
        _check_codes(event)
    doc.id = _storable_id(clean(doc.id) or "", doc.text, warnings)
    if replaced:
        warnings.append(f"{replaced} NUL or lone surrogate characters replaced by U+FFFD")
    lang = base_language(article.lang)
    if article.lang is not None and lang != article.lang:
        if lang is None:
            warnings.append(f"language tag {_quoted(article.lang)} is not a language: stored without one")
        article.lang = lang
    if article.published is not None and not _iso_date(article.published):
        warnings.append(f"publication date {_quoted(article.published)} is not a date: dropped")
        article.published, article.published_from = None, None
    if article.published_from is not None and len(article.published_from) > documents.c.published_from.type.length:
        article.published_from = None
    return doc, article, warnings


def _copy(article: Article) -> Article:
    """A copy of the article whose fields cleaning changes (events, their people and evidence) are its own:
    what copy.deepcopy gives, at a tenth of its cost (bulk ingest cleans thousands of events a second)."""
    events = [
        replace(event, parties=list(event.parties), areas=list(event.areas),
                people=[replace(person) for person in event.people],
                evidence=[replace(span) for span in event.evidence])
        for event in article.events
    ]  # fmt: skip
    return replace(article, events=events)


def _storable_id(doc_id: str, text: str, warnings: list[str]) -> str:
    if not doc_id.strip():
        return content_id(text)
    if len(doc_id) <= MAX_ID:
        return doc_id
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16]
    stored = f"{doc_id[: MAX_ID - len(digest) - 1]}~{digest}"
    warnings.append(f"id of {len(doc_id)} characters is longer than {MAX_ID}: stored as {stored}")
    return stored


def _shortened(value: str | None, limit: int, what: str, warnings: list[str]) -> str | None:
    if value is None or len(value) <= limit:
        return value
    warnings.append(f"{what} of {len(value)} characters shortened to {limit}")
    return value[: limit - 1] + "…"


def _check_codes(event) -> None:
    """Codes the extractor sets must fit their columns; one that does not is a bug, reported per document."""
    checks = [(event.type, events.c.type), (event.status, events.c.status), (event.date, events.c.date)]
    checks += [(party, event_parties.c.party) for party in event.parties]
    checks += [(area, event_areas.c.area) for area in event.areas]
    checks += [(person.party, event_people.c.party) for person in event.people]
    for value, column in checks:
        if value is not None and len(value) > column.type.length:
            raise InvalidDocument(
                f"{column.table.name}.{column.name} {_quoted(value)} is longer than {column.type.length}"
            )


def _iso_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, a real date: the forms techdip.store.ingest.period files by."""
    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _quoted(value: str) -> str:
    """A value for a one-line message: at most 40 characters, escapes visible."""
    return repr(value if len(value) <= 40 else value[:37] + "...")
