"""The interface language: chosen with ?ui=, remembered by a cookie, strings and names from data, right to left
where the language is written so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from techdip.model import STATUSES
from techdip.web import i18n
from techdip.web.app import GRAPH_WORDS, create_app

TEMPLATES = Path(i18n.__file__).parent / "templates"
TEMPLATE_STRING = re.compile(r"""_\((["'])(.*?)\1""")


@pytest.fixture
def client(sample_db):
    return TestClient(create_app(sample_db))  # a fresh client each test: no cookie carried over


def test_english_is_the_default_and_six_more_languages_are_offered():
    assert i18n.ui_languages()[0] == "en"
    assert {"fa", "ar", "ru", "zh", "fr", "es"} <= set(i18n.ui_languages())
    assert i18n.language_name("fa") == "فارسی" and i18n.language_name("ru") == "Русский"


def test_every_string_of_the_templates_is_translated_in_every_language():
    wanted = {
        m.group(2).replace("\\\\", "\\")
        for path in TEMPLATES.glob("*.html")
        for m in TEMPLATE_STRING.finditer(path.read_text())
    }
    wanted |= set(GRAPH_WORDS.values())  # written by the network and map scripts
    wanted |= set(STATUSES)  # shown in the interface language
    assert len(wanted) > 100
    for lang in i18n.ui_languages()[1:]:
        strings = i18n.catalog(lang)["strings"]
        assert sorted(wanted - set(strings)) == [], lang
        for english, local in strings.items():  # the placeholders survive, and nothing breaks an HTML attribute
            assert set(re.findall(r"\{\w+\}", local)) == set(re.findall(r"\{\w+\}", english)), (lang, english)
            assert not set('<>"&') & set(local), (lang, local)


def test_areas_and_organisations_are_named_in_every_language():
    from techdip.model import AREAS, ORGANISATIONS

    for lang in i18n.ui_languages()[1:]:
        assert set(i18n.catalog(lang)["areas"]) == set(AREAS), lang
        named = {code for code in ORGANISATIONS if i18n.party_label(code, lang) != i18n.party_label(code, "en")}
        assert named >= set(ORGANISATIONS) - {"BRICS", "G20"}, lang  # names that are the same in most languages


def test_states_are_named_by_cldr_in_the_interface_language():
    assert i18n.party_label("IRN", "fa") == "ایران"
    assert i18n.party_label("IRN", "ru") == "Иран"
    assert i18n.party_label("CHN", "zh") == "中国"
    assert i18n.party_label("EU", "fr") == "Union européenne"  # CLDR names the EU too
    assert i18n.party_chip("ASEAN", "ar") == "ASEAN"  # organisations read by their acronym in chips
    assert i18n.party_label("IRN", "en") == "Iran" and i18n.party_label("XXX", "fa") == "XXX"


def test_direction_comes_from_cldr():
    assert [lang for lang in ("fa", "ar", "he", "ur", "ru", "zh", "en") if i18n.is_rtl(lang)] == [
        "fa",
        "ar",
        "he",
        "ur",
    ]


def test_a_page_in_persian_is_right_to_left_with_persian_names_and_the_choice_is_remembered(client):
    page = client.get("/events", params={"ui": "fa", "party": "IRN"})
    assert page.status_code == 200
    assert '<html lang="fa" dir="rtl">' in page.text
    assert ">رویدادها</a>" in page.text  # the header's Events
    assert "ایران" in page.text  # Iran in a party chip
    assert "techdip_ui=fa" in page.headers["set-cookie"]
    later = client.get("/network")  # no ?ui=: the cookie remembers
    assert '<html lang="fa" dir="rtl">' in later.text and "شبکه" in later.text
    nodes = json.loads(re.search(r"data-json='([^']*)'", later.text).group(1).replace("&#34;", '"'))["nodes"]
    assert {"id": "IRN", "name": "ایران"}.items() <= next(n for n in nodes if n["id"] == "IRN").items()
    back = client.get("/network", params={"ui": "en"})
    assert '<html lang="en" dir="ltr">' in back.text and "techdip_ui=en" in back.headers["set-cookie"]


def test_an_unknown_interface_language_is_english_and_not_remembered(client):
    page = client.get("/", params={"ui": "xx<script>"})
    assert page.status_code == 200 and '<html lang="en" dir="ltr">' in page.text
    assert "set-cookie" not in page.headers


def test_the_selector_keeps_the_query_of_the_page(client):
    page = client.get("/events", params={"area": "ai", "ui": "ru"}).text
    form = re.search(r'<form class="ui-language".*?</form>', page, re.S).group(0)
    assert '<input type="hidden" name="area" value="ai">' in form and 'name="ui"' in form
    assert '<option value="ru" lang="ru" selected>Русский</option>' in form
    assert 'name="ui" value=' not in form  # the old choice is not sent twice


def test_error_pages_speak_the_interface_language_too(client):
    page = client.get("/events", params={"since": "2024-99", "ui": "es"})
    assert page.status_code == 422 and "No se puede mostrar esta página" in page.text
