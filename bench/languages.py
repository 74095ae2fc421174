"""Extraction throughput with only the corpus's languages loaded, then with every language loaded (issue 14:
no more than 10 % slower, peak RSS at most 600 MB). Figures and their ratio from one run.

    .venv/bin/python bench/languages.py [--articles 600] [--rounds 3]

Lexicons cannot be unloaded, so the rounds run before and after loading the rest (not alternated): run it on
a quiet machine, or read the spread of the rounds printed with the medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import generate, peak_rss_mb  # noqa: E402
from techdip.extract.pipeline import extract  # noqa: E402
from techdip.lexicons import load  # noqa: E402
from techdip.model import Document  # noqa: E402
from techdip.text.language import SUPPORTED  # noqa: E402


def _rates(docs: list[Document], rounds: int) -> list[float]:
    """Articles per CPU-second of each round over the same documents."""
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for doc in docs:
            extract(doc, None)
        rates.append(len(docs) / (time.process_time() - start))
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    docs = generate(args.articles, args.size)
    for doc in docs:  # warm-up: loads the corpus's languages only
        extract(doc, None)
    few = _rates(docs, args.rounds)
    print(f"{load.cache_info().currsize} lexicons loaded (the corpus's): {_figure(few)}")
    for lang in SUPPORTED:
        load(lang)
    every = _rates(docs, args.rounds)
    print(f"{load.cache_info().currsize} lexicons loaded ({len(SUPPORTED)} languages): {_figure(every)}")
    print(
        f"all languages / corpus languages: {statistics.median(every) / statistics.median(few):.2f} of the throughput"
    )


def _figure(rates: list[float]) -> str:
    rounds = ", ".join(f"{rate:,.0f}" for rate in rates)
    return f"{statistics.median(rates):,.0f} articles/s (rounds {rounds}), peak RSS {peak_rss_mb():.0f} MB"


if __name__ == "__main__":
    main()
