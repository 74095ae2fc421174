"""Japanese on sentences written for these tests: ambassadors "to Japan" (駐日) glued to their state, long state
forms glued before a title, words glued after a title that are no names, DX as no area by itself."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str) -> list:
    return extract(Document(id="t", text=text, source="t", lang="ja")).events


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.party for e in _events(text) for p in e.people}


def test_an_ambassador_to_japan_is_his_states_not_the_japan_uk_pair():
    # 駐日英国大使: 駐日 (stationed in Japan) + 英国, not 駐 + the pair abbreviation 日英
    text = "河野デジタル大臣がジョン・スミス駐日英国大使の表敬訪問を受け、サイバーセキュリティ協力について意見交換を行いました。"
    assert _people(text).get("ジョン・スミス") == "GBR"


def test_a_long_state_form_before_a_title_is_no_name():
    text = "河野デジタル大臣がヨナス・ペトライティス駐日リトアニア共和国大使と会談し、AI分野の協力について意見交換を行いました。"
    people = _people(text)
    assert "共和国" not in people, people
    assert people.get("ヨナス・ペトライティス") == "LTU", people


def test_taking_office_after_a_title_is_no_name():
    text = "大使は河野大臣のデジタル大臣就任を祝い、両国はエストニアとのAI協力について会談した。"
    assert "就任" not in _people(text)


def test_dx_alone_names_no_area_but_its_solutions_do():
    base = "総務大臣はベトナム情報通信大臣と会談し、{}について意見交換を行いました。"
    (event,) = _events(base.format("DXの推進"))
    assert "software_services" not in event.areas
    (event,) = _events(base.format("DXのためのソリューション導入"))
    assert "software_services" in event.areas


def test_digital_government_is_e_government():
    text = "総務省はアルゼンチンとの間で、ICT及びデジタル・ガバメント分野での協力に関する覚書に署名しました。"
    assert any("e_government" in e.areas for e in _events(text))


def test_a_companys_officer_title_is_no_name():
    text = "総務審議官がベトナム情報通信省の副大臣と郵便協力について会談し、日本郵便の執行役員副社長も出席した。"
    assert "執行役員" not in _people(text)
