"""Exports of events: rows streamed in bounded memory, and CSV cells that a spreadsheet shows as text.

Shared by the CLI (`techdip events --csv`) and the web export (`/api/export`), which is why it lives in
the store: the store never imports the web.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, select

from techdip.store.queries import EventFilter, _attach_children, _filtered
from techdip.store.schema import documents, events

# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(...), +cmd|..., -2+3, @SUM);
# tab and carriage return are how a cell can smuggle one of them past a first-character check.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
# events fetched (and their children looked up) per query while streaming: each export holds one chunk as Python
# objects, about 12 kB an event; 200 keeps 8 concurrent exports 40 MB lighter than 500 did (bench/export_memory.py)
EXPORT_CHUNK = 200


def neutralise(value: Any) -> Any:
    """The cell as text a spreadsheet will not evaluate: a leading apostrophe before a formula lead.

    Also catches a formula behind leading spaces (" =1+1"), which some spreadsheets trim before parsing.
    Numbers pass unchanged: no exported number column can be negative (ids, counts)."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_LEADS) or value.lstrip().startswith(FORMULA_LEADS):
        return "'" + value
    return value


def safe_row(cells: Iterable[Any]) -> list[Any]:
    """A CSV row with every cell neutralised."""
    return [neutralise(cell) for cell in cells]


def csv_line(cells: Iterable[Any]) -> str:
    """One CSV line (with its line ending) of neutralised cells, for writing a CSV piece by piece."""
    out = io.StringIO()
    csv.writer(out).writerow(safe_row(cells))
    return out.getvalue()


def iter_event_chunks(engine: Engine, flt: EventFilter, chunk: int = EXPORT_CHUNK) -> Iterator[list[dict[str, Any]]]:
    """Every event matching the filter, in id order, with the same fields as query_events, `chunk` at a time.

    Fetched by keyset (id > the last one seen), each chunk on a short-lived connection, so memory stays the
    same whatever the number of events and no transaction stays open while a slow client reads."""
    flt.validate()
    base = select(
        events, documents.c.lang, documents.c.source, documents.c.title, documents.c.published, documents.c.url
    ).select_from(events.join(documents, events.c.doc_id == documents.c.id))
    query = _filtered(base, flt).order_by(events.c.id).limit(chunk)
    last_id: int | None = None
    while True:
        page = query if last_id is None else query.where(events.c.id > last_id)
        with engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(page)]
            _attach_children(conn, rows)
        if rows:
            yield rows
        if len(rows) < chunk:
            return
        last_id = rows[-1]["id"]


def iter_events(engine: Engine, flt: EventFilter, chunk: int = EXPORT_CHUNK) -> Iterator[dict[str, Any]]:
    """Every event matching the filter, one by one, read as iter_event_chunks does."""
    for rows in iter_event_chunks(engine, flt, chunk):
        yield from rows
