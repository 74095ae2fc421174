"""Events read in a language without a lexicon folder are stored, served and shown as low confidence, and every
listing can be filtered on it (CLI, API, dashboard)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from techdip.web.app import create_app

SWEDISH = "Sverige och Indien undertecknade ett samförståndsavtal (MoU) om artificiell intelligens i Stockholm."
ENGLISH = "Iran and Armenia signed a memorandum of understanding on artificial intelligence in Tehran."


@pytest.fixture
def mixed_db(run_cli, tmp_path, any_db_url):
    (tmp_path / "sv.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    assert run_cli("ingest", tmp_path, "--db", any_db_url, "--quiet")[0] == 0
    return any_db_url


def test_the_cli_filters_on_confidence(run_cli, mixed_db):
    status, out, _ = run_cli("events", "--db", mixed_db, "--confidence", "low", "--json")
    low = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [(e["parties"], e["confidence"], e["lang"]) for e in low] == [(["IND", "SWE"], "low", "sv")]
    status, out, _ = run_cli("events", "--db", mixed_db, "--confidence", "high", "--json")
    assert [json.loads(line)["parties"] for line in out.splitlines()] == [["ARM", "IRN"]]
    with pytest.raises(SystemExit) as refused:
        run_cli("events", "--db", mixed_db, "--confidence", "medium")
    assert refused.value.code == 2


def test_the_api_serves_and_filters_confidence_and_the_event_page_says_so(mixed_db):
    client = TestClient(create_app(mixed_db))
    events = client.get("/api/events").json()["items"]
    assert sorted(e["confidence"] for e in events) == ["high", "low"]
    low = client.get("/api/events", params={"confidence": "low"}).json()["items"]
    assert [e["lang"] for e in low] == ["sv"]
    assert client.get("/api/events", params={"confidence": "sometimes"}).status_code == 422
    page = client.get(f"/events/{low[0]['id']}").text
    assert "Low confidence" in page
    high = next(e for e in events if e["confidence"] == "high")
    assert "Low confidence" not in client.get(f"/events/{high['id']}").text
    assert "low conf." in client.get("/events", params={"confidence": "low"}).text
