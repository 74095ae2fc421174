"""The hardening the issue asks for: hostile URLs and cells stay inert, every answer carries security headers,
bad parameters get a 422 (never a 500), exports stream."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient

from techdip.cli import main
from techdip.web.app import create_app
from techdip.web.security import link_url

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
PERSIAN_TITLE = "ایران و ارمنستان: تفاهم‌نامه هوش مصنوعی"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    records = [{"id": doc_id, "url": url, "text": ARTICLE} for doc_id, url in HOSTILE_URLS.items()]
    records.append({"id": "url-https", "url": SAFE_URL, "text": ARTICLE})
    records.append({"id": FORMULA, "text": ARTICLE})
    records.append({"id": "title-fa", "text": ARTICLE, "title": PERSIAN_TITLE})
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


# ---- document URLs -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", sorted(HOSTILE_URLS))
def test_a_document_url_that_is_not_http_never_becomes_a_link(hostile, doc_id):
    event_id = _event_of(hostile, doc_id)
    story_id = hostile.get(f"/api/events/{event_id}").json()["story_id"]
    for path in (f"/events/{event_id}", f"/documents/{doc_id}", f"/stories/{story_id}"):
        page = hostile.get(path).text
        hrefs = [h.strip().lower() for h in re.findall(r'href="([^"]*)"', page)]
        assert not any(h.startswith(("javascript", "data:", "vbscript", "java")) for h in hrefs), path
        assert not any(h.startswith("//") for h in hrefs), path
        if path != f"/stories/{story_id}":
            assert 'class="url inert"' in page, f"{path} shows the URL as text"


def test_an_http_url_is_a_link_that_sends_no_referrer(hostile):
    page = hostile.get(f"/events/{_event_of(hostile, 'url-https')}").text
    assert f'href="{SAFE_URL}" rel="noopener noreferrer nofollow"' in page


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("  HTTP://example.org/  ", "HTTP://example.org/"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("https://exa mple.org", None),
        ("https://", None),
        ("//example.org", None),
        ("", None),
        (None, None),
    ],
)
def test_link_url_keeps_only_http_and_https(url, linked):
    assert link_url(url) == linked


# ---- headers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/events", "/stories", "/docs", "/api/events", "/api/export?format=csv", "/static/style.css",
     "/openapi.json", "/api/events/99999", "/no/such/page"],
)  # fmt: skip
def test_every_answer_carries_a_strict_content_security_policy_and_security_headers(hostile, path):
    headers = hostile.get(path).headers
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'" and policy["default-src"] == "'none'"
    assert "unsafe" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]


@pytest.mark.parametrize("path", ["/", "/events", "/stories", "/people", "/network", "/timeline", "/heatmap", "/docs",
                                  "/parties/IRN", "/map"])  # fmt: skip
def test_pages_have_no_inline_script_or_style(hostile, path):
    page = hostile.get(path).text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "every script is a file under /static"
    assert "<style" not in page and not re.search(r"\sstyle=", page)
    assert not re.search(r"\son[a-z]+=", page), "no inline event handlers"


# ---- right-to-left text --------------------------------------------------------------------------------------------


def test_a_persian_title_is_isolated_in_the_page_title_and_headings(hostile):
    page = hostile.get("/documents/title-fa").text
    assert f"<title>\u2068{PERSIAN_TITLE}\u2069 · techdip</title>" in page
    assert f'<h1 dir="auto"><bdi>{PERSIAN_TITLE}</bdi></h1>' in page
    event_page = hostile.get(f"/events/{_event_of(hostile, 'title-fa')}").text
    assert f"<bdi>{PERSIAN_TITLE}</bdi>" in event_page


# ---- bounded parameters: a 422 with a clear message, never a 500 ---------------------------------------------------

DATED = ["/api/events", "/api/parties", "/api/pairs", "/api/areas", "/api/timeline", "/api/heatmap", "/api/export",
         "/events"]  # fmt: skip
BAD_DAYS = ["1234567890123456789", "10000", "0", "2024-13", "2024-02-30", "-5", "2024-01-01-01", "yesterday", "٢٠٢٤x"]


@pytest.mark.parametrize("path", DATED)
@pytest.mark.parametrize("name", ["since", "until"])
@pytest.mark.parametrize("day", BAD_DAYS)
def test_a_day_that_is_not_a_date_is_a_422(hostile, path, name, day):
    response = hostile.get(path, params={name: day})
    assert response.status_code == 422, (path, name, day, response.text)
    assert "not a date" in response.text


@pytest.mark.parametrize("path", DATED)
def test_a_very_long_day_is_a_422(hostile, path):
    response = hostile.get(path, params={"since": "2" * 5000})
    assert response.status_code == 422 and "at most 32 characters" in response.text


HUGE = [str(2**63), str(2**64 + 1), "9" * 40]


@pytest.mark.parametrize("value", [*HUGE, str(2**31), "-1", "0"])
@pytest.mark.parametrize("path", ["/api/events/{}", "/api/stories/{}", "/events/{}", "/stories/{}"])
def test_an_id_out_of_range_is_a_422(hostile, path, value):
    response = hostile.get(path.format(value))
    assert response.status_code == 422, response.text
    assert "than or equal to" in response.text


def test_the_largest_id_is_simply_not_found(hostile):
    """Ids are 32-bit on PostgreSQL, so that is the range on every database."""
    assert hostile.get(f"/api/events/{2**31 - 1}").status_code == 404
    assert hostile.get(f"/api/stories/{2**31 - 1}").status_code == 404


@pytest.mark.parametrize(
    ("path", "name"),
    [("/api/events", "page"), ("/api/events", "per_page"), ("/api/stories", "page"), ("/api/stories", "per_page"),
     ("/api/stories", "min_sources"), ("/api/people", "limit"), ("/events", "page"), ("/stories", "page"),
     ("/stories", "min_sources")],
)  # fmt: skip
@pytest.mark.parametrize("value", [*HUGE, "-1", "0", "1e3", "two"])
def test_a_count_out_of_range_is_a_422(hostile, path, name, value):
    response = hostile.get(path, params={name: value})
    assert response.status_code == 422, response.text
    assert name in response.text


def test_a_nul_character_in_any_parameter_is_a_422(hostile):
    for path, params in [("/api/events", {"q": "a\x00b"}), ("/api/events", {"lang": "\x00"}), ("/api/documents/a%00b", {}),
                         ("/events", {"q": "\x00"}), ("/api/stories", {"party": "IRN\x00"})]:  # fmt: skip
        response = hostile.get(path, params=params)
        assert response.status_code == 422 and "NUL" in response.text, path
    named = hostile.get("/api/events", params={"q": "a\x00b"}).json()["errors"]
    assert [e["parameter"] for e in named] == ["query.q"]


def test_every_4xx_of_the_api_has_one_shape(hostile):
    for path in ("/api/events/99999", "/api/events?page=0", "/api/events?since=2024-99", "/api/events?party=XYZ",
                 "/api/nothing", "/api/events/abc", "/api/export?format=xlsx"):  # fmt: skip
        response = hostile.get(path)
        body = response.json()
        assert 400 <= response.status_code < 500 and response.headers["content-type"] == "application/json", path
        assert set(body) == {"detail", "errors"} and isinstance(body["detail"], str) and body["detail"], path
    errors = hostile.get("/api/events?page=0&per_page=0").json()["errors"]
    assert {e["parameter"] for e in errors} == {"query.page", "query.per_page"}


def test_a_dashboard_page_given_a_bad_parameter_answers_an_html_page(hostile):
    for path, status in [("/stories?min_sources=99999999999999999999", 422), ("/events/99999999999999999999", 422),
                         ("/events?since=1234567890123456789", 422), ("/events/99999", 404), ("/nowhere", 404)]:  # fmt: skip
        response = hostile.get(path)
        assert response.status_code == status and response.headers["content-type"].startswith("text/html"), path
        assert "<h1>" in response.text and "header" in response.text


def test_openapi_documents_the_error_model_404s_and_the_export_media_types(hostile):
    spec = hostile.get("/openapi.json").json()
    problem = spec["components"]["schemas"]["Problem"]
    assert set(problem["properties"]) == {"detail", "errors"}
    for path, operations in spec["paths"].items():
        if "get" not in operations:  # the curation API's writes: tests/web/test_typed_api.py
            continue
        answers = operations["get"]["responses"]
        for status in ("404", "422"):
            assert answers[status]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Problem"
            }, path
    exports = spec["paths"]["/api/export"]["get"]["responses"]["200"]["content"]
    assert set(exports) == {"text/csv", "application/x-ndjson", "application/graphml+xml"}
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_even_a_server_error_carries_the_security_headers(hostile_db):
    app = create_app(hostile_db)

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("a bug")

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"since": "2024-13"}, "query.since"), ({"until": "10000"}, "query.until"), ({"area": "robots"}, "query.area"),
     ({"type": "HUG"}, "query.type"), ({"pair": "IRN"}, "query.pair"), ({"page": "0"}, "query.page")],
)  # fmt: skip
def test_a_422_names_the_parameter_at_fault(hostile, params, parameter):
    body = hostile.get("/api/events", params=params).json()
    assert [e["parameter"] for e in body["errors"]] == [parameter]
    assert body["detail"].startswith(parameter.split(".")[1] + ": ")
