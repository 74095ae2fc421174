"""Saved queries and alerts: each new story that matches an alert is told once, on the alert's channel.

Channels: `stdout` (a JSON line), `file:PATH` (appended as JSON Lines), `mailto:ADDRESS` (an e-mail through
the SMTP server of TECHDIP_SMTP, host:port, default localhost:25; sender TECHDIP_SMTP_FROM) and an
`http(s)://` webhook (a JSON POST). A story is marked told only once its delivery succeeded, so a failed one
is tried again on the next run. The stories that already match when an alert is made are its baseline: an
alert tells what is new.
"""

from __future__ import annotations

import datetime
import json
import os
import smtplib
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine, delete, func, insert, select

from techdip.model import AREAS, EVENT_TYPES, STATUSES
from techdip.store.queries import EventFilter, filtered_event_ids
from techdip.store.schema import alert_hits, alerts, events
from techdip.store.story_index import stories_by_id


class AlertError(ValueError):
    """An alert that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Alert:
    name: str
    channel: str
    party: str | None = None
    area: str | None = None
    type: str | None = None
    status: str | None = None

    def describe(self) -> str:
        terms = [f"{k} {v}" for k, v in (("party", self.party), ("area", self.area), ("type", self.type),
                                          ("status", self.status)) if v]  # fmt: skip
        return f"{self.name}: {' and '.join(terms) or 'every story'} -> {self.channel}"


@dataclass(frozen=True)
class Fired:
    alert: str
    story_id: int
    error: str | None = None  # why the delivery failed (then it is tried again next run)


def add_alert(engine: Engine, alert: Alert) -> int:
    """Save the alert; returns how many stories already match (its baseline, never told)."""
    _check(alert)
    now = _now()
    with engine.begin() as conn:
        if conn.execute(select(alerts.c.name).where(alerts.c.name == alert.name)).first() is not None:
            raise AlertError(f"an alert named {alert.name!r} exists; remove it first")
        conn.execute(insert(alerts).values(**asdict(alert), created_at=now))
        baseline = _matching(conn, alert)
        if baseline:
            conn.execute(insert(alert_hits), [
                {"alert": alert.name, "story_id": s, "fired_at": now, "outcome": "baseline"} for s in baseline
            ])  # fmt: skip
    return len(baseline)


def remove_alert(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        conn.execute(delete(alert_hits).where(alert_hits.c.alert == name))
        return conn.execute(delete(alerts).where(alerts.c.name == name)).rowcount > 0


def list_alerts(engine: Engine) -> list[tuple[Alert, int]]:
    """Every alert with the number of stories it has told."""
    with engine.connect() as conn:
        rows = conn.execute(select(alerts).order_by(alerts.c.name)).all()
        told = dict(
            conn.execute(
                select(alert_hits.c.alert, func.count())
                .where(alert_hits.c.outcome == "sent")
                .group_by(alert_hits.c.alert)
            ).all()
        )
    return [(Alert(r.name, r.channel, r.party, r.area, r.type, r.status), told.get(r.name, 0)) for r in rows]


def recent_hits(engine: Engine, name: str, limit: int = 10) -> list[tuple[int, datetime.datetime]]:
    """(story id, when) of the latest stories an alert told."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(alert_hits.c.story_id, alert_hits.c.fired_at)
            .where(alert_hits.c.alert == name, alert_hits.c.outcome == "sent")
            .order_by(alert_hits.c.fired_at.desc(), alert_hits.c.story_id.desc())
            .limit(limit)
        )
        return [(r.story_id, r.fired_at) for r in rows]


def run_alerts(engine: Engine, deliver: Callable[[Alert, dict], None] | None = None) -> list[Fired]:
    """Tell every alert's new matching stories on its channel; returns what was sent (or failed)."""
    deliver = deliver or send
    fired: list[Fired] = []
    for alert, _ in list_alerts(engine):
        with engine.connect() as conn:
            new = _matching(conn, alert) - set(
                conn.execute(select(alert_hits.c.story_id).where(alert_hits.c.alert == alert.name)).scalars()
            )
        stories = stories_by_id(engine, sorted(new))
        for story_id in sorted(stories):
            try:
                deliver(alert, _payload(alert, stories[story_id]))
            except Exception as exc:  # a channel that is down: told again next run
                fired.append(Fired(alert.name, story_id, f"{type(exc).__name__}: {exc}"))
                continue
            with engine.begin() as conn:
                conn.execute(insert(alert_hits).values(alert=alert.name, story_id=story_id, fired_at=_now(),
                                                       outcome="sent"))  # fmt: skip
            fired.append(Fired(alert.name, story_id))
    return fired


def send(alert: Alert, payload: dict) -> None:
    """Deliver one alert message on the alert's channel; raises when the channel fails."""
    channel = alert.channel
    text = json.dumps(payload, ensure_ascii=False, default=str)
    if channel == "stdout":
        print(text, file=sys.stdout, flush=True)
    elif channel.startswith("file:"):
        with open(Path(channel.removeprefix("file:")), "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    elif channel.startswith("mailto:"):
        host, _, port = os.environ.get("TECHDIP_SMTP", "localhost:25").partition(":")
        message = EmailMessage()
        message["From"] = os.environ.get("TECHDIP_SMTP_FROM", "techdip@localhost")
        message["To"] = channel.removeprefix("mailto:")
        message["Subject"] = f"techdip alert {alert.name}: {payload['story']['line']}"
        message.set_content(_mail_body(payload))
        with smtplib.SMTP(host, int(port or 25), timeout=20) as smtp:
            smtp.send_message(message)
    else:
        httpx.post(channel, json=payload, timeout=20).raise_for_status()


def _payload(alert: Alert, story: dict) -> dict:
    keep = ("id", "line", "title", "type", "parties", "areas", "date", "languages", "people", "earliest_report")
    sources = [{k: s.get(k) for k in ("lang", "title", "url", "source", "published")} for s in story["sources"]]
    return {"alert": alert.name, "story": {k: story.get(k) for k in keep}, "sources": sources}


def _mail_body(payload: dict) -> str:
    story = payload["story"]
    lines = [story["line"], "", story.get("title") or "", ""]
    lines += [f"- [{s['lang']}] {s.get('title') or s.get('source')}: {s.get('url') or ''}" for s in payload["sources"]]
    return "\n".join(lines) + f"\n\nAlert {payload['alert']} (techdip)\n"


def _matching(conn, alert: Alert) -> set[int]:
    flt = EventFilter(party=alert.party, area=alert.area, type=alert.type)
    query = select(events.c.story_id).where(events.c.id.in_(filtered_event_ids(flt)), events.c.story_id.is_not(None))
    if alert.status:
        query = query.where(events.c.status == alert.status)
    return set(conn.execute(query.distinct()).scalars())


def _check(alert: Alert) -> None:
    if not alert.name.strip() or len(alert.name) > 200:
        raise AlertError("an alert name is 1 to 200 characters")
    for value, allowed, what in ((alert.area, AREAS, "area"), (alert.type, EVENT_TYPES, "type"),
                                 (alert.status, STATUSES, "status")):  # fmt: skip
        if value is not None and value not in allowed:
            raise AlertError(f"unknown {what} {value!r}: one of {', '.join(allowed)}")
    channel = alert.channel
    web = urlsplit(channel)
    if not (channel == "stdout" or channel.startswith("file:") and len(channel) > 5
            or channel.startswith("mailto:") and "@" in channel
            or web.scheme in ("http", "https") and web.netloc):  # fmt: skip
        raise AlertError(f"unknown channel {channel!r}: stdout, file:PATH, mailto:ADDRESS or an http(s) address")


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
