"""Ukrainian: extract() on sentences written for these tests (case endings, apostrophes, titles, dates, negation)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = "2025-03-12") -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="uk", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_meeting_with_a_long_title_an_apostrophe_and_a_capital_in_the_locative():
    text = (
        "Віцепрем'єр-міністр, міністр цифрової трансформації України Михайло Федоров зустрівся в Києві з послом "
        "Японії Масаші Накаґоме. Сторони обговорили співпрацю у сфері кібербезпеки та штучного інтелекту."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["JPN", "UKR"]
    assert event["location"] == "Kyiv"
    assert event["areas"] == ["ai", "cybersecurity"]
    people = {p["name"]: p for p in event["people"]}
    assert people["Михайло Федоров"]["party"] == "UKR"
    assert people["Михайло Федоров"]["role"] == "deputy prime minister, minister of digital transformation"
    assert (people["Масаші Накаґоме"]["party"], people["Масаші Накаґоме"]["role"]) == ("JPN", "ambassador")


def test_typographic_apostrophe_in_the_title_is_the_same_title():
    text = "Віцепрем’єр-міністр України Михайло Федоров зустрівся з послом Японії у сфері штучного інтелекту."
    (event,) = _events(text)
    assert {p["name"]: p["role"] for p in event["people"]}["Михайло Федоров"] == "deputy prime minister"


def test_signing_with_a_relative_day_and_a_multiword_area_in_the_genitive():
    (event,) = _events("Україна та Естонія вчора підписали меморандум про співпрацю у сфері електронного урядування.")
    assert (event["type"], event["status"]) == ("AGREE", "signed")
    assert event["parties"] == ["EST", "UKR"]
    assert event["areas"] == ["e_government"]
    assert event["date"] == "2025-03-11"


def test_the_year_abbreviation_does_not_end_the_sentence():
    text = (
        "Міністр цифрової трансформації України 19 листопада 2024 р. підписав меморандум з Естонією про кібербезпеку."
    )
    (event,) = _events(text)
    assert (event["type"], event["status"]) == ("AGREE", "signed")
    assert event["parties"] == ["EST", "UKR"]
    assert event["date"] == "2024-11-19"


def test_instrumental_name_weekday_and_foreign_minister():
    text = (
        "Глава Мінцифри зустрівся з міністром закордонних справ Польщі Радославом Сікорським у понеділок. "
        "Сторони обговорили захист критичної інфраструктури та кібербезпеку."
    )
    (event,) = _events(text)
    assert event["parties"] == ["POL", "UKR"]
    assert event["date"] == "2025-03-10"
    assert {p["name"]: p["role"] for p in event["people"]}["Радославом Сікорським"] == "foreign minister"


def test_multilateral_meeting_is_one_event_with_every_state():
    text = "Міністри цифрових справ України, Польщі, Литви та Молдови провели зустріч у Варшаві щодо розвитку мереж 5G."
    (event,) = _events(text)
    assert event["parties"] == ["LTU", "MDA", "POL", "UKR"]
    assert event["location"] == "Warsaw"
    assert event["areas"] == ["mobile_5g"]


def test_aid_of_satellite_communication_equipment():
    (event,) = _events("Японія передала Україні обладнання для супутникового зв'язку на 10 мільйонів доларів.")
    assert (event["type"], event["status"]) == ("AID", "implemented")
    assert event["parties"] == ["JPN", "UKR"]


def test_negated_agreement_and_domestic_news_make_no_event():
    assert _events("Україна не підписала угоду з Китаєм про постачання телекомунікаційного обладнання.") == []
    assert _events("Мінцифри запустило в застосунку Дія нову послугу для ветеранів.") == []
    assert _events("Кабмін ухвалив постанову про розвиток штучного інтелекту в Україні.") == []


def test_the_home_ministry_acts_for_ukraine():
    (event,) = _events("Мінцифри підписало меморандум з Естонією про співпрацю у сфері кібербезпеки.")
    assert event["parties"] == ["EST", "UKR"]
    assert event["areas"] == ["cybersecurity"]


def test_a_request_after_the_preposition_do_keeps_the_state_a_party():
    events = _events("Україна звернулася до Японії з проханням про обладнання для мереж зв'язку.")
    assert [(e["type"], e["parties"]) for e in events] == [("REQUEST", ["JPN", "UKR"])]
    assert events[0]["areas"] == ["telecom_infrastructure"]


def test_an_eu_official_gets_the_eu_as_party_and_a_baltic_list_keeps_its_states():
    text = "Голова Представництва ЄС в Україні Матті Маасікас зустрівся з міністром цифрової трансформації України щодо електронних послуг."
    (event,) = _events(text)
    assert event["parties"] == ["EU", "UKR"]
    assert {p["name"]: p["party"] for p in event["people"]} == {"Матті Маасікас": "EU"}
    text = "Міністри цифрових справ країн Балтії, Польщі та України ухвалили у Вільнюсі спільну декларацію про захист підводних кабелів."
    (event,) = _events(text)
    assert (event["type"], event["parties"], event["location"]) == ("AGREE", ["POL", "UKR"], "Vilnius")


def test_arrival_in_a_capital_is_the_location():
    text = "Голова Єврокомісії Урсула фон дер Ляєн прибула до Києва, щоб обговорити з прем'єр-міністром України кібербезпеку."
    (event,) = _events(text)
    assert (event["parties"], event["location"]) == (["EU", "UKR"], "Kyiv")


def test_impetus_is_no_postal_word_but_postal_services_are():
    text = (
        "Міністр закордонних справ України зустрівся з послом Японії. Сторони домовилися дати новий поштовх "
        "співпраці у сфері штучного інтелекту."
    )
    areas = {area for event in _events(text) for area in event["areas"]}
    assert areas == {"ai"}
    text = "Міністр цифрової трансформації України зустрівся з послом Молдови та обговорив розвиток поштових послуг."
    (event,) = _events(text)
    assert event["areas"] == ["postal"]


def test_russia_as_the_aggressor_discussed_in_talks_is_no_party():
    # the only foreign name in the talks is the aggressor: no second party, no event
    text = (
        "Президент України зустрівся з головою Світового банку. Співрозмовники обговорили кібербезпеку "
        "та шляхи подолання російської агресії проти України."
    )
    assert _events(text) == []


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    text = (
        "Міністр цифрової трансформації України відвідав пункт пропуску на кордоні з Польщею та обговорив "
        "розвиток мобільного зв'язку 5G."
    )
    assert _events(text) == []


def test_the_eu_named_only_as_a_topic_of_the_talks_is_no_party():
    text = (
        "Міністр цифрової трансформації України зустрівся з послом Литви та обговорив кібербезпеку і наближення "
        "законодавства ЄС у сфері електронних комунікацій."
    )
    (event,) = _events(text)
    assert event["parties"] == ["LTU", "UKR"]


def test_the_press_centre_and_the_press_as_a_source_name_no_media_area_but_the_media_sector_does():
    text = "Міністр цифрової трансформації України зустрівся з послом Японії в Медіацентрі Україна та обговорив кібербезпеку."
    (event,) = _events(text)
    assert event["areas"] == ["cybersecurity"]
    text = "Міністр цифрової трансформації України зустрівся з послом Японії, повідомили ЗМІ. Сторони обговорили кібербезпеку."
    (event,) = _events(text)
    assert event["areas"] == ["cybersecurity"]
    text = (
        "Міністр цифрової трансформації України зустрівся з послом Японії. Сторони обговорили співпрацю у сфері медіа."
    )
    (event,) = _events(text)
    assert event["areas"] == ["media_information"]


def test_declined_names_and_demonyms_of_smaller_states_make_parties():
    # туркменський is Turkmen, not Turkish
    text = (
        "Міністр цифрової трансформації України провів переговори з Кубою та з туркменським колегою щодо кібербезпеки."
    )
    (event,) = _events(text)
    assert event["parties"] == ["CUB", "TKM", "UKR"]


def test_a_government_development_agency_acts_for_its_state():
    text = "Міністерство цифрової трансформації України та USAID підписали меморандум про розвиток електронних послуг."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("AGREE", ["UKR", "USA"])


def test_aid_told_from_the_receiving_side_and_present_tense_meetings():
    (event,) = _events("Україна отримала від Японії обладнання для кіберзахисту")
    assert (event["type"], event["parties"]) == ("AID", ["JPN", "UKR"])
    (event,) = _events("Міністр цифрової трансформації України зустрічається з послом Японії щодо штучного інтелекту")
    assert (event["type"], event["parties"]) == ("CONSULT", ["JPN", "UKR"])


def test_the_cyrillic_ict_acronym_makes_technology_news():
    (event,) = _events("Україна та Молдова підписали меморандум про співпрацю у сфері ІКТ.")
    assert (event["type"], event["parties"], event["areas"]) == ("AGREE", ["MDA", "UKR"], [])


def test_a_read_also_link_to_another_story_makes_no_event():
    text = (
        "Україна та Естонія підписали меморандум про співпрацю у сфері електронного урядування.\n"
        "Читайте також: Зустріч Зеленського з президенткою Естонії: про що домовились\n"
        "Меморандум передбачає обмін експертами між Україною та Естонією."
    )
    doc = Document(id="t", text=text, source="t", lang="uk")
    assert {e.type for e in extract(doc).events} == {"AGREE"}


def test_the_signing_noun_and_the_signed_participle_in_other_cases_are_a_signing():
    for text, lang in (
        ("Засідання Ради Президентів України та Литви завершилося підписанням декларації про цифрову співпрацю.", "uk"),
        ("У декларації про електронну ідентифікацію, підписаній міністрами України та Литви, йдеться про спільні плани.",
         "uk"),
        ("В декларации об электронной идентификации, подписанной министрами Украины и Литвы, говорится о планах.",
         "ru"),
    ):  # fmt: skip
        doc = Document(id="t", text=text, source="t", lang=lang)
        assert "AGREE" in {e.type for e in extract(doc).events}, text


def test_a_surname_in_the_instrumental_is_given_as_the_text_writes_it_in_the_nominative():
    text = (
        "У декларації про електронну ідентифікацію, підписаній міністром цифрової трансформації України "
        "Михайлом Федоровим та міністром економіки Литви, йдеться про спільні плани. «Це перший документ», – "
        "зауважив Михайло Федоров."
    )
    doc = Document(id="t", text=text, source="t", lang="uk")
    names = {p.name for e in extract(doc).events for p in e.people}
    assert "Михайло Федоров" in names, names
    assert "Михайло Федоровим" not in names, names
