"""Chinese on sentences written for these tests: names glued to the words around them."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _people(text: str) -> dict[str, tuple[str | None, str]]:
    doc = Document(id="t", text=text, source="t", lang="zh")
    return {p.name: (p.party, p.role) for e in extract(doc).events for p in e.people}


def test_a_time_word_glued_after_a_name_is_not_part_of_it():
    text = "工业和信息化部部长李明月初在北京会见了老挝技术与通信部部长,双方就5G合作交换意见。"
    assert "李明" in _people(text)


def test_an_assistant_foreign_minister_is_not_the_minister():
    text = "外交部部长助理刘强与老挝驻华大使会见,双方就数字经济合作交换意见。"
    people = _people(text)
    assert people.get("刘强", (None, ""))[1] == "assistant foreign minister", people


def test_an_editions_ordinal_before_a_title_is_no_name():
    text = "第三届金砖国家通信部长会议在杭州举行,会议发表了宣言,工业和信息化部副部长王强出席。"
    people = _people(text)
    assert not any("届" in name for name in people), people


def test_a_development_agency_acts_for_its_state():
    doc = Document(id="t", text="美国国际开发署与越南信息和传媒部签署了数字经济合作备忘录。", source="t", lang="zh")
    assert {c for e in extract(doc).events for c in e.parties} == {"USA", "VNM"}


def test_research_and_development_inside_a_cooperation_event_is_research():
    doc = Document(id="t", text="中俄双方签署协议,深化在ICT产品研发领域的合作。", source="t", lang="zh")
    assert any("research_education" in e.areas for e in extract(doc).events)


def test_the_uns_development_agenda_named_as_a_topic_is_no_un_action():
    text = "中国和东盟发布合作倡议,推动数字经济合作,落实联合国2030可持续发展议程。"
    doc = Document(id="t", text=text, source="t", lang="zh")
    assert all("UN" not in e.parties for e in extract(doc).events)
