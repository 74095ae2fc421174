"""Golden outputs of extract(): the proof that a speed-up changed nothing.

    .venv/bin/python bench/golden.py --out /tmp/golden.jsonl              # every article the project has
    .venv/bin/python bench/golden.py --out /tmp/after.jsonl --generated 3000
    cmp /tmp/golden.jsonl /tmp/after.jsonl

Runs extract() over every article the project holds (samples/articles, evaluation/news/articles, the tests'
article folders, /work/shared/dev when present; each gold line with a publication date once more with it,
as evaluation reads them) and, with --generated N, over the first N articles of bench/run.py's corpus. It
writes one canonical JSON line per document (sorted keys): the input's name, the language, `published` and
where it was read, `relevant`, and every event with its evidence offsets, people and date audit trail.

A byte comparison of two dumps, before and after a change, says whether the outputs are unchanged.
tests/extract/test_golden.py checks a committed subset (tests/extract/golden.jsonl, written with --subset).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from techdip.extract.pipeline import extract  # noqa: E402
from techdip.model import Document  # noqa: E402
from techdip.sources import read_sources  # noqa: E402

SHARED_DEV = Path("/work/shared/dev")
# The folders of articles, relative to the repository (SHARED_DEV is added when it exists).
FOLDERS = ("samples/articles", "evaluation/news/articles", "tests/data")


def _gold_dates() -> dict[str, str]:
    """Publication dates that gold files give their articles, by path relative to the repository."""
    dates: dict[str, str] = {}
    for gold in [ROOT / "evaluation/news/gold.jsonl", *sorted((ROOT / "tests/data").glob("*/gold.jsonl"))]:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("published"):
                    dates[str((gold.parent / row["doc"]).relative_to(ROOT))] = row["published"]
    return dates


def project_documents() -> Iterator[tuple[str, Document]]:
    """(name, document) for every article file of the project, in a stable order."""
    roots = [ROOT / folder for folder in FOLDERS] + ([SHARED_DEV] if SHARED_DEV.is_dir() else [])
    dates = _gold_dates()
    for root in roots:
        for item in read_sources([str(root)]):
            if not isinstance(item, Document):
                continue
            path = Path(item.source)
            name = str(path.resolve().relative_to(ROOT)) if path.resolve().is_relative_to(ROOT) else item.source
            if name.endswith(("README.md", "ANNOTATION.md", "REVIEW_BRIEF.md")) or "/gold" in name:
                continue
            yield name, item
            if name in dates:
                yield f"{name}@{dates[name]}", replace(item, published=dates[name])


def generated_documents(n: int) -> Iterator[tuple[str, Document]]:
    """The first n articles of the bench corpus (bench/run.py's generator)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from run import generate

    for doc in generate(n, 3000):
        yield doc.source, doc


def canonical(name: str, document: Document) -> str:
    """One sorted-key JSON line of everything extract() says about the document."""
    article = extract(document, budget=None)
    record = {"name": name, "title": article.title, **article.to_json()}
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="where to write the dump (JSON Lines)")
    parser.add_argument("--generated", type=int, default=0, help="also the first N articles of the bench corpus")
    parser.add_argument("--subset", action="store_true", help="only the project's articles in the test subset")
    args = parser.parse_args()
    if args.subset:
        sys.path.insert(0, str(ROOT))
        from tests.extract.test_golden import subset

        items = subset()
    else:
        items = list(project_documents()) + list(generated_documents(args.generated))
    with open(args.out, "w", encoding="utf-8") as out:
        for name, document in items:
            out.write(canonical(name, document) + "\n")
    print(f"{len(items)} documents written to {args.out}")


if __name__ == "__main__":
    main()
