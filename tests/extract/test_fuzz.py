"""extract() on random and adversarial text: it never raises, and every evidence span points into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techdip.extract.pipeline import extract
from techdip.model import Document

# Pieces real pages and hostile inputs are made of: titles, honorifics, states, dates, digits, RTL controls.
PIECES = [
    "Minister ", "Mr. ", "Dr. ", "H.E. ", "Tan Sri ", "سید ", "وزیر ", "ارتباطات ", "министр ", "部长", "大臣",
    "Iran", "Armenia", "China ", "ایران ", "Россия ", "中国", " and ", " signed an MoU on AI ", " met ", "وقع ",
    "12 March 2024", "۱۴۰۳/۰۸/۲۹", "2024年3月12日", "yesterday ", "1234", "٣٤", ". ", ", ", "\n", "\u202e",
    "\u200c", "\u200f", "(", ")", '"', "«", "»", "-", "—", "'", "\ufeff", "\x00", "\ud800",
]  # fmt: skip

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=400), st.sampled_from([None, "en", "fa", "ru", "zh", "ar", "ms"]))
def test_adversarial_pieces_never_break_extraction(pieces, lang):
    text = "".join(pieces)
    article = extract(Document(id="fuzz", text=text, source="fuzz", lang=lang), budget=None)
    for event in article.events:
        assert event.parties and event.evidence
        for span in event.evidence:
            assert text[span.start : span.end] == span.text


@SETTINGS
@given(st.text(max_size=2_000))
def test_random_text_never_breaks_extraction(text):
    extract(Document(id="fuzz", text=text, source="fuzz"), budget=None)
