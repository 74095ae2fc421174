"""The dashboard's interface language: its strings, party and area names, and writing direction.

The strings are data: `messages/<lang>.json` maps each English string of the templates to its translation
(`strings`), areas to their names (`areas`) and organisations to their full names (`organisations`); a string
without a translation shows in English. States are named by CLDR (babel) in the interface language; the
direction (right to left for fa, ar, he, ur ...) is CLDR's too. English is the default; `?ui=fa` chooses
another language, and a cookie remembers it.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from starlette.requests import Request

from techdip.lexicons import party_name
from techdip.model import AREA_NAMES, ORGANISATIONS

MESSAGES = Path(__file__).parent / "messages"
DEFAULT = "en"
COOKIE = "techdip_ui"
PARAMETER = "ui"


@lru_cache(maxsize=1)
def ui_languages() -> tuple[str, ...]:
    """English, then every language with a messages file, by code."""
    return (DEFAULT, *sorted(p.stem for p in MESSAGES.glob("*.json") if p.stem != DEFAULT))


@cache
def catalog(lang: str) -> dict[str, dict[str, str]]:
    """The messages of a language: strings, areas, organisations (empty for English)."""
    path = MESSAGES / f"{lang}.json"
    if lang == DEFAULT or not path.exists():
        return {"strings": {}, "areas": {}, "organisations": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: dict(data.get(key, {})) for key in ("strings", "areas", "organisations")}


def ui_language(request: Request | None) -> str:
    """The request's interface language: `?ui=`, else the cookie, else English; an unknown code is English."""
    if request is None:
        return DEFAULT
    wanted = request.query_params.get(PARAMETER) or request.cookies.get(COOKIE) or DEFAULT
    return wanted if wanted in ui_languages() else DEFAULT


def chosen_in_query(request: Request) -> str | None:
    """The language the query asks for (to remember in the cookie), when it is one the interface speaks."""
    wanted = request.query_params.get(PARAMETER)
    return wanted if wanted in ui_languages() else None


def gettext(lang: str, text: str, **values: Any) -> str:
    """The string in the language (English when it has no translation), with {names} filled in."""
    translated = catalog(lang)["strings"].get(text) or text
    return translated.format(**values) if values else translated


@cache
def is_rtl(lang: str) -> bool:
    """Whether the language is written right to left, from CLDR."""
    try:
        return Locale.parse(lang).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


@cache
def language_name(lang: str) -> str:
    """A language's name in itself ("فارسی", "русский"), for the selector."""
    try:
        name = Locale.parse(lang).get_display_name(lang) or lang
    except (UnknownLocaleError, ValueError):
        return lang
    return name[:1].upper() + name[1:]


@cache
def _territories(lang: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    from techdip.lexicons import DATA_DIR, read_tsv

    return {cols[0]: cols[1] for _, cols in read_tsv(DATA_DIR / "states.tsv")}


def party_label(code: str, lang: str) -> str:
    """A party's full name in the language: a state from CLDR, an organisation from the messages file."""
    if lang != DEFAULT:
        if code in ORGANISATIONS:  # CLDR names two of them (EU, UN) as if territories; the file names the rest
            local = catalog(lang)["organisations"].get(code) or _territories(lang).get(code)
        else:
            local = _territories(lang).get(_alpha2().get(code, ""))
        if local:
            return local
    return party_name(code)


def party_chip(code: str, lang: str) -> str:
    """How a party reads in a chip or a label: a state by its name, an organisation by its acronym."""
    return code if code in ORGANISATIONS else party_label(code, lang)


def area_label(code: str, lang: str) -> str:
    """An area as a reader says it, in the language ("data centres", "هوش مصنوعی")."""
    local = catalog(lang)["areas"].get(code)
    return local or AREA_NAMES.get(code, code).removeprefix("the ")
