"""Deep pages by cursor, and counts kept until the data changes: /api/events' cursor and the change cache,
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from techdip.cli import main
from techdip.web.app import create_app
from tests.conftest import SAMPLES

# an article with no date and no publication date: its events are undated (when_start NULL), listed last
UNDATED = (
    "Iran and Armenia discuss artificial intelligence\n\n"
    "The Iranian minister of communications met the ambassador of Armenia to discuss cooperation in "
    "artificial intelligence and cybersecurity.\n"
)
LATE = (
    "Kazakhstan and Uzbekistan sign a memorandum on satellites\n\n"
    "Kazakhstan and Uzbekistan signed a memorandum of understanding on satellite communications in Astana "
    "on 3 March 2025.\n"
)


@pytest.fixture
def client(any_db_url, tmp_path):
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    assert main(["ingest", str(SAMPLES / "articles"), str(tmp_path / "undated.txt"), "--db", any_db_url,
                 "--quiet"]) == 0  # fmt: skip
    return TestClient(create_app(any_db_url))


def walk(client: TestClient, params: dict, per_page: int) -> list[dict]:
    """Every page from the first by next_cursor, the events in the order they came."""
    body = client.get("/api/events", params={**params, "per_page": per_page}).json()
    seen = list(body["items"])
    while body["next_cursor"]:
        answer = client.get("/api/events", params={**params, "per_page": per_page, "cursor": body["next_cursor"]})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["page"] is None and len(body["items"]) <= per_page
        seen += body["items"]
    return seen


FILTERS = [{}, {"party": "IRN"}, {"area": "ai"}, {"type": "AGREE"}, {"since": "2024-06"}, {"lang": "en"}]


@pytest.mark.parametrize("sort", ["date", "-date", "id"])
def test_cursor_pages_give_every_event_once_in_order_with_filters(client, sort):
    for params in FILTERS:
        params = {**params, "sort": sort}
        whole = client.get("/api/events", params={**params, "per_page": 500}).json()
        assert whole["next_cursor"] is None  # one page holds them all: nothing after it
        walked = walk(client, params, per_page=3)
        ids = [e["id"] for e in walked]
        assert ids == [e["id"] for e in whole["items"]], params  # the same events in the same order
        assert len(ids) == len(set(ids)) == whole["total"] > 0, params
        if sort == "id":
            assert ids == sorted(ids)
            continue
        dated = [e["when_start"] for e in walked if e["when_start"] is not None]
        assert dated == sorted(dated, reverse=(sort == "date")), params
        undated = [e for e in walked if e["when_start"] is None]
        assert walked[len(walked) - len(undated) :] == undated, "undated events come last"


def test_undated_events_are_listed_last_and_reached_by_cursor(client):
    walked = walk(client, {}, per_page=4)
    assert walked[-1]["when_start"] is None and walked[0]["when_start"] is not None


def test_offset_pages_and_cursor_pages_agree(client):
    """page=N by offset and the cursor of page N-1 give the same events, and next_cursor is on offset pages too."""
    second = client.get("/api/events", params={"per_page": 5, "page": 2}).json()
    first = client.get("/api/events", params={"per_page": 5}).json()
    by_cursor = client.get("/api/events", params={"per_page": 5, "cursor": first["next_cursor"]}).json()
    assert [e["id"] for e in by_cursor["items"]] == [e["id"] for e in second["items"]]
    assert second["next_cursor"] and by_cursor["next_cursor"] == second["next_cursor"]


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor"},
        {"cursor": "WyJkYXRlIiwiMjAyNCIsInRlbiJd"},  # ["date","2024","ten"]: an id that is no number
        {"cursor": "WyJpZCIsbnVsbCw1XQ", "sort": "date"},  # a cursor of sort=id given to sort=date
        {"cursor": "WyJkYXRlIixudWxsLDVd", "page": 2},  # page and cursor at once
        {"cursor": "x" * 201},
    ],
)
def test_a_bad_cursor_is_a_422_naming_it(client, params):
    answer = client.get("/api/events", params=params)
    assert answer.status_code == 422, answer.text
    assert "cursor" in answer.text


def test_cached_counts_and_aggregates_follow_an_ingest(client, any_db_url, tmp_path):
    """Every cached answer (counts of lists, aggregates, chart pages) changes when an ingest writes, also
    when the ingest runs apart from the server (here: the CLI, on its own engine)."""
    paths = ["/api/overview", "/api/pairs", "/api/timeline", "/api/heatmap", "/api/parties", "/api/areas",
             "/api/events?party=KAZ", "/network", "/timeline", "/heatmap", "/"]  # fmt: skip
    before = {path: client.get(path).text for path in paths}
    assert {path: client.get(path).text for path in paths} == before  # kept: the same answers again
    overview = client.get("/api/overview").json()
    (tmp_path / "late.txt").write_text(LATE, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "late.txt"), "--db", any_db_url, "--quiet"]) == 0
    after = {path: client.get(path).text for path in paths}
    changed = [path for path in paths if after[path] != before[path]]
    assert changed == paths, f"still the old answer: {sorted(set(paths) - set(changed))}"
    now = client.get("/api/overview").json()
    assert now["events"] > overview["events"] and now["documents"] == overview["documents"] + 1
    pairs = {(p["a"], p["b"]) for p in client.get("/api/pairs").json()}
    assert ("KAZ", "UZB") in pairs
