"""`techdip ingest` as an attacker or a careless user runs it: no document is lost to another one."""

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, select

from techdip.store.schema import documents

ARTICLE = "Iran and Armenia signed a memorandum number {n} on artificial intelligence in Yerevan."


def _ids(url: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        ids = set(conn.execute(select(documents.c.id)).scalars())
    engine.dispose()
    return ids


def _line(**record) -> bytes:
    return json.dumps(record).encode()  # escaped: "\\ud800" and "\\u0000" as a feed would write them


def test_a_thousand_documents_with_ten_hostile_ones_store_every_good_one(run_cli, any_db_url, tmp_path: Path):
    good = {f"good-{n}": ARTICLE.format(n=n) for n in range(990)}
    lines = [_line(id=doc_id, text=text, lang="en") for doc_id, text in good.items()]
    hostile = [
        _line(id="surrogate", text="Iran and Armenia \ud800met."),
        _line(id="nul", text="Iran and\x00 Armenia met.", title="\x00"),
        _line(id="huge-lang", text="Iran and Armenia met again.", lang="x" * 10_000),
        _line(id="long-" + "x" * 5_000, text="Iran and Armenia met once more."),
        json.dumps({"id": "bad-utf8", "text": "Иран и Армения встретились."}, ensure_ascii=False)
        .encode()
        .replace("Армения".encode(), "Арм".encode() + b"\xff\xfe"),
        _line(id="nul\x00in-id", text="Iran and Armenia met in Tehran."),
        _line(id="huge-url", text="Iran and Armenia met in Moscow.", url="https://x.example/" + "u" * 20_000),
        _line(id="good-7", text="Not the text stored under good-7."),  # a second article with an existing id
        _line(id="no-text", text=12345),
        b'{"id": "cut", "text": "Iran and',
    ]
    lines[500:500] = hostile
    (tmp_path / "feed.jsonl").write_bytes(b"\n".join(lines))
    status, out, err = run_cli("ingest", tmp_path / "feed.jsonl", "--db", any_db_url, "--batch", "200")
    stored = _ids(any_db_url)
    assert set(good) <= stored
    assert len(stored) == 990 + 7  # the repaired ones are stored too; the conflict and the two unreadable are not
    assert status == 1 and "997 added" in out and "1 conflicts" in out and "2 failed" in out
    assert "conflict: good-7: id 'good-7' is already stored with a different text" in err
    assert "feed.jsonl:509: no non-empty 'text' or 'html' field" in err and "feed.jsonl:510: malformed JSON" in err
    assert "warning: good-0: in " in err and "feed.jsonl: 2 invalid UTF-8 sequences replaced by U+FFFD (line 505" in err
    assert "invalid UTF-8 sequence" in err and "is not a language" in err and "URL of 20018 characters dropped" in err
    assert all(len(line) < 400 for line in err.splitlines())
    status, out, _ = run_cli("ingest", tmp_path / "feed.jsonl", "--db", any_db_url)
    assert "0 added" in out and "997 skipped as already present" in out and "1 conflicts" in out


def test_language_tags_of_the_input_give_events(run_cli, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    tags = ["en-GB", "EN", "und", "en_US"]
    feed.write_text("\n".join(json.dumps({"text": ARTICLE.format(n=n), "lang": t}) for n, t in enumerate(tags)))
    status, out, _ = run_cli("extract", feed)
    assert status == 0
    assert [(json.loads(line)["lang"], bool(json.loads(line)["events"])) for line in out.splitlines()] == [
        ("en", True)
    ] * 4


def test_update_replaces_a_changed_article_and_re_extracts_it(run_cli, any_db_url, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "text": ARTICLE.format(n=1)}), encoding="utf-8")
    run_cli("ingest", feed, "--db", any_db_url)
    changed = ARTICLE.format(n=1).replace("Armenia", "China")
    feed.write_text(json.dumps({"id": "a1", "text": changed}), encoding="utf-8")
    status, out, err = run_cli("ingest", feed, "--db", any_db_url)
    assert status == 1 and "1 conflicts" in out and "conflict: a1: id 'a1'" in err and "--update" in err
    status, out, _ = run_cli("ingest", feed, "--db", any_db_url, "--update")
    assert status == 0 and "1 updated" in out
    status, out, _ = run_cli("events", "--db", any_db_url, "--json")
    assert [json.loads(line)["parties"] for line in out.splitlines()] == [["CHN", "IRN"]]


def test_two_ingests_of_the_same_input_at_once_store_each_document_once(any_db_url, tmp_path: Path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(150):
        (folder / f"{n:03}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    command = [sys.executable, "-m", "techdip.cli", "ingest", str(folder), "--db", any_db_url, "--batch", "10"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    racers = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [
        (racer.wait(timeout=300), *(stream.read().decode() for stream in (racer.stdout, racer.stderr)))
        for racer in racers
    ]
    for racer in racers:
        racer.stdout.close()
        racer.stderr.close()
    for status, out, err in results:
        assert status == 0 and "0 failed" in out and "error" not in err, (out, err)
    added = [int(out.split(" added")[0].rsplit(" ", 1)[1]) for _, out, _ in results]
    present = [int(out.split(" skipped as already present")[0].rsplit(" ", 1)[1]) for _, out, _ in results]
    assert sum(added) == 150 and [a + p for a, p in zip(added, present, strict=True)] == [150, 150]
    engine = create_engine(any_db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 150
    engine.dispose()
