"""The Spark job in local[2] mode produces exactly the events of `techdip extract` on the same input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.sources.warc_fixture import page, warc_record

pytest.importorskip("pyspark")
if not shutil.which("java"):
    pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)", allow_module_level=True)


def _extract_events(run_cli, path: Path) -> dict[str, list[dict]]:
    status, out, _ = run_cli("extract", path)
    return {line["id"]: line["events"] for line in map(json.loads, out.splitlines())}


def _spark_events(folder: Path) -> dict[str, list[dict]]:
    from techdip.scale.spark_job import documents_of_parquet

    return {doc.id: [e.to_json() for e in article.events] for doc, article in documents_of_parquet(str(folder)) if doc}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("spark")
    articles = sorted((SAMPLES / "articles").glob("*.txt"))
    jsonl = folder / "articles.jsonl"
    with open(jsonl, "w", encoding="utf-8") as out:
        for path in articles:
            out.write(json.dumps({"text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
        out.write("{broken json\n")
    warc = folder / "crawl.warc.gz"
    warc.write_bytes(b"".join(
        warc_record(f"https://news.example/{p.stem}", page(*p.read_text(encoding="utf-8").split("\n", 1)))
        for p in articles[:6]
    ))  # fmt: skip
    return {"jsonl": jsonl, "warc": warc, "out": folder / "out"}


def test_spark_on_json_lines_matches_extract_and_reports_the_broken_line(run_cli, corpus, db_url):
    status, out, _ = run_cli(
        "spark", corpus["jsonl"], "--out", corpus["out"], "--master", "local[2]", "--partitions", "3"
    )
    assert status == 1 and "1 failed" in out  # the broken line
    expected = _extract_events(run_cli, corpus["jsonl"])
    assert sum(len(v) for v in expected.values()) > 20
    assert _spark_events(corpus["out"]) == expected
    status, out, err = run_cli("load", corpus["out"], "--db", db_url)
    assert f"{len(expected)} added" in out and "broken" not in out and "malformed JSON" in err
    status, out, _ = run_cli("summary", "--db", db_url, "--json")
    assert json.loads(out)["events"] == sum(len(v) for v in expected.values())


def test_spark_on_warc_matches_extract(run_cli, corpus, tmp_path):
    out = tmp_path / "warc-out"
    status, _, _ = run_cli("spark", corpus["warc"], "--out", out, "--master", "local[2]")
    assert status == 0
    assert _spark_events(out) == _extract_events(run_cli, corpus["warc"])


def test_spark_on_parquet_matches_extract(run_cli, corpus, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    articles = sorted((SAMPLES / "articles").glob("*.txt"))[:8]
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": None, "published": None} for p in articles]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "articles.parquet")
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "parquet-out"
    status, _, _ = run_cli("spark", tmp_path / "articles.parquet", "--out", out, "--master", "local[2]")
    assert status == 0
    assert _spark_events(out) == _extract_events(run_cli, jsonl)
