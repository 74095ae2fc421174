"""A review session in a real browser (Debian's Chromium driven by Playwright), on the demo articles.

A reviewer logs in, confirms an event and rejects another from the keyboard in the review queue, corrects an
event's party on its page, and adds an event the engine missed by selecting its evidence in an article; the
history of each then says who, when and what, and a reader sees the same pages without a single write control.
Screenshots at 1440 and 390 px are saved in test-artifacts/screenshots/review-*.png.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (apt-get install chromium): .ci/run does")
    pytest.skip("Debian's chromium is not installed here (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")

WIDTHS = {"1440": (1440, 900), "390": (390, 844)}
NAME, PASSWORD = "ana", "a long pass phrase"


@pytest.fixture(scope="module")
def review_db(sample_db, tmp_path_factory) -> str:
    """A copy of the demo database with one reviewer: the session's writes stay out of the shared one."""
    from techdip.curate.users import add_user
    from techdip.store.schema import connect

    copy = tmp_path_factory.mktemp("review") / "review.db"
    with sqlite3.connect(sample_db.removeprefix("sqlite:///")) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # the WAL's pages too, which a file copy would miss
    url = f"sqlite:///{copy}"
    add_user(connect(url), NAME, "reviewer", PASSWORD)
    return url


@pytest.fixture(scope="module")
def base_url(review_db):
    with served(review_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # a Content-Security-Policy violation (an inline style or script slipped in) is a console error, not a pageerror
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.js_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


def api(base_url: str, path: str):
    """What a reader gets from the JSON API (no cookie): the truth the pages are checked against."""
    answer = httpx.get(base_url + path, timeout=30)
    answer.raise_for_status()
    return answer.json()


def shoot(page, artifacts_dir: Path, name: str) -> None:
    for width, (w, h) in WIDTHS.items():
        page.set_viewport_size({"width": w, "height": h})
        page.wait_for_timeout(120)
        page.screenshot(path=str(artifacts_dir / f"review-{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1440, "height": 900})


def fits_a_phone(page) -> bool:
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(60)
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.set_viewport_size({"width": 1440, "height": 900})
    return fits


def log_in(page, base_url: str) -> None:
    page.goto(base_url + "/login")
    page.fill("input[name=name]", NAME)
    page.fill("input[name=password]", PASSWORD)
    page.click(".login-form button[type=submit]")
    page.wait_for_url("**/review")


def history_rows(page) -> list[str]:
    return [row.inner_text() for row in page.locator("table.history tbody tr").all()]


def select_text(page, length: int = 40) -> str:
    """Select, as a person would with the mouse, `length` characters of the article text's longest plain run;
    returns the selected words as the page shows them."""
    return page.evaluate(
        """(length) => {
            const walker = document.createTreeWalker(document.getElementById("article-text"), NodeFilter.SHOW_TEXT);
            let best = null;
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              if (node.parentElement.tagName !== "MARK" && (!best || node.data.length > best.data.length)) best = node;
            const start = best.data.search(/\\S/);
            const range = document.createRange();
            range.setStart(best, start);
            range.setEnd(best, Math.min(best.data.length, start + length));
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return range.toString();
        }""",
        length,
    )


def test_a_review_session_confirm_reject_correct_add_then_history_and_a_reader(page, base_url, artifacts_dir):
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    log_in(page, base_url)
    assert page.locator("header.top .account").inner_text().startswith(NAME)
    queue_ids = [
        int(i) for i in page.locator("#queue tbody tr[data-event]").evaluate_all("rs => rs.map(r => r.dataset.event)")
    ]
    assert queue_ids == [e["id"] for e in api(base_url, f"/api/review/queue?limit={len(queue_ids)}")["items"]]
    shoot(page, artifacts_dir, "queue")

    # the queue, by keyboard only: the first row has the focus; c confirms it, j moves on, r asks a reason
    confirmed, rejected = queue_ids[0], queue_ids[1]
    assert page.evaluate("document.activeElement.dataset.event") == str(confirmed)
    page.keyboard.press("c")
    page.wait_for_selector(f"tr[data-event='{confirmed}'] .badge.review-confirmed")
    assert page.evaluate("document.activeElement.dataset.event") == str(rejected), "focus moves to the next event"
    page.keyboard.press("r")
    assert page.locator("#reject-dialog").is_visible()
    page.keyboard.type("the same meeting as another event, read twice")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"tr[data-event='{rejected}'] .badge.review-rejected")
    assert api(base_url, f"/api/events/{confirmed}")["review_state"] == "confirmed"
    assert api(base_url, f"/api/events/{rejected}")["review_state"] == "rejected"

    # correct one event's party on its page, naming the new party in another language; a bad name first
    target = next(e for e in api(base_url, "/api/events?per_page=100")["items"]
                  if e["id"] not in (confirmed, rejected) and e["parties"] == ["ARM", "IRN"])  # fmt: skip
    page.goto(f"{base_url}/events/{target['id']}")
    page.click("button[data-open=edit-form]")
    page.fill("#edit-form input[name=parties]", "Iran, Atlantis")
    page.click("#edit-form button[type=submit]")
    error = page.locator(".review-panel .review-error")
    error.wait_for(state="visible")
    assert "Atlantis" in error.inner_text() and not error.inner_text().lstrip().startswith("{")
    assert api(base_url, f"/api/events/{target['id']}")["parties"] == ["ARM", "IRN"], "a refusal changes nothing"
    page.fill("#edit-form input[name=parties]", "Iran, Грузия")  # Georgia, in Russian
    page.fill("#edit-form input[name=reason]", "the article names Georgia, not Armenia")
    shoot(page, artifacts_dir, "correct")
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("h1 .badge.review-corrected")
    assert api(base_url, f"/api/events/{target['id']}")["parties"] == ["GEO", "IRN"]
    rows = history_rows(page)
    assert any(
        NAME in r and today in r and "parties" in r and "ARM" in r and "GEO" in r and "Georgia" in r for r in rows
    )

    # add an event the engine missed, its evidence selected in the text of a Persian article
    doc = next(d for d in {e["doc_id"]: e for e in api(base_url, "/api/events?lang=fa&per_page=100")["items"]})
    page.goto(f"{base_url}/documents/{doc}")
    page.click("button[data-open=add-form]")
    selected = select_text(page)
    page.click("#add-form button.add-span")
    assert page.locator("#add-form ul.spans li").count() == 1
    assert page.locator("#article-text mark.chosen").inner_text() == selected.strip(), "the article shows the choice"
    page.select_option("#add-form select[name=type]", "AGREE")
    page.select_option("#add-form select[name=status]", "signed")
    page.fill("#add-form input[name=parties]", "ایران, ارمنستان")
    page.check("#add-form input[name=areas][value=ai]")
    page.fill("#add-form input[name=reason]", "a memorandum the engine did not see")
    shoot(page, artifacts_dir, "add")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("h1 .badge.review-added")
    added = int(page.url.split("/events/")[1].split("#")[0])
    event = api(base_url, f"/api/events/{added}")
    assert (event["doc_id"], event["parties"], event["areas"], event["review_state"]) == (
        doc,
        ["ARM", "IRN"],
        ["ai"],
        "added",
    )
    assert event["evidence"][0]["text"] == selected.strip(), "the offsets point at exactly the words selected"
    text = api(base_url, f"/api/documents/{doc}")["text"]
    assert text[event["evidence"][0]["start"] : event["evidence"][0]["end"]] == selected.strip()
    assert any(NAME in r and today in r and "add" in r for r in history_rows(page))

    for event_id, action in ((confirmed, "confirm"), (rejected, "reject")):
        page.goto(f"{base_url}/events/{event_id}")
        assert any(NAME in r and today in r and action in r for r in history_rows(page)), action
    assert "the same meeting as another event" in page.locator("table.history").inner_text()
    page.goto(f"{base_url}/events/{rejected}")
    assert page.locator("button[data-open=restore-form]").is_visible(), "a rejected event can be restored"
    assert fits_a_phone(page)
    assert page.js_errors == []


def test_a_reader_sees_the_states_and_histories_but_no_write_control(page, base_url, artifacts_dir):
    page.goto(base_url + "/review")
    reviewed = [
        e for e in api(base_url, "/api/events?review=all&per_page=500")["items"] if e["review_state"] != "unreviewed"
    ]
    pages = ["/review", "/events", *(f"/events/{e['id']}" for e in reviewed[:3])]
    if reviewed:
        pages.append(f"/documents/{reviewed[0]['doc_id']}")
    for path in pages:
        page.goto(base_url + path)
        assert page.locator(".review-panel, #queue, dialog, .review-form, [data-action], [data-open]").count() == 0, (
            path
        )
        assert page.locator("script[src='/static/review.js']").count() == 0, path
        assert page.locator("header.top .account a", has_text="Log in").count() == 1
        assert fits_a_phone(page), path
    page.goto(base_url + "/review")
    shoot(page, artifacts_dir, "reader-queue")
    assert page.js_errors == []


def test_logging_out_takes_the_controls_away(page, base_url):
    log_in(page, base_url)
    first = page.locator("#queue tbody tr[data-event]").first.get_attribute("data-event")
    page.goto(f"{base_url}/events/{first}")
    assert page.locator(".review-panel").count() == 1
    page.click("header.top .account button")
    page.wait_for_url(base_url + "/")
    page.goto(f"{base_url}/events/{first}")
    assert page.locator(".review-panel").count() == 0
    assert page.context.cookies() == [] or all(c["name"] != "techdip_session" for c in page.context.cookies())


def test_reject_restore_split_merge_and_move_from_the_panel(page, base_url, artifacts_dir):
    log_in(page, base_url)
    events = api(base_url, "/api/events?per_page=500")["items"]
    unreviewed = [e for e in events if e["review_state"] == "unreviewed"]

    # reject with a reason from the panel, then restore: back to unreviewed, both steps in the history
    victim = unreviewed[-1]
    page.goto(f"{base_url}/events/{victim['id']}")
    page.click("button[data-open=reject-form]")
    page.click("#reject-form button[type=submit]")  # no reason: the browser asks for one, nothing is sent
    assert api(base_url, f"/api/events/{victim['id']}")["review_state"] == "unreviewed"
    page.fill("#reject-form input[name=reason]", "an opinion piece, no meeting")
    page.click("#reject-form button[type=submit]")
    page.wait_for_selector("h1 .badge.review-rejected")
    page.click("button[data-open=restore-form]")
    page.click("#restore-form button[type=submit]")
    page.wait_for_selector("h1 .badge.review-unreviewed")
    assert [r.split("\t")[2] for r in history_rows(page)] == ["reject", "restore"]

    # split an event of three parties into two of two
    three = next(e for e in unreviewed if len(e["parties"]) >= 3)
    a, b, c = three["parties"][:3]
    page.goto(f"{base_url}/events/{three['id']}")
    page.click("button[data-open=split-form]")
    page.fill("#split-form textarea[name=parts]", f"{a}, {b}\n{a}, {c}")
    page.click("#split-form button[type=submit]")
    page.wait_for_url(re.compile(r"/events/\d+#history$"))
    parts = sorted(api(base_url, f"/api/events/{page.url.split('/events/')[1].split('#')[0]}")["parties"])
    assert parts in (sorted([a, b]), sorted([a, c]))

    # merge two events of one article, picked from the list the panel offers
    by_doc: dict[str, list[dict]] = {}
    for e in api(base_url, "/api/events?per_page=500")["items"]:
        if e["review_state"] == "unreviewed":
            by_doc.setdefault(e["doc_id"], []).append(e)
    first, second = next(group for group in by_doc.values() if len(group) >= 2)[:2]
    page.goto(f"{base_url}/events/{first['id']}")
    page.click("button[data-open=merge-form]")
    page.select_option("#merge-form select[name=other]", str(second["id"]))
    page.click("#merge-form button[type=submit]")
    page.wait_for_url(re.compile(r"/events/\d+#history$"))
    kept = int(page.url.split("/events/")[1].split("#")[0])
    gone = second["id"] if kept == first["id"] else first["id"]
    assert kept in (first["id"], second["id"])
    assert api(base_url, f"/api/events/{gone}")["review_state"] == "rejected"

    # out of its story, into a story of its own
    mover = next(e for e in api(base_url, "/api/events?per_page=500")["items"]
                 if e["story_id"] and e["review_state"] == "unreviewed" and e["id"] not in (kept, gone))  # fmt: skip
    page.goto(f"{base_url}/events/{mover['id']}")
    page.click("button[data-open=story-form]")
    page.check("#story-form input[name=own_story]")
    page.fill("#story-form input[name=reason]", "a different meeting")
    page.click("#story-form button[type=submit]")
    page.wait_for_selector("table.history")
    page.wait_for_function("document.querySelectorAll('table.history tbody tr').length > 0")
    assert api(base_url, f"/api/events/{mover['id']}")["story_id"] != mover["story_id"]
    assert any("move_story" in r and "a different meeting" in r for r in history_rows(page))
    shoot(page, artifacts_dir, "history")
    assert page.js_errors == []


def test_the_queue_keys_move_open_and_edit_and_the_panel_confirms(page, base_url, artifacts_dir):
    page.goto(base_url + "/login?next=/review%3Forder%3Dconfidence")
    shoot(page, artifacts_dir, "login")
    page.fill("input[name=name]", NAME)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/review?order=confidence")
    rows = page.locator("#queue tbody tr[data-event]").evaluate_all("rs => rs.map(r => r.dataset.event)")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.dataset.event") == rows[1]
    page.keyboard.press("r")
    page.keyboard.press("Escape")  # a change of mind: nothing is sent, the focus comes back to the row
    assert not page.locator("#reject-dialog").is_visible()
    assert page.evaluate("document.activeElement.dataset.event") == rows[1]
    assert api(base_url, f"/api/events/{rows[1]}")["review_state"] == "unreviewed"
    page.keyboard.press("e")
    page.wait_for_url(f"**/events/{rows[1]}#edit")
    assert page.locator("#edit-form").is_visible()
    assert page.evaluate("document.activeElement.name") == "type", "the form opens with the focus in it"
    page.keyboard.press("Escape")
    page.click("button[data-action=confirm]")
    page.wait_for_selector("h1 .badge.review-confirmed")
    assert "Confirmed by ana" in page.locator(".review-line").inner_text()
    page.goto(base_url + "/review")
    page.keyboard.press("o")
    page.wait_for_url(re.compile(r"/events/\d+$"))
    assert page.js_errors == []


def test_a_write_after_logging_in_again_elsewhere_fetches_the_new_csrf_token_and_goes_through(page, base_url):
    log_in(page, base_url)
    rows = page.locator("#queue tbody tr[data-event]").evaluate_all("rs => rs.map(r => r.dataset.event)")
    page.keyboard.press("c")  # the page fetches the session's CSRF token and keeps it
    page.wait_for_selector(f"tr[data-event='{rows[0]}'] .badge.review-confirmed")
    again = page.request.post(base_url + "/login", form={"name": NAME, "password": PASSWORD}, max_redirects=0)
    assert again.status == 303  # a new session, with a new token, as from another tab
    page.keyboard.press("c")
    page.wait_for_selector(f"tr[data-event='{rows[1]}'] .badge.review-confirmed")
    assert page.locator(".queue .review-error").is_hidden()
    assert api(base_url, f"/api/events/{rows[1]}")["review_state"] == "confirmed"


def test_correcting_people_date_place_and_evidence_from_the_panel(page, base_url):
    log_in(page, base_url)
    event = next(e for e in api(base_url, "/api/events?per_page=500")["items"]
                 if e["review_state"] == "unreviewed" and not e["people"]
                 and not api(base_url, f"/api/events/{e['id']}/history"))  # untouched by the other tests  # fmt: skip
    page.goto(f"{base_url}/events/{event['id']}")
    page.click("button[data-open=edit-form]")
    page.click("#edit-form button.add-person")
    row = page.locator("#edit-form .people-rows .person-row").last
    row.locator("input[name=person-name]").fill("Ana Lee")
    row.locator("input[name=person-party]").fill(event["parties"][0])
    row.locator("input[name=person-role]").fill("minister of ICT")
    page.fill("#edit-form input[name=date]", "2024-11-19")
    page.fill("#edit-form input[name=location]", "Tehran")
    for _ in event["evidence"]:
        page.locator("#edit-form ul.spans button").first.click()  # the engine's evidence out ...
    selected = select_text(page, 30)
    page.click("#edit-form button.add-span")  # ... and a span chosen in the article in
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("h1 .badge.review-corrected")
    now = api(base_url, f"/api/events/{event['id']}")
    assert now["people"] == [{"name": "Ana Lee", "party": event["parties"][0], "role": "minister of ICT"}]
    assert (now["date"], now["location"]) == ("2024-11-19", "Tehran")
    assert [e["text"] for e in now["evidence"]] == [selected.strip()]
    assert now["parties"] == event["parties"] and now["type"] == event["type"], "fields left alone stay"
    fields = {r.split("\t")[2].removeprefix("correct ").strip() for r in history_rows(page)}
    assert fields == {"people", "date", "location", "evidence"}, "the history names each corrected field, no other"
    assert page.js_errors == []


def test_on_a_phone_the_queue_shows_each_events_evidence(page, base_url):
    log_in(page, base_url)
    page.set_viewport_size({"width": 390, "height": 844})
    first = page.locator("#queue tbody tr[data-event] td.quote").first
    assert first.is_visible() and first.bounding_box()["width"] > 300, "the evidence gets the card's width"
    assert fits_a_phone(page)


def test_a_hostile_article_stays_text_in_the_reviewers_forms(page, base_url):
    log_in(page, base_url)
    hostile = next(e for e in api(base_url, "/api/events?per_page=500")["items"] if e["source"].endswith("hostile.txt"))
    for path in (f"/events/{hostile['id']}", f"/documents/{hostile['doc_id']}"):
        page.goto(base_url + path)
        page.click("button[data-open]")  # the first form: its fields are filled from the article's data
        assert page.evaluate("window.__pwned") is None, path
        assert "<script>" in page.locator("#article-text").inner_text()
    assert page.js_errors == []


def test_a_write_after_the_session_ended_says_so_in_words_and_changes_nothing(page, base_url):
    log_in(page, base_url)
    rows = page.locator("#queue tbody tr[data-event]").evaluate_all("rs => rs.map(r => r.dataset.event)")
    page.keyboard.press("c")  # the page now holds the session's CSRF token
    page.wait_for_selector(f"tr[data-event='{rows[0]}'] .badge.review-confirmed")
    page.context.clear_cookies()  # the session ends behind the page's back
    page.keyboard.press("c")
    error = page.locator(".queue .review-error")
    error.wait_for(state="visible")
    assert "session has ended" in error.inner_text() and "{" not in error.inner_text()
    assert api(base_url, f"/api/events/{rows[1]}")["review_state"] == "unreviewed"


def test_saving_an_unchanged_correction_form_sends_nothing_and_says_why(page, base_url):
    from techdip.model import AREAS

    log_in(page, base_url)
    # areas that the form lists in another order than the event keeps them: still no change
    event = next(e for e in api(base_url, "/api/events?per_page=500")["items"]
                 if e["review_state"] == "unreviewed" and [a for a in AREAS if a in e["areas"]] != e["areas"])  # fmt: skip
    page.goto(f"{base_url}/events/{event['id']}")
    page.click("button[data-open=edit-form]")
    page.click("#edit-form button[type=submit]")
    error = page.locator(".review-panel .review-error")
    error.wait_for(state="visible")
    assert "Nothing was changed" in error.inner_text()
    assert api(base_url, f"/api/events/{event['id']}")["review_state"] == "unreviewed"
    assert page.locator("table.history tbody tr").count() == 0
