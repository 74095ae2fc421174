"""Bulk ingest (rows in bulk, stories and people per batch) stores exactly what the per-row path stores.

The reference is write_batch(per_row=True): a statement per row and clustering
per event. Both ingest the project's story corpus (tests/data/stories, 48
articles in 11 languages with 15 multi-source stories) and the sample articles,
in several batches, and every stored row must be the same, ids included: the
same events, parties, areas, people, evidence, stories and people identities.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from techdip.extract.pipeline import extract
from techdip.model import Document
from techdip.sources import content_id
from techdip.store import ingest
from techdip.store.ingest import IngestReport, store_batch
from techdip.store.schema import connect, metadata
from tests.conftest import SAMPLES, TEST_DATA

TABLES = ("documents", "events", "event_parties", "event_areas", "event_people", "evidence", "stories", "people",
          "person_names")  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> list:
    paths = sorted((TEST_DATA / "stories" / "articles").glob("*.txt")) + sorted((SAMPLES / "articles").glob("*.txt"))
    pairs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = Document(id=content_id(text), text=text, source=path.name)
        pairs.append((doc, extract(doc)))
    return pairs


def _ingest(url: str, pairs: list, batch: int, per_row: bool, fresh: bool = True) -> IngestReport:
    engine = connect(url)
    if fresh:
        metadata.drop_all(engine)
        metadata.create_all(engine)
    report = IngestReport()
    for start in range(0, len(pairs), batch):
        store_batch(engine, pairs[start : start + batch], report, per_row=per_row)
    engine.dispose()
    return report


def _rows(url: str) -> dict[str, list[tuple]]:
    """Every row of the stored tables, in id order (the ingest time left out)."""
    engine = connect(url)
    with engine.connect() as conn:
        out = {}
        for name in TABLES:
            table = metadata.tables[name]
            columns = [c for c in table.columns if c.name != "ingested_at"]
            out[name] = [tuple(r) for r in conn.execute(select(*columns).order_by(*table.primary_key.columns))]
    engine.dispose()
    return out


def test_the_story_corpus_is_stored_the_same_in_bulk_and_row_by_row(any_db_url, corpus):
    reference = _ingest(any_db_url, corpus, batch=9, per_row=True)
    expected = _rows(any_db_url)
    bulk = _ingest(any_db_url, corpus, batch=9, per_row=False)
    stored = _rows(any_db_url)
    assert (bulk.added, bulk.events, bulk.failed) == (reference.added, reference.events, [])
    assert len(expected["stories"]) < len(expected["events"])  # some reports joined a story: the test can fail
    assert len(expected["person_names"]) > len(expected["people"])  # some people were written several ways
    for name in TABLES:
        assert stored[name] == expected[name], name


def test_re_extraction_in_bulk_replaces_events_as_row_by_row(any_db_url, corpus, monkeypatch):
    """After a lexicon change every article is re-extracted and its events replaced (one article a batch, where
    both paths remove the old rows at the same moment)."""
    half = corpus[: len(corpus) // 2]
    results = []
    for per_row in (True, False):
        monkeypatch.setattr(ingest, "extractor_version", lambda: "before")
        _ingest(any_db_url, corpus, batch=20, per_row=True)
        monkeypatch.setattr(ingest, "extractor_version", lambda: "after")
        report = _ingest(any_db_url, half, batch=1, per_row=per_row, fresh=False)
        assert report.replaced == len(half)
        results.append(_rows(any_db_url))
    for name in TABLES:
        assert results[1][name] == results[0][name], name


def test_a_document_given_twice_and_updated_in_one_batch_is_stored_as_row_by_row(any_db_url, corpus):
    """--update with a second, different text under the same id in the same batch: the second replaces the first."""
    (doc, article), (other, other_article) = corpus[0], corpus[1]
    changed = Document(id=doc.id, text=other.text, source="changed.txt")
    batch = [corpus[2], (doc, article), corpus[3], (changed, other_article), corpus[4]]
    results = []
    for per_row in (True, False):
        engine = connect(any_db_url)
        metadata.drop_all(engine)
        metadata.create_all(engine)
        report = IngestReport()
        store_batch(engine, batch, report, update=True, per_row=per_row)
        assert (report.added, report.updated, report.failed) == (4, 1, [])
        results.append(_rows(any_db_url))
    for name in TABLES:
        assert results[1][name] == results[0][name], name


def test_settling_is_given_the_candidates_the_database_gives_once_the_batch_is_written(tmp_path, corpus):
    # settling takes clustering's look-ups with the batch's own events added instead of reading them again
    from techdip.store.batch_index import MAX_CANDIDATES, BatchIndex
    from techdip.store.ingest import extractor_version, write_articles
    from techdip.store.validate import storable

    url = f"sqlite:///{tmp_path}/c.db"
    half = len(corpus) // 2
    _ingest(url, corpus[:half], 10, per_row=False)
    engine = connect(url)
    candidates: dict = {}
    with engine.begin() as conn:
        ready = [storable(doc, article)[:2] for doc, article in corpus[half:]]
        write_articles(conn, ready, [], extractor_version(), candidates=candidates)
        keys = sorted(candidates)
        assert len(keys) > 20 and any(len(rows) > 1 for rows in candidates.values())
        read = BatchIndex(conn)._look_up([(key, MAX_CANDIDATES) for key in keys])
        assert [[event_id for event_id, _ in candidates[key]] for key in keys] == [
            [event_id for event_id, _, _ in rows] for rows in read
        ]
    engine.dispose()


def test_scoring_without_reasons_gives_the_value_and_the_contradiction_that_score_gives(corpus):
    """Ranking and linking ask a pair's value and whether it contradicts, without its reasons (stories._evaluate):
    on every ordered pair of the corpus's events the answer is score's value and _contradicts of score."""
    from techdip.stories import StoryEvent, _contradicts, _evaluate, score

    found = []
    for doc, article in corpus:
        for seq, event in enumerate(article.events):
            found.append(StoryEvent(len(found) + 1, doc.id, event.type, frozenset(event.parties), event.date,
                                    article.published, [(p.name, p.party, p.role) for p in event.people],
                                    frozenset(event.areas), event.location, article.lang, seq))  # fmt: skip
    joined = contradicted = 0
    for a in found:
        for b in found:
            value, reasons = score(a, b)
            assert _evaluate(a, b, None) == (value, _contradicts(value, reasons)), (a, b, reasons)
            joined += value > 1.5
            contradicted += value != float("-inf") and _contradicts(value, reasons)
    assert joined and contradicted  # the corpus has pairs that join and pairs that contradict: both are compared
