"""Japanese, Chinese, Korean and Russian on sentences written for these tests: what real pages in these
languages do that the project's own briefs did not (Traditional spellings of state names, foreign officials
named in katakana on pages of foreign outlets, ministries named without their state)."""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, lang: str) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


def _parties(text: str, lang: str) -> set[str]:
    return {p for e in _events(text, lang) for p in e["parties"]}


# Taiwan and Hong Kong pages, and pages converted character by character, write states the Traditional way.
TRADITIONAL_NAMES = {
    "法國": ("2019年，中國工業和信息化部部長會見法國經濟部部長，雙方簽署了數字經濟合作諒解備忘錄。", "FRA"),
    "烏拉圭": ("2019年，工業和信息化部部長在京會見烏拉圭工業部部長，雙方簽署了信息通信領域合作諒解備忘錄。", "URY"),
    "莫三比克": ("2020年，中國與莫三比克簽署了數字經濟合作諒解備忘錄。", "MOZ"),
    "哥斯達黎加": ("中國工業和信息化部與哥斯達黎加政府簽署了電子政務合作諒解備忘錄。", "CRI"),
}


@pytest.mark.parametrize("name", sorted(TRADITIONAL_NAMES))
def test_traditional_spellings_of_state_names_are_parties(name: str):
    text, code = TRADITIONAL_NAMES[name]
    assert _parties(text, "zh") == {"CHN", code}


def test_a_state_name_inside_a_transliterated_personal_name_is_no_party():
    # 查德 (Chad in Taiwan) runs inside 理查德 (Richard): that short form is left out
    text = "中國工業和信息化部部長會見美國商務部長理查德，雙方討論了半導體合作。"
    assert _parties(text, "zh") == {"CHN", "USA"}


# A Japanese page of a Vietnamese or Chinese outlet names its officials in katakana: the minister with no
# state beside him is not Japan's, and Japan is no party unless the page names it.
FOREIGN_HOLDER = {
    "name before the title": "グエン・マイン・フン情報通信大臣は、中国の工業情報化大臣と会談し、両国のデジタル経済協力について協議した。",
    "name after the title": "情報通信大臣のグエン・マイン・フン氏は、中国の工業情報化大臣と会談し、両国のデジタル経済協力について協議した。",
}


@pytest.mark.parametrize("case", sorted(FOREIGN_HOLDER))
def test_an_official_named_in_katakana_is_not_the_publishers_minister(case: str):
    assert "JPN" not in _parties(FOREIGN_HOLDER[case], "ja")


def test_a_katakana_loanword_after_the_title_is_no_foreign_holder():
    # "the minister's message": a loanword, neither a dotted full name nor followed by 氏
    text = "総務大臣のメッセージでは、ラオスの郵便電気通信大臣と5G分野の協力について協議したことが紹介された。"
    assert _parties(text, "ja") == {"JPN", "LAO"}


def test_the_foreign_officials_state_comes_from_the_page_when_it_names_it():
    text = "グエン・マイン・フン情報通信大臣は、中国の工業情報化大臣と会談し、ベトナムと中国のデジタル経済協力について協議した。"
    assert _parties(text, "ja") == {"CHN", "VNM"}


def test_an_official_named_in_kanji_with_a_bare_title_is_still_the_publishers():
    text = "松本総務大臣は、中国の工業情報化大臣と会談し、両国のデジタル経済協力について協議した。"
    assert _parties(text, "ja") == {"CHN", "JPN"}


# Ministries that act for their state, named without it: Uzbekistan's former ICT ministry (Мининфоком), and
# Russia's digital ministry by its full name.
MINISTRIES = {
    "Мининфоком": (
        "Делегация Мининфокома провела переговоры в Минцифры России и подписала меморандум о сотрудничестве в "
        "области ИКТ.",
        {"RUS", "UZB"},
    ),
    "Мининфоком, full": (
        "Министерство по развитию информационных технологий и коммуникаций подписало меморандум о сотрудничестве "
        "в области ИКТ с Министерством связи Вьетнама.",
        {"UZB", "VNM"},
    ),
    "Минцифры, full": (
        "Мининфоком подписал меморандум о сотрудничестве в области ИКТ с Министерством цифрового развития, связи и "
        "массовых коммуникаций.",
        {"RUS", "UZB"},
    ),
}


@pytest.mark.parametrize("case", sorted(MINISTRIES))
def test_a_ministry_named_without_its_state_acts_for_it(case: str):
    text, parties = MINISTRIES[case]
    assert _parties(text, "ru") == parties


# "Held bilateral meetings with the ministers of Laos and Brunei": one meeting with each, not one of three.
BILATERAL_MEETINGS = {
    "ko": (
        "과학기술정보통신부 장관은 라오스와 브루나이의 장관과 양자면담을 갖고 5G 협력을 확대하기로 합의했다.",
        "KOR",
    ),
    "ja": ("総務大臣は、ラオス及びブルネイの大臣と二国間会合を行い、5G分野の協力について意見交換を行った。", "JPN"),
    "zh": ("工业和信息化部部长与老挝、文莱部长举行双边会晤，就5G合作交换意见。", "CHN"),
    "ru": (
        "Министр цифрового развития провел двусторонние переговоры с министрами Лаоса и Брунея о сотрудничестве в "
        "области 5G.",
        "RUS",
    ),
}


@pytest.mark.parametrize("lang", sorted(BILATERAL_MEETINGS))
def test_bilateral_meetings_with_several_states_are_one_event_each(lang: str):
    text, home = BILATERAL_MEETINGS[lang]
    pairs = sorted(tuple(e["parties"]) for e in _events(text, lang))
    assert pairs == sorted(tuple(sorted((home, partner))) for partner in ("BRN", "LAO"))


# The publisher's state named only as one partner in a list is no sign that it is the article's subject: a
# ministry of another state signing "with Malaysia, Estonia, <the publisher's state> and Romania" is the
# subject, with one event per partner.
LISTED_HOME = {
    "ru": (
        "Баку, 9 января. Министерство связи Азербайджана подготовило проекты соглашений о сотрудничестве в сфере "
        "ИКТ с рядом стран.\nПланируется подписать меморандумы с Малайзией, Эстонией, Россией и Румынией.",
        "RUS",
    ),
    "ja": (
        "アゼルバイジャン情報通信省は、マレーシア、エストニア、日本、ルーマニアとそれぞれICT分野の協力覚書に署名する予定だと"
        "発表した。",
        "JPN",
    ),
    "zh": ("阿塞拜疆通信部表示，将分别与马来西亚、爱沙尼亚、中国和罗马尼亚签署信息通信技术合作谅解备忘录。", "CHN"),
    "ko": (
        "아제르바이잔 정보통신부는 말레이시아, 에스토니아, 한국, 루마니아와 각각 ICT 협력 양해각서를 체결할 예정이라고 "
        "밝혔다.",
        "KOR",
    ),
}


@pytest.mark.parametrize("lang", sorted(LISTED_HOME))
def test_the_publishers_state_in_a_list_of_partners_is_one_partner(lang: str):
    text, listed = LISTED_HOME[lang]
    pairs = sorted(tuple(e["parties"]) for e in _events(text, lang))
    assert pairs == sorted(tuple(sorted(("AZE", partner))) for partner in ("EST", "MYS", "ROU", listed))


# Japanese pages of Korean outlets: a name in Han characters with its katakana reading, and a Korean ministry's
# head (部長官), are no Japanese official.
KOREAN_OFFICIALS = {
    "reading": "李正民(イ・ジョンミン)長官は、モロッコの産業相と会談し、電子政府分野の協力について協議した。",
    "部長官": "未来創造科学部長官は28日、中国の工業情報化相とソウルで会談し、5G分野の協力を強化することで合意した。",
}


@pytest.mark.parametrize("case", sorted(KOREAN_OFFICIALS))
def test_a_korean_official_in_japanese_is_not_the_publishers(case: str):
    assert "JPN" not in _parties(KOREAN_OFFICIALS[case], "ja")


def test_a_korean_ministry_head_named_with_his_state_is_korea():
    text = "韓国の未来創造科学部長官は28日、中国の工業情報化相とソウルで会談し、5G分野の協力を強化することで合意した。"
    assert _parties(text, "ja") == {"CHN", "KOR"}


# A wire story from abroad: the official first named with a place of his own, then named again by the same
# bare title, is that same official, not the publisher's minister.
SAME_OFFICE = {
    "ru": (
        "Утром 28 ноября в Ханое министр информации и коммуникаций Нгуен Ван Нам провел встречу с новыми послами.\n"
        "Министр информации и коммуникаций Нгуен Ван Нам и посол Ким Ли на встрече.\n"
        "Министр подписал с Лаосом меморандум о сотрудничестве в области цифровой экономики.",
        "RUS",
    ),
    "ko": (
        "28일 하노이에서 정보통신부 장관 응우옌 반 남은 신임 대사들을 만났다.\n"
        "정보통신부 장관 응우옌 반 남과 김리 대사가 회의에 참석했다.\n"
        "장관은 라오스와 디지털 경제 협력 양해각서를 체결했다.",
        "KOR",
    ),
    "de": (
        "Am 28. November traf in Hanoi der Minister für Information und Kommunikation Nguyen Van Nam die neuen "
        "Botschafter.\nDer Minister für Information und Kommunikation Nguyen Van Nam und Botschafter Kim Li bei dem "
        "Treffen.\nDer Minister unterzeichnete mit Laos eine Absichtserklärung über die Zusammenarbeit in der "
        "digitalen Wirtschaft.",
        "DEU",
    ),
}


@pytest.mark.parametrize("lang", sorted(SAME_OFFICE))
def test_the_same_office_named_again_without_a_state_is_not_the_publishers(lang: str):
    text, publisher = SAME_OFFICE[lang]
    assert publisher not in _parties(text, lang)


# A Chinese page of a foreign agency opens with the agency glued to the city it filed from ("越通社河内——"): an
# unmarked "the Prime Minister" there is that state's, and a domestic meeting of that state is no event of China.
FOREIGN_AGENCY = {
    "Simplified": "越通社河内——18日,政府总理出席信息传媒部年度工作会议,要求加快电子政务和网络安全建设。",
    "Traditional": "越通社河內——18日,政府總理出席信息傳媒部年度工作會議,要求加快電子政務和網絡安全建設。",
}


@pytest.mark.parametrize("script", sorted(FOREIGN_AGENCY))
def test_a_foreign_agencys_dateline_makes_its_state_the_subject(script: str):
    assert _events(FOREIGN_AGENCY[script], "zh") == []


def test_a_foreign_agencys_dateline_keeps_the_partner_it_reports():
    text = "越通社河内——18日,政府总理会见老挝新闻部部长,双方就电子政务和网络安全合作交换意见。"
    assert _parties(text, "zh") == {"LAO", "VNM"}


# "The ASEAN region's cyber-security training" names a region as a topic: ASEAN is no party of the talks.
ASEAN_REGION = {
    "ja": (
        "総務大臣はベトナムの情報通信大臣と会談し、ASEAN地域のサイバーセキュリティ人材育成について協議した。",
        "JPN",
    ),
    "ko": (
        "과학기술정보통신부 장관은 베트남 정보통신부 장관과 만나 아세안 지역의 사이버 보안 인력 양성을 논의했다.",
        "KOR",
    ),
    "zh": ("中国工业和信息化部部长会见越南信息传媒部部长，双方就东盟地区网络安全人才培养交换意见。", "CHN"),
    "ru": (
        "Министр цифрового развития России встретился с министром информации Вьетнама и обсудил подготовку кадров "
        "по кибербезопасности для региона АСЕАН.",
        "RUS",
    ),
}


@pytest.mark.parametrize("lang", sorted(ASEAN_REGION))
def test_the_asean_region_as_a_topic_is_no_party(lang: str):
    text, home = ASEAN_REGION[lang]
    assert _parties(text, lang) == {home, "VNM"}


def _people(text: str, lang: str) -> dict[str, str | None]:
    return {p["name"]: p["party"] for e in _events(text, lang) for p in e["people"]}


# Korean writes a bilateral pair with one syllable of the partner's name (한·호: Korea-Australia, 한·뉴: Korea-New
# Zealand), and a bilateral meeting (양자면담) is a meeting of its own.
def test_korean_pair_abbreviations_and_bilateral_meetings_give_one_event_per_pair():
    text = "최 위원장은 한·뉴 양자면담, 한·호 양자면담을 갖고 방송통신 협력을 논의했다."
    assert sorted(tuple(e["parties"]) for e in _events(text, "ko")) == [("AUS", "KOR"), ("KOR", "NZL")]


@pytest.mark.parametrize("pair, code", [("한·몽", "MNG"), ("한-베", "VNM"), ("한ㆍ캐", "CAN")])
def test_korean_one_syllable_pairs_name_both_states(pair: str, code: str):
    text = f"양국 장관은 {pair} 디지털 협력 양해각서를 체결했다."
    assert _parties(text, "ko") == {"KOR", code}


# Offices the publisher's state does not have (a president or king for Japan, a king for Russia) are held by
# another state's official: a bare one neither makes the publisher a party nor gets its nationality.
FOREIGN_OFFICES = {
    "ja": ("習近平国家主席は12日、ラオスの首相と会談し、両国のデジタル経済協力について協議した。", "JPN"),
    "ru": (
        "Король Абдалла провел переговоры с премьер-министром Лаоса о сотрудничестве в области цифровой экономики. "
        "Иордания и Лаос укрепят сотрудничество.",
        "RUS",
    ),
}


@pytest.mark.parametrize("lang", sorted(FOREIGN_OFFICES))
def test_an_office_the_publishers_state_does_not_have_is_anothers(lang: str):
    text, publisher = FOREIGN_OFFICES[lang]
    assert publisher not in _parties(text, lang)
    assert publisher not in _people(text, lang).values()


def test_a_transliterated_name_takes_the_state_written_beside_it_elsewhere():
    # "Minister Hung" under a bare title is the Vietnamese minister named with his state a sentence before
    text = (
        "林総務大臣はベトナムのフン科学技術大臣と会談し、デジタル分野の協力について協議した。\n"
        "現地では、フン大臣のほか、カンボジアのチア郵便電気通信大臣、シンガポールのテオ大臣と会談し、5Gについて意見交換した。"
    )
    second = _events(text, "ja")[-1]
    assert second["parties"] == ["JPN", "KHM", "SGP", "VNM"]
    assert {p["name"]: p["party"] for p in second["people"]}["フン"] == "VNM"


def test_a_korean_case_particle_closes_the_titles_phrase():
    # "최 차관은 ... 프랑스를 방문해": France is the object of the visit, not the vice-minister's state
    text = (
        "최 차관, 한국 ICT 정책 칠레에 소개\n2016-05-15 12:00\n"
        "최재유 미래창조과학부 제2차관이 16일 칠레를 방문해 한국의 ICT 정책을 소개한다.\n"
        "최 차관은 18일 귀국길에 프랑스를 방문해 OECD 및 프랑스와의 과학기술‧ICT 협력방안을 논의할 예정이다."
    )
    assert ["FRA", "KOR", "OECD"] in [e["parties"] for e in _events(text, "ko")]
