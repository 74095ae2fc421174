"""Checks of a gold file (spec/EVENTS.md section 5): every line against its article and the spec's codes.

`check_gold(path)` returns the problems found, each naming the gold line; `techdip gold check` prints them.
The checks are those an annotator cannot eyeball reliably: offsets, codes, sorted lists, names present in
the text, splits and story ids.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from techdip.lexicons import party_names
from techdip.model import AREAS, EVENT_TYPES, GOLD_SPLITS, STATUSES

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_LANG = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class Problem:
    line: int
    doc: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"line {self.line} ({self.doc}): {kind}: {self.message}"


def valid_date(value: Any) -> bool:
    """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string naming a real calendar date."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True


def _comparable(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _check_event(event: dict[str, Any], text: str, codes: set[str], say) -> None:
    if event.get("type") not in EVENT_TYPES:
        say(f"bad type {event.get('type')!r}")
    if event.get("status") not in STATUSES:
        say(f"bad status {event.get('status')!r}")
    parties = event.get("parties") or []
    if not parties:
        say("no parties")
    for code in parties:
        if code not in codes:
            say(f"unknown party code {code!r}")
    if parties != sorted(set(parties)):
        say(f"parties not sorted and unique: {parties}")
    areas = event.get("areas") or []
    for area in areas:
        if area not in AREAS:
            say(f"unknown area {area!r}")
    if areas != sorted(set(areas)):
        say(f"areas not sorted and unique: {areas}")
    if event.get("date") is not None and not valid_date(event["date"]):
        say(f"bad date {event['date']!r}")
    if event.get("location") is not None and not isinstance(event["location"], str):
        say(f"bad location {event['location']!r}")
    for person in event.get("people") or []:
        if set(person) != {"name", "party", "role"}:
            say(f"person keys {sorted(person)}, expected name, party, role")
            continue
        name = person["name"]
        if not isinstance(name, str) or not name.strip() or _comparable(name) not in _comparable(text):
            say(f"person name {name!r} not found in the article")
        if person["party"] is not None and person["party"] not in codes:
            say(f"person {name!r}: unknown party code {person['party']!r}")
        elif person["party"] is not None and person["party"] not in parties:
            say(f"person {name!r} of {person['party']} whose party is not among the event's", warning=True)
    evidence = event.get("evidence")
    if evidence is None:
        return  # optional in gold (section 5)
    if not evidence:
        say("empty evidence list")
    for span in evidence:
        start, end, quoted = span.get("start"), span.get("end"), span.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            say(f"bad evidence offsets {start}:{end}")
        elif text[start:end] != quoted:
            say(f"evidence {start}:{end} is {text[start:end]!r}, not {quoted!r}")


def check_record(record: Any, line: int, base: Path, codes: set[str]) -> list[Problem]:
    """The problems of one gold line (an article and its events)."""
    problems: list[Problem] = []
    doc = str(record.get("doc", "?")) if isinstance(record, dict) else "?"

    def say(message: str, warning: bool = False) -> None:
        problems.append(Problem(line, doc, message, warning))

    if not isinstance(record, dict):
        say("not a JSON object")
        return problems
    for key in ("doc", "lang", "relevant", "events"):
        if key not in record:
            say(f"missing key {key!r}")
    path = base / doc
    if not path.is_file():
        say("article file not found")
        return problems
    text = path.read_text(encoding="utf-8")
    if not isinstance(record.get("lang"), str) or not _LANG.fullmatch(record["lang"]):
        say(f"bad lang {record.get('lang')!r}")
    published = record.get("published")
    if published is not None and not (valid_date(published) and len(published) >= 7):
        say(f"bad published {published!r}")  # a page may show only the month ("date 2025-06")
    if "split" in record and record["split"] not in GOLD_SPLITS:
        say(f"bad split {record['split']!r}, expected one of {', '.join(GOLD_SPLITS)}")
    if "story" in record and not (isinstance(record["story"], str) and record["story"].strip()):
        say(f"bad story id {record['story']!r}")
    events = record.get("events") or []
    if record.get("relevant") is not bool(events):
        say(f"relevant is {record.get('relevant')!r} with {len(events)} events")
    for number, event in enumerate(events):
        _check_event(event, text, codes, lambda m, warning=False, n=number: say(f"event {n}: {m}", warning))
    return problems


def check_gold(path: Path) -> list[Problem]:
    """Every problem of a gold file; doc paths are relative to the file."""
    codes = set(party_names())
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                problems.append(Problem(line, "?", f"malformed JSON: {exc.msg}"))
                continue
            problems.extend(check_record(record, line, path.parent, codes))
            doc = record.get("doc") if isinstance(record, dict) else None
            if doc in seen:
                problems.append(Problem(line, str(doc), f"same doc as line {seen[doc]}"))
            elif doc:
                seen[doc] = line
    return problems
