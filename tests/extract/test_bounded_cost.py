"""Extraction does bounded work on any input: sentences, names and windows have limits, and a document over
its time budget is refused with a reason. (How fast it is, is measured in bench/hostile.py.)"""

from __future__ import annotations

import pytest

from techdip.extract.people import MAX_NAME_TOKENS
from techdip.extract.pipeline import WINDOW_CHARS, ExtractionTimeout, extract
from techdip.model import Document
from techdip.scale.spark_job import rows_of
from techdip.text.normalize import normalize
from techdip.text.segment import MAX_SENTENCE_CHARS, split_sentences

SIGNING = "Iran and Armenia signed a memorandum of understanding on artificial intelligence in Tehran."
FILLER = "The weather was mild and the markets were calm on the day.\n"


def _document(text: str, lang: str | None = "en") -> Document:
    return Document(id="t", text=text, source="t", lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 5_000,  # no terminal punctuation at all
        "中国和伊朗讨论合作" * 2_000,  # an unspaced script: cut where the limit falls
        "Dr. " * 3_000,  # abbreviations whose dots end nothing
    ],
    ids=["spaced", "unspaced", "abbreviations"],
)
def test_no_sentence_is_longer_than_the_limit(text):
    spans = split_sentences(normalize(text), frozenset({"dr"}))
    assert spans and max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(" ", "")


def test_a_real_sentence_is_not_cut():
    text = f"{SIGNING} " + "They also discussed data centres, cables, satellites and 5G networks, " * 10 + "and more."
    assert len(split_sentences(normalize(text))) == 2


@pytest.mark.parametrize("lang", ["fa", "en", "ms"])
def test_a_run_of_honorifics_gives_no_name_longer_than_the_limit(lang):
    honorific = {"fa": "سید ", "en": "Dr. ", "ms": "Tan Sri "}[lang]
    opening = {"fa": "وزیر ارتباطات ایران با وزیر ارمنستان دیدار کرد. ", "en": SIGNING + " ", "ms": ""}[lang]
    text = opening + honorific * 400 + "Ali Rezaei"
    for event in extract(_document(text, lang), budget=None).events:
        for person in event.people:
            assert len(person.name.split()) <= MAX_NAME_TOKENS


def test_a_long_document_is_read_window_by_window_with_evidence_into_the_whole_text():
    head = FILLER * (WINDOW_CHARS // len(FILLER) + 10)
    text = head + SIGNING + "\n" + FILLER * 20
    article = extract(_document(text), budget=None)
    signing = [e for e in article.events if e.parties == ["ARM", "IRN"]]
    assert signing, article.events
    for span in signing[0].evidence:
        assert span.start >= len(head) and text[span.start : span.end] == span.text


def test_an_article_of_normal_length_is_one_window():
    alone = extract(_document(SIGNING), budget=None)
    assert [e.to_json() for e in alone.events] == [e.to_json() for e in extract(_document(SIGNING)).events]


def test_a_document_over_its_time_budget_is_refused_with_its_progress():
    text = (SIGNING + "\n" + FILLER) * (2 * WINDOW_CHARS // len(SIGNING + FILLER))
    with pytest.raises(ExtractionTimeout, match=r"time budget of 0 s after [\d,]+ of [\d,]+ characters"):
        extract(_document(text), budget=0)
    assert extract(_document(text), budget=None).events  # without a limit it is read


def test_spark_rows_report_a_document_over_budget_as_failed():
    rows = list(rows_of([_document(SIGNING + "\n" + FILLER * 3_000)], budget=0))
    assert [kind for kind, _ in rows] == ["doc"]
    assert "time budget" in rows[0][1][-1]


def test_the_cli_reports_a_document_over_budget_and_reads_the_others(run_cli, tmp_path):
    # 1.5 MB of signings take seconds to read, one sentence a millisecond: half a second tells them apart
    (tmp_path / "long.txt").write_text((SIGNING + "\n" + FILLER) * 10_000, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SIGNING, encoding="utf-8")
    status, out, err = run_cli("extract", tmp_path / "long.txt", tmp_path / "short.txt", "--time-budget", "0.5")
    assert status == 1 and "long.txt: not extracted: over the time budget" in err
    assert len(out.splitlines()) == 1 and "short.txt" in out
