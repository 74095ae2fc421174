"""Page furniture that lists other stories: a "Read also:" / "Related news" header with the headlines under
it (or the one headline after it on its line), and a ranked "most read" list (a rank number on a line of
its own between headlines). What these lines name (states, officials, "Cyber Security Authority") belongs
to other stories: no event, party or area of this article comes from them, and they do not make it
technology news.

The related headers are the dates lexicon's `published` entries of value `related` (dates.tsv), so each
language's list is data. A headline is a short line that ends no sentence; a story's own paragraphs end
with a full stop, so they stop a list.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from techdip.extract.dates.find import grammar_for
from techdip.extract.dates.lexicon import fold
from techdip.text.tokens import display_width

_HEADER_REST = 12  # "Related news", "Read also:", "اخبار مرتبط": the header and little else on its line
_HEADLINE_CHARS = 160  # a headline fits on one short line; a paragraph does not
_LIST_LINES = 12  # headlines under one header, at most
_RANKS = 2  # a ranked list numbers at least two headlines
_RANK = re.compile(r"\s*[0-9]{1,2}\s*[.)]?\s*")
_NOISE = re.compile(r"[\s:：.,;|»›>«<‹*#\-–—•·()\[\]]")
_SENTENCE_END = ".!?。！？؟।۔"
_CLOSERS = "\"'”’»)]）」』 \t"


def furniture_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of text that list other stories: related headers with their headlines,
    and the headlines of a ranked list."""
    lines = _lines(text)
    ranks = [k for k, (_, _, line) in enumerate(lines) if _RANK.fullmatch(line)]
    spans: list[tuple[int, int]] = []
    if len(ranks) >= _RANKS:
        for k in ranks:
            near = [n for n in (k - 1, k, k + 1) if 0 <= n < len(lines) and _listed(lines, n)]
            spans += [(lines[n][0], lines[n][1]) for n in near]
    if grammar_for(lang).published is None:
        return _merged(spans)
    for k, (start, end, line) in enumerate(lines):
        if len(line) <= _HEADLINE_CHARS and _opens_with_header(lang, line):
            spans.append((start, end))  # "Read also: <the other story's headline>" on one line
            continue
        if not _is_header(lang, line):
            continue
        last = k
        while last + 1 < len(lines) and last - k < _LIST_LINES and _headline(lines[last + 1][2]):
            last += 1
        spans.append((start, lines[last][1]))
    return _merged(spans)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is `position` inside one of the merged, sorted `spans` (furniture_spans' answer)?"""
    at = bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping and touching ones joined (a page of ranked lines stays one cheap lookup)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _listed(lines: list[tuple[int, int, str]], n: int) -> bool:
    line = lines[n][2]
    return bool(_RANK.fullmatch(line)) or _headline(line)


def _headline(line: str) -> bool:
    """A short line that ends no sentence ("Minister receives the head of the Cyber Security Authority")."""
    stripped = line.rstrip(_CLOSERS)
    return len(line) <= _HEADLINE_CHARS and bool(stripped) and stripped[-1] not in _SENTENCE_END


def _is_header(lang: str, line: str) -> bool:
    """A line that is only a related-stories header (with a colon, an arrow or a bullet)."""
    grammar = grammar_for(lang)
    folded = fold(line)
    for found in grammar.published.finditer(folded):
        kind = grammar.value("published", found.group(0))
        rest = _NOISE.sub("", folded[: found.start()] + folded[found.end() :])
        if kind and kind[0] == "related" and display_width(rest) <= _HEADER_REST:
            return True
    return False


def _opens_with_header(lang: str, line: str) -> bool:
    """Does the line begin with a related-stories label followed by more ("Read also: Ministers hold talks")?"""
    grammar = grammar_for(lang)
    folded = fold(line)
    found = grammar.published.search(folded)
    if found is None or _NOISE.sub("", folded[: found.start()]):
        return False
    kind = grammar.value("published", found.group(0))
    return bool(kind) and kind[0] == "related" and bool(_NOISE.sub("", folded[found.end() :]))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of the text's non-blank lines, without their line breaks."""
    out, offset = [], 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        if line.strip():
            out.append((offset, offset + len(line), line.strip()))
        offset += len(raw)
    return out
