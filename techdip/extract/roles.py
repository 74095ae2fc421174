"""Party roles: for every party mention, whether the sentence names that state or organisation as an actor,
a place, an origin or in passing (`party_roles`).

A place is named after a place preposition ("in", "در"), before a place postposition (Hindi "में", cue
`place_after`), with a place suffix glued on (Korean "싱가포르서", meta `place_suffixes`), in brackets or after a
comma behind one of its cities ("Dubai (UAE)"), next to a venue cue ("the Chinese capital", "on the sidelines of
the G20") or right before one of its own cities; next to an origin cue ("-made", "ساخت", "company", "شركة") or
beside a quoted name ("казахстанская «Казахтелеком»") an origin; after a passing cue ("such as") a passing
mention; an acronym in brackets after a name ("... Union (ITU)") has the name's role; countries listed one after
another share the first one's role. Only actors are parties (events.py decides what a frame's parties are).
"""

from __future__ import annotations

import re

from techdip.extract.mentions import Mention
from techdip.text.tokens import Tokens

CUE_WINDOW = 1  # words between a cue and the name it qualifies
_VENUE_WINDOW = 3  # "al margen de la cumbre del G20": words between a venue cue and the venue
# "on the sidelines of the 28th Congress of the UPU", "در حاشیه بیست و هشتمین کنگره اتحادیه جهانی پست": a meeting's
# ordinal and name stand between a framework cue and the organisation
_FRAMEWORK_WINDOW = 5
_AGENCY_CHARS = 4  # "越通社", "新华社": a news agency's name glued before the dateline's city
_SENTENCE_END = re.compile(r"[.!?。！？؟।۔\n]")
# between two items of a list: commas and at most one short word ("A, B and C", "A、B及びC")
LIST_LINK = re.compile(r"[\s,;、，،]*(?:\w{1,3}[\s,;、，،]*)?")


def party_roles(
    mentions: list[Mention],
    tokens: Tokens,
    text: str = "",
    place_suffixes: frozenset[str] = frozenset(),
    place_prefixes: frozenset[str] = frozenset(),
) -> dict[Mention, str]:
    """actor, place, origin or passing, for every party mention.

    A place is named after a place preposition ("in", "در"), before a place postposition (Hindi "में",
    cue `place_after`), with a place suffix glued on (Korean "싱가포르서", meta `place_suffixes`), or in
    brackets after a city ("Dubai (UAE)")."""
    ending_at: dict[int, list[Mention]] = {}  # cues by the index of the first word after them
    starting_at: dict[int, list[Mention]] = {}  # cues by the index of their first word
    for cue in mentions:
        if cue.category == "cue":
            ending_at.setdefault(tokens.first_at_or_after(cue.end), []).append(cue)
            starting_at.setdefault(tokens.first_at_or_after(cue.start), []).append(cue)
    roles: dict[Mention, str] = {}
    places_at: dict[int, list[Mention]] = {}  # place mentions by start and by end, for lookups by position
    places_ending: dict[int, list[Mention]] = {}
    for place in mentions:
        if place.category == "place":
            places_at.setdefault(place.start, []).append(place)
            places_ending.setdefault(place.end, []).append(place)
    settings = _framework_settings(mentions, tokens, text)
    # "الوزير السوري "إياد الخطيب"": a state's adjective right after an official's title is that official's
    title_edges = {edge for m in mentions if m.category == "title" for edge in (m.start, m.end)}
    for mention in mentions:
        if mention.category != "party":
            continue
        kind = mention_kind(mention)
        first, after_last = tokens.first_at_or_after(mention.start), tokens.first_at_or_after(mention.end)
        before: dict[str, int] = {}  # cue kind -> fewest words between it and the party
        for gap in range(_VENUE_WINDOW + 1):
            for cue in ending_at.get(first - gap, ()):
                # a cue ending the sentence before qualifies nothing in this one ("... local companies. Beijing"),
                # and a venue's phrase ends at the comma ("al margen de la cumbre, el ministro colombiano")
                if (
                    cue.end <= mention.start
                    and not _SENTENCE_END.search(text, cue.end, mention.start)
                    and not (cue.value == "venue" and _clause_break(text, cue, mention, True))
                ):
                    before.setdefault(cue.value, gap)
        after = {
            cue.value
            for gap in range(CUE_WINDOW + 1)
            for cue in starting_at.get(after_last + gap, ())
            if mention.end <= cue.start
        }
        if "origin" in after or before.get("origin", 99) <= CUE_WINDOW:
            roles[mention] = "origin"
        elif before.get("venue", 99) <= _VENUE_WINDOW or _first_after(starting_at, after_last, mention, "venue"):
            roles[mention] = "place"  # "the Chinese capital", "la capitale chinoise": where, not who
        elif mention in settings:
            roles[mention] = "place"  # "on the sidelines of the G20", "в рамках ШОС": the setting of a side meeting
        elif "passing" in before or "passing_after" in after:
            roles[mention] = "passing"
        elif kind == "demonym" and (
            _after_own_city(text, mention, places_ending) or _before_own_city(text, mention, places_at)
        ):
            roles[mention] = "place"  # "جنيف السويسرية", "в швейцарской Женеве": the city's address
        elif kind == "demonym" and _beside_quoted_name(text, mention) and not qualifies_title(mention, title_edges):
            roles[mention] = "origin"  # "«المسند» القطرية", "казахстанская «Казахтелеком»": a company's, a brand's
        elif kind != "demonym" and (
            before.get("place") == 0
            or dateline_place(text, mention, kind)
            or _first_after(starting_at, after_last, mention, "place_after")
            or _suffixed(text, mention, place_suffixes)
            or _prefixed(text, mention, place_prefixes)
            or _bracketed_after_place(text, mention, places_ending)
            or _before_own_city(text, mention, places_at)
            or (before.get("place") == 1 and _after_comma(text, mention))
        ):
            roles[mention] = "place"  # "di Boracay, Filipina": the address of a place the lexicon does not know
        else:
            roles[mention] = "actor"
    _lists_share_roles(roles, text)
    _address_capitals(roles, text)
    _document_names(roles, mentions, tokens)
    _bracketed_acronyms(roles, text)
    return roles


def _lists_share_roles(roles: dict[Mention, str], text: str) -> None:
    """Countries named one after another share the first one's role: "factories in Vietnam, Thailand, Malaysia
    and India", "companies from Japan, Korea and China" are all places or origins, not only the first. Only
    country names: "in Tehran, Iran and Armenia signed" names a city, then the parties."""
    run: list[Mention] = []
    for mention in sorted(roles, key=lambda m: m.start):
        if run and mention.start >= run[-1].end and LIST_LINK.fullmatch(text[run[-1].end : mention.start]):
            run.append(mention)
        else:
            _share_first_role(run, roles)
            run = [mention]
    _share_first_role(run, roles)


def _share_first_role(run: list[Mention], roles: dict[Mention, str]) -> None:
    if len(run) < 2 or roles[run[0]] not in ("place", "origin") or any(mention_kind(m) != "name" for m in run):
        return
    for mention in run[1:]:
        if roles[mention] == "actor":
            roles[mention] = roles[run[0]]


def _bracketed_acronyms(roles: dict[Mention, str], text: str) -> None:
    """An acronym in brackets right after the same party's name ("di International Telecommunication Union
    (ITU)") is that name again: it takes the name's role (a place stays a place)."""
    by_end = {mention.end: mention for mention in roles}
    for mention in sorted(roles, key=lambda m: m.start):
        gap_start = mention.start - 2
        name = by_end.get(gap_start) or by_end.get(gap_start - 1)
        if name is None or name.value != mention.value or roles[name] == roles[mention]:
            continue
        if text[name.end : mention.start].strip() == "(":
            roles[mention] = roles[name]


def _framework_settings(mentions: list[Mention], tokens: Tokens, text: str = "") -> set[Mention]:
    """The party each framework cue ("on the sidelines of", "در حاشیه") sets the scene with: the first one after it,
    over the meeting's ordinal and name ("on the sidelines of the 28th Congress of the UPU"), within its clause
    ("al margen de la cumbre, el ministro colombiano": the minister's state is no setting)."""
    parties = sorted((m for m in mentions if m.category == "party"), key=lambda m: m.start)
    settings = set()
    for cue in mentions:
        if cue.category == "cue" and cue.value == "framework_after":
            settings |= _framework_before(parties, cue, tokens)
        if cue.category != "cue" or cue.value != "framework":
            continue
        following = [p for p in parties if p.start >= cue.end]
        if not following or words_between(tokens, cue.end, following[0].start) > _FRAMEWORK_WINDOW:
            continue
        if _clause_break(text, cue, following[0]):
            continue
        settings.add(following[0])
        for previous, party in zip(following, following[1:], strict=False):
            # "the ASEAN-China summit": a joined name sets the scene whole; so does a name with its acronym in
            # brackets ("Hội nghị Bộ trưởng Số ASEAN (ADGMIN)")
            gap = party.start - previous.end
            if gap > 1 and not (party.value == previous.value and gap <= 2):
                break
            settings.add(party)
    return settings


def _clause_break(text: str, cue: Mention, mention: Mention, apposition: bool = False) -> bool:
    """Is there a comma or a stronger break between a cue and a later mention? With `apposition`, a mention
    right after the comma still belongs to the cue ("in the Chinese capital, Beijing")."""
    gap = text[cue.end : mention.start]
    last = max(gap.rfind(ch) for ch in ",،、，;:\n")
    return last >= 0 and not (apposition and not gap[last + 1 :].strip())


def _framework_before(parties: list[Mention], cue: Mention, tokens: Tokens) -> set[Mention]:
    """The party a framework postposition (Azerbaijani "ŞƏT sammiti çərçivəsində") sets the scene with: the last one
    before it, bare and at most one word (the meeting's noun) away, so that "X ilə Y arasında əməkdaşlıq
    çərçivəsində" (within the cooperation between X and Y) keeps its parties."""
    preceding = [p for p in parties if p.end <= cue.start]
    if not preceding or not 0 <= words_between(tokens, preceding[-1].end, cue.start) <= 1:
        return set()
    if preceding[-1].form_end is not None and preceding[-1].form_end < preceding[-1].end:
        return set()  # a case ending makes it an argument: "Pakistana səfəri çərçivəsində" (during the visit TO it)
    settings = {preceding[-1]}
    for later, party in zip(preceding[::-1], preceding[-2::-1], strict=False):
        if later.start - party.end > 1:  # "ASEAN-China" joined: the whole name sets the scene
            break
        settings.add(party)
    return settings


def _after_comma(text: str, mention: Mention) -> bool:
    return text[max(0, mention.start - 3) : mention.start].rstrip().endswith((",", "،", "、"))


def _address_capitals(roles: dict[Mention, str], text: str) -> None:
    """A capital right behind its state named as a place is the rest of the address ("在泰国曼谷召开",
    "in Thailand, Bangkok"), not its government acting."""
    places_ending = {m.end: m for m, role in roles.items() if role == "place"}
    for mention, role in roles.items():
        if role != "actor" or mention_kind(mention) != "capital":
            continue
        for end in range(max(0, mention.start - 2), mention.start + 1):
            state = places_ending.get(end)
            if state is not None and state.value == mention.value and text[end : mention.start].strip() in ("", ","):
                roles[mention] = "place"


def _document_names(roles: dict[Mention, str], mentions: list[Mention], tokens: Tokens) -> None:
    """A city that names a document after it ("Declaração de Luanda", "the Declaration of Minsk") is the
    document's name, not that state's government acting. (A city before a document is often its signer:
    "وقعت الرياض وبلغراد مذكرة تفاهم", Riyadh and Belgrade signed a memorandum.)"""
    documents = [
        m for m in mentions if m.category == "trigger" and m.value == "AGREE" and trigger_strength(m) == "weak"
    ]
    for mention, role in roles.items():
        if role != "actor" or mention_kind(mention) != "capital":
            continue
        if any(0 <= words_between(tokens, d.end, mention.start) <= 1 for d in documents):
            roles[mention] = "passing"


def mention_kind(mention: Mention) -> str:
    return mention.values[1] if len(mention.values) > 1 else "name"


def dateline_place(text: str, mention: Mention, kind: str) -> bool:
    """ "SINGAPORE, 22 October -", "تهران- ایرنا": a city opening a paragraph is where the news was filed. So is
    a city glued to a short agency name and followed by a dash, in scripts without spaces ("越通社河内——")."""
    if kind != "capital" or not text:
        return False
    after = text[mention.end : mention.end + 2].strip()[:1]
    agency = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
    if agency and not (2 <= len(agency) <= _AGENCY_CHARS and agency.isalpha() and after in ("—", "-")):
        return False
    return after in (",", "-", "،", "(", "—")


def _first_after(starting_at: dict[int, list[Mention]], index: int, mention: Mention, cue: str) -> bool:
    return any(c.value == cue and mention.end <= c.start for c in starting_at.get(index, ()))


def _suffixed(text: str, mention: Mention, suffixes: frozenset[str]) -> bool:
    """A place postposition glued to the name: after the mention ("싱가포르서", "シンガポールで", "Ankara'da"), or
    among the inflections the mention took in ("Астанада", "Bakıda")."""
    if any(text.startswith(suffix, mention.end) for suffix in suffixes):
        return True
    inflection = text[mention.form_end : mention.end] if mention.form_end is not None else ""
    return any(inflection.endswith(suffix) for suffix in suffixes if suffix)


def _prefixed(text: str, mention: Mention, prefixes: frozenset[str]) -> bool:
    """A place preposition glued before the name, alone or after other prefixes (Hebrew "בישראל", "ובבריסל")."""
    if not prefixes:
        return False
    word_start = mention.start
    while word_start > 0 and mention.start - word_start < 4 and text[word_start - 1].isalpha():
        word_start -= 1
    glued = text[word_start : mention.start]
    return bool(glued) and any(glued.endswith(prefix) for prefix in prefixes)


def _before_own_city(text: str, mention: Mention, places_at: dict[int, list[Mention]]) -> bool:
    """A state named right before one of its own cities is the city's address: "스페인 바르셀로나에서",
    "Spanyol Barcelona"."""
    return any(
        not text[mention.end : p.start].strip() and p.values[1:2] == (mention.value,)
        for start in (mention.end, mention.end + 1)
        for p in places_at.get(start, ())
    )


def _after_own_city(text: str, mention: Mention, places_ending: dict[int, list[Mention]]) -> bool:
    """A state's adjective right after one of its own cities qualifies the city: "جنيف السويسرية", "Genève la
    suisse"."""
    return any(
        not text[p.end : mention.start].strip() and p.values[1:2] == (mention.value,)
        for end in (mention.start, mention.start - 1)
        for p in places_ending.get(end, ())
    )


_OPENING_QUOTES = "\"«“„'"


_CLOSING_QUOTES = "\"»”'"


def _beside_quoted_name(text: str, mention: Mention) -> bool:
    """A state's adjective right before or after a name in quotes qualifies that name, the way news writes a
    company, a brand or a project ("شركة "المسند" القطرية", "казахстанская «Казахтелеком»")."""
    after = text[mention.end : mention.end + 2].lstrip()
    before = text[max(0, mention.start - 2) : mention.start].rstrip()
    return (after[:1] in _OPENING_QUOTES and after[:1] != "") or (before[-1:] in _CLOSING_QUOTES and before != "")


def _bracketed_after_place(text: str, mention: Mention, places_ending: dict[int, list[Mention]]) -> bool:
    """The state in brackets or after a comma right behind one of its cities: "Dubai (UAE)", "Dubai, UAE"; not
    the next state of a list after a city-state ("Malaysia, Singapore, Thailand and Vietnam")."""
    return any(
        text[end : mention.start].strip() in ("(", ",", "،", "（") and p.values[1:2] in ((), (mention.value,))
        for end in range(mention.start - 3, mention.start)
        for p in places_ending.get(end, ())
    )


def words_between(tokens: Tokens, left_end: int, right_start: int) -> int:
    """Number of words strictly between two spans (-1 when the second does not follow the first)."""
    if right_start < left_end:
        return -1
    return max(0, tokens.first_at_or_after(right_start) - tokens.first_at_or_after(left_end))


def qualifies_title(mention: Mention, title_edges: set[int]) -> bool:
    """Is the state written right after or right before an official's title?"""
    return any(0 <= mention.start - end <= 1 for end in title_edges) or any(
        0 <= start - mention.end <= 1 for start in title_edges
    )


def trigger_strength(trigger: Mention) -> str:
    return trigger.values[2] if len(trigger.values) > 2 else "strong"
