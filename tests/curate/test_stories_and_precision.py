"""Rejected events stay out of stories, also after `techdip stories --rebuild`; precision counts what reviewers
kept of the machine's output."""

from __future__ import annotations

from sqlalchemy import select

from techdip.curate import review
from techdip.curate.queue import precision
from techdip.store.schema import connect, events


def test_a_rejected_event_stays_out_of_rebuilt_stories(curate_db, run_cli):
    engine = connect(curate_db)
    with engine.connect() as conn:
        event_id = conn.execute(select(events.c.id).order_by(events.c.id)).scalars().first()
    review.reject(engine, event_id, "ana", "not an event")
    assert run_cli("stories", "--rebuild", "--db", curate_db)[0] == 0
    with engine.connect() as conn:
        stories = dict(conn.execute(select(events.c.id, events.c.story_id)).all())
    assert stories[event_id] is None
    assert all(story is not None for other, story in stories.items() if other != event_id)


def test_precision_compares_the_machines_first_output_with_the_reviewers(curate_db):
    engine = connect(curate_db)
    with engine.connect() as conn:
        a, b, c = conn.execute(select(events.c.id).order_by(events.c.id).limit(3)).scalars().all()
        areas = review.snapshot(conn, b)["areas"]
    review.confirm(engine, a, "ana")
    # one area of the machine's kept, one added: the machine was right on 1 of its len(areas)
    review.correct(engine, b, "ana", {"areas": [areas[0], "postal" if areas[0] != "postal" else "space"]})
    review.reject(engine, c, "ana", "no")
    review.add(engine, review.snapshot_doc(engine, a), "ana", {"type": "AID", "status": "agreed", "parties": ["IRN"],
                                                               "evidence": [{"start": 0, "end": 5}]})  # fmt: skip
    numbers = precision(engine)["languages"]["all"]
    assert numbers["fields"]["events"] == {"kept": 2, "wrong": 1, "precision": round(2 / 3, 4)}
    assert numbers["added"] == 1
    with engine.connect() as conn:
        a_areas, c_areas = (len(review.snapshot(conn, i)["areas"]) for i in (a, c))
    assert numbers["fields"]["areas"]["kept"] == a_areas + 1
    assert numbers["fields"]["areas"]["wrong"] == len(areas) - 1 + c_areas
