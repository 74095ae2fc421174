"""What a person's name looks like in each script (techdip.extract.people.plausible_name)."""

from __future__ import annotations

import pytest

from techdip.extract.people import plausible_name


@pytest.mark.parametrize(
    "name",
    ["Josephine Teo", "M J Akbar", "Ahmed Salem Bede", "Саттар Хашеми", "ستار هاشمی", "الکساندر ولکوف",
     "عبدالله السواحة", "チア・バンデート", "ポーンチャイ", "이종호", "강도현", "苗圩", "NUR Rahman"],
)  # fmt: skip
def test_names_pass(name: str):
    assert plausible_name(name)


@pytest.mark.parametrize(
    "name",
    ["ADGMIN", "DCO", "AfICTF", "D", "european", "ャイウット", "ーンチャイ", "자리에서 최", "열리는", "등이",
     "الأمن القومي", "الأمن الوطني", "", "ছিলেনÑবাংলাদেশ কাউন্সিল", "минисterЯ Ivanov"],
)  # fmt: skip
def test_junk_next_to_titles_is_rejected(name: str):
    assert not plausible_name(name)


def test_a_one_word_name_the_text_also_writes_in_lower_case_is_a_common_word():
    from techdip.extract.people import _common_word

    text = "Bakan Enformasyon ile görüştü. Türkiye enformasyon ve iletişim alanında işbirliği yapacak."
    assert _common_word(text, "Enformasyon")
    assert _common_word("Министр Связи встретился ... в сфере связи", "Связи")
    assert not _common_word("Minister Vaishnaw met the ambassador. Vaishnaw said ...", "Vaishnaw")
    assert not _common_word("Minister Rose Long met ... a long meeting", "Rose Long")  # two words: a name


def _names(text: str, lang: str) -> list[str]:
    from techdip.extract.mentions import find_mentions
    from techdip.extract.people import find_people
    from techdip.lexicons import load
    from techdip.text.normalize import normalize
    from techdip.text.tokens import Tokens

    lexicon = load(lang)
    norm = normalize(text, lexicon.keep_marks)
    return [p.name for p in find_people(norm, Tokens(norm.text), find_mentions(norm, lexicon), lexicon, None)]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Rəqəmsal inkişaf və nəqliyyat naziri Rəşad Nəbiyevin Çin səfiri ilə görüşü keçirilib. Görüşdə Nəbiyev "
         "çıxış edib.", "az", ["Rəşad Nəbiyev"]),
        ("Raqamli texnologiyalar vaziri Sherzod Shermatovning Xitoy elchisi bilan uchrashuvi boʻldi. Shermatov "
         "soʻzga chiqdi.", "uz", ["Sherzod Shermatov"]),
        ("Цифрлық даму министрі Жаслан Мәдиевтің Қытай елшісімен кездесуі өтті. Мәдиев сөз сөйледі.", "kk",
         ["Жаслан Мәдиев"]),
    ],
)  # fmt: skip
def test_a_case_ending_glued_to_a_name_goes_when_the_text_also_writes_the_name_without_it(text, lang, names):
    assert _names(text, lang)[: len(names)] == names


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Президент Нұрсұлтан Назарбаев елдің Президенті Пак Кын Хемен келіссөз жүргізді.", "kk",
         ["Нұрсұлтан Назарбаев", "Пак Кын Хе"]),
        ("Президент Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путиннің шақыруымен Мәскеуге барды.", "kk",
         ["Қасым-Жомарт Тоқаев", "Владимир Путин"]),
        ("Raqamli texnologiyalar vaziri Sherzod Shermatovning Xitoy elchisi bilan uchrashuvi boʻldi.", "uz",
         ["Sherzod Shermatov"]),
        # the genitive also ends the name: the next word is not part of it
        ("ডাক ও টেলিযোগাযোগ প্রতিমন্ত্রী জুনাইদ আহমেদ পলকের সভাপতিত্বে বৈঠক হয়।", "bn", ["জুনাইদ আহমেদ পলক"]),
    ],
)  # fmt: skip
def test_an_ending_no_name_has_goes_even_when_the_text_never_writes_the_bare_name(text, lang, names):
    # meta.tsv `name_endings`: the genitive and "with" endings of Kazakh, the genitive of Uzbek
    assert [n for n in _names(text, lang) if n in names or any(n.startswith(x) for x in names)] == names


def test_a_name_that_only_looks_inflected_keeps_its_ending():
    # no shorter form of the name stands in the text, so no ending is cut, whatever its last letters
    assert _names("Rəqəmsal inkişaf naziri Rəşad Nəbiyev Bakıda çıxış edib.", "az")[:1] == ["Rəşad Nəbiyev"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Il ministro degli Affari esteri Luigi Di Maio ha incontrato il ministro delle Finanze saudita.", "it",
         "Luigi Di Maio"),
        ("The European Commission director Pearse O'Donohue met the minister.", "en", "Pearse O'Donohue"),
        ("Der Staatssekretär Pieter De Crem traf den Minister.", "de", "Pieter De Crem"),
    ],
)  # fmt: skip
def test_a_capitalised_particle_between_two_words_of_a_name_belongs_to_it(text, lang, name):
    assert _names(text, lang)[:1] == [name]


def test_a_capitalised_function_word_opening_a_clause_is_no_name():
    assert _names("Il ministro Già Mario Rossi ha detto.", "it")[:1] != ["Già Mario Rossi"]


def test_a_danda_ending_the_sentence_is_not_part_of_the_name():
    assert "আহমেদ সিদ্দিক" in _names("প্রধানমন্ত্রীর সঙ্গে সাক্ষাৎ করেন রাষ্ট্রদূত আহমেদ সিদ্দিক।", "bn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("俄罗斯数字发展部副部长叶菲莫夫会见了中国代表团。", "叶菲莫夫"),
        ("沙特通信部长阿卜杜拉伊表示愿意合作。", "阿卜杜拉伊"),
        ("乌兹别克斯坦数字技术部长阿克马尔·拉希莫夫表示。", "阿克马尔·拉希莫夫"),
        # a Chinese name stays the few characters next to the title, even when some spell foreign names too
        ("中国驻伊朗大使马克强表示。", "马克强"),
        ("工业和信息化部部长金壮龙会见伊朗大使。", "金壮龙"),
    ],
)
def test_a_foreign_name_in_han_characters_is_read_whole(text, name):
    assert _names(text, "zh")[:1] == [name]


def test_an_honorific_written_without_a_space_is_not_part_of_the_name():
    assert _names("اتھارٹی کے سربراہ ڈاکٹرعبداللہ بن شرف الغامدی سے ریاض میں ملاقات کی", "ur")[:1] == [
        "عبداللہ بن شرف الغامدی"
    ]


def test_a_name_that_begins_like_an_honorific_keeps_its_letters():
    # "Drummond" is no "Dr" glued on: a cased script's name after an honorific starts with a capital
    assert "Drummond" in _names("The minister met Mr Drummond in London.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Thierry Breton, European Commissioner for Internal Markets, met the minister.", "en", "European"),
    ],
)
def test_a_capitalised_word_of_the_lexicon_is_not_a_one_word_name(text, lang, word):
    # "European" is a word of "European Union": the language's vocabulary, not a name
    assert word not in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title or counterpart word after a glued clitic: "الوزير" (the minister), "بنظيره" (with his counterpart)
        ("وقال الوزير عمرو طلعت إن التعاون مهم", ["عمرو طلعت"]),
        ("التقى وزير الاتصالات شارل الحاج بنظيره الأردني سامي صميرات على هامش المؤتمر", ["شارل الحاج", "سامي صميرات"]),
    ],
)
def test_a_title_glued_to_a_clitic_still_introduces_a_name(text, names):
    assert _names(text, "ar")[: len(names)] == names


def test_an_indefinite_phrase_after_a_title_is_no_name():
    # nunation ("ممرًا رئيسيًا", a main corridor) marks indefinite nouns, which names are not
    assert _names("حيث أشار الوزير المصري إلى أن مصر تمثل ممرًا رئيسيًا لحركة البيانات", "ar") == []


def test_name_particles_do_not_count_as_name_words():
    # meta.tsv name_particles: "بن" (son of) joins the name but is not one of its words
    text = "وقع المذكرة المهندس عبد الله بن عامر السواحة؛ وزير الاتصالات وتقنية المعلومات"
    assert _names(text, "ar")[:1] == ["عبد الله بن عامر السواحة"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("حضر اللقاء وزير الاتصالات سامر عادل النجار ومعالي السفير.", "ar", "سامر عادل النجار"),
        ("استقبل وزير الاتصالات خالد يوسف الربيعي وعدد من المسؤولين الوفد.", "ar", "خالد يوسف الربيعي"),
        ("حضر اللقاء وزير الاتصالات سامر عادل النجار و معالي السفير.", "ar", "سامر عادل النجار"),
        ("وزیر ارتباطات رضا کامیار نوری و معاون او با سفیر دیدار کردند.", "fa", "رضا کامیار نوری"),
        ("وفاقی وزیر عامر حسن خان اور سفیر نے ملاقات کی۔", "ur", "عامر حسن خان"),
    ],
)  # fmt: skip
def test_a_name_stops_before_and(text: str, lang: str, name: str):
    assert _names(text, lang) == [name]


def test_a_name_that_starts_like_and_keeps_its_first_letter():
    assert _names("التقى وزير الاقتصاد وليد عبد الله بالسفير.", "ar") == ["وليد عبد الله"]


@pytest.mark.parametrize(
    "text",
    [
        "وقعت وزيرة الانتقال الرقمي وإصلاح الإدارة ليلى منصور الشامي المذكرة.",
        "وقعت ليلى منصور الشامي، وزيرة الانتقال الرقمي وإصلاح الإدارة، المذكرة.",
    ],
)
def test_and_with_a_definite_complement_after_an_arabic_title_is_its_portfolio(text: str):
    assert _names(text, "ar") == ["ليلى منصور الشامي"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("O ministro das Comunicações, Frederico de Siqueira Filho, encerrou a missão.", "pt",
         "Frederico de Siqueira Filho"),
        ("O presidente Luiz Inácio Lula da Silva visitou Pequim.", "pt", "Luiz Inácio Lula da Silva"),
        ("Minister Hugo de Jonge ontving de ambassadeur.", "nl", "Hugo de Jonge"),
        ("President Ursula von der Leyen met the minister.", "en", "Ursula von der Leyen"),
    ],
)  # fmt: skip
def test_a_lower_case_particle_between_two_words_of_a_name_belongs_to_it(text: str, lang: str, name: str):
    assert _names(text, lang) == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Прем'єр-міністр зустрівся з міністром закордонних справ Японії Йоко Камікавою. Камікава підтвердила "
         "підтримку.", "uk", "Йоко Камікава"),
        ("Міністр провів зустріч з послом Польщі Мареком Новаком. Новак подякував.", "uk", "Мареком Новак"),
        ("Министр встретился с министром связи Казахстана Асхатом Оралом. Орал подтвердил.", "ru", "Асхатом Орал"),
        ("Der Minister traf den Botschafter Jan Kowalskiem. Kowalski dankte.", "de", "Jan Kowalski"),
    ],
)  # fmt: skip
def test_a_family_name_in_an_oblique_case_takes_the_form_the_text_also_gives(text: str, lang: str, name: str):
    assert name in _names(text, lang)


def test_a_name_the_text_gives_in_one_form_only_keeps_it():
    assert "Йоко Камікавою" in _names("Прем'єр-міністр зустрівся з міністром закордонних справ Японії Йоко "
                                      "Камікавою.", "uk")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Министр цифрового развития Олег Сорока провёл переговоры. Визит Олега Сороки продлится два дня.", "ru",
         "Олег Сорока"),
        ("Міністр цифрової трансформації Олег Сорока провів переговори. Візит Олега Сороки триватиме два дні.", "uk",
         "Олег Сорока"),
        ("Minister cyfryzacji Jan Kowalka spotkał się z ambasadorem. Wizyta Jana Kowalki potrwa dwa dni.", "pl",
         "Jan Kowalka"),
    ],
)  # fmt: skip
def test_a_name_in_the_nominative_is_not_rewritten_to_another_case_of_the_same_length(text: str, lang: str, name: str):
    assert _names(text, lang)[0] == name


@pytest.mark.parametrize("name", ["آ ئی", "G42", "A. B.", "Б В"])
def test_letters_one_by_one_are_no_name(name: str):
    assert not plausible_name(name)


@pytest.mark.parametrize("name", ["林", "티트 리살로", "마리아 페르난도"])
def test_one_kanji_and_korean_foreign_names_pass(name: str):
    assert plausible_name(name)


@pytest.mark.parametrize("name", ["시의적절하게 이루어진 최", "취임 첫 해외 행보로", "협력하는 김", "계기로 류제명"])
def test_korean_verbs_and_adverbs_are_no_names(name: str):
    assert not plausible_name(name)


def test_a_run_of_unspaced_thai_words_is_no_name():
    assert plausible_name("ชัยวุฒิ ธนาคมานุสรณ์")
    assert not plausible_name("พร้อมด้วยผู้แทนจากสหพันธรัฐรัสเซีย ในโอกาสเยือนประเทศไทย")


@pytest.mark.parametrize(("name", "ok"), [("れん", False), ("かれん", True), ("チン", True), ("林", True)])
def test_two_hiragana_alone_are_the_cut_tail_of_a_name(name: str, ok: bool):
    assert plausible_name(name) is ok
