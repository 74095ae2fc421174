"""Where date errors come from, article by article: publication dates and event dates against the gold.

    .venv/bin/python evaluation/news/tools/date_errors.py evaluation/news/gold.jsonl --split tune [-v]

Prints, for the split, how many publication dates are right (on the articles whose gold has one) and
each event-date error with its class:

- `published`: the page shows a publication date and extraction read none or another one;
- `missed`: a gold date no event got (`no date found` when no event has any date at all);
- `wrong`: a predicted date that no gold date matches, by what it is: `publication day` (the publication
  date used as the event's), `background` (more than a month before the gold's), `plan` (after it),
  `same month` (a day off), `relative` (a relative expression resolved wrongly), `not in gold` (an event the
  gold dates with nothing);
- per class, the counts, then (with -v) every case with the expression and where it came from.

It reads the gold only to compare; it is a measuring tool for the tune split (the check split is measured
with `techdip eval`, never read case by case).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from techdip.extract.pipeline import extract
from techdip.sources import SourceError, read_file


def _matches(predicted: str, gold: str) -> bool:
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def _published_right(predicted: str | None, gold: str) -> bool:
    """The page's date read at the precision the page shows (a month page may be read as its month)."""
    return predicted is not None and predicted[: len(gold)] == gold and len(predicted) <= len(gold) + 3


def _classify(value: str, info: dict | None, published: str | None, gold_dates: set[str]) -> str:
    resolution = (info or {}).get("resolution")
    if not gold_dates:
        return "not in gold"
    if value == published and resolution != "relative":
        return "publication day"
    if resolution == "relative":
        return "relative"
    nearest = min(gold_dates)
    if any(g[:7] == value[:7] for g in gold_dates):
        return "same month"
    if value < nearest:
        return "background"
    return "plan"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--split")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    gold_path = Path(args.gold)
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split:
        records = [r for r in records if r.get("split") == args.split]
    classes: Counter[str] = Counter()
    cases: dict[str, list[str]] = {}
    shown = right = 0
    for record in records:
        document = next(i for i in read_file(gold_path.parent / record["doc"]) if not isinstance(i, SourceError))
        article = extract(document)
        doc = record["doc"]
        gold_published = record.get("published")
        if gold_published:
            shown += 1
            if _published_right(article.published, gold_published):
                right += 1
            else:
                classes["published"] += 1
                cases.setdefault("published", []).append(
                    f"{doc}: gold {gold_published}, read {article.published} ({article.published_from})"
                )
        gold_dates = {e["date"] for e in record.get("events", []) if e.get("date")}
        predicted = [(e.date, e.date_info) for e in article.events if e.date]
        values = {value for value, _ in predicted}
        for gold in sorted(gold_dates):
            if not any(_matches(v, gold) for v in values):
                kind = "missed: no date found" if not values else "missed"
                classes[kind] += 1
                cases.setdefault(kind, []).append(f"{doc}: gold {gold}, predicted {sorted(values)}")
        seen = set()
        for value, info in predicted:
            if value in seen or any(_matches(value, g) for g in gold_dates):
                continue
            seen.add(value)
            trail = info.to_json() if info is not None and hasattr(info, "to_json") else vars(info) if info else {}
            kind = "wrong: " + _classify(value, trail, article.published, gold_dates)
            classes[kind] += 1
            cases.setdefault(kind, []).append(
                f"{doc}: {value} from {trail.get('text')!r} ({trail.get('resolution')}), gold {sorted(gold_dates)},"
                f" published {article.published}"
            )
    print(f"publication dates right: {right}/{shown}" + (f" ({right / shown:.1%})" if shown else ""))
    for kind, count in classes.most_common():
        print(f"{count:4}  {kind}")
        if args.verbose:
            for case in cases[kind]:
                print(f"        {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
