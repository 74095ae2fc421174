from techdip.text.normalize import normalize
from techdip.text.segment import split_sentences


def _sentences(text: str) -> list[str]:
    norm = normalize(text)
    return [norm.original_text(a, b) for a, b in split_sentences(norm)]


def test_english_abbreviations_do_not_end_sentences():
    assert _sentences("Dr. Ali met H.E. Smith in the U.S. on Monday. They signed.") == [
        "Dr. Ali met H.E. Smith in the U.S. on Monday.",
        "They signed.",
    ]


def test_a_country_name_before_a_period_ends_the_sentence():
    assert _sentences("He flew to Iran. Then he met the minister.") == ["He flew to Iran.", "Then he met the minister."]


def test_persian_question_mark_and_glued_period_split():
    assert _sentences("آیا توافق شد؟ بله.وزیر گفت") == ["آیا توافق شد؟", "بله.", "وزیر گفت"]


def test_chinese_japanese_hindi_urdu_terminators():
    assert _sentences("中国和伊朗签署了协议。双方同意合作！") == ["中国和伊朗签署了协议。", "双方同意合作！"]
    assert _sentences("日本と韓国が会談した。合意した。") == ["日本と韓国が会談した。", "合意した。"]
    assert _sentences("भारत और ईरान ने समझौता किया। बैठक हुई।") == ["भारत और ईरान ने समझौता किया।", "बैठक हुई।"]
    assert _sentences("پاکستان اور چین نے معاہدہ کیا۔ ملاقات ہوئی۔") == [
        "پاکستان اور چین نے معاہدہ کیا۔",
        "ملاقات ہوئی۔",
    ]


def test_headline_lines_are_sentences_of_their_own():
    assert _sentences("Iran, China to expand ICT ties\n\nTehran, Nov 19 - The ministers met.") == [
        "Iran, China to expand ICT ties",
        "Tehran, Nov 19 - The ministers met.",
    ]


def test_decimal_numbers_do_not_split():
    assert _sentences("The market is worth 3.5 billion dollars.") == ["The market is worth 3.5 billion dollars."]


def test_an_ordinal_day_dot_ends_no_sentence_where_the_language_writes_ordinals_so():
    text = "Die Minister trafen sich am 9. Juni in Berlin. Sie unterzeichneten ein Abkommen."
    german = [normalize(text).text[s:e] for s, e in split_sentences(normalize(text), ordinal_dot=True)]
    assert german == ["die minister trafen sich am 9. juni in berlin.", "sie unterzeichneten ein abkommen."]
    english = "The plan lists 12. The minister left."
    assert len(split_sentences(normalize(english))) == 2


def test_a_month_abbreviation_before_a_number_ends_no_sentence():
    def sentences(text: str, months: set[str]) -> list[str]:
        norm = normalize(text)
        return [norm.original_text(a, b) for a, b in split_sentences(norm, before_numbers=frozenset(months))]

    assert sentences("Turkey signed a memorandum on Oct. 14 with Kazakhstan. It covers space.", {"oct"}) == [
        "Turkey signed a memorandum on Oct. 14 with Kazakhstan.",
        "It covers space.",
    ]
    assert len(sentences("Соглашение подписано 14 окт. 2020 в Москве. Оно касается связи.", {"окт"})) == 2
    # a month abbreviation ending a sentence still ends it
    assert len(sentences("They last met in Dec. The talks resumed.", {"dec"})) == 2


def test_an_ordinal_after_a_capitalised_word_ends_no_sentence_but_a_list_number_opens_one():
    def sentences(text: str) -> list[str]:
        norm = normalize(text)
        return [norm.original_text(a, b) for a, b in split_sentences(norm, ordinal_dot=True)]

    turkish = "Türk Konseyi BİT Bakanları 1. Toplantısı, `22. Bakütel Konferansı çerçevesinde Bakü'de yapıldı."
    assert sentences(turkish) == [turkish]
    assert sentences("Das Treffen fand im Kapitel 3. Abschnitt statt.") == [
        "Das Treffen fand im Kapitel 3. Abschnitt statt."
    ]
    assert sentences("Hintergrund\n1. Die Minister trafen sich.") == ["Hintergrund", "1.", "Die Minister trafen sich."]


def test_a_languages_abbreviations_end_no_sentence():
    from techdip.lexicons import load

    text = "Minister podpisał 19 listopada 2024 r. memorandum z Koreą. Sekretarz stanu ds. cyfryzacji był obecny."
    lexicon = load("pl")
    spans = split_sentences(normalize(text), lexicon.honorifics | lexicon.abbreviations)
    assert [text[a:b] for a, b in spans] == [
        "Minister podpisał 19 listopada 2024 r. memorandum z Koreą.",
        "Sekretarz stanu ds. cyfryzacji był obecny.",
    ]
