"""How find_dates finds expressions: each template only where something that may open it stands, and a text's
expressions once however often it is read. Both are about speed: the expressions found must be the same."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from techdip.extract.dates import find
from techdip.extract.dates.lexicon import fold
from techdip.extract.dates.parse import Expr
from techdip.text.language import SUPPORTED

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = Path(__file__).with_name("date_cases.tsv")


def _texts_by_language() -> dict[str, list[str]]:
    """The case table's sentences and the project's articles (lines too: stamps are read line by line), by
    language."""
    texts: dict[str, list[str]] = {}
    with CASES.open(encoding="utf-8", newline="") as handle:
        for case in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.setdefault(case["lang"], []).append(case["sentence"])
    articles = [(p.name.split("_")[0], p) for p in (ROOT / "samples" / "articles").glob("*.txt")]
    articles += [(p.parent.parent.name, p) for p in (ROOT / "tests" / "data").glob("*/articles/*.txt")]
    for lang, path in articles:
        text = path.read_text(encoding="utf-8")
        texts.setdefault(lang, []).extend([text, *(line for line in text.splitlines() if line.strip())])
    return {lang: found for lang, found in texts.items() if lang in SUPPORTED or lang == "en-US"}


def _every_template_everywhere(grammar):
    return dataclasses.replace(grammar, openers=dict.fromkeys(grammar.openers, -1))


@pytest.mark.parametrize("lang", sorted(_texts_by_language()))
def test_templates_tried_only_where_they_may_open_find_what_trying_them_everywhere_finds(lang):
    grammar = find.grammar_for(lang)
    everywhere = _every_template_everywhere(grammar)
    english = find.grammar_for("en")  # a page's furniture is read in English too
    for text in _texts_by_language()[lang]:
        folded = fold(text)
        assert find._candidates(grammar, folded) == find._candidates(everywhere, folded), text[:80]
        assert find._candidates(english, folded) == find._candidates(_every_template_everywhere(english), folded)


def test_a_template_is_not_tried_where_nothing_that_opens_it_stands(monkeypatch):
    grammar = find.grammar_for("en")
    tried: list[str] = []
    patterns = [(name, _Recording(pattern, name, tried)) for name, pattern in grammar.templates]
    monkeypatch.setattr(grammar, "templates", patterns)
    find._candidates(grammar, fold("The 2024 summit was held yesterday."))
    assert "relative" in tried  # "yesterday" may open a relative date
    assert "numeric_dmy" in tried  # "2024" is a number
    assert "weekday" not in tried  # no weekday and no "last", "next" anywhere


class _Recording:
    def __init__(self, pattern, name, tried):
        self.pattern, self.name, self.tried = pattern, name, tried

    def match(self, text, position):
        self.tried.append(self.name)
        return self.pattern.match(text, position)


def test_a_text_read_against_two_anchors_is_parsed_once_and_resolved_against_each(monkeypatch):
    calls = []
    candidates = find._candidates
    monkeypatch.setattr(
        find, "_candidates", lambda grammar, folded: calls.append(folded) or candidates(grammar, folded)
    )
    text = "The ministers met on 19 November in Tashkent (a text read only by this test)."
    first = find.find_dates(text, "en", dt.date(2024, 11, 25))
    second = find.find_dates(text, "en", dt.date(2023, 12, 1))
    assert len(calls) == 1
    assert [m.value for m in first] == ["2024-11-19"]
    assert [m.value for m in second] == ["2023-11-19"]


def test_only_the_last_few_texts_are_remembered():
    for number in range(3 * find._TEXTS_REMEMBERED):
        find.find_dates(f"Meeting number {number} was held on 3 May 2024.", "en")
    assert find._expressions.cache_info().currsize <= find._TEXTS_REMEMBERED


def test_expressions_cannot_be_changed_once_found():
    [expr] = find._expressions(find.grammar_for("en"), fold("on 3 May 2024"))
    assert isinstance(expr, Expr)
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.year = 2025


def test_lowering_keeps_every_offset_where_a_capital_lowers_to_two_characters():
    from techdip.extract.dates.lexicon import lower_same_length

    assert lower_same_length("İSTANBUL, 3 Mart") == "istanbul, 3 mart"  # "İ".lower() is "i" and a dot above
    assert lower_same_length("İKİ ΟΔΟΣ") == "iki οδοσ"  # then each letter on its own: no final sigma either
    assert lower_same_length("ΟΔΟΣ") == "οδος"  # without such a capital, the whole string's lower()
