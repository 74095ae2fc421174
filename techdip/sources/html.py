"""HTML to a Document: main text, title and publication date through trafilatura.

trafilatura drops U+200C (zero-width non-joiner) with the other non-printable
characters, which glues Persian and Urdu words together ("همکاری‌ها" becomes
"همکاریها"). We hide every ZWNJ behind U+FFFC, which it keeps, and restore it
after extraction.
"""

from __future__ import annotations

import re

import trafilatura

from techdip.model import Document
from techdip.sources.base import content_id

_ZWNJ_IN_HTML = re.compile(r"\u200c|&zwnj;|&#8204;|&#x200[cC];")
_PLACEHOLDER = "\ufffc"


def html_to_document(html: str, source: str, doc_id: str | None = None, **metadata: str | None) -> Document | str:
    """A Document from an HTML page, or the reason there is none."""
    guarded = _ZWNJ_IN_HTML.sub(_PLACEHOLDER, html.replace(_PLACEHOLDER, " "))
    try:
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
