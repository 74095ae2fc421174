"""Every bad input is reported with where and why, and the rest is still read."""

import json
from pathlib import Path

from techdip.model import Document
from techdip.sources import SourceError, read_sources

GOOD = "Iran and Armenia signed a memorandum on artificial intelligence."


def _errors(items) -> list[SourceError]:
    return [i for i in items if isinstance(i, SourceError)]


def _read_with_good(tmp_path: Path, name: str, data: bytes, **kwargs) -> tuple[list[SourceError], list[Document]]:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    items = list(read_sources([str(tmp_path / name), str(tmp_path / "good.txt")], **kwargs))
    return _errors(items), [i for i in items if isinstance(i, Document)]


def test_binary_file_is_refused_and_the_rest_is_read(tmp_path: Path):
    errors, docs = _read_with_good(tmp_path, "blob.txt", bytes(range(256)) * 10)
    assert len(errors) == 1 and "binary" in errors[0].reason and errors[0].source.endswith("blob.txt")
    assert [d.text for d in docs] == [GOOD]


def test_empty_file_is_refused(tmp_path: Path):
    errors, docs = _read_with_good(tmp_path, "empty.txt", b"  \n\t ")
    assert "empty" in errors[0].reason and len(docs) == 1


def test_file_cut_inside_a_character_keeps_the_text_before(tmp_path: Path):
    data = "همکاری ایران و ارمنستان".encode()
    errors, docs = _read_with_good(tmp_path, "cut.txt", data[:-1])
    assert errors == []
    assert docs[0].text == "همکاری ایران و ارمنستا"


def test_huge_file_is_refused_with_its_size(tmp_path: Path):
    big = (GOOD + "\n").encode() * (50 * 1024 * 1024 // len(GOOD) + 1)
    errors, docs = _read_with_good(tmp_path, "huge.txt", big)
    assert "too large" in errors[0].reason and "MB" in errors[0].reason
    assert len(docs) == 1


def test_malformed_json_lines_are_reported_by_line_and_others_kept(tmp_path: Path):
    lines = [
        json.dumps({"id": "ok1", "text": GOOD}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok2", "text": GOOD + " Again."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_sources([str(tmp_path / "feed.jsonl")]))
    errors = _errors(items)
    assert [e.line for e in errors] == [2, 3, 4]
    assert "malformed JSON" in errors[0].reason and "JSON object" in errors[1].reason and "text" in errors[2].reason
    assert [i.id for i in items if isinstance(i, Document)] == ["ok1", "ok2"]


def test_truncated_json_lines_file_keeps_complete_lines(tmp_path: Path):
    full = json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "b", "text": GOOD})
    (tmp_path / "cut.jsonl").write_text(full[:-10], encoding="utf-8")
    items = list(read_sources([str(tmp_path / "cut.jsonl")]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a"]
    assert _errors(items)[0].line == 2


def test_html_without_text_is_reported(tmp_path: Path):
    errors, docs = _read_with_good(
        tmp_path, "empty.html", b"<html><body><script>var x=1;</script><div></div></body></html>"
    )
    assert "no article text" in errors[0].reason and len(docs) == 1


def test_hostile_html_is_read_as_text_without_markup(tmp_path: Path):
    page = (
        "<html><body><article><h1>Iran and China sign AI memorandum</h1>"
        "<p>The ministers of Iran and China signed a memorandum on artificial intelligence in Beijing on Monday. "
        "<img src=x onerror=alert(1)><script>alert('x')</script>"
        "Both sides agreed to cooperate on cybersecurity and data centres over the next five years.</p>"
        "</article></body></html>"
    )
    errors, docs = _read_with_good(tmp_path, "hostile.html", page.encode())
    assert errors == []
    hostile = docs[0]
    assert "signed a memorandum" in hostile.text and "<script" not in hostile.text and "onerror" not in hostile.text


def test_missing_path_is_reported(tmp_path: Path):
    (error,) = list(read_sources([str(tmp_path / "nope.txt")]))
    assert isinstance(error, SourceError) and "no such file" in error.reason


def test_unreadable_file_is_reported(tmp_path: Path):
    import os

    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        items = list(read_sources([str(path)]))
        if os.geteuid() == 0:  # root reads anything: then the file must simply be read
            assert isinstance(items[0], Document)
        else:
            assert "cannot read" in items[0].reason
    finally:
        path.chmod(0o644)
