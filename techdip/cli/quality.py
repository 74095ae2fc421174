"""Commands that measure: eval, gold check, lexicon check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

from techdip.cli.common import (
    EXIT_FAILED_INPUTS,
    EXIT_OK,
    EXIT_USAGE,
    predict_gold,
)


def cmd_eval(args: argparse.Namespace) -> int:
    from techdip.evaluate import evaluate, format_table, match_predictions, read_gold

    gold_path = Path(args.gold)
    try:
        gold = read_gold(gold_path)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.split:
        gold = [record for record in gold if record.get("split") == args.split]
        if not gold:
            print(f"error: no article of {gold_path} is in split {args.split!r}", file=sys.stderr)
            return EXIT_USAGE
    if args.pred:
        try:
            predictions = read_gold(Path(args.pred))
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        predictions = predict_gold(gold, gold_path.parent)
    matched = match_predictions(gold, predictions)
    result = evaluate(zip(matched, gold, strict=True))
    if args.errors:
        _print_errors(matched, gold)
    if args.stories:
        from techdip.evaluate import evaluate_stories

        clustering = evaluate_stories(gold, gold_path.parent)
        if args.json:
            print(json.dumps(clustering, indent=2))
        else:
            print(
                f"stories: pairwise precision {clustering['precision']:.3f}, recall {clustering['recall']:.3f} "
                f"({clustering['predicted_pairs']} predicted and {clustering['gold_pairs']} gold same-story pairs; "
                f"{clustering['matched_events']} of {clustering['events']} gold events matched to extracted ones)"
            )
        return EXIT_OK
    if args.json:
        print(json.dumps({lang: scores.to_json() for lang, scores in result.items()}, indent=2))
    else:
        split = f" (split {args.split})" if args.split else ""
        print(f"{gold_path}: {len(gold)} articles{split}")
        print(format_table(result))
    return EXIT_OK


def _print_errors(predictions: list[dict], gold: list[dict]) -> None:
    """Per article, what extraction missed (-) and added (+), metric by metric."""
    from techdip.evaluate import article_errors

    for pred, record in zip(predictions, gold, strict=True):
        errors = article_errors(pred, record)
        if not errors:
            continue
        print(f"{record['doc']} [{record.get('lang')}]")
        for name, diff in errors.items():
            missed = ", ".join(map(_short, diff["missed"]))
            added = ", ".join(map(_short, diff["added"]))
            print(f"  {name:8} -{{{missed}}} +{{{added}}}")
    print()


def _short(item) -> str:
    return "-".join(item) if isinstance(item, tuple) else str(item)


def cmd_gold_check(args: argparse.Namespace) -> int:
    from techdip.gold import check_gold

    failed = False
    for name in args.gold:
        try:
            problems = check_gold(Path(name))
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        errors = [p for p in problems if not p.warning]
        for problem in problems:
            if args.warnings or not problem.warning:
                print(f"{name}: {problem}")
        print(f"{name}: {len(errors)} errors, {len(problems) - len(errors)} warnings", file=sys.stderr)
        failed |= bool(errors)
    return EXIT_FAILED_INPUTS if failed else EXIT_OK


def cmd_lexicon_check(args: argparse.Namespace) -> int:
    from techdip.lexicons.check import check_all

    problems, counts = check_all()
    for problem in problems:
        print(problem)
    total = sum(counts.values())
    print(f"{len(counts)} lexicon folders, {total} entries, {len(problems)} problems")
    return EXIT_FAILED_INPUTS if problems else EXIT_OK
