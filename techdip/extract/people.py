"""People: names next to official titles, with a role gloss and a party.

A title from titles.tsv is extended over the words that complete it ("minister
of industry and information technology of China"); a party named inside that
extension, or a demonym just before the title, is the person's party, and a
title with no party of its own (the publisher's "minister of communications")
belongs to the article's home party. The name is the run of name-like words
right after the title, or right before it: capitalised words in scripts with
case, and in scripts without case the words that are neither stopwords nor
lexicon forms. A name seen in full is then also found by its family name alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from operator import methodcaller

from techdip.extract.mentions import Mention
from techdip.lexicons import Lexicon
from techdip.text.normalize import NormalizedText, normalize_pattern
from techdip.text.tokens import Tokens, char_script

MAX_NAME_WORDS = 4
MAX_TITLE_EXTENSION = 8
# honorifics, particles and hyphenated halves included: bounds the work on runs of honorifics ("سید سید ...")
MAX_NAME_TOKENS = 3 * MAX_NAME_WORDS
_GLUE_RUN = 4  # stopwords in a row inside a title ("of the Federal Republic of")
_CASELESS = ("arabic", "han", "kana", "hangul", "devanagari", "thai", "caseless")
_UNSPACED = ("han", "kana")
# scripts whose titles are whole words but for the lexicon's suffixes (a title ending inside a longer word is
# that word's start: 의장국, ראשון); not Latin or Cyrillic, whose compounds end in titles (Ministerpräsident)
_WHOLE_WORD_TITLES = ("hangul", "caseless", "arabic")
_NAME_GLUE = frozenset(
    {"bin", "binti", "bt", "al", "el", "ibn", "van", "von", "de", "da", "der", "di", "du", "la", "le"}
)
_TITLE_PARTS = ("title", "area", "party", "place")
_BREAKS = set('.;:!?؛؟。！？()[]{}"\n|/—')  # an em dash ends a dateline ("Jakarta, Portal — Menteri ...")


@dataclass(frozen=True)
class PersonMention:
    start: int  # working-string span of the name
    end: int
    name: str  # the name as written in the original text
    role: str
    party: str | None
    title_start: int
    title_end: int
    party_assumed: bool = False  # the party is the article's home party, not written next to the name
    # that home party is the state of the language's press (meta.tsv `home`: Hebrew news is Israel's), not a
    # guess from the text
    press_home: bool = False


@dataclass
class _Context:
    norm: NormalizedText
    tokens: Tokens
    lexicon: Lexicon
    covered: dict[int, Mention]  # token index -> the mention covering it (any category but cue)
    honorific_tokens: set[int]
    covered_chars: bytearray  # 1 where a mention other than an honorific covers the character
    words: frozenset[str] = frozenset()  # every word of the text (working form), to tell a stem from an ending
    title_tokens: set[int] = field(default_factory=set)  # tokens inside a title, whatever else covers them
    name_tokens: set[int] = field(default_factory=set)  # tokens of the names earlier titles took


def find_people(
    norm: NormalizedText, tokens: Tokens, mentions: list[Mention], lexicon: Lexicon, home_party: str | None
) -> list[PersonMention]:
    """People named next to titles, then every later mention of them by family name."""
    ctx = _Context(norm, tokens, lexicon, {}, set(), bytearray(len(norm.text)), frozenset(tokens.words))
    for mention in mentions:
        # the tokens that start inside the mention, and the word it starts inside after a glued clitic
        inside = range(_first_token(ctx, mention.start), tokens.first_at_or_after(mention.end))
        if mention.category == "cue" and mention.value == "honorific":
            # a glued honorific starts the name's first word (นายสมชาย): that word is the name, not an honorific
            glued = lexicon.honorifics_glued
            ctx.honorific_tokens.update(i for i in inside if not glued or tokens[i].end <= mention.end)
        else:
            ctx.covered_chars[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            for index in inside:
                ctx.covered.setdefault(index, mention)
            if mention.category == "title":
                ctx.title_tokens.update(inside)
    if lexicon.honorifics:
        ctx.honorific_tokens.update(i for i, word in enumerate(tokens.words) if word in lexicon.honorifics)
    titles = [m for m in mentions if m.category == "title"]
    # a name two titles reach is the person of the nearer one: in "the ministry of Industry and IT of China the
    # minister of communications of Cuba, NAME" the name is Cuba's minister's, not the ministry's
    nearest: dict[int, tuple[tuple[int, int], int, PersonMention]] = {}  # name end -> (distance, title order, person)
    # the names earlier titles took (where they start and end, and as written)
    taken: dict[int | str | tuple[str, int], str | None] = {}
    named = False  # did the title before name someone?
    for order, title in enumerate(titles):
        if named and _glued_to(ctx, titles[order - 1], title):
            continue  # the portfolio of the title before, which named its holder: "vice-ministro da Indústria"
        person = _person_at_title(ctx, title, mentions, home_party, taken)
        named = person is not None and plausible_name(person.name)
        if person is None or not named:
            continue
        taken[person.start] = taken[person.name.casefold()] = taken[("end", person.end)] = person.party
        ctx.name_tokens.update(range(_first_token(ctx, person.start), tokens.first_at_or_after(person.end)))
        # from the title's whole extension ("minister of X of Kazakhstan NAME, minister of Y of Kyrgyzstan"),
        # then from the title itself (two titles whose extensions end at the same state)
        distance = (
            max(person.start - max(title.end, person.title_end), title.start - person.end, 0),
            max(person.start - title.end, title.start - person.end, 0),
        )
        # keyed by where the name ends: "Б.Б.Мусин" after one title and "Б.Мусин" before the next are one name
        known = nearest.get(person.end)
        if known is None or distance < known[0]:
            nearest[person.end] = (distance, order, person)
    people = [person for _, _, person in sorted(nearest.values(), key=lambda item: item[1])]
    people += _people_after_honorifics(ctx, people, titles, home_party)
    people = [
        p
        for p in people
        if not _common_word(norm.original, p.name)
        and not _lexicon_word(lexicon, p.name)
        and not _mostly_lexicon_words(lexicon, p.name)
    ]
    people = _one_party_per_name(_with_full_names(people))
    people += _family_name_mentions(ctx, people)
    states = sorted(m.start for m in mentions if m.category == "party")
    people = [p for p in people if not p.role.endswith(_SPEAKING_ROLES) and not _company_head(norm.text, p, states)]
    if home_party is not None and home_party in (lexicon.home or "").split():
        people = [replace(p, press_home=True) if p.party_assumed and p.party == home_party else p for p in people]
    return people


# spokespeople and press secretaries report what others do ("the deputy government spokesperson said the cabinet
# approved the MoU"): they act in no cooperation, whatever they announce
_SPEAKING_ROLES = ("spokesperson", "spokesman", "spokeswoman", "press secretary")


# the heads of companies, named with no state ("Google CEO Sundar Pichai", "Alibaba founder Jack Ma"): companies
# are no parties (spec §2), and a company's head at a state event speaks for the company, not for a state
_COMPANY_ROLES = frozenset({"CEO", "chief executive", "chairman and CEO", "founder", "co-founder"})


_AGENCY_REACH = 80  # characters after a title where the state of a public body may stand


def _company_head(text: str, person: PersonMention, states: list[int]) -> bool:
    """A company's head whose state the text does not write (the home party was only assumed), unless a state
    closes the clause of a title after the name: "NAME, Amministratore delegato dell'Agenzia Spaziale del
    Lussemburgo" heads a public agency."""
    if person.role not in _COMPANY_ROLES or not (person.party_assumed or person.party is None):
        return False
    if person.start >= person.title_end:
        return True  # "Google CEO NAME": the name closes the title's phrase
    end = person.title_end
    clause = re.split(r"[,;.!?\n()،]", text[end : end + _AGENCY_REACH], maxsplit=1)[0]
    index = bisect_right(states, end)
    return not (index < len(states) and states[index] < end + len(clause))


def _one_party_per_name(people: list[PersonMention]) -> list[PersonMention]:
    """A person whose party was only assumed (the home party: "Minister Lee Jong-ho" in a Vietnamese page) is
    of the party the article writes next to the same name elsewhere ("the Korean Minister of Science and ICT
    Lee Jong-ho"): one name, one party. Where the text gives the name two different parties, nothing changes."""
    written: dict[str, set[str]] = {}
    for person in people:
        if person.party is not None and not person.party_assumed:
            written.setdefault(person.name.casefold(), set()).add(person.party)
    out = []
    for person in people:
        parties = written.get(person.name.casefold(), set())
        if (person.party_assumed or person.party is None) and len(parties) == 1:
            (party,) = parties  # also a name left without one (a transliteration under a bare title)
            person = replace(person, party=party, party_assumed=False)
        out.append(person)
    return out


_INITIALS = re.compile(r"^((?:[^\W\d_][^\W\d_]?\.\s*)+)[^\W\d_]{2,}$")


def _initials_of(name: str) -> str:
    """The initials before a family name ("R." of "R.Gruk", "А.В." of "А.В.Крутских", "Sh." of "Sh. Shermatov"),
    or ""."""
    match = _INITIALS.match(name.strip())
    return match.group(1) if match else ""


def _with_full_names(people: list[PersonMention]) -> list[PersonMention]:
    """A person named at a title by family name alone ("his counterpart Memmedov", "フン大臣") or with initials
    ("R.Gruk" where "Radoslav Gruk" stands elsewhere) where the article
    also gives the full name ("Elçin Memmedov", "グエン・マイン・フン") of someone of the same party is that person:
    one name for one person. Bare re-mentions ("Memmedov said") keep the form written, as the gold records them."""
    full: dict[str, PersonMention] = {}
    for person in people:
        parts = re.split(r"[\s・·]+", person.name.strip())
        if len(parts) > 1 and not _initials_of(person.name):
            full.setdefault(parts[-1].casefold(), person)
    out = []
    for person in people:
        initials = _initials_of(person.name)
        family = re.split(r"[\s.・·]+", person.name.strip())[-1] if initials else person.name.strip()
        whole = full.get(family.casefold())
        if whole is not None and initials and not whole.name.casefold().startswith(initials[0].casefold()):
            whole = None  # "R. Gruk" is Radoslav Gruk, not Jan Gruk
        same_side = whole is not None and (
            whole.party == person.party or person.party is None or person.party_assumed or whole.party_assumed
        )
        out.append(replace(person, name=whole.name) if whole is not None and same_side else person)
    return out


def _common_word(text: str, name: str) -> bool:
    """A one-word "name" that the text also writes in lower case is a common word capitalised in a
    title or heading ("Minister of Energy", "Relative"), not a person."""
    if " " in name or name[:1].lower() == name[:1]:
        return False
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is not None


def _lexicon_word(lexicon: Lexicon, name: str) -> bool:
    """A one-word "name" in a cased script that is a word of the language's lexicon forms ("European" of
    "European Union", "Energy" of "minister of energy", "Kedutaan" of the embassy): a capitalised common word."""
    if " " in name or char_script(name[:1]) not in ("latin", "cyrillic", "cased"):
        return False
    return normalize_pattern(name, lexicon.keep_marks) in lexicon.common_words


def _mostly_lexicon_words(lexicon: Lexicon, name: str) -> bool:
    """A "name" most of whose words are words of the lexicon's forms or stopwords is a phrase next to a title
    ("تكنولوجيا المعلومات", "وجهات النظر", "External Affairs"), not a person. Not where names are made of common
    syllables (meta.tsv `name_words common`: Vietnamese "Thanh Sơn")."""
    if lexicon.common_name_words or char_script(name[:1]) in _UNSPACED:
        return False
    words = normalize_pattern(name, lexicon.keep_marks).split()
    common = sum(1 for w in words if w in lexicon.common_words and w not in lexicon.name_particles)
    return 2 * common > len(words)


_LONGEST_THAI_WORD = 20  # characters of a Thai given or family name: "ดุรงคเวโรจน์" has 12
_SMALL_KANA = set("ァィゥェォャュョッヮヵヶぁぃぅぇぉゃゅょっゎー・")
_HANGUL_PARTICLES = ("은", "는", "이", "가", "을", "를", "에서", "에", "의", "과", "와", "도", "로", "으로", "등")


# particles that follow a syllable closed by a consonant, and those that follow an open one: "현이" is 현 + 이,
# but "웨이" (Miao Wei) cannot be 웨 + 이, as 웨 is open
_AFTER_CLOSED = ("이", "은", "을", "과")
_AFTER_OPEN = ("가", "는", "를", "와")


# particles that also end transliterated names (-ro, -lo, -do): on the last of several words, that word is a name
_NAME_LIKE_PARTICLES = ("로", "도")
# endings of verbs and adverbs (하게 "-ly", 하는 "doing", 어진 "done", 라며 "saying that"): no word of a name
_VERB_ENDINGS = ("하게", "하는", "하며", "하고", "하여", "해서", "어진", "아진", "되는", "라며", "이라며")


def hangul_particle(word: str) -> bool:
    """Does the word end in a case particle (강도현이, 자리에서)?"""
    if len(word) < 2 or not word.endswith(_HANGUL_PARTICLES):
        return False
    last, before = word[-1], word[-2]
    if last not in _AFTER_CLOSED + _AFTER_OPEN or not "\uac00" <= before <= "\ud7a3":
        return True
    closed = (ord(before) - 0xAC00) % 28 != 0
    return closed if last in _AFTER_CLOSED else not closed


def plausible_name(name: str) -> bool:
    """Does the text look like a person's name in its script? Rejects what real pages put next to titles:
    acronyms ("ADGMIN", "DCO"), one letter, katakana cut inside a word ("ャイウット"), Hangul phrases
    ending in a particle ("자리에서 최", "열리는"), Arabic phrases opening with the article ("الأمن القومي")."""
    words = name.split()
    if not words or len(name.strip(" .")) < 2 and not _is_kanji(name.strip()[:1]):
        return False  # one letter is no name; one kanji may be a Japanese family name (林)
    # letters one by one ("G42"; Urdu "آ ئی", the I and T of "IT", written with two letters for a long vowel): no
    # name, though 林 and 최 may be
    shortest = {"latin": 1, "cyrillic": 1, "cased": 1, "arabic": 2}.get(char_script(name.strip()[0]), 0)
    if all(sum(c.isalpha() for c in w) <= shortest for w in words):
        return False
    script = char_script(name.strip()[0])
    if any(len({char_script(c) for c in w if c.isalpha()}) > 1 for w in words if script not in _UNSPACED):
        return False  # one word in two scripts is debris of a page, not a name ("ছিলেনÑবাংলাদেশ")
    if script in ("latin", "cyrillic", "cased"):
        letters = [c for c in name if c.isalpha()]
        capitals = sum(1 for c in letters if c.isupper())
        if len(words) == 1 and len(letters) <= 7 and capitals >= max(2, len(letters) - 2):
            return False  # an acronym, not a name
        return any(w[:1].isupper() for w in words)
    if script == "kana":
        hiragana = all("\u3040" <= c <= "\u309f" for c in name)
        # two hiragana are the tail of a name cut at a particle-like kana (牧島かれん -> "れん"), not a name
        return name[0] not in _SMALL_KANA and not (hiragana and len(name) < 3)
    if script == "hangul":  # no word of a name carries a case particle
        if any(w.endswith(_VERB_ENDINGS) and len(w) > 2 for w in words):
            return False  # a verb or an adverb ("시의적절하게 이루어진 최"), not a name
        if len(words) > 1 and all(len(w) >= 2 for w in words) and len(words[-1]) >= 3:
            # a foreign name of several words may end so ("티트 리살로", Riisalo); not "취임 첫 해외 행보로", with a
            # word of one syllable, nor "계기로 류제명", where the word before a Korean name carries the particle
            words = words[:-1] if words[-1].endswith(_NAME_LIKE_PARTICLES) else words
        return not any(hangul_particle(w) for w in words)
    if script == "thai" and any(len(w) > _LONGEST_THAI_WORD for w in words):
        return False  # a run of unspaced Thai words ("พร้อมด้วยผู้แทนจากสหพันธรัฐรัสเซีย"), longer than any name
    if script == "arabic":  # a phrase of definite nouns ("الأمن القومي"), not "الکساندر ولکوف"
        if any(mark in name for mark in "\u064b\u064c\u064d"):
            return False  # nunation marks indefinite nouns ("ممرًا رئيسيًا"), which names are not
        return len(words) == 1 or not all(w.startswith(("ال", "وال", "لل")) for w in words)
    return True


def _people_after_honorifics(
    ctx: _Context, people: list[PersonMention], titles: list[Mention], home_party: str | None
) -> list[PersonMention]:
    """A name after an honorific is a person even with no title beside it ("سید ستار هاشمی در دیدار ...").
    The role is that of the nearest earlier title left without a name ("the minister ... Sattar Hashemi")."""
    found: list[PersonMention] = []
    claimed = {(p.title_start, p.title_end) for p in people}
    named = bytearray(len(ctx.norm.text))  # characters inside a name already found
    for person in people:
        named[person.start : person.end] = b"\x01" * (person.end - person.start)
    orphans = sorted(
        (t for t in titles if (t.start, t.end) not in claimed and t.values[1:2] != ("foreign",)), key=lambda t: t.end
    )
    orphan_ends = [t.end for t in orphans]
    for index in sorted(ctx.honorific_tokens):
        token = ctx.tokens[index]
        if named[token.start]:
            continue
        words = [index]
        nxt = index + 1
        while nxt < len(ctx.tokens) and _room_for_more(ctx, words) and _is_name_word(ctx, nxt):
            if _name_break(ctx, words[-1], nxt):
                break
            words.append(nxt)
            nxt += 1
        name = _as_name(ctx, words, adjacent=True)
        if name is None or any(named[name[0] : name[1]]):
            continue
        start, end, _ = name
        before = bisect_right(orphan_ends, start)  # the titles that end before the name
        role = orphans[before - 1].value if before and start - orphan_ends[before - 1] < 400 else "official"
        found.append(PersonMention(start, end, _written_name(ctx, start, end), role, home_party, start, start, True))
        named[start:end] = b"\x01" * (end - start)
    return found


def _first_token(ctx: _Context, start: int) -> int:
    """The first token of a mention, counting the word it starts inside after a glued clitic ("بنظيره":
    with + his counterpart)."""
    first = ctx.tokens.first_at_or_after(start)
    if first > 0 and ctx.tokens[first - 1].end > start:
        glued = ctx.norm.text[ctx.tokens[first - 1].start : start]
        first -= glued in ctx.lexicon.prefixes
    return first


def _person_at_title(
    ctx: _Context,
    title: Mention,
    mentions: list[Mention],
    home_party: str | None,
    taken: dict[int | str | tuple[str, int], str | None] | None = None,
) -> PersonMention | None:
    if char_script(ctx.norm.text[title.start]) in _UNSPACED:
        return _unspaced_person(ctx, title, mentions, home_party)
    tokens = ctx.tokens
    first = _first_token(ctx, title.start)
    inside = first > 0 and tokens[first - 1].start < title.start < tokens[first - 1].end
    if inside and (char_script(tokens[first - 1].text[0]) not in _CASELESS or _covers(ctx, first - 1, ("party",))):
        first -= 1  # a compound that ends in the title is the title: "Wirtschaftsstaatssekretär", 중국대사
    elif _hyphen_prefix(ctx, first):
        first -= 1  # "vice-diretor", "ex-ministro": the prefix is the title's, the name stands before it
    last = tokens.last_ending_before(title.end)
    if last + 1 < len(tokens) and tokens[last + 1].start < title.end:
        last += 1  # the title ends inside a word: a particle glued to it (Korean 차관이)
    rest = ctx.norm.text[title.form_end if title.form_end is not None else title.end : tokens[last].end]
    if char_script(rest[:1] or " ") in _WHOLE_WORD_TITLES and rest not in ctx.lexicon.suffixes:
        return None  # another word the title starts (의장국, the chair country; ראשון, first), not the title
    if first >= len(tokens) or last < first:
        return None
    hangul = char_script(tokens[last].text[0]) == "hangul"
    glued = hangul and (rest or hangul_particle(tokens[last].text))
    if glued:  # a particle closes the title's phrase (장관은 일본 ...: Japan is the next phrase's)
        ext_last, party = last, None
    else:
        ext_last, party = _extend_title(ctx, last, title.values[1:2] == ("foreign",))
    if ext_last == last and party is None and _bare_title(ctx, title, first):
        return None  # "the minister" as a noun (השר אמר, השרה שיתפה את השר): no name beside it
    if party is None:
        party = _party_in_title(title, mentions, tokens[first].start) or _party_just_before(ctx, first, mentions)
    ext_last, tail_party = _definite_tail(ctx, ext_last)
    party = party or tail_party
    ext_last = _after_acronym(ctx, _portfolio_segments(ctx, ext_last))
    ext_last = _after_acronym(ctx, _lexical_portfolio(ctx, ext_last))
    if party is None:  # a state closing a portfolio the lexicon does not list: "Bộ trưởng Công thương Malaysia"
        party = _party_inside(ctx, last + 1, ext_last, title.values[1:2] == ("foreign",))
    after = _name_after(ctx, ext_last + 1, title) or _quoted_name(ctx, ext_last + 1, forward=True)
    before = (
        _name_before(ctx, _before_apposition(ctx, first - 1), title)
        or _quoted_name(ctx, first - 1, False)
        or _name_before(ctx, _before_qualifiers(ctx, first - 1), title)
        or _name_before_gloss(ctx, first - 1, title)
    )
    if glued:
        after = None  # "이 장관이 필립 골드버그 ...": a particle closes the title's phrase, the next name is another's
    if before is not None and char_script(ctx.norm.text[title.start]) == "hangul":
        after = None  # Korean names its officials before the title: "이종호 장관", never "장관, 이종호"
        if "," in ctx.norm.text[before[1] : title.start]:
            before = None  # a headline's subject and its comma: "유상임, 체코 안보보좌관 만나" (Yoo meets the adviser)
    if _glued_particle(ctx, ctx.norm.text[tokens[first].start : title.start]):
        # "and the director NAME" (ומנהל, ووزير), "with the ambassador" (بالسفير, בשגריר): the title opens a new
        # phrase, and the name before is the previous official's
        before = None
    # a phrase on one side is no reason to miss the name on the other: "أمل الفلاح السغروشني، وزيرة الانتقال الرقمي"
    after = None if after is not None and _junk(ctx, after) else after
    if after is not None:
        after = _past_portfolio_list(ctx, after, title)
    if (
        after is not None
        and _title_follows(ctx, after[1])
        and _glued_conjunction(ctx, tokens[tokens.first_at_or_after(after[0])].text)
    ):
        after = None  # "title1 and NAME2, title2" (ראש המערך ואלכסנדר פטרסקו, ראש ...): NAME2 is title2's
    before = None if before is not None and _junk(ctx, before) else before
    taken = taken or {}
    if after is not None and before is not None and _in_list(ctx, before, title):
        # "NAME, title, NAME, title, ...": each name goes with the title after it, unless the list runs the
        # other way ("title, NAME, title, NAME"), which the earlier title taking the name before shows
        written = _written_name(ctx, after[0], after[1]).casefold()
        if before[0] in taken or ("end", before[1]) in taken:  # the end of "Т.В.Нагендра Прасад", taken
            before = None
        elif _title_follows(ctx, after[1]) or (party is not None and written in taken and taken[written] != party):
            # a name the article gave another state's title earlier: "with NAME, Chinese vice-minister, NAME2 said"
            after = None
        elif " " not in written.strip() and " " in _written_name(ctx, before[0], before[1]).strip():
            after = None  # one capitalised word after the title is its portfolio's ("... van de Brusselse
            # Hoofdstedelijke Regering"), the whole name before it the holder's
    chosen = _choose(after, before)
    if chosen is None:
        return None
    start, end = chosen
    if party is None and hangul and before is not None and chosen == before[:2]:
        party = _hangul_party_before(ctx, start)
    assumed = party is None and title.values[1:2] != ("foreign",)
    party = home_party if assumed else party
    name = _written_name(ctx, start, end)
    return PersonMention(start, end, name, title.value, party, title.start, tokens[ext_last].end, assumed)


_LIST_REACH = 8  # words of a portfolio's list after its first ("Energía y Medio Ambiente")


def _past_portfolio_list(ctx: _Context, span: tuple[int, int, int], title: Mention) -> tuple[int, int, int] | None:
    """A one-word "name" after a title that a conjunction joins to more capitalised words is one field of the
    portfolio ("secretario de Estado para el Crecimiento Económico, Energía y Medio Ambiente, José W. Fernández";
    "minister Rolnictwa i Rozwoju Wsi, Jan Ardanowski"): the name is the one after the list's comma, and without
    one, a field inside a comma list ("Seguridad Nacional, Justicia y Defensa") is no name. Scripts with case
    only, where capitals tell the list's words."""
    tokens, text = ctx.tokens, ctx.norm.text
    first, last = tokens.first_at_or_after(span[0]), tokens.last_ending_before(span[1])
    if first != last or char_script(tokens[first].text[0]) in _CASELESS:
        return span
    k = last + 1
    if k + 1 >= len(tokens) or text[tokens[last].end : tokens[k].start].strip():
        return span
    joint = ctx.norm.original_text(tokens[k].start, tokens[k].end)
    if tokens[k].text not in ctx.lexicon.stopwords or not joint.islower() or len(joint) > 4:
        return span
    j = k + 1
    while j < len(tokens) and j - k <= _LIST_REACH and not text[tokens[j - 1].end : tokens[j].start].strip():
        word = ctx.norm.original_text(tokens[j].start, tokens[j].end)
        if not (_field_word(ctx, j) or tokens[j].text in ctx.lexicon.stopwords and word.islower()):
            break
        j += 1
    if j == k + 1 or not _field_word(ctx, k + 1):
        return span  # "Putin and the premier": no capitalised field after the conjunction
    if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start].strip() == ",":
        name = _name_after(ctx, j, title)
        if name is not None and not _junk(ctx, name):
            return name
    before = text[tokens[first - 1].end : tokens[first].start] if first else ""
    return None if "," in before else span


def _field_word(ctx: _Context, index: int) -> bool:
    """A capitalised word of a portfolio's field: free, or an area or a title's part ("Medio Ambiente")."""
    mention = ctx.covered.get(index)
    if mention is not None and mention.category not in ("area", "title"):
        return False
    return ctx.norm.original_text(ctx.tokens[index].start, ctx.tokens[index].end)[:1].isupper()


def _hangul_party_before(ctx: _Context, start: int) -> str | None:
    """The state right before a Korean name, alone or with the genitive 의, when the title after the name names
    none: "에스토니아의 티트 리살로 경제정보통신부 장관" is Estonia's minister."""
    index = ctx.tokens.first_at_or_after(start) - 1
    mention = ctx.covered.get(index) if index >= 0 else None
    if mention is None or mention.category != "party" or mention.end > start:
        return None
    return mention.value if ctx.norm.text[mention.end : start].strip() in ("", "의") else None


def _glued_particle(ctx: _Context, glued: str) -> bool:
    """Is what is glued before the title a conjunction or a preposition (meta.tsv `conjunctions`, `prefixes`),
    not only an article (meta.tsv `bare_title_prefixes`, `nisba_articles`: ה, ال)?"""
    if not glued or glued in ctx.lexicon.conjunctions:
        return bool(glued)
    articles = ctx.lexicon.bare_title_prefixes | set(ctx.lexicon.nisba_articles) | ctx.lexicon.articles
    for article in sorted(articles, key=len, reverse=True):
        if glued.endswith(article):
            glued = glued[: -len(article)]
            break
    return bool(glued) and glued in ctx.lexicon.prefixes or any(glued.startswith(c) for c in ctx.lexicon.conjunctions)


def _hyphen_prefix(ctx: _Context, first: int) -> bool:
    """Is the word before the title a lower-case prefix hyphenated to it ("vice-diretor", "ex-ministre") that
    the lexicon does not list with the title? Only in scripts with case, where a name is capitalised."""
    if (
        first < 1
        or first >= len(ctx.tokens)
        or ctx.norm.text[ctx.tokens[first - 1].end : ctx.tokens[first].start] != "-"
    ):
        return False
    token = ctx.tokens[first - 1]
    written = ctx.norm.original_text(token.start, token.end)
    return char_script(written[0]) not in _CASELESS and written.isalpha() and written.islower() and len(written) <= 5


def _glued_to(ctx: _Context, previous: Mention, title: Mention) -> bool:
    """Is the title joined to the one before by function words alone ("vice-ministro da Indústria")?"""
    if previous.end > title.start or char_script(ctx.norm.text[title.start]) in _CASELESS:
        return False
    gap = ctx.norm.text[previous.end : title.start]
    words = gap.replace("'", " ").split()
    return (
        len(words) <= _GLUE_RUN
        and all(w in ctx.lexicon.stopwords for w in words)
        and not any(ch in _BREAKS or ch in ",،" for ch in gap)
    )


def _in_list(ctx: _Context, before: tuple[int, int, int], title: Mention) -> bool:
    """Does a comma stand between the name before a title and the title ("NAME, title")?"""
    gap = ctx.norm.text[before[1] : title.start]
    return "," in gap or "،" in gap


def _title_follows(ctx: _Context, end: int) -> bool:
    """Does a title follow this name after a comma, an article or a demonym between ("NAME, the Japanese
    minister ...")?"""
    index = ctx.tokens.first_at_or_after(end)
    if index >= len(ctx.tokens) or ctx.norm.text[end : ctx.tokens[index].start].strip() not in (",", "،"):
        return False
    for k in range(index, min(index + 4, len(ctx.tokens))):
        mention = ctx.covered.get(k)
        if mention is not None and mention.category == "title":
            return True
        if not (ctx.tokens[k].text in ctx.lexicon.articles or mention is not None and mention.category == "party"):
            return False
    return False


def _party_in_title(title: Mention, mentions: list[Mention], word_start: int | None = None) -> str | None:
    """A party the title's own form names ("ASEAN Secretary-General", "presidente dell'Agenzia Spaziale
    Italiana") or its word does (중국대사, China's ambassador), unless the title names the state its holder
    serves in ("주한대사", ambassador to Korea)."""
    if " to " in title.value:
        return None
    start = min(title.start, word_start if word_start is not None else title.start)
    inside = (m for m in mentions if m.category == "party" and start <= m.start and m.end <= title.end)
    return next((m.value for m in inside), None)


def _bare_title(ctx: _Context, title: Mention, first: int) -> bool:
    """Is the title written with a prefix that makes it a noun standing alone (meta.tsv `bare_title_prefixes`:
    Hebrew השר, "the minister"), glued before the form or inside it? With a party or portfolio after it, it
    still names someone ("הקונסול הכללי של בריטניה, NAME")."""
    prefixes = ctx.lexicon.bare_title_prefixes
    if not prefixes or first >= len(ctx.tokens):
        return False
    written = ctx.norm.text[ctx.tokens[first].start : title.end]
    return any(written.startswith(p) and len(written) > len(p) + 1 for p in prefixes)


def _junk(ctx: _Context, span: tuple[int, int, int]) -> bool:
    """Is the text at this span no name: implausible in its script, or mostly words of the lexicon?"""
    name = _written_name(ctx, span[0], span[1])
    return not plausible_name(name) or _mostly_lexicon_words(ctx.lexicon, name) or _lexicon_word(ctx.lexicon, name)


def _extend_title(ctx: _Context, last: int, diplomat: bool = False) -> tuple[int, str | None]:
    """Last token of the title with its complements, and the party named inside it.

    "ambassador of Armenia to Iran": Armenia is the party; a state after a host cue ("to"), or after a place
    cue ("in") in a diplomat's title, is where the person serves, not whom they serve. A minister "in the
    State of Palestine" (وزير ... في دولة فلسطين) serves that state.
    """
    party = None
    after_host = False
    index = last
    nxt = last + 1
    while nxt < len(ctx.tokens) and nxt - last <= MAX_TITLE_EXTENSION and not _break_between(ctx, nxt - 1, nxt):
        mention = ctx.covered.get(nxt)
        if mention is not None and mention.category in _TITLE_PARTS:
            if mention.category == "party" and party is None and not after_host:
                party = mention.value
            after_host = False
            index = _last_token_of(ctx, mention, nxt)
            nxt = index + 1
        elif mention is not None and mention.category == "cue" and mention.value in ("host", "place"):
            after_host = mention.value == "host" or diplomat
            nxt += 1
        elif (reach := _title_part_after_glue(ctx, nxt)) is not None:
            nxt = reach  # "of the Federal Republic of Germany": glue words up to the next title part
        elif (reach := _capitals_to_state(ctx, nxt)) is not None:
            nxt = reach  # "Wakil Menteri Luar Negeri Parlemen Indo-Pasifik Inggris, NAME": a body of the state
        elif (portfolio_end := _portfolio_word(ctx, nxt)) is not None:
            if party is None and not after_host:  # "... and Innovation of the Republic of Italy, NAME"
                inside = (ctx.covered.get(k) for k in range(nxt, portfolio_end + 1))
                party = next((m.value for m in inside if m is not None and m.category == "party"), None)
            index = portfolio_end
            nxt = index + 1
        else:
            break
    return index, party


_SEGMENT_WORDS = 12


def _portfolio_segments(ctx: _Context, last: int) -> int:
    """In scripts with case a portfolio may run over commas before the name: "ministre des Affaires
    étrangères, de la Coopération africaine et des Marocains résidant à l'étranger, Nasser Bourita",
    "Ministro das Telecomunicações, Tecnologia de Informação e Comunicação Social, Mário Oliveira". A segment
    between commas continues the portfolio when it opens with a function word or is mostly words of the
    lexicon; a run of capitalised words that is neither is the name. Returns the last token of the portfolio."""
    tokens, text, stopwords = ctx.tokens, ctx.norm.text, ctx.lexicon.stopwords
    if char_script(tokens[last].text[0]) in _CASELESS:
        return last
    for _ in range(3):
        first = last + 1
        if first >= len(tokens) or text[tokens[last].end : tokens[first].start].strip() != ",":
            return last
        end = first
        while end + 1 < len(tokens) and end + 1 - first < _SEGMENT_WORDS and not _break_between(ctx, end, end + 1):
            end += 1
        if end + 1 >= len(tokens) or text[tokens[end].end : tokens[end + 1].start].strip() != ",":
            return last
        words = range(first, end + 1)
        written = [ctx.norm.original_text(tokens[i].start, tokens[i].end) for i in words]
        connector = tokens[first].text in stopwords and written[0][:1].islower()
        lexical = _mostly_lexicon_words(ctx.lexicon, " ".join(tokens[i].text for i in words))
        shaped = all(
            w[:1].isupper()
            or tokens[i].text in stopwords
            or tokens[i].text in ctx.lexicon.common_words
            or (i == end and tokens[i - 1].text in stopwords)  # "... Tecnologia do bloco, NAME"
            for i, w in zip(words, written, strict=True)
        )
        if not (connector or (lexical and shaped)) or any(i in ctx.title_tokens for i in words):
            return last  # another title: the sentence goes on to another person ("..., with his counterpart, NAME")
        last = end
    return last


def _party_inside(ctx: _Context, first: int, last: int, diplomat: bool) -> str | None:
    """The state that closes a title's extension (its last words, "... della Serbia, NAME"), unless a host cue
    leads to it (the state an ambassador serves in, "to Iran"). A state inside a longer run is another's."""
    mention = ctx.covered.get(last)
    if last < first or mention is None or mention.category != "party":
        return None
    before = ctx.covered.get(_first_token(ctx, mention.start) - 1)
    host = (
        before is not None
        and before.category == "cue"
        and (before.value == "host" or diplomat and before.value == "place")
    )
    return None if host else mention.value


def _definite_tail(ctx: _Context, last: int) -> tuple[int, str | None]:
    """Words with the definite article after an Arabic title go on with its portfolio and its adjectives ("وزير
    الصناعة والتكنولوجيا المتقدمة NAME"): a name does not start so (meta.tsv `portfolio_prefixes`)."""
    prefixes = ctx.lexicon.portfolio_prefixes
    reach = last
    while prefixes and reach + 1 < len(ctx.tokens) and reach - last < 4 and not _break_between(ctx, reach, reach + 1):
        word = ctx.tokens[reach + 1].text
        mention = ctx.covered.get(reach + 1)
        if _conjoined_complement(ctx, reach + 1):
            reach += 2  # "... وإصلاح الإدارة": and a noun with its definite complement, the portfolio goes on
            continue
        if not (word.startswith(prefixes) and len(word) > 4) or (mention is not None and mention.category != "area"):
            break
        reach += 1
    if reach > last:  # a state after the portfolio still belongs to the title ("... والإعلام السعودي")
        return _extend_title(ctx, reach)
    return reach, None


def _conjoined_complement(ctx: _Context, index: int) -> bool:
    """A noun glued to "and" (meta.tsv `conjunctions`) whose complement has the article ("وإصلاح الإدارة"):
    one more portfolio after a title, never a name."""
    word = ctx.tokens[index].text
    if index + 1 >= len(ctx.tokens) or _break_between(ctx, index, index + 1):
        return False
    after = ctx.tokens[index + 1].text
    glued = any(word.startswith(c) and len(word) - len(c) >= 3 for c in ctx.lexicon.conjunctions)
    return glued and after.startswith(ctx.lexicon.portfolio_prefixes) and len(after) > 4


def _lexical_portfolio(ctx: _Context, last: int) -> int:
    """In scripts with case, a portfolio the lexicon does not list as a title goes on after a function word
    over words of the lexicon, up to the first word that is not one: "(ICT) for Innovation and Technology
    Affairs Meysam Abedi", "minister of data and digital infrastructure, John Whittingdale". Returns its last
    token, or `last` when no such run leads to two capitalised words of no lexicon."""
    tokens, text, lexicon = ctx.tokens, ctx.norm.text, ctx.lexicon
    first = last + 1
    if first >= len(tokens) or char_script(tokens[first].text[0]) in _CASELESS:
        return last
    gap = text[tokens[last].end : tokens[first].start].strip()
    if gap not in ("", ")", "&") or tokens[first].text not in lexicon.stopwords:
        return last
    end, lexical = first, 0
    while end + 1 < len(tokens) and end + 1 - first < MAX_TITLE_EXTENSION:
        nxt = end + 1
        if text[tokens[end].end : tokens[nxt].start].strip() not in ("", ",", "&"):
            return last
        word = tokens[nxt].text
        mention = ctx.covered.get(nxt)
        if mention is not None and mention.category == "title":
            return last  # another title: the sentence goes on to another person ("se reunió con su par")
        if word in lexicon.stopwords and len(word) < 5:  # a function word; longer "stopwords" are nouns
            end = nxt
            continue
        if word not in lexicon.common_words and not _covers(ctx, nxt, _TITLE_PARTS):
            break
        lexical += 1
        end = nxt
    if not lexical or len(tokens[end].text) < 5 and tokens[end].text in lexicon.stopwords or end + 1 >= len(tokens):
        return last
    # two capitalised words of no lexicon after it: a name ("Meysam Abedi"), not "Dominance Council"
    if end + 2 >= len(tokens) or _break_between(ctx, end + 1, end + 2):
        return last
    for k in (end + 1, end + 2):
        written = ctx.norm.original_text(tokens[k].start, tokens[k].end)
        if not written[:1].isupper() or tokens[k].text in lexicon.common_words or k in ctx.covered:
            return last
    return end


def _after_acronym(ctx: _Context, last: int) -> int:
    """The title's last token, past the acronym in parentheses that follows it: "Menteri Komunikasi dan
    Informatika (Menkominfo) NAME", "External Affairs Minister (EAM) NAME"."""
    tokens, text = ctx.tokens, ctx.norm.text
    if last + 2 >= len(tokens):
        return last
    opening = text[tokens[last].end : tokens[last + 1].start].strip()
    closing = text[tokens[last + 1].end : tokens[last + 2].start].strip()
    return last + 1 if opening == "(" and closing in (")", "),") else last


def _title_part_after_glue(ctx: _Context, index: int) -> int | None:
    """The index of the title part that a run of stopwords from `index` leads to (at most four of them:
    "of the Republic of", "de la République du"), or None."""
    end = index
    while end < len(ctx.tokens) and end - index < _GLUE_RUN and ctx.tokens[end].text in ctx.lexicon.stopwords:
        if end > index and _break_between(ctx, end - 1, end):
            return None
        end += 1
    if end == index or end >= len(ctx.tokens) or _break_between(ctx, end - 1, end):
        return None
    return end if _covers(ctx, end, _TITLE_PARTS) else None


def _capitals_to_state(ctx: _Context, index: int) -> int | None:
    """In scripts with case, the index of a state that up to three capitalised words lead to, the state then
    ending the phrase (a comma, a break or the text's end after it): an office's body the lexicon does not
    list ("Parlemen Indo-Pasifik Inggris, NAME"). A name is not followed by its state so."""
    tokens = ctx.tokens
    if char_script(tokens[index].text[0]) in _CASELESS:
        return None
    words = 0
    for k in range(index, min(index + 6, len(tokens))):
        if k > index and _break_between(ctx, k - 1, k):
            return None
        mention = ctx.covered.get(k)
        if mention is not None and mention.category == "party":
            if k == index:
                return None
            last = _last_token_of(ctx, mention, k)
            return k if last + 1 >= len(tokens) or _break_between(ctx, last, last + 1) else None
        words += not _after_hyphen(ctx, k)  # "Indo-Pasifik" is one word
        if words > 3 or mention is not None or tokens[k].text in ctx.lexicon.stopwords:
            return None
        written = ctx.norm.original_text(tokens[k].start, tokens[k].end)
        if not written[:1].isupper() and not _after_hyphen(ctx, k):
            return None
    return None


def _portfolio_word(ctx: _Context, index: int) -> int | None:
    """In scripts with case, a portfolio goes on after "of/and/des/et" up to the comma before the name:
    "... des Communications et des Technologies de l'information, Hossam Fathy". Returns the index of the
    last portfolio word, if the words from `index` (a connector first) run to such a comma."""
    tokens, stopwords = ctx.tokens, ctx.lexicon.stopwords
    if tokens[index].text not in stopwords or char_script(tokens[index].text[0]) in _CASELESS:
        return None
    if _glued_initial(ctx, index, ctx.norm.original_text(tokens[index].start, tokens[index].end)):
        return None  # "... Казахстана Б.Б.Мусин, ...": an initial that spells a function word ("б", "и") opens a name
    for k in range(index, min(len(tokens), index + MAX_TITLE_EXTENSION)):
        if k > index and _break_between(ctx, k - 1, k):
            return None
        written = ctx.norm.original_text(tokens[k].start, tokens[k].end)
        elided = ctx.norm.text[tokens[k].end : tokens[k].end + 1] == "'"  # l', d'
        if not (tokens[k].text in stopwords or elided or written[:1].isupper() or _covers(ctx, k, _TITLE_PARTS)):
            return None
        if ctx.norm.text[tokens[k].end : tokens[k].end + 1] == ",":
            return k
    return None


def _covers(ctx: _Context, index: int, categories: tuple[str, ...]) -> bool:
    mention = ctx.covered.get(index)
    return mention is not None and mention.category in categories


def _last_token_of(ctx: _Context, mention: Mention, index: int) -> int:
    while index + 1 < len(ctx.tokens) and ctx.tokens[index + 1].start < mention.end:
        index += 1
    return index


def _party_just_before(ctx: _Context, first: int, mentions: list[Mention]) -> str | None:
    """A demonym or state right before the title ("Chinese minister", "the Armenian ambassador"), or before
    the portfolio that precedes it ("Kazakistan Cumhuriyeti Enformasyon ve Haberleşme Bakanı"): the words
    between are capitalised portfolio words, title parts or function words."""
    for back in range(first - 1, max(-1, first - 1 - MAX_TITLE_EXTENSION), -1):
        if _break_between(ctx, back, back + 1) or ctx.tokens[back].text in ctx.lexicon.possessive_links:
            return None
        if back in ctx.name_tokens:
            return None  # "the governor of Arizona NAME and minister NAME2": Arizona is the first one's
        mention = ctx.covered.get(back)
        if mention is not None and mention.category == "party" and _in_place_form(ctx, mention):
            continue  # "РФнинг Ўзбекистондаги элчиси": the state in its locative form is where the envoy serves
        if mention is not None and mention.category == "party":
            return mention.value
        if mention is not None and mention.category not in _TITLE_PARTS:
            return None
        if mention is None and _possessive(ctx, back):
            first += 1  # "Germany's Federal Minister": the possessive's "s" is no word between
            continue
        # a lower-case word between in a cased script is the title's (one: "Chinese deputy minister"); two are
        # a clause ("w Republice Cypryjskiej towarzyszył mu minister": Cyprus is not the minister's)
        free = 2 if char_script(ctx.tokens[back].text[0]) in _CASELESS else 1
        if mention is None and back < first - free and not _portfolio_like(ctx, back):
            return None
    return None


def _possessive(ctx: _Context, index: int) -> bool:
    """The "s" of an English possessive after an apostrophe ("Germany's")."""
    token = ctx.tokens[index]
    return token.text == "s" and _after_hyphen(ctx, index) and ctx.norm.text[token.start - 1] in "'’"


def _in_place_form(ctx: _Context, mention: Mention) -> bool:
    """Is the state written with a place suffix taken in as its inflection (meta.tsv `place_suffixes`: Uzbek
    "Oʻzbekistondagi", Kazakh "Қазақстандағы")? Then it says where, not whose."""
    if mention.form_end is None or not ctx.lexicon.place_suffixes:
        return False
    inflection = ctx.norm.text[mention.form_end : mention.end]
    return any(suffix and inflection.endswith(suffix) for suffix in ctx.lexicon.place_suffixes)


def _portfolio_like(ctx: _Context, index: int) -> bool:
    """A capitalised word or a function word, in a script with case: part of a ministry's written name."""
    text = ctx.tokens[index].text
    if char_script(text[0]) in _CASELESS:
        return False
    written = ctx.norm.original_text(ctx.tokens[index].start, ctx.tokens[index].end)
    return written[:1].isupper() or text in ctx.lexicon.stopwords


def _break_between(ctx: _Context, left: int, right: int) -> bool:
    gap = ctx.norm.text[ctx.tokens[left].end : ctx.tokens[right].start]
    if gap.strip() == "." and (left in ctx.honorific_tokens or _initial(ctx, left)):
        return False  # "Sr. Kenji Nakamura", "M. Park", "S. Jaishankar", "Sh. Shermatov"
    return any(ch in _BREAKS for ch in gap) or ("," in gap or "،" in gap)


def _initial(ctx: _Context, index: int) -> bool:
    """One letter, or a digraph of Latin transliterations ("Sh.", "Ch.", "Kh.", "Zh."): an initial before a
    family name. ("Ho." ends "Kim Yong Ho.")"""
    token = ctx.tokens[index]
    written = ctx.norm.original_text(token.start, token.end)
    return len(written) == 1 or (len(written) == 2 and written[0].isupper() and written[1] == "h")


def _name_break(ctx: _Context, left: int, right: int) -> bool:
    """Does a name stop between these words: a break, a case ending on the left one, or a change of script
    (an acronym before a Korean name: "NIA 장광수")?"""
    scripts = char_script(ctx.tokens[left].text[0]), char_script(ctx.tokens[right].text[0])
    return (
        _break_between(ctx, left, right)
        or _case_ended(ctx, left)
        or scripts[0] != scripts[1]
        or _apostrophe_suffix(ctx, left)
    )


def _apostrophe_suffix(ctx: _Context, index: int) -> bool:
    """Is the word a case suffix (meta.tsv `suffixes`) after an apostrophe ("Rudiantara'yı", "Kaya'nın")? It
    closes the name: what follows is the next phrase ("Rudiantara'yı TC-ATA uçağına", onto the TC-ATA plane)."""
    if not _after_hyphen(ctx, index) or ctx.norm.text[ctx.tokens[index].start - 1] != "'":
        return False
    written = ctx.norm.original_text(ctx.tokens[index].start, ctx.tokens[index].end)
    return written.islower() and ctx.tokens[index].text in ctx.lexicon.suffixes  # not "Ahmadxo'jayev"


def _case_ended(ctx: _Context, index: int) -> bool:
    """Does the word end in a case ending no name has (meta.tsv `name_endings`)? Then the name ends there:
    "জুনাইদ আহমেদ পলকের সভাপতিত্বে" is Palak's chairmanship."""
    word = ctx.tokens[index].text
    return any(word.endswith(e) and len(word) - len(e) >= 2 for e in ctx.lexicon.name_endings)


def _is_name_word(ctx: _Context, index: int) -> bool:
    token = ctx.tokens[index]
    if _conjunction(ctx, index):
        return False  # "and", alone or glued to the next word: "... ملا ومعالي السفير"
    if index in ctx.honorific_tokens:
        return True
    if _hyphen_half(ctx, index):
        return True  # the second half of a hyphenated name, whatever it spells alone: "Moon Jae-in"
    mention = ctx.covered.get(index)
    if (mention is None or mention.category in ("cue", "modality")) and _glued_initial(
        ctx, index, ctx.norm.original_text(token.start, token.end)
    ):
        return True  # "Т.В.Нагендра Прасад", "Б.Б.Мусін": an initial that spells a cue or particle ("в", "б")
    if mention is not None or token.text.isdigit() or _institution(ctx, index):
        return False
    if ctx.norm.text[token.start - 1 : token.start] in ("@", "#"):
        return False  # a social-media handle or a hashtag ("wicepremier @FedorovMykhailo"), not a written name
    original = ctx.norm.original_text(token.start, token.end)
    stop = token.text in ctx.lexicon.stopwords or _prefixed_stopword(ctx, token.text)
    if (
        stop
        and not _capital_particle(ctx, index, original)
        and not _glued_initial(ctx, index, original)
        and not _inner_particle(ctx, index, original)
    ):
        return False
    if _is_glue(ctx, index):
        return True
    script = char_script(token.text[0])
    if script in _CASELESS:
        return True
    # the second half of a hyphenated given name ("Min-seok") keeps the case it is written in
    return original[:1].isupper() or _after_hyphen(ctx, index)


def _prefixed_stopword(ctx: _Context, word: str) -> bool:
    """A function word with a clitic glued before it (meta.tsv `prefixes`) in a script without case: "بهذه"
    (with this). Only one-letter clitics, before three letters or more: "כהן" is Cohen, not like+they, and
    Persian "بهروز" is Behrouz, not to+day."""
    if not ctx.lexicon.prefixes or char_script(word[:1] or " ") not in _CASELESS:
        return False
    return any(
        len(p) == 1 and word.startswith(p) and len(word) >= 4 and word[1:] in ctx.lexicon.stopwords
        for p in ctx.lexicon.prefixes
    )


def _conjunction(ctx: _Context, index: int) -> bool:
    """Is the word "and" (meta.tsv `conjunctions`), alone or glued to a word of the lexicon or an honorific
    ("و معالي", "ومعالي", "وعدد")? Names that start like it ("وليد", Walid) go on."""
    word = ctx.tokens[index].text
    for conjunction in ctx.lexicon.conjunctions:
        rest = word[len(conjunction) :]
        if word == conjunction or (
            word.startswith(conjunction)
            and len(rest) >= 3
            and (rest in ctx.lexicon.common_words or rest in ctx.lexicon.honorifics)
        ):
            return True
    return False


def _hyphen_half(ctx: _Context, index: int) -> bool:
    """The second half of a hyphenated word in a cased script, after a word that is no lexicon mention, that
    only a cue or a stopword would otherwise claim ("Jae-in": "in" is a place cue)."""
    if not _after_hyphen(ctx, index) or index - 1 in ctx.covered or char_script(ctx.tokens[index].text[0]) in _CASELESS:
        return False
    mention = ctx.covered.get(index)
    return (mention is None or mention.category == "cue") and not ctx.tokens[index].text.isdigit()


def _glued_initial(ctx: _Context, index: int, original: str) -> bool:
    """A capital letter glued by a period to the next capital: an initial ("Г.Х.Дехкани"), even when the letter
    alone is a stopword (Russian "г." for year)."""
    end = ctx.tokens[index].end
    after = ctx.norm.original_text(end, min(end + 2, len(ctx.norm.text)))
    return len(original) == 1 and original.isupper() and len(after) == 2 and after[0] == "." and after[1].isupper()


def _capital_particle(ctx: _Context, index: int, original: str) -> bool:
    """A function word written with a capital inside a name, between two of its words: "Luigi Di Maio",
    "Mohammed Al Jadaan", "Pieter De Crem". Only in cased scripts, never first in a name ("The", "Já")."""
    if not original[:1].isupper() or char_script(original[0]) in _CASELESS:
        return False
    return (
        _plain_capitalised(ctx, index - 1)
        and _plain_capitalised(ctx, index + 1)
        and not (_break_between(ctx, index - 1, index) or _break_between(ctx, index, index + 1))
    )


def _inner_particle(ctx: _Context, index: int, original: str) -> bool:
    """A lower-case particle between two capitalised words of a name, though also a function word of the
    language: "Frederico de Siqueira Filho", "Lula da Silva", "Ursula von der Leyen"."""
    if original not in _NAME_GLUE:
        return False
    before, after = index - 1, index + 1
    while (
        after < len(ctx.tokens) and ctx.norm.original_text(ctx.tokens[after].start, ctx.tokens[after].end) in _NAME_GLUE
    ):
        after += 1  # "von der", "van de"
    return (
        _plain_capitalised(ctx, before)
        and _plain_capitalised(ctx, after)
        and not any(_break_between(ctx, k, k + 1) for k in range(before, after))
    )


def _plain_capitalised(ctx: _Context, index: int) -> bool:
    """A capitalised word that is neither a function word nor part of a lexicon mention."""
    if not 0 <= index < len(ctx.tokens) or index in ctx.covered or ctx.tokens[index].text in ctx.lexicon.stopwords:
        return False
    return ctx.norm.original_text(ctx.tokens[index].start, ctx.tokens[index].end)[:1].isupper()


# "'nın", never "'Neill", nor a geresh inside a Hebrew transliteration (דנצ'ילה): a suffix is lower-case letters
_SUFFIX_AFTER_APOSTROPHE = re.compile(r"['’`](?=[^\W\d_])(?![A-Z])[^\W\d_]{1,5}$")


def _written_name(ctx: _Context, start: int, end: int) -> str:
    """The name as written, without a case suffix after an apostrophe ("Mehmet Kaya'nın" is Mehmet Kaya), or
    glued on when the text also writes the name without it ("Cəhrominin" where "Cəhromi" stands elsewhere)."""
    name = ctx.norm.original_text(start, end).strip(" ,،-।॥")
    suffix = _SUFFIX_AFTER_APOSTROPHE.search(name)
    if suffix is not None and suffix.group()[1:].islower():
        name = name[: suffix.start()]
    ending = _glued_case_ending(ctx, start, end)
    name = name[: len(name) - ending] if ending and name.endswith(ctx.norm.original_text(end - ending, end)) else name
    if not ending and (nominative := _nominative(ctx, start, end)) is not None:
        written, base = nominative
        name = name[: len(name) - len(written)] + base if name.endswith(written) else name
    first = ctx.tokens.first_at_or_after(start)
    if first < ctx.tokens.last_ending_before(end) and (given := _nominative(ctx, start, end, first)) is not None:
        written, base = given  # the given name agrees too: "Janusza Cieszyńskiego" is Janusz Cieszyński
        name = base + name[len(written) :] if name.startswith(written) else name
    return name[_glued_honorific(ctx, start) :]


def _nominative(ctx: _Context, start: int, end: int, index: int | None = None) -> tuple[str, str] | None:
    """(last word, or the word at `index`, as written, its base form) when the word carries a case ending
    (meta.tsv `suffixes`: Ukrainian instrumental "Камікавою") and the text writes the same stem of four letters
    or more with at most one letter after it, capitalised ("Камікава підтвердила"): the name as the text gives
    it in the nominative, so that its mentions agree."""
    last = ctx.tokens.last_ending_before(end) if index is None else index
    if last < 0 or ctx.tokens[last].start < start or char_script(ctx.tokens[last].text[0]) in _CASELESS:
        return None
    word = ctx.tokens[last].text
    suffixes = _longest_first(ctx.lexicon.suffixes)  # of one length at most one ends the word: any order of those
    if not word.endswith(suffixes):
        return None
    for suffix in suffixes:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 4:
            continue
        words = ctx.tokens.words  # the words that start with the stem, found in C, in order
        for index in compress(range(len(words)), map(methodcaller("startswith", stem), words)):
            token = ctx.tokens[index]
            other = token.text
            # the base form is the shorter one: Камікавою is Камікава, but Gramatyka is no Gramatyki
            if other != word and len(other) <= len(stem) + 1 and len(other) < len(word):
                written = ctx.norm.original_text(token.start, token.end)
                if written[:1].isupper() and index != last:
                    return ctx.norm.original_text(ctx.tokens[last].start, ctx.tokens[last].end), written
        return None
    return None


def _glued_honorific(ctx: _Context, start: int) -> int:
    """Characters of an honorific written without a space before the name ("ڈاکٹرعبداللہ" is Dr Abdullah).
    Short ones stay: "سیدستار" (Seyed Sattar) is how the name is written, as the dev gold has it; but not
    where honorifics are always glued (meta.tsv `honorifics glued`: Thai "นายสมชาย" is Mr Somchai)."""
    first = ctx.tokens.first_at_or_after(start)
    if first >= len(ctx.tokens) or ctx.tokens[first].start != start:
        return 0
    token = ctx.tokens[first]
    if len(ctx.norm.original_text(token.start, token.end)) != len(token.text):
        return 0  # folding changed the word's length: the honorific cannot be cut safely
    original = ctx.norm.original_text(token.start, token.end)
    shortest = 2 if ctx.lexicon.honorifics_glued else 4
    honorifics = _longest_first(ctx.lexicon.honorifics)
    if not token.text.startswith(honorifics):
        return 0  # most words start with none: one C call instead of a loop
    for honorific in honorifics:  # นางสาว before นาง
        if len(honorific) < shortest or " " in honorific or not token.text.startswith(honorific):
            continue
        rest = original[len(honorific) :]
        # in a cased script the name after it starts with a capital ("DrAhmed"); "Drummond" is a name
        if len(rest) >= 2 and rest[0].isalpha() and (rest[0].isupper() or not rest[0].islower()):
            return len(honorific)
    return 0


@lru_cache(maxsize=256)  # a few sets per language, sorted once rather than at every name
def _longest_first(forms: frozenset[str]) -> tuple[str, ...]:
    """A lexicon's forms, longest first (of two forms of one length, at most one can start or end a word)."""
    return tuple(sorted(forms, key=len, reverse=True))


def _glued_case_ending(ctx: _Context, start: int, end: int) -> int:
    """Characters of a case ending glued to the name's last word, when the stem is a word of the text too."""
    last = ctx.tokens.last_ending_before(end)
    if last < 0 or ctx.tokens[last].start < start or not ctx.lexicon.suffixes:
        return 0
    token = ctx.tokens[last]
    if len(ctx.norm.original_text(token.start, token.end)) != len(token.text):
        return 0  # folding changed the word's length: its ending cannot be cut safely
    suffixes = _longest_first(ctx.lexicon.suffixes)
    for suffix in suffixes if token.text.endswith(suffixes) else ():
        stem = token.text[: -len(suffix)]
        if token.text.endswith(suffix) and len(stem) >= 3 and stem in ctx.words:
            return len(suffix)
    # endings no name has are cut whatever the rest of the text says (a short stem is the last of several
    # words: "Пак Кын Хемен" is Park Geun-hye "with")
    for ending in _longest_first(ctx.lexicon.name_endings):
        if token.text.endswith(ending) and len(token.text) - len(ending) >= (2 if token.start > start else 3):
            return len(ending)
    return 0


def _room_for_more(ctx: _Context, words: list[int]) -> bool:
    """May a name of these words take one more?"""
    return len(words) < MAX_NAME_TOKENS and _proper_count(ctx, words) <= MAX_NAME_WORDS


def _proper_count(ctx: _Context, words: list[int]) -> int:
    """Words of a name, honorifics, particles and hyphenated halves not counted ("Tan Sri Chong Wei Keat"
    has three, "Abdullah bin Amer Al-Sawaha" three)."""
    return sum(1 for i in words if i not in ctx.honorific_tokens and not _is_glue(ctx, i) and not _after_hyphen(ctx, i))


def _after_hyphen(ctx: _Context, index: int) -> bool:
    """Is the token the second half of a hyphenated word ("Min-seok", "Al-Sawaha") or of a word with an
    apostrophe inside ("M'madi", "Ahmadxo‘jayev", "O'Brien")?"""
    return index > 0 and ctx.norm.text[ctx.tokens[index - 1].end : ctx.tokens[index].start] in ("-", "'")


def _is_glue(ctx: _Context, index: int) -> bool:
    """A particle inside names ("bin", "van", "al"), written in lower case: "Lê" and "Văn" are names."""
    token = ctx.tokens[index]
    if token.text in ctx.lexicon.name_particles:
        return True
    return token.text in _NAME_GLUE and ctx.norm.original_text(token.start, token.end) in _NAME_GLUE


def _name_after(ctx: _Context, index: int, title: Mention) -> tuple[int, int, int] | None:
    tokens = ctx.tokens
    if index >= len(tokens):
        return None
    if index > 0:
        gap = ctx.norm.text[tokens[index - 1].end : tokens[index].start]
        acronym = gap.strip() in (")", "),") and index >= 2 and _after_acronym(ctx, index - 2) == index - 1
        if (any(ch in _BREAKS for ch in gap) or len(gap) > 3) and not acronym:
            return None
    words: list[int] = []
    while (
        index < len(tokens)
        and _room_for_more(ctx, words)
        and (_is_name_word(ctx, index) or (words and _suffixed_place(ctx, index)))
    ):
        if words and _name_break(ctx, words[-1], index):
            break
        if _proper_count(ctx, words) >= 2 and _glued_conjunction(ctx, tokens[index].text):
            break  # "NAME והציג", "NAME and presented": a name of two words or more does not go on with "and"
        words.append(index)
        index += 1
    return _as_name(ctx, words, adjacent=True)


def _suffixed_place(ctx: _Context, index: int) -> bool:
    """In a script without case, a word the lexicon reads as a place only through a suffix glued to it, right
    after a name's first word: a family name ("בנימין נתניהו" is no "Netanya" with a possessive ending)."""
    mention = ctx.covered.get(index)
    token = ctx.tokens[index]
    return (
        mention is not None
        and mention.category == "place"
        and mention.form_end is not None
        and mention.start == token.start
        and mention.end == token.end
        and char_script(token.text[0]) in _CASELESS
    )


def _name_before(ctx: _Context, index: int, title: Mention) -> tuple[int, int, int] | None:
    tokens = ctx.tokens
    if index < 0:
        return None
    gap = ctx.norm.text[tokens[index].end : title.start]
    if any(ch in _BREAKS for ch in gap):
        return None
    adjacent = "," not in gap and "،" not in gap
    words: list[int] = []
    while index >= 0 and _room_for_more(ctx, words) and _is_name_word(ctx, index):
        if words and (_name_break(ctx, index, words[-1]) or words[0] in ctx.honorific_tokens):
            break  # a name starts at its honorific: "بحث الشيخ محمد بن زايد" is Sheikh Mohammed bin Zayed
        words.insert(0, index)
        index -= 1
    name = _as_name(ctx, words, adjacent)
    if name is not None and words and _title_part(ctx, words[0] - 1):
        # "NAME, title and NAME2, title2" (ראש המערך ואלכסנדר פטרסקו, ...): the "and" glued to the first word
        # right after the previous title is no part of the name
        start, end, score = name
        word = ctx.tokens[words[0]].text
        glued = _glued_conjunction(ctx, word)
        if glued and start == ctx.tokens[words[0]].start:
            return start + len(glued), end, score
    return name


def _glued_conjunction(ctx: _Context, word: str) -> str:
    """The conjunction (meta.tsv `conjunctions`) glued to the start of a word of three letters more, or ""."""
    return next((c for c in ctx.lexicon.conjunctions if word.startswith(c) and len(word) - len(c) >= 3), "")


def _title_part(ctx: _Context, index: int) -> bool:
    """Is the token part of a title or of what completes it (a state, a portfolio)?"""
    mention = ctx.covered.get(index)
    return index in ctx.title_tokens or (mention is not None and mention.category in _TITLE_PARTS)


def _institution(ctx: _Context, index: int) -> bool:
    """A ministry's or agency's name in a script without case (meta.tsv `institution_endings`): 공업신식화부."""
    word = ctx.tokens[index].text
    return (
        len(word) >= 4 and word.endswith(ctx.lexicon.institution_endings) if ctx.lexicon.institution_endings else False
    )


def _host(ctx: _Context, index: int) -> bool:
    """A word that says where an ambassador serves (주한, stationed in Korea)."""
    mention = ctx.covered.get(index)
    return mention is not None and mention.category == "cue" and mention.value == "host"


def _short_office(ctx: _Context, index: int) -> bool:
    """A word of three characters with an institution ending right after a state (일본 총무성, Japan's MIC)."""
    word = ctx.tokens[index].text
    endings = ctx.lexicon.institution_endings
    return bool(endings) and len(word) == 3 and word.endswith(endings) and _covers(ctx, index - 1, ("party",))


def _before_qualifiers(ctx: _Context, index: int) -> int:
    """Korean writes the state and the ministry between a name and its title: "먀오웨이 중국 공업신식화부 장관".
    The last token before them (at most four), or `index` itself."""
    k = index
    while k >= 0 and index - k < 4 and (_institution(ctx, k) or _covers(ctx, k, ("party",)) or _short_office(ctx, k)
                                        or _host(ctx, k)):  # fmt: skip
        if k < index and _break_between(ctx, k, k + 1):
            return index
        k -= 1
    if k < 0 or k == index or not ctx.lexicon.institution_endings or _break_between(ctx, k, k + 1):
        return index
    return k


def _before_gloss(ctx: _Context, index: int) -> int:
    """The last token before a bracketed Latin transliteration that ends at `index`: "필립 골드버그(Philip
    Goldberg) 주한미국대사", "우츠랄 니암 오소르(Uchral Nyam-Osor) 몽골 ... 장관". Only in scripts without case
    (where the gloss repeats the name before it), else `index` itself."""
    tokens, text = ctx.tokens, ctx.norm.text
    if index < 1 or index + 1 >= len(tokens) or ")" not in text[tokens[index].end : tokens[index + 1].start]:
        return index
    k = index
    while k >= 1 and index - k < 5 and char_script(tokens[k].text[0]) == "latin":
        if "(" in text[tokens[k - 1].end : tokens[k].start]:
            return k - 1 if char_script(tokens[k - 1].text[0]) in _CASELESS else index
        k -= 1
    return index


def _name_before_gloss(ctx: _Context, index: int, title: Mention) -> tuple[int, int, int] | None:
    """The name before a bracketed Latin gloss that ends at `index`, or before the state and ministry that
    follow the gloss (`_before_gloss`, `_before_qualifiers`), or None."""
    k = index
    while k >= 0 and index - k < 4 and (_institution(ctx, k) or _covers(ctx, k, ("party",)) or _host(ctx, k)):
        k -= 1
    gloss = _before_gloss(ctx, k)
    index = k
    if gloss == index:
        return None
    return _name_before(ctx, gloss, replace(title, start=ctx.tokens[gloss].end))


def _before_apposition(ctx: _Context, index: int) -> int:
    """The last token before an apposition's article and demonym: "Amr Talaat, Egyptian Minister of ...",
    "Taro Kono, the Japanese Minister for ...". Without a comma before them, `index` itself."""
    k = index
    article = False
    while k >= 0 and index - k < 4:
        mention = ctx.covered.get(k)
        if mention is not None and mention.category == "party":
            k -= 1
        elif not article and ctx.tokens[k].text in ctx.lexicon.articles:
            article = True
            k -= 1
        else:
            break
    if k == index or k < 0:
        return index
    gap = ctx.norm.text[ctx.tokens[k].end : ctx.tokens[k + 1].start]
    inner = any(_break_between(ctx, j, j + 1) for j in range(k + 1, index))
    return k if gap.strip() in (",", "،") and not inner else index


# quotes and markup around a name (normalised text writes « » “ ” „ as '"'): «عیسی زارعپور» وزیر ...,
# glava Minkomsvyazi '''Igor Shchegolev'''
_QUOTES = {'"': '"', "'''": "'''", "''": "''", "'": "'", "**": "**", "[[": "]]"}


def _quoted_name(ctx: _Context, index: int, forward: bool) -> tuple[int, int, int] | None:
    """A name inside quotes or markup right after (or before) a title: the quotes delimit it, so in scripts
    without case every word up to the closing quote is the name."""
    tokens, text = ctx.tokens, ctx.norm.text
    if not 0 <= index < len(tokens):
        return None
    if forward:
        opening = text[tokens[index - 1].end if index else 0 : tokens[index].start].strip()
        closing = _QUOTES.get(opening)
    else:
        after = text[tokens[index].end : tokens[index + 1].start if index + 1 < len(tokens) else len(text)].strip()
        opening = next((o for o, c in _QUOTES.items() if after == c), None)
        closing = after if opening else None
    if closing is None or opening is None:
        return None
    words = [index]
    while len(words) <= MAX_NAME_TOKENS:
        edge = words[-1] if forward else words[0]
        if not _is_name_word(ctx, edge):
            return None
        if forward:
            gap = text[tokens[edge].end : tokens[edge + 1].start if edge + 1 < len(tokens) else len(text)].strip()
            nxt = edge + 1
            if gap.startswith(closing):
                break
        else:
            gap = text[tokens[edge - 1].end if edge else 0 : tokens[edge].start].strip()
            nxt = edge - 1
            if gap.endswith(opening):
                break
        if gap or not 0 <= nxt < len(tokens):
            return None  # punctuation inside: a quoted phrase, not a name
        words.insert(len(words) if forward else 0, nxt)
    else:
        return None
    if forward:  # a quoted company before a name: "президент компании «Ростелеком» Михаил Осеевский"
        named = _names_run(ctx, words[-1] + 1)
        if len(named) >= 2 and char_script(tokens[named[0]].text[0]) not in _CASELESS:
            return _as_name(ctx, named, adjacent=True)
    return _as_name(ctx, words, adjacent=True)


def _names_run(ctx: _Context, index: int) -> list[int]:
    """The name words from `index` on, up to a break."""
    words: list[int] = []
    while index < len(ctx.tokens) and _room_for_more(ctx, words) and _is_name_word(ctx, index):
        if words and _name_break(ctx, words[-1], index):
            break
        words.append(index)
        index += 1
    return words


def _as_name(ctx: _Context, words: list[int], adjacent: bool) -> tuple[int, int, int] | None:
    """(start, end, score) of a plausible name made of these words, or None."""
    while words and _is_glue(ctx, words[-1]):
        words.pop()
    while words and (_is_glue(ctx, words[0]) or _after_hyphen(ctx, words[0])):
        words.pop(0)  # and a name never starts after an apostrophe: the "s" of "Egypt's"
    proper = [i for i in words if i not in ctx.honorific_tokens]
    if len(proper) > 2 and _acronym_before(ctx, proper[0], proper[1]):
        words = words[words.index(proper[1]) :]  # "министр связи АР Али Аббасов": АР is the republic's
        proper = proper[1:]
    if not words or _proper_count(ctx, words) > MAX_NAME_WORDS:
        return None
    if not proper:
        return None
    script = char_script(ctx.tokens[proper[0]].text[0])
    if script in _UNSPACED:
        return None  # handled character by character in _unspaced_person
    # one Korean word is a whole name (유상임); elsewhere one caseless word is too often a common noun
    if (
        script in _CASELESS
        and len(proper) < 2
        and not (script == "hangul" and 2 <= len(ctx.tokens[proper[0]].text) <= 4)
    ):
        return None
    score = len(proper) + (1 if len(proper) < len(words) else 0) + (1 if adjacent else 0)
    # the name without the honorifics before it (spec: "without titles or honorifics"): "Datuk Seri
    # Mohamad Hasan" is Mohamad Hasan, "Dr. Abdullah Al-Swaha" Abdullah Al-Swaha
    return ctx.tokens[proper[0]].start, ctx.tokens[words[-1]].end, score


_ACRONYM_LETTERS = 3  # "АР" (Azerbaijan Republic), "САР" (Syrian Arab Republic) before a name


def _acronym_before(ctx: _Context, first: int, second: int) -> bool:
    """Is the first word a state's or body's acronym in capitals before a name written in lower case after its
    capital ("САР Имадом Хамис")? In Cyrillic, where names are not written in capitals, only their family names
    in some rolls ("ИВАНОВ Иван"), which are longer."""
    one, two = (ctx.norm.original_text(ctx.tokens[i].start, ctx.tokens[i].end) for i in (first, second))
    return (
        char_script(one[0]) == "cyrillic"
        and 2 <= len(one) <= _ACRONYM_LETTERS
        and one.isupper()
        and not two.isupper()
        and ctx.norm.text[ctx.tokens[first].end : ctx.tokens[second].start] == " "
    )


def _unspaced_person(
    ctx: _Context, title: Mention, mentions: list[Mention], home_party: str | None
) -> PersonMention | None:
    """Chinese and Japanese: the name is the run of Han or Katakana characters right after the title
    (工业和信息化部部长金壮龙), else right before it (村上誠一郎総務大臣), cut at stopwords and lexicon forms;
    two or three characters, or longer for a transliteration with a middle dot (叶尔兰·努尔兰诺夫)."""
    text = ctx.norm.text
    covered = ctx.covered_chars
    overlapping = [m.end for m in mentions if m.category == "title" and m.start <= title.end and m.end > title.start]
    title_end = max(overlapping, default=title.end)
    longest = ctx.lexicon.name_chars
    foreign = ctx.lexicon.transliteration_chars
    kanji_stops = ctx.lexicon.script != "kana"  # Japanese: 本, 中, 前 are stopwords and parts of names (松本, 田中)
    after = _han_run(text, title_end, 1, covered, ctx.lexicon.stopwords, longest, foreign, kanji_stops)
    edge = _before_unspaced_title(text, title.start, mentions)
    before = _han_run(text, edge - 1, -1, covered, ctx.lexicon.stopwords, longest, foreign, kanji_stops)
    if ctx.lexicon.script == "kana" and (before is None or _katakana_at(text, before[0] - 1, covered)):
        # kanji right after katakana are the portfolio of a foreign name: イバラ行政最新化国務大臣
        before = _katakana_before_portfolio(text, edge, covered, ctx.lexicon.stopwords) or before
    if before is None and ctx.lexicon.script == "kana":
        before = _lone_kanji_name(text, edge, covered, ctx.lexicon.stopwords)
    # Japanese writes the name before the title (金子総務大臣閣議後...: what follows is the sentence), Chinese
    # mostly after it (部长金壮龙)
    span = (before or after) if ctx.lexicon.script == "kana" else (after or before)
    if span is None or _han_institution(ctx, text[span[0] : span[1]]):
        return None
    inside = [m.value for m in mentions if m.category == "party" and title.start <= m.start and m.end <= title_end]
    party = inside[0] if inside else _party_before_unspaced(text, title.start, mentions)
    if party is None and span is before:
        party = _party_before_name(text, span[0], mentions)
    party = party or _party_in_brackets(text, title_end, mentions)
    assumed = party is None and title.values[1:2] != ("foreign",)
    name = ctx.norm.original_text(*span)
    # a name spelled as a transliteration (katakana, a Chinese name with a middle dot) is a foreigner's: not of
    # the publisher's state, whose party stays unknown until the text writes it next to the name
    party = home_party if assumed and not _transliterated(name) else party
    return PersonMention(span[0], span[1], name, title.value, party, title.start, title_end, assumed)


def _party_in_brackets(text: str, end: int, mentions: list[Mention]) -> str | None:
    """A state in brackets right after the title, as a roll of ministers writes each one's:
    "NAME通信副大臣(ラオス)", "NAME部长（老挝）"."""
    if text[end : end + 1] not in ("(", "（"):
        return None
    inside = [m for m in mentions if m.category == "party" and m.start == end + 1]
    if inside and text[inside[0].end : inside[0].end + 1] in (")", "）"):
        return inside[0].value
    return None


def _transliterated(name: str) -> bool:
    """Is the name written as a foreign name is in Japanese or Chinese: all katakana (グエン・マイン・フン), or Han
    characters joined by a middle dot (吉列尔莫·蒙塞奇)?"""
    letters = [c for c in name if c not in _NAME_DOTS and c != " "]
    if letters and all("\u30a1" <= c <= "\u30ff" for c in letters):
        return True
    return any(d in name for d in "·•") and all(_is_kanji(c) for c in letters)


_NAME_DOTS = "·・•"


def _han_run(
    text: str,
    pos: int,
    step: int,
    covered: bytearray,
    stopwords: frozenset[str],
    longest: int,
    foreign: frozenset[str] = frozenset(),
    kanji_stops: bool = True,
) -> tuple[int, int] | None:
    chars: list[int] = []
    while 0 <= pos < len(text) and len(chars) < 16:
        char = text[pos]
        if not (char in _NAME_DOTS or char_script(char) in _UNSPACED) or covered[pos]:
            break
        piece = text[pos : pos + 4] if step > 0 else text[max(0, pos - 3) : pos + 1]
        lone = kanji_stops or not _is_kanji(char)  # a one-character stopword stops the name
        if any(
            (piece[:k] if step > 0 else piece[-k:]) in stopwords and (k > 1 or lone) for k in range(1, len(piece) + 1)
        ):
            break
        chars.append(pos)
        pos += step
    if not chars:
        return None
    start, end = min(chars), max(chars) + 1
    while start < end and text[start] in _NAME_DOTS:
        start += 1
    while end > start and text[end - 1] in _NAME_DOTS:
        end -= 1
    start, end = _one_script(text, start, end, step)
    whole = all("\u30a0" <= c <= "\u30ff" for c in text[start:end])  # katakana spells foreign names: never cut
    dotted = any(d in text[start:end] for d in _NAME_DOTS)  # 阿克马尔·拉希莫夫: a transliteration, kept whole
    if foreign and not dotted and end - start > longest:
        # a foreign name spelled in Han characters runs as long as its characters are of the transliteration set
        spelled = range(start, end) if step > 0 else range(end - 1, start - 1, -1)
        taken = 0
        for index in spelled:
            if text[index] not in foreign:
                break
            taken += 1
        if taken > longest:
            start, end = (start, start + taken) if step > 0 else (end - taken, end)
            whole = True
    if not whole and not dotted and end - start > longest:
        # no middle dot: a native name of a few characters, taken next to the title
        start, end = (start, start + longest) if step > 0 else (end - longest, end)
    if end - start < 2:
        return None
    return start, end


def _one_script(text: str, start: int, end: int, step: int) -> tuple[int, int]:
    """The part of a run next to the title that is in one script, katakana or kanji: a name is never both, so
    in 世界銀行マルパス総裁 the name is マルパス, not 行マルパス. (Hiragana goes with either: あかま二郎.)"""
    order = range(end - 1, start - 1, -1) if step < 0 else range(start, end)
    first = None
    for index in order:
        char = text[index]
        kind = "kata" if "\u30a1" <= char <= "\u30fa" else "kanji" if _is_kanji(char) else None
        if kind is None:
            continue
        if first is None:
            first = kind
        elif kind != first:
            return (index + 1, end) if step < 0 else (start, index)
    return start, end


_OPENERS = "、。，,「『（(・ \n\t"


def _lone_kanji_name(text: str, edge: int, covered: bytearray, stopwords: frozenset[str]) -> tuple[int, int] | None:
    """A Japanese family name of one kanji (林, 森) standing alone between a break and its title: "、林総務大臣は".
    Not a kanji that is a word of its own (同 "the said", 新 "new", 前 "former": stopwords)."""
    pos = edge - 1
    if pos < 0 or not _is_kanji(text[pos]) or covered[pos] or text[pos] in stopwords:
        return None
    return (pos, edge) if pos == 0 or text[pos - 1] in _OPENERS else None


def _han_institution(ctx: _Context, run: str) -> bool:
    """A run of Han characters that starts or ends with the character of an office (meta.tsv
    `institution_endings`): 使馆, 司局 before 负责人, 館 glued to 大使 (大使館, the embassy), not a name."""
    endings = ctx.lexicon.institution_endings
    return bool(endings) and (run.endswith(endings) or run.startswith(endings))


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_GLOSS = re.compile(r"\([\u3040-\u30ff・ー]{1,20}\)$")  # a kana reading after a name: 李宗昊(イ・ジョンホ)


def _before_unspaced_title(text: str, start: int, mentions: list[Mention]) -> int:
    """Where a name before a Japanese or Chinese title ends: before the state that qualifies the title
    (グエン・マイン・フン・ベトナム情報通信大臣) and before a kana reading of the name (李宗昊(イ・ジョンホ)長官)."""
    parties = {m.end: m.start for m in mentions if m.category == "party"}
    if start in parties:
        start = parties[start]
        while start > 0 and text[start - 1] in _NAME_DOTS:
            start -= 1
    gloss = _GLOSS.search(text, max(0, start - 22), start)
    return gloss.start() if gloss else start


_PORTFOLIO_REACH = 14  # characters of a ministry's name between a foreign name and 大臣


def _katakana_at(text: str, pos: int, covered: bytearray) -> bool:
    return 0 <= pos < len(text) and "\u30a1" <= text[pos] <= "\u30ff" and not covered[pos]


def _katakana_before_portfolio(
    text: str, start: int, covered: bytearray, stopwords: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """A foreign name in katakana, then the portfolio in kanji, then the title: サディコフ情報技術・通信開発大臣.
    The change of script is the name's end. A loanword of the portfolio in katakana (a stopword: デジタル of
    "ヴィッシング デジタル・交通大臣", マルチメディア of "サッレー通信マルチメディア大臣") is no name: the name is
    the katakana word before it, whatever kanji of the portfolio stand between."""
    pos = start - 1
    kanji = 0  # characters of the portfolio in kanji, up to _PORTFOLIO_REACH
    loanword = False
    for _ in range(4):  # at most three loanwords of the portfolio before the name
        while pos >= 0 and (_is_kanji(text[pos]) or text[pos] in _NAME_DOTS or text[pos] == " " or covered[pos]):
            kanji += _is_kanji(text[pos]) or bool(covered[pos])  # a lexicon word of the portfolio: デジタル政府
            if kanji > _PORTFOLIO_REACH:
                return None
            pos -= 1
        if not _katakana_at(text, pos, covered):
            return None
        end = pos + 1
        while pos >= 0 and (_katakana_at(text, pos, covered) or text[pos] in _NAME_DOTS):
            pos -= 1
        begin = pos + 1
        while begin < end and text[begin] in _NAME_DOTS:
            begin += 1
        if text[begin:end].strip("".join(_NAME_DOTS)) not in stopwords:
            if not kanji and not loanword:
                return None  # katakana right before the title: the run before it is the name, found elsewhere
            return (begin, end) if end - begin >= 2 else None
        loanword = True
    return None


_OF = "の"  # the Japanese genitive: ドイツ連邦共和国のヴィッシング, Germany's Wissing
_STATE_REACH = 14  # characters between a state and a name it qualifies (連邦デジタル・交通省)


def _particle(char: str) -> bool:
    """A hiragana character other than the genitive の: a particle that ends a phrase (で, に, と, は, が)."""
    return "\u3040" <= char <= "\u309f" and char != _OF


def _party_before_name(text: str, name_start: int, mentions: list[Mention]) -> str | None:
    """A state that qualifies a name written before its title, through the genitive or a ministry's name and
    nothing else (韓国の李宗昊長官, ドイツ連邦デジタル・交通省ヴィッシング大臣); a state followed by another
    particle (日本で, in Japan) or punctuation qualifies no one."""
    host_starts = {m.end for m in mentions if m.category == "cue" and m.value in ("host", "place")}
    candidates = [m for m in mentions if m.category == "party" and name_start - _STATE_REACH <= m.end <= name_start]
    for mention in sorted(candidates, key=lambda m: -m.end):
        gap = text[mention.end : name_start]
        if mention.start in host_starts or not all(
            c in _NAME_DOTS or c in "ー " or char_script(c) in _UNSPACED and not _particle(c) for c in gap
        ):
            return None
        return mention.value
    return None


def _party_before_unspaced(text: str, title_start: int, mentions: list[Mention]) -> str | None:
    """The state named just before a title, skipping the host after 驻 ("伊朗驻华大使": Iran, not China)."""
    host_starts = {m.end for m in mentions if m.category == "cue" and m.value in ("host", "place")}
    candidates = [m for m in mentions if m.category == "party" and title_start - 8 <= m.end <= title_start]
    for mention in sorted(candidates, key=lambda m: -m.end):
        gap = text[mention.end : title_start]
        if any(ch in _BREAKS or ch in ",，、" or _particle(ch) for ch in gap):
            break  # a Japanese particle other than の: 日本で NAME 長官 is someone in Japan, not Japan's
        if mention.start in host_starts:
            continue
        return mention.value
    return None


def _choose(after: tuple[int, int, int] | None, before: tuple[int, int, int] | None) -> tuple[int, int] | None:
    if after is None and before is None:
        return None
    if before is None or (after is not None and after[2] >= before[2]):
        assert after is not None
        return after[0], after[1]
    return before[0], before[1]


def _part_of_another_name(ctx: _Context, previous: int, start: int) -> bool:
    """'Wei' in 'Lu Wei' is not Miao Wei: a capitalised word right before makes it another name."""
    before = ctx.tokens[previous]
    if char_script(before.text[0]) in _CASELESS or before.text in ctx.lexicon.stopwords:
        return False
    gap = ctx.norm.text[before.end : start]
    return gap == " " and ctx.norm.original_text(before.start, before.end)[:1].isupper()


def _name_goes_on(ctx: _Context, index: int) -> bool:
    """Does a capitalised word follow the word at `index` right after a space (it starts a longer name)?"""
    if index + 1 >= len(ctx.tokens):
        return False
    token, after = ctx.tokens[index], ctx.tokens[index + 1]
    if after.text in ctx.lexicon.stopwords or ctx.norm.text[token.end : after.start] != " ":
        return False
    return ctx.norm.original_text(after.start, after.end)[:1].isupper()


def _family_name_mentions(ctx: _Context, people: list[PersonMention]) -> list[PersonMention]:
    """Later mentions of a person by family name alone ("Vaezi", "هاشمی"). One pass over the tokens,
    whatever the number of people: a word is claimed by the first person whose family name it is."""
    named = bytearray(len(ctx.norm.text))
    for person in people:
        named[person.start : person.end] = b"\x01" * (person.end - person.start)
    # family name -> (as written, index of the person, is it the given name)
    families: dict[str, list[tuple[str, int, bool]]] = {}
    for order, person in enumerate(people):
        first = ctx.tokens.first_at_or_after(person.start)
        words = ctx.tokens.items[first : ctx.tokens.first_at_or_after(person.end)]
        if len(words) < 2:
            continue
        short = [(words[-1], False)]
        if ctx.lexicon.short_names_first and words[0].text not in ctx.lexicon.name_particles:
            short.append((words[0], True))  # Malay "Fahmi berkata": Fahmi Fadzil, named by his given name
        for word, given in short:
            if len(word.text) < 3 or word.text in ctx.lexicon.stopwords:
                continue
            families.setdefault(word.text, []).append((ctx.norm.original_text(word.start, word.end), order, given))
    claims: list[tuple[int, int, bool]] = []  # (person, token, by the given name)
    for index, word in enumerate(ctx.tokens.words if families else ()):
        candidates = families.get(word)
        if not candidates:
            continue
        token = ctx.tokens[index]
        if named[token.start]:
            continue
        written = ctx.norm.original_text(token.start, token.end)
        # "tháng" is not "Thắng"
        owner, given = next(((order, given) for form, order, given in candidates if form == written), (None, False))
        if owner is None or (index > 0 and _part_of_another_name(ctx, index - 1, token.start)):
            continue
        if given and _name_goes_on(ctx, index):
            continue  # "Mohamad" of Mohamad Fauzi is not Mohamad Hassan: a given name goes on with another name
        if _after_hyphen(ctx, index):
            continue  # "Swaha" of "Al-Swaha": half of a compound, which the family name alone does not name
        claims.append((owner, index, given))
    found = []
    for order, index, given in sorted(claims):
        person, token = people[order], ctx.tokens[index]
        # a given name alone ("Lim", "Fahmi") stands for the whole name the article gave before
        name = person.name if given else ctx.norm.original_text(token.start, token.end)
        found.append(
            PersonMention(token.start, token.end, name, person.role, person.party, token.start, token.end,
                          person.party_assumed)
        )  # fmt: skip
    return found
