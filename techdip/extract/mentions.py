"""Mentions: one pass of the language's automaton over the working string, with word boundaries per script.

Bare substrings lie (Peru inside Persian پروژه "project", Peru inside Malay
"perubahan", Chine inside "Chinese"), so a match counts only where it is a
whole word, or a word with the language's clitics and suffixes around it
(data/<lang>/meta.tsv: prefixes, suffixes), or where the form is marked open
with '*'. Scripts written without spaces (Han, Kana, Thai) need no boundary;
Hangul particles attach on the right.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from techdip.lexicons import Entry, Lexicon
from techdip.text.normalize import NormalizedText
from techdip.text.tokens import char_script

_MAX_AFFIX_CHAIN = 3


@dataclass(frozen=True)
class Mention:
    """A lexicon entry found at working-string span [start, end)."""

    start: int
    end: int
    category: str  # party, place, title, trigger, area, modality, cue
    values: tuple[str, ...]
    lang: str
    # where the lexicon form ends when inflectional suffixes are glued after it ("Астанада": the form ends
    # before "да"); None when the mention ends with its form
    form_end: int | None = None
    if TYPE_CHECKING:
        value: str  # values[0], or "" (not a field: set with the fields)

    def __post_init__(self) -> None:
        # rules read `value` hundreds of times per article: a plain attribute, not a property computed each time
        object.__setattr__(self, "value", self.values[0] if self.values else "")


_new = object.__new__
_set_fields = vars(Mention)["__dict__"].__set__  # gives an instance its attribute dictionary, whole


def _mention(start: int, end: int, category: str, values: tuple[str, ...], lang: str, form_end: int | None) -> Mention:
    """Mention(...) without the frozen dataclass's per-field object.__setattr__ calls (the same object, built
    in a third of the time: find_mentions builds hundreds per article)."""
    mention = _new(Mention)
    fields = {"start": start, "end": end, "category": category, "values": values, "lang": lang, "form_end": form_end}
    fields["value"] = values[0] if values else ""  # as __post_init__ sets it
    _set_fields(mention, fields)
    return mention


_UNSPACED = ("han", "kana", "thai")
_EXACT = ("cue", "modality")  # function words take no inflectional suffix: Spanish "no" is not "nos"


class _BoundaryClass(dict):
    """str.translate table of what a word-boundary check needs of a character: "n" not part of a word (not
    a letter, digit or combining mark), "u" a letter of a script written without spaces (Han, Kana, Thai),
    "h" a Hangul letter, "w" any other word character. Each character is classified once per process; the
    checks then read one class string per text instead of calling Unicode functions per match."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if not (char.isalnum() or unicodedata.category(char) in ("Mn", "Mc")):
            value = "n"
        else:
            script = char_script(char)
            value = "u" if script in _UNSPACED else "h" if script == "hangul" else "w"
        self[code] = value
        return value


_CLASSES = _BoundaryClass()


def boundary_classes(text: str) -> str:
    """One class letter per character of `text` (see _BoundaryClass)."""
    return text.translate(_CLASSES)


@lru_cache(maxsize=65536)  # bounded: a few letters glued to a form, over and over across a corpus
def _decomposes(rest: str, affixes: frozenset[str], depth: int = _MAX_AFFIX_CHAIN) -> bool:
    """True when `rest` is a chain of at most `depth` affixes ("های" = "ها" + "ی")."""
    if not rest:
        return True
    if depth == 0:
        return False
    return any(rest.startswith(a) and _decomposes(rest[len(a) :], affixes, depth - 1) for a in affixes)


def _left_ok(text: str, classes: str, start: int, entry: Entry, lexicon: Lexicon) -> bool:
    if start == 0 or classes[start - 1] == "n":
        return True
    if entry.open_left or classes[start] == "u" or classes[start - 1] == "u":
        return True
    # the letters glued on the left may be at most 9, and must be a chain of prefixes
    before = classes.rfind("n", max(0, start - 10), start)
    word_start = before + 1 if before != -1 else max(0, start - 10)
    if start - word_start > 9:
        return False
    return _decomposes(text[word_start:start], lexicon.prefixes)


def _right_end(text: str, classes: str, end: int, entry: Entry, lexicon: Lexicon) -> int | None:
    """Where the matched word ends, or None when the match is inside a longer word."""
    n = len(text)
    if end >= n or classes[end] == "n":
        return end
    if entry.open_right:
        return _word_end(classes, end)
    if classes[end - 1] in "uh" or classes[end] == "u":
        return end
    # at most 10 letters glued on the right, a chain of suffixes
    word_end = classes.find("n", end, end + 11)
    if word_end == -1:
        word_end = n if n - end <= 10 else end + 11
    if word_end - end > 10 or entry.category in _EXACT:
        return None
    return word_end if _decomposes(text[end:word_end], lexicon.suffixes) else None


def _word_end(classes: str, pos: int) -> int:
    end = classes.find("n", pos)
    return len(classes) if end == -1 else end


def _case_ok(original: str, entry: Entry) -> bool:
    if entry.case == 0:
        return True
    letters = [c for c in original if c.isalpha()]
    if not letters:
        return True
    if entry.case == 2:
        return all(not c.islower() for c in letters)
    return not letters[0].islower()


def find_mentions(norm: NormalizedText, lexicon: Lexicon) -> list[Mention]:
    """All lexicon mentions in the text, longest first within a category, sorted by position."""
    text = norm.text
    found: list[Mention] = []
    if not len(lexicon.automaton):
        return found
    classes = boundary_classes(text)
    # the classes with a non-word character on each side: padded[i] is the class of text[i - 1], the text's
    # edges read as spaces
    padded = "n" + classes + "n"
    # without prefixes or without suffixes, letters on both sides cannot be explained by affixes
    affixes_both_sides = bool(lexicon.prefixes and lexicon.suffixes)
    append = found.append
    for last, (length, entries) in lexicon.automaton.iter(text):
        end = last + 1
        start = end - length
        before, after = padded[start], padded[end + 1]
        if before == "n" and after == "n":  # a whole word, the commonest hit: only the case is left to check
            for entry in entries:
                if not entry.case or _case_ok(norm.original_text(start, end), entry):
                    append(_mention(start, end, entry.category, entry.values, entry.lang, None))
            continue
        # a space (or the text's edge) on a side settles that side for every entry: most other hits are pieces
        # of longer words (letters on both sides, a script with spaces), ruled out before looking at each entry
        doomed = (
            not affixes_both_sides
            and before == "w"
            and after == "w"
            and classes[start] not in "uh"
            and classes[end - 1] not in "uh"
        )
        for entry in entries:
            if doomed and not (entry.open_left or entry.open_right):
                continue
            if before != "n" and not _left_ok(text, classes, start, entry, lexicon):
                continue
            if after == "n":
                word_end = end
            else:
                word_end = _right_end(text, classes, end, entry, lexicon)
                if word_end is None:
                    continue
            if entry.case and not _case_ok(norm.original_text(start, end), entry):
                continue
            suffixed = word_end != end and not entry.open_right
            append(_mention(start, word_end, entry.category, entry.values, entry.lang, end if suffixed else None))
    return _drop_portfolios(_drop_overlaps(found, text), norm, classes)


def _drop_overlaps(mentions: list[Mention], text: str) -> list[Mention]:
    """Within one category keep the longest of overlapping mentions (South Korea over Korea)."""
    length = len(text)
    kept: list[Mention] = []
    occupied: dict[str, bytearray] = {}
    # span (start, end, category) -> the meanings kept on it, or None when a longer mention took it: the first
    # mention of a span decides for every other meaning of it (what is taken only grows)
    meanings: dict[tuple[int, int, str], tuple[tuple[str, ...], ...] | None] = {}
    keys = [(m.start - m.end, m.start) for m in mentions]  # _longest_first, without a call per mention
    for mention in map(mentions.__getitem__, sorted(range(len(mentions)), key=keys.__getitem__)):
        start, end, category = mention.start, mention.end, mention.category
        span = (start, end, category)
        if span in meanings:
            values = meanings[span]
            # the same meaning from two lexicons (a language and its fallback) is kept once; a form with two
            # meanings in one category (a capital: a place and ...) keeps both
            if values is None or mention.values in values:
                continue
            meanings[span] = (*values, mention.values)
            kept.append(mention)
            continue
        taken = occupied.get(category)
        if taken is None:
            taken = occupied[category] = bytearray(length)
        if taken.find(1, start, end) != -1:
            meanings[span] = None
            continue
        taken[start:end] = b"\x01" * (end - start)
        meanings[span] = (mention.values,)
        kept.append(mention)
    kept = _whole_forms_first(kept)
    kept.sort(key=lambda m: (m.start, -m.end))
    # a `none` form ("US$", "not only", "a post on social media", "cabinet meeting") has hidden the shorter party,
    # negation, area or trigger inside it, and goes too
    return [
        m
        for m in _drop_inside_names(kept, text)
        if not (m.category in ("party", "modality", "area", "trigger") and "none" in m.values[:2])
    ]


def _whole_forms_first(mentions: list[Mention]) -> list[Mention]:
    """On one span, a form matched whole beats a shorter form with a suffix glued on: Polish "RPA" is South
    Africa, not "RP" (Poland) + "a"."""
    whole = {(m.start, m.end, m.category) for m in mentions if m.form_end is None}
    return [m for m in mentions if m.form_end is None or (m.start, m.end, m.category) not in whole]


def _longest_first(mention: Mention) -> tuple[int, int]:
    """Sort key: longer mentions first, then by position."""
    return mention.start - mention.end, mention.start


def _drop_inside_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Words inside a longer name mean nothing on their own: "Cooperation" and "Shanghai" in
    "Shanghai Cooperation Organisation", "America" in "South America", "China" in "South China Sea".

    A name (of a state, an organisation or a place) hides the other words in it; a place hides the states in
    it; a title hides the areas of its portfolio ("minister of science, technology and innovation" names no
    area of the event)."""
    names = [m for m in mentions if m.category == "party" and m.values[1:2] in (("org",), ("name",), ("none",))]
    places = [m for m in mentions if m.category == "place"]
    titles = [m for m in mentions if m.category == "title"]
    if not (names or places or titles):
        return mentions
    hides_parties = _Cover(places)
    hides_words = _Cover(names + places)
    portfolios = _portfolio_titles(titles, mentions, text)
    hides_areas = _Cover(names + places + portfolios)
    # a portfolio piece read as a title where it continues one ("ministros da economia digital") is exactly its area
    pieces = {(t.start, t.end) for t in portfolios}
    kept = []
    for m in mentions:
        cover = hides_parties if m.category == "party" else hides_areas if m.category == "area" else hides_words
        if not cover.hides(m.start, m.end) and not (m.category == "area" and (m.start, m.end) in pieces):
            kept.append(m)
    return kept


PORTFOLIO = "portfolio"  # areas.tsv: a word that opens an office's name ("ministry of", "وزارة"), no area itself
_CONNECTOR = 3  # letters of a word that links the pieces of a portfolio ("of", "for", "and", "de", "dan", "e")
_PORTFOLIO_LINK = 12  # characters between two pieces of a portfolio (", de la ", " et de l'")
_OFFICE_LINK = 30  # after an office word: "Ministry of Transport and Communications and ..."
_OFFICE_WORDS = 2  # capitalised words of no area in an office's name between two of its area pieces


def _drop_portfolios(mentions: list[Mention], norm: NormalizedText, classes: str) -> list[Mention]:
    """Area words that go on a title or an office's name are its portfolio, not the event's field (spec §3), and
    are marked so (values `(area, "portfolio")`):
    "Minister for Communications, Electronics and IT", "the Ministry of Posts and Telecommunications",
    "وزارة البريد والاتصالات". A piece continues the title, the office word (area `portfolio` in areas.tsv:
    "ministry of", "وزارة") or the piece before it across commas and short linking words. After a title the
    piece must be capitalised in a cased script (a lower-case word there is what the official talks about); a
    caseless script shows no name, so there only an office word opens one, and its pieces follow with nothing
    but spaces, commas or a one-letter "and" between."""
    offices = [m for m in mentions if m.category == "area" and m.value == PORTFOLIO]
    starts = [(m.end, True) for m in offices] + [(m.end, False) for m in mentions if m.category == "title"]
    if not starts:
        return mentions
    text = norm.text
    dropped: set[int] = set()
    reach = dict(starts)  # where a title, an office word or the portfolio read so far ends: does an office lead it?
    ends = sorted(reach)
    for index, m in enumerate(mentions):  # mentions are sorted by start
        if m.category != "area" or m.value == PORTFOLIO:
            continue
        near = ends[bisect_left(ends, m.start - _OFFICE_LINK) : bisect_right(ends, m.start)]
        before = [end for end in near if m.start - end <= (_OFFICE_LINK if reach[end] else _PORTFOLIO_LINK)]
        if not before:
            continue
        last = max(before)
        gap = text[last : m.start]
        original = norm.original_text(m.start, m.end)
        if original.isupper() or any(ch in ".;:!?()\n" for ch in gap):
            continue  # an acronym ("on AI") is written so anywhere; a sentence or a bracket breaks the name
        as_written = norm.original_text(last, m.start)
        words = (
            as_written.replace(",", " ").replace("،", " ").replace("&", " ").replace("'", " ").replace("’", " ").split()
        )
        if any(ch.isalpha() and ch.lower() != ch.upper() for ch in original):  # a cased script
            office = reach[last]
            capitalised = any(word[:1].isupper() for word in original.split())  # "la Poste", "Electronics"
            links = [w for w in words if not (len(w) <= _CONNECTOR and w.isalpha())]
            # an office's name may name fields of no area on the way ("Ministry of Communications and ...")
            named = office and len(links) <= _OFFICE_WORDS and all(w[:1].isupper() for w in links)
            if not ((not links or named) and (capitalised or office)):
                continue
            if m.start - last > _PORTFOLIO_LINK and not named:
                continue
        elif not reach[last] or any(len(w) > 1 for w in words):
            # a caseless script shows no name: only an office word opens one ("وزارة البريد"); after a title
            # ("মন্ত্রীরা কৃত্রিম বুদ্ধিমত্তা ...", the ministers ... AI) the next words are what is said
            continue
        dropped.add(index)
        if m.end not in reach:
            insort(ends, m.end)
        reach[m.end] = reach[last]
    dropped |= _portfolios_before_titles(mentions, classes)
    # a piece stays a mention (a title goes on over it, no name is read into it) marked as the portfolio's
    return [
        replace(m, values=(m.value, PORTFOLIO)) if index in dropped else m
        for index, m in enumerate(mentions)
        if not (m.category == "area" and m.value == PORTFOLIO)
    ]


_UNSPACED_GAP = (
    2  # characters of an unspaced script between two pieces of a portfolio ("社会" in "デジタル経済社会大臣")
)


def _portfolios_before_titles(mentions: list[Mention], classes: str) -> set[int]:
    """In scripts written without spaces the portfolio comes first and runs into the title: "郵便電気通信大臣",
    "デジタル経済社会大臣". Area words joined to a title, or to the piece after them, by at most a couple of
    letters are its portfolio."""
    titles = [m for m in mentions if m.category == "title"]
    if not titles:
        return set()
    areas = [(index, m) for index, m in enumerate(mentions) if m.category == "area"]  # sorted by start
    area_starts = [m.start for _, m in areas]
    dropped: set[int] = set()
    for title in titles:
        if classes[title.start : title.start + 1] != "u":
            continue
        start = title.start
        for position in range(bisect_left(area_starts, start) - 1, -1, -1):  # the areas before, nearest first
            index, area = areas[position]
            gap = classes[area.end : start]
            if area.end > start or (len(gap) <= _UNSPACED_GAP and set(gap) <= {"u"}):
                dropped.add(index)
                start = area.start
            elif start - area.end > _UNSPACED_GAP:
                break
    return dropped


_PORTFOLIO_GAP = 8  # characters between a title and the portfolio piece that continues it ("minister of ", ", de la ")
_RECENT_TITLES = 4  # titles kept just before one that may continue it (overlapping forms of one title)
_HEADLESS = 4  # letters of a title beyond its area words: at most this many ("l'", "des"), it is a bare portfolio


def _portfolio_titles(titles: list[Mention], mentions: list[Mention], text: str) -> list[Mention]:
    """The titles whose area words are a portfolio: every title with a head word ("minister of ICT", "ICT
    minister"), and a bare portfolio piece ("l'Intelligence artificielle", a title form so that "ministre de
    l'Intelligence artificielle" reads whole) only where it continues a title. Alone, such a piece is the
    field itself ("un groupe d'étude sur l'Intelligence artificielle") and hides nothing."""
    if not titles:
        return titles
    areas = sorted((m for m in mentions if m.category == "area"), key=lambda m: m.start)
    area_starts = [m.start for m in areas]
    # "le ministre marocain des Télécommunications": a state's adjective may stand between a title and its portfolio
    states = [m for m in mentions if m.category == "party"]
    kept: list[Mention] = []
    for title in sorted(titles, key=lambda m: m.start):
        first, last = bisect_left(area_starts, title.start), bisect_left(area_starts, title.end)
        inside = [a for a in areas[first:last] if a.end <= title.end]
        covered = set()
        for area in inside:
            covered.update(range(area.start, area.end))
        head = sum(1 for i in range(title.start, title.end) if i not in covered and text[i].isalnum())
        continues = any(  # the titles just kept: they start, so they end, close before this one
            0 <= title.start - t.end - _states_between(states, t.end, title.start) <= _PORTFOLIO_GAP
            and not any(ch in ".;:!?\n" for ch in text[t.end : title.start])
            for t in kept[-_RECENT_TITLES:]
        )
        if not inside or head > _HEADLESS or continues:
            kept.append(title)
    return kept


def _states_between(states: list[Mention], start: int, end: int) -> int:
    """Characters of [start, end) that state mentions cover."""
    return sum(m.end - m.start for m in states if start <= m.start and m.end <= end)


class _Cover:
    """Answers "does a strictly longer span contain [start, end)?" in O(log n), for spans given once."""

    def __init__(self, spans: list[Mention]) -> None:
        ordered = sorted((m.start, m.end) for m in spans)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []  # max end among the first i+1 spans (by start)
        for _, end in ordered:
            self.max_end.append(max(end, self.max_end[-1]) if self.max_end else end)

    def hides(self, start: int, end: int) -> bool:
        at_or_before = bisect_right(self.starts, start) - 1
        before = bisect_left(self.starts, start) - 1
        # longer: starts at or before and ends after, or starts before and ends at or after
        return (at_or_before >= 0 and self.max_end[at_or_before] > end) or (before >= 0 and self.max_end[before] >= end)
