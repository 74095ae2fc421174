"""The curation API: every write path, and every refusal leaves the database as it was.

Refusals, in the order they are checked: a database without users is read-only (403), nobody signed in (401),
a bad API token (401), a cookie session without its CSRF token (403), a role that may not (403); then the
request itself: unknown ids (404), invalid values (422), a state that forbids it (409).
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from techdip.store.schema import audit, documents, events
from techdip.web.app import create_app
from tests.curate.conftest import PASSWORD, fingerprint


@pytest.fixture
def app(curate_db: str):
    return create_app(curate_db)


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app)


def _targets(engine) -> dict[str, Any]:
    """Two events of one article (to merge), its document, an event with two parties (to split), a story."""
    with engine.connect() as conn:
        doc_id = (
            conn.execute(
                select(events.c.doc_id).group_by(events.c.doc_id).having(func.count() >= 2).order_by(events.c.doc_id)
            )
            .scalars()
            .first()
        )
        first, second = (
            conn.execute(select(events.c.id).where(events.c.doc_id == doc_id).order_by(events.c.id).limit(2))
            .scalars()
            .all()
        )
        story = conn.execute(select(events.c.story_id).where(events.c.id == second)).scalar()
        text = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar()
    return {"doc": doc_id, "a": first, "b": second, "story": story, "text": text}


def _writes(t: dict[str, Any]) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every write endpoint, with a valid body."""
    a, b = t["a"], t["b"]
    return [
        ("POST", f"/api/events/{a}/confirm", {"reason": "read it"}),
        ("PATCH", f"/api/events/{a}", {"areas": ["space"], "reason": "the article says space"}),
        ("POST", f"/api/events/{a}/reject", {"reason": "not cooperation"}),
        ("POST", f"/api/events/{a}/restore", {}),
        ("POST", f"/api/documents/{t['doc']}/events",
         {"type": "AID", "status": "agreed", "parties": ["IRN"], "evidence": [{"start": 0, "end": 10}]}),
        ("POST", f"/api/events/{a}/split", {"parts": [["IRN"], ["ARM"]]}),
        ("POST", "/api/events/merge", {"ids": [a, b]}),
        ("POST", f"/api/events/{a}/story", {"story_id": None}),
        ("POST", "/api/users", {"name": "bob", "role": "reviewer", "password": PASSWORD}),
    ]  # fmt: skip


def _send(client: TestClient, method: str, path: str, body: dict | None, **headers: str):
    return client.request(method, path, json=body, headers=headers)


def _error_code(response) -> str:
    body = response.json()
    assert body["detail"], body  # the app's one error shape, with the refusal's code
    return body["error"]["code"]


# ---- refusals: nothing changes ---------------------------------------------------------------------------------------


def test_without_users_every_write_is_refused_as_read_only(app, client):
    engine = app.state.engine
    before = fingerprint(engine)
    for method, path, body in _writes(_targets(engine)):
        response = _send(client, method, path, body)
        assert response.status_code == 403, (method, path, response.text)
        assert _error_code(response) == "read_only"
    assert client.post("/api/session", json={"name": "ana", "password": PASSWORD}).status_code == 403
    assert fingerprint(engine) == before


def test_without_a_login_every_write_is_401(app, client, accounts):
    engine = app.state.engine
    accounts(engine)
    before = fingerprint(engine)
    for method, path, body in _writes(_targets(engine)):
        response = _send(client, method, path, body)
        assert response.status_code == 401, (method, path, response.text)
        assert _error_code(response) == "login_required"
    assert fingerprint(engine) == before


def test_a_bad_token_is_401_not_anonymous(app, client, accounts):
    engine = app.state.engine
    tokens = accounts(engine)
    before = fingerprint(engine)
    for bad in ("Bearer tdp_not-a-token", "Bearer " + tokens["ana"][:-1], "Basic " + tokens["ana"]):
        for method, path, body in _writes(_targets(engine)):
            response = _send(client, method, path, body, Authorization=bad)
            assert response.status_code == 401, (bad, method, path, response.text)
            assert _error_code(response) == "bad_token"
    assert fingerprint(engine) == before


def test_cookie_writes_need_the_sessions_csrf_token(app, client, accounts):
    engine = app.state.engine
    accounts(engine)
    login = client.post("/api/session", json={"name": "root", "password": PASSWORD})
    assert login.status_code == 200
    csrf = login.json()["csrf"]
    before = fingerprint(engine)
    other = TestClient(app).post("/api/session", json={"name": "ana", "password": PASSWORD}).json()["csrf"]
    for headers in ({}, {"X-CSRF-Token": ""}, {"X-CSRF-Token": csrf + "x"}, {"X-CSRF-Token": other}):
        for method, path, body in _writes(_targets(engine)):
            response = _send(client, method, path, body, **headers)
            assert response.status_code == 403, (headers, method, path, response.text)
            assert _error_code(response) == "csrf"
    assert fingerprint(engine) == before


def test_a_reviewer_may_not_manage_users(app, client, accounts):
    engine = app.state.engine
    tokens = accounts(engine)
    before = fingerprint(engine)
    auth = {"Authorization": f"Bearer {tokens['ana']}"}
    response = client.post("/api/users", json={"name": "bob", "role": "admin", "password": PASSWORD}, headers=auth)
    assert response.status_code == 403
    assert _error_code(response) == "forbidden"
    assert client.get("/api/users", headers=auth).status_code == 403
    assert fingerprint(engine) == before


def test_a_removed_account_cookie_no_longer_writes(app, client, accounts):
    from techdip.curate.users import remove_user

    engine = app.state.engine
    accounts(engine)
    csrf = client.post("/api/session", json={"name": "ana", "password": PASSWORD}).json()["csrf"]
    remove_user(engine, "ana")
    before = fingerprint(engine)
    t = _targets(engine)
    response = client.post(f"/api/events/{t['a']}/confirm", json={}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 401
    assert fingerprint(engine) == before


def test_wrong_password_and_forged_cookie_are_refused(app, client, accounts):
    engine = app.state.engine
    accounts(engine)
    assert client.post("/api/session", json={"name": "ana", "password": "wrong password"}).status_code == 401
    assert client.post("/api/session", json={"name": "nobody", "password": PASSWORD}).status_code == 401
    client.cookies.set("techdip_session", "eyJ1IjoiYW5hIiwiYyI6IngifQ.forged.signature")
    assert client.get("/api/session").status_code == 401
    before = fingerprint(engine)
    t = _targets(engine)
    assert client.post(f"/api/events/{t['a']}/confirm", json={}, headers={"X-CSRF-Token": "x"}).status_code == 401
    assert fingerprint(engine) == before


UNKNOWN = [
    ("POST", "/api/events/999999/confirm", {}),
    ("PATCH", "/api/events/999999", {"areas": ["ai"]}),
    ("POST", "/api/events/999999/reject", {"reason": "x"}),
    ("POST", "/api/events/999999/restore", {}),
    ("POST", "/api/documents/no-such-doc/events",
     {"type": "AID", "status": "agreed", "parties": ["IRN"], "evidence": [{"start": 0, "end": 5}]}),
    ("POST", "/api/events/999999/split", {"parts": [["IRN"], ["ARM"]]}),
    ("POST", "/api/events/merge", {"ids": [999998, 999999]}),
    ("POST", "/api/events/999999/story", {"story_id": None}),
    ("GET", "/api/events/999999/history", None),
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "body"), UNKNOWN)
def test_unknown_ids_are_404(app, client, accounts, method, path, body):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['ana']}"}
    before = fingerprint(engine)
    response = _send(client, method, path, body, **auth)
    assert response.status_code == 404, response.text
    assert fingerprint(engine) == before


def _invalid(t: dict[str, Any]) -> list[tuple[str, str, Any]]:
    a, doc, n = t["a"], t["doc"], len(t["text"])
    span = [{"start": 0, "end": 10}]
    return [
        ("PATCH", f"/api/events/{a}", {"type": "PARTY"}),
        ("PATCH", f"/api/events/{a}", {"status": "rumoured"}),
        ("PATCH", f"/api/events/{a}", {"parties": ["Atlantis"]}),
        ("PATCH", f"/api/events/{a}", {"parties": []}),
        ("PATCH", f"/api/events/{a}", {"areas": ["gardening"]}),
        ("PATCH", f"/api/events/{a}", {"date": "2024-13-45"}),
        ("PATCH", f"/api/events/{a}", {"evidence": [{"start": 5, "end": n + 1}]}),
        ("PATCH", f"/api/events/{a}", {"evidence": [{"start": 10, "end": 5}]}),
        ("PATCH", f"/api/events/{a}", {"evidence": []}),
        ("PATCH", f"/api/events/{a}", {"people": [{"name": "", "party": None, "role": None}]}),
        ("PATCH", f"/api/events/{a}", {"people": [{"name": "X", "party": "Atlantis", "role": None}]}),
        ("PATCH", f"/api/events/{a}", {"colour": "red"}),
        ("PATCH", f"/api/events/{a}", {"reason": "nothing else"}),
        ("PATCH", f"/api/events/{a}", "not an object"),
        ("POST", f"/api/events/{a}/reject", {}),
        ("POST", f"/api/events/{a}/reject", {"reason": "   "}),
        ("POST", f"/api/documents/{doc}/events", {"type": "AID", "status": "agreed", "parties": ["IRN"]}),
        ("POST", f"/api/documents/{doc}/events", {"type": "AID", "status": "agreed", "parties": [], "evidence": span}),
        ("POST", f"/api/documents/{doc}/events", {"type": "AID", "status": "x", "parties": ["IRN"], "evidence": span}),
        ("POST", f"/api/events/{a}/split", {"parts": [["IRN", "ARM"]]}),
        ("POST", f"/api/events/{a}/split", {"parts": [["IRN"], []]}),
        ("POST", f"/api/events/{a}/split", {"parts": [["IRN"], ["CHN"]]}),
        ("POST", "/api/events/merge", {"ids": [a]}),
        ("POST", "/api/events/merge", {"ids": [a, a]}),
        ("POST", "/api/events/merge", {"ids": [a, 2**40]}),
        ("POST", f"/api/events/{a}/story", {"story_id": "one"}),
        ("POST", f"/api/events/{a}/story", {"story_id": 2**40}),
        ("POST", f"/api/events/{a}/story", {}),
        ("POST", "/api/users", {"name": "bob", "role": "emperor", "password": PASSWORD}),
        ("POST", "/api/users", {"name": "bob", "role": "reviewer", "password": "short"}),
        ("POST", "/api/users", {"name": "no spaces allowed", "role": "reviewer", "password": PASSWORD}),
    ]  # fmt: skip


def test_invalid_values_are_422_and_change_nothing(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['root']}"}
    t = _targets(engine)
    before = fingerprint(engine)
    for method, path, body in _invalid(t):
        response = _send(client, method, path, body, **auth)
        assert response.status_code == 422, (method, path, body, response.text)
        assert response.json()["detail"]
    assert fingerprint(engine) == before


def test_merging_events_of_two_articles_is_422(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['ana']}"}
    with engine.connect() as conn:
        one, other = (
            conn.execute(
                select(func.min(events.c.id)).group_by(events.c.doc_id).order_by(func.min(events.c.id)).limit(2)
            )
            .scalars()
            .all()
        )
    before = fingerprint(engine)
    response = client.post("/api/events/merge", json={"ids": [one, other]}, headers=auth)
    assert response.status_code == 422
    assert fingerprint(engine) == before


def test_a_rejected_event_is_restored_before_any_other_write(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['ana']}"}
    t = _targets(engine)
    assert client.post(f"/api/events/{t['a']}/restore", json={}, headers=auth).status_code == 409
    assert client.post(f"/api/events/{t['a']}/reject", json={"reason": "wrong"}, headers=auth).status_code == 200
    before = fingerprint(engine)
    for method, path, body in _writes(t)[:3] + _writes(t)[5:8]:
        response = _send(client, method, path, body, **auth)
        assert response.status_code == 409, (method, path, response.text)
        assert _error_code(response) == "conflict"
    assert fingerprint(engine) == before


# ---- writes: what each does, and its history --------------------------------------------------------------------------


def _event(client: TestClient, event_id: int) -> dict[str, Any]:
    response = client.get(f"/api/events/{event_id}")
    assert response.status_code == 200
    return response.json()


def _history(client: TestClient, event_id: int) -> list[dict[str, Any]]:
    response = client.get(f"/api/events/{event_id}/history")
    assert response.status_code == 200
    return response.json()


def test_confirm_by_cookie_session_with_csrf(app, client, accounts):
    accounts(app.state.engine)
    t = _targets(app.state.engine)
    csrf = client.post("/api/session", json={"name": "ana", "password": PASSWORD}).json()["csrf"]
    assert client.get("/api/session").json() == {"name": "ana", "role": "reviewer", "csrf": csrf}
    response = client.post(f"/api/events/{t['a']}/confirm", json={"reason": "read it"}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 200
    event = _event(client, t["a"])
    assert (event["review_state"], event["reviewed_by"], event["needs_look"]) == ("confirmed", "ana", False)
    assert event["reviewed_at"]
    [entry] = _history(client, t["a"])
    assert (entry["user"], entry["action"], entry["reason"]) == ("ana", "confirm", "read it")
    assert entry["old"] == {"review_state": "unreviewed"} and entry["new"] == {"review_state": "confirmed"}
    assert client.delete("/api/session").status_code == 204
    assert client.get("/api/session").status_code == 401


def test_correct_records_each_field_old_and_new(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    old = _event(client, t["a"])
    body = {"parties": ["Iran", "CHN"], "areas": ["space", "ai"], "date": "2024-05", "location": "Baku",
            "people": [{"name": "Someone", "party": "IRN", "role": "minister"}],
            "evidence": [{"start": 0, "end": 30}], "reason": "the article says so"}  # fmt: skip
    response = client.patch(f"/api/events/{t['a']}", json=body, headers=auth)
    assert response.status_code == 200, response.text
    event = _event(client, t["a"])
    assert event["review_state"] == "corrected"
    assert event["parties"] == ["CHN", "IRN"] and event["areas"] == ["ai", "space"]
    assert (event["date"], event["when_start"], event["when_end"]) == ("2024-05", "2024-05-01", "2024-05-31")
    assert event["evidence"] == [{"start": 0, "end": 30, "text": t["text"][:30]}]
    assert event["people"] == [{"name": "Someone", "party": "IRN", "role": "minister"}]
    changes = {entry["field"]: entry for entry in _history(client, t["a"])}
    assert changes["parties"]["old"] == old["parties"] and changes["parties"]["new"] == ["CHN", "IRN"]
    assert changes["location"]["old"] == old["location"] and changes["location"]["new"] == "Baku"
    assert all(e["action"] == "correct" and e["reason"] == "the article says so" for e in changes.values())
    # removing the date: an explicit null
    assert client.patch(f"/api/events/{t['a']}", json={"date": None}, headers=auth).status_code == 200
    assert _event(client, t["a"])["date"] is None


def test_reject_hides_and_restore_brings_back(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    total = client.get("/api/events").json()["total"]
    response = client.post(f"/api/events/{t['a']}/reject", json={"reason": "a football match"}, headers=auth)
    assert response.status_code == 200
    event = _event(client, t["a"])  # still there: nothing is deleted
    assert event["review_state"] == "rejected" and event["story_id"] is None
    assert client.get("/api/events").json()["total"] == total - 1
    listed = client.get("/api/events?review=rejected").json()["items"]
    assert [e["id"] for e in listed] == [t["a"]]
    assert client.get("/api/events?review=all").json()["total"] == total
    assert client.post(f"/api/events/{t['a']}/restore", json={}, headers=auth).status_code == 200
    event = _event(client, t["a"])
    assert event["review_state"] == "unreviewed" and event["story_id"] is not None
    assert [e["action"] for e in _history(client, t["a"])] == ["reject", "restore"]


def test_restore_returns_a_confirmed_event_to_confirmed(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    client.post(f"/api/events/{t['a']}/confirm", json={}, headers=auth)
    client.post(f"/api/events/{t['a']}/reject", json={"reason": "on second thought"}, headers=auth)
    client.post(f"/api/events/{t['a']}/restore", json={"reason": "no, it was right"}, headers=auth)
    assert _event(client, t["a"])["review_state"] == "confirmed"


def test_add_an_event_from_selected_evidence(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    body = {"type": "cooperate", "status": "agreed", "parties": ["IRN", "Armenia"], "areas": ["ai"],
            "evidence": [{"start": 0, "end": 40}], "reason": "missed"}  # fmt: skip
    response = client.post(f"/api/documents/{t['doc']}/events", json=body, headers=auth)
    assert response.status_code == 201, response.text
    new_id = response.json()["id"]
    event = _event(client, new_id)
    assert (event["review_state"], event["type"], event["parties"]) == ("added", "COOPERATE", ["ARM", "IRN"])
    assert event["evidence"][0]["text"] == t["text"][:40]
    assert event["story_id"] is not None  # it joins a story like any event
    [entry] = _history(client, new_id)
    assert entry["action"] == "add" and entry["new"]["parties"] == ["ARM", "IRN"]
    doc = client.get(f"/api/documents/{t['doc']}").json()
    assert new_id in [e["id"] for e in doc["events"]]


def test_split_and_merge(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['ana']}"}
    t = _targets(engine)
    parties = _event(client, t["a"])["parties"]
    assert len(parties) >= 2
    parts = [[parties[0]], parties[1:]]
    response = client.post(f"/api/events/{t['a']}/split", json={"parts": parts, "reason": "two meetings"}, headers=auth)
    assert response.status_code == 200, response.text
    ids = response.json()["ids"]
    assert [_event(client, i)["parties"] for i in ids] == parts
    original = _event(client, t["a"])
    assert original["review_state"] == "rejected"
    assert [h["action"] for h in _history(client, t["a"])] == ["reject", "split"]
    response = client.post("/api/events/merge", json={"ids": ids, "reason": "one meeting after all"}, headers=auth)
    assert response.status_code == 200
    kept = response.json()["id"]
    assert kept == min(ids)
    assert _event(client, kept)["parties"] == sorted(parties)
    other = _event(client, max(ids))
    assert other["review_state"] == "rejected"
    assert any(h["action"] == "reject" and "merged into" in h["reason"] for h in _history(client, max(ids)))


def test_move_to_another_story_and_out_of_it(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['ana']}"}
    t = _targets(engine)
    with engine.connect() as conn:
        target = conn.execute(select(func.max(events.c.story_id))).scalar()
    response = client.post(f"/api/events/{t['a']}/story", json={"story_id": target}, headers=auth)
    assert response.status_code == 200
    assert _event(client, t["a"])["story_id"] == target
    response = client.post(f"/api/events/{t['a']}/story", json={"story_id": None}, headers=auth)
    own = response.json()["story_id"]
    assert own != target and _event(client, t["a"])["story_id"] == own
    moves = [h for h in _history(client, t["a"]) if h["action"] == "move_story"]
    assert [(m["old"], m["new"]) for m in moves][1] == (target, own)
    assert client.get(f"/api/stories/{own}").status_code == 200


def test_an_admin_adds_a_user_who_can_then_sign_in(app, client, accounts):
    engine = app.state.engine
    auth = {"Authorization": f"Bearer {accounts(engine)['root']}"}
    response = client.post("/api/users", json={"name": "bob", "role": "reviewer", "password": PASSWORD}, headers=auth)
    assert response.status_code == 201
    assert "bob" in [u["name"] for u in client.get("/api/users", headers=auth).json()]
    assert client.post("/api/session", json={"name": "bob", "password": PASSWORD}).status_code == 200
    with engine.connect() as conn:
        assert conn.execute(select(audit.c.action).where(audit.c.user == "root")).scalars().all()[-1] == "user_add"


def test_queue_and_precision(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    queue = client.get("/api/review/queue?limit=500").json()
    assert t["a"] in [e["id"] for e in queue["items"]] and queue["total"] == len(queue["items"])
    assert all(e["review_state"] == "unreviewed" for e in queue["items"])
    client.post(f"/api/events/{t['a']}/confirm", json={}, headers=auth)
    client.post(f"/api/events/{t['b']}/reject", json={"reason": "no"}, headers=auth)
    after = client.get("/api/review/queue?order=confidence&limit=500").json()
    assert after["total"] == queue["total"] - 2
    numbers = client.get("/api/review/precision").json()["languages"]["all"]["fields"]
    assert numbers["events"] == {"kept": 1, "wrong": 1, "precision": 0.5}
    assert client.get("/api/review/queue?order=random").status_code == 422


def test_a_corrected_name_is_found_by_search_in_any_script(app, client, accounts):
    auth = {"Authorization": f"Bearer {accounts(app.state.engine)['ana']}"}
    t = _targets(app.state.engine)
    before = {e["id"] for e in client.get("/api/events", params={"q": "Zarghampour"}).json()["items"]}
    assert t["a"] not in before
    body = {"people": [{"name": "Zarghampour", "party": "IRN", "role": "minister"}], "reason": "named in the text"}
    assert client.patch(f"/api/events/{t['a']}", json=body, headers=auth).status_code == 200
    for query in ("Zarghampour", "زرغامپور"):
        found = {e["id"] for e in client.get("/api/events", params={"q": query}).json()["items"]}
        assert t["a"] in found, query
