"""Stories: the same event across articles and languages is one story; near misses stay apart."""

from __future__ import annotations

import json
import random
from itertools import permutations

import pytest

from techdip.store.ingest import IngestReport, write_batch
from techdip.store.schema import connect
from techdip.stories import (
    StoryEvent,
    cluster,
    headline,
    one_role_each,
    pairwise_scores,
    same_person,
    score,
    skeleton,
    story_line,
)
from tests.conftest import DEV


@pytest.mark.parametrize(
    ("a", "b"),
    [("هاشمی", "Hashemi"), ("Хашеми", "Hachemi"), ("哈希米", "Hashemi"), ("Hakobyan", "Акопян"), ("Vaezi", "واعظی")],
)
def test_a_family_name_has_one_skeleton_across_scripts(a, b):
    assert same_person(a, b), (skeleton(a), skeleton(b))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("سید ستار هاشمی", "Sattar Hashemi", True),
        ("سیدستار هاشمی", "سید ستار هاشمی", True),
        ("萨塔尔·哈希米", "Саттар Хашеми", True),
        ("Mahmoud Vaezi", "Vaezi", True),
        ("Nguyễn Mạnh Hùng", "Nguyen Manh Hung", True),
        ("जुंजी सुजुकी", "Junji Suzuki", True),  # the anusvara before j is n
        ("अश्विनी वैष्णव", "Ashwini Vaishnaw", True),
        ("سلطان أحمد الجابر", "Ahmed Al Jaber", True),  # no vowel between م and د: still Ahmed, not "Ahnd"
        ("محمد بن سلمان", "Mohammed bin Salman", True),
        ("Miao Wei", "Lu Wei", False),
        ("Ali Rezaei", "Reza Alavi", False),
        ("Dr Mahdi Karimzadeh", "Mahmoud Vaezi", False),
    ],
)
def test_same_person_across_spellings(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("グレーブス", "ロペス", False),  # Graves and Lopez: katakana skeletons meet, the names do not
        ("Tulinabo Mushingi", "マイセン", False),
        ("グエン・マイン・フン", "グエン・タイン・フン", False),  # two ministers of one family name
        ("グエン・マン・フン", "グエン・マイン・フン", True),  # one minister, two transcriptions
        ("デイビッドソン", "アラン・デイビッドソン", True),  # the family name alone
        ("タン・チュン・ウー", "マイ・ティエン・ズン", False),  # skeletons of short words meet, readings do not
        ("アブドゥル・ムタリブ・ユソフ", "Yusuf Kaya", False),  # Kaya is a word, though too short to compare
    ],
)
def test_katakana_names_are_the_same_person_only_when_they_read_alike(a, b, same):
    assert same_person(a, b) is same


def _event(
    i, doc, type_="CONSULT", parties=("ARM", "IRN"), date=None, published=None, people=(), areas=(), location=None
):
    return StoryEvent(i, doc, type_, frozenset(parties), date, published, list(people), frozenset(areas), location)


HASHEMI_FA = ("ستار هاشمی", "IRN")
HASHEMI_RU = ("Саттар Хашеми", "IRN")
OTHER_MINISTER = ("Reza Alavi", "IRN")


def test_the_same_meeting_in_two_languages_is_one_story():
    fa = _event(1, "fa", date="2024-06-03", people=[HASHEMI_FA], areas={"postal", "ai"}, location="Tehran")
    ru = _event(2, "ru", date="2024-06-03", people=[HASHEMI_RU], areas={"postal"}, location="Tehran")
    value, reasons = score(fa, ru)
    assert value >= 1.5 and any("same people" in r for r in reasons)
    assert len(cluster([fa, ru])) == 1


def test_the_same_pair_twice_in_a_month_with_other_ministers_and_topics_stays_apart():
    first = _event(1, "a", date="2024-06-03", people=[HASHEMI_FA], areas={"postal"})
    second = _event(2, "b", date="2024-06-24", people=[OTHER_MINISTER], areas={"ai"})
    assert len(cluster([first, second])) == 2


def test_the_same_minister_meeting_two_ambassadors_on_one_day_is_two_stories():
    armenia = _event(1, "a", parties=("ARM", "IRN"), date="2024-06-03", people=[HASHEMI_FA])
    iraq = _event(2, "b", parties=("IRN", "IRQ"), date="2024-06-03", people=[HASHEMI_FA])
    assert len(cluster([armenia, iraq])) == 2


def test_a_meeting_and_a_signing_a_week_later_are_two_stories():
    meeting = _event(1, "a", "CONSULT", date="2024-06-03", people=[HASHEMI_FA])
    signing = _event(2, "b", "AGREE", date="2024-06-10", people=[HASHEMI_FA])
    assert len(cluster([meeting, signing])) == 2


def test_the_same_pair_in_two_years_is_two_stories():
    assert len(cluster([_event(1, "a", date="2023-06-03", people=[HASHEMI_FA]),
                        _event(2, "b", date="2024-06-03", people=[HASHEMI_FA])])) == 2  # fmt: skip


def test_two_events_of_one_article_never_share_a_story():
    assert len(cluster([_event(1, "a", people=[HASHEMI_FA]), _event(2, "a", people=[HASHEMI_FA])])) == 2


def test_a_report_in_another_city_is_not_the_same_story():
    tehran = _event(1, "a", date="2024-06-03", areas={"ai"}, location="Tehran")
    yerevan = _event(2, "b", date="2024-06-03", areas={"ai"}, location="Yerevan")
    assert len(cluster([tehran, yerevan])) == 2


def test_clustering_is_deterministic_for_the_same_order():
    events = [_event(i, str(i % 3), date="2024-06-03", people=[HASHEMI_FA], areas={"ai"}) for i in range(6)]
    first = [[e.id for e in s.events] for s in cluster(events)]
    assert first == [[e.id for e in s.events] for s in cluster(events)]


def test_pairwise_precision_and_recall():
    precision, recall, predicted, gold = pairwise_scores({1: 1, 2: 1, 3: 2}, {1: "a", 2: "b", 3: "b"})
    assert (precision, recall, predicted, gold) == (0.0, 0.0, 1, 1)


@pytest.mark.skipif(not DEV.exists(), reason="../shared/dev is not beside this checkout")
def test_the_armenia_meeting_of_the_dev_articles_is_one_story(run_cli, db_url):
    status, _, _ = run_cli("ingest", DEV / "articles", "--db", db_url, "--quiet")
    assert status == 0
    status, out, _ = run_cli("stories", "--db", db_url, "--party", "ARM", "--json")
    stories = [json.loads(line) for line in out.splitlines()]
    joined = [s for s in stories if {src["source"].rsplit("/", 1)[-1][:3] for src in s["sources"]} >= {"000", "001"}]
    assert joined and joined[0]["type"] == "CONSULT" and joined[0]["parties"] == ["ARM", "IRN"]


def test_story_clustering_on_the_multilingual_corpus_meets_the_bar(run_cli):
    """tests/data/stories: 48 articles in 11 languages, 15 multi-source stories and near misses."""
    from tests.conftest import TEST_DATA

    status, out, _ = run_cli("eval", TEST_DATA / "stories" / "gold.jsonl", "--stories", "--json")
    scores = json.loads(out)
    assert status == 0 and scores["gold_pairs"] >= 30 and scores["events"] >= 45
    assert scores["precision"] >= 0.95, scores
    assert scores["recall"] >= 0.90, scores


def test_story_clustering_on_real_news_keeps_its_floor(run_cli):
    """evaluation/news (tune split): same-event articles in several languages, as real pages give them. A floor
    below today's figures (precision 1.0, recall 0.68), so that a change that loses stories fails."""
    from tests.conftest import ROOT

    gold = ROOT / "evaluation" / "news" / "gold.jsonl"
    status, out, _ = run_cli("eval", gold, "--stories", "--split", "tune", "--json")
    scores = json.loads(out)
    assert status == 0 and scores["gold_pairs"] >= 50
    assert scores["precision"] >= 0.95, scores
    assert scores["recall"] >= 0.64, scores


def test_without_dates_only_the_same_officials_join_two_reports():
    # a pair signs many agreements over the years: with no date to compare, shared areas and place are not enough
    a = _event(1, "a", "AGREE", ("CHN", "PAK"), areas=("data_transit", "software_services"), location="Beijing")
    b = _event(2, "b", "AGREE", ("CHN", "PAK"), areas=("data_transit", "software_services"), location="Beijing")
    assert [len(s.events) for s in cluster([a, b])] == [1, 1]
    c = _event(3, "c", "CONSULT", people=[HASHEMI_FA], areas=("ai",))
    d = _event(4, "d", "CONSULT", people=[HASHEMI_RU], areas=("ai",))
    assert [len(s.events) for s in cluster([c, d])] == [2]


def test_two_officials_in_common_outweigh_a_dateline_read_as_the_place_or_areas_picked_apart():
    # undated reports of one meeting, each placed at its agency's dateline
    ms = _event(1, "ms", parties=("IDN", "MYS"), location="Kuala Lumpur", areas=("media_information",),
                people=[("Datuk Razak Hamzah", "MYS", "minister"), ("Sri Wulandari", "IDN", "minister")])  # fmt: skip
    id_ = _event(2, "id", parties=("IDN", "MYS"), location="Jakarta", areas=("media_information",),
                 people=[("Razak Hamzah", "MYS", "minister"), ("Sri Wulandari", "IDN", "minister")])  # fmt: skip
    value, reasons = score(ms, id_)
    assert value >= 1.5 and "two officials in common" in reasons, reasons
    # in Arabic and Urdu script, the two ministers written in each, the areas read apart
    ar = _event(3, "ar", parties=("PSE", "SAU"), areas=("digital_economy",),
                people=[("عبدالكريم الحربي", "SAU", "minister"), ("خليل النجار", "PSE", "minister")])  # fmt: skip
    ur = _event(4, "ur", parties=("PSE", "SAU"), areas=("e_government",),
                people=[("عبدالکریم الحربی", "SAU", "minister"), ("خلیل النجار", "PSE", "minister")])  # fmt: skip
    assert [len(s.events) for s in cluster([ar, ur])] == [2]
    # one of them only: the places keep the reports apart (a minister meets a counterpart often)
    one = _event(5, "en", parties=("IDN", "MYS"), location="Jakarta", areas=("media_information",),
                 people=[("Razak Hamzah", "MYS", "minister")])  # fmt: skip
    assert score(ms, one)[0] < 1.5 and [len(s.events) for s in cluster([ms, one])] == [1, 1]
    # both, but other places and other areas too: two meetings of the same ministers
    other = _event(6, "en", parties=("IDN", "MYS"), location="Jakarta", areas=("space",),
                   people=[("Razak Hamzah", "MYS", "minister"), ("Sri Wulandari", "IDN", "minister")])  # fmt: skip
    assert [len(s.events) for s in cluster([ms, other])] == [1, 1]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"),  # the family name left out
        ("عبدالله بن عامر", "عبدالله بن عامر السواحة"),
        ("Boviengkham Vongdara", "Boviengkham Vongdara - Ảnh"),  # a photo caption glued to the name
        ("Сергей Кравцов", "Сергей Кравцов Министр"),
    ],
)
def test_a_name_with_words_after_it_is_the_same_official_in_two_reports(short, long):
    a = _event(1, "a", parties=("LAO", "VNM"), date="2023-05-29", people=[(short, "LAO", "minister")])
    b = _event(2, "b", parties=("LAO", "VNM"), date="2023-05-29", people=[(long, "LAO", "minister")])
    value, reasons = score(a, b)
    assert any(r.startswith("same people") for r in reasons) and not any("different officials" in r for r in reasons)


@pytest.mark.parametrize(
    ("short", "long"),
    [("Nguyen Van", "Nguyen Van Hung"), ("Ali Reza", "Ali Reza Karimi"), ("Hamid Reza Karimi", "Hamid Karimi Reza")],
)
def test_a_given_name_alone_or_other_words_are_not_the_official_of_a_longer_name(short, long):
    a = _event(1, "a", parties=("IRN", "VNM"), date="2023-05-29", people=[(short, "VNM", "minister")])
    b = _event(2, "b", parties=("IRN", "VNM"), date="2023-05-29", people=[(long, "VNM", "minister")])
    assert not any(r.startswith("same people") for r in score(a, b)[1])


def test_of_an_articles_events_the_one_that_matches_a_report_exactly_joins_its_story():
    people = [("Josephine Teo", "SGP"), ("Nguyen Manh Hung", "VNM")]
    report = _event(1, "en", parties=("SGP", "VNM"), date="2026-01-16", people=people)
    # the other article opens with the ASEAN meeting the two ministers attended, then reports their talks
    at_asean = _event(2, "vi", parties=("ASEAN", "SGP", "VNM"), date="2026-01-16", people=people)
    talks = _event(3, "vi", parties=("SGP", "VNM"), date="2026-01-16", people=people)
    stories = cluster([report, at_asean, talks])
    assert sorted(e.id for e in next(s for s in stories if report in s.events).events) == [1, 3]
    assert len(stories) == 2


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        (
            dict(type_="CONSULT", parties=["ARM", "IRN"], areas=["ai", "data_transit"], place="Tehran",
                 date="2024-11-19", roles=["minister of ICT", "minister of high-tech industry"]),
            "Armenia–Iran, ministers' talks on AI and data transit, Tehran, 19 Nov 2024",
        ),
        (
            dict(type_="AGREE", parties=["BRA", "BRICS", "CHN", "IND", "RUS", "ZAF"], status="signed", date="2024-11"),
            "BRICS, Brazil, China and 3 more, agreement signed, Nov 2024",
        ),
        (dict(type_="AID", parties=["JPN", "VNM"], areas=["space"], roles=["ambassador"]), "Japan–Vietnam, aid on space"),
        (
            dict(type_="CONSULT", parties=["LAO", "VNM"], status="signed", types=["AGREE", "CONSULT"], place="Hanoi"),
            "Laos–Vietnam, talks and agreement signed, Hanoi",
        ),
        (dict(type_="AGREE", parties=["IND", "LKA"], types=["AGREE", "COOPERATE"]), "India–Sri Lanka, talks and agreement"),
        (
            dict(type_="CONSULT", parties=["KOR", "VNM"], areas=["ai", "data_centers", "mobile_5g", "space"]),
            "South Korea–Vietnam, talks on AI, data centres, 5G and more",
        ),
    ],
)  # fmt: skip
def test_a_story_reads_as_one_english_line_built_from_its_fields(fields, line):
    assert story_line(**fields) == line


def test_a_headline_is_the_first_line_of_the_page_shortened_when_long():
    assert headline("\n  Iran and Armenia talk AI  \nBody") == "Iran and Armenia talk AI"
    assert headline("Iran and Armenia " * 20, limit=20) == "Iran and Armenia Ir…"
    assert headline("") is None and headline(None) is None


def test_a_headline_is_the_first_top_line_that_reads_as_one_past_menus_dates_and_tickers():
    page = "Найти тему\nNOVA24.UZ\n\nСША поможет Узбекистану в развитии цифровых технологий\nТекст статьи."
    assert headline(page) == "США поможет Узбекистану в развитии цифровых технологий"
    assert headline("17 December 2019\nTwo MoUs between Egypt and Saudi Arabia on digital transformation\n") == (
        "Two MoUs between Egypt and Saudi Arabia on digital transformation"
    )
    assert headline("Kurse vom 01/11/2024\n$1 – 12780.09\nSuche\nDeutschland und Vietnam vereinbaren KI-Dialog") == (
        "Deutschland und Vietnam vereinbaren KI-Dialog"
    )
    assert headline("日越、5G分野で協力強化\n本文") == "日越、5G分野で協力強化"  # no spaces: its letters count
    assert headline("Menu\nHome\n2024-11-19") is None


def test_a_story_line_counts_each_person_once_whatever_the_script():
    people = [("Sattar Hashemi", "IRN", "minister of ICT"), ("ستار هاشمی", "IRN", "minister"),
              ("Ashot Melkonyan", "ARM", "ambassador")]  # fmt: skip
    assert one_role_each(people) == ["minister of ICT", "ambassador"]
    assert story_line("CONSULT", ["ARM", "IRN"], roles=one_role_each(people)) == "Armenia–Iran, talks"
    two = [("Sattar Hashemi", "IRN", "minister of ICT"), ("Mher Grigoryan", "ARM", "deputy prime minister"),
           ("Gevorg Mantashyan", "ARM", "minister of high-tech industry")]  # fmt: skip
    assert story_line("CONSULT", ["ARM", "IRN"], roles=one_role_each(two)) == "Armenia–Iran, ministers' talks"


def test_a_storys_title_is_the_headline_of_its_earliest_dated_source(run_cli, db_url, tmp_path):
    (tmp_path / "ar.txt").write_text(
        "وقع وزير الاتصالات الإيراني ستار هاشمي والسفير الأرميني أشوت ملكونيان اليوم مذكرة تفاهم في طهران.",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        "Iran and Armenia sign AI memorandum\n\nTehran, 19 November 2024 - Iran's ICT minister Sattar Hashemi and "
        "Armenian ambassador Ashot Melkonyan signed a memorandum of understanding on artificial intelligence "
        "in Tehran on Tuesday.",
        encoding="utf-8",
    )
    assert run_cli("ingest", tmp_path, "--db", db_url, "--quiet")[0] == 0
    status, out, _ = run_cli("stories", "--db", db_url, "--json")
    stories = [json.loads(line) for line in out.splitlines()]
    joined = [s for s in stories if len(s["sources"]) == 2]
    assert joined and joined[0]["title"] == "Iran and Armenia sign AI memorandum", stories


def test_stories_carry_a_title_and_a_line(run_cli, db_url, tmp_path):
    (tmp_path / "en.txt").write_text(
        "Iran and Armenia sign AI memorandum\n\nTehran, 19 November 2024 - Iran and Armenia signed a memorandum of "
        "understanding on artificial intelligence in Tehran on Tuesday.",
        encoding="utf-8",
    )
    assert run_cli("ingest", tmp_path, "--db", db_url, "--quiet")[0] == 0
    status, out, _ = run_cli("stories", "--db", db_url, "--json")
    story = json.loads(out.splitlines()[0])
    assert story["title"] == "Iran and Armenia sign AI memorandum"
    assert story["line"].startswith("Armenia–Iran, agreement signed on AI")
    status, out, _ = run_cli("stories", "--db", db_url)
    assert out.startswith(f"story {story['id']}: {story['line']}\n    Iran and Armenia sign AI memorandum\n")


def test_a_story_line_names_organisations_by_acronym_and_a_headline_drops_a_crawl_stamp():
    assert story_line("CONSULT", ["ASEAN", "VNM"]) == "ASEAN–Vietnam, talks"
    assert (
        headline(" date 2026-02-20 NEU-DELHI (dpa-AFX) - Minister Wildberger")
        == "NEU-DELHI (dpa-AFX) - Minister Wildberger"
    )


# ---- joins on thin pages: no dates, a meeting split into pairs, talks-and-signing, heads of state ------------------


def test_an_undated_report_joins_a_dated_one_published_days_later_when_an_official_is_in_both():
    dated = _event(1, "en", date="2024-03-04", published="2024-03-05", people=[("Sattar Hashemi", "IRN")])
    # published the same week, the event itself undated: the same minister, in Persian script
    undated = _event(2, "fa", published="2024-03-06", people=[("ستار هاشمی", "IRN")])
    value, reasons = score(dated, undated)
    assert value >= 1.5 and "dates agree" in reasons
    assert len(cluster([dated, undated])) == 1


def test_a_page_that_gives_only_its_month_does_not_contradict_a_day_of_that_month_nor_confirm_it():
    day = _event(1, "es", "CONSULT", ("ARG", "CHN"), date="2021-12-01", areas={"space"}, people=[HASHEMI_FA])
    month = _event(2, "pt", "CONSULT", ("ARG", "CHN"), published="2021-12", areas={"space"}, people=[HASHEMI_RU])
    value, reasons = score(day, month)
    assert value >= 1.5 and "dates agree" not in reasons  # the same official joins them
    thin = _event(4, "fr", "CONSULT", ("ARG", "CHN"), published="2021-12", areas={"space"})
    assert score(day, thin)[0] < 1.5  # same parties and area in the same month: not enough
    later = _event(3, "de", "CONSULT", ("ARG", "CHN"), published="2022-03", areas={"space"}, people=[HASHEMI_RU])
    assert score(day, later)[0] == float("-inf")  # published three months after the event: another one


def test_an_undated_report_published_before_the_event_or_months_after_it_is_another_story():
    dated = _event(1, "en", date="2024-03-04", people=[HASHEMI_FA])
    assert score(dated, _event(2, "fa", published="2024-02-20", people=[HASHEMI_FA]))[0] == float("-inf")
    assert score(dated, _event(3, "ru", published="2024-06-01", people=[HASHEMI_RU]))[0] == float("-inf")


def test_a_page_republished_months_after_the_event_it_dates_is_compared_by_that_date_not_its_stamp():
    jin = [("金壮龙", "CHN", "minister"), ("莎萨·法蒂玛·赫瓦贾", "PAK", "minister")]
    en = [("Jin Zhuanglong", "CHN", "minister"), ("Shaza Fatima Khawaja", "PAK", "minister")]
    # an aggregator's copy stamped in November of a meeting it dates to 6 June; the wire report of 7 June
    copy = _event(1, "zh", parties=("CHN", "PAK"), date="2024-06-06", published="2024-11-01", people=jin)
    wire = _event(2, "en", parties=("CHN", "PAK"), published="2024-06-07", people=en)
    value, reasons = score(copy, wire)
    assert value >= 1.5 and "dates agree" in reasons, reasons
    # a page published within the month of its event is dated by its stamp too: a week's gap keeps them apart
    late = _event(3, "zh", parties=("CHN", "PAK"), date="2024-06-06", published="2024-06-20", people=jin)
    assert score(late, wire)[0] == float("-inf")
    # and an undated copy stamped months later is another story, as before
    undated = _event(4, "zh", parties=("CHN", "PAK"), published="2024-11-01", people=jin)
    assert score(undated, wire)[0] == float("-inf")


def test_known_event_dates_months_apart_never_join_whatever_else_agrees():
    a = _event(1, "en", date="2024-01-10", people=[HASHEMI_FA], areas={"ai"}, location="Tehran")
    b = _event(2, "fa", date="2024-04-10", people=[HASHEMI_FA], areas={"ai"}, location="Tehran")
    assert score(a, b)[0] == float("-inf")


def test_talks_and_a_signing_reported_as_an_agreement_join_on_the_same_official():
    people = [("Nguyễn Mạnh Hùng", "VNM")]
    talks = _event(1, "vi", "CONSULT", ("JPN", "VNM"), published="2024-05-02", people=people, areas={"ai"})
    signed = _event(2, "ja", "AGREE", ("JPN", "VNM"), published="2024-05-02", people=[("Nguyen Manh Hung", "VNM")],
                    areas={"ai"})  # fmt: skip
    value, reasons = score(talks, signed)
    assert value >= 1.5 and any("signing reported as talks" in r for r in reasons)
    assert len(cluster([talks, signed])) == 1


def test_talks_and_an_agreement_without_an_official_or_the_day_in_common_stay_apart():
    talks = _event(1, "en", "CONSULT", ("CHN", "PAK"), date="2025-12-22", areas={"data_transit"})
    signed = _event(2, "ur", "AGREE", ("CHN", "PAK"), published="2025-12-23", areas={"data_transit"})
    assert len(cluster([talks, signed])) == 2


def test_an_agreement_joins_the_agreement_of_a_report_rather_than_the_talks_beside_it():
    people = [("Ravi Shankar Prasad", "IND")]
    talks = _event(1, "en", "CONSULT", ("IND", "LKA"), date="2018-01-15", people=people, areas={"ai", "postal"})
    signing = _event(2, "en", "AGREE", ("IND", "LKA"), date="2018-01-15", people=people)
    hindi = _event(3, "hi", "AGREE", ("IND", "LKA"), date="2018-01-15", people=[("रविशंकर प्रसाद", "IND")],
                   areas={"ai", "postal"})  # fmt: skip
    stories = cluster([talks, signing, hindi])
    assert [e.id for e in next(s for s in stories if hindi in s.events).events] == [2, 3]


def test_a_pair_of_a_multilateral_meeting_joins_the_whole_on_its_officials_even_with_a_wrong_party():
    whole = ("ASEAN", "UN", "VNM")
    en = _event(1, "en", parties=whole, date="2026-01-15", people=[("Kao Kim Hourn", "ASEAN"), ("Amandeep Gill", "UN")])
    # the Russian report gives Russia as a party (its own agency's byline), the Vietnamese cuts the pair out
    ru = _event(2, "ru", parties=("ASEAN", "RUS", "UN"), published="2026-01-15",
                people=[("Као Ким Хорн", "ASEAN"), ("Амандип Гилл", "UN")])  # fmt: skip
    vi = _event(3, "vi", parties=("ASEAN", "VNM"), date="2026-01-15", people=[("Kao Kim Hourn", None)])
    assert [len(s.events) for s in cluster([en, ru])] == [2]
    assert [len(s.events) for s in cluster([en, vi])] == [2]


def test_one_minister_at_two_different_groups_meetings_does_not_join_them():
    turhan = [("Mehmet Cahit Turhan", "TUR")]
    caspian = _event(1, "az", parties=("AZE", "IRN", "RUS", "TUR"), published="2019-04-10", people=turhan)
    turkic = _event(2, "tr", parties=("AZE", "HUN", "KAZ", "TUR"), published="2019-04-11", people=turhan)
    assert len(cluster([caspian, turkic])) == 2


def test_a_head_of_state_in_both_reports_is_weak_evidence_alone():
    president = [("محمد بن زايد آل نهيان", "ARE", "president")]
    visit = _event(1, "ar", parties=("ARE", "USA"), people=president, areas={"ai", "space"})
    other = _event(2, "en", parties=("ARE", "USA"), people=[("Mohamed bin Zayed Al Nahyan", "ARE", "president")],
                   areas={"ai", "space"})  # fmt: skip
    value, reasons = score(visit, other)
    assert value < 1.5 and any("head of state" in r for r in reasons)
    minister = [("Sultan Al Jaber", "ARE", "minister of industry")]
    assert score(_event(3, "ar", parties=("ARE", "USA"), people=minister, areas={"ai"}),
                 _event(4, "fr", parties=("ARE", "USA"), people=[("سلطان الجابر", "ARE", "minister")],
                        areas={"ai"}))[0] >= 1.5  # fmt: skip


def test_on_the_same_days_a_head_of_government_and_a_minister_of_one_party_do_not_contradict_each_other():
    # one outlet names the prime minister who opened the forum, another the minister who chaired it
    opening = _event(1, "vi", parties=("ASEAN", "VNM"), date="2026-03-10", location="Hanoi",
                     people=[("Trần Văn Bình", "VNM", "prime minister"), ("Ahmad Rahim", "ASEAN", "secretary-general")])  # fmt: skip
    chaired = _event(2, "en", parties=("ASEAN", "VNM"), date="2026-03-11", location="Hanoi",
                     people=[("Le Quoc Tuan", "VNM", "minister")])  # fmt: skip
    value, reasons = score(opening, chaired)
    assert not any(r.startswith("different officials") for r in reasons), reasons
    # two ministers of that party on those days are two meetings
    other = _event(3, "ms", parties=("ASEAN", "VNM"), date="2026-03-10", location="Hanoi",
                   people=[("Lê Quốc Tuấn", "VNM", "minister")])  # fmt: skip
    minister = _event(
        4, "fr", parties=("ASEAN", "VNM"), date="2026-03-10", people=[("Pham Duc Long", "VNM", "minister")]
    )
    assert any(r.startswith("different officials of VNM") for r in score(minister, other)[1])
    # with no dates to compare, the president who received a minister is another event than the minister's talks
    received = _event(5, "az", parties=("AZE", "IRN"), people=[("Rauf Əliyev", "AZE", "president"),
                                                             ("Hamid Karimzadeh", "IRN", "minister")])  # fmt: skip
    talks = _event(6, "fa", parties=("AZE", "IRN"), people=[("Samir Hüseynov", "AZE", "minister"),
                                                          ("حمید کریم زاده", "IRN", "minister")])  # fmt: skip
    value, reasons = score(received, talks)
    assert value < 1.5 and any(r.startswith("different officials of AZE") for r in reasons), reasons


def test_a_person_given_the_other_party_by_one_extraction_is_still_the_same_person():
    de = _event(1, "de", parties=("EU", "JPN"), published="2023-07", people=[("Thierry Breton", "EU")])
    en = _event(2, "en", parties=("EU", "JPN"), date="2023-07-03", people=[("Breton", "JPN")])
    value, reasons = score(de, en)
    assert value >= 1.5 and any("(EU / JPN)" in r for r in reasons)
    # a short family name under two parties proves nothing: two persons can share it
    short = score(_event(3, "a", people=[("Karimi", "IRN")]), _event(4, "b", people=[("Karimi", "ARM")]))
    assert not any(r.startswith("same people") for r in short[1])


def test_a_city_and_its_country_are_one_place_and_two_cities_two():
    assert score(_event(1, "ja", location="Tokyo"), _event(2, "ko", location="Japan"))[1][-1].startswith("places")
    assert "different places" in score(_event(1, "ja", location="Tokyo"), _event(2, "ko", location="Seoul"))[1][-1]


def test_a_name_too_short_to_tell_a_person_is_weak_evidence_like_a_head_of_state():
    # a one-syllable name (フン) matches the last word of many names: alone it does not join two reports
    short = _event(
        1, "ja", parties=("JPN", "VNM"), date="2024-08-06", people=[("フン", "VNM", "minister")], areas={"ai"}
    )
    full = _event(2, "ja2", parties=("JPN", "VNM"), people=[("グエン・マイン・フン", "VNM", "minister")], areas={"ai"})
    value, reasons = score(short, full)
    assert value < 1.5 and any("short name" in r for r in reasons)
    whole = _event(3, "ko", parties=("JPN", "VNM"), people=[("グエン・マイン・フン", "VNM", "minister")], areas={"ai"})
    assert score(full, whole)[0] >= 1.5


def test_an_organisation_given_as_the_place_is_no_place_and_contradicts_no_city():
    # a German page's "European Union" is the party, not where the talks were: it does not contradict Tokyo
    de = _event(1, "de", parties=("EU", "JPN"), published="2023-07", people=[("Thierry Breton", "EU")],
                location="European Union")  # fmt: skip
    en = _event(2, "en", parties=("EU", "JPN"), date="2023-07-03", people=[("Thierry Breton", "EU")], location="Tokyo")
    value, reasons = score(de, en)
    assert value >= 1.5 and not any("places" in r for r in reasons)
    assert len(cluster([de, en])) == 1
    # a city is still another place than another city
    seoul = _event(3, "ko", parties=("EU", "JPN"), date="2023-07-03", people=[("Thierry Breton", "EU")],
                   location="Seoul")  # fmt: skip
    assert any(r.startswith("different places") for r in score(en, seoul)[1])


def test_talks_join_the_talks_of_a_report_that_also_gives_the_session_as_cooperation_in_every_order():
    hung = [("Nguyen Manh Hung", "VNM")]
    # the article gives the session first (id 1): among equal links the earlier event's used to win
    session = _event(1, "en", "COOPERATE", ("JPN", "VNM"), date="2020-01-09", people=hung, areas={"ai"})
    talks = _event(2, "en", parties=("JPN", "VNM"), date="2020-01-09", people=hung, areas={"ai"})
    ja = _event(3, "ja", parties=("JPN", "VNM"), people=[("グエン・マイン・フン", "VNM")], areas={"ai"})
    assert score(talks, ja)[0] == score(session, ja)[0] >= 1.5  # equal evidence: the same type decides
    for order in permutations([session, talks, ja]):
        assert _partition(cluster(order)) == {frozenset({2, 3}), frozenset({1})}


# ---- scoring stories against gold (techdip eval --stories) ---------------------------------------------------------


def test_pairs_the_gold_is_silent_on_count_in_neither_precision_nor_recall():
    predicted, gold = {1: 7, 2: 7, 3: 7}, {1: "s", 2: "s", 3: "x#1"}
    assert pairwise_scores(predicted, gold)[:2] == (1 / 3, 1.0)
    assert pairwise_scores(predicted, gold, unknown={(1, 3), (2, 3)})[:2] == (1.0, 1.0)


def test_a_gold_event_is_found_by_its_parties_and_type_then_by_the_parties_most_shared():
    from types import SimpleNamespace

    from techdip.evaluate import match_events

    def row(i, kind, *parties):
        return SimpleNamespace(id=i, type=kind, parties=set(parties))

    rows = [row(1, "AGREE", "IRN", "RUS"), row(2, "CONSULT", "ASEAN", "VNM"), row(3, "CONSULT", "ASEAN", "RUS", "UN")]
    gold = [
        {"type": "COOPERATE", "parties": ["IRN", "RUS"]},  # a session the extraction typed as its signing
        {"type": "AGREE", "parties": ["IRN", "RUS"]},
        {"type": "CONSULT", "parties": ["ASEAN", "UN", "VNM"]},  # a meeting cut into a pair by extraction
    ]
    assert {n: r.id for n, r in match_events(gold, rows).items()} == {1: 1, 2: 2}  # the same type first
    # when neither has its type, the story's own event (here the second) chooses first
    talks = [{"type": "COOPERATE", "parties": ["IRN", "RUS"]}, {"type": "CONSULT", "parties": ["IRN", "RUS"]}]
    assert {n: r.id for n, r in match_events(talks, rows).items()} == {0: 1}
    assert {n: r.id for n, r in match_events(talks, rows, first={1}).items()} == {1: 1}


def test_sister_articles_name_the_same_event_as_their_story_when_they_report_talks_and_signing():
    from techdip.evaluate import _article_story_events

    both = [{"type": "AGREE", "parties": ["KAZ", "TUR"]}, {"type": "CONSULT", "parties": ["KAZ", "TUR"]}]
    gold = [
        {"doc": "en.txt", "story": "s1", "events": both},
        {"doc": "tr.txt", "story": "s1", "events": list(reversed(both))},
    ]
    assert _article_story_events(gold) == {("en.txt", 1): "s1", ("tr.txt", 0): "s1"}  # the talks in both


def test_han_and_hangul_names_are_one_person_only_when_the_whole_name_agrees():
    # one syllable apart, three different people: Ishida, Kishida, Takeda
    assert not same_person("石田", "岸田") and not same_person("武田", "岸田")
    assert not same_person("王江平", "Xi Jinping") and not same_person("刁石京", "Lee Jong Ho")
    # the same name across scripts and between simplified and traditional characters
    assert same_person("習近平", "Xi Jinping") and same_person("习近平", "習近平")
    assert not same_person("習近平", "孙爱萍") and not same_person("闻库", "Wang Yi")
    assert same_person("李克强", "Li Keqiang") and same_person("高市早苗", "高市早苗")


def test_a_short_family_or_first_name_needs_the_whole_name_to_agree():
    # a one-letter skeleton (Lee, Ho, Xi, Li) is left out of the parts compared; what is left is often a given
    # name that many share
    assert not same_person("Lee Jong Ho", "Hee-seong Yoon") and same_person("Lee Jong Ho", "Lee Jong-ho")
    assert not same_person("Xiao Yaqing", "Li Keqiang")
    # a two-consonant family name (پور) joins only with the same first name
    assert not same_person("عيسى زارع بور", "تقی پور") and same_person("عيسى زارع بور", "عیسی زارع پور")
    # particles inside a name (bin, Al) and one-word family names are compared as before
    assert same_person("Abdullah Al-Swaha", "Abdullah bin Amer Al-Sawaha") and same_person("Mahmoud Vaezi", "Vaezi")


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("이종호", "Lee Jong-ho"), ("이종호", "Yi Jong Ho"), ("이종호", "Jong-ho Lee"), ("문재인", "Moon Jae-in"),
        ("윤석열", "Yoon Suk-yeol"), ("최기영", "Choi Ki-young"), ("박윤규", "Park Yun-kyu"),
        ("김정은", "Kim Jong-un"), ("한덕수", "Han Duck-soo"), ("오세훈", "Oh Se-hoon"),
    ],
)  # fmt: skip
def test_a_korean_name_in_hangul_is_the_same_person_however_it_is_romanised(hangul: str, latin: str):
    assert same_person(hangul, latin) and same_person(latin, hangul)


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("이종호", "Lee Jang-ho"), ("김정은", "Kim Jong-il"), ("이종호", "Lee Hee-seong"), ("박윤규", "Park Yun-ho")],
)
def test_korean_names_one_syllable_apart_are_different_people(hangul: str, latin: str):
    assert not same_person(hangul, latin)


@pytest.mark.parametrize(
    ("hangul", "han", "same"),
    [
        ("이종호", "李宗昊", True),  # as a Japanese outlet writes him; 李 is 리, read 이 at the start of a word
        ("윤석열", "尹錫悅", True),  # traditional characters (a Taiwanese outlet)
        ("윤석열", "尹锡悦", True),  # simplified (a Chinese outlet): read as the traditional forms
        ("강도현", "姜道鉉", True),
        ("이종호", "金宗昊", False),  # another family name
        ("이종호", "李宗", False),  # one syllable short
        ("시진핑", "习近平", False),  # a Chinese name written in Hangul by its Chinese sound, not read in Korean
    ],
)
def test_a_korean_name_written_in_han_is_read_in_korean(hangul: str, han: str, same: bool):
    assert same_person(hangul, han) is same
    assert same_person(han, hangul) is same


def test_undated_korean_and_japanese_reports_join_on_the_korean_minister_written_in_han():
    ko = _event(1, "ko", parties=("JPN", "KOR"), people=[("이종호", "KOR")], areas={"ai"}, location="Japan")
    ja = _event(2, "ja", parties=("JPN", "KOR"), people=[("李宗昊", "KOR"), ("松本剛明", "JPN")], areas={"ai"},
                location="Japan")  # fmt: skip
    value, reasons = score(ko, ja)
    assert value >= 1.5 and "same people: 이종호 ~ 李宗昊" in reasons
    assert len(cluster([ko, ja])) == 1


def test_a_japanese_family_name_alone_is_the_person_of_the_whole_name_it_starts():
    assert same_person("高市", "高市早苗") and same_person("松本剛明", "松本")
    assert not same_person("高市", "松本剛明") and not same_person("石田", "岸田")
    assert same_person("高市早苗", "高市早苗")


@pytest.mark.parametrize(
    ("katakana", "other", "same"),
    [
        ("グエン・マイン・フン", "Nguyen Manh Hung", True),  # no initial ng, no final h, フ for hu, ン for ng
        ("グエン・マイン・フン", "Nguyễn Mạnh Hùng", True),
        ("グエン・マイン・フン", "Нгуен Ман Хунг", True),
        ("グエン・スアン・フック", "Nguyen Xuan Phuc", True),  # the small tsu only lengthens the k
        ("ブイ・タイン・ソン", "Bùi Thanh Sơn", True),
        ("ミシェル・ドネラン", "Michelle Donelan", True),  # no l apart from r
        ("グエン・マイン・フン", "Nguyen Xuan Phuc", False),  # the same family name, other given names
        ("ファム・ミン・チン", "Nguyen Minh Chinh", False),
        ("フン", "Hung", False),  # one short word: too little to tell a person
    ],
)
def test_a_name_in_katakana_is_compared_without_the_sounds_katakana_cannot_tell_apart(katakana, other, same):
    assert same_person(katakana, other) is same
    assert same_person(other, katakana) is same


def test_a_hyphenated_given_name_is_one_word_to_compare():
    # "Jae-in" is one given name: its halves are not short words that would require the whole name to agree
    assert same_person("Moon", "Moon Jae-in")
    assert not same_person("Moon", "Lee Jae-in")


def test_a_name_of_short_words_only_is_filed_under_a_block():
    from techdip.stories import name_block

    assert name_block("高市") and name_block("먀오웨이") and name_block("열린")


@pytest.mark.parametrize(
    ("oblique", "nominative"),
    [
        ("Jarosławem Gowinem", "Jarosław Gowin"), ("Pawłem Lisem", "Paweł Lis"),  # Polish instrumental
        ("Ігорем Лисом", "Ігор Лис"), ("Степаном Кубивом", "Степан Кубів"),  # Ukrainian
        ("Сергеем Попковым", "Сергей Попков"), ("Николая Никифорова", "Николай Никифоров"),  # Russian
    ],
)  # fmt: skip
def test_a_name_in_an_oblique_case_is_the_same_person(oblique: str, nominative: str):
    assert same_person(oblique, nominative) and same_person(nominative, oblique)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Петром Лисом", "Ігор Лис"), ("Jarosławem Gowinem", "Janem Gowinem"), ("Jarosław Gowin", "Jarosław Gowinek")],
)
def test_an_oblique_case_does_not_join_another_given_or_family_name(a: str, b: str):
    assert not same_person(a, b)


# ---- order: the same events make the same stories, whatever order they come in ------------------------------------


def _partition(stories) -> set[frozenset[int]]:
    return {frozenset(e.id for e in s.events) for s in stories}


def test_a_thin_report_between_two_stories_joins_them_in_every_order():
    # two reports of one meeting that share nothing checkable (each names another side's minister, other
    # areas), and a thin report that names both ministers: one story whichever comes first
    fa = _event(1, "fa", date="2024-06-03", published="2024-06-03", people=[HASHEMI_FA], areas={"ai"})
    ru = _event(2, "ru", published="2024-06-04", people=[("Ашот Мелконян", "ARM")], areas={"postal"})
    thin = _event(3, "en", published="2024-06-04", people=[("Sattar Hashemi", "IRN"), ("Ashot Melkonyan", "ARM")])
    assert score(fa, ru)[0] < 1.5 <= min(score(fa, thin)[0], score(ru, thin)[0])
    for order in permutations([fa, ru, thin]):
        assert _partition(cluster(order)) == {frozenset({1, 2, 3})}


def test_a_report_that_contradicts_one_of_a_storys_reports_stays_out_whatever_the_order():
    tehran = _event(1, "a", date="2024-06-03", people=[HASHEMI_FA], areas={"ai"}, location="Tehran")
    middle = _event(2, "b", date="2024-06-03", people=[HASHEMI_RU], areas={"ai"})
    # another Iranian official, another city: it matches the middle report, not the Tehran one
    yerevan = _event(3, "c", date="2024-06-03", people=[("رضا علوی", "IRN")], areas={"ai"}, location="Yerevan")
    assert score(middle, yerevan)[0] >= 1.5 and score(tehran, yerevan)[0] < 0
    found = {frozenset(_partition(cluster(order))) for order in permutations([tehran, middle, yerevan])}
    assert found == {frozenset({frozenset({1, 2}), frozenset({3})})}  # one answer for all six orders


def test_stories_of_the_news_corpus_do_not_depend_on_the_order_articles_are_ingested(tmp_path):
    """evaluation/news: 500 real articles, where the order articles came in used to change a dozen stories."""
    from tests.conftest import ROOT
    from tests.scale.stories_fixture import extracted, stored_backfill, story_partition

    pairs = extracted([ROOT / "evaluation" / "news" / "articles"])
    # in batches of 25 (joins across batches and inside them), and all in one batch (a neighbourhood of hundreds)
    orders = [("files", pairs, 25), ("shuffled", random.Random(0).sample(pairs, len(pairs)), 25),
              ("reversed in one batch", pairs[::-1], len(pairs))]  # fmt: skip
    partitions = []
    for name, ordered, size in orders:
        url = f"sqlite:///{tmp_path}/{name}.db"
        engine = connect(url)
        report = IngestReport()
        for start in range(0, len(ordered), size):
            write_batch(engine, ordered[start : start + size], report)
        engine.dispose()
        partitions.append({story for story in story_partition(stored_backfill(url).story_events) if len(story) > 1})
    assert len(partitions[0]) > 30  # stories do form: the test can fail
    assert partitions[1] == partitions[0] and partitions[2] == partitions[0]


def test_an_event_a_person_moved_stays_in_its_story_when_later_reports_settle_the_neighbourhood(db_url):
    from sqlalchemy import select

    from techdip.curate.review import move_story
    from techdip.extract.pipeline import extract
    from techdip.sources import read_file
    from techdip.store.schema import documents, events
    from tests.conftest import TEST_DATA

    def ingest(name: str) -> None:
        docs = list(read_file(TEST_DATA / "stories" / "articles" / name))
        write_batch(engine, [(doc, extract(doc)) for doc in docs], IngestReport())

    def story_of(name: str) -> tuple[int, str | None]:
        query = select(events.c.story_id, events.c.story_reason).join(documents, documents.c.id == events.c.doc_id)
        with engine.connect() as conn:
            return tuple(conn.execute(query.where(documents.c.source.like(f"%{name}")).order_by(events.c.seq)).first())

    engine = connect(db_url)
    ingest("fa_01_iran_russia_postal.txt")
    ingest("ru_01_russia_iran_postal.txt")
    assert story_of("fa_01_iran_russia_postal.txt")[0] == story_of("ru_01_russia_iran_postal.txt")[0]
    with engine.connect() as conn:
        moved = conn.execute(
            select(events.c.id).join(documents, documents.c.id == events.c.doc_id).where(
                documents.c.source.like("%ru_01_russia_iran_postal.txt"), events.c.story_id.is_not(None)
            )
        ).scalar()  # fmt: skip
    move_story(engine, moved, "analyst", None, "another meeting")
    before = story_of("ru_01_russia_iran_postal.txt")
    ingest("en_01_russia_iran_postal.txt")  # a third report of the same meeting: its neighbourhood is settled
    assert story_of("ru_01_russia_iran_postal.txt") == before and before[1].startswith("moved by analyst")
    assert story_of("en_01_russia_iran_postal.txt")[0] == story_of("fa_01_iran_russia_postal.txt")[0]
    engine.dispose()
