"""Golden outputs: extract() gives, byte for byte, what it gave when tests/extract/golden.jsonl was written.

The subset is every sample article, the first articles of each test language and of each language of the
real-news corpus, and the first 60 articles of the bench corpus (all its languages). It guards speed work:
a faster extract() must say exactly the same. A change of behaviour that is meant (a lexicon entry, a rule)
rewrites the file with `.venv/bin/python bench/golden.py --subset --out tests/extract/golden.jsonl`, and
the diff shows what the change did.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
GOLDEN = Path(__file__).with_name("golden.jsonl")


def _golden_module():
    spec = importlib.util.spec_from_file_location("bench_golden", ROOT / "bench" / "golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def subset() -> list:
    """(name, document) pairs of the committed subset, in order."""
    golden = _golden_module()
    chosen, per_folder = [], {}
    for name, document in golden.project_documents():
        folder = str(Path(name.split("@")[0]).parent)
        if name.startswith("samples/"):
            chosen.append((name, document))
        elif not name.startswith("/") and per_folder.get(folder, 0) < 2:
            per_folder[folder] = per_folder.get(folder, 0) + 1
            chosen.append((name, document))
    return chosen + list(golden.generated_documents(60))


def test_extract_outputs_equal_the_golden_file():
    golden = _golden_module()
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    actual = [golden.canonical(name, document) for name, document in subset()]
    assert [json.loads(line)["name"] for line in actual] == [json.loads(line)["name"] for line in expected]
    changed = [json.loads(a)["name"] for a, e in zip(actual, expected, strict=True) if a != e]
    assert not changed, f"outputs changed for {len(changed)} documents: {changed[:10]}"


def test_the_subset_covers_every_language_of_the_bench_corpus_and_real_news():
    langs = {json.loads(line)["lang"] for line in GOLDEN.read_text(encoding="utf-8").splitlines()}
    assert len(langs) >= 29
    assert sum(json.loads(line)["relevant"] for line in GOLDEN.read_text(encoding="utf-8").splitlines()) >= 50
