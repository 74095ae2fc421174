"""/api/export/{table}: the export buttons' files, streamed, with the filters of the page validated first."""

from __future__ import annotations

import io

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from techdip.web.app import create_app


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(sample_db))


@pytest.mark.parametrize(
    ("table", "fmt", "media"),
    [("events", "csv", "text/csv"), ("stories", "jsonl", "application/x-ndjson"),
     ("people", "parquet", "application/vnd.apache.parquet"), ("pairs", "graphml", "application/graphml+xml")],
)  # fmt: skip
def test_each_list_downloads_as_a_named_file(client, table, fmt, media):
    response = client.get(f"/api/export/{table}", params={"format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert response.headers["content-disposition"] == f"attachment; filename=techdip-{table}.{fmt}"
    assert len(response.content) > 100


def test_an_export_holds_what_the_page_shows(client):
    shown = client.get("/api/events", params={"area": "ai", "since": "2024", "per_page": 500}).json()
    table = pq.read_table(io.BytesIO(client.get("/api/export/events", params={"format": "parquet", "area": "ai",
                                                                                "since": "2024"}).content))  # fmt: skip
    assert sorted(table.column("id").to_pylist()) == sorted(e["id"] for e in shown["items"])
    pairs = client.get("/api/pairs", params={"party": "Iran"}).json()
    exported = client.get("/api/export/pairs", params={"format": "jsonl", "party": "Iran"}).text.splitlines()
    assert len(exported) == len(pairs) >= 1
    stories = client.get("/api/stories", params={"min_sources": 2, "per_page": 500}).json()
    lines = client.get("/api/export/stories", params={"format": "csv", "min_sources": 2}).text.splitlines()
    assert len(lines) - 1 == stories["total"]


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/export/documents?format=csv", 422, "pattern"),
        ("/api/export/events?format=xlsx", 422, "pattern"),
        ("/api/export/events?format=graphml", 422, "only pairs"),
        ("/api/export/stories?since=2024-13", 422, "not a date"),
        ("/api/export/pairs?unit=articles", 422, "pattern"),
        ("/api/export/stories?min_sources=0", 422, "greater than or equal"),
        ("/api/export/people?party=XYZ", 404, "unknown party 'XYZ'"),
    ],
)
def test_bad_export_parameters_are_refused_before_any_byte(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status and message in response.text
    assert response.headers["content-type"] == "application/json"
