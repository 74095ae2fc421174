"""Uzbek (Latin script) on sentences written for these tests: case endings glued to names, the two spellings
of oʻ/gʻ (‘ and U+02BB), titles before names, signing, meetings, a multilateral meeting, dates, negatives."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="uz", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_meeting_with_an_ambassador_case_endings_on_names_and_areas():
    text = (
        "Toshkentda Raqamli texnologiyalar vaziri Sherzod Shermatov Xitoy Xalq Respublikasining "
        "O‘zbekistondagi elchisi Yu Tszyun bilan uchrashdi. Uchrashuvda sun’iy intellekt va ma’lumotlar "
        "markazlari sohasidagi hamkorlik muhokama qilindi."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["CHN", "UZB"]
    assert {"ai", "data_centers"} <= set(event["areas"])
    names = {p["name"] for p in event["people"]}
    assert {"Sherzod Shermatov", "Yu Tszyun"} <= names
    roles = {p["name"]: p["role"] for p in event["people"]}
    assert roles["Yu Tszyun"] == "ambassador"


def test_both_apostrophe_spellings_and_a_signed_memorandum():
    for text in (
        "Oʻzbekiston va Qozogʻiston kiberxavfsizlik sohasida hamkorlik toʻgʻrisidagi memorandumni imzoladi.",
        "O‘zbekiston va Qozog‘iston kiberxavfsizlik sohasida hamkorlik to‘g‘risidagi memorandumni imzoladi.",
        "O'zbekiston va Qozog'iston kiberxavfsizlik sohasida hamkorlik to'g'risidagi memorandumni imzoladi.",
    ):
        (event,) = _events(text)
        assert event["type"] == "AGREE" and event["status"] == "signed", text
        assert event["parties"] == ["KAZ", "UZB"], text
        assert event["areas"] == ["cybersecurity"], text


def test_genitive_and_locative_endings_on_states_and_cities():
    text = (
        "Shanxayda bo‘lib o‘tgan muzokaralarda Xitoy vakillari bilan O‘zbekistonning elektron "
        "hukumat va raqamli ko‘nikmalar bo‘yicha tajribasi muhokama qilindi."
    )
    (event,) = _events(text)
    assert event["parties"] == ["CHN", "UZB"]
    assert event["location"] == "Shanghai"
    assert {"e_government", "research_education"} <= set(event["areas"])


def test_multilateral_meeting_is_one_event_with_the_organisation_and_a_relative_date():
    text = (
        "Kecha Samarqandda ShHT a’zo davlatlari aloqa vazirlarining yig‘ilishi bo‘lib o‘tdi. Unda Rossiya, "
        "Xitoy, Hindiston va O‘zbekiston vazirlari raqamli iqtisodiyot va pochta aloqasi masalalarini muhokama qildi."
    )
    (event,) = _events(text, published="2024-11-20")
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["CHN", "IND", "RUS", "SCO", "UZB"]
    assert {"digital_economy", "postal"} <= set(event["areas"])
    assert event["location"] == "Samarkand"
    assert event["date"] == "2024-11-19"


def test_day_month_with_hyphen_and_a_joint_working_group():
    text = (
        "17-avgust kuni Toshkentda axborot texnologiyalari bo‘yicha O‘zbekiston-Hindiston qo‘shma ishchi "
        "guruhining ikkinchi majlisi bo‘lib o‘tdi."
    )
    (event,) = _events(text, published="2024-08-20")
    assert event["type"] == "COOPERATE"
    assert event["parties"] == ["IND", "UZB"]
    assert event["date"] == "2024-08-17"


def test_a_negated_signing_makes_no_event():
    assert _events("O‘zbekiston va Turkiya o‘rtasida sun’iy intellekt bo‘yicha memorandum imzolanmadi.") == []


def test_sport_with_a_foreign_state_is_not_technology_cooperation():
    assert _events("Toshkentda O‘zbekiston futbol terma jamoasi Eron bilan o‘rtoqlik uchrashuvini o‘tkazdi.") == []


def test_a_company_is_no_party():
    text = "Raqamli texnologiyalar vazirligi Janubiy Koreyaning Samsung kompaniyasi bilan dasturiy ta’minot bo‘yicha memorandum imzoladi."
    for event in _events(text):
        assert "KOR" not in event["parties"], event


def test_cyrillic_script_meeting_with_names_and_areas():
    text = (
        "Ахборот технологиялари ва коммуникацияларини ривожлантириш вазири Азим Аҳмадхўжаев Россия Федерацияси "
        "Алоқа ва оммавий коммуникациялар вазири ўринбосари Алексей Волин билан учрашди. Учрашувда рақамли "
        "иқтисодиёт, технопарклар ва почта алоқасини ривожлантириш масалалари муҳокама қилинди."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["RUS", "UZB"]
    assert {"digital_economy", "innovation_startups", "postal"} <= set(event["areas"])
    people = {p["name"]: p["party"] for p in event["people"]}
    assert people == {"Азим Аҳмадхўжаев": "UZB", "Алексей Волин": "RUS"}


def test_cyrillic_script_signing_with_the_day_and_month():
    text = "Ўзбекистон ва Афғонистон 2 апрель куни Тошкентда почта ва киберхавфсизлик соҳасида англашув меморандумини имзолади."
    (event,) = _events(text, published="2018-04-04")
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == ["AFG", "UZB"]
    assert event["areas"] == ["cybersecurity", "postal"]
    assert event["date"] == "2018-04-02"


def test_the_organisation_before_a_framework_postposition_is_the_setting_not_a_party():
    text = (
        "ShHT sammiti doirasida O‘zbekiston va Qozog‘iston raqamli texnologiyalar vazirlari uchrashib, sun'iy "
        "intellekt sohasidagi hamkorlikni muhokama qildi."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KAZ", "UZB"]


def test_a_compass_word_opening_a_state_name_is_not_part_of_the_name_before_it():
    text = (
        "Raqamli texnologiyalar vaziri Sherzod Shermatov Janubiy Koreya Respublikasi elchisi bilan uchrashib, "
        "elektron hukumat sohasidagi hamkorlikni muhokama qildi."
    )
    (event,) = _events(text)
    assert "Sherzod Shermatov" in {p["name"] for p in event["people"]}
    assert event["parties"] == ["KOR", "UZB"]


def test_a_state_in_the_genitive_before_the_guests_title_leaves_the_first_minister_the_publishers():
    text = (
        "Raqamli texnologiyalar vaziri Sherzod Shermatov Koreya Respublikasining fan va AKT vaziri Yu Sang Im "
        "bilan uchrashdi.\n\nUchrashuvda sun'iy intellekt va 5G tarmoqlari sohasidagi hamkorlik muhokama qilindi."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KOR", "UZB"]


def test_a_development_agency_acts_for_its_state():
    text = "Raqamli texnologiyalar vazirligi va KOICA elektron hukumat sohasida hamkorlik memorandumini imzoladi."
    assert {c for e in _events(text) for c in e["parties"]} == {"KOR", "UZB"}


def test_an_envoy_serving_in_a_state_written_in_its_locative_form_is_his_own_states():
    # "Rossiyaning Oʻzbekistondagi elchisi": Russia's ambassador in Uzbekistan
    for text in (
        "Raqamli texnologiyalar vaziri Sherzod Shermatov Rossiyaning O‘zbekistondagi elchisi Aleksey Ivanov bilan "
        "uchrashdi. Uchrashuvda elektron hukumat sohasidagi hamkorlik muhokama qilindi.",
        "Рақамли технологиялар вазири Шерзод Шерматов РФнинг Ўзбекистондаги элчиси Алексей Иванов билан учрашди. "
        "Учрашувда электрон ҳукумат соҳасидаги ҳамкорлик муҳокама қилинди.",
    ):
        people = {p["name"]: p["party"] for e in _events(text) for p in e["people"]}
        envoy = next(name for name in people if "Ivanov" in name or "Иванов" in name)
        assert people[envoy] == "RUS", people
