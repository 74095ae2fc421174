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


PERSIAN = "همکاری‌های ایران و ارمنستان در زمینه هوش مصنوعی گسترش می‌یابد."
RUSSIAN = "Министр цифрового развития встретился с послом Ирана в Москве."


def test_utf8_with_an_invalid_byte_stays_utf8_with_a_warning(tmp_path: Path):
    for text in (PERSIAN, RUSSIAN):
        damaged = text[:10].encode() + b"\xff" + (text[10:] + "\n" + text).encode()
        errors, docs = _read_with_good(tmp_path, "damaged.txt", damaged)
        assert errors == []
        damaged_doc = next(d for d in docs if d.source.endswith("damaged.txt"))
        assert damaged_doc.text == text[:10] + "\ufffd" + text[10:] + "\n" + text
        assert damaged_doc.warnings == ["1 invalid UTF-8 sequence replaced by U+FFFD (line 1)"]
        assert [d.warnings for d in docs if d is not damaged_doc] == [[]]


def test_a_handful_of_bad_bytes_never_switch_the_whole_file_to_a_code_page(tmp_path: Path):
    lines = [(RUSSIAN + "\n").encode()] * 20
    lines[3], lines[11], lines[12] = b"\x80" + lines[3], b"\xc0" + lines[11], b"\xfe" + lines[12]
    (tmp_path / "several.txt").write_bytes(b"".join(lines))
    (doc,) = read_sources([str(tmp_path / "several.txt")])
    assert doc.text.count("\ufffd") == 3 and doc.text.replace("\ufffd", "") == (RUSSIAN + "\n") * 20
    assert doc.warnings == ["3 invalid UTF-8 sequences replaced by U+FFFD (line 4, 12, 13)"]


def test_a_jsonl_file_with_an_invalid_byte_keeps_every_line(tmp_path: Path):
    lines = [json.dumps({"id": f"r{n}", "text": RUSSIAN}, ensure_ascii=False).encode() for n in range(3)]
    lines[1] = lines[1].replace("послом".encode(), b"\xd0\xd0")
    (tmp_path / "feed.jsonl").write_bytes(b"\n".join(lines))
    docs = list(read_sources([str(tmp_path / "feed.jsonl")]))
    assert [d.id for d in docs] == ["r0", "r1", "r2"]
    assert "\ufffd" in docs[1].text and docs[2].text == RUSSIAN
    feed = tmp_path / "feed.jsonl"
    assert docs[0].warnings == [f"in {feed}: 2 invalid UTF-8 sequences replaced by U+FFFD (line 2, ...)"]


def test_nul_and_lone_surrogates_of_json_lines_are_replaced_and_reported(tmp_path: Path):
    line = '{"id": "a\\u0000b", "text": "Iran \\ud800and Armenia\\u0000 met.", "title": "T\\udfff"}'
    (tmp_path / "feed.jsonl").write_text(line, encoding="utf-8")
    (doc,) = read_sources([str(tmp_path / "feed.jsonl")])
    assert doc.id == "a\ufffdb" and doc.text == "Iran \ufffdand Armenia\ufffd met." and doc.title == "T\ufffd"
    assert doc.warnings == ["line 1: 4 NUL or lone surrogate characters replaced by U+FFFD"]


def test_language_tags_of_json_lines_are_reduced_to_their_base_language(tmp_path: Path):
    tags = ["pt-BR", "EN", "zh-Hant-TW", "und", "not a language", None]
    lines = [json.dumps({"text": f"{GOOD} {n}", "lang": tag}) for n, tag in enumerate(tags)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = list(read_sources([str(tmp_path / "feed.jsonl")]))
    assert [d.lang for d in docs] == ["pt", "en", "zh", None, None, None]
    assert [d.warnings for d in docs if d.warnings] == [
        ["line 5: language tag 'not a language' is not a language: detected from the text"]
    ]


def test_a_file_name_that_is_not_utf8_becomes_a_readable_source(tmp_path: Path):
    import os

    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes in a file name: a lone surrogate in Python
    try:
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        import pytest

        pytest.skip("this file system refuses file names that are not UTF-8")
    (doc,) = read_sources([str(tmp_path)])
    assert doc.source.endswith("caf\ufffd.txt") and doc.text == GOOD
    doc.source.encode("utf-8")  # printable and storable


def test_an_unreadable_sub_folder_is_reported_and_the_rest_is_read(tmp_path: Path, monkeypatch):
    import os

    (tmp_path / "a").mkdir()
    (tmp_path / "locked").mkdir()
    (tmp_path / "z").mkdir()
    (tmp_path / "a" / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked" / "hidden.txt").write_text(GOOD + " Locked.", encoding="utf-8")
    (tmp_path / "z" / "two.txt").write_text(GOOD + " Two.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):  # what chmod 000 does, even for root
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_sources([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Document", "SourceError", "Document"]
    assert items[1].source == str(tmp_path / "locked") and items[1].reason == "cannot read folder: Permission denied"
    assert [i.text for i in items if isinstance(i, Document)] == [GOOD, GOOD + " Two."]


def test_a_folder_without_read_permission_is_reported(tmp_path: Path):
    import os

    import pytest

    if os.geteuid() == 0:
        pytest.skip("root reads any folder; the monkeypatched test above covers this case")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        items = list(read_sources([str(tmp_path)]))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [type(i).__name__ for i in items] == ["Document", "SourceError"]
    assert "cannot read folder" in items[1].reason
