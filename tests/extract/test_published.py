"""The page's own publication stamp (techdip.extract.published)."""

from __future__ import annotations

import pytest

from techdip.extract.published import page_stamp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2026-02-20 NEU-DELHI (dpa-AFX) - Bundesdigitalminister ...", "2026-02-20"),
        ("Published: 2024-11-19 09:15 Tehran - The minister ...", "2024-11-19"),
        ("2025-12-06 به گزارش ایلنا ...", "2025-12-06"),
        ("تاریخ: 2025-09-11 گسترش همکاری پست ایران و چین", "2025-09-11"),
        (" date 2021-12 El embajador mantuvo una reunión ...", "2021-12"),  # the page shows only its month
        (" date 2023-02-30 ...", None),  # not a calendar date
        ("The ministers met on 2024-11-19 in Tehran.", None),  # a date inside the text is no stamp
        ("Reference 2024-11-19-7 ...", None),
        ("۱۴۰۳-۰۸-۲۹ ایران و ارمنستان ...", None),  # a Solar Hijri year: not a Gregorian ISO date
        ("1403-08-29 تفاهم‌نامه ...", None),
    ],
)
def test_an_iso_date_opening_the_page_is_its_stamp(text: str, expected: str | None):
    assert page_stamp(text) == expected


def test_an_article_says_where_its_publication_date_was_read():
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    stamped = extract(Document(id="a", text=" date 2024-11-19 Iran and Armenia signed an MoU on AI.", source="a"))
    assert (stamped.published, stamped.published_from) == ("2024-11-19", "page stamp")
    given = extract(Document(id="b", text="Iran and Armenia signed an MoU on AI.", source="b", published="2024-11-18"))
    assert (given.published, given.published_from) == ("2024-11-18", "metadata")
    wire = extract(
        Document(id="c", text="TEHRAN, 19 November 2024 - Iran and Armenia signed an MoU on AI.", source="c")
    )
    assert (wire.published, wire.published_from) == ("2024-11-19", "dateline")
    assert wire.to_json()["published_from"] == "dateline"
    undated = extract(Document(id="d", text="Iran and Armenia signed an MoU on AI.", source="d"))
    assert undated.published is None and "published_from" not in undated.to_json()


# --------------------------------------------------------------------------- ranked sources on real pages

from techdip.extract.dates import find_publication  # noqa: E402
from techdip.extract.published import publication  # noqa: E402


@pytest.mark.parametrize(
    ("lang", "text", "expected", "source"),
    [
        # a byline opening a line beats the site's banner date above it
        (
            "id",
            "- Oleh Wahyu Sudoyo\n- Minggu, 6 Oktober 2024 | 14:59 WIB\n"
            "Oleh Wahyu Sudoyo, Senin, 2 September 2024 | 11:51 WIB - Redaktur: Untung\nJakarta, InfoPublik - ...",
            "2024-09-02",
            "byline",
        ),
        # the city, then the agency and the date in brackets (the month glued to its year)
        (
            "ur",
            "اسلام آباد (اُردو پوائنٹ - این این آئی۔ 27 جون2025ء) وفاقی وزیر نے ملاقات کی۔",
            "2025-06-27",
            "dateline",
        ),
        # a hyphenated city in a wire dateline
        ("fr", "Addis-Abeba, 23 novembre 2023 – La réunion s'est ouverte aujourd'hui.", "2023-11-23", "dateline"),
        # an agency's dateline below a block of page furniture
        (
            "bn",
            "শিরোনাম\n238\nবাসস দেশ-২৫\nআইসিটি বিভাগ\nঢাকা, ৫ ফেব্রুয়ারি, ২০২০ (বাসস) : সমঝোতা স্মারক স্বাক্ষরিত হয়েছে।",
            "2020-02-05",
            "dateline",
        ),
        # "Nov 23,2023" on a line of its own below the menu
        (
            "en",
            "Press Releases\n\nMinistry of Science and ICT\n\nNov 23,2023\n\nROK-UK MoU signed",
            "2023-11-23",
            "dateline",
        ),
        # a stamp the page's layout broke over several lines
        (
            "pa",
            "ਸਿਰਲੇਖ ਇੱਥੇ ਹੈ ਅਤੇ ਲੰਮਾ ਹੈ\n\nGurjeet Singh Sandhu\n\n7\n\nJune\n\n2018\n\nਨਵੀਂ ਦਿੱਲੀ — ਖ਼ਬਰ",
            "2018-06-07",
            "dateline",
        ),
        # two-digit years: closing a byline line, opening a title line, alone
        ("de", " date 2019-02 Von: Redaktion DER FARANG | 14.02.19\n\nSEOUL (dpa) - ...", "2019-02-14", "dateline"),
        ("ms", "News\n\n28.10.19 Yang Di-Pertua MMN Menerima Kunjungan Hormat\n\nTeks ...", "2019-10-28", "dateline"),
        ("ru", "Портал\n\nЗаголовок новости\n\n20 / 05 ‘25\n\nВ середине мая ...", "2025-05-20", "dateline"),
        # a wire dateline without a year, in the one year the text names
        (
            "ms",
            "KUALA LUMPUR, 31 Ogos: Malaysia dan Australia ...\nHari Kebangsaan 2023 esok.",
            "2023-08-31",
            "dateline",
        ),
        # an agency's dateline without a year, TASS's way; a date line without a year near the top
        (
            "en",
            "Headline\nWorld\nSEOUL, October 31. /TASS/. Russia and the DPRK signed a digital agreement at the "
            "2024 IT exhibition.",
            "2024-10-31",
            "dateline",
        ),
        (
            "en",
            "Headline\nWorld\nOctober 31, 5:19\nThe two ministries met at the 2024 IT fair.",
            "2024-10-31",
            "dateline",
        ),
        # a title closing with its date in brackets
        (
            "fr",
            "Nomination de l'ambassadeur pour le numérique (22 novembre 2017)\n\nIl a été nommé ce matin.",
            "2017-11-22",
            "dateline",
        ),
        (
            "en",
            "Statement on the digital partnership with Kenya (3 March 2024)\n\nThe ministers met today.",
            "2024-03-03",
            "dateline",
        ),
        (
            "ja",
            "日チリ情報通信分野の協力覚書の署名（2021年1月12日）\n\n本日、総務大臣は署名しました。",
            "2021-01-12",
            "dateline",
        ),
        # a press release's date on top; the meeting's labelled date and time in the story is no stamp
        (
            "ja",
            "報道資料\n令和3年1月25日\n第1回会合の結果\n令和3年1月22日、日本とASEANの会合が開催されました。\n"
            "(1)日時:令和3年1月22日(金)11:30〜12:10(日本時間)\n",
            "2021-01-25",
            "dateline",
        ),
        (
            "en",
            "Press release\nJanuary 25, 2021\nResults of the meeting\nThe ministers met online on January 22.\n"
            "(1) Meeting time: January 22, 2021 11:30-12:10\n",
            "2021-01-25",
            "dateline",
        ),
        # the site's date of the day on the page's first line; the story's own older stamp below it
        (
            "ar",
            "السبت 23 نوفمبر 2024\n\nعنوان الخبر\n\n  • 9-10-2019 | 11:18\n\nبحث الوزيران التعاون.",
            "2019-10-09",
            "dateline",
        ),
        (
            "en",
            "Saturday, 23 November 2024\n\nHeadline\n\n9 October 2019 | 11:18\n\nThe ministers met.",
            "2019-10-09",
            "dateline",
        ),
        (
            "de",
            "Samstag, 23. November 2024\n\nTitel\n\n09.10.2019 | 11:18\n\nDie Minister trafen sich.",
            "2019-10-09",
            "dateline",
        ),
        # a date opening a line, then its time and the agency or the author
        ("pl", "Tytuł\n\n2018-04-16, 20:55  Polska Agencja Prasowa/Jan Kowalski\n\nTekst.", "2018-04-16", "dateline"),
        ("ru", "Заголовок\n\n16.04.2018, 20:55 РИА Новости, Иван Петров\n\nТекст.", "2018-04-16", "dateline"),
        ("en", "Headline\n\n16 April 2018, 20:55 Reuters staff and agencies\n\nText.", "2018-04-16", "dateline"),
        # an unlabelled date, then the day of an update on the same line
        ("tr", "Başlık\n12.03.2024 - Güncelleme : 13.03.2024\nMetin.", "2024-03-12", "dateline"),
        ("en", "Headline\n12 March 2024 | Updated: 13 March 2024\nText.", "2024-03-12", "dateline"),
        ("ru", "Заголовок\n12.03.2024 · Обновлено 13.03.2024\nТекст.", "2024-03-12", "dateline"),
        # a year glued to its time by the page's layout
        ("en", "Headline\nJane Doe\nReuters\nMarch 12, 20241:15 PM GMT+8Updated ago\nText.", "2024-03-12", "dateline"),
        ("id", "Judul\nSelasa, 12 Maret 202410:15 WIB\nTeks.", "2024-03-12", "dateline"),
        ("de", "Titel\n12. März 202410:15 Uhr\nText.", "2024-03-12", "dateline"),
        # a page may show its own day a little after the agency's dateline
        (
            "en",
            "Headline\nMarch 12, 2024\nTEHRAN, March 11 (IRNA) -- Iran and Armenia signed.\n",
            "2024-03-12",
            "dateline",
        ),
        (
            "en",
            "Tuesday, January 2, 2024\nHeadline\nNEW DELHI, Dec 30 (PTI) -- India signed.\n",
            "2024-01-02",
            "dateline",
        ),
        # a numeric stamp in the Buddhist Era
        ("th", "หัวข้อข่าว\nเผยแพร่: 12/03/2567 10:15 น.\nเนื้อหาข่าว", "2024-03-12", "dateline"),
        # the date closest to its label
        ("en", "Headline\nUpdated 14 March 2024, first published 12 March 2024\nText.", "2024-03-12", "dateline"),
        # a "Related news" list below the page's own stamp
        (
            "en",
            "Headline\nMarch 12, 2024\nThe ministers met.\nRelated news\nIndia, Japan sign AI pact 10 March 2024\n",
            "2024-03-12",
            "dateline",
        ),
        (
            "ru",
            "Заголовок\n12.03.2024 10:15\nМинистры встретились.\nЧитайте также\nСоглашение подписано 10.03.2024\n",
            "2024-03-12",
            "dateline",
        ),
        # a sign-off closing the page
        (
            "ms",
            "TOKYO – Anwar dan Kishida hari ini ...\nDua\nTiga\nMemorandum kedua ditandatangani – 16 Disember, 2023",
            "2023-12-16",
            "sign-off",
        ),
        # a Solar Hijri stamp written like an ISO date
        ("fa", "۱۴۰۳-۰۸-۲۹\nایران و ارمنستان تفاهم‌نامه امضا کردند", "2024-11-19", "dateline"),
        # a two-digit Buddhist Era year after the month, in the bracket after "today"
        ("th", "หัวข้อข่าว\n\nวันนี้ (10 พ.ค. 61) รัฐมนตรีเดินทางไปสิงคโปร์", "2018-05-10", "dateline"),
        # a stamp below a block of short furniture lines (weather, menus): the block counts as one line
        (
            "kk",
            "Ауа-райы\n" + "".join(f"• Қала{i} {i}°С\n" for i in range(10)) + "498.55 524.28\n\nТақырып\n\n"
            "28-05-2024, 13:10 Мадина Айдарова\n\nМәтін.",
            "2024-05-28",
            "dateline",
        ),
        (
            "ru",
            "Погода\n" + "".join(f"• Город{i} {i}°С\n" for i in range(10)) + "Курсы валют\n\nЗаголовок\n\n"
            "28.05.2024, 13:10 Иван Петров\n\nТекст.",
            "2024-05-28",
            "dateline",
        ),
        (
            "en",
            "Menu\n" + "".join(f"- Section {i}\n" for i in range(10)) + "Markets\n\nHeadline\n\n"
            "May 28, 2024, 1:10 PM John Smith\n\nText.",
            "2024-05-28",
            "dateline",
        ),
        # a date the text gives as today's
        (
            "sw",
            "Habari\nKichwa\nMaandishi\nKikao hicho kimefanyika leo Septemba 7, 2023 jijini Dodoma",
            "2023-09-07",
            "today",
        ),
    ],
)
def test_publication_is_read_from_the_page_and_says_where(lang, text, expected, source):
    found = find_publication(text, lang)
    assert found is not None and (found.day.isoformat(), found.source) == (expected, source)


_PARAGRAPH = {  # a paragraph of running text, long and closing with a full stop
    "en": "The two ministers discussed cooperation in artificial intelligence, data centres and the training of "
    "engineers, and agreed to meet again next year.\n",
    "de": "Die beiden Minister erörterten die Zusammenarbeit bei künstlicher Intelligenz, Rechenzentren und der "
    "Ausbildung von Fachkräften und vereinbarten ein neues Treffen.\n",
    "es": "Los dos ministros conversaron sobre la cooperación en inteligencia artificial, centros de datos y la "
    "formación de ingenieros, y acordaron volver a reunirse.\n",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a wire dateline without a year, and a text naming no year or several: no guess
        ("en", "TOKYO, Dec 16 (Bernama) -- Malaysia and Japan signed ..."),
        ("en", "TOKYO, Dec 16 (Bernama) -- Ties since 2019 and 2021 ..."),
        # a copyright or banner year is no date
        ("en", "© 2024 Tehran Times\nIran and Armenia signed an MoU.\nMore text.\nAll rights reserved 2024"),
        # a decade is no year ("since the 1980s")
        ("en", "TOKYO, Dec 16 (Bernama) -- Japan's support since the 1980s ..."),
        # a date line without a year needs the page to name exactly one year
        ("en", "Headline\nWorld\nOctober 31, 5:19\nThe ministries met; talks began in 2019 and 2021."),
        # a long line of the story closing with a bracketed date is no title
        (
            "id",
            "Judul berita\nMenteri Komunikasi Malaysia mengungkapkan hal ini setelah bertemu dengan Menteri Ekonomi "
            "Palestina di sela kunjungan kerjanya ke Turki, Pada Hari Selasa (05/11/2024)\nTeks berikutnya.",
        ),
        (
            "en",
            "Headline\nThe Malaysian minister said this after meeting the Palestinian economy minister on the "
            "sidelines of his working visit to Turkey on Tuesday (5 November 2024)\nMore text.",
        ),
        # the dates of a "Related news" list are other pages'
        (
            "en",
            "Headline\nThe ministers met and signed.\nRelated news\n- India, Japan sign AI pact - 10 March 2024\n"
            "- China opens data centre - 9 March 2024\n",
        ),
        (
            "fa",
            "عنوان خبر\nوزیران دیدار کردند.\nاخبار مرتبط\nدیدار وزیران ایران و روسیه ۲۰ اسفند ۱۴۰۲\n"
            "امضای تفاهم‌نامه ۱۸ اسفند ۱۴۰۲\n",
        ),
        ("ar", "عنوان\nاجتمع الوزيران.\nأخبار ذات صلة\nوزير الاتصالات يلتقي سفير الصين 10 مارس 2024\n"),
        ("ja", "見出し\n大臣が会談しました。\n関連記事\n日印AI協力覚書に署名 2024年3月10日\n"),
        # below the story's first paragraphs, a date on a line of its own is a section's or another story's
        ("en", "Headline\n" + _PARAGRAPH["en"] * 2 + "More from World\nMinisters meet in Delhi\nMarch 10, 2024\n"),
        ("de", "Titel\n" + _PARAGRAPH["de"] * 2 + "Zweites Treffen\n10.03.2024\n" + _PARAGRAPH["de"] * 3),
        ("es", "Titular\n" + _PARAGRAPH["es"] * 2 + "Segunda reunión\n10 de marzo de 2024\n" + _PARAGRAPH["es"] * 3),
        # the site's date of the day above a story whose own agency dateline is months older: no guess
        ("en", "Monday, December 23, 2024\nHeadline\nNEW DELHI, June 28 (PTI) -- India and Germany signed an MoU.\n"),
        ("pa", "Monday, December 23, 2024\n\nਸਿਰਲੇਖ\n\nਦਿੱਲੀ, 28 ਜੂਨ (ਪੰਜਾਬ ਪੋਸਟ ਬਿਊਰੋ) – ਭਾਰਤ ਅਤੇ ਜਰਮਨੀ ਦਰਮਿਆਨ ਸਹਿਮਤੀ।\n"),
        ("hi", "सोमवार, 23 दिसंबर 2024\nशीर्षक\nमुंबई, 10 फरवरी (भाषा) भारत और जापान ने समझौता किया।\n"),
        # a sign-off needs a full date closing the line
        ("en", "Title\nOne\nTwo\nThree\nThe talks held on 16 December 2023 went well, he said."),
    ],
)
def test_no_publication_date_is_invented(lang, text):
    assert find_publication(text, lang) is None


def test_the_page_stamp_line_dates_no_event_wherever_it_stands():
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    text = (
        "اسلام آباد (اُردو پوائنٹ اخبارتازہ ترین - این این آئی۔ 27 جون2025ء) وفاقی وزیر برائے انفارمیشن ٹیکنالوجی "
        "شزا فاطمہ خواجہ کی سعودی وزیر برائے کمیونیکیشن و آئی ٹی عبداللہ السواہا سے ملاقات ہوئی جس میں مصنوعی ذہانت "
        "کے شعبے میں تعاون پر بات چیت کی گئی۔"
    )
    article = extract(Document(id="ur", text=text, source="ur", lang="ur"))
    assert (article.published, article.published_from) == ("2025-06-27", "dateline")
    stamp = publication(text, "ur")
    assert text[stamp.start : stamp.end].startswith("اسلام آباد")
    assert article.events and all(event.date is None for event in article.events)


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "tr",
            " date 2026-01-29 Haber sitesi\nGiriş Tarihi: 29.01.2026 12:55\n\nBakanlar görüştü\n\n"
            "Türkiye ve Özbekistan yapay zeka alanında bir mutabakat zaptı imzaladı.",
            "Giriş Tarihi",
        ),
        (
            "en",
            " date 2024-03-12 The Daily\nPublished: 12 March 2024, 09:15 GMT\n\nMinisters meet\n\n"
            "India and Japan signed a memorandum on artificial intelligence.",
            "Published",
        ),
        (
            "de",
            " date 2024-03-12 Die Zeitung\nStand: 12.03.2024 09:15 Uhr\n\nMinister treffen sich\n\n"
            "Deutschland und Indien unterzeichneten eine Absichtserklärung zur künstlichen Intelligenz.",
            "Stand",
        ),
    ],
)
def test_a_labelled_stamp_line_below_the_metadata_is_furniture_too(lang, text, label):
    """The page's metadata gives its day; the stamp line that shows the same day further down is furniture, and
    no event takes its date from it."""
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    for given in (None, text[6:16]):  # the ISO stamp opening the page, or the input's metadata
        stamp = publication(text, lang, given)
        assert text[stamp.start : stamp.end].startswith(label), stamp
    article = extract(Document(id=lang, text=text, source=lang, lang=lang))
    assert all(event.date is None for event in article.events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", " date 2023-11-25 A meeting of the India - EU council was held on 25 November 2023 in Delhi."),
        ("fr", " date 2023-11-25 Le Maroc et le Sénégal ont signé le 25 novembre 2023 un accord numérique."),
        ("es", " date 2023-11-25 México y Chile firmaron el 25 de noviembre de 2023 un memorando digital."),
    ],
)
def test_the_story_line_that_opens_with_the_iso_stamp_stays_the_story(lang, text):
    """An ISO stamp glued before the story's first sentence: that sentence is no furniture; its dates stay."""
    for given in (None, "2023-11-25"):
        assert publication(text, lang, given)[2:] == (-1, -1)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("az", "Telekommunikasiya Materials 21 Avqust 2006 15:20 (UTC +04:00)"),
        ("en", "Telecommunications Materials 21 August 2006 15:20 (UTC +04:00)"),
        ("ru", "Телекоммуникации Материалы 21 августа 2006 15:20 (UTC +04:00)"),
    ],
)
def test_a_date_with_its_clock_time_is_a_stamp_after_a_section_name(lang, line):
    """A section's name before the page's stamp: the minute tells a stamp from a sentence that names a day; the
    stamp line dates no event."""
    text = f"Headline of the story\n\n{line}\n\nThe story begins here.\n"
    found = find_publication(text, lang)
    assert found is not None and found.day.isoformat() == "2006-08-21"
    assert text[found.start : found.end] == line
    without_time = text.replace(" 15:20 (UTC +04:00)", "")
    assert find_publication(without_time, lang) is None  # a section's name and a date: no stamp by itself


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ms",
            "Berita Terkini\n\nTajuk\n\nBUSAN, REPUBLIK KOREA (ROK), 25 November – Menteri telah menghadiri "
            "Mesyuarat Menteri-Menteri ASEAN - ROK pada 25 November 2019.",
            "2019-11-25",
        ),
        (
            "en",
            "Latest\n\nHeadline\n\nGENEVA, SWITZERLAND, 3 March - The ministers met at the ITU on 3 March 2022 "
            "to discuss cooperation.",
            "2022-03-03",
        ),
        (
            "fr",
            "Actualités\n\nTitre\n\nABIDJAN, Côte d'Ivoire (CIV), 12 mars – Les ministres se sont rencontrés "
            "le 12 mars 2021 pour parler du numérique.",
            "2021-03-12",
        ),
    ],
)
def test_a_dateline_may_name_the_country_after_the_city(lang, text, expected):
    found = find_publication(text, lang)
    assert found is not None and found.day.isoformat() == expected


# --------------------------------------------------------------------------- the date an address carries

from techdip.extract.published import url_date  # noqa: E402


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.id/index.php/2025/01/22/indonesia-dan-inggris", "2025-01-22"),
        ("http://example.cn/20250122/abbd3c6911c3/c.html", "2025-01-22"),
        ("http://example.com/html/2024-6-20/1685564.htm", "2024-06-20"),
        ("https://example.pk/index.php/city/islamabad/2024-10-03/2414241", "2024-10-03"),
        ("http://urdu.example.pk/16-05-2024/pakistan-aur-amrika", "2024-05-16"),  # day first
        ("https://example.it/en/news/2021/08/memorandum-d-intesa/", "2021-08"),  # only the month
        ("https://example.com/news/202512345/story", None),  # an article number, not a date
        ("https://example.co.kr/201307090315", None),
        ("https://example.com/2024/02/30/story", None),  # no such day
        ("https://example.com/story?date=2024/05/05", None),  # a query is no path
        ("https://example.com/2019/", None),  # a year alone
        (None, None),
    ],
)
def test_an_address_may_carry_the_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.ir/1402/05/10/story-title", "2023-08-01"),
        ("https://example.ir/news/1403-08-29/12345", "2024-11-19"),
        ("https://example.ir/1402/13/10/story", None),  # no thirteenth month
        ("https://example.ir/news/1402/story", None),  # a year alone
        ("https://example.ir/2023/08/01/story", "2023-08-01"),  # a Gregorian path still reads
    ],
)
def test_a_persian_address_may_carry_a_solar_hijri_day(url, expected):
    assert url_date(url, "solar_hijri") == expected


def test_a_solar_hijri_address_dates_only_a_page_in_a_language_that_counts_years_so():
    address = "https://example.ir/1402/05/10/story"
    assert publication("عنوان خبر\nمتن خبر.", "fa", url=address)[:2] == ("2023-08-01", "url")
    assert url_date(address) is None  # "1402" is no Gregorian year
    assert publication("عنوان الخبر\nنص الخبر.", "ar", url=address)[:2] == (None, None)


def test_the_page_outranks_its_address_and_the_address_outranks_a_sign_off():
    address = "https://example.com/2021/08/05/story"
    assert publication("Headline\nThe ministers met.", "en", url=address)[:2] == ("2021-08-05", "url")
    # the page's own dateline is what the page shows
    assert publication("Headline\nMarch 12, 2024\nThe ministers met.", "en", url=address)[:2] == (
        "2024-03-12",
        "dateline",
    )
    # a page stamp showing the month takes the address's day in that month, not in another
    assert publication(" date 2021-08 Headline\nText.", "en", url=address)[:2] == ("2021-08-05", "url")
    assert publication(" date 2021-09 Headline\nText.", "en", url=address)[:2] == ("2021-09", "page stamp")
    # a sign-off is less sure than the address
    signed = "Headline\n" + "".join(f"Paragraph {n} of the story.\n" for n in range(14)) + "– 16 December, 2023"
    assert publication(signed, "en", url=address)[:2] == ("2021-08-05", "url")
    assert publication(signed, "en")[:2] == ("2023-12-16", "sign-off")
    # an address with only the month is the last resort
    assert publication("Headline\nText.", "en", url="https://example.com/2021/08/story")[:2] == ("2021-08", "url")


def test_an_article_read_with_its_address_says_its_date_came_from_there():
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    article = extract(
        Document(
            id="u", text="Iran and Armenia signed an MoU on AI yesterday.", source="u", url="https://x.ir/2024/11/20/a"
        )
    )
    assert (article.published, article.published_from) == ("2024-11-20", "url")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a page that shows only its month, and the day the text gives right after its word for today
        (
            "vi",
            " date 2022-02 Trong khuôn khổ chuyến thăm, sáng nay (25/2) hai Bộ trưởng đã ký Bản ghi nhớ.",
            "2022-02-25",
        ),
        ("en", " date 2022-02 The ministers met today (25 February) in New Delhi.", "2022-02-25"),
        ("fa", " date 2024-02 وزیران امروز (۶ اسفند) در تهران دیدار کردند.", "2024-02-25"),
        ("id", " date 2022-02 Menteri bertemu Duta Besar hari ini (25/2) di Jakarta.", "2022-02-25"),
        # a day of another month is no day of the page
        ("vi", " date 2022-03 Sáng nay (25/2) hai Bộ trưởng đã ký Bản ghi nhớ.", "2022-03"),
        # "25/2" in English may be a month and a day: no guess
        ("en", " date 2022-02 The ministers met today (25/2) in New Delhi.", "2022-02"),
    ],
)
def test_a_month_stamp_takes_the_day_the_text_gives_as_today(lang, text, expected):
    assert publication(text, lang).date == expected


_BODY = "\nThe body of the story follows here with several words in it and goes on for a while longer.\nMore.\n"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the weekday the stamp writes picks the reading: 9 January 2020 was a Thursday, 1 September a Tuesday
        ("en", "Headline\nThursday, 09/01/2020 - 8:36 PM" + _BODY, "2020-01-09"),
        ("en", "Headline\nTuesday, 09/01/2020 - 8:36 PM" + _BODY, "2020-09-01"),
        ("fr", "Titre\njeudi 09/01/2020 08:36" + _BODY, "2020-01-09"),
        # else the day the text names in words
        (
            "en",
            "Headline\n09/01/2020 | 08:36" + _BODY + "The note was signed in Hanoi on January 9, 2020.",
            "2020-01-09",
        ),
        (
            "en",
            "Headline\nCập nhật lúc : Thứ Năm, 09/01/2020 - 8:36 CH\nVietnam and Japan sign an exchange of notes\n"
            "The note was signed in Ha Noi on January 9, 2020.",
            "2020-01-09",
        ),
        # else it stays unread: no guess
        ("en", "Headline\n09/01/2020 | 08:36" + _BODY, None),
    ],
)
def test_a_stamp_that_reads_both_ways_takes_its_weekday_or_the_day_the_text_names(lang, text, expected):
    found = find_publication(text, lang)
    assert (found.day.isoformat() if found else None) == expected
