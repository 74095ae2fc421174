"""A language without a lexicon folder still gets its parties (CLDR names) and events from international forms,
marked "confidence": "low"; languages read natively are unchanged."""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.lexicons import available_languages, is_native, load
from techdip.model import Document


@pytest.mark.parametrize(
    ("text", "lang", "parties", "area"),
    [
        ("Sverige och Indien undertecknade ett samförståndsavtal (MoU) om artificiell intelligens i Stockholm.",
         "sv", ["IND", "SWE"], "ai"),
        ("ኢትዮጵያ እና ቻይና ስለ ሰው ሰራሽ አስተውሎት የመግባቢያ ሰነድ ተፈራረሙ።", "am", ["CHN", "ETH"], "ai"),
        ("România și India au semnat un memorandum privind inteligența artificială la București, luni.",
         "ro", ["IND", "ROU"], "ai"),
        ("Česko a Indie podepsaly v Praze memorandum o spolupráci v oblasti umělé inteligence a kyberbezpečnosti.",
         "cs", ["CZE", "IND"], "ai"),
    ],
)  # fmt: skip
def test_a_language_without_a_folder_gets_parties_and_low_confidence_events(text, lang, parties, area):
    article = extract(Document(id="t", text=text, source="t"))
    assert article.lang == lang and not is_native(lang)
    assert [e.parties for e in article.events] == [parties]
    event = article.events[0]
    assert event.confidence == "low" and event.to_json()["confidence"] == "low" and area in event.areas
    assert text[event.evidence[0].start : event.evidence[0].end] == event.evidence[0].text


def test_a_language_without_a_folder_needs_a_technology_word_for_an_event():
    text = "Sverige och Indien undertecknade ett memorandum om jordbruk och handel i Stockholm."
    assert extract(Document(id="t", text=text, source="t", lang="sv")).events == []


def test_native_languages_are_read_with_their_own_lexicons_and_high_confidence():
    article = extract(Document(id="t", text="Iran and Armenia signed an MoU on AI in Tehran.", source="t"))
    assert article.events and all(e.confidence == "high" for e in article.events)
    assert "confidence" not in article.events[0].to_json()
    assert load("en").native and not load("sv").native
    assert "intl" not in available_languages() and "mul" not in available_languages()


def test_the_script_of_a_language_without_a_folder_comes_from_cldr():
    assert load("bg").script == "cyrillic" and load("ps").script == "arabic" and load("sv").script == "latin"
