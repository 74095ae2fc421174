"""Review filters everywhere: `techdip events --review`, /api/events?review=, and exports carrying review_state."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from techdip.curate import review
from techdip.store.schema import connect, events
from techdip.web.app import create_app
from tests.conftest import SAMPLES


def _decided(url: str) -> dict[str, int]:
    engine = connect(url)
    with engine.connect() as conn:
        a, b, c = conn.execute(select(events.c.id).order_by(events.c.id).limit(3)).scalars().all()
    review.confirm(engine, a, "ana")
    review.correct(engine, b, "ana", {"areas": ["postal"]})
    review.reject(engine, c, "ana", "not an event")
    return {"confirmed": a, "corrected": b, "rejected": c}


def test_events_review_filter_and_exports(db_url, run_cli):
    assert run_cli("ingest", SAMPLES / "articles" / "en_02_tashkent_roundup.txt", SAMPLES / "articles" /
                   "en_01_iran_armenia_transit.txt", "--db", db_url, "--quiet")[0] == 0  # fmt: skip
    ids = _decided(db_url)

    def listed(*args: str) -> dict[int, str]:
        status, out, _ = run_cli("events", "--db", db_url, "--json", *args)
        assert status == 0
        return {row["id"]: row["review_state"] for row in map(json.loads, out.splitlines())}

    default, everything = listed(), listed("--review", "all")
    assert ids["rejected"] not in default and everything[ids["rejected"]] == "rejected"
    assert len(everything) == len(default) + 1
    decided = {ids[k]: k for k in ("confirmed", "corrected", "rejected")}
    assert listed("--review", "reviewed") == decided  # any human decision, rejections too
    assert listed("--review", "rejected") == {ids["rejected"]: "rejected"}
    assert set(listed("--review", "unreviewed").values()) == {"unreviewed"}
    with pytest.raises(SystemExit) as stop:
        run_cli("events", "--db", db_url, "--review", "maybe")
    assert stop.value.code == 2

    status, out, _ = run_cli("events", "--db", db_url, "--csv", "--review", "all")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {int(r["id"]): r["review_state"] for r in rows} == everything

    client = TestClient(create_app(db_url))
    assert client.get("/api/events?review=corrected").json()["items"][0]["id"] == ids["corrected"]
    assert client.get("/api/events?review=perhaps").status_code == 422
    lines = client.get("/api/export?format=jsonl&review=all").text.splitlines()
    assert {json.loads(line)["id"]: json.loads(line)["review_state"] for line in lines} == everything
    exported = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv&review=reviewed").text)))
    assert sorted(r["review_state"] for r in exported) == ["confirmed", "corrected", "rejected"]
