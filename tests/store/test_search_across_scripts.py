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
