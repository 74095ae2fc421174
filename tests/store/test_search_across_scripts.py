"""Searching events finds a person however the query and the articles write the name, and a party box takes
names in any language read natively."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from techdip.web.app import create_app

ARTICLES = {
    "fa.txt": "سید ستار هاشمی وزیر ارتباطات ایران با وزیر صنایع فناوری پیشرفته ارمنستان در تهران دیدار کرد و دو طرف "
    "درباره هوش مصنوعی گفتگو کردند.",
    "en.txt": "Iran's ICT minister Sattar Hashemi met Armenia's minister of high-tech industry in Tehran to discuss "
    "artificial intelligence.",
    "ru.txt": "Министр связи Ирана Саттар Хашеми провел переговоры с министром высокотехнологичной промышленности "
    "Армении по искусственному интеллекту.",
    "other.txt": "Indonesia and Malaysia signed an MoU on cybersecurity in Jakarta.",
}


@pytest.fixture
def db(run_cli, tmp_path, any_db_url):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_cli("ingest", tmp_path, "--db", any_db_url, "--quiet")[0] == 0
    return any_db_url


def _found(run_cli, db, query) -> set[str]:
    status, out, _ = run_cli("events", "--db", db, "--search", query, "--json")
    assert status == 0
    return {json.loads(line)["source"].rsplit("/", 1)[-1] for line in out.splitlines()}


def test_a_name_in_one_script_finds_the_person_written_in_the_others(run_cli, db):
    expected = {"fa.txt", "en.txt", "ru.txt"}
    for query in ("Hashemi", "هاشمی", "Хашеми", "Sattar Hashemi"):
        assert _found(run_cli, db, query) == expected, query
    assert _found(run_cli, db, "Vaezi") == set()


def test_the_api_search_and_party_box_agree_across_scripts(db):
    client = TestClient(create_app(db))

    def ids(**params) -> set[int]:
        response = client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return {e["id"] for e in response.json()["items"]}

    assert ids(q="Hashemi") == ids(q="هاشمی") == ids(q="Хашеми") and len(ids(q="Hashemi")) == 3
    assert ids(party="Iran") == ids(party="IRN") == ids(party="ایران") == ids(party="Иран")
    assert ids(party="Indonesia") and ids(party="Indonesia").isdisjoint(ids(party="Iran"))
    unknown = client.get("/api/events", params={"party": "Atlantis"})
    assert unknown.status_code == 404 and "did you mean" in unknown.json()["detail"]


# ---- the search index, written by hand-made events (what extraction finds does not matter here) -------------------

from sqlalchemy import delete as _delete  # noqa: E402
from sqlalchemy import func as _func  # noqa: E402
from sqlalchemy import select as _select  # noqa: E402

from techdip.model import Article, Document, Event, Evidence, Person  # noqa: E402
from techdip.store.ingest import IngestReport, store_batch  # noqa: E402
from techdip.store.queries import EventFilter, count_events, query_events  # noqa: E402
from techdip.store.schema import connect, event_terms, settings  # noqa: E402
from techdip.store.search_index import index_unindexed  # noqa: E402

# (document id, text, people): the evidence is the whole text
HANDMADE = [
    ("people-fa", "ستار هاشمی وزیر ارتباطات با همتای ارمنی دیدار کرد.", ["ستار هاشمی"]),
    # the name only in the evidence: the person is not among the event's people
    ("evidence-fa", "به گفته هاشمی، دو کشور درباره هوش مصنوعی گفتگو کردند.", []),
    ("evidence-ru", "По словам Хашеми, стороны обсудили искусственный интеллект.", []),
    ("title-en", "Armenia and Iran discussed artificial intelligence.", []),
    # near names of other people
    ("hisham", "Hisham Fawzy met the Iranian delegation on artificial intelligence.", ["Hisham Fawzy"]),
    ("hashimoto", "Hashimoto of Japan met the Iranian delegation.", ["Hashimoto"]),
    ("hossam-ar", "التقى حسام الدين فتحي بالوفد الإيراني.", ["حسام الدين فتحي"]),
    ("hashim-ms", "Azman Hashim bertemu delegasi Iran.", ["Azman Hashim"]),
]
TITLES = {"title-en": "Hashemi in Yerevan"}


def _handmade(engine, per_row: bool) -> dict[str, int]:
    pairs = []
    for doc_id, text, people in HANDMADE:
        doc = Document(id=doc_id, text=text, source=f"{doc_id}.txt", title=TITLES.get(doc_id))
        event = Event(type="CONSULT", parties=["ARM", "IRN"], areas=["ai"], evidence=[Evidence(0, len(text), text)],
                      people=[Person(name, "IRN", "minister") for name in people])  # fmt: skip
        pairs.append((doc, Article(doc=doc_id, lang=None, published="2024-05-01", events=[event])))
    report = IngestReport()
    store_batch(engine, pairs, report, per_row=per_row)
    assert not report.failed, report.failed
    return {e["doc_id"]: e["id"] for e in query_events(engine, EventFilter(review="all"))}


def _search(engine, q: str) -> set[str]:
    return {e["doc_id"] for e in query_events(engine, EventFilter(q=q))}


FOUND = {"people-fa", "evidence-fa", "evidence-ru", "title-en"}


@pytest.mark.parametrize("per_row", [False, True], ids=["bulk", "per-row"])
def test_a_name_in_the_evidence_or_title_only_is_found_from_every_script(any_db_url, per_row):
    engine = connect(any_db_url)
    _handmade(engine, per_row)
    for query in ("Hashemi", "هاشمی", "Хашеми", "HASHEMI", "هاشمي"):
        assert _search(engine, query) == FOUND, query
        assert count_events(engine, EventFilter(q=query)) == len(FOUND)


def test_near_names_of_other_people_are_not_found(any_db_url):
    engine = connect(any_db_url)
    _handmade(engine, per_row=False)
    assert _search(engine, "Hisham") == {"hisham"}
    assert _search(engine, "Hashimoto") == {"hashimoto"}
    assert _search(engine, "Hashim") == {"hashim-ms"}
    assert _search(engine, "Hossam") == {"hossam-ar"}  # written حسام only: found across scripts
    assert _search(engine, "Vaezi") == set() and _search(engine, "!!") == set()


def test_every_word_of_a_query_is_needed_and_other_filters_still_apply(any_db_url):
    engine = connect(any_db_url)
    _handmade(engine, per_row=False)
    assert _search(engine, "Hashemi intelligence") == {"title-en"}  # the Russian evidence says интеллект
    assert _search(engine, "Хашеми интеллект") == {"evidence-ru"}
    assert {e["doc_id"] for e in query_events(engine, EventFilter(q="Hashemi", party="JPN"))} == set()


def test_a_database_written_before_the_search_index_is_indexed_once_on_opening(any_db_url):
    engine = connect(any_db_url)
    _handmade(engine, per_row=False)
    with engine.begin() as conn:  # as an older techdip left it: no terms, no version mark
        conn.execute(_delete(event_terms))
        conn.execute(_delete(settings))
    assert _search(engine, "Hashemi") == set()
    engine.dispose()
    engine = connect(any_db_url)  # opening brings it up to date
    assert _search(engine, "Hashemi") == FOUND
    with engine.connect() as conn:
        stored = conn.execute(_select(_func.count()).select_from(event_terms)).scalar_one()
    assert index_unindexed(engine) == 0  # once: the next opening has nothing to do
    with engine.connect() as conn:
        assert conn.execute(_select(_func.count()).select_from(event_terms)).scalar_one() == stored


def test_reindex_follows_an_edit_of_an_events_rows(any_db_url):
    from sqlalchemy import update as _update

    from techdip.store.schema import evidence
    from techdip.store.search_index import reindex

    engine = connect(any_db_url)
    ids = _handmade(engine, per_row=False)
    with engine.begin() as conn:  # a person corrects the evidence of the Hashimoto event to name Vaezi
        conn.execute(_update(evidence).where(evidence.c.event_id == ids["hashimoto"]).values(text="Vaezi met them."))
        reindex(conn, [ids["hashimoto"]])
    assert _search(engine, "واعظی") == {"hashimoto"}  # the Persian spelling finds the corrected event
    assert "hashimoto" not in _search(engine, "delegation")  # the old evidence's words are gone
    assert _search(engine, "Hashimoto") == {"hashimoto"}  # the person is still named


def test_two_processes_opening_an_unindexed_database_at_once_both_succeed(any_db_url):
    import threading

    engine = connect(any_db_url)
    _handmade(engine, per_row=False)
    with engine.begin() as conn:
        stored = conn.execute(_select(_func.count()).select_from(event_terms)).scalar_one()
        conn.execute(_delete(event_terms))
        conn.execute(_delete(settings))
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            index_unindexed(connect(any_db_url, create=False))
        except BaseException as exc:  # noqa: BLE001 - the test reports any failure of either opener
            errors.append(exc)

    openers = [threading.Thread(target=open_it) for _ in range(2)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join()
    assert errors == []
    with engine.connect() as conn:
        assert conn.execute(_select(_func.count()).select_from(event_terms)).scalar_one() == stored
    assert _search(engine, "Хашеми") == FOUND
