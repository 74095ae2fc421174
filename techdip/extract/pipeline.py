"""extract(document) -> Article: the one pure function every entry point calls."""

from __future__ import annotations

from techdip.extract import events as ev
from techdip.extract.mentions import find_mentions
from techdip.extract.people import find_people
from techdip.lexicons import load, party_names
from techdip.model import Article, DateInfo, Document
from techdip.text.language import detect_language
from techdip.text.normalize import normalize
from techdip.text.segment import split_sentences
from techdip.text.tokens import Tokens

DATELINE_REACH = 600  # a dateline or "Published:" line sits in the first lines of an article


def extract(document: Document) -> Article:
    """Cooperation events of one document, each with evidence into document.text."""
    lang = document.lang or detect_language(document.text)
    article = Article(doc=document.id, lang=lang, published=document.published, title=document.title)
    if not lang or not document.text.strip():
        return article
    lexicon = load(lang)
    norm = normalize(document.text)
    mentions = find_mentions(norm, lexicon)
    tokens = Tokens(norm.text)
    spans = split_sentences(norm)
    roles = ev.party_roles(mentions, tokens)
    headline_end = spans[0][1] if spans else 0
    home = ev.home_party(mentions, roles, headline_end)
    people = find_people(norm, tokens, mentions, lexicon, home)
    sentences = _sentences(spans, mentions, people)
    frames = ev.build_frames(sentences, roles, home, tokens)
    if not frames or not _about_technology(mentions):
        return article
    ev.attach_context(frames, sentences)
    article.events = ev.merge_frames(frames, sentences, norm, party_names())
    published = document.published or _dateline(document.text, lang)
    article.published = published
    ev.attach_dates(article.events, _dates(document.text, lang, published))
    return article


def _sentences(spans, mentions, people) -> list[ev.Sentence]:
    sentences = []
    m_index = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for start, end in spans:
        while m_index < len(ordered) and ordered[m_index].start < start:
            m_index += 1
        inside = []
        j = m_index
        while j < len(ordered) and ordered[j].start < end:
            inside.append(ordered[j])
            j += 1
        sentences.append(ev.Sentence(start, end, inside, [p for p in people if start <= p.start < end]))
    return sentences


def _about_technology(mentions) -> bool:
    """An article is technology news when it names an area or a technology portfolio."""
    return any(
        m.category == "area" or (m.category == "title" and len(m.values) > 1 and m.values[1] == "tech")
        for m in mentions
    )


def _dateline(text: str, lang: str) -> str | None:
    try:
        from techdip.extract.dates import find_dateline
    except ImportError:
        return None
    found = find_dateline(text[:DATELINE_REACH], lang)
    return found.isoformat() if found else None


def _dates(text: str, lang: str, published: str | None) -> list[tuple[int, int, DateInfo]]:
    try:
        from techdip.extract.dates import find_dates
    except ImportError:
        return []
    import datetime

    anchor = datetime.date.fromisoformat(published) if published else None
    out = []
    for found in find_dates(text, lang, anchor):
        if found.value:
            info = DateInfo(
                found.value, found.text, found.start, found.end, found.calendar, found.resolution, found.anchor
            )
            out.append((found.start, found.end, info))
    return out
