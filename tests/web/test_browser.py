"""The dashboard as a person uses it, in Debian's headless Chromium driven by Playwright.

Screenshots of every page, at laptop and phone width, are saved in test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (apt-get install chromium): .ci/run does")
    pytest.skip("Debian's chromium is not installed here (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")

SIZES = {"laptop": (1366, 860), "phone": (390, 844)}


@pytest.fixture(scope="module")
def base_url(sample_db):
    import uvicorn

    from techdip.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],  # fmt: skip
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    page.on("request", lambda req: outside.append(req.url) if not req.url.startswith("http://127.0.0.1") else None)
    page.js_errors = errors  # type: ignore[attr-defined]
    page.outside_requests = outside  # type: ignore[attr-defined]
    yield page
    context.close()


def _shoot(page, artifacts_dir, name: str) -> None:
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(100)
        page.screenshot(path=str(artifacts_dir / f"{name}-{size}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 860})


def _no_horizontal_overflow_at_phone_width(page) -> bool:
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(50)
    overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.set_viewport_size({"width": 1366, "height": 860})
    return overflow


def test_every_page_opens_offline_and_fits_a_phone(page, base_url, artifacts_dir):
    pages = {"overview": "/", "events": "/events", "party": "/parties/IRN", "network": "/network",
             "timeline": "/timeline", "heatmap": "/heatmap", "api": "/docs", "stories": "/stories",
             "people": "/people"}  # fmt: skip
    for name, path in pages.items():
        response = page.goto(base_url + path)
        assert response is not None and response.ok, path
        page.wait_for_load_state("networkidle")
        assert page.locator("header.top nav a").count() >= 5
        assert _no_horizontal_overflow_at_phone_width(page), f"{path} overflows at phone width"
        _shoot(page, artifacts_dir, name)
    assert page.js_errors == []
    assert page.outside_requests == [], "every asset must be served by the app"


def test_filter_the_events_then_open_one_and_see_its_evidence_highlighted(page, base_url, artifacts_dir):
    page.goto(base_url + "/events")
    page.select_option("select[name=area]", "ai")
    page.fill("input[name=party]", "IRN")
    page.click("form.filters button")
    page.wait_for_load_state("networkidle")
    assert "area=ai" in page.url
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "Iran" in rows.nth(i).inner_text() and "AI" in rows.nth(i).inner_text()
    rows.first.locator("td a").first.click()
    page.wait_for_load_state("networkidle")
    marks = page.locator("article.original mark")
    assert marks.count() >= 1
    evidence = page.locator("ul.evidence li bdi").first.inner_text()
    assert evidence.strip() in page.locator("article.original").inner_text()
    _shoot(page, artifacts_dir, "event")


def test_persian_article_renders_right_to_left(page, base_url, artifacts_dir):
    page.goto(base_url + "/events?lang=fa")
    page.locator("table.events tbody tr td a").first.click()
    page.wait_for_load_state("networkidle")
    article = page.locator("article.original")
    assert article.get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('article.original')).direction") == "rtl"
    _shoot(page, artifacts_dir, "event-persian")


def test_hostile_article_renders_as_harmless_text(page, base_url, artifacts_dir):
    page.goto(base_url + "/events?q=onerror")
    page.locator("table.events tbody tr td a").first.click()
    page.wait_for_load_state("networkidle")
    text = page.locator("article.original").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned=2"' in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("article.original img, article.original script, article.original b").count() == 0
    _shoot(page, artifacts_dir, "event-hostile")


def test_network_draws_parties_and_filters_by_area(page, base_url):
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    nodes = page.locator("#network g.node")
    assert nodes.count() >= 3
    all_nodes = nodes.count()
    page.select_option("#network-filters select[name=area]", "postal")
    page.click("#network-filters button")
    page.wait_for_timeout(300)
    page.wait_for_selector("#network[data-state=ready]")
    assert page.locator("#network g.node").count() <= all_nodes
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    code = page.locator("#network g.node").first.get_attribute("data-party")
    page.locator("#network g.node").first.click()
    page.wait_for_url(f"**/parties/{code}")


def test_timeline_draws_bars_by_area_and_by_party(page, base_url):
    page.goto(base_url + "/timeline")
    page.wait_for_selector("#timeline[data-state=ready]")
    assert page.locator("#timeline svg rect").count() >= 1
    page.select_option("#timeline-filters select[name=by]", "party")
    page.click("#timeline-filters button")
    page.wait_for_timeout(300)
    assert page.locator("#timeline .legend span").filter(has_text="IRN").count() == 1


def test_heatmap_cells_link_to_their_events(page, base_url):
    page.goto(base_url + "/heatmap")
    cell = page.locator("table.heatmap td a").first
    cell.click()
    page.wait_for_load_state("networkidle")
    assert "area=" in page.url and "party=" in page.url
    assert page.locator("table.events tbody tr").count() >= 1


def test_a_story_shows_its_sources_in_several_languages(page, base_url, artifacts_dir):
    page.goto(base_url + "/stories?min_sources=2")
    page.locator("table.stories tbody tr td a").first.click()
    page.wait_for_load_state("networkidle")
    sources = page.locator(".sources .source")
    assert sources.count() >= 2
    assert len({sources.nth(i).get_attribute("lang") for i in range(sources.count())}) >= 2
    assert page.locator(".sources blockquote").count() >= 2
    _shoot(page, artifacts_dir, "story")


def test_no_page_breaks_its_content_security_policy(page, base_url):
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    for path in ("/", "/events", "/events/1", "/parties/IRN", "/network", "/timeline",
                 "/heatmap", "/docs", "/stories", "/stories?min_sources=2", "/people"):  # fmt: skip
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    page.goto(base_url + "/timeline")
    page.wait_for_selector("#timeline[data-state=ready]")
    assert violations == []


def test_interactive_api_docs_render_swagger_ui_from_the_app_and_try_a_call(page, base_url, artifacts_dir):
    page.goto(base_url + "/docs")
    assert page.locator("a[href='/docs/interactive']").count() == 1
    # listened from here: the dashboard pages have no favicon, and Chromium's 404 for /favicon.ico is not ours
    console: list[str] = []
    page.on(
        "console", lambda msg: console.append(f"{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None
    )
    assets: list[str] = []
    page.on("request", lambda req: assets.append(req.url.removeprefix(base_url)))
    page.goto(base_url + "/docs/interactive")
    page.wait_for_selector(".swagger-ui .opblock")
    page.wait_for_load_state("networkidle")
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("techdip")
    assert page.locator(".swagger-ui .opblock").count() == 13  # every /api operation
    schemas = page.locator(".swagger-ui section.models").inner_text()  # the typed schemas, by name
    assert all(name in schemas for name in ("EventPage", "Event", "Story", "Person", "Overview", "EventType"))
    page.locator(".opblock-summary-path[data-path='/api/events/{event_id}']").click()
    page.click("button.try-out__btn")
    page.fill("input[placeholder='event_id']", "1")
    page.click("button.execute")
    page.wait_for_selector(".live-responses-table tr.response .response-col_status")
    assert page.locator(".live-responses-table tr.response .response-col_status").first.inner_text().strip() == "200"
    assert '"confidence"' in page.locator(".live-responses-table .microlight").first.inner_text()
    _shoot(page, artifacts_dir, "api-interactive")
    assert {"/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css",
            "/openapi.json", "/api/events/1"} <= set(assets)  # fmt: skip
    assert console == [] and page.js_errors == []  # no error, and no Content-Security-Policy violation
    assert page.outside_requests == [], "Swagger UI and everything it loads is served by the app"
