"""Gold from curation: `techdip export-gold --reviewed` writes the fully reviewed articles in the gold form of
EVENTS.md section 5, which `techdip gold check` accepts and `techdip eval` scores."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from techdip.curate import review
from techdip.store.schema import connect, events


def _ids_by_doc(engine) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    with engine.connect() as conn:
        for doc_id, event_id in conn.execute(select(events.c.doc_id, events.c.id).order_by(events.c.id)):
            out.setdefault(doc_id, []).append(event_id)
    return out


def test_reviewed_articles_export_as_gold_that_eval_scores(curate_db, tmp_path: Path, run_cli):
    engine = connect(curate_db)
    docs = _ids_by_doc(engine)
    full, partly = [d for d, ids in docs.items() if len(ids) >= 2][:2]
    first, second, *rest = docs[full]
    review.confirm(engine, first, "ana")
    review.correct(engine, second, "ana", {"areas": ["postal"], "reason": "it is about the post"})
    for event_id in rest:
        review.reject(engine, event_id, "ana", "not an event")
    added = review.add(engine, full, "ana", {"type": "AID", "status": "agreed", "parties": ["IRN"],
                                             "evidence": [{"start": 0, "end": 12}]})  # fmt: skip
    review.confirm(engine, docs[partly][0], "ana")  # one of its events still unreviewed: not gold yet

    out = tmp_path / "gold" / "reviewed.jsonl"
    status, stdout, _ = run_cli("export-gold", "--reviewed", "--db", curate_db, "--out", out)
    assert status == 0 and "1 reviewed articles, 3 events" in stdout
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(record["events"]) == 2 + 1  # confirmed, corrected and added; the rejected left out
    corrected = next(e for e in record["events"] if e["areas"] == ["postal"])
    assert corrected["parties"]
    assert any(e["type"] == "AID" and e["parties"] == ["IRN"] for e in record["events"])
    text = (out.parent / record["doc"]).read_text(encoding="utf-8")
    for event in record["events"]:
        for span in event["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert added

    status, stdout, stderr = run_cli("gold", "check", out)
    assert status == 0 and "0 errors" in stdout + stderr
    status, stdout, _ = run_cli("eval", out, "--json")
    assert status == 0
    scores = json.loads(stdout)["all"]
    assert scores["articles"] == 1
    # the engine never finds the added AID event nor the "postal" area: recall below 1, measured
    assert scores["types"]["recall"] < 1 and scores["areas"]["recall"] < 1


def test_nothing_reviewed_exports_nothing(curate_db, tmp_path: Path, run_cli):
    status, stdout, _ = run_cli("export-gold", "--reviewed", "--db", curate_db, "--out", tmp_path / "g.jsonl")
    assert status == 1 and stdout.startswith("0 reviewed articles")
    status, _, err = run_cli("export-gold", "--db", curate_db, "--out", tmp_path / "g.jsonl")
    assert status == 2 and "--reviewed" in err
