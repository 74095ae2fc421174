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
