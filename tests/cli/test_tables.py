"""CLI tables (rich): cells wrap at the terminal's width instead of being cut, wide characters count two columns,
and a pipe still gets the plain lines scripts read."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from techdip.cli import tables

LONG_PLACE = "Saint Petersburg International Economic Forum Congress Centre"
EVENT = {
    "id": 7, "date": None, "when_start": "2024-11-19", "when_from": "published", "type": "AGREE", "status": "signed",
    "parties": ["ARM", "CHN", "IRN"], "areas": ["ai", "data_transit", "telecom_infrastructure"], "lang": "zh",
    "people": [{"name": "刘振华", "party": "CHN", "role": "minister of industry and information technology"},
               {"name": "ستار هاشمی", "party": "IRN", "role": "minister of ICT"}],
    "location": LONG_PLACE,
}  # fmt: skip


def _render(table, width: int) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, highlight=False).print(table)
    return out.getvalue().splitlines()


def test_an_events_table_wraps_long_cells_within_the_width_and_loses_no_word():
    for width in (50, 60):  # narrow: long words fold inside their column, no line runs past the width
        assert all(cell_len(line) <= width for line in _render(tables.events_table([EVENT]), width))
    for width in (80, 120):
        lines = _render(tables.events_table([EVENT]), width)
        assert all(cell_len(line) <= width for line in lines), width
        text = " ".join(lines)
        for word in [*LONG_PLACE.split(), "minister", "刘振华", "هاشمی", "(pub.)", "2024-11-19", "signed"]:
            assert word in text, (width, word)


def test_wide_characters_count_two_columns_so_every_line_has_the_same_width():
    lines = [line for line in _render(tables.events_table([EVENT]), 70) if line.strip()]
    assert any("刘振华" in line for line in lines)
    assert len({cell_len(line) for line in lines}) == 1  # Chinese rows no wider than Latin ones
    assert len({len(line) for line in lines}) > 1  # while their character counts differ


def test_people_and_stories_tables_keep_every_written_form():
    person = {"id": 3, "name": "Sattar Hashemi", "party": "IRN", "roles": ["minister of ICT"], "events": [1, 2, 5],
              "names": [{"name": n} for n in ("Sattar Hashemi", "ستار هاشمی", "Саттар Хашеми", "哈希米")]}  # fmt: skip
    text = " ".join(_render(tables.people_table([person]), 50))
    assert all(name.split()[-1] in text for name in ("Hashemi", "هاشمی", "Хашеми", "哈希米")) and " 3 " in text
    story = {"id": 1, "line": "Armenia–Iran, agreement signed on AI, Tehran, 19 Nov 2024", "title": "伊朗与亚美尼亚签署人工智能备忘录",
             "type": "AGREE", "parties": ["ARM", "IRN"], "date": "2024-11-19", "earliest_report": "2024-11-19",
             "sources": [{}, {}], "languages": ["en", "fa", "zh"]}  # fmt: skip
    lines = _render(tables.stories_table([story]), 64)
    assert all(cell_len(line) <= 64 for line in lines)
    assert "Tehran," in " ".join(lines) and "伊朗" in " ".join(lines)


def test_table_option_draws_tables_into_a_pipe_and_plain_lines_stay_the_default(run_cli, sample_db, monkeypatch):
    db_url = sample_db
    monkeypatch.setenv("COLUMNS", "72")
    status, out, _ = run_cli("events", "--db", db_url, "--table")
    assert status == 0 and " when " in out and " people" in out and "─" in out
    assert all(cell_len(line) <= 72 for line in out.splitlines()[:-1])  # the last line is the count
    status, plain, _ = run_cli("events", "--db", db_url)
    assert "─" not in plain and plain.splitlines()[0].split()[:3] == ["id", "date", "when_from"]
    status, out, _ = run_cli("summary", "--db", db_url, "--table")
    assert status == 0 and "Armenia – Iran" in out and "ARM - IRN" in out
    status, out, _ = run_cli("people", "--db", db_url, "--table")
    assert status == 0 and "written as" in out


def test_stories_and_people_say_when_the_limit_cut_them(run_cli, sample_db):
    db_url = sample_db
    status, out, err = run_cli("stories", "--db", db_url, "--limit", "1", "--json")
    assert status == 0 and len(out.splitlines()) == 1 and "the first 1 stories; --limit N shows more" in err
    status, out, err = run_cli("people", "--db", db_url, "--limit", "2")
    assert status == 0 and "the 2 most active people; --limit N shows more" in err
    status, out, err = run_cli("stories", "--db", db_url, "--limit", "1000")
    assert status == 0 and "note:" not in err
