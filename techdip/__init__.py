"""techdip: technology-diplomacy cooperation events from multilingual news.

>>> import techdip
>>> article = techdip.extract("Iran and Armenia signed an MoU on AI in Tehran.")
>>> [(e.type, e.parties) for e in article.events]
[('AGREE', ['ARM', 'IRN'])]
>>> db = techdip.open("sqlite:///techdip.db")          # a database filled by `techdip ingest`
>>> db.events(party="IRN", area="ai", limit=10)         # dicts in the shape of spec/EVENTS.md
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from techdip.model import Article

__version__ = "0.1.0"
__all__ = ["Database", "extract", "extract_text", "open"]


def extract_text(
    text: str, lang: str | None = None, published: str | None = None, budget: float | None = 5.0
) -> Article:
    """The cooperation events of one text (`lang`: ISO 639-1, detected when None; `published`: YYYY-MM-DD).
    Raises techdip.extract.pipeline.ExtractionTimeout after `budget` seconds (None: no limit)."""
    from techdip.extract.pipeline import extract as extract_document
    from techdip.model import Document

    doc_id = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    document = Document(id=doc_id, text=text, source="<text>", lang=lang, published=published)
    return extract_document(document, budget)


# `techdip.extract` is the extraction package, made callable: techdip.extract(text) is extract_text(text)
from techdip import extract  # noqa: E402


class Database:
    """Read access to a techdip database, the queries the CLI and the API use."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        from techdip.store.schema import connect

        parsed = make_url(url)
        on_disk = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
        if on_disk and not Path(parsed.database).is_file():  # SQLite would create an empty database silently
            raise FileNotFoundError(f"no techdip database at {parsed.database}")
        self.engine = connect(url, create=False)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events, newest first. Filters as `techdip events`: party, pair, area, type, lang, since,
        until, q (text in any script), limit, offset."""
        from techdip.store.queries import EventFilter, query_events

        return query_events(self.engine, EventFilter(**filters))


def open(url: str) -> Database:  # noqa: A001 - techdip.open(url), like sqlite3.connect
    """The database at an SQLAlchemy URL (`sqlite:///techdip.db`, `postgresql://...`)."""
    return Database(url)
