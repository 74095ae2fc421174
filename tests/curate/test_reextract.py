"""Re-extraction never overwrites a human decision (issue 17: "corrections survive").

Confirmed, corrected, rejected and added events come back with their values, review and story; the machine's new
output for each is kept beside it, with needs_look set when it differs; unreviewed events are replaced as before.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import techdip.extract.pipeline as pipeline
import techdip.store.ingest as ingest
from techdip.cli import main
from techdip.curate import review
from techdip.curate.review import machine_output, snapshot
from techdip.store.schema import connect, documents, events


def _doc_with_events(engine, at_least: int) -> tuple[str, list[int]]:
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.doc_id, events.c.id).order_by(events.c.doc_id, events.c.id)).all()
    by_doc: dict[str, list[int]] = {}
    for doc_id, event_id in rows:
        by_doc.setdefault(doc_id, []).append(event_id)
    doc_id = next(d for d, ids in by_doc.items() if len(ids) >= at_least)
    return doc_id, by_doc[doc_id]


def _decide(engine) -> dict[str, int]:
    """One decision of each kind on one article: confirm, correct, reject, add."""
    doc_id, ids = _doc_with_events(engine, 3)
    review.confirm(engine, ids[0], "ana", "read it")
    review.correct(engine, ids[1], "ana", {"areas": ["postal", "space"], "location": "Yerevan", "reason": "r"})
    review.reject(engine, ids[2], "ana", "not cooperation")
    added = review.add(engine, doc_id, "ana", {"type": "AID", "status": "agreed", "parties": ["IRN"],
                                               "evidence": [{"start": 0, "end": 12}]})  # fmt: skip
    return {"doc": doc_id, "confirmed": ids[0], "corrected": ids[1], "rejected": ids[2], "added": added}


def _state(engine, decided: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What a person decided, per decided event: its values, review and story."""
    out = {}
    with engine.connect() as conn:
        for kind in ("confirmed", "corrected", "rejected", "added"):
            event_id = decided[kind]
            row = conn.execute(select(events).where(events.c.id == event_id)).one()
            out[kind] = {**snapshot(conn, event_id), "by": row.reviewed_by, "at": row.reviewed_at,
                         "note": row.review_note}  # fmt: skip
    return out


def _changed_extraction(monkeypatch) -> None:
    """A new engine: every event it finds gains the area "cybersecurity" and is "implemented"; a new version."""
    original = pipeline.extract

    def extract(document, budget=None):
        article = original(document, budget)
        for event in article.events:
            event.areas = sorted({*event.areas, "cybersecurity"})
            event.status = "implemented"
        return article

    monkeypatch.setattr(pipeline, "extract", extract)
    monkeypatch.setattr(ingest, "extractor_version", lambda: "new-lexicons")


def _unreviewed(engine, doc_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        ids = conn.execute(
            select(events.c.id).where(events.c.doc_id == doc_id, events.c.review_state == "unreviewed")
        ).scalars()
        return [snapshot(conn, i) for i in ids]


@pytest.mark.parametrize("how", ["new version", "--reextract"])
def test_a_changed_engine_keeps_every_decision(curate_db, articles: Path, monkeypatch, how):
    engine = connect(curate_db)
    decided = _decide(engine)
    before = _state(engine, decided)
    machine_before = len(_unreviewed(engine, decided["doc"])) + 3  # the three machine events decided on
    _changed_extraction(monkeypatch)
    args = ["ingest", str(articles)] if how == "new version" else ["ingest", "--reextract"]
    assert main([*args, "--db", curate_db, "--quiet"]) == 0

    assert _state(engine, decided) == before  # values, review and story: all as the person left them
    for kind in ("confirmed", "corrected", "rejected"):
        kept = machine_output(engine, decided[kind])
        assert kept["extractor"] == "new-lexicons"
        assert kept["output"]["status"] == "implemented" and "cybersecurity" in kept["output"]["areas"]
    with engine.connect() as conn:
        look = dict(
            conn.execute(select(events.c.id, events.c.needs_look).where(events.c.doc_id == decided["doc"])).all()
        )
    assert look[decided["confirmed"]] and look[decided["corrected"]]  # the machine now says otherwise: a look
    assert not look[decided["added"]]  # the machine still misses it: that is why it was added
    # the machine's answers to the decided events are not stored a second time as unreviewed events
    fresh = _unreviewed(engine, decided["doc"])
    assert len(fresh) == machine_before - 3
    assert all(e["status"] == "implemented" and "cybersecurity" in e["areas"] for e in fresh)
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.extractor).where(documents.c.id == decided["doc"])).scalar() == (
            "new-lexicons"
        )


def test_the_same_engine_again_asks_a_look_only_where_the_person_differs(curate_db, monkeypatch):
    engine = connect(curate_db)
    decided = _decide(engine)
    before = _state(engine, decided)
    assert main(["ingest", "--reextract", "--db", curate_db, "--quiet"]) == 0
    assert _state(engine, decided) == before
    with engine.connect() as conn:
        look = dict(conn.execute(select(events.c.id, events.c.needs_look)).all())
    assert not look[decided["confirmed"]]  # the machine says what the person confirmed
    assert look[decided["corrected"]]  # the machine still says what the person corrected
    assert not look[decided["rejected"]]  # it says again what was rejected: nothing new to look at
    # a second run changes nothing more
    assert main(["ingest", "--reextract", "--db", curate_db, "--quiet"]) == 0
    assert _state(engine, decided) == before


def test_a_split_event_survives_and_the_machines_one_event_stays_out(curate_db, monkeypatch):
    engine = connect(curate_db)
    with engine.connect() as conn:
        event_id = next(
            i for i in conn.execute(select(events.c.id).order_by(events.c.id)).scalars()
            if len(snapshot(conn, i)["parties"]) >= 2
        )  # fmt: skip
        doc_id, parties = snapshot(conn, event_id)["doc_id"], snapshot(conn, event_id)["parties"]
    parts = review.split(engine, event_id, "ana", [[parties[0]], parties[1:]], "two meetings")
    unreviewed = len(_unreviewed(engine, doc_id))
    _changed_extraction(monkeypatch)
    assert main(["ingest", "--reextract", "--db", curate_db, "--quiet"]) == 0
    with engine.connect() as conn:
        assert [snapshot(conn, i)["parties"] for i in parts] == [[parties[0]], parties[1:]]
        assert snapshot(conn, event_id)["review_state"] == "rejected"
    assert len(_unreviewed(engine, doc_id)) == unreviewed  # the unsplit machine event did not come back


def test_update_with_a_new_text_moves_the_evidence_or_refuses(curate_db, tmp_path: Path, monkeypatch):
    from techdip.model import Document
    from techdip.store.ingest import IngestReport, store_batch

    engine = connect(curate_db)
    decided = _decide(engine)
    with engine.connect() as conn:
        text = conn.execute(select(documents.c.text).where(documents.c.id == decided["doc"])).scalar()
        span = snapshot(conn, decided["corrected"])["evidence"][0]
    report = IngestReport()
    prefix = "Updated 2 hours ago.\n\n"
    document = Document(id=decided["doc"], text=prefix + text, source="updated")
    store_batch(engine, [(document, pipeline.extract(document))], report, update=True)
    assert report.updated == 1 and not report.conflicts
    with engine.connect() as conn:
        moved = snapshot(conn, decided["corrected"])["evidence"][0]
    assert (moved["start"], moved["end"], moved["text"]) == (
        span["start"] + len(prefix), span["end"] + len(prefix), span["text"])  # fmt: skip

    before = _state(engine, decided)
    gone = dataclasses.replace(document, text="A different story altogether, about nothing at all.")
    report = IngestReport()
    store_batch(engine, [(gone, pipeline.extract(gone))], report, update=True)
    assert report.updated == 0 and len(report.conflicts) == 1 and "no longer holds the evidence" in report.conflicts[0]
    assert _state(engine, decided) == before
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.text).where(documents.c.id == decided["doc"])).scalar() == prefix + text
