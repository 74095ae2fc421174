"""The metrics of spec/EVENTS.md section 5: article-level sets, micro-averaged, overall and per language."""

from __future__ import annotations

import json
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from techdip.model import EVENT_TYPES

SET_METRICS = ("parties", "dyads", "areas", "types", "people", "dates")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Scores:
    articles: int = 0
    sets: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in SET_METRICS})
    relevant: Counts = field(default_factory=Counts)
    relevant_correct: int = 0
    lang_correct: int = 0

    def to_json(self) -> dict[str, Any]:
        n = self.articles or 1
        out: dict[str, Any] = {"articles": self.articles}
        out["relevant"] = {**self.relevant.to_json(), "accuracy": round(self.relevant_correct / n, 4)}
        for name in SET_METRICS:
            out[name] = self.sets[name].to_json()
        out["lang"] = {"accuracy": round(self.lang_correct / n, 4)}
        return out


def normalize_name(name: str) -> str:
    """NFKC, case-folded, without diacritics or zero-width characters, spaces collapsed."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) not in ("Mn", "Cf"))
    return re.sub(r"\s+", " ", text).strip()


def _names_match(predicted: str, gold: str) -> bool:
    a, b = f" {normalize_name(predicted)} ", f" {normalize_name(gold)} "
    return a.strip() != "" and b.strip() != "" and (a in b or b in a)


def _article_sets(article: dict[str, Any]) -> dict[str, set]:
    events = article.get("events") or []
    dyads = set()
    for event in events:
        parties = sorted(set(event.get("parties") or []))
        dyads |= {(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]}
    return {
        "parties": {p for e in events for p in e.get("parties") or []},
        "dyads": dyads,
        "areas": {a for e in events for a in e.get("areas") or []},
        "types": {e["type"] for e in events if e.get("type")},
        "people": {p["name"] for e in events for p in e.get("people") or [] if p.get("name")},
        "dates": {e["date"] for e in events if e.get("date")},
    }


def _match_count(predicted: set, gold: set, same: Callable[[Any, Any], bool]) -> int:
    """Greedy one-to-one matching size."""
    used: set = set()
    matched = 0
    for g in sorted(gold, key=str):
        for p in sorted(predicted, key=str):
            if p not in used and same(p, g):
                used.add(p)
                matched += 1
                break
    return matched


def _date_match(predicted: str, gold: str) -> bool:
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


# metrics whose items match loosely (a name inside a longer name, a date as precise as the gold's); the
# others match exactly
_LOOSE_MATCH = {"people": _names_match, "dates": _date_match}


def score_article(pred: dict[str, Any], gold: dict[str, Any], scores: Scores) -> None:
    scores.articles += 1
    p_sets, g_sets = _article_sets(pred), _article_sets(gold)
    for name in SET_METRICS:
        p, g = p_sets[name], g_sets[name]
        tp = _match_count(p, g, _LOOSE_MATCH[name]) if name in _LOOSE_MATCH else len(p & g)
        scores.sets[name].add(tp, len(p) - tp, len(g) - tp)
    p_rel = bool(pred.get("events"))
    g_rel = bool(gold.get("relevant", bool(gold.get("events"))))
    scores.relevant.add(int(p_rel and g_rel), int(p_rel and not g_rel), int(g_rel and not p_rel))
    scores.relevant_correct += int(p_rel == g_rel)
    scores.lang_correct += int((pred.get("lang") or "") == (gold.get("lang") or ""))


def article_errors(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, dict[str, list]]:
    """What the prediction missed and added, per metric, for one article (`eval --errors`)."""
    p_sets, g_sets = _article_sets(pred), _article_sets(gold)
    out: dict[str, dict[str, list]] = {}
    for name in SET_METRICS:
        p, g = p_sets[name], g_sets[name]
        same = _LOOSE_MATCH.get(name, operator.eq)
        missed = sorted((x for x in g if not any(same(y, x) for y in p)), key=str)
        added = sorted((y for y in p if not any(same(y, x) for x in g)), key=str)
        if missed or added:
            out[name] = {"missed": missed, "added": added}
    return out


def evaluate(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Scores]:
    """Scores overall ('all') and per gold language, from (prediction, gold) pairs."""
    result: dict[str, Scores] = {"all": Scores()}
    for pred, gold in pairs:
        score_article(pred, gold, result["all"])
        score_article(pred, gold, result.setdefault(gold.get("lang") or "?", Scores()))
    return result


def read_gold(path: Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: malformed JSON: {exc.msg}") from exc
    return records


def match_predictions(gold: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each gold article, the prediction about the same doc (by path suffix), or an empty one."""
    by_doc = {str(p.get("doc", "")).replace("\\", "/"): p for p in predictions}
    out = []
    for record in gold:
        doc = str(record["doc"]).replace("\\", "/")
        found = by_doc.get(doc) or next(
            (p for d, p in by_doc.items() if d.endswith("/" + doc) or doc.endswith("/" + d)), None
        )
        out.append(found or {"doc": doc, "lang": None, "events": []})
    return out


def format_table(result: dict[str, Scores]) -> str:
    """A readable table: one row per metric, one column per language, overall first."""
    langs = ["all"] + sorted(k for k in result if k != "all")
    rows = [["metric", *[f"{lang} (n={result[lang].articles})" for lang in langs]]]
    data = {lang: result[lang].to_json() for lang in langs}
    rows.append(["relevant F1", *[f"{data[lang]['relevant']['f1']:.3f}" for lang in langs]])
    rows.append(["relevant acc", *[f"{data[lang]['relevant']['accuracy']:.3f}" for lang in langs]])
    for name in SET_METRICS:
        rows.append([f"{name} P/R/F1", *[_prf(data[lang][name]) for lang in langs]])
    rows.append(["lang accuracy", *[f"{data[lang]['lang']['accuracy']:.3f}" for lang in langs]])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows)


def _prf(counts: dict[str, float | int]) -> str:
    return f"{counts['precision']:.2f}/{counts['recall']:.2f}/{counts['f1']:.3f}"


def _article_story_events(gold: list[dict[str, Any]]) -> dict[tuple[str, int], str]:
    """(doc, event index) -> story id, for gold files that give `story` per article (evaluation/news): the
    article's event about that story is the one whose parties (then parties and type) its sister articles share
    most; ties go to the same type in every article (the first in EVENT_TYPES), so that sister articles that
    report the same talks and signing name the same one of them."""
    members: dict[str, list[dict[str, Any]]] = {}
    for record in gold:
        if record.get("story") and record.get("events"):
            members.setdefault(record["story"], []).append(record)
    out: dict[tuple[str, int], str] = {}
    for story, records in members.items():
        shared = Counter(frozenset(e["parties"]) for r in records for e in r["events"])
        typed = Counter((frozenset(e["parties"]), e["type"]) for r in records for e in r["events"])
        for record in records:
            ranks = [
                (
                    shared[frozenset(e["parties"])],
                    typed[frozenset(e["parties"]), e["type"]],
                    -_type_order(e["type"]),
                    -n,
                )
                for n, e in enumerate(record["events"])
            ]
            out[(record["doc"], -max(ranks)[3])] = story
    return out


def _type_order(kind: str) -> int:
    return EVENT_TYPES.index(kind) if kind in EVENT_TYPES else len(EVENT_TYPES)


def match_events(events: list[dict[str, Any]], rows: list[Any], first: set[int] = frozenset()) -> dict[int, Any]:
    """The extracted event (rows with id, type, parties) each gold event of an article is about, one each: the
    same parties and type, else the same parties, else the one sharing most of its parties (at least two, or
    its only one: a meeting that extraction cut into pairs or gave a party too many). Gold events numbered in
    `first` (those of a story) choose first at each step."""
    order = sorted(range(len(events)), key=lambda n: (n not in first, n))
    chosen: dict[int, Any] = {}

    def take(n: int, options: list[Any]) -> None:
        free = [r for r in options if r.id not in {c.id for c in chosen.values()}]
        if n not in chosen and free:
            chosen[n] = free[0]

    for n in order:
        take(n, [r for r in rows if r.parties == set(events[n]["parties"]) and r.type == events[n]["type"]])
    for n in order:
        take(n, [r for r in rows if r.parties == set(events[n]["parties"])])
    for n in order:
        parties = set(events[n]["parties"])
        near = [r for r in rows if len(r.parties & parties) >= min(2, len(parties))]
        near.sort(key=lambda r: (-len(r.parties & parties) / len(r.parties | parties), r.type != events[n]["type"]))
        take(n, near)
    return chosen


def evaluate_stories(gold: list[dict[str, Any]], base: Path) -> dict[str, Any]:
    """Pairwise precision and recall of story clustering against a gold file whose events carry `story`.

    The gold's articles are ingested, in file order, into a fresh embedded database (so clustering runs as it
    does in production, incrementally); each gold event is paired with the extracted event of its article with
    the same parties (and the same type when there are several), else the one sharing most of its parties;
    pairs of gold events in one story are the positives. Pairs of two events of sister articles that are not
    both the story's own events are left out (the gold does not say whether they are one event).
    """
    import tempfile

    from sqlalchemy import select

    from techdip.extract.pipeline import extract
    from techdip.sources import SourceError, read_file
    from techdip.store.ingest import IngestReport, write_batch
    from techdip.store.schema import connect, documents, event_parties, events
    from techdip.stories import pairwise_scores

    with tempfile.TemporaryDirectory() as folder:
        engine = connect(f"sqlite:///{folder}/stories.db")
        report = IngestReport()
        for record in gold:
            for item in read_file(base / record["doc"]):
                if not isinstance(item, SourceError):
                    item.source = record["doc"]
                    write_batch(engine, [(item, extract(item))], report)
        with engine.connect() as conn:
            rows = conn.execute(
                select(events.c.id, events.c.type, events.c.story_id, documents.c.source).join(
                    documents, documents.c.id == events.c.doc_id
                )
            ).all()
            parties: dict[int, set[str]] = {}
            for row in conn.execute(select(event_parties)):
                parties.setdefault(row.event_id, set()).add(row.party)
        engine.dispose()
    predicted: dict[int, int] = {}
    labels: dict[int, str] = {}
    unmatched = 0
    article_stories = _article_story_events(gold)
    stories = {  # (doc, event index) -> story id, given per event or per article
        (r["doc"], n): e.get("story") or article_stories.get((r["doc"], n))
        for r in gold
        for n, e in enumerate(r.get("events") or [])
        if e.get("story") or (r["doc"], n) in article_stories
    }
    by_doc: dict[str, list[Any]] = {}
    for row in rows:
        by_doc.setdefault(row.source, []).append(
            _Row(row.id, row.type, row.story_id, frozenset(parties.get(row.id, ())))
        )
    sister: dict[int, str] = {}  # event id -> the story its article (given `story` per article) belongs to
    for record in gold:
        found = by_doc.get(record["doc"], [])
        for row in found if record.get("story") else []:
            sister[row.id] = record["story"]
        events_ = record.get("events") or []
        chosen = match_events(events_, found, {n for n in range(len(events_)) if (record["doc"], n) in stories})
        unmatched += len(events_) - len(chosen)
        for number, row in chosen.items():
            label = stories.get((record["doc"], number)) or f"{record['doc']}#{number}"
            predicted[row.id], labels[row.id] = row.story_id, label
    # two events of articles about one story, not both the story's own events, may or may not be one event
    # (the talks beside the signing that two sister articles both report): the gold does not say, so the pair
    # is left out of precision
    story_ids = set(stories.values())
    unknown = {
        (x, y)
        for x in predicted
        for y in predicted
        if x < y
        and sister.get(x)
        and sister.get(x) == sister.get(y)
        and not (labels[x] == labels[y] and labels[x] in story_ids)
    }
    precision, recall, n_pred, n_gold_matched = pairwise_scores(predicted, labels, unknown)
    gold_pairs = sum(n * (n - 1) // 2 for n in Counter(stories.values()).values())
    found = round(recall * n_gold_matched)
    return {
        "events": len(stories),
        "matched_events": sum(1 for label in labels.values() if label in story_ids),
        "unmatched_events": unmatched,
        "gold_pairs": gold_pairs,
        "predicted_pairs": n_pred,
        "precision": round(precision, 4),
        "recall": round(found / gold_pairs, 4) if gold_pairs else 1.0,
        "recall_on_matched_events": round(recall, 4),
    }


@dataclass
class _Row:
    id: int
    type: str
    story_id: int
    parties: frozenset[str]
