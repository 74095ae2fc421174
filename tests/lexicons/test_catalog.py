"""`techdip languages`: what is read natively, what by the fallback, with how much data and how well."""

from __future__ import annotations

import json

from techdip.lexicons import available_languages
from techdip.lexicons.catalog import languages
from tests.conftest import TEST_DATA


def test_every_folder_is_native_and_other_identified_languages_fall_back():
    found = {language.code: language for language in languages()}
    assert {code for code, language in found.items() if language.level == "native"} == set(available_languages())
    assert found["en"].entries["triggers.tsv"] > 100 and found["en"].entries["cldr_names"] > 150
    for code in ("sv", "am", "sw"):
        if code not in available_languages():
            assert found[code].level == "fallback" and found[code].entries["cldr_names"] > 150
    assert "intl" not in found and "mul" not in found


def test_the_cli_lists_languages_as_json_with_scores_from_a_gold_file(run_cli):
    status, out, _ = run_cli("languages", "--json", "--scores", TEST_DATA / "tr" / "gold.jsonl")
    listed = {language["code"]: language for language in json.loads(out)}
    assert status == 0 and listed["tr"]["level"] == "native"
    assert set(listed["tr"]["scores"]) == {"relevant", "parties", "dyads", "areas", "types"}
    assert "scores" not in listed["en"]  # the Turkish gold file has no English article
    status, out, _ = run_cli("languages")
    assert status == 0 and "languages read natively" in out and "by the fallback" in out


def test_a_missing_gold_file_is_a_usage_error(run_cli, tmp_path):
    status, _, err = run_cli("languages", "--scores", tmp_path / "none.jsonl")
    assert status == 2 and "none.jsonl" in err
