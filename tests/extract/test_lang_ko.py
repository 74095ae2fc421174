"""Korean on sentences written for these tests: officials named before their titles, headline commas, case
particles that close a title's phrase, ambassadors "to Korea" glued to their state."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _people(text: str) -> dict[str, tuple[str | None, str]]:
    doc = Document(id="t", text=text, source="t", lang="ko")
    return {p.name: (p.party, p.role) for e in extract(doc).events for p in e.people}


def _parties(text: str) -> set[str]:
    doc = Document(id="t", text=text, source="t", lang="ko")
    return {c for e in extract(doc).events for c in e.parties}


def test_a_headline_subject_before_a_comma_is_not_the_next_titles_holder():
    text = (
        '김민수, 독일 국가안보보좌관 만나 "AI 협력 확대"\n'
        "과학기술정보통신부는 김민수 장관이 5일 한스 뮐러 독일 국가안보보좌관을 만나 인공지능 협력 방안을 논의했다고 밝혔다."
    )
    people = _people(text)
    assert people["김민수"][0] == "KOR", people
    assert people["한스 뮐러"] == ("DEU", "national security adviser"), people


def test_a_title_with_its_particle_takes_no_name_after_it():
    # "이 장관이 NAME 대사와": the minister is Lee; the name after his title is the ambassador's
    text = "과기정통부는 이 장관이 제임스 스미스 주한영국대사와 만나 사이버보안 협력을 논의했다고 밝혔다."
    people = _people(text)
    assert people.get("제임스 스미스", (None, ""))[0] != "KOR", people


def test_an_ambassador_to_korea_glued_to_his_state_is_that_states():
    text = "이종호 과학기술정보통신부 장관이 주한미국대사와 만나 양국 간 우주 협력을 논의했다."
    assert _parties(text) == {"KOR", "USA"}


def _types(text: str) -> set[str]:
    return {e.type for e in extract(Document(id="t", text=text, source="t", lang="ko")).events}


def test_deciding_to_join_forces_inside_talks_is_the_talks():
    text = "이종호 장관은 주한영국대사와 만나 양국 간 사이버보안 협력을 강화하기로 했다."
    assert _types(text) == {"CONSULT"}


def test_agreeing_to_hold_a_joint_committee_is_still_an_agreement():
    text = "한국과 베트남은 인공지능 공동위원회를 내년에 개최하기로 합의했다."
    assert "AGREE" in _types(text)


def test_a_name_glossed_in_latin_before_its_title_is_the_titles_holder():
    for text, name, party in (
        (
            "이종호 장관은 필립 골드버그(Philip Goldberg) 주한미국대사와 만나 우주 협력을 논의했다.",
            "필립 골드버그",
            "USA",
        ),
        (
            "과학기술정보통신부는 바트 볼드(Bat Bold) 몽골 디지털개발통신부 장관과 인공지능 협력 양해각서를 체결했다고 밝혔다.",
            "바트 볼드",
            "MNG",
        ),
    ):
        people = _people(text)
        assert people.get(name, (None, ""))[0] == party, people
