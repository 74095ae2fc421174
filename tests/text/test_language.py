import pytest

from techdip.text.language import SUPPORTED, base_language, detect_language

# Two sentences of news per language, written for these tests.
SNIPPETS = {
    "fa": "وزیر ارتباطات و فناوری اطلاعات با سفیر ارمنستان در تهران دیدار کرد. دو طرف درباره همکاری در زمینه هوش مصنوعی گفت‌وگو کردند.",
    "ar": "التقى وزير الاتصالات وتقنية المعلومات بسفير صربيا في الرياض. وناقش الجانبان التعاون في مجال الذكاء الاصطناعي.",
    "ur": "وفاقی وزیر برائے انفارمیشن ٹیکنالوجی نے چینی سفیر سے ملاقات کی۔ دونوں ممالک نے مصنوعی ذہانت میں تعاون پر اتفاق کیا۔",
    "en": "The minister of communications met the ambassador of Armenia in Tehran. The two sides discussed cooperation in artificial intelligence.",
    "ms": "Menteri Komunikasi Malaysia telah mengadakan pertemuan dengan Duta Besar Vietnam di Kuala Lumpur. Kedua-dua pihak bersetuju untuk memperkukuh kerjasama dalam bidang kecerdasan buatan dan keselamatan siber.",
    "id": "Menteri Komunikasi dan Digital Indonesia bertemu dengan Duta Besar Korea Selatan di Jakarta pada hari Senin. Kedua negara sepakat untuk memperkuat kerja sama di bidang kecerdasan artifisial dan keamanan siber.",
    "ru": "Министр цифрового развития России встретился с послом Ирана в Москве. Стороны обсудили сотрудничество в области искусственного интеллекта.",
    "zh": "中国工业和信息化部部长会见了伊朗驻华大使。双方就人工智能和网络安全领域的合作交换了意见。",
    "vi": "Bộ trưởng Bộ Thông tin và Truyền thông đã tiếp Đại sứ Hàn Quốc tại Hà Nội. Hai bên đã thảo luận về hợp tác trong lĩnh vực trí tuệ nhân tạo.",
    "tr": "Ulaştırma ve Altyapı Bakanı, Azerbaycan'ın Ankara Büyükelçisi ile bir araya geldi. İki taraf yapay zeka alanında işbirliğini görüştü.",
    "fr": "Le ministre du Numérique a rencontré l'ambassadeur du Sénégal à Paris. Les deux parties ont discuté de la coopération dans le domaine de l'intelligence artificielle.",
    "es": "El ministro de Telecomunicaciones se reunió con el embajador de China en Madrid. Ambas partes conversaron sobre la cooperación en inteligencia artificial.",
    "de": "Der Bundesminister für Digitales traf sich mit dem Botschafter Usbekistans in Berlin. Beide Seiten erörterten die Zusammenarbeit im Bereich der künstlichen Intelligenz.",
    "pt": "O ministro das Comunicações reuniu-se com o embaixador de Angola em Brasília. As duas partes discutiram a cooperação na área de inteligência artificial.",
    "ja": "総務大臣は東京でベトナムの駐日大使と会談した。両者は人工知能分野での協力について意見を交換した。",
    "ko": "과학기술정보통신부 장관은 서울에서 주한 베트남 대사를 만났다. 양측은 인공지능 분야의 협력 방안을 논의했다.",
    "hi": "संचार मंत्री ने नई दिल्ली में ईरान के राजदूत से मुलाकात की। दोनों पक्षों ने कृत्रिम बुद्धिमत्ता के क्षेत्र में सहयोग पर चर्चा की।",
    # the languages added since, in sentences of their own tests (tests/extract/test_lang_*.py)
    "it": "Ieri a Nairobi l’Italia e il Kenya hanno firmato un memorandum d’intesa sulla cybersicurezza.",
    "nl": "Gisteren ondertekenden Nederland en Japan in Tokio een memorandum van overeenstemming over halfgeleiders.",
    "pl": "Wicepremier i minister cyfryzacji Krzysztof Gawkowski spotkał się w Kijowie z ministrem transformacji "
    "cyfrowej Ukrainy Mychajło Fedorowem. Polska i Ukraina rozmawiały o cyberbezpieczeństwie.",
    "uk": "Віцепрем'єр-міністр, міністр цифрової трансформації України Михайло Федоров зустрівся в Києві з послом "
    "Японії. Сторони обговорили співпрацю у сфері кібербезпеки та штучного інтелекту.",
    "kk": "Қазақстанның цифрлық даму министрі кеше Астанада Қытайдың Қазақстандағы елшісімен кездесті. Тараптар "
    "жасанды интеллект және деректер орталықтары саласындағы ынтымақтастықты талқылады.",
    "az": "Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Bakıda Çinin Azərbaycandakı səfiri ilə görüşüb. "
    "Görüşdə süni intellekt və data mərkəzləri sahəsində əməkdaşlıq müzakirə edilib.",
    "uz": "Toshkentda Raqamli texnologiyalar vaziri Xitoy Xalq Respublikasining O‘zbekistondagi elchisi bilan "
    "uchrashdi. Uchrashuvda sun’iy intellekt va ma’lumotlar markazlari sohasidagi hamkorlik muhokama qilindi.",
    "sw": "Waziri wa Habari, Mawasiliano na Teknolojia ya Habari amekutana na Balozi wa Korea nchini Tanzania jijini "
    "Dodoma na kujadili ushirikiano katika akili bandia na usalama wa mtandao.",
    "th": "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทยและกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น "
    "ได้ร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านเทคโนโลยี 5G และไปรษณีย์",
    "he": "שרת החדשנות, המדע והטכנולוגיה הישראלית השתתפה בכנס שרי הדיגיטל של האיחוד האירופי בבריסל, "
    "יחד עם שרים מצרפת, מאיטליה ומיוון, ודנה בכלכלה דיגיטלית.",
    "bn": "বাংলাদেশের ডাক ও টেলিযোগাযোগ মন্ত্রীর সঙ্গে গতকাল ঢাকায় নিযুক্ত ভিয়েতনামের রাষ্ট্রদূতের বৈঠক হয়। "
    "বাংলাদেশ ও জাপানের মধ্যে ডিজিটাল অর্থনীতি বিষয়ে একটি সহযোগিতা স্মারক সই হয়।",
    "pa": "ਕੇਂਦਰੀ ਸੰਚਾਰ ਮੰਤਰੀ ਨੇ ਅੱਜ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਜਪਾਨ ਦੇ ਰਾਜਦੂਤ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ ਅਤੇ 5ਜੀ ਤੇ ਸੈਮੀਕੰਡਕਟਰ "
    "ਖੇਤਰ ਵਿੱਚ ਸਹਿਯੋਗ ਬਾਰੇ ਚਰਚਾ ਕੀਤੀ।",
}


def test_every_supported_language_has_a_snippet():
    assert set(SNIPPETS) == set(SUPPORTED)


@pytest.mark.parametrize("lang", sorted(SNIPPETS))
def test_language_of_news_snippet(lang):
    assert detect_language(SNIPPETS[lang]) == lang


def test_persian_without_zwnj_is_still_persian():
    assert detect_language(SNIPPETS["fa"].replace("\u200c", "")) == "fa"


def test_text_without_letters_has_no_language():
    assert detect_language("12345 -- 678 !!!") is None
    assert detect_language("") is None


@pytest.mark.parametrize(
    ("tag", "base"),
    [
        ("pt-BR", "pt"),
        ("EN", "en"),
        ("en_US", "en"),
        ("zh-Hant-TW", "zh"),
        (" fa-IR ", "fa"),
        ("fas", "fa"),
        ("rus", "ru"),
        ("sr-Latn-RS", "sr"),  # a language we do not support keeps its code: extraction then finds nothing
        ("und", None),
        ("mul", None),
        ("", None),
        (None, None),
        ("12", None),
        ("english please", None),
        ("x" * 300, None),
        ("en-" + "x" * 20, None),  # subtags are at most eight characters
    ],
)
def test_base_language_of_a_tag(tag, base):
    assert base_language(tag) == base
