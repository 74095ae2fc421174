"""The dashboard server under load: its peak memory during concurrent exports, and the time of the stories page.

    .venv/bin/python bench/web.py [--events 4500] [--exports 8] [--clients 16] [--source DIR]

1. Builds a SQLite database of generated events (deterministic seed): documents of ~3 kB, events with
   parties, areas, a person and two evidence spans, grouped into stories of one to six sources.
2. Starts the app with uvicorn in a subprocess on loopback, as `techdip serve` does.
3. Runs `--exports` concurrent full exports in each format (CSV, JSON Lines, GraphML, Parquet; stories as CSV),
   reading every byte, and prints the server's resident memory before and its peak (VmHWM) after.
   Acceptance: under 300 MB.
4. Times /stories and /api/stories alone (median of 20) and under `--clients` concurrent clients.

`--source DIR` runs the server from another checkout of techdip (say an older commit, unpacked with
`git archive`), to compare with the same database and load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from techdip.model import AREAS, EVENT_TYPES  # noqa: E402
from techdip.store.schema import (  # noqa: E402
    connect,
    documents,
    event_areas,
    event_parties,
    event_people,
    events,
    evidence,
    stories,
)

PARTIES = ("IRN", "ARM", "CHN", "RUS", "IND", "TUR", "IRQ", "AFG", "PAK", "KAZ", "UZB", "AZE", "GEO", "QAT", "OMN")
SENTENCES = (
    "The ministers of the two countries signed a memorandum of understanding on artificial intelligence.",
    "وزیر ارتباطات و فناوری اطلاعات با سفیر ارمنستان در تهران دیدار و گفتگو کرد.",
    "Стороны договорились о сотрудничестве в области кибербезопасности и центров обработки данных.",
    "双方签署了关于数字经济和5G网络合作的谅解备忘录。",
    "Les deux parties ont convenu de renforcer la coopération dans le domaine des télécommunications.",
    "İki ülke arasında uydu ve uzay teknolojileri alanında işbirliği anlaşması imzalandı.",
)


def build_database(url: str, n_events: int, seed: int = 7) -> None:
    """n_events generated events, two per document, in stories of one to six events."""
    rng = random.Random(seed)
    engine = connect(url)
    day0 = date(2022, 1, 1)
    docs, rows, parties, areas, people, spans, story_rows = [], [], [], [], [], [], []
    story_id, story_left = 0, 0
    for event_id in range(1, n_events + 1):
        doc_index = (event_id - 1) // 2
        if event_id % 2 == 1:
            text = " ".join(rng.choice(SENTENCES) for _ in range(30))
            docs.append(
                {
                    "id": f"doc-{doc_index:08d}",
                    "source": f"gen-{doc_index}.txt",
                    "url": f"https://news.example/{doc_index}",
                    "title": SENTENCES[doc_index % len(SENTENCES)][:60],
                    "title_search": None,
                    "lang": rng.choice(("en", "fa", "ru", "zh", "fr", "tr")),
                    "published": (day0 + timedelta(days=doc_index % 1000)).isoformat(),
                    "published_from": "metadata",
                    "text": text,
                    "relevant": True,
                    "extractor": "bench",
                    "ingested_at": datetime(2026, 1, 1),
                }  # fmt: skip
            )
        if story_left == 0:
            story_id += 1
            story_left = rng.choice((1, 1, 1, 2, 2, 3, 4, 6))
            pair = sorted(rng.sample(PARTIES, 2))
            kind = rng.choice(EVENT_TYPES)
            story_rows.append({"id": story_id, "type": kind, "parties": ",".join(pair)})
        story_left -= 1
        when = (day0 + timedelta(days=(event_id * 7) % 1000)).isoformat()
        rows.append({"id": event_id, "doc_id": f"doc-{doc_index:08d}", "seq": event_id % 2, "type": kind,
                     "status": "signed", "date": when, "date_source": None, "location": "Tehran", "when_start": when,
                     "when_end": when, "when_from": "event", "story_id": story_id,
                     "story_reason": None if story_left else "score 5.0: bench"})  # fmt: skip
        parties += [{"event_id": event_id, "party": code} for code in pair]
        areas += [{"event_id": event_id, "area": area} for area in sorted(rng.sample(AREAS, 2))]
        people.append({"event_id": event_id, "name": "Sattar Hashemi", "party": "IRN", "role": "minister"})
        for start in (0, 400):
            piece = text[start : start + 250]
            spans.append(
                {"event_id": event_id, "start": start, "end": start + len(piece), "text": piece, "search": piece}
            )
    with engine.begin() as conn:
        for table, values in ((documents, docs), (stories, story_rows), (events, rows), (event_parties, parties),
                              (event_areas, areas), (event_people, people), (evidence, spans)):  # fmt: skip
            for i in range(0, len(values), 5000):
                conn.execute(insert(table), values[i : i + 5000])
    engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, source: Path | None) -> subprocess.Popen:
    env = {**os.environ, "TECHDIP_DB": url}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    command = [sys.executable, "-m", "uvicorn", "techdip.web.app:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(command, env=env, cwd=source or ROOT)
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/overview", timeout=5).read()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


def memory_mb(pid: int, field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def fetch(url: str) -> tuple[int, float]:
    """(bytes read, seconds) for a GET, read to the end in 64 kB pieces like a download."""
    start = time.perf_counter()
    size = 0
    with urllib.request.urlopen(url, timeout=600) as response:
        while piece := response.read(65536):
            size += len(piece)
    return size, time.perf_counter() - start


def bench_exports(base: str, pid: int, concurrent: int) -> float:
    print(f"server RSS before exports: {memory_mb(pid, 'VmRSS'):.0f} MB")
    exports = {fmt: f"/api/export?format={fmt}" for fmt in ("csv", "jsonl", "graphml")}
    exports.update({"parquet": "/api/export/events?format=parquet", "stories csv": "/api/export/stories?format=csv"})
    for fmt, path in exports.items():
        start = time.perf_counter()
        with ThreadPoolExecutor(concurrent) as pool:
            sizes = [size for size, _ in pool.map(fetch, [base + path] * concurrent)]
        elapsed = time.perf_counter() - start
        print(f"{concurrent} concurrent {fmt} exports of {sizes[0] / 1e6:.1f} MB each in {elapsed:.1f} s: "
              f"server peak RSS so far {memory_mb(pid, 'VmHWM'):.0f} MB")  # fmt: skip
    return memory_mb(pid, "VmHWM")


def bench_stories(base: str, clients: int) -> None:
    for path in ("/stories", "/api/stories", "/stories?min_sources=3"):
        fetch(base + path)  # warm
        alone = statistics.median(fetch(base + path)[1] for _ in range(20)) * 1000
        with ThreadPoolExecutor(clients) as pool:
            times = list(pool.map(lambda _, p=path: fetch(base + p)[1], range(clients * 5)))
        loaded = statistics.median(times) * 1000
        print(f"GET {path}: {alone:.1f} ms alone (median of 20); {loaded:.0f} ms median under {clients} clients")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=4500)
    parser.add_argument("--exports", type=int, default=8, help="concurrent exports per format")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients of the stories page")
    parser.add_argument("--source", type=Path, help="run the server from this checkout of techdip instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/web-bench.db"
        start = time.perf_counter()
        build_database(url, args.events)
        size = Path(tmp, "web-bench.db").stat().st_size / 1e6
        print(f"database: {args.events} generated events, {size:.0f} MB, built in {time.perf_counter() - start:.1f} s")
        port = free_port()
        server = start_server(url, port, args.source)
        base = f"http://127.0.0.1:{port}"
        try:
            stats = json.loads(urllib.request.urlopen(base + "/api/overview").read())
            print(f"server up: {stats['events']} events, {stats['stories']} stories")
            peak = bench_exports(base, server.pid, args.exports)
            verdict = "under" if peak < 300 else "OVER"
            print(f"peak server RSS during exports: {peak:.0f} MB ({verdict} the 300 MB acceptance)")
            bench_stories(base, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
