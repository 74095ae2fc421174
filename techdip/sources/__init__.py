"""Sources: readers that turn files, folders and standard input into Documents.

`read_sources(paths)` yields, in a stable order, either a Document or a
SourceError (the input, the line for JSON Lines, and a reason a person can act
on). One bad input never stops the others.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from techdip.model import Document
from techdip.sources.base import SourceError, content_id, display_path
from techdip.sources.decode import DecodeError, decode_bytes
from techdip.sources.html import html_to_document
from techdip.sources.jsonl import read_jsonl

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; anything this big is not one


def read_sources(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Document | SourceError]:
    """Documents (or errors) from files, folders (recursively) and '-' for standard input."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path):
                if isinstance(child, SourceError):
                    yield child
                elif _known_suffix(child):
                    yield from read_file(child, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield SourceError(display_path(raw), "no such file or folder")


def _walk(root: Path) -> list[Path | SourceError]:
    """The visible files under a folder, sorted by path, and an error for each sub-folder that cannot be read.

    Symbolic links to folders are not followed (a link to a parent would never end)."""
    found: list[tuple[Path, Path | SourceError]] = []

    def unreadable(exc: OSError) -> None:
        folder = exc.filename if exc.filename is not None else root
        error = SourceError(display_path(folder), f"cannot read folder: {exc.strerror or exc}")
        found.append((Path(folder), error))

    for folder, subfolders, files in os.walk(root, onerror=unreadable):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        paths = (Path(folder, name) for name in files if not name.startswith("."))
        found.extend((path, path) for path in paths if path.is_file())
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _known_suffix(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES or path.name.lower().endswith((".warc", ".warc.gz"))


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | SourceError]:
    """Documents of one file, chosen by its extension (content sniffed when unknown)."""
    source = display_path(path)
    try:
        if path.name.lower().endswith((".warc", ".warc.gz")):
            from techdip.sources.warc import read_warc

            yield from read_warc(path, max_bytes)  # streamed record by record: no file-size limit
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield SourceError(source, f"file too large: {size / 1e6:.1f} MB (limit {max_bytes / 1e6:.0f} MB)")
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield SourceError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_bytes(data, source, path.suffix.lower())


def _read_stream(stream: io.BufferedReader, source: str, max_bytes: int) -> Iterator[Document | SourceError]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield SourceError(source, f"input too large (limit {max_bytes / 1e6:.0f} MB)")
        return
    yield from _from_bytes(data, source, "")


def _from_bytes(data: bytes, source: str, suffix: str) -> Iterator[Document | SourceError]:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield SourceError(source, str(exc))
        return
    warning = decoded.warning  # told once, with the file's first document
    for item in _documents(decoded.text, source, suffix):
        if warning and isinstance(item, Document):
            # a JSON Lines document is named by its id: say which file the lines are of
            item.warnings.insert(0, warning if item.source == source else f"in {source}: {warning}")
            warning = None
        yield item


def _documents(text: str, source: str, suffix: str) -> Iterator[Document | SourceError]:
    if not text.strip():  # also what is left of a file cut inside its only character
        yield SourceError(source, "empty document: no text")
        return
    kind = _kind(suffix, text)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
        return
    if kind == "html":
        doc = html_to_document(text, source)
        if isinstance(doc, str):
            yield SourceError(source, doc)
        else:
            yield doc
        return
    yield Document(id=content_id(text), text=text, source=source)


def _kind(suffix: str, text: str) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


__all__ = ["Document", "SourceError", "content_id", "read_sources", "read_file"]
