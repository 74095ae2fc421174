"""JSON Lines: one article per line, with `text` or `html`, optional `id`, `url`, `published`, `title`, `lang`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from techdip.model import Document
from techdip.sources.base import SourceError, clean_text, content_id
from techdip.sources.html import html_to_document
from techdip.text.language import base_language

MAX_NAME = 200


def read_jsonl(text: str, source: str) -> Iterator[Document | SourceError]:
    """Documents of a JSON Lines text; a SourceError naming the line for each bad one."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(source, f"malformed JSON: {exc.msg} at column {exc.colno}", number)
            continue
        if not isinstance(record, dict):
            yield SourceError(source, "a line must be a JSON object", number)
            continue
        # JSON escapes can spell NUL and lone surrogates ("\u0000", "\ud800"), which nothing downstream can
        # write: replace them here, once, and say so
        record, replaced = _cleaned(record)
        doc_id = record.get("id")
        doc_id = str(doc_id) if doc_id not in (None, "") else None
        meta = {key: _str(record.get(key)) for key in ("url", "published", "title")}
        where = f"{source}:{number}"
        # a document of a feed is named by its id; an id too long to read is named by its line instead
        name = doc_id if doc_id is not None and len(doc_id) <= MAX_NAME else where
        if isinstance(record.get("text"), str) and record["text"].strip():
            body = record["text"]
            doc = Document(
                id=doc_id or content_id(body), text=body, source=name, url=meta["url"],
                title=meta["title"], published=_date(meta["published"]), lang=base_language(record.get("lang")),
            )  # fmt: skip
        elif isinstance(record.get("html"), str) and record["html"].strip():
            doc = html_to_document(record["html"], name, doc_id, **meta)
            if isinstance(doc, str):
                yield SourceError(source, doc, number)
                continue
            doc.published = _date(doc.published)
            doc.lang = base_language(record.get("lang"))
        else:
            yield SourceError(source, "no non-empty 'text' or 'html' field", number)
            continue
        if replaced:
            doc.warnings.append(f"line {number}: {replaced} NUL or lone surrogate characters replaced by U+FFFD")
        tag = record.get("lang")
        if tag not in (None, "") and doc.lang is None and str(tag).strip().lower() != "und":
            shown = repr(str(tag)) if len(str(tag)) <= 40 else repr(str(tag)[:37] + "...")
            doc.warnings.append(f"line {number}: language tag {shown} is not a language: detected from the text")
        yield doc


def _cleaned(record: dict) -> tuple[dict, int]:
    """The record's string values (of the fields we read) cleaned, and how many characters were replaced."""
    total = 0
    out = dict(record)
    for key in ("id", "text", "html", "url", "published", "title", "lang"):
        if isinstance(out.get(key), str):
            out[key], count = clean_text(out[key])
            total += count
    return out, total


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _date(value: str | None) -> str | None:
    """The date part of an ISO timestamp; None for anything that is not one."""
    if not value:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
