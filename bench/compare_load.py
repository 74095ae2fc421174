"""Bulk ingest of this checkout against an earlier commit, in one process: speed as a ratio, stored rows compared.

    .venv/bin/python bench/compare_load.py --base main [--articles 1000] [--rounds 4] [--db URL]

As bench/compare.py does for extract: both versions run in one process, interleaved round by round (old, new,
new, old, ...), on the same extracted articles of bench/run.py's corpus (extracted once, by this checkout),
each round into an emptied database (a temporary SQLite file, or --db), in batches of 500 as `techdip ingest`
writes them, stories and people included; timed in CPU seconds of this process (a PostgreSQL server's own work
not counted). Prints events per CPU-second of each (best and median), their ratios, and whether the stored
rows (events with their stories and reasons, stories, people and their names) are the same.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compare import BASE_PACKAGE, checkout_base  # noqa: E402
from run import generate  # noqa: E402

TABLES = ("events", "event_people", "stories", "people", "person_names")


class _Renaming(pickle.Unpickler):
    """Unpickles this checkout's objects (Document, Article, ...) as the earlier version's classes."""

    def find_class(self, module: str, name: str):
        if module == "techdip" or module.startswith("techdip."):
            module = BASE_PACKAGE + module[len("techdip") :]
        return super().find_class(module, name)


def ingest(package: str, pairs: list, url: str) -> tuple[int, float, str]:
    """(events, CPU seconds, digest of the stored rows) of one bulk ingest into an emptied database."""
    schema = importlib.import_module(f"{package}.store.schema")
    ingest_module = importlib.import_module(f"{package}.store.ingest")
    engine = schema.connect(url)
    schema.metadata.drop_all(engine)
    schema.metadata.create_all(engine)
    report = ingest_module.IngestReport()
    start = time.process_time()
    for i in range(0, len(pairs), 500):
        ingest_module.store_batch(engine, pairs[i : i + 500], report)
    cpu = time.process_time() - start
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in TABLES:
            columns = [c for c in schema.metadata.tables[table].columns if c.name != "ingested_at"]
            names = ", ".join(f'"{c.name}"' for c in columns)
            digest.update(repr(conn.exec_driver_sql(f"SELECT {names} FROM {table} ORDER BY id").fetchall()).encode())
    engine.dispose()
    return report.events, cpu, digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main", help="the earlier commit (any git ref)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--db", help="database URL (emptied each round); default a temporary SQLite file")
    args = parser.parse_args()
    from techdip.extract.pipeline import extract

    pairs = [(doc, extract(doc)) for doc in generate(args.articles, 3000)]
    with tempfile.TemporaryDirectory() as tmp:
        checkout_base(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        old_pairs = _Renaming(io.BytesIO(pickle.dumps(pairs))).load()
        versions = {"new": ("techdip", pairs), "base": (BASE_PACKAGE, old_pairs)}
        url = args.db or f"sqlite:///{tmp}/compare.db"
        rates: dict[str, list[float]] = {"base": [], "new": []}
        digests: dict[str, set[str]] = {"base": set(), "new": set()}
        for round_ in range(args.rounds):
            for name in ("base", "new") if round_ % 2 == 0 else ("new", "base"):
                events, cpu, digest = ingest(*versions[name], url)
                rates[name].append(events / cpu)
                digests[name].add(digest)
    best = {name: max(found) for name, found in rates.items()}
    median = {name: sorted(found)[len(found) // 2] for name, found in rates.items()}
    print(f"bulk ingest, {args.articles} bench articles ({events} events), {args.rounds} interleaved rounds, "
          f"events per CPU-second:")  # fmt: skip
    print(f"  base {args.base}: best {best['base']:,.0f}, median {median['base']:,.0f}")
    print(f"  this checkout: best {best['new']:,.0f}, median {median['new']:,.0f}")
    print(f"  ratio new/base: best {best['new'] / best['base']:.2f}x, median {median['new'] / median['base']:.2f}x")
    same = len(digests["base"]) == len(digests["new"]) == 1 and digests["base"] == digests["new"]
    print(f"  stored rows: {'identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
