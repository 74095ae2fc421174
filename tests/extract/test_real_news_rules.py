"""Event assembly on real pages (spec 1.1 conventions), each rule in at least three languages.

Sentences written for these tests, shaped like what real news pages do: multilateral meetings, lists of
partners, round-up headlines, page furniture, background history.
"""

from __future__ import annotations

import pytest

from techdip.extract.mentions import find_mentions
from techdip.extract.pipeline import extract
from techdip.extract.roles import party_roles
from techdip.lexicons import load
from techdip.model import Document
from techdip.text.normalize import normalize
from techdip.text.tokens import Tokens


def _events(text: str, lang: str) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


def _party_sets(text: str, lang: str) -> set[tuple[str, ...]]:
    return {tuple(e["parties"]) for e in _events(text, lang)}


# A meeting of several states is one event with all of them, never pairs around one of them.
MULTILATERAL = {
    "en": "Ministers of communications of Iran, Russia and China met in Moscow to discuss cooperation on "
    "artificial intelligence and cybersecurity.",
    "ru": "Министры связи Ирана, России и Китая провели встречу в Москве и обсудили сотрудничество в области "
    "искусственного интеллекта и кибербезопасности.",
    "fa": "وزیران ارتباطات ایران، روسیه و چین در مسکو دیدار کردند و درباره همکاری در حوزه هوش مصنوعی و امنیت "
    "سایبری گفتگو کردند.",
    "es": "Los ministros de telecomunicaciones de Irán, Rusia y China se reunieron en Moscú para conversar "
    "sobre la cooperación en inteligencia artificial y ciberseguridad.",
}


def test_a_meeting_of_several_states_is_one_event_with_all_of_them():
    for lang, text in MULTILATERAL.items():
        assert _party_sets(text, lang) == {("CHN", "IRN", "RUS")}, lang


# "separately": the home state's dealings with each partner are separate events.
SEPARATE = {
    "en": "Indonesia's minister of communications separately signed memoranda on data centres with Japan, "
    "Korea and Singapore.",
    "fr": "Le ministre sénégalais du numérique a signé séparément des mémorandums sur les centres de données "
    "avec le Maroc, la Tunisie et le Rwanda.",
    "ms": "Menteri Komunikasi Malaysia menandatangani memorandum secara berasingan dengan Jepun, Korea Selatan "
    "dan Singapura mengenai pusat data.",
}


def test_separately_makes_one_event_per_partner():
    expected = {
        "en": {("IDN", "JPN"), ("IDN", "KOR"), ("IDN", "SGP")},
        "fr": {("MAR", "SEN"), ("RWA", "SEN"), ("SEN", "TUN")},
        "ms": {("JPN", "MYS"), ("KOR", "MYS"), ("MYS", "SGP")},
    }
    for lang, text in SEPARATE.items():
        assert _party_sets(text, lang) == expected[lang], lang


# A round-up headline names the parties of several events the body reports one by one.
ROUND_UP = {
    "en": "Tech diplomacy week: Brazil and Angola sign satellite pact, Chile and Peru discuss submarine cable\n\n"
    "On Monday, Brazil and Angola signed a memorandum of understanding on satellite communications in "
    "Brasilia.\n\n"
    "On Thursday, the transport and telecommunications ministers of Chile and Peru met in Lima to discuss "
    "a submarine cable.\n",
    "pt": "Semana digital: Brasil e Angola assinam acordo sobre satélites, Chile e Peru discutem cabo submarino\n\n"
    "Na segunda-feira, o Brasil e Angola assinaram um memorando de entendimento sobre comunicações por "
    "satélite em Brasília.\n\n"
    "Na quinta-feira, os ministros das telecomunicações do Chile e do Peru reuniram-se em Lima para "
    "discutir um cabo submarino.\n",
    "es": "Semana digital: Brasil y Angola firman acuerdo sobre satélites, Chile y Perú discuten cable submarino\n\n"
    "El lunes, Brasil y Angola firmaron un memorando de entendimiento sobre comunicaciones por satélite en "
    "Brasilia.\n\n"
    "El jueves, los ministros de telecomunicaciones de Chile y Perú se reunieron en Lima para discutir un "
    "cable submarino.\n",
}


def test_a_round_up_headline_is_not_one_event_of_all_its_parties():
    for lang, text in ROUND_UP.items():
        sets = _party_sets(text, lang)
        assert ("AGO", "BRA") in sets and ("CHL", "PER") in sets, (lang, sets)
        assert all(len(parties) == 2 for parties in sets), (lang, sets)


def test_an_organisations_meeting_stays_beside_its_members_side_meetings():
    text = (
        "ECO postal ministers meet in Tehran\n\n"
        "Ministers of the Economic Cooperation Organization responsible for postal services met in Tehran "
        "with delegations of Iran, Turkey and Pakistan.\n\n"
        "On the sidelines, Iran's minister of ICT held talks with the Turkish deputy minister on postal "
        "cooperation.\n"
    )
    sets = _party_sets(text, "en")
    assert any("ECO" in parties and len(parties) >= 3 for parties in sets), sets


# Country words that only qualify a company or a university make no party.
COMPANY = {
    "en": "Turkey's Havelsan company and Qatar's Al Misned group signed an agreement on cybersecurity in Doha.",
    "ar": "وقعت شركة هافلسان التركية ومجموعة المسند القطرية اتفاقية تعاون في مجال الأمن السيبراني.",
    "es": "La empresa estadounidense Google y la universidad paraguaya firmaron un acuerdo sobre inteligencia "
    "artificial.",
}


def test_a_country_word_qualifying_a_company_or_university_is_no_party():
    for lang, text in COMPANY.items():
        assert _events(text, lang) == [], lang


# Generic "digital infrastructure" or "connectivity" names no area (spec §3); a portfolio in a title neither.
GENERIC_AREAS = {
    "en": "The ministers of ICT of Kenya and Rwanda met in Kigali to discuss digital infrastructure and connectivity.",
    "fr": "Les ministres du numérique du Sénégal et du Maroc se sont réunis à Dakar pour discuter de "
    "l'infrastructure numérique et de la connectivité.",
    "id": "Menteri Komunikasi Indonesia dan Menteri Digital Malaysia bertemu di Jakarta membahas infrastruktur "
    "digital dan konektivitas digital.",
}


def test_generic_digital_infrastructure_names_no_area():
    for lang, text in GENERIC_AREAS.items():
        events = _events(text, lang)
        assert events and all(e["areas"] == [] for e in events), (lang, events)


def test_areas_inside_an_officials_title_are_the_portfolio_not_the_topic():
    texts = {
        "en": "Kazakhstan's Minister of Digital Development, Innovation and Aerospace Industry Zhaslan Madiyev met "
        "the Ambassador of Korea Kim Dong-jin in Astana to discuss artificial intelligence.",
        "ru": "Министр цифрового развития, инноваций и аэрокосмической промышленности Казахстана Жаслан Мадиев "
        "встретился с послом Кореи Ким Дон Джином и обсудил искусственный интеллект.",
        "fr": "Le ministre canadien de l'Innovation, des Sciences et du Développement économique, Navdeep Bains, a "
        "rencontré le ministre français du numérique pour discuter d'intelligence artificielle.",
    }
    for lang, text in texts.items():
        events = _events(text, lang)
        assert events and all(e["areas"] == ["ai"] for e in events), (lang, events)


def test_the_state_of_a_ministers_portfolio_is_the_ministers_party():
    arabic = (
        "الرياض - استقبل وزير الاتصالات وتقنية المعلومات عبدالله السواحة وزير الاتصالات والاقتصاد الرقمي "
        "في دولة فلسطين عبدالرزاق النتشة لبحث التعاون في مجال الاقتصاد الرقمي."
    )
    assert ("PSE", "SAU") in _party_sets(arabic, "ar")
    turkish = (
        "Kazakistan Cumhuriyeti Enformasyon ve Haberleşme Bakanı Dauren Abayev ile Kırgız Cumhuriyeti Bilgi "
        "Teknolojileri ve Haberleşme Komitesi Başkanı Bakit Sharshembiyev Almatı'da siber güvenlik konusunda "
        "görüştü."
    )
    events = _events(turkish, "tr")
    assert {"KAZ", "KGZ"} <= {p for e in events for p in e["parties"]}, events
    people = {p["name"]: p["party"] for e in events for p in e["people"]}
    assert people.get("Dauren Abayev") == "KAZ", people


# "held bilateral meetings ... The delegations were A, B and C": one event per partner, with the home side.
IMPLIED_SUBJECT = {
    "id": "Menteri Komunikasi dan Informatika Johnny G Plate melakukan pertemuan bilateral dengan delegasi "
    "negara G20 di Bali untuk membahas aliran data lintas batas.\n\nAdapun delegasi negara yang bertemu "
    "Johnny itu di antaranya Argentina, Jerman, Kanada dan Jepang.",
    "en": "Indonesia's communications minister held bilateral meetings with G20 delegations in Bali on "
    "cross-border data flows.\n\nThe delegations he met included Argentina, Germany, Canada and Japan.",
    "fr": "Le ministre algérien de la Poste a eu plusieurs rencontres bilatérales à Alger sur les centres de "
    "données.\n\nIl s'est entretenu avec les ministres de la Tunisie, de la Mauritanie et des Comores.",
}


def test_a_list_of_partners_after_bilateral_meetings_gives_one_event_each_with_the_home_side():
    expected = {
        "id": {("ARG", "IDN"), ("DEU", "IDN"), ("CAN", "IDN"), ("IDN", "JPN")},
        "en": {("ARG", "IDN"), ("DEU", "IDN"), ("CAN", "IDN"), ("IDN", "JPN")},
        "fr": {("DZA", "TUN"), ("DZA", "MRT"), ("COM", "DZA")},
    }
    for lang, text in IMPLIED_SUBJECT.items():
        sets = _party_sets(text, lang)
        assert expected[lang] <= sets, (lang, sets)
        assert all(len(parties) == 2 or "G20" in parties for parties in sets), (lang, sets)


# An organisation's meeting, then the list of the states whose ministers took part: one meeting.
MEMBER_LIST = {
    "ru": "В Москве прошла встреча министров связи стран БРИКС. Руководители ИКТ-отраслей России, Бразилии, "
    "Индии, Китая и ЮАР обсудили переход к цифровой экономике.",
    "en": "The BRICS communications ministers met in Moscow. The ministers of Russia, Brazil, India, China and "
    "South Africa discussed the digital economy.",
    "pt": "Os ministros das Comunicações do BRICS reuniram-se em Moscou. Os ministros da Rússia, do Brasil, da "
    "Índia, da China e da África do Sul discutiram a economia digital.",
}


def test_the_states_listed_after_an_organisations_meeting_take_part_in_it():
    for lang, text in MEMBER_LIST.items():
        sets = _party_sets(text, lang)
        assert ("BRA", "BRICS", "CHN", "IND", "RUS", "ZAF") in sets, (lang, sets)


def test_the_state_in_a_ministers_official_title_after_the_portfolio_is_the_ministers_party():
    text = (
        "Saudi Arabia's Minister of Communications Abdullah Al-Sawaha met with the Minister of Economic "
        "Development and Innovation of the Republic of Italy, Mr. Giancarlo Giorgetti, to discuss space."
    )
    (event,) = _events(text, "en")
    people = {p["name"]: p["party"] for p in event["people"]}
    assert event["parties"] == ["ITA", "SAU"]
    assert any(name.endswith("Giorgetti") and party == "ITA" for name, party in people.items()), people


def test_a_lead_dates_the_year_and_the_body_the_day():
    text = (
        "Komdigi gelar pertemuan bilateral dengan Singapura\n\n"
        "JAKARTA – Pada tahun 2024 Kementerian Komunikasi dan Digital Indonesia menggelar pertemuan bilateral "
        "dengan Singapura mengenai pusat data.\n\n"
        "Pada Senin (25/11/2024), Menteri Komunikasi dan Digital Indonesia bertemu Menteri Singapura "
        "membahas pusat data."
    )
    dates = {e["date"] for e in _events(text, "id") if e["parties"] == ["IDN", "SGP"]}
    assert dates == {"2024-11-25"}, dates


# The venue is no party: "the Chinese capital", "on the sidelines of the G20".
VENUE = {
    "en": "Saudi Arabia's minister of communications Abdullah Alswaha met today in the Chinese capital, Beijing, "
    "the ambassador of Egypt to discuss artificial intelligence.",
    "fr": "En marge du sommet du G20, le ministre marocain du numérique a rencontré son homologue sénégalais pour "
    "discuter d'intelligence artificielle.",
    "es": "Al margen de la cumbre del G20, el ministro argentino de telecomunicaciones se reunió con su homólogo "
    "chileno para conversar sobre inteligencia artificial.",
}


def test_the_venue_state_or_organisation_is_no_party():
    expected = {"en": ("EGY", "SAU"), "fr": ("MAR", "SEN"), "es": ("ARG", "CHL")}
    for lang, text in VENUE.items():
        assert _party_sets(text, lang) == {expected[lang]}, (lang, _party_sets(text, lang))


# Generic intent inside talks belongs to the talks: no AGREE, no COOPERATE of its own (spec 1.1).
GENERIC_INTENT = {
    "en": "Pakistan's IT minister met the US ambassador in Islamabad to discuss artificial intelligence. The two "
    "sides agreed to strengthen cooperation in information technology.",
    "ar": "التقى وزير الاتصالات المصري بسفير السودان في القاهرة لبحث الذكاء الاصطناعي. واتفق الجانبان على تعزيز "
    "التعاون في مجال تكنولوجيا المعلومات.",
    "ru": "Министр цифрового развития России встретился с послом Вьетнама и обсудил искусственный интеллект. "
    "Стороны договорились о дальнейшем укреплении сотрудничества в области связи.",
}


def test_agreeing_to_strengthen_cooperation_inside_talks_is_not_an_agreement():
    for lang, text in GENERIC_INTENT.items():
        events = _events(text, lang)
        assert [e["type"] for e in events] == ["CONSULT"], (lang, events)
        assert events[0]["status"] == "agreed", (lang, events)


def test_agreeing_on_a_body_inside_talks_stays_an_agreement():
    text = (
        "Pakistan's IT minister met the US ambassador in Islamabad to discuss artificial intelligence. The two "
        "sides agreed to set up a joint working group on cybersecurity."
    )
    assert "AGREE" in {e["type"] for e in _events(text, "en")}


def test_a_signing_whose_ceremony_is_only_its_occasion_is_one_agreement():
    texts = {
        "en": "Morocco and Senegal signed a memorandum of understanding on e-government at a ceremony in Dakar.",
        "fr": "Le Maroc et le Sénégal ont signé un mémorandum d'entente sur l'administration électronique lors "
        "d'une cérémonie à Dakar.",
        "es": "Marruecos y Senegal firmaron un memorando de entendimiento sobre gobierno electrónico en una "
        "ceremonia en Dakar.",
    }
    for lang, text in texts.items():
        assert [e["type"] for e in _events(text, lang)] == ["AGREE"], (lang, _events(text, lang))


TALKS_ONLY_AROUND_THE_SIGNING = {
    "en": "Japan and Malaysia held talks in Tokyo and signed a memorandum of cooperation on cybersecurity.",
    "ja": "日本とマレーシアは東京で会談を行い、サイバーセキュリティ分野における協力覚書に署名した。",
    "ru": "Япония и Малайзия провели переговоры в Токио и подписали меморандум о сотрудничестве в области "
    "кибербезопасности.",
}

TALKS_WITH_THEIR_OWN_CONTENT = {
    "en": "Japan and Malaysia held talks in Tokyo and signed a memorandum of cooperation on cybersecurity. The "
    "memorandum covers data centres. Japanese minister Taro Kono thanked his hosts.",
    "ja": "日本とマレーシアは東京で会談を行い、サイバーセキュリティ分野における協力覚書に署名した。覚書はデータセンター"
    "を対象とする。河野太郎デジタル大臣は、マレーシア側に謝意を表した。",
}


def test_talks_reported_only_with_the_signing_are_the_agreement():
    for lang, text in TALKS_ONLY_AROUND_THE_SIGNING.items():
        assert [e["type"] for e in _events(text, lang)] == ["AGREE"], (lang, _events(text, lang))


def test_talks_whose_officials_speak_apart_from_the_signing_stay_an_event():
    for lang, text in TALKS_WITH_THEIR_OWN_CONTENT.items():
        assert {e["type"] for e in _events(text, lang)} == {"AGREE", "CONSULT"}, (lang, _events(text, lang))


GENERIC_ICT = {
    "ru": "Президент Египта встретился с президентом Саудовской Аравии и обсудил сотрудничество в сфере ИКТ.",
    "ar": "التقى الرئيس المصري بالرئيس السعودي وبحثا التعاون في مجال تكنولوجيا المعلومات والاتصالات.",
    "fr": "Le président égyptien a rencontré le président saoudien pour discuter de la coopération dans les TIC.",
    "tr": "Mısır Cumhurbaşkanı Suudi Arabistan Cumhurbaşkanı ile görüştü ve bilgi ve iletişim teknolojileri "
    "alanında işbirliğini ele aldı.",
    "zh": "埃及总统会见沙特总统，双方讨论了信息通信技术领域的合作。",
    "fa": "رئیس جمهور مصر با رئیس جمهور عربستان دیدار کرد و درباره همکاری در حوزه فناوری اطلاعات و ارتباطات گفتگو کرد.",
}


def test_cooperation_in_ict_in_general_is_technology_news_with_no_area():
    for lang, text in GENERIC_ICT.items():
        events = _events(text, lang)
        assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("CONSULT", ["EGY", "SAU"], [])], lang


INTEREST_IN_SIGNING = {
    "en": "The Thai minister expressed interest in signing a memorandum of understanding with Iran on cybersecurity.",
    "fa": "وزیر تایلند برای امضای تفاهم نامه همکاری با ایران در حوزه امنیت سایبری ابراز علاقه کرد.",
    "ru": "Министр Таиланда выразил заинтересованность в подписании меморандума о взаимопонимании с Ираном в "
    "сфере кибербезопасности.",
}


def test_interest_in_signing_is_a_proposal_not_a_signature():
    for lang, text in INTEREST_IN_SIGNING.items():
        events = _events(text, lang)
        assert [(e["type"], e["status"]) for e in events] == [("AGREE", "proposed")], (lang, events)


TELECOMMUNICATIONS = {
    "en": "The Angolan minister received the ambassadors of Gabon and Zambia to discuss cooperation in "
    "telecommunications.",
    "fr": "Le ministre angolais a reçu les ambassadeurs du Gabon et de la Zambie pour discuter de la coopération "
    "dans les télécommunications.",
    "de": "Der angolanische Minister empfing die Botschafter Gabuns und Sambias, um über die Zusammenarbeit in der "
    "Telekommunikation zu sprechen.",
}


def test_cooperation_in_telecommunications_is_telecom_infrastructure():
    for lang, text in TELECOMMUNICATIONS.items():
        assert [e["areas"] for e in _events(text, lang)] == [["telecom_infrastructure"]], (lang, _events(text, lang))


# Intent voiced by some of an agreement's parties, the speaker unnamed, is part of that agreement.
INTENT_OF_SOME_SIGNERS = {
    "en": 'Ukraine, the United Kingdom and Estonia signed a memorandum on digital cooperation. "We also agreed with '
    'Estonia and the UK to strengthen cooperation in e-government," the minister said.',
    "fr": "L'Ukraine, le Royaume-Uni et l'Estonie ont signé un mémorandum sur la coopération numérique. « Nous avons "
    "aussi convenu avec l'Estonie et le Royaume-Uni de renforcer la coopération dans l'administration "
    "électronique », a déclaré le ministre.",
    "es": "Ucrania, el Reino Unido y Estonia firmaron un memorando sobre cooperación digital. «También acordamos "
    "con Estonia y el Reino Unido fortalecer la cooperación en gobierno electrónico», dijo el ministro.",
}

# What a memorandum provides for ("its purpose is to create joint mechanisms") is the agreement, not cooperation.
WHAT_THE_MEMORANDUM_PROVIDES = {
    "de": "Estland und die Ukraine unterzeichneten in Tallinn ein Memorandum zur digitalen Transformation. Das "
    "Memorandum sieht gemeinsame Projekte zur Cybersicherheit vor, die künftig starten sollen.",
    "ru": "Эстония и Украина подписали в Таллине меморандум о цифровой трансформации. Меморандум предусматривает "
    "совместные проекты в сфере кибербезопасности, которые начнутся в следующем году.",
    "en": "Estonia and Ukraine signed a memorandum on digital transformation in Tallinn. The memorandum provides for "
    "joint projects in cybersecurity that are to start next year.",
}


# Support the memorandum provides for is the agreement, not an offer of aid of its own.
SUPPORT_THE_MEMORANDUM_PROVIDES = {
    "ru": "Россия и Палестина подписали соглашение о сотрудничестве в сфере связи. Меморандум предполагает оказание "
    "взаимной поддержки российским и палестинским специалистам в сфере кибербезопасности.",
    "en": "Russia and Palestine signed an agreement on cooperation in communications. The memorandum provides for "
    "technical assistance to Russian and Palestinian specialists in cybersecurity.",
    "fr": "La Russie et la Palestine ont signé un accord de coopération dans les communications. Le mémorandum "
    "prévoit une assistance technique aux spécialistes russes et palestiniens en cybersécurité.",
}


def test_support_a_memorandum_provides_for_is_the_agreement():
    for lang, text in SUPPORT_THE_MEMORANDUM_PROVIDES.items():
        assert [e["type"] for e in _events(text, lang)] == ["AGREE"], (lang, _events(text, lang))


def test_intent_voiced_by_some_signers_is_part_of_their_agreement():
    for lang, text in INTENT_OF_SOME_SIGNERS.items():
        assert [(e["type"], e["parties"]) for e in _events(text, lang)] == [("AGREE", ["EST", "GBR", "UKR"])], (
            lang,
            _events(text, lang),
        )


def test_what_a_memorandum_provides_for_is_the_agreement():
    for lang, text in WHAT_THE_MEMORANDUM_PROVIDES.items():
        assert [e["type"] for e in _events(text, lang)] == ["AGREE"], (lang, _events(text, lang))


# The European Space Agency is not the European Union: an agency off the spec's list is no party.
SPACE_AGENCY = {
    "hi": "भारत ने यूरोपीय अंतरिक्ष एजेंसी के साथ साइबर सुरक्षा पर एक समझौते पर हस्ताक्षर किए।",
    "en": "India signed an agreement with the European Space Agency on satellite data and cybersecurity.",
    "ru": "Индия подписала соглашение с Европейским космическим агентством о спутниках и кибербезопасности.",
}


def test_the_european_space_agency_is_not_the_european_union():
    for lang, text in SPACE_AGENCY.items():
        assert all("EU" not in e["parties"] for e in _events(text, lang)), (lang, _events(text, lang))


# A side meeting "on the sidelines of the 28th Congress of the UPU": the ordinal and the meeting's name stand between
# the cue and the organisation, which is still the setting, not a party.
SIDELINES_OF_A_NUMBERED_MEETING = {
    "fa": "معاون وزیر ارتباطات ایران در حاشیه بیست و هشتمین کنگره اتحادیه جهانی پست در دبی با معاون وزیر پست چین "
    "درباره همکاری پستی دیدار و گفتگو کرد.",
    "ar": "على هامش الدورة الثامنة والعشرين لمؤتمر الاتحاد البريدي العالمي في دبي، بحث وزيرا إيران والصين التعاون "
    "في المجال البريدي.",
    "en": "On the sidelines of the 28th Congress of the Universal Postal Union in Dubai, the ministers of Iran and "
    "China discussed postal cooperation.",
}


def test_the_organisation_of_a_numbered_meeting_is_the_setting_of_a_side_meeting():
    for lang, text in SIDELINES_OF_A_NUMBERED_MEETING.items():
        assert _party_sets(text, lang) == {("CHN", "IRN")}, (lang, _events(text, lang))


# An Arabic family name that is a nisba ("al-Sudani", "al-Kuwaiti") right after a person's name is no party.
NISBA_NAMES = {
    "ar": "التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الاتصالات الإيراني لبحث التعاون في مجال الأمن السيبراني.",
    "fa": "نخست وزیر عراق محمد شیاع السودانی با وزیر ارتباطات ایران درباره همکاری در حوزه امنیت سایبری دیدار کرد.",
    "ur": "عراق کے وزیر اعظم محمد شیاع السودانی نے ایران کے وزیر مواصلات سے سائبر سیکیورٹی میں تعاون پر ملاقات کی۔",
}


def test_an_arabic_nisba_after_a_name_is_a_family_name_not_a_party():
    for lang, text in NISBA_NAMES.items():
        assert _party_sets(text, lang) == {("IRN", "IRQ")}, (lang, _events(text, lang))


# Digital transformation and digitalisation in general make technology news, with no area (spec §3).
DIGITALISATION = {
    "en": "The ministers of Egypt and Saudi Arabia met in Cairo to discuss cooperation in digital transformation.",
    "ru": "Министры Египта и Саудовской Аравии встретились в Каире и обсудили сотрудничество в области цифровизации.",
    "de": "Die Minister Ägyptens und Saudi-Arabiens trafen sich in Kairo, um über die Zusammenarbeit bei der "
    "Digitalisierung zu sprechen.",
    "ar": "التقى وزيرا مصر والسعودية في القاهرة لبحث التعاون في مجال التحول الرقمي.",
}


def test_cooperation_in_digital_transformation_is_technology_news_with_no_area():
    for lang, text in DIGITALISATION.items():
        assert [(e["parties"], e["areas"]) for e in _events(text, lang)] == [(["EGY", "SAU"], [])], (
            lang,
            _events(text, lang),
        )


# What the article recalls ("It is recalled that", "Напомним", "Przypomnijmy") is background, not news (spec §2).
RECALLED = {
    "en": "Estonia and Ukraine signed a memorandum on cybersecurity. It is recalled that Estonia and Poland signed an "
    "agreement on e-government.",
    "ru": "Эстония и Украина подписали меморандум о кибербезопасности. Напомним, что Эстония и Польша подписали "
    "соглашение об электронном правительстве.",
    "pl": "Estonia i Ukraina podpisały memorandum o cyberbezpieczeństwie. Przypomnijmy, że Estonia i Polska "
    "podpisały porozumienie o e-administracji.",
}


def test_what_the_article_recalls_is_background_not_news():
    for lang, text in RECALLED.items():
        assert _party_sets(text, lang) == {("EST", "UKR")}, (lang, _events(text, lang))


# A heading that opens background ("Hintergrund:", "Справка", "خلفية") makes the rest of the article context;
# the same word inside a sentence of the story does not.
BACKGROUND_SECTION = {
    "en": (
        "Estonia and Ukraine discuss cybersecurity\n\nThe ministers of digital affairs of Estonia and Ukraine met in "
        "Tallinn today and discussed cooperation in cybersecurity.\n\n{}\n\nEstonia and Ukraine signed an "
        "agreement on e-government.",
        "Background",
        "The background of these exchanges goes back to years of contacts between experts.",
    ),
    "de": (
        "Estland und die Ukraine beraten über Cybersicherheit\n\nDie Digitalminister Estlands und der Ukraine "
        "trafen sich heute in Tallinn und berieten über die Zusammenarbeit in der Cybersicherheit.\n\n{}\n\n"
        "Estland und die Ukraine unterzeichneten ein Abkommen über E-Government.",
        "Hintergrund:",
        "Der Hintergrund reicht Jahre zurück, in denen sich Fachleute regelmäßig austauschten.",
    ),
    "ru": (
        "Эстония и Украина обсудили кибербезопасность\n\nМинистры цифрового развития Эстонии и Украины встретились "
        "сегодня в Таллине и обсудили сотрудничество в области кибербезопасности.\n\n{}\n\nЭстония и Украина "
        "подписали соглашение об электронном правительстве.",
        "Справка",
        "Справка о встрече была опубликована на сайте министерства вечером.",
    ),
}


@pytest.mark.parametrize("lang", sorted(BACKGROUND_SECTION))
def test_what_follows_a_background_heading_is_context_not_news(lang):
    text, heading, sentence = BACKGROUND_SECTION[lang]
    assert {e["type"] for e in _events(text.format(heading), lang)} == {"CONSULT"}
    assert {e["type"] for e in _events(text.format(sentence), lang)} >= {"CONSULT", "AGREE"}


COLLABORATION_IN_TALKS = [
    "Pakistan's IT minister met the Uzbek ambassador in Islamabad. Both agreed on the importance of increasing "
    "collaboration in artificial intelligence.",
    "Pakistan's IT minister met the Uzbek ambassador in Islamabad. They agreed to strengthen relations in "
    "cybersecurity.",
    "Pakistan's IT minister met the Uzbek ambassador in Islamabad. The two sides agreed on closer cooperation in "
    "5G networks.",
]


@pytest.mark.parametrize("text", COLLABORATION_IN_TALKS)
def test_agreeing_on_closer_collaboration_in_talks_is_the_talks(text: str):
    assert [(e["type"], e["status"]) for e in _events(text, "en")] == [("CONSULT", "agreed")], _events(text, "en")


COLLABORATION_IN_TALKS_ELSEWHERE = {
    "de": "Die Digitalminister Deutschlands und Japans trafen sich in Tokio. Bei den Gesprächen einigten sich "
    "beide Seiten auf eine Zusammenarbeit bei Unterseekabeln.",
    "fr": "Le ministre marocain du numérique a reçu l'ambassadeur du Japon à Rabat. Les deux parties ont convenu "
    "de resserrer les liens dans la cybersécurité.",
    "tr": "Türkiye Ulaştırma Bakanı, Azerbaycan Dijital Kalkınma Bakanı ile Ankara'da görüştü. İki bakan yapay "
    "zeka alanında ilişkileri güçlendirmek konusunda anlaştı.",
}


@pytest.mark.parametrize("lang", sorted(COLLABORATION_IN_TALKS_ELSEWHERE))
def test_agreeing_on_cooperation_in_talks_is_the_talks_in_other_languages(lang: str):
    events = _events(COLLABORATION_IN_TALKS_ELSEWHERE[lang], lang)
    assert [(e["type"], e["status"]) for e in events] == [("CONSULT", "agreed")], events


# An organisation's meeting told again with one member is still that one meeting of all (spec §2); what one member
# reports the meeting adopted is agreed by all who met.
ONE_MEMBER_AT_THE_MEETING = {
    "en": "BRICS communications ministers met in Moscow\n\nThe communications ministers of Russia, China and India "
    "met in Moscow at the BRICS ministerial meeting and discussed cooperation in artificial intelligence. At the "
    "BRICS meeting, Russia's minister spoke about cybersecurity. The BRICS ministers adopted a joint declaration on "
    "artificial intelligence, the Russian minister said.",
    "fr": "Réunion des ministres des TIC des BRICS à Moscou\n\nLes ministres des communications de la Russie, de la "
    "Chine et de l'Inde se sont réunis à Moscou lors de la réunion ministérielle des BRICS et ont discuté de la "
    "coopération dans l'intelligence artificielle. Lors de la réunion des BRICS, le ministre russe a parlé de la "
    "cybersécurité. Les ministres des BRICS ont adopté une déclaration commune sur l'intelligence artificielle, a "
    "indiqué le ministre russe.",
    "ru": "Министры связи БРИКС встретились в Москве\n\nМинистры связи России, Китая и Индии встретились в Москве "
    "на министерской встрече БРИКС и обсудили сотрудничество в области искусственного интеллекта. На встрече БРИКС "
    "российский министр рассказал о кибербезопасности.",
}


@pytest.mark.parametrize("lang", sorted(ONE_MEMBER_AT_THE_MEETING))
def test_one_member_at_an_organisations_meeting_is_that_meeting(lang: str):
    assert _party_sets(ONE_MEMBER_AT_THE_MEETING[lang], lang) == {("BRICS", "CHN", "IND", "RUS")}


# A sentence whose states only qualify companies ("Chinese tech giants") is about those companies: it takes no
# parties from the story so far.
COMPANIES_TALK_TOO = {
    "en": "France and Estonia signed an agreement on cybersecurity in Paris. Chinese tech giants and American "
    "telcos also held talks on 5G networks.",
    "fr": "La France et l'Estonie ont signé un accord sur la cybersécurité à Paris. Les géants américains du "
    "numérique et les équipementiers chinois ont aussi discuté des réseaux 5G.",
    "de": "Frankreich und Estland unterzeichneten in Paris ein Abkommen zur Cybersicherheit. Chinesische Konzerne "
    "und amerikanische Tech-Riesen führten auch Gespräche über 5G-Netze.",
}


@pytest.mark.parametrize("lang", sorted(COMPANIES_TALK_TOO))
def test_companies_named_by_their_country_are_not_the_story_parties(lang: str):
    events = _events(COMPANIES_TALK_TOO[lang], lang)
    assert [(e["type"], e["parties"]) for e in events] == [("AGREE", ["EST", "FRA"])], events


# A company word ending one sentence does not qualify the state that opens the next one.
def _roles(text: str, lang: str) -> list[tuple[str, str | None]]:
    lexicon = load(lang)
    norm = normalize(text, lexicon.keep_marks)
    mentions = find_mentions(norm, lexicon)
    roles = party_roles(mentions, Tokens(norm.text), norm.text)
    return [(m.value, roles.get(m)) for m in mentions if m.category == "party"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The talks covered support for local companies. China is ready to share its expertise."),
        ("fr", "Les entretiens ont porté sur le soutien aux entreprises. La Chine est prête à partager son expertise."),
        ("ms", "Rundingan turut menyentuh sokongan kepada syarikat. China bersedia berkongsi kepakaran."),
    ],
)
def test_a_company_word_in_the_sentence_before_does_not_qualify_a_state(lang: str, text: str):
    assert _roles(text, lang) == [("CHN", "actor")]
    assert _roles(text.replace(". ", " "), lang) == [("CHN", "origin")]


# A signing the text schedules for later is proposed, whatever word names it.
SCHEDULED_SIGNING = {
    "ar": "وزير الاتصالات المصري يستقبل نظيره السعودي في القاهرة. ومن المقرر توقيع العديد من اتفاقيات التعاون بين "
    "مصر والسعودية في مجال البريد والتي سوف يتم متابعتها.",
    "fa": "وزیر ارتباطات ایران با همتای ارمنستانی خود در تهران دیدار کرد. امضای تفاهم‌نامه همکاری میان ایران و "
    "ارمنستان در حوزه پست در ماه آینده انجام خواهد شد.",
    "ru": "Министр связи Египта встретился с саудовским коллегой в Каире. Подписание соглашения между Египтом и "
    "Саудовской Аравией о почтовой связи состоится в следующем месяце.",
}


@pytest.mark.parametrize("lang", sorted(SCHEDULED_SIGNING))
def test_a_scheduled_signing_is_proposed(lang: str):
    events = _events(SCHEDULED_SIGNING[lang], lang)
    assert [e["status"] for e in events if e["type"] == "AGREE"] == ["proposed"], events


# With no talks reported, generic intent of an agreement's parties is what the agreement says, not talks.
INTENT_OF_AN_AGREEMENT = {
    "en": "Pakistan's federal cabinet approved an agreement with Saudi Arabia on information technology. Pakistan "
    "and Saudi Arabia have decided to increase cooperation in the digital economy and e-government.",
    "fr": "Le gouvernement pakistanais a approuvé un accord avec l'Arabie saoudite sur les technologies de "
    "l'information. Le Pakistan et l'Arabie saoudite ont convenu de renforcer la coopération dans l'économie "
    "numérique.",
    "ar": "وافق مجلس الوزراء الباكستاني على اتفاقية مع السعودية في مجال تقنية المعلومات. واتفقت السعودية وباكستان على "
    "تعزيز التعاون في مجال الاقتصاد الرقمي.",
}


@pytest.mark.parametrize("lang", sorted(INTENT_OF_AN_AGREEMENT))
def test_generic_intent_with_no_talks_belongs_to_the_agreement(lang: str):
    events = _events(INTENT_OF_AN_AGREEMENT[lang], lang)
    assert [(e["type"], e["parties"]) for e in events] == [("AGREE", ["PAK", "SAU"])], events


# "Separate memorandums with A and B": one signing with each partner (cue separate).
SEPARATE_DOCUMENTS = {
    "en": "Egypt signs ICT MoUs with Somalia and Palestine\n\nEgypt's communications minister has signed separate "
    "memorandums of understanding with his Palestinian and Somali counterparts on postal services.",
    "fr": "L'Egypte signe des protocoles d'accord avec la Somalie et la Palestine\n\nLe ministre égyptien des "
    "communications a signé des protocoles d'accord distincts avec ses homologues palestinien et somalien sur les "
    "services postaux.",
    "de": "Ägypten unterzeichnet Absichtserklärungen mit Somalia und Palästina\n\nDer ägyptische "
    "Kommunikationsminister hat mit seinen Amtskollegen aus Palästina und Somalia getrennte Absichtserklärungen zu "
    "Postdiensten unterzeichnet.",
    "ar": "مصر توقع مذكرات تفاهم مع الصومال وفلسطين\n\nوقع وزير الاتصالات المصري مذكرتي تفاهم منفصلتين مع نظيريه "
    "الفلسطيني والصومالي في مجال البريد.",
}


@pytest.mark.parametrize("lang", sorted(SEPARATE_DOCUMENTS))
def test_separate_documents_with_several_partners_are_one_signing_with_each(lang: str):
    assert _party_sets(SEPARATE_DOCUMENTS[lang], lang) == {("EGY", "PSE"), ("EGY", "SOM")}


# An article that names no home: the state named before its officials' counterparts is the subject of each
# signing, and a headline naming only the partners is not an event of the partners with each other.
WITH_COUNTERPARTS = {
    "en": "Memorandums signed with Palestine and Somalia\n\nThe Egyptian communications minister signed memorandums "
    "of understanding with each of his Palestinian counterpart and his Somali counterpart on postal services. The "
    "memorandum with Somalia also covers training, and the one with Palestine covers e-government.",
    "fr": "Protocoles d'accord signés avec la Palestine et la Somalie\n\nLe ministre égyptien des communications a "
    "signé des protocoles d'accord avec chacun de ses homologues palestinien et somalien sur les services postaux. "
    "Le protocole avec la Somalie porte aussi sur la formation, celui avec la Palestine sur l'administration "
    "électronique.",
    "ar": "مذكرات تفاهم مع فلسطين والصومال\n\nوقع وزير الاتصالات المصري مذكرات تفاهم مع كل من نظيره الفلسطيني ونظيره "
    "الصومالي في مجال البريد. وتشمل المذكرة مع الصومال التدريب، والمذكرة مع فلسطين الحكومة الإلكترونية.",
}


@pytest.mark.parametrize("lang", sorted(WITH_COUNTERPARTS))
def test_the_state_whose_counterparts_are_named_signs_with_each(lang: str):
    assert _party_sets(WITH_COUNTERPARTS[lang], lang) == {("EGY", "PSE"), ("EGY", "SOM")}


# A photo caption ("File photo:", "Archivbild:", "Архивное фото:") tells the picture's occasion, not news.
CAPTIONED = {
    "en": "File photo: India's prime minister with his Sri Lankan counterpart before a meeting in New Delhi.\n\n"
    "India and Sri Lanka signed a memorandum of understanding on e-government.",
    "de": "Archivbild: Die Digitalminister Indiens und Sri Lankas bei Gesprächen über Cybersicherheit in "
    "Neu-Delhi.\n\nIndien und Sri Lanka unterzeichneten eine Absichtserklärung zum E-Government.",
    "ru": "Архивное фото: министры связи Индии и Шри-Ланки на переговорах о кибербезопасности в Нью-Дели.\n\n"
    "Индия и Шри-Ланка подписали меморандум о сотрудничестве в области электронного правительства.",
}


@pytest.mark.parametrize("lang", sorted(CAPTIONED))
def test_a_photo_caption_reports_no_event(lang: str):
    assert [e["type"] for e in _events(CAPTIONED[lang], lang)] == ["AGREE"]


# A state's adjective beside one of its own cities is the city's address, not a party.
CITY_WITH_ITS_STATE = {
    "ar": "بحث وزير الاتصالات الإيراني مع نظيره القطري في جنيف السويسرية سبل التعاون في مجال الأمن السيبراني.",
    "ru": "Министр связи Ирана обсудил с катарским коллегой в швейцарской Женеве сотрудничество в области "
    "кибербезопасности.",
    "de": "Der iranische Kommunikationsminister sprach mit seinem katarischen Amtskollegen im schweizerischen Genf "
    "über die Zusammenarbeit bei der Cybersicherheit.",
}


@pytest.mark.parametrize("lang", sorted(CITY_WITH_ITS_STATE))
def test_a_state_adjective_beside_its_city_is_the_address(lang: str):
    assert _party_sets(CITY_WITH_ITS_STATE[lang], lang) == {("IRN", "QAT")}


# "Iran's minister met his counterparts, the Egyptian, the Saudi and the Qatari, each separately": Iran deals with
# each, even in a paper from Cairo.
COUNTERPARTS_ONE_BY_ONE = {
    "ar": "القاهرة – اجتمع وزير الاتصالات الإيراني ونظرائه المصري والسعودي والقطري، كلاً على انفراد، لبحث التعاون في "
    "مجال الأمن السيبراني.",
    "en": "CAIRO - Iran's communications minister met his counterparts from Egypt, Saudi Arabia and Qatar separately "
    "to discuss cooperation in cybersecurity.",
    "fr": "LE CAIRE - Le ministre iranien des communications a rencontré séparément ses homologues égyptien, saoudien "
    "et qatari pour discuter de la coopération en cybersécurité.",
}


@pytest.mark.parametrize("lang", sorted(COUNTERPARTS_ONE_BY_ONE))
def test_the_state_whose_counterparts_are_met_one_by_one_meets_each(lang: str):
    assert _party_sets(COUNTERPARTS_ONE_BY_ONE[lang], lang) == {("EGY", "IRN"), ("IRN", "SAU"), ("IRN", "QAT")}


# An official named with a former office ("former minister", "(当時)", "бывший министр") is recalled, not acting.
FORMER_OFFICIAL = {
    "en": (
        "Japan's communications minister Taro Matsumoto met Vietnam's information minister Nguyen Manh Hung in Tokyo "
        "and they renewed a memorandum on ICT, first signed by former minister Sanae Takaichi.",
        "Sanae Takaichi",
    ),
    "ja": (
        "松本総務大臣は、ベトナムのグエン・マイン・フン情報通信大臣と会談し、覚書を更新しました。覚書は令和2年1月に"
        "高市総務大臣(当時)とフン大臣の間で署名されています。",
        "高市",
    ),
    "ru": (
        "Министр связи Японии Таро Мацумото встретился с министром информации Вьетнама Нгуеном Мань Хунгом и продлил "
        "меморандум, который подписала бывший министр Санаэ Такаити.",
        "Санаэ Такаити",
    ),
}


@pytest.mark.parametrize("lang", sorted(FORMER_OFFICIAL))
def test_an_official_of_a_former_office_is_not_one_of_the_people(lang: str):
    text, former = FORMER_OFFICIAL[lang]
    names = {p["name"] for e in _events(text, lang) for p in e["people"]}
    assert names and former not in names


# "with each of A and B": one signing with each partner (cue separate).
WITH_EACH_OF = {
    "ar": "وقع وزير الاتصالات المصري مذكرات تفاهم مع كل من الحكومتين الفلسطينية والصومالية لتعزيز التعاون في مجال "
    "الأمن السيبراني.",
    "en": "Egypt's minister signed memoranda of understanding with each of the Palestinian and Somali governments on "
    "cybersecurity.",
    "fr": "Le ministre égyptien a signé des protocoles d'accord avec chacun des gouvernements palestinien et somalien "
    "sur la cybersécurité.",
}


def test_signing_with_each_of_several_states_is_one_signing_with_each():
    for lang, text in WITH_EACH_OF.items():
        assert _party_sets(text, lang) == {("EGY", "PSE"), ("EGY", "SOM")}, (lang, _events(text, lang))


# "le ministre marocain des Télécommunications": the state's adjective between a title and its portfolio leaves the
# portfolio a portfolio, not the field of the talks (spec §3).
PORTFOLIO_AFTER_DEMONYM = {
    "fr": "Le ministre marocain des Télécommunications a rencontré son homologue sénégalais pour discuter de "
    "cybersécurité.",
    "fr-f": "La ministre sénégalaise des Télécommunications a reçu son homologue marocain pour parler de "
    "cybersécurité.",
    "it": "Il ministro marocchino delle Telecomunicazioni ha incontrato il suo omologo senegalese per discutere di "
    "sicurezza informatica.",
}


def test_a_portfolio_after_a_state_adjective_names_no_area():
    for key, text in PORTFOLIO_AFTER_DEMONYM.items():
        lang = key[:2]
        assert [e["areas"] for e in _events(text, lang)] == [["cybersecurity"]], (key, _events(text, lang))


# A cabinet meeting is one government's own meeting: approving an MoU there is the agreement, not talks (spec §2).
CABINET_MEETING = {
    "en": "The Union Cabinet meeting chaired by the Prime Minister approved the memorandum of understanding between "
    "India and Angola on cybersecurity.",
    "hi": "प्रधानमंत्री की अध्यक्षता में केन्द्रीय मंत्रिमंडल की बैठक में साइबर सुरक्षा के क्षेत्र में भारत और अंगोला के बीच "
    "समझौता ज्ञापन को मंजूरी दी गई।",
    "ru": "На заседании правительства был одобрен меморандум между Россией и Анголой о сотрудничестве в области "
    "кибербезопасности.",
}


def test_a_cabinet_meeting_that_approves_an_agreement_is_no_talks():
    for lang, text in CABINET_MEETING.items():
        assert "CONSULT" not in {e["type"] for e in _events(text, lang)}, (lang, _events(text, lang))
        assert _events(text, lang), lang


# Dates: the page's stamp is the publication, history is no event date, a bare year is a period.
def test_the_page_stamp_is_the_publication_date_not_the_event_date():
    texts = {
        "de": " date 2026-02-20 NEU-DELHI (dpa-AFX) - Deutschland und Indien haben eine Vereinbarung über "
        "Zusammenarbeit bei künstlicher Intelligenz unterzeichnet.",
        "fa": " date 2025-12-06 وزیر ارتباطات ایران و وزیر دیجیتال روسیه تفاهم‌نامه همکاری در زمینه هوش مصنوعی "
        "امضا کردند.",
        "en": " date 2018-05-24 India and Angola signed a memorandum of understanding on electronics and "
        "information technology.",
    }
    for lang, text in texts.items():
        article = extract(Document(id="t", text=text, source="t", lang=lang))
        assert article.published is not None and article.published == text.split()[1], lang
        assert article.events and all(e.date is None for e in article.events), (lang, article.events)


def test_history_and_bare_years_do_not_date_todays_event():
    texts = {
        "en": " date 2022-02-10 Malaysia and Indonesia ministers met in Jakarta on cybersecurity. The two "
        "countries signed a memorandum on telecommunications on July 13, 1984.",
        "es": " date 2019-03-26 Cuba y Rusia se reunieron en La Habana sobre ciberseguridad en 2019 y recordaron "
        "el acuerdo firmado el 22 de abril de 2000.",
        "ja": " date 2016-09-16 日本とベトナムの総務大臣は2016年に東京で会談し、平成22年9月の覚書に基づくサイバーセキュリティ協力を確認した。",
    }
    for lang, text in texts.items():
        events = _events(text, lang)
        assert events and all(e["date"] is None for e in events), (lang, events)


# The officials listed right after a multilateral meeting took part in it.
ROLL_CALL = {
    "en": "The ASEAN digital ministers met China's minister of industry and information technology Miao Wei by "
    "video link. Brunei's minister of communications Abdul Mutalib, Cambodia's minister of posts Tram Iv Tek "
    "and Thailand's minister of digital economy Puttipong spoke on the digital economy.",
    "zh": "东盟数字部长会议通过视频形式举行,中国工业和信息化部部长苗圩作主旨发言。文莱交通和信息通信部部长穆塔里布、"
    "柬埔寨邮电部部长谢万迪、泰国数字经济社会部部长普缇蓬围绕数字经济进行发言。",
    "ru": "Министры цифрового развития АСЕАН провели встречу с министром промышленности Китая Мяо Вэем. Министр связи "
    "Брунея Абдул Муталиб, министр почт Камбоджи Трам Ив Тек и министр цифровой экономики Таиланда Путтипонг "
    "выступили по вопросам цифровой экономики.",
}


def test_the_officials_listed_after_a_multilateral_meeting_take_part_in_it():
    for lang, text in ROLL_CALL.items():
        parties = {p for e in _events(text, lang) for p in e["parties"]}
        assert {"ASEAN", "BRN", "CHN", "KHM", "THA"} <= parties, (lang, parties)


# "Both ministers reviewed ...": a sentence about the two parties just introduced, before any event.
BOTH = {
    "es": "El ministro de Comunicaciones de Cuba y el ministro de Industria de China, Miao Wei, se encontraron "
    "en Beijing. Ambos ministros repasaron la colaboración en telefonía móvil y ciberseguridad.",
    "de": "Der deutsche Wirtschaftsminister Peter Altmaier und der japanische Wirtschaftsminister Hiroshige Seko "
    "trafen sich in Tokio. Beide unterzeichneten eine Absichtserklärung zur Zusammenarbeit bei künstlicher "
    "Intelligenz.",
    "fr": "La ministre béninoise du numérique et le ministre ivoirien de l'économie numérique étaient à Abidjan. "
    "Les deux ministres ont discuté de la dématérialisation de l'administration.",
}


def test_both_in_a_sentence_of_its_own_refers_to_the_parties_just_named():
    expected = {"es": ("CHN", "CUB"), "de": ("DEU", "JPN"), "fr": ("BEN", "CIV")}
    for lang, text in BOTH.items():
        assert expected[lang] in _party_sets(text, lang), (lang, _events(text, lang))


def test_demonyms_of_smaller_states_make_parties():
    texts = {
        "pt": "O ministro moçambicano da Ciência e Tecnologia e o seu homólogo zambiano assinaram um memorando sobre pesquisa "
        "conjunta em Maputo.",
        "fr": "La ministre béninoise du numérique a rencontré son homologue ivoirien pour discuter de "
        "l'administration électronique.",
        "ar": "وقع وزير الاتصالات المصري ونظيره الزامبي مذكرة تفاهم في مجال الذكاء الاصطناعي.",
    }
    expected = {"pt": ("MOZ", "ZMB"), "fr": ("BEN", "CIV"), "ar": ("EGY", "ZMB")}
    for lang, text in texts.items():
        assert expected[lang] in _party_sets(text, lang), (lang, _events(text, lang))


def test_vietnamese_tone_marks_keep_sweden_apart_from_hydropower():
    text = (
        "Bộ trưởng Thông tin và Truyền thông Việt Nam tiếp Đại sứ Thụy Điển, hai bên thảo luận hợp tác về "
        "trí tuệ nhân tạo và công ty thủy điện."
    )
    assert _party_sets(text, "vi") == {("SWE", "VNM")}
    hydro = "Bộ trưởng Việt Nam thăm nhà máy Thủy Điện Hòa Bình và thảo luận về trí tuệ nhân tạo với Đại sứ Lào."
    assert _party_sets(hydro, "vi") == {("LAO", "VNM")}


# An organisation named only as a topic of two states' talks is no party.
TOPIC_ORGANISATION = {
    "en": "Vietnam's minister met Singapore's minister in Hanoi to discuss artificial intelligence, the "
    "digital economy and the state of ASEAN roaming charges.",
    "id": "Menteri Komunikasi Indonesia bertemu Menteri Digital Malaysia di Jakarta membahas kecerdasan buatan "
    "dan kemudahan perayauan ASEAN bagi keterhubungan digital.",
    "ru": "Министр цифрового развития России встретился с министром связи Белоруссии и обсудил транзит трафика "
    "между Россией и Евросоюзом через территорию Белоруссии.",
}


def test_an_organisation_named_only_as_a_topic_is_no_party():
    expected = {"en": ("SGP", "VNM"), "id": ("IDN", "MYS"), "ru": ("BLR", "RUS")}
    for lang, text in TOPIC_ORGANISATION.items():
        assert _party_sets(text, lang) == {expected[lang]}, (lang, _events(text, lang))
    meeting = "Indonesia and the European Union signed a memorandum on data protection in Brussels."
    assert _party_sets(meeting, "en") == {("EU", "IDN")}


def test_a_month_only_stamp_dates_weekdays_to_its_month_and_the_previous_sentence_dates_the_event():
    text = (
        " date 2018-02 Berlin (Reuters) - Am Donnerstag in Berlin.\n\nDeutschland und Indien unterzeichneten eine "
        "Absichtserklärung zur Zusammenarbeit bei künstlicher Intelligenz."
    )
    article = extract(Document(id="t", text=text, source="t", lang="de"))
    assert article.published == "2018-02"
    assert [e.date for e in article.events] == ["2018-02"]
    french = " date 2021-04 Le Maroc et le Sénégal ont signé lundi un accord sur le numérique et l'intelligence artificielle."
    assert [e["date"] for e in _events(french, "fr")] == ["2021-04"]
    english = " date 2024-12 Morocco and Saudi Arabia signed yesterday a memorandum on artificial intelligence."
    assert [e["date"] for e in _events(english, "en")] == ["2024-12"]


def test_the_bodys_day_wins_over_the_pages_date_line_above_the_headline():
    # press-release pages: furniture, the page's date line, the headline, then "On 17 September, ..."
    texts = {
        "ru": "Инвестируй в Россию — инвестируй в регионы! Все новости\n\n18 сентября 2020\nРоссия и Китай подписали соглашение о сотрудничестве в области искусственного интеллекта\n\n17 сентября министры связи России и Китая подписали в Москве соглашение о сотрудничестве в области искусственного интеллекта.",
        "ja": "総務省トップ > 広報・報道 > 報道資料一覧 > 報道資料\n\n令和元年9月10日\n日本とベトナムがサイバーセキュリティ協力の覚書に署名\n\n令和元年9月9日、日本の総務大臣とベトナムの情報通信大臣は東京でサイバーセキュリティ分野の協力覚書に署名しました。",
        "en": "Home > News > Press releases > All news\n\nSeptember 18, 2020\nIndia and Germany sign pact on artificial intelligence\n\nOn September 17, India and Germany signed a memorandum on cooperation in artificial intelligence in New Delhi.",
        "fr": "Accueil > Actualités > Communiqués de presse\n\n18 septembre 2020\nLe Maroc et le Sénégal signent un accord sur l'intelligence artificielle\n\nLe 17 septembre, le Maroc et le Sénégal ont signé à Dakar un accord de coopération dans l'intelligence artificielle.",
    }
    for lang, text in texts.items():
        article = extract(Document(id="t", text=text, source="t", lang=lang))
        assert article.published_from == "dateline", lang
        body_day = "2019-09-09" if lang == "ja" else "2020-09-17"
        assert article.published != body_day and [e.date for e in article.events] == [body_day], lang


def test_without_a_publication_date_the_latest_day_named_tells_history_from_the_news():
    texts = {
        "ja": "平成27年5月、両国の大臣が会談した。平成29年6月7日に日本とタイはICT分野の協力に関する覚書に署名した。"
        "令和4年8月5日、日本とタイの大臣が情報通信デジタル技術分野の協力に関する覚書に署名しました。",
        "en": "Japan and Thailand signed a memorandum on ICT cooperation on 7 June 2017. On 5 August 2022, "
        "Japan and Thailand signed a new memorandum on cooperation in cybersecurity.",
        "fr": "Le Maroc et le Sénégal ont signé un accord sur les télécommunications le 7 juin 2017. Le 5 août "
        "2022, le Maroc et le Sénégal ont signé un nouvel accord sur la cybersécurité.",
    }
    for lang, text in texts.items():
        article = extract(Document(id="t", text=text, source="t", lang=lang))
        assert article.published is None, lang
        assert {e.date for e in article.events} == {"2022-08-05"}, (lang, article.events)


def test_a_day_told_in_the_story_is_kept_over_an_earlier_signing_it_recalls():
    text = (
        "Korea, Vietnam hold talks on 6G\nPublished: 2024-11-25\n\nSEOUL, Nov. 25 -- South Korea and Vietnam on "
        "Monday discussed cooperation on 6G networks. The meeting followed the Nov. 6 memorandum of understanding "
        "on artificial intelligence signed in Hanoi."
    )
    article = extract(Document(id="t", text=text, source="t", lang="en"))
    assert article.published == "2024-11-25"
    assert [e.date for e in article.events if e.type == "CONSULT"] == ["2024-11-25"]


def test_an_agency_tag_between_the_dateline_and_the_story_does_not_hide_the_date():
    texts = {
        "ru": " date 2025-09-29 Новости\n\nКЕЙПТАУН, 28 сентября. /ТАСС/. Россия и ЮАР обсудили сотрудничество в "
        "области искусственного интеллекта.",
        "en": " date 2025-09-29 News\n\nCAPE TOWN, September 28. /TASS/. Russia and South Africa discussed "
        "cooperation in artificial intelligence.",
        "fr": " date 2025-09-29 Actualités\n\nLE CAP, 28 septembre. /TASS/. La Russie et l'Afrique du Sud ont "
        "discuté de la coopération dans l'intelligence artificielle.",
    }
    for lang, text in texts.items():
        assert [e["date"] for e in _events(text, lang)] == ["2025-09-28"], lang


def test_names_are_given_without_honorifics_and_particles_do_not_count_as_name_words():
    texts = {
        "en": (
            "Saudi Arabia's Minister of Communications and Information Technology Eng. Abdullah bin Amer "
            "Al-Swaha met Italy's Minister of Economic Development Giancarlo Giorgetti on artificial intelligence.",
            {"Abdullah bin Amer Al-Swaha", "Giancarlo Giorgetti"},
        ),
        "ms": (
            "Menteri Luar Negeri Malaysia Datuk Seri Mohamad Hasan bertemu Menteri Luar Jepun Yoko Kamikawa "
            "untuk membincangkan kerjasama kecerdasan buatan.",
            {"Mohamad Hasan", "Yoko Kamikawa"},
        ),
        "fa": (
            "سید ستار هاشمی وزیر ارتباطات ایران با وزیر دیجیتال روسیه درباره همکاری در هوش مصنوعی گفتگو کرد.",
            {"ستار هاشمی"},
        ),
    }
    indian_press = (
        "India and China met at the BRICS meeting. Minister of Railways, Communications, Electronics and Information "
        "Technology Sh. Ashwini Vaishnaw, participated in the meeting on artificial intelligence with China."
    )
    assert {p["name"] for e in _events(indian_press, "en") for p in e["people"]} >= {"Ashwini Vaishnaw"}
    for lang, (text, names) in texts.items():
        found = {p["name"] for e in _events(text, lang) for p in e["people"]}
        assert found == names, (lang, found)


def test_a_counterpart_in_a_state_is_that_states_official_not_a_venue():
    texts = {
        "en": "Saudi Minister of Communications Abdullah Al-Swaha met with his counterpart in South Africa, where "
        "they discussed cooperation in artificial intelligence.",
        "es": "El ministro saudí de Comunicaciones se reunió con su homólogo en Sudáfrica para conversar sobre la "
        "cooperación en inteligencia artificial.",
        "fr": "Le ministre saoudien des Communications a rencontré son homologue en Afrique du Sud pour discuter de "
        "la coopération dans l'intelligence artificielle.",
        "pt": "O ministro saudita das Comunicações reuniu-se com o seu homólogo na África do Sul para discutir a "
        "cooperação em inteligência artificial.",
    }
    for lang, text in texts.items():
        assert _party_sets(text, lang) == {("SAU", "ZAF")}, lang


def test_an_abbreviated_month_keeps_its_sentence_whole():
    texts = {
        "fr": "Le Maroc et le Sénégal ont signé le 3 févr. 2020 à Dakar un accord sur l'intelligence artificielle.",
        "en": "The Turkish Space Agency signed a memorandum on Oct. 14 with Kazakhstan on cooperation in the space sector.",
        "ru": "Россия и Китай подписали 3 сент. 2020 в Москве соглашение о сотрудничестве в области искусственного "
        "интеллекта.",
    }
    for lang, text in texts.items():
        events = _events(text, lang)
        assert len(events) == 1 and events[0]["evidence"][0]["text"] == text, (lang, events)


@pytest.mark.parametrize(
    ("text", "lang", "parties", "place"),
    [
        ("Yaponiya və Koreya Respublikası nazirləri Bakıda süni intellekt üzrə görüşüb.", "az", ["JPN", "KOR"], "Baku"),
        ("Yaponiya va Koreya vazirlari Toshkentda sunʼiy intellekt boʻyicha uchrashdi.", "uz", ["JPN", "KOR"],
         "Tashkent"),
        ("Japonya ve Güney Kore bakanları Ankara'da yapay zekâ alanında görüştü.", "tr", ["JPN", "KOR"], "Ankara"),
    ],
)  # fmt: skip
def test_a_capital_with_a_locative_glued_on_is_where_the_meeting_was_not_its_state(text, lang, parties, place):
    events = extract(Document(id="t", text=text, source="t", lang=lang)).events
    assert [(e.parties, e.location) for e in events] == [(parties, place)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Minister Klever van Buitenlandse Handel heeft vandaag haar Indiase collega ontvangen om te praten over "
         "kunstmatige intelligentie. Nederland en India willen samenwerken.", ["IND", "NLD"]),
        ("Staatssecretaris voor Buitenlandse Handel heeft vandaag zijn Indiase collega ontvangen om te praten over "
         "kunstmatige intelligentie. België en India willen samenwerken.", ["BEL", "IND"]),
    ],
)  # fmt: skip
def test_a_language_of_several_states_takes_for_home_the_one_the_article_names(text, parties):
    events = extract(Document(id="t", text=text, source="t", lang="nl")).events
    assert [e.parties for e in events][:1] == [parties]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran and Armenia signed an MoU on artificial intelligence in Tehran on 19 June 2024.", "2024-06-19"),
        ("Iran and Armenia signed an MoU on artificial intelligence in Tehran yesterday.", "2024-06-29"),
        # a month or a year the text names is a period, in news mostly history or a plan: no event's day
        ("Iran and Armenia signed an MoU on artificial intelligence in Tehran in June 2024.", None),
        ("Iran and Armenia signed an MoU on artificial intelligence in Tehran in 2024.", None),
        ("Iran and Armenia signed an MoU on artificial intelligence in Tehran this year.", None),
    ],
)
def test_an_event_is_dated_by_its_day_not_by_a_period(sentence: str, expected: str | None):
    article = extract(Document(id="d", text=sentence, source="d", lang="en", published="2024-06-30"))
    assert [event.date for event in article.events] == [expected]


def test_the_leads_day_dates_the_events_that_give_none():
    text = (
        "Iran and Armenia deepen cooperation on artificial intelligence\n\n"
        "On 12 June 2024, the two ministers opened a new chapter in Yerevan.\n"
        "The ministers spoke to reporters at length.\n"
        "Iran and Armenia signed an MoU on artificial intelligence and data centres."
    )
    article = extract(Document(id="lead", text=text, source="lead", lang="en", published="2024-06-14"))
    assert article.events and {event.date for event in article.events} == {"2024-06-12"}
    # two days in the lead: which one is the story's is not known, so none is given
    two = text.replace("intelligence\n", "intelligence since 3 June 2024\n", 1)
    article = extract(Document(id="two", text=two, source="two", lang="en", published="2024-06-14"))
    assert article.events and all(event.date is None for event in article.events)


# The venue's address: a capital right behind its state, or a state after "in <unknown city>,", is where.
ADDRESSES = {
    "zh": "中国和东盟数字部长会议在泰国曼谷召开，双方讨论了人工智能合作。",
    "en": "Ministers of Malaysia and Indonesia met in Kuta, Thailand to discuss cybersecurity cooperation.",
    "fr": "Les ministres du Maroc et du Sénégal se sont réunis à Saly, Gambie pour discuter de la cybersécurité.",
}


def test_a_venue_address_is_not_a_party():
    expected = {"zh": {("ASEAN", "CHN")}, "en": {("IDN", "MYS")}, "fr": {("MAR", "SEN")}}
    for lang, text in ADDRESSES.items():
        assert _party_sets(text, lang) == expected[lang], lang


# A state's name inside a company's name ("Singapore Telecommunications Limited") is the company, not the state.
COMPANY_NAMES = {
    "en": "Indonesia's communications minister met the chairman of Singapore Telecommunications Limited in "
    "Jakarta to discuss data centres.",
    "fr": "Le ministre marocain du numérique a reçu le président de Kenya Data Holdings pour discuter des "
    "centres de données.",
    "de": "Der indonesische Digitalminister traf den Chef der Vietnam Data GmbH, um über Rechenzentren zu sprechen.",
}


def test_a_state_named_inside_a_company_name_is_no_party():
    for lang, text in COMPANY_NAMES.items():
        assert _events(text, lang) == [], lang


# A call for closer cooperation voiced in talks is part of the talks (spec §2), not a REQUEST of its own.
CALL_IN_TALKS = {
    "en": "The ministers of Iran and Armenia held talks in Tehran on artificial intelligence. The Iranian minister "
    "called for strengthening cooperation between the two countries.",
    "fr": "Les ministres de l'Iran et de l'Arménie se sont entretenus à Téhéran sur l'intelligence artificielle. Le "
    "ministre iranien a appelé à renforcer la coopération entre les deux pays.",
    "es": "Los ministros de Irán y Armenia se reunieron en Teherán para hablar de inteligencia artificial. El "
    "ministro iraní pidió fortalecer la cooperación entre los dos países.",
}


def test_a_call_for_closer_cooperation_in_talks_is_part_of_the_talks():
    for lang, text in CALL_IN_TALKS.items():
        assert {(e["type"], tuple(e["parties"])) for e in _events(text, lang)} == {("CONSULT", ("ARM", "IRN"))}, lang


# An invitation made in talks is a remark of the talks; a request that is the news, or that asks for a document,
# stays a REQUEST (spec §2).
INVITATION_IN_TALKS = {
    "en": "The ministers of Iran and Armenia held talks in Tehran on artificial intelligence. The Iranian minister "
    "invited his counterpart to attend a technology exhibition in Isfahan.",
    "fr": "Les ministres de l'Iran et de l'Arménie se sont entretenus à Téhéran sur l'intelligence artificielle. Le "
    "ministre iranien a invité son homologue à assister à une exposition technologique à Ispahan.",
    "ru": "Министры Ирана и Армении провели переговоры в Тегеране по искусственному интеллекту. Иранский министр "
    "пригласил армянского коллегу посетить технологическую выставку в Исфахане.",
}

REQUEST_AS_THE_NEWS = {
    "en": "Armenia asks Iran for help with cybersecurity\nThe ministers of Iran and Armenia held talks in Tehran on "
    "artificial intelligence.",
    "ru": "Армения просит Иран о помощи в области кибербезопасности\nМинистры Ирана и Армении провели переговоры в "
    "Тегеране по искусственному интеллекту.",
    "fr": "L'Arménie demande à l'Iran de former ses experts en cybersécurité\nLes ministres de l'Iran et de "
    "l'Arménie se sont entretenus à Téhéran sur l'intelligence artificielle.",
}


def test_an_invitation_made_in_talks_is_part_of_the_talks():
    for lang, text in INVITATION_IN_TALKS.items():
        assert {(e["type"], tuple(e["parties"])) for e in _events(text, lang)} == {("CONSULT", ("ARM", "IRN"))}, lang


def test_a_request_that_is_the_headline_stays_a_request():
    for lang, text in REQUEST_AS_THE_NEWS.items():
        assert "REQUEST" in {e["type"] for e in _events(text, lang)}, (lang, _events(text, lang))


# Bilateral meetings with several organisations, one by one, are one meeting with each (spec §1).
ORGANISATIONS_ONE_BY_ONE = {
    "en": "Saudi minister Abdullah Al-Swaha held talks in Geneva on artificial intelligence. In separate meetings, "
    "Al-Swaha talked with the secretary-general of the International Telecommunication Union and the UN's "
    "under-secretary-general about the digital economy.",
    "pt": "O ministro brasileiro Juscelino Filho teve reuniões bilaterais com a União Internacional de "
    "Telecomunicações (UIT) e a ONU sobre inteligência artificial.",
    "id": "Menteri Komunikasi dan Informatika Indonesia melakukan pertemuan bilateral dengan ITU dan UNESCAP untuk "
    "membahas kecerdasan artifisial.",
}


def test_bilateral_meetings_with_several_organisations_are_one_meeting_with_each():
    expected = {
        "en": {("ITU", "SAU"), ("SAU", "UN")},
        "pt": {("BRA", "ITU"), ("BRA", "UN")},
        "id": {("IDN", "ITU"), ("ESCAP", "IDN")},
    }
    for lang, text in ORGANISATIONS_ONE_BY_ONE.items():
        assert _party_sets(text, lang) == expected[lang], (lang, _events(text, lang))


# History the article recounts ("the memorandum signed in 2015") is context, not an event of today's news.
HISTORY = {
    "en": "The ministers of Iran and Armenia met in Yerevan on Monday to discuss cybersecurity. The two countries "
    "had signed a memorandum of understanding on artificial intelligence in March 2015.",
    "fr": "Les ministres de l'Iran et de l'Arménie se sont réunis lundi à Erevan pour discuter de cybersécurité. "
    "Les deux pays avaient signé un mémorandum d'entente sur l'intelligence artificielle en mars 2015.",
    "ru": "Министры Ирана и Армении встретились в понедельник в Ереване и обсудили кибербезопасность. Две страны "
    "подписали меморандум о взаимопонимании в области искусственного интеллекта в марте 2015 года.",
}


def test_an_agreement_signed_years_before_the_article_is_history():
    for lang, text in HISTORY.items():
        document = Document(id="t", text=text, source="t", lang=lang, published="2024-11-19")
        assert [(e.type, e.parties) for e in extract(document).events] == [("CONSULT", ["ARM", "IRN"])], lang


# A side meeting "on the sidelines of" an organisation's summit is the two states', not the organisation's.
SIDELINES = {
    "en": "On the sidelines of the ASEAN summit, the ministers of Vietnam and Singapore discussed cybersecurity.",
    "ru": "На полях саммита ШОС министры России и Китая обсудили кибербезопасность.",
    "es": "En el marco de la cumbre del G20, los ministros de Argentina y Brasil conversaron sobre ciberseguridad.",
}


def test_the_summit_a_side_meeting_is_held_at_is_no_party_of_it():
    expected = {"en": {("SGP", "VNM")}, "ru": {("CHN", "RUS")}, "es": {("ARG", "BRA")}}
    for lang, text in SIDELINES.items():
        assert _party_sets(text, lang) == expected[lang], lang


# A language community ("Portuguese-speaking countries") is no party (spec 1.1).
LANGUAGE_COMMUNITY = {
    "en": "Ministers of Portuguese-speaking countries met in Luanda with Brazil and Angola to discuss data centres.",
    "fr": "Les ministres des pays de langue française se sont réunis à Dakar avec le Sénégal et le Maroc pour "
    "discuter des centres de données.",
    "es": "Los ministros de los países de lengua portuguesa se reunieron con Chile y Perú para hablar de centros "
    "de datos.",
}


def test_a_language_community_is_no_party():
    expected = {"en": {("AGO", "BRA")}, "fr": {("MAR", "SEN")}, "es": {("CHL", "PER")}}
    for lang, text in LANGUAGE_COMMUNITY.items():
        assert _party_sets(text, lang) == expected[lang], lang


# A city that names a document ("the Declaration of Minsk") is the document's name, not its state acting.
DOCUMENT_NAMES = {
    "en": "Armenia and Georgia signed the Declaration of Minsk on data centres.",
    "fr": "L'Arménie et la Géorgie ont signé la feuille de route de Minsk sur les centres de données.",
    "es": "Armenia y Georgia firmaron la hoja de ruta de Minsk sobre centros de datos.",
}


def test_a_city_naming_a_document_is_no_party():
    for lang, text in DOCUMENT_NAMES.items():
        assert _party_sets(text, lang) == {("ARM", "GEO")}, lang


# A government body's usual name stands for its state ("MCom" is Brazil's ministry of communications).
GOVERNMENT_BODIES = {
    "pt": "O MCom assinou um memorando de entendimento com a Administração Nacional de Dados da China sobre "
    "economia digital.",
    "es": "El MinTIC firmó un memorando de entendimiento con el Ministerio de Ciencia de Corea del Sur sobre "
    "inteligencia artificial.",
    "it": "Il Mimit ha firmato un memorandum d'intesa con il ministero giapponese sull'intelligenza artificiale.",
}


def test_a_government_body_stands_for_its_state():
    expected = {"pt": {("BRA", "CHN")}, "es": {("COL", "KOR")}, "it": {("ITA", "JPN")}}
    for lang, text in GOVERNMENT_BODIES.items():
        assert _party_sets(text, lang) == expected[lang], lang


def test_an_exchange_of_memoranda_is_a_signing():
    text = "高市総務大臣とロシアのニキフォロフ通信大臣は、ICT分野及び郵便分野における協力に係る覚書の交換を行った。"
    assert [(e["type"], e["status"]) for e in _events(text, "ja")] == [("AGREE", "signed")]


# The unmarked minister is the publisher's: a nationality given to an official marks the other side, however
# often the article repeats it ("the Saudi minister ... The Saudi minister ...").
UNMARKED_MINISTER = {
    "en": "The minister for digital transition held talks with the Saudi minister of communications in Kuwait "
    "on artificial intelligence. The Saudi minister praised the cooperation. The meeting confirmed "
    "the strength of the partnership between Morocco and Saudi Arabia.",
    "fr": "La ministre de la transition numérique s'est entretenue avec le ministre saoudien des communications "
    "au Koweït au sujet de l'intelligence artificielle. Le ministre saoudien a salué la coopération. "
    "La rencontre a confirmé la solidité du partenariat entre le Maroc et l'Arabie saoudite.",
    "es": "La ministra de Transición Digital se reunió con el ministro saudí de Comunicaciones en Kuwait para "
    "hablar de inteligencia artificial. El ministro saudí elogió la cooperación. El encuentro confirmó "
    "la solidez de la asociación entre Marruecos y Arabia Saudita.",
}


def test_a_nationality_given_to_an_official_marks_the_other_side():
    for lang, text in UNMARKED_MINISTER.items():
        talks = text.split(". ")[0]
        consults = [e for e in _events(text, lang) if e["type"] == "CONSULT"]
        assert [e["parties"] for e in consults] == [["MAR", "SAU"]], (lang, consults)
        assert any(talks in evidence["text"] for evidence in consults[0]["evidence"]), lang  # the talks themselves


def test_an_urdu_postposition_makes_the_name_before_it_a_place():
    # "The Pakistani minister visited a telecom company in Riyadh and spoke about artificial intelligence."
    visit = "پاکستانی وزیر نے ریاض میں ایک ٹیلی کام کمپنی کا دورہ کیا اور مصنوعی ذہانت پر بات کی۔"
    assert _events(visit, "ur") == []
    # "... met the Saudi minister in Riyadh": the minister makes Saudi Arabia a party, not the city
    talks = "پاکستانی وزیر نے ریاض میں سعودی وزیر سے ملاقات کی اور مصنوعی ذہانت پر بات کی۔"
    assert _party_sets(talks, "ur") == {("PAK", "SAU")}


# Areas from names, page furniture and homonyms (spec §3): a forum's name, a news agency, a press release, an
# e-mail or a post on social media give no area; the field the parties talk about does.
NAMES_AND_HOMONYMS = {
    "en": "Iran and Armenia signed a memorandum on artificial intelligence on the sidelines of the Internet "
    "Governance Forum (IGF) in Riyadh.",
    "fr": "Le Maroc et l'Arabie saoudite ont signé un mémorandum sur l'intelligence artificielle en marge du Forum "
    "des Nations unies sur la gouvernance d'internet à Riyad.",
    "de": "Deutschland und Japan haben am Rande des IGF in Kyoto eine Absichtserklärung zur künstlichen Intelligenz "
    "unterzeichnet, berichtete die Nachrichtenagentur Kyodo.",
    "fa": "وزیر ارتباطات ایران با انتشار پستی در شبکه اجتماعی اعلام کرد که با وزیر ارتباطات ترکیه درباره هوش "
    "مصنوعی دیدار کرد.",
    "ru": "Министр цифрового развития России встретился с министром связи Беларуси и обсудил искусственный "
    "интеллект, говорится в сообщении для СМИ, разосланном по электронной почте.",
    "tr": "Türkiye ve Azerbaycan bakanları yapay zeka alanında bir işbirliği anlaşması imzaladı; ayrıntılar e-posta "
    "ile paylaşıldı.",
    "ar": "وقع وزير الاتصالات المصري ونظيره الأردني مذكرة تفاهم في مجال الذكاء الاصطناعي، وفق بيان صحفي أرسل عبر "
    "البريد الإلكتروني.",
}

# A trade fair or an agency named as the venue or an actor's office is a name too.
TRADE_FAIRS_AND_AGENCIES = {
    "ar": ("التقى وزير الاتصالات اللبناني بنظيره الأردني على هامش المؤتمر العالمي للاتصالات المتنقلة في برشلونة وبحثا "
           "تبادل الخبرات.", ["research_education"]),
    "en": ("Singapore's Cyber Security Agency chief and the minister of Japan met the minister of digital affairs of "
           "Indonesia to discuss artificial intelligence.", ["ai"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TRADE_FAIRS_AND_AGENCIES))
def test_a_trade_fair_or_an_agency_named_gives_no_area(lang: str):
    text, areas = TRADE_FAIRS_AND_AGENCIES[lang]
    events = _events(text, lang)
    assert events and all(e["areas"] == areas for e in events), events


@pytest.mark.parametrize("lang", sorted(NAMES_AND_HOMONYMS))
def test_names_furniture_and_homonyms_give_no_area(lang: str):
    events = _events(NAMES_AND_HOMONYMS[lang], lang)
    assert events and all(e["areas"] == ["ai"] for e in events), events


# Capitalised area words that go on an official's title are the portfolio ("Minister for Communications,
# Electronics and IT"); the same words after the title with a verb between are the subject.
PORTFOLIOS = {
    "en": (
        "India's Union Minister for Communications, Electronics and IT Ravi Shankar Prasad and Japan's Minister for "
        "Internal Affairs and Communications signed an MoU on 5G technologies.",
        ["mobile_5g"],
    ),
    "pt": (
        "O ministro das Telecomunicações, Tecnologias de Informação e Comunicação Social de Angola recebeu o "
        "embaixador dos EUA para discutir a cibersegurança.",
        ["cybersecurity"],
    ),
    "fr": (
        "Le ministre des Télécommunications, de la Poste et de l'Économie numérique du Niger a rencontré le "
        "ministre ivoirien pour discuter de cybersécurité.",
        ["cybersecurity"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PORTFOLIOS))
def test_a_portfolio_going_on_a_title_is_no_area(lang: str):
    text, areas = PORTFOLIOS[lang]
    events = _events(text, lang)
    assert events and all(e["areas"] == areas for e in events), events


def test_the_field_named_after_a_title_with_words_between_is_an_area():
    events = _events(
        "Indian Minister of Electronics met his Japanese counterpart to discuss AI and electronics manufacturing.",
        "en",
    )
    assert events and all(e["areas"] == ["ai", "equipment_manufacturing"] for e in events), events


def test_a_bare_portfolio_piece_alone_is_the_field_itself():
    # "l'Intelligence artificielle" is also a piece of French ministers' titles; alone it names the field
    events = _events(
        "Le Canada et la France ont signé une déclaration sur la création d'un Groupe international d'étude sur "
        "l'Intelligence artificielle.",
        "fr",
    )
    assert events and all(e["areas"] == ["ai"] for e in events), events
    events = _events(
        "Le ministre de l'Intelligence artificielle du Canada a rencontré le ministre français du numérique pour "
        "discuter de cybersécurité.",
        "fr",
    )
    assert events and all(e["areas"] == ["cybersecurity"] for e in events), events


# Fields that real news names in words the lexicons lacked: regulation and policy, exchanges of knowledge and
# experience, training, technology transfer, equipment production, universal connectivity.
LEXICON_GAPS = [
    ("en", "Kenya and Rwanda signed an MoU on policy formulation and sharing best practices.",
     ["internet_governance", "research_education"]),
    ("fr", "Le Sénégal et le Maroc ont signé un accord sur la régulation des communications électroniques et le "
     "transfert de technologie.", ["innovation_startups", "internet_governance"]),
    ("es", "Colombia y Japón firmaron un memorando para compartir conocimientos y fomentar el emprendimiento.",
     ["innovation_startups", "research_education"]),
    ("pt", "Brasil e China assinaram um memorando sobre conectividade universal e centros de dados.",
     ["data_centers", "telecom_infrastructure"]),
    ("de", "Deutschland und Japan unterzeichneten eine Erklärung über Unterseekabelverbindungen und die "
     "Elektronikfertigung.", ["equipment_manufacturing", "telecom_infrastructure"]),
    ("ar", "وقعت مصر وفلسطين مذكرة تفاهم في مجال صياغة السياسات ونقل التكنولوجيا.",
     ["innovation_startups", "internet_governance"]),
    ("ru", "Россия и Беларусь подписали соглашение о передаче технологий и производстве электроники.",
     ["equipment_manufacturing", "innovation_startups"]),
    ("it", "L'Italia e il Giappone hanno firmato un memorandum sulla produzione di semiconduttori e sui centri di "
     "elaborazione dati.", ["data_centers", "equipment_manufacturing"]),
    ("nl", "Nederland en Singapore ondertekenden een memorandum over capaciteitsopbouw en technologieoverdracht.",
     ["innovation_startups", "research_education"]),
    ("ja", "日本とベトナムは半導体とクラウドの分野で協力する覚書に署名した。", ["data_centers", "equipment_manufacturing"]),
    ("ko", "한국과 베트남은 반도체 협력과 스타트업 지원에 관한 양해각서를 체결했다.",
     ["equipment_manufacturing", "innovation_startups"]),
    ("he", "ישראל ויפן חתמו על מזכר הבנות בתחום השבבים והעברת טכנולוגיה.",
     ["equipment_manufacturing", "innovation_startups"]),
    ("en", "Kenya and Uganda signed an MoU on policy harmonisation and regulatory convergence.", ["internet_governance"]),
    ("ru", "Россия и Беларусь подписали соглашение о гармонизации законодательства в сфере связи.",
     ["internet_governance"]),
    ("es", "México y Colombia firmaron un memorando sobre armonización de políticas y convergencia regulatoria.",
     ["internet_governance"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "areas"), LEXICON_GAPS)
def test_fields_named_in_words_real_news_uses_are_areas(lang: str, text: str, areas: list[str]):
    events = _events(text, lang)
    assert events and all(e["areas"] == areas for e in events), events


# A sentence outside every frame that names only the partner of another of the article's events elaborates
# that event: its areas go there, not to the frame it happens to follow.
ROUND_UP_AREAS = {
    "en": "Pakistan's IT minister meets Saudi and Uzbek ministers in Dubai\n\nPakistan's IT minister met Uzbekistan's minister of digital technologies in Dubai. Pakistan's IT minister also met the Saudi minister of communications to discuss artificial intelligence. With the Uzbek side, fibre optic lines and e-commerce were on the agenda.",
    "fr": "Le ministre sénégalais du numérique rencontre ses homologues marocain et tunisien à Dakar\n\nLe ministre sénégalais du numérique a rencontré le ministre tunisien des technologies à Dakar. Le ministre sénégalais a aussi rencontré le ministre marocain pour discuter d'intelligence artificielle. Avec la partie tunisienne, la fibre optique et le commerce électronique étaient au programme.",
    "es": "El ministro colombiano de las TIC se reúne con sus homólogos japonés y chileno en Bogotá\n\nEl ministro colombiano de las TIC se reunió con el ministro chileno de telecomunicaciones en Bogotá. El ministro colombiano también se reunió con el ministro japonés para hablar de inteligencia artificial. Con la parte chilena, la fibra óptica y el comercio electrónico estuvieron en la agenda.",
}


@pytest.mark.parametrize("lang", sorted(ROUND_UP_AREAS))
def test_a_sentence_about_another_partner_gives_its_areas_to_that_partners_event(lang: str):
    areas = {tuple(e["parties"]): e["areas"] for e in _events(ROUND_UP_AREAS[lang], lang)}
    second = {"en": ("PAK", "UZB"), "fr": ("SEN", "TUN"), "es": ("CHL", "COL")}[lang]
    first = {"en": ("PAK", "SAU"), "fr": ("MAR", "SEN"), "es": ("COL", "JPN")}[lang]
    assert areas == {second: ["digital_economy", "telecom_infrastructure"], first: ["ai"]}


# A meeting's, working group's or dialogue's name is a name: its area words give no area (spec §3).
MEETING_NAMES = {
    "en": "On the sidelines of the G20 Digital Economy Ministers' Meeting, Indonesia and Germany signed a "
    "memorandum on cybersecurity.",
    "pt": "À margem do encontro de ministros da economia digital do G20, o Brasil e o Japão assinaram um memorando "
    "sobre cibersegurança.",
    "ja": "松本総務大臣は韓国の李宗昊科学技術情報通信部長官と「韓日ICT政策対話」を開催し、サイバーセキュリティについて協議した。",
    "ko": "이종호 장관은 일본 총무대신과 '제1차 한일 ICT 정책포럼'을 열고 사이버보안 협력을 논의했다.",
}


@pytest.mark.parametrize("lang", sorted(MEETING_NAMES))
def test_the_name_of_a_meeting_or_dialogue_gives_no_area(lang: str):
    events = _events(MEETING_NAMES[lang], lang)
    assert events and all(e["areas"] == ["cybersecurity"] for e in events), events


# The name of a ministry is a name (spec §3): its fields ("Ministry of Posts and Telecommunications") are no
# area of the event; what the ministry does ("the ministry's readiness to train") is.
MINISTRY_NAMES = {
    "en": "The Ministry of Posts and Telecommunications of Cambodia and the Ministry of Communications and Digital "
    "Economy of Nigeria signed an MoU on cybersecurity.",
    "ru": "Министерство цифрового развития, связи и массовых коммуникаций России и министерство связи Беларуси "
    "подписали соглашение о кибербезопасности.",
    "fr": "Le ministère de l'Économie numérique et de la Poste du Bénin et le ministère ivoirien ont signé un accord "
    "sur la cybersécurité.",
    "ar": "وقع وزير الاتصالات اليمني ووزير الاعلام المكلف بوزارة البريد والاتصالات الجيبوتية مذكرة تفاهم في مجال "
    "الأمن السيبراني.",
}


@pytest.mark.parametrize("lang", sorted(MINISTRY_NAMES))
def test_the_fields_in_a_ministrys_name_are_no_area(lang: str):
    events = _events(MINISTRY_NAMES[lang], lang)
    assert events and all(e["areas"] == ["cybersecurity"] for e in events), events


def test_what_the_ministry_does_is_an_area():
    events = _events(
        "أبدى وزير الاتصالات المصري خلال لقائه نظيره الكويتي استعداد الوزارة لتدريب الكوادر الكويتية.", "ar"
    )
    assert events and all(e["areas"] == ["research_education"] for e in events), events
    events = _events(
        "The ministry of communications of Kenya and Rwanda's ministry met to discuss artificial intelligence.", "en"
    )
    assert events and all(e["areas"] == ["ai"] for e in events), events


# In scripts written without spaces the portfolio runs into the title ("郵便電気通信大臣"): no area either.
UNSPACED_PORTFOLIOS = [
    (
        "ja",
        "林総務大臣はカンボジアのチア・バンデート郵便電気通信大臣と会談し、サイバーセキュリティ分野の協力について意見交換した。",
    ),
    ("ja", "林総務大臣はタイ王国デジタル経済社会大臣と会談し、サイバーセキュリティ分野の協力について意見交換した。"),
    ("zh", "中国工业和信息化部部长金壮龙会见柬埔寨邮政电信大臣,双方就网络安全合作交换意见。"),
    ("zh", "中国工业和信息化部部长会见泰国数字经济大臣,双方就网络安全合作交换意见。"),
]


@pytest.mark.parametrize(("lang", "text"), UNSPACED_PORTFOLIOS)
def test_a_portfolio_written_into_the_title_is_no_area(lang: str, text: str):
    events = _events(text, lang)
    assert events and all(e["areas"] == ["cybersecurity"] for e in events), events


def test_the_same_field_outside_a_title_is_an_area():
    events = _events("中国与柬埔寨签署邮政合作备忘录。", "zh")
    assert events and all(e["areas"] == ["postal"] for e in events), events


# In a caseless script nothing marks a name: the words right after "the ministers" are what they talk about.
SUBJECT_THEN_FIELD = {
    "bn": "জাকার্তায় আসিয়ান ডিজিটাল মন্ত্রীদের বৈঠকে মালয়েশিয়া, ভিয়েতনাম ও ইন্দোনেশিয়ার মন্ত্রীরা কৃত্রিম বুদ্ধিমত্তা নিয়ে আলোচনা করেন।",
    "hi": "नई दिल्ली में भारत और जापान के मंत्री कृत्रिम बुद्धिमत्ता पर चर्चा के लिए मिले।",
    "fa": "وزیران ارتباطات ایران و ارمنستان در تهران دیدار کردند و وزیران هوش مصنوعی را بررسی کردند.",
    "ur": "پاکستان اور چین کے وزرا مصنوعی ذہانت کے شعبے میں تعاون پر تبادلہ خیال کے لیے ملے۔",
}


@pytest.mark.parametrize("lang", sorted(SUBJECT_THEN_FIELD))
def test_a_field_right_after_the_officials_in_a_caseless_script_is_an_area(lang: str):
    events = _events(SUBJECT_THEN_FIELD[lang], lang)
    assert events and all(e["areas"] == ["ai"] for e in events), events


# "przekazał", "передає": in news these verbs mostly report what someone said ("as Ukrinform reports"), so
# alone they make no offer of aid; with a strong trigger of their own sentence the event is that trigger's.
REPORTING_VERBS = {
    "pl": "Polska i Ukraina omówiły współpracę w dziedzinie cyberbezpieczeństwa – przekazał minister cyfryzacji.",
    "uk": "Україна та Польща обговорили співпрацю у сфері кібербезпеки, передає Укрінформ.",
}


def test_a_reporting_verb_is_no_aid():
    for lang, text in REPORTING_VERBS.items():
        assert {e["type"] for e in _events(text, lang)} == {"CONSULT"}, lang


# A proposal the other side adopts is their agreement, not a request still open (spec §2 REQUEST).
ADOPTED_PROPOSALS = {
    "ja": "日本はASEANとの会合で今後1年間のICT分野における協力に関する作業計画を提案し、採択された。",
    "en": "At the meeting, Japan proposed a work plan on ICT cooperation with ASEAN, which was adopted by the ministers.",
    "fr": "Lors de la réunion, le Japon a proposé un plan de travail sur la cybersécurité avec l'ASEAN, qui a été adopté.",
}


def test_a_proposal_adopted_is_no_request():
    for lang, text in ADOPTED_PROPOSALS.items():
        types = {e["type"] for e in _events(text, lang)}
        assert "AGREE" in types and "REQUEST" not in types, (lang, types)
    # and the agreement is reached, not merely proposed ("提案" also reads as a hypothetical)
    for text in (ADOPTED_PROPOSALS["ja"], "日本はASEANにICT分野の作業計画を提案し、承認されました。"):
        assert [(e["type"], e["status"]) for e in _events(text, "ja")] == [("AGREE", "agreed")], text


def test_a_name_that_reads_like_a_verb_is_no_aid():
    # "The Saudi monarch King Salman received the Turkish president, and the two countries signed a memorandum in the media
    # field": سلمان is a name, not the dual of سلّم (handed over)
    text = "استقبل العاهل السعودي الملك سلمان الرئيس التركي، ووقع البلدان مذكرة تفاهم في المجال الإعلامي."
    types = {e["type"] for e in _events(text, "ar")}
    assert "AGREE" in types and "AID" not in types, types


# Who acts (spec §1, people): a head of state or government named around the event, not in its own sentence,
# is mentioned ("the step was praised by the prime minister"), not one of its people; the ministers who act are.
HEADS_AROUND = {
    "en": "The ministers of India and Sri Lanka Ravi Prasad and Harin Fernando signed a memorandum on "
    "cybersecurity. The step was praised by Prime Minister Narendra Modi.",
    "fr": "Les ministres de l'Inde et du Sri Lanka Ravi Prasad et Harin Fernando ont signé un mémorandum sur la "
    "cybersécurité. Cette étape a été saluée par le Premier ministre Narendra Modi.",
    "es": "Los ministros de la India y de Sri Lanka Ravi Prasad y Harin Fernando firmaron un memorando sobre "
    "ciberseguridad. El paso fue elogiado por el primer ministro Narendra Modi.",
}


def test_a_head_of_government_named_around_the_event_is_not_one_of_its_people():
    for lang, text in HEADS_AROUND.items():
        names = {p["name"] for e in _events(text, lang) for p in e["people"]}
        assert "Narendra Modi" not in names, (lang, names)
        assert names, lang  # the ministers who act are still there


# A bloc named with its ministers and described by its members ("BRICS, the bloc of A, B and C") is a party of
# its own meeting: the title beside it says its officials take part.
BLOC_WITH_ITS_MEMBERS = {
    "en": "The communications ministers of BRICS, the bloc of Brazil, Russia, India, China and South Africa, met "
    "in Brasília on Wednesday to discuss cooperation in ICT.",
    "pt": "Os ministros das Comunicações do BRICS – bloco formado por Brasil, Rússia, Índia, China e África do Sul "
    "– reuniram-se nesta quarta-feira em Brasília para debater a cooperação em TIC.",
    "es": "Los ministros de Comunicaciones del BRICS, bloque formado por Brasil, Rusia, India, China y Sudáfrica, "
    "se reunieron este miércoles en Brasilia para debatir la cooperación en TIC.",
    "fr": "Les ministres des Communications des BRICS, bloc formé du Brésil, de la Russie, de l'Inde, de la Chine "
    "et de l'Afrique du Sud, se sont réunis mercredi à Brasilia pour discuter de la coopération dans les TIC.",
}


@pytest.mark.parametrize("lang", sorted(BLOC_WITH_ITS_MEMBERS))
def test_a_bloc_described_by_its_members_takes_part_in_its_meeting(lang: str):
    assert _party_sets(BLOC_WITH_ITS_MEMBERS[lang], lang) == {("BRA", "BRICS", "CHN", "IND", "RUS", "ZAF")}


# A city-state inside a list of states is one more member, not the address of the next state ("Dubai, UAE").
CITY_STATE_IN_A_LIST = {
    "en": "Digital ministers of Malaysia, Singapore, Thailand and Vietnam met in Jakarta to discuss cybersecurity "
    "cooperation.",
    "es": "Los ministros digitales de Malasia, Singapur, Tailandia y Vietnam se reunieron en Yakarta para debatir "
    "la cooperación en ciberseguridad.",
    "fr": "Les ministres du numérique de la Malaisie, Singapour, Thaïlande et Vietnam se sont réunis à Jakarta "
    "pour discuter de la coopération en cybersécurité.",
}


@pytest.mark.parametrize("lang", sorted(CITY_STATE_IN_A_LIST))
def test_a_city_state_in_a_list_of_states_is_a_member_not_an_address(lang: str):
    assert _party_sets(CITY_STATE_IN_A_LIST[lang], lang) == {("MYS", "SGP", "THA", "VNM")}


# An organisation's meeting in a sentence of its own is a session with an agenda; the declaration its members
# sign at the end is signed at that meeting, by the organisation's members there.
SESSION_AND_ITS_DECLARATION = {
    "en": "The 5th meeting of BRICS communications ministers was held on Wednesday in Brasília. At the end of the "
    "meeting, the ministers of Brazil, Russia, India, China and South Africa signed a joint declaration on digital "
    "cooperation.",
    "pt": "A 5ª Reunião de Ministros das Comunicações do BRICS foi realizada nesta quarta-feira em Brasília. Ao "
    "final do encontro, os ministros do Brasil, da Rússia, da Índia, da China e da África do Sul assinaram uma "
    "declaração conjunta sobre cooperação digital.",
    "es": "La 5ª reunión de ministros de Comunicaciones del BRICS se celebró este miércoles en Brasilia. Al final "
    "del encuentro, los ministros de Brasil, Rusia, India, China y Sudáfrica firmaron una declaración conjunta "
    "sobre cooperación digital.",
}


@pytest.mark.parametrize("lang", sorted(SESSION_AND_ITS_DECLARATION))
def test_an_organisations_session_and_the_declaration_signed_there(lang: str):
    events = _events(SESSION_AND_ITS_DECLARATION[lang], lang)
    everyone = ["BRA", "BRICS", "CHN", "IND", "RUS", "ZAF"]
    assert sorted((e["type"], tuple(e["parties"])) for e in events) == [
        ("AGREE", tuple(everyone)),
        ("CONSULT", tuple(everyone)),
    ]


# After an organisation's meeting of several states, "the meeting was chaired by China" tells that meeting
# again; a side meeting says it is one ("on the sidelines").
MEETING_TOLD_AGAIN = {
    "en": "Ministers of ICT of the SCO member states Russia, China, Kazakhstan, India and Iran met in Minsk on "
    "Tuesday to discuss digital transformation. The meeting was chaired by China, and Russia presented a draft "
    "action plan.",
    "ru": "Министры связи государств-членов ШОС России, Китая, Казахстана, Индии и Ирана провели встречу в Минске "
    "и обсудили цифровую трансформацию. Заседание прошло под председательством Китая, Россия представила проект "
    "плана действий.",
    "es": "Los ministros de TIC de la OCS, Rusia, China, Kazajistán, India e Irán, se reunieron el martes en Minsk "
    "para debatir la transformación digital. En la reunión, presidida por China, Rusia presentó un proyecto de "
    "plan de acción.",
    "fr": "Les ministres des TIC de l'OCS, la Russie, la Chine, le Kazakhstan, l'Inde et l'Iran, se sont réunis "
    "mardi à Minsk pour discuter de la transformation numérique. La réunion a été présidée par la Chine, et la "
    "Russie a présenté un projet de plan d'action.",
}


@pytest.mark.parametrize("lang", sorted(MEETING_TOLD_AGAIN))
def test_a_multilateral_meeting_told_again_with_some_members_is_that_meeting(lang: str):
    assert _party_sets(MEETING_TOLD_AGAIN[lang], lang) == {("CHN", "IND", "IRN", "KAZ", "RUS", "SCO")}


def test_a_side_meeting_of_two_members_stays_its_own_event():
    text = (
        "Ministers of ICT of the SCO member states Russia, China, Kazakhstan, India and Iran met in Minsk on "
        "Tuesday to discuss digital transformation. On the sidelines of the meeting, China and Russia held talks "
        "on 5G."
    )
    assert _party_sets(text, "en") == {("CHN", "IND", "IRN", "KAZ", "RUS", "SCO"), ("CHN", "RUS")}


def test_an_agreement_told_again_on_the_sidelines_of_a_ceremony_is_still_one_signing():
    # "on the sidelines of" is where the initialling happened, not talks beside the signing
    text = (
        "Morocco and Senegal signed on Monday in Dakhla two agreements on digital cooperation. The agreements "
        "were initialed by the Moroccan minister of digital transition and his Senegalese counterpart on the "
        "sidelines of the inauguration ceremony of the consulate of Senegal."
    )
    assert [(e["type"], e["parties"]) for e in _events(text, "en")] == [("AGREE", ["MAR", "SEN"])]


# A link to another article inside the page ("Read also: ...") is no news of this one, on its line or on the
# line after a label standing alone.
RELATED_LINK = {
    "uk": "Україна та Естонія підписали меморандум про цифрову співпрацю\n\nЧитайте також: Зеленський провів "
    "переговори з президенткою Естонії щодо кібербезпеки\n\nМеморандум підписали віцепрем'єр Михайло Федоров та "
    "міністр Естонії Каймар Кару.",
    "en": "Malaysia and Japan sign MoU on cybersecurity\n\nMalaysia and Japan signed a memorandum of understanding "
    "on cybersecurity in Tokyo on Monday.\n\nREAD ALSO:\n\nMalaysian, Japanese ministers hold talks on data "
    "centres\n\nThe memorandum covers information sharing.",
    "id": "Indonesia dan Jepang menandatangani nota kesepahaman keamanan siber di Tokyo.\n\nBaca juga: Menteri "
    "Indonesia dan Jepang bahas kerja sama pusat data\n\nNota kesepahaman itu mencakup pertukaran informasi.",
    "ar": "وقعت مصر والأردن مذكرة تفاهم في مجال الأمن السيبراني في عمان.\n\nاقرأ أيضا: وزيرا الاتصالات في مصر "
    "والأردن يبحثان التعاون في مراكز البيانات\n\nوتشمل المذكرة تبادل المعلومات.",
}


@pytest.mark.parametrize("lang", sorted(RELATED_LINK))
def test_a_link_to_another_article_is_no_event(lang: str):
    assert [e["type"] for e in _events(RELATED_LINK[lang], lang)] == ["AGREE"]


# A state's adjective right beside a name in quotes qualifies that name (a company, a brand): not a party.
QUOTED_COMPANIES = {
    "ar": 'وقعت "توركسل" التركية اتفاقية تعاون مع "أوريدو" القطرية في مجال الأمن السيبراني.',
    "ru": "Российская «Ростелеком» и казахстанская «Казахтелеком» подписали соглашение о сотрудничестве в области "
    "центров обработки данных.",
    "fr": "La sénégalaise « Sonatel » et la marocaine « Itissalat Al-Maghrib » ont signé un accord sur les centres "
    "de données.",
}


@pytest.mark.parametrize("lang", sorted(QUOTED_COMPANIES))
def test_an_adjective_beside_a_quoted_company_name_is_no_party(lang: str):
    assert _events(QUOTED_COMPANIES[lang], lang) == []


def test_officials_beside_no_quoted_name_stay_parties():
    text = "وقع وزير الاتصالات القطري مع نظيره التركي اتفاقية تعاون في مجال الأمن السيبراني."
    assert _party_sets(text, "ar") == {("QAT", "TUR")}


# After an organisation's meeting, the rolls of who attended ("attended by participants from A, B and C", "invited
# D, E and F as observers") are that meeting's participants, in every sentence that lists them.
MEETING_ROLLS = {
    "en": "Indonesia opened the meeting of the G20 working group on artificial intelligence in Bali on Monday. The "
    "meeting was attended by participants from Australia, Brazil, China, India and Japan. The meeting also invited "
    "Spain, Singapore and Rwanda as observers.",
    "es": "Indonesia inauguró el lunes en Bali la reunión del grupo de trabajo del G20 sobre economía digital. A la "
    "reunión asistieron participantes de Australia, Brasil, China, India y Japón. España, Singapur y Ruanda fueron "
    "invitados a la reunión como observadores.",
    "fr": "L'Indonésie a ouvert lundi à Bali la réunion du groupe de travail du G20 sur l'économie numérique. La "
    "réunion a rassemblé des participants de l'Australie, du Brésil, de la Chine, de l'Inde et du Japon.",
}


@pytest.mark.parametrize("lang", sorted(MEETING_ROLLS))
def test_the_rolls_of_an_organisations_meeting_are_its_participants(lang: str):
    events = _events(MEETING_ROLLS[lang], lang)
    assert len(events) == 1
    assert {"G20", "IDN", "AUS", "BRA", "CHN", "IND", "JPN"} <= set(events[0]["parties"])


def test_bilateral_meetings_at_an_organisations_meeting_are_not_its_roll():
    text = (
        "Brazil's minister attended the G20 digital ministers' meeting in Bengaluru and held bilateral meetings "
        "there. He met the ministers of Japan, Argentina and the Netherlands on Friday to discuss AI."
    )
    assert not any({"G20", "ARG"} <= set(e["parties"]) for e in _events(text, "en"))


# Countries named one after another share the first one's role: all places, or all origins.
LISTED_PLACES = {
    "en": ("The company builds factories in Vietnam, Thailand, Malaysia and India.", "place"),
    "vi": ("Samsung có nhà máy tại Việt Nam, Thái Lan, Ấn Độ và Indonesia.", "place"),
    "es": ("La empresa tiene fábricas en México, Brasil, Chile y Argentina.", "place"),
}


@pytest.mark.parametrize("lang", sorted(LISTED_PLACES))
def test_countries_listed_after_a_place_word_are_all_places(lang: str):
    text, role = LISTED_PLACES[lang]
    roles = _roles(text, lang)
    assert len(roles) == 4 and {r for _, r in roles} == {role}


def test_a_declaration_signed_at_a_meeting_takes_the_meetings_place():
    text = (
        "The 5th meeting of BRICS communications ministers was held on Wednesday in Brasília. At the end of the "
        "meeting, the ministers of Brazil, Russia, India, China and South Africa signed a joint declaration on "
        "digital cooperation."
    )
    assert {(e["type"], e["location"]) for e in _events(text, "en")} == {("CONSULT", "Brasilia"), ("AGREE", "Brasilia")}


# An organisation in a list of states that attended is one of them; beside one state it may be a topic.
ORGANISATION_IN_A_ROLL = {
    "en": "The meeting on artificial intelligence in Bali was attended by participants from Australia, Brazil, "
    "Canada, China, the European Union, France and India.",
    "fr": "La réunion sur l'intelligence artificielle à Bali a réuni des participants de l'Australie, du Brésil, du "
    "Canada, de la Chine, de l'Union européenne, de la France et de l'Inde.",
    "es": "A la reunión sobre inteligencia artificial en Bali asistieron participantes de Australia, Brasil, Canadá, "
    "China, la Unión Europea, Francia e India.",
}


@pytest.mark.parametrize("lang", sorted(ORGANISATION_IN_A_ROLL))
def test_an_organisation_in_a_list_of_states_takes_part(lang: str):
    assert _party_sets(ORGANISATION_IN_A_ROLL[lang], lang) == {("AUS", "BRA", "CAN", "CHN", "EU", "FRA", "IND")}


def test_an_organisation_beside_one_state_in_a_topic_is_no_party():
    text = (
        "The ministers of Russia and Belarus discussed the transit of traffic between Russia and the European "
        "Union across Belarus."
    )
    assert _party_sets(text, "en") == {("BLR", "RUS")}


# "The prime minister and his counterpart X": a counterpart with no state of his own is the other side.
COUNTERPART_WITHOUT_STATE = {
    "ms": "TOKYO – Perdana Menteri, Datuk Seri Anwar Ibrahim dan rakan sejawatnya Fumio Kishida hari ini "
    "menandatangani memorandum kerjasama mengenai keselamatan siber antara Malaysia dan Jepun.",
    "en": "Prime Minister Anwar Ibrahim and his counterpart Fumio Kishida on Saturday signed a memorandum on "
    "cybersecurity between Malaysia and Japan.",
    "fr": "Le Premier ministre Anwar Ibrahim et son homologue Fumio Kishida ont signé samedi un mémorandum sur la "
    "cybersécurité entre la Malaisie et le Japon.",
}


@pytest.mark.parametrize("lang", sorted(COUNTERPART_WITHOUT_STATE))
def test_a_counterpart_with_no_state_is_the_other_side(lang: str):
    (event,) = _events(COUNTERPART_WITHOUT_STATE[lang], lang)
    assert {(p["name"], p["party"]) for p in event["people"]} == {("Anwar Ibrahim", "MYS"), ("Fumio Kishida", "JPN")}


# A sentence listing member states after an organisation's meeting (cue `members`) is the meeting's roll.
MEMBER_ROLL = {
    "en": "Korea's minister of science and ICT attended the Korea-ASEAN ICT ministers' meeting in Vientiane on "
    "artificial intelligence. The delegations came from member states such as Brunei, Cambodia and Indonesia.",
    "ko": "과학기술정보통신부 장관은 라오스 비엔티안에서 열린 한-아세안 정보통신장관회의에 참석해 인공지능 협력을 "
    "논의했다. 브루나이, 캄보디아, 인도네시아 등 회원국 대표단이 자리했다.",
    "fr": "Le ministre coréen des TIC a participé à Vientiane à la réunion ministérielle Corée-ASEAN sur "
    "l'intelligence artificielle. Les délégations venaient des États membres comme Brunei, le Cambodge et "
    "l'Indonésie.",
}


@pytest.mark.parametrize("lang", sorted(MEMBER_ROLL))
def test_member_states_listed_after_a_meeting_are_its_roll(lang: str):
    assert _party_sets(MEMBER_ROLL[lang], lang) == {("ASEAN", "BRN", "IDN", "KHM", "KOR")}


def test_a_quoted_name_after_an_officials_title_and_adjective_is_the_officials():
    # "the Syrian minister "Iyad al-Khatib"": the adjective qualifies the title, the quotes hold a person's name
    roles = dict(_roles('التقى الوزير السوري "إياد الخطيب" بنظيره الأردني في عمان.', "ar"))
    assert roles["SYR"] == "actor"
