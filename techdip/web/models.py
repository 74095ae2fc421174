"""The shapes of the JSON API's answers, as Pydantic models: the OpenAPI schema is generated from them and every
200 answer is checked against them before it leaves.

They describe what the store already returns (techdip/store/queries.py, aggregates.py, story_index.py) field
for field: a field that can be null there is Optional here, and no field is dropped. Codes come from
techdip.model, so a new event type or area is one edit there.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from techdip.curate import REVIEW_STATES
from techdip.model import AREAS, CONFIDENCES, EVENT_TYPES, STATUSES
from techdip.store.aggregates import UNITS

# Enums built from the tuples of techdip.model, so that the schema names them (EventType, Area, ...) and lists
# their values, and a value the code does not know fails loudly at the API instead of reaching clients.
EventType = StrEnum("EventType", [(code, code) for code in EVENT_TYPES])  # type: ignore[misc]
Status = StrEnum("Status", [(code, code) for code in STATUSES])  # type: ignore[misc]
Area = StrEnum("Area", [(code, code) for code in AREAS])  # type: ignore[misc]
Confidence = StrEnum("Confidence", [(code, code) for code in CONFIDENCES])  # type: ignore[misc]
ReviewState = StrEnum("ReviewState", [(code, code) for code in REVIEW_STATES])  # type: ignore[misc]
Unit = StrEnum("Unit", [(code, code) for code in UNITS])  # type: ignore[misc]
EventType.__doc__ = "An event type: " + ", ".join(EVENT_TYPES) + "."
Status.__doc__ = "How far the cooperation went, from discussed to implemented: " + ", ".join(STATUSES) + "."
Area.__doc__ = "A technology area."
Confidence.__doc__ = "high, or low: read in a language without a lexicon folder, from names and international forms."
ReviewState.__doc__ = "What a person decided about an event: " + ", ".join(REVIEW_STATES) + "."
Unit.__doc__ = "What a count counts: stories (one meeting reported by four outlets counts once) or raw events."

UNIT = "what the counts count: stories, or raw per-article events"
PARTY = "a party code: ISO 3166-1 alpha-3 for a state (IRN), or an organisation's code (SCO)"


class Answer(BaseModel):
    """Base of every answer: the fields are exactly the documented ones."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)


# ---- events -------------------------------------------------------------------------------------------------------


class Evidence(Answer):
    """A span of the article's text that states the event."""

    start: int = Field(description="offset of its first character in the document's text")
    end: int = Field(description="offset just past its last character")
    text: str = Field(description="the span's text, as written in the article")


class Mention(Answer):
    """A person named in an event's evidence."""

    name: str = Field(description="the name as written in the article, in its script")
    party: str | None = Field(description="the party the person speaks for, when the article says")
    role: str | None = Field(description="their role as the article gives it (minister, CEO), or null")


class DateSource(Answer):
    """Where an event's date was read in the article, so that an analyst can check it."""

    value: str = Field(description="the date: YYYY, YYYY-MM or YYYY-MM-DD")
    text: str = Field(description="the words it was read from")
    start: int = Field(description="offset of those words in the document's text")
    end: int = Field(description="offset just past them")
    calendar: str = Field(description="the calendar it was written in: gregorian, persian, hijri, ...")
    resolution: str = Field(description="how it was resolved: absolute, or relative to an anchor")
    anchor: str | None = Field(description="the date a relative expression was counted from, or null")


class Event(Answer):
    """One cooperation event read from one article, with its evidence and its article's metadata."""

    id: int = Field(description="the event's id")
    doc_id: str = Field(description="the id of the article it was read from")
    type: EventType = Field(description="what kind of event: CONSULT, AGREE, COOPERATE, AID or REQUEST")
    status: Status = Field(description="how far it went: discussed, proposed, agreed, signed or implemented")
    parties: list[str] = Field(description="the codes of its parties, sorted: " + PARTY)
    areas: list[Area] = Field(description="its technology areas, sorted")
    people: list[Mention] = Field(description="the people named in it, in the order of the article")
    date: str | None = Field(
        description="the event's own date (YYYY, YYYY-MM or YYYY-MM-DD), when the article gives it"
    )
    date_source: DateSource | None = Field(description="where the date was read, or null when there is no date")
    location: str | None = Field(description="where it took place, as written, or null")
    evidence: list[Evidence] = Field(description="the spans of the article that state it")
    when_start: str | None = Field(description="first day of its period (the event date, else publication date)")
    when_end: str | None = Field(description="last day of that period")
    when_from: str | None = Field(description='what the period was taken from: "event", "published", or null')
    lang: str | None = Field(description="the article's language (ISO 639-1), or null when unknown")
    source: str = Field(description="where the article was read from: a path, a URL or <stdin>")
    title: str | None = Field(description="the article's title, or null")
    published: str | None = Field(description="the article's publication date (YYYY-MM-DD), or null")
    url: str | None = Field(description="the article's address, or null (shown as text unless http or https)")
    story_id: int | None = Field(description="the story it belongs to (the same event across articles), or null")
    confidence: Confidence = Field(description="high, or low: read in a language without a lexicon folder")
    review_state: ReviewState = Field(
        "unreviewed",
        description="unreviewed (the machine's output), or a person's decision: confirmed, corrected, rejected, added",
    )
    reviewed_by: str | None = Field(None, description="the user who decided last, or null")
    reviewed_at: str | None = Field(None, description="when (UTC, ISO 8601), or null")
    needs_look: bool = Field(
        False, description="the machine's latest re-extraction differs from this human-decided event"
    )


class EventPage(Answer):
    """One page of the events matching a filter, with the count of them all."""

    total: int = Field(description="how many events match, on every page")
    page: int | None = Field(description="this page's number, from 1; null for a page asked by cursor")
    per_page: int = Field(description="events per page")
    pages: int = Field(description="how many pages there are (at least 1)")
    next_cursor: str | None = Field(
        description="pass it as `cursor` (same filters and sort) for the next page; null on the last page"
    )
    items: list[Event] = Field(description="this page's events")


class Document(Answer):
    """One article: its full text, its metadata and the events read from it."""

    id: str = Field(description="the document's id")
    source: str = Field(description="where it was read from: a path, a URL or <stdin>")
    url: str | None = Field(description="its address, or null")
    title: str | None = Field(description="its title, or null")
    lang: str | None = Field(description="its language (ISO 639-1), or null when unknown")
    published: str | None = Field(description="its publication date (YYYY-MM-DD), or null")
    published_from: str | None = Field(
        description='where that date was read: "metadata", "page stamp", "dateline", "byline", "url", "sign-off", '
        '"today"'
    )
    text: str = Field(description="its full text; evidence offsets point into it")
    relevant: bool = Field(description="whether any event was read from it")
    extractor: str = Field(description="the version of code and lexicons that read it")
    ingested_at: str = Field(description="when it was stored (UTC, YYYY-MM-DD HH:MM:SS.ffffff)")
    events: list[Event] = Field(description="the events read from it, in the order of the article")


# ---- aggregates ---------------------------------------------------------------------------------------------------


class PartyCount(Answer):
    """A party and how many stories (or events) it takes part in."""

    code: str = Field(description=PARTY)
    name: str = Field(description="its English name")
    events: int = Field(description="how many stories (or events, with unit=events) it takes part in")
    unit: Unit = Field(description=UNIT)


class PairCount(Answer):
    """An edge of the network: two parties and how many stories (or events) they share."""

    a: str = Field(description="the first party's code (a < b)")
    b: str = Field(description="the second party's code")
    a_name: str = Field(description="the first party's English name")
    b_name: str = Field(description="the second party's English name")
    events: int = Field(description="how many stories (or events) they share")
    unit: Unit = Field(description=UNIT)


class AreaCount(Answer):
    """A technology area and how many stories (or events) concern it."""

    area: Area = Field(description="the area")
    events: int = Field(description="how many stories (or events) concern it")
    unit: Unit = Field(description=UNIT)


class Timeline(Answer):
    """Stories (or events) per month, one series per area or per party."""

    by: Literal["area", "party"] = Field(description="what the series are: areas or parties")
    unit: Unit = Field(description=UNIT)
    months: list[str] = Field(description="every month (YYYY-MM) from the first to the last, gaps included")
    series: dict[str, list[int]] = Field(
        description="for each area or party code, its count in each month, in the order of `months`"
    )
    undated: int = Field(description="events with neither an event date nor a publication date, left out")


class HeatmapCell(Answer):
    """A cell of the area × party heatmap."""

    area: Area = Field(description="the area")
    party: str = Field(description=PARTY)
    events: int = Field(description="how many stories (or events) of the party concern the area")
    unit: Unit = Field(description=UNIT)


class OverviewPair(Answer):
    """Two parties and how many stories (or events) they share."""

    a: str = Field(description="the first party's code (a < b)")
    b: str = Field(description="the second party's code")
    events: int = Field(description="how many stories (or events) they share")


class OverviewArea(Answer):
    """An area and how many stories (or events) concern it."""

    area: Area = Field(description="the area")
    events: int = Field(description="how many stories (or events) concern it")


class Overview(Answer):
    """What the front page shows: counts, the biggest pairs and areas, the latest events."""

    documents: int = Field(description="articles stored")
    relevant_documents: int = Field(description="articles with at least one event")
    events: int = Field(description="events stored (one per article that reports it)")
    stories: int = Field(description="stories: events told by one or more articles, counted once")
    unit: Unit = Field(description="what `types`, `areas` and `pairs` count: " + UNIT)
    languages: dict[str, int] = Field(description='articles per language code, most first ("None": unknown)')
    types: dict[str, int] = Field(description="stories (or events) per event type, most first")
    areas: list[OverviewArea] = Field(description="every area with its count, most first")
    pairs: list[OverviewPair] = Field(description="every pair of parties with its count, most first")
    latest: list[Event] = Field(description="the ten latest events")


# ---- stories and people -------------------------------------------------------------------------------------------


class StoryMention(Mention):
    """A person named in a source of a story, linked to the person across articles and scripts."""

    person_id: int | None = Field(description="the person (see /api/people) this name was linked to, or null")


class StorySource(Answer):
    """One article telling a story: its event, its metadata and its evidence."""

    event_id: int = Field(description="the event read from this article")
    doc_id: str = Field(description="the article's id")
    lang: str | None = Field(description="its language (ISO 639-1), or null")
    title: str | None = Field(description="its title, or null")
    source: str = Field(description="where it was read from")
    url: str | None = Field(description="its address, or null")
    published: str | None = Field(description="its publication date (YYYY-MM-DD), or null")
    date: str | None = Field(description="the event's date as this article gives it, or null")
    status: Status = Field(description="how far the event went, as this article tells it")
    location: str | None = Field(description="where, as this article writes it, or null")
    areas: list[Area] = Field(description="the areas this article names, sorted")
    people: list[StoryMention] = Field(description="the people this article names")
    evidence: list[Evidence] = Field(description="the spans of this article that state the event")
    joined_because: str | None = Field(description="why it joined the story (null for the article that opened it)")


class Story(Answer):
    """The same event told by one or more articles, in any languages."""

    id: int = Field(description="the story's id")
    title: str | None = Field(description="a title of one of its articles (or their first line), or null")
    line: str = Field(description="the story in one English line: parties, what, areas, place, date")
    type: EventType = Field(description="the event type")
    parties: list[str] = Field(description="the codes of its parties, sorted: " + PARTY)
    sources: list[StorySource] = Field(description="its articles, earliest first")
    languages: list[str] = Field(description="the languages it was told in, sorted")
    earliest_report: str | None = Field(description="the earliest publication or event date of its sources, or null")
    date: str | None = Field(description="the earliest event date its sources give, or null")
    areas: list[Area] = Field(description="every area its sources name, sorted")
    people: list[str] = Field(description="every name its sources write, sorted")


class StoryPage(Answer):
    """One page of stories, most reported first, with the count of them all."""

    total: int = Field(description="how many stories match, on every page")
    page: int = Field(description="this page's number, from 1")
    per_page: int = Field(description="stories per page")
    pages: int = Field(description="how many pages there are (at least 1)")
    items: list[Story] = Field(description="this page's stories")


class PersonName(Answer):
    """One written form of a person's name, and why it is theirs."""

    name: str = Field(description="the name as written")
    lang: str | None = Field(description="the language of the article it was written in, or null")
    reason: str | None = Field(description='why it was linked to this person ("first mention" for the first)')


class Person(Answer):
    """A person across articles, scripts and spellings."""

    id: int = Field(description="the person's id")
    name: str = Field(description="the fullest written form of their name")
    party: str | None = Field(description="the party they speak for, or null")
    roles: list[str] = Field(description="every role the articles give them, sorted")
    names: list[PersonName] = Field(description="every written form of their name, first seen first")
    events: list[int] = Field(description="the ids of the events naming them, sorted")
