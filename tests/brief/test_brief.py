"""Briefs: the period's stories ranked, with quotes in their own language, a network and a timeline, counts
against the period before; one HTML file that needs nothing else, or a PDF."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess

import pytest

from techdip.brief import BriefError, build_brief, parse_period, weight
from techdip.brief.render import render_html
from techdip.store.schema import connect
from tests.conftest import ROOT

LATEST = datetime.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("since", "until", "start", "end"),
    [("7d", None, "2025-05-26", "2025-06-01"), ("2w", "2025-03-14", "2025-03-01", "2025-03-14"),
     ("2025-05-01", None, "2025-05-01", "2025-06-01")],
)  # fmt: skip
def test_a_period_ends_on_until_else_on_the_latest_day_held(since, until, start, end):
    period = parse_period(since, until, LATEST)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)
    assert period.before().end == period.start - datetime.timedelta(days=1) and period.before().days == period.days


@pytest.mark.parametrize("since", ["yesterday", "0d", "2025-13-01", "2026-01-01"])
def test_a_period_that_means_nothing_is_refused(since):
    with pytest.raises(BriefError):
        parse_period(since, None, LATEST)


def test_the_brief_of_a_month_ranks_stories_and_quotes_them_in_their_language(sample_db):
    engine = connect(sample_db)
    brief = build_brief(engine, parse_period("2024-07-01", "2024-12-31", None))
    weights = [weight(s) for s in brief.stories]
    assert brief.stories and weights == sorted(weights, reverse=True)
    assert brief.counts["stories"][0] == len(brief.stories) and brief.pairs
    html = render_html(brief)
    top = brief.stories[0]
    assert top["line"].replace("'", "&#x27;") in html
    assert "Persian" in html and "<blockquote" in html  # an Iranian story quoted as written, its language named
    assert "<svg" in html and "Who met whom" in html and "week of the first report" in html  # half a year: weeks
    assert not re.search(r"<script|<link|src=['\"]http", html)  # one file: nothing loaded from elsewhere


def test_a_party_brief_holds_only_that_partys_stories(sample_db):
    brief = build_brief(connect(sample_db), parse_period("2024-01-01", "2025-12-31", None), party="ARM")
    assert brief.stories and all("ARM" in s["parties"] for s in brief.stories)


def test_the_cli_writes_html_and_pdf(run_cli, sample_db, tmp_path):
    status, out, _ = run_cli("brief", "--since", "90d", "--out", tmp_path / "brief.html", "--db", sample_db)
    assert status == 0 and "brief of" in out and (tmp_path / "brief.html").read_text().startswith("<!doctype html>")
    assert run_cli("brief", "--since", "soon", "--out", tmp_path / "b.html", "--db", sample_db)[0] == 2
    assert run_cli("brief", "--out", tmp_path / "brief.docx", "--db", sample_db)[0] == 2
    if not shutil.which("chromium"):
        pytest.skip("PDF briefs need Debian's chromium")
    pdf = tmp_path / "brief.pdf"
    status, _, err = run_cli("brief", "--since", "90d", "--out", pdf, "--db", sample_db)
    data = pdf.read_bytes()
    assert status == 0, err
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 2
    if shutil.which("pdftoppm"):  # the pages as images, for a person to look at
        shots = ROOT / "test-artifacts" / "brief"
        shots.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(shots / "page")], check=True)
        assert list(shots.glob("page-*.png"))
