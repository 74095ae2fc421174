"""Search keys: every word of an event, in any script, as a key that a query in any other script can match.

A word is folded to Latin letters (anyascii) and written as its consonants with, between them, the vowels
the script writes, reduced to three classes: A (a), I (e, i, y) and U (o, u, w).

- Alphabets (Latin, Cyrillic, Greek, ...) write every vowel: "Hashemi" and "Хашеми" are both ``hAsImI``.
  Their terms start with ``L`` and end with the word's plain Latin spelling: ``LhAsImI/hashemi``.
- Abjads (the Arabic script: Arabic, Persian, Urdu) leave short vowels unwritten and write long ones with
  letters: هاشمی is ``hAsmI`` (ا is A, ی is I, nothing between ش and م). Indic abugidas, read through anyascii,
  drop the inherent vowel the same way (हाशमी). Their terms start with ``R``: ``RhAsmI``. A word-initial alef or
  ʿayn is ``V``, "some vowel"; so is ى, which is -a in Arabic and -i in Persian.
- Scripts written without spaces (Chinese, Japanese, Korean, Thai, ...) cannot be cut into words: each
  character is a term of its own (``C`` and the character); a name in them (萨塔尔·哈希米) also gets the keys of
  its transliteration (``haximi``: ``hAsImI``).

Matching (query key against stored term, same consonants after folding kh/х/خ to h, b/p, d/t, g/k/q/c, z/s/dh,
th/t, w/v (one letter و), and doubled consonants as one; sh/ш/ش stays apart from s/с/س, and v from f):

- alphabet with alphabet: the same places hold vowels, and at each place the vowel classes share one:
  Hashemi = Hashimi = Хашеми; Hossein = Husain; not Hashmi (no vowel between sh and m), not Hashami.
- alphabet with abjad: every vowel the abjad writes is a vowel the alphabet writes at that place (short vowels
  are free), and a word begins and ends with a vowel in both or in neither: Hashemi = هاشمی = हाशमी, and
  neither is هشام (Hisham: its long a comes after sh), Hashim, Hossam or Hashimoto.
- abjad with abjad: the same letters, after folding.
- scripts without the letters to tell sh from s (Greek, Hangul) write Hashemi as Hasemi: they are found by
  that spelling, not by Hashemi.
- words of fewer than two consonants ("AI", "Ali", "از") match only in their own script's spelling, since
  across scripts nearly anything would match them.

Whole words are matched, never word beginnings: "Hashemi" does not find "Hashemian", nor "Hashim" "Hashimoto"
(a prefix would match in one script and not in another, and a search in three scripts must agree).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from anyascii import anyascii

# scripts written without spaces between words: one term per character
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_RUNS = regex.compile(
    rf"(?V1)(?P<unspaced>[{_UNSPACED}]+)|(?P<word>[[\p{{L}}\p{{M}}\p{{N}}\u200c\u200d]--[{_UNSPACED}]]+)"
)
_ARABIC = regex.compile(r"\p{Arabic}")
# abugidas and the Hebrew abjad: anyascii writes the vowels they mark, and leaves out those they do not
_UNMARKED_VOWELS = regex.compile(
    r"[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}"
    r"\p{Sinhala}\p{Hebrew}\p{Syriac}\p{Thaana}]"
)
_NAME_PARTS = re.compile(r"[\s·・•‧\-]+")

# ---- letters ----------------------------------------------------------------------------------------------------

_VOWEL_CLASS = {"a": "A", "e": "I", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U"}
# spellings of one sound across transliterations, and classes of consonants that transliterations confuse
# (voicing, emphatics), read in one pass, longest first: kh/х/خ are h, sh/ш/ش and pinyin x are "x", ch/ч/چ "c"
_CONSONANTS = {"kh": "h", "gh": "k", "zh": "j", "dj": "j", "dh": "s", "th": "t", "ph": "f", "sh": "x", "ch": "c",
               "ck": "k", "x": "x", "q": "k", "c": "k", "b": "p", "d": "t", "g": "k", "z": "s"}  # fmt: skip
_SPELLINGS = re.compile("|".join(sorted(_CONSONANTS, key=len, reverse=True)))
# letters anyascii writes as a plain s that are sh: Devanagari श and ष (हाशमी is Hashemi)
_BEFORE_ANYASCII = str.maketrans({"श": "sh", "ष": "sh", "Χ": "Kh", "χ": "kh"})  # and Greek chi is kh, not ch

# the Arabic script: letters that write a vowel (long), and seats (alef with hamza, hamza, ʿayn) that Latin
# spellings write as a vowel or an apostrophe, or leave out
_ALEF = set("اآٱ")
_SEATS = set("أإءعئؤ")
_WAW = set("وۆۇۋ")
_YEH = set("یيېۍےۓ")
_VOWEL_LETTERS = _ALEF | _WAW | _YEH | {"ى"}
_ARABIC_SKIP = regex.compile(r"[\p{Mn}\u0640\u200c\u200d]")  # harakat, tatweel, joiners
_ARTICLE = "ال"
_WORD_CAP = 40  # longer "words" (URLs, hashes) are not searched by word


def _fold(latin: str) -> str:
    return _SPELLINGS.sub(lambda m: _CONSONANTS[m.group()], latin)


@dataclass
class _Key:
    """A word as consonants and, around them, the vowel classes of each place (slots[i] before consonant i;
    the last slot after the last consonant)."""

    kind: str  # L (alphabet), R (abjad or abugida)
    consonants: list[str] = field(default_factory=list)
    slots: list[set[str]] = field(default_factory=lambda: [set()])
    plain: str = ""

    def consonant(self, letters: str) -> None:
        for letter in letters:
            if self.consonants and not self.slots[-1] and self.consonants[-1] == letter:
                continue  # a doubled consonant (Sattar, ستّار) is one
            self.consonants.append(letter)
            self.slots.append(set())

    def vowel(self, cls: str) -> None:
        self.slots[-1].add(cls)

    @property
    def skeleton(self) -> str:
        return "".join(self.consonants)

    def term(self) -> str:
        places = zip(self.consonants, self.slots[1:], strict=True)
        body = _slot(self.slots[0]) + "".join(c + _slot(s) for c, s in places)
        return f"{self.kind}{body}/{self.plain}" if self.kind == "L" else f"{self.kind}{body}"


def _slot(vowels: set[str]) -> str:
    return "V" if "V" in vowels else "".join(sorted(vowels))


def _latin_key(word: str, kind: str = "L") -> _Key | None:
    """An alphabetic word (or an abugida's, read through anyascii) as a key."""
    plain = re.sub(r"[^a-z0-9]", "", anyascii(word.translate(_BEFORE_ANYASCII)).lower())
    if not plain or len(plain) > _WORD_CAP:
        return None
    key = _Key(kind, plain=plain)
    folded = _fold(plain)
    for i, letter in enumerate(folded):
        if letter in ("w", "v") and i == 0:
            key.consonant("v")  # a word-initial w is the consonant (Walid, Vaezi; و)
        elif letter in _VOWEL_CLASS:
            key.vowel(_VOWEL_CLASS[letter])
        else:
            key.consonant(letter)
    return key


def _arabic_key(word: str) -> _Key | None:
    """A word in the Arabic script, letter by letter: long vowels from ا و ی, consonants through anyascii."""
    letters = _ARABIC_SKIP.sub("", word)
    if not letters or len(letters) > _WORD_CAP:
        return None
    key = _Key("R")
    for i, letter in enumerate(letters):
        following = letters[i + 1] if i + 1 < len(letters) else ""
        if i == 0 and (letter in _ALEF or letter in _SEATS):
            key.vowel("V")  # a word starts with a vowel on an alef or ʿayn seat (امید Omid, علی Ali)
        elif letter in _ALEF:
            key.vowel("A")
        elif letter == "ى":
            key.vowel("V")
        elif letter in _SEATS:
            continue
        elif letter in _WAW:
            if i == 0 or following in _VOWEL_LETTERS:
                key.consonant("v")  # v (Persian) / w (Arabic) before a vowel: موسوی Mousavi, داوود Davood
            else:
                key.vowel("U")
        elif letter in _YEH:
            key.vowel("I")
        elif letter == "ة":
            key.vowel("A")  # ta marbuta: -a
        else:
            key.consonant(_fold(re.sub(r"[^a-z0-9]", "", anyascii(letter).lower())))
    return key if key.consonants or any(key.slots) else None


@lru_cache(maxsize=1 << 17)
def word_keys(word: str) -> tuple[_Key, ...]:
    """The keys of one spaced word (an Arabic word with the article ال also gets the key of the word without
    it: الحارثي is also حارثي, as Al-Harthy is also Harthy)."""
    if _ARABIC.search(word):
        variants = [word]
        if word.startswith(_ARTICLE) and len(word) > 4:
            variants.append(word[len(_ARTICLE) :])
        keys = [_arabic_key(v) for v in variants]
    elif _UNMARKED_VOWELS.search(word):
        keys = [_latin_key(word, "R")]
    else:
        keys = [_latin_key(word)]
    return tuple(k for k in keys if k is not None)


def _runs(text: str) -> Iterable[tuple[str, str]]:
    """(kind, run) for each word ("word") or run of unspaced-script characters ("unspaced") of the text."""
    for match in _RUNS.finditer(unicodedata.normalize("NFKC", text)):
        yield ("unspaced", match.group()) if match.group("unspaced") else ("word", match.group())


# ---- what is stored -----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 17)
def _word_terms(word: str) -> tuple[str, ...]:
    return tuple(key.term() for key in word_keys(word.lower()))


def text_terms(text: str | None) -> set[str]:
    """The terms of running text (evidence, a title): its words' keys, and unspaced scripts' characters."""
    terms: set[str] = set()
    for kind, run in _runs(text or ""):
        if kind == "unspaced":
            terms.update("C" + char for char in run)
        else:
            terms.update(_word_terms(run))
    return terms


def name_terms(name: str | None) -> set[str]:
    """The terms of a person's name: as text, and each part in an unspaced script also by its
    transliteration (萨塔尔·哈希米: haximi, as Hashemi)."""
    terms = text_terms(name)
    for part in _NAME_PARTS.split(name or ""):
        if regex.search(f"[{_UNSPACED}]", part):
            key = _latin_key(part)
            if key is not None:
                terms.add(key.term())
    return terms


def skeleton_of(term: str) -> str:
    """The consonants of a stored term (what the vocabulary is looked up by)."""
    if term.startswith("C"):
        return term
    body = term[1:].split("/", 1)[0]
    return "".join(ch for ch in body if not ch.isupper())


# ---- what a query matches ----------------------------------------------------------------------------------------

_CLASSES = "AIU"
_SUBSETS = ["".join(c) for n in range(1, 4) for c in itertools.combinations(_CLASSES, n)]


def _alternatives(options: Iterable[str]) -> str:
    options = sorted(set(options), key=lambda o: (-len(o), o))
    return "(?:" + "|".join(options) + ")" if options else ""


def _sharing(vowels: set[str]) -> str:
    """L slots sharing a class with `vowels` (an L slot is never V)."""
    return _alternatives(s for s in _SUBSETS if set(s) & vowels)


def _within(vowels: set[str]) -> list[str]:
    """R slots a Latin slot with these vowels admits: V, or classes all among them."""
    return ["V", *(s for s in _SUBSETS if set(s) <= vowels)]


def _holding(vowels: set[str]) -> str:
    """L slots that hold every class of an R slot (any vowel for V)."""
    if "V" in vowels:
        return "[AIU]+"
    return _alternatives(s for s in _SUBSETS if vowels <= set(s))


def match_pattern(key: _Key) -> tuple[str, str]:
    """(skeleton, regular expression) of the stored terms a query word's key matches: terms are looked up by
    skeleton in the vocabulary, then the pattern (anchored; the same syntax in Python and PostgreSQL) keeps
    those whose vowels agree, by the rules of the module's docstring."""
    cons, slots, last = key.consonants, key.slots, len(key.slots) - 1
    cross = len(cons) >= 2  # shorter words are matched in their own script only

    def build(kind: str, slot_pattern) -> str:
        places = enumerate(zip(cons, slots[1:], strict=True), start=1)
        return "^" + kind + slot_pattern(0, slots[0]) + "".join(c + slot_pattern(i, s) for i, (c, s) in places)

    patterns = []
    if key.kind == "L":
        tail = "/.*$" if cross else "/" + key.plain + "$"
        patterns.append(build("L", lambda i, s: _sharing(s)) + tail)
        if cross:

            def to_abjad(i: int, s: set[str]) -> str:
                if not s:
                    return ""
                options = _within(s)
                return _alternatives(options) if i in (0, last) else "(?:" + "|".join(["", *options]) + ")"

            patterns.append(build("R", to_abjad) + "$")
    else:

        def same(i: int, s: set[str]) -> str:
            if not s:
                return ""
            return "[AIUV]+" if "V" in s else _alternatives([_slot(s), "V"])

        patterns.append(build("R", same) + "$")
        if cross:

            def to_alphabet(i: int, s: set[str]) -> str:
                if s:
                    return _holding(s)
                return "" if i in (0, last) else "[AIU]*"

            patterns.append(build("L", to_alphabet) + "/.*$")
    return key.skeleton, "|".join(f"(?:{p})" for p in patterns)


@dataclass
class QueryWord:
    """One word of a query: it matches an event holding a term that one of `keys` matches, or (for an unspaced
    script) holding every one of `chars`."""

    keys: list[_Key]
    chars: list[str]


def query_words(query: str) -> list[QueryWord]:
    """The words of a search query, each to be found in the event (in any order)."""
    words = []
    for kind, run in _runs(query):
        if kind == "unspaced":
            key = _latin_key(run) if len(run) > 1 else None
            words.append(QueryWord([key] if key else [], sorted({"C" + c for c in run})))
        else:
            keys = list(word_keys(run.lower()))
            if keys:
                words.append(QueryWord(keys, []))
    return words
