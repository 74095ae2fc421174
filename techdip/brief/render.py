"""A brief as one self-contained HTML page (styles and SVG charts inline), and as PDF through Chromium."""

from __future__ import annotations

import datetime
import math
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path
from typing import Any

from techdip.brief import Brief, BriefError
from techdip.lexicons import party_name, party_short
from techdip.model import AREA_NAMES

CHROMIUMS = ("chromium", "chromium-browser", "google-chrome")
_QUOTE_CHARS = 280
_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:#1c2330;margin:2rem auto;
max-width:52rem;padding:0 1rem}h1{font-size:1.6rem;margin:0}h2{font-size:1.15rem;margin:2rem 0 .6rem;
border-bottom:2px solid #1c2330}h3{font-size:1.02rem;margin:0 0 .3rem}.sub{color:#5b6472;margin:.2rem 0 1rem}
table.counts{border-collapse:collapse}table.counts td,table.counts th{padding:.2rem .8rem;text-align:right;
border-bottom:1px solid #dde}table.counts th:first-child,table.counts td:first-child{text-align:left}
.up{color:#0a7a32}.down{color:#b3261e}.story{break-inside:avoid;border:1px solid #dde;border-radius:6px;
padding:.7rem .9rem;margin:.7rem 0}.facts{color:#3b4452;font-size:.92rem;margin:.2rem 0}
blockquote{margin:.5rem 0;padding:.3rem .7rem;border-left:3px solid #e0a800;background:#fff9e6}
blockquote .lang{display:block;color:#5b6472;font-size:.8rem}.sources{font-size:.85rem;margin:.3rem 0 0;
padding-left:1.1rem}.chart{width:100%;height:auto}.note{color:#5b6472;font-size:.85rem}
@page{margin:14mm}
"""


def render_html(brief: Brief) -> str:
    scope = " · ".join(x for x in (party_name(brief.party) if brief.party else None,
                                   AREA_NAMES.get(brief.area or "", brief.area)) if x)  # fmt: skip
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>techdip brief {escape(brief.period.label())}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Technology diplomacy brief</h1><p class='sub'>{escape(brief.period.label())}"
        f"{' · ' + escape(scope) if scope else ''} · made by techdip on {datetime.date.today():%d %b %Y}</p>",
        _counts_table(brief),
        "<h2>Who met whom</h2>",
        _network_svg(brief),
        "<h2>When</h2>",
        _timeline_svg(brief),
        f"<h2>Stories ({len(brief.stories)}), the most reported first</h2>",
    ]
    if not brief.stories:
        parts.append("<p class='note'>No story in this period.</p>")
    parts += [_story_html(story) for story in brief.stories]
    parts.append("<p class='note'>Each quote is the evidence as the source wrote it; every fact in techdip points "
                 "to such a span of its article.</p></body></html>")  # fmt: skip
    return "\n".join(parts)


def render_pdf(html: str, out: Path) -> None:
    """Print the page to PDF with headless Chromium (Debian's `chromium`)."""
    browser = next((path for name in CHROMIUMS if (path := shutil.which(name))), None)
    if browser is None:
        raise BriefError("a PDF brief needs Chromium: apt-get install chromium (or write .html)")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "brief.html"
        page.write_text(html, encoding="utf-8")
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                   f"--user-data-dir={folder}/profile", f"--print-to-pdf={out}", page.as_uri()]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        raise BriefError(f"Chromium could not print the brief: {result.stderr.strip().splitlines()[-1:]}")


def _counts_table(brief: Brief) -> str:
    rows = []
    for what, (now, before) in brief.counts.items():
        change = now - before
        css = "up" if change > 0 else "down" if change < 0 else ""
        rows.append(f"<tr><td>{what}</td><td>{now}</td><td>{before}</td><td class='{css}'>{change:+d}</td></tr>")
    return ("<table class='counts'><tr><th></th><th>this period</th><th>the period before</th><th>change</th></tr>"
            + "".join(rows) + "</table>")  # fmt: skip


def _story_html(story: dict[str, Any]) -> str:
    people = {}
    for source in story["sources"]:
        for person in source["people"]:
            people.setdefault(person["name"], person)
    who = "; ".join(
        f"<bdi>{escape(p['name'])}</bdi> ({escape(p.get('role') or 'official')}"
        f"{', ' + escape(party_name(p['party'])) if p.get('party') else ''})"
        for p in list(people.values())[:6]
    )
    places = sorted({s["location"] for s in story["sources"] if s.get("location")})
    facts = [
        " – ".join(party_name(p) for p in story["parties"]),
        story["type"],
        ", ".join(AREA_NAMES.get(a, a) for a in story["areas"]) or None,
        story.get("date") or (f"reported {story['earliest_report']}" if story.get("earliest_report") else None),
        ", ".join(places) or None,
        f"{len(story['sources'])} sources in {', '.join(story['languages'])}",
    ]
    quote = _quote(story)
    sources = "".join(
        f"<li>[{escape(s['lang'] or '?')}] "
        + (f"<a href='{escape(s['url'])}'>" if (s.get("url") or "").startswith(("http://", "https://")) else "")
        + f"<bdi>{escape(s.get('title') or s.get('source') or '')}</bdi>"
        + ("</a>" if (s.get("url") or "").startswith(("http://", "https://")) else "")
        + "</li>"
        for s in story["sources"]
    )
    return (
        f"<div class='story'><h3>{escape(story['line'])}</h3>"
        + (f"<div class='facts'><bdi>{escape(story['title'])}</bdi></div>" if story.get("title") else "")
        + f"<div class='facts'>{escape(' · '.join(f for f in facts if f))}</div>"
        + (f"<div class='facts'>People: {who}</div>" if who else "")
        + quote
        + f"<ul class='sources'>{sources}</ul></div>"
    )


def _quote(story: dict[str, Any]) -> str:
    """The first evidence span of the story's first source, in its own language, the language named."""
    for source in story["sources"]:
        if source["evidence"]:
            text = " ".join(source["evidence"][0]["text"].split())
            if len(text) > _QUOTE_CHARS:
                text = text[: _QUOTE_CHARS - 1].rstrip() + "…"
            return (f"<blockquote dir='auto'><span class='lang'>{escape(_language_name(source['lang']))}</span>"
                    f"{escape(text)}</blockquote>")  # fmt: skip
    return ""


def _language_name(code: str | None) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code or "").get_display_name("en") or (code or "?")
    except (UnknownLocaleError, ValueError):
        return code or "?"


def _network_svg(brief: Brief) -> str:
    """The parties of the period on a circle, linked by the stories they share (line width: stories)."""
    nodes = sorted({p for pair in brief.pairs for p in pair})
    if not nodes:
        return "<p class='note'>No two parties met in this period.</p>"
    size, radius = 640, 230
    centre = size / 2
    where = {
        node: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
        for i, node in enumerate(nodes)
    }  # fmt: skip
    most = max(brief.pairs.values())
    lines = [
        f"<line x1='{where[a][0]:.1f}' y1='{where[a][1]:.1f}' x2='{where[b][0]:.1f}' y2='{where[b][1]:.1f}' "
        f"stroke='#4a78c2' stroke-opacity='.55' stroke-width='{2 + 8 * n / most:.1f}'><title>"
        f"{escape(party_name(a))} – {escape(party_name(b))}: {n} stories</title></line>"
        for (a, b), n in sorted(brief.pairs.items())
    ]
    labels = []
    for node, (x, y) in where.items():
        anchor = "start" if x > centre + 1 else "end" if x < centre - 1 else "middle"
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        dy = -14 if y < centre and anchor == "middle" else 28 if anchor == "middle" else 7
        labels.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='7' fill='#1c2330'/>"
                      f"<text x='{x + dx:.1f}' y='{y + dy:.1f}' text-anchor='{anchor}' font-size='22'>"
                      f"{escape(party_short(node))}</text>")  # fmt: skip
    return (f"<svg class='chart' viewBox='-260 -20 {size + 520} {size + 40}' role='img' aria-label='parties'>"
            + "".join(lines) + "".join(labels) + "</svg>"
            + "<p class='note'>Line width: stories the two parties share in the period.</p>")  # fmt: skip


def _timeline_svg(brief: Brief) -> str:
    """Stories per day of the period (per week when the period is long), with labelled axes."""
    period = brief.period
    step = 1 if period.days <= 62 else 7
    bins = []
    day = period.start
    while day <= period.end:
        days = [day + datetime.timedelta(days=k) for k in range(step)]
        bins.append((day, sum(brief.per_day.get(d.isoformat(), 0) for d in days)))
        day += datetime.timedelta(days=step)
    undated = len(brief.stories) - sum(n for _, n in bins)
    width, height, left, bottom = 720, 200, 40, 36
    most = max([n for _, n in bins] + [1])
    bar = (width - left - 10) / len(bins)
    rects, ticks = [], []
    for i, (start, n) in enumerate(bins):
        x = left + i * bar
        h = (height - bottom - 10) * n / most
        if n:
            rects.append(f"<rect x='{x + 1:.1f}' y='{height - bottom - h:.1f}' width='{max(bar - 2, 1):.1f}' "
                         f"height='{h:.1f}' fill='#4a78c2'><title>{start:%d %b %Y}: {n}</title></rect>")  # fmt: skip
        if i % max(1, len(bins) // 8) == 0:
            ticks.append(f"<text x='{x:.1f}' y='{height - bottom + 14}' font-size='14'>{start:%d %b}</text>")
    y_ticks = "".join(
        f"<text x='{left - 6}' y='{height - bottom - (height - bottom - 10) * v / most + 4:.1f}' font-size='14' "
        f"text-anchor='end'>{v}</text>"
        for v in sorted({0, most // 2, most})
    )
    middle = (height - bottom) / 2
    return (f"<svg class='chart' viewBox='0 0 {width} {height}' role='img' aria-label='stories over time'>"
            f"<line x1='{left}' y1='{height - bottom}' x2='{width - 10}' y2='{height - bottom}' stroke='#888'/>"
            + "".join(rects) + "".join(ticks) + y_ticks
            + f"<text x='{width / 2}' y='{height - 4}' font-size='14' text-anchor='middle'>"
            f"{'day' if step == 1 else 'week'} of the first report</text>"
            f"<text x='12' y='{middle}' font-size='14' transform='rotate(-90 12 {middle})' "
            f"text-anchor='middle'>stories</text></svg>"
            + (f"<p class='note'>{undated} stories have no day.</p>" if undated else ""))  # fmt: skip
