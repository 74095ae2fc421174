"""The server's peak memory while it streams exports: concurrent whole-table exports, one format at a time and
all formats at once, on a fresh server each (so that each figure is its own peak, not the run's).

    .venv/bin/python bench/export_memory.py [--events 4500] [--exports 8] [--db URL] [--baseline DIR]

Builds the generated database of bench/web.py (SQLite in a temporary folder, or `--db`: an empty PostgreSQL
database, say), starts `techdip serve`'s app under uvicorn, runs `--exports` concurrent downloads of the whole
events table (CSV, JSON Lines, Parquet), of the stories (CSV) and of the network (GraphML), reading every byte,
and prints the server's resident memory before and its peak (VmHWM) after. Acceptance (issue 15): under 300 MB.

`--baseline DIR` runs the same servers from another checkout too (an older commit unpacked with `git archive`),
in the same run, and prints the ratio of the peaks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from web import build_database, fetch, free_port, memory_mb, start_server  # noqa: E402

EXPORTS = {
    "events csv": "/api/export/events?format=csv",
    "events jsonl": "/api/export/events?format=jsonl",
    "events parquet": "/api/export/events?format=parquet",
    "stories csv": "/api/export/stories?format=csv",
    "network graphml": "/api/export/pairs?format=graphml",
}


def peak_during(url: str, source: Path | None, paths: list[str]) -> tuple[float, float, float, int]:
    """(RSS before, peak RSS, seconds, bytes of the first download) of a fresh server serving `paths` at once."""
    port = free_port()
    server = start_server(url, port, source)
    base = f"http://127.0.0.1:{port}"
    try:
        before = memory_mb(server.pid, "VmRSS")
        start = time.perf_counter()
        with ThreadPoolExecutor(len(paths)) as pool:
            sizes = [size for size, _ in pool.map(fetch, [base + p for p in paths])]
        return before, memory_mb(server.pid, "VmHWM"), time.perf_counter() - start, sizes[0]
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(url: str, source: Path | None, concurrent: int, label: str) -> float:
    """Print the figures of one checkout; return the highest peak."""
    worst = 0.0
    cases = {name: [path] * concurrent for name, path in EXPORTS.items()}
    every = list(EXPORTS.values())
    cases["all formats mixed"] = [every[i % len(every)] for i in range(concurrent)]
    for name, paths in cases.items():
        before, peak, seconds, size = peak_during(url, source, paths)
        worst = max(worst, peak)
        print(f"[{label}] {len(paths)} concurrent {name} ({size / 1e6:.1f} MB each) in {seconds:.1f} s: "
              f"RSS {before:.0f} MB before, peak {peak:.0f} MB")  # fmt: skip
    verdict = "under" if worst < 300 else "OVER"
    print(f"[{label}] highest peak: {worst:.0f} MB ({verdict} the 300 MB acceptance)")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=4500)
    parser.add_argument("--exports", type=int, default=8, help="concurrent exports")
    parser.add_argument("--db", help="an empty database to build into (default: SQLite in a temporary folder)")
    parser.add_argument("--baseline", type=Path, help="another checkout of techdip to measure in the same run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/export-bench.db"
        build_database(url, args.events)
        print(f"database: {args.events} generated events ({url.split(':', 1)[0]})")
        current = run(url, None, args.exports, "this checkout")
        if args.baseline:
            older = run(url, args.baseline, args.exports, "baseline")
            print(f"highest peak, this checkout / baseline: {current / older:.2f}")


if __name__ == "__main__":
    main()
