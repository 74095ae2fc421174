"""The page's own publication stamp (techdip.extract.published)."""

from __future__ import annotations

import pytest

from techdip.extract.published import page_stamp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2026-02-20 NEU-DELHI (dpa-AFX) - Bundesdigitalminister ...", "2026-02-20"),
        ("Published: 2024-11-19 09:15 Tehran - The minister ...", "2024-11-19"),
        ("2025-12-06 به گزارش ایلنا ...", "2025-12-06"),
        ("تاریخ: 2025-09-11 گسترش همکاری پست ایران و چین", "2025-09-11"),
        (" date 2021-12 El embajador mantuvo una reunión ...", "2021-12"),  # the page shows only its month
        (" date 2023-02-30 ...", None),  # not a calendar date
        ("The ministers met on 2024-11-19 in Tehran.", None),  # a date inside the text is no stamp
        ("Reference 2024-11-19-7 ...", None),
    ],
)
def test_an_iso_date_opening_the_page_is_its_stamp(text: str, expected: str | None):
    assert page_stamp(text) == expected


def test_an_article_says_where_its_publication_date_was_read():
    from techdip.extract.pipeline import extract
    from techdip.model import Document

    stamped = extract(Document(id="a", text=" date 2024-11-19 Iran and Armenia signed an MoU on AI.", source="a"))
    assert (stamped.published, stamped.published_from) == ("2024-11-19", "page stamp")
    given = extract(Document(id="b", text="Iran and Armenia signed an MoU on AI.", source="b", published="2024-11-18"))
    assert (given.published, given.published_from) == ("2024-11-18", "metadata")
    wire = extract(
        Document(id="c", text="TEHRAN, 19 November 2024 - Iran and Armenia signed an MoU on AI.", source="c")
    )
    assert (wire.published, wire.published_from) == ("2024-11-19", "dateline")
    assert wire.to_json()["published_from"] == "dateline"
    undated = extract(Document(id="d", text="Iran and Armenia signed an MoU on AI.", source="d"))
    assert undated.published is None and "published_from" not in undated.to_json()
