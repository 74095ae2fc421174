"""Story clustering of a backfill in parts (techdip.scale.stories) against incremental ingest, in one run.

    .venv/bin/python bench/backfill_stories.py [--events 40000] [--ingest 3000]

Generates documents with the shapes of news on technology diplomacy (40 parties
with a long tail, mostly pairs, one event in ten multilateral, three years,
officials written several ways), then prints:
1. the parts: how many, and the share of events in the largest (the one task
   that bounds the wall time on a cluster);
2. the in-process backfill pass (stories and people, every part in turn): events/s;
3. incremental ingest of the first --ingest documents into SQLite (extraction
   done, events written and clustered as they arrive): events/s, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from techdip.model import Article, Document, Event, Evidence, Person  # noqa: E402
from techdip.scale.stories import backfill, backfill_events, document_key, parts  # noqa: E402
from techdip.store.ingest import IngestReport, write_batch  # noqa: E402
from techdip.store.schema import connect  # noqa: E402

PARTIES = ["CHN", "USA", "RUS", "IRN", "IND", "TUR", "SAU", "ARE", "VNM", "KOR", "JPN", "DEU", "FRA", "GBR", "BRA",
           "IDN", "MYS", "PAK", "EGY", "ARM", "AZE", "KAZ", "UZB", "QAT", "OMN", "IRQ", "SGP", "THA", "PHL", "NGA",
           "KEN", "ZAF", "MEX", "ESP", "ITA", "ASEAN", "EU", "BRICS", "SCO", "GCC"]  # fmt: skip
WEIGHTS = [1 / (rank + 1) for rank in range(len(PARTIES))]  # a long tail: a few parties in most events
SCRIPTS = ("{}", "{} Ov", "Dr {}")


def generate(events: int, seed: int = 7) -> list[tuple[Document, Article]]:
    rng = random.Random(seed)
    out, made, n = [], 0, 0
    while made < events:
        year, month, day = rng.choice((2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        found = []
        for _ in range(rng.choice((1, 1, 1, 2))):
            size = 2 if rng.random() < 0.9 else rng.randint(3, 6)
            parties = set()
            while len(parties) < size:
                parties.add(rng.choices(PARTIES, WEIGHTS)[0])
            date = rng.choice((published, published, None, published[:7]))
            people = [Person(rng.choice(SCRIPTS).format(f"{p.title()}man{rng.randint(1, 30)}"), p, "minister")
                      for p in rng.sample(sorted(parties), min(2, len(parties)))]  # fmt: skip
            areas = rng.sample(["ai", "postal", "mobile_5g", "cybersecurity", "space"], 2)
            place = rng.choice((None, "Tehran", "Beijing", "Moscow"))
            kind = rng.choice(("CONSULT", "AGREE", "COOPERATE"))
            found.append(Event(kind, sorted(parties), areas, people, date, place, evidence=[Evidence(0, 4, "text")]))
        n += 1
        made += len(found)
        doc = Document(id=f"d{n:07d}", text=f"document {n}", source=f"gen/{n}")
        out.append((doc, Article(doc=doc.source, lang="en", published=published, events=found)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=40_000)
    parser.add_argument("--ingest", type=int, default=3_000, help="documents ingested incrementally, for the ratio")
    args = parser.parse_args()
    pairs = generate(args.events)
    events = [e for doc, article in pairs for e in backfill_events(doc, article)]
    where = parts(events)
    sizes = Counter(where.values())
    print(f"{len(pairs):,} documents, {len(events):,} events; {len(sizes):,} parts, the largest "
          f"{sizes.most_common(1)[0][1]:,} events ({sizes.most_common(1)[0][1] / len(events):.1%})")  # fmt: skip
    start = time.perf_counter()
    result = backfill(events)
    pass_rate = len(events) / (time.perf_counter() - start)
    print(f"backfill pass, in one process: {pass_rate:,.0f} events/s "
          f"({len(result.stories):,} stories, {len(result.people):,} people)")  # fmt: skip
    head = sorted(pairs, key=lambda pair: document_key(*pair))[: args.ingest]
    with tempfile.TemporaryDirectory() as folder:
        engine = connect(f"sqlite:///{folder}/bench.db")
        start = time.perf_counter()
        report = IngestReport()
        for at in range(0, len(head), 200):
            write_batch(engine, head[at : at + 200], report)
        ingest_rate = report.events / (time.perf_counter() - start)
        engine.dispose()
    print(f"incremental ingest into SQLite (writing included): {ingest_rate:,.0f} events/s")
    print(f"backfill pass / incremental ingest: {pass_rate / ingest_rate:.1f}x")


if __name__ == "__main__":
    main()
