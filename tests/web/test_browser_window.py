"""The analyst's window in a browser: the timeline's brush sets the time window the other views show, export
buttons download what a list shows, and a right-to-left interface that fits a laptop and a phone.

Screenshots go to test-artifacts/screenshots/ (names starting brush-, export-, rtl-).
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

from tests.web.test_browser import OUTSIDE_THE_FRAME, base_url, browser  # noqa: F401  (fixtures, and the skip)

WIDTHS = (1440, 390)


@pytest.fixture
def open_page(browser):  # noqa: F811
    """A page at a width, collecting script errors, console errors and requests that leave the app."""
    contexts = []

    def make(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.problems = []
        page.on("pageerror", lambda exc: page.problems.append(str(exc)))
        page.on("console", lambda msg: page.problems.append(msg.text) if msg.type == "error" else None)
        page.on("request", lambda r: page.problems.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
        return page

    yield make
    for context in contexts:
        context.close()


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _brush(page, start: float, end: float) -> None:
    """Drag across the timeline's bars from one fraction of the plot's width to another."""
    box = page.locator("#timeline .brush rect.overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * (start + end) / 2, y, steps=4)
    page.mouse.move(box["x"] + box["width"] * end, y, steps=4)
    page.mouse.up()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_time_brush_sets_the_window_the_other_views_show(open_page, base_url, artifacts_dir, width):  # noqa: F811
    page = open_page(width)
    page.goto(base_url + "/timeline")
    page.wait_for_selector("#timeline[data-state=ready]")
    assert page.locator("#time-window").is_hidden() and page.locator("#window-links").is_hidden()
    _brush(page, 0.35, 0.9)
    page.wait_for_url(lambda url: "since=" in url)  # checked in Python: the page's CSP forbids eval
    query = dict(re.findall(r"(since|until)=([\d-]+)", page.url))
    assert re.fullmatch(r"\d{4}(-\d\d)?", query["since"]) and query["since"] <= query["until"]
    # the window is shown, put in the form, and carried by every link to a view that honours it
    assert page.locator("#time-window").is_visible()
    assert page.locator("#time-window-label").inner_text() == f"{query['since']} – {query['until']}"
    assert page.locator("#timeline-filters input[name=since]").input_value() == query["since"]
    shared = page.locator("a[data-shared]")
    assert shared.count() >= 6
    for i in range(shared.count()):
        href = shared.nth(i).get_attribute("href")
        assert f"since={query['since']}" in href and f"until={query['until']}" in href, href
    assert page.locator("#timeline rect.bar.outside").count() >= 1  # the bars outside the window fade
    assert page.evaluate(OUTSIDE_THE_FRAME) == [] and _fits(page)
    page.screenshot(path=str(artifacts_dir / f"brush-timeline-{width}.png"), full_page=True)
    api = page.request.get(f"{base_url}/api/events", params={**query, "per_page": 1}).json()

    page.locator("#window-links a[href^='/events']").click()  # the events of the window
    page.wait_for_load_state("networkidle")
    assert f"since={query['since']}" in page.url
    assert page.locator("p.count").inner_text().startswith(f"{api['total']} events")
    assert page.locator("#time-window").is_visible() and _fits(page)
    page.screenshot(path=str(artifacts_dir / f"brush-events-{width}.png"), full_page=True)

    page.locator("header.top nav a[href^='/stories']").click()  # the header carries the window on
    page.wait_for_load_state("networkidle")
    stories = page.request.get(f"{base_url}/api/stories", params=query).json()
    assert page.locator("p.count").inner_text().startswith(f"{stories['total']} stories")
    everything = page.request.get(f"{base_url}/api/stories").json()
    assert stories["total"] < everything["total"]

    page.locator("header.top nav a[href^='/heatmap']").click()
    page.wait_for_load_state("networkidle")
    parties = page.request.get(f"{base_url}/api/parties", params=query).json()
    assert page.locator("table.heatmap thead th").count() - 1 == len(parties)
    assert len(parties) < len(page.request.get(f"{base_url}/api/parties").json())

    page.locator("header.top nav a[href^='/network']").click()
    page.wait_for_load_state("networkidle")
    pairs = page.request.get(f"{base_url}/api/pairs", params=query).json()
    assert page.locator("table.pairs tbody tr").count() == max(1, len(pairs))
    page.screenshot(path=str(artifacts_dir / f"brush-network-{width}.png"), full_page=True)

    page.locator("#time-window-clear").click()  # clearing the window shows everything again
    page.wait_for_load_state("networkidle")
    assert "since=" not in page.url and page.locator("#time-window").is_hidden()
    assert page.problems == []


def test_a_click_outside_the_window_clears_it(open_page, base_url):  # noqa: F811
    page = open_page(1440)
    page.goto(base_url + "/timeline?since=2024-01&until=2024-12")
    page.wait_for_selector("#timeline[data-state=ready]")
    selection = page.locator("#timeline .brush rect.selection").bounding_box()
    assert selection is not None and selection["width"] > 5  # the window of the URL is drawn
    box = page.locator("#timeline .brush rect.overlay").bounding_box()
    # outside the selection, on whichever side has room (the window may touch either end of the axis)
    left_room = selection["x"] - box["x"]
    x = box["x"] + 3 if left_room > 6 else box["x"] + box["width"] - 3
    page.mouse.click(x, box["y"] + box["height"] / 2)
    page.wait_for_url(lambda url: "since=" not in url)
    assert page.locator("#time-window").is_hidden()
    assert page.locator("#timeline rect.bar.outside").count() == 0


@pytest.mark.parametrize("width", WIDTHS)
def test_export_buttons_download_exactly_what_the_list_shows(open_page, base_url, artifacts_dir, width):  # noqa: F811
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    page = open_page(width)
    page.goto(base_url + "/events?area=ai&since=2020")
    shown = int(page.locator("p.count").inner_text().split()[0])
    assert shown >= 2
    buttons = page.locator("p.export a.export-button")
    assert [buttons.nth(i).inner_text() for i in range(buttons.count())] == ["CSV", "JSON Lines", "Parquet"]
    for i in range(buttons.count()):
        assert buttons.nth(i).is_visible()
        assert "area=ai" in buttons.nth(i).get_attribute("href") and "since=2020" in buttons.nth(i).get_attribute(
            "href"
        )
    with page.expect_download() as got:
        buttons.filter(has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(got.value.path().read_text(encoding="utf-8"))))
    assert got.value.suggested_filename == "techdip-events.csv"
    assert len(rows) == shown and all("ai" in r["areas"].split(";") for r in rows)
    with page.expect_download() as got:
        buttons.filter(has_text="Parquet").click()
    assert pyarrow_parquet.read_table(got.value.path()).num_rows == shown
    assert _fits(page)
    page.screenshot(path=str(artifacts_dir / f"export-events-{width}.png"), full_page=True)

    page.goto(base_url + "/network?party=IRN")
    graphml = page.locator("section.pair-list a.export-button", has_text="GraphML")
    with page.expect_download() as got:
        graphml.click()
    root = ET.parse(got.value.path()).getroot()
    edges = root.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")
    assert len(edges) == page.locator("table.pairs tbody tr").count()
    labels = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data") if d.get("key") == "label"]
    assert "Iran" in labels
    page.screenshot(path=str(artifacts_dir / f"export-network-{width}.png"), full_page=True)

    for path, table in (
        ("/stories?min_sources=2", "stories"),
        ("/people?party=IRN", "people"),
        ("/parties/IRN", "events"),
    ):
        page.goto(base_url + path)
        button = page.locator(f"p.export[data-export={table}] a[data-format=jsonl]")
        assert button.is_visible(), path
        with page.expect_download() as got:
            button.click()
        lines = got.value.path().read_text(encoding="utf-8").splitlines()
        assert lines, path
        assert _fits(page), path
    page.screenshot(path=str(artifacts_dir / f"export-party-{width}.png"), full_page=True)
    assert page.problems == []


RTL_PAGES = {"events": "/events?party=IRN", "heatmap": "/heatmap", "network": "/network", "timeline": "/timeline",
             "map": "/map", "stories": "/stories", "party": "/parties/IRN"}  # fmt: skip


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_right_to_left_interface_mirrors_the_page_and_keeps_charts_in_their_frames(
    open_page,
    base_url,  # noqa: F811
    artifacts_dir,
    lang,
    width,
):
    page = open_page(width)
    page.goto(f"{base_url}/?ui={lang}")  # chosen once: the cookie keeps it for the next pages
    for name, path in RTL_PAGES.items():
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        if name in ("network", "timeline", "map") and page.locator(".chart").first.is_visible():
            page.wait_for_selector(".chart[data-state=ready]")
        assert page.evaluate("[document.documentElement.lang, getComputedStyle(document.body).direction]") == [
            lang,
            "rtl",
        ]
        assert _fits(page), f"{path} scrolls sideways in {lang} at {width}"
        assert page.evaluate(OUTSIDE_THE_FRAME) == [], path
        # mirrored: the brand stands at the right of the header, the first column of a table at the right
        brand, header = page.locator("header.top .brand").bounding_box(), page.locator("header.top").bounding_box()
        assert brand["x"] + brand["width"] > header["x"] + header["width"] / 2
        page.screenshot(path=str(artifacts_dir / f"rtl-{lang}-{name}-{width}.png"), full_page=True)
    page.goto(base_url + "/heatmap")
    # the colour scale runs from its low label, at the right, to its high one
    low, ramp = page.locator("#heatmap-scale").bounding_box(), page.locator("#heatmap-scale .ramp").bounding_box()
    assert page.evaluate("getComputedStyle(document.querySelector('#heatmap-scale .ramp')).transform").startswith(
        "matrix(-1"
    )
    assert ramp["x"] > low["x"]
    first = page.locator("table.heatmap tbody th").first.bounding_box()
    frame = page.locator("#heatmap-scroll").bounding_box()
    assert abs(first["x"] + first["width"] - (frame["x"] + frame["width"])) <= 3  # the sticky column on the right
    assert page.problems == []


def test_the_language_selector_switches_the_page_and_keeps_its_filters(open_page, base_url):  # noqa: F811
    page = open_page(1440)
    page.goto(base_url + "/events?area=ai")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.select_option("form.ui-language select[name=ui]", "ru")
    page.wait_for_url(re.compile(r".*ui=ru.*"))
    assert page.locator("html").get_attribute("lang") == "ru"
    assert "area=ai" in page.url and page.locator("h1").inner_text() == "События"
    assert page.locator("form.ui-language button").is_hidden()  # with script, the choice alone sends the form
    page.select_option("form.ui-language select[name=ui]", "ar")
    page.wait_for_url(re.compile(r".*ui=ar.*"))
    assert page.locator("html").get_attribute("dir") == "rtl" and "area=ai" in page.url
    page.goto(base_url + "/people")  # remembered
    assert page.locator("h1").inner_text() == "الأشخاص"
    assert page.problems == []
