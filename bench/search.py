"""Search (`q`) on a large database: the term index of techdip.search against the scan it replaced, in one run.

    .venv/bin/python bench/million.py --db sqlite:///million.db --events 100000   # once: a database to search
    .venv/bin/python bench/search.py --db sqlite:///million.db [--repeat 20]

For each query (a name in three scripts, a name in two words, a topic word, a word found nowhere) it times the
first page in date order (50 events) and the count, as /api/events asks them, with the term index (what `q`
does now) and with the previous condition (LIKE '%...%' over every evidence span's and title's working form,
and the person-name skeletons), and prints the median and p95 of each and their ratio. The results of the two
differ by design (the scan found substrings and false name matches); the number of events found is printed.
It also prints the size of the search tables.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import and_, func, or_, select  # noqa: E402

from techdip.store import queries  # noqa: E402
from techdip.store.queries import EventFilter, count_events, query_events  # noqa: E402
from techdip.store.schema import connect, documents, event_people, event_terms, events, evidence, search_vocab  # noqa: E402
from techdip.stories import name_parts  # noqa: E402
from techdip.text.normalize import normalize  # noqa: E402

QUERIES = ("Hashemi", "هاشمی", "Хашеми", "Sattar Hashemi", "cybersecurity", "satellite", "zzqxv")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def scan_condition(q: str):
    """The condition `q` had before the term index (techdip.store.queries before issue 15's search)."""
    pattern = "%" + _escape(normalize(q.strip()).text) + "%"
    in_evidence = select(evidence.c.event_id).where(evidence.c.search.like(pattern, escape="\\"))
    found = [events.c.id.in_(in_evidence), documents.c.title_search.like(pattern, escape="\\")]
    parts = name_parts(q)
    if parts:
        named = [event_people.c.name_key.like(f"% {_escape(part)} %", escape="\\") for part in parts]
        found.append(events.c.id.in_(select(event_people.c.event_id).where(and_(*named))))
    return or_(*found)


def timed(engine, q: str, repeat: int) -> tuple[list[float], list[float], int]:
    pages, counts = [], []
    n = 0
    for _ in range(repeat):
        start = time.perf_counter()
        query_events(engine, EventFilter(q=q, limit=50))
        pages.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        n = count_events(engine, EventFilter(q=q))
        counts.append((time.perf_counter() - start) * 1000)
    return pages, counts, n


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a database built by bench/million.py")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    engine = connect(args.db)
    with engine.connect() as conn:
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        n_terms = conn.execute(select(func.count()).select_from(event_terms)).scalar_one()
        n_vocab = conn.execute(select(func.count()).select_from(search_vocab)).scalar_one()
    print(f"{n_events:,} events; {n_terms:,} event terms ({n_terms / max(n_events, 1):.0f} an event), "
          f"{n_vocab:,} in the vocabulary")  # fmt: skip
    index_condition = queries.search_condition
    for q in QUERIES:
        queries.search_condition = index_condition
        page, count, found = timed(engine, q, args.repeat)
        queries.search_condition = scan_condition
        old_page, old_count, old_found = timed(engine, q, max(3, args.repeat // 4))
        print(f"q={q!r}: index {found} events, first page {statistics.median(page):.1f} ms median / "
              f"{p95(page):.1f} p95, count {statistics.median(count):.1f} / {p95(count):.1f} ms; "
              f"scan {old_found} events, {statistics.median(old_page):.1f} / {statistics.median(old_count):.1f} ms; "
              f"scan / index (page, median) {statistics.median(old_page) / statistics.median(page):.1f}x")  # fmt: skip
    queries.search_condition = index_condition


if __name__ == "__main__":
    main()
