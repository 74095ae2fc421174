"""Exports: CSV cells a spreadsheet shows as text, and events streamed in chunks."""

import pytest

from techdip.cli import main
from techdip.store.export import csv_line, iter_events, neutralise
from techdip.store.queries import EventFilter, query_events
from techdip.store.schema import connect
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://evil.test","x")', '\'=HYPERLINK("http://evil.test","x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
    ],
)
def test_formula_leading_cells_get_an_apostrophe(cell, shown):
    assert neutralise(cell) == shown


@pytest.mark.parametrize("cell", ["Tehran", "ARM;IRN", "2024-05-01", "", "a=b", "e-mail", "ستار هاشمی"])
def test_ordinary_cells_pass_unchanged(cell):
    assert neutralise(cell) == cell


def test_numbers_and_empty_cells_pass_unchanged():
    assert neutralise(42) == 42 and neutralise(None) is None


def test_a_csv_line_quotes_and_neutralises():
    assert csv_line(["=1+1", 'say "hi"', 7]) == '\'=1+1,"say ""hi""",7\r\n'


def test_iter_events_streams_every_event_once_in_id_order_across_chunks(tmp_path):
    url = f"sqlite:///{tmp_path / 'samples.db'}"
    assert main(["ingest", str(SAMPLES / "articles"), "--db", url, "--quiet"]) == 0
    engine = connect(url)
    everything = query_events(engine, EventFilter(), order="id")
    streamed = list(iter_events(engine, EventFilter(), chunk=7))
    assert len(everything) > 7 * 3, "several chunks"
    assert [e["id"] for e in streamed] == [e["id"] for e in everything]
    assert streamed == everything
    only_iran = list(iter_events(engine, EventFilter(party="IRN"), chunk=5))
    assert only_iran and all("IRN" in e["parties"] for e in only_iran)
    assert len(only_iran) == len(query_events(engine, EventFilter(party="IRN")))
