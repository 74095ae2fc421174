"""A backfill's stories and people, clustered part by part, are those of incremental ingest in canonical order."""

from __future__ import annotations

import pytest

from techdip.scale.stories import backfill, backfill_events, parts, segment_starts
from tests.conftest import ROOT, SAMPLES, TEST_DATA
from tests.scale.stories_fixture import (
    extracted,
    ingest_in_canonical_order,
    same_rows,
    stored_backfill,
    story_partition,
    story_rows,
    synthetic,
)


def _compare(pairs, url):
    ingest_in_canonical_order(url, pairs)
    expected = stored_backfill(url)
    found = backfill(e for doc, article in pairs for e in backfill_events(doc, article))
    assert story_partition(found.story_events) == story_partition(expected.story_events)
    # the same reasons and story rows too; story ids may differ (ingest keeps the ids stories had before they
    # were settled, the backfill numbers them in canonical order), people are numbered as ingest numbers them
    assert same_rows(story_rows(found), story_rows(expected))
    for name in ("people", "person_names", "person_mentions"):
        assert same_rows(getattr(found, name), getattr(expected, name)), name
    return found


@pytest.fixture(scope="module")
def news_corpus():
    folders = [TEST_DATA, SAMPLES / "articles", ROOT / "evaluation" / "news" / "articles"]
    return extracted(folders)


def test_the_story_corpus_and_every_test_and_news_article_cluster_as_ingest_does(news_corpus, db_url):
    found = _compare(news_corpus, db_url)
    assert len(found.story_events) > 500 and len(found.stories) < len(found.story_events)
    assert len(found.people) > 100 and len(found.person_names) > len(found.people)  # names across scripts


@pytest.mark.parametrize("seed", range(4))
def test_crowded_random_events_cluster_as_ingest_does(seed, db_url):
    pairs = synthetic(seed)
    found = _compare(pairs, db_url)
    assert any(len(m) >= 3 for m in story_partition(found.story_events))  # stories do form
    events = [e for doc, article in pairs for e in backfill_events(doc, article)]
    assert len(set(parts(events).values())) > 3  # and the backfill ran in several parts


def test_a_pair_is_cut_into_time_segments_at_gaps_longer_than_the_candidate_window():
    days = ["2024-01-01", "2024-03-01", "2024-06-01", "2024-06-20"]
    assert segment_starts(days) == {
        "2024-01-01": "2024-01-01", "2024-03-01": "2024-01-01",  # 60 days apart: candidates of one another
        "2024-06-01": "2024-06-01", "2024-06-20": "2024-06-01",
    }  # fmt: skip
    assert set(segment_starts([*days, None]).values()) == {""}  # an undated event is everyone's candidate
