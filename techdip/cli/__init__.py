"""The techdip command: a thin layer over sources, extract, store, evaluate, watch and brief.

The parser below is the command's table of contents; each command's code lives in the module of its kind:
ingest (extract, ingest, spark, load), query (events, summary, stories, people, serve, languages), quality
(eval, gold check, lexicon check) and follow (watch, alerts, brief).
"""

from __future__ import annotations

import argparse

from techdip import __version__
from techdip.cli.common import EXIT_OK, add_time_budget
from techdip.cli.curate import cmd_export_gold, cmd_users
from techdip.cli.follow import cmd_alerts, cmd_brief, cmd_watch
from techdip.cli.ingest import cmd_extract, cmd_ingest, cmd_load, cmd_spark
from techdip.cli.quality import cmd_eval, cmd_gold_check, cmd_lexicon_check
from techdip.cli.query import cmd_events, cmd_languages, cmd_people, cmd_serve, cmd_stories, cmd_summary
from techdip.curate import REVIEW_FILTERS, ROLES
from techdip.model import AREAS, CONFIDENCES, GOLD_SPLITS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="techdip", description="Technology-diplomacy events from multilingual news.")
    parser.add_argument("--version", action="version", version=f"techdip {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print events of articles as JSON Lines (one line per document)")
    p.add_argument("paths", nargs="+", help="files, folders (recursive) or - for standard input")
    add_time_budget(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract articles into the database")
    p.add_argument("paths", nargs="*", help="files, folders (recursive) or - for standard input")
    p.add_argument("--db", help="database URL (default: TECHDIP_DB or sqlite:///techdip.db)")
    p.add_argument("--batch", type=int, default=200, help="documents per transaction (default 200)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_time_budget(p)
    p.add_argument(
        "--update",
        action="store_true",
        help="a known id with a new text replaces the stored document (default: reported as a conflict)",
    )
    p.add_argument(
        "--reextract", action="store_true",
        help="extract known documents again even if code and lexicons are unchanged; without paths: every stored "
        "document. Human review decisions are always kept (a differing machine output asks for a look)",
    )  # fmt: skip
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="list stored events")
    p.add_argument("--db", help="database URL")
    p.add_argument("--party", help="a party code or English name: IRN, Iran, ASEAN ...")
    p.add_argument("--pair", help="two party codes that share the event: IRN,ARM")
    p.add_argument("--search", help="words of the evidence, title, people or parties, in any script (Hashemi = هاشمی)")
    p.add_argument("--area", help="an area code: ai, cybersecurity, ...")
    p.add_argument("--type", help="CONSULT, AGREE, COOPERATE, AID or REQUEST")
    p.add_argument("--lang", help="language of the article (ISO 639-1)")
    p.add_argument("--confidence", choices=CONFIDENCES, help="low: events read in a language without a lexicon folder")
    p.add_argument("--since", help="on or after this date (YYYY[-MM[-DD]]); event date, else publication date")
    p.add_argument("--until", help="on or before this date")
    p.add_argument("--limit", type=int, help="at most this many events")
    p.add_argument(
        "--review", choices=REVIEW_FILTERS, metavar="STATE",
        help="by review: all, unreviewed, reviewed, confirmed, corrected, rejected, added (default: all but rejected)",
    )  # fmt: skip
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines")
    fmt.add_argument("--csv", action="store_true", help="CSV")
    p.add_argument("--table", action="store_true", help="a table that wraps to the terminal, also into a pipe")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("summary", help="counts of the database: pairs of parties, areas, languages")
    p.add_argument("--db", help="database URL")
    p.add_argument("--raw", action="store_true", help="count per-article events instead of stories")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.add_argument("--table", action="store_true", help="a table that wraps to the terminal, also into a pipe")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("watch", help="follow news feeds, sitemaps and address lists, and ingest what is new")
    p.add_argument("sources", help="a SOURCES.toml file (see techdip/watch/config.py)")
    p.add_argument("--db", help="database URL (default: TECHDIP_DB or sqlite:///techdip.db)")
    p.add_argument("--once", action="store_true", help="one round, then exit (for cron); 1 if a source failed")
    p.add_argument("--interval", type=float, help="seconds between rounds (default: the file's, else 900)")
    p.add_argument("--quiet", action="store_true", help="only the per-source health lines")
    add_time_budget(p)
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
    p.add_argument("--table", action="store_true", help="a table that wraps to the terminal, also into a pipe")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("people", help="people across articles, scripts and spellings")
    p.add_argument("--db", help="database URL")
    p.add_argument("--party", help="only people of this party")
    p.add_argument("--limit", type=int, default=200, help="at most this many people (default 200)")
    p.add_argument("--json", action="store_true", help="JSON Lines")
    p.add_argument("--table", action="store_true", help="a table that wraps to the terminal, also into a pipe")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser("serve", help="the dashboard and JSON API (read-only until `techdip users add`)")
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
    p.add_argument(
        "--stories", action="store_true",
        help="also cluster stories and people (as ingest would, in publication-date order) for techdip load",
    )  # fmt: skip
    add_time_budget(p)
    p.set_defaults(func=cmd_spark)

    p = sub.add_parser("load", help="load the Parquet written by `techdip spark` into the database")
    p.add_argument("folder", help="the --out folder of techdip spark")
    p.add_argument("--db", help="database URL")
    p.add_argument("--batch", type=int, default=1000, help="documents per transaction (default 1000)")
    p.add_argument(
        "--recluster", action="store_true",
        help="ignore the folder's stories and people (spark --stories) and cluster its events as ingest does",
    )  # fmt: skip
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

    p = sub.add_parser("users", help="curation accounts: without any, the dashboard and API are read-only")
    users = p.add_subparsers(dest="users_command", required=True)
    c = users.add_parser("add", help="add an account (the password is asked, or read with --password-stdin)")
    c.add_argument("name")
    c.add_argument("--role", choices=ROLES, default="reviewer", help="reviewer (edits events) or admin (and users)")
    how = c.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from standard input's line")
    how.add_argument("--token-only", action="store_true", help="no password: the account writes by API token")
    c = users.add_parser("role", help="change an account's role")
    c.add_argument("name")
    c.add_argument("role", choices=ROLES)
    c = users.add_parser("remove", help="delete an account (its audit trail stays)")
    c.add_argument("name")
    c = users.add_parser("token", help="print a new API token for an account, once (the old one stops working)")
    c.add_argument("name")
    users.add_parser("list", help="the accounts and how each signs in")
    for c in users.choices.values():
        c.add_argument("--db", help="database URL")
        c.set_defaults(func=cmd_users)

    p = sub.add_parser("export-gold", help="reviewed articles as a gold file for `techdip eval` (EVENTS.md §5)")
    p.add_argument("--reviewed", action="store_true", help="the articles whose every event a person decided")
    p.add_argument("--out", default="reviewed-gold.jsonl", help="the gold file (texts go to <name>-docs/ beside it)")
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_export_gold)

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
