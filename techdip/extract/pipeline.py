"""extract(document) -> Article: the one pure function every entry point calls."""

from __future__ import annotations

import calendar
import datetime
import re
import time
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import cache

from techdip.extract import events as ev
from techdip.extract.dates import (
    find_dates,
    month_abbreviations,
    named_years,
    page_furniture,
    reported,
    weekday_years,
)
from techdip.extract.furniture import furniture_spans, inside
from techdip.extract.mentions import find_mentions
from techdip.extract.people import PersonMention, find_people
from techdip.extract.published import publication
from techdip.extract.roles import party_roles
from techdip.lexicons import load, party_names
from techdip.model import Article, DateInfo, Document, Event
from techdip.text.language import base_language, detect_language
from techdip.text.normalize import normalize, normalize_pattern
from techdip.text.segment import split_sentences
from techdip.text.tokens import Tokens, display_width

DEFAULT_TIME_BUDGET = 5.0  # seconds per document; a news article takes milliseconds
WINDOW_CHARS = 100_000  # the longest real news article in the project's corpora has 6,600 characters


class ExtractionTimeout(RuntimeError):
    """A document took longer than its time budget: reported as failed, never half-stored."""


class _Deadline:
    def __init__(self, budget: float | None, size: int) -> None:
        self.budget, self.size = budget, size
        self.until = None if budget is None else time.monotonic() + budget

    def check(self, done: int) -> None:
        """Raise when the budget is spent; `done` is how many characters were read so far."""
        if self.until is not None and time.monotonic() > self.until:
            raise ExtractionTimeout(
                f"over the time budget of {self.budget:g} s after {done:,} of {self.size:,} characters"
            )


def extract(document: Document, budget: float | None = DEFAULT_TIME_BUDGET) -> Article:
    """Cooperation events of one document, each with evidence into document.text.

    Work is bounded: a text longer than WINDOW_CHARS is read window by window (each window on its own, dated
    from the first one's publication date), and ExtractionTimeout is raised once `budget` seconds are spent
    (None: no limit)."""
    lang = base_language(document.lang) or detect_language(document.text)  # "pt-BR" is read as Portuguese
    if lang:
        load(lang)  # loading a language's lexicon once per process is not the document's cost
    deadline = _Deadline(budget, len(document.text))
    windows = _windows(document.text)
    start, end = windows[0]
    article = _extract_window(replace(document, text=document.text[start:end], lang=lang), deadline, 0)
    for start, end in windows[1:]:
        deadline.check(start)
        part = replace(document, text=document.text[start:end], lang=lang, published=article.published)
        article.events += [_shifted(event, start) for event in _extract_window(part, deadline, start).events]
    return article


def _windows(text: str) -> list[tuple[int, int]]:
    """(start, end) windows of at most WINDOW_CHARS, cut after a line break or else after a space."""
    windows, start = [], 0
    while len(text) - start > WINDOW_CHARS:
        limit = start + WINDOW_CHARS
        cut = max(text.rfind("\n", start + WINDOW_CHARS // 2, limit), text.rfind(" ", limit - 2_000, limit))
        cut = cut + 1 if cut > start else limit
        windows.append((start, cut))
        start = cut
    windows.append((start, len(text)))
    return windows


def _shifted(event: Event, offset: int) -> Event:
    """The event of a window with its spans moved into the whole document."""
    evidence = [replace(e, start=e.start + offset, end=e.end + offset) for e in event.evidence]
    info = event.date_info
    if info is not None:
        info = replace(info, start=info.start + offset, end=info.end + offset)
    return replace(event, evidence=evidence, date_info=info)


def _extract_window(document: Document, deadline: _Deadline, offset: int) -> Article:
    lang = document.lang
    article = Article(doc=document.id, lang=lang, published=document.published, title=document.title)
    if not lang or not document.text.strip():
        return article
    lexicon = load(lang)
    norm = normalize(document.text, lexicon.keep_marks)
    mentions = find_mentions(norm, lexicon)
    listed = furniture_spans(document.text, lang)  # other stories' headlines ("Read also:"): none of this one's
    if listed:
        mentions = [m for m in mentions if not inside(listed, norm.span(m.start, m.end)[0])]
    deadline.check(offset)
    tokens = Tokens(norm.text)
    spans = split_sentences(
        norm, lexicon.honorifics | lexicon.abbreviations, lexicon.ordinal_dot, _months(lang, lexicon.keep_marks)
    )
    roles = party_roles(mentions, tokens, norm.text, lexicon.place_suffixes, lexicon.place_prefixes)
    headline_end = spans[0][1] if spans else 0
    opening_end = spans[min(len(spans), _OPENING_SENTENCES) - 1][1] if spans else 0
    home = ev.home_party(mentions, roles, headline_end, lexicon.home, norm.text, opening_end)
    stamp = publication(document.text, lang, document.published, document.url)
    published, article.published_from = stamp.date, stamp.source
    article.published = published  # the page's date, whether or not it reports an event
    if not any(m.category == "trigger" for m in mentions):
        return article  # nothing happens in this text
    dated, date_spans = _dates(document.text, lang, published)
    deadline.check(offset)
    in_dates = _Spans(date_spans)  # "اواسط زمستان", mid-winter, is a date, not a name
    # a former office, or the chair of a cabinet that approves an agreement at home: recalled, not acting
    formerly = [(m.start, m.end) for m in mentions if m.category == "cue" and m.value in ("former", "cabinet")]
    people = [
        p
        for p in find_people(norm, tokens, mentions, lexicon, home)
        if not in_dates.overlaps(norm.span(p.start, p.end)) and not _former(p, formerly)
    ]
    deadline.check(offset)
    mentions = _outside_people(mentions, people, norm.text, lexicon.nisba_articles)
    sentences = _sentences(spans, mentions, people)
    frames = ev.build_frames(sentences, roles, home, tokens)
    deadline.check(offset)
    lead = _lead_sentences(norm.text, spans)
    frames = ev.join_member_lists(frames)
    frames = ev.drop_summaries(ev.keep_headline_focus(frames, sentences, roles, lead, home), lead)
    frames = ev.drop_recalled(frames, sentences)
    frames = ev.one_event_per_signing(frames, sentences, norm.text)
    frames = ev.fold_into_talks(frames)
    frames = ev.back_to_the_meeting(frames, sentences)
    if not frames or not _about_technology(mentions):
        return article
    ev.attach_context(frames, sentences)
    article.events = ev.merge_frames(frames, sentences, norm, party_names())
    ev.share_places(article.events)
    if not lexicon.native:  # names and international forms only: worth showing, not worth trusting alike
        article.events = [replace(event, confidence="low") for event in article.events]
    # the page's stamp is when it was published, not when anything happened
    dated = [
        d
        for d in dated
        if not (d[0] < _STAMP_CHARS and d[2].value == published and d[2].resolution == "absolute")
        and not (stamp.start <= d[0] < stamp.end)  # a stamp line of the page's furniture, wherever it stands
    ]
    original_spans = [norm.span(start, end) for start, end in spans]
    statements = [(a, b) for a, b in original_spans if not _is_tag(norm.original[a:b])]
    article.events = ev.drop_history(article.events, dated, published)
    ev.attach_dates(article.events, dated, published, _dateline_sentence(norm, spans, dated), statements)
    return article


@cache
def _months(lang: str, keep_marks: bool) -> frozenset[str]:
    """The language's month abbreviations in the working form of its text ("févr" is "fevr")."""
    return frozenset(normalize_pattern(m, keep_marks) for m in month_abbreviations(lang))


_FORMER_GAP = 3  # characters between a title or a name and the word that makes it a former office ("(当時)")


def _former(person: PersonMention, formerly: list[tuple[int, int]]) -> bool:
    """An official named with a former office ("高市総務大臣(当時)", "former minister", "时任", cue `former`) is
    recalled, not acting in the event (spec: people are those who act)."""
    edges = [person.start, person.end] + ([person.title_start, person.title_end] if person.title_end else [])
    left, right = min(edges), max(edges)
    return any(left - _FORMER_GAP <= end <= left or right <= start <= right + _FORMER_GAP for start, end in formerly)


def _outside_people(mentions, people, text: str = "", nisba_articles: tuple[str, ...] = ()) -> list:
    """Areas named inside an official's title ("Minister of Digital Development, Innovation and Aerospace
    Industry") are the portfolio, not what the event is about (spec §3); a state inside a person's name
    ("Azari Jahromi", اذری) is a surname, not a party; so is a nisba right after a name (meta `nisba_articles`:
    "محمد شياع السوداني", al-Sudani is a family name, not Sudan)."""
    titles = _Spans([(p.title_start, p.title_end) for p in people if p.title_end > p.title_start])
    names = _Spans([(p.start, p.end) for p in people])
    name_ends = {p.end for p in people}
    return [
        m
        for m in mentions
        if not (m.category == "area" and titles.overlaps((m.start, m.end)))
        and not (m.category == "party" and names.overlaps((m.start, m.end)))
        and not (m.category == "party" and _nisba(m, text, name_ends, nisba_articles))
    ]


def _nisba(mention, text: str, name_ends: set[int], articles: tuple[str, ...]) -> bool:
    """A demonym with its article glued on, one space after a person's name."""
    return (
        bool(articles)
        and len(mention.values) > 1
        and mention.values[1] == "demonym"
        and text.startswith(articles, mention.start)
        and mention.start - 1 in name_ends
        and text[mention.start - 1] == " "
    )


_STAMP_CHARS = 40  # a date this close to the top that equals the publication date is the page's stamp
_OPENING_SENTENCES = 3  # the headline and the two sentences after it: where a wire story names its subject


class _Spans:
    """A fixed set of (start, end) spans that answers "does this span overlap one of them?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def overlaps(self, span: tuple[int, int]) -> bool:
        before_end = bisect_left(self.starts, span[1])  # the spans that start before this one ends
        return before_end > 0 and self.reach[before_end - 1] > span[0]


def _dateline_sentence(norm, spans, dated) -> tuple[int, int, DateInfo] | None:
    """(start, end, date) of a dateline standing as its own short sentence ("Тегеран, 14 октября 2025 года.")."""
    for start, end in spans[:4]:
        a, b = norm.span(start, end)
        inside = [info for s, e, info, *_ in dated if a <= s and e <= b]
        rest = display_width(norm.original[a:b].strip(" .")) - sum(display_width(i.text) for i in inside)
        if inside and display_width(norm.original[a:b]) <= 60 and rest <= 25:
            return a, b, inside[0]
    return None


def _is_tag(sentence: str) -> bool:
    """A lone token between sentences, like the agency in "КЕЙПТАУН, 29 сентября. /ТАСС/. Россия ...":
    no statement of its own (a Chinese or Japanese sentence has no spaces, so those never count)."""
    token = sentence.strip()
    # the length first: most sentences are longer, and then no character need be looked at
    return len(token) <= 16 and not any(ch.isspace() for ch in token) and display_width(token) == len(token)


def _lead_sentences(text: str, spans: list[tuple[int, int]]) -> int:
    """How many sentences form the headline: those before the first blank line, if it comes early."""
    blank = text.find("\n\n")
    if blank == -1 or blank > 400:
        return 1
    return max(1, sum(1 for start, _ in spans if start < blank))


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


# Training and exchanges of experience happen in every field (sport, farming): alone they do not make a
# text technology news; they count once some technology area or portfolio is named too.
FIELD_NEUTRAL_AREAS = frozenset({"research_education"})


def _about_technology(mentions) -> bool:
    """An article is technology news when it names a technology area (or "ICT" in general, area `-`) or a
    technology portfolio."""
    return any(
        (m.category == "area" and m.value not in FIELD_NEUTRAL_AREAS)
        or (m.category == "title" and len(m.values) > 1 and m.values[1] == "tech")
        for m in mentions
    )


def _at_month(mention, published: str):
    """A relative date read against the last day of the page's month, cut to what that month can tell."""
    if mention.resolution != "relative" or not mention.value:
        return mention
    if mention.value.startswith(published):
        return replace(mention, value=published)
    return replace(mention, value=published[:4] if mention.value.startswith(published[:4]) else None)


# where a sentence ends: a full stop, question or exclamation mark before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?؟۔।](?=\s)|[。！？]|\n")


def _in_sentence_year(text: str, lang: str, found: list, years: list[tuple[int, int, int]]) -> list:
    """Partial dates of a page with no publication date, each in the one year its own sentence names ("the
    Autumn Economic Forum 2025, held on 25/11": 2025-11-25; "ADIPEC 2025, from 3 to 6 November"); a year that
    belongs to another full date of the sentence ("since May 2018") does not count."""
    dates = [(m.start, m.end) for m in found if m.value and len(m.value) > 4]
    out = []
    for mention in found:
        if mention.resolution != "partial":
            out.append(mention)
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
        start = ends[-1] if ends else 0
        after = _SENTENCE_END.search(text, mention.end)
        end = after.start() if after else len(text)
        named = {
            year for a, _, year in years if start <= a < end and not any(s <= a < e for s, e in dates)
        }  # fmt: skip
        if len(named) != 1:
            out.append(_weekday_year(text, lang, mention, {year for _, _, year in years}))
            continue
        year = named.pop()
        resolved = find_dates(text[start:end], lang, datetime.date(year, 12, 31), year_only=True)
        same = [m for m in resolved if m.start + start == mention.start and m.value]
        if same:
            note = f"{year} (the year its sentence names; no publication date)"
            out.append(replace(mention, value=same[0].value, anchor=note))
        else:
            out.append(mention)
    return out


def _weekday_year(text: str, lang: str, mention, years: set[int]):
    """A partial date written with its weekday, in the one year the text names where that weekday falls on it
    ("Jumat (18/8)" in a text naming 2023 and 2021: 18 August 2023 is a Friday)."""
    agreeing = weekday_years(text, lang, mention.start, mention.end, years)
    if len(agreeing) != 1:
        return mention
    year = agreeing[0]
    [resolved] = find_dates(mention.text, lang, datetime.date(year, 12, 31), year_only=True)[:1] or [None]
    if resolved is None or not resolved.value:
        return mention
    note = f"{year} (the year the text names where the weekday falls on that day; no publication date)"
    return replace(mention, value=resolved.value, anchor=note)


def _dates(
    text: str, lang: str, published: str | None
) -> tuple[list[tuple[int, int, DateInfo, bool, bool]], list[tuple[int, int]]]:
    """Resolved dates of the text with their audit trail, whether each is the day of a report ("said on
    Monday") and whether it heads a section (alone on its line), and the spans of every date expression.

    Without a publication date, partial dates ("19 November") are resolved against the year the article
    clearly names most often ("VIDW 2024" ... "in 2024"), and the trail says so; relative ones ("yesterday")
    stay unresolved.
    """
    day_known = published is not None and len(published) == 10
    anchor = datetime.date.fromisoformat(published) if day_known else None
    found = find_dates(text, lang, anchor)
    spans = [(m.start, m.end) for m in found]
    anchor_note = None
    if published and not day_known and any(m.resolution in ("partial", "relative") for m in found):
        # a page that shows only its month ("date 2021-12"): partial dates take their year from it, and
        # relative ones ("on Monday", "yesterday") are known to that month, or else to its year
        year, month = int(published[:4]), int(published[5:7])
        anchor = datetime.date(year, month, calendar.monthrange(year, month)[1])
        anchor_note = f"{published} (the page's month; no publication day)"
        found = [_at_month(m, published) for m in find_dates(text, lang, anchor)]
    elif anchor is None and any(m.resolution == "partial" for m in found):
        years = named_years(text, lang)
        ranked = Counter(year for _, _, year in years).most_common(2)
        # only a clear favourite: named at least twice, and more often than any other year; the day a bare
        # "19日" or a "yesterday" stands for stays unknown
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            year = ranked[0][0]
            anchor = datetime.date(year, 12, 31)
            anchor_note = f"{year} (the year the text names most; no publication date)"
            found = [m for m in find_dates(text, lang, anchor, year_only=True) if m.resolution != "relative"]
        else:
            found = _in_sentence_year(text, lang, found, years)
    out = []
    for mention in found:
        if not mention.value:
            continue
        alone = page_furniture(text, mention.start, mention.end)  # on a line of its own (reading it costs a line)
        if alone and mention.value == published and mention.resolution == "absolute":
            continue  # the page's date shown again on a line of its own ("- 18 noyabr, 2025" under the title)
        note = anchor_note if anchor_note and mention.resolution == "partial" else mention.anchor
        info = DateInfo(mention.value, mention.text, mention.start, mention.end, mention.calendar,
                        mention.resolution, note)  # fmt: skip
        report = reported(text, lang, mention.start, mention.end)
        # a date alone on its line heads the section below it (the page's own date was left out above)
        out.append((mention.start, mention.end, info, report, alone))
    return out, spans
