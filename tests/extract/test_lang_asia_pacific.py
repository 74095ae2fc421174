"""Japanese, Chinese, Korean, Vietnamese, Malay and Indonesian on sentences written for these tests: the
general words real pages in these languages use (digital technology and cooperation, short state names,
private companies of a state, an organisation's committee named as a topic, the press as an audience)."""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, lang: str) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


# "Digital technology / digital cooperation / the digital field" make a signing technology news, with no field.
DIGITAL_COOPERATION = {
    "ko": ("한국 과학기술정보통신부는 몽골 정부와 디지털 기술 협력에 관한 양해각서를 체결했다.", ["KOR", "MNG"]),
    "zh": ("中国工业和信息化部与蒙古国政府签署了数字合作谅解备忘录。", ["CHN", "MNG"]),
    "ja": ("日本政府はモンゴル政府とデジタル分野の協力覚書に署名しました。", ["JPN", "MNG"]),
    "vi": ("Việt Nam và Mông Cổ đã ký kết bản ghi nhớ hợp tác về công nghệ số.", ["MNG", "VNM"]),
    "id": ("Indonesia dan Mongolia menandatangani nota kesepahaman kerja sama digital di Jakarta.", ["IDN", "MNG"]),
    "ms": ("Malaysia dan Mongolia menandatangani memorandum persefahaman mengenai teknologi digital.", ["MNG", "MYS"]),
}


@pytest.mark.parametrize("lang", sorted(DIGITAL_COOPERATION))
def test_digital_technology_and_cooperation_make_technology_news_without_a_field(lang: str):
    text, parties = DIGITAL_COOPERATION[lang]
    (event,) = _events(text, lang)
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == parties
    assert event["areas"] == []


def test_a_signing_without_any_technology_word_stays_no_event():
    # the same sentences without the digital words are diplomacy without technology
    assert _events("한국 정부는 몽골 정부와 관광 협력에 관한 양해각서를 체결했다.", "ko") == []
    assert _events("Indonesia dan Mongolia menandatangani nota kesepahaman kerja sama pariwisata.", "id") == []
    assert _events("日本政府はモンゴル政府と観光分野の協力覚書に署名しました。", "ja") == []


# Bare 도미니카 / ドミニカ / 多米尼加 is the Dominican Republic; Dominica has its own longer name.
DOMINICAN = {
    "ko": ("한국 정부는 도미니카 정부와 전자정부 협력 양해각서를 체결했다.", "DOM"),
    "ja": ("日本政府はドミニカ政府と電子政府に関する協力覚書に署名しました。", "DOM"),
    "zh": ("中国政府与多米尼加政府签署了电子政务合作谅解备忘录。", "DOM"),
    "ko-dma": ("한국 정부는 도미니카 연방 정부와 전자정부 협력 양해각서를 체결했다.", "DMA"),
}


@pytest.mark.parametrize("case", sorted(DOMINICAN))
def test_the_bare_short_name_is_the_dominican_republic(case: str):
    text, code = DOMINICAN[case]
    (event,) = _events(text, case[:2])
    assert code in event["parties"]
    assert {"DMA", "DOM"} - {code} & set(event["parties"]) == set()


# The OECD's Development Assistance Committee named as the list of recipient countries is not the OECD acting.
OECD_DAC = {
    "ko": "한국 과학기술정보통신부는 라오스 정부와 전자정부 협력 양해각서를 체결했다. "
    "대상국은 OECD 개발원조위원회 수원국 가운데 선정한다.",
    "ja": "日本の総務省はラオス政府と電子政府に関する協力覚書に署名しました。"
    "対象国はOECD開発援助委員会の援助対象国から選ばれます。",
    "zh": "中国工业和信息化部与老挝政府签署了电子政务合作谅解备忘录。合作对象国从经合组织发展援助委员会受援国中选定。",
}


@pytest.mark.parametrize("lang", sorted(OECD_DAC))
def test_the_oecd_aid_committee_named_as_a_topic_is_no_party(lang: str):
    events = _events(OECD_DAC[lang], lang)
    assert events
    assert all("OECD" not in e["parties"] for e in events)
    assert {p for e in events for p in e["parties"]} == {"LAO", lang_home(lang)}


def lang_home(lang: str) -> str:
    return {"ko": "KOR", "ja": "JPN", "zh": "CHN"}[lang]


def test_leading_companies_of_a_state_are_no_party_in_vietnamese():
    text = (
        "Thủ tướng Việt Nam đã gặp gỡ các tập đoàn và doanh nghiệp hàng đầu của Nhật Bản trong lĩnh vực bán dẫn "
        "và trí tuệ nhân tạo tại Tokyo."
    )
    assert _events(text, "vi") == []
    # the state itself, not its companies, is a party
    text = "Thủ tướng Việt Nam đã hội đàm với Thủ tướng Nhật Bản về hợp tác bán dẫn và trí tuệ nhân tạo tại Tokyo."
    (event,) = _events(text, "vi")
    assert event["parties"] == ["JPN", "VNM"]


def test_meeting_the_press_is_no_media_area_in_vietnamese():
    text = (
        "Thủ tướng Việt Nam và Thủ tướng Nhật Bản đã hội đàm về hợp tác bán dẫn, sau đó gặp gỡ báo chí "
        "và thông báo kết quả hội đàm."
    )
    (event,) = _events(text, "vi")
    assert event["parties"] == ["JPN", "VNM"]
    assert "media_information" not in event["areas"]
    # the press as a field of cooperation is still an area
    text = "Việt Nam và Lào đã ký kết bản ghi nhớ hợp tác trong lĩnh vực báo chí."
    (event,) = _events(text, "vi")
    assert event["areas"] == ["media_information"]


# Malay and Indonesian pages keep the English acronyms of states ("ASEAN-ROK", "PRC").
ACRONYMS = {
    "ms": "Menteri Digital Malaysia menghadiri Mesyuarat Menteri-Menteri ASEAN-ROK mengenai keselamatan siber di Busan.",
    "id": "Menteri Komunikasi Indonesia menghadiri Pertemuan Menteri ASEAN-ROK tentang keamanan siber di Busan.",
}


@pytest.mark.parametrize("lang", sorted(ACRONYMS))
def test_the_english_acronym_of_a_state_is_that_state(lang: str):
    parties = {p for e in _events(ACRONYMS[lang], lang) for p in e["parties"]}
    assert {"ASEAN", "KOR"} <= parties


# A programme whose name holds a state's name ("AI Singapore") is no party.
PROGRAMME = {
    "ms": "Malaysia dan Indonesia menandatangani memorandum persefahaman mengenai kecerdasan buatan yang disokong "
    "oleh AI Singapore.",
    "id": "Indonesia dan Malaysia menandatangani nota kesepahaman tentang kecerdasan buatan yang didukung AI Singapore.",
    "vi": "Việt Nam và Lào đã ký kết bản ghi nhớ hợp tác về trí tuệ nhân tạo với sự hỗ trợ của AI Singapore.",
}


@pytest.mark.parametrize("lang", sorted(PROGRAMME))
def test_a_programme_named_after_a_state_is_no_party(lang: str):
    (event,) = _events(PROGRAMME[lang], lang)
    assert "SGP" not in event["parties"]
    assert event["areas"] == ["ai"]


@pytest.mark.parametrize("dot", ["·", "‧", "ㆍ"])
def test_korean_pair_abbreviations_with_any_middle_dot(dot: str):
    text = f"이후 열린 한{dot}일 면담에서 양국은 인공지능 분야 협력을 논의했다."
    (event,) = _events(text, "ko")
    assert event["parties"] == ["JPN", "KOR"]


# A state beside a technology company's name is the company's origin or customer: companies are no parties.
COMPANY = {
    "zh": "中國政府表示支持。華為與俄羅斯簽署了5G網絡合作協議。",
    "vi": "Huawei Trung Quốc và Samsung Hàn Quốc đã ký kết thỏa thuận hợp tác về mạng 5G.",
    "ko": "한국 정부는 환영했다. 화웨이 말레이시아는 인공지능 협력 양해각서를 체결했다.",
    "ja": "日本政府は歓迎した。ファーウェイ・タイは5Gに関する協力覚書に署名しました。",
}


@pytest.mark.parametrize("lang", sorted(COMPANY))
def test_a_state_beside_a_technology_companys_name_is_no_party(lang: str):
    parties = {p for e in _events(COMPANY[lang], lang) for p in e["parties"]}
    assert len(parties) < 2, parties


def test_a_state_owned_operator_named_after_its_state_is_no_party_in_chinese():
    text = "中国与英国签署了5G合作谅解备忘录。英國電訊在同日開通5G服務。"
    assert {tuple(e["parties"]) for e in _events(text, "zh")} == {("CHN", "GBR")}
    assert _events("英國電訊與德國電信在倫敦簽署5G網絡合作協議。", "zh") == []


# Operators, makers and start-ups of two states signing with each other are companies, not the states.
FIRMS = {
    "vi": "Nhà mạng Lào và nhà mạng Campuchia đã ký kết thỏa thuận chuyển vùng quốc tế về 5G.",
    "ja": "タイの通信事業者とベトナムのメーカーが5Gの協力覚書に署名した。",
    "ko": "말레이시아 스타트업과 태국 제조사가 인공지능 협력 양해각서를 체결했다.",
    "id": "Startup Malaysia dan pabrikan Thailand menandatangani nota kesepahaman tentang kecerdasan buatan.",
    "ms": "Startup Thailand dan pengendali Vietnam menandatangani memorandum persefahaman mengenai kecerdasan buatan.",
}


@pytest.mark.parametrize("lang", sorted(FIRMS))
def test_operators_makers_and_start_ups_of_two_states_are_no_parties(lang: str):
    assert _events(FIRMS[lang], lang) == []


# Pair abbreviations whose partner's short name is a common word alone.
PAIRS = {
    ("vi", "Diễn đàn hợp tác Việt – Hàn về bán dẫn và trí tuệ nhân tạo đã khai mạc tại Seoul."): ["KOR", "VNM"],
    ("vi", "Hai bên nhất trí thúc đẩy hợp tác Việt - Trung về chuyển đổi số và an ninh mạng."): ["CHN", "VNM"],
    ("ja", "第2回越日ICT対話がハノイで開催され、5Gとサイバーセキュリティについて意見交換を行いました。"): [
        "JPN",
        "VNM",
    ],
    ("ja", "中越両国はデジタル経済に関する協力覚書に署名しました。"): ["CHN", "VNM"],
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_pair_abbreviations_name_both_states(case: tuple[str, str]):
    lang, text = case
    assert {p for e in _events(text, lang) for p in e["parties"]} == set(PAIRS[case])


def test_a_place_that_looks_like_a_pair_is_no_pair_in_japanese():
    # 中越地方 is a region of Niigata, 日比谷 a district of Tokyo
    assert _events("中越地方の自治体は5Gの実証実験に関する協定を結んだ。", "ja") == []


def test_vietnamese_digital_platforms_name_no_field_and_the_legal_environment_is_regulation():
    text = (
        "Bộ trưởng Việt Nam và Bộ trưởng Campuchia đã hội đàm về phát triển các nền tảng số và hoàn thiện "
        "môi trường pháp lý cho chuyển đổi số."
    )
    (event,) = _events(text, "vi")
    assert event["parties"] == ["KHM", "VNM"]
    assert event["areas"] == ["internet_governance"]


# A bare "aplikasi" (an app, an application) and "sains" (science) name no technology field.
APP_AND_SCIENCE = {
    "id": "Menteri Komunikasi Indonesia bertemu Menteri Digital Malaysia membahas keamanan siber, sains dan aplikasi TikTok.",
    "ms": "Menteri Digital Malaysia bertemu Menteri Komunikasi Indonesia membincangkan keselamatan siber, sains dan "
    "aplikasi TikTok.",
}


@pytest.mark.parametrize("lang", sorted(APP_AND_SCIENCE))
def test_a_bare_app_or_science_names_no_field(lang: str):
    (event,) = _events(APP_AND_SCIENCE[lang], lang)
    assert event["parties"] == ["IDN", "MYS"]
    assert event["areas"] == ["cybersecurity"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Menteri Komunikasi Indonesia bertemu Menteri Elektronik dan Teknologi Informasi India di Jakarta."),
        ("ms", "Menteri Digital Malaysia bertemu Menteri Elektronik dan Teknologi Maklumat India di Kuala Lumpur."),
    ],
)
def test_indias_electronics_portfolio_in_a_title_is_no_area(lang: str, text: str):
    (event,) = _events(text, lang)
    assert "IND" in event["parties"]
    assert "equipment_manufacturing" not in event["areas"]


def test_a_brunei_page_in_malay_has_brunei_for_home():
    # Malay is written by the press of Malaysia and of Brunei: the first of them the page names is its home
    text = (
        "BANDAR SERI BEGAWAN, 25 November – Negara Brunei Darussalam diwakili oleh Menteri Pengangkutan dan "
        "Infokomunikasi, Dato Seri Setia Abdul Mutalib, di Mesyuarat Menteri-Menteri ASEAN mengenai keselamatan siber "
        "di Kuala Lumpur, Malaysia."
    )
    people = {p["name"]: p["party"] for e in _events(text, "ms") for p in e["people"]}
    assert people == {"Abdul Mutalib": "BRN"}


def test_a_posts_and_telecommunications_portfolio_written_with_a_middle_dot_is_no_postal_area():
    text = "日本の総務副大臣はカンボジアの郵便・電気通信大臣と会談し、サイバーセキュリティ分野の協力について意見交換を行った。"
    (event,) = _events(text, "ja")
    assert event["parties"] == ["JPN", "KHM"]
    assert event["areas"] == ["cybersecurity"]


# A letter of intent is a document: signing one is an agreement.
LETTERS_OF_INTENT = {
    "ko": "한국 과학기술정보통신부와 미국 국토안보부는 인공지능 협력 공동의향서를 교환했다.",
    "ja": "日本の総務省とインドの電子情報技術省は、5Gに関する協力意向書を交わした。",
    "ms": "Malaysia dan China bertukar surat pernyataan minat mengenai kecerdasan buatan.",
}


@pytest.mark.parametrize("lang", sorted(LETTERS_OF_INTENT))
def test_a_letter_of_intent_is_an_agreement(lang: str):
    events = _events(LETTERS_OF_INTENT[lang], lang)
    assert [e["type"] for e in events] == ["AGREE"]


@pytest.mark.parametrize(
    ("epithet", "code"),
    [
        ("Negeri Singa", "SGP"),
        ("Negeri Kanguru", "AUS"),
        ("Negeri Gajah Putih", "THA"),
        ("Negeri Beruang Merah", "RUS"),
    ],
)
def test_indonesian_epithets_of_states_name_them(epithet: str, code: str):
    text = f"Indonesia dan {epithet} menandatangani nota kesepahaman tentang pusat data dan keamanan siber."
    (event,) = _events(text, "id")
    assert event["parties"] == sorted(["IDN", code])


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("vi", "Việt Nam và xứ sở kim chi đã ký kết bản ghi nhớ hợp tác về trí tuệ nhân tạo.", ["KOR", "VNM"]),
        ("vi", "Bộ trưởng Việt Nam hội đàm với Bộ trưởng đảo quốc sư tử về an ninh mạng.", ["SGP", "VNM"]),
        ("zh", "马来西亚与狮城签署数字经济合作备忘录。", ["MYS", "SGP"]),
    ],
)
def test_epithets_and_short_names_of_states_in_vietnamese_and_chinese(lang: str, text: str, parties: list[str]):
    (event,) = _events(text, lang)
    assert event["parties"] == parties


# Informatisation, digitalisation and the internet make a signing technology news, with no field.
GENERIC_TECHNOLOGY = {
    "zh": ("中国与白俄罗斯签署了工业和信息化领域合作路线图。", ["BLR", "CHN"]),
    "ko": ("한국과 몽골은 인터넷 분야 협력 양해각서를 체결했다.", ["KOR", "MNG"]),
    "ja": ("日本とモンゴルはインターネット分野の協力覚書に署名した。", ["JPN", "MNG"]),
}


@pytest.mark.parametrize("lang", sorted(GENERIC_TECHNOLOGY))
def test_informatisation_and_the_internet_make_technology_news(lang: str):
    text, parties = GENERIC_TECHNOLOGY[lang]
    (event,) = _events(text, lang)
    assert event["parties"] == parties and event["areas"] == []


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("vi", "Việt Nam và Mông Cổ đã ký kết bản ghi nhớ hợp tác về số hóa.", ["MNG", "VNM"]),
        ("id", "Indonesia dan Mongolia menandatangani nota kesepahaman kerja sama bidang internet.", ["IDN", "MNG"]),
        ("ms", "Malaysia dan Mongolia menandatangani memorandum persefahaman kerjasama internet.", ["MNG", "MYS"]),
    ],
)
def test_the_internet_and_digitisation_make_technology_news(lang: str, text: str, parties: list[str]):
    (event,) = _events(text, lang)
    assert event["parties"] == parties and event["areas"] == []


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("ja", "総務大臣はベトナムの情報通信大臣と5Gをめぐり懇談した。", ["JPN", "VNM"]),
        ("ko", "한국 과학기술정보통신부 장관은 베트남 정보통신부 장관과 5G 화상회의를 열었다.", ["KOR", "VNM"]),
        ("ko", "한국 과학기술정보통신부 장관은 베트남 정보통신부 장관과 5G 간담회를 가졌다.", ["KOR", "VNM"]),
        ("vi", "Đại sứ Nhật Bản đã chào xã giao Bộ trưởng Việt Nam về mạng 5G.", ["JPN", "VNM"]),
    ],
)
def test_video_conferences_informal_talks_and_courtesy_calls_are_talks(lang: str, text: str, parties: list[str]):
    events = _events(text, lang)
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", parties)]


def test_japanese_short_forms_of_viet_nam_in_compounds():
    (event,) = _events("総務大臣は訪越し、越政府とサイバーセキュリティ分野の協力覚書に署名した。", "ja")
    assert event["parties"] == ["JPN", "VNM"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "日本とEUはデータの越境移転について協議した。"),
        ("zh", "中国与欧盟就数据出境安全评估举行会谈。"),
        ("ko", "한국과 EU는 데이터 국외 이전에 관해 회담했다."),
    ],
)
def test_cross_border_data_written_the_other_way_round_is_data_transit(lang: str, text: str):
    (event,) = _events(text, lang)
    assert event["areas"] == ["data_transit"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("中英两国签署了人工智能合作谅解备忘录。", ["CHN", "GBR"]),
        ("中老双方就数字经济合作举行会谈。", ["CHN", "LAO"]),
        ("中法關係穩定,雙方簽署人工智能合作備忘錄。", ["CHN", "FRA"]),
    ],
)
def test_chinese_pair_abbreviations_in_their_unambiguous_compounds(text: str, parties: list[str]):
    (event,) = _events(text, "zh")
    assert event["parties"] == parties


def test_chinese_english_is_no_pair():
    assert _events("这份文件有中英文两个版本,涉及人工智能合作谅解备忘录。", "zh") == []


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("id", "Indonesia dan Brunei menandatangani nota kesepahaman tentang keamanan siber.", ["BRN", "IDN"]),
        ("id", "Indonesia dan Hongaria menandatangani nota kesepahaman tentang keamanan siber.", ["HUN", "IDN"]),
        ("vi", "Việt Nam và Xê-út đã ký kết bản ghi nhớ hợp tác về an ninh mạng.", ["SAU", "VNM"]),
        ("ja", "日本政府と加政府はサイバーセキュリティに関する協力覚書に署名した。", ["CAN", "JPN"]),
        ("ja", "日本とNZはサイバーセキュリティに関する協力覚書に署名した。", ["JPN", "NZL"]),
    ],
)
def test_short_names_the_press_writes(lang: str, text: str, parties: list[str]):
    (event,) = _events(text, lang)
    assert event["parties"] == parties


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "id",
            "Indonesia dan Perhimpunan Pos Sedunia menandatangani nota kesepahaman tentang layanan pos digital.",
            "UPU",
        ),
        ("ms", "Malaysia dan Pertubuhan Perdagangan Sedunia membincangkan perdagangan digital.", "WTO"),
    ],
)
def test_organisations_in_their_other_usual_spellings(lang: str, text: str, org: str):
    assert org in {p for e in _events(text, lang) for p in e["parties"]}


def test_vietnamese_bare_space_and_frequencies_are_areas():
    text = "Việt Nam và Ấn Độ đã ký kết bản ghi nhớ hợp tác về vũ trụ và quản lý tần số."
    (event,) = _events(text, "vi")
    assert event["areas"] == ["mobile_5g", "space"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("ja", "日本はASEAN情報通信技術基金に10万米ドルを拠出した。", "AID"),
        ("ko", "한국 과기정통부 차관과 베트남 정보통신부 차관이 5G 분야 공동의장을 맡았다.", "CONSULT"),
        (
            "id",
            "Menteri Komunikasi Indonesia dan Menteri Digital Rusia bertukar dokumen kerja sama jaringan 5G.",
            "AGREE",
        ),
        ("vi", "Bộ trưởng Nhật Bản tới thăm Việt Nam, quan tâm mạng 5G.", "CONSULT"),
    ],
)
def test_contributions_co_chairs_witnessed_signings_and_visits(lang: str, text: str, kind: str):
    assert kind in {e["type"] for e in _events(text, lang)}


# "At the request / invitation of": how a meeting came about, not a request of its own.
AT_THE_REQUEST = {
    "ko": "한국 과학기술정보통신부 장관은 중국대사를 만나 ICT 협력을 논의했다. 이번 면담은 대사의 요청에 의해 이뤄졌다.",
    "ja": "総務大臣は中国大使と会談し、ICT分野の協力について議論した。会談は大使の要請により行われた。",
    "vi": "Bộ trưởng Việt Nam hội đàm với Đại sứ Trung Quốc về hợp tác ICT. Buổi hội đàm diễn ra theo đề nghị của Đại sứ.",
    "id": "Menteri Komunikasi Indonesia bertemu Duta Besar Tiongkok membahas kerja sama TIK. Pertemuan itu diadakan atas permintaan Duta Besar.",
}


@pytest.mark.parametrize("lang", sorted(AT_THE_REQUEST))
def test_at_the_request_of_is_how_talks_came_about_not_a_request(lang: str):
    assert {e["type"] for e in _events(AT_THE_REQUEST[lang], lang)} == {"CONSULT"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ms",
            "Mesyuarat Bersama Jawatankuasa Teknikal Malaysia dan Brunei dalam bidang penyiaran diadakan di Kuala Lumpur.",
        ),
        ("id", "Sidang Komite Teknis Bersama Indonesia dan Timor-Leste di bidang penyiaran digelar di Jakarta."),
    ],
)
def test_a_technical_committee_session_is_cooperation(lang: str, text: str):
    assert [e["type"] for e in _events(text, lang)] == ["COOPERATE"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "日本政府は歓迎した。ノキア・フィンランドは5Gに関する協力覚書に署名した。"),
        ("ko", "한국 정부는 환영했다. 에릭슨 스웨덴은 5G 협력 양해각서를 체결했다."),
        ("zh", "諾基亞芬蘭與愛立信瑞典簽署5G合作協議。"),
    ],
)
def test_more_technology_companies_in_their_own_scripts_are_no_parties(lang: str, text: str):
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "id",
            "Menteri Komunikasi Indonesia melakukan bilateral meeting dengan Menteri Digital Jepang soal kecerdasan buatan.",
            ["IDN", "JPN"],
        ),
        (
            "ms",
            "Menteri Digital Malaysia mengadakan bilateral meeting dengan Menteri Komunikasi Jepun soal kecerdasan buatan.",
            ["JPN", "MYS"],
        ),
    ],
)
def test_the_english_bilateral_meeting_kept_in_malay_and_indonesian_is_talks(lang: str, text: str, parties: list[str]):
    assert [(e["type"], e["parties"]) for e in _events(text, lang)] == [("CONSULT", parties)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "id",
            "Menteri Komunikasi Malaysia memimpin delegasi Malaysia dalam Konferensi Pengembangan Telekomunikasi Dunia di Baku.",
        ),
        (
            "ms",
            "Menteri Komunikasi memimpin delegasi Malaysia ke Persidangan Pembangunan Telekomunikasi Sedunia di Baku.",
        ),
        ("vi", "Bộ trưởng Việt Nam dẫn đầu đoàn Việt Nam dự hội nghị WTDC-25 tại Baku về phát triển viễn thông."),
    ],
)
def test_the_itus_development_conference_is_the_itu(lang: str, text: str):
    assert "ITU" in {p for e in _events(text, lang) for p in e["parties"]}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "総務副大臣は世界電気通信開発会議に出席し、5Gについて演説した。"),
        ("zh", "工业和信息化部副部长出席世界电信发展大会并就5G发表讲话。"),
        ("ko", "과학기술정보통신부 차관은 세계전기통신개발회의에 참석해 5G 정책을 발표했다."),
        ("vi", "Thứ trưởng Việt Nam dự Hội nghị Phát triển Viễn thông Thế giới và phát biểu về 5G."),
    ],
)
def test_the_itus_conferences_are_the_itu_in_asian_languages(lang: str, text: str):
    assert "ITU" in {p for e in _events(text, lang) for p in e["parties"]}


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "id",
            "Indonesia dan Jepang menandatangani nota kesepahaman kecerdasan buatan dalam Bahasa Indonesia dan bahasa Rusia.",
            ["IDN", "JPN"],
        ),
        (
            "ms",
            "Malaysia dan Jepun menandatangani memorandum kecerdasan buatan dalam Bahasa Malaysia dan bahasa Perancis.",
            ["JPN", "MYS"],
        ),
        (
            "vi",
            "Việt Nam và Nhật Bản ký kết bản ghi nhớ về trí tuệ nhân tạo bằng tiếng Nga và tiếng Pháp.",
            ["JPN", "VNM"],
        ),
        ("ja", "日本とベトナムは人工知能に関する協力覚書にロシア語とスペイン語で署名した。", ["JPN", "VNM"]),
        ("ko", "한국과 베트남은 러시아어와 스페인어로 인공지능 협력 양해각서를 체결했다.", ["KOR", "VNM"]),
        ("zh", "中国与越南用西班牙语和土耳其语签署人工智能合作谅解备忘录。", ["CHN", "VNM"]),
    ],
)
def test_a_languages_name_is_no_party(lang: str, text: str, parties: list[str]):
    assert {p for e in _events(text, lang) for p in e["parties"]} == set(parties)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Các Bộ trưởng Việt Nam và Thái Lan tham gia TELMIN và thảo luận về trí tuệ nhân tạo."),
        (
            "ms",
            "Menteri Digital Malaysia dan Menteri Komunikasi Singapura menghadiri ADGMIN di Bangkok mengenai kecerdasan buatan.",
        ),
        ("ja", "第19回TELMINが開催され、日本とタイの大臣が人工知能について協議した。"),
    ],
)
def test_aseans_meetings_named_by_acronym_are_asean(lang: str, text: str):
    assert "ASEAN" in {p for e in _events(text, lang) for p in e["parties"]}
