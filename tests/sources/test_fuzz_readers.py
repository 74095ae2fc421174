"""The readers on random and hostile bytes: each input gives documents or a reason, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from techdip.model import Document
from techdip.sources import SourceError, read_file

MARKUP = ["<html>", "<body>", "<p>", "</p>", "<div a=1 b='2' c=\"3\">", "<script>", "</script>", "<!--", "-->",
          "<title>", "</title>", "&amp;", "&#x200c;", "\u200c", "وزیر", "Iran", " ", "\n", "<", ">", '"', "\x00"]  # fmt: skip
JSONL = [
    '{"text": "',
    "Iran met Armenia",
    '", "lang": "',
    "pt-BR",
    '"}',
    "\n",
    "{",
    "}",
    "[",
    "]",
    '"',
    "\\u",
    "\\ud800",
    ",",
]


def _read(tmp_path, name: str, data: bytes) -> list[Document | SourceError]:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_file(path))
    assert items and all(isinstance(item, Document | SourceError) for item in items)
    return items


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.binary(max_size=3_000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.bin"]))
def test_random_bytes_give_documents_or_reasons(tmp_path_factory, data, name):
    _read(tmp_path_factory.mktemp("fuzz"), name, data)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(MARKUP), max_size=300))
def test_hostile_markup_gives_a_document_or_a_reason(tmp_path_factory, pieces):
    _read(tmp_path_factory.mktemp("fuzz"), "page.html", "".join(pieces).encode("utf-8", "surrogatepass"))


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(JSONL), max_size=200))
def test_hostile_json_lines_give_documents_or_reasons(tmp_path_factory, pieces):
    _read(tmp_path_factory.mktemp("fuzz"), "items.jsonl", "".join(pieces).encode("utf-8", "surrogatepass"))
