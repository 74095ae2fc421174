"""Hebrew: sentences written for these tests (no real article). Hebrew glues ו ה ב ל מ ש כ to the next word
(ובישראל, מצרפת, והבינה), marks a definite phrase on every word (הבינה המלאכותית), and has no capital letters."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="he", published=published)
    return [e.to_json() for e in extract(doc).events]


def _one(text: str, published: str | None = None) -> dict:
    events = _events(text, published)
    assert len(events) == 1, events
    return events[0]


def test_meeting_with_ambassador_prefixed_place_and_definite_area():
    event = _one(
        "שר התקשורת נפגש היום בירושלים עם שגריר יפן בישראל ודן עמו בשיתוף פעולה בתחום הסייבר והבינה המלאכותית."
    )
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["ISR", "JPN"]
    assert event["areas"] == ["ai", "cybersecurity"]
    assert event["location"] == "Jerusalem"


def test_memorandum_signing_is_agree_signed():
    event = _one("ישראל וגרמניה חתמו על מזכר הבנות לשיתוף פעולה בתחום החלל והלוויינים.")
    assert event["type"] == "AGREE"
    assert event["status"] == "signed"
    assert event["parties"] == ["DEU", "ISR"]
    assert event["areas"] == ["space"]


def test_multilateral_meeting_with_prefixed_states_is_one_event():
    event = _one(
        "שרת החדשנות, המדע והטכנולוגיה הישראלית השתתפה בכנס שרי הדיגיטל של האיחוד האירופי בבריסל, "
        "יחד עם שרים מצרפת, מאיטליה ומיוון, ודנה בכלכלה דיגיטלית."
    )
    assert event["type"] == "CONSULT"
    # the venue Brussels (בבריסל) is a place, not Belgium acting
    assert event["parties"] == ["EU", "FRA", "GRC", "ISR", "ITA"]
    assert event["areas"] == ["digital_economy"]
    assert event["location"] == "Brussels"


def test_demonyms_with_article_and_endings():
    event = _one("אתמול נפגש שר התקשורת הישראלי עם מקבילו האמירתי ודנו בפריסת סיבים אופטיים ובכבל תת-ימי.")
    assert event["parties"] == ["ARE", "ISR"]
    assert event["areas"] == ["telecom_infrastructure"]


def test_relative_day_resolved_against_publication_date():
    event = _one("אתמול נפגש שר התקשורת הישראלי עם מקבילו האמירתי ודנו בפריסת סיבים אופטיים.", published="2021-11-24")
    assert event["date"] == "2021-11-23"


def test_full_date_with_month_after_the_glued_preposition():
    event = _one("ישראל והודו חתמו היום, 11 בנובמבר 2015, על הסכם לשיתוף פעולה בתחום הסייבר.")
    assert event["parties"] == ["IND", "ISR"]
    assert event["date"] == "2015-11-11"


def test_side_word_makes_a_demonym_a_party():
    event = _one("המשלחת הסינית נפגשה עם נציגי משרד החוץ הישראלי ודנו בסטארט-אפים ובחדשנות.")
    assert event["parties"] == ["CHN", "ISR"]
    assert event["areas"] == ["innovation_startups"]


def test_future_signing_is_proposed():
    event = _one("ישראל ואיחוד האמירויות יחתמו בשבוע הבא על הסכם בתחום הבינה המלאכותית.")
    assert event["type"] == "AGREE"
    assert event["status"] == "proposed"
    assert event["parties"] == ["ARE", "ISR"]
    assert event["areas"] == ["ai"]


def test_negated_signing_makes_no_event():
    assert _events("ישראל ומצרים לא חתמו על הסכם בתחום הסייבר.") == []


def test_domestic_fibre_plan_is_no_event():
    assert _events("משרד התקשורת השיק תוכנית לאומית לפריסת סיבים אופטיים ברחבי הארץ.") == []


def test_surname_containing_israel_is_not_a_party():
    event = _one("פרופ' יצחק בן-ישראל נפגש עם שגריר הודו ועם שגריר יפן ודנו בבינה מלאכותית.")
    assert event["parties"] == ["IND", "JPN"]


def test_ministry_name_gives_no_area():
    # רשות החדשנות (the Innovation Authority) names no field: only the cyber field is the event's area
    event = _one('מנכ"ל רשות החדשנות נפגש עם שגריר צרפת בישראל ודנו בהגנת הסייבר.')
    assert event["parties"] == ["FRA", "ISR"]
    assert event["areas"] == ["cybersecurity"]


def test_joint_committee_session_is_cooperate():
    event = _one("הוועדה המשותפת של ישראל ויוון לשיתוף פעולה בתחום הסייבר התכנסה באתונה לישיבתה השנתית.")
    assert event["type"] == "COOPERATE"
    assert event["parties"] == ["GRC", "ISR"]
    assert event["location"] == "Athens"


def test_grant_is_aid():
    event = _one("ממשלת יפן העניקה לרשות הפלסטינית מענק לפיתוח תשתיות תקשורת.")
    assert event["type"] == "AID"
    assert event["parties"] == ["JPN", "PSE"]
    assert event["areas"] == ["telecom_infrastructure"]


def test_request_to_an_organisation():
    events = _events("הרשות הפלסטינית ביקשה מאיגוד התקשורת הבינלאומי לסייע לה בקבלת תדרים לרשת דור רביעי.")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert events[0]["parties"] == ["ITU", "PSE"]
