"""The API and the dashboard under load, on loopback, as `techdip serve` serves them.

    .venv/bin/python bench/loadtest.py --db sqlite:///million.db [--clients 8] [--requests 40]

Starts `techdip serve` (uvicorn, one process) on a free loopback port over an existing database (build one
with bench/million.py), then sends a fixed number of requests to every endpoint below from `--clients`
concurrent clients (bounded: each client sends its next request when its last one is answered), the
endpoints' requests shuffled together. Prints, per endpoint, the first (cold) request's time and p50 / p95 /
max of the rest, and the count of errors (anything but a 200, or no answer). The filter values (a party,
area, language, pair, a word to search) are taken from the database itself, so any database works.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

API_LIMIT_MS, PAGE_LIMIT_MS = 50, 300  # the acceptance: p95 of the API's hot paths, of the dashboard pages
# the endpoints whose p95 the acceptance bounds by API_LIMIT_MS (the others are reported, not judged)
API_JUDGED = ("/api/events?", "/api/pairs", "/api/timeline", "/api/overview")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    """`techdip serve` in a subprocess; returns when it answers (a first start may add missing indexes)."""
    command = [str(Path(sys.executable).with_name("techdip")), "serve", "--db", url, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, env={**os.environ})
    deadline = time.monotonic() + 1800
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"techdip serve stopped with status {server.returncode}")
        try:
            status, _, _ = get(http.client.HTTPConnection("127.0.0.1", port, timeout=600), "/api/events?per_page=1")
            if status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, float]:
    """(status, body, seconds) of a GET on a kept-alive connection, the body read to its end."""
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return response.status, body, time.perf_counter() - start


def endpoints(conn: http.client.HTTPConnection) -> list[str]:
    """The paths to load, with filter values found in the database through the API itself."""
    _, body, _ = get(conn, "/api/overview")
    facts = json.loads(body)
    (a, b), area = (facts["pairs"][0]["a"], facts["pairs"][0]["b"]), facts["areas"][0]["area"]
    lang = next(iter(facts["languages"]))
    party = a
    rare = facts["pairs"][len(facts["pairs"]) // 2]["a"]  # a party of a middling pair: a sparse filter
    latest = facts["latest"][0]
    word = max(latest["evidence"][0]["text"].split(), key=len) if latest["evidence"] else "cooperation"
    # the cursor of page 1,000 (50 a page), read once through the offset pages: what a client paging on holds
    _, body, _ = get(conn, "/api/events?page=999&per_page=50")
    deep_cursor = json.loads(body).get("next_cursor")
    _, body, _ = get(conn, "/api/stories?per_page=1")
    story = json.loads(body)["items"][0]["id"]
    paths = [
        "/api/events?per_page=50",
        f"/api/events?party={party}",
        f"/api/events?party={rare}",
        f"/api/events?area={area}",
        "/api/events?type=AID",
        f"/api/events?lang={lang}",
        "/api/events?since=2025-06",
        f"/api/events?pair={a},{b}",
        f"/api/events?q={urllib.parse.quote(word)}",
        "/api/events?page=1000",
        "/api/pairs",
        f"/api/pairs?party={party}",
        "/api/timeline",
        f"/api/timeline?by=party&party={party}",
        "/api/heatmap",
        "/api/overview",
        f"/api/export?format=csv&pair={a},{b}&since=2026-06",
        f"/api/export?format=jsonl&party={rare}&since=2026-09",
        "/api/export?format=graphml",
        "/",
        "/events",
        f"/events?party={party}",
        "/network",
        "/map",
        "/timeline",
        "/heatmap",
        "/stories",
        "/people",
        f"/parties/{party}",
        f"/events/{latest['id']}",
        f"/stories/{story}",
    ]
    if deep_cursor:
        paths.insert(10, f"/api/events?cursor={urllib.parse.quote(deep_cursor)}")
    return paths


def run_load(port: int, paths: list[str], clients: int, requests: int) -> dict[str, dict]:
    """Every path `requests` times, from `clients` concurrent clients; the first answer of each path alone."""
    results: dict[str, dict] = {p: {"first": None, "times": [], "errors": 0, "bytes": 0} for p in paths}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    for path in paths:  # cold: the first answer (caches empty, pages of the database not yet read)
        status, body, seconds = get(conn, path)
        results[path]["first"] = seconds
        results[path]["errors"] += status != 200
        print(f"first {path}: {seconds * 1000:.0f} ms, status {status}", file=sys.stderr, flush=True)
    work = [p for p in paths for _ in range(requests)]
    random.Random(1).shuffle(work)
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        while True:
            with lock:
                if not work:
                    return
                path = work.pop()
            try:
                status, body, seconds = get(connection, path)
            except (OSError, http.client.HTTPException):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
                status, body, seconds = 0, b"", 0.0
            with lock:
                entry = results[path]
                entry["times"].append(seconds)
                entry["errors"] += status != 200
                entry["bytes"] = len(body)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(results: dict[str, dict], clients: int, requests: int, elapsed: float) -> bool:
    """The table of figures; True when every acceptance bound holds and nothing failed."""
    print(f"{clients} concurrent clients, {requests} requests per endpoint, {elapsed:.1f} s in all")
    print(f"{'endpoint':<58} {'first':>7} {'p50':>7} {'p95':>7} {'max':>7}  {'errors':>6}  {'kB':>6}")
    good = True
    for path, r in results.items():
        times = [t * 1000 for t in r["times"]]
        p50, p95, worst = statistics.median(times), percentile(times, 0.95), max(times)
        limit = PAGE_LIMIT_MS if not path.startswith("/api/") else API_LIMIT_MS if path.startswith(API_JUDGED) else None
        verdict = "" if limit is None else (" ok" if p95 <= limit else f" OVER {limit} ms")
        good &= r["errors"] == 0 and (limit is None or p95 <= limit)
        print(f"{path[:58]:<58} {r['first'] * 1000:7.1f} {p50:7.1f} {p95:7.1f} {worst:7.1f}  {r['errors']:>6}  "
              f"{r['bytes'] / 1000:6.1f}{verdict}")  # fmt: skip
    total_errors = sum(r["errors"] for r in results.values())
    print(f"errors: {total_errors}; acceptance (p95 <= {API_LIMIT_MS} ms API, <= {PAGE_LIMIT_MS} ms pages, no error): "
          f"{'met' if good else 'NOT met'}")  # fmt: skip
    return good


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a database (bench/million.py builds one)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=40, help="requests per endpoint")
    args = parser.parse_args()
    port = free_port()
    started = time.perf_counter()
    server = start_server(args.db, port)
    print(f"server up in {time.perf_counter() - started:.1f} s")
    try:
        paths = endpoints(http.client.HTTPConnection("127.0.0.1", port, timeout=600))
        started = time.perf_counter()
        results = run_load(port, paths, args.clients, args.requests)
        good = report(results, args.clients, args.requests, time.perf_counter() - started)
    finally:
        server.terminate()
        server.wait(timeout=30)
    sys.exit(0 if good else 1)


if __name__ == "__main__":
    main()
