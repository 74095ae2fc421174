"""The lists a person can export, each with its columns and a reader of its rows a chunk at a time.

A column has a kind, which says how it is written where a format has no nesting: a CSV cell joins a list
with ";" and a person as "name (party, role)"; Parquet keeps lists and structs as such.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from techdip.lexicons import party_name
from techdip.model import ORGANISATIONS
from techdip.store import aggregates
from techdip.store.export import EXPORT_CHUNK, iter_event_chunks
from techdip.store.queries import EventFilter
from techdip.store.story_index import list_people, list_stories

STORY_CHUNK = 50  # stories read per query: each brings its sources, evidence and people, so fewer than events

# kinds: int, text, texts (list of text), ints (list of int), people, evidence, names (nested lists of records),
# json (any value: kept in JSON Lines, written as JSON text elsewhere)
KINDS = ("int", "text", "texts", "ints", "people", "evidence", "names", "json")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.name}: unknown kind {self.kind!r}")


@dataclass(frozen=True)
class ExportQuery:
    """What the list shows: the event filter, the unit of counts, and the stories' minimum of sources."""

    flt: EventFilter = field(default_factory=EventFilter)
    unit: str = "stories"
    min_sources: int = 1


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    read: Callable[[Engine, ExportQuery], Iterator[list[dict[str, Any]]]]
    csv_columns: tuple[str, ...] = ()  # a narrower CSV, when the list has one already (events: what the CLI writes)
    graph: bool = False  # rows are edges between parties: GraphML makes sense

    def csv_fields(self) -> tuple[Column, ...]:
        if not self.csv_columns:
            return self.columns
        by_name = {c.name: c for c in self.columns}
        return tuple(by_name[name] for name in self.csv_columns)


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from "name:kind name ..." (kind text when left out)."""
    return tuple(Column(*item.split(":")) for item in spec.split())


# ---- readers ---------------------------------------------------------------------------------------------------


def _events(engine: Engine, query: ExportQuery) -> Iterator[list[dict[str, Any]]]:
    yield from iter_event_chunks(engine, _copy(query.flt))


def _stories(engine: Engine, query: ExportQuery) -> Iterator[list[dict[str, Any]]]:
    """Stories as the stories page orders them (most sources first), a page at a time."""
    flt = _copy(query.flt)
    party, flt.party = flt.party, None  # the stories' own party filter, as on the page
    offset = 0
    while True:
        found = list_stories(engine, party, query.min_sources, limit=STORY_CHUNK, offset=offset, flt=flt)
        if found:
            yield [_story_row(story) for story in found]
        if len(found) < STORY_CHUNK:
            return
        offset += STORY_CHUNK


def _story_row(story: dict[str, Any]) -> dict[str, Any]:
    sources = story["sources"]
    return {
        **{key: story[key] for key in ("id", "line", "title", "type", "parties", "date", "earliest_report")},
        **{key: story[key] for key in ("languages", "areas", "people")},
        "sources": len(sources),
        "event_ids": [s["event_id"] for s in sources],
        "urls": [s["url"] for s in sources if s["url"]],
    }


def _people(engine: Engine, query: ExportQuery) -> Iterator[list[dict[str, Any]]]:
    """People as the people page lists them (the most active first); only the party filter applies."""
    offset = 0
    while True:
        found = list_people(engine, query.flt.party, limit=EXPORT_CHUNK, offset=offset)
        if found:
            yield [{**p, "events": len(p["events"]), "event_ids": p["events"]} for p in found]
        if len(found) < EXPORT_CHUNK:
            return
        offset += EXPORT_CHUNK


def _pairs(engine: Engine, query: ExportQuery) -> Iterator[list[dict[str, Any]]]:
    """Pairs of parties as the network shows them; one chunk (there are at most parties² of them)."""
    rows = [
        {**pair, "a_name": party_name(pair["a"]), "b_name": party_name(pair["b"]), "count": pair.pop("n"),
         "unit": query.unit, "a_kind": _kind(pair["a"]), "b_kind": _kind(pair["b"])}
        for pair in aggregates.pair_details(engine, _copy(query.flt), query.unit)
    ]  # fmt: skip
    if rows:
        yield rows


def _kind(code: str) -> str:
    return "organisation" if code in ORGANISATIONS else "state"


def _copy(flt: EventFilter) -> EventFilter:
    """A fresh filter: readers page with limit and offset, which must not leak into the caller's."""
    return EventFilter(**{**flt.__dict__, "limit": None, "offset": 0})


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "events",
            _columns(
                "id:int doc_id type status parties:texts areas:texts people:people date date_source:json location "
                "evidence:evidence when_start when_end when_from lang source title published url story_id:int "
                "confidence review_state"
            ),
            _events,
            csv_columns=(
                "id",
                "date",
                "when_start",
                "when_from",
                "type",
                "status",
                "parties",
                "areas",
                "people",
                "location",
                "lang",
                "source",
                "evidence",
                "confidence",
                "review_state",
            ),  # fmt: skip
        ),
        Table(
            "stories",
            _columns(
                "id:int line title type parties:texts date earliest_report sources:int languages:texts areas:texts "
                "people:texts event_ids:ints urls:texts"
            ),
            _stories,
        ),
        Table("people", _columns("id:int name party roles:texts names:names events:int event_ids:ints"), _people),
        Table(
            "pairs",
            _columns("a b a_name b_name a_kind b_kind count:int unit areas:texts types:texts first last"),
            _pairs,
            graph=True,
        ),
    )
}
