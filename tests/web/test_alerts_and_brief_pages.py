"""The dashboard lists the alerts and what they told, and hands out the brief of the view it shows."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from techdip.store.schema import connect
from techdip.watch.alerts import Alert, add_alert, run_alerts
from techdip.web.app import create_app

ARMENIA = "Armenia and Georgia signed an agreement on postal services and e-government in Yerevan on 3 March 2025."


@pytest.fixture
def client(run_cli, tmp_path, db_url):
    engine = connect(db_url)
    add_alert(engine, Alert("armenia desk", "stdout", party="ARM"))
    (tmp_path / "new.txt").write_text(ARMENIA, encoding="utf-8")
    assert run_cli("ingest", tmp_path, "--db", db_url, "--quiet")[0] == 0
    assert [f.error for f in run_alerts(engine, lambda alert, payload: None)] == [None]
    return TestClient(create_app(db_url))


def test_the_alerts_page_lists_each_alert_and_the_stories_it_told(client):
    page = client.get("/alerts")
    assert page.status_code == 200
    assert "armenia desk" in page.text and "party ARM" in page.text and "1 stories told" in page.text
    assert "Armenia–Georgia, agreement signed" in page.text


def test_the_brief_of_a_view_is_a_file_to_save(client):
    answer = client.get("/brief", params={"since": "30d", "party": "Armenia"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert answer.headers["content-disposition"].startswith('attachment; filename="techdip-brief-')
    assert "Technology diplomacy brief" in answer.text and "Armenia–Georgia" in answer.text
    assert client.get("/brief", params={"since": "someday"}).status_code == 422
    assert 'href="/brief?since=30d' in client.get("/stories").text
