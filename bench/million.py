"""A realistic database of a million events, built in minutes, on SQLite or PostgreSQL.

    .venv/bin/python bench/million.py --db sqlite:///million.db [--events 1000000] [--seed 7]
    .venv/bin/python bench/million.py --db postgresql://... --events 100000

Every article, event, party set, area list, person, location and evidence span is drawn from the project's
hand-checked gold (evaluation/news/gold.jsonl and samples/gold.jsonl, with their real article texts), so
the shapes are those of real news: events per article (0 to 14, a fifth of articles report none), parties per
event (mostly two, a few summits of ten), areas, people, evidence spans, languages (29, English most). What
the gold cannot give at a million is variety, so:

- one party in three events out of ten is swapped for another drawn by the gold's party frequencies (more
  pairs, same popularity curve);
- half the people are new persons, named by recombining given and family names of the gold's people of the
  same language (so the names are real-looking in their script and the people registry grows);
- dates: publication dates spread over 2016-2026 with more news in later years; 60 % of events carry their own
  date (days before publication, some only a month), the others are filed under the publication date, and
  articles without a publication date and without an event date leave the event undated;
- stories: an event joins one of the recent open stories (taking its type and parties) with probability 0.35,
  else opens a new one: most stories have one source, some a dozen, as across outlets.

Rows are written in bulk through SQLAlchemy Core on techdip.store.schema's tables: executemany on SQLite,
COPY on PostgreSQL. Secondary indexes and the change-counting triggers are dropped for the load and made again
afterwards (as a bulk load should), then the planner statistics are gathered (ANALYZE).
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import itertools
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, Table, func, select, text  # noqa: E402

from techdip.lexicons import party_name  # noqa: E402
from techdip.search.keys import name_terms, skeleton_of, text_terms  # noqa: E402
from techdip.store import schema  # noqa: E402
from techdip.store.ingest import name_key, period, search_form  # noqa: E402
from techdip.store.search_index import SEARCH_VERSION  # noqa: E402
from techdip.stories import name_block  # noqa: E402

GOLDS = (ROOT / "evaluation" / "news" / "gold.jsonl", ROOT / "samples" / "gold.jsonl")
EXTRACTOR = "bench-million"
FLUSH_DOCS = 20_000  # documents generated between two writes


@dataclass
class Template:
    """One gold article: its language, text, title and events as the gold records them."""

    lang: str
    text: str
    title: str
    events: list[dict[str, Any]]
    url: str | None


@dataclass
class Shapes:
    """What the generator draws from: templates, party popularity, name parts per language."""

    templates: list[Template]
    parties: list[str]
    party_weights: list[int]
    given: dict[str, list[str]] = field(default_factory=dict)
    family: dict[str, list[str]] = field(default_factory=dict)


def load_shapes() -> Shapes:
    """The gold articles with their texts, and the frequencies the generator extends them by."""
    templates: list[Template] = []
    parties: Counter[str] = Counter()
    given: dict[str, list[str]] = {}
    family: dict[str, list[str]] = {}
    for gold in GOLDS:
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            path = gold.parent / record["doc"]
            if not path.exists():
                continue
            body = path.read_text(encoding="utf-8")
            title = body.strip().splitlines()[0][:200] if body.strip() else ""
            templates.append(Template(record["lang"], body, title, record["events"], record.get("url")))
            for event in record["events"]:
                parties.update(event["parties"])
                for person in event["people"]:
                    words = person["name"].split()
                    if len(words) >= 2:
                        given.setdefault(record["lang"], []).append(" ".join(words[:-1]))
                        family.setdefault(record["lang"], []).append(words[-1])
    codes = sorted(parties)
    return Shapes(templates, codes, [parties[c] for c in codes], given, family)


class Generator:
    """Rows of documents, events and their children, a batch of documents at a time, ids given here."""

    def __init__(self, shapes: Shapes, seed: int) -> None:
        self.shapes = shapes
        self.rng = random.Random(seed)
        self.event_id = self.story_id = self.person_id = self.evidence_id = self.mention_id = 0
        self.doc_index = 0
        self.open_stories: list[tuple[int, str, tuple[str, ...]]] = []  # recent stories an event may join
        self.persons: dict[tuple[str, str | None], int] = {}
        self.search_forms: dict[str, str | None] = {}
        self.name_keys: dict[str, str] = {}
        self.search_terms: dict[tuple[str, bool], set[str]] = {}
        # publication days, later years weighted more (news about technology diplomacy grows)
        first, last = datetime.date(2016, 1, 1), datetime.date(2026, 11, 30)
        self.days = [first + datetime.timedelta(days=d) for d in range((last - first).days + 1)]
        weights = [1 + (day.year - 2016) * 0.4 for day in self.days]
        self.cumulative = list(itertools.accumulate(weights))

    def _search(self, value: str | None) -> str | None:
        if value is None:
            return None
        if value not in self.search_forms:
            self.search_forms[value] = search_form(value)
        return self.search_forms[value]

    def _terms(self, value: str | None, name: bool = False) -> set[str]:
        """The search terms of a text or a name (techdip.store.search_index.terms_of, per piece, cached)."""
        if not value:
            return set()
        if (value, name) not in self.search_terms:
            self.search_terms[(value, name)] = name_terms(value) if name else text_terms(value)
        return self.search_terms[(value, name)]

    def _key(self, name: str) -> str:
        if name not in self.name_keys:
            self.name_keys[name] = name_key(name)
        return self.name_keys[name]

    def _published(self) -> datetime.date | None:
        if self.rng.random() < 0.1:
            return None
        point = self.rng.random() * self.cumulative[-1]
        return self.days[bisect.bisect_left(self.cumulative, point)]

    def _party(self) -> str:
        return self.rng.choices(self.shapes.parties, self.shapes.party_weights)[0]

    def _story(self, kind: str, parties: tuple[str, ...]) -> tuple[int, str, tuple[str, ...], bool]:
        """(story id, type, parties, opened): join a recent open story, or open one."""
        if self.open_stories and self.rng.random() < 0.35:
            story = self.rng.choice(self.open_stories)
            return (*story, False)
        self.story_id += 1
        story = (self.story_id, kind, parties)
        self.open_stories.append(story)
        if len(self.open_stories) > 200:
            self.open_stories.pop(self.rng.randrange(len(self.open_stories)))
        return (*story, True)

    def _person(self, lang: str, person: dict[str, Any], rows: dict[str, list]) -> tuple[str, int]:
        """The name written for this mention and its person, a new one (recombined name) half the time."""
        name = person["name"]
        given, family = self.shapes.given.get(lang), self.shapes.family.get(lang)
        if given and family and self.rng.random() < 0.5:
            name = f"{self.rng.choice(given)} {self.rng.choice(family)}"
        key = (name, person["party"])
        if key not in self.persons:
            self.person_id += 1
            self.persons[key] = self.person_id
            rows["people"].append({"id": self.person_id, "name": name, "party": person["party"],
                                   "role": person["role"]})  # fmt: skip
            rows["person_names"].append({"id": self.person_id, "person_id": self.person_id, "name": name, "lang": lang,
                                         "reason": "first mention", "block": name_block(name)})  # fmt: skip
        return name, self.persons[key]

    def batch(self, n_docs: int) -> dict[str, list[dict[str, Any]]]:
        """The rows of the next n_docs documents, by table name."""
        rng = self.rng
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
        now = datetime.datetime(2026, 12, 1)
        for _ in range(n_docs):
            self.doc_index += 1
            template = rng.choice(self.shapes.templates)
            doc_id = f"m{self.doc_index:09d}"
            published = self._published()
            rows["documents"].append(
                {
                    "id": doc_id,
                    "source": f"https://news.example/{template.lang}/{self.doc_index}",
                    "url": template.url,
                    "title": template.title,
                    "title_search": self._search(template.title),
                    "lang": template.lang,
                    "published": published.isoformat() if published else None,
                    "published_from": "metadata" if published else None,
                    "text": template.text,
                    "relevant": bool(template.events),
                    "extractor": EXTRACTOR,
                    "ingested_at": now,
                }  # fmt: skip
            )
            for seq, gold in enumerate(template.events):
                self.event_id += 1
                event_id = self.event_id
                parties = sorted(set(gold["parties"]))
                if len(parties) >= 2 and rng.random() < 0.3:
                    parties[rng.randrange(len(parties))] = self._party()
                    parties = sorted(set(parties))
                story, kind, parties_t, opened = self._story(gold["type"], tuple(parties))
                date = None
                if rng.random() < 0.6:
                    base = published or self.days[rng.randrange(len(self.days))]
                    day = base - datetime.timedelta(days=rng.randrange(4))
                    date = day.isoformat() if rng.random() < 0.85 else day.isoformat()[:7]
                value, source = (date, "event") if date else (published.isoformat(), "published") if published else (
                    None, None)  # fmt: skip
                start, end = period(value) if value else (None, None)
                rows["events"].append(
                    {
                        "id": event_id,
                        "doc_id": doc_id,
                        "seq": seq,
                        "type": kind,
                        "status": gold["status"],
                        "date": date,
                        "date_source": None,
                        "location": gold.get("location"),
                        "confidence": "low" if template.lang not in LEXICON_LANGS else None,
                        "when_start": start,
                        "when_end": end,
                        "when_from": source,
                        "story_id": story,
                        "story_reason": None if opened else "score 5.0: same parties and type; dates agree",
                    }  # fmt: skip
                )
                if opened:
                    rows["stories"].append({"id": story, "type": kind, "parties": ",".join(parties_t)})
                rows["event_parties"] += [{"event_id": event_id, "party": p} for p in parties_t]
                rows["event_areas"] += [{"event_id": event_id, "area": a} for a in sorted(set(gold["areas"]))]
                for person in gold["people"]:
                    name, person_id = self._person(template.lang, person, rows)
                    self.mention_id += 1
                    rows["event_people"].append(
                        {
                            "id": self.mention_id,
                            "event_id": event_id,
                            "name": name,
                            "party": person["party"],
                            "role": person["role"],
                            "person_id": person_id,
                            "name_key": self._key(name),
                        }  # fmt: skip
                    )
                terms = self._terms(template.title).union(*(self._terms(span["text"]) for span in gold["evidence"]))
                mentions = rows["event_people"][len(rows["event_people"]) - len(gold["people"]) :]  # this event's
                for person in mentions:
                    terms |= self._terms(person["name"], name=True) | self._terms(person["role"])
                for code in parties_t:
                    terms |= self._terms(code) | self._terms(party_name(code))
                rows["event_terms"] += [{"term": t, "event_id": event_id} for t in terms if len(t) <= 100]
                for span in gold["evidence"]:
                    self.evidence_id += 1
                    rows["evidence"].append(
                        {
                            "id": self.evidence_id,
                            "event_id": event_id,
                            "start": span["start"],
                            "end": span["end"],
                            "text": span["text"],
                            "search": self._search(span["text"]),
                        }  # fmt: skip
                    )
        return rows


LEXICON_LANGS = {"fa", "ar", "ur", "en", "ms", "id", "ru", "zh", "vi", "tr", "fr", "es", "de", "pt", "ja", "ko", "hi"}
TABLE_ORDER = ("documents", "stories", "people", "person_names", "events", "event_parties", "event_areas",
               "event_people", "evidence", "event_terms")  # fmt: skip


def write_rows(engine: Engine, rows: dict[str, list[dict[str, Any]]]) -> None:
    """One transaction per batch: executemany on SQLite, COPY on PostgreSQL."""
    with engine.begin() as conn:
        for name in (*TABLE_ORDER, "search_vocab"):
            table: Table = schema.metadata.tables[name]
            values = rows.get(name)
            if not values:
                continue
            if engine.dialect.name == "postgresql":
                columns = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                cursor = conn.connection.driver_connection.cursor()
                with cursor.copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row([row.get(c) for c in columns])
            else:
                conn.execute(table.insert(), values)


def build(url: str, n_events: int, seed: int = 7, quiet: bool = False) -> dict[str, Any]:
    """Build the database at url (emptied first) with about n_events events; returns what was written."""
    started = time.perf_counter()
    engine = schema.connect(url)
    schema.metadata.drop_all(engine)
    schema.metadata.create_all(engine)
    indexes = [index for table in schema.metadata.sorted_tables for index in table.indexes]
    with engine.begin() as conn:  # a bulk load builds indexes once at the end, not row by row
        for index in indexes:
            index.drop(conn)
        schema.drop_change_triggers(conn)
    generator = Generator(load_shapes(), seed)
    while generator.event_id < n_events:
        rows = generator.batch(FLUSH_DOCS if n_events - generator.event_id > FLUSH_DOCS else 200)
        write_rows(engine, rows)
        if not quiet:
            rate = generator.event_id / (time.perf_counter() - started)
            print(f"\r{generator.event_id:,} events, {generator.doc_index:,} documents ({rate:,.0f} events/s)",
                  end="", file=sys.stderr, flush=True)  # fmt: skip
    vocabulary = sorted(set().union(*generator.search_terms.values()))
    write_rows(engine, {**{name: [] for name in TABLE_ORDER}, "search_vocab": [
        {"term": t, "skeleton": skeleton_of(t)} for t in vocabulary if len(t) <= 100]})  # fmt: skip
    with engine.begin() as conn:  # the search index is complete: opening the database has nothing to index
        conn.execute(schema.settings.insert().values(name="search_index_version", value=SEARCH_VERSION))
    loaded = time.perf_counter() - started
    with engine.begin() as conn:
        for index in indexes:
            index.create(conn)
    indexed = time.perf_counter() - started
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # ids were given: move the sequences past them
            for table in schema.metadata.sorted_tables:
                if "id" in table.c and isinstance(table.c.id.type, schema.Integer) and table.c.id.autoincrement:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                      f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"))  # fmt: skip
        schema.create_change_triggers(conn)
        schema.bump_generation(conn)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("ANALYZE"))
        counts = {
            name: conn.execute(select(func.count()).select_from(schema.metadata.tables[name])).scalar_one()
            for name in TABLE_ORDER
        }
    engine.dispose()
    if not quiet:
        print(file=sys.stderr)
    return {"counts": counts, "load_s": loaded, "index_s": indexed - loaded,
            "total_s": time.perf_counter() - started}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of the database to fill (emptied first)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = build(args.db, args.events, args.seed)
    counts = result["counts"]
    print(" ".join(f"{name} {n:,}" for name, n in counts.items()))
    print(f"built in {result['total_s']:.0f} s: rows {result['load_s']:.0f} s "
          f"({counts['events'] / result['load_s']:,.0f} events/s), indexes {result['index_s']:.0f} s, "
          f"then ANALYZE")  # fmt: skip


if __name__ == "__main__":
    main()
