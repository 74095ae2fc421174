"""Alerts: a saved query tells each new matching story once, on stdout, a file, e-mail or a webhook; the
stories already there when it is made are not told; a channel that is down is tried again."""

from __future__ import annotations

import email
import email.policy
import json
import socket

import pytest
from aiosmtpd.controller import Controller

from techdip.store.schema import connect
from techdip.watch.alerts import Alert, run_alerts

ARMENIA_AI = "Iran and Armenia signed a memorandum of understanding on artificial intelligence in Tehran."
ARMENIA_POST = "Armenia and Georgia signed an agreement on postal services and e-government in Yerevan."
CHINA_5G = "China and Pakistan signed an agreement on 5G networks in Islamabad."


def _ingest(run_cli, db_url, tmp_path, name: str, text: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run_cli("ingest", folder, "--db", db_url, "--quiet")[0] == 0


def test_a_new_matching_story_is_told_once_and_the_baseline_never(run_cli, tmp_path, db_url, capsys):
    _ingest(run_cli, db_url, tmp_path, "old", ARMENIA_AI)
    status, out, _ = run_cli("alerts", "add", "armenia", "--party", "Armenia", "--type", "AGREE", "--to", "stdout",
                             "--db", db_url)  # fmt: skip
    assert status == 0 and "1 stories already match" in out
    assert run_cli("alerts", "run", "--db", db_url)[1] == ""  # the baseline is not news
    _ingest(run_cli, db_url, tmp_path, "new", ARMENIA_POST)
    _ingest(run_cli, db_url, tmp_path, "other", CHINA_5G)
    status, out, err = run_cli("alerts", "run", "--db", db_url)
    told = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(told) == 1 and told[0]["alert"] == "armenia"
    assert told[0]["story"]["parties"] == ["ARM", "GEO"] and told[0]["story"]["line"].startswith("Armenia–Georgia")
    assert "sent" in err
    assert run_cli("alerts", "run", "--db", db_url)[1] == ""  # once
    status, out, _ = run_cli("alerts", "list", "--db", db_url)
    assert "armenia: party ARM and type AGREE -> stdout; 1 stories told" in out


def test_file_and_webhook_channels_and_a_webhook_that_is_down(run_cli, tmp_path, db_url, site):
    inbox = tmp_path / "alerts.jsonl"
    run_cli("alerts", "add", "posts", "--area", "postal", "--to", f"file:{inbox}", "--db", db_url)
    run_cli("alerts", "add", "hook", "--party", "GEO", "--to", f"{site.url}/hook", "--db", db_url)
    site.post_status = 500
    _ingest(run_cli, db_url, tmp_path, "new", ARMENIA_POST)
    status, _, err = run_cli("alerts", "run", "--db", db_url)
    assert status == 1 and "alert hook: story" in err and "not sent" in err
    assert [json.loads(line)["alert"] for line in inbox.read_text().splitlines()] == ["posts"]
    site.post_status = 200
    assert run_cli("alerts", "run", "--db", db_url)[0] == 0
    assert len(site.posted) == 2 and json.loads(site.posted[-1][1])["story"]["parties"] == ["ARM", "GEO"]
    assert len(inbox.read_text().splitlines()) == 1  # the file channel was not told twice


def test_an_email_alert_goes_through_smtp(run_cli, tmp_path, db_url, monkeypatch):
    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
            received.append(envelope)
            return "250 OK"

    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("TECHDIP_SMTP", f"127.0.0.1:{port}")
        run_cli("alerts", "add", "desk", "--party", "ARM", "--to", "mailto:desk@ministry.example", "--db", db_url)
        _ingest(run_cli, db_url, tmp_path, "new", ARMENIA_POST)
        assert run_cli("alerts", "run", "--db", db_url)[0] == 0
    finally:
        controller.stop()
    assert len(received) == 1 and received[0].rcpt_tos == ["desk@ministry.example"]
    message = email.message_from_bytes(received[0].content, policy=email.policy.default)
    assert message["Subject"].startswith("techdip alert desk: Armenia–Georgia, agreement signed")
    assert "Armenia–Georgia" in message.get_content()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--area", "nanotech"], "unknown area"),
        (["--status", "maybe"], "unknown status"),
        (["--party", "Atlantis"], "unknown party"),
        (["--to", "carrier-pigeon"], "unknown channel"),
    ],
)
def test_an_alert_that_cannot_work_is_refused(run_cli, db_url, args, message):
    argv = ["alerts", "add", "x", *args] + ([] if "--to" in args else ["--to", "stdout"])
    status, _, err = run_cli(*argv, "--db", db_url)
    assert status == 2 and message in err


def test_a_delivery_that_raises_is_retried_on_the_next_run(run_cli, tmp_path, db_url):
    engine = connect(db_url)
    run_cli("alerts", "add", "a", "--party", "ARM", "--to", "stdout", "--db", db_url)
    _ingest(run_cli, db_url, tmp_path, "new", ARMENIA_POST)

    def broken(alert: Alert, payload: dict) -> None:
        raise ConnectionError("channel down")

    assert [f.error for f in run_alerts(engine, broken)] == ["ConnectionError: channel down"]
    sent = []
    assert [f.error for f in run_alerts(engine, lambda alert, payload: sent.append(payload))] == [None]
    assert run_alerts(engine, lambda alert, payload: sent.append(payload)) == [] and len(sent) == 1
