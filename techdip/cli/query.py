"""Commands that read the database: events, summary, stories, people, serve, languages."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

from rich.cells import cell_len

from techdip.cli import tables
from techdip.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    party_code_arg,
    predict_gold,
)

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
    "review_state",
)


def cmd_events(args: argparse.Namespace) -> int:
    from techdip.store.queries import EventFilter, FilterError, query_events
    from techdip.store.schema import connect

    try:
        party = party_code_arg(args.party) if args.party else None
        pair = tuple(party_code_arg(p) for p in args.pair.split(",")) if args.pair else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    flt = EventFilter(
        party=party, pair=pair, area=args.area, type=args.type, lang=args.lang,  # type: ignore[arg-type]
        since=args.since, until=args.until, q=args.search, limit=args.limit, confidence=args.confidence,
        review=getattr(args, "review", None),
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
    elif tables.wants_table(args.table):
        if not rows:
            print("no events match")
            return EXIT_OK
        tables.console().print(tables.events_table(rows))
        print(f"{len(rows)} events; (pub.): the date is the article's publication date, not the event's own")
    else:
        _print_plain(rows)
    return EXIT_OK


def _event_json(row: dict) -> dict:
    keys = ("id", "doc_id", "type", "parties", "areas", "people", "date", "location", "status", "evidence",
            "date_source", "when_start", "when_from", "lang", "source", "title", "published", "confidence",
            "review_state", "reviewed_by", "reviewed_at", "needs_look")  # fmt: skip
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


def _print_plain(rows: list[dict]) -> None:
    """One line per event, columns aligned, no cell cut (a long one pushes the rest of its line to the right)."""
    if not rows:
        print("no events match")
        return
    columns = ("id", "date", "when_from", "type", "status", "parties", "areas", "location", "lang", "review_state")
    table = [list(columns)] + [[_cell(row, c) for c in columns] for row in rows]
    widths = [min(40, max(cell_len(r[i]) for r in table)) for i in range(len(columns))]
    for line in table:
        print("  ".join(cell + " " * (widths[i] - cell_len(cell)) for i, cell in enumerate(line)).rstrip())
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
    if tables.wants_table(args.table):
        for table in tables.summary_tables(facts):
            print()
            tables.console().print(table)
    else:
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


def cmd_stories(args: argparse.Namespace) -> int:
    from techdip.store.schema import connect
    from techdip.store.story_index import list_stories, rebuild, story_json

    engine = connect(args.db)
    if args.rebuild:
        print(f"{rebuild(engine)} stories rebuilt", file=sys.stderr)
    found = list_stories(engine, party=args.party.upper() if args.party else None, min_sources=args.min_sources,
                         limit=args.limit + 1)  # fmt: skip
    cut = len(found) > args.limit
    found = found[: args.limit]
    if args.json:
        for story in found:
            print(story_json(story))
    elif not found:
        print("no stories match")
    elif tables.wants_table(args.table):
        tables.console().print(tables.stories_table(found))
    else:
        _print_stories(found)
    if cut:
        print(f"note: the first {args.limit} stories; --limit N shows more", file=sys.stderr)
    return EXIT_OK


def _print_stories(found: list[dict]) -> None:
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


def cmd_people(args: argparse.Namespace) -> int:
    from techdip.store.schema import connect
    from techdip.store.story_index import list_people

    found = list_people(connect(args.db), party=args.party.upper() if args.party else None, limit=args.limit + 1)
    cut = len(found) > args.limit
    found = found[: args.limit]
    if args.json:
        for person in found:
            print(json.dumps(person, ensure_ascii=False))
    elif not found:
        print("no people match")
    elif tables.wants_table(args.table):
        tables.console().print(tables.people_table(found))
    else:
        for person in found:
            names = ", ".join(n["name"] for n in person["names"])
            print(f"{person['id']:>5}  {person['party'] or '-':<6} {person['name']}  ({'; '.join(person['roles'])})")
            print(f"       written as: {names}; {len(person['events'])} events")
    if cut:
        print(f"note: the {args.limit} most active people; --limit N shows more", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from techdip.web.app import create_app

    print(f"techdip dashboard on http://{args.host}:{args.port}/ (API: /api, documentation: /docs)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
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
    result = evaluate(zip(match_predictions(gold, predict_gold(gold, gold_path.parent)), gold, strict=True))
    for language in found:
        scores = result.get(language.code)
        if scores is not None:
            table = scores.to_json()
            language.scores = {m: table[m]["f1"] for m in ("relevant", "parties", "dyads", "areas", "types")}
    return None
