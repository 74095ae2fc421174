"""Lexicons: per-language data files compiled into one multi-pattern matcher per language.

Linguistic knowledge lives in `data/<lang>/*.tsv` (see docs/lexicons.md); country
names come from CLDR through babel. `load(lang)` reads the files of the language,
of its fallbacks and of `mul` (script-independent forms such as acronyms),
normalises every form exactly as the text is normalised, and compiles them into
a pyahocorasick automaton. Matching with word boundaries lives in `matcher`.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
from babel import Locale, UnknownLocaleError
from babel.core import get_global

from techdip.model import ORGANISATIONS
from techdip.text.normalize import normalize_pattern

DATA_DIR = Path(__file__).parent / "data"
UNIVERSAL = "mul"
# forms many languages share (MoU, memorandum, cyber-, "artificial intelligence" in a dozen languages), read for
# text in a language that has no folder of its own; its events are marked low confidence
INTERNATIONAL = "intl"
SHARED = (UNIVERSAL, INTERNATIONAL)
_SCRIPT_OF_CLDR = {"Latn": "latin", "Arab": "arabic", "Cyrl": "cyrillic", "Hans": "han", "Hant": "han",
                   "Jpan": "kana", "Kore": "hangul", "Deva": "devanagari", "Thai": "thai"}  # fmt: skip

# file name -> the columns after the form, in order (a trailing column may be omitted where noted)
FILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "parties.tsv": ("code", "kind"),
    "places.tsv": ("english", "code", "kind"),
    "titles.tsv": ("role", "domain"),
    "triggers.tsv": ("type", "status", "strength"),
    "areas.tsv": ("area",),
    "modality.tsv": ("kind",),
    "cues.tsv": ("cue",),
    "stopwords.tsv": (),
}
PARTY_KINDS = ("name", "demonym", "org", "block", "none")
PLACE_KINDS = ("capital", "city", "region")
MODALITY_KINDS = ("negation", "hypothetical", "future", "none")
CUE_KINDS = (
    "place", "place_after", "origin", "passing", "passing_after", "side", "honorific", "host", "domestic", "separate",
    "venue", "framework", "framework_after", "generic", "both", "recall", "background", "caption", "former", "members",
    "cabinet",
)  # fmt: skip
# `members`: "the member states of" ("negara anggota", "các nước thành viên"): the organisation named right after takes
# part through them, wherever its meeting's trigger stands
TITLE_DOMAINS = ("tech", "general", "foreign")
TRIGGER_STRENGTHS = ("strong", "weak")


@dataclass(frozen=True)
class Entry:
    """One lexicon form's meaning. `category` is the file it came from (party, title, ...)."""

    category: str
    values: tuple[str, ...]
    lang: str
    open_left: bool = False  # the form may continue a longer word on its left ("*sicherheit")
    open_right: bool = False  # ... or on its right ("росси*" for России, Россией, ...)
    case: int = 0  # 0 any case; 1 capitalised in the text; 2 all capitals in the text


@dataclass
class Lexicon:
    """All the data one language's text is matched with."""

    lang: str
    script: str
    automaton: ahocorasick.Automaton
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    stopwords: frozenset[str]
    honorifics: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `abbreviations`: words whose period ends no sentence ("r." in "19 listopada 2024 r.", "ds.")
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    home: str | None = None  # meta.tsv `home`: the state whose press writes in this language
    name_chars: int = 3  # meta.tsv `name_chars`: longest native name in a script without spaces
    place_suffixes: frozenset[str] = field(default_factory=frozenset)  # meta.tsv: "에서", "で"
    place_prefixes: frozenset[str] = field(default_factory=frozenset)  # meta.tsv: Hebrew "ב" (בישראל, in Israel)
    # meta.tsv `name_endings`: case endings that no name ends with ("Путиннің", "Ян Гожуймен")
    name_endings: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `transliteration_chars`: Han characters that spell foreign names (a name of them only is not cut)
    transliteration_chars: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `name_particles`: words inside names that are not names themselves (Arabic بن, آل)
    name_particles: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `articles`: the articles that may stand between a name and its title ("NAME, the Egyptian minister")
    articles: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `name_words common`: names are made of common words (Vietnamese syllables "Thanh", "Sơn")
    common_name_words: bool = False
    # meta.tsv `short_names first`: a person named again is named by the first word of the name, the given name
    # (Malay "Fahmi" for Fahmi Fadzil: there is no family name), as well as by the last
    short_names_first: bool = False
    # meta.tsv `institution_endings`: endings of a ministry's or agency's name in scripts without case (Korean
    # 공공행정부, 정보통신기술처): a word of four characters or more with one is no name
    institution_endings: tuple[str, ...] = ()
    # meta.tsv `honorifics glued`: honorifics are written glued to the name and are no part of it (Thai นายสมชาย)
    honorifics_glued: bool = False
    # meta.tsv `portfolio_prefixes`: a word after a title that starts with one goes on with the portfolio, no
    # name starting so (Arabic definite article: وزير التجارة والإعلام السعودي NAME)
    portfolio_prefixes: tuple[str, ...] = ()
    # meta.tsv `bare_title_prefixes`: a title written with one glued before it stands alone, "the minister" as a
    # noun, with no name beside it (Hebrew השר)
    bare_title_prefixes: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `possessive_links`: a word that hangs a title on the noun before it ("chuyến thăm Singapore của
    # Chủ tịch nước": the visit to Singapore OF the president): a state before it is not the title's state
    possessive_links: frozenset[str] = field(default_factory=frozenset)
    # meta.tsv `conjunctions`: "and" as a word or glued to the next one (Arabic و): a name stops before it
    conjunctions: tuple[str, ...] = ()
    # meta.tsv `nisba_articles`: a demonym written with one right after a person's name is a family name formed
    # from a place (Arabic nisba: محمد شياع السوداني, al-Sudani), not a party
    nisba_articles: tuple[str, ...] = ()
    # the words of every form and the stopwords: the common vocabulary a one-word "name" must not be ("Energy")
    common_words: frozenset[str] = field(default_factory=frozenset)
    keep_marks: bool = False  # meta.tsv `marks keep`: text matched with its diacritics (Vietnamese)
    ordinal_dot: bool = False  # meta.tsv `ordinal_dot yes`: "am 9. Juni", a day number's dot ends no sentence
    sources: list[str] = field(default_factory=list)
    native: bool = True  # the language has its own folder; else only shared and international forms are known


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and line."""


def read_tsv(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, columns) of the data lines of a TSV file; '#' starts a comment line."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append((number, [col.strip() for col in line.split("\t")]))
    return rows


def party_name(code: str) -> str:
    """A party's English name ("Iran", "Association of Southeast Asian Nations"), or its code when unknown."""
    return party_names().get(code, code)


def party_short(code: str) -> str:
    """How a party reads in a line or a chip: a state by its English name, an organisation by its acronym."""
    return code if code in ORGANISATIONS else party_name(code)


@lru_cache(maxsize=1)
def party_names() -> dict[str, str]:
    """English name of every party code: states (from states.tsv) and organisations."""
    names = {cols[0]: cols[3] for _, cols in read_tsv(DATA_DIR / "states.tsv")}
    names.update({cols[0]: cols[1] for _, cols in read_tsv(DATA_DIR / "organisations.tsv")})
    return names


class UnknownParty(ValueError):
    """A party written in no way techdip knows; the message names the nearest known parties."""


@lru_cache(maxsize=1)
def _party_lookup() -> dict[str, str]:
    """Every way to write a party, case-folded -> code: codes, English names, CLDR names in every language read
    natively ("Irán", "Иран", "ایران"), and the organisations' names."""
    lookup: dict[str, str] = {}
    for lang in available_languages():
        for name, code in cldr_country_names(lang):
            lookup.setdefault(name.casefold(), code)
    for code, name in party_names().items():
        lookup[name.casefold()] = code
        lookup[code.casefold()] = code
    return lookup


def party_code(text: str) -> str:
    """The party code of a code or a name in any language read natively ("IRN", "iran", "Irán", "ایران")."""
    wanted = " ".join(text.split())
    code = _party_lookup().get(wanted.casefold())
    if code is not None:
        return code
    from rapidfuzz import process

    choices = {f"{code} ({name})": f"{code} {name}" for code, name in party_names().items()}
    hint = ", ".join(key for _, _, key in process.extract(wanted, choices, limit=3))
    raise UnknownParty(f"unknown party {wanted!r}; did you mean {hint}?")


def available_languages() -> list[str]:
    """The languages read natively: those with a folder of their own."""
    return sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir() and p.name not in SHARED)


def is_native(lang: str) -> bool:
    return lang not in SHARED and (DATA_DIR / lang).is_dir()


def _cldr_script(lang: str) -> str:
    """The script a language without a folder is written in, from CLDR's likely subtags (uk: Cyrillic)."""
    likely = get_global("likely_subtags").get(lang, "")
    parts = likely.split("_")
    return _SCRIPT_OF_CLDR.get(parts[1] if len(parts) > 2 else "", "latin")


def read_meta(lang: str) -> dict[str, str]:
    path = DATA_DIR / lang / "meta.tsv"
    if not path.exists():
        return {}
    return {cols[0]: cols[1] if len(cols) > 1 else "" for _, cols in read_tsv(path)}


def _case_rule(form: str) -> int:
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters) and any(c != c.lower() for c in letters):
        return 2
    if letters and letters[0].isupper():
        return 1
    return 0


_SPACE_INSIDE = re.compile(r"\s+")


def _variants(form: str, script: str, keep_marks: bool = False) -> list[str]:
    """The working forms of one written form: as is, and glued where Arabic-script writers drop spaces."""
    norm = normalize_pattern(form, keep_marks)
    out = [norm]
    if script == "arabic" and " " in norm and all(len(piece) >= 2 for piece in norm.split(" ")):
        out.append(_SPACE_INSIDE.sub("", norm))
    return out


def _entry_from_form(form: str, category: str, values: tuple[str, ...], lang: str, cased: bool) -> tuple[str, Entry]:
    open_left = form.startswith("*")
    open_right = form.endswith("*")
    bare = form.strip("*")
    entry = Entry(category, values, lang, open_left, open_right, _case_rule(bare) if cased else 0)
    return bare, entry


def cldr_country_names(lang: str) -> list[tuple[str, str]]:
    """(name, alpha-3) for every state in data/states.tsv, in the language, from CLDR."""
    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return []
    out = []
    for _, cols in read_tsv(DATA_DIR / "states.tsv"):
        alpha3, alpha2 = cols[0], cols[1]
        name = names.get(alpha2)
        if not name:
            continue
        # "Myanmar (Burma)" is two names; "Bosnia & Herzegovina" is also written with "and"
        for part in re.split(r"\s*[()（）]\s*", name):
            if part.strip():
                out.append((part.strip(), alpha3))
    return out


def _category(file_name: str) -> str:
    return {"parties.tsv": "party", "places.tsv": "place", "titles.tsv": "title", "triggers.tsv": "trigger",
            "areas.tsv": "area", "modality.tsv": "modality", "cues.tsv": "cue"}[file_name]  # fmt: skip


def iter_entries(lang: str) -> list[tuple[str, Entry, str]]:
    """(form, entry, origin) for every form of one language folder, CLDR names included."""
    rows: list[tuple[str, Entry, str]] = []
    blocked: set[str] = set()
    folder = DATA_DIR / lang
    keep = keeps_marks(lang)
    for file_name in FILE_COLUMNS:
        path = folder / file_name
        if file_name == "stopwords.tsv" or not path.exists():
            continue
        category = _category(file_name)
        for number, cols in read_tsv(path):
            form, values = cols[0], tuple(cols[1:])
            if category == "party" and values[1:2] == ("block",):
                blocked.add(normalize_pattern(form, keep))
                continue
            cased = category in ("party", "place") or _case_rule(form.strip("*")) == 2
            bare, entry = _entry_from_form(form, category, values, lang, cased)
            rows.append((bare, entry, f"{path.name}:{number}"))
            if category == "place" and values[2:3] == ("capital",) and values[1] != "-":
                # a capital also stands for its state ("Tehran and Riyadh agreed")
                metonym = Entry("party", (values[1], "capital"), lang, entry.open_left, entry.open_right, entry.case)
                rows.append((bare, metonym, f"{path.name}:{number}"))
    if lang != UNIVERSAL:
        # the international forms carry the English names: news in any language writes "Iran" or "USA" at times
        for name, code in cldr_country_names("en" if lang == INTERNATIONAL else lang):
            if normalize_pattern(name, keep) not in blocked:
                rows.append((name, Entry("party", (code, "name"), lang, case=_case_rule(name)), "CLDR"))
    return rows


def keeps_marks(lang: str) -> bool:
    """meta.tsv `marks keep`: the language's text and forms keep their diacritics (Vietnamese tones)."""
    return read_meta(lang).get("marks") == "keep" if (DATA_DIR / lang).is_dir() else False


@lru_cache(maxsize=64)
def load(lang: str) -> Lexicon:
    """The compiled lexicon for text in `lang` (its own data, its fallbacks, and `mul`)."""
    native = is_native(lang)
    meta = read_meta(lang)
    script = meta.get("script") or ("latin" if native else _cldr_script(lang))
    keep = keeps_marks(lang)
    langs = [lang, *meta.get("fallback", "").split(), UNIVERSAL] if native else [lang, INTERNATIONAL, UNIVERSAL]
    automaton = ahocorasick.Automaton()
    table: dict[str, list[Entry]] = {}
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    stopwords: set[str] = set()
    honorifics: set[str] = set()
    for source in dict.fromkeys(langs):
        if not (DATA_DIR / source).is_dir() and source != lang:
            continue
        for form, entry, _ in iter_entries(source):
            for variant in _variants(form, script, keep):
                if variant:
                    table.setdefault(variant, []).append(entry)
                    if entry.category == "cue" and entry.values[:1] == ("honorific",):
                        honorifics.add(variant)
        stop_path = DATA_DIR / source / "stopwords.tsv"
        if stop_path.exists():
            # a line may hold several words separated by spaces
            stopwords.update(normalize_pattern(w, keep) for _, cols in read_tsv(stop_path) for w in cols[0].split())
        source_meta = read_meta(source) if source != lang else meta
        for affix in source_meta.get("prefixes", "").split():
            prefixes.add(normalize_pattern(affix, keep))
        for affix in source_meta.get("suffixes", "").split():
            suffixes.add(normalize_pattern(affix, keep))
    for key, entries in table.items():
        automaton.add_word(key, (len(key), tuple(dict.fromkeys(entries))))
    if table:
        automaton.make_automaton()
    # A lexicon is hundreds of thousands of long-lived objects: moved out of the collector's way, they are not
    # traversed again by every collection during extraction (about 15 % faster on a corpus).
    gc.freeze()
    return Lexicon(
        lang=lang,
        script=script,
        automaton=automaton,
        prefixes=frozenset(p for p in prefixes if p),
        suffixes=frozenset(s for s in suffixes if s),
        stopwords=frozenset(stopwords),
        honorifics=frozenset(honorifics),
        abbreviations=frozenset(normalize_pattern(w, keep) for w in meta.get("abbreviations", "").split()),
        home=meta.get("home") or None,
        name_chars=int(meta.get("name_chars") or 3),
        place_suffixes=frozenset(normalize_pattern(x, keep) for x in meta.get("place_suffixes", "").split()),
        place_prefixes=frozenset(normalize_pattern(x, keep) for x in meta.get("place_prefixes", "").split()),
        name_endings=frozenset(normalize_pattern(x, keep) for x in meta.get("name_endings", "").split()),
        transliteration_chars=frozenset(meta.get("transliteration_chars", "")),
        name_particles=frozenset(normalize_pattern(x, keep) for x in meta.get("name_particles", "").split()),
        articles=frozenset(normalize_pattern(x, keep) for x in meta.get("articles", "").split()),
        common_name_words=meta.get("name_words") == "common",
        short_names_first=meta.get("short_names") == "first",
        honorifics_glued=meta.get("honorifics") == "glued",
        bare_title_prefixes=frozenset(normalize_pattern(x, keep) for x in meta.get("bare_title_prefixes", "").split()),
        possessive_links=frozenset(normalize_pattern(x, keep) for x in meta.get("possessive_links", "").split()),
        conjunctions=tuple(normalize_pattern(x, keep) for x in meta.get("conjunctions", "").split()),
        nisba_articles=tuple(normalize_pattern(x, keep) for x in meta.get("nisba_articles", "").split()),
        portfolio_prefixes=tuple(normalize_pattern(x, keep) for x in meta.get("portfolio_prefixes", "").split()),
        institution_endings=tuple(normalize_pattern(x, keep) for x in meta.get("institution_endings", "").split()),
        common_words=frozenset(
            stopwords | {word for form in table for word in form.split() if len(word) >= 3 and word.isalpha()}
        ),
        keep_marks=keep,
        ordinal_dot=meta.get("ordinal_dot") == "yes",
        sources=[s for s in langs if (DATA_DIR / s).is_dir()],
        native=native,
    )
