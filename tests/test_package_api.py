"""The Python API: techdip.extract and techdip.open, as the README shows them."""

from __future__ import annotations

import pytest

import techdip


def test_extract_a_text_gives_its_events():
    article = techdip.extract("Iran and Armenia signed an MoU on AI in Tehran.")
    assert [(e.type, e.parties, e.areas) for e in article.events] == [("AGREE", ["ARM", "IRN"], ["ai"])]
    assert techdip.extract("Iran and Armenia signed an MoU on AI.", lang="en", published="2024-11-19").published


def test_open_queries_a_database_and_refuses_a_missing_file(tmp_path):
    from techdip.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Iran and Armenia signed an MoU on artificial intelligence in Tehran.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["ingest", str(article), "--db", url, "--quiet"]) == 0
    rows = techdip.open(url).events(party="IRN", limit=5)
    assert [r["parties"] for r in rows] == [["ARM", "IRN"]]
    with pytest.raises(FileNotFoundError):
        techdip.open(f"sqlite:///{tmp_path / 'typo.sqlite'}")
    assert not (tmp_path / "typo.sqlite").exists()
