"""Kazakh (kk): sentences written for these tests, the language's hard cases.

Cyrillic with the Kazakh letters ә ғ қ ң ө ұ ү һ і; case endings glued straight onto names (Ресейдің,
Мәскеуде, Қазақстанға, Қазақстаннан); the host of an ambassador in the form Қазақстандағы; long portfolio
titles before names; dates as "21 Тамыз 2020" and "2018 жылдың сәуірінде".
"""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    document = Document(id="t", text=text, source="t", lang="kk", published=published)
    return [e.to_json() for e in extract(document).events]


def test_meeting_with_an_ambassador_and_a_relative_date():
    text = (
        "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі Бағдат Мусин "
        "кеше Астанада Қытайдың Қазақстандағы елшісімен кездесті. Тараптар жасанды интеллект және деректер "
        "орталықтары саласындағы ынтымақтастықты талқылады."
    )
    (event,) = _events(text, published="2025-03-12")
    assert event["type"] == "CONSULT" and event["parties"] == ["CHN", "KAZ"]
    assert event["areas"] == ["ai", "data_centers"]
    assert event["date"] == "2025-03-11"
    (person,) = event["people"]
    assert person["name"] == "Бағдат Мусин" and person["party"] == "KAZ"


def test_the_portfolio_inside_a_title_gives_no_area():
    text = (
        "Қазақстанның Жасанды интеллект және цифрлық даму министрі Жаслан Мәдиев Ресейдің цифрлық даму министрі "
        "Максут Шадаевпен кездесіп, пошта қызметтері мәселелерін талқылады."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KAZ", "RUS"] and event["areas"] == ["postal"]
    assert {"name": "Жаслан Мәдиев", "party": "KAZ", "role": "minister of AI and digital development"} in event[
        "people"
    ]


def test_genitive_and_locative_endings_on_states_and_capitals():
    text = (
        "Ресейдің цифрлық даму министрі Максут Шадаев Мәскеуде қазақстандық әріптесімен кездесіп, "
        "ғарыш және спутниктік байланыс мәселелерін талқылады."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["KAZ", "RUS"]
    assert event["areas"] == ["space"]
    assert {"name": "Максут Шадаев", "party": "RUS", "role": "minister of digital development"} in event["people"]


def test_signed_memorandum():
    text = "Қазақстан мен Өзбекстан электрондық үкімет саласында өзара түсіністік туралы меморандумға қол қойды."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == ["KAZ", "UZB"] and event["areas"] == ["e_government"]


def test_multilateral_meeting_is_one_event():
    text = (
        "Бішкекте Қазақстан, Қырғызстан, Тәжікстан және Өзбекстан министрлерінің цифрлық дәліз жөніндегі "
        "төртжақты кездесуі өтті."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["KAZ", "KGZ", "TJK", "UZB"]
    assert event["areas"] == ["data_transit"]
    assert event["location"] == "Bishkek"


def test_commission_set_up_is_an_agreement_not_cooperation_under_way():
    text = "Қазақстан мен Ресей ғарыш саласы бойынша мемлекетаралық комиссиясын құру туралы келісімге қол қойды."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["KAZ", "RUS"]
    assert event["areas"] == ["space"]


def test_joint_commission_session_with_a_date():
    text = (
        "2024 жылғы 19 қарашада Астанада Қазақстан-Түркия үкіметаралық комиссиясының отырысы өтті, "
        "пошта қызметтері және 5G талқыланды."
    )
    (event,) = _events(text, published="2024-11-20")
    assert event["type"] == "COOPERATE" and event["parties"] == ["KAZ", "TUR"]
    assert event["areas"] == ["mobile_5g", "postal"]
    assert event["date"] == "2024-11-19"


def test_equipment_given_is_aid_and_a_request_for_help():
    (aid,) = _events("Жапония Қазақстанға киберқауіпсіздік бойынша жабдық берді.")
    assert aid["type"] == "AID" and aid["parties"] == ["JPN", "KAZ"] and aid["areas"] == ["cybersecurity"]
    (request,) = _events("Иран тарапы Қазақстаннан спутниктік байланыс саласында көмек сұрады.")
    assert request["type"] == "REQUEST" and request["parties"] == ["IRN", "KAZ"]


def test_negated_signing_makes_no_event():
    text = (
        "Қазақстан мен Әзербайжан арасында ақпараттық-коммуникациялық технологиялар саласында келісімге қол қойылмады."
    )
    assert _events(text) == []


def test_a_company_launch_is_no_event():
    assert _events("Қазақтелеком компаниясы Алматыда жаңа 5G желісін іске қосты.") == []


def test_the_organisation_before_a_framework_postposition_is_the_setting_not_a_party():
    text = (
        "ШЫҰ саммиті аясында Қазақстан мен Өзбекстан цифрлық даму министрлері кездесіп, жасанды интеллект "
        "саласындағы ынтымақтастықты талқылады."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KAZ", "UZB"]


def test_a_compass_word_opening_a_state_name_is_not_part_of_the_name_before_it():
    text = (
        "Министр Жаслан Мәдиев Оңтүстік Корея Республикасының елшісімен кездесіп, жасанды интеллект "
        "саласындағы ынтымақтастықты талқылады."
    )
    (event,) = _events(text)
    assert "Жаслан Мәдиев" in {p["name"] for p in event["people"]}
    assert event["parties"] == ["KAZ", "KOR"]


def test_a_state_in_the_genitive_before_the_guests_title_leaves_the_first_minister_the_publishers():
    text = (
        "Цифрлық даму министрі Жаслан Мәдиев Корея Республикасының ғылым және АКТ министрі Ю Сан Иммен "
        "кездесті.\n\nКездесуде жасанды интеллект және 5G желілері саласындағы ынтымақтастық талқыланды."
    )
    (event,) = _events(text)
    assert event["parties"] == ["KAZ", "KOR"]


def test_the_ministry_only_kazakhstan_has_acts_for_it():
    text = (
        "Жасанды интеллект және цифрлық даму министрлігі мен Эстония Экономика министрлігі арасында "
        "электрондық үкімет саласында меморандумға қол қойылды."
    )
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["EST", "KAZ"]


def test_an_envoy_serving_in_kazakhstan_written_in_the_locative_is_his_own_states():
    text = (
        "Цифрлық даму министрі Жаслан Мадиев Қытайдың Қазақстандағы елшісі Чжан Сяо мырзамен кездесті. "
        "Кездесуде жасанды интеллект саласындағы ынтымақтастық талқыланды."
    )
    doc = Document(id="t", text=text, source="t", lang="kk")
    people = {p.name: p.party for e in extract(doc).events for p in e.people}
    assert people.get("Чжан Сяо") == "CHN", people
