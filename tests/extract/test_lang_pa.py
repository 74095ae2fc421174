"""Punjabi (pa, Gurmukhi): sentences written for these tests, on the hard cases of the language.

Punjabi writes postpositions apart (ਦੇ, ਨੇ, ਨੂੰ, ’ਚ) but inflects nouns (ਸਮਝੌਤੇ, ਸਮਝੌਤਿਆਂ), spells the same word
with and without nukta (ਫ਼ਰਾਂਸ / ਫਰਾਂਸ), uses two words for signing (ਦਸਤਖਤ, ਹਸਤਾਖਰ) and has no capital letters.
"""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="pa", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_meeting_today_in_new_delhi_with_its_fields():
    text = (
        "ਕੇਂਦਰੀ ਸੰਚਾਰ ਮੰਤਰੀ ਨੇ ਅੱਜ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਜਪਾਨ ਦੇ ਰਾਜਦੂਤ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ ਅਤੇ 5ਜੀ ਤੇ ਸੈਮੀਕੰਡਕਟਰ ਖੇਤਰ ਵਿੱਚ ਸਹਿਯੋਗ ਬਾਰੇ ਚਰਚਾ ਕੀਤੀ।"
    )
    events = _events(text, published="2024-03-15")
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["IND", "JPN"])]
    assert events[0]["areas"] == ["equipment_manufacturing", "mobile_5g"]
    assert events[0]["date"] == "2024-03-15"
    assert events[0]["location"] == "New Delhi"


def test_signing_of_plural_agreements_with_a_nukta_spelling_and_a_date():
    events = _events("ਭਾਰਤ ਅਤੇ ਫ਼ਰਾਂਸ ਨੇ 15 ਜਨਵਰੀ, 2024 ਨੂੰ ਪੁਲਾੜ ਖੇਤਰ ਵਿੱਚ ਦੋ ਸਮਝੌਤਿਆਂ ’ਤੇ ਹਸਤਾਖਰ ਕੀਤੇ।")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AGREE", ["FRA", "IND"], "signed")]
    assert events[0]["date"] == "2024-01-15"
    assert events[0]["areas"] == ["space"]


def test_memorandum_signed_with_dastkhat():
    events = _events("ਭਾਰਤ ਅਤੇ ਮਿਸਰ ਨੇ ਸਾਈਬਰ ਸੁਰੱਖਿਆ ਦੇ ਖੇਤਰ ਵਿੱਚ ਇੱਕ ਸਹਿਮਤੀ ਪੱਤਰ ’ਤੇ ਦਸਤਖਤ ਕੀਤੇ।")
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("AGREE", ["EGY", "IND"], ["cybersecurity"])]


def test_multilateral_brics_meeting_is_one_event():
    text = "ਬ੍ਰਿਕਸ ਸੰਚਾਰ ਮੰਤਰੀਆਂ ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਭਾਰਤ, ਚੀਨ, ਰੂਸ ਅਤੇ ਬ੍ਰਾਜ਼ੀਲ ਨੇ ਹਿੱਸਾ ਲਿਆ ਅਤੇ ਡਿਜੀਟਲ ਜਨਤਕ ਬੁਨਿਆਦੀ ਢਾਂਚੇ ’ਤੇ ਚਰਚਾ ਕੀਤੀ।"
    events = _events(text)
    assert len(events) == 1
    assert events[0]["parties"] == ["BRA", "BRICS", "CHN", "IND", "RUS"]
    assert events[0]["areas"] == ["e_government"]


def test_meeting_in_moscow_names_its_place():
    text = "ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸੁਸ਼ਮਾ ਸਵਰਾਜ ਨੇ ਮਾਸਕੋ ਵਿੱਚ ਰੂਸ ਦੇ ਉਪ ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ ਅਤੇ ਭਾਰਤ-ਰੂਸ ਪੁਲਾੜ ਸਹਿਯੋਗ ’ਤੇ ਚਰਚਾ ਕੀਤੀ।"
    events = _events(text)
    assert [(e["parties"], e["location"]) for e in events] == [(["IND", "RUS"], "Moscow")]


def test_meeting_that_did_not_happen_makes_no_event():
    assert _events("ਭਾਰਤ ਅਤੇ ਕੈਨੇਡਾ ਦੇ ਮੰਤਰੀਆਂ ਦੀ ਡਾਟਾ ਸੈਂਟਰ ਬਾਰੇ ਮੁਲਾਕਾਤ ਨਹੀਂ ਹੋਈ।") == []


def test_domestic_regulator_news_is_no_event():
    assert _events("ਟਰਾਈ ਨੇ ਅੱਜ 5ਜੀ ਸਪੈਕਟ੍ਰਮ ਬਾਰੇ ਆਪਣੀਆਂ ਸਿਫ਼ਾਰਸ਼ਾਂ ਜਾਰੀ ਕੀਤੀਆਂ।") == []


def test_cabinet_meeting_approving_a_memorandum_is_no_consultation():
    text = "ਕੈਬਨਿਟ ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਭਾਰਤ ਅਤੇ ਤਨਜ਼ਾਨੀਆ ਦਰਮਿਆਨ ਡਿਜੀਟਲ ਹੱਲਾਂ ਬਾਰੇ ਸਹਿਮਤੀ ਪੱਤਰ ਨੂੰ ਪ੍ਰਵਾਨਗੀ ਦਿੱਤੀ ਗਈ।"
    events = _events(text)
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AGREE", ["IND", "TZA"], "agreed")]


def test_latin_name_after_a_punjabi_title_takes_the_state_before_it():
    text = "ਭਾਰਤ ਦੇ ਸੰਚਾਰ ਮੰਤਰੀ ਨੇ ਫਰਾਂਸ ਦੇ ਰਾਜਦੂਤ Thierry Mathou ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ ਅਤੇ ਆਰਟੀਫਿਸ਼ੀਅਲ ਇੰਟੈਲੀਜੈਂਸ ’ਤੇ ਚਰਚਾ ਕੀਤੀ।"
    events = _events(text)
    assert [(e["parties"], e["areas"]) for e in events] == [(["FRA", "IND"], ["ai"])]
    assert {(p["name"], p["party"]) for p in events[0]["people"]} == {("Thierry Mathou", "FRA")}


def test_gurmukhi_name_after_a_title_is_a_person():
    text = "ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸੁਸ਼ਮਾ ਸਵਰਾਜ ਨੇ ਮਾਸਕੋ ਵਿੱਚ ਰੂਸ ਦੇ ਉਪ ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ ਅਤੇ ਭਾਰਤ-ਰੂਸ ਪੁਲਾੜ ਸਹਿਯੋਗ ’ਤੇ ਚਰਚਾ ਕੀਤੀ।"
    events = _events(text)
    assert any(p["name"] == "ਸੁਸ਼ਮਾ ਸਵਰਾਜ" for p in events[0]["people"])


def test_numbered_session_of_a_working_group_is_cooperation():
    text = "ਭਾਰਤ ਅਤੇ ਰੂਸ ਦੇ ਸੂਚਨਾ ਟੈਕਨੋਲੋਜੀ ਬਾਰੇ ਕਾਰਜ ਸਮੂਹ ਦੀ ਤੀਜੀ ਮੀਟਿੰਗ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਹੋਈ।"
    assert [(e["type"], e["parties"]) for e in _events(text)] == [("COOPERATE", ["IND", "RUS"])]


def test_an_offer_of_technical_assistance_is_proposed_aid():
    events = _events("ਭਾਰਤ ਨੇ ਨੇਪਾਲ ਨੂੰ ਸਾਈਬਰ ਸੁਰੱਖਿਆ ਸਿਖਲਾਈ ਲਈ ਤਕਨੀਕੀ ਸਹਾਇਤਾ ਦੀ ਪੇਸ਼ਕਸ਼ ਕੀਤੀ।")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AID", ["IND", "NPL"], "proposed")]
