"""Bengali (bn): sentences written for these tests, on the hard cases of the language.

Bengali glues its case endings to names (ভারতের, চীনের, ঢাকায়, বাংলাদেশে), writes dates with Bengali digits
(২৬ এপ্রিল ২০২৩), negates a past verb with a glued -নি (হয়নি), and has no capital letters.
"""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = None) -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="bn", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_meeting_with_genitive_suffixes_and_a_relative_date():
    text = (
        "বাংলাদেশের ডাক ও টেলিযোগাযোগ মন্ত্রীর সঙ্গে গতকাল ঢাকায় নিযুক্ত ভিয়েতনামের রাষ্ট্রদূতের বৈঠক হয়। "
        "বৈঠকে ফাইভজি ও সাবমেরিন ক্যাবল নিয়ে আলোচনা হয়।"
    )
    events = _events(text, published="2024-05-10")
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BGD", "VNM"])]
    assert events[0]["areas"] == ["mobile_5g", "telecom_infrastructure"]
    assert events[0]["date"] == "2024-05-09"  # গতকাল = the day before publication


def test_signing_dated_in_bengali_digits():
    text = "বাংলাদেশ ও জাপানের মধ্যে গত ২৬ এপ্রিল ২০২৩ ডিজিটাল অর্থনীতি বিষয়ে একটি সহযোগিতা স্মারক সই হয়।"
    events = _events(text)
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AGREE", ["BGD", "JPN"], "signed")]
    assert events[0]["date"] == "2023-04-26"
    assert events[0]["areas"] == ["digital_economy"]


def test_memorandum_signed_names_its_field():
    events = _events("বাংলাদেশ ও মালয়েশিয়ার মধ্যে সাইবার নিরাপত্তা বিষয়ে একটি সমঝোতা স্মারক স্বাক্ষরিত হয়েছে।")
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("AGREE", ["BGD", "MYS"], ["cybersecurity"])]


def test_multilateral_meeting_is_one_event_with_every_party():
    text = "জাকার্তায় আসিয়ান ডিজিটাল মন্ত্রীদের বৈঠকে মালয়েশিয়া, ভিয়েতনাম ও ইন্দোনেশিয়ার মন্ত্রীরা কৃত্রিম বুদ্ধিমত্তা নিয়ে আলোচনা করেন।"
    events = _events(text)
    assert len(events) == 1
    assert events[0]["parties"] == ["ASEAN", "IDN", "MYS", "VNM"]
    assert events[0]["areas"] == ["ai"]


def test_negated_signing_with_glued_ni_makes_no_event():
    assert _events("বাংলাদেশ ও মিয়ানমারের মধ্যে তথ্যপ্রযুক্তি চুক্তি স্বাক্ষর হয়নি।") == []


def test_meeting_that_did_not_happen_makes_no_event():
    assert _events("বাংলাদেশ ও সৌদি আরবের মন্ত্রীদের মধ্যে ডেটা সেন্টার নিয়ে কোনো বৈঠক হয়নি।") == []


def test_domestic_5g_news_is_no_event():
    assert _events("দেশের মোবাইল অপারেটরগুলো আগামী মাসে ফাইভজি সেবা চালু করবে বলে জানিয়েছে বিটিআরসি।") == []


def test_a_foreign_university_is_no_party():
    assert _events("যুক্তরাজ্যের ক্যামব্রিজ বিশ্ববিদ্যালয়ের সঙ্গে আইসিটি বিভাগের সমঝোতা স্মারক সই হয়েছে।") == []


def test_cabinet_meeting_approving_a_memorandum_is_no_consultation():
    text = "মন্ত্রিসভার নিয়মিত বৈঠকে বাংলাদেশ ও ভুটানের মধ্যে তথ্যপ্রযুক্তি বিষয়ক সমঝোতা স্মারকের খসড়া অনুমোদন দেওয়া হয়।"
    events = _events(text)
    assert {e["type"] for e in events} == {"AGREE"}
    assert events[0]["status"] == "agreed"


def test_a_call_for_cooperation_inside_talks_stays_in_the_talks():
    text = "বৈঠকে বাংলাদেশের আইসিটি প্রতিমন্ত্রী ব্রাজিলের রাষ্ট্রদূতের সঙ্গে সাক্ষাৎ করেন এবং সফটওয়্যার রপ্তানিতে সহযোগিতার আহ্বান জানান।"
    events = _events(text)
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BGD", "BRA"])]
    assert events[0]["areas"] == ["software_services"]


def test_latin_name_after_a_bengali_title_takes_the_genitive_state():
    text = (
        "জাপানের রাষ্ট্রদূত Iwama Kiminori বৃহস্পতিবার ঢাকায় আইসিটি প্রতিমন্ত্রীর সঙ্গে সাক্ষাৎ করেন এবং "
        "স্টার্টআপ ও হাইটেক পার্ক নিয়ে আলোচনা করেন।"
    )
    events = _events(text)
    assert [e["parties"] for e in events] == [["BGD", "JPN"]]
    assert events[0]["areas"] == ["innovation_startups"]
    assert {(p["name"], p["party"]) for p in events[0]["people"]} == {("Iwama Kiminori", "JPN")}


def test_bengali_name_after_a_title_is_a_person():
    text = "তথ্য ও যোগাযোগ প্রযুক্তি প্রতিমন্ত্রী জুনাইদ আহমেদ পলক বৃহস্পতিবার ঢাকায় কোরিয়ার রাষ্ট্রদূতের সঙ্গে বৈঠক করেন।"
    events = _events(text)
    assert [e["parties"] for e in events] == [["BGD", "KOR"]]
    assert any("জুনাইদ আহমেদ পলক" in p["name"] for p in events[0]["people"])


def test_numbered_session_of_a_joint_working_group_is_cooperation():
    text = "ভারত ও বাংলাদেশের মধ্যে তথ্যপ্রযুক্তি বিষয়ক যৌথ ওয়ার্কিং গ্রুপের তৃতীয় বৈঠক নয়াদিল্লিতে অনুষ্ঠিত হয়েছে।"
    assert [(e["type"], e["parties"]) for e in _events(text)] == [("COOPERATE", ["BGD", "IND"])]


def test_aid_promised_in_the_future_tense_is_proposed():
    events = _events("বাংলাদেশকে সাইবার নিরাপত্তা প্রশিক্ষণে কারিগরি সহায়তা দেবে জাপান।")
    assert [(e["type"], e["parties"], e["status"]) for e in events] == [("AID", ["BGD", "JPN"], "proposed")]
