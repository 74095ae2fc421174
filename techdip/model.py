"""The record of spec/EVENTS.md as plain dataclasses, with JSON (section 4) in and out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST")
GOLD_SPLITS = ("tune", "check")  # a gold file's articles: tuned on, or only measured on
CONFIDENCES = ("high", "low")  # "low": an event read in a language without a lexicon folder
STATUSES = ("discussed", "proposed", "agreed", "signed", "implemented")
AREAS = (
    "ai",
    "cybersecurity",
    "data_transit",
    "telecom_infrastructure",
    "data_centers",
    "mobile_5g",
    "postal",
    "digital_economy",
    "e_government",
    "space",
    "software_services",
    "equipment_manufacturing",
    "research_education",
    "innovation_startups",
    "internet_governance",
    "media_information",
)
AREA_NAMES = {  # how an area reads in an English sentence ("talks on AI and data transit")
    "ai": "AI", "cybersecurity": "cybersecurity", "data_transit": "data transit",
    "telecom_infrastructure": "telecom infrastructure", "data_centers": "data centres", "mobile_5g": "5G",
    "postal": "postal services", "digital_economy": "the digital economy", "e_government": "e-government",
    "space": "space", "software_services": "software", "equipment_manufacturing": "equipment manufacturing",
    "research_education": "research and education", "innovation_startups": "innovation and start-ups",
    "internet_governance": "internet governance", "media_information": "media",
}  # fmt: skip
ORGANISATIONS = (
    "ASEAN", "SCO", "BRICS", "EAEU", "EU", "UN", "ITU", "ESCAP", "GCC", "AU", "CIS",
    "OIC", "ECO", "APEC", "G20", "UPU", "WTO", "OECD",
)  # fmt: skip


@dataclass
class Document:
    """One input article as read by a source, before any processing."""

    id: str
    text: str
    source: str = ""  # path, URL or "<stdin>", for messages
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date from metadata, if the input carries one
    lang: str | None = None  # a language hint from the input, if any
    html: bool = False  # text was extracted from HTML
    fetched: str | None = None  # ISO date a crawler fetched it (WARC-Date)
    warnings: list[str] = field(default_factory=list)  # what a reader had to repair, to tell the user


@dataclass
class Evidence:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Person:
    name: str
    party: str | None
    role: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "party": self.party, "role": self.role}


@dataclass
class DateInfo:
    """How an event's date was found, so an analyst can audit it."""

    value: str
    text: str
    start: int
    end: int
    calendar: str
    resolution: str
    anchor: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value, "text": self.text, "start": self.start, "end": self.end,
            "calendar": self.calendar, "resolution": self.resolution, "anchor": self.anchor,
        }  # fmt: skip


@dataclass
class Event:
    type: str
    parties: list[str]
    areas: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    status: str = "discussed"
    evidence: list[Evidence] = field(default_factory=list)
    date_info: DateInfo | None = None
    # "low": read in a language without a lexicon folder, from names and international forms only
    confidence: str = "high"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "parties": sorted(self.parties),
            "areas": sorted(self.areas),
            "people": [p.to_json() for p in self.people],
            "date": self.date,
            "location": self.location,
            "status": self.status,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.date_info is not None:
            out["date_source"] = self.date_info.to_json()
        if self.confidence != "high":
            out["confidence"] = self.confidence
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        info = data.get("date_source")
        return cls(
            type=data["type"],
            parties=sorted(data.get("parties") or []),
            areas=sorted(data.get("areas") or []),
            people=[Person(p.get("name", ""), p.get("party"), p.get("role", "")) for p in data.get("people") or []],
            date=data.get("date"),
            location=data.get("location"),
            status=data.get("status") or "discussed",
            evidence=[Evidence(e["start"], e["end"], e["text"]) for e in data.get("evidence") or []],
            date_info=DateInfo(**info) if info else None,
            confidence=data.get("confidence") or "high",
        )


@dataclass
class Article:
    """What extract() emits for one document: section 4 of EVENTS.md."""

    doc: str
    lang: str | None
    published: str | None
    events: list[Event] = field(default_factory=list)
    title: str | None = None
    story: str | None = None  # gold files may group articles into stories
    published_from: str | None = None  # "metadata", "page stamp", "dateline", "byline", "url", "sign-off" or "today"

    @property
    def relevant(self) -> bool:
        return bool(self.events)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "lang": self.lang,
            "published": self.published,
            **({"published_from": self.published_from} if self.published else {}),
            "relevant": self.relevant,
            "events": [e.to_json() for e in self.events],
        }

    def to_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        return cls(
            doc=data["doc"],
            lang=data.get("lang"),
            published=data.get("published"),
            published_from=data.get("published_from"),
            events=[Event.from_json(e) for e in data.get("events") or []],
            title=data.get("title"),
            story=data.get("story"),
        )
