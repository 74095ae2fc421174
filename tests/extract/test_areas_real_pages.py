"""Areas and relevance on real pages (spec §3): generic words name no field, and the headlines of other
stories listed on the page ("Read also:", a ranked "most read" list) give the article no event, party or area.

Sentences written for these tests, shaped like what real news pages print.
"""

from __future__ import annotations

import pytest

from techdip.extract.furniture import furniture_spans
from techdip.extract.mentions import find_mentions
from techdip.extract.pipeline import extract
from techdip.lexicons import load
from techdip.model import Document
from techdip.text.normalize import normalize


def _article(text: str, lang: str):
    return extract(Document(id="t", text=text, source="t", lang=lang))


def _areas(text: str, lang: str) -> set[str]:
    return {area for event in _article(text, lang).events for area in event.areas}


def _parties(text: str, lang: str) -> set[str]:
    return {party for event in _article(text, lang).events for party in event.parties}


# Innovation in general ("the promotion of innovation", "innovative") is no field; start-ups and technology
# parks are.
BARE_INNOVATION = {
    "ar": "استقبل وزير الاتصالات السعودي سفير اليابان وبحثا الابتكار الرقمي والأمن السيبراني.",
    "de": "Die Ministerin für Digitales traf den Botschafter Kenias und sprach über die Förderung von "
    "Innovationen und die Cybersicherheit.",
    "tr": "Türkiye Sanayi ve Teknoloji Bakanı, Kenya Büyükelçisi ile görüştü; görüşmede yenilik ve siber "
    "güvenlik konuları ele alındı.",
    "ur": "پاکستان کے وفاقی وزیر آئی ٹی نے کینیا کے سفیر سے ملاقات کی جس میں سائبر سیکیورٹی اور اختراعی منصوبوں "
    "پر تبادلہ خیال کیا گیا۔",
    "he": "שר התקשורת הישראלי נפגש עם שגריר יפן ודן בחדשנות ובאבטחת סייבר.",
    "sw": "Waziri wa Habari na Teknolojia wa Kenya alikutana na Balozi wa China kujadili ubunifu na usalama wa "
    "mtandao.",
}
STARTUPS = {
    "de": "Die Ministerin für Digitales traf den Botschafter Kenias und sprach über Startups und die Cybersicherheit.",
    "tr": "Türkiye Sanayi ve Teknoloji Bakanı, Kenya Büyükelçisi ile görüştü; görüşmede teknoparklar ve siber "
    "güvenlik konuları ele alındı.",
    "sw": "Waziri wa Habari na Teknolojia wa Kenya alikutana na Balozi wa China kujadili vituo vya ubunifu na "
    "usalama wa mtandao.",
}


def test_innovation_in_general_names_no_field():
    for lang, text in BARE_INNOVATION.items():
        areas = _areas(text, lang)
        assert "cybersecurity" in areas, lang  # the event is found, with the field the text does name
        assert "innovation_startups" not in areas, lang


def test_startups_and_technology_parks_are_the_innovation_field():
    for lang, text in STARTUPS.items():
        assert "innovation_startups" in _areas(text, lang), lang


# "Digital infrastructure" / "ICT infrastructure" in general names no area; fibre-optic networks do.
GENERIC_INFRASTRUCTURE = {
    "en": "India's minister of electronics and IT met the ambassador of Kenya to discuss ICT infrastructure "
    "and cybersecurity.",
    "es": "El ministro de Telecomunicaciones de Cuba se reunió con el embajador de Vietnam para conversar sobre "
    "las infraestructuras digitales y la ciberseguridad.",
    "fr": "Le ministre sénégalais du Numérique a reçu l'ambassadeur du Japon pour évoquer les infrastructures "
    "numériques et la cybersécurité.",
    "hi": "भारत के संचार मंत्री ने जापान के राजदूत से मुलाकात की और डिजिटल अवसंरचना तथा साइबर सुरक्षा पर चर्चा की।",
}
FIBRE = {
    "en": "India's minister of electronics and IT met the ambassador of Kenya to discuss fibre-optic networks "
    "and cybersecurity.",
    "es": "El ministro de Telecomunicaciones de Cuba se reunió con el embajador de Vietnam para conversar sobre "
    "las redes de fibra óptica y la ciberseguridad.",
    "fr": "Le ministre sénégalais du Numérique a reçu l'ambassadeur du Japon pour évoquer la fibre optique et la "
    "cybersécurité.",
}


def test_digital_infrastructure_in_general_names_no_area():
    for lang, text in GENERIC_INFRASTRUCTURE.items():
        areas = _areas(text, lang)
        assert "cybersecurity" in areas, lang
        assert "telecom_infrastructure" not in areas, lang


def test_fibre_networks_are_telecom_infrastructure():
    for lang, text in FIBRE.items():
        assert "telecom_infrastructure" in _areas(text, lang), lang


def test_critical_infrastructure_alone_is_no_cyber_field():
    text = (
        "Bundeskanzler und der japanische Premierminister trafen sich in Tokio. Deutschland und Japan wollen "
        "beim Schutz kritischer Infrastruktur und bei Halbleitern enger zusammenarbeiten."
    )
    areas = _areas(text, "de")
    assert "equipment_manufacturing" in areas
    assert "cybersecurity" not in areas


# Other stories' headlines listed on the page: a related-stories header with its headlines, or a ranked list.
RELATED_LIST = {
    "en": (
        "Kenya and India sign a memorandum on data centres\n"
        "Kenya's minister of ICT and India's ambassador signed a memorandum on data centres in Nairobi.\n"
        "Read also:\n"
        "Russia and China discuss satellite launches\n"
        "Egypt hosts a conference on artificial intelligence\n"
    ),
    "id": (
        "Indonesia dan Jepang teken nota kesepahaman pusat data\n"
        "Menteri Komunikasi dan Digital Indonesia dan Duta Besar Jepang menandatangani nota kesepahaman tentang "
        "pusat data di Jakarta.\n"
        "Baca juga:\n"
        "Rusia dan China bahas peluncuran satelit\n"
        "Mesir gelar konferensi kecerdasan buatan\n"
    ),
    "de": (
        "Deutschland und Indien unterzeichnen Absichtserklärung zu Rechenzentren\n"
        "Der Digitalminister und der indische Botschafter unterzeichneten in Berlin eine Absichtserklärung zu "
        "Rechenzentren.\n"
        "Lesen Sie auch:\n"
        "Russland und China sprechen über Satellitenstarts\n"
        "Ägypten lädt zur Konferenz über künstliche Intelligenz\n"
    ),
}


def test_a_related_stories_list_gives_no_party_and_no_area():
    for lang, text in RELATED_LIST.items():
        assert _areas(text, lang) == {"data_centers"}, lang
        assert not _parties(text, lang) & {"RUS", "CHN", "EGY"}, lang


RANKED_LIST = {
    "tr": (
        "İran ve Türkiye ulaştırma bakanları Tahran'da görüştü\n"
        "Türkiye Ulaştırma ve Altyapı Bakanı, İran Yol ve Şehircilik Bakanı ile demiryolu ve sınır kapılarını "
        "görüştü.\n"
        "1\n"
        "Bakan, Siber Güvenlik Başkanı'nı kabul etti\n"
        "2\n"
        "Yapay zekâ zirvesi İstanbul'da başladı\n"
    ),
    "en": (
        "Iran and Turkey discuss railways and border crossings\n"
        "The transport ministers of Iran and Turkey met in Tehran to discuss railways and border crossings.\n"
        "1\n"
        "Minister receives the head of the Cyber Security Authority\n"
        "2\n"
        "Artificial intelligence summit opens in Istanbul\n"
    ),
}


def test_a_ranked_list_of_headlines_does_not_make_a_transport_meeting_technology_news():
    for lang, text in RANKED_LIST.items():
        article = _article(text, lang)
        assert article.events == [], lang


def test_a_story_paragraph_after_a_related_header_is_not_furniture():
    text = (
        "Kenya and India sign a memorandum on data centres\n"
        "Read also:\n"
        "The two ministers also discussed cybersecurity.\n"
    )
    spans = furniture_spans(text, "en")
    listed = "".join(text[a:b] for a, b in spans)
    assert "Read also" in listed
    assert "cybersecurity" not in listed


def test_a_transport_ministers_title_alone_does_not_make_technology_news():
    # Turkish: the ministry of transport also oversees communications, but a transport meeting is no tech news
    text = (
        "Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu, Özbekistan Ulaştırma Bakanı ile bir araya geldi ve "
        "karayolu projelerini görüştü."
    )
    assert _article(text, "tr").events == []
    with_ict = text + " Görüşmede bilişim ve siber güvenlik alanında işbirliği de ele alındı."
    assert _article(with_ict, "tr").events != []


def test_the_course_of_events_is_no_hungary():
    text = (
        "استقبل وزير الاتصالات السعودي سفير اليابان وبحثا التعاون في الأمن السيبراني، وتابعا مجريات أعمال "
        "المؤتمر الدولي للاتصالات."
    )
    assert "HUN" not in _parties(text, "ar")
    assert {"JPN", "SAU"} <= _parties(text, "ar")


def test_raising_the_level_of_cooperation_is_intent_inside_the_talks():
    text = (
        "استقبل وزير الاتصالات السعودي سفير بريطانيا في الرياض، واتفق الطرفان على رفع مستوى التعاون في مجال "
        "الأمن السيبراني."
    )
    types = {event.type for event in _article(text, "ar").events}
    assert types == {"CONSULT"}


# Digitalisation in general names no area (spec §3), in the languages whose lexicons had it as software.
DIGITALISATION = {
    "ar": "استقبل وزير الاتصالات السعودي سفير اليابان وبحثا الرقمنة والأمن السيبراني.",
    "fa": "وزیر ارتباطات ایران با سفیر ژاپن دیدار کرد و درباره دیجیتالی سازی و امنیت سایبری گفتگو کرد.",
    "ur": "پاکستان کے وفاقی وزیر آئی ٹی نے جاپان کے سفیر سے ملاقات کی جس میں ڈیجیٹلائزیشن اور سائبر سیکیورٹی پر بات "
    "چیت ہوئی۔",
}


def test_digitalisation_in_general_names_no_area():
    for lang, text in DIGITALISATION.items():
        assert _areas(text, lang) == {"cybersecurity"}, lang


# How an agreement will work once implemented is its plan, not cooperation being carried out (spec §2): one AGREE.
# (English: German and Indonesian already read such sentences as the agreement's.)
def test_the_future_implementation_of_an_agreement_is_no_cooperation_event():
    text = (
        "India and Sri Lanka signed a memorandum on e-governance and cybersecurity in Colombo. Once implemented, "
        "the memorandum should accelerate the development of the two countries' ICT sectors."
    )
    assert [event.type for event in _article(text, "en").events] == ["AGREE"]


# The pluperfect tells what happened before the news ("had signed", "avaient signé"): background (cue `recall`),
# neither an event of its own nor a source of the news event's fields.
PLUPERFECT = {
    "en": "The ministers of India and Japan met in Tokyo on Monday to discuss 5G. India and Japan had signed a "
    "memorandum on cybersecurity.",
    "fr": "Les ministres du Maroc et du Japon se sont rencontrés lundi à Tokyo pour discuter de la 5G. Le Maroc et "
    "le Japon avaient signé un mémorandum sur la cybersécurité.",
    "es": "Los ministros de México y Japón se reunieron el lunes en Tokio para conversar sobre 5G. México y Japón "
    "habían firmado un memorando sobre ciberseguridad.",
    "it": "I ministri di Italia e Giappone si sono incontrati lunedì a Tokyo per discutere di 5G. Italia e "
    "Giappone avevano firmato un memorandum sulla cybersicurezza.",
}


def test_what_had_happened_before_is_background():
    for lang, text in PLUPERFECT.items():
        events = _article(text, lang).events
        assert [(event.type, event.areas) for event in events] == [("CONSULT", ["mobile_5g"])], lang


def test_a_cabinet_approval_for_signing_is_agreed_not_signed():
    text = (
        "New Delhi, November 4: The Union Cabinet has given its approval for signing a memorandum of understanding "
        "between India and the United Kingdom on cooperation in telecommunications and 5G."
    )
    assert [(event.type, event.status) for event in _article(text, "en").events] == [("AGREE", "agreed")]


# Where a minister arrives is a place, not a party ("arrived in Romania", Urdu "رومانیہ پہنچے", Hindi "रोमानिया पहुंचे").
ARRIVAL = {
    "ur": "پاکستان کے وفاقی وزیر آئی ٹی ہفتے کو رومانیہ پہنچے، جہاں انہوں نے جاپان کے وزیر سے ملاقات کی اور سائبر "
    "سیکیورٹی پر بات چیت کی۔",
    "hi": "भारत के संचार मंत्री शनिवार को रोमानिया पहुंचे, जहां उन्होंने जापान के मंत्री से मुलाकात की और साइबर सुरक्षा पर चर्चा की।",
    "en": "India's communications minister arrived in Romania on Saturday, where he met the minister of Japan and "
    "discussed cybersecurity.",
}


def test_where_a_minister_arrives_is_no_party():
    for lang, text in ARRIVAL.items():
        parties = _parties(text, lang)
        assert "ROU" not in parties, lang
        assert "JPN" in parties, lang


def test_the_name_salman_is_no_handover():
    # "سلم" (handed over) with the ending "ان" spells Salman: the king's or crown prince's name is no AID trigger
    text = "وأشاد السفير الياباني برؤية ولي العهد الأمير محمد بن سلمان للتحول الرقمي."
    lexicon = load("ar")
    triggers = [m for m in find_mentions(normalize(text, lexicon.keep_marks), lexicon) if m.category == "trigger"]
    assert all(m.value != "AID" for m in triggers)


def test_names_spelled_like_arabic_verbs_are_no_triggers():
    # Sadiq (صادق, "ratified") and the Taliban (طالبان, طالب "demanded" + ان) are names, not interactions
    lexicon = load("ar")
    for text in ("التقى وزير الاتصالات الإيراني صادق عباسي بالصحفيين.", "وقال إن حركة طالبان تسيطر على كابول."):
        mentions = find_mentions(normalize(text, lexicon.keep_marks), lexicon)
        assert not [m for m in mentions if m.category == "trigger" and m.value in ("AGREE", "REQUEST")], text


def test_in_a_bid_to_is_an_attempt_not_a_request():
    lexicon = load("en")
    text = "In a bid to deepen their partnership, India and Japan will expand 5G trials."
    mentions = find_mentions(normalize(text, lexicon.keep_marks), lexicon)
    assert not [m for m in mentions if m.category == "trigger" and m.value == "REQUEST"]


def test_names_of_itu_bodies_name_no_field():
    text = (
        "Belarus's minister of communications met the Director of the ITU Telecommunication Development Bureau "
        "in Minsk to discuss digital skills and the World Telecommunication Development Conference."
    )
    areas = _areas(text, "en")
    assert "research_education" in areas
    assert "telecom_infrastructure" not in areas


def test_a_conference_of_telecommunications_ministers_names_their_office_not_a_field():
    text = (
        "In Vientiane endete die Konferenz der Telekommunikations- und IT-Minister der ASEAN mit Vertretern Japans. "
        "ASEAN und Japan sprachen über Cybersicherheit."
    )
    areas = _areas(text, "de")
    assert "cybersecurity" in areas
    assert "telecom_infrastructure" not in areas


def test_to_promote_is_a_purpose_not_funding():
    text = "ASEAN und Japan verstärken Zusammenarbeit zur Förderung des digitalen Wandels und der Cybersicherheit."
    assert "AID" not in {event.type for event in _article(text, "de").events}


def test_the_hellenic_republic_is_greece():
    text = (
        "The meeting of the ICT working group was attended by representatives of the Republic of Bulgaria and the "
        "Hellenic Republic, who discussed cybersecurity."
    )
    assert "GRC" in _parties(text, "en")


# A caption's credit label ("Foto:") makes its sentence the picture's occasion, not news.
CAPTION = {
    "es": "México y Japón firman un memorando sobre 5G\nFoto: Los ministros de México y Japón se reúnen en Tokio.\n"
    "México y Japón firmaron el lunes en Tokio un memorando sobre 5G.",
    "id": "Indonesia dan Jepang teken nota kesepahaman 5G\nFoto: Menteri Indonesia dan Jepang bertemu di Tokyo.\n"
    "Indonesia dan Jepang menandatangani nota kesepahaman tentang 5G di Tokyo pada Senin.",
    "en": "India and Japan sign a memorandum on 5G\nPhoto: The ministers of India and Japan meet in Tokyo.\n"
    "India and Japan signed a memorandum on 5G in Tokyo on Monday.",
}


def test_a_photo_caption_is_no_meeting():
    for lang, text in CAPTION.items():
        assert [event.type for event in _article(text, lang).events] == ["AGREE"], lang


# The press as a source ("according to media reports") and the contents of a document name no media field.
PRESS_AS_SOURCE = {
    "de": "Deutschland und Japan unterzeichneten in Tokio eine Absichtserklärung zur Cybersicherheit, "
    "Medienberichten zufolge. Die Inhalte des Abkommens wurden nicht veröffentlicht.",
    "sw": "Kenya na China zilitia saini mkataba wa usalama wa mtandao jijini Nairobi. Maudhui ya mkataba huo "
    "hayajatangazwa.",
    "en": "Japan and Germany signed a memorandum on cybersecurity in Tokyo, according to media reports. The contents "
    "of the agreement were not published.",
}


def test_the_press_as_a_source_names_no_media_field():
    for lang, text in PRESS_AS_SOURCE.items():
        assert _areas(text, lang) == {"cybersecurity"}, lang


# Words that name any production, delivery or ecosystem name no technology field by themselves.
GENERIC_WORDS = {
    "de": "Deutschland und Indien unterzeichneten in Berlin eine Absichtserklärung zur Cybersicherheit. Indien "
    "baut eine neue Fabrik, und beide Länder wollen das Ökosystem der Region stärken.",
    "tr": "Türkiye ile Japonya, Tokyo'da siber güvenlik alanında bir mutabakat zaptı imzaladı. Bakan daha sonra sosyal "
    "ağlarda bir gönderi paylaştı.",
}


def test_generic_production_and_delivery_words_name_no_field():
    for lang, text in GENERIC_WORDS.items():
        assert _areas(text, lang) == {"cybersecurity"}, lang


# "Digital cooperation" is technology news with no field of its own (spec §3); the Digital Cooperation
# Organization's name is a name, no field and no technology news.
DIGITAL_COOPERATION = {
    "es": "Marruecos y Senegal firmaron el lunes dos acuerdos de cooperación digital.",
    "fr": "Le Maroc et le Sénégal ont signé lundi deux accords de coopération numérique.",
    "pt": "Marrocos e Senegal assinaram na segunda-feira dois acordos de cooperação digital.",
    "vi": "Maroc và Senegal đã ký hai thỏa thuận hợp tác số vào thứ Hai.",
}


@pytest.mark.parametrize("lang", sorted(DIGITAL_COOPERATION))
def test_digital_cooperation_is_technology_news_with_no_area(lang: str):
    events = extract(Document(id="t", text=DIGITAL_COOPERATION[lang], source="t", lang=lang)).events
    assert [(e.type, e.parties, e.areas) for e in events] == [("AGREE", ["MAR", "SEN"], [])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Morocco's cabinet approved the ratification of the charter of the Digital Cooperation Organization and "
            "of the military agreement with Romania.",
        ),
        (
            "fr",
            "Le conseil de gouvernement marocain a adopté la ratification de la charte de l'Organisation de la "
            "coopération numérique et de l'accord avec la Roumanie.",
        ),
    ],
)
def test_the_digital_cooperation_organizations_name_makes_no_technology_news(lang: str, text: str):
    assert extract(Document(id="t", text=text, source="t", lang=lang)).events == []
