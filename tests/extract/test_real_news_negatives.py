"""Negatives that look relevant (spec EVENTS.md §2): a state is a party only through its government or its
officials acting. A company's officer, a state named only as a company's origin and a visit that goes to a
company are no state's part.

Sentences written for these tests, shaped like real pages: ministers meeting foreign firms' chiefs, state
visits that tour a foreign company's factory, and the same shapes with a real foreign official (recall).
"""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, lang: str) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


def _parties(text: str, lang: str) -> set[str]:
    return {party for event in _events(text, lang) for party in event["parties"]}


def _people(text: str, lang: str) -> set[str]:
    return {person["name"] for event in _events(text, lang) for person in event["people"]}


# A minister meeting a foreign company's chief: the state the company comes from takes no part.
COMPANY_OFFICER = {
    "en": (
        "The Kenyan minister of ICT, Eliud Owalo, met the chief executive of the American company Zentrix, "
        "John Carver, in Nairobi to discuss investment in data centres.",
        "USA",
        "John Carver",
    ),
    "fr": (
        "Le ministre kényan des TIC, Eliud Owalo, a rencontré le directeur général de l'entreprise américaine "
        "Zentrix, John Carver, pour discuter des centres de données.",
        "USA",
        "John Carver",
    ),
    "zh": (
        "工业和信息化部部长金壮龙在北京会见美国苹果公司首席执行官库克,双方就网络数据安全、云服务等议题交换意见。",
        "USA",
        "库克",
    ),
    "ru": (
        "Министр цифрового развития Казахстана Багдат Мусин встретился с председателем совета директоров "
        "китайской компании Huawei Лян Хуа и обсудил строительство центров обработки данных.",
        "CHN",
        "Лян Хуа",
    ),
}


@pytest.mark.parametrize("lang", sorted(COMPANY_OFFICER))
def test_a_foreign_companys_officer_gives_his_state_no_part(lang: str):
    text, state, officer = COMPANY_OFFICER[lang]
    assert state not in _parties(text, lang)
    assert officer not in _people(text, lang)


# A visit whose only foreign stop the sentence names is a company's factory: no event with the host state.
VISIT_TO_A_COMPANY = {
    "en": "During his visit to China, the Brazilian minister of communications toured the factory of the Chinese "
    "company Huawei to discuss 5G networks.",
    "pt": "Durante sua visita à China, o ministro das Comunicações do Brasil visitou a fábrica da empresa chinesa "
    "Huawei para discutir redes 5G.",
    "hi": "चीन की यात्रा के दौरान ब्राज़ील के संचार मंत्री ने चीनी कंपनी हुआवेई के कारखाने का दौरा किया और 5जी नेटवर्क पर चर्चा की।",
    "tr": "Çin ziyareti sırasında Brezilya İletişim Bakanı, Çinli Huawei şirketinin fabrikasını ziyaret ederek 5G "
    "ağlarını görüştü.",
}


@pytest.mark.parametrize("lang", sorted(VISIT_TO_A_COMPANY))
def test_a_visit_to_a_foreign_company_is_no_event_with_its_state(lang: str):
    assert "CHN" not in _parties(VISIT_TO_A_COMPANY[lang], lang)


# The same visit with the host's minister acting: the host state is a party (recall guard).
VISIT_WITH_AN_OFFICIAL = {
    "en": "During his visit to China, the Brazilian minister of communications met the Chinese Minister of "
    "Industry and Information Technology Jin Zhuanglong and toured the factory of the Chinese company Huawei to "
    "discuss 5G networks.",
    "pt": "Durante sua visita à China, o ministro das Comunicações do Brasil reuniu-se com o ministro chinês da "
    "Indústria e Tecnologia da Informação, Jin Zhuanglong, e visitou a fábrica da empresa chinesa Huawei para "
    "discutir redes 5G.",
    "ru": "Во время визита в Китай министр связи Бразилии встретился с министром промышленности и информатизации "
    "Китая Цзинь Чжуанлуном и посетил завод китайской компании Huawei.",
}


@pytest.mark.parametrize("lang", sorted(VISIT_WITH_AN_OFFICIAL))
def test_a_visit_that_meets_the_hosts_minister_keeps_the_host(lang: str):
    assert {"BRA", "CHN"} <= _parties(VISIT_WITH_AN_OFFICIAL[lang], lang)


# An unnamed official ("the Chinese ambassador") or the state's side ("中方") still acts beside its companies.
OFFICIAL_BESIDE_COMPANIES = {
    "en": (
        "The Chinese ambassador said that China will provide technical assistance for telecom infrastructure in "
        "Pakistan and Chinese companies will train a thousand Pakistani engineers.",
        {"CHN", "PAK"},
    ),
    "zh": (
        "沙特通信和信息技术部副大臣法赫德·奥泰比表示,沙方欢迎中国企业参与沙特数字政府项目,并邀请中方派团出席人工智能峰会。",
        {"CHN", "SAU"},
    ),
}


@pytest.mark.parametrize("lang", sorted(OFFICIAL_BESIDE_COMPANIES))
def test_a_state_whose_official_acts_stays_beside_its_companies(lang: str):
    text, parties = OFFICIAL_BESIDE_COMPANIES[lang]
    assert parties <= _parties(text, lang)


def test_a_named_again_official_is_no_company_officer():
    """ "Volkov said Russian operators ...": Volkov's office was told before; the operators' word is not his."""
    text = (
        "Vietnamese Deputy Minister of Science and Technology Tran Van Hoa and Russian Deputy Minister of Digital "
        "Development Dmitry Volkov held talks on satellite navigation. Volkov said Russian operators of "
        "earth-observation satellites were prepared to share imagery with Vietnam."
    )
    events = _events(text, "en")
    assert any(set(e["parties"]) == {"RUS", "VNM"} and e["type"] == "AID" for e in events)
