"""HTML to a Document: main text, title and publication date through trafilatura.

trafilatura drops U+200C (zero-width non-joiner) with the other non-printable
characters, which glues Persian and Urdu words together ("همکاری‌ها" becomes
"همکاریها"). We hide every ZWNJ behind U+FFFC, which it keeps, and restore it
after extraction.

Markup is read with bounded cost: lxml's parser is quadratic in the attributes of
one element, so a tag of more than a few hundred characters keeps only its first
MAX_ATTRIBUTES attributes; trafilatura's extraction grows faster than the number
of elements, so a page of more than MAX_ELEMENTS elements (real news pages have a
few thousand) is read as plain text, without scripts and styles, by a linear scan
of its tags rather than a parsed tree (a tree of a million elements takes
hundreds of megabytes).
"""

from __future__ import annotations

import re
from html import unescape

import trafilatura

from techdip.model import Document
from techdip.sources.base import content_id

_ZWNJ_IN_HTML = re.compile(r"\u200c|&zwnj;|&#8204;|&#x200[cC];")
_PLACEHOLDER = "\ufffc"
MAX_ATTRIBUTES = 32
MAX_ELEMENTS = 50_000
_LONG_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]{500,})>")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*>")
_TITLE = re.compile(r"<title[^<>]*>([^<]*)</title", re.IGNORECASE)
_UNREAD = {"script", "style", "noscript", "template", "title"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
           "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "title"}  # fmt: skip


def html_to_document(html: str, source: str, doc_id: str | None = None, **metadata: str | None) -> Document | str:
    """A Document from an HTML page, or the reason there is none."""
    guarded = _limit_attributes(_ZWNJ_IN_HTML.sub(_PLACEHOLDER, html.replace(_PLACEHOLDER, " ")))
    try:
        if guarded.count("<") > 2 * MAX_ELEMENTS:  # an element is written with two tags
            result = _plain_reading(guarded)
        else:
            result = trafilatura.bare_extraction(guarded, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        return f"HTML could not be parsed: {type(exc).__name__}: {exc}"
    text = (getattr(result, "text", None) or "").replace(_PLACEHOLDER, "\u200c") if result else ""
    if not text.strip():
        return "HTML with no article text"
    title = (getattr(result, "title", None) or "").replace(_PLACEHOLDER, "\u200c") or None
    date = getattr(result, "date", None)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(
        id=doc_id or content_id(text),
        text=text,
        source=source,
        url=metadata.get("url") or getattr(result, "url", None),
        title=metadata.get("title") or title,
        published=metadata.get("published") or (date[:10] if date else None),
        html=True,
    )


def _limit_attributes(html: str) -> str:
    """Every tag with at most MAX_ATTRIBUTES attributes (only long tags are rewritten)."""

    def shorten(match: re.Match[str]) -> str:
        kept = []
        for attribute in _ATTRIBUTE.finditer(match.group(2)):
            if len(kept) == MAX_ATTRIBUTES:
                break
            kept.append(attribute.group())
        return f"<{match.group(1)}{''.join(kept)}>"

    return _LONG_TAG.sub(shorten, html)


class _PlainReading:
    """What bare_extraction gives, for a page read as plain text: its text and title."""

    def __init__(self, text: str, title: str | None) -> None:
        self.text, self.title, self.date, self.url = text, title, None, None


def _plain_reading(html: str) -> _PlainReading:
    """The text of a page too large for trafilatura: the text between tags outside scripts and styles, a
    line break for each block tag. One pass over the tags."""
    parts: list[str] = []
    skipping: str | None = None  # the unread element (script, style ...) we are inside
    position = 0
    for tag in _TAG.finditer(html):
        if skipping is None:
            parts.append(html[position : tag.start()])
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if skipping is not None:
            skipping = None if closing and name == skipping else skipping
        elif name in _UNREAD and not closing:
            skipping = name
        elif name in _BLOCKS:
            parts.append("\n")
    if skipping is None:
        parts.append(html[position:])
    text = re.sub(r"[ \t]*\n\s*", "\n", re.sub(r"[ \t]+", " ", unescape("".join(parts)))).strip()
    title = _TITLE.search(html, 0, 200_000)
    return _PlainReading(text, unescape(title.group(1)).strip() or None if title else None)
