"""Every API endpoint, and its answers to bad parameters."""

import json

import pytest
from fastapi.testclient import TestClient

from techdip.web.app import create_app


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(sample_db))


def _first_event(client) -> dict:
    items = client.get("/api/events", params={"per_page": 1}).json()["items"]
    assert items, "the sample database has events"
    return items[0]


def test_events_are_paginated_and_carry_evidence(client):
    body = client.get("/api/events", params={"per_page": 5}).json()
    assert body["total"] > 10 and len(body["items"]) == 5 and body["pages"] == -(-body["total"] // 5)
    for item in body["items"]:
        assert item["evidence"] and item["parties"] and item["type"]
    second = client.get("/api/events", params={"per_page": 5, "page": 2}).json()["items"]
    assert {i["id"] for i in second}.isdisjoint({i["id"] for i in body["items"]})


def test_event_filters_party_pair_area_type_lang_period(client):
    for item in client.get("/api/events", params={"party": "IRN", "per_page": 500}).json()["items"]:
        assert "IRN" in item["parties"]
    for item in client.get("/api/events", params={"pair": "ARM,IRN"}).json()["items"]:
        assert {"ARM", "IRN"} <= set(item["parties"])
    for item in client.get("/api/events", params={"area": "ai", "type": "AGREE"}).json()["items"]:
        assert "ai" in item["areas"] and item["type"] == "AGREE"
    for item in client.get("/api/events", params={"lang": "fa"}).json()["items"]:
        assert item["lang"] == "fa"
    for item in client.get("/api/events", params={"since": "2024-06", "until": "2024-12"}).json()["items"]:
        # a period overlapping the filter: "2024" (the whole year) is in, "2024-05" is not
        assert item["when_end"] >= "2024-06-01" and item["when_start"] <= "2024-12-31"


def test_search_finds_evidence_in_any_script_regardless_of_case_and_letter_forms(client):
    hits = client.get("/api/events", params={"q": "ONERROR"}).json()
    assert hits["total"] >= 1
    persian = client.get("/api/events", params={"q": "ارمنستان", "lang": "fa"}).json()
    assert persian["total"] >= 1
    assert client.get("/api/events", params={"q": "no such words anywhere zzqx"}).json()["total"] == 0


def test_sorting_by_date_both_ways(client):
    newest = [
        i["when_start"] for i in client.get("/api/events", params={"per_page": 500}).json()["items"] if i["when_start"]
    ]
    oldest = [
        i["when_start"]
        for i in client.get("/api/events", params={"per_page": 500, "sort": "-date"}).json()["items"]
        if i["when_start"]
    ]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)


def test_event_and_document_by_id(client):
    event = _first_event(client)
    one = client.get(f"/api/events/{event['id']}").json()
    assert one["id"] == event["id"] and one["evidence"] == event["evidence"]
    doc = client.get(f"/api/documents/{event['doc_id']}").json()
    assert doc["id"] == event["doc_id"] and any(e["id"] == event["id"] for e in doc["events"])
    for span in one["evidence"]:
        assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_aggregates(client):
    parties = client.get("/api/parties").json()
    assert parties and all({"code", "name", "events"} <= set(p) for p in parties)
    pairs = client.get("/api/pairs").json()
    assert pairs and all(p["a"] < p["b"] and p["events"] >= 1 for p in pairs)
    assert client.get("/api/pairs", params={"area": "ai"}).json()
    # a party's pairs only, not the other members of the multilateral meetings it attended (BRICS, ASEAN ...)
    for party in ("BRA", "CHN", "Iran"):
        own = client.get("/api/pairs", params={"party": party}).json()
        code = {"Iran": "IRN"}.get(party, party)
        assert own and all(code in (p["a"], p["b"]) for p in own), party
    areas = client.get("/api/areas").json()
    assert areas and all(a["events"] >= 1 for a in areas)
    timeline = client.get("/api/timeline", params={"by": "party"}).json()
    assert timeline["months"] and all(len(v) == len(timeline["months"]) for v in timeline["series"].values())
    heat = client.get("/api/heatmap").json()
    assert heat and {"area", "party", "events"} <= set(heat[0])
    overview = client.get("/api/overview").json()
    assert overview["events"] >= len(overview["latest"]) > 0


def test_exports(client):
    csv_text = client.get("/api/export", params={"format": "csv", "party": "IRN"}).text
    assert csv_text.splitlines()[0].startswith("id,date") and len(csv_text.splitlines()) > 1
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert all(json.loads(line)["evidence"] for line in lines)
    graph = client.get("/api/export", params={"format": "graphml"})
    assert graph.headers["content-type"].startswith("application/graphml+xml") and "<edge " in graph.text


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/events?party=XYZ", 404, "unknown party 'XYZ'"),
        ("/api/events?pair=IRN", 422, "two party codes"),
        ("/api/events?since=2024-13-01", 422, "not a date"),
        ("/api/events?until=yesterday", 422, "not a date"),
        ("/api/events?area=robots", 422, "unknown area"),
        ("/api/events?type=HUG", 422, "unknown type"),
        ("/api/events?page=9999", 404, "past the last page"),
        ("/api/events?page=0", 422, "greater than or equal"),
        ("/api/events?per_page=1000000", 422, "less than or equal"),
        ("/api/events?sort=random", 422, "pattern"),
        ("/api/events/99999999", 404, "no event"),
        ("/api/documents/nope", 404, "no document"),
        ("/api/timeline?by=weather", 422, "pattern"),
        ("/api/export?format=xlsx", 422, "pattern"),
        ("/api/pairs?unit=articles", 422, "pattern"),
        ("/api/stories/99999", 404, "no story"),
        ("/api/stories?party=XYZ", 404, "unknown party 'XYZ'"),
        ("/api/stories?page=999", 404, "past the last page"),
        ("/parties/XYZ", 404, "unknown party &#39;XYZ&#39;"),
        ("/events?since=2024-99", 422, "not a date"),
    ],
)
def test_bad_parameters_get_a_clear_4xx(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in response.text


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/parties", "/api/pairs",
                 "/api/areas", "/api/timeline", "/api/export", "/api/heatmap", "/api/overview"):  # fmt: skip
        assert path in spec["paths"]
    assert "/api/events" in client.get("/docs").text


def test_pages_escape_hostile_article_text(client):
    event = client.get("/api/events", params={"q": "onerror"}).json()["items"][0]
    page = client.get(f"/events/{event['id']}").text
    assert "<script>window.__pwned" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page


def test_pages_answer(client):
    event = _first_event(client)
    for url in ("/", "/events", "/events?party=IRN&area=ai", f"/events/{event['id']}", f"/documents/{event['doc_id']}",
                "/parties/IRN", "/network", "/timeline", "/heatmap", "/docs", "/stories", "/people"):  # fmt: skip
        response = client.get(url)
        assert response.status_code == 200, url
        assert "cdn" not in response.text.lower() and "https://" not in response.text.split("<main>")[0]


def test_stories_list_and_detail_show_sources_side_by_side(client):
    listed = client.get("/api/stories", params={"min_sources": 2}).json()["items"]
    assert listed, "the samples report several events in several languages"
    story = client.get(f"/api/stories/{listed[0]['id']}").json()
    assert len(story["sources"]) >= 2 and len(story["languages"]) >= 2
    assert all(src["evidence"] for src in story["sources"])
    assert set(story["areas"]) == {a for src in story["sources"] for a in src["areas"]}
    assert any(src["joined_because"] for src in story["sources"])


def test_people_registry_links_names_across_scripts(client):
    people = client.get("/api/people").json()
    assert people and all(p["names"] for p in people)
    scripts = [{ch.isascii() for n in p["names"] for ch in n["name"] if ch.isalpha()} for p in people]
    assert any(s == {True, False} for s in scripts), "some person is written in two scripts"


def test_counts_are_stories_by_default_with_a_switch_for_raw_events(client):
    stories = {(p["a"], p["b"]): p["events"] for p in client.get("/api/pairs").json()}
    events = {(p["a"], p["b"]): p["events"] for p in client.get("/api/pairs", params={"unit": "events"}).json()}
    assert all(stories[pair] <= events[pair] for pair in stories)
    assert sum(events.values()) > sum(stories.values())
    overview = client.get("/api/overview").json()
    assert overview["stories"] < overview["events"]


def test_stories_are_paginated_with_a_total_and_pages_that_do_not_overlap(client):
    everything = client.get("/api/stories", params={"per_page": 500}).json()
    assert everything["total"] == len(everything["items"]) > 6 and everything["pages"] == 1
    sizes = [len(s["sources"]) for s in everything["items"]]
    assert sizes == sorted(sizes, reverse=True), "most reported first"
    pages = [client.get("/api/stories", params={"per_page": 3, "page": n}).json() for n in (1, 2, 3)]
    assert all(p["total"] == everything["total"] and p["pages"] == -(-everything["total"] // 3) for p in pages)
    paged_ids = [s["id"] for p in pages for s in p["items"]]
    assert paged_ids == [s["id"] for s in everything["items"][:9]]
    assert pages[1]["items"][0] == client.get(f"/api/stories/{pages[1]['items'][0]['id']}").json()
    last = pages[0]["pages"]
    assert client.get("/api/stories", params={"per_page": 3, "page": last + 1}).status_code == 404
    several = client.get("/api/stories", params={"min_sources": 2}).json()
    assert 0 < several["total"] < everything["total"] and all(len(s["sources"]) >= 2 for s in several["items"])


def test_stories_page_shows_a_page_with_a_pager(client):
    total = client.get("/api/stories").json()["total"]
    first = client.get("/stories").text
    assert f"{total} stories" in first
    assert ('href="/stories?min_sources=1&amp;page=2"' in first) == (total > 50), "a next link when there is more"
    lone = client.get("/stories", params={"min_sources": 2, "party": "IRN"})
    assert lone.status_code == 200 and "IRN" in lone.text
    assert client.get("/stories", params={"page": 999}).status_code == 404


def test_people_come_most_active_first(client):
    people = client.get("/api/people").json()
    counts = [len(p["events"]) for p in people]
    assert people and counts == sorted(counts, reverse=True)
