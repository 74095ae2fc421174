"""How real news writes officials' names around their titles (techdip.extract.people.find_people), from
sentences written for these tests."""

from __future__ import annotations

import pytest

from techdip.extract.mentions import find_mentions
from techdip.extract.people import PersonMention, find_people
from techdip.lexicons import load
from techdip.text.normalize import normalize
from techdip.text.tokens import Tokens


def _people(text: str, lang: str) -> list[PersonMention]:
    lexicon = load(lang)
    norm = normalize(text, lexicon.keep_marks)
    return find_people(norm, Tokens(norm.text), find_mentions(norm, lexicon), lexicon, None)


def _names(text: str, lang: str) -> list[str]:
    return [p.name for p in _people(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "name", "party"),
    [
        ("Lina Okafor, Egyptian Minister of Communications and Information Technology, opened the forum.", "en",
         "Lina Okafor", "EGY"),
        ("The forum was chaired by Pavel Dorn, the Japanese Minister for Digital Transformation, in Tokyo.", "en",
         "Pavel Dorn", "JPN"),
        ("Le forum a réuni Lucie Marchal, la ministre tunisienne des Technologies de la communication, à Tunis.",
         "fr", "Lucie Marchal", "TUN"),
        ("El acto contó con Tomás Arregui, el ministro chileno de Ciencia, en Santiago.", "es", "Tomás Arregui",
         "CHL"),
    ],
)  # fmt: skip
def test_a_name_before_its_title_across_an_article_and_a_demonym(text: str, lang: str, name: str, party: str):
    people = {p.name: p.party for p in _people(text, lang)}
    assert people.get(name) == party


def test_an_adjective_before_a_title_is_not_a_name_when_the_text_names_the_person_before_it():
    names = _names("The talks were held with Ken Aoyama, the Parliamentary Vice-Minister of Economy, in Tokyo.", "en")
    assert names == ["Ken Aoyama"]


def test_without_a_comma_a_word_before_the_demonym_is_not_taken_as_the_name():
    # "Brazil" before "the Egyptian minister" is a party, and "with" no name: nobody before the title
    assert "Brazil" not in _names("Brazil met with the Egyptian Minister of Communications yesterday.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('أكد وزير الاتصالات وتكنولوجيا المعلومات الأردني "سامر عادل النجار" أن التعاون مستمر.', "ar",
         "سامر عادل النجار"),
        ("التقى السفير المصري بـ “ماهر فؤاد الدرة” وزير الاتصالات السوداني في الخرطوم.", "ar", "ماهر فؤاد الدرة"),
        ("به گزارش خبرگزاری، «رضا کامیار نوری» وزیر ارتباطات با سفیر چین دیدار کرد.", "fa", "رضا کامیار نوری"),
        ("Переговоры провёл министр связи '''Олег Суворин''' в Гаване.", "ru", "Олег Суворин"),
        ("The talks were led by the Minister of Communications **Ana Kovač** in Zagreb.", "en", "Ana Kovač"),
    ],
)  # fmt: skip
def test_a_name_in_quotes_or_markup_next_to_its_title(text: str, lang: str, name: str):
    assert name in _names(text, lang)


def test_a_quoted_phrase_with_punctuation_inside_is_no_name():
    names = _names('صرح وزير الاتصالات الأردني "إن التعاون، كما قال، مستمر" أمس.', "ar")
    assert not any("التعاون" in n for n in names)
