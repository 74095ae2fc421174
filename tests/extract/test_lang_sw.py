"""Swahili on sentences written for these tests: verbs with subject and tense prefixes (a-me-kutana,
zi-me-tia saini), titles before names, honorifics, a signing, meetings, a regional meeting, dates, negatives."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="sw", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_minister_meets_an_ambassador_with_honorifics_and_the_host_country():
    text = (
        "Waziri wa Habari, Mawasiliano na Teknolojia ya Habari Mhe. Jerry Silaa amekutana na Balozi wa Korea "
        "nchini Tanzania Mhe. Ahn Eun-ju jijini Dodoma na kujadili ushirikiano katika akili bandia na usalama wa mtandao."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["KOR", "TZA"]
    assert {"ai", "cybersecurity"} <= set(event["areas"])
    assert event["location"] == "Dodoma"
    people = {p["name"]: p for p in event["people"]}
    assert people["Jerry Silaa"]["party"] == "TZA"
    assert people["Ahn Eun-ju"]["party"] == "KOR" and people["Ahn Eun-ju"]["role"] == "ambassador"


def test_signing_with_a_prefixed_verb_and_areas():
    for verb in ("zimetia saini", "zilisaini", "wamesaini"):
        text = f"Tanzania na Kenya {verb} hati ya makubaliano ya ushirikiano katika mkongo wa taifa na huduma za posta jijini Nairobi."
        (event,) = _events(text)
        assert event["type"] == "AGREE" and event["status"] == "signed", verb
        assert event["parties"] == ["KEN", "TZA"], verb
        assert event["areas"] == ["postal", "telecom_infrastructure"], verb
        assert event["location"] == "Nairobi", verb


def test_regional_ministers_meeting_is_one_event_with_a_relative_date():
    text = "Mawaziri wa TEHAMA wa Kenya, Uganda, Rwanda na Tanzania walikutana jana jijini Kampala kujadili uchumi wa kidijitali."
    (event,) = _events(text, published="2024-11-20")
    assert event["parties"] == ["KEN", "RWA", "TZA", "UGA"]
    assert event["areas"] == ["digital_economy"]
    assert event["location"] == "Kampala"
    assert event["date"] == "2024-11-19"


def test_technical_assistance_with_a_day_word_date():
    text = "Serikali ya Marekani imetoa msaada wa kiufundi kwa Tanzania katika usalama wa mtandao mnamo tarehe 3 Machi 2024."
    (event,) = _events(text)
    assert event["type"] == "AID" and event["status"] == "implemented"
    assert event["parties"] == ["TZA", "USA"]
    assert event["date"] == "2024-03-03"


def test_month_day_year_order_and_the_un_programme():
    text = "Kenya imesaini mkataba wa maelewano na UNDP kuhusu huduma za serikali mtandaoni Septemba 7, 2023."
    (event,) = _events(text)
    assert event["parties"] == ["KEN", "UN"]
    assert event["areas"] == ["e_government"]
    assert event["date"] == "2023-09-07"


def test_ministry_that_names_one_state_is_that_state():
    text = (
        "Wizara ya Habari, Mawasiliano na Teknolojia ya Habari imekutana na ujumbe wa Finland kujadili bunifu changa."
    )
    (event,) = _events(text)
    assert event["parties"] == ["FIN", "TZA"]
    assert event["areas"] == ["innovation_startups"]


def test_no_agreement_signed_makes_no_event():
    assert _events("Hakuna makubaliano yaliyosainiwa kati ya Tanzania na China kuhusu teknolojia ya 5G.") == []


def test_talks_without_technology_and_a_company_are_no_events():
    assert (
        _events("Rais wa Kenya amefanya mazungumzo na Rais wa Uganda kuhusu ushirikiano wa kilimo jijini Nairobi.")
        == []
    )
    assert _events("Mamlaka ya TEHAMA ya Kenya imesaini mkataba na kampuni ya Microsoft kuhusu huduma za wingu.") == []
