"""Azerbaijani (az): sentences written for these tests, the language's hard cases.

Latin script with ə, ı, ğ; case endings glued straight onto names (Qazaxıstanla, Çinin, Bakıda, Rusiyanın);
the host state of an ambassador in the locative-adjective form (Azərbaycandakı səfiri); titles before names;
dates as "dekabrın 4-də" and "2024-cü il noyabrın 19-da".
"""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    document = Document(id="t", text=text, source="t", lang="az", published=published)
    return [e.to_json() for e in extract(document).events]


def test_meeting_with_an_ambassador_host_state_and_people():
    text = (
        "Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Rəşad Nəbiyev Bakıda Çinin Azərbaycandakı səfiri Lu Mei ilə "
        "görüşüb. "
        "Görüşdə süni intellekt və data mərkəzləri sahəsində əməkdaşlıq müzakirə edilib."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["AZE", "CHN"]
    assert {"ai", "data_centers"} <= set(event["areas"])
    people = {p["name"]: p["party"] for p in event["people"]}
    assert people == {"Rəşad Nəbiyev": "AZE", "Lu Mei": "CHN"}
    assert event["location"] == "Baku"


def test_a_capital_in_the_locative_is_the_venue_not_a_party():
    text = "Yaponiya və Koreya Respublikası nazirləri Bakıda süni intellekt üzrə görüşüb."
    (event,) = _events(text)
    assert event["parties"] == ["JPN", "KOR"] and event["location"] == "Baku"


def test_case_endings_glued_on_state_names_and_a_signed_memorandum():
    text = "Qazaxıstanla Azərbaycan arasında fiber-optik kabel xəttinin çəkilməsinə dair saziş imzalanıb."
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == ["AZE", "KAZ"]
    assert "telecom_infrastructure" in event["areas"]


def test_title_with_portfolio_gives_the_minister_his_own_state():
    text = (
        "Türkiyənin sənaye və texnologiya naziri Mehmet Fatih Kacır Bakıda azərbaycanlı həmkarı ilə görüşüb, "
        "tərəflər peyk və kosmik sənaye sahəsində əməkdaşlığı müzakirə ediblər."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "TUR"] and "space" in event["areas"]
    (person,) = event["people"]
    assert person["name"] == "Mehmet Fatih Kacır" and person["party"] == "TUR"
    assert person["role"] == "minister of industry and technology"


def test_multilateral_meeting_is_one_event_with_every_state():
    text = (
        "Bakıda Azərbaycan, Gürcüstan, Qazaxıstan və Özbəkistan nazirlərinin rəqəmsal dəhliz üzrə "
        "dördtərəfli görüşü keçirilib."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["AZE", "GEO", "KAZ", "UZB"]
    assert event["areas"] == ["data_transit"]


def test_joint_commission_session_with_a_month_first_date():
    text = (
        "Noyabrın 19-da Azərbaycan-Rusiya hökumətlərarası komissiyasının iclası keçirilib, "
        "poçt xidmətləri və 5G müzakirə olunub."
    )
    (event,) = _events(text, published="2024-11-20")
    assert event["type"] == "COOPERATE" and event["parties"] == ["AZE", "RUS"]
    assert event["areas"] == ["mobile_5g", "postal"]
    assert event["date"] == "2024-11-19"


def test_relative_date_yesterday_resolves_against_publication():
    text = "Azərbaycan və Özbəkistan dünən elektron hökumət sahəsində anlaşma memorandumu imzalayıb."
    (event,) = _events(text, published="2025-03-12")
    assert event["type"] == "AGREE" and event["parties"] == ["AZE", "UZB"]
    assert event["areas"] == ["e_government"] and event["date"] == "2025-03-11"


def test_organisation_acronym_is_a_party():
    text = "BMT və Azərbaycan kibertəhlükəsizlik üzrə birgə layihə həyata keçirir."
    (event,) = _events(text)
    assert event["type"] == "COOPERATE" and event["parties"] == ["AZE", "UN"]


def test_request_for_support():
    text = "İran tərəfi Azərbaycandan peyk xidmətləri sahəsində dəstək istəyib."
    (event,) = _events(text)
    assert event["type"] == "REQUEST" and event["parties"] == ["AZE", "IRN"]


def test_negated_signing_makes_no_event():
    assert _events("Azərbaycan ilə İran arasında İKT sahəsində memorandum imzalanmayıb.") == []


def test_a_company_launch_is_no_event():
    assert _events("Azercell şirkəti Bakıda yeni 5G şəbəkəsini istifadəyə verib.") == []


def test_ministry_name_gives_no_area():
    text = (
        "Azərbaycanın Nəqliyyat, Rabitə və Yüksək Texnologiyalar naziri Latviyanın səfiri ilə görüşüb "
        "və poçt sahəsində əməkdaşlığı müzakirə edib."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "LVA"] and event["areas"] == ["postal"]


def test_soon_is_no_frequency_word_but_frequency_bands_are():
    text = (
        "Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Gürcüstanın səfiri ilə görüşüb. Tərəflər tezliklə "
        "süni intellekt sahəsində memorandum imzalayacaqlarını bildiriblər."
    )
    areas = {area for event in _events(text) for area in event["areas"]}
    assert areas == {"ai"}
    text = "Azərbaycan və Türkiyə nazirləri tezlik zolaqlarının koordinasiyasını müzakirə ediblər."
    (event,) = _events(text)
    assert event["areas"] == ["mobile_5g"]


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    # Julfa is a town of the minister's own country, not a person; the bridge is on the border with Iran
    text = (
        "Rəqəmsal inkişaf və nəqliyyat naziri Naxçıvana səfər edib. Nazir Culfa şəhərində İranla sərhəddə körpü "
        "və sərhəd-keçid məntəqəsinə baş çəkib, rabitə infrastrukturunun genişləndirilməsi haqda fikir "
        "mübadiləsi aparılıb."
    )
    assert _events(text) == []


def test_the_press_as_the_audience_of_an_interview_names_no_media_area():
    text = (
        "Azərbaycanın xarici işlər naziri Türkiyəyə səfəri çərçivəsində media agentliklərinə müsahibə verib. "
        "Nazir media nümayəndələrinə Azərbaycanla Türkiyə arasında münasibətlər barədə məlumat verib."
    )
    assert _events(text) == []


def test_demonyms_in_li_built_on_the_states_name_make_parties():
    text = (
        "Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Bakıda macarıstanlı həmkarı ilə görüşüb və süni "
        "intellekt sahəsində əməkdaşlığı müzakirə edib."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "HUN"]


def test_bare_koreya_is_south_korea():
    text = "Azərbaycan və Koreya rəqəmsal inkişaf sahəsində memorandum imzalayıb."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("AGREE", ["AZE", "KOR"])


def test_a_signing_in_the_present_tense_is_signed():
    (event,) = _events("Azərbaycan və Gürcüstan süni intellekt sahəsində memorandum imzalayır")
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["AZE", "GEO"])


def test_military_technology_is_no_technology_news():
    text = "Azərbaycan və Türkiyənin müdafiə nazirləri hərbi texnologiya sahəsində əməkdaşlığı müzakirə ediblər."
    assert _events(text) == []


def test_the_organisation_before_a_framework_postposition_is_the_setting_not_a_party():
    text = (
        "ŞƏT sammiti çərçivəsində Azərbaycan və Qazaxıstan rəqəmsal inkişaf nazirləri görüşüb və süni intellekt "
        "sahəsində əməkdaşlığı müzakirə ediblər."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "KAZ"]


def test_states_before_a_framework_noun_phrase_stay_parties():
    text = "Azərbaycan ilə Qazaxıstan arasında əməkdaşlıq çərçivəsində kibertəhlükəsizlik üzrə memorandum imzalanıb."
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "KAZ"] and event["type"] == "AGREE"


def test_the_bare_minister_meeting_a_foreign_ambassador_is_the_publishers():
    text = (
        "Rəqəmsal inkişaf və nəqliyyat naziri Yaponiyanın səfiri ilə süni intellekt sahəsində əməkdaşlığı "
        "müzakirə edib."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT" and event["parties"] == ["AZE", "JPN"]


def test_a_state_beside_the_ambassador_does_not_give_the_deputy_minister_a_nationality():
    text = "Koreya Respublikasının səfiri nazir müavini ilə 5G şəbəkələri üzrə görüşüb."
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "KOR"]


def test_the_united_kingdom_with_its_mutated_genitive_stem():
    text = "Azərbaycan ilə Birləşmiş Krallığın nazirləri kibertəhlükəsizlik üzrə memorandum imzalayıblar."
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "GBR"]


def test_a_compass_word_opening_a_state_name_is_not_part_of_the_name_before_it():
    text = (
        "Nazir Rəşad Nəbiyev Cənubi Koreya Respublikasının səfiri ilə süni intellekt sahəsində əməkdaşlığı "
        "müzakirə edib."
    )
    (event,) = _events(text)
    assert "Rəşad Nəbiyev" in {p["name"] for p in event["people"]}
    assert event["parties"] == ["AZE", "KOR"]


def test_a_state_in_the_genitive_before_the_guests_title_leaves_the_first_minister_the_publishers():
    text = (
        "Rəqəmsal inkişaf və nəqliyyat naziri Rəşad Nəbiyev Koreya Respublikasının elm və İKT naziri Yu Sang-im "
        "ilə görüşüb.\n\nGörüşdə süni intellekt və 5G şəbəkələri sahəsində əməkdaşlıq imkanları müzakirə olunub."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "KOR"]
    people = {p["name"]: p["party"] for p in event["people"]}
    assert people["Rəşad Nəbiyev"] == "AZE"


def test_the_ministry_only_azerbaijan_has_acts_for_it():
    text = (
        "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi ilə Estoniyanın İqtisadiyyat və Kommunikasiyalar Nazirliyi "
        "arasında elektron hökumət sahəsində memorandum imzalanıb."
    )
    (event,) = _events(text)
    assert event["type"] == "AGREE" and event["parties"] == ["AZE", "EST"]


def test_disinformation_and_personal_data_protection_are_areas():
    text = (
        "Azərbaycan və Gürcüstan nazirləri dezinformasiyaya qarşı mübarizə və fərdi məlumatların qorunması "
        "üzrə memorandum imzalayıblar."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "GEO"]
    assert set(event["areas"]) == {"media_information", "internet_governance"}


def test_the_state_visited_before_a_framework_postposition_stays_a_party():
    text = (
        "Rəqəmsal inkişaf və nəqliyyat naziri Rəşad Nəbiyev Pakistana səfəri çərçivəsində bu ölkənin "
        "informasiya texnologiyaları naziri ilə görüşüb, süni intellekt sahəsində əməkdaşlıq müzakirə olunub."
    )
    (event,) = _events(text)
    assert event["parties"] == ["AZE", "PAK"]


def test_a_communications_and_it_minister_is_of_the_state_written_before_the_whole_title():
    events = _events(
        "Xarici işlər naziri Ceyhun Bayramov Qırğızıstanın kommunikasiya və informasiya texnologiyaları naziri "
        "Azamat Jumabayevin başçılıq etdiyi nümayəndə heyəti ilə görüşündə elektron hökumət sahəsində "
        "əməkdaşlığı müzakirə edib."
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("CONSULT", ["AZE", "KGZ"], ["e_government"])]
    minister = next(p for p in events[0]["people"] if p["name"].startswith("Azamat"))
    assert (minister["party"], minister["role"]) == ("KGZ", "minister of communications and IT")


def test_a_declaration_adopted_at_a_ministers_meeting_is_an_agreement():
    events = _events(
        "Türk Dövlətləri Təşkilatına üzv dövlətlərin rəqəmsal inkişaf nazirlərinin iclasında Azərbaycan, "
        "Qazaxıstan və Özbəkistan kibertəhlükəsizlik barədə bəyannamə qəbul edib."
    )
    assert ("AGREE", ["AZE", "KAZ", "UZB"], "agreed") in [(e["type"], e["parties"], e["status"]) for e in events]


def test_the_member_states_of_an_organisation_bring_it_into_their_ministers_meeting():
    events = _events(
        "Daşkənddə Şanxay Əməkdaşlıq Təşkilatına üzv dövlətlərin informasiya texnologiyaları üzrə nazirlərinin "
        "iclası keçirilib və Azərbaycan, Rusiya və Çin nümayəndələri süni intellekt barədə danışıblar."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["AZE", "CHN", "RUS", "SCO"])]
