"""The curation pages as HTML: who sees which controls, logging in and out, the queue, the history and the
precision table. The write API itself is tested in tests/curate; the browser session in test_review_browser.py."""

from __future__ import annotations

import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from techdip.curate.users import add_user
from techdip.store.schema import connect
from techdip.web.app import create_app
from techdip.web.review import precision_view, safe_next, show_value

PASSWORD = "a long pass phrase"
WRITE_CONTROLS = re.compile(r'class="review-panel|id="queue"|data-action=|data-open=|/static/review\.js|id="add-form"')


def copy_of(sample_db: str, folder) -> str:
    path = folder / "copy.db"
    with sqlite3.connect(sample_db.removeprefix("sqlite:///")) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return f"sqlite:///{path}"


@pytest.fixture
def db(sample_db, tmp_path) -> str:
    """A copy of the demo database with a reviewer and an admin (each test writes to its own copy)."""
    url = copy_of(sample_db, tmp_path)
    engine = connect(url)
    add_user(engine, "ana", "reviewer", PASSWORD)
    add_user(engine, "root", "admin", PASSWORD)
    return url


@pytest.fixture
def reader(db) -> TestClient:
    return TestClient(create_app(db))


def logged_in(db: str, name: str = "ana") -> TestClient:
    client = TestClient(create_app(db))
    answer = client.post("/login", data={"name": name, "password": PASSWORD}, follow_redirects=False)
    assert answer.status_code == 303
    return client


def pages_of(client: TestClient) -> list[str]:
    event = client.get("/api/events?per_page=1").json()["items"][0]
    return ["/", "/events", f"/events/{event['id']}", f"/documents/{event['doc_id']}", "/review", "/login"]


def test_a_database_without_users_shows_no_write_control_and_no_login(sample_db, tmp_path):
    client = TestClient(create_app(copy_of(sample_db, tmp_path)))
    for path in pages_of(client):
        html = client.get(path).text
        assert not WRITE_CONTROLS.search(html), path
        # the layout's login link (the time window's "Clear" link may point at /login itself)
        assert 'href="/login?next=' not in html and "Log out" not in html, path
    assert "read-only" in client.get("/login").text
    answer = client.post("/login", data={"name": "ana", "password": PASSWORD})
    assert answer.status_code == 403 and "read-only" in answer.text and "<html" in answer.text


def test_a_reader_sees_a_login_link_but_no_write_control(reader):
    for path in pages_of(reader):
        html = reader.get(path).text
        assert not WRITE_CONTROLS.search(html), path
        assert 'href="/login?next=' in html, path


@pytest.mark.parametrize("role", ["ana", "root"])
def test_a_reviewer_or_admin_gets_the_review_panel_the_add_form_and_the_queue_keys(db, role):
    client = logged_in(db, role)
    event = client.get("/api/events?per_page=1").json()["items"][0]
    html = client.get(f"/events/{event['id']}").text
    for control in ('data-action="confirm"', 'id="edit-form"', 'id="reject-form"', 'id="split-form"',
                    'id="merge-form"', 'id="story-form"', "/static/review.js"):  # fmt: skip
        assert control in html, control
    assert 'id="add-form"' in client.get(f"/documents/{event['doc_id']}").text
    queue = client.get("/review").text
    assert 'id="queue"' in queue and "<kbd>j</kbd>" in queue and "<kbd>r</kbd>" in queue


def test_a_wrong_password_is_a_page_saying_so_and_sets_no_cookie(db):
    client = TestClient(create_app(db))
    answer = client.post("/login", data={"name": "ana", "password": "not it at all"})
    assert answer.status_code == 401
    assert "Wrong name or password" in answer.text and 'name="name"' in answer.text and 'value="ana"' in answer.text
    assert "techdip_session" not in answer.headers.get("set-cookie", "")
    empty = client.post("/login", data={"name": "", "password": ""})
    assert empty.status_code == 401 and "Give your name" in empty.text


def test_logging_in_goes_back_to_the_page_but_never_to_another_site(db):
    client = TestClient(create_app(db))
    answer = client.post(
        "/login", data={"name": "ana", "password": PASSWORD, "next": "/events/3"}, follow_redirects=False
    )
    assert answer.headers["location"] == "/events/3"
    assert (
        "httponly" in answer.headers["set-cookie"].lower() and "samesite=strict" in answer.headers["set-cookie"].lower()
    )
    for bad in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""):
        assert safe_next(bad) == "/review", bad
    assert safe_next("/events?party=IRN") == "/events?party=IRN"


def test_a_login_form_posted_from_another_site_is_refused(db):
    client = TestClient(create_app(db))
    answer = client.post("/login", data={"name": "ana", "password": PASSWORD}, headers={"Sec-Fetch-Site": "cross-site"})
    assert answer.status_code == 403 and "another site" in answer.text
    answer = client.post(
        "/login", data={"name": "ana", "password": PASSWORD}, headers={"Origin": "https://evil.example"}
    )
    assert answer.status_code == 403
    assert client.get("/api/session").status_code == 401


def test_logging_out_needs_the_sessions_token_and_then_ends_it(db):
    client = logged_in(db)
    assert client.get("/api/session").status_code == 200
    refused = client.post("/logout", data={"csrf": "forged"})
    assert refused.status_code == 403 and "<html" in refused.text
    assert client.get("/api/session").status_code == 200, "a forged logout does not end the session"
    csrf = client.get("/api/session").json()["csrf"]
    assert f'value="{csrf}"' in client.get("/logout").text
    answer = client.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    client.cookies.clear()  # what the browser does with the expired cookie
    assert client.get("/api/session").status_code == 401


def test_the_queue_lists_unreviewed_events_in_either_order_and_a_bad_order_is_a_422_page(db):
    client = logged_in(db)
    for order in ("newest", "confidence"):
        html = client.get(f"/review?order={order}").text
        ids = [int(i) for i in re.findall(r'<tr data-event="(\d+)"', html)]
        expected = client.get(f"/api/review/queue?order={order}&limit={len(ids)}").json()["items"]
        assert ids == [e["id"] for e in expected]
    answer = client.get("/review?order=random")
    assert answer.status_code == 422 and "<html" in answer.text and "order" in answer.text


def test_a_decision_shows_its_badge_history_and_precision_to_everyone(db, reader):
    client = logged_in(db)
    csrf = client.get("/api/session").json()["csrf"]
    first, second = client.get("/api/review/queue?limit=2").json()["items"]
    assert client.post(f"/api/events/{first['id']}/confirm", json={}, headers={"X-CSRF-Token": csrf}).status_code == 200
    answer = client.post(f"/api/events/{second['id']}/reject", json={"reason": "not about technology"},
                         headers={"X-CSRF-Token": csrf})  # fmt: skip
    assert answer.status_code == 200
    page = reader.get(f"/events/{second['id']}").text
    assert 'class="badge review-rejected"' in page
    history = page[page.index('<table class="history">') :]
    assert "ana" in history and "reject" in history and "not about technology" in history
    assert 'class="badge review-confirmed"' in reader.get(f"/events/{first['id']}").text
    assert f'<tr data-event="{first["id"]}"' not in reader.get("/review").text, "a decided event leaves the queue"
    precision = reader.get("/review").text
    table = precision[precision.index('class="precision-table"') :]
    assert re.search(r"<th>all</th><td class=\"num\">2</td><td class=\"num\">50%</td>", table), table[:600]


def test_an_event_row_carries_its_review_badge_and_the_events_page_offers_the_review_filter(db, reader):
    client = logged_in(db)
    csrf = client.get("/api/session").json()["csrf"]
    event = client.get("/api/review/queue?limit=1").json()["items"][0]
    client.post(f"/api/events/{event['id']}/confirm", json={}, headers={"X-CSRF-Token": csrf})
    document = reader.get(f"/documents/{event['doc_id']}").text
    assert 'class="badge review-confirmed"' in document
    events = reader.get("/events").text
    assert '<select name="review">' in events and ">corrected</option>" in events


def test_audit_values_read_as_words():
    assert show_value(None) == "—" and show_value([]) == "—"
    assert show_value(["ARM", "IRN"]) == "ARM, IRN"
    assert show_value([{"name": "Ana Lee", "party": "ARM", "role": "minister"}]) == "Ana Lee (ARM, minister)"
    assert show_value({"start": 3, "end": 9, "text": "signed"}) == "“signed” [3–9]"
    assert show_value({"review_state": "unreviewed"}) == "review_state: unreviewed"


def test_the_precision_table_has_one_row_per_language_and_the_total_last():
    answer = {"languages": {
        "all": {"fields": {"events": {"kept": 3, "wrong": 1, "precision": 0.75},
                           "parties": {"kept": 5, "wrong": 1, "precision": 0.8333}}, "added": 2},
        "en": {"fields": {"events": {"kept": 3, "wrong": 1, "precision": 0.75}}, "added": 2},
    }}  # fmt: skip
    view = precision_view(answer)
    assert [row["lang"] for row in view["rows"]] == ["en", "all"]
    assert view["events"] == 4 and view["rows"][1]["share"]["parties"] == 0.8333
    assert view["rows"][0]["share"]["parties"] is None and view["rows"][0]["added"] == 2


def test_after_a_re_extraction_a_corrected_event_shows_both_versions_and_asks_for_a_look(db, reader):
    from techdip.cli import main

    client = logged_in(db)
    csrf = client.get("/api/session").json()["csrf"]
    event = next(e for e in client.get("/api/events?per_page=100").json()["items"] if e["parties"] == ["ARM", "IRN"])
    answer = client.patch(
        f"/api/events/{event['id']}", json={"parties": ["IRN", "GEO"]}, headers={"X-CSRF-Token": csrf}
    )
    assert answer.status_code == 200
    assert "needs-look-box" not in reader.get(f"/events/{event['id']}").text
    assert main(["ingest", event["source"], "--reextract", "--db", db, "--quiet"]) == 0
    page = reader.get(f"/events/{event['id']}").text
    assert 'class="badge needs-look"' in page
    look = page[page.index('class="needs-look-box"') : page.index("</section>", page.index('class="needs-look-box"'))]
    assert re.search(r'<tr class="differs"><th>parties</th><td><bdi>GEO, IRN</bdi></td><td><bdi>ARM, IRN</bdi>', look)
    assert "<tr><th>type</th>" in look, "fields that agree are shown too, not marked"
    queue = reader.get("/review").text
    assert "1 decided event the engine now reads differently" in queue
    listed = queue[queue.index('class="look-events"') : queue.index("</ul>", queue.index('class="look-events"'))]
    assert re.findall(r'href="/events/(\d+)"', listed) == [str(event["id"])]
    assert client.post(f"/api/events/{event['id']}/confirm", json={}, headers={"X-CSRF-Token": csrf}).status_code == 200
    assert "reads differently" not in reader.get("/review").text, "a confirmation is the look: the list empties"


def test_the_review_filter_of_the_events_page_finds_rejected_events_which_the_default_list_hides(db, reader):
    client = logged_in(db)
    csrf = client.get("/api/session").json()["csrf"]
    event = client.get("/api/review/queue?limit=1").json()["items"][0]
    answer = client.post(f"/api/events/{event['id']}/reject", json={"reason": "no"}, headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200
    link = f'href="/events/{event["id"]}"'
    rejected = reader.get("/events?review=rejected").text
    assert link in rejected and 'class="badge review-rejected"' in rejected and "<option selected>rejected" in rejected
    assert event["id"] not in [e["id"] for e in reader.get("/api/events?per_page=500").json()["items"]]
    bad = reader.get("/events?review=maybe")
    assert bad.status_code == 422 and "<html" in bad.text
