"""The techdip command: a thin layer over sources, extract, store and evaluate."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from techdip import __version__
from techdip.model import AREAS, CONFIDENCES, GOLD_SPLITS, Article, Document
from techdip.sources import SourceError, read_sources

if TYPE_CHECKING:
    from techdip.store.ingest import IngestReport

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2


def _extract_all(paths: list[str], budget: float | None) -> Iterator[tuple[Document, Article] | SourceError]:
    """(document, article) for every readable input; a SourceError for the rest (extraction errors included)."""
    from techdip.extract.pipeline import ExtractionTimeout, extract

    for item in read_sources(paths):
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


def _warn(document: Document) -> None:
    """Print what the reader repaired in a document (invalid bytes, NUL characters ...)."""
    for warning in document.warnings:
        print(f"warning: {document.source}: {warning}", file=sys.stderr)


def _budget(args: argparse.Namespace) -> float | None:
    return args.time_budget if args.time_budget > 0 else None


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    for result in _extract_all(args.paths, _budget(args)):
        if isinstance(result, SourceError):
            failed += 1
            print(f"error: {result}", file=sys.stderr)
            continue
        document, article = result
        _warn(document)
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
        store_batch(engine, batch, report, update=args.update)
        batch.clear()

    for result in _extract_all(args.paths, _budget(args)):
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
    _print_report_lines(report)
    print(
        f"read {report.read} inputs: {report.added} added, {report.replaced} re-extracted, "
        f"{report.updated} updated, {report.skipped} skipped as already present, "
        f"{len(report.conflicts)} conflicts, {len(report.failed)} failed, {len(report.warnings)} warnings; "
        f"{report.events} events stored",
        file=sys.stderr if args.quiet else sys.stdout,
    )
    return EXIT_FAILED_INPUTS if report.failed or report.conflicts else EXIT_OK


def _print_report_lines(report: IngestReport) -> None:
    """Warnings (stored, but repaired), conflicts (not stored: the id is taken) and errors, one line each."""
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in report.conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    for line in report.failed:
        print(f"error: {line}", file=sys.stderr)


EVENT_COLUMNS = (
    "id",
    "date",
    "when_from",
    "type",
    "status",
    "parties",
    "areas",
    "people",
    "location",
    "lang",
    "source",
    "confidence",
)


def cmd_events(args: argparse.Namespace) -> int:
    from techdip.store.queries import EventFilter, FilterError, query_events
    from techdip.store.schema import connect

    try:
        party = _party_code(args.party) if args.party else None
        pair = tuple(_party_code(p) for p in args.pair.split(",")) if args.pair else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    flt = EventFilter(
        party=party, pair=pair, area=args.area, type=args.type, lang=args.lang,  # type: ignore[arg-type]
        since=args.since, until=args.until, q=args.search, limit=args.limit, confidence=args.confidence,
    )  # fmt: skip
    try:
        rows = query_events(connect(args.db), flt)
    except FilterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        for row in rows:
            print(json.dumps(_event_json(row), ensure_ascii=False, default=str))
    elif args.csv:
        from techdip.store.export import safe_row

        writer = csv.writer(sys.stdout)
        writer.writerow(EVENT_COLUMNS)
        for row in rows:
            # cells are article text: "=HYPERLINK(...)" must reach a spreadsheet as text, not as a formula
            writer.writerow(safe_row(_cell(row, column, sep=";") for column in EVENT_COLUMNS))
    else:
        _print_table(rows)
    return EXIT_OK


def _party_code(text: str) -> str:
    """A party code from a code or a name in any language read natively; ValueError with the nearest names."""
    from techdip.lexicons import party_code

    return party_code(text)


def _event_json(row: dict) -> dict:
    keys = ("id", "doc_id", "type", "parties", "areas", "people", "date", "location", "status", "evidence",
            "date_source", "when_start", "when_from", "lang", "source", "title", "published", "confidence")  # fmt: skip
    return {key: row.get(key) for key in keys}


def _cell(row: dict, column: str, sep: str = ", ") -> str:
    value = row.get(column)
    if column == "date":
        value = row.get("date") or row.get("when_start") or ""
    if column == "people":
        return sep.join(f"{p['name']} ({p['role']})" for p in value or [])
    if isinstance(value, list):
        return sep.join(value)
    return "" if value is None else str(value)


def _print_table(rows: list[dict]) -> None:
    if not rows:
        print("no events match")
        return
    columns = ("id", "date", "when_from", "type", "status", "parties", "areas", "location", "lang")
    table = [list(columns)] + [[_cell(row, c) for c in columns] for row in rows]
    widths = [min(40, max(len(r[i]) for r in table)) for i in range(len(columns))]
    for line in table:
        print("  ".join(cell[: widths[i]].ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
    print(f"\n{len(rows)} events; 'when_from' says whether the date is the event's own or the publication date")


def cmd_summary(args: argparse.Namespace) -> int:
    from techdip.store.aggregates import summary
    from techdip.store.schema import connect, database_url

    facts = summary(connect(args.db), "events" if args.raw else "stories")
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return EXIT_OK
    relevant = facts["relevant_documents"]
    print(
        f"{facts['documents']} documents ({relevant} with cooperation events), {facts['events']} events "
        f"in {facts['stories']} stories (counts below are {facts['unit']})"
    )
    print("languages: " + ", ".join(f"{lang} {n}" for lang, n in facts["languages"].items()))
    print("event types: " + ", ".join(f"{t} {n}" for t, n in facts["types"].items()))
    print(f"\n{facts['unit']} per pair of parties:")
    for (a, b), n in facts["pairs"][:15]:
        print(f"  {a:>6} - {b:<6} {n}")
    print("\ntop areas:")
    for area, n in facts["areas"][:10]:
        print(f"  {area:<24} {n}")
    db = database_url(args.db)
    flag = "" if args.db is None else f" --db {db}"
    print("\nnext:")
    print(f"  .venv/bin/techdip events{flag}                     # every event, newest first")
    if facts["pairs"]:
        (a, b), _ = facts["pairs"][0]
        print(f"  .venv/bin/techdip events{flag} --pair {a},{b} --json   # one pair, with evidence")
    print(f"  .venv/bin/techdip events{flag} --area ai --csv         # one area, as CSV")
    print(f"  .venv/bin/techdip stories{flag} --min-sources 2        # the same event across articles and languages")
    print(f"  .venv/bin/techdip serve{flag}                          # dashboard on http://127.0.0.1:8000/")
    print("  .venv/bin/techdip eval samples/gold.jsonl              # quality against the samples' gold")
    print("  .venv/bin/techdip extract samples/articles/<file>      # events of one article as JSON")
    return EXIT_OK


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
        predictions = _predict_gold(gold, gold_path.parent)
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


def _predict_gold(gold: list[dict], base: Path) -> list[dict]:
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


def cmd_lexicon_check(args: argparse.Namespace) -> int:
    from techdip.lexicons.check import check_all

    problems, counts = check_all()
    for problem in problems:
        print(problem)
    total = sum(counts.values())
    print(f"{len(counts)} lexicon folders, {total} entries, {len(problems)} problems")
    return EXIT_FAILED_INPUTS if problems else EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    import time

    from techdip.store.schema import connect
    from techdip.watch.config import ConfigError, load_config
    from techdip.watch.fetch import Fetcher
    from techdip.watch.run import watch_round

    try:
        config = load_config(Path(args.sources))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    engine = connect(args.db)
    interval = args.interval if args.interval is not None else config.settings.interval
    log = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr))
    try:
        while True:
            fetcher = Fetcher(config.settings)
            try:
                results = watch_round(engine, config, fetcher, _budget(args), log)
            finally:
                fetcher.close()
            for health in results:
                print(health.line())
            alert_failures = _run_alerts(engine)
            if args.once:
                return EXIT_FAILED_INPUTS if alert_failures or any(h.error for h in results) else EXIT_OK
            sys.stdout.flush()
            time.sleep(interval)
    except KeyboardInterrupt:  # a stop between two articles loses nothing: the next run continues
        print("stopped", file=sys.stderr)
        return EXIT_OK


def cmd_alerts(args: argparse.Namespace) -> int:
    from techdip.store.schema import connect
    from techdip.watch.alerts import Alert, AlertError, add_alert, list_alerts, remove_alert

    engine = connect(args.db)
    if args.alerts_command == "add":
        try:
            party = _party_code(args.party) if args.party else None
            alert = Alert(args.name, args.to, party, args.area, args.type.upper() if args.type else None, args.status)
            baseline = add_alert(engine, alert)
        except (AlertError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"alert {alert.describe()}; {baseline} stories already match and will not be told")
    elif args.alerts_command == "remove":
        if not remove_alert(engine, args.name):
            print(f"error: no alert named {args.name!r}", file=sys.stderr)
            return EXIT_USAGE
        print(f"alert {args.name} removed")
    elif args.alerts_command == "list":
        for alert, told in list_alerts(engine):
            print(f"{alert.describe()}; {told} stories told")
    else:
        return EXIT_FAILED_INPUTS if _run_alerts(engine) else EXIT_OK
    return EXIT_OK


def _run_alerts(engine) -> int:
    """Tell the alerts' new stories; prints a line per story sent (stderr) and returns the number of failures."""
    from techdip.watch.alerts import run_alerts

    failures = 0
    for fired in run_alerts(engine):
        if fired.error:
            failures += 1
            print(f"alert {fired.alert}: story {fired.story_id} not sent: {fired.error}", file=sys.stderr)
        else:
            print(f"alert {fired.alert}: story {fired.story_id} sent", file=sys.stderr)
    return failures


def cmd_brief(args: argparse.Namespace) -> int:
    from techdip.brief import BriefError, build_brief, latest_day, parse_period
    from techdip.brief.render import render_html, render_pdf
    from techdip.store.schema import connect

    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm", ".pdf"):
        print(f"error: --out {out}: write a .html or a .pdf file", file=sys.stderr)
        return EXIT_USAGE
    try:
        party = _party_code(args.party) if args.party else None
        engine = connect(args.db)
        period = parse_period(args.since, args.until, latest_day(engine))
        html = render_html(build_brief(engine, period, party, args.area))
        if out.suffix.lower() == ".pdf":
            render_pdf(html, out.resolve())
        else:
            out.write_text(html, encoding="utf-8")
    except (BriefError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"brief of {period.label()} -> {out}")
    return EXIT_OK


def cmd_languages(args: argparse.Namespace) -> int:
    from techdip.lexicons.catalog import languages

    found = languages()
    if args.scores:
        problem = _add_news_scores(found, Path(args.scores), args.split)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_USAGE
    if args.json:
        print(json.dumps([language.to_json() for language in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    for level in ("native", "fallback"):
        group = [language for language in found if language.level == level]
        print(f"{len(group)} languages read {'natively' if level == 'native' else 'by the fallback (low confidence)'}")
        for language in group:
            entries = sum(n for name, n in language.entries.items() if name != "cldr_names")
            scores = "  ".join(f"{k} {v:.2f}" for k, v in language.scores.items())
            size = f"{entries:>6} entries" if level == "native" else ""
            print(f"  {language.code:<4} {language.name[:28]:<28} {size:<14} {scores}".rstrip())
    return EXIT_OK


def _add_news_scores(found: list, gold_path: Path, split: str | None) -> str | None:
    """Per-language F1 on a real-news gold file, added to the languages it covers; a problem, or None."""
    from techdip.evaluate import evaluate, match_predictions, read_gold

    try:
        gold = [r for r in read_gold(gold_path) if split is None or r.get("split") == split]
    except (OSError, ValueError) as exc:
        return str(exc)
    result = evaluate(zip(match_predictions(gold, _predict_gold(gold, gold_path.parent)), gold, strict=True))
    for language in found:
        scores = result.get(language.code)
        if scores is not None:
            table = scores.to_json()
            language.scores = {m: table[m]["f1"] for m in ("relevant", "parties", "dyads", "areas", "types")}
    return None


def cmd_stories(args: argparse.Namespace) -> int:
    from techdip.store.schema import connect
    from techdip.store.story_index import list_stories, rebuild, story_json

    engine = connect(args.db)
    if args.rebuild:
        print(f"{rebuild(engine)} stories rebuilt", file=sys.stderr)
    found = list_stories(engine, party=args.party.upper() if args.party else None, min_sources=args.min_sources,
                         limit=args.limit)  # fmt: skip
    if args.json:
        for story in found:
            print(story_json(story))
        return EXIT_OK
    if not found:
        print("no stories match")
    for story in found:
        print(f"story {story['id']}: {story['line']}")
        if story["title"]:
            print(f"    {story['title']}")
        print(
            f"    {story['type']} {'-'.join(story['parties'])}; {len(story['sources'])} sources in "
            f"{', '.join(story['languages'])}; earliest report {story['earliest_report'] or 'unknown'}"
        )
        for source in story["sources"]:
            why = f"  [{source['joined_because']}]" if source["joined_because"] else ""
            print(f"    {source['lang']}  {source['source']}{why}")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    from techdip.store.schema import connect
    from techdip.store.story_index import list_people

    found = list_people(connect(args.db), party=args.party.upper() if args.party else None, limit=args.limit)
    if args.json:
        for person in found:
            print(json.dumps(person, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("no people match")
    for person in found:
        names = ", ".join(n["name"] for n in person["names"])
        print(f"{person['id']:>5}  {person['party'] or '-':<6} {person['name']}  ({'; '.join(person['roles'])})")
        print(f"       written as: {names}; {len(person['events'])} events")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from techdip.web.app import create_app

    print(f"techdip dashboard on http://{args.host}:{args.port}/ (API: /api, documentation: /docs)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_spark(args: argparse.Namespace) -> int:
    try:
        from techdip.scale.spark_job import guess_format, run
    except ImportError:
        print("error: techdip spark needs PySpark: pip install 'techdip[spark]'", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or guess_format(args.inputs)
    counts = run(args.inputs, args.out, fmt, master=args.master, partitions=args.partitions, budget=_budget(args))
    print(f"{counts['documents']} documents, {counts['events']} events, {counts['failed']} failed -> {args.out}")
    print(f"next: techdip load {args.out}")
    return EXIT_FAILED_INPUTS if counts["failed"] else EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from techdip.scale.spark_job import documents_of_parquet
    from techdip.store.ingest import IngestReport, store_batch
    from techdip.store.schema import connect

    engine = connect(args.db)
    report = IngestReport()
    batch = []
    for doc, article in documents_of_parquet(args.folder):
        report.read += 1
        if doc is None:
            report.failed.append(article)
            continue
        batch.append((doc, article))
        if len(batch) >= args.batch:
            store_batch(engine, batch, report)
            batch.clear()
    if batch:
        store_batch(engine, batch, report)
    _print_report_lines(report)
    print(
        f"loaded {report.read} documents: {report.added} added, {report.replaced} replaced, "
        f"{report.skipped} already present, {len(report.conflicts)} conflicts, {len(report.failed)} failed; "
        f"{report.events} events"
    )
    return EXIT_FAILED_INPUTS if report.failed or report.conflicts else EXIT_OK


def _add_time_budget(parser: argparse.ArgumentParser) -> None:
    from techdip.extract.pipeline import DEFAULT_TIME_BUDGET

    parser.add_argument(
        "--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
        help=f"extraction time per document before it is reported failed (default {DEFAULT_TIME_BUDGET:g} s; 0: none)",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="techdip", description="Technology-diplomacy events from multilingual news.")
    parser.add_argument("--version", action="version", version=f"techdip {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print events of articles as JSON Lines (one line per document)")
    p.add_argument("paths", nargs="+", help="files, folders (recursive) or - for standard input")
    _add_time_budget(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract articles into the database")
    p.add_argument("paths", nargs="+", help="files, folders (recursive) or - for standard input")
    p.add_argument("--db", help="database URL (default: TECHDIP_DB or sqlite:///techdip.db)")
    p.add_argument("--batch", type=int, default=200, help="documents per transaction (default 200)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_time_budget(p)
    p.add_argument(
        "--update",
        action="store_true",
        help="a known id with a new text replaces the stored document (default: reported as a conflict)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="list stored events")
    p.add_argument("--db", help="database URL")
    p.add_argument("--party", help="a party code or English name: IRN, Iran, ASEAN ...")
    p.add_argument("--pair", help="two party codes that share the event: IRN,ARM")
    p.add_argument("--search", help="text in the evidence or title, any script")
    p.add_argument("--area", help="an area code: ai, cybersecurity, ...")
    p.add_argument("--type", help="CONSULT, AGREE, COOPERATE, AID or REQUEST")
    p.add_argument("--lang", help="language of the article (ISO 639-1)")
    p.add_argument("--confidence", choices=CONFIDENCES, help="low: events read in a language without a lexicon folder")
    p.add_argument("--since", help="on or after this date (YYYY[-MM[-DD]]); event date, else publication date")
    p.add_argument("--until", help="on or before this date")
    p.add_argument("--limit", type=int, help="at most this many events")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines")
    fmt.add_argument("--csv", action="store_true", help="CSV")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("summary", help="counts of the database: pairs of parties, areas, languages")
    p.add_argument("--db", help="database URL")
    p.add_argument("--raw", action="store_true", help="count per-article events instead of stories")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("watch", help="follow news feeds, sitemaps and address lists, and ingest what is new")
    p.add_argument("sources", help="a SOURCES.toml file (see techdip/watch/config.py)")
    p.add_argument("--db", help="database URL (default: TECHDIP_DB or sqlite:///techdip.db)")
    p.add_argument("--once", action="store_true", help="one round, then exit (for cron); 1 if a source failed")
    p.add_argument("--interval", type=float, help="seconds between rounds (default: the file's, else 900)")
    p.add_argument("--quiet", action="store_true", help="only the per-source health lines")
    _add_time_budget(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("languages", help="the languages techdip reads, natively or by the fallback")
    p.add_argument("--json", action="store_true", help="JSON: code, name, level, lexicon entries, scores")
    p.add_argument("--scores", metavar="GOLD", help="add per-language F1 on a gold file (evaluation/news/gold.jsonl)")
    p.add_argument("--split", choices=GOLD_SPLITS, help="with --scores: only this split of the gold file")
    p.set_defaults(func=cmd_languages)

    p = sub.add_parser("stories", help="the same event across articles and languages, with its sources")
    p.add_argument("--db", help="database URL")
    p.add_argument("--party", help="only stories with this party")
    p.add_argument("--min-sources", type=int, default=1, help="only stories reported by at least N articles")
    p.add_argument("--limit", type=int, default=100, help="at most this many stories (default 100)")
    p.add_argument("--rebuild", action="store_true", help="recompute every story and person first")
    p.add_argument("--json", action="store_true", help="JSON Lines")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("people", help="people across articles, scripts and spellings")
    p.add_argument("--db", help="database URL")
    p.add_argument("--party", help="only people of this party")
    p.add_argument("--limit", type=int, default=200, help="at most this many people (default 200)")
    p.add_argument("--json", action="store_true", help="JSON Lines")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser("serve", help="the dashboard and JSON API (read-only)")
    p.add_argument("--db", help="database URL")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("spark", help="extract a corpus with Spark into Parquet (needs techdip[spark])")
    p.add_argument("inputs", nargs="+", help="WARC, JSON Lines or Parquet paths, folders, globs or Hadoop URLs")
    p.add_argument("--out", required=True, help="output folder (documents/ and events/ Parquet)")
    p.add_argument("--format", choices=("warc", "jsonl", "parquet"), help="input format (default: from the names)")
    p.add_argument("--master", help="Spark master, e.g. local[4] (default: from spark-submit / the environment)")
    p.add_argument("--partitions", type=int, help="repartition the input into this many tasks")
    _add_time_budget(p)
    p.set_defaults(func=cmd_spark)

    p = sub.add_parser("load", help="load the Parquet written by `techdip spark` into the database")
    p.add_argument("folder", help="the --out folder of techdip spark")
    p.add_argument("--db", help="database URL")
    p.add_argument("--batch", type=int, default=1000, help="documents per transaction (default 1000)")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("eval", help="score extraction against a gold file (EVENTS.md section 5)")
    p.add_argument("gold", help="gold JSON Lines; docs are paths relative to it")
    p.add_argument("--pred", help="score this JSON Lines output instead of running extraction")
    p.add_argument("--json", action="store_true", help="metrics as JSON")
    p.add_argument("--stories", action="store_true", help="score story clustering (gold events carry `story`)")
    p.add_argument("--errors", action="store_true", help="list each article's missed and added items first")
    p.add_argument("--split", choices=GOLD_SPLITS, help="only the gold articles of this split (tune or check)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("gold", help="gold file tools")
    gold = p.add_subparsers(dest="gold_command", required=True)
    c = gold.add_parser("check", help="check a gold file: offsets, codes, sorted lists, names in the text")
    c.add_argument("gold", nargs="+", help="gold JSON Lines files")
    c.add_argument("--warnings", action="store_true", help="print warnings too")
    c.set_defaults(func=cmd_gold_check)

    p = sub.add_parser("brief", help="a period's stories as a brief to forward: self-contained HTML or PDF")
    p.add_argument("--since", default="7d", help="a day (2024-11-01) or a length back from the end: 7d, 4w, 3m")
    p.add_argument("--until", help="the last day (default: the latest day the database holds)")
    p.add_argument("--party", help="only stories of this party (code or name)")
    p.add_argument("--area", choices=AREAS, help="only stories in this area")
    p.add_argument("--out", required=True, help="brief.html or brief.pdf (PDF through Debian's chromium)")
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("alerts", help="saved queries: new matching stories told once on a channel")
    alert = p.add_subparsers(dest="alerts_command", required=True)
    c = alert.add_parser("add", help="save an alert; the stories that already match are its baseline")
    c.add_argument("name")
    c.add_argument("--party", help="a party code or name: IRN, Iran, GCC ...")
    c.add_argument("--area", help="an area code: submarine cables are data_transit, ...")
    c.add_argument("--type", help="CONSULT, AGREE, COOPERATE, AID or REQUEST")
    c.add_argument("--status", help="discussed, proposed, agreed, signed or implemented")
    c.add_argument("--to", required=True, help="stdout, file:PATH, mailto:ADDRESS or an http(s) webhook")
    c.add_argument("--db", help="database URL")
    c.set_defaults(func=cmd_alerts)
    for name, what in (("list", "list the alerts and how many stories each told"),
                       ("run", "tell the new matching stories now (watch does it after every round)")):  # fmt: skip
        c = alert.add_parser(name, help=what)
        c.add_argument("--db", help="database URL")
        c.set_defaults(func=cmd_alerts)
    c = alert.add_parser("remove", help="delete an alert")
    c.add_argument("name")
    c.add_argument("--db", help="database URL")
    c.set_defaults(func=cmd_alerts)

    p = sub.add_parser("lexicon", help="lexicon tools")
    lex = p.add_subparsers(dest="lexicon_command", required=True)
    c = lex.add_parser("check", help="validate every lexicon file")
    c.set_defaults(func=cmd_lexicon_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `techdip events | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
