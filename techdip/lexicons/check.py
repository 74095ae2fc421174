"""`techdip lexicon check`: every lexicon file is readable, well-formed and consistent."""

from __future__ import annotations

from pathlib import Path

from techdip import lexicons as lx
from techdip.model import AREAS, EVENT_TYPES, ORGANISATIONS, STATUSES
from techdip.text.normalize import normalize_pattern

SCRIPTS = (
    "latin", "arabic", "cyrillic", "han", "kana", "hangul", "devanagari", "thai", "hebrew", "bengali", "gurmukhi",
)  # fmt: skip
META_KEYS = (
    "name", "script", "fallback", "prefixes", "suffixes", "date_order", "home", "name_chars", "place_suffixes",
    "ordinal_dot", "marks", "abbreviations", "place_prefixes", "name_endings",
    "transliteration_chars", "name_particles", "articles", "name_words", "institution_endings", "honorifics",
    "portfolio_prefixes", "bare_title_prefixes", "possessive_links", "conjunctions", "nisba_articles",
    "short_names",
)  # fmt: skip
# columns after the form that must hold one of these values (None: free text)
_ALLOWED = {
    "parties.tsv": (None, lx.PARTY_KINDS),  # kind `none`: code `-`
    "places.tsv": (None, None, lx.PLACE_KINDS),
    "titles.tsv": (None, lx.TITLE_DOMAINS),
    # type `none`: a phrase that hides the trigger inside it ("cabinet meeting": one government's own meeting)
    "triggers.tsv": ((*EVENT_TYPES, "none"), (*STATUSES, "-"), lx.TRIGGER_STRENGTHS),
    # `none`: a name or phrase that hides the area words inside it; `portfolio`: a word that opens an office's name
    "areas.tsv": ((*AREAS, "-", "none", "portfolio"),),
    "modality.tsv": (lx.MODALITY_KINDS,),
    "cues.tsv": (lx.CUE_KINDS,),
    "stopwords.tsv": (),
    "hanja.tsv": (None,),  # Korean readings of Han characters (techdip.stories reads Korean names written in Han)
}
_OPTIONAL_LAST = {"triggers.tsv", "titles.tsv"}  # strength and domain have defaults


def party_codes() -> set[str]:
    return {cols[0] for _, cols in lx.read_tsv(lx.DATA_DIR / "states.tsv")} | set(ORGANISATIONS)


def check_file(path: Path, codes: set[str]) -> tuple[list[str], int]:
    """Problems of one lexicon file, and its number of entries."""
    name = path.name
    if name == "meta.tsv":
        return _check_meta(path), 0
    if name == "dates.tsv":
        from techdip.extract.dates import check_dates_file

        return check_dates_file(path), sum(1 for _ in lx.read_tsv(path))
    if name not in _ALLOWED:
        return [f"{path}: unknown lexicon file (expected one of {', '.join(sorted(_ALLOWED))}, meta.tsv, dates.tsv)"], 0
    problems = []
    allowed = _ALLOWED[name]
    seen: dict[tuple[str, ...], int] = {}
    keep = lx.keeps_marks(path.parent.name)
    try:
        rows = lx.read_tsv(path)
    except UnicodeDecodeError as exc:
        return [f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})"], 0
    for number, cols in rows:
        where = f"{path}:{number}"
        form = cols[0]
        expected = 1 + len(allowed)
        minimum = expected - 1 if name in _OPTIONAL_LAST else expected
        if not minimum <= len(cols) <= expected:
            problems.append(f"{where}: {len(cols)} columns, expected {expected} (form + {len(allowed)})")
            continue
        if not normalize_pattern(form.strip("*")):
            problems.append(f"{where}: form {form!r} is empty after normalisation")
        if "*" in form.strip("*"):  # the matcher takes it literally: such a form never matches news text
            problems.append(f"{where}: form {form!r} has a * inside; only its first or last character may be *")
        for index, choices in enumerate(allowed, 1):
            if choices is not None and index < len(cols) and cols[index] not in choices:
                problems.append(f"{where}: {cols[index]!r} is not one of {', '.join(choices)}")
        if name in ("parties.tsv", "places.tsv"):
            code = cols[1] if name == "parties.tsv" else cols[2] if len(cols) > 2 else ""
            region = name == "places.tsv" and cols[3:4] == ["region"] and code == "-"
            stop = name == "parties.tsv" and cols[2:3] == ["none"] and code == "-"
            if code not in codes and not region and not stop:
                problems.append(f"{where}: unknown party code {code!r}")
        # stopwords folded alike ("компании", "компаний") are harmless; other forms folded alike are duplicates
        key = (form if name == "stopwords.tsv" else normalize_pattern(form, keep), *cols[1:])
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]} ({form!r})")
        else:
            seen[key] = number
    if name == "areas.tsv":
        problems += _hiding_nothing(path, rows, keep)
    return problems, len(rows)


def _hiding_nothing(path: Path, rows: list[tuple[int, list[str]]], keep: bool) -> list[str]:
    """Area `none` forms that contain no area form of their language (or of mul): they would hide nothing."""
    universal = lx.DATA_DIR / lx.UNIVERSAL / "areas.tsv"
    others = rows + (lx.read_tsv(universal) if universal.exists() and universal != path else [])
    areas = [normalize_pattern(c[0].strip("*"), keep) for _, c in others if len(c) > 1 and c[1] != "none"]
    problems = []
    for number, cols in rows:
        if len(cols) > 1 and cols[1] == "none":
            hiding = normalize_pattern(cols[0].strip("*"), keep)
            if not any(area and area in hiding for area in areas):
                problems.append(f"{path}:{number}: `none` form {cols[0]!r} contains no area form, so it hides nothing")
    return problems


def _check_meta(path: Path) -> list[str]:
    problems = []
    meta = {cols[0]: cols[1] if len(cols) > 1 else "" for _, cols in lx.read_tsv(path)}
    for key in meta:
        if key not in META_KEYS:
            problems.append(f"{path}: unknown key {key!r} (known: {', '.join(META_KEYS)})")
    if meta.get("script", "latin") not in SCRIPTS:
        problems.append(f"{path}: script {meta.get('script')!r} is not one of {', '.join(SCRIPTS)}")
    for code in meta.get("fallback", "").split():
        if not (lx.DATA_DIR / code).is_dir():
            problems.append(f"{path}: fallback {code!r} has no lexicon folder")
    for home in meta.get("home", "").split():
        if home not in party_codes():
            problems.append(f"{path}: home {home!r} is not a party code")
    if meta.get("name_chars") and not meta["name_chars"].isdigit():
        problems.append(f"{path}: name_chars must be a number")
    if meta.get("marks") and meta["marks"] not in ("fold", "keep"):
        problems.append(f"{path}: marks must be fold or keep")
    if meta.get("ordinal_dot") and meta["ordinal_dot"] not in ("yes", "no"):
        problems.append(f"{path}: ordinal_dot must be yes or no")
    if meta.get("date_order") and meta["date_order"] not in ("dmy", "mdy", "ymd"):
        problems.append(f"{path}: date_order must be dmy, mdy or ymd")
    return problems


def check_all() -> tuple[list[str], dict[str, int]]:
    """Problems across all lexicon folders, and entries per folder."""
    codes = party_codes()
    problems: list[str] = []
    counts: dict[str, int] = {}
    for folder in sorted(p for p in lx.DATA_DIR.iterdir() if p.is_dir()):
        if folder.name != lx.UNIVERSAL and not (folder / "meta.tsv").exists():
            problems.append(f"{folder}: no meta.tsv")
        counts[folder.name] = 0
        for path in sorted(folder.glob("*")):
            found, n = check_file(path, codes)
            problems.extend(found)
            counts[folder.name] += n
    return problems, counts
