"""extract() of this checkout against an earlier commit, in one process: speed as a ratio, outputs compared.

    .venv/bin/python bench/compare.py --base main [--articles 1000] [--rounds 4] [--per-document K]

On a shared machine two runs minutes apart differ by more than most speed-ups, so both versions run in one
process, interleaved round by round (old, new, new, old, ...), on the same articles of bench/run.py's corpus,
timed in CPU seconds of this process. The earlier version is the commit's `techdip` package, taken out with
`git archive` into a temporary folder and imported as `techdip_base`. Prints articles/s of each (best and
median of the rounds), their ratios, and whether every article's output (bench/golden.py's canonical line)
is the same.

With --per-document K the two versions alternate document by document instead (base, new, new, base, ...), each
document extracted K times by each, and each version's time is the sum of its best time per document: a busy
machine's bursts then slow both sides of a document alike, and the best of K drops the runs a burst hit. Printed
as articles/s of those best times and their ratio (steadier under load than the rounds' figures).
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import generate  # noqa: E402

BASE_PACKAGE = "techdip_base"
_IMPORTS = re.compile(r"\b(from|import)\s+techdip\b")
_DOTTED = re.compile(r"\btechdip\.(?=[a-z_])")


def checkout_base(ref: str, folder: Path) -> None:
    """The `techdip` package of `ref`, written to folder/techdip_base with its imports renamed."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "techdip"], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / BASE_PACKAGE
    (folder / "techdip").rename(package)
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        renamed = _DOTTED.sub(f"{BASE_PACKAGE}.", _IMPORTS.sub(rf"\1 {BASE_PACKAGE}", source))
        path.write_text(renamed, encoding="utf-8")


def canonical(article) -> str:
    return json.dumps({"title": article.title, **article.to_json()}, ensure_ascii=False, sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main", help="the earlier commit (any git ref)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--per-document", type=int, default=0, metavar="K", help="alternate per document, best of K")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        checkout_base(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {}
        for name, package in (("base", BASE_PACKAGE), ("new", "techdip")):
            pipeline = importlib.import_module(f"{package}.extract.pipeline")
            lexicons = importlib.import_module(f"{package}.lexicons")
            model = importlib.import_module(f"{package}.model")
            for lang in importlib.import_module(f"{package}.text.language").SUPPORTED:
                lexicons.load(lang)
            corpus = generate(args.articles, 3000)
            docs = [model.Document(id=d.id, text=d.text, source=d.source, lang=None) for d in corpus]
            versions[name] = (pipeline.extract, docs)
        outputs = {
            name: [canonical(extract(doc, budget=None)) for doc in docs] for name, (extract, docs) in versions.items()
        }
        changed = sum(a != b for a, b in zip(outputs["base"], outputs["new"], strict=True))
        if args.per_document:
            _per_document(versions, args, changed)
            return
        rates: dict[str, list[float]] = {"base": [], "new": []}
        for round_ in range(args.rounds):
            for name in ("base", "new") if round_ % 2 == 0 else ("new", "base"):
                extract, docs = versions[name]
                start = time.process_time()
                for doc in docs:
                    extract(doc)
                rates[name].append(len(docs) / (time.process_time() - start))
    best = {name: max(found) for name, found in rates.items()}
    median = {name: sorted(found)[len(found) // 2] for name, found in rates.items()}
    print(f"extract, {args.articles} bench articles, {args.rounds} interleaved rounds, articles/s of CPU time:")
    print(f"  base {args.base}: best {best['base']:,.0f}, median {median['base']:,.0f}")
    print(f"  this checkout: best {best['new']:,.0f}, median {median['new']:,.0f}")
    print(f"  ratio new/base: best {best['new'] / best['base']:.2f}x, median {median['new'] / median['base']:.2f}x")
    print(f"  outputs: {'identical' if not changed else f'{changed} of {args.articles} articles differ'}")


def _per_document(versions: dict, args: argparse.Namespace, changed: int) -> None:
    """Both versions document by document, alternating which goes first; the sum of each one's best times."""
    totals = {"base": 0.0, "new": 0.0}
    clock = time.process_time
    for index in range(args.articles):
        best = {"base": float("inf"), "new": float("inf")}
        for run in range(2 * args.per_document):
            name = ("base", "new")[(run + index) % 2]
            extract, docs = versions[name]
            start = clock()
            extract(docs[index])
            best[name] = min(best[name], clock() - start)
        for name in totals:
            totals[name] += best[name]
    rate = {name: args.articles / total for name, total in totals.items()}
    print(f"extract, {args.articles} bench articles, alternating per document, best of {args.per_document} each,")
    print("articles/s of CPU time:")
    print(f"  base {args.base}: {rate['base']:,.0f}")
    print(f"  this checkout: {rate['new']:,.0f}")
    print(f"  ratio new/base: {rate['new'] / rate['base']:.3f}x")
    print(f"  outputs: {'identical' if not changed else f'{changed} of {args.articles} articles differ'}")


if __name__ == "__main__":
    main()
