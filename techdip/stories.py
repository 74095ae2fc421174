"""Stories: the same event reported by several articles, in several languages, is one story.

Two events can be one story when their types are compatible (the same; talks
and a joint body's session, which outlets describe either way; talks and the
agreement signed at them, when an official or the day is in common), their
parties are (the same; one's within the other's sharing two, as a pair within a
multilateral meeting; or two lists sharing two parties each with one the other
lacks, when two officials or the place are in common), and their dates are
(event dates within a few days, or equal at the coarser precision; with an
event date on one side only, the other article published neither before the
event nor more than a month after it; publication dates within a week, a page
giving only its month not contradicting its days). Known event dates months apart
never join. Among those, evidence decides: the same official on both sides
(names compared across scripts through a transliterated consonant skeleton, so
هاشمی, Hashemi, Хашеми and Hachemi agree; a katakana name without the sounds katakana
cannot tell apart; a Korean name written in Han read in Korean; a distinctive name matches even when
one extraction gave the person the other party; a name of two words or more matches itself with words after
it, a family name or a caption) speaks most for it, two
officials in common (the minister and the counterpart) more, enough to outweigh
one noisy field (a dateline read as the place, areas read apart), a head of
state or government in both only a little (they appear in every event of their
country), shared areas and places (a city and its country agree) too; with no
date to compare, no official in common speaks against it, as do different
officials of the same party (on dates that agree, its head of state or
government is not compared with its minister), different places, or disjoint
areas. An event
joins the story with the best score above the threshold (of its own kind, an
agreement's rather than the talks' beside it, when it can), else opens a new
one; a story a report contradicts (another place, other officials, outweighing
the rest) is ruled out; a story takes at most one event per article, and among
an article's events the strongest match is made first (its exact report of a
pair's talks, not its report of the multilateral meeting the pair attended).
That greedy join is then settled (settle): the linked neighbourhood of the new
events is re-clustered, links strongest first, so that stories depend on the
set of events and not on the order they came in.

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
from typing import NamedTuple

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

from techdip.lexicons import DATA_DIR, party_names, party_short, read_tsv
from techdip.model import AREA_NAMES, ORGANISATIONS

JOIN_THRESHOLD = 1.5
DATE_WINDOW_DAYS = 3
PUBLISHED_WINDOW_DAYS = 7
REPORT_LAG_DAYS = 30  # an undated report of a dated event is published within a month of it
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
    # (name, party) or (name, party, role): the role tells a head of state or government from an official
    people: list[tuple[str, ...]] = field(default_factory=list)
    areas: frozenset[str] = frozenset()
    location: str | None = None
    lang: str | None = None
    seq: int = 0  # the event's place in its article: with doc_id, a name that does not depend on arrival

    @property
    def key(self) -> tuple[bool, str, str, int, int]:
        """Where the event stands in the order clustering uses, whatever order events arrived in: publication
        date (undated last), document id, place in the article (the id only tells apart events given without
        their place)."""
        return self.published is None, self.published or "", self.doc_id, self.seq, self.id


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
_INDIC = re.compile(r"[\u0900-\u0dff]")  # Devanagari to Sinhala: the scripts with an anusvara
_DROPPED = re.compile(r"[aeiouyw'`\-\s]")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A consonant skeleton of a word in any script: transliterated, vowels and voicing folded away."""
    text = anyascii(word).lower()
    if text.startswith("w"):
        text = "v" + text[1:]  # a word-initial و / w is the consonant v (واعظی: Vaezi)
    if _INDIC.search(word):  # an anusvara or a nasal sign: जुंजी "jumji" is Junji (but أحمد "ahmd" is Ahmed)
        text = _NASAL_BEFORE_CONSONANT.sub("n", text)
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = _DROPPED.sub("", text.translate(_CONSONANT_CLASSES))
    return re.sub(r"(.)\1+", r"\1", text)


_NAME_BREAKS = re.compile(r"[\s·・•\-]+")  # between the words of a name


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """Skeletons of the words of a name long enough to identify someone (honorifics like سید, Dr drop out)."""
    words = _NAME_BREAKS.split(name)
    if len(words) == 1 and re.search(r"[\u4e00-\u9fff]", name):
        words = [name[:1], name[1:]]  # a Chinese name without a dot: family name, given name
    return tuple(s for s in (skeleton(w) for w in words) if len(s) >= 2)


def name_block(name: str) -> str:
    """A short key that two spellings of one family name share, to find candidates without comparing
    every name: the first two letters of the family name's skeleton."""
    parts = name_parts(name)
    # a name of short words only (高市 "gao shi", 먀오웨이) is filed under its whole skeleton, as a one-word
    # name is looked for (techdip.store.story_index.person_blocks): never under nothing, which nothing finds
    return parts[-1][:2] if parts else skeleton("".join(name.split()))[:2]


_CJK_NAME = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")  # Han and Hangul (katakana names have their ・)
_KATAKANA_NAME = re.compile(r"^[\u30a0-\u30ff\uff65\s]+$")


def _same_katakana_name(a: str, b: str) -> bool:
    """Katakana spells a name with few consonants, so that skeletons of different names meet (グレーブス,
    Graves, and ロペス, Lopez; マイセン and Mushingi): the family names must read alike exactly, and where
    both give more words, those too (グエン・タイン・フン is not グエン・マイン・フン). A lone short word that
    is the family name (フン) still matches, as weak evidence (_short_words)."""
    parts_a, parts_b = name_parts(a), name_parts(b)
    if not parts_a or not parts_b or parts_a[-1] != parts_b[-1]:
        return False
    words_a, words_b = (len([w for w in re.split(r"[\s·・•]+", n) if w]) for n in (a, b))
    if words_a == 1 or words_b == 1:
        return True  # the family name alone (Yusuf Kaya is two words, though Kaya's skeleton is too short)
    if parts_a[:-1] != parts_b[:-1]:
        return False
    if _KATAKANA_NAME.match(a) and _KATAKANA_NAME.match(b):
        # skeletons of short katakana words meet (マイ・ティエン・ズン, タン・チュン・ウー): the readings agree too
        reading_a, reading_b = (anyascii(_NAME_BREAKS.sub("", n)).lower() for n in (a, b))
        return ratio(reading_a, reading_b) >= NAME_SIMILARITY
    return True


@lru_cache(maxsize=1 << 18)  # clustering asks about the same few names again and again
def same_person(a: str, b: str) -> bool:
    """Do two written names denote the same person? Their family names (last words) agree across scripts,
    and where both give a given name before it, so do those (an honorific in front does not count)."""
    if _KATAKANA_NAME.match(a) or _KATAKANA_NAME.match(b):
        # the consonants of katakana meet by chance; the sounds it cannot tell apart, folded, must agree in full
        across = not (_KATAKANA_NAME.match(a) and _KATAKANA_NAME.match(b))
        return _same_katakana_name(a, b) or (across and _same_in_katakana(a, b))
    cjk_a, cjk_b = bool(_CJK_NAME.search(a)), bool(_CJK_NAME.search(b))
    if cjk_a and cjk_b:
        # Han and Hangul names have no spaces between family and given name, and many differ only in one
        # syllable (石田 / 岸田 / 武田, Ishida / Kishida / Takeda; 習近平 / 孙爱萍): the whole reading must agree
        whole_a, whole_b = (anyascii(_NAME_BREAKS.sub("", name)).lower() for name in (a, b))
        return (len(whole_a) >= 4 and whole_a == whole_b) or _han_family_name(a, b) or _read_in_korean(a, b)
    if _HANGUL.search(a + b) and _korean_readings(a) & _korean_readings(b):
        return True  # a Korean name in Hangul and in Latin letters, however romanised (이종호, Lee Jong-ho)
    if cjk_a or cjk_b:
        # across scripts: the same reading (習近平 is Xi Jinping), or for a foreign name written in Han the
        # same consonants (哈希米 is Hashemi), though never on a short word that many names share (闻库 is not
        # Wang Yi)
        other = b if cjk_a else a
        reading_a, reading_b = (anyascii(_NAME_BREAKS.sub("", name)).lower() for name in (a, b))
        whole_a, whole_b = (skeleton(_NAME_BREAKS.sub("", name)) for name in (a, b))
        return reading_a == reading_b or (len(whole_a) >= 3 and whole_a == whole_b and not _short_words(other))
    parts_a, parts_b = name_parts(a), name_parts(b)
    if not parts_a or not parts_b:
        return False
    if (_KATAKANA.search(a) or _KATAKANA.search(b)) and _same_in_katakana(a, b):
        return True
    if _short_words(a) or _short_words(b):
        # "Lee Jong Ho", "Xiao Yaqing": a family name too short to compare, and what is left may be a given
        # name that many share; the whole name must agree ("Lee Jong-ho")
        whole_a, whole_b = skeleton(_NAME_BREAKS.sub("", a)), skeleton(_NAME_BREAKS.sub("", b))
        return whole_a == whole_b or (min(len(whole_a), len(whole_b)) >= 4 and _inflected(whole_a, whole_b))
    if len(parts_a) > 1 and len(parts_b) > 1 and len(parts_a[-1]) < 3 and len(parts_b[-1]) < 3:
        # a family name of two consonants ("پور") tells little: the first names must agree too
        return parts_a[-1] == parts_b[-1] and parts_a[0] == parts_b[0]
    if len(parts_a) > 1 and len(parts_b) > 1 and _inflected(parts_a[-1], parts_b[-1]):
        # a short family name in another case, the given name agreeing in its own (Gowinem, Jarosław Gowin;
        # Pawłem Lisem, Paweł Lis)
        given_a, given_b = parts_a[-2], parts_b[-2]
        if given_a == given_b or _inflected(given_a, given_b) or _alike(given_a, given_b):
            return True
    if not _alike(parts_a[-1], parts_b[-1]):
        # a one-word name may be a family name written whole (哈希米 is Hashemi, not 哈 + 希米)
        whole_a, whole_b = skeleton(re.sub(r"\s", "", a)), skeleton(re.sub(r"\s", "", b))
        one_word_b = len(parts_b) == 1 and _alike(parts_a[-1], whole_b)
        return one_word_b or (len(parts_a) == 1 and _alike(whole_a, parts_b[-1]))
    if len(parts_a) > 1 and len(parts_b) > 1 and min(len(parts_a[-2]), len(parts_b[-2])) >= 3:
        return _alike(parts_a[-2], parts_b[-2])
    if len(parts_a) > 1 and len(parts_b) > 1:
        # a short given name tells little, but one that opens with another consonant is another person's
        # (جوزپه پرونه, Giuseppe Perrone, is not Annamaria Bernini, whose family name reads alike)
        return parts_a[-2][:1] == parts_b[-2][:1]
    return True


_KATAKANA = re.compile(r"[\u30a1-\u30fa]")
# katakana writes no l apart from r, no f apart from h before u (フ: Hung is フン), no velar nasal apart from n
# (ン: Hùng), no initial ng (グエン: Nguyen) and no final h (マイン: Mạnh); its small tsu (ッ) only lengthens the
# next consonant: a name in katakana is compared with those told apart nowhere
_KANA_FOLD = str.maketrans({"f": "h", "l": "r"})
_KANA_ENDS = ((re.compile(r"(?<=.)h$"), ""), (re.compile(r"^nk(?=.)"), "k"), (re.compile(r"nk$"), "n"))
_SOKUON = "ッ"
KANA_MIN_CONSONANTS = 4  # a folded name this long or longer (every word agreeing) is one person's


def _kana_fold(part: str) -> str:
    for pattern, single in _KANA_ENDS:
        part = pattern.sub(single, part)
    return part.translate(_KANA_FOLD)


def _same_in_katakana(a: str, b: str) -> bool:
    """Two names, one (or both) in katakana, whose every word agrees once katakana's lost distinctions are
    folded away (グエン・マイン・フン, Nguyen Manh Hung); a short name (フン) is too little to tell."""
    folded_a, folded_b = ([_kana_fold(p) for p in name_parts(n.replace(_SOKUON, ""))] for n in (a, b))
    return folded_a == folded_b and len("".join(folded_a)) >= KANA_MIN_CONSONANTS


_HAN = re.compile(r"[\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _han_family_name(a: str, b: str) -> bool:
    """A Japanese family name alone (高市, 松本) and the whole name it starts (高市早苗, 松本剛明): two Han
    characters or more, the whole name four or more, no middle dot (a transliteration is read whole)."""
    short, whole = sorted((a.strip(), b.strip()), key=len)
    return (
        len(short) >= 2
        and len(whole) >= 4
        and whole.startswith(short)
        and not _NAME_DOTS.search(whole)
        and all(_HAN.match(c) for c in whole)
    )


KOREAN_NAME_SYLLABLES = (2, 4)  # a Korean name is two to four syllables (이종호, 남궁민수)
_KOREAN_READINGS_MOST = 64  # readings tried of one name written in Han (most characters have one or two)


@lru_cache(maxsize=1)
def _hanja() -> dict[str, tuple[str, ...]]:
    """Han character -> its Korean readings in Hangul (lexicon data ko/hanja.tsv, from Unicode's Unihan)."""
    return {cols[0]: tuple(cols[1].split()) for _, cols in read_tsv(DATA_DIR / "ko" / "hanja.tsv") if len(cols) > 1}


def _read_in_korean(a: str, b: str) -> bool:
    """A Korean name in Hangul and the same name in Han, as Japanese and Chinese outlets write it (이종호,
    李宗昊): some Korean reading of the Han characters, one syllable each, is the Hangul name."""
    hangul, han = (a.strip(), b.strip()) if _HANGUL.search(a) else (b.strip(), a.strip())
    low, high = KOREAN_NAME_SYLLABLES
    if not (low <= len(hangul) == len(han) <= high and all(_HANGUL.match(c) for c in hangul)):
        return False
    readings = _hanja()
    if not all(_HAN.match(c) and c in readings for c in han):
        return False
    found = {""}
    for char in han:
        found = {read + one for read in found for one in readings[char]}
        if len(found) > _KOREAN_READINGS_MOST:
            return False
    return hangul in found


_NAME_DOTS = re.compile(r"[·・•]")
# Korean romanisations (Revised, McCune-Reischauer and the spellings people use) folded together: eo, o, u
# and oo (석 seok, suk; 정 jeong, Jong; 문 mun, Moon), oi and oe (최 Choe, Choi), ae and e, ou (영 yeong,
# young); voiced and voiceless stops (박 Bak, Pak), ch and j (정 Jeong, Chung), l and r
_KOREAN_VOWELS = (("ck", "k"), ("oi", "e"), ("oe", "e"), ("ae", "e"), ("ai", "e"), ("oo", "u"), ("ee", "i"),
                  ("eo", "u"), ("eu", "u"), ("ou", "u"), ("wo", "u"), ("o", "u"))  # fmt: skip
_KOREAN_CONSONANTS = str.maketrans({"g": "k", "b": "p", "d": "t", "l": "r"})


def _korean_fold(word: str, family: bool) -> str:
    """One word of a romanised Korean name, folded so that its common spellings agree."""
    text = re.sub(r"[^a-z]", "", word.lower())
    if family:  # 이 is I, Yi, Lee, Rhee; 류 Ryu, Yu; 임 Im, Lim
        text = re.sub(r"^(?:rh|r|l)(?=[iy]|ee)", "", text)
        text = re.sub(r"^yi", "i", text)
    for pair, single in _KOREAN_VOWELS:
        text = text.replace(pair, single)
    text = text.replace("sh", "s").replace("ch", "j").translate(_KOREAN_CONSONANTS)
    text = re.sub(r"r(?=[^aeiouy]|$)", "", text)  # Park is 박 Pak, Hur is 허 Heo
    text = re.sub(r"(?<=[aeiouy])h", "", text)  # Ahn is 안 An, Oh 오 O, Sohn 손 Son
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=65536)
def _korean_readings(name: str) -> frozenset[str]:
    """Folded readings of a Korean name, family name first: one for a name in Hangul (its first syllable is
    the family name), two for one in Latin letters (family name first, as Koreans write it, or last)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return frozenset()
    if _HANGUL.search(name):
        if len(words) != 1 or not 2 <= len(words[0]) <= 4 or not all(_HANGUL.match(c) for c in words[0]):
            return frozenset()
        syllables = [anyascii(c) for c in words[0]]
        return frozenset({_korean_fold(syllables[0], True) + " " + _korean_fold("".join(syllables[1:]), False)})
    if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z'\-]+", w) for w in words):
        return frozenset()
    first = _korean_fold(words[0], True) + " " + _korean_fold("".join(words[1:]), False)
    last = _korean_fold(words[-1], True) + " " + _korean_fold("".join(words[:-1]), False)
    return frozenset({first, last})


def _short_words(name: str) -> bool:
    """Is the first or the last word of the name too short to compare (Lee Jong Ho, Xiao Yaqing)? A short
    particle inside a name (bin, Al) is no matter."""
    words = [w for w in re.split(r"[\s·・•]+", name) if w]  # "Jae-in" is one given name, not "Jae" and "in"
    return len(words) > 1 and any(len(skeleton(w)) < 2 for w in (words[0], words[-1]))


_CASE_CONSONANTS = frozenset("mf")  # of Slavic case endings: instrumental -em -om -ym -ем -ом, dative -owi -ову


def _inflected(x: str, y: str) -> bool:
    """One skeleton is the other with the consonant of a case ending ("knm" of Gowinem is "kn" of Gowin; "knk"
    of Gowinek is another name)."""
    short, long = sorted((x, y), key=len)
    ending = long[len(short) :]
    return len(short) >= 2 and long.startswith(short) and len(ending) == 1 and ending in _CASE_CONSONANTS


def _alike(x: str, y: str) -> bool:
    """Two skeletons of one word: equal, or close enough when long enough to tell ("kpn" ~ "hkpn"), or one
    ending the other (an honorific glued in front: "سیدستار" ~ "ستار")."""
    if x == y:
        return True
    if min(len(x), len(y)) < 3:
        return False
    return ratio(x, y) >= NAME_SIMILARITY or x.endswith(y) or y.endswith(x)


TRAILING_NAME_CONSONANTS = 6  # consonants of a whole name that another name merely extends (not "Ali Reza")


@lru_cache(maxsize=65536)
def _extended_name(a: str, b: str) -> bool:
    """One name is the other with words after it: "Mohamed bin Zayed" and "Mohamed bin Zayed Al Nahyan", or a
    caption glued on ("Boviengkham Vongdara - Ảnh"). The shorter name must be two words or more and long
    enough to name one person; only reports of one story are compared this way, never people across the
    corpus (that is same_person's)."""
    parts_a, parts_b = name_parts(a), name_parts(b)
    short, long = sorted((parts_a, parts_b), key=len)
    if len(short) < 2 or len(short) == len(long) or len("".join(short)) < TRAILING_NAME_CONSONANTS:
        return False
    return all(_alike(x, y) for x, y in zip(short, long, strict=False))


@lru_cache(maxsize=1 << 18)  # scoring asks about the same pairs of names again and again
def _one_person(a: str, b: str) -> bool:
    """Two mentions in two reports of a story name one person: the same name (same_person), or one name the
    other with words after it (_extended_name)."""
    return same_person(a, b) or _extended_name(a, b)


# ---- scoring -------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


@lru_cache(maxsize=65536)
def _span(value: str) -> tuple[datetime.date, datetime.date]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return datetime.date(parts[0], parts[1], 1), datetime.date(parts[0], parts[1], last)
    day = datetime.date(parts[0], parts[1], parts[2])
    return day, day


def _gap(a: str, b: str) -> int:
    """Days between two periods (0 when they overlap: 2021-12 and 2021-12-01)."""
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return max((b0 - a1).days, (a0 - b1).days, 0)


class _Dated(NamedTuple):
    date: str | None
    published: str | None


@lru_cache(maxsize=1 << 16)  # scoring compares the same few dates in most pairs of events
def _dates_agree(
    date_a: str | None, published_a: str | None, date_b: str | None, published_b: str | None
) -> bool | None:
    """True, False, or None when nothing is known, of two events' event and publication dates.

    Two event dates must agree (within DATE_WINDOW_DAYS, or at the coarser one's precision): known dates
    months apart never join. With an event date on one side only, the other article must not have been
    published before the event nor more than REPORT_LAG_DAYS after it; two publication dates (a page may give
    only its month) must be within PUBLISHED_WINDOW_DAYS, unless a page republished months after the event it
    dates (_stamp_tells)."""
    a, b = _Dated(date_a, published_a), _Dated(date_b, published_b)
    if a.date and b.date:
        shorter = min(len(a.date), len(b.date))
        if shorter < 10:
            return a.date[:shorter] == b.date[:shorter]
        return abs((_day(a.date) - _day(b.date)).days) <= DATE_WINDOW_DAYS  # type: ignore[operator]
    agree = None  # only days agree: a page that gives only its month does not contradict, nor confirm
    if _stamp_tells(a) and _stamp_tells(b):
        if _gap(a.published, b.published) > PUBLISHED_WINDOW_DAYS:
            return False
        agree = True if len(a.published) == len(b.published) == 10 else None
    for dated, other in ((a, b), (b, a)):
        if dated.date and len(dated.date) >= 7 and other.published and len(other.published) >= 7:
            (event_first, event_last), (out_first, out_last) = _span(dated.date), _span(other.published)
            if (out_last - event_first).days < -1 or (out_first - event_last).days > REPORT_LAG_DAYS:
                return False  # published before the event, or long after it
            if len(dated.date) == len(other.published) == 10 and (out_first - event_last).days <= PUBLISHED_WINDOW_DAYS:
                agree = True
    return agree


def _stamp_tells(event: StoryEvent | _Dated) -> bool:
    """Does the event's publication date tell when it was reported? Not when it gives no month, nor when it
    is months after the event date the page itself gives: a page republished later (an aggregator's copy)
    is dated by its event, not by its stamp."""
    if not event.published or len(event.published) < 7:
        return False
    if event.date and len(event.date) >= 7:
        return (_span(event.published)[0] - _span(event.date)[1]).days <= REPORT_LAG_DAYS
    return True


_MEETING_TYPES = frozenset({"CONSULT", "COOPERATE"})
_SIGNING_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def types_compatible(a: str, b: str) -> bool:
    """The same type, talks and a joint body's session (which outlets describe either way), or talks and the
    agreement signed at them (one outlet reports talks and a signing, another the agreement)."""
    return a == b or {a, b} <= _SIGNING_TYPES


def _parties_relation(a: StoryEvent, b: StoryEvent) -> str | None:
    """How two events' parties relate: "same"; "within" (one's within the other's, sharing two: the pair of a
    multilateral meeting that one article reports whole); "overlap" (sharing two, each with one the other lacks,
    which only officials or the place in common can show to be one meeting); None."""
    if a.parties == b.parties:
        return "same"
    shared = len(a.parties & b.parties)
    if shared < 2:
        return None
    return "within" if shared in (len(a.parties), len(b.parties)) else "overlap"


def _parties_compatible(a: StoryEvent, b: StoryEvent) -> bool:
    return _parties_relation(a, b) is not None


# roles (the English glosses extraction gives) of heads of state or government: their names recur in every
# event of their country, so they alone do not make two reports one story
LEADER_ROLES = frozenset({"president", "prime minister", "head", "head of state", "head of government",
                          "chancellor", "premier", "king", "emir", "crown prince"})  # fmt: skip
LEADER_WEIGHT = 1.0  # each head of state or government in common (an official in common weighs 2.0)
TWO_OFFICIALS_WEIGHT = 1.0  # two officials in common (two persons on each side), beyond the 2.0 of one


def score(a: StoryEvent, b: StoryEvent) -> tuple[float, list[str]]:
    """How strongly two events are one story (-inf when they cannot be), with the reasons."""
    reasons: list[str] = []
    return _evaluate(a, b, reasons)[0], reasons


def _ignore(_: str) -> None:
    """Where a reason goes when nobody asked for it."""


def _evaluate(a: StoryEvent, b: StoryEvent, reasons: list[str] | None) -> tuple[float, bool]:
    """score's value, and whether the pair contradicts (_contradicts: -inf, or below zero with other officials
    or another place); the reasons go into `reasons` when it is given. Ranking and linking ask most pairs only
    the value, and building the reasons was much of the cost of a pair that does not join."""
    note = reasons.append if reasons is not None else _ignore
    # (types_compatible and _parties_relation written out: half the pairs asked end here)
    type_a, type_b, parties_a, parties_b = a.type, b.type, a.parties, b.parties
    if a.doc_id == b.doc_id or type_a != type_b and not (type_a in _SIGNING_TYPES and type_b in _SIGNING_TYPES):
        relation = None
    elif parties_a == parties_b:
        relation = "same"
    else:
        shared = len(parties_a & parties_b)
        relation = None if shared < 2 else "within" if shared in (len(parties_a), len(parties_b)) else "overlap"
    if relation is None:
        note("different type, parties or the same article")
        return float("-inf"), True
    dates = _dates_agree(a.date, a.published, b.date, b.published)
    if dates is False:
        note("dates too far apart")
        return float("-inf"), True
    if not a.people or not b.people:
        officials, leaders, conflicting, named = (), (), frozenset(), 0
    elif reasons is None:  # counted, not written out: the same lists meet again and again
        officials, leaders, conflicting, named = _people_counted(tuple(a.people), tuple(b.people), bool(dates))
    else:
        officials, leaders, conflicting, named = _people_evidence(a, b, bool(dates))
    same_day = bool(a.date and b.date and a.date == b.date and len(a.date) == 10)
    places = _places_relation(a.location, b.location)
    if relation == "overlap" and len(officials) < 2 and places != "same":
        # one minister attends many meetings of different groups: it takes two officials, or the place
        note("parties overlap, with neither two officials nor the place in common")
        return float("-inf"), True
    if "AGREE" in {a.type, b.type} and a.type != b.type and not officials and not same_day:
        note("talks and an agreement, with neither an official nor the day in common")
        return float("-inf"), True
    total = 0.0
    if relation == "same":
        total += 0.25  # less than any other evidence: it only prefers the exact report among equals
        note("same parties")
    elif relation == "overlap" and reasons is not None:
        note("parties overlap: " + ",".join(sorted(a.parties)) + " / " + ",".join(sorted(b.parties)))
    if a.type != b.type:
        if {a.type, b.type} == _MEETING_TYPES:
            if reasons is not None:
                note(f"{a.type} / {b.type}: a session reported as talks")
        else:
            total -= 0.5  # the same type is the likelier report of the same thing
            if reasons is not None:
                note(f"{a.type} / {b.type}: a signing reported as talks and signing")
    if dates:
        total += 0.5
        note("dates agree")
        if same_day:
            total += 1.0
            if reasons is not None:
                note(f"same day {a.date}")
    if officials:
        total += 2.0
        if reasons is not None:
            note("same people: " + "; ".join(officials + leaders))
        if named >= 2:
            # two officials named by both (the minister and the counterpart across the table): outweighs what
            # noisy fields say against it (areas picked apart, a country read for the place)
            total += TWO_OFFICIALS_WEIGHT
            note("two officials in common")
    elif leaders:
        total += LEADER_WEIGHT * len(leaders)
        if reasons is not None:
            note("same head of state or government, or a short name: " + "; ".join(leaders))
    if not officials and dates is None:
        # with no date to compare, only the same officials tell the same event from another one of the same
        # parties (a pair signs many agreements over the years; a president receives many delegations)
        total -= 1.0
        note("no dates to compare and no official in common")
    if conflicting:
        # two reports of one day may each name another member of a party's delegation (the minister, the
        # ambassador): on the same dates the names weigh less against than on dates nothing confirms
        total -= 1.5 if dates else 3.0
        if reasons is not None:
            note("different officials of " + ", ".join(sorted(conflicting)))
    if a.areas and b.areas:
        overlap = len(a.areas & b.areas) / len(a.areas | b.areas)
        if overlap >= 0.3:
            total += 1.0
            if reasons is not None:
                note(f"areas overlap {overlap:.0%}")
        elif overlap == 0 and not (same_day and places == "same"):
            # (on the same day in the same place, talks and the agreement signed there name their own areas)
            total -= 1.0
            note("no area in common")
    if places == "same":
        total += 0.5
        if reasons is not None:
            note(f"same place {a.location}")
    elif places == "within":
        if reasons is not None:
            note(f"places {a.location} / {b.location}: a city in its country")
    elif places == "different":
        total -= 2.0
        if reasons is not None:
            note(f"different places {a.location} / {b.location}")
    return total, total < 0 and (bool(conflicting) or places == "different")


@lru_cache(maxsize=1 << 16)  # scoring compares the same few places in most pairs of events
def _places_relation(a: str | None, b: str | None) -> str | None:
    """ "same", "within" (a city and its country), "different", or None when a place is missing."""
    if not a or not b or _is_body(a) or _is_body(b):
        return None  # an organisation is not where a meeting took place (a page's "European Union" is its party)
    if a == b:
        return "same"
    country_a, country_b = _place_state(a), _place_state(b)
    if country_a and country_a == country_b and (_is_state(a) or _is_state(b)):
        return "within"
    return "different"


@lru_cache(maxsize=1)
def _place_states() -> dict[str, str]:
    """English place name -> its state's code: the places of every language's places.tsv, and the states."""
    out: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*/places.tsv")):
        for _, cols in read_tsv(path):
            if len(cols) >= 3 and cols[1] and cols[2]:
                out.setdefault(cols[1], cols[2])
    out.update({name: code for code, name in party_names().items() if code not in ORGANISATIONS})
    return out


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """Organisations by code and by name, which extraction sometimes gives as an event's place."""
    names = party_names()
    return frozenset(ORGANISATIONS) | {names[code] for code in ORGANISATIONS if code in names}


def _is_body(place: str) -> bool:
    return place in _bodies()


def _place_state(place: str) -> str | None:
    return _place_states().get(place)


def _is_state(place: str) -> bool:
    return party_names().get(_place_states().get(place, ""), None) == place


def _people_evidence(
    a: StoryEvent, b: StoryEvent, dated: bool = False, texts: bool = True
) -> tuple[list[str], list[str], set[str], int]:
    """Officials found in both events, heads of state or government (or names too short to tell: フン, one
    syllable of a Vietnamese name) found in both, the parties whose officials differ between them, and how many
    officials are found in both (distinct persons on each side).

    Extraction sometimes gives a person the other party, so a name matched under two parties counts when it is
    distinctive enough (_distinctive); and a party's officials differ only when
    none of them, on either side, is named anywhere in the other event (when the events are `dated` alike, its
    heads of state or government are not compared). `texts`: the matches written out (else only counted)."""
    if not a.people or not b.people:
        return [], [], set(), 0
    officials, leaders, named_a, named_b = [], [], set(), set()
    facts_b = [_person_facts(tuple(person)) for person in b.people]
    for person_a in a.people:
        name_a, party_a, leader_a, telling_a, distinctive_a = _person_facts(tuple(person_a))
        for name_b, party_b, leader_b, telling_b, distinctive_b in facts_b:
            same_party = party_a == party_b or party_a is None or party_b is None
            if not (same_party or distinctive_a and distinctive_b) or not _one_person(name_a, name_b):
                continue
            found = (f"{name_a} ~ {name_b}" + ("" if same_party else f" ({party_a} / {party_b})")) if texts else ""
            weak = leader_a or leader_b or not (telling_a and telling_b)
            (leaders if weak else officials).append(found)
            if not weak:
                named_a.add(name_a)
                named_b.add(name_b)
    conflicting = set()
    for party in {p[1] for p in a.people if p[1]} & {p[1] for p in b.people if p[1]}:
        # on dates that agree, a head of state or government opening a summit that a minister of the same
        # party chairs is named by one report and the minister by another: only officials are told apart then
        # (with no date to compare, the president receiving a minister is another event than the minister's
        # meeting with that minister)
        names_a = [p[0] for p in a.people if p[1] == party and not (dated and _is_leader(p))]
        names_b = [p[0] for p in b.people if p[1] == party and not (dated and _is_leader(p))]
        # only names in one script are told apart reliably: across scripts a miss proves little
        comparable = [(x, y) for x in names_a for y in names_b if _script(x) == _script(y)]
        if (
            comparable
            and not any(_one_person(x, p[0]) for x in names_a for p in b.people)
            and not any(_one_person(p[0], y) for p in a.people for y in names_b)
        ):
            conflicting.add(party)
    return officials, leaders, conflicting, min(len(named_a), len(named_b))


@lru_cache(maxsize=1 << 16)
def _people_counted(
    people_a: tuple[tuple[str, ...], ...], people_b: tuple[tuple[str, ...], ...], dated: bool
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], int]:
    """_people_evidence of two lists of mentions, counted and not written out (the lists only: an event's
    other fields play no part). Ranking, linking and settling ask it of the same pairs of events, and an
    official's events of one story of the same lists."""
    officials, leaders, conflicting, named = _people_evidence(
        StoryEvent(0, "", "", frozenset(), people=list(people_a)),
        StoryEvent(0, "", "", frozenset(), people=list(people_b)),
        dated,
        False,
    )
    return tuple(officials), tuple(leaders), frozenset(conflicting), named  # shared by every caller: unchangeable


@lru_cache(maxsize=65536)  # scoring meets the same few people in every pair of events
def _person_facts(person: tuple[str, ...]) -> tuple[str, str | None, bool, bool, bool]:
    """A mention's name and party, and whether it is a head of state or government, a telling name and a
    distinctive one (what _people_evidence asks of each mention in every pair)."""
    name = person[0]
    return name, person[1], _is_leader(person), _telling(name), _distinctive(name)


def _is_leader(person: tuple[str, ...]) -> bool:
    return len(person) > 2 and (person[2] or "").strip().lower() in LEADER_ROLES


@lru_cache(maxsize=65536)
def _telling(name: str) -> bool:
    """A name that can tell a person: more than one word, or a word of three consonants or more."""
    parts = name_parts(name)
    return len(parts) > 1 or bool(parts) and len(parts[0]) >= 3


@lru_cache(maxsize=65536)
def _distinctive(name: str) -> bool:
    """A name unlikely to be two persons' of the two parties: a family name of four consonants or more, or a
    name of several words with four or more (زارع پور, Bùi Thanh Sơn)."""
    parts = name_parts(name)
    return bool(parts) and (len(parts[-1]) >= 4 or len(parts) >= 2 and len("".join(parts)) >= 4)


@lru_cache(maxsize=65536)
def _script(name: str) -> str:
    """The script a name is written in, coarsely: its first letter's Unicode block name."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "?").split(" ")[0] if letter else "?"


def ranked_stories(
    event: StoryEvent, stories: Iterable[Story], linked_out: set[int] | None = None
) -> list[tuple[float, Story, list[str]]]:
    """The stories this event may join (score at or above the threshold), best first, with why. The event's id
    goes into `linked_out` when it is linked to any of the stories' events (settling starts from it)."""
    ranked = []
    for story in stories:
        if event.doc_id in story.docs:
            others = [other for other in story.events if other.doc_id != event.doc_id]
            if linked_out is not None and any(linked(event, other) for other in others):
                linked_out.add(event.id)
            continue
        top, best, above, contradicted = float("-inf"), 0, False, False
        for n, other in enumerate(story.events):
            value, contradicts = _evaluate(event, other, None)  # the reasons of the best only, below
            above = above or value > JOIN_THRESHOLD - 1e-9
            if contradicts:
                contradicted = True
                if linked_out is None or above or event.id in linked_out:
                    break  # the story is ruled out, and the rest cannot change what linked_out learns
            if value > top:
                top, best = value, n  # the first best, as max() gives it
        if linked_out is not None and above:
            linked_out.add(event.id)
        if contradicted:
            continue  # a conflict with any of its reports (another place, other officials) rules the story out
        if top > JOIN_THRESHOLD - 1e-9:
            ranked.append((top, story, score(event, story.events[best])[1]))
    # an event joins a story of its own kind when it can (the signing's story, not the talks' beside it)
    same_kind = [option for option in ranked if not _cross_kind(event, option[1])]
    return sorted(same_kind or ranked, key=lambda option: -option[0])


_CONTRADICTIONS = ("different officials", "different places")


def _contradicts(value: float, reasons: list[str]) -> bool:
    """Does a report contradict the other (another place, other officials) more than the rest of the evidence
    speaks for it? A report that merely lacks evidence (no date, no official in common) does not."""
    return value == float("-inf") or value < 0 and any(r.startswith(_CONTRADICTIONS) for r in reasons)


def _cross_kind(event: StoryEvent, story: Story) -> bool:
    """An agreement joining talks, or talks joining an agreement."""
    return all((event.type == "AGREE") != (other.type == "AGREE") for other in story.events)


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


def linked(a: StoryEvent, b: StoryEvent) -> bool:
    """May two events be one story: two parties in common (what the candidate look-up needs) and a score at or
    above the threshold? The same answer whichever comes first."""
    if len(a.parties & b.parties) < 2:
        return False
    first, second = (b, a) if b.key < a.key else (a, b)  # as sorted() by key would order them
    return _evaluate(first, second, None)[0] > JOIN_THRESHOLD - 1e-9


class UnionFind:
    """Connected components of hashable nodes; the smallest node names its component (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, node):
        parent = self.parent.setdefault(node, node)
        if parent != node:
            parent = self.parent[node] = self.find(parent)
        return parent

    def union(self, nodes: Iterable) -> None:
        roots = sorted({self.find(n) for n in nodes})
        for root in roots[1:]:
            self.parent[root] = roots[0]


Joined = tuple[StoryEvent, float | None, list[str]]  # an event of a story, the score it joined with and why


ALL_PAIRS_UP_TO = 200  # events of a linked group whose every pair settling scores


def settle(events: Iterable[StoryEvent], pairs: Iterable[tuple[int, int]] | None = None) -> list[list[Joined]]:
    """The stories of a set of events, whatever order they arrived in.

    Every pair that can be one story (stories.linked) is a link; links are taken strongest first (ties in the
    events' order: publication date, document id, place) and each joins two stories unless they share an
    article or some report of one contradicts some report of the other (ranked_stories' rules); links between
    reports of one kind (two agreements, two of talks) go before those between talks and an agreement. So a
    thin report that links two stories joins them, and the result depends on the set of events only. Each
    story lists its events in that order; the first has no score (it opens the story), every other one the
    score and reasons of its strongest link inside the story. `pairs` (event ids): the pairs that may be
    links, when the caller found them (a candidate look-up) and the events are more than ALL_PAIRS_UP_TO (a
    candidate look-up is bounded: below that size every pair is scored, whichever side found it). Contradictions are
    scored only between stories about to join, so the work follows the links, not the square of the events."""
    ordered = sorted(events, key=lambda e: e.key)
    place = {e.id: n for n, e in enumerate(ordered)}
    if pairs is None or len(ordered) <= ALL_PAIRS_UP_TO:
        wanted = [(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered))]
    else:
        wanted = sorted(
            {
                (min(place[x], place[y]), max(place[x], place[y]))
                for x, y in pairs
                if x != y and x in place and y in place
            }
        )
    scored: dict[tuple[int, int], tuple[float, bool]] = {}  # (value, contradicts): reasons only for the links

    def pair_score(i: int, j: int) -> tuple[float, bool]:
        if (i, j) not in scored:
            scored[i, j] = _evaluate(ordered[i], ordered[j], None)
        return scored[i, j]

    def blocked(i: int, j: int) -> bool:
        i, j = min(i, j), max(i, j)
        return ordered[i].doc_id == ordered[j].doc_id or pair_score(i, j)[1]

    links: list[tuple[bool, float, int, int, list[str]]] = []
    for i, j in wanted:
        a, b = ordered[i], ordered[j]
        if a.doc_id == b.doc_id or len(a.parties & b.parties) < 2:  # as linked()
            continue
        value = pair_score(i, j)[0]
        if value > JOIN_THRESHOLD - 1e-9:
            links.append(((a.type == "AGREE") != (b.type == "AGREE"), value, i, j, score(a, b)[1]))
    # links of one kind first (an agreement joins the agreement of a report rather than the talks beside it),
    # then the strongest, and among equals those of the same type (talks join the talks of a report that also
    # gives the session as cooperation)
    links.sort(key=lambda link: (link[0], -link[1], ordered[link[2]].type != ordered[link[3]].type, link[2], link[3]))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    owner = list(range(len(ordered)))
    for _, _, i, j, _ in links:
        x, y = owner[i], owner[j]
        if x == y or any(blocked(p, q) for p in members[x] for q in members[y]):
            continue
        keep, gone = min(x, y), max(x, y)
        for m in members[gone]:
            owner[m] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    best: dict[int, tuple[float, list[str]]] = {}
    for _, value, i, j, reasons in links:  # in that order: the first link inside the story is the best
        if owner[i] == owner[j]:
            best.setdefault(i, (value, reasons))
            best.setdefault(j, (value, reasons))
    out = []
    for root in sorted(members):
        first, *rest = members[root]
        out.append([(ordered[first], None, [])] + [(ordered[m], *best[m]) for m in rest])
    return out


def settle_components(
    groups: UnionFind, events: Iterable[StoryEvent], pairs: Iterable[tuple[int, int]]
) -> list[list[Joined]]:
    """Settle each connected group of linked events apart (settle), the groups in the order of their first
    events as given; `groups` holds the components, `pairs` the links (event ids) that may join."""
    members: dict[int, list[StoryEvent]] = {}
    for event in events:
        members.setdefault(groups.find(event.id), []).append(event)
    links: dict[int, list[tuple[int, int]]] = {}
    for x, y in pairs:
        links.setdefault(groups.find(x), []).append((x, y))
    return [story for root, group in members.items() for story in settle(group, links.get(root, []))]


def cluster(events: Iterable[StoryEvent]) -> list[Story]:
    """Stories of events (settle), numbered in the order of their first events."""
    return [Story(n, [e for e, _, _ in joined]) for n, joined in enumerate(settle(events), start=1)]


# ---- titles -------------------------------------------------------------------------------------------------------

_TYPE_PHRASES = {"CONSULT": "talks", "AGREE": "agreement", "COOPERATE": "cooperation", "AID": "aid",
                 "REQUEST": "request"}  # fmt: skip
_SIGNED_AGREEMENT = "agreement signed"
_LINE_AREAS = 3
_OFFICES = ("deputy prime minister", "prime minister", "deputy minister", "minister", "ambassador", "president",
            "secretary")  # fmt: skip


def story_line(
    type_: str, parties: list[str], areas: list[str] = (), place: str | None = None,
    date: str | None = None, status: str | None = None, roles: list[str] = (), types: list[str] = (),
) -> str:  # fmt: skip
    """A story in one English line, from its fields: "Iran–Armenia, ministers' talks on AI and data transit,
    Tehran, 19 Nov 2024". `types`: its sources' types, when some report the talks and others the agreement
    signed at them ("talks and agreement signed")."""
    ordered = [p for p in parties if p in ORGANISATIONS] + [p for p in parties if p not in ORGANISATIONS]
    written = [party_short(code) for code in ordered]  # ASEAN, not its name
    who = "–".join(written) if len(written) <= 3 else f"{', '.join(written[:3])} and {len(written) - 3} more"
    agreement = _SIGNED_AGREEMENT if status == "signed" else _TYPE_PHRASES["AGREE"]
    what = agreement if type_ == "AGREE" else _TYPE_PHRASES.get(type_, type_.lower())
    if type_ in _MEETING_TYPES and "AGREE" in types:
        what = f"{what} and {agreement}"
    elif type_ == "AGREE" and set(types) & _MEETING_TYPES:
        what = f"{_TYPE_PHRASES['CONSULT']} and {agreement}"
    office = _shared_office(roles)
    if office:
        what = f"{office}s' {what}"
    if areas:
        topics = [AREA_NAMES.get(a, a) for a in areas]
        if len(topics) > _LINE_AREAS:  # a line, not a list: the rest is on the story's page
            topics = [*topics[:_LINE_AREAS], "more"]
        what += " on " + (topics[0] if len(topics) == 1 else f"{', '.join(topics[:-1])} and {topics[-1]}")
    return ", ".join(x for x in (who, what, place, _readable_date(date)) if x)


def one_role_each(people: Iterable[tuple[str, str | None, str | None]]) -> list[str]:
    """The roles of a story's people (name, party, role), one per person: the minister every source names, in
    every script, is one minister (same_person), not "ministers' talks"."""
    seen: list[tuple[str, str | None]] = []
    roles = []
    for name, party, role in people:
        if role and not any(party == other_party and same_person(name, other) for other, other_party in seen):
            seen.append((name, party))
            roles.append(role)
    return roles


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


HEADLINE_LINES = 10  # lines of the page's top looked at for its headline (past menus, tickers, a date line)
HEADLINE_WORDS = 4  # words of two letters or more in a headline (a menu item, a date or a caption has fewer)
HEADLINE_LETTERS = 8  # letters of a headline in a script written without spaces (Chinese, Japanese, Thai)
_SPACELESS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")


def headline(text: str | None, limit: int = 160) -> str | None:
    """The headline of an article, as the page gives it: the first of its top lines that reads as one (four
    words or more, not a menu item, a date line or a currency ticker), None when none does."""
    lines = [_STAMP.sub("", line.strip()) for line in (text or "").splitlines()]
    for line in [line for line in lines if line][:HEADLINE_LINES]:
        if _reads_as_headline(line):
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return None


def _reads_as_headline(line: str) -> bool:
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
    if _SPACELESS.search(line) and sum(c.isalpha() for c in line) >= HEADLINE_LETTERS:
        return True
    return len(words) >= HEADLINE_WORDS


def pairwise_scores(
    predicted: dict[int, int], gold: dict[int, str], unknown: set[tuple[int, int]] = frozenset()
) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of a clustering (event id -> story) against gold labels, with the
    numbers of predicted and gold same-story pairs; `unknown` pairs (x < y), whose gold is silent, count in
    neither."""
    ids = sorted(set(predicted) & set(gold))
    pairs = [(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :] if (x, y) not in unknown]
    pred_pairs = {(x, y) for x, y in pairs if predicted[x] == predicted[y]}
    gold_pairs = {(x, y) for x, y in pairs if gold[x] == gold[y]}
    common = len(pred_pairs & gold_pairs)
    precision = common / len(pred_pairs) if pred_pairs else 1.0
    recall = common / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall, len(pred_pairs), len(gold_pairs)
