"""`techdip spark --stories` in local[2] mode: the stories and people of incremental ingest in canonical order,
which `techdip load` writes as they are and a later `techdip ingest` continues from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from techdip.store.backfill import has_backfill, read_backfill
from tests.conftest import TEST_DATA
from tests.scale.stories_fixture import (
    ingest_in_canonical_order,
    same_rows,
    stored_backfill,
    story_partition,
    story_rows,
)

pytest.importorskip("pyspark")
if not shutil.which("java"):
    pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)", allow_module_level=True)

STORIES = TEST_DATA / "stories" / "articles"
HELD_OUT = STORIES / "en_01_russia_iran_postal.txt"  # S01: also reported by fa_01 and ru_01
DATASETS = ("stories", "story_events", "people", "person_names", "person_mentions")


@pytest.fixture(scope="module")
def backfill_out(tmp_path_factory) -> Path:
    """The story corpus but one article, through `techdip spark --stories`."""
    from techdip.cli import main

    folder = tmp_path_factory.mktemp("spark-stories")
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as out:
        for path in sorted(STORIES.glob("*.txt")):
            if path != HELD_OUT:
                out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    status = main(["spark", str(folder / "corpus.jsonl"), "--out", str(folder / "out"), "--master", "local[2]",
                   "--partitions", "3", "--stories"])  # fmt: skip
    assert status == 0 and has_backfill(str(folder / "out"))
    return folder / "out"


def _pairs(folder: Path):
    from techdip.scale.spark_job import documents_of_parquet

    return [pair for pair in documents_of_parquet(str(folder)) if pair[0] is not None]


def test_spark_stories_and_people_are_those_of_incremental_ingest_on_the_story_corpus(backfill_out, db_url):
    ingest_in_canonical_order(db_url, _pairs(backfill_out))
    incremental, spark = stored_backfill(db_url), read_backfill(str(backfill_out))
    partition = story_partition(spark.story_events)
    assert partition == story_partition(incremental.story_events)
    assert sum(len(story) >= 2 for story in partition) >= 10  # the corpus's multi-language stories did form
    # the same reasons and story rows (story ids may differ: ingest keeps the ids stories had before they were
    # settled), the same people's ids and identities across names and scripts
    assert same_rows(story_rows(spark), story_rows(incremental))
    for name in ("people", "person_names", "person_mentions"):
        assert same_rows(getattr(spark, name), getattr(incremental, name)), name
    assert any(len({r["lang"] for r in spark.person_names if r["person_id"] == p["id"]}) >= 3 for p in spark.people)


def test_load_takes_the_backfill_as_it_is_and_ingest_continues_from_it(backfill_out, any_db_url, tmp_path, run_cli):
    status, out, err = run_cli("load", backfill_out, "--db", any_db_url)
    assert status == 0, err
    assert "as they are" in out and "not in the backfill" not in err
    reference = f"sqlite:///{tmp_path / 'incremental.db'}"
    ingest_in_canonical_order(reference, _pairs(backfill_out))
    loaded, expected = stored_backfill(any_db_url), stored_backfill(reference)
    assert same_rows(story_rows(loaded), story_rows(expected))  # what ingest writes (story ids aside)
    for name in ("people", "person_names", "person_mentions"):  # ids included
        assert same_rows(getattr(loaded, name), getattr(expected, name)), name

    # a new article of a loaded story joins it, by the usual rules
    assert run_cli("ingest", HELD_OUT, "--db", any_db_url, "--quiet")[0] == 0
    assert run_cli("ingest", HELD_OUT, "--db", reference, "--quiet")[0] == 0
    loaded, expected = stored_backfill(any_db_url), stored_backfill(reference)
    assert same_rows(story_rows(loaded), story_rows(expected)) and same_rows(loaded.people, expected.people)
    backfilled = {doc.id for doc, _ in _pairs(backfill_out)}
    new = [r for r in loaded.story_events if r["doc_id"] not in backfilled]  # ingest named it by its text's hash
    members = {r["story_id"]: [] for r in loaded.story_events}
    for r in loaded.story_events:
        members[r["story_id"]].append(r)
    joined = [r for r in new if len(members[r["story_id"]]) > 1]
    assert len(joined) == 1
    story = members[joined[0]["story_id"]]
    assert {"fa_01_iran_russia_postal", "ru_01_russia_iran_postal"} <= {r["doc_id"] for r in story}
    reasons = [r["reason"] for r in story]  # the first report opened it, the others say why they joined
    assert reasons.count(None) == 1 and all(r.startswith("score") for r in reasons if r)
    _, out, _ = run_cli("summary", "--db", any_db_url, "--json")
    assert json.loads(out)["stories"] == len(read_backfill(str(backfill_out)).stories) + len(new) - len(joined)


def test_a_load_run_again_resumes_and_adds_nothing(backfill_out, db_url, run_cli):
    assert run_cli("load", backfill_out, "--db", db_url)[0] == 0
    first = stored_backfill(db_url)
    status, out, _ = run_cli("load", backfill_out, "--db", db_url)
    assert status == 0 and "resuming" in out and " 0 added" in out
    for name in DATASETS:
        assert same_rows(getattr(stored_backfill(db_url), name), getattr(first, name)), name


def test_load_refuses_a_backfill_into_a_database_holding_other_stories(backfill_out, db_url, run_cli):
    assert run_cli("ingest", HELD_OUT, "--db", db_url, "--quiet")[0] == 0
    status, _, err = run_cli("load", backfill_out, "--db", db_url)
    assert status == 2 and "not clustered with" in err and "--recluster" in err
    status, out, _ = run_cli("load", backfill_out, "--db", db_url, "--recluster")
    assert status == 0 and "added" in out


def test_a_run_without_stories_removes_the_stories_of_an_earlier_run_into_its_folder(tmp_path, run_cli):
    out = tmp_path / "out"
    for name in DATASETS:  # what an earlier --stories run left
        (out / name).mkdir(parents=True)
    assert has_backfill(str(out))
    path = sorted(STORIES.glob("*.txt"))[0]
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "one", "text": path.read_text(encoding="utf-8")}) + "\n")
    assert run_cli("spark", tmp_path / "one.jsonl", "--out", out, "--master", "local[1]")[0] == 0
    assert not has_backfill(str(out)) and (out / "events").exists()
