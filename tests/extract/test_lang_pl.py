"""Polish: extract() on sentences written for these tests (case endings on names, titles, dates, negation)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = "2024-11-22") -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="pl", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_meeting_with_titles_inflected_names_and_a_capital_in_the_locative():
    text = (
        "Wicepremier i minister cyfryzacji Krzysztof Gawkowski spotkał się w Kijowie z ministrem transformacji "
        "cyfrowej Ukrainy Mychajło Fedorowem. Polska i Ukraina rozmawiały o cyberbezpieczeństwie."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["POL", "UKR"]
    assert event["location"] == "Kyiv"
    assert "cybersecurity" in event["areas"]
    people = {p["name"]: p for p in event["people"]}
    assert people["Krzysztof Gawkowski"]["party"] == "POL"
    assert people["Krzysztof Gawkowski"]["role"] == "deputy prime minister, minister of digital affairs"
    assert people["Mychajło Fedorowem"]["party"] == "UKR"


def test_ambassador_and_deputy_minister_in_the_instrumental_case():
    text = (
        "Ambasador Indii Nagma Mallick rozmawiała z wiceministrem cyfryzacji Dariuszem Standerskim "
        "o współpracy Polski i Indii w dziedzinie sztucznej inteligencji."
    )
    (event,) = _events(text)
    assert event["parties"] == ["IND", "POL"]
    assert event["areas"] == ["ai"]
    roles = {p["name"]: p["role"] for p in event["people"]}
    assert roles["Nagma Mallick"] == "ambassador"
    assert roles["Dariuszem Standerskim"] == "deputy minister of digital affairs"


def test_signing_with_a_full_date_and_the_year_abbreviation():
    # "r." (roku) after the year must not end the sentence: the verb and the memorandum stay together
    text = (
        "Minister cyfryzacji Polski podpisał 19 listopada 2024 r. memorandum z Koreą Południową o cyberbezpieczeństwie."
    )
    (event,) = _events(text)
    assert (event["type"], event["status"]) == ("AGREE", "signed")
    assert event["parties"] == ["KOR", "POL"]
    assert event["date"] == "2024-11-19"


def test_demonym_with_the_side_word_and_a_relative_weekday():
    text = "Strona chińska i polski minister cyfryzacji rozmawiali w czwartek o sieciach 5G."
    (event,) = _events(text)
    assert event["parties"] == ["CHN", "POL"]
    assert event["areas"] == ["mobile_5g"]
    assert event["date"] == "2024-11-21"


def test_relative_day_and_a_place_suffix_on_a_consonant_final_name():
    text = "Minister cyfryzacji spotkał się wczoraj z ambasadorem Korei Południowej w Warszawie. Omówili współpracę w zakresie centrów danych."
    (event,) = _events(text)
    assert event["parties"] == ["KOR", "POL"]
    assert event["location"] == "Warsaw"
    assert event["areas"] == ["data_centers"]
    assert event["date"] == "2024-11-21"


def test_multilateral_meeting_is_one_event_with_every_state():
    text = "Ministrowie cyfryzacji Polski, Litwy, Łotwy i Estonii spotkali się w Wilnie, aby omówić bezpieczeństwo kabli podmorskich."
    (event,) = _events(text)
    assert event["parties"] == ["EST", "LTU", "LVA", "POL"]
    assert event["location"] == "Vilnius"
    assert event["areas"] == ["telecom_infrastructure"]


def test_case_endings_on_a_consonant_final_name_and_a_venue():
    (event,) = _events("Wiceminister cyfryzacji Polski rozmawiał z Iranem w Pekinie o sztucznej inteligencji.")
    assert event["parties"] == ["IRN", "POL"]
    assert event["location"] == "Beijing"


def test_aid_of_satellite_terminals():
    (event,) = _events("Polska przekazała Ukrainie 5 tysięcy terminali Starlink.")
    assert (event["type"], event["status"]) == ("AID", "implemented")
    assert event["parties"] == ["POL", "UKR"]
    assert event["areas"] == ["telecom_infrastructure"]


def test_a_planned_signing_is_only_proposed():
    (event,) = _events(
        "Polska planuje podpisać z Indiami porozumienie o współpracy w dziedzinie sztucznej inteligencji."
    )
    assert event["type"] == "AGREE"
    assert event["status"] == "proposed"


def test_negated_signing_and_domestic_news_make_no_event():
    assert _events("Polska nie podpisała porozumienia z Chinami w sprawie sieci 5G.") == []
    assert (
        _events("Ministerstwo Cyfryzacji ogłosiło nową wersję aplikacji mObywatel z funkcjami sztucznej inteligencji.")
        == []
    )


def test_the_home_ministry_acts_for_poland_and_a_federal_minister_after_his_name():
    (event,) = _events(
        "Ministerstwo Cyfryzacji podpisało z Japonią memorandum o współpracy w dziedzinie cyberbezpieczeństwa."
    )
    assert event["parties"] == ["JPN", "POL"]
    text = (
        "Thomas de Maizière, federalny minister spraw wewnętrznych Niemiec, rozmawiał w Warszawie "
        "z polskim ministrem cyfryzacji o cyberbezpieczeństwie."
    )
    (event,) = _events(text)
    assert event["parties"] == ["DEU", "POL"]
    assert {p["name"]: p["party"] for p in event["people"]} == {"Thomas de Maizière": "DEU"}


def test_a_request_and_a_company_word_that_keeps_a_demonym_out():
    (event,) = _events("Ukraina zwróciła się do Polski z prośbą o dostawę kolejnych terminali Starlink.")
    assert (event["type"], event["parties"]) == ("REQUEST", ["POL", "UKR"])
    text = "Polska i Stany Zjednoczone zawarły porozumienie w sprawie budowy sieci 5G bez udziału chińskich dostawców."
    (event,) = _events(text)
    assert event["parties"] == ["POL", "USA"]


def test_an_eu_official_gets_the_eu_as_party_and_a_region_is_no_location():
    text = "Komisarz UE Thierry Breton rozmawiał w Warszawie z ministrem cyfryzacji Polski o sieciach 5G."
    (event,) = _events(text)
    assert event["parties"] == ["EU", "POL"]
    assert {p["name"]: p["party"] for p in event["people"]} == {"Thierry Breton": "EU"}
    text = (
        "Ministrowie cyfryzacji państw Trójmorza – Polski, Czech, Słowacji i Węgier – przyjęli w Pradze "
        "wspólną deklarację o współpracy w zakresie sieci światłowodowych."
    )
    (event,) = _events(text)
    assert event["parties"] == ["CZE", "HUN", "POL", "SVK"]
    assert event["location"] == "Prague"


def test_russia_as_the_aggressor_discussed_in_talks_is_no_party():
    # the only foreign name in the talks is the aggressor: no second party, no event
    text = (
        "Prezydent Polski spotkał się z szefem Banku Światowego. Rozmówcy omówili cyberbezpieczeństwo "
        "i przeciwdziałanie rosyjskiej agresji wobec Ukrainy."
    )
    parties = {party for event in _events(text) for party in event["parties"]}
    assert "RUS" not in parties


def test_media_reports_and_media_attention_name_no_area_but_the_media_sector_does():
    text = (
        "Według doniesień medialnych premier Polski spotkał się z premierem Włoch; wizyta była w centrum "
        "zainteresowania medialnego. Rozmawiano o energetyce i rolnictwie."
    )
    assert _events(text) == []
    text = "Minister cyfryzacji Polski i ambasador Litwy omówili współpracę w sektorze mediów."
    (event,) = _events(text)
    assert event["areas"] == ["media_information"]


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    text = (
        "Minister cyfryzacji Polski odwiedził przejście graniczne na granicy z Białorusią i omówił budowę "
        "sieci światłowodowej."
    )
    assert _events(text) == []


def test_the_eu_named_only_as_a_topic_of_the_talks_is_no_party():
    text = (
        "W ramach polsko-niemieckich konsultacji na temat cyberbezpieczeństwa oraz reformy UE dotyczącej ochrony "
        "danych rozmawiali minister cyfryzacji Polski i minister spraw wewnętrznych Niemiec."
    )
    (event,) = _events(text)
    assert event["parties"] == ["DEU", "POL"]


def test_declined_names_and_demonyms_of_smaller_states_make_parties():
    text = (
        "Minister cyfryzacji Polski spotkał się z ambasadorem Angoli. Omówiono polsko-angolską współpracę "
        "w dziedzinie łączności satelitarnej."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AGO", "POL"]
    (event,) = _events("Wiceminister cyfryzacji Polski rozmawiał z kubańskim ministrem łączności o sieciach 5G.")
    assert event["parties"] == ["CUB", "POL"]


def test_a_signing_told_by_a_participle_is_signed():
    text = (
        "Polska i Litwa zdecydowały się pogłębić współpracę w obszarze sztucznej inteligencji, podpisując "
        "porozumienie sygnowane przez ministrów cyfryzacji obu krajów."
    )
    (event,) = _events(text)
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["LTU", "POL"])


def test_a_government_development_agency_acts_for_its_state():
    text = "Ministerstwo Cyfryzacji Polski i agencja JICA podpisały porozumienie o szkoleniach z cyberbezpieczeństwa."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("AGREE", ["JPN", "POL"])


def test_bare_korea_is_south_korea_and_present_tense_headlines_report_events():
    (event,) = _events("Polska i Korea podpisują porozumienie o współpracy w dziedzinie 5G")
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["KOR", "POL"])
    (event,) = _events("Minister cyfryzacji Polski spotyka się z ambasadorem Indii w sprawie sztucznej inteligencji")
    assert (event["type"], event["parties"]) == ("CONSULT", ["IND", "POL"])


def test_military_or_energy_technology_is_no_technology_news():
    # a bare "technologie" or "innowacje" does not make talks about defence or energy technology news
    text = (
        "Ministrowie obrony Polski i Korei Południowej omówili współpracę w zakresie technologii wojskowych "
        "i przemysłu zbrojeniowego."
    )
    assert _events(text) == []
    text = "Premier Polski i premier Francji rozmawiali o energetyce jądrowej, innowacjach i technologiach wodorowych."
    assert _events(text) == []


def test_a_form_matched_whole_beats_a_shorter_form_with_a_suffix():
    # "RPA" is South Africa written whole, not "RP" (Rzeczpospolita Polska) with the ending "a"
    (event,) = _events("Minister cyfryzacji RPA spotkał się z ambasadorem Japonii w sprawie cyberbezpieczeństwa.")
    assert event["parties"] == ["JPN", "ZAF"]


def test_an_arrival_is_a_visit_and_a_state_in_the_genitive_after_a_title_is_a_party():
    text = (
        "W poniedziałek do Warszawy zawitała Ana Pereira, minister ds. cyfryzacji Portugalii, oraz Jan Novák, "
        "minister ds. transformacji cyfrowej Słowacji. Tematem rozmów była sztuczna inteligencja."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["POL", "PRT", "SVK"]
    assert "ai" in event["areas"]


def test_a_signing_told_in_the_first_person_is_an_agreement():
    text = "Podpisaliśmy dziś z Estonią memorandum o współpracy w zakresie cyberbezpieczeństwa - powiedział minister."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == ["EST", "POL"]


def test_the_organisation_after_na_forum_is_the_setting_of_the_talks():
    text = (
        "Wiceministrowie Polski i Litwy rozmawiali o koordynacji działań na forum UE w dziedzinie cyberbezpieczeństwa."
    )
    (event,) = _events(text)
    assert event["parties"] == ["LTU", "POL"]


def test_the_bare_minister_meeting_a_foreign_ambassador_is_the_publishers():
    text = "Minister cyfryzacji rozmawiał z ambasadorem Japonii o sztucznej inteligencji."
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["JPN", "POL"]


def test_a_state_beside_the_ambassador_does_not_give_the_deputy_minister_a_nationality():
    text = "Ambasador Korei Południowej spotkał się z wiceministrem cyfryzacji w sprawie sieci 5G."
    (event,) = _events(text)
    assert event["parties"] == ["KOR", "POL"] and event["areas"] == ["mobile_5g"]


def test_the_united_kingdom_in_the_instrumental_case():
    text = "Polska podpisała ze Zjednoczonym Królestwem memorandum o współpracy w zakresie sztucznej inteligencji."
    (event,) = _events(text)
    assert event["parties"] == ["GBR", "POL"] and event["type"] == "AGREE"


def test_an_inflected_name_agrees_with_its_nominative_given_name_and_surname_alike():
    text = (
        "Porozumienie podpisane przez ministra Janusza Cieszyńskiego i cypryjskiego ministra dotyczy "
        "cyberbezpieczeństwa. Polska i Cypr będą współpracować - podkreślił minister Janusz Cieszyński."
    )
    events = _events(text)
    names = {p["name"] for event in events for p in event["people"]}
    assert "Janusz Cieszyński" in names
    assert not any(name.startswith("Janusza") or name.endswith("Cieszyńskiego") for name in names)


def test_an_abbreviated_great_britain_does_not_end_the_sentence():
    text = "Minister cyfryzacji podpisał z Wlk. Brytanią memorandum o współpracy w dziedzinie sztucznej inteligencji."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["GBR", "POL"]


def test_the_state_after_the_bare_ministers_verb_is_whom_the_minister_dealt_with():
    text = "Minister cyfryzacji podpisał z Japonią memorandum o współpracy w dziedzinie sztucznej inteligencji."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["JPN", "POL"]


def test_a_plural_title_names_the_first_of_the_officials_listed_after_it():
    events = _events(
        "Cyberbezpieczeństwo było głównym tematem rozmów podczas spotkania wiceministrów cyfryzacji Jana "
        "Kowalskiego oraz Adama Nowaka z ambasadorem Litwy w Polsce Jonasem Petraitisem."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["LTU", "POL"])]
    officials = {p["name"]: (p["party"], p["role"]) for p in events[0]["people"]}
    assert officials["Jana Kowalskiego"] == ("POL", "deputy minister of digital affairs")


def test_an_agreement_the_officials_recalled_is_background_not_a_signing():
    events = _events(
        "Podczas spotkania z ambasadorem Łotwy wiceminister cyfryzacji Jan Kowalski rozmawiał o sztucznej "
        "inteligencji. Wiceminister przypomniał o podpisanym w 2021 roku porozumieniu między Polską a Łotwą w "
        "zakresie cyberbezpieczeństwa.",
        published=None,  # no publication date to tell 2021 is history: the verb alone does
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["LVA", "POL"])]


def test_a_commitment_to_pay_for_equipment_for_another_state_is_aid():
    events = _events("Polska zobowiązała się do sfinansowania zakupu 3 000 terminali satelitarnych dla Mołdawii.")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AID", ["MDA", "POL"], "agreed")]


def test_services_developed_together_are_cooperation_under_way():
    events = _events(
        "Wiceminister cyfryzacji Jan Kowalski powiedział, że e-usługi, które rozwijamy wspólnie z naszymi "
        "litewskimi partnerami, działają już w obu krajach."
    )
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("COOPERATE", ["LTU", "POL"], "implemented")]
