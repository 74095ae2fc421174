"""Dutch: sentences written for these tests (separable verbs, -e adjectives of demonyms, compounds, dates)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    document = Document(id="t", text=text, source="t", lang="nl", published=published)
    return [e.to_json() for e in extract(document).events]


def test_signing_with_a_relative_date_and_a_city():
    events = _events(
        "Gisteren ondertekenden Nederland en Japan in Tokio een memorandum van overeenstemming over halfgeleiders.",
        published="2025-03-13",
    )
    assert [(e["type"], e["parties"], e["status"], e["areas"]) for e in events] == [
        ("AGREE", ["JPN", "NLD"], "signed", ["equipment_manufacturing"])
    ]
    assert events[0]["date"] == "2025-03-12"
    assert events[0]["location"] == "Tokyo"


def test_compound_agreement_noun_and_last_week():
    events = _events(
        "Nederland en de Verenigde Staten ondertekenden vorige week in Phoenix een samenwerkingsovereenkomst "
        "op het gebied van halfgeleidertechnologie.",
        published="2025-03-13",
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [
        ("AGREE", ["NLD", "USA"], ["equipment_manufacturing"])
    ]
    assert events[0]["date"] == "2025-03"


def test_separable_verb_with_its_particle_at_the_end_of_the_clause():
    events = _events(
        "Op 5 februari 2025 spraken Nederland en Singapore af een werkgroep over halfgeleiders op te richten."
    )
    assert [(e["type"], e["parties"], e["status"], e["date"]) for e in events] == [
        ("AGREE", ["NLD", "SGP"], "agreed", "2025-02-05")
    ]


def test_multilateral_meeting_with_split_verb_is_one_event():
    events = _events("De ministers van Nederland, België en Luxemburg kwamen in Brussel bijeen over cyberveiligheid.")
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [
        ("CONSULT", ["BEL", "LUX", "NLD"], ["cybersecurity"])
    ]
    assert events[0]["location"] == "Brussels"


def test_adjective_demonyms_with_the_e_ending():
    events = _events(
        "De Belgische premier ontving de Chinese ambassadeur voor een gesprek over 5G-netwerken en datacenters."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BEL", "CHN"])]
    assert set(events[0]["areas"]) == {"data_centers", "mobile_5g"}
    events = _events(
        "De Nederlandse staatssecretaris van Digitalisering sprak met de Estse minister over digitale identiteit."
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("CONSULT", ["EST", "NLD"], ["e_government"])]


def test_negated_agreement_and_domestic_news_make_no_event():
    assert _events("Nederland heeft geen akkoord gesloten met China over chips.") == []
    assert _events("Het kabinet presenteerde vandaag een nieuwe strategie voor de digitale overheid.") == []


def test_organisations_given_as_examples_of_a_plural_noun_are_no_parties():
    text = (
        "Het kabinet heeft een cyberstrategie opgesteld die beschrijft hoe Nederland wil inspelen op ontwikkelingen "
        "binnen samenwerkingsverbanden als de EU en de NAVO. Minister van Buitenlandse Zaken bezocht een campus "
        "over kunstmatige intelligentie."
    )
    assert _events(text) == []


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    text = "De minister van Economische Zaken van Nederland bezocht een datacenter aan de grens met Duitsland."
    assert _events(text) == []


def test_the_eu_named_only_as_a_topic_of_the_talks_is_no_party():
    (event,) = _events("Nederland en Japan spraken over halfgeleiders en over EU-regels voor chips.")
    assert event["parties"] == ["JPN", "NLD"]


def test_digital_identity_wallets_and_e_signatures_are_e_government():
    text = (
        "België en Japan hebben een samenwerkingsakkoord ondertekend over een digitale portefeuille, "
        "elektronische identificatie en elektronische handtekeningen."
    )
    (event,) = _events(text)
    assert (event["type"], event["parties"], event["areas"]) == ("AGREE", ["BEL", "JPN"], ["e_government"])


def test_a_regions_government_acts_for_its_state_and_present_tense_headlines_report_events():
    (event,) = _events("Vlaanderen en Quebec ondertekenen intentieverklaring over artificiële intelligentie")
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["BEL", "CAN"])
    (event,) = _events("Nederland en India bespreken samenwerking op het gebied van cyberveiligheid")
    assert (event["type"], event["parties"]) == ("CONSULT", ["IND", "NLD"])
    assert _events("In Vlaanderen opent het Japanse bedrijf Fujitsu een datacenter.") == []


def test_military_technology_is_no_technology_news():
    text = "De Nederlandse minister van Defensie sprak met zijn Duitse ambtgenoot over technologie voor de marine."
    assert _events(text) == []


def test_an_organisation_a_few_words_after_in_de_marge_van_de_is_the_setting():
    text = (
        "Minister Hanke Bruins Slot heeft in New York, in de marge van de Algemene Vergadering van de VN, gesproken "
        "met haar Japanse collega over samenwerking op het gebied van cyberveiligheid."
    )
    (event,) = _events(text)
    assert "UN" not in event["parties"] and "JPN" in event["parties"]


def test_founding_a_body_together_is_an_agreement():
    text = (
        "De ministers van Nederland, Denemarken en Estland hebben vandaag in Tallinn een gezamenlijk centrum voor "
        "cyberveiligheid opgericht."
    )
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["status"] == "agreed"
    assert event["parties"] == ["DNK", "EST", "NLD"]


def test_ministers_who_troffen_elkaar_held_talks():
    text = (
        "De Belgische minister van Digitalisering en haar Japanse ambtgenoot troffen elkaar dinsdag in Tokio om "
        "te praten over cyberveiligheid."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["BEL", "JPN"]
    assert "cybersecurity" in event["areas"]


def test_a_past_joint_project_werkten_samen_is_cooperation_carried_out():
    text = "Nederland en Indonesië werkten samen aan een netwerk van datacenters op Java."
    (event,) = _events(text)
    assert event["type"] == "COOPERATE" and event["parties"] == ["IDN", "NLD"]


def test_the_bare_minister_meeting_a_foreign_ambassador_is_the_publishers():
    text = "De minister van Digitale Zaken sprak met de ambassadeur van Japan over kunstmatige intelligentie."
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["JPN", "NLD"]


def test_a_state_beside_the_ambassador_does_not_give_the_state_secretary_a_nationality():
    text = (
        "De ambassadeur van Zuid-Korea ontmoette de staatssecretaris voor Digitalisering om te praten over "
        "5G-netwerken."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KOR", "NLD"]


def test_a_gift_in_the_present_tense_is_aid():
    text = "Nederland schenkt Oekraïne 10 miljoen euro voor cyberweerbaarheid."
    (event,) = _events(text)
    assert event["type"] == "AID" and event["parties"] == ["NLD", "UKR"]


def test_investing_together_is_a_joint_undertaking_of_both_states():
    text = "Nederland en Duitsland gaan samen investeren in een kabelverbinding onder de Noordzee."
    (event,) = _events(text)
    assert event["parties"] == ["DEU", "NLD"] and event["status"] == "proposed"
    assert event["areas"] == ["telecom_infrastructure"]


def test_saudi_arabia_in_its_english_like_spelling():
    text = "België en Saudi-Arabië ondertekenden een memorandum over datacenters."
    (event,) = _events(text)
    assert event["parties"] == ["BEL", "SAU"]


def test_a_ministry_only_the_netherlands_has_acts_for_it():
    text = (
        "Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties en het Japanse ministerie van Digitale Zaken "
        "ondertekenden een memorandum over digitale identiteit."
    )
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["JPN", "NLD"]


def test_data_flows_are_data_transit():
    text = "Nederland en Japan ondertekenden een akkoord over veilige datastromen tussen beide landen."
    (event,) = _events(text)
    assert event["parties"] == ["JPN", "NLD"] and event["areas"] == ["data_transit"]


def test_the_state_after_the_bare_ministers_verb_is_whom_the_minister_dealt_with():
    text = "De minister van Digitale Zaken ondertekende met Japan een memorandum over kunstmatige intelligentie."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["JPN", "NLD"]


def test_a_destination_after_naar_is_where_things_go_not_a_party():
    events = _events("Minister Karel Jansen sprak met zijn Japanse collega over de export van chipmachines naar China.")
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["JPN", "NLD"])]


def test_a_eurocommissaris_acts_for_the_eu():
    events = _events(
        "Eurocommissaris Anna Berg ondertekende in Seoul met de Zuid-Koreaanse minister een memorandum over "
        "kunstmatige intelligentie."
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("AGREE", ["EU", "KOR"], ["ai"])]
    assert [(p["name"], p["party"]) for p in events[0]["people"]] == [("Anna Berg", "EU")]


def test_a_chip_maker_s_nationality_makes_no_party():
    assert _events("De Chinese chipfabrikant Nexperia en de Nederlandse overheid spraken over chips.") == []


def test_a_ministers_meeting_named_with_its_portfolio_keeps_the_organisation_named_after_it():
    events = _events(
        "De bijeenkomst van de ministers van digitale zaken van de Europese Unie in Brussel ging over kunstmatige "
        "intelligentie; Nederland, België en Duitsland waren vertegenwoordigd."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BEL", "DEU", "EU", "NLD"])]
