"""The quality gate: extraction may not fall below the floors pinned in quality/floors.json.

Raising a floor is a one-line change there; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techdip.evaluate import evaluate, match_predictions, read_gold
from techdip.extract.pipeline import extract
from techdip.sources import read_file

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text(encoding="utf-8"))


def _scores(gold_path: Path, split: str | None = None) -> dict:
    gold = [r for r in read_gold(gold_path) if split is None or r.get("split") == split]
    predictions = []
    for record in gold:
        document = next(iter(read_file(gold_path.parent / record["doc"])))
        article = extract(document)
        article.doc = record["doc"]
        predictions.append(article.to_json())
    result = evaluate(zip(match_predictions(gold, predictions), gold, strict=True))
    return {lang: scores.to_json() for lang, scores in result.items()}


def _value(scores: dict, metric: str) -> float:
    group, _, field = metric.partition(".")
    return scores[group][field]


@pytest.mark.parametrize("gold_file", sorted(FLOORS["gold"]))
def test_metrics_stay_above_their_floors(gold_file: str):
    """A key "FILE#SPLIT" scores only that split of the gold file (evaluation/news: tune and check)."""
    name, _, split = gold_file.partition("#")
    path = (ROOT / name).resolve()
    if not path.exists():
        if gold_file.startswith("../shared/"):
            pytest.skip(f"{gold_file} is not beside this checkout")
        raise AssertionError(f"{gold_file} is missing")
    scores = _scores(path, split or None)
    failures = []
    for lang, floors in FLOORS["gold"][gold_file].items():
        for metric, floor in floors.items():
            value = _value(scores[lang], metric)
            if value + 1e-9 < floor:
                failures.append(f"{lang} {metric}: {value:.3f} < floor {floor:.3f}")
    assert not failures, f"{gold_file}: " + "; ".join(failures)
