"""What the commands share: exit statuses, reading and extracting inputs, party names, time budgets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from techdip.model import Article, Document
from techdip.sources import SourceError, read_sources

if TYPE_CHECKING:
    from techdip.store.ingest import IngestReport

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2


def extract_all(paths: list[str], budget: float | None) -> Iterator[tuple[Document, Article] | SourceError]:
    """(document, article) for every readable input; a SourceError for the rest (extraction errors included)."""
    yield from extract_each(read_sources(paths), budget)


def extract_each(
    items: Iterable[Document | SourceError], budget: float | None
) -> Iterator[tuple[Document, Article] | SourceError]:
    """(document, article) for each document read; SourceErrors pass through, extraction errors become some."""
    from techdip.extract.pipeline import ExtractionTimeout, extract

    for item in items:
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield item, extract(item, budget)
        except ExtractionTimeout as exc:
            yield SourceError(item.source, f"not extracted: {exc} (see --time-budget)")
        except Exception as exc:  # one bad document must not stop the run
            first_line = (str(exc).strip().splitlines() or [""])[0][:300]  # error lines stay one line each
            yield SourceError(item.source, f"extraction failed: {type(exc).__name__}: {first_line}")


def warn(document: Document) -> None:
    """Print what the reader repaired in a document (invalid bytes, NUL characters ...)."""
    for warning in document.warnings:
        print(f"warning: {document.source}: {warning}", file=sys.stderr)


def budget_of(args: argparse.Namespace) -> float | None:
    return args.time_budget if args.time_budget > 0 else None


def party_code_arg(text: str) -> str:
    """A party code from a code or a name in any language read natively; ValueError with the nearest names."""
    from techdip.lexicons import party_code

    return party_code(text)


def add_time_budget(parser: argparse.ArgumentParser) -> None:
    from techdip.extract.pipeline import DEFAULT_TIME_BUDGET

    parser.add_argument(
        "--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
        help=f"extraction time per document before it is reported failed (default {DEFAULT_TIME_BUDGET:g} s; 0: none)",
    )  # fmt: skip


def print_report_lines(report: IngestReport) -> None:
    """Warnings (stored, but repaired), conflicts (not stored: the id is taken) and errors, one line each."""
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in report.conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    for line in report.failed:
        print(f"error: {line}", file=sys.stderr)


def predict_gold(gold: list[dict], base: Path) -> list[dict]:
    from techdip.extract.pipeline import extract
    from techdip.sources import read_file

    predictions = []
    for record in gold:
        doc_path = base / record["doc"]
        for item in read_file(doc_path):
            if isinstance(item, SourceError):
                print(f"error: {item}", file=sys.stderr)
                continue
            article = extract(item)
            article.doc = record["doc"]
            predictions.append(article.to_json())
            break
    return predictions
