"""Event assembly on real pages (spec 1.1 conventions), each rule in at least three languages.

Sentences written for these tests, shaped like what real news pages do: multilateral meetings, lists of
partners, round-up headlines, page furniture, background history.
"""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, lang: str) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


def _party_sets(text: str, lang: str) -> set[tuple[str, ...]]:
    return {tuple(e["parties"]) for e in _events(text, lang)}


# A meeting of several states is one event with all of them, never pairs around one of them.
MULTILATERAL = {
    "en": "Ministers of communications of Iran, Russia and China met in Moscow to discuss cooperation on "
    "artificial intelligence and cybersecurity.",
    "ru": "Министры связи Ирана, России и Китая провели встречу в Москве и обсудили сотрудничество в области "
    "искусственного интеллекта и кибербезопасности.",
    "fa": "وزیران ارتباطات ایران، روسیه و چین در مسکو دیدار کردند و درباره همکاری در حوزه هوش مصنوعی و امنیت "
    "سایبری گفتگو کردند.",
    "es": "Los ministros de telecomunicaciones de Irán, Rusia y China se reunieron en Moscú para conversar "
    "sobre la cooperación en inteligencia artificial y ciberseguridad.",
}


def test_a_meeting_of_several_states_is_one_event_with_all_of_them():
    for lang, text in MULTILATERAL.items():
        assert _party_sets(text, lang) == {("CHN", "IRN", "RUS")}, lang


# "separately": the home state's dealings with each partner are separate events.
SEPARATE = {
    "en": "Indonesia's minister of communications separately signed memoranda on data centres with Japan, "
    "Korea and Singapore.",
    "fr": "Le ministre sénégalais du numérique a signé séparément des mémorandums sur les centres de données "
    "avec le Maroc, la Tunisie et le Rwanda.",
    "ms": "Menteri Komunikasi Malaysia menandatangani memorandum secara berasingan dengan Jepun, Korea Selatan "
    "dan Singapura mengenai pusat data.",
}


def test_separately_makes_one_event_per_partner():
    expected = {
        "en": {("IDN", "JPN"), ("IDN", "KOR"), ("IDN", "SGP")},
        "fr": {("MAR", "SEN"), ("RWA", "SEN"), ("SEN", "TUN")},
        "ms": {("JPN", "MYS"), ("KOR", "MYS"), ("MYS", "SGP")},
    }
    for lang, text in SEPARATE.items():
        assert _party_sets(text, lang) == expected[lang], lang


# A round-up headline names the parties of several events the body reports one by one.
ROUND_UP = {
    "en": "Tech diplomacy week: Brazil and Angola sign satellite pact, Chile and Peru discuss submarine cable\n\n"
    "On Monday, Brazil and Angola signed a memorandum of understanding on satellite communications in "
    "Brasilia.\n\n"
    "On Thursday, the transport and telecommunications ministers of Chile and Peru met in Lima to discuss "
    "a submarine cable.\n",
    "pt": "Semana digital: Brasil e Angola assinam acordo sobre satélites, Chile e Peru discutem cabo submarino\n\n"
    "Na segunda-feira, o Brasil e Angola assinaram um memorando de entendimento sobre comunicações por "
    "satélite em Brasília.\n\n"
    "Na quinta-feira, os ministros das telecomunicações do Chile e do Peru reuniram-se em Lima para "
    "discutir um cabo submarino.\n",
    "es": "Semana digital: Brasil y Angola firman acuerdo sobre satélites, Chile y Perú discuten cable submarino\n\n"
    "El lunes, Brasil y Angola firmaron un memorando de entendimiento sobre comunicaciones por satélite en "
    "Brasilia.\n\n"
    "El jueves, los ministros de telecomunicaciones de Chile y Perú se reunieron en Lima para discutir un "
    "cable submarino.\n",
}


def test_a_round_up_headline_is_not_one_event_of_all_its_parties():
    for lang, text in ROUND_UP.items():
        sets = _party_sets(text, lang)
        assert ("AGO", "BRA") in sets and ("CHL", "PER") in sets, (lang, sets)
        assert all(len(parties) == 2 for parties in sets), (lang, sets)


def test_an_organisations_meeting_stays_beside_its_members_side_meetings():
    text = (
        "ECO postal ministers meet in Tehran\n\n"
        "Ministers of the Economic Cooperation Organization responsible for postal services met in Tehran "
        "with delegations of Iran, Turkey and Pakistan.\n\n"
        "On the sidelines, Iran's minister of ICT held talks with the Turkish deputy minister on postal "
        "cooperation.\n"
    )
    sets = _party_sets(text, "en")
    assert any("ECO" in parties and len(parties) >= 3 for parties in sets), sets
