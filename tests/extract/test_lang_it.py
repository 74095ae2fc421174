"""Italian: sentences written for these tests (elided articles on names, demonyms after titles, dates)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    document = Document(id="t", text=text, source="t", lang="it", published=published)
    return [e.to_json() for e in extract(document).events]


def test_elided_articles_on_state_names_and_a_relative_date():
    events = _events(
        "Ieri a Nairobi l’Italia e il Kenya hanno firmato un memorandum d’intesa sulla cybersicurezza "
        "e sui cavi sottomarini.",
        published="2025-03-13",
    )
    assert len(events) == 1
    event = events[0]
    assert (event["type"], event["parties"], event["status"]) == ("AGREE", ["ITA", "KEN"], "signed")
    assert set(event["areas"]) == {"cybersecurity", "telecom_infrastructure"}
    assert event["date"] == "2025-03-12"
    assert event["location"] == "Nairobi"


def test_meeting_of_a_minister_and_an_ambassador_with_names_after_titles():
    events = _events(
        "Il ministro dell’Università e della Ricerca, Anna Maria Bernini, e l’ambasciatore statunitense "
        "Jack Markell hanno discusso di ricerca scientifica e intelligenza artificiale."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["ITA", "USA"])]
    people = {p["name"]: p for p in events[0]["people"]}
    assert people["Jack Markell"]["party"] == "USA"
    assert people["Jack Markell"]["role"] == "ambassador"
    assert people["Anna Maria Bernini"]["party"] == "ITA"
    assert {"ai", "research_education"} <= set(events[0]["areas"])


def test_demonym_after_a_title_and_a_day_month_date():
    events = _events(
        "Il 12 marzo a Roma il ministro degli Esteri Antonio Tajani ha incontrato il ministro indiano delle "
        "Comunicazioni per parlare di 5G.",
        published="2025-03-13",
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("CONSULT", ["IND", "ITA"], ["mobile_5g"])]
    assert events[0]["date"] == "2025-03-12"
    assert events[0]["location"] == "Rome"


def test_multilateral_meeting_is_one_event_with_every_state():
    events = _events(
        "I ministri del digitale di Italia, Francia e Germania si sono riuniti a Roma per discutere di "
        "intelligenza artificiale."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["DEU", "FRA", "ITA"])]


def test_absolute_date_of_a_space_agreement():
    events = _events("Il 30 novembre 2021 Italia e Norvegia hanno siglato a Roma un memorandum sui satelliti.")
    assert [(e["type"], e["parties"], e["areas"], e["date"]) for e in events] == [
        ("AGREE", ["ITA", "NOR"], ["space"], "2021-11-30")
    ]


def test_hypothetical_signing_is_at_most_proposed():
    events = _events("L’Italia potrebbe firmare un accordo con l’Arabia Saudita sui data center.")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AGREE", ["ITA", "SAU"], "proposed")]


def test_offer_of_training_is_aid():
    events = _events("L’Italia offrirà al Ghana formazione e assistenza tecnica per la cybersicurezza.")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AID", ["GHA", "ITA"], "proposed")]


def test_negated_signing_and_domestic_news_make_no_event():
    assert _events("L'Italia non ha firmato alcun accordo con la Cina sul 5G.") == []
    assert _events("Il governo ha approvato il nuovo piano nazionale per la banda ultralarga.") == []
