"""The hardening the issue asks for: hostile URLs and cells stay inert, every answer carries security headers,
bad parameters get a 422 (never a 500), exports stream."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from techdip.cli import main
from techdip.web.app import create_app

ARTICLE = (
    "Iran and Armenia sign memorandum on artificial intelligence\n\n"
    "The Iranian minister of ICT and the ambassador of Armenia signed a memorandum of understanding "
    "on artificial intelligence and cybersecurity in Tehran on Monday.\n"
)
FORMULA = '=HYPERLINK("http://evil.test/steal","open me")'
HOSTILE_URLS = {
    "url-javascript": "javascript:alert(document.domain)",
    "url-javascript-mixed-case": " JaVaScRiPt:alert(1)",
    "url-javascript-tab": "java\tscript:alert(1)",
    "url-data": "data:text/html,<script>alert(1)</script>",
    "url-vbscript": "vbscript:msgbox(1)",
    "url-relative": "//evil.test/x",
}
SAFE_URL = "https://news.example/iran-armenia-ai"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    records = [{"id": doc_id, "url": url, "text": ARTICLE} for doc_id, url in HOSTILE_URLS.items()]
    records.append({"id": "url-https", "url": SAFE_URL, "text": ARTICLE})
    records.append({"id": FORMULA, "text": ARTICLE, "title": "ایران و ارمنستان: تفاهم‌نامه هوش مصنوعی"})
    feed = folder / "hostile.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    url = f"sqlite:///{folder / 'hostile.db'}"
    assert main(["ingest", str(feed), "--db", url, "--quiet"]) == 0
    return url


@pytest.fixture(scope="module")
def hostile(hostile_db) -> TestClient:
    return TestClient(create_app(hostile_db))


def _event_of(client: TestClient, doc_id: str) -> int:
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["events"], f"{doc_id} has an event"
    return doc["events"][0]["id"]


# ---- CSV exports ---------------------------------------------------------------------------------------------------


def test_csv_export_writes_formula_cells_as_text(hostile):
    response = hostile.get("/api/export", params={"format": "csv"})
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "'" + FORMULA in [row["source"] for row in table]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in table for cell in row.values())


def test_exports_stream_every_event(hostile):
    total = hostile.get("/api/events").json()["total"]
    with hostile.stream("GET", "/api/export", params={"format": "jsonl"}) as response:
        assert "content-length" not in response.headers, "streamed, not built whole"
        lines = [json.loads(line) for line in response.iter_lines() if line]
    assert len(lines) == total and len({line["id"] for line in lines}) == total
    csv_rows = list(csv.reader(io.StringIO(hostile.get("/api/export", params={"format": "csv"}).text)))
    assert len(csv_rows) == total + 1
