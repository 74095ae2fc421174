"""Events: frames per sentence, merged into events by type and parties.

How an event is built, in order (pipeline.extract calls the steps):

1. Every party mention gets a role (`roles.party_roles`): actor, place, origin or passing. Only actors are
   parties, but a place becomes a party when someone from that state takes part.
2. The article's home party (`home_party`): the language's press state when the article names it or opens
   with a bare official title, else the state it is mostly about (actors and the dateline city, never a
   venue). It is the implicit actor behind "the minister of communications" or "our country".
3. A sentence with a live trigger is a frame (`build_frames`): its type is the trigger's (strong first),
   its parties the sentence's actors and its officials' parties, completed by the story so far, by the
   home party, or ("Both ministers ...") by the parties just introduced; an organisation named only as a
   topic drops out. A meeting of several states is one frame; only a `separate` cue ("held bilateral
   meetings with A, B and C") makes one frame per partner. A frame needs two parties.
4. Status is the strongest of the frame's triggers; a hypothetical or future sentence reaches at most
   `proposed`.
5. Frames are then read as a whole: an organisation's meeting joins the list of states that follows it
   (`join_member_lists`); outsiders to the headline's story are background (`keep_headline_focus`); a
   headline summarising items the body reports one by one goes (`drop_summaries`); a meeting named only
   as a signing's occasion is the AGREE (`one_event_per_signing`); generic intent inside talks is the talks
   (`fold_into_talks`).
6. Areas named in a frame belong to it; areas in the sentences that follow a frame, up to the next frame,
   elaborate on it and join it; areas before the first frame (headline, lead) join the first; officials
   listed after a multilateral meeting took part in it (`attach_context`).
7. Frames with the same type and parties are one event; every frame's sentence is evidence
   (`merge_frames`); an event told only in sentences dated over a year back is history and goes when the
   article reports others (`drop_history`); dates come from the evidence, the dateline, the sentence
   before or the lead's one day (`attach_dates`); a month or a year named alone is a period and dates no
   event.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from techdip.extract.mentions import PORTFOLIO, Mention
from techdip.extract.people import PersonMention, hangul_particle
from techdip.extract.roles import (
    CUE_WINDOW,
    LIST_LINK,
    dateline_place,
    mention_kind,
    qualifies_title,
    trigger_strength,
    words_between,
)
from techdip.model import ORGANISATIONS, STATUSES, DateInfo, Event, Evidence, Person
from techdip.text.normalize import NormalizedText
from techdip.text.tokens import Tokens

NO_FIELD = "-"  # areas.tsv: technology in general, which makes news relevant but names no area
_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
_CAPPED_BY_MODALITY = "proposed"
_NEGATION_WINDOW = 3  # words between a negation and the trigger it negates
_MEMBER_LIST = 3  # states named together beyond the headline's: a meeting's participants
_BACKGROUND_YEARS = 1  # dates further back than this before the publication are history
_CLAUSE_CHARS = 40  # characters between a title and the state it belongs to
_COMPANY_REACH = 12  # characters around a company's officer within which its company word stands ("Huawei's CEO")
_BESIDE = 5  # characters between a title and the state written next to it ("Iran's minister", "ministre de l'Iran")
_ORG_REACH = 4  # words between an organisation and the meeting or signing it takes part in
_ROLL_CALL = 2  # officials of this many more states, named after a multilateral meeting, took part in it
_SEPARATE_REACH = 2  # sentences before a list of partners whose "separately" / "bilateral meetings" still holds
_SUMMARY_SENTENCES = 2  # sentences after the headline that may still summarise the article
_LEAD_SENTENCES = 5  # the headline and the first sentences of the story: where a report gives its day
_CARRY_OVER = 2  # sentences after a frame whose unnamed subject ("the two sides") is that frame's parties
_HEADING_CHARS = 40  # a section heading is a short line of its own
_LIST_WORDS = 2  # short words between two items of a list ("A, de l'Union", "and the")
_LISTED = 5  # characters between two items of a list ("palestinien et somalien", "and", "و")


@dataclass
class Sentence:
    start: int
    end: int
    mentions: list[Mention]
    people: list[PersonMention]

    @cached_property
    def cues(self) -> frozenset[str]:
        """The kinds of cue the sentence holds (asked again and again while frames are built)."""
        return frozenset(m.value for m in self.mentions if m.category == "cue")


@dataclass
class Frame:
    sentence: int
    type: str
    status: str
    parties: set[str]
    areas: set[str] = field(default_factory=set)
    people: list[PersonMention] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # the sentence's live triggers as "TYPE:strength:status" ("AGREE:weak:agreed" is a document named,
    # "AGREE:strong:signed" a signing verb)
    signals: frozenset[str] = frozenset()
    generic: bool = False  # the sentence voices generic intent ("to deepen cooperation"), cue `generic`


def home_party(
    mentions: list[Mention],
    roles: dict[Mention, str],
    headline_end: int,
    language_home: str | None = None,
    text: str = "",
    opening_end: int = 0,
) -> str | None:
    """The publisher's side: the state of the language's press when the article names it or opens (up to
    `opening_end`) with an official's bare title, else the state the article is mostly about (most actor
    mentions, headline counting double; a state written next to an official's title, "the Saudi minister",
    marks the other side and does not count). A language of several states (`language_home` "NLD BEL") has
    for home the first of them the article names."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    counted: set[tuple[int, int, str]] = set()  # "Singapore" is both a state's name and its capital: once
    titles = [m for m in mentions if m.category == "title"]
    states = [m for m in mentions if m.category == "party" and m.value not in ORGANISATIONS]
    # when the first official named is given no nationality, the officials given one are the other side
    first = min(titles, key=lambda t: t.start, default=None)
    unmarked = first is not None and all(
        not 0 <= p.start - first.end <= _BESIDE and not 0 <= first.start - p.end <= _BESIDE for p in states
    )
    title_edges = {edge for t in titles for edge in (t.start, t.end)} if unmarked else set()
    for mention in mentions:
        # a publisher speaks for a state, never for an organisation
        if (
            mention.category == "party"
            # the dateline's city is where the news was filed; any other venue says nothing (spec §2)
            and (roles.get(mention) == "actor" or dateline_place(text, mention, mention_kind(mention)))
            and mention.value not in ORGANISATIONS
            and (mention.start, mention.end, mention.value) not in counted
            # "the minister ... met the Saudi minister": a nationality given to an official, beside one given
            # none, marks the other side; a publisher seldom tells its readers its own minister's country
            and not qualifies_title(mention, title_edges)
        ):
            counted.add((mention.start, mention.end, mention.value))
            counts[mention.value] += 2 if mention.start < headline_end else 1
            first_seen.setdefault(mention.value, mention.start)
    homes = language_home.split() if language_home else []
    listed = _listed_states(states, text)
    # one state among a list of others ("with Malaysia, Estonia, ..., Russia") is a partner, not the subject
    named = next((m.value for m in states if m.value in homes and m not in listed), None)
    if named:
        return named  # named at all, even only as its companies' origin ("syarikat Malaysia")
    filed = next((m.value for m in states if m.value not in homes and dateline_place(text, m, mention_kind(m))), None)
    if homes and filed:
        return filed  # "越通社河内——", "БАКУ, 9 января": a wire story filed abroad, where no home official acts
    if homes and _opens_with_bare_title(mentions, opening_end, text):
        return homes[0]  # "Menteri Komunikasi ... melakukan pertemuan bilateral": the publisher's minister
    # "his Somali counterpart": that state is the other side of whoever the story follows, never the home
    for code in _counterpart_states(titles, states):
        counts.pop(code, None)
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], -first_seen[code]))


def _counterpart_states(titles: list[Mention], states: list[Mention]) -> set[str]:
    """The states of officials called someone's counterpart, and those listed with them ("his Palestinian and
    Somali counterparts", "ses homologues palestinien et somalien")."""
    spans = [(t.start, t.end) for t in titles if t.value == "counterpart"]
    found = set()
    for state in sorted(states, key=lambda m: m.start):
        if _beside_any(state, spans, _LISTED):
            spans.append((state.start, state.end))
            found.add(state.value)
    return found


def _counterparts_subject(sentence: Sentence, roles: dict[Mention, str]) -> str | None:
    """The one state named before an official's counterparts ("the Egyptian minister signed with his Palestinian
    and Somali counterparts": Egypt): the side that deals with each of them."""
    first = min(
        (m.start for m in sentence.mentions if m.category == "title" and m.value == "counterpart"), default=None
    )
    if first is None:
        return None
    before = {
        m.value
        for m in sentence.mentions
        if m.category == "party" and m.value not in ORGANISATIONS and m.end <= first and roles.get(m) == "actor"
    }
    return next(iter(before)) if len(before) == 1 else None


def _beside_any(mention: Mention, spans: list[tuple[int, int]], gap: int = 1) -> bool:
    """Is the mention inside one of the spans, or at most `gap` characters before or after it?"""
    return any(mention.start <= end + gap and start <= mention.end + gap for start, end in spans)


_LIST_LENGTH = 3  # states named one after another: a list of partners or members


def _listed_states(states: list[Mention], text: str) -> set[Mention]:
    """State mentions in a run of three or more joined only by commas or one short word ("A, B and C",
    "A、B及びC"): the members of a list."""
    listed: set[Mention] = set()
    run: list[Mention] = []
    for state in sorted(states, key=lambda m: m.start):
        if run and state.start < run[-1].end:
            run.append(state)  # one name read two ways ("Singapore", the state and its capital)
            continue
        if run and not LIST_LINK.fullmatch(text[run[-1].end : state.start]):
            if len({m.value for m in run}) >= _LIST_LENGTH:
                listed.update(run)
            run = []
        run.append(state)
    if len({m.value for m in run}) >= _LIST_LENGTH:
        listed.update(run)
    return listed


def _opens_with_bare_title(mentions: list[Mention], opening_end: int, text: str) -> bool:
    """Does the opening of the article (headline and lead) name an official by a title with no state in
    its clause ("Bakan Kacır, Malezya ... Bakanı ile görüştü": the first minister is the publisher's)?"""
    ordered = sorted(mentions, key=lambda m: m.start)
    parties = [m for m in ordered if m.category == "party"]
    titles = [m for m in ordered if m.category == "title"]
    triggers = [m for m in ordered if m.category == "trigger"]
    marked: list[str] = []  # roles of the officials named so far with their state
    for title in ordered:
        if title.start >= opening_end:
            break
        if title.category != "title" or title.values[1:2] == ("foreign",):
            continue
        # a state after another official's title is that official's ("Menkomdigi bertemu Menteri Digital
        # Jepang", "o ministro das Comunicações recebeu o embaixador do Japão", "Minister X rozmawiał z
        # ambasadorem Japonii"); one after the verb is whom the official dealt with ("Minister cyfryzacji
        # podpisał z Japonią"), while no official has been named with a state yet (after one, "the Minister
        # signed with Laos" is most likely that official again)
        own = [p for p in parties if not any(title.end <= t.start and t.end <= p.start for t in titles)]
        if any(
            _same_clause(text, title, party)
            and not _anothers(titles, title, party, text)
            and not _possessor(text, titles, triggers, title, party)
            and not (not marked and any(title.end <= t.start and t.end <= party.start for t in triggers))
            for party in own
        ):
            marked.append(title.values[0])
        elif not _transliterated_holder(text, title) and not _named_before(title.values[0], marked):
            return True
    return False


def _possessor(text: str, titles: list[Mention], triggers: list[Mention], title: Mention, party: Mention) -> bool:
    """Is the state, after the title and with a case ending glued on, the possessor of a later title in its
    clause, no verb between (Azerbaijani genitive: "naziri Rəşad Nəbiyev Koreya Respublikasının elm və İKT
    naziri ilə görüşüb")?"""
    if party.start < title.end or party.form_end is None or party.form_end >= party.end:
        return False
    return any(
        other.start >= party.end
        and _same_clause(text, party, other)
        and not any(party.end <= t.start < other.start for t in triggers)
        for other in titles
    )


def _anothers(titles: list[Mention], title: Mention, party: Mention, text: str) -> bool:
    """Is the state another official's: written beside another title (in the same clause), or behind one that
    stands between?"""

    def beside(other: Mention) -> bool:
        return _same_clause(text, other, party) and (
            0 <= party.start - other.end <= _BESIDE or 0 <= other.start - party.end <= _BESIDE
        )

    if beside(title):  # beside two titles, a state is the ambassador's ("naziri Yaponiyanın səfiri ilə")
        return any(o is not title and o.values[1:2] == ("foreign",) and beside(o) for o in titles)
    left, right = (title, party) if title.start <= party.start else (party, title)
    return any(
        other is not title and ((left.end <= other.start and other.end <= right.start) or beside(other))
        for other in titles
    )


def _about_companies(sentence: Sentence, roles: dict[Mention, str]) -> bool:
    """Every state the sentence names only qualifies a company or a university (cue `origin`): its subject is
    them, not the parties of the story so far."""
    states = [m for m in sentence.mentions if m.category == "party"]
    return bool(states) and all(roles.get(m) == "origin" for m in states)


def _named_before(role: str, marked: list[str]) -> bool:
    """Is a bare title the official named just before with a state ("Vietnam's Prime Minister ... the Prime
    Minister")? Only the very same office: "Korea's Minister of Science ... Minister Hung" are two."""
    return role in marked


_KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff]+")
_KATAKANA_READING = re.compile(r"[(（][\u30a0-\u30ff]{2,}[)）]$")


def _transliterated_holder(text: str, title: Mention) -> bool:
    """Is the title's holder named in katakana, glued before it or after it and の ("ファム・ミン・チン首相",
    "情報通信大臣のグエン・マイン・フン氏")? Katakana spells foreign names: that official is not the publisher's.
    A foreign full name joins its parts with ・ or is followed by 氏; a loanword ("大臣のメッセージ") is neither."""
    start = title.start
    while start > 0 and "\u30a0" <= text[start - 1] <= "\u30ff":
        start -= 1
    if "・" in text[start : title.start]:
        return True
    if _KATAKANA_READING.search(text, max(0, title.start - 30), title.start):
        return True  # a name in Han characters with its reading in katakana: 李達坤(イ・ダルゴン)長官
    after = _KATAKANA_RUN.match(text, title.end + (text[title.end : title.end + 1] == "の"))
    return after is not None and ("・" in after.group() or text.startswith("氏", after.end()))


def _same_clause(text: str, a: Mention, b: Mention) -> bool:
    """Are two mentions close and with no comma or sentence break between them?"""
    left, right = (a, b) if a.start <= b.start else (b, a)
    gap = text[left.end : right.start]
    return len(gap) <= _CLAUSE_CHARS and not any(ch in gap for ch in ",،、，.;:\n")


def _company_person(person: PersonMention, sentence: Sentence, roles: dict[Mention, str]) -> bool:
    """Does the person hold a company's office, not a state's ("美国苹果公司首席执行官库克", "председатель совета
    директоров китайской компании Huawei")? The state next to the title only qualifies the company (cue `origin`)."""
    titled = sentence.start <= person.title_start < person.title_end and not (
        person.start < person.title_end and person.title_start < person.end
    )
    if not person.party or person.party_assumed or not titled:
        return False  # named again by family name ("Volkov said Russian operators ..."): his office is told before
    left, right = min(person.start, person.title_start), max(person.end, person.title_end)
    nearest: tuple[int, Mention] | None = None
    for mention in sentence.mentions:
        if mention.category == "party" and mention.value == person.party:
            gap = max(left - mention.end, mention.start - right, 0)
            if gap <= _CLAUSE_CHARS and (nearest is None or gap < nearest[0]):
                nearest = (gap, mention)
    if nearest is None or roles.get(nearest[1]) != "origin":
        return False
    # the company word itself stands between the state and the person: a demonym beside a quoted name is an
    # origin too ("السوري \"إياد الخطيب\""), but a minister's name in quotes is no brand
    low, high = min(left, nearest[1].start) - _COMPANY_REACH, max(right, nearest[1].end) + _COMPANY_REACH
    return any(
        m.category == "cue" and m.value == "origin" and low <= m.start and m.end <= high for m in sentence.mentions
    )


def _officials_only(sentence: Sentence, roles: dict[Mention, str]) -> Sentence:
    """The sentence with its people who hold a company's office dropped: they give no state a part (spec §2)."""
    people = [p for p in sentence.people if not _company_person(p, sentence, roles)]
    return sentence if len(people) == len(sentence.people) else replace(sentence, people=people)


def _reached_through_companies(
    sentence: Sentence, roles: dict[Mention, str], home: str | None, tokens: Tokens
) -> set[str]:
    """States the sentence names as its companies' origin with no official of their own in it: "during his
    visit to China, the president went to the factory of the Chinese giant Huawei" is a visit to a company, and a
    state takes part only through its government (spec §2)."""
    words = [m for m in sentence.mentions if m.category == "cue" and m.value == "origin"]
    # the company word is in this sentence ("in Paris. Chinese tech giants ...": Paris is no company's)
    origins = {
        m.value
        for m in sentence.mentions
        if m.category == "party" and roles.get(m) == "origin" and _beside_any(m, [(w.start, w.end) for w in words], 20)
    }
    titles = [m for m in sentence.mentions if m.category == "title"]
    spans = [(m.start, m.end) for m in titles]
    # an unnamed official of the state still acts ("the Chinese ambassador said Chinese companies will ..."), and
    # so does its side ("中方", "the Chinese side"): only the country's bare name is where a visit goes
    officials = {
        m.value
        for m in sentence.mentions
        if m.category == "party"
        and roles.get(m) == "actor"
        and (_beside_any(m, spans, 3) or mention_kind(m) == "demonym" or m.value in ORGANISATIONS)
    }
    if home and any(_home_title(t, sentence, tokens) for t in titles):
        officials.add(home)  # "the minister of communications" with no state: the publisher's official
    return origins - officials - {p.party for p in sentence.people if p.party}


def build_frames(sentences: list[Sentence], roles: dict[Mention, str], home: str | None, tokens: Tokens) -> list[Frame]:
    """One frame per sentence and interaction type, with the sentence's parties, areas and people."""
    frames: list[Frame] = []
    sentences = [_officials_only(sentence, roles) for sentence in sentences]
    for index, sentence in enumerate(sentences):
        triggers = _live_triggers(sentence.mentions, tokens)
        if not triggers:
            continue
        strong = [t for t in triggers if trigger_strength(t) == "strong"]
        recent = frames[-1].parties if frames and index - frames[-1].sentence <= _CARRY_OVER else None
        parties = _sentence_parties(sentence, roles, home, tokens, recent)
        parties -= _topic_organisations(sentence, parties, tokens)
        parties -= _reached_through_companies(sentence, roles, home, tokens)
        if len(parties) < 2 and strong and frames and index - frames[-1].sentence <= _CARRY_OVER:
            if _about_companies(sentence, roles):
                continue  # "Chinese tech giants and American operators also held talks": not the states' event
            # "the two sides agreed ...", "they signed ...": the parties of the story so far
            parties = parties | frames[-1].parties
        elif len(parties) < 2 and strong and _has_cue(sentence, "both"):
            # "Both ministers reviewed ...", with no event yet: the officials and states just introduced
            parties = parties | _introduced(sentences[max(0, index - _CARRY_OVER) : index], roles)
        if len(parties) < 2:
            continue
        if not strong and any(parties <= f.parties for f in frames):
            # "readiness to cooperate", "a proposal", "technology transfer" said about parties already
            # meeting: part of that event (its areas join it as context), not a new interaction
            continue
        # a proposal the sentence says was adopted ("提案し、採択された") no longer makes it hypothetical
        adopted = any(t.value == "AGREE" and trigger_strength(t) == "strong" for t in triggers)
        proposals = {(t.start, t.end) for t in triggers if t.value == "REQUEST"} if adopted else set()
        hypothetical = any(
            m.category == "modality" and m.value in ("hypothetical", "future") and (m.start, m.end) not in proposals
            for m in sentence.mentions
        )
        places = _sentence_places(sentence, roles)
        named = _actors(sentence, roles)
        partners = named - {home} - set(ORGANISATIONS)
        separate = (
            # two partners or more: states, or organisations met one by one ("bilateral meetings with the ITU and
            # the OECD")
            (len(partners) >= 2 or (len(named - {home}) >= 2 and _has_cue(sentence, "separate")))
            and (
                _has_cue(sentence, "separate")
                # a cue sentences before ("held bilateral meetings ... The delegations were A, B and C") holds
                # for a list naming the home side, or a real list ("met A, B and C"): "A met B" names both sides
                or (
                    (home in named or len(partners) >= 3)
                    and any(_has_cue(near, "separate") for near in sentences[max(0, index - _SEPARATE_REACH) : index])
                )
            )
        )
        types = list(dict.fromkeys(t.value for t in strong or triggers))
        signals = frozenset(f"{t.value}:{trigger_strength(t)}:{t.values[1]}" for t in triggers)
        if "COOPERATE" in types and "CONSULT" in types:
            types.remove("CONSULT")  # a session of a joint body or working group is its cooperation
        if (
            "AGREE" in types
            and "COOPERATE" in types
            and all(trigger_strength(t) == "weak" for t in triggers if t.value == "COOPERATE")
        ):
            types.remove("COOPERATE")  # "signed ... to set up a joint working group": the agreement
        if "REQUEST" in types and adopted:
            types.remove("REQUEST")  # "proposed the work plan, which was adopted": a proposal met by an agreement
        for type_ in types:
            statuses = [t.values[1] for t in triggers if t.value == type_ and t.values[1] in _STATUS_RANK]
            # a signing with no status of its own is planned when the sentence speaks of the future
            # ("من المقرر توقيع", the signing is scheduled), else under discussion
            default = _CAPPED_BY_MODALITY if hypothetical and type_ != "CONSULT" else "discussed"
            status = max(statuses, key=_STATUS_RANK.__getitem__, default=default)
            if hypothetical and _STATUS_RANK[status] > _STATUS_RANK[_CAPPED_BY_MODALITY]:
                status = _CAPPED_BY_MODALITY
            # "Iran's minister met his counterparts, the Egyptian, the Saudi ...": Iran deals with each, whoever
            # the home
            for group in _bilateral(parties, _counterparts_subject(sentence, roles) or home, separate):
                frames.append(
                    Frame(
                        sentence=index,
                        type=type_,
                        status=status,
                        parties=group,
                        areas=_areas(sentence),
                        people=_people_of(sentence.people, group),
                        places=places,
                        signals=signals,
                        generic=_has_cue(sentence, "generic"),
                    )
                )
    return frames


def _introduced(previous: list[Sentence], roles: dict[Mention, str]) -> set[str]:
    """The states acting in, and the parties of the officials named in, the sentences just before: who a
    sentence with no party of its own ("Both signed a declaration") is about. Two at least, or none."""
    found = set().union(*(_actors(s, roles) for s in previous))
    found |= {p.party for s in previous for p in s.people if p.party and not p.party_assumed}
    return found if len(found) >= 2 else set()


def _topic_organisations(sentence: Sentence, parties: set[str], tokens: Tokens) -> set[str]:
    """Organisations the sentence names only as a topic ("ASEAN roaming", "the ITU election", "the G20
    presidency") while two states interact: no official of theirs acts, no trigger stands near any mention of
    theirs ("the ASEAN ministers' meeting", "Indonesia and the EU signed"), no officials' title comes right
    before one ("the communications ministers of BRICS, a bloc of A, B and C, met"), and it stands in no list
    of states ("participants from China, the European Union, France and India")."""
    if len(parties - set(ORGANISATIONS)) < 2:
        return set()
    acting = {p.party for p in sentence.people}
    triggers = [m for m in sentence.mentions if m.category == "trigger"]
    titles = [m for m in sentence.mentions if m.category == "title"]
    states = [m for m in sentence.mentions if m.category == "party" and m.value not in ORGANISATIONS]
    named: set[str] = set()
    taking_part: set[str] = set()
    for mention in sentence.mentions:
        if mention.category != "party" or mention.value not in ORGANISATIONS:
            continue
        named.add(mention.value)
        if (
            mention.value in acting
            or any(
                0 <= words_between(tokens, mention.end, t.start) <= _ORG_REACH
                or 0 <= words_between(tokens, t.end, mention.start) <= _ORG_REACH
                for t in triggers
            )
            or any(0 <= words_between(tokens, t.end, mention.start) <= _ORG_REACH for t in titles)
            or _in_a_list_of_states(mention, states, tokens)
        ):
            taking_part.add(mention.value)
    taking_part |= _members_named(sentence, tokens)
    return named - taking_part


def _in_a_list_of_states(organisation: Mention, states: list[Mention], tokens: Tokens) -> bool:
    """Does the organisation stand in a list with two states or more ("China, the European Union, France"),
    not merely beside one ("traffic between Russia and the EU")?"""
    return any(
        _listed_beside(organisation, state, tokens)
        and any(other is not state and _listed_beside(state, other, tokens) for other in states)
        for state in states
    )


def _listed_beside(one: Mention, other: Mention, tokens: Tokens) -> bool:
    """Are the two names next to each other in a list: nothing between them but a comma or two short words
    ("China, the European Union", "the EU and Japan", "de la Chine, de l'Union européenne")?"""
    left, right = (one, other) if one.start < other.start else (other, one)
    first, after = tokens.first_at_or_after(left.end), tokens.first_at_or_after(right.start)
    return (
        right.start >= left.end and after - first <= _LIST_WORDS and all(len(t.text) <= 3 for t in tokens[first:after])
    )


def _members_named(sentence: Sentence, tokens: Tokens) -> set[str]:
    """Organisations whose member states the sentence names as such ("semua negara anggota ASEAN", "10 nước thành
    viên ASEAN", "ŞƏT-ə üzv dövlətlər"): their members take part, and so does the organisation (cue `members` right
    before or after it)."""
    cues = [m for m in sentence.mentions if m.category == "cue" and m.value == "members"]
    return {
        m.value
        for m in sentence.mentions
        if m.category == "party"
        and m.value in ORGANISATIONS
        and any(
            0 <= words_between(tokens, cue.end, m.start) <= CUE_WINDOW
            or 0 <= words_between(tokens, m.end, cue.start) <= CUE_WINDOW
            for cue in cues
        )
    }


def _actors(sentence: Sentence, roles: dict[Mention, str]) -> set[str]:
    """The parties the sentence names as actors (not as places, origins or in passing)."""
    return {m.value for m in sentence.mentions if m.category == "party" and roles.get(m) == "actor"}


def _has_cue(sentence: Sentence, cue: str) -> bool:
    return cue in sentence.cues


def _people_of(people: list[PersonMention], group: set[str]) -> list[PersonMention]:
    """The frame's officials. When an official's party was only assumed (the home party) but another official
    of that same party is named as such ("the minister met the Egyptian minister", "his Egyptian counterpart"),
    the unmarked one is the counterpart. Where the home party is the state of the language's press (Hebrew news,
    Israel), only an official of the same office says so: "Israel's ambassador to the US" beside "the minister
    of science" says nothing of the minister's party."""
    marked: dict[str | None, set[str]] = {}  # party -> the offices written with it (first word of the role)
    for p in people:
        if not p.party_assumed:
            marked.setdefault(p.party, set()).add(p.role.split(" ", 1)[0])
    # "the prime minister and his counterpart Fumio Kishida": a counterpart with no state of his own is the
    # other side of the officials named beside him
    sides = {p.party for p in people if p.party in group and p.role != "counterpart"}
    out = []
    for person in people:
        offices = marked.get(person.party, set())
        same_office = person.role.split(" ", 1)[0] in offices or "counterpart" in offices
        counterpart = person.role == "counterpart" and sides == {person.party}
        if (
            person.party_assumed
            and (same_office or counterpart or (person.party in marked and not person.press_home))
            and len(group) == 2
            and person.party in group
        ):
            (other,) = group - {person.party}
            person = replace(person, party=other)
        if person.party is None or person.party in group:
            out.append(person)
    return out


def _bilateral(parties: set[str], home: str | None, separate: bool) -> list[set[str]]:
    """A meeting of several states is one event with all of them (spec §1). Only when the text says the
    home state dealt with them one by one ("signed agreements separately with A, B and C", "held bilateral
    meetings ... The delegations were A, B and C": cue `separate` in the sentence or the two before it)
    is there one frame per partner. Organisations stay with every partner."""
    states = {p for p in parties if p not in ORGANISATIONS}
    if separate and home is not None and len(states - {home}) < 2 and len(parties - {home}) >= 2:
        # "held bilateral meetings with the ITU, the OECD and the UN": one meeting with each organisation
        return [{home, partner} for partner in sorted(parties - {home})]
    if not separate or home is None or len(states - {home}) < 2:
        return [set(parties)]
    states.add(home)  # "met the delegations of A, B and C": the implied subject is the publisher's side
    organisations = parties - states
    return [{home, partner} | organisations for partner in sorted(states - {home})]


def _areas(sentence: Sentence) -> set[str]:
    """Area codes named in the sentence; "ICT" in general (area `-`) and an official's or office's portfolio
    ("Minister for Communications, Electronics and IT") name no field."""
    return {
        m.value
        for m in sentence.mentions
        if m.category == "area" and m.value != NO_FIELD and m.values[1:2] != (PORTFOLIO,)
    }


def _area_owners(sentence: Sentence, index: int, owner: int, frames: list[Frame]) -> list[Frame]:
    """The frames whose areas a sentence outside every frame elaborates: those of the frame before it (the
    first, for the headline and lead), unless it names only states or organisations outside them that another
    frame has. Then it is about that other event of the article ("In the meeting with the Uzbek minister,
    fibre and e-commerce ...") and its areas go to the nearest frame of those parties."""
    owners = [f for f in frames if f.sentence == owner]
    named = {m.value for m in sentence.mentions if m.category == "party"}
    if not named or any(named & f.parties for f in owners):
        return owners
    theirs = [f for f in frames if named & f.parties]
    if not theirs:  # a route, a venue, a comparison: still about the frame before
        return owners
    nearest = min(theirs, key=lambda f: (abs(f.sentence - index), f.sentence > index)).sentence
    return [f for f in theirs if f.sentence == nearest]


def _live_triggers(mentions: list[Mention], tokens: Tokens) -> list[Mention]:
    """Triggers not negated by a nearby negation word."""
    negations = [m for m in mentions if m.category == "modality" and m.value == "negation"]
    live = []
    for trigger in (m for m in mentions if m.category == "trigger"):
        negated = any(
            0 <= words_between(tokens, n.end, trigger.start) <= _NEGATION_WINDOW
            or 0 <= words_between(tokens, trigger.end, n.start) <= 0
            for n in negations
        )
        if not negated:
            live.append(trigger)
    return live


def _sentence_parties(
    sentence: Sentence, roles: dict[Mention, str], home: str | None, tokens: Tokens, recent: set[str] | None
) -> set[str]:
    """The sentence's actors. One named state is completed by the story so far (`recent`, the parties of
    the frame just before, when it includes that state) or else by the home party."""
    parties = _actors(sentence, roles)
    parties |= {p.party for p in sentence.people if p.party}
    if home and (_has_cue(sentence, "domestic") or any(_home_title(m, sentence, tokens) for m in sentence.mentions)):
        parties.add(home)
    if len(parties) == 1 and recent and parties < recent:
        return set(recent)
    if len(parties) == 1 and home and home not in parties:
        parties.add(home)
    return parties


def _home_title(mention: Mention, sentence: Sentence, tokens: Tokens) -> bool:
    """A title with no state of its own ("the minister of communications") is the publisher's official."""
    if mention.category != "title" or mention.values[1:2] == ("foreign",):
        return False
    first, after = tokens.first_at_or_after(mention.start), tokens.first_at_or_after(mention.end)
    # a case particle glued to the title closes its phrase: "최 차관은 ... 프랑스를 방문해", France is the next one's
    closed = 0 < after <= len(tokens) and hangul_particle(tokens[after - 1].text)
    for other in sentence.mentions:
        if other.category == "party":
            start, end = tokens.first_at_or_after(other.start), tokens.first_at_or_after(other.end)
            if (not closed and after <= start <= after + 3) or first - 2 <= end <= first:
                return False
    return True


def _sentence_places(sentence: Sentence, roles: dict[Mention, str]) -> list[str]:
    """English names of the places the sentence situates things in, most explicit first."""
    acting = {(m.start, m.end) for m in sentence.mentions if m.category == "party" and roles.get(m) == "actor"}
    places = [m for m in sentence.mentions if m.category == "place" and (m.start, m.end) not in acting]
    placed = [m for m in sentence.mentions if m.category == "party" and roles.get(m) == "place"]
    return [m.values[0] for m in places] + [f"@{m.value}" for m in placed]


def keep_headline_focus(
    frames: list[Frame], sentences: list[Sentence], roles: dict[Mention, str], lead: int, home: str | None
) -> list[Frame]:
    """When the headline names the parties of the story, a frame deeper in the text that brings in
    another party is background ("the corridor runs between Russia and India") unless an official
    of that party acts in the sentence; the frame stays without it when two of its parties remain."""
    headline = set().union(*(_actors(s, roles) for s in sentences[:lead]))
    reports = any(m.category == "trigger" for s in sentences[:lead] for m in s.mentions)
    if len(headline) < 2 or not reports:
        return frames  # a line of tags or a menu above the story is no headline
    named_in: dict[int, set[str]] = {}  # the parties of every frame of a sentence (a list split by partner)
    for frame in frames:
        named_in.setdefault(frame.sentence, set()).update(frame.parties)
    kept = []
    for frame in frames:
        outsiders = frame.parties - headline - {home}
        acting = {p.party for p in sentences[frame.sentence].people}
        listed = len(named_in[frame.sentence] - headline - {home}) >= _MEMBER_LIST
        if frame.sentence < lead or outsiders <= acting or listed:
            kept.append(frame)  # a list of states is the membership of a meeting, not background
        elif len(frame.parties - (outsiders - acting)) >= 2:
            # the headline's parties meeting in a sentence that also names a venue or a third state in passing
            kept.append(replace(frame, parties=frame.parties - (outsiders - acting)))
    return kept


def drop_recalled(frames: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """Background the article recalls ("It is recalled that", "Напомним,", "يذكر أن", cue `recall`) is context, not
    news (spec §2): its frames go when the article reports anything else. So does everything under a heading
    that opens background ("Hintergrund:", "Справка", "خلفية", cue `background`), to the article's end, a
    photo caption ("File photo: the minister with his counterpart", cue `caption`), whose meeting may be any.
    (Links to other stories, "Read also: ...", are page furniture: their words never reach the frames.)"""
    background = next((i for i, s in enumerate(sentences) if i and _is_label(s, "background")), len(sentences))
    news = [
        f
        for f in frames
        if f.sentence < background and not any(_has_cue(sentences[f.sentence], cue) for cue in ("recall", "caption"))
    ]
    return news if news else frames


def _is_label(sentence: Sentence, cue: str) -> bool:
    """A short line of its own holding the cue and nothing that counts (no trigger, no party): a section heading
    ("Hintergrund:"; "vor dem Hintergrund der Gespräche" is none)."""
    return (
        sentence.end - sentence.start <= _HEADING_CHARS
        and _has_cue(sentence, cue)
        and not any(m.category in ("trigger", "party") for m in sentence.mentions)
    )


def drop_summaries(frames: list[Frame], lead: int) -> list[Frame]:
    """A headline or lead naming the parties of several events that the text then reports one by one
    ("Kazakhstan agreed with China on data centres, Uzbekistan discussed e-government with Korea")
    summarises them: it is not one event of all those parties. Such an opening frame goes when later frames,
    each within it, cover all its parties. An organisation's meeting stays when those frames all share a
    party: they are its members' side meetings, not separate events it summarises."""
    kept = []
    for frame in frames:
        if frame.sentence < lead + _SUMMARY_SENTENCES and _subject_left_out(frame, frames):
            continue
        if frame.sentence >= lead + _SUMMARY_SENTENCES or len(frame.parties) < 3:
            kept.append(frame)  # not an opening summary of several events
            continue
        inside = {frozenset(f.parties) for f in frames if f.sentence > frame.sentence and f.parties < frame.parties}
        covered = set().union(*inside) if inside else set()
        organisation = any(p in ORGANISATIONS for p in frame.parties)
        if covered >= frame.parties and (not organisation or _some_disjoint(list(inside))):
            continue
        kept.append(frame)
    return kept


def _subject_left_out(frame: Frame, frames: list[Frame]) -> bool:
    """ "MoUs with Palestine and Somalia": an opening that names only the partners, each of which the text then
    pairs with one same state (Egypt, who signed with each), leaves out its subject: it is not an event of the
    partners with each other."""
    if any(p in ORGANISATIONS for p in frame.parties):
        return False
    later = [f for f in frames if f.sentence > frame.sentence and f.type == frame.type and len(f.parties) == 2]
    subjects = None
    for party in frame.parties:
        with_party = {q for f in later if party in f.parties for q in f.parties - {party}}
        subjects = with_party if subjects is None else subjects & with_party
    return bool(subjects and subjects - frame.parties)


def _some_disjoint(party_sets: list[frozenset[str]]) -> bool:
    return any(a.isdisjoint(b) for i, a in enumerate(party_sets) for b in party_sets[i + 1 :])


def join_member_lists(frames: list[Frame]) -> list[Frame]:
    """ "BRICS communications ministers met ... The ministers of Brazil, Russia, India, China and South Africa
    discussed (or signed) ...": the list of states right after an organisation's meeting is who took part in
    it, so both frames are of that one meeting, with the organisation and every state."""
    joined = list(frames)
    for i, first in enumerate(joined):
        organisations = {p for p in first.parties if p in ORGANISATIONS}
        if not organisations:
            continue
        for j in range(i + 1, len(joined)):
            later = joined[j]
            # what the listed states do at the meeting ("at the end of the meeting, the ministers of A, B and C
            # signed a declaration") is done there too
            at_meeting = first.type in ("CONSULT", "COOPERATE")
            if later.sentence - first.sentence > _CARRY_OVER or (later.type != first.type and not at_meeting):
                continue
            states = later.parties - set(ORGANISATIONS)
            if len(states) >= 3 and states == later.parties and states >= first.parties - organisations:
                whole = states | organisations
                joined[i], joined[j] = replace(first, parties=whole), replace(later, parties=whole)
                break
    return joined


def fold_into_talks(frames: list[Frame]) -> list[Frame]:
    """Intent voiced inside talks belongs to those talks (spec §2): "agreed to deepen cooperation" (cue
    `generic`) is talks that reached agreement, never an AGREE; "will cooperate" between parties who meet in
    the same article is the meeting's status, not an event of its own; so is a call for closer cooperation
    ("called for strengthening cooperation") between parties who meet. Agreements on a document or a body,
    a decision on something concrete, and cooperation under way stay events; so do concrete requests and
    offers (the dev gold keeps an invitation made in talks)."""
    talks = {frozenset(f.parties) for f in frames if f.type == "CONSULT"}
    agreed = {frozenset(f.parties) for f in frames if f.type == "AGREE"}
    documents = {frozenset(f.parties) for f in frames if f.type == "AGREE" and not _generic_agreement(f)}
    folded = []
    for frame in frames:
        parties = frozenset(frame.parties)
        generic_agreement = _generic_agreement(frame)
        if generic_agreement and parties in documents and parties not in talks:
            # "the cabinet approved an agreement with Saudi Arabia ... both countries decided to increase
            # cooperation": with no talks reported, the intent is what the agreement says
            folded.append(frame)
            continue
        # a request in talks is a remark of the talks unless it asks for something concrete (spec §2: an invitation
        # to a celebration is a remark; one to come and draft a memorandum is news of its own)
        remark_in_talks = (
            frame.type == "REQUEST" and parties in talks and not _concrete(frame.signals) and frame.sentence > 0
        )
        if (
            generic_agreement
            or remark_in_talks
            or (frame.type == "COOPERATE" and frame.status != "implemented" and parties in talks)
        ):
            # "the two sides agreed to strengthen cooperation" is what their talks reached, said or not
            frame = replace(frame, type="CONSULT")
        elif (
            frame.type in ("COOPERATE", "AID")
            and frame.status == "proposed"
            and parties in agreed
            and _named_document(frame.signals)
        ):
            # "the purpose of the memorandum is to create joint mechanisms", "the memorandum provides for mutual
            # support": what the agreement provides for
            frame = replace(frame, type="AGREE")
        elif frame.type == "COOPERATE" and frame.status == "proposed" and not _concrete(frame.signals):
            # "Germany and India want to cooperate more closely": intent, not cooperation carried out; it belongs
            # to the agreement the article reports of the two, else it is their talks
            frame = replace(frame, type="AGREE" if parties in agreed else "CONSULT")
        folded.append(frame)
    return [_into_meeting(_into_wider(frame, folded), folded) for frame in folded]


def back_to_the_meeting(frames: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """After the article reported an organisation's meeting, what it tells of that meeting's participants is
    that one meeting (spec §1): a roll of three parties or more ("attended by participants from A, B and C",
    "also invited D, E and F as observers"), the organisation again ("Spain is invited to G20 meetings"), and,
    once the meeting has three states, a meeting told again with some of them ("the meeting was chaired by
    China"). A side meeting says so (cues `separate`, `framework`: "on the sidelines", "bilateral talks")."""
    organisations = set(ORGANISATIONS)
    anchor = next((f for f in frames if f.type in ("CONSULT", "COOPERATE") and f.parties & organisations), None)
    if anchor is None:
        return frames

    def told_apart(frame: Frame) -> bool:
        return any(_has_cue(sentences[frame.sentence], cue) for cue in ("separate", "framework", "framework_after"))

    # an article that tells of bilateral meetings ("held bilateral meetings with several countries") lists them
    bilateral = next((i for i, s in enumerate(sentences) if _has_cue(s, "separate")), len(sentences))
    later = [f for f in frames if f.sentence > anchor.sentence and f.type == "CONSULT" and not told_apart(f)]
    rolls = [
        f
        for f in later
        if f.sentence < bilateral and (len(f.parties) >= _LIST_LENGTH or _guest_of(f, anchor.parties & organisations))
    ]
    meeting = set(anchor.parties).union(*(f.parties for f in rolls))
    if len(meeting - organisations) < _LIST_LENGTH:
        rolls = []  # two states and a setting ("on the sidelines of the ASEAN meeting"): no multilateral meeting
        meeting = set(anchor.parties)
    multilateral = len(meeting - organisations) >= _LIST_LENGTH
    again = [f for f in later if f not in rolls and f.parties < meeting] if multilateral else []
    if not rolls and not again:
        return frames
    whole, told_again = {id(f) for f in (anchor, *rolls)}, {id(f) for f in again}
    return [
        replace(f, type=anchor.type, status=anchor.status, parties=set(meeting))
        if id(f) in whole
        else replace(f, type=anchor.type, parties=set(meeting))
        if id(f) in told_again
        else f
        for f in frames
    ]


def _guest_of(frame: Frame, organisations: set[str]) -> bool:
    """A state with the meeting's organisation ("Spain is invited to G20 meetings"), not another organisation
    ("BRICS takes part in the ITU's work")."""
    others = frame.parties - organisations
    return bool(frame.parties & organisations) and bool(others) and not others & set(ORGANISATIONS)


def _into_wider(frame: Frame, frames: list[Frame]) -> Frame:
    """Generic intent voiced by some of an event's parties ("we agreed with Estonia and the UK to strengthen
    cooperation", the speaker unnamed) belongs to the event of all of them the article reports."""
    if not frame.generic or frame.type not in ("CONSULT", "AGREE"):
        return frame
    wider = [f for f in frames if f.parties > frame.parties and not f.generic]
    if len(wider) != 1:
        return frame
    return replace(frame, type=wider[0].type, status=wider[0].status, parties=set(wider[0].parties))


def _generic_agreement(frame: Frame) -> bool:
    """ "Agreed to deepen cooperation": an agreement on nothing concrete, not signed."""
    return frame.type == "AGREE" and frame.status != "signed" and frame.generic and not _concrete(frame.signals)


def _into_meeting(frame: Frame, frames: list[Frame]) -> Frame:
    """An organisation's meeting told again with some of its members ("ASEAN ministers met in Hanoi ... Vietnam's
    minister told the ASEAN meeting") is that one multilateral meeting (spec §2), and what one member agreed with the
    organisation there (a declaration adopted) is agreed by all who met, when the article reports one such
    meeting of all."""
    organisations = frame.parties.intersection(ORGANISATIONS)
    if frame.type not in ("CONSULT", "COOPERATE", "AGREE") or not organisations:
        return frame
    kinds = {frame.type} | ({"CONSULT", "COOPERATE"} if frame.type == "AGREE" else set())
    wider = {frozenset(f.parties) for f in frames if f.type in kinds and f.parties > frame.parties}
    if len(wider) != 1:
        return frame
    return replace(frame, parties=set(next(iter(wider))))


def _named_document(signals: frozenset[str]) -> bool:
    """A document is named (weak AGREE triggers: MoU, roadmap)."""
    return any(s.startswith("AGREE:weak:") for s in signals)


def _concrete(signals: frozenset[str]) -> bool:
    """A document or a body at work (working group) is named, not "cooperation" in general."""
    return _named_document(signals) or "COOPERATE:weak:implemented" in signals


def one_event_per_signing(frames: list[Frame], sentences: list[Sentence], text: str) -> list[Frame]:
    """A meeting in which the parties sign is one AGREE unless the text reports discussion beyond the
    agreement (spec §2): a meeting named only by a noun ("at a ceremony") is the signing's occasion. Talks
    reported with a verb ("held talks and signed") stay an event when the text reports them apart from the
    signing: in a sentence of their own, or with what an official of theirs said there."""
    signings = [f for f in frames if f.type == "AGREE" and f.status == "signed"]
    if not signings:
        return frames
    signed = {frozenset(f.parties): f for f in signings}
    # the sentences that tell a signing: a signing verb, or the document told again with a verb of its own
    # ("these agreements were initialed by ... on the sidelines of ...")
    signing_sentences = {(frozenset(f.parties), f.sentence) for f in signings} | {
        (frozenset(f.parties), f.sentence)
        for f in frames
        if f.type == "AGREE"
        and frozenset(f.parties) in signed
        and _named_document(f.signals)
        and any(s.startswith("AGREE:strong:") for s in f.signals)
    }
    talks_apart = {
        frozenset(f.parties)
        for f in frames
        if f.type == "CONSULT" and (frozenset(f.parties), f.sentence) not in signing_sentences
    }
    framed = {f.sentence for f in frames}
    first = min(framed, default=0)
    officials = {  # name parts of the officials named, by party
        part: p.party
        for sentence in sentences
        for p in sentence.people
        if p.party and not p.party_assumed
        for part in re.split(r"[\s·・]+", p.name)
        if len(part) >= 2
    }
    speakers = {  # parties whose officials come back in sentences of no event after the first one
        party
        for index, sentence in enumerate(sentences)
        if index > first and index not in framed
        for part, party in officials.items()
        if part in text[sentence.start : sentence.end]
    }
    talks_apart |= {frozenset(f.parties) for f in frames if f.type == "CONSULT" and f.parties & speakers}
    out = []
    for frame in frames:
        agreement = signed.get(frozenset(frame.parties))
        # an organisation's meeting told in a sentence of its own is a session with an agenda ("the 5th meeting
        # of BRICS communications ministers was held on Wednesday"), not the occasion of its declaration
        session = (
            any(p in ORGANISATIONS for p in frame.parties)
            and (
                frozenset(frame.parties),
                frame.sentence,
            )
            not in signing_sentences
        )
        occasion = frozenset(frame.parties) not in talks_apart or not (
            session or any(signal.startswith("CONSULT:strong:") for signal in frame.signals)
        )
        if frame.type == "CONSULT" and agreement is not None and occasion:
            frame = replace(frame, type="AGREE", status=agreement.status)
        out.append(frame)
    return out


def attach_context(frames: list[Frame], sentences: list[Sentence]) -> None:
    """Give each frame the areas and officials of the sentences that elaborate on it (up to the next frame)."""
    if not frames:
        return
    frame_sentences = sorted({f.sentence for f in frames})
    for index, sentence in enumerate(sentences):
        if index in frame_sentences:
            continue
        areas = set() if _has_cue(sentence, "recall") else _areas(sentence)  # recalled history's fields are its own
        roll = _member_roll(sentence)
        if not areas and not sentence.people and not roll:
            continue
        preceding = [s for s in frame_sentences if s < index]
        owner = preceding[-1] if preceding else frame_sentences[0]
        for frame in frames:
            if frame.sentence == owner:
                # officials named with their title there take part; bare re-mentions ("Vaezi said") add nobody
                titled = [p for p in sentence.people if p.title_start != p.start]
                if _multilateral(frame):
                    # the roll of a multilateral meeting: "the ministers of Brunei X, Cambodia Y, ... spoke", "the
                    # ministers of member states such as Brunei, Cambodia and Indonesia"
                    listed = {p.party for p in titled if p.party and not p.party_assumed}
                    joining = (listed if len(listed - frame.parties) >= _ROLL_CALL else set()) | roll
                    if joining - frame.parties:
                        meeting = set(frame.parties)
                        for same in frames:  # every frame of that meeting (its signing, its sessions) alike
                            if same.parties == meeting:
                                same.parties |= joining
                # a head of state or government named in a sentence around the event ("the cabinet chaired by
                # the prime minister", "during the president's visit last year") is mentioned, not acting
                frame.people += _people_of([p for p in titled if not _heads_state(p.role)], frame.parties)
        for frame in _area_owners(sentence, index, owner, frames) if areas else []:
            frame.areas |= areas


_HEADS = ("president", "prime minister", "king", "emir", "crown prince", "chancellor", "premier", "sultan")


def _member_roll(sentence: Sentence) -> set[str]:
    """The states a sentence lists as member states ("member states such as Brunei, Cambodia and Indonesia",
    "브루나이, 캄보디아, 인도네시아 등 회원국", cue `members`): the roll of the meeting told before it."""
    if not _has_cue(sentence, "members"):
        return set()
    states = {m.value for m in sentence.mentions if m.category == "party" and m.value not in ORGANISATIONS}
    return states if len(states) >= _LIST_LENGTH else set()


def _heads_state(role: str) -> bool:
    """Is the (English) role that of a head of state or government?"""
    role = role.lower()
    return role.startswith(_HEADS) and "vice" not in role and "deputy" not in role


def _multilateral(frame: Frame) -> bool:
    return len(frame.parties) >= 3 or any(p in ORGANISATIONS for p in frame.parties)


def merge_frames(
    frames: list[Frame], sentences: list[Sentence], norm: NormalizedText, english_name: dict[str, str]
) -> list[Event]:
    """Frames with the same type and parties become one event, with every frame's evidence."""
    events: dict[tuple[str, frozenset[str]], Event] = {}
    for frame in frames:
        key = (frame.type, frozenset(frame.parties))
        sentence = sentences[frame.sentence]
        start, end = norm.span(sentence.start, sentence.end)
        evidence = Evidence(start, end, norm.original[start:end])
        event = events.get(key)
        if event is None:
            event = Event(type=frame.type, parties=sorted(frame.parties), status=frame.status)
            events[key] = event
        if all(e.text != evidence.text for e in event.evidence):  # a headline repeated by the page, once
            event.evidence.append(evidence)
        event.areas = sorted(set(event.areas) | frame.areas)
        if _STATUS_RANK[frame.status] > _STATUS_RANK[event.status]:
            event.status = frame.status
        for person in frame.people:
            if person.party in frame.parties or person.party is None:
                _add_person(event, Person(person.name, person.party, person.role))
        if event.location is None and frame.places:
            place = frame.places[0]
            event.location = english_name.get(place[1:], place[1:]) if place.startswith("@") else place
    return list(events.values())


def share_places(events: list[Event]) -> None:
    """An event the text places nowhere happened where the article's other event of the same parties did (the
    declaration signed at the meeting held in Brasília), when there is one such place."""
    for event in events:
        if event.location is None:
            places = {e.location for e in events if e.location and e.parties == event.parties}
            if len(places) == 1:
                event.location = places.pop()


def _add_person(event: Event, person: Person) -> None:
    """Add a person once: "Hakobyan" after "Grigor Hakobyan" is the same person, and the full name stays."""
    words = f" {person.name} "
    for index, known in enumerate(event.people):
        if known.party != person.party:
            continue
        other = f" {known.name} "
        if words in other:
            return
        if other in words:
            event.people[index] = person
            return
    event.people.append(person)


def attach_dates(
    events: list[Event],
    dated: list[tuple[int, int, DateInfo]],
    published: str | None = None,
    dateline: tuple[int, int, DateInfo] | None = None,
    sentences: list[tuple[int, int]] = (),
) -> None:
    """An event's date is the first resolved date inside one of its evidence sentences that is not
    after the publication date ("by 2026", "next March" are plans, not when the event happened) and not
    the day of a report ("an official release said on Wednesday") when another date is given, nor ever the day
    of a third party's report ("state media reported on Monday": when it was told, not when it happened), else
    the date of a dateline sentence standing right before the evidence, else a date of the sentence just
    before its first evidence when no other event claims that sentence ("On Thursday, in Berlin. Germany
    and India signed ..."); a later evidence sentence that agrees and is more precise refines it, and a
    later day overrides a first date that is only the publication day written out (the page's date line).
    An event still undated takes the day of the lead (the first `_LEAD_SENTENCES` sentences) when the lead
    names exactly one (besides the publication day of its dateline). A month or a year named alone ("in June
    2018", "this year") dates nothing (`_period`).
    A date heading the section above ("18 November 2024" on a line of its own) dates an event that is still
    undated. `dated` items are (start, end, date) and, optionally, whether the date is a report's and
    whether it heads a section; `sentences` are the (start, end) spans of the text's sentences, in
    original offsets."""

    # without a publication date, the latest day the text names stands in for "now" when telling
    # history ("平成27年5月 ... 平成29年6月7日 ... 令和4年8月5日") from the news
    now = _now(dated, published)
    reports = {id(d[2]) for d in dated if len(d) > 3 and d[3]}
    media = {id(d[2]) for d in dated if len(d) > 3 and d[3] == "media"}
    headers = sorted((d[0], d[1]) for d in dated if len(d) > 4 and d[4])

    def usable(start: int, end: int) -> list[DateInfo]:
        found = [
            d[2]
            for d in dated
            if start <= d[0] < end
            and not _after(d[2].value, published)
            and not _background(d[2].value, now)
            and not _period(d[2])
            and id(d[2]) not in media  # the day the media told of it, not the event's (spec: when it happened)
        ]
        if len(found) > 1 and found[0].value == published:
            found = found[1:]  # "JAKARTA, 4 June 2024 - ... on Monday (3/6)": the dateline is the publication
        return sorted(found, key=lambda info: id(info) in reports)  # a report's day last

    claimed = {(e.start, e.end) for event in events for e in event.evidence}
    for event in events:
        for evidence in event.evidence:
            inside = usable(evidence.start, evidence.end)
            if not inside and dateline is not None and 0 <= evidence.start - dateline[1] <= 3:
                inside = usable(dateline[0], dateline[1])  # "Тегеран, 14 октября 2025 года. Министр ..."
            if not inside:
                continue
            if event.date is None or (id(event.date_info) in reports and id(inside[0]) not in reports):
                event.date, event.date_info = inside[0].value, inside[0]
            elif len(inside[0].value) > len(event.date) and inside[0].value.startswith(event.date):
                # a lead says "in 2024", the body "on Monday (25/11)": the same event, more precisely
                event.date, event.date_info = inside[0].value, inside[0]
            elif event.date == published and event.date_info.resolution != "relative" and len(inside[0].value) == 10:
                # a headline carries the page's own date line ("New Delhi, Jan 24 (PTI)"), the body says
                # "9 September": the body's day (but "on Monday" told in the story is the event's own day)
                event.date, event.date_info = inside[0].value, inside[0]
        if event.date is None and event.evidence:
            first = min(e.start for e in event.evidence)
            before = [span for span in sentences if span[1] <= first]
            if before and before[-1] not in claimed:
                previous = usable(*before[-1])
                if previous:
                    event.date, event.date_info = previous[0].value, previous[0]
        if event.date is None and event.evidence:
            # a date heading the section the event is told in ("18 November 2024" on its own line above it)
            above = [span for span in headers if span[1] <= min(e.start for e in event.evidence)]
            heading = usable(*above[-1]) if above else []
            if heading and _day(heading[0]):
                event.date, event.date_info = heading[0].value, heading[0]
    # the lead's day dates the story's events that give none of their own ("On 12 June 2020, the opening
    # ceremony ... was launched." under a headline that names the parties)
    lead_days = [i for span in sentences[:_LEAD_SENTENCES] for i in usable(*span) if _day(i)]
    if len({i.value for i in lead_days}) > 1:  # "Berlin, 10. Juni 2024. ... am 9. Juni": the dateline is the page's
        lead_days = [i for i in lead_days if i.value != published]
    if lead_days and len({i.value for i in lead_days}) == 1:
        for event in events:
            if event.date is None and event.evidence:
                event.date, event.date_info = lead_days[0].value, lead_days[0]


def _now(dated: list[tuple[int, int, DateInfo]], published: str | None) -> str | None:
    """The day history is told against: the publication, else the latest day the text names."""
    return published or max((d[2].value for d in dated if len(d[2].value) == 10), default=None)


def drop_history(events: list[Event], dated: list[tuple[int, int, DateInfo]], published: str | None) -> list[Event]:
    """Background history is context, not news (spec §2): an event told only in sentences dated over a year
    before the article ("the MoU signed between the two countries in 2012", "at the NATO summit in June 2022")
    goes when the article reports other events."""
    now = _now(dated, published)
    if now is None:
        return events

    def history(event: Event) -> bool:
        told = [[d[2] for d in dated if e.start <= d[0] < e.end] for e in event.evidence]
        return all(found and all(_background(i.value, now) for i in found) for found in told)

    news = [event for event in events if not history(event)]
    return news if news else events


def _day(info: DateInfo | None) -> bool:
    return info is not None and len(info.value) == 10


def _period(info: DateInfo) -> bool:
    """ "in 2023", "in June 2018", "in April", "this year": a period the text names, which in news dates
    history or plans ("the MoU signed in June 2018", "the forum planned for March 2025") rather than the
    news event, told by its day ("on 19 June", "yesterday"). A Hijri month or season read as a Gregorian
    month, a season, and a relative month ("last month"), still date an event."""
    month = len(info.value) == 7 and info.calendar == "gregorian"
    if info.resolution == "absolute":
        return len(info.value) == 4 or month
    if info.resolution == "partial":
        return month  # "in April", "сәуір айында": as a month with its year
    return info.resolution == "relative" and len(info.value) == 4


def _background(value: str, published: str | None) -> bool:
    """A date over a year before the publication is history the article recounts ("the MoU signed in
    March 2021"), not when today's event happened."""
    if not published:
        return False
    years = int(published[:4]) - int(value[:4])
    return years > _BACKGROUND_YEARS or (years == _BACKGROUND_YEARS and value[5:] < published[5 : len(value)])


def _after(value: str, published: str | None) -> bool:
    """Does the period `value` (YYYY, YYYY-MM, YYYY-MM-DD) start after the publication period (a day, or
    only a month)?"""
    if not published:
        return False
    common = min(len(value), len(published))
    return value[:common] > published[:common]
