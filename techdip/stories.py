"""Stories: the same event reported by several articles, in several languages, is one story.

Two events can be one story when they have the same type (talks and a joint
body's session count as one kind), the same parties (or
one's parties within the other's, sharing at least two), and compatible dates
(their own dates within a few days, else their articles' publication dates
within a week, else unknown). Among those, evidence decides: the same person on
both sides (names compared across scripts through a transliterated consonant
skeleton, so هاشمی, Hashemi, Хашеми and Hachemi agree) and shared areas and
places speak for it; different officials of the same party, different places,
or disjoint areas speak against it. An event joins the story with the best
score above the threshold, else opens a new one; a story takes at most one
event per article, and among an article's events the strongest match is made
first (its exact report of a pair's talks, not its report of the multilateral
meeting the pair attended). Clustering is incremental and, for the same input order,
deterministic.

Multilingual sentence embeddings could propose candidates, but they score
unrelated ICT-cooperation headlines almost as high as true pairs, and the
parties and dates already narrow candidates to a handful; so none are used.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

from techdip.lexicons import party_short
from techdip.model import AREA_NAMES, ORGANISATIONS

JOIN_THRESHOLD = 1.5
DATE_WINDOW_DAYS = 3
PUBLISHED_WINDOW_DAYS = 7
NAME_SIMILARITY = 80  # rapidfuzz ratio of two consonant skeletons


@dataclass
class StoryEvent:
    """What clustering needs to know about one event."""

    id: int
    doc_id: str
    type: str
    parties: frozenset[str]
    date: str | None = None
    published: str | None = None
    people: list[tuple[str, str | None]] = field(default_factory=list)  # (name, party)
    areas: frozenset[str] = frozenset()
    location: str | None = None
    lang: str | None = None


@dataclass
class Story:
    id: int
    events: list[StoryEvent] = field(default_factory=list)

    @property
    def docs(self) -> set[str]:
        return {e.doc_id for e in self.events}


# ---- names across scripts ------------------------------------------------------------------------------------------

_DIGRAPHS = (
    ("dh", "z"),
    ("kh", "h"),
    ("ch", "sh"),
    ("sh", "s"),
    ("zh", "j"),
    ("ph", "f"),
    ("th", "t"),
    ("x", "s"),
    ("q", "k"),
)
_CONSONANT_CLASSES = str.maketrans({"b": "p", "d": "t", "g": "k", "c": "k", "z": "s", "v": "f", "j": "s"})
_NASAL_BEFORE_CONSONANT = re.compile(r"m(?=[bcdfgjklpqstvxz])")
_DROPPED = re.compile(r"[aeiouyw'`\-\s]")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A consonant skeleton of a word in any script: transliterated, vowels and voicing folded away."""
    text = anyascii(word).lower()
    if text.startswith("w"):
        text = "v" + text[1:]  # a word-initial و / w is the consonant v (واعظی: Vaezi)
    text = _NASAL_BEFORE_CONSONANT.sub("n", text)  # an anusvara or a nasal sign: जुंजी "jumji" is Junji
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = _DROPPED.sub("", text.translate(_CONSONANT_CLASSES))
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """Skeletons of the words of a name long enough to identify someone (honorifics like سید, Dr drop out)."""
    words = re.split(r"[\s·・•\-]+", name)
    if len(words) == 1 and re.search(r"[\u4e00-\u9fff]", name):
        words = [name[:1], name[1:]]  # a Chinese name without a dot: family name, given name
    return tuple(s for s in (skeleton(w) for w in words) if len(s) >= 2)


def name_block(name: str) -> str:
    """A short key that two spellings of one family name share, to find candidates without comparing
    every name: the first two letters of the family name's skeleton."""
    parts = name_parts(name)
    return parts[-1][:2] if parts else ""


@lru_cache(maxsize=1 << 18)  # clustering asks about the same few names again and again
def same_person(a: str, b: str) -> bool:
    """Do two written names denote the same person? Their family names (last words) agree across scripts,
    and where both give a given name before it, so do those (an honorific in front does not count)."""
    parts_a, parts_b = name_parts(a), name_parts(b)
    if not parts_a or not parts_b:
        return False
    if not _alike(parts_a[-1], parts_b[-1]):
        # a one-word name may be a family name written whole (哈希米 is Hashemi, not 哈 + 希米)
        whole_a, whole_b = skeleton(re.sub(r"\s", "", a)), skeleton(re.sub(r"\s", "", b))
        one_word_b = len(parts_b) == 1 and _alike(parts_a[-1], whole_b)
        return one_word_b or (len(parts_a) == 1 and _alike(whole_a, parts_b[-1]))
    if len(parts_a) > 1 and len(parts_b) > 1 and min(len(parts_a[-2]), len(parts_b[-2])) >= 3:
        return _alike(parts_a[-2], parts_b[-2])
    return True


def _alike(x: str, y: str) -> bool:
    """Two skeletons of one word: equal, or close enough when long enough to tell ("kpn" ~ "hkpn"), or one
    ending the other (an honorific glued in front: "سیدستار" ~ "ستار")."""
    if x == y:
        return True
    if min(len(x), len(y)) < 3:
        return False
    return ratio(x, y) >= NAME_SIMILARITY or x.endswith(y) or y.endswith(x)


# ---- scoring -------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _dates_compatible(a: StoryEvent, b: StoryEvent) -> bool | None:
    """True, False, or None when nothing is known."""
    if a.date and b.date:
        shorter = min(len(a.date), len(b.date))
        if shorter < 10:
            return a.date[:shorter] == b.date[:shorter]
        return abs((_day(a.date) - _day(b.date)).days) <= DATE_WINDOW_DAYS  # type: ignore[operator]
    when_a, when_b = a.date or a.published, b.date or b.published
    if when_a and when_b and len(when_a) == len(when_b) == 10:
        return abs((_day(when_a) - _day(when_b)).days) <= PUBLISHED_WINDOW_DAYS  # type: ignore[operator]
    return None


def types_compatible(a: str, b: str) -> bool:
    """The same type, or talks and a joint body's session, which outlets describe either way."""
    return a == b or {a, b} == {"CONSULT", "COOPERATE"}


def _parties_compatible(a: StoryEvent, b: StoryEvent) -> bool:
    if a.parties == b.parties:
        return True
    return len(a.parties & b.parties) >= 2 and (a.parties <= b.parties or b.parties <= a.parties)


def score(a: StoryEvent, b: StoryEvent) -> tuple[float, list[str]]:
    """How strongly two events are one story (-inf when they cannot be), with the reasons."""
    if not types_compatible(a.type, b.type) or not _parties_compatible(a, b) or a.doc_id == b.doc_id:
        return float("-inf"), ["different type, parties or the same article"]
    dates = _dates_compatible(a, b)
    if dates is False:
        return float("-inf"), ["dates too far apart"]
    total, reasons = 0.0, []
    if a.parties == b.parties:
        total += 0.25  # less than any other evidence: it only prefers the exact report among equals
        reasons.append("same parties")
    if a.type != b.type:
        reasons.append(f"{a.type} / {b.type}: a session reported as talks")
    if dates:
        total += 0.5
        reasons.append("dates agree")
        if a.date and b.date and a.date == b.date and len(a.date) == 10:
            total += 1.0
            reasons.append(f"same day {a.date}")
    matched, conflicting = _people_evidence(a, b)
    if matched:
        total += 2.0
        reasons.append("same people: " + "; ".join(matched))
    elif dates is None:
        # with no date to compare, only the same officials tell the same event from another one of the same
        # parties (a pair signs many agreements over the years)
        total -= 1.0
        reasons.append("no dates to compare and no official in common")
    if conflicting:
        total -= 3.0
        reasons.append("different officials of " + ", ".join(sorted(conflicting)))
    if a.areas and b.areas:
        overlap = len(a.areas & b.areas) / len(a.areas | b.areas)
        if overlap >= 0.3:
            total += 1.0
            reasons.append(f"areas overlap {overlap:.0%}")
        elif overlap == 0:
            total -= 1.0
            reasons.append("no area in common")
    if a.location and b.location:
        if a.location == b.location:
            total += 0.5
            reasons.append(f"same place {a.location}")
        else:
            total -= 2.0
            reasons.append(f"different places {a.location} / {b.location}")
    return total, reasons


def _people_evidence(a: StoryEvent, b: StoryEvent) -> tuple[list[str], set[str]]:
    """Names of people found in both events, and the parties whose officials differ between them."""
    if not a.people or not b.people:
        return [], set()
    matched = []
    for name_a, party_a in a.people:
        for name_b, party_b in b.people:
            if (party_a == party_b or None in (party_a, party_b)) and same_person(name_a, name_b):
                matched.append(f"{name_a} ~ {name_b}")
    conflicting = set()
    for party in {p for _, p in a.people if p} & {p for _, p in b.people if p}:
        names_a = [n for n, p in a.people if p == party]
        names_b = [n for n, p in b.people if p == party]
        # only names in one script are told apart reliably: across scripts a miss proves little
        comparable = [(x, y) for x in names_a for y in names_b if _script(x) == _script(y)]
        if (
            comparable
            and not any(same_person(x, y) for x, y in comparable)
            and not any(same_person(x, y) for x in names_a for y in names_b)
        ):
            conflicting.add(party)
    return matched, conflicting


@lru_cache(maxsize=65536)
def _script(name: str) -> str:
    """The script a name is written in, coarsely: its first letter's Unicode block name."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "?").split(" ")[0] if letter else "?"


def ranked_stories(event: StoryEvent, stories: Iterable[Story]) -> list[tuple[float, Story, list[str]]]:
    """The stories this event may join (score at or above the threshold), best first, with why."""
    ranked = []
    for story in stories:
        if event.doc_id in story.docs:
            continue
        scored = [score(event, other) for other in story.events]
        if any(s < 0 for s, _ in scored):
            continue  # a conflict with any of its reports (another place, other officials) rules the story out
        top, reasons = max(scored, key=lambda pair: pair[0])
        if top > JOIN_THRESHOLD - 1e-9:
            ranked.append((top, story, reasons))
    return sorted(ranked, key=lambda option: -option[0])


def best_story(event: StoryEvent, stories: Iterable[Story]) -> tuple[Story | None, float, list[str]]:
    """The story this event belongs to (or None), its score, and why."""
    ranked = ranked_stories(event, stories)
    return (ranked[0][1], ranked[0][0], ranked[0][2]) if ranked else (None, JOIN_THRESHOLD - 1e-9, [])


def assign_article(
    article: list[StoryEvent], options: list[list[tuple[float, Story, list[str]]]]
) -> list[tuple[Story | None, float, list[str]]]:
    """The stories of one article's events, given each event's ranked options: the strongest match is made
    first and a story takes one event of the article, so the article's event that matches a report best
    gets its story ("Singapore and Vietnam talked" rather than "... at the ASEAN meeting")."""
    chosen: list[tuple[Story | None, float, list[str]]] = [(None, JOIN_THRESHOLD - 1e-9, [])] * len(article)
    taken: set[int] = set()
    flat = [(top, index, story, why) for index, ranked in enumerate(options) for top, story, why in ranked]
    for top, index, story, why in sorted(flat, key=lambda option: (-option[0], option[1])):
        if chosen[index][0] is None and story.id not in taken:
            chosen[index] = (story, top, why)
            taken.add(story.id)
    return chosen


def cluster(events: Iterable[StoryEvent]) -> list[Story]:
    """Stories of events taken in order, an article at a time: each event joins its best story or opens one."""
    stories: list[Story] = []
    pending: list[StoryEvent] = []

    def close_article() -> None:
        chosen = assign_article(pending, [ranked_stories(event, stories) for event in pending])
        for event, (story, _, _) in zip(pending, chosen, strict=True):
            if story is None:
                story = Story(id=len(stories) + 1)
                stories.append(story)
            story.events.append(event)
        pending.clear()

    for event in events:
        if pending and event.doc_id != pending[-1].doc_id:
            close_article()
        pending.append(event)
    close_article()
    return stories


# ---- titles -------------------------------------------------------------------------------------------------------

_TYPE_PHRASES = {"CONSULT": "talks", "AGREE": "agreement", "COOPERATE": "cooperation", "AID": "aid",
                 "REQUEST": "request"}  # fmt: skip
_SIGNED_AGREEMENT = "agreement signed"
_LINE_AREAS = 3
_OFFICES = ("prime minister", "deputy minister", "minister", "ambassador", "president", "secretary")


def story_line(
    type_: str, parties: list[str], areas: list[str] = (), place: str | None = None,
    date: str | None = None, status: str | None = None, roles: list[str] = (),
) -> str:  # fmt: skip
    """A story in one English line, from its fields: "Iran–Armenia, ministers' talks on AI and data transit,
    Tehran, 19 Nov 2024"."""
    ordered = [p for p in parties if p in ORGANISATIONS] + [p for p in parties if p not in ORGANISATIONS]
    written = [party_short(code) for code in ordered]  # ASEAN, not its name
    who = "–".join(written) if len(written) <= 3 else f"{', '.join(written[:3])} and {len(written) - 3} more"
    what = _SIGNED_AGREEMENT if type_ == "AGREE" and status == "signed" else _TYPE_PHRASES.get(type_, type_.lower())
    office = _shared_office(roles)
    if office:
        what = f"{office}s' {what}"
    if areas:
        topics = [AREA_NAMES.get(a, a) for a in areas]
        if len(topics) > _LINE_AREAS:  # a line, not a list: the rest is on the story's page
            topics = [*topics[:_LINE_AREAS], "more"]
        what += " on " + (topics[0] if len(topics) == 1 else f"{', '.join(topics[:-1])} and {topics[-1]}")
    return ", ".join(x for x in (who, what, place, _readable_date(date)) if x)


def _shared_office(roles: list[str]) -> str | None:
    """The office two or more of the story's people hold ("minister" in "minister of ICT"), if any."""
    offices = [next((o for o in _OFFICES if o in role.lower()), None) for role in roles]
    counted = Counter(o for o in offices if o)
    office, times = counted.most_common(1)[0] if counted else (None, 0)
    return office if times >= 2 else None


def _readable_date(value: str | None) -> str | None:
    """2024-11-19 as "19 Nov 2024", 2024-11 as "Nov 2024"."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = calendar.month_abbr[int(parts[1])]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


_STAMP = re.compile(r"^date \d{4}-\d{2}(?:-\d{2})?\s*")  # a crawler's stamp opening the page, not its headline


def headline(text: str | None, limit: int = 160) -> str | None:
    """The first line of an article: its headline, as the page gives it."""
    for line in (text or "").splitlines():
        line = _STAMP.sub("", line.strip())
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return None


def pairwise_scores(predicted: dict[int, int], gold: dict[int, str]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of a clustering (event id -> story) against gold labels, with the
    numbers of predicted and gold same-story pairs."""
    ids = sorted(set(predicted) & set(gold))
    pred_pairs = {(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :] if predicted[x] == predicted[y]}
    gold_pairs = {(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :] if gold[x] == gold[y]}
    common = len(pred_pairs & gold_pairs)
    precision = common / len(pred_pairs) if pred_pairs else 1.0
    recall = common / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall, len(pred_pairs), len(gold_pairs)
