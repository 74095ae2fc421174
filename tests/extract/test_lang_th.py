"""Thai: sentences written for these tests (no real article). Thai writes no spaces between words, glues
honorifics to first names (นายสมชาย) and countries to the words around them (ของไทย), and dates years in the
Buddhist Era."""

from __future__ import annotations

from techdip.extract.dates import find_dates
from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="th", published=published)
    return [e.to_json() for e in extract(doc).events]


def _one(text: str, published: str | None = None) -> dict:
    events = _events(text, published)
    assert len(events) == 1, events
    return events[0]


def test_minister_receives_ambassador_party_inside_an_unspaced_run():
    event = _one(
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ นายจาง เหว่ย "
        "เอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย เพื่อหารือความร่วมมือด้านปัญญาประดิษฐ์และความมั่นคงปลอดภัยไซเบอร์"
    )
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["CHN", "THA"]
    assert event["areas"] == ["ai", "cybersecurity"]
    assert event["status"] == "discussed"


def test_signing_of_a_memorandum_is_agree_signed():
    event = _one(
        "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทยและกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น "
        "ได้ร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านเทคโนโลยี 5G และไปรษณีย์"
    )
    assert event["type"] == "AGREE"
    assert event["status"] == "signed"
    assert event["parties"] == ["JPN", "THA"]
    assert event["areas"] == ["mobile_5g", "postal"]


def test_asean_ministers_meeting_is_one_event_with_every_member_named():
    event = _one(
        "ดร.สมศักดิ์ มั่นคง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทย เข้าร่วมการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล "
        "ร่วมกับรัฐมนตรีจากเวียดนาม มาเลเซีย และอินโดนีเซีย เพื่อหารือเรื่องเศรษฐกิจดิจิทัลและการพาณิชย์อิเล็กทรอนิกส์"
    )
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["ASEAN", "IDN", "MYS", "THA", "VNM"]
    assert event["areas"] == ["digital_economy"]


def test_name_after_the_dr_honorific_without_the_honorific():
    event = _one(
        "ดร.สมศักดิ์ มั่นคง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทย หารือกับเอกอัครราชทูตญี่ปุ่น เรื่องความมั่นคงปลอดภัยไซเบอร์"
    )
    names = [p["name"] for p in event["people"]]
    assert "สมศักดิ์ มั่นคง" in names


def test_relative_day_resolved_against_the_publication_date():
    event = _one(
        "เมื่อวานนี้ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทย ได้หารือกับรัฐมนตรีว่าการกระทรวงเทคโนโลยีและการสื่อสาร"
        "แห่ง สปป.ลาว เรื่องสายเคเบิลใยแก้วนำแสง",
        published="2024-03-15",
    )
    assert event["parties"] == ["LAO", "THA"]
    assert event["areas"] == ["telecom_infrastructure"]
    assert event["date"] == "2024-03-14"


def test_gregorian_year_written_with_kho_so():
    event = _one("เมื่อวันที่ 5 มีนาคม ค.ศ. 2024 ไทยและเกาหลีใต้ลงนามข้อตกลงความร่วมมือด้านดาวเทียมและอวกาศ")
    assert event["type"] == "AGREE"
    assert event["parties"] == ["KOR", "THA"]
    assert event["areas"] == ["space"]
    assert event["date"] == "2024-03-05"


def test_a_buddhist_era_year_is_its_gregorian_year():
    # 2564 BE is 2021 (dates.tsv setting buddhist_era): the date is whole without an anchor
    mentions = find_dates("เมื่อวันที่ 21 มกราคม 2564 นายกรัฐมนตรี", "th")
    assert [(m.text, m.value, m.resolution) for m in mentions] == [("วันที่ 21 มกราคม 2564", "2021-01-21", "absolute")]


def test_future_signing_is_proposed():
    event = _one("ไทยและเวียดนามจะลงนามบันทึกความเข้าใจด้านปัญญาประดิษฐ์ในปีหน้า")
    assert event["type"] == "AGREE"
    assert event["status"] == "proposed"
    assert event["parties"] == ["THA", "VNM"]


def test_negated_signing_makes_no_event():
    assert _events("ไทยและกัมพูชาไม่ได้ลงนามบันทึกความเข้าใจด้านโทรคมนาคม") == []


def test_domestic_cloud_project_is_no_event():
    assert _events("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดตัวโครงการคลาวด์กลางภาครัฐ เพื่อให้บริการหน่วยงานราชการในประเทศ") == []


def test_thai_language_name_is_not_a_party():
    # ภาษาไทย (the Thai language) and ไปรษณีย์ไทย (Thailand Post, a company) hide ไทย
    event = _one("เกาหลีใต้และญี่ปุ่นลงนามบันทึกความเข้าใจด้านปัญญาประดิษฐ์ เพื่อพัฒนาหลักสูตรภาษาไทยร่วมกับไปรษณีย์ไทย")
    assert event["parties"] == ["JPN", "KOR"]


def test_joint_committee_session_is_cooperate_and_the_dash_pair_names_both_states():
    event = _one("การประชุมคณะกรรมการร่วมไทย-จีน ว่าด้วยความร่วมมือด้านเศรษฐกิจดิจิทัล ครั้งที่ 6 จัดขึ้นที่กรุงปักกิ่ง")
    assert event["type"] == "COOPERATE"
    assert event["parties"] == ["CHN", "THA"]
    assert event["areas"] == ["digital_economy"]


def test_handover_of_equipment_is_aid_and_a_letter_inside_a_word_is_no_place_cue():
    # ณ ("at") is also a letter inside อุปกรณ์: it must not turn Cambodia into a venue
    event = _one("รัฐบาลญี่ปุ่นส่งมอบอุปกรณ์โทรคมนาคมให้แก่รัฐบาลกัมพูชา เพื่อพัฒนาโครงข่ายอินเทอร์เน็ต")
    assert event["type"] == "AID"
    assert event["parties"] == ["JPN", "KHM"]


def test_decision_to_set_up_a_working_group_is_agree_not_cooperate():
    event = _one("ไทยและอินเดียตกลงจัดตั้งคณะทำงานร่วมด้านปัญญาประดิษฐ์")
    assert event["type"] == "AGREE"
    assert event["status"] == "agreed"
    assert event["areas"] == ["ai"]


def test_state_after_na_is_the_venue_not_a_party():
    event = _one("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทยหารือกับรัฐมนตรีญี่ปุ่น ณ สาธารณรัฐสิงคโปร์ เรื่องปัญญาประดิษฐ์")
    assert event["parties"] == ["JPN", "THA"]
    assert event["location"] == "Singapore"


def test_the_thai_digital_ministrys_minister_is_thailands_at_a_meeting_abroad():
    # the conference is in Seoul and chaired by Korea's minister: the Thai minister stays Thailand's
    text = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมการประชุมรัฐมนตรีดิจิทัลที่กรุงโซล "
        "สาธารณรัฐเกาหลี โดยมี นายคิม มินซู รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และไอซีทีของสาธารณรัฐเกาหลี เป็นประธานการประชุม "
        "เพื่อหารือความร่วมมือด้านปัญญาประดิษฐ์"
    )
    parties = {p["name"]: p["party"] for e in _events(text) for p in e["people"]}
    assert parties.get("สมชาย ใจดี") == "THA", parties
    assert "THA" in {c for e in _events(text) for c in e["parties"]}


def test_cloud_is_no_laos():
    # "ลาว" (Laos) is spelled inside the loanword "คลาวด์" (cloud): domestic cloud news names no partner
    text = (
        "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า คณะกรรมการได้หารือการจัดหาคลาวด์กลางภาครัฐ "
        "และบริการคลาวด์สำหรับหน่วยงานราชการ"
    )
    assert all("LAO" not in e["parties"] for e in _events(text))
