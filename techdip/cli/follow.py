"""Commands that follow the news and hand it out: watch, alerts, brief."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

from techdip.cli.common import (
    EXIT_FAILED_INPUTS,
    EXIT_OK,
    EXIT_USAGE,
    budget_of,
    party_code_arg,
)


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
                results = watch_round(engine, config, fetcher, budget_of(args), log)
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
            party = party_code_arg(args.party) if args.party else None
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
        party = party_code_arg(args.party) if args.party else None
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
