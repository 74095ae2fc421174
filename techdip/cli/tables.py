"""Tables of the query commands, drawn with rich: cells wrap at the terminal's width instead of being cut, and
wide characters (Chinese, Japanese, Korean) count two columns, so columns stay aligned in any script.

On a terminal (or with `--table`) the commands print these tables; into a pipe they print their plain lines,
which scripts read (`--json` and `--csv` are the formats meant for machines).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from techdip.lexicons import party_short


def wants_table(forced: bool) -> bool:
    """Tables on a terminal, or when asked for; plain lines into a pipe."""
    return forced or sys.stdout.isatty()


def console() -> Console:
    """A console on standard output: the terminal's width, else $COLUMNS, else 100; colour only on a terminal."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "100") or 100)
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


def _table(title: str | None = None) -> Table:
    return Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", pad_edge=False, collapse_padding=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def events_table(rows: list[dict[str, Any]]) -> Table:
    """Events, newest first: when and where, in which language, what and how far, who, which areas; long cells
    wrap. A date that is the article's publication date, not the event's own, is marked "(pub.)"."""
    table = _table()
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("when", overflow="fold")  # the date, and under it the place
    table.add_column("lang", no_wrap=True)
    table.add_column("what", no_wrap=True)  # the type, and under it the status
    table.add_column("parties", overflow="fold")
    table.add_column("areas", overflow="fold")
    table.add_column("people", overflow="fold")
    for row in rows:
        when = row.get("date") or row.get("when_start") or "undated"
        if row.get("date") is None and row.get("when_from") == "published":
            when += " (pub.)"
        if row.get("location"):
            when += "\n" + row["location"]
        people = "; ".join(f"{p['name']} ({p['role']})" if p.get("role") else p["name"] for p in row["people"])
        table.add_row(
            str(row["id"]), when, row.get("lang") or "", f"{row['type']}\n{row.get('status') or ''}",
            _cell(row["parties"]), _cell(row["areas"]), people,
        )  # fmt: skip
    return table


def stories_table(stories: list[dict[str, Any]]) -> Table:
    """Stories, most reported first: the line and headline, sources and their languages."""
    table = _table()
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("story", overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("parties", overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("sources", justify="right")
    table.add_column("languages", overflow="fold")
    for story in stories:
        text = story["line"] + (f"\n{story['title']}" if story["title"] else "")
        table.add_row(
            str(story["id"]), text, story["type"], _cell(story["parties"]),
            story["date"] or story["earliest_report"] or "", str(len(story["sources"])), _cell(story["languages"]),
        )  # fmt: skip
    return table


def people_table(people: list[dict[str, Any]]) -> Table:
    """People, the most active first, with every written form of their name."""
    table = _table()
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("name", overflow="fold")
    table.add_column("party", no_wrap=True)
    table.add_column("roles", overflow="fold")
    table.add_column("written as", overflow="fold")
    table.add_column("events", justify="right", no_wrap=True)
    for person in people:
        table.add_row(
            str(person["id"]), person["name"], person["party"] or "-", "; ".join(person["roles"]),
            ", ".join(n["name"] for n in person["names"]), str(len(person["events"])),
        )  # fmt: skip
    return table


def summary_tables(facts: dict[str, Any]) -> list[Table]:
    """The summary's pairs and areas as two tables, counted in the summary's unit."""
    pairs = _table(f"{facts['unit']} per pair of parties")
    pairs.add_column("pair", overflow="fold")
    pairs.add_column("codes", no_wrap=True)
    pairs.add_column(facts["unit"], justify="right")
    for (a, b), n in facts["pairs"][:15]:
        pairs.add_row(f"{party_short(a)} – {party_short(b)}", f"{a} - {b}", str(n))
    areas = _table("top areas")
    areas.add_column("area")
    areas.add_column(facts["unit"], justify="right")
    for area, n in facts["areas"][:10]:
        areas.add_row(area, str(n))
    return [pairs, areas]
