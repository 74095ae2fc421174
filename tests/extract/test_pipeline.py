"""extract() on sentences and articles written for these tests: the hard cases, in many languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document
from tests.conftest import DEV, SAMPLES, TEST_DATA


def _events(text: str, lang: str | None = None) -> list[dict]:
    return [e.to_json() for e in extract(Document(id="t", text=text, source="t", lang=lang)).events]


def _pairs(text: str, lang: str | None = None) -> set[tuple[str, ...]]:
    return {tuple(e["parties"]) for e in _events(text, lang)}


def _all_articles() -> list[Path]:
    paths = sorted((SAMPLES / "articles").glob("*.txt")) + sorted(TEST_DATA.glob("*/articles/*.txt"))
    if DEV.exists():
        paths += sorted((DEV / "articles").glob("*.txt"))
    return paths


@pytest.mark.parametrize("path", _all_articles(), ids=lambda p: p.name)
def test_every_event_has_evidence_that_points_into_the_original_text(path: Path):
    text = path.read_text(encoding="utf-8")
    for event in _events(text):
        assert event["evidence"], event
        for span in event["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_persian_article_without_zwnj_finds_both_parties():
    text = (
        "گسترش همکاریهای ایران و ارمنستان در حوزه ترانزیت داده\n\n"
        "وزیر ارتباطات و فناوری اطلاعات ایران با سفیر ارمنستان در تهران دیدار کرد و دو طرف درباره "
        "همکاریهای مشترک در زمینه هوش مصنوعی و ترانزیت داده گفتوگو کردند."
    )
    (event,) = [e for e in _events(text) if e["type"] == "CONSULT"]
    assert event["parties"] == ["ARM", "IRN"]
    assert {"ai", "data_transit"} <= set(event["areas"])


def test_arabic_clitics_capital_metonyms_and_signed_memorandum():
    text = "وقعت الرياض وبلغراد مذكرة تفاهم للتعاون في مجال الذكاء الاصطناعي والأمن السيبراني."
    (event,) = _events(text, "ar")
    assert event["type"] == "AGREE" and event["status"] == "signed"
    assert event["parties"] == ["SAU", "SRB"]
    assert {"ai", "cybersecurity"} <= set(event["areas"])


def test_russian_inflected_names_and_the_chinese_side():
    text = "Министр цифрового развития России провёл переговоры с китайской стороной о сотрудничестве в области искусственного интеллекта."
    (event,) = _events(text, "ru")
    assert event["parties"] == ["CHN", "RUS"] and event["type"] == "CONSULT"
    assert "ai" in event["areas"]


def test_chinese_signing_with_names_and_offsets():
    text = "中国工业和信息化部部长金壮龙与伊朗通信部长签署了人工智能合作谅解备忘录。"
    (event,) = _events(text, "zh")
    assert event["parties"] == ["CHN", "IRN"] and event["type"] == "AGREE"
    assert "金壮龙" in [p["name"] for p in event["people"]]
    span = event["evidence"][0]
    assert text[span["start"] : span["end"]] == span["text"]


def test_a_country_that_is_only_a_place_is_not_a_party():
    text = "The ministers of ICT of Iran and Armenia met in Dubai and discussed data transit."
    assert _pairs(text, "en") == {("ARM", "IRN")}
    text = "The ministers of Iran and Armenia held talks on artificial intelligence in Kazakhstan."
    assert _pairs(text, "en") == {("ARM", "IRN")}


def test_an_origin_is_not_a_party():
    text = "Iran and Armenia signed a memorandum on 5G networks that will use Chinese-made equipment."
    assert _pairs(text, "en") == {("ARM", "IRN")}


def test_a_country_mentioned_in_passing_is_not_a_party():
    text = "Referring to the United States, the ministers of China and Iran agreed to cooperate on cybersecurity."
    assert _pairs(text, "en") == {("CHN", "IRN")}


def test_hypothetical_signing_is_proposed_and_negated_signing_is_no_agreement():
    maybe = _events("Iran and Armenia may sign a memorandum on artificial intelligence next month.", "en")
    assert [e["status"] for e in maybe if e["type"] == "AGREE"] == ["proposed"]
    never = _events("Iran and Armenia did not sign a memorandum on artificial intelligence.", "en")
    assert not [e for e in never if e["type"] == "AGREE" and e["status"] == "signed"]


def test_a_round_up_yields_one_event_per_meeting():
    text = (
        "Iran's ICT minister holds talks in Central Asia\n\n"
        "The Iranian minister of ICT met the Kazakh minister of digital development in Astana to discuss data transit. "
        "He later met the Kyrgyz minister of digital development in Bishkek on postal cooperation."
    )
    pairs = _pairs(text, "en")
    assert ("IRN", "KAZ") in pairs and ("IRN", "KGZ") in pairs and ("KAZ", "KGZ") not in pairs


def test_news_without_international_technology_cooperation_is_not_relevant():
    domestic = (
        "Vietnam launches 5G network\n\nViettel switched on its 5G network in Hanoi on Monday for ten million users."
    )
    sport = "Iran and Armenia sign football deal\n\nThe football federations of Iran and Armenia signed an agreement on youth football."
    training = (
        "Morocco and Portugal agree on stadium training\n\nThe sports ministers of Morocco and Portugal agreed to "
        "exchange experience and organise joint training for stadium stewards before the 2030 World Cup."
    )
    assert _events(domestic, "en") == []
    assert _events(sport, "en") == []
    assert _events(training, "en") == [], "training and exchanges of experience alone are not technology"


def test_a_person_named_in_full_then_by_family_name_is_one_person():
    text = (
        "Iran and China expand ICT cooperation\n\n"
        "Iranian Minister of ICT Mahmoud Vaezi met Chinese Minister of Industry Miao Wei in Beijing to discuss cybersecurity. "
        "During the meeting, Vaezi said Iran is ready to expand cooperation with China."
    )
    consult = [e for e in _events(text, "en") if e["type"] == "CONSULT"]
    names = [p["name"] for e in consult for p in e["people"]]
    assert "Mahmoud Vaezi" in names and "Vaezi" not in names
    assert {p["party"] for e in consult for p in e["people"] if p["name"] == "Mahmoud Vaezi"} == {"IRN"}


def test_malay_article_resolves_a_date_without_year_from_the_year_it_names():
    text = (
        "Pada petang 19 November, di Hanoi, Kementerian Maklumat dan Komunikasi Vietnam menganjurkan mesyuarat "
        "dengan pegawai kanan ASEAN mengenai keselamatan siber sempena Minggu Digital 2024. "
        "Acara Minggu Digital 2024 berlangsung selama empat hari."
    )
    (event,) = [e for e in _events(text, "ms") if e["type"] == "CONSULT"]
    assert event["parties"] == ["ASEAN", "VNM"] and event["date"] == "2024-11-19"
    assert "2024" in event["date_source"]["anchor"]


def test_json_output_has_the_shape_of_section_4():
    article = extract(
        Document(id="x", text="Iran and Armenia signed a memorandum on artificial intelligence.", source="x.txt")
    )
    data = json.loads(article.to_line())
    assert set(data) >= {"doc", "lang", "published", "relevant", "events"}
    event = data["events"][0]
    assert set(event) >= {"type", "parties", "areas", "people", "date", "location", "status", "evidence"}
    assert event["parties"] == sorted(event["parties"]) and event["areas"] == sorted(event["areas"])
