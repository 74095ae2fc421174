"""Corpora for the backfill tests, and the incremental path to compare with: ingest in the canonical order."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import select

from techdip.model import Article, Document, Event, Evidence, Person
from techdip.scale.stories import document_key
from techdip.store.backfill import Backfill
from techdip.store.ingest import IngestReport, write_batch
from techdip.store.schema import connect, event_people, events, people, person_names, stories


def extracted(folders: list[Path]) -> list[tuple[Document, Article]]:
    """Every article under the folders, extracted."""
    from techdip.extract.pipeline import extract
    from techdip.sources import SourceError, read_sources

    return [(item, extract(item)) for item in read_sources([str(f) for f in folders])
            if not isinstance(item, SourceError)]  # fmt: skip


PARTIES = ("ARM", "IRN", "RUS", "CHN", "VNM", "KOR", "ASEAN", "MYS")
NAMES = {
    "IRN": ("Sattar Hashemi", "ستار هاشمی", "Саттар Хашеми", "Reza Alavi", "هاشمی"),
    "RUS": ("Pavel Gordeev", "Павел Гордеев", "پاول گوردیف", "Oleg Sorokin"),
    "CHN": ("Zhang Mingyuan", "张明远", "Wang Haitao"),
    "ARM": ("Ashot Melkonyan", "Ашот Мелконян", "Hakobyan", "Акопян"),
    None: ("Nguyen Van An", "Nguyễn Văn An", "Kim Soo-hyun"),
}


def synthetic(seed: int, documents: int = 160) -> list[tuple[Document, Article]]:
    """Random articles whose events crowd a few parties over three years: multilateral events tying pairs
    together, undated events, month-only dates, gaps longer than the candidate window, shared officials."""
    rng = random.Random(seed)
    out = []
    for n in range(documents):
        published = rng.choice(
            [
                None,
                f"2024-{rng.randint(1, 12):02d}",
                f"{rng.choice((2023, 2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            ]
        )
        if published and rng.random() < 0.6:
            published = f"2024-{rng.choice((3, 4, 9)):02d}-{rng.randint(1, 28):02d}"  # crowded months
        article_events = []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            parties = rng.sample(PARTIES, rng.choice((1, 2, 2, 2, 3, 4)))
            date = rng.choice(
                [None, None, published, published and published[:7], "2024-04-0" + str(rng.randint(1, 9))]
            )
            people_ = [
                Person(rng.choice(NAMES[p if p in NAMES else None]), p if p in NAMES else None, "minister")
                for p in rng.sample(parties, min(len(parties), rng.randint(0, 2)))
            ]
            article_events.append(Event(
                type=rng.choice(("CONSULT", "CONSULT", "COOPERATE", "AGREE")), parties=parties,
                areas=rng.sample(["ai", "postal", "mobile_5g", "cybersecurity"], rng.randint(0, 2)),
                people=people_, date=date, location=rng.choice([None, None, "Tehran", "Moscow"]),
                evidence=[Evidence(0, 4, "text")],
            ))  # fmt: skip
        doc = Document(id=f"doc{n:04d}", text=f"text of document {n}", source=f"synthetic/{n}")
        out.append((doc, Article(doc=doc.source, lang=rng.choice(("en", "fa", "ru")), published=published,
                                 events=article_events)))  # fmt: skip
    return out


def ingest_in_canonical_order(url: str, pairs: list[tuple[Document, Article]], batch: int = 25) -> None:
    """The incremental path: `techdip ingest` of these documents, one batch after another, in canonical order."""
    engine = connect(url)
    ordered = sorted(pairs, key=lambda pair: document_key(*pair))
    report = IngestReport()
    for start in range(0, len(ordered), batch):
        write_batch(engine, ordered[start : start + batch], report)
    assert not report.failed and not report.conflicts, report
    engine.dispose()


def stored_backfill(url: str) -> Backfill:
    """The stories and people a database holds, in the form of a backfill."""
    engine = connect(url)
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.id, events.c.doc_id, events.c.seq, events.c.story_id,
                                   events.c.story_reason).order_by(events.c.id)).all()  # fmt: skip
        where = {r.id: (r.doc_id, r.seq) for r in rows}
        out = Backfill(
            stories=[dict(r._mapping) for r in conn.execute(select(stories).order_by(stories.c.id))],
            story_events=[
                {"doc_id": r.doc_id, "seq": r.seq, "story_id": r.story_id, "reason": r.story_reason} for r in rows
            ],  # fmt: skip
            people=[dict(r._mapping) for r in conn.execute(select(people).order_by(people.c.id))],
            person_names=[dict(r._mapping) for r in conn.execute(select(person_names).order_by(person_names.c.id))],
        )
        numbers: dict[int, int] = {}
        for r in conn.execute(select(event_people).order_by(event_people.c.id)):
            number = numbers[r.event_id] = numbers.get(r.event_id, -1) + 1
            doc_id, seq = where[r.event_id]
            out.person_mentions.append({"doc_id": doc_id, "seq": seq, "number": number, "person_id": r.person_id})
    engine.dispose()
    return out


def story_partition(rows: list[dict]) -> set[frozenset[tuple[str, int]]]:
    """Which events are one story, whatever the ids."""
    members: dict[int, set] = {}
    for row in rows:
        members.setdefault(row["story_id"], set()).add((row["doc_id"], row["seq"]))
    return {frozenset(m) for m in members.values()}


def same_rows(mine: list[dict], theirs: list[dict]) -> bool:
    key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731
    return sorted(map(key, mine)) == sorted(map(key, theirs))


def story_rows(backfill) -> list[dict]:
    """Each event's story (as its members), why it joined, and its story's row, whatever the ids."""
    members: dict[int, list] = {}
    for row in backfill.story_events:
        members.setdefault(row["story_id"], []).append((row["doc_id"], row["seq"]))
    heads = {row["id"]: (row["type"], row["parties"]) for row in backfill.stories}
    return [{"event": (row["doc_id"], row["seq"]), "story": sorted(members[row["story_id"]]),
             "head": heads[row["story_id"]], "reason": row["reason"]} for row in backfill.story_events]  # fmt: skip
