"""`techdip load` writes the Parquet of `techdip spark` like ingest: in bulk, idempotent, with stories."""

from __future__ import annotations

import json

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document
from techdip.sources import content_id
from tests.conftest import TEST_DATA

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def parquet(tmp_path_factory) -> tuple[str, int]:
    """The story corpus extracted and written as techdip spark writes it (without Spark)."""
    from techdip.scale.spark_job import write_parquet

    pairs = []
    for path in sorted((TEST_DATA / "stories" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Document(id=content_id(text), text=text, source=path.name)
        pairs.append((doc, extract(doc)))
    folder = tmp_path_factory.mktemp("spark") / "out"
    write_parquet(pairs, str(folder))
    return str(folder), sum(len(article.events) for _, article in pairs)


def test_load_stores_every_event_with_stories_and_a_second_load_adds_nothing(run_cli, any_db_url, parquet):
    folder, events = parquet
    status, out, _ = run_cli("load", folder, "--db", any_db_url, "--batch", "10")
    assert status == 0 and f"{events} events" in out and "48 added" in out
    status, out, _ = run_cli("summary", "--db", any_db_url, "--json")
    first = json.loads(out)
    assert first["events"] == events and 0 < first["stories"] < events
    status, out, _ = run_cli("load", folder, "--db", any_db_url)
    assert status == 0 and "0 added" in out and "48 already present" in out
    status, out, _ = run_cli("summary", "--db", any_db_url, "--json")
    assert json.loads(out) == first
