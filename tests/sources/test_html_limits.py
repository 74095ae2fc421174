"""Hostile markup is read with bounded work: attribute floods are cut, giant pages are read as plain text."""

from __future__ import annotations

from techdip.sources.html import MAX_ATTRIBUTES, MAX_ELEMENTS, _limit_attributes, html_to_document

STORY = "<p>Iran and Armenia signed a memorandum of understanding on artificial intelligence in Tehran on Monday.</p>"


def test_a_tag_with_a_flood_of_attributes_keeps_only_the_first_ones():
    flood = " ".join(f'data-a{i}="v{i}"' for i in range(5_000))
    limited = _limit_attributes(f'<div id="main" {flood}>text</div>')
    assert limited.startswith('<div id="main" data-a0="v0"') and limited.endswith(">text</div>")
    assert limited.count("=") == MAX_ATTRIBUTES


def test_ordinary_tags_are_left_as_written():
    html = '<a href="https://example.org/a>b" class="x">link</a><img alt="x" src="y.png">'
    assert _limit_attributes(html) == html


def test_the_text_after_an_attribute_flood_is_read():
    flood = " ".join(f'a{i}="x"' for i in range(200_000))
    document = html_to_document(f"<html><body><div {flood}>Headline</div>{STORY}</body></html>", "flood.html")
    assert not isinstance(document, str) and "signed a memorandum" in document.text


def test_a_page_with_more_elements_than_the_limit_is_read_as_plain_text_without_scripts():
    filler = "<b>x</b> " * (MAX_ELEMENTS + 1)
    html = (
        "<html><head><title>ICT talks</title><style>p {color: red}</style></head><body>"
        f"<script>var secret = 1;</script>After the script. {filler}{STORY}</body></html>"
    )
    document = html_to_document(html, "giant.html")
    assert not isinstance(document, str)
    assert document.title == "ICT talks" and "After the script." in document.text
    assert "signed a memorandum" in document.text and "secret" not in document.text and "color" not in document.text
