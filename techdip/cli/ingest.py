"""Commands that read articles: extract, ingest, and the Spark path (spark, load)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from techdip.model import Article, Document
from techdip.sources import SourceError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy import Engine

    from techdip.store.ingest import Indexer, IngestReport

from techdip.cli.common import (
    EXIT_FAILED_INPUTS,
    EXIT_OK,
    EXIT_USAGE,
    budget_of,
    extract_all,
    extract_each,
    print_report_lines,
    warn,
)


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    for result in extract_all(args.paths, budget_of(args)):
        if isinstance(result, SourceError):
            failed += 1
            print(f"error: {result}", file=sys.stderr)
            continue
        document, article = result
        warn(document)
        article.doc = document.source if document.source != "<stdin>" else document.id
        record = article.to_json()
        record["id"] = document.id
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return EXIT_FAILED_INPUTS if failed else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from techdip.store.ingest import IngestReport, store_batch
    from techdip.store.schema import connect

    engine = connect(args.db)
    report = IngestReport()
    batch: list[tuple[Document, Article]] = []
    progress = tqdm(desc="ingest", unit="doc", disable=args.quiet or not sys.stderr.isatty(), file=sys.stderr)

    def flush() -> None:
        store_batch(engine, batch, report, update=args.update, reextract=args.reextract)
        batch.clear()

    if not args.paths and not args.reextract:
        print("error: ingest needs paths (or --reextract alone: every stored document again)", file=sys.stderr)
        return EXIT_USAGE
    if args.paths:
        results = extract_all(args.paths, budget_of(args))
    else:  # --reextract: the stored documents, extracted again by this version (human decisions kept)
        from techdip.cli.curate import stored_documents

        results = extract_each(stored_documents(args.db), budget_of(args))
    for result in results:
        progress.update(1)
        report.read += 1
        if isinstance(result, SourceError):
            report.failed.append(str(result))
            continue
        report.warnings += [f"{result[0].source}: {warning}" for warning in result[0].warnings]
        batch.append(result)
        if len(batch) >= args.batch:
            flush()
    if batch:
        flush()
    progress.close()
    print_report_lines(report)
    print(
        f"read {report.read} inputs: {report.added} added, {report.replaced} re-extracted, "
        f"{report.updated} updated, {report.skipped} skipped as already present, "
        f"{len(report.conflicts)} conflicts, {len(report.failed)} failed, {len(report.warnings)} warnings; "
        f"{report.events} events stored",
        file=sys.stderr if args.quiet else sys.stdout,
    )
    return EXIT_FAILED_INPUTS if report.failed or report.conflicts else EXIT_OK


def cmd_spark(args: argparse.Namespace) -> int:
    try:
        from techdip.scale.spark_job import guess_format, run
    except ImportError:
        print("error: techdip spark needs PySpark: pip install 'techdip[spark]'", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or guess_format(args.inputs)
    counts = run(args.inputs, args.out, fmt, master=args.master, partitions=args.partitions, budget=budget_of(args),
                 stories=args.stories)  # fmt: skip
    print(f"{counts['documents']} documents, {counts['events']} events, {counts['failed']} failed -> {args.out}")
    if args.stories:
        print(f"{counts['stories']} stories, {counts['people']} people ({counts['person_names']} written names)")
    print(f"next: techdip load {args.out}")
    return EXIT_FAILED_INPUTS if counts["failed"] else EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from techdip.scale.spark_job import documents_of_parquet
    from techdip.store.backfill import BackfillIndexer, BackfillRefused, has_backfill, prepare, read_backfill
    from techdip.store.ingest import IngestReport
    from techdip.store.schema import connect

    engine = connect(args.db)
    report = IngestReport()
    index = None
    pairs = documents_of_parquet(args.folder)
    if has_backfill(args.folder) and not args.recluster:
        from techdip.scale.stories import document_key

        backfill = read_backfill(args.folder)
        try:
            fresh = prepare(engine, backfill)
        except BackfillRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        index = BackfillIndexer(backfill)
        # in the order the backfill was clustered in, so that event ids grow as ingest would have made them
        read = list(pairs)
        pairs = [p for p in read if p[0] is None] + sorted((p for p in read if p[0] is not None),
                                                           key=lambda pair: document_key(*pair))  # fmt: skip
        print(f"{'loading' if fresh else 'resuming'} the backfill's {len(backfill.stories)} stories and "
              f"{len(backfill.people)} people as they are")  # fmt: skip
    store_pairs(engine, pairs, args.batch, report, index=index)
    print_report_lines(report)
    print(
        f"loaded {report.read} documents: {report.added} added, {report.replaced} replaced, "
        f"{report.skipped} already present, {len(report.conflicts)} conflicts, {len(report.failed)} failed; "
        f"{report.events} events"
    )
    if getattr(index, "unknown", 0):
        print(f"warning: {index.unknown} events not in the backfill's stories: clustered as ingest does",
              file=sys.stderr)  # fmt: skip
    return EXIT_FAILED_INPUTS if report.failed or report.conflicts else EXIT_OK


def load_folder(engine: Engine, folder: str, batch_size: int, report: IngestReport, per_row: bool = False) -> None:
    """Write the Parquet of `techdip spark` into the database, a batch (one transaction) at a time."""
    from techdip.scale.spark_job import documents_of_parquet

    store_pairs(engine, documents_of_parquet(folder), batch_size, report, per_row=per_row)


def store_pairs(
    engine: Engine,
    pairs: Iterable[tuple[Document | None, Article | str]],
    batch_size: int,
    report: IngestReport,
    per_row: bool = False,
    index: Indexer | None = None,
) -> None:
    """Store (document, article) pairs a batch at a time; a pair without a document carries why it failed."""
    from techdip.store.ingest import store_batch

    batch: list[tuple[Document, Article]] = []
    for doc, article in pairs:
        report.read += 1
        if doc is None:
            report.failed.append(article)
            continue
        batch.append((doc, article))
        if len(batch) >= batch_size:
            store_batch(engine, batch, report, per_row=per_row, index=index)
            batch.clear()
    if batch:
        store_batch(engine, batch, report, per_row=per_row, index=index)
