"""The chart pages' data: what the network, map, timeline and heatmap carry to their scripts, checked without a browser."""

import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from techdip.web.app import create_app


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(sample_db))


def _data(page: str, block: str) -> dict:
    match = re.search(rf"<div hidden id=\"{block}\" data-json='([^']*)'>", page)
    assert match, block
    return json.loads(html.unescape(match.group(1)))


@pytest.mark.parametrize("path", ["/network", "/map"])
def test_graph_pages_carry_the_pairs_of_the_api_with_names_and_kinds(client, path):
    page = client.get(path, params={"area": "ai"})
    assert page.status_code == 200
    graph = _data(page.text, f"{path[1:]}-data")
    pairs = client.get("/api/pairs", params={"area": "ai"}).json()
    assert graph["edges"] == [[p["a"], p["b"], p["events"]] for p in pairs]
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["IRN"]["name"] == "Iran" and not nodes["IRN"]["org"]
    assert all(n["org"] for code, n in nodes.items() if code in {"ASEAN", "BRICS", "SCO"})
    assert 'href="/api/pairs?area=ai"' in page.text  # the JSON twin keeps the filter


def test_graph_pages_take_type_and_party_by_name(client):
    everything = _data(client.get("/network").text, "network-data")
    narrower = _data(client.get("/network", params={"type": "AGREE", "party": "Iran"}).text, "network-data")
    assert 0 < len(narrower["edges"]) < len(everything["edges"])
    assert "IRN" in {n["id"] for n in narrower["nodes"]}
    assert client.get("/network", params={"party": "Atlantis"}).status_code == 404
    assert client.get("/map", params={"unit": "weeks"}).status_code == 422


def test_timeline_counts_each_story_once_per_month(client):
    data = _data(client.get("/timeline").text, "timeline-data")
    api = client.get("/api/timeline").json()
    assert data["undated"] == api["undated"]
    assert len(data["totals"]) == len(data["months"]) and all(
        len(v) == len(data["months"]) for v in data["series"].values()
    )
    stacked = [sum(col) for col in zip(*data["series"].values(), strict=True)]
    assert max(data["totals"]) < max(stacked)  # the old chart stacked areas: a story in three areas counted thrice
    assert data["names"]["ai"] == "AI"
    events = _data(client.get("/timeline", params={"unit": "events", "by": "party"}).text, "timeline-data")
    assert sum(events["totals"]) >= sum(data["totals"]) and events["names"]["IRN"] == "Iran"


def test_heatmap_shows_every_party_and_a_colour_scale(client):
    page = client.get("/heatmap").text
    parties = client.get("/api/parties").json()
    header = re.search(r"<thead>(.*?)</thead>", page, re.S).group(1)
    assert header.count("<th>") - 1 == len(parties)
    assert 'class="ramp"' in page


def test_chart_pages_stay_inside_the_content_security_policy(client):
    for path in ("/network", "/map", "/timeline", "/heatmap"):
        page = client.get(path)
        assert "script-src 'self'" in page.headers["content-security-policy"]
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, re.S)
        assert scripts and all('src="/static/' in attrs and not body for attrs, body in scripts)
        assert " style=" not in page.text
        assert "https://" not in re.sub(r'href="https?://[^"]*"', "", page.text)


def test_vendored_libraries_come_with_their_licences_and_are_served(client):
    vendor = Path(__file__).resolve().parents[2] / "techdip" / "web" / "static" / "vendor"
    readme = (vendor / "README.md").read_text(encoding="utf-8")
    for name in ("cytoscape", "d3", "topojson-client", "world-atlas"):
        assert (vendor / name / "LICENSE").is_file(), name
        assert re.search(rf"^\| {name} \| \d+\.\d+\.\d+ \| (MIT|ISC)", readme, re.M), name
    for path in ("cytoscape/cytoscape.min.js", "d3/d3.min.js", "topojson-client/topojson-client.min.js",
                 "world-atlas/countries-110m.json", "world-atlas/iso3166-alpha3-numeric.json"):  # fmt: skip
        assert client.get(f"/static/vendor/{path}").status_code == 200, path
    pyproject = (vendor.parents[3] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"LICENSE*"' in pyproject, "the licences ship in the package"
