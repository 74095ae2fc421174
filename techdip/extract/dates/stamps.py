"""A page's publication date from its own stamps (``find_publication``, ``find_dateline``): labels, bylines,
datelines, date lines, sign-offs, a date given as today's; and whether a date is a stamp of the page's
furniture (``page_furniture``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from itertools import islice
from typing import NamedTuple

from techdip.extract.dates.find import DateMention, find_dates, grammar_for
from techdip.extract.dates.grammar import Grammar
from techdip.extract.dates.lexicon import fold
from techdip.text.tokens import display_width

DATELINE_CHARS = 1200
DATELINE_LINES = 12
WIRE_DATELINE_LINES = 3  # "TEHRAN, Nov. 19, 2024 (IRNA) --" stands among the first lines
DATELINE_GAP_AFTER = 6  # "Published: 19 November 2024", "Veröffentlicht am 19. November 2024"
DATELINE_GAP_BEFORE = 12  # "2024年11月19日 15時30分 公開"
_BYLINE_GAP = 60  # an author's name (and a weekday) between a byline word and its date


def find_dateline(text: str, lang: str) -> dt.date | None:
    """Publication date from a dateline/"Published:" line near the top of an article, else None."""
    found = _head_stamp(text, lang)
    return found.day if found else None


# where a page's publication date was read, most trusted first
PUBLISHED_LABEL, BYLINE, UPDATED_LABEL, DATELINE, SHORT_STAMP = range(5)
_SOURCES = {PUBLISHED_LABEL: "dateline", BYLINE: "byline", UPDATED_LABEL: "dateline", DATELINE: "dateline",
            SHORT_STAMP: "dateline"}  # fmt: skip
SIGN_OFF_LINES = 3  # "– 16 Disember, 2023", "「人民網日本語版」2020年6月13日": the page's last lines
_SHORT_FRAGMENT = 12  # "7", "June", "2018" on lines of their own: one stamp broken by the page's layout


class Stamp(NamedTuple):
    """A publication date read from the page: the day, where it was read, and the span of the page's stamp
    line when the line is only page furniture (a label, a byline, a date line, a bracket after the city, a
    sign-off), which then dates no event; (-1, -1) for a wire dateline, which belongs to the story."""

    day: dt.date
    source: str
    start: int = -1
    end: int = -1


def find_publication(text: str, lang: str) -> Stamp | None:
    """(publication date, where it was read, stamp span) from the page's own stamps, else None.

    Ranked: a "Published" label next to a full date; a byline opening a line ("Oleh Wahyu Sudoyo, Senin,
    2 September 2024"); an "Updated" label; a dateline, a line that is mostly a date, or a line opening
    with one near the top; a numeric stamp with a two-digit year ("| 14.02.19"). Failing those: a sign-off
    date ending the page's last lines, else a date the text gives as today's ("leo Septemba 7, 2023",
    "วันนี้ (10 พ.ค. 2561)"). Only full dates count: a banner's or copyright's year never does."""
    text = text[: _related_cut(text, lang)]  # the dates of a "Related news" list are other pages'
    found = _head_stamp(text, lang)
    if found is not None:
        return found
    sign_off = _sign_off(text, lang)
    if sign_off is not None:
        return sign_off
    today = _said_today(grammar_for(lang), text, lang)
    return Stamp(today, "today") if today is not None else None


_RELATED_HEADER_REST = 12  # "Related news", "Read also:", "اخبار مرتبط", "関連記事 >>": the header and little else


def _related_cut(text: str, lang: str) -> int:
    """Where a list of other stories begins: a line that is only a "Related news" header (a `published`
    entry of value `related`). Below it, each title's date is another page's."""
    grammar = grammar_for(lang)
    # a keyword on a line is one in the whole text (a line's edges are breaks there too): most pages have none
    if grammar.published is None or grammar.published.search(fold(text)) is None:
        return len(text)
    for offset, line in _lines(text):
        folded = fold(line)
        for keyword in grammar.published.finditer(folded):
            kind = grammar.value("published", keyword.group(0))
            if kind and kind[0] == "related" and _is_related_header(folded, keyword.start(), keyword.end()):
                return offset
    return len(text)


def _is_related_header(folded: str, start: int, end: int) -> bool:
    rest = _TIME_AND_NOISE.sub("", folded[:start] + folded[end:]).strip("»›>«<‹*#")
    return display_width(rest) <= _RELATED_HEADER_REST


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the text's non-blank lines."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _head_stamp(text: str, lang: str) -> Stamp | None:
    """The best-ranked stamp of the page's first lines."""
    grammar = grammar_for(lang)
    head = text[:DATELINE_CHARS]
    # a block of short lines (a menu, a weather box) counts as one line
    lines = _joined_fragments(_lines(head))[:DATELINE_LINES]
    keyed: list[tuple[int, dt.date, int, int]] = []  # rank, day, span of a furniture line
    labelled: set[int] = set()  # the keyed date lines with words before their date
    paragraphs = 0  # the story's paragraphs above the line
    banner = False  # the page's first line is a date alone
    for number, (offset, line) in enumerate(lines):
        furniture = (offset, offset + len(line)) if offset >= 0 else (-1, -1)
        full_dates = _full_dates(line, lang) or _numeric_either_way(line, lang, text)
        story_started = paragraphs >= _STORY_STARTED
        paragraphs += _is_paragraph(line)
        if story_started:
            # below the story's first paragraphs, only a labelled stamp or an agency's dateline is the page's
            # own; a date on a line of its own there heads a section or another story ("Ministers meet in
            # Delhi / March 10, 2024" under "More from World")
            full_dates = [m for m in full_dates if _dateline_keyword(grammar, line, [m]) or _agency_line(line, m)]
        if not full_dates:
            short = None if story_started else _two_digit_stamp(line)
            if short is not None:
                keyed.append((SHORT_STAMP, short, *furniture))
            continue
        keyword = _dateline_keyword(grammar, line, full_dates)
        if keyword is not None:
            keyed.append((*keyword, *furniture))
            continue
        # a wire dateline, or a line that opens with the date ("July 3, 2023 Results of ...", "[01.10.2019]
        # Erstmals ..."), stands at the top: further down, "Especially, on 3 September 2018 ..." is history
        top = number < WIRE_DATELINE_LINES
        # an agency's dateline ("ঢাকা, ৫ ফেব্রুয়ারি, ২০২০ (বাসস) :") may stand below a block of page furniture
        agency = _agency_line(line, full_dates[0])
        opening = (
            agency
            or top
            and (
                _is_wire_dateline(line, full_dates[0])
                or _opens_with(line, full_dates[0])
                or _in_opening_brackets(line, full_dates[0])
            )
        )
        date_line = _is_date_line(line, full_dates[0]) or (
            _CLOCK_AFTER.match(line, full_dates[0].end) is not None
            and _is_date_line(line, full_dates[0], _TIMED_LINE_REST)
        )
        banner = banner or (number == 0 and date_line and not keyed)
        if top and display_width(line.strip()) < _PARAGRAPH_WIDTH and _closes_in_brackets(line, full_dates[-1]):
            # a title closing with its date: "Nomination de ... pour le numérique (22 novembre 2017)"
            keyed.append((DATELINE, dt.date.fromisoformat(full_dates[-1].value), *furniture))
            continue
        if date_line or opening:
            # a wire dateline or an opening date is the story's own; a date line or a bracket is furniture
            story = not date_line and not _agency_bracket(line, full_dates[0])
            if any(ch.isalpha() for ch in line[: full_dates[0].start]):
                labelled.add(len(keyed))  # "(1)日時:令和3年1月22日(金)11:30": a date the text labels, not a stamp
            keyed.append((DATELINE, dt.date.fromisoformat(full_dates[0].value), *((-1, -1) if story else furniture)))
    if not keyed:
        partial = _partial_dateline([line for _, line in lines], text, lang)
        return Stamp(partial, "dateline") if partial is not None else None
    rank, day, start, end = min(keyed, key=lambda item: item[0])
    if rank == DATELINE and banner:
        # "السبت 23 نوفمبر 2024" alone on the page's first line is the site's date of the day; a date line of
        # the story below it that is older is the story's ("• 9-10-2019 | 11:18")
        older = [
            item
            for index, item in enumerate(keyed)
            if index and index not in labelled and item[0] == DATELINE and item[1] < day
        ]
        if keyed[0][1] == day and older:
            rank, day, start, end = older[0]
    if rank >= DATELINE and _contradicted(day, [line for _, line in lines], lang):
        return None  # the site's date of the day above a story whose own dateline says "28 June": no guess
    if rank == DATELINE and start >= 0 and _later_heading(text, lang, day, start, end):
        return None  # "18 November 2024" above one section, "19 November 2024" above the next: headings
    return Stamp(day, _SOURCES[rank], start, end)


_HEADING_LINE = 40  # a date heading a section stands on a short line of its own


def _later_heading(text: str, lang: str, day: dt.date, start: int, end: int) -> bool:
    """Is the bare date line text[start:end] the first of the page's dated section headings: does a later day
    head a section below it, on a line of its own? A page is not published before the days it reports; a stamp
    with its clock time stays a stamp."""
    line = text[start:end]
    if len(line.strip()) > _HEADING_LINE or any(_CLOCK_AFTER.match(line, m.end) for m in _full_dates(line, lang)):
        return False
    for _, below in _lines(text[end:]):
        if len(below.strip()) > _HEADING_LINE:
            continue
        dates = _full_dates(below, lang)
        if dates and _is_date_line(below, dates[0], _STAMP_REST) and dt.date.fromisoformat(dates[0].value) > day:
            return True
    return False


_REPUBLISHED_DAYS = 7  # a page may show its own day a little after the agency's dateline, not months after


def _contradicted(day: dt.date, lines: list[str], lang: str) -> bool:
    """Does the story's own agency dateline ("ਦਿੱਲੀ, 28 ਜੂਨ (ਪੰਜਾਬ ਪੋਸਟ ਬਿਊਰੋ) –") give a day that an
    unlabelled date line of the page cannot be the publication of ("Monday, December 23, 2024" at the top:
    the day the page was shown)?"""
    for line in lines:
        for mention in find_dates(line, lang, day, year_only=True)[:1]:
            if _is_day(mention.value) and _agency_line(line, mention):
                told = dt.date.fromisoformat(mention.value)
                if told > day:
                    told = told.replace(year=told.year - 1) if (told.month, told.day) != (2, 29) else told
                return not 0 <= (day - told).days <= _REPUBLISHED_DAYS
    return False


_STORY_STARTED = 2  # paragraphs of the story: below them, unlabelled dates are no longer the page's stamp
_PARAGRAPH_WIDTH = 120
_SENTENCE_CLOSE = (".", "。", "۔", "।", "!", "?", "؟", "！", "？", '"', "”", "»", ")")


_SENTENCE_WORDS = 5


def _is_sentence(line: str) -> bool:
    """A line of the story: a few words closing with a full stop (a sign-off's "Share", "Tags: AI" are not)."""
    stripped = line.strip()
    words = len(stripped.split()) if " " in stripped else display_width(stripped) // 2  # CJK: no spaces
    return words >= _SENTENCE_WORDS and stripped.endswith(_SENTENCE_CLOSE)


def _is_paragraph(line: str) -> bool:
    """A line of running text: long, and closing a sentence (a title or a deck seldom ends with a full stop)."""
    stripped = line.strip()
    # a character is one column or two: as many characters as the width make the width, without counting columns
    return stripped.endswith(_SENTENCE_CLOSE) and (
        len(stripped) >= _PARAGRAPH_WIDTH or display_width(stripped) >= _PARAGRAPH_WIDTH
    )


def _agency_line(line: str, mention: DateMention) -> bool:
    return _is_wire_dateline(line, mention) and _AGENCY_AFTER.match(line, mention.end) is not None


# what follows an agency's dateline: "(IRNA) --", " - ", ":", and TASS's "SEOUL, October 31. /TASS/."
_AGENCY_AFTER = re.compile(r"\s*(?:[(（\[]|--|[-–—:|]|\.\s*/)")
_TEXT_YEAR = re.compile(r"(?<![\w.,/-])(?:19[89][0-9]|20[0-9]{2})(?!\w|[.,/-][0-9])")  # not "1980s", "2030Vision"


def _partial_dateline(lines: list[str], text: str, lang: str) -> dt.date | None:
    """ "KUALA LUMPUR, 31 Ogos: ...", "SEOUL, October 31. /TASS/.": an agency's dateline with no year, or
    "October 31, 5:19" on a line of its own among the first lines, dated in the one year the text names (a
    text naming no year, or several, leaves it undated)."""
    years = set(_TEXT_YEAR.findall(text))
    if len(years) != 1:
        return None
    year = int(years.pop())
    for number, line in enumerate(lines):
        mentions = find_dates(line, lang, dt.date(year, 12, 31), year_only=True)
        if mentions and mentions[0].resolution == "partial" and _is_day(mentions[0].value):
            day = dt.date(year, *map(int, mentions[0].value[5:].split("-")))
            if _is_wire_dateline(line, mentions[0]) and _AGENCY_AFTER.match(line, mentions[0].end):
                return day
            if number < WIRE_DATELINE_LINES and _is_date_line(line, mentions[0], _PARTIAL_LINE_REST):
                return day
    return None


def _joined_fragments(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Runs of very short lines ("7" / "June" / "2018") joined into one line (offset -1: no single span)."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for offset, line in [*lines, (-1, "")]:
        if line and len(line.strip()) <= _SHORT_FRAGMENT:
            run.append((offset, line))
            continue
        if len(run) > 1:
            out.append((-1, " ".join(part.strip() for _, part in run)))
        elif run:
            out.append(run[0])
        run = []
        if line:
            out.append((offset, line))
    return out


# "14.02.19", "28.10.19", "20 / 05 '25": day, month and a two-digit year, opening or closing a line
_TWO_DIGIT = re.compile(
    r"(?<![0-9.,/])([0-9]{1,2})\s*([./])\s*([0-9]{1,2})\s*(?:\2\s*|\s['‘’]|['‘’])([0-9]{2})(?![0-9]|[./][0-9])"
)


def _two_digit_stamp(line: str) -> dt.date | None:
    """A page's numeric stamp with a two-digit year, at the start or the end of a line (only there: inside
    a sentence "1.5.19" may be a version or a clause)."""
    found = _TWO_DIGIT.search(line)
    if found is None:
        return None
    opens = not line[: found.start()].strip(" -–—|[(•·*\t")
    closes = not _TIME_AND_NOISE.sub("", fold(line[found.end() :]))
    if not (opens or closes):
        return None
    try:
        return dt.date(2000 + int(found[4]), int(found[3]), int(found[1]))
    except ValueError:
        return None


def _sign_off(text: str, lang: str) -> Stamp | None:
    """A full date closing one of the page's last lines, after a dash, a bar or a bracket, or on a short
    line: the page's sign-off ("... Hiroshi Yamakawa – 16 Disember, 2023", "אנה ברסקי 24/11/2021 16:25")."""
    last_lines = _lines(text)[WIRE_DATELINE_LINES:][-SIGN_OFF_LINES:]
    for number, (offset, line) in reversed(list(enumerate(last_lines))):
        dates = _full_dates(line, lang)
        if not dates:
            continue
        last = dates[-1]
        if _TIME_AND_NOISE.sub("", fold(line[last.end :])):
            continue  # words follow: a date inside a sentence
        if _is_date_line(line, last, _STAMP_REST) and any(_is_sentence(below) for _, below in last_lines[number + 1 :]):
            continue  # a date heading the section told below it ("19 November 2024" / "Iran and Russia held talks.")
        lead = line[: last.start].rstrip()
        if display_width(line.strip()) <= 80 or lead.endswith(("-", "–", "—", "|", "」", ")", "）", "]")):
            return Stamp(dt.date.fromisoformat(last.value), "sign-off", offset + last.start, offset + last.end)
    return None


_TODAY_GAP = 4  # "leo Septemba 7, 2023", "วันนี้ (10 พ.ค. 61)", "today, 19 November 2024"


def _said_today(grammar: Grammar, text: str, lang: str) -> dt.date | None:
    """A full date the text gives right after its word for today: the day it was written."""
    mentions = find_dates(text, lang)
    for today, following in zip(mentions, mentions[1:], strict=False):
        entry = grammar.value("relative", today.text)
        if entry is None or entry[0] != "day:0" or not _is_day(following.value):
            continue
        if following.resolution == "absolute" and following.start - today.end <= _TODAY_GAP:
            gap = text[today.end : following.start]
            if not gap.strip(" ,،(（:"):
                return dt.date.fromisoformat(following.value)
    return None


_BRACKET_DAY_MONTH = re.compile(r"\s*[(（]\s*([0-9]{1,2})\s*[./]\s*([0-9]{1,2})\s*[)）]")


def today_in_month(text: str, lang: str, year: int, month: int) -> dt.date | None:
    """The day a page that shows only its month was written, when the text gives it right after its word
    for today ("sáng nay (25/2)", "today (25 February)", "امروز (۶ اسفند)") and it falls in that month."""
    grammar = grammar_for(lang)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    mentions = find_dates(text, lang, last, year_only=True)
    for today, following in zip(mentions, [*mentions[1:], None], strict=False):
        entry = grammar.value("relative", today.text)
        if entry is None or entry[0] != "day:0":
            continue
        if _said_after(text, today, following) and following.value[:7] == last.isoformat()[:7]:
            return dt.date.fromisoformat(following.value)
        numeric = _BRACKET_DAY_MONTH.match(text, today.end)
        if numeric and grammar.setting("numeric_order") != "ambiguous" and int(numeric[2]) == month:
            try:
                return dt.date(year, month, int(numeric[1]))
            except ValueError:
                continue
    return None


def _said_after(text: str, today: DateMention, following: DateMention | None) -> bool:
    """Does a day follow the word for today right away, maybe in brackets ("today (25 February)")?"""
    if following is None or not _is_day(following.value) or following.start - today.end > _TODAY_GAP:
        return False
    return not text[today.end : following.start].strip(" ,،(（:")


# a year glued to the time that follows it by a page's layout: "March 12, 20241:15 PM GMT+8"
_GLUED_TIME = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=[0-9]{1,2}[:：][0-9]{2}(?![0-9]))")


def _full_dates(line: str, lang: str) -> list[DateMention]:
    """Full dates of a line, in the language's words, else (a page's furniture is often English: "Friday,
    February 20, 2026" above a Hindi story) in English."""
    glued = [found.end() for found in _GLUED_TIME.finditer(line)]
    if glued:
        # read the line with a space after each such year, and give the dates their spans in the line as written
        spaced = _GLUED_TIME.sub(r"\1 ", line)
        out = []
        for m in _full_dates(spaced, lang):
            start, end = _unspaced(m.start, glued), _unspaced(m.end, glued)
            out.append(replace(m, start=start, end=end, text=line[start:end]))
        return out
    for grammar_lang in dict.fromkeys((lang, "en")):
        found = [m for m in find_dates(line, grammar_lang) if m.resolution == "absolute" and _is_day(m.value)]
        if found:
            return found
    return []


def _unspaced(offset: int, inserted_after: list[int]) -> int:
    """An offset in the spaced line, moved back into the line as written (a space follows each of `inserted_after`)."""
    shift = 0
    for number, at in enumerate(inserted_after):
        if offset > at + number:
            shift += 1
    return offset - shift


_TIME_AFTER = re.compile(r"^[,،]?\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?=\s)")


def _opens_with(line: str, mention: DateMention) -> bool:
    """Does the line begin with the date as a stamp, past punctuation ("- 25 May 2018", "[01.10.2019] ...",
    "July 3, 2023 Results of ...")? A story that opens with its date ("令和6年8月6日(火)、松本総務大臣は",
    "2016年6月20日,工业和信息化部", "1月14日から") goes on without a break, and one whose next word is
    lowercase ("19 November 2024 marked the start of ...", "3. März 2024 war ...") goes on as a sentence:
    that date is the event's."""
    after = _TIME_AFTER.sub("", line[mention.end :].lstrip("]】"), count=1)  # "2018-04-16, 20:55  Polska Agencja"
    if line[: mention.start].strip(" -–—|[(•·*\t") or (after and after[0] not in " \t|-–—:"):
        return False
    return not after[:1].isspace() or not after.lstrip()[:1].islower()


def _dateline_keyword(grammar: Grammar, line: str, dates: list[DateMention]) -> tuple[int, dt.date] | None:
    """(rank, date) for a date next to a "Published" (rank 0) or "Updated" (rank 1) keyword."""
    if grammar.published is None:
        return None
    best: tuple[int, dt.date] | None = None
    for keyword in grammar.published.finditer(fold(line)):
        kind = grammar.value("published", keyword.group(0))
        if kind and kind[0] == "related":
            continue
        if kind and kind[0] == "byline":
            # "Oleh Wahyu Sudoyo, Senin, 2 September 2024 | 11:51": the byline opens the line, the date follows
            if line[: keyword.start()].strip(" -–—|•·*\t") or not 0 <= dates[0].start - keyword.end() <= _BYLINE_GAP:
                continue
            best = best if best is not None and best[0] < BYLINE else (BYLINE, dt.date.fromisoformat(dates[0].value))
            continue
        rank = UPDATED_LABEL if kind and kind[0] == "updated" else PUBLISHED_LABEL
        # the date closest to the label: "Updated 14 March 2024, first published 12 March 2024"
        gaps = [(m.start - keyword.end(), m) for m in dates if 0 <= m.start - keyword.end() <= DATELINE_GAP_AFTER]
        gaps += [(keyword.start() - m.end, m) for m in dates if 0 <= keyword.start() - m.end <= DATELINE_GAP_BEFORE]
        if not gaps:
            continue
        labelled = min(gaps, key=lambda gap: gap[0])[1]
        if rank == UPDATED_LABEL:
            # "12.03.2024 - Güncelleme : 13.03.2024": the unlabelled date before the update is the publication
            first = [m for m in dates if m.end <= keyword.start() and m is not labelled]
            if first and (best is None or best[0] > PUBLISHED_LABEL):
                best = (PUBLISHED_LABEL, dt.date.fromisoformat(first[0].value))
                continue
        if best is None or rank < best[0]:
            best = (rank, dt.date.fromisoformat(labelled.value))
    return best


# "09/01/2020": a numeric date that reads both day/month and month/day (English keeps only its year)
_EITHER_WAY = re.compile(r"(?<![0-9])([0-9]{1,2})([/.-])([0-9]{1,2})\2((?:19|20)[0-9]{2})(?![0-9])")
_WEEKDAY_WORD = re.compile(r"[^\W\d_]+")


def _numeric_either_way(line: str, lang: str, text: str) -> list[DateMention]:
    """A stamp line's numeric date that reads both ways ("Thursday, 09/01/2020 - 8:36 PM" on an English page):
    the reading whose weekday the line writes, else the one day the text names in words ("January 9, 2020");
    a date still ambiguous stays unread."""
    found = _EITHER_WAY.search(line)
    if found is None:
        return []
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    if len(readings) < 2:
        return []  # one reading only: the grammar reads it
    weekdays = {
        int(entry[0])
        for grammar_lang in dict.fromkeys((lang, "en"))
        for word in _WEEKDAY_WORD.findall(fold(line[: found.start()]))
        if (entry := grammar_for(grammar_lang).value("weekday", word)) is not None
    }
    chosen = [day for day in readings if day.weekday() in weekdays]
    if len(chosen) != 1:
        named = {m.value for m in find_dates(text[: DATELINE_CHARS * 4], lang) if m.resolution == "absolute"}
        chosen = [day for day in readings if day.isoformat() in named]
    if len(chosen) != 1:
        return []
    value = chosen[0].isoformat()
    return [DateMention(found.start(), found.end(), found.group(0), value, "gregorian", "absolute", None)]


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10


_TIME_AND_NOISE = re.compile(r"[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?|[|/\\\-–—,،.()（）\[\]:：•·\s]")
# a character _TIME_AND_NOISE never removes (no digit, colon, separator or space): a line with more of them than a
# rest may hold is too long, whatever the rest is; counting the first few is cheaper than cleaning a long line
_KEPT = re.compile(r"[^0-9:：|/\\\-–—,،.()（）\[\]•·\s]")


def _keeps_more(folded: str, width: int) -> bool:
    """Does `folded` hold more than `width` characters that _TIME_AND_NOISE keeps (so its rest is wider)?"""
    return next(islice(_KEPT.finditer(folded), width, None), None) is not None


_STAMP_REST = 5  # "WIB", "MYT", "GMT", "น.": what may stand by a stamp's date and time


def page_furniture(text: str, start: int, end: int) -> bool:
    """Is the date text[start:end] a stamp of the page's furniture: alone on its line, with at most a time, a
    zone, a bullet or separators ("- 18 noyabr, 2025", "• 30 oktyabr, 2025 17:42"), or closing an agency's
    bracket after the city ("ریاض (اُردو پوائنٹ - اے پی پی۔ 04 اکتوبر2025ء)")?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    rest = fold(text[line_start:start] + text[end:line_end])
    if not _keeps_more(rest, _STAMP_REST) and display_width(_TIME_AND_NOISE.sub("", rest)) <= _STAMP_REST:
        return True
    line = text[line_start:line_end]
    at = DateMention(start - line_start, end - line_start, text[start:end], None, "", "", None)
    return _agency_bracket(line, at)


# a date with its clock time is a stamp even after a section's name ("Telekommunikasiya Materials 21 Avqust 2006
# 15:20 (UTC +04:00)", "Ekonomi | 15.12.2025 09:15"): a story's sentence seldom gives the minute
_CLOCK_AFTER = re.compile(r"[\s,|–—-]*(?:[^\W\d_]{1,3}\.?\s*)?[0-9]{1,2}[:：][0-9]{2}")
_TIMED_LINE_REST = 40
_DATE_LINE_REST = 24  # "Posted On: 16 DEC 2021 7:51PM by PIB Delhi": what a date line may hold besides the date
_PARTIAL_LINE_REST = 5  # "October 31, 5:19": a date without its year stands alone, with at most a time or a zone


def _is_date_line(line: str, mention: DateMention, rest_width: int = _DATE_LINE_REST) -> bool:
    """A short line that is mostly the date (plus a time or separators)."""
    if len(line.strip()) > 80:
        return False
    rest = fold(line[: mention.start] + line[mention.end :])
    rest = _TIME_AND_NOISE.sub("", rest)
    # "- 2021年8月11日に署名された郵便分野における覚書" is a list item: Japanese words are narrow in characters
    return display_width(rest) <= rest_width


def _closes_in_brackets(line: str, mention: DateMention) -> bool:
    """ "Nomination de ... au poste d'ambassadeur (22 novembre 2017)": a title line closing with a bracket that
    holds only the date (and maybe a time). A title is short: a long line closing so is a sentence of the story
    ("... di sela kunjungan kerjanya ke Turki, Pada Hari Selasa (05/11/2024)")."""
    opened = max(line.rfind("(", 0, mention.start), line.rfind("（", 0, mention.start))
    if opened == -1 or not line[:opened].strip() or _TIME_AND_NOISE.sub("", fold(line[opened + 1 : mention.start])):
        return False
    return line[mention.end :].strip(" \t")[:1] in (")", "）") and not line[mention.end :].strip(" \t)）")


# a place of one to three words, perhaps with its abbreviation in brackets, perhaps after its city ("TEHRAN,",
# "BUSAN, REPUBLIK KOREA (ROK),"), then a comma or a dash
_PLACE = r"(?:[^\W\d_][^\s,،\-–—()（）]*(?:-[^\W\d_][^\s,،\-–—()（）]*)*\s?){1,3}(?:\s*[(（][^\W\d_]{1,8}[)）])?"
_WIRE_LEAD = re.compile(rf"^\s*(?:{_PLACE}\s*[,،]\s*)?{_PLACE}\s*[,،\-–—]\s*$")


_BRACKET_REACH = 40  # "اسلام آباد (اُردو پوائنٹ اخبارتازہ ترین - این این آئی۔ 27 جون2025ء)": city, then the bracket


def _in_opening_brackets(line: str, mention: DateMention) -> bool:
    """ "ISLAMABAD (APP - 27 June 2025) The minister ...": the date closes the bracket that follows the city
    at the start of the line."""
    opened = line.find("(", 0, mention.start)
    if opened == -1 or opened > _BRACKET_REACH or ")" in line[opened : mention.start]:
        return False
    return line[mention.end : mention.end + 8].lstrip(" ,،")[:1] in (")", "）")


def _agency_bracket(line: str, mention: DateMention) -> bool:
    """The bracket holds an agency's name before the date ("(APP - 27 June 2025)"), not only the date
    ("วันนี้ ( 7 พฤศจิกายน 2565)": today's date, told by the story)."""
    opened = line.find("(", 0, mention.start)
    return _in_opening_brackets(line, mention) and bool(line[opened + 1 : mention.start].strip(" -–—،,"))


def _is_wire_dateline(line: str, mention: DateMention) -> bool:
    """ "TEHRAN, Nov. 19, 2024 (IRNA) --": a place name then the date at the start of a line."""
    lead = line[: mention.start]
    first_letter = lead.lstrip()[:1]
    if first_letter.lower() != first_letter.upper() and not first_letter.isupper():
        return False  # a cased script: place names are capitalised
    return len(lead) <= 32 and _WIRE_LEAD.match(lead) is not None
