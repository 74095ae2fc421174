import json

from sqlalchemy import func, select

from techdip.extract.pipeline import extract
from techdip.model import Article, Document, Event, Evidence, Person
from techdip.store import ingest
from techdip.store.aggregates import summary
from techdip.store.ingest import IngestReport, write_batch
from techdip.store.queries import EventFilter, FilterError, query_events
from techdip.store.schema import connect, documents, event_parties, events, evidence

TEXT = "Iran and Armenia signed a memorandum on artificial intelligence in Yerevan on Monday."


def _article(doc_id: str, parties=("ARM", "IRN"), date=None, published="2024-06-03") -> tuple[Document, Article]:
    doc = Document(id=doc_id, text=TEXT, source=f"{doc_id}.txt")
    event = Event(
        type="AGREE",
        parties=list(parties),
        areas=["ai"],
        people=[Person("Sattar Hashemi", "IRN", "minister of ICT")],
        date=date,
        status="signed",
        evidence=[Evidence(0, len(TEXT), TEXT)],
    )
    return doc, Article(doc=doc.source, lang="en", published=published, events=[event])


def _count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_the_same_article_twice_adds_nothing(any_db_url):
    engine = connect(any_db_url)
    report = IngestReport()
    write_batch(engine, [_article("d1")], report)
    write_batch(engine, [_article("d1"), _article("d1")], report)
    assert (report.added, report.skipped) == (1, 2)
    assert _count(engine, documents) == 1 and _count(engine, events) == 1 and _count(engine, evidence) == 1


def test_a_lexicon_change_re_extracts_and_replaces_the_documents_events(any_db_url, monkeypatch):
    engine = connect(any_db_url)
    report = IngestReport()
    write_batch(engine, [_article("d1")], report)
    monkeypatch.setattr(ingest, "extractor_version", lambda: "changed-lexicons")
    write_batch(engine, [_article("d1", parties=("CHN", "IRN"))], report)
    assert report.replaced == 1
    with engine.connect() as conn:
        parties = sorted(conn.execute(select(event_parties.c.party)).scalars())
    assert parties == ["CHN", "IRN"] and _count(engine, events) == 1


def test_a_failing_batch_leaves_nothing_half_written(any_db_url, monkeypatch):
    engine = connect(any_db_url)
    broken = _article("d2")
    broken[1].events[0].evidence = [Evidence(0, 5, None)]  # NOT NULL violation on the last insert
    report = IngestReport()
    try:
        write_batch(engine, [_article("d1"), broken], report)
    except Exception:
        pass
    else:
        raise AssertionError("the batch should have failed")
    assert _count(engine, documents) == 0 and _count(engine, events) == 0


def test_query_filters_by_party_pair_area_type_language_and_period(any_db_url):
    engine = connect(any_db_url)
    write_batch(
        engine,
        [_article("d1", date="2024-05-20"), _article("d2", parties=("CHN", "IRN"), date=None, published="2023-01-10")],
        IngestReport(),
    )
    ids = lambda **kw: sorted(r["doc_id"] for r in query_events(engine, EventFilter(**kw)))  # noqa: E731
    assert ids(party="IRN") == ["d1", "d2"]
    assert ids(pair=("ARM", "IRN")) == ["d1"]
    assert ids(area="ai", type="AGREE", lang="en") == ["d1", "d2"]
    assert ids(since="2024-05") == ["d1"]
    assert ids(until="2023") == ["d2"]
    rows = query_events(engine, EventFilter(party="CHN"))
    assert rows[0]["when_from"] == "published" and rows[0]["evidence"][0]["text"] == TEXT
    assert query_events(engine, EventFilter(party="ARM"))[0]["when_from"] == "event"


def test_malformed_filter_dates_are_refused():
    import pytest

    with pytest.raises(FilterError):
        EventFilter(since="2024-13-01").validate()
    with pytest.raises(FilterError):
        EventFilter(until="last week").validate()


def test_summary_counts_pairs_and_areas(any_db_url):
    engine = connect(any_db_url)
    write_batch(engine, [_article("d1"), _article("d2", parties=("ARM", "IRN", "RUS"))], IngestReport())
    raw = summary(engine, "events")
    assert raw["documents"] == 2 and raw["events"] == 2
    assert dict(raw["pairs"])[("ARM", "IRN")] == 2 and dict(raw["pairs"])[("IRN", "RUS")] == 1
    assert raw["areas"] == [("ai", 2)]
    # the same signing by the same minister, reported twice: one story, counted once by default
    facts = summary(engine)
    assert facts["stories"] == 1 and dict(facts["pairs"])[("ARM", "IRN")] == 1 and facts["areas"] == [("ai", 1)]


def test_period_of_partial_dates():
    assert ingest.period("2024") == ("2024-01-01", "2024-12-31")
    assert ingest.period("2024-02") == ("2024-02-01", "2024-02-29")
    assert ingest.period("2024-11-19") == ("2024-11-19", "2024-11-19")


def test_extracted_article_round_trips_through_json():
    doc = Document(id="x", text=TEXT, source="x.txt")
    article = extract(doc)
    again = Article.from_json(json.loads(article.to_line()))
    assert again.to_json() == article.to_json()


def _stored_ids(engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(select(documents.c.id)).scalars())


def test_one_bad_document_fails_alone_with_a_one_line_reason(any_db_url):
    engine = connect(any_db_url)
    pairs = [_article(f"d{n}") for n in range(10)]
    pairs[4][1].events[0].evidence = [Evidence(0, 5, None)]  # refused by the database itself (NOT NULL)
    report = IngestReport()
    ingest.store_batch(engine, pairs, report)
    assert report.added == 9 and _stored_ids(engine) == sorted(f"d{n}" for n in range(10) if n != 4)
    (line,) = report.failed
    assert line.startswith("d4.txt: not stored: database error: ") and "null" in line.lower()
    assert "\n" not in line and "[SQL" not in line and "INSERT" not in line


def test_a_known_id_with_a_different_text_is_a_conflict_and_update_replaces_it(any_db_url):
    engine = connect(any_db_url)
    report = IngestReport()
    ingest.store_batch(engine, [_article("d1")], report)
    changed, article = _article("d1", parties=("CHN", "IRN"))
    changed.text = TEXT.replace("Armenia", "China")
    ingest.store_batch(engine, [(changed, article)], report)
    assert report.conflicts == [
        "d1.txt: id 'd1' is already stored with a different text: not stored (--update replaces it)"
    ]
    assert report.skipped == 0 and report.updated == 0
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.text)).scalar_one() == TEXT
    ingest.store_batch(engine, [(changed, article)], report, update=True)
    assert report.updated == 1
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.text)).scalar_one() == changed.text
        assert sorted(conn.execute(select(event_parties.c.party)).scalars()) == ["CHN", "IRN"]
    ingest.store_batch(engine, [(changed, article)], report, update=True)  # the same text again: nothing to do
    assert (report.updated, report.skipped, _count(engine, events)) == (1, 1, 1)


def test_two_texts_under_one_id_in_one_batch_are_a_conflict(any_db_url):
    engine = connect(any_db_url)
    other, article = _article("d1")
    other.text = "Another text."
    report = IngestReport()
    ingest.store_batch(engine, [_article("d1"), (other, article), _article("d1")], report)
    assert (report.added, report.skipped, len(report.conflicts)) == (1, 1, 1)
    ingest.store_batch(engine, [_article("d2"), (Document("d2", "Another text.", "d2.txt"), article)], report, True)
    assert report.updated == 1 and _count(engine, documents) == 2


def test_a_document_another_process_stored_meanwhile_is_already_present(any_db_url, monkeypatch):
    """The race of two ingests of the same input: both look the ids up, both find nothing, one commits first."""
    engine, rival = connect(any_db_url), connect(any_db_url)
    pairs = [_article(f"d{n}") for n in range(5)]
    real_lookup, raced = ingest._stored, []

    def lookup_then_lose_the_race(conn, ids):
        found = real_lookup(conn, ids)
        if not raced:
            raced.append(True)
            ingest.write_batch(rival, pairs[1:3], IngestReport())  # the other process commits d1 and d2 now
        return found

    monkeypatch.setattr(ingest, "_stored", lookup_then_lose_the_race)
    report = IngestReport()
    ingest.store_batch(engine, pairs, report)
    assert report.failed == [] and (report.added, report.skipped) == (3, 2)
    assert _stored_ids(engine) == [f"d{n}" for n in range(5)] and _count(engine, events) == 5


def test_a_locked_database_is_tried_again(monkeypatch, db_url):
    from sqlalchemy.exc import OperationalError

    engine = connect(db_url)
    real_write, calls = ingest.write_batch, []

    def locked_twice(*args, **kwargs):
        calls.append(1)
        if len(calls) <= 2:
            raise OperationalError("INSERT ...", {}, Exception("database is locked"))
        return real_write(*args, **kwargs)

    monkeypatch.setattr(ingest, "write_batch", locked_twice)
    monkeypatch.setattr(ingest, "LOCK_RETRIES", (0, 0, 0))
    report = IngestReport()
    ingest.store_batch(engine, [_article("d1"), _article("d2")], report)
    assert len(calls) == 3 and report.added == 2 and report.failed == []


def test_sqlite_files_use_wal_and_wait_for_the_lock(db_url):
    from sqlalchemy import text

    with connect(db_url).connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() == 30_000


def test_database_errors_are_described_in_one_line():
    from sqlalchemy.exc import IntegrityError

    orig = Exception('duplicate key value violates unique constraint "documents_pkey"\nDETAIL:  Key (id)=(d1) exists.')
    error = IntegrityError("INSERT INTO documents (id, source, ...) VALUES (...)", {"id": "d1"}, orig)
    assert ingest.describe_error(error) == 'Exception: duplicate key value violates unique constraint "documents_pkey"'


def test_a_database_locked_for_good_fails_the_batch_documents_with_a_reason(monkeypatch, db_url):
    from sqlalchemy.exc import OperationalError

    engine = connect(db_url)
    attempts = []

    def always_locked(*args, **kwargs):
        attempts.append(1)
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(ingest, "write_batch", always_locked)
    monkeypatch.setattr(ingest, "LOCK_RETRIES", (0, 0))
    report = IngestReport()
    ingest.store_batch(engine, [_article("d1"), _article("d2")], report)
    assert len(attempts) == 3  # tried three times; then not document by document: no document is to blame
    assert report.failed == [
        "d1.txt: not stored: database error: Exception: database is locked",
        "d2.txt: not stored: database error: Exception: database is locked",
    ]
