"""The dashboard as a person uses it, in Debian's headless Chromium driven by Playwright.

Screenshots of every page, at laptop and phone width, are saved in test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.web.conftest import served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (apt-get install chromium): .ci/run does")
    pytest.skip("Debian's chromium is not installed here (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")

SIZES = {"laptop": (1366, 860), "phone": (390, 844)}


@pytest.fixture(scope="module")
def base_url(sample_db):
    with served(sample_db) as url:
        yield url


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
             "timeline": "/timeline", "heatmap": "/heatmap", "map": "/map", "api": "/docs", "stories": "/stories",
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


def _cy(page, script: str):
    """Evaluate script with `cy`, the Cytoscape instance of the network page."""
    return page.evaluate(f"(() => {{ const cy = document.getElementById('network').cy; {script} }})()")


def test_network_draws_parties_and_filters_by_area(page, base_url):
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    all_nodes = _cy(page, "return cy.nodes().length;")
    assert all_nodes >= 3
    page.select_option("#network-filters select[name=area]", "postal")
    page.click("#network-filters button")
    page.wait_for_url("**/network?*area=postal*")
    page.wait_for_selector("#network[data-state=ready]")
    assert 1 <= _cy(page, "return cy.nodes().length;") <= all_nodes
    assert page.locator("select[name=area]").input_value() == "postal"  # the form keeps the filter
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    code, x, y = _cy(
        page,
        "const n = cy.nodes().max((n) => n.data('n')).ele; const p = n.renderedPosition(); return [n.id(), p.x, p.y];",
    )
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_url(f"**/parties/{code}")


def test_network_tells_states_from_organisations_and_names_them(page, base_url):
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    shapes = _cy(
        page, "return Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.style('shape'), n.data('label')]]));"
    )
    assert shapes["IRN"] == ["ellipse", "Iran"]
    orgs = [code for code, (shape, _) in shapes.items() if shape == "round-rectangle"]
    assert orgs, "the samples have organisations; they must look different from states"
    assert page.locator("#network-legend .node-state").count() == 1
    assert page.locator("#network-legend .node-org").count() == 1
    assert page.locator("#edge-scale .edge-sample").count() >= 1
    # labels never overlap: the shown ones have disjoint boxes
    boxes = _cy(
        page,
        "return cy.nodes().filter((n) => !n.hasClass('quiet'))"
        ".map((n) => n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));",
    )
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a["x2"] <= b["x1"] or b["x2"] <= a["x1"] or a["y2"] <= b["y1"] or b["y2"] <= a["y1"], (a, b)
    # zoom buttons zoom
    before = _cy(page, "return cy.zoom();")
    page.click("[data-zoom=in]")
    assert _cy(page, "return cy.zoom();") > before
    page.click("[data-zoom=fit]")


def test_network_on_a_phone_is_a_list_of_pairs(page, base_url, artifacts_dir):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/network")
    assert not page.locator("#network").is_visible()
    rows = page.locator("table.pairs tbody tr")
    assert rows.count() >= 3 and rows.first.is_visible()
    assert "Iran" in page.locator("table.pairs").inner_text()
    page.click("#graph-toggle")  # the graph is there when asked for, fitted to the phone's frame
    assert page.locator("#network").is_visible()
    assert page.evaluate(OUTSIDE_THE_FRAME) == []
    assert _cy(page, "return cy.nodes().filter((n) => !n.hasClass('quiet')).length;") >= 3
    page.screenshot(path=str(artifacts_dir / "network-390-graph.png"), full_page=True)


def test_timeline_counts_each_story_once_and_shows_the_undated(page, base_url):
    page.goto(base_url + "/timeline")
    page.wait_for_selector("#timeline[data-state=ready]")
    bars = page.locator("#timeline svg rect.bar")
    assert bars.count() >= 1
    totals = page.evaluate("JSON.parse(document.getElementById('timeline-data').dataset.json).totals")
    assert bars.count() == sum(1 for n in totals if n)
    titles = page.locator("#timeline .axis-title").all_text_contents()
    assert "stories per month" in titles and "Month" in titles
    assert page.locator("#undated b").inner_text().isdigit()
    # one story in two areas is one bar unit, not two: the peak bar is the month's stories, not the sum of areas
    series = page.evaluate("JSON.parse(document.getElementById('timeline-data').dataset.json).series")
    stacked = [sum(col) for col in zip(*series.values(), strict=True)]
    assert max(totals) < max(stacked)
    peak_title = page.locator("#timeline rect.bar title").all_text_contents()
    assert max(int(t.split(": ")[1].split()[0]) for t in peak_title) == max(totals)
    page.select_option("#timeline-filters select[name=by]", "party")
    page.select_option("#timeline-filters select[name=unit]", "events")
    page.click("#timeline-filters button")
    page.wait_for_url("**/timeline?*by=party*")
    page.wait_for_selector("#timeline[data-state=ready]")
    assert page.locator("h1").inner_text() == "Events per month"
    assert page.locator("#timeline-series text.row-label[data-key=IRN]").filter(has_text="Iran").count() == 1
    page.select_option("#timeline-bin", "year")
    assert page.locator("#timeline .axis-title").filter(has_text=re.compile("^Year$")).count() == 1
    # a window with nothing in it: the bars (the whole time axis, for the brush) all fall outside, the rows say so
    page.goto(base_url + "/timeline?since=2099")
    page.wait_for_selector("#timeline[data-state=ready]")
    assert page.locator("#timeline rect.bar").count() >= 1
    assert page.locator("#timeline rect.bar:not(.outside)").count() == 0
    assert "No dated stories" in page.locator("#timeline-series").inner_text()


def test_map_draws_the_world_and_who_cooperates(page, base_url):
    page.goto(base_url + "/map")
    page.wait_for_selector("#map[data-state=ready]")
    assert page.locator("#map path.land").count() >= 150
    assert page.locator("#map path.land.active").count() >= 3
    assert page.locator("#map path.link").count() >= 1
    assert page.locator("#map-legend .ramp").count() == 1
    assert page.locator("header.top nav a[href='/map']").count() == 1
    page.click("[data-map-zoom=in]")
    page.wait_for_timeout(400)
    assert "scale(" in (page.locator("#map svg g g").first.get_attribute("transform") or "")


def test_heatmap_has_every_party_a_colour_scale_and_sticky_headers(page, base_url):
    page.goto(base_url + "/heatmap")
    assert page.locator("#heatmap-scale .ramp").count() == 1
    columns = page.locator("table.heatmap thead th").count() - 1
    assert columns == page.evaluate("fetch('/api/parties').then((r) => r.json()).then((p) => p.length)")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(100)
    assert page.locator("#heatmap-cue").is_visible()
    page.evaluate("document.getElementById('heatmap-scroll').scrollLeft = 400")
    page.wait_for_timeout(100)
    frame_left = page.locator("#heatmap-scroll").bounding_box()["x"]
    assert abs(page.locator("table.heatmap tbody th").first.bounding_box()["x"] - frame_left) <= 2


CHART_PAGES = {"network": ("/network", "#network"), "timeline": ("/timeline", "#timeline"),
               "map": ("/map", "#map"), "heatmap": ("/heatmap", None), "party": ("/parties/IRN", "#timeline")}  # fmt: skip
OUTSIDE_THE_FRAME = """(frameSel) => {
  const out = [];
  for (const frame of document.querySelectorAll('.chart')) {
    if (!frame.offsetParent) continue;  // hidden (the network on a phone)
    const f = frame.getBoundingClientRect();
    for (const el of frame.querySelectorAll('svg rect, svg path, svg circle, svg text, svg line, canvas')) {
      if (el.closest('clipPath') || el.closest('defs')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < f.left - 1 || r.top < f.top - 1 || r.right > f.right + 1 || r.bottom > f.bottom + 1)
        out.push(`${frame.id} ${el.tagName}.${el.getAttribute('class') || ''} ${JSON.stringify([r.left, r.top, r.right, r.bottom])} vs ${JSON.stringify([f.left, f.top, f.right, f.bottom])}`);
    }
    if (frame.cy) {
      const w = frame.clientWidth, h = frame.clientHeight;
      frame.cy.nodes().forEach((n) => {
        const b = n.renderedBoundingBox({ includeLabels: !n.hasClass('quiet'), includeEdges: false });
        if (b.x1 < -1 || b.y1 < -1 || b.x2 > w + 1 || b.y2 > h + 1) out.push(`node ${n.id()} ${JSON.stringify(b)}`);
      });
    }
  }
  return out;
}"""


@pytest.mark.parametrize("name", CHART_PAGES)
@pytest.mark.parametrize("width", [1440, 390])
def test_chart_pages_keep_everything_inside_their_frames(browser, base_url, artifacts_dir, name, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    outside: list[str] = []
    page.on("request", lambda req: outside.append(req.url) if not req.url.startswith("http://127.0.0.1") else None)
    path, frame = CHART_PAGES[name]
    page.goto(base_url + path)
    if frame and page.locator(frame).is_visible():
        page.wait_for_selector(f"{frame}[data-state=ready]")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts_dir / f"{name}-{width}.png"), full_page=True)
    assert page.evaluate(OUTSIDE_THE_FRAME) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways"
    assert problems == []
    assert outside == []
    context.close()


def test_a_party_page_charts_its_stories_per_month(page, base_url):
    page.goto(base_url + "/parties/IRN")
    page.wait_for_selector("#timeline[data-state=ready]")
    totals = page.evaluate("JSON.parse(document.getElementById('timeline-data').dataset.json).totals")
    assert page.locator("#timeline rect.bar").count() == sum(1 for n in totals if n) >= 1


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
                 "/heatmap", "/map", "/docs", "/stories", "/stories?min_sources=2", "/people"):  # fmt: skip
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-state=ready]")
    page.goto(base_url + "/timeline")
    page.wait_for_selector("#timeline[data-state=ready]")
    page.goto(base_url + "/map")
    page.wait_for_selector("#map[data-state=ready]")
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
    spec = page.request.get(base_url + "/openapi.json").json()
    operations = sum(len(methods) for path, methods in spec["paths"].items() if path.startswith("/api/"))
    assert operations >= 14  # the read API's 14, and the curation API's
    assert page.locator(".swagger-ui .opblock").count() == operations  # every /api operation
    schemas = page.locator(".swagger-ui section.models").inner_text()  # the typed schemas, by name
    assert all(name in schemas for name in ("EventPage", "Event", "Story", "Person", "Overview", "EventType"))
    page.locator(".opblock-get .opblock-summary-path[data-path='/api/events/{event_id}']").click()  # GET, not PATCH
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
