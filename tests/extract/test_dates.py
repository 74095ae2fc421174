"""Tests for techdip.extract.dates: the case table, datelines, calendars, year resolution."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from techdip.extract.dates import (
    DATA_DIR,
    DateMention,
    check_dates_file,
    find_dateline,
    find_dates,
    month_abbreviations,
)

CASES_PATH = Path(__file__).with_name("date_cases.tsv")


def _load_cases() -> list[dict[str, str]]:
    with CASES_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


CASES = _load_cases()


def _case_id(case: dict[str, str]) -> str:
    return f"{case['lang']}:{case['expected_text'] or case['sentence'][:24]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_case_table(case: dict[str, str]) -> None:
    anchor = dt.date.fromisoformat(case["anchor"]) if case["anchor"] else None
    text = case["sentence"]
    mentions = find_dates(text, case["lang"], anchor)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    expected_text, expected_value = case["expected_text"], case["expected_value"]
    if expected_value == "null":
        # a null row fails on any dated mention: no date may be invented
        assert all(m.value is None for m in mentions), mentions
        if not expected_text:
            assert mentions == [], mentions
            return
    assert mentions, f"no date found in {text!r}"
    first = mentions[0]
    assert expected_text in first.text, first
    assert first.value == (None if expected_value == "null" else expected_value), first


def test_case_table_covers_languages() -> None:
    languages = {case["lang"].split("-")[0] for case in CASES}
    assert len(CASES) >= 520
    assert len(languages) >= 29  # every language read natively has rows
    assert sum(case["expected_value"] == "null" for case in CASES) >= 40


# --------------------------------------------------------------------------- mention fields


def test_mention_fields_absolute() -> None:
    [mention] = find_dates("Signed on 19 November 2024.", "en", dt.date(2024, 11, 20))
    assert mention == DateMention(10, 26, "19 November 2024", "2024-11-19", "gregorian", "absolute", None)


def test_mention_fields_partial_and_relative() -> None:
    anchor = dt.date(2024, 11, 20)
    partial, relative = find_dates("On 19 November officials met; yesterday they signed.", "en", anchor)
    assert (partial.resolution, partial.anchor, partial.value) == ("partial", "2024-11-20", "2024-11-19")
    assert (relative.resolution, relative.anchor, relative.value) == ("relative", "2024-11-20", "2024-11-19")


def test_no_anchor_means_no_value() -> None:
    mentions = find_dates("Yesterday, on 19 November, in the summer", "en")
    assert [m.value for m in mentions] == [None, None, None]
    assert all(m.anchor is None for m in mentions)


def test_offsets_with_persian_and_arabic_indic_digits() -> None:
    text = "گزارش: نشست در ۲۶ تیر ۱۴۰۳ و سند در ١٩ نوامبر ٢٠٢٤ امضا شد."
    mentions = find_dates(text, "fa")
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    assert [m.value for m in mentions] == ["2024-07-16", "2024-11-19"]


def test_mentions_are_in_order_and_disjoint() -> None:
    text = "On 5 March 2024 talks began; in May they resumed; on 19 November 2024 they signed."
    mentions = find_dates(text, "en", dt.date(2024, 11, 20))
    assert [m.value for m in mentions] == ["2024-03-05", "2024-05", "2024-11-19"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_unknown_language_reads_numeric_dates_only() -> None:
    mentions = find_dates("Il 19/11/2024 e il 19 novembre", "xx")
    assert [(m.text, m.value) for m in mentions] == [("19/11/2024", "2024-11-19")]


def test_empty_text() -> None:
    assert find_dates("", "en") == []


# --------------------------------------------------------------------------- year resolution


@pytest.mark.parametrize(
    ("anchor", "sentence", "value"),
    [
        (dt.date(2025, 1, 3), "The ministers met on 28 December.", "2024-12-28"),
        (dt.date(2025, 1, 3), "The ministers met on December 28.", "2024-12-28"),
        (dt.date(2025, 1, 3), "The talks were held in December.", "2024-12"),
        (dt.date(2024, 12, 28), "The forum opens on 5 January.", "2025-01-05"),
        (dt.date(2024, 12, 28), "The forum opens in January.", "2025-01"),
        (dt.date(2024, 11, 20), "The deal was signed in March.", "2024-03"),
        (dt.date(2024, 11, 20), "The summit is set for December 2.", "2024-12-02"),
    ],
)
def test_year_resolution_around_new_year(anchor: dt.date, sentence: str, value: str) -> None:
    assert find_dates(sentence, "en", anchor)[0].value == value


def test_solar_month_resolution_around_nowruz() -> None:
    # anchor 1403-12-25 (2025-03-15): "اوایل فروردین" is early 1404, days ahead
    mention = find_dates("سفر وزیر اوایل فروردین انجام می‌شود.", "fa", dt.date(2025, 3, 15))[0]
    assert (mention.calendar, mention.value) == ("solar_hijri", "2025-03")
    mention = find_dates("نشست در ۲۸ اسفند برگزار شد.", "fa", dt.date(2025, 3, 25))[0]
    assert mention.value == "2025-03-18"


def test_relative_weekdays() -> None:
    wednesday = dt.date(2024, 11, 20)
    values = [m.value for m in find_dates("on Monday, last Wednesday, next Friday, on Wednesday", "en", wednesday)]
    assert values == ["2024-11-18", "2024-11-13", "2024-11-22", "2024-11-20"]


def test_relative_units_in_solar_calendar() -> None:
    anchor = dt.date(2024, 11, 20)  # 30 Aban 1403
    values = [m.value for m in find_dates("ماه گذشته و سال گذشته و امسال", "fa", anchor)]
    assert values == ["2024-10", "2023", "2024"]


# --------------------------------------------------------------------------- calendars


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("۲۶ تیر ۱۴۰۳", "2024-07-16"),
        ("۳۰ آبان ۱۴۰۳", "2024-11-20"),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),
        ("۱۴۰۲/۱۲/۲۹", "2024-03-19"),
        ("آبان ۱۴۰۳", "2024-11"),
        ("بهمن ۱۴۰۳", "2025-02"),
        ("سال ۱۴۰۲", "2023"),
        ("۳۰ اسفند ۱۴۰۲", None),  # 1402 is not a leap year
    ],
)
def test_solar_hijri_conversion(sentence: str, value: str | None) -> None:
    [mention] = find_dates(sentence, "fa")
    assert (mention.calendar, mention.value) == ("solar_hijri", value)


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("ar", "1 محرم 1446 هـ", "2024-07-07"),
        ("ar", "17 جمادى الأولى 1446 هـ", "2024-11-19"),
        ("ar", "1 رمضان 1446 هـ", "2025-03-01"),
        ("ar", "رمضان 1445 هـ", "2024-03"),
        ("fa", "۱۷ جمادی الاول ۱۴۴۶ ه.ق", "2024-11-19"),
        ("ur", "17 جمادی الاول 1446ھ", "2024-11-19"),
    ],
)
def test_lunar_hijri_conversion(lang: str, sentence: str, value: str) -> None:
    [mention] = find_dates(sentence, lang)
    assert (mention.calendar, mention.value) == ("lunar_hijri", value)


def test_solar_hijri_in_arabic_and_urdu() -> None:
    assert find_dates("26 تير 1403", "ar")[0].value == "2024-07-16"
    assert find_dates("26 تیر 1403", "ur")[0].value == "2024-07-16"


def test_japanese_era_and_chinese_numerals() -> None:
    assert find_dates("令和6年11月19日", "ja")[0].value == "2024-11-19"
    assert find_dates("二〇二四年十一月十九日", "zh")[0].value == "2024-11-19"
    assert find_dates("民国113年", "zh")[0].value == "2024"


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Iran, China to Expand ICT Cooperation\nPublished: 19 November 2024\n\nIran has called", "2024-11-19"),
        ("en", "TEHRAN, Nov. 19, 2024 (IRNA) -- The minister met the ambassador on 5 December 2024.", "2024-11-19"),
        ("en", "Tuesday, November 19, 2024 - 10:30\nIran and Armenia agreed to cooperate.", "2024-11-19"),
        ("en", "Updated: 20 November 2024\nPublished: 19 November 2024\nText", "2024-11-19"),
        ("fa", "همکاری ایران و ارمنستان\nتاریخ انتشار: ۱۴۰۳/۰۸/۲۹ - ۱۰:۳۰\nوزیر ارتباطات", "2024-11-19"),
        ("fa", "۲۹ آبان ۱۴۰۳ - ۱۰:۳۰\nوزیر ارتباطات با سفیر دیدار کرد.", "2024-11-19"),
        ("ar", "طهران - 19 نوفمبر 2024 (إرنا) - التقى وزير الاتصالات", "2024-11-19"),
        ("ru", "Россия и Иран обсуждают партнерство\nОпубликовано: 19.11.2024 10:30\nТекст", "2024-11-19"),
        ("zh", "中俄签署合作协议\n2024-11-19 10:30 来源：新华网\n新华社北京11月19日电", "2024-11-19"),
        ("de", "Veröffentlicht am 19. November 2024, aktualisiert am 20. November 2024\nText", "2024-11-19"),
        ("ko", "입력 2024.11.19. 오후 3:00 수정 2024.11.20.\n기사", "2024-11-19"),
        ("ja", "2024年11月19日 15時30分 公開\n記事", "2024-11-19"),
        ("vi", "Thứ Ba, 19/11/2024 - 15:30\nBài viết", "2024-11-19"),
    ],
)
def test_find_dateline(lang: str, text: str, expected: str) -> None:
    assert find_dateline(text, lang) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran and Armenia to hold talks, 5 December 2024\nTehran Times\nThe two sides met."),
        ("en", "The date of the summit is 5 December 2024, officials said.\nText"),
        ("ms", "Pada petang 19 November, di Quang Ninh, Kementerian menganjurkan mesyuarat."),
        ("zh", "新华社北京11月19日电 中俄双方举行会谈。"),
        # a short list item is no date line when its words are Chinese or Japanese characters
        ("ja", "覚書の概要\n- 情報通信技術の人材育成\n- 2021年8月11日に署名された郵便分野における覚書"),
        ("zh", "合作领域\n- 人工智能\n- 2021年8月11日签署的邮政领域合作谅解备忘录"),
        ("en", "No date here at all.\nJust text."),
    ],
)
def test_find_dateline_none(lang: str, text: str) -> None:
    assert find_dateline(text, lang) is None


def test_dateline_far_down_is_ignored() -> None:
    text = "Title\n" + "A line of text.\n" * 40 + "Published: 19 November 2024\n"
    assert find_dateline(text, "en") is None


# --------------------------------------------------------------------------- data files


def test_data_files_are_well_formed() -> None:
    files = sorted(DATA_DIR.glob("*/dates.tsv"))
    assert len(files) >= 17
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# "), path
        assert check_dates_file(path) == [], path


def test_check_dates_file_reports_problems(tmp_path: Path) -> None:
    path = tmp_path / "dates.tsv"
    path.write_text("# form\tkind\tvalue\tflags\nnovember\tmonth\t13\nfoo\tcolour\tred\nbar\tmonth\n", "utf-8")
    problems = check_dates_file(path)
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "3", "4"]


def test_a_paragraph_opening_with_a_date_further_down_is_no_dateline() -> None:
    from techdip.extract.dates import find_dateline

    text = (
        "Türk Konseyi BİT Bakanları toplantısı 31 Ocak 2019 tarihinde Almatı'da yapıldı.\n\n"
        "Bakan Abayev toplantıya ev sahipliği yaptı.\n\nGenel Sekreter konuşma yaptı.\n\n"
        "Özellikle, 3 Eylül 2018 tarihinde Çolpan-Ata'da düzenlenen zirveye atıfta bulundu.\n"
    )
    assert find_dateline(text, "tr") is None
    assert find_dateline("TEHRAN, 19 November 2024 - The minister met ...", "en") == dt.date(2024, 11, 19)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "July 3, 2023 Results of the Japan-EU Digital Partnership Council\n\nOn July 3 ...", "2023-07-03"),
        ("de", "Digitalminister\n\n[01.10.2019] Erstmals haben sich die Digitalminister getroffen.", "2019-10-01"),
        ("hi", "शासन व्यवस्था\n- 25 May 2018\n- 3 min read\nभारत और अंगोला ...", "2018-05-25"),
        ("ms", "Malaysia perkukuh peranan ICT\n\nAstro Awani\nFebruari 10, 2023 13:03 MYT\nMenteri ...", "2023-02-10"),
        ("ja", "令和8年1月14日(水)から同年1月16日(金)、林総務大臣はベトナムに出張し、会談を行いました。", None),
        ("zh", "2016年6月20日,工业和信息化部部长苗圩在哈瓦那会见古巴通信部部长。", None),
        # a line opening with a date that a lowercase word continues is a sentence, not a stamp
        ("en", "Iran, Armenia sign AI pact\n19 November 2024 marked the start of the joint session.", None),
        ("de", "KI-Abkommen\n3. März 2024 war ein wichtiger Tag für die Zusammenarbeit.", None),
        ("fr", "Accord sur l'IA\n19 novembre 2024 restera une date importante pour les deux pays.", None),
        ("fr", "Accord sur l'IA\n19 novembre 2024 Le Maroc et la France signent un accord.", "2024-11-19"),
    ],
)
def test_a_line_that_opens_with_a_date_stamp_is_the_dateline_but_a_story_opening_with_its_date_is_not(
    lang: str, text: str, expected: str | None
) -> None:
    from techdip.extract.dates import find_dateline

    found = find_dateline(text, lang)
    assert (found.isoformat() if found else None) == expected


def test_month_abbreviations_come_from_the_date_words_flagged_abbr():
    assert {"oct", "sept", "dec"} <= month_abbreviations("en")
    assert {"окт", "сент"} <= month_abbreviations("ru")
    assert "october" not in month_abbreviations("en") and "may" not in month_abbreviations("en")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Келісім 2025 жылғы 30 тамызда Астанада жасалды.", "kk", "2025-08-30"),
        ("Memorandum 2023-yil 5-mart kuni imzolandi.", "uz", "2023-03-05"),
        ("Saziş 2024-cü il 12 mart tarixində imzalanıb.", "az", "2024-03-12"),
    ],
)
def test_turkic_dates_write_the_year_before_day_and_month(text, lang, value):
    # read as one date: the year is the written one, not the one nearest to the publication date
    found = find_dates(text, lang, dt.date(2026, 10, 1))
    assert [(m.value, m.resolution) for m in found] == [(value, "absolute")]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("তারা সাজুন ২০২৪", "bn", []),  # জুন (June) inside a word is no month: its vowel sign is part of the word
        ("ਭਾਰਤ ਦਾਮਈ 2024", "pa", []),
        ("੧੫ ਜਨਵਰੀ ੨੦੨੪ ਨੂੰ", "pa", ["2024-01-15"]),  # Gurmukhi digits
        ("১৫ জুন ২০২৪ তারিখে", "bn", ["2024-06-15"]),
    ],
)
def test_indic_words_keep_their_vowel_signs_and_digits(text, lang, found):
    assert [m.value for m in find_dates(text, lang, dt.date(2024, 7, 1))] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [("เมื่อวันที่ 21 มกราคม 2564 ที่กรุงเทพฯ", "2021-01-21"), ("วันที่ ๐๕ พฤศจิกายน ๒๕๖๑", "2018-11-05")],
)
def test_thai_years_count_in_the_buddhist_era(text, value):
    assert [m.value for m in find_dates(text, "th", dt.date(2024, 7, 1))] == [value]


# --------------------------------------------------------------------------- a page dated by the year it names


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a month takes the known year as it is, even in January with the anchor at the year's end
        ("en", "Talks on 19 November, a second round on 5 January.", ["2024-11-19", "2024-01-05"]),
        ("fr", "Réunion le 19 novembre, seconde session le 5 janvier.", ["2024-11-19", "2024-01-05"]),
        # a day without its month, a weekday, "yesterday": the year alone does not tell them
        ("ko", "장관은 24일 회의에 참석했다고 27일 밝혔다.", [None, None]),
        ("ja", "大臣は19日、会談した。", [None]),
        ("en", "The ministers met yesterday and again on Monday.", [None, None]),
        ("ar", "التقى الوزيران أمس في طهران.", [None]),
        ("de", "Er lud zu einem Gegenbesuch im kommenden Frühjahr ein.", [None]),
        ("pt", "O ministro reuniu-se nesta quarta-feira (21) com o embaixador.", [None]),
        # a written year is still its own
        ("de", "Das Abkommen vom 18. Februar 2010 gilt weiter.", ["2010-02-18"]),
    ],
)
def test_a_year_alone_as_anchor_fixes_months_but_not_days_or_relative_words(lang, text, values):
    found = find_dates(text, lang, dt.date(2024, 12, 31), year_only=True)
    assert [m.value for m in found] == values


@pytest.mark.parametrize(
    ("lang", "text", "years"),
    [
        ("en", "Saudi Vision 2030 and the 2030 Agenda frame the talks held in 2024.", [2024]),
        ("ms", "Wawasan 2030 dibincangkan pada 2023 dan 2023.", [2023, 2023]),
        ("es", "La Agenda 2040 y la reunión de 2025.", [2025]),
        ("zh", "2035年愿景,2024年签署。", [2024]),
        ("zh", "6月12日,2020年中国-东盟数字经济合作年开幕", [2020]),  # a year glued to the words around it
        ("en", "Sales rose 2,024 units; version 1.2030 shipped.", []),
        ("ar", "في إطار رؤية مصر 2030 وقع البلدان مذكرة في 2024.", [2024]),
        ("id", "Sejalan dengan Indonesia Emas 2045, nota kesepahaman diteken pada 2024.", [2024]),
        ("fr", "Le plan France 2030 soutient l'accord signé en 2024.", [2024]),
        ("tr", "2053 vizyonu çerçevesinde 2024 yılında imzalandı.", [2024]),
        ("kk", "Қазақстан-2050 стратегиясы аясында 2024 жылы қол қойылды.", [2024]),
        ("zh", "中国制造2025与2024年签署的协议。", [2024]),
        ("uz", "2030 strategiyasi doirasida 2024-yilda imzolandi.", [2024]),
        # a plan or a fair named by its year ("ce mardi 29 octobre" must not be read in 2030)
        ("fr", "La ministre a rencontré ce mardi 29 octobre une délégation (stratégie « Maroc Digital 2030 »).", []),
        ("en", "Funded under Horizon 2020, the pact was signed at Expo 2025 in 2024.", [2024]),
        ("de", "Aus Horizont 2020 gefördert, auf der Expo 2025 im Jahr 2024 unterzeichnet.", [2024]),
        ("pt", "No âmbito da Estratégia Digital 2030, o acordo foi assinado em 2024.", [2024]),
        ("tr", "Expo 2025'te 2024 yılında imzalanan anlaşma.", [2024]),
        ("ja", "2025年万博の会場で2024年に署名した。", [2024]),
    ],
)
def test_named_years_leave_out_plans_named_by_their_target_year(lang, text, years):
    from techdip.extract.dates import named_years

    assert [year for _, _, year in named_years(text, lang)] == years


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Riyadh hosts events for Vision 2035 this week."),
        ("ar", "انطلقت فعاليات رؤية 2035 في الرياض."),
        ("es", "El plan se enmarca en la Agenda 2045 del país."),
    ],
)
def test_a_plan_named_by_any_target_year_is_no_date(lang, text):
    assert find_dates(text, lang, dt.date(2024, 11, 20)) == []


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # the year named in the date's own sentence dates it when the page shows no publication date
        (
            "vi",
            "Trong khuôn khổ Diễn đàn Hợp tác Số 2025 diễn ra ngày 14/10 tại Hà Nội, Bộ trưởng Việt Nam đã tiếp "
            "Bộ trưởng Bộ Công nghệ Lào để thảo luận hợp tác về trí tuệ nhân tạo.",
            "2025-10-14",
        ),
        (
            "ar",
            "وقعت مصر والأردن مذكرة تفاهم في مجال الذكاء الاصطناعي على هامش معرض القاهرة للتكنولوجيا 2025 "
            "المقام خلال الفترة من 3 إلى 6 نوفمبر الجاري.",
            "2025-11-03",
        ),
        (
            "en",
            "Kenya and Japan signed an MoU on artificial intelligence at Africa Tech Week 2023, held on 14 March "
            "in Nairobi.",
            "2023-03-14",
        ),
        # a year in another sentence, or in another full date of the sentence, does not
        (
            "en",
            "Kenya and Japan signed an MoU on artificial intelligence on 14 March in Nairobi. Their first accord "
            "dates from 2019.",
            None,
        ),
        (
            "en",
            "Kenya and Japan, partners in ICT since May 2019, signed an MoU on artificial intelligence on "
            "14 March in Nairobi.",
            None,
        ),
    ],
)
def test_without_publication_date_a_partial_date_takes_the_year_of_its_own_sentence(lang, text, date):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang))
    assert article.published is None and article.events
    assert {event.date for event in article.events} == {date}
    if date:
        assert all("its sentence names" in event.date_info.anchor for event in article.events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "az",
            " date 2025-11-18 Azərbaycan və Yaponiya memorandum imzalayıb\n- 18 noyabr, 2025\n- 10:31\n"
            "Azərbaycan və Yaponiya süni intellekt sahəsində əməkdaşlıq memorandumu imzalayıb.",
        ),
        (
            "en",
            " date 2025-11-18 Kenya, Japan sign AI pact\n• 18 November 2025 • 10:31 GMT\n"
            "Kenya and Japan signed a memorandum of understanding on artificial intelligence.",
        ),
        (
            "ru",
            " date 2025-11-18 Россия и Китай подписали меморандум\n18 ноября 2025, 10:31\n"
            "Россия и Китай подписали меморандум о сотрудничестве в области искусственного интеллекта.",
        ),
    ],
)
def test_the_page_date_repeated_on_a_line_of_its_own_dates_no_event(lang, text):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang))
    assert article.published == "2025-11-18" and article.events
    assert all(event.date is None for event in article.events)


def test_page_furniture_allows_a_time_a_zone_and_bullets_only():
    from techdip.extract.dates import page_furniture

    text = "Title\n• 30 oktyabr, 2025 • 17:42 MYT\nThe talks on 30 oktyabr, 2025 went well."
    first = text.index("30")
    second = text.index("30", first + 5)
    assert page_furniture(text, first, first + len("30 oktyabr, 2025"))
    assert not page_furniture(text, second, second + len("30 oktyabr, 2025"))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("19 November 2024 GMT+8", True),  # five characters besides the date: a zone
        ("19 November 2024 GMT+08", False),  # six
        ("19 November 2024 | 10:15 | 10:16 | 10:17 | 10:18 - - - • • •  ,,, ...  ", True),  # long, all separators
        ("19 November 2024 東京", True),  # two wide characters: four columns
        ("19 November 2024 東京都", False),  # three: six columns
        ("19 November 2024 the ministers met in Tehran and signed a memorandum on " * 20, False),
    ],
)
def test_page_furniture_counts_what_stands_beside_the_date_on_its_line(line, furniture):
    from techdip.extract.dates import page_furniture

    text = f"Title\n{line}\nThe story."
    start = text.index("19 November")
    assert page_furniture(text, start, start + len("19 November 2024")) is furniture


@pytest.mark.parametrize(
    ("lang", "text", "date", "furniture"),
    [
        ("ur", "ریاض (اُردو پوائنٹ - اے پی پی۔ 04 اکتوبر2025ء) وفاقی وزیر نے دورہ کیا۔", "04 اکتوبر2025ء", True),
        ("en", "ISLAMABAD (APP - 27 June 2025) The minister met his Saudi counterpart.", "27 June 2025", True),
        ("bn", "ঢাকা (বাসস - ৫ ফেব্রুয়ারি ২০২০) মন্ত্রী বৈঠক করেন।", "৫ ফেব্রুয়ারি ২০২০", True),
        # a bracket with the date alone is the story's ("today (10 May)"), not an agency's stamp
        ("en", "TEHRAN (19 November 2024) The minister met his Armenian counterpart.", "19 November 2024", False),
    ],
)
def test_a_date_closing_an_agency_bracket_after_the_city_is_page_furniture(lang, text, date, furniture):
    from techdip.extract.dates import page_furniture

    start = text.index(date)
    assert page_furniture(text, start, start + len(date)) is furniture


def test_the_page_date_in_a_repeated_agency_bracket_dates_no_event():
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    text = (
        "Pakistan, Saudi Arabia sign AI pact\n\nSaturday 4 October 2025 14:29\n\n"
        "RIYADH (APP - 04 October 2025) Pakistan and Saudi Arabia signed a memorandum on artificial intelligence."
    )
    article = extract(Document(id="x", text=text, source="x", lang="en"))
    assert article.published == "2025-10-04" and article.events
    assert all(event.date is None for event in article.events)


# --------------------------------------------------------------------------- the day of a report


@pytest.mark.parametrize(
    ("lang", "text", "word", "expected"),
    [
        ("en", "The pact was inked in Muscat, an official release said on Wednesday.", "Wednesday", True),
        ("en", "State media reported Monday that the MoUs were signed.", "Monday", True),
        ("en", "The ministers met on Monday and said the pact was signed.", "Monday", False),
        ("fr", "L'accord a été signé, a indiqué lundi le ministère.", "lundi", True),
        ("es", "El ministerio dijo el lunes que el acuerdo fue firmado.", "lunes", True),
        ("ru", "Министерство сообщило в понедельник, что соглашение подписано.", "понедельник", True),
        ("ru", "Соглашение подписано в понедельник в Москве.", "понедельник", False),
        ("ko", "장관 회담을 개최했다고 27일 밝혔다.", "27일", True),
        ("ko", "양국 장관은 27일 서울에서 회담했다.", "27일", False),
        ("hi", "मंत्रालय ने मंगलवार को बताया कि समझौता हुआ।", "मंगलवार", True),
        ("ja", "総務省は12日、発表した。", "12日", True),
        ("tr", "Bakanlık Pazartesi günü açıkladı.", "Pazartesi", True),
        # the release or briefing is itself the report, even when it follows its verb ("said a release on")
        ("en", "The MoU was signed, said a joint press release on Tuesday.", "Tuesday", True),
        ("en", "The ministers held a press conference on Tuesday.", "Tuesday", True),
        ("en", "The ministers issued a joint statement on Tuesday.", "Tuesday", False),
        ("fr", "L'accord a été signé, a précisé le communiqué de presse mardi.", "mardi", True),
        ("es", "El acuerdo fue firmado, según un comunicado de prensa el martes.", "martes", True),
        ("pt", "O acordo foi assinado, segundo nota divulgada nesta terça-feira.", "terça-feira", True),
        ("de", "Das Abkommen wurde unterzeichnet, so die Pressemitteilung am Dienstag.", "Dienstag", True),
        ("it", "L'accordo è stato firmato, si legge nel comunicato stampa di martedì.", "martedì", True),
        ("id", "Kerja sama itu penting, kata Meutya dalam keterangannya, Minggu (24/11/2024).", "24/11/2024", True),
        ("id", "Kerja sama itu disepakati, ungkapnya dalam keterangan resmi, Rabu (01/06).", "Rabu (01/06)", True),
        ("id", "Kedua menteri bertemu di Jakarta, Minggu (24/11/2024).", "24/11/2024", False),
        ("ms", "Memorandum itu ditandatangani, menurut kenyataan media pada Isnin.", "Isnin", True),
    ],
)
def test_a_date_next_to_a_word_of_saying_is_the_day_of_a_report(lang, text, word, expected):
    from techdip.extract.dates import reported

    [mention] = [m for m in find_dates(text, lang, dt.date(2024, 11, 20)) if word in m.text]
    assert bool(reported(text, lang, mention.start, mention.end)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "word", "kind"),
    [
        ("en", "The pact was inked in Muscat, an official release said on Wednesday.", "Wednesday", "said"),
        ("en", "State media reported on Monday that the MoUs were signed.", "Monday", "media"),
        ("de", "Das Abkommen wurde unterzeichnet, berichtete am Montag die Presse.", "Montag", "media"),
        ("de", "Das Abkommen wurde unterzeichnet, sagte am Montag der Minister.", "Montag", "said"),
        ("id", "Nota kesepahaman itu ditandatangani, dilaporkan pada Senin.", "Senin", "media"),
        ("ko", "장관 회담을 개최했다고 27일 밝혔다.", "27일", "said"),
    ],
)
def test_a_third_partys_report_is_told_from_a_partys_own_word(lang, text, word, kind):
    from techdip.extract.dates import reported

    [mention] = [m for m in find_dates(text, lang, dt.date(2024, 11, 20)) if word in m.text]
    assert reported(text, lang, mention.start, mention.end) == kind


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "India and Oman signed a pact on information technology, an official release said on Wednesday. "
            "The memorandum on information technology between India and Oman was signed on 15 December 2023.",
            "2023-12-15",
        ),
        (
            "fr",
            "La France et le Maroc ont signé un accord sur l'intelligence artificielle, a indiqué lundi le "
            "ministère. L'accord sur l'intelligence artificielle entre la France et le Maroc a été signé le "
            "15 décembre 2023 à Rabat.",
            "2023-12-15",
        ),
        (
            "ru",
            "Россия и Казахстан подписали соглашение об искусственном интеллекте, сообщило в понедельник "
            "министерство. Соглашение об искусственном интеллекте между Россией и Казахстаном было подписано "
            "15 декабря 2023 года в Астане.",
            "2023-12-15",
        ),
        # the day a party's own word gives dates the event when nothing else does
        (
            "en",
            "India and Oman signed a pact on information technology, an official release said on Wednesday.",
            "2024-01-24",
        ),
        # a third party's report dates nothing: it is when the signing was told, not when it happened
        ("en", "Pakistan and China signed 24 MoUs on digital cooperation, state media reported on Monday.", None),
        (
            "fr",
            "La France et le Maroc ont signé un accord sur l'intelligence artificielle, a rapporté lundi la presse.",
            None,
        ),
        ("de", "Deutschland und Indien unterzeichneten ein KI-Abkommen, berichtete am Montag die Presse.", None),
        (
            "id",
            "Indonesia dan Jepang menandatangani nota kesepahaman kecerdasan buatan, dilaporkan pada Senin.",
            None,
        ),
        (
            "en",
            "Cambodia and Laos signed an MoU on digital transformation, said a joint press release on Tuesday. "
            "The MoU on digital transformation was inked on Monday in Siem Reap by Cambodia and Laos.",
            "2024-01-22",
        ),
    ],
)
def test_the_day_of_a_report_gives_way_to_the_date_the_text_gives_the_event(lang, text, date):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang, published="2024-01-24"))
    assert article.events
    assert {event.date for event in article.events} == {date}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقع المغرب والسعودية، أمس الاثنين بالرياض، مذكرة تفاهم في مجال التحول الرقمي الحكومي."),
        ("fr", "La France et le Maroc ont signé hier lundi à Rabat un accord sur l'intelligence artificielle."),
        ("id", "Indonesia dan Jepang menandatangani nota kesepahaman kerja sama digital kemarin Senin di Jakarta."),
        ("en", "India and Oman signed a memorandum on information technology yesterday (Monday) in Muscat."),
    ],
)
def test_yesterday_with_its_weekday_is_the_weekday_on_a_page_published_a_day_later(lang, text):
    """Written on Tuesday, published on Wednesday 24 January 2024: "yesterday, Monday" is 22 January."""
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang, published="2024-01-24"))
    assert article.events
    assert {event.date for event in article.events} == {"2024-01-22"}


def test_a_taiwanese_bracketed_day_dates_the_event():
    """ "今(23)日": today, the 23rd, as Taiwan's press writes it; the signing is dated by it."""
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    text = "台灣與捷克今(23)日在台北簽署半導體科技合作備忘錄,雙方將加強數位合作。"
    article = extract(Document(id="x", text=text, source="x", lang="zh", published="2024-11-24"))
    assert article.events
    assert {event.date for event in article.events} == {"2024-11-23"}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("hi", "दोनों देशों के मंत्रियों की बैठक कल आयोजित हुई।", "2024-11-19"),
        ("hi", "दोनों देशों के मंत्री कल समझौते पर हस्ताक्षर करेंगे।", "2024-11-21"),
        ("bn", "দুই দেশের মন্ত্রীরা কাল ঢাকায় চুক্তি সই করবেন।", "2024-11-21"),
        ("pa", "ਦੋਵਾਂ ਮੰਤਰੀਆਂ ਦੀ ਮੀਟਿੰਗ ਕੱਲ੍ਹ ਹੋਈ। ਅਗਲੀ ਮੀਟਿੰਗ ਹੋਵੇਗੀ।", "2024-11-19"),  # the future is in the next sentence
    ],
)
def test_a_word_for_yesterday_or_tomorrow_reads_forward_only_in_a_future_sentence(lang, text, value):
    [mention] = find_dates(text, lang, dt.date(2024, 11, 20))
    assert mention.value == value


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "Kenya and Japan, which agreed in April to deepen ties, signed a memorandum on artificial "
            "intelligence on Monday.",
            "2024-11-18",
        ),
        (
            "de",
            "Deutschland und Japan, die sich im April auf engere Beziehungen verständigt hatten, unterzeichneten "
            "am Montag ein Abkommen über künstliche Intelligenz.",
            "2024-11-18",
        ),
        (
            "ru",
            "Россия и Казахстан, договорившиеся в апреле о сотрудничестве, подписали в понедельник соглашение об "
            "искусственном интеллекте.",
            "2024-11-18",
        ),
        ("en", "Kenya and Japan signed a memorandum on artificial intelligence in April.", None),
    ],
)
def test_a_month_named_without_its_year_is_a_period_that_dates_no_event(lang, text, date):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang, published="2024-11-20"))
    assert article.events
    assert {event.date for event in article.events} == {date}


@pytest.mark.parametrize(
    ("lang", "text", "expression", "years", "agreeing"),
    [
        ("id", "Pertemuan digelar Jumat (18/8) di Bengaluru.", "Jumat (18/8)", {2021, 2023}, [2023]),
        ("en", "The MoU was signed on Saturday, October 15.", "Saturday, October 15", {2019, 2022}, [2022]),
        ("fr", "L'accord a été signé le samedi 15 octobre.", "samedi 15 octobre", {2019, 2022, 2016}, [2016, 2022]),
        ("en", "The MoU was signed on October 15.", "October 15", {2019, 2022}, []),  # no weekday written
    ],
)
def test_a_written_weekday_tells_which_named_years_a_date_can_be_in(lang, text, expression, years, agreeing):
    from techdip.extract.dates import weekday_years

    start = text.index(expression)
    assert weekday_years(text, lang, start, start + len(expression), years) == agreeing


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "id",
            "Indonesia dan Jepang memperkuat kerja sama digital sejak 2021. Pada pertemuan di Bengaluru, Jumat "
            "(18/8), Menteri Indonesia dan Menteri Jepang membahas kecerdasan buatan. Agenda tahun 2023 dibahas.",
            "2023-08-18",
        ),
        (
            "en",
            "Saudi Arabia and South Africa signed a memorandum on artificial intelligence on Saturday, October 15. "
            "Their trade grew in 2019.",
            None,  # 15 October 2019 was a Tuesday
        ),
        (
            "en",
            "Saudi Arabia and South Africa signed a memorandum on artificial intelligence on Saturday, October 15. "
            "Their trade grew in 2019 and in 2022.",
            "2022-10-15",
        ),
    ],
)
def test_without_publication_date_a_weekday_picks_the_named_year_it_agrees_with(lang, text, date):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang))
    assert article.published is None and article.events
    assert {event.date for event in article.events} == {date}


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        (
            "en",
            "Ministry news\n\nWeekly round-up of the ministry's work. It is published every Monday. It lists "
            "meetings.\n\n18 November 2024\nThe deputy minister opened a forum on skills. Later, Iran and "
            "Armenia signed a memorandum on artificial intelligence in Tehran.\n\n20 November 2024\nThe minister "
            "gave a speech. The ministers of Iran and Russia then met in Moscow to discuss cybersecurity.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-20")},
        ),
        (
            "fr",
            "Actualités\n\nRevue hebdomadaire du ministère. Elle paraît chaque lundi. Elle recense les "
            "réunions.\n\n18 novembre 2024\nLe vice-ministre a ouvert un forum. Ensuite, l'Iran et l'Arménie "
            "ont signé un mémorandum sur l'intelligence artificielle à Téhéran.\n\n20 novembre 2024\nLe ministre "
            "a prononcé un discours. Le ministre iranien a ensuite rencontré son homologue russe à Moscou pour "
            "discuter de la cybersécurité.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-20")},
        ),
        (
            "ru",
            "Новости\n\nЕженедельный обзор работы министерства. Он выходит по понедельникам. В нём перечислены "
            "встречи.\n\n18 ноября 2024 года\nЗамминистра открыл форум. Затем Иран и Армения подписали "
            "меморандум об искусственном интеллекте в Тегеране.\n\n20 ноября 2024 года\nМинистр выступил с речью. "
            "Министры Ирана и России затем провели переговоры в Москве по кибербезопасности.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-20")},
        ),
    ],
)
def test_a_date_heading_its_section_dates_the_events_told_below_it(lang, text, dates):
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang, published="2024-11-25"))
    assert {(event.type, event.date) for event in article.events} == dates


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        (
            "en",
            "Ministers meet\n\n18 November 2024\nIran and Armenia signed a memorandum of understanding on artificial "
            "intelligence in Yerevan.\n\n19 November 2024\nIran and Russia held talks on cybersecurity in Moscow.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-19")},
        ),
        (
            "fr",
            "Rencontres ministérielles\n\n18 novembre 2024\nL'Iran et l'Arménie ont signé un mémorandum d'entente "
            "sur l'intelligence artificielle à Erevan.\n\n19 novembre 2024\nLe ministre iranien a rencontré son "
            "homologue russe à Moscou pour discuter de la cybersécurité.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-19")},
        ),
        (
            "ru",
            "Встречи министров\n\n18 ноября 2024 года\nИран и Армения подписали меморандум об искусственном "
            "интеллекте в Ереване.\n\n19 ноября 2024 года\nМинистры Ирана и России провели переговоры в Москве по "
            "кибербезопасности.",
            {("AGREE", "2024-11-18"), ("CONSULT", "2024-11-19")},
        ),
    ],
)
def test_dated_headings_at_the_top_are_no_publication_stamp(lang, text, dates):
    """The first of a page's dated section headings is no stamp (a later day heads the next section, and a page
    is not published before what it reports); nor is the last one a sign-off: each dates its own section."""
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang))
    assert article.published is None
    assert {(event.type, event.date) for event in article.events} == dates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Deutschland und Indien vertiefen KI-Kooperation\n\nBerlin, 10. Juni 2024. Bundesdigitalminister Volker "
            "Wissing und der indische Minister Ashwini Vaishnaw unterzeichneten am 9. Juni in Berlin eine "
            "Absichtserklärung zur Zusammenarbeit bei künstlicher Intelligenz.",
        ),
        (
            "en",
            "Germany and India deepen AI cooperation\n\nBerlin, June 10, 2024. German digital minister Volker "
            "Wissing and Indian minister Ashwini Vaishnaw signed a declaration of intent on artificial intelligence "
            "cooperation in Berlin on 9 June.",
        ),
        (
            "es",
            "Alemania e India profundizan su cooperación en IA\n\nBerlín, 10 de junio de 2024. El ministro digital "
            "alemán Volker Wissing y el ministro indio Ashwini Vaishnaw firmaron el 9 de junio en Berlín una "
            "declaración de intenciones sobre cooperación en inteligencia artificial.",
        ),
    ],
)
def test_the_headline_event_takes_the_lead_day_not_the_dateline(lang, text):
    """The lead names the dateline's day (the page's) and the day of the signing: an event told only in the
    headline takes the signing's day."""
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(Document(id="x", text=text, source="x", lang=lang))
    assert article.published == "2024-06-10"
    assert article.events and {event.date for event in article.events} == {"2024-06-09"}
