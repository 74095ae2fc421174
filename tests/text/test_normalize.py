import pytest

from techdip.text.normalize import normalize, normalize_pattern


def _roundtrip_ok(original: str) -> None:
    norm = normalize(original)
    if norm.starts is not None:
        assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for i in range(len(norm.text)):
        a, b = norm.span(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert normalize(original[a:b]).text.strip() in (norm.text[i], "") or norm.text[i] == " "


def test_persian_letter_variants_and_digits_fold_to_one_form():
    assert normalize_pattern("كرهٔ جنوبي ١٤٠٣") == normalize_pattern("کره جنوبی ۱۴۰۳") == "کره جنوبی 1403"


def test_zero_width_non_joiner_counts_as_a_space():
    assert normalize("همکاری\u200cها").text == normalize("همکاری ها").text


def test_latin_and_cyrillic_diacritics_and_case_are_folded():
    assert normalize("Việt Nam").text == "viet nam"
    assert normalize("Ёлка İstanbul").text == "елка istanbul"


def test_every_working_character_maps_back_into_the_original():
    for original in [
        "Ḥasan\u0301 Dr. met",
        "سلامٌ عليكم  و\u0640\u0640داعاً",
        "Привет,\u200b мир",
        "中华人民共和国。テスト",
        "  a\n\n b  ",
    ]:
        _roundtrip_ok(original)


def test_span_of_a_match_is_the_exact_original_text():
    original = "در دیدار وزیر با سفیرِ كرهٔ جنوبي در تهران"
    norm = normalize(original)
    start = norm.text.index("کره جنوبی")
    a, b = norm.span(start, start + len("کره جنوبی"))
    assert original[a:b] == "كرهٔ جنوبي"


def test_whitespace_runs_collapse_but_keep_line_breaks():
    norm = normalize("Headline  \n\n  body   text")
    assert norm.text == "headline\n\nbody text"
    a, b = norm.span(0, len(norm.text))
    assert (a, b) == (0, len("Headline  \n\n  body   text"))


def test_the_quick_path_and_the_slow_path_agree():
    from techdip.text.normalize import _normalize_slowly

    for original in ["Iran and Armenia met in Yerevan.", "همکاری‌های ایران و كره", "Việt Nam và Hàn Quốc", "中国和伊朗"]:
        quick, slow = normalize(original), _normalize_slowly(original)
        assert quick.starts is None, original
        assert quick.text == slow.text
        for i in range(len(quick.text)):
            assert quick.span(i, i + 1) == slow.span(i, i + 1)


def test_empty_text_normalises_to_empty():
    norm = normalize("")
    assert norm.text == "" and norm.span(0, 0) == (0, 0)


def test_keeping_marks_tells_vietnamese_words_apart_and_folds_case_only():
    sweden, hydropower = normalize("Thụy Điển", keep_marks=True).text, normalize("thủy điện", keep_marks=True).text
    assert sweden == "thụy điển" and hydropower == "thủy điện" and sweden != hydropower
    assert normalize("Thụy Điển").text == normalize("thủy điện").text == "thuy dien"  # folded by default
    assert normalize("Đoàn").text == "doan"  # the capital Đ folds like đ


def test_vietnamese_tones_of_final_oa_oe_uy_are_placed_one_way():
    for old, new in [("chuẩn hoá", "chuẩn hóa"), ("Thuỷ Điển", "Thủy Điển"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe")]:
        assert normalize(old, keep_marks=True).text == normalize(new, keep_marks=True).text
    assert normalize("hoàng", keep_marks=True).text == "hoàng"  # not final: the tone stays where it is
    norm = normalize("Bộ trưởng tiếp Uỷ viên", keep_marks=True)
    assert norm.original_text(*norm.span(15, 22)) == "Uỷ viên"  # offsets unchanged


def test_every_apostrophe_of_latin_orthographies_is_one():
    # Uzbek writes oʻ with U+02BB, pages type ‘ or ' instead; CLDR's "Oʻzbekiston" must match them all
    spellings = ["Oʻzbekiston", "O‘zbekiston", "O'zbekiston", "Oʼzbekiston", "O`zbekiston"]
    assert {normalize(s).text for s in spellings} == {"o'zbekiston"}


@pytest.mark.parametrize("keep_marks", [False, True])
def test_copying_runs_that_fold_one_to_one_gives_what_folding_unit_by_unit_gives(keep_marks):
    from techdip.text.normalize import _fold_units, _normalize_slowly

    text = "Straße  \u200bde\u0301ja\u0300 vu\n  ﬁn  Thụy Điển\u200c\u0627\u064e\u0644\u0652 \u0130stanbul \tx\u0301\u0302\x00 end "
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    _fold_units(text, 0, len(text), keep_marks, out, starts, ends)
    slow = _normalize_slowly(text, keep_marks)
    assert (slow.text, slow.starts, slow.ends) == ("".join(out), tuple(starts), tuple(ends))


def test_pinyin_reading_aids_after_han_characters_leave_the_working_string():
    text = "工業(yè)和信息化部部長金壯龍會(huì)見馬來西亞數(shù)字部部長"
    norm = normalize(text)
    assert norm.text == "工業和信息化部部長金壯龍會見馬來西亞數字部部長"
    start = norm.text.index("會見")
    assert norm.original_text(start, start + 2) == "會(huì)見"  # evidence still quotes the page as it is


def test_brackets_after_han_characters_that_are_no_pinyin_stay():
    for text in ("中国(北京)电", "部长(2024年)", "合作(AI)", "峰会(SCO)"):
        assert normalize(text).text == text.lower()


def test_normalize_pattern_remembers_a_bounded_number_of_forms():
    normalize_pattern.cache_clear()
    assert normalize_pattern("Ministère") == normalize_pattern("Ministère") == normalize("Ministère").text
    assert normalize_pattern.cache_info().hits == 1
    assert normalize_pattern.cache_info().maxsize is not None
