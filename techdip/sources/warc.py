"""WARC and WARC.gz: every HTML response record becomes a Document, streamed record by record.

fastwarc reads the archive lazily (it never loads a whole file); the HTML goes
through the same reader as .html files, so a page from a crawl and a page saved
by hand give the same text. A record shorter than its Content-Length (a crawl cut
off mid-write, a partial download) is an error, never a document: its page is a
fragment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from techdip.model import Document
from techdip.sources.base import SourceError, display_path
from techdip.sources.decode import DecodeError, decode_bytes
from techdip.sources.html import html_to_document

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    source: Path | BinaryIO, max_record_bytes: int, name: str | None = None
) -> Iterator[Document | SourceError]:
    """Documents from the HTML responses of a WARC file or stream; errors name the record."""
    label = name or (display_path(source) if isinstance(source, Path) else str(source))
    stream = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115 - closed below
    try:
        records = ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True, fsspec_args=False)
        seen = 0
        for record in records:
            seen += 1
            if record.record_type != WarcRecordType.response:
                continue
            content_type = (record.http_content_type or "").lower()
            if content_type not in HTML_TYPES:
                continue
            url = record.headers.get("WARC-Target-URI")
            where = f"{label} [{url or record.record_id}]"
            if record.content_length > max_record_bytes:
                yield SourceError(where, f"record too large: {record.content_length / 1e6:.1f} MB")
                continue
            yield _document(record, where, url)
        if not seen:
            yield SourceError(label, "no WARC records found: not a WARC file, or empty")
    except OSError as exc:
        yield SourceError(label, f"broken WARC: {exc}")
    finally:
        if isinstance(source, Path):
            stream.close()


def _document(record, where: str, url: str | None) -> Document | SourceError:
    body = record.reader.read()
    # after the HTTP headers are parsed, content_length is what the record promises of the payload
    if len(body) < record.content_length:
        return SourceError(where, f"truncated record: {len(body)} of {record.content_length} bytes")
    try:
        html, warning = body.decode(record.http_charset), None
    except (TypeError, UnicodeDecodeError, LookupError):  # no charset, a wrong one, or a few bad bytes
        try:
            decoded = decode_bytes(body)
        except DecodeError as exc:
            return SourceError(where, f"cannot decode: {exc}")
        html, warning = decoded.text, decoded.warning
    fetched = record.record_date.date().isoformat() if record.record_date else None
    doc = html_to_document(html, where, url=url)
    if isinstance(doc, str):
        return SourceError(where, doc)
    doc.source = url or where
    doc.fetched = fetched
    if warning:
        doc.warnings.append(warning)
    return doc
