"""Exports: every list in every format holds exactly the rows its filters select, with the columns it declares."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest
from sqlalchemy import create_engine

from techdip.export import TABLES, formats, write
from techdip.export.formats import ExportError, check
from techdip.export.tables import ExportQuery
from techdip.store import aggregates
from techdip.store.queries import EventFilter, count_events
from techdip.store.story_index import count_stories, list_people

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def engine(sample_db):
    return create_engine(sample_db)


def _export(engine, table: str, fmt: str, query: ExportQuery | None = None, chunk: int | None = None) -> bytes:
    spec = TABLES[table]
    chunks = spec.read(engine, query or ExportQuery())
    if chunk:  # the same rows cut into small chunks: several row groups, several pieces
        rows = [row for part in chunks for row in part]
        chunks = iter([rows[i : i + chunk] for i in range(0, len(rows), chunk)])
    return b"".join(write(spec, fmt, chunks))


def test_events_in_every_format_are_the_filtered_events(engine):
    flt = EventFilter(party="IRN")
    expected = count_events(engine, EventFilter(party="IRN"))
    assert expected >= 3
    rows = list(csv.DictReader(io.StringIO(_export(engine, "events", "csv", ExportQuery(flt)).decode())))
    assert len(rows) == expected and all("IRN" in r["parties"].split(";") for r in rows)
    lines = _export(engine, "events", "jsonl", ExportQuery(flt)).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [int(r["id"]) for r in rows]
    parquet = pq.read_table(io.BytesIO(_export(engine, "events", "parquet", ExportQuery(flt))))
    assert parquet.num_rows == expected
    first = parquet.to_pylist()[0]
    assert first == {**json.loads(lines[0]), "date_source": first["date_source"]}  # same record, nested kept
    assert isinstance(first["evidence"], list) and {"start", "end", "text"} <= set(first["evidence"][0])


def test_parquet_row_groups_hold_a_fixed_number_of_rows_whatever_the_chunks_read(engine, monkeypatch):
    monkeypatch.setattr(formats, "PARQUET_ROW_GROUP", 25)
    spec = TABLES["events"]
    rows = [row for part in spec.read(engine, ExportQuery()) for row in part]
    pieces = list(write(spec, "parquet", iter([rows[i : i + 10] for i in range(0, len(rows), 10)])))
    assert len(pieces) == -(-len(rows) // 25) + 1  # a piece per row group, then the footer
    assert all(pieces[:-1]), "each row group leaves as soon as it is written"
    file = pq.ParquetFile(io.BytesIO(b"".join(pieces)))
    sizes = [file.metadata.row_group(i).num_rows for i in range(file.metadata.num_row_groups)]
    assert sizes == [25] * (len(rows) // 25) + ([len(rows) % 25] if len(rows) % 25 else [])
    assert file.read().column("id").to_pylist() == [r["id"] for r in rows]


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "graphml"])
def test_a_file_is_the_same_byte_for_byte_however_its_rows_are_read(engine, table, fmt):
    # the server reads rows a chunk at a time to bound its memory: the chunk size never shows in the file
    if fmt == "graphml" and not TABLES[table].graph:
        return
    whole = _export(engine, table, fmt, chunk=100_000)
    assert len(whole) > 100
    assert _export(engine, table, fmt) == whole == _export(engine, table, fmt, chunk=7)


def test_stories_export_honours_the_time_window_and_minimum_of_sources(engine):
    everything = json_lines(_export(engine, "stories", "jsonl"))
    assert len(everything) == count_stories(engine)
    window = EventFilter(since="2024-07", until="2024-12")
    some = json_lines(_export(engine, "stories", "jsonl", ExportQuery(window)))
    assert 0 < len(some) < len(everything)
    assert len(some) == count_stories(engine, flt=EventFilter(since="2024-07", until="2024-12"))
    twice = json_lines(_export(engine, "stories", "jsonl", ExportQuery(min_sources=2)))
    assert twice and all(s["sources"] >= 2 for s in twice) and len(twice) < len(everything)
    table = pq.read_table(io.BytesIO(_export(engine, "stories", "parquet", ExportQuery(min_sources=2))))
    assert table.column("id").to_pylist() == [s["id"] for s in twice]


def test_people_export_lists_the_people_of_a_party_most_active_first(engine):
    people = json_lines(_export(engine, "people", "jsonl", ExportQuery(EventFilter(party="IRN"))))
    assert people and {p["party"] for p in people} == {"IRN"}
    assert [p["id"] for p in people] == [p["id"] for p in list_people(engine, "IRN", limit=None)]
    assert [p["events"] for p in people] == sorted((p["events"] for p in people), reverse=True)
    assert all(p["events"] == len(p["event_ids"]) for p in people)
    rows = list(csv.DictReader(io.StringIO(_export(engine, "people", "csv").decode())))
    assert len(rows) == len(list_people(engine, limit=None))


def test_pairs_graphml_has_labels_kinds_and_edge_attributes(engine):
    flt = EventFilter(party="IRN")
    root = ET.fromstring(_export(engine, "pairs", "graphml", ExportQuery(flt)))
    keys = {k.get("id"): (k.get("for"), k.get("attr.type")) for k in root.iter(GRAPHML + "key")}
    assert keys == {"label": ("node", "string"), "kind": ("node", "string"), "count": ("edge", "int"),
                    "areas": ("edge", "string"), "types": ("edge", "string"), "first": ("edge", "string"),
                    "last": ("edge", "string")}  # fmt: skip
    nodes = {n.get("id"): {d.get("key"): d.text for d in n} for n in root.iter(GRAPHML + "node")}
    assert nodes["IRN"] == {"label": "Iran", "kind": "state"}
    assert any(n["kind"] == "organisation" for n in nodes.values())
    edges = list(root.iter(GRAPHML + "edge"))
    pairs = aggregates.pair_counts(engine, EventFilter(party="IRN"))
    assert len(edges) == len(pairs) and all("IRN" in (e.get("source"), e.get("target")) for e in edges)
    first = {d.get("key"): d.text for d in edges[0]}
    assert int(first["count"]) == pairs[0][2]
    assert first["areas"] and first["types"] and first["first"] <= first["last"]


def test_pairs_in_csv_carry_names_kinds_areas_and_dates(engine):
    rows = list(csv.DictReader(io.StringIO(_export(engine, "pairs", "csv").decode())))
    assert len(rows) == len(aggregates.pair_counts(engine))
    iran = next(r for r in rows if {r["a"], r["b"]} == {"ARM", "IRN"})
    assert {iran["a_name"], iran["b_name"]} == {"Armenia", "Iran"} and iran["a_kind"] == "state"
    assert "ai" in iran["areas"].split(";") and iran["unit"] == "stories"


def test_a_format_a_table_has_no_use_for_is_refused_before_writing():
    with pytest.raises(ExportError, match="only pairs"):
        check(TABLES["events"], "graphml")
    with pytest.raises(ExportError, match="unknown format"):
        check(TABLES["pairs"], "xlsx")


def test_csv_cells_of_article_text_cannot_run_as_formulas():
    spec = TABLES["people"]
    rows = [{"id": 1, "name": "=HYPERLINK(1)", "party": None, "roles": ["+cmd"], "names": [], "events": 0,
             "event_ids": []}]  # fmt: skip
    line = list(csv.reader(io.StringIO(b"".join(write(spec, "csv", [rows])).decode())))[1]
    assert line[1] == "'=HYPERLINK(1)" and line[3] == "'+cmd"


def json_lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]
