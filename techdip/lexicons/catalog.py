"""`techdip languages`: every language techdip reads, how (native or fallback), and with how much data.

A language is read natively when it has a folder of its own in data/; every other language that language
identification (CLD2) names and CLDR has country names for is read by the fallback: country names in that
language and in English, and the international forms of data/intl, with events marked low confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from babel import Locale, UnknownLocaleError

from techdip import lexicons as lx

_FILES = ("triggers.tsv", "titles.tsv", "areas.tsv", "places.tsv", "parties.tsv", "cues.tsv", "modality.tsv",
          "stopwords.tsv", "dates.tsv")  # fmt: skip


@dataclass
class Language:
    code: str
    name: str
    level: str  # "native" or "fallback"
    entries: dict[str, int] = field(default_factory=dict)  # lexicon file -> entries; CLDR country names too
    scores: dict[str, float] = field(default_factory=dict)  # evaluation/news F1 by metric, when measured

    def to_json(self) -> dict:
        out = {"code": self.code, "name": self.name, "level": self.level, "entries": self.entries}
        if self.scores:
            out["scores"] = self.scores
        return out


def languages() -> list[Language]:
    """Native languages first, then the fallback ones, each sorted by code."""
    native = [_native(code) for code in lx.available_languages()]
    known = {language.code for language in native}
    fallback = [Language(code, name, "fallback", {"cldr_names": n}) for code, name, n in _fallback_candidates()]
    return native + [language for language in fallback if language.code not in known]


def _native(code: str) -> Language:
    folder = lx.DATA_DIR / code
    entries = {name: len(lx.read_tsv(folder / name)) for name in _FILES if (folder / name).exists()}
    entries["cldr_names"] = len(lx.cldr_country_names(code))
    return Language(code, lx.read_meta(code).get("name") or _english_name(code) or code, "native", entries)


@cache
def _fallback_candidates() -> list[tuple[str, str, int]]:
    """(code, English name, CLDR country names) of the languages CLD2 identifies that CLDR names states in."""
    import pycld2

    out = {}
    for _, code in pycld2.LANGUAGES:
        code = {"iw": "he", "jw": "jv", "tl": "fil"}.get(code, code)
        if len(code) not in (2, 3) or code in out:
            continue
        names = len(lx.cldr_country_names(code))
        name = _english_name(code)
        if names and name:
            out[code] = (code, name, names)
    return sorted(out.values())


def _english_name(code: str) -> str | None:
    try:
        return Locale.parse(code).get_display_name("en")
    except (UnknownLocaleError, ValueError):
        return None
