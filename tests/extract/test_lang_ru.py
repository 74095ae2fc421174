"""Russian (and the other Cyrillic languages) on sentences written for these tests: lists of officials at a
multilateral meeting, each title followed by its holder, names written with initials glued to them."""

from __future__ import annotations

import pytest

from techdip.extract.pipeline import extract
from techdip.model import Document


def _people(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    doc = Document(id="t", text=text, source="t", lang=lang)
    return {p.name: (p.party, p.role) for e in extract(doc).events for p in e.people}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Во встрече приняли участие Министр информационных и коммуникационных технологий Ирана И.Зарепур, "
            "Министр цифрового развития Кыргызской Республики Н.А.Кутнаева и Министр цифрового развития "
            "Казахстана Б.Б.Мусин.",
            "ru",
            {"И.Зарепур": "IRN", "Н.А.Кутнаева": "KGZ", "Б.Б.Мусин": "KAZ"},
        ),
        (
            "У зустрічі взяли участь міністр цифрової трансформації України М.Федоров, міністр цифрового "
            "розвитку Казахстану Б.Б.Мусін та посол Естонії К.Кару.",
            "uk",
            {"М.Федоров": "UKR", "Б.Б.Мусін": "KAZ"},
        ),
        (
            "Кездесуге Қазақстанның цифрлық даму министрі Б.Б.Мусин, Өзбекстанның цифрлық технологиялар "
            "министрі Ш.Х.Шерматов қатысты.",
            "kk",
            {"Б.Б.Мусин": "KAZ", "Ш.Х.Шерматов": "UZB"},
        ),
    ],
)  # fmt: skip
def test_each_title_in_a_list_keeps_the_name_that_follows_it(text: str, lang: str, expected: dict[str, str]):
    found = _people(text, lang)
    for name, party in expected.items():
        assert found.get(name, (None,))[0] == party, found


def test_a_name_after_a_title_is_not_the_next_titles_when_that_one_names_nobody():
    # "minister of X of Kazakhstan NAME, minister of Y of Kyrgyzstan ...": the second title has no holder named
    text = (
        "Министр цифрового развития Казахстана Багдат Мусин, министр связи Киргизии и другие "
        "приняли участие во встрече."
    )
    assert _people(text, "ru")["Багдат Мусин"][0] == "KAZ"


def test_an_initial_that_spells_a_preposition_is_part_of_the_name():
    # "В." is also the preposition "в" (in), a host cue after an ambassador's title
    text = (
        "В совещании участвовали Чрезвычайный и Полномочный Посол Индии в Казахстане Т.В.Нагендра Прасад и "
        "Министр цифрового развития, связи и массовых коммуникаций России М.И.Шадаев."
    )
    found = _people(text, "ru")
    assert found["Т.В.Нагендра Прасад"][0] == "IND"
    assert found["М.И.Шадаев"][0] == "RUS"


def test_a_minister_of_digital_transformation_is_not_russias():
    # Russia's ministry is "цифрового развития"; "цифровой трансформации" is another state's office (Ukraine's)
    text = (
        "Министр цифровой трансформации Михаил Федоров встретился с послом Эстонии, стороны обсудили "
        "сотрудничество в сфере электронного правительства."
    )
    assert _people(text, "ru").get("Михаил Федоров", (None,))[0] != "RUS"


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in extract(Document(id="t", text=text, source="t", lang=lang)).events}


def test_joint_projects_the_talks_plan_are_the_talks():
    text = (
        "Министр цифрового развития России встретился с министром связи Беларуси. Стороны определили "
        "приоритетные направления для совместных проектов в области кибербезопасности."
    )
    assert _types(text, "ru") == {"CONSULT"}


def test_a_session_of_a_joint_board_is_cooperation():
    text = (
        "В Смоленске состоялось заседание совместной коллегии министерства цифрового развития России и "
        "министерства связи Беларуси по вопросам почтовой связи."
    )
    assert "COOPERATE" in _types(text, "ru")


def test_joint_projects_the_talks_plan_are_the_talks_in_ukrainian():
    text = (
        "Міністр цифрової трансформації України зустрівся з послом Естонії. Сторони визначили напрями для "
        "спільних проєктів у сфері кібербезпеки."
    )
    assert _types(text, "uk") == {"CONSULT"}


def test_a_development_agency_acts_for_its_state():
    text = (
        "В Вашингтоне был подписан меморандум о сотрудничестве между Министерством цифровых технологий "
        "Узбекистана и USAID в области цифровой экономики."
    )
    doc = Document(id="t", text=text, source="t", lang="ru")
    assert {c for e in extract(doc).events for c in e.parties} == {"USA", "UZB"}


def test_mutual_assistance_is_no_aid():
    ru = (
        "Представители Молдовы, Румынии и Украины подписали меморандум о кибербезопасности, который предусматривает "
        "оказание взаимной помощи в защите критической инфраструктуры."
    )
    uk = (
        "Представники Молдови, Румунії та України підписали меморандум про кібербезпеку, який передбачає надання "
        "взаємної допомоги в захисті критичної інфраструктури."
    )
    assert _types(ru, "ru") == {"AGREE"}
    assert _types(uk, "uk") == {"AGREE"}


def test_a_company_named_after_a_title_is_no_persons_name():
    text = (
        "Президент Украины Владимир Зеленский и министр цифровой трансформации Михаил Федоров обсудили "
        "сотрудничество в сфере электронного правительства с послом Эстонии и с главным операционным директором "
        "Facebook Шерил Сэндберг."
    )
    assert "Facebook" not in _people(text, "ru")
