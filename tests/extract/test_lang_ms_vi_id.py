"""Malay (ms), Vietnamese (vi) and Indonesian (id), with Portuguese and Spanish where a rule is shared: extract()
on sentences written for these tests (organisations named as a topic or as the setting of a meeting, the home
party of an unmarked minister, partner lists)."""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, lang: str, published: str | None = "2025-05-14") -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang=lang, published=published)
    return [e.to_json() for e in extract(doc).events]


def _parties(text: str, lang: str) -> list[list[str]]:
    """The distinct party lists of the events (a meeting and its signing may be two events)."""
    return sorted(list(p) for p in {tuple(e["parties"]) for e in _events(text, lang)})


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "vi",
            "Bộ trưởng Bộ Khoa học và Công nghệ Việt Nam tiếp Bộ trưởng Thông tin Thái Lan trong khuôn khổ "
            "Hội nghị Bộ trưởng Số ASEAN (ADGMIN) để bàn về mạng 5G.",
            ["THA", "VNM"],
        ),
        (
            "ms",
            "Menteri Digital Malaysia bertemu Menteri Komunikasi Filipina di sela-sela Mesyuarat Menteri "
            "Digital ASEAN (ADGMIN) untuk membincangkan kabel dasar laut.",
            ["MYS", "PHL"],
        ),
    ],
)
def test_an_organisations_acronym_in_brackets_after_its_setting_name_is_the_same_setting(
    lang: str, text: str, parties: list[str]
):
    assert _parties(text, lang) == [parties]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "ms",
            "Malaysia akan bekerjasama dengan Brunei dalam kabel dasar laut menjelang Sidang Kemuncak ASEAN "
            "di Kuala Lumpur bulan depan.",
            ["BRN", "MYS"],
        ),
        (
            "id",
            "Indonesia dan Jepang menandatangani nota kesepahaman tentang pusat data menjelang KTT ASEAN di Jakarta.",
            ["IDN", "JPN"],
        ),
        (
            "vi",
            "Việt Nam và Hàn Quốc ký biên bản ghi nhớ về trí tuệ nhân tạo trước thềm Hội nghị Cấp cao ASEAN.",
            ["KOR", "VNM"],
        ),
        (
            "pt",
            "O Brasil e a Índia assinaram um memorando sobre cabos submarinos às vésperas da cúpula do G20.",
            ["BRA", "IND"],
        ),
        (
            "es",
            "México y Chile firmaron un memorando sobre ciberseguridad en vísperas de la cumbre del G20.",
            ["CHL", "MEX"],
        ),
    ],
)
def test_a_summit_still_to_come_is_when_not_a_party(lang: str, text: str, parties: list[str]):
    assert _parties(text, lang) == [parties]


def test_a_follow_up_of_an_earlier_meeting_names_its_organisation_as_the_setting_in_indonesian():
    text = (
        "Menteri Komunikasi Indonesia bertemu Duta Besar Korea Selatan untuk membahas ekonomi digital. "
        "Pembahasan itu merupakan tindak lanjut dari pertemuan G20 di Bali."
    )
    assert _parties(text, "id") == [["IDN", "KOR"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ms",
            "Malaysia dan Thailand bersetuju bekerjasama untuk melaksanakan perayauan ASEAN bagi rangkaian mudah alih.",
        ),
        (
            "id",
            "Indonesia dan Vietnam sepakat bekerja sama dalam jaringan seluler demi integrasi ekonomi ASEAN.",
        ),
        (
            "ms",
            "Menteri Komunikasi Malaysia bertemu Menteri Timor-Leste tentang kabel gentian optik, beberapa minggu "
            "sebelum negara itu diterima sebagai anggota ASEAN.",
        ),
    ],
)
def test_asean_named_as_a_topic_is_no_party(lang: str, text: str):
    assert all("ASEAN" not in parties for parties in _parties(text, lang))
    assert _parties(text, lang)


def test_the_hosting_of_a_summit_reported_on_is_no_event_with_its_organisation_in_indonesian():
    text = (
        "Menteri Komunikasi Malaysia bertemu Menteri Komunikasi Jepang untuk membahas kecerdasan buatan. "
        "Dalam kesempatan yang sama, ia menyampaikan perkembangan terkait penyelenggaraan KTT ASEAN bulan lalu."
    )
    assert _parties(text, "id") == [["JPN", "MYS"]]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("ms", "AITI dan MCMC menandatangani memorandum persefahaman mengenai keselamatan siber.", ["BRN", "MYS"]),
        ("id", "Kemlu dan AITI menandatangani nota kesepahaman tentang keamanan siber.", ["BRN", "IDN"]),
        ("ms", "BSSN dan CyberSecurity Malaysia menandatangani memorandum persefahaman tentang siber.", ["IDN", "MYS"]),
    ],
)
def test_state_bodies_named_alone_act_for_their_states(lang: str, text: str, parties: list[str]):
    assert _parties(text, lang) == [parties]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "ms",
            "Menteri Komunikasi Malaysia bertemu Menteri Digital Thailand untuk membincangkan keselamatan siber "
            "di rantau ASEAN.",
            ["MYS", "THA"],
        ),
        (
            "id",
            "Menteri Komunikasi Indonesia bertemu Menteri Digital Thailand untuk membahas keamanan siber di kawasan "
            "ASEAN.",
            ["IDN", "THA"],
        ),
        (
            "vi",
            "Bộ trưởng Bộ Thông tin và Truyền thông Việt Nam tiếp Bộ trưởng Kỹ thuật số Thái Lan, thảo luận về an "
            "ninh mạng trong khu vực ASEAN.",
            ["THA", "VNM"],
        ),
    ],
)
def test_the_asean_region_is_where_not_who(lang: str, text: str, parties: list[str]):
    assert _parties(text, lang) == [parties]


@pytest.mark.parametrize(
    ("lang", "text", "home"),
    [
        (
            "ms",
            "Menteri Digital Malaysia memeterai beberapa memorandum persefahaman dengan Jepun, Korea Selatan dan "
            "India mengenai keselamatan siber.",
            "MYS",
        ),
        (
            "id",
            "Menteri Komunikasi Indonesia menandatangani sejumlah nota kesepahaman dengan Jepang, Korea Selatan, "
            "dan India tentang keamanan siber.",
            "IDN",
        ),
        (
            "vi",
            "Bộ trưởng Bộ Thông tin và Truyền thông Việt Nam đã ký các biên bản ghi nhớ với Nhật Bản, Hàn Quốc và "
            "Ấn Độ về an ninh mạng.",
            "VNM",
        ),
        (
            "pt",
            "Portugal assinou memorandos de entendimento com a Malásia, o Japão e a Índia sobre cibersegurança.",
            "PRT",
        ),
        ("es", "Colombia firmó acuerdos con Malasia, Japón e India sobre ciberseguridad.", "COL"),
    ],
)
def test_several_documents_with_a_list_of_partners_are_one_agreement_with_each(lang: str, text: str, home: str):
    events = _events(text, lang)
    assert {e["type"] for e in events} == {"AGREE"}
    partners = sorted(party for e in events for party in e["parties"] if party != home)
    assert partners == sorted(["IND", "JPN", "MYS" if lang in ("pt", "es") else "KOR"])
    assert all(len(e["parties"]) == 2 and home in e["parties"] for e in events)  # one pair per partner


def test_one_document_with_a_list_of_partners_stays_one_agreement_in_portuguese():
    text = "Portugal assinou um memorando de entendimento com a Malásia, o Japão e a Índia sobre cibersegurança."
    (event,) = _events(text, "pt")
    assert event["parties"] == ["IND", "JPN", "MYS", "PRT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ms",
            "Menteri Digital Malaysia disenaraikan antara pemimpin dunia dalam teknologi. Beliau disertai oleh "
            "Duta Teknologi Denmark dan Menteri Sains Costa Rica dalam senarai itu.",
        ),
        (
            "ms",
            "Institut itu mengiktiraf Menteri Digital Malaysia kerana membentuk titik pertemuan antara teknologi "
            "dan hubungan antarabangsa dengan Perancis dan Denmark.",
        ),
        (
            "id",
            "Menteri Komunikasi Indonesia dinilai membangun titik pertemuan antara teknologi dan hubungan "
            "internasional dengan Prancis dan Denmark.",
        ),
    ],
)
def test_being_listed_with_others_or_a_meeting_point_of_ideas_is_no_meeting(lang: str, text: str):
    assert _events(text, lang) == []


def test_a_bloc_described_by_its_members_is_no_company_group_in_malay():
    text = (
        "Mesyuarat BRICS kumpulan yang terdiri daripada Brazil, Rusia, India, China dan Afrika Selatan "
        "membincangkan rangkaian 5G."
    )
    assert _parties(text, "ms") == [["BRA", "BRICS", "CHN", "IND", "RUS", "ZAF"]]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "id",
            "Indonesia dan Iran bertemu di International Telecommunication Union (ITU) membahas keamanan siber.",
            ["IDN", "IRN"],
        ),
        (
            "pt",
            "O Brasil e o Japão reuniram-se na União Internacional de Telecomunicações (UIT) sobre redes 5G.",
            ["BRA", "JPN"],
        ),
        (
            "es",
            "Colombia, Japón y organismos tales como la Unión Internacional de Telecomunicaciones (UIT) se reunieron "
            "sobre redes 5G.",
            ["COL", "JPN"],
        ),
    ],
)
def test_an_acronym_in_brackets_after_an_organisations_name_has_the_names_role(
    lang: str, text: str, parties: list[str]
):
    assert _parties(text, lang) == [parties]


def test_an_ambassadors_accreditation_list_names_no_parties_in_indonesian():
    text = (
        "Menteri Komunikasi Indonesia menerima Duta Besar Iran untuk Indonesia, Timor Leste, dan ASEAN untuk "
        "membahas keamanan siber."
    )
    assert _parties(text, "id") == [["IDN", "IRN"]]


@pytest.mark.parametrize("lang", ["id", "ms"])
def test_an_organisation_as_the_forum_of_support_is_where_not_who(lang: str):
    text = "Indonesia dan Jepang bertemu membahas keamanan siber serta saling mendukung dalam forum ITU."
    assert _parties(text, lang) == [["IDN", "JPN"]]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("id", "Menkomdigi bertemu Menteri Digital Jepang membahas kecerdasan buatan.", ["IDN", "JPN"]),
        (
            "ms",
            "Menteri Komunikasi bertemu Menteri Digital Jepun untuk membincangkan kecerdasan buatan.",
            ["JPN", "MYS"],
        ),
        (
            "pt",
            "O ministro das Comunicações recebeu o embaixador do Japão para falar de redes 5G.",
            ["BRA", "JPN"],
        ),
    ],
)
def test_a_state_after_the_other_officials_title_leaves_the_first_minister_to_the_home_state(
    lang: str, text: str, parties: list[str]
):
    assert _parties(text, lang) == [parties]


def test_signing_a_memorandum_is_signed_in_vietnamese():
    text = "Bộ KH&CN và Bộ Nội vụ và Truyền thông Nhật Bản ký biên bản ghi nhớ về 5G."
    (event,) = _events(text, "vi")
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["JPN", "VNM"])


@pytest.mark.parametrize(("epithet", "code"), [("Negara Matahari Terbit", "JPN"), ("Negara Tirai Buluh", "CHN")])
def test_malay_epithets_of_states_name_them(epithet: str, code: str):
    text = f"Menteri Digital Malaysia mengadakan lawatan rasmi ke {epithet} untuk membincangkan kecerdasan buatan."
    assert code in {p for e in _events(text, "ms") for p in e["parties"]}


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        (
            "ms",
            "Di sela-sela sidang kemuncak itu, Menteri Komunikasi Filipina bertemu Menteri Digital Thailand untuk "
            "membincangkan keselamatan siber.",
            [["PHL", "THA"]],
        ),
        (
            "es",
            "Al margen de la cumbre, el ministro colombiano sostuvo reuniones bilaterales con sus pares de Chile, "
            "Perú y México sobre ciberseguridad.",
            [["CHL", "COL"], ["COL", "MEX"], ["COL", "PER"]],
        ),
        (
            "pt",
            "À margem da reunião, o ministro angolano manteve encontros bilaterais com os ministros do Brasil, de "
            "Moçambique e de Portugal sobre satélites.",
            [["AGO", "BRA"], ["AGO", "MOZ"], ["AGO", "PRT"]],
        ),
    ],
)
def test_a_sidelines_phrase_ends_at_its_comma_and_the_officials_state_after_it_acts(
    lang: str, text: str, pairs: list[list[str]]
):
    assert _parties(text, lang) == pairs


def test_malay_names_a_minister_again_by_his_given_name_which_brings_his_state_into_the_meeting():
    events = _events(
        "Menteri Komunikasi Fahmi Fadzil mengetuai delegasi Malaysia ke mesyuarat APT di Tokyo. Fahmi berkata "
        "demikian selepas bertemu Timbalan Perdana Menteri Fiji, Manoa Kamikamica, serta Menteri Penerangan Iran, "
        "Seyed Sattar Hashemi, untuk membincangkan kerjasama 5G.",
        "ms",
    )
    assert [e["parties"] for e in events] == [["FJI", "IRN", "MYS"]]
    # the given name stands for the whole name the article gave
    assert ("Fahmi Fadzil", "MYS") in [(p["name"], p["party"]) for p in events[0]["people"]]


def test_a_given_name_that_goes_on_with_another_name_is_someone_else():
    events = _events(
        "Menteri Digital Mohamad Fauzi bertemu Duta Besar Jepun mengenai 5G. Mohamad Salleh pula bertemu Duta "
        "Besar Iran mengenai keselamatan siber.",
        "ms",
    )
    assert [(e["parties"], [p["name"] for p in e["people"]]) for e in events] == [
        (["JPN", "MYS"], ["Mohamad Fauzi"]),
        (["IRN", "MYS"], []),
    ]


def test_malay_renewing_cooperation_is_the_talks_and_the_fields_listed_next_are_theirs():
    events = _events(
        "Menteri Komunikasi Fahmi Fadzil bertekad untuk memperbaharui kerjasama Malaysia dan Thailand. Beliau "
        "berkata skop kerjasama termasuk teknologi 5G dan keselamatan siber.",
        "ms",
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [
        ("CONSULT", ["MYS", "THA"], ["cybersecurity", "mobile_5g"])
    ]


def test_vietnamese_titles_of_foreign_portfolios_and_un_officials_give_their_holders_states():
    broadcasting = _events(
        "Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Văn An làm việc với Bộ trưởng Bộ Thông tin và Phát thanh "
        "truyền hình Ấn Độ Ravi Kumar về hợp tác truyền thông số.",
        "vi",
    )
    assert [(p["name"], p["party"]) for p in broadcasting[0]["people"]] == [
        ("Nguyễn Văn An", "VNM"),
        ("Ravi Kumar", "IND"),
    ]
    un = _events(
        "Tham dự hội nghị về chuyển đổi số tại Hà Nội có Bộ trưởng Nguyễn Văn An và ông John Smith, Phó Tổng Thư "
        "ký Liên Hợp Quốc, để thảo luận về hợp tác an ninh mạng.",
        "vi",
    )
    assert ("John Smith", "UN") in [(p["name"], p["party"]) for p in un[0]["people"]]


def test_vietnamese_meeting_that_adopted_a_quoted_document_is_its_agreement():
    events = _events(
        "Ngày 10/3/2025, Hội nghị Bộ trưởng Số ASEAN do Việt Nam chủ trì đã thông qua “Kế hoạch hành động về an "
        "ninh mạng”.",
        "vi",
    )
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AGREE", ["ASEAN", "VNM"], "agreed")]


def test_vietnamese_ministers_conference_named_with_its_portfolio_keeps_the_bloc_named_after_it():
    events = _events(
        "Hội nghị Bộ trưởng Thông tin và Truyền thông các nước ASEAN lần thứ 3 với các nước Trung Quốc, Nhật Bản "
        "và Hàn Quốc đã thảo luận về an ninh mạng.",
        "vi",
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["ASEAN", "CHN", "JPN", "KOR"])]


def test_vietnamese_member_states_of_a_bloc_bring_the_bloc_into_the_meeting():
    events = _events(
        "Tham dự hội nghị còn có Bộ trưởng Viễn thông 10 nước thành viên ASEAN cùng các nước đối tác gồm Trung "
        "Quốc, Nhật Bản và Hàn Quốc.",
        "vi",
    )
    assert [e["parties"] for e in events] == [["ASEAN", "CHN", "JPN", "KOR"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ms",
            "Persidangan itu mengumpulkan para menteri dari semua negara anggota ASEAN, serta Australia, India dan "
            "Jepun untuk membincangkan kerjasama keselamatan siber.",
        ),
        (
            "id",
            "Konferensi itu mempertemukan para menteri dari semua negara anggota ASEAN, serta Australia, India dan "
            "Jepang untuk membahas kerja sama keamanan siber.",
        ),
    ],
)
def test_the_member_states_of_asean_bring_asean_to_the_meeting(lang: str, text: str):
    events = extract(Document(id="t", text=text, source="t", lang=lang)).events
    assert [e.parties for e in events] == [["ASEAN", "AUS", "IND", "JPN"]]
