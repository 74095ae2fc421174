"""Every document is made storable the same way on SQLite and PostgreSQL, and the user is told what changed."""

import pytest
from sqlalchemy import select

from techdip.model import Article, Document, Event, Evidence, Person
from techdip.store.ingest import IngestReport, store_batch
from techdip.store.schema import connect, documents, evidence
from techdip.store.validate import MAX_ID, InvalidDocument, storable

TEXT = "Iran and Armenia signed a memorandum on artificial intelligence in Yerevan on Monday."


def _pair(doc_id="d1", text=TEXT, **doc_fields) -> tuple[Document, Article]:
    doc = Document(id=doc_id, text=text, source=doc_fields.pop("source", f"{doc_id}.txt"), **doc_fields)
    event = Event(type="AGREE", parties=["ARM", "IRN"], areas=["ai"], status="signed",
                  people=[Person("Sattar Hashemi", "IRN", "minister")],
                  evidence=[Evidence(0, len(text), text)])  # fmt: skip
    return doc, Article(doc=doc.source, lang=doc.lang or "en", published="2024-06-03", events=[event])


def test_nul_and_lone_surrogates_become_replacement_characters_one_for_one():
    dirty = "Iran\x00 and Armenia \ud800signed a memorandum."
    doc, article = _pair(text=dirty, title="T\udfff", source="a\x00.txt")
    article.events[0].people[0].name = "Sattar\x00 Hashemi"
    doc, article, warnings = storable(doc, article)
    assert doc.text == "Iran\ufffd and Armenia \ufffdsigned a memorandum." and len(doc.text) == len(dirty)
    assert doc.title == "T\ufffd" and doc.source == "a\ufffd.txt"
    assert article.events[0].evidence[0].text == doc.text and article.events[0].people[0].name == "Sattar\ufffd Hashemi"
    assert warnings == ["7 NUL or lone surrogate characters replaced by U+FFFD"]  # text and its evidence count twice


def test_the_callers_document_is_left_as_it_was():
    original, article = _pair(text="a\x00b")
    article.events[0].people[0].name = "Sattar\x00 Hashemi"
    storable(original, article)
    assert original.text == "a\x00b" and article.events[0].people[0].name == "Sattar\x00 Hashemi"


def test_an_over_long_id_is_stored_under_a_stable_readable_hashed_id():
    long_id = "https://news.example/" + "x" * 500
    first, _, warnings = storable(*_pair(doc_id=long_id))
    again, _, _ = storable(*_pair(doc_id=long_id))
    other, _, _ = storable(*_pair(doc_id=long_id + "y"))
    assert len(first.id) == MAX_ID and first.id.startswith("https://news.example/xxx") and first.id == again.id
    assert other.id != first.id
    assert warnings == [f"id of {len(long_id)} characters is longer than {MAX_ID}: stored as {first.id}"]


@pytest.mark.parametrize(
    ("tag", "stored", "warning"),
    [
        ("pt-BR", "pt", None),
        ("EN", "en", None),
        ("zh-Hant-TW", "zh", None),
        ("x" * 1000, None, "is not a language: stored without one"),
    ],
)
def test_language_tags_are_stored_as_their_base_language(tag, stored, warning):
    doc, article = _pair()
    article.lang = tag
    _, article, warnings = storable(doc, article)
    assert article.lang == stored
    assert (warning in warnings[0]) if warning else warnings == []


def test_over_long_title_source_and_url_and_bad_dates_are_bounded_with_warnings():
    doc, article = _pair(title="T" * 5000, url="https://x.example/" + "u" * 10000, source="s" * 5000)
    article.published = "2024-99-99"
    doc, article, warnings = storable(doc, article)
    assert len(doc.title) == 2000 and doc.title.endswith("…") and len(doc.source) == 2000 and doc.url is None
    assert article.published is None
    assert len(warnings) == 4 and all("\n" not in w for w in warnings)


def test_an_event_code_longer_than_its_column_is_a_per_document_error():
    doc, article = _pair()
    article.events[0].parties = ["ARM", "NOT-A-PARTY-CODE"]
    with pytest.raises(InvalidDocument, match="event_parties.party 'NOT-A-PARTY-CODE' is longer than 8"):
        storable(doc, article)


def test_hostile_documents_are_stored_alike_on_both_backends(any_db_url):
    engine = connect(any_db_url)
    hostile = [
        _pair("nul\x00id", text="Iran and Armenia\x00 met."),
        _pair("surrogate", text="Iran and \udc80Armenia met.", title="\ud800"),
        _pair("i" * 300),
        _pair("lang", lang="x" * 100),
        _pair("bad-code"),
        _pair("good"),
    ]
    hostile[4][1].events[0].areas = ["a" * 40]
    report = IngestReport()
    store_batch(engine, hostile, report)
    assert (
        report.added == 5
        and len(report.failed) == 1
        and "bad-code.txt: not stored: event_areas.area" in report.failed[0]
    )
    with engine.connect() as conn:
        rows = {row.id: row for row in conn.execute(select(documents))}
        spans = list(conn.execute(select(evidence.c.text)).scalars())
    assert set(rows) == {"nul\ufffdid", "surrogate", "i" * 47 + "~" + rows_hash(rows), "lang", "good"}
    assert rows["nul\ufffdid"].text == "Iran and Armenia\ufffd met." and rows["surrogate"].title == "\ufffd"
    assert rows["lang"].lang is None and "Iran and \ufffdArmenia met." in spans


def rows_hash(rows) -> str:
    (hashed,) = [key for key in rows if key.startswith("iii")]
    return hashed.split("~")[1]
