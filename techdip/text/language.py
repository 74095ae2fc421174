"""Language identification: CLD2 (pycld2, model inside its wheel) first, lingua as a second opinion.

CLD2 is fast and right on most news text. It confuses Malay and Indonesian,
which share most of their vocabulary, so for those two lingua, restricted to
exactly that pair, decides. Text too short or too mixed for CLD2 falls back to
lingua over all supported languages, then to the dominant script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pycld2

# The languages read natively: those with a lexicon folder (data; `mul` and `intl` are shared, not languages).
_LEXICON_DATA = Path(__file__).resolve().parent.parent / "lexicons" / "data"
SUPPORTED = tuple(sorted(p.name for p in _LEXICON_DATA.iterdir() if p.is_dir() and p.name not in ("mul", "intl")))
_CLD2_ALIASES = {"zh-Hant": "zh", "iw": "he", "jw": "jv", "tl": "fil"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SCRIPT_DEFAULTS = (  # (first code point, last code point, language) for a last resort
    (0x0600, 0x06FF, "ar"), (0x0400, 0x04FF, "ru"), (0x4E00, 0x9FFF, "zh"), (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"), (0x0900, 0x097F, "hi"),
)  # fmt: skip


@lru_cache(maxsize=1)
def _lingua_pair():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.MALAY, Language.INDONESIAN).build()


@lru_cache(maxsize=1)
def _lingua_all():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    # lingua knows most of them (not Uzbek): the others are left to CLD2 and the script
    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED if hasattr(IsoCode639_1, code.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


# Three-letter (ISO 639-2/3) and deprecated codes of the supported languages, as feeds write them.
_LANGUAGE_ALIASES = {
    "fas": "fa", "per": "fa", "pes": "fa", "ara": "ar", "arb": "ar", "urd": "ur", "eng": "en", "msa": "ms",
    "may": "ms", "zsm": "ms", "ind": "id", "in": "id", "rus": "ru", "zho": "zh", "chi": "zh", "cmn": "zh",
    "vie": "vi", "tur": "tr", "fra": "fr", "fre": "fr", "spa": "es", "deu": "de", "ger": "de", "por": "pt",
    "jpn": "ja", "kor": "ko", "hin": "hi", "iw": "he", "ji": "yi", "ita": "it", "nld": "nl", "dut": "nl",
    "pol": "pl", "ukr": "uk", "kaz": "kk", "aze": "az", "azj": "az", "uzb": "uz", "uzn": "uz", "tha": "th",
    "heb": "he", "ben": "bn", "pan": "pa", "swa": "sw", "swh": "sw",
}  # fmt: skip
# Codes that name no language: "undetermined", "multiple", "no linguistic content", "uncoded".
_NOT_A_LANGUAGE = {"und", "mul", "zxx", "mis"}
_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")


def base_language(tag: str | None) -> str | None:
    """The base language of a language tag, lower case: "pt-BR" is "pt", "EN" is "en", "zh-Hant-TW" is "zh".

    Three-letter codes of the supported languages become their two-letter codes ("fas" is "fa").
    None for anything that names no language ("und", "", "12", a paragraph of text), so that the
    caller detects the language from the text instead of trusting a hint that is not one.
    """
    if not isinstance(tag, str):
        return None
    match = _LANGUAGE_TAG.fullmatch(tag.strip().lower())
    if match is None:
        return None
    base = match.group(1)
    if base in _NOT_A_LANGUAGE:
        return None
    return _LANGUAGE_ALIASES.get(base, base)


def _lingua_code(language) -> str | None:
    return language.iso_code_639_1.name.lower() if language is not None else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters."""
    sample = _CONTROL.sub(" ", text[:20000])
    if not any(ch.isalpha() for ch in sample):
        return None
    code = None
    try:
        reliable, _, details = pycld2.detect(sample)
        best = details[0][1]
        if best != "un" and (reliable or details[0][2] >= 60):
            code = _CLD2_ALIASES.get(best, best)
    except pycld2.error:
        code = None
    if code in ("ms", "id"):
        return _lingua_code(_lingua_pair().detect_language_of(sample[:3000])) or code
    if code is None:
        code = _lingua_code(_lingua_all().detect_language_of(sample[:3000]))
    if code is None:
        code = _script_default(sample)
    return code


def _script_default(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text:
        cp = ord(ch)
        for first, last, lang in _SCRIPT_DEFAULTS:
            if first <= cp <= last:
                counts[lang] = counts.get(lang, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
