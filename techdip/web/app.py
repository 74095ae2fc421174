"""The web application: a read-only JSON API over the event database and the dashboard pages.

Every page is rendered from the same queries as its JSON twin under /api.
Article text is untrusted: templates autoescape, and scripts only ever set
textContent, so markup inside articles shows as text.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup
from pydantic import TypeAdapter
from sqlalchemy import Engine

from techdip import __version__
from techdip.brief import BriefError, build_brief, latest_day, parse_period
from techdip.brief.render import render_html
from techdip.curate import REVIEW_FILTERS
from techdip.export.formats import FORMATS, ExportError, check, write
from techdip.export.tables import TABLES, ExportQuery
from techdip.lexicons import UnknownParty, party_code, party_name
from techdip.model import AREAS, CONFIDENCES, EVENT_TYPES, ORGANISATIONS
from techdip.store import aggregates
from techdip.store.cache import ChangeCache
from techdip.store.queries import (
    EventFilter,
    FilterError,
    count_events,
    cursor_of,
    get_document,
    get_event,
    parse_cursor,
    parse_day,
    query_events,
)
from techdip.store.schema import connect
from techdip.store.story_index import count_stories, get_story, list_people, list_stories, stories_by_id
from techdip.watch.alerts import list_alerts, recent_hits
from techdip.web import i18n, models
from techdip.web.curation import install_curation
from techdip.web.errors import install_error_handlers, problem_responses
from techdip.web.review import install as install_review
from techdip.web.security import CONTENT_SECURITY_POLICY, SecurityHeaders, link_url

HERE = FilePath(__file__).parent
MAX_PER_PAGE = 500
STORIES_PER_PAGE = 50
PEOPLE_SHOWN = 200
# the words the network and map scripts write, translated with the page's (messages/<lang>.json)
GRAPH_WORDS = {"partners": "partners", "edge": "edge width: {unit} shared", "line": "line width: {unit} shared",
               "show": "Show as a graph", "hide": "Hide the graph"}  # fmt: skip
RTL_LANGUAGES = {"fa", "ar", "ur", "he", "ps", "ku", "sd", "ug", "dv", "yi"}


def create_app(db_url: str | None = None) -> FastAPI:
    """The application over the database at db_url (default: TECHDIP_DB or techdip.db)."""
    engine = connect(db_url)
    app = FastAPI(
        title="techdip",
        version=__version__,
        description="Technology-diplomacy cooperation events extracted from multilingual news, with evidence.",
        docs_url=None,  # the stock pages load their scripts from a CDN; /docs is rendered by the app itself
        redoc_url=None,
        dependencies=[Depends(_no_nul_characters)],
    )
    app.state.engine = engine
    # counts, aggregates and the chart pages, kept while the database's change counter stands still
    app.state.cache = cache = ChangeCache(engine)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(rtl=lambda lang: lang in RTL_LANGUAGES, link_url=link_url)
    templates.env.globals.update(_interface_globals())
    templates.env.filters["isolate"] = _isolate
    # outermost, around Starlette's own error middleware, so that a 500 carries the headers too
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityHeaders(build_stack())  # type: ignore[method-assign]

    install_error_handlers(app, templates)
    install_curation(app, engine)  # sessions and the write API (issue 17)
    install_review(app, engine, templates)  # the pages of curation: login, review queue, review panels
    _api_routes(app, engine, cache)
    _interactive_docs(app)
    _page_routes(app, engine, templates, cache)
    return app


# ---- the interface language, the shared time window and the export buttons ------------------------------------

WINDOW_KEYS = ("since", "until")  # the filter every list and chart shares, carried from page to page
FILTER_KEYS = ("party", "pair", "area", "type", "lang", "since", "until", "q", "confidence")
EXPORT_KEYS = {  # what each export takes from its page's query
    "events": FILTER_KEYS,
    "stories": (*FILTER_KEYS, "min_sources"),
    "people": ("party",),
    "pairs": (*FILTER_KEYS, "unit"),
}


def _interface_globals() -> dict[str, Any]:
    """Template functions that read the request in the template's context: the interface language (names and
    strings in it), the shared time window, the export links."""

    def lang(ctx: Any) -> str:
        return i18n.ui_language(ctx.get("request"))

    def translate(ctx: Any, text: str, **values: Any) -> Markup:
        """The string in the interface language; {names} filled in with escaped values (a template without
        values is kept whole: the page's script fills it in)."""
        translated = Markup(i18n.gettext(lang(ctx), text))
        return translated.format(**values) if values else translated

    def window_query(ctx: Any) -> str:
        request = ctx.get("request")
        kept = {k: request.query_params[k] for k in WINDOW_KEYS if request and request.query_params.get(k)}
        return "?" + urlencode(kept) if kept else ""

    def window_clear_url(ctx: Any) -> str:
        request = ctx["request"]
        kept = [(k, v) for k, v in request.query_params.multi_items() if k not in (*WINDOW_KEYS, "page")]
        return request.url.path + ("?" + urlencode(kept) if kept else "")

    def export_url(ctx: Any, table: str, fmt: str, fixed: dict[str, str] | None = None) -> str:
        request = ctx["request"]
        kept = {k: request.query_params[k] for k in EXPORT_KEYS[table] if request.query_params.get(k)}
        return f"/api/export/{table}?" + urlencode({**kept, **(fixed or {}), "format": fmt})

    return {
        # the translation is trusted data (a file of the package); the values filled in are escaped unless markup
        "_": pass_context(translate),
        "ui_lang": pass_context(lang),
        "ui_rtl": pass_context(lambda ctx: i18n.is_rtl(lang(ctx))),
        "ui_languages": i18n.ui_languages,
        "language_name": i18n.language_name,
        "party_name": pass_context(lambda ctx, code: i18n.party_label(code, lang(ctx))),
        "party_short": pass_context(lambda ctx, code: i18n.party_chip(code, lang(ctx))),
        "area_name": pass_context(lambda ctx, code: i18n.area_label(code, lang(ctx))),
        "window_query": pass_context(window_query),
        "window_clear_url": pass_context(window_clear_url),
        "export_url": pass_context(export_url),
    }


# ---- parameters shared by the API and the pages ----------------------------------------------------------------


def _no_nul_characters(request: Request) -> None:
    """A NUL character in a parameter is a 422: PostgreSQL cannot hold one in text, and SQLite answers the same."""
    places = [("query", request.query_params.multi_items()), ("path", request.path_params.items())]
    bad = [(place, name) for place, items in places for name, value in items if "\x00" in str(value)]
    if bad:
        message = "a NUL character (%00) is never part of a value"
        raise RequestValidationError([{"loc": where, "msg": message, "type": "value_error"} for where in bad])


def _isolate(text: str) -> Markup:
    """Text wrapped in Unicode isolates (FSI ... PDI), for places without markup such as <title>: an Arabic
    or Persian title then does not reorder the text around it."""
    return Markup("\u2068{}\u2069").format(text.strip())  # escapes plain text, keeps rendered markup as is


def _check_party(text: str | None) -> str | None:
    """The code of a party given by code or by name in any language read natively ("IRN", "Iran", "ایران")."""
    if text is None or text == "":
        return None
    try:
        return party_code(text)
    except UnknownParty as exc:
        raise HTTPException(404, str(exc)) from None


def _check_choice(value: str | None, choices: tuple[str, ...], name: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices and value.upper() not in choices:
        raise _invalid(name, f"unknown {name} {value!r}: one of {', '.join(choices)}")
    return value if value in choices else value.upper()


def _invalid(name: str, message: str) -> RequestValidationError:
    """A 422 naming the query parameter, in the shape of FastAPI's own validation errors."""
    return RequestValidationError([{"loc": ("query", name), "msg": message, "type": "value_error"}])


# Every parameter is bounded, so that no value reaches the database as something it cannot hold (an id past
# 32 bits, an offset past 2^63) and no string costs more than a short one; out of bounds is a 422, never a 500.
MAX_ID = 2**31 - 1  # ids are Integer columns: 32 bits on PostgreSQL
MAX_PAGE = 1_000_000
MAX_MIN_SOURCES = 1000
DAY_HELP = "YYYY, YYYY-MM or YYYY-MM-DD, year 1 to 9999"
PartyQuery = Annotated[
    str | None, Query(max_length=16, description="a party code: ISO 3166-1 alpha-3 or an organisation code")
]
PairQuery = Annotated[str | None, Query(max_length=40, description="two party codes separated by a comma, IRN,ARM")]
AreaQuery = Annotated[str | None, Query(max_length=32, description="a technology area: " + ", ".join(AREAS))]
TypeQuery = Annotated[str | None, Query(max_length=16, description="an event type: " + ", ".join(EVENT_TYPES))]
ConfidenceQuery = Annotated[
    str | None, Query(max_length=8, description="high, or low: events read in a language without a lexicon folder")
]
LangQuery = Annotated[str | None, Query(max_length=16, description="the article's language (ISO 639-1), like fa")]
SinceQuery = Annotated[str | None, Query(max_length=32, description=f"events ending on or after this day: {DAY_HELP}")]
UntilQuery = Annotated[
    str | None, Query(max_length=32, description=f"events starting on or before this day: {DAY_HELP}")
]
ReviewQuery = Annotated[
    str | None,
    Query(max_length=16, description="by review: all, unreviewed, reviewed, confirmed, corrected, rejected, added "
          "(default: everything but rejected)"),
]  # fmt: skip
SearchQuery = Annotated[
    str | None, Query(max_length=200, description="words of the evidence, title, people or parties, any script")
]
EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="an event id")]
StoryId = Annotated[int, Path(ge=1, le=MAX_ID, description="a story id")]
DocId = Annotated[str, Path(min_length=1, max_length=64, description="a document id")]
MinSources = Annotated[
    int, Query(ge=1, le=MAX_MIN_SOURCES, description="only stories told by at least this many articles")
]


def _filter(
    party: PartyQuery = None,
    pair: PairQuery = None,
    area: AreaQuery = None,
    type: TypeQuery = None,
    lang: LangQuery = None,
    since: SinceQuery = None,
    until: UntilQuery = None,
    q: SearchQuery = None,
    confidence: ConfidenceQuery = None,
    review: ReviewQuery = None,
) -> EventFilter:
    pair_codes = None
    if pair:
        parts = [p.strip() for p in pair.split(",")]
        if len(parts) != 2 or not all(parts):
            raise _invalid("pair", "pair takes two party codes separated by a comma, like IRN,ARM")
        pair_codes = (_check_party(parts[0]), _check_party(parts[1]))
    flt = EventFilter(
        party=_check_party(party),
        pair=pair_codes,  # type: ignore[arg-type]
        area=_check_choice(area, AREAS, "area"),
        type=_check_choice(type, EVENT_TYPES, "type"),
        lang=lang or None,
        since=since or None,
        until=until or None,
        q=q or None,
        confidence=_check_choice(confidence.lower() if confidence else None, CONFIDENCES, "confidence"),
        review=_check_choice(review.lower() if review else None, REVIEW_FILTERS, "review"),
    )
    for name in ("since", "until"):  # checked one by one, so that the 422 names the parameter
        try:
            parse_day(getattr(flt, name) or "2000", name)
        except FilterError as exc:
            raise _invalid(name, str(exc).removeprefix(f"{name}: ")) from None
    flt.validate()
    return flt


def _page(
    engine: Engine, cache: ChangeCache, flt: EventFilter, page: int, per_page: int, sort: str, cursor: str | None = None
) -> dict[str, Any]:
    """A page of events by number (offset) or, deep pages' way, by the cursor of the page before (keyset)."""
    after = None
    if cursor:
        if page != 1:
            raise _invalid("cursor", "give page or cursor, not both")
        try:
            after = parse_cursor(cursor, sort)
        except FilterError as exc:
            raise _invalid("cursor", str(exc)) from None
    total = cache.get(("count", _filter_key(flt)), lambda: count_events(engine, flt))
    pages = max(1, math.ceil(total / per_page))
    if after is None and page > pages:
        raise HTTPException(404, f"page {page} is past the last page ({pages}) of {total} events")
    flt.limit, flt.offset = per_page + 1, (page - 1) * per_page  # one more: is there a next page?
    items = query_events(engine, flt, order=sort, after=after)
    more, items = len(items) > per_page, items[:per_page]
    return {"total": total, "page": None if after else page, "per_page": per_page, "pages": pages,
            "next_cursor": cursor_of(items[-1], sort) if more else None,
            "items": [_event_out(r) for r in items]}  # fmt: skip


def _filter_key(flt: EventFilter) -> tuple:
    """What a filter selects, as a cache key: every field but the paging ones (a field added later is in it)."""
    return tuple(sorted((k, v) for k, v in flt.__dict__.items() if k not in ("limit", "offset", "sort")))


def _cached_answer(cache: ChangeCache, request: Request, model: Any, build: Callable[[], Any]) -> Response:
    """The JSON answer of an aggregate, kept (checked against its model and serialised once) until the data
    changes: a hit costs the change counter's look-up, not the aggregate nor the serialisation."""

    def answer() -> bytes:
        adapter = TypeAdapter(model)
        return adapter.dump_json(adapter.validate_python(build()))

    key = ("api", request.url.path, request.url.query)
    return Response(cache.get(key, answer, size=len), media_type="application/json")


def _story_page(
    engine: Engine, party: str | None, min_sources: int, page: int, per_page: int, flt: EventFilter | None = None
) -> dict[str, Any]:
    """One page of stories with the count of them all; both are cut and counted in SQL. With `flt`, the stories
    with events that pass it (a time window, an area ...)."""
    total = count_stories(engine, party, min_sources, flt)
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise HTTPException(404, f"page {page} is past the last page ({pages}) of {total} stories")
    items = list_stories(engine, party, min_sources, limit=per_page, offset=(page - 1) * per_page, flt=flt)
    return {"total": total, "page": page, "per_page": per_page, "pages": pages, "items": items}


def _event_out(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "doc_id", "type", "status", "parties", "areas", "people", "date", "date_source", "location",
            "evidence", "when_start", "when_end", "when_from", "lang", "source", "title", "published",
            "url", "story_id", "confidence", "review_state", "reviewed_by", "reviewed_at", "needs_look")  # fmt: skip
    return {key: row.get(key) for key in keys}


FilterParam = Annotated[EventFilter, Depends(_filter)]  # the filters every event listing takes
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page number, from 1 to {MAX_PAGE}")]
UnitParam = Annotated[
    str, Query(pattern="^(stories|events)$", description="count stories (default) or raw per-article events")
]
PerPageParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"events per page, at most {MAX_PER_PAGE}")]
SortParam = Annotated[
    str, Query(pattern="^(date|-date|id)$", description="date (newest first), -date or id; undated events last")
]
CursorParam = Annotated[
    str | None,
    Query(
        max_length=200,
        description="the next_cursor of the page before (instead of page): the next page, read by keyset at the "
        "same cost however deep; with the same filters and sort",
    ),
]


# ---- JSON API ----------------------------------------------------------------------------------------------------


def _api_routes(app: FastAPI, engine: Engine, cache: ChangeCache) -> None:
    answers = problem_responses(404, 422)

    @app.get(
        "/api/events",
        summary="Events, filtered and paged",
        tags=["events"],
        responses=answers,
        response_model=models.EventPage,
    )
    def api_events(
        flt: FilterParam,
        page: PageParam = 1,
        per_page: PerPageParam = 50,
        sort: SortParam = "date",
        cursor: CursorParam = None,
    ) -> dict[str, Any]:
        """Events matching every given filter; `q` finds every word of it in the evidence, title, people or
        parties, in any script (Hashemi, هاشمی and Хашеми find the same events).

        Page by number (`page`), or from any page on by `cursor` (the `next_cursor` of the page before),
        which costs the same however deep: the way to walk a large result to its end."""
        return _page(engine, cache, flt, page, per_page, sort, cursor)

    @app.get(
        "/api/events/{event_id}", summary="One event", tags=["events"], responses=answers, response_model=models.Event
    )
    def api_event(event_id: EventId) -> dict[str, Any]:
        """One event with its evidence, people, date source and its article's metadata."""
        row = get_event(engine, event_id)
        if row is None:
            raise HTTPException(404, f"no event {event_id}")
        return _event_out(row)

    @app.get(
        "/api/documents/{doc_id}",
        summary="One article, with its text and events",
        tags=["documents"],
        responses=answers,
        response_model=models.Document,
    )
    def api_document(doc_id: DocId) -> dict[str, Any]:
        """One article: its full text (evidence offsets point into it), metadata and events."""
        doc = get_document(engine, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        doc["events"] = [_event_out(e) for e in doc["events"]]
        doc["ingested_at"] = str(doc["ingested_at"])
        return doc

    @app.get(
        "/api/parties",
        summary="Parties, by stories",
        tags=["aggregates"],
        responses=answers,
        response_model=list[models.PartyCount],
    )
    def api_parties(
        request: Request,
        area: AreaQuery = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        unit: UnitParam = "stories",
    ) -> Response:
        """Every party with how many stories (or events) it takes part in, most first."""
        flt = _filter(area=area, since=since, until=until)

        def build() -> list[dict]:
            counts = aggregates.party_counts(engine, flt, unit)
            return [{"code": c, "name": party_name(c), "events": n, "unit": unit} for c, n in counts]

        return _cached_answer(cache, request, list[models.PartyCount], build)

    @app.get(
        "/api/pairs",
        summary="Pairs of parties: the network",
        tags=["aggregates"],
        responses=answers,
        response_model=list[models.PairCount],
    )
    def api_pairs(
        request: Request,
        area: AreaQuery = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        party: PartyQuery = None,
        unit: UnitParam = "stories",
    ) -> Response:
        """Weighted edges of the network: how many stories (or events) each pair of parties shares."""
        flt = _filter(party=party, area=area, since=since, until=until)
        return _cached_answer(
            cache,
            request,
            list[models.PairCount],
            lambda: [
                {"a": a, "b": b, "a_name": party_name(a), "b_name": party_name(b), "events": n, "unit": unit}
                for a, b, n in aggregates.pair_counts(engine, flt, unit)
            ],
        )

    @app.get(
        "/api/areas",
        summary="Technology areas, by stories",
        tags=["aggregates"],
        responses=answers,
        response_model=list[models.AreaCount],
    )
    def api_areas(
        request: Request,
        party: PartyQuery = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        unit: UnitParam = "stories",
    ) -> Response:
        """Every technology area with how many stories (or events) concern it, most first."""
        flt = _filter(party=party, since=since, until=until)
        return _cached_answer(
            cache,
            request,
            list[models.AreaCount],
            lambda: [{"area": a, "events": n, "unit": unit} for a, n in aggregates.area_counts(engine, flt, unit)],
        )

    @app.get(
        "/api/timeline",
        summary="Stories per month",
        tags=["aggregates"],
        responses=answers,
        response_model=models.Timeline,
    )
    def api_timeline(
        request: Request,
        by: Annotated[str, Query(pattern="^(area|party)$")] = "area",
        party: PartyQuery = None,
        area: AreaQuery = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        unit: UnitParam = "stories",
    ) -> Response:
        """Stories (or events) per month, by area or by party (event date, else publication date)."""
        flt = _filter(party=party, area=area, since=since, until=until)
        return _cached_answer(cache, request, models.Timeline, lambda: aggregates.timeline(engine, by, flt, unit))

    @app.get(
        "/api/heatmap",
        summary="Areas × parties",
        tags=["aggregates"],
        responses=answers,
        response_model=list[models.HeatmapCell],
    )
    def api_heatmap(
        request: Request, since: SinceQuery = None, until: UntilQuery = None, unit: UnitParam = "stories"
    ) -> Response:
        """Stories (or events) per area and party: the cells of the heatmap."""
        flt = _filter(since=since, until=until)

        def build() -> list[dict]:
            cells = aggregates.heatmap(engine, flt, unit)
            return [{"area": a, "party": p, "events": n, "unit": unit} for a, p, n in cells]

        return _cached_answer(cache, request, list[models.HeatmapCell], build)

    @app.get(
        "/api/overview",
        summary="The front page's facts",
        tags=["aggregates"],
        responses=answers,
        response_model=models.Overview,
    )
    def api_overview(request: Request, unit: UnitParam = "stories") -> Response:
        """Counts, the biggest pairs and areas, and the ten latest events: what the front page shows."""

        def build() -> dict[str, Any]:
            facts = aggregates.overview(engine, unit=unit)
            facts["latest"] = [_event_out(r) for r in facts["latest"]]
            facts["pairs"] = [{"a": a, "b": b, "events": n} for (a, b), n in facts["pairs"]]
            facts["areas"] = [{"area": a, "events": n} for a, n in facts["areas"]]
            return facts

        return _cached_answer(cache, request, models.Overview, build)

    @app.get(
        "/api/stories", summary="Stories, paged", tags=["stories"], responses=answers, response_model=models.StoryPage
    )
    def api_stories(
        request: Request,
        flt: FilterParam,
        min_sources: MinSources = 1,
        page: PageParam = 1,
        per_page: PerPageParam = 50,
    ) -> Response:
        """Stories (the same event across articles and languages), most reported first, a page at a time; the
        event filters (a time window, an area ...) keep the stories with events that pass them."""
        return _cached_answer(
            cache, request, models.StoryPage, lambda: _story_page(engine, flt.party, min_sources, page, per_page, flt)
        )

    @app.get(
        "/api/stories/{story_id}",
        summary="One story, its sources side by side",
        tags=["stories"],
        responses=answers,
        response_model=models.Story,
    )
    def api_story(story_id: StoryId) -> dict[str, Any]:
        """One story: its sources side by side, languages, earliest report, areas with each source's evidence."""
        story = get_story(engine, story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        return story

    @app.get(
        "/api/people",
        summary="People across scripts",
        tags=["stories"],
        responses=answers,
        response_model=list[models.Person],
    )
    def api_people(party: PartyQuery = None, limit: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 200) -> list[dict]:
        """People across articles, scripts and spellings, with why each written name is theirs."""
        return list_people(engine, _check_party(party), limit)

    export_types = {"content": {media: {"schema": {"type": "string"}} for media, _ in EXPORT_TYPES.values()}}

    @app.get(
        "/api/export",
        summary="Every matching event, or the network, as a file",
        tags=["export"],
        response_class=StreamingResponse,
        responses={200: {"description": "CSV, JSON Lines or GraphML, as asked", **export_types}, **answers},
    )
    def api_export(
        flt: FilterParam, format: Annotated[str, Query(pattern="^(csv|jsonl|graphml)$")] = "jsonl"
    ) -> Response:
        """Every matching event as CSV or JSON Lines, or the party network as GraphML.

        Streamed as it is read from the database, so an export of any size takes the same memory."""
        return _export(engine, "pairs" if format == "graphml" else "events", format, ExportQuery(flt))

    table_types = {"content": {f.media_type: {"schema": {"type": "string", "format": "binary"}}
                               for f in FORMATS.values()}}  # fmt: skip

    @app.get(
        "/api/export/{table}",
        summary="What a list shows, as a file: events, stories, people or pairs",
        tags=["export"],
        response_class=StreamingResponse,
        responses={
            200: {"description": "CSV, JSON Lines, Parquet or GraphML (pairs only)", **table_types},
            **answers,
        },  # fmt: skip
    )
    def api_export_table(
        table: Annotated[str, Path(pattern="^(events|stories|people|pairs)$", description="the list to export")],
        flt: FilterParam,
        format: Annotated[
            str, Query(pattern="^(csv|jsonl|parquet|graphml)$", description="csv, jsonl, parquet or graphml (pairs)")
        ] = "csv",
        unit: UnitParam = "stories",
        min_sources: MinSources = 1,
    ) -> Response:
        """Every row of a list under the filters its page shows, streamed: events (every filter), stories
        (every filter, `min_sources`), people (`party`) or the pairs of the network (every filter, `unit`;
        GraphML with each node's `label` and `kind`, each edge's count, areas, types, first and last day)."""
        return _export(engine, table, format, ExportQuery(flt, unit, min_sources))


def _export(engine: Engine, table: str, format: str, query: ExportQuery) -> Response:
    """A streamed file of a table; a format the table has no use for is a 422 before any byte is sent."""
    spec = TABLES[table]
    try:
        check(spec, format)
    except ExportError as exc:
        if format == "parquet":  # pyarrow missing: the server cannot, whatever the request
            raise HTTPException(501, str(exc)) from None
        raise _invalid("format", str(exc)) from None
    kind = FORMATS[format]
    return StreamingResponse(
        write(spec, format, spec.read(engine, query)),
        media_type=kind.media_type,
        headers={"Content-Disposition": f"attachment; filename=techdip-{table}.{kind.suffix}"},
    )


# ---- interactive API docs ----------------------------------------------------------------------------------------

SWAGGER_UI = "/static/vendor/swagger-ui"  # vendored by scripts/vendor-swagger-ui.sh: no CDN
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _interactive_docs(app: FastAPI) -> None:
    """Swagger UI at /docs/interactive: try every API call from the browser, against /openapi.json."""
    page = get_swagger_ui_html(
        openapi_url=app.openapi_url or "/openapi.json",
        title=f"{app.title} API: try it",
        swagger_js_url=f"{SWAGGER_UI}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_UI}/swagger-ui.css",
        swagger_favicon_url=f"{SWAGGER_UI}/favicon-32x32.png",
        # no validator badge: it would send the schema to validator.swagger.io
        swagger_ui_parameters={"validatorUrl": None, "defaultModelsExpandDepth": 1},
    )
    body = bytes(page.body)
    policy = _interactive_docs_policy(body.decode())

    @app.get("/docs/interactive", response_class=HTMLResponse, include_in_schema=False)
    def page_api_interactive() -> HTMLResponse:
        # The page starts Swagger UI with an inline script: this page alone allows that very script, by its hash
        # (the security middleware keeps a Content-Security-Policy a response already has; every other header
        # it adds as everywhere).
        return HTMLResponse(body, headers={"Content-Security-Policy": policy})


def _interactive_docs_policy(html: str) -> str:
    """The app's Content-Security-Policy for this page alone: its inline scripts allowed by their hashes, and
    images from data: URLs, which is how swagger-ui.css draws its icons (an image cannot run script)."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in INLINE_SCRIPT.findall(html)
    ]
    extra = {"script-src": hashes, "img-src": ["data:"]}
    directives = [d.strip().split(" ") for d in CONTENT_SECURITY_POLICY.split(";")]
    return "; ".join(" ".join([*d, *extra.get(d[0], [])]) for d in directives)


EXPORT_TYPES = {  # what /api/export has always answered
    "csv": ("text/csv", "techdip-events.csv"),
    "jsonl": ("application/x-ndjson", "techdip-events.jsonl"),
    "graphml": ("application/graphml+xml", "techdip-network.graphml"),
}


# ---- pages -------------------------------------------------------------------------------------------------------


def _highlight(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_evidence) runs, for rendering with <mark>."""
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    pieces.append((text[cursor:], False))
    return [p for p in pieces if p[0]]


def _page_params(request: Request) -> dict[str, str]:
    """The page's non-empty query parameters, to fill its filter form back in."""
    return {k: v for k, v in request.query_params.items() if v}


def _timeline_data(engine: Engine, by: str, flt: EventFilter, unit: str, lang: str = "en") -> dict[str, Any]:
    """/api/timeline's answer plus each month's total (every story once) and the series' names, on one month axis."""
    series = aggregates.timeline(engine, by, flt, unit)
    totals = aggregates.monthly_totals(engine, flt, unit)
    months = aggregates.month_range([*series["months"], *totals])
    index = {m: i for i, m in enumerate(series["months"])}
    series["series"] = {
        key: [counts[index[m]] if m in index else 0 for m in months] for key, counts in series["series"].items()
    }
    label = i18n.area_label if by == "area" else i18n.party_chip
    names = {key: label(key, lang) for key in series["series"]}
    return {**series, "months": months, "totals": [totals.get(m, 0) for m in months], "names": names}


def _graph_nodes(pairs: list[tuple[str, str, int]], totals: dict[str, int], lang: str = "en") -> list[dict[str, Any]]:
    """The parties of a network with their name in the interface language, kind (state or organisation), count."""
    codes = sorted({p for a, b, _ in pairs for p in (a, b)})
    return [
        {"id": c, "name": i18n.party_chip(c, lang), "full": i18n.party_label(c, lang), "org": c in ORGANISATIONS,
         "n": totals.get(c, 0)}
        for c in codes
    ]  # fmt: skip


def _page_routes(app: FastAPI, engine: Engine, templates: Jinja2Templates, cache: ChangeCache) -> None:
    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        response = templates.TemplateResponse(request, name, {"areas_all": AREAS, "types_all": EVENT_TYPES, **context})
        return remember_language(request, response)

    def remember_language(request: Request, response: HTMLResponse) -> HTMLResponse:
        chosen = i18n.chosen_in_query(request)
        if chosen:  # remembered for the next pages, which link without ?ui=
            response.set_cookie(i18n.COOKIE, chosen, max_age=365 * 86400, samesite="lax", httponly=True)
        return response

    def kept(request: Request, build: Callable[[], HTMLResponse]) -> HTMLResponse:
        """A chart page, rendered once until the data changes (its parameters checked before, errors never kept)."""
        # a page is drawn in the reader's interface language, and for a signed-in reviewer with controls of
        # their own: the language is part of the key, and a reviewer's pages are never kept
        if any(name.startswith("techdip_session") for name in request.cookies):
            return build()
        key = ("page", request.url.path, request.url.query, i18n.ui_language(request))
        body = cache.get(key, lambda: bytes(build().body), size=len)
        return remember_language(request, HTMLResponse(body))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_overview(request: Request) -> HTMLResponse:
        return kept(
            request, lambda: render(request, "overview.html", facts=aggregates.overview(engine), api="/api/overview")
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def page_events(request: Request, flt: FilterParam, page: PageParam = 1) -> HTMLResponse:
        result = _page(engine, cache, flt, page, 25, "date")
        params = {k: v for k, v in request.query_params.items() if k != "page" and v}
        return render(
            request, "events.html", result=result, params=params, api="/api/events?" + str(request.query_params)
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_event(request: Request, event_id: EventId) -> HTMLResponse:
        event = get_event(engine, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        doc = get_document(engine, event["doc_id"])
        assert doc is not None
        pieces = _highlight(doc["text"], [(e["start"], e["end"]) for e in event["evidence"]])
        return render(request, "event.html", event=event, doc=doc, pieces=pieces, api=f"/api/events/{event_id}")

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_document(request: Request, doc_id: DocId) -> HTMLResponse:
        doc = get_document(engine, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        spans = [(e["start"], e["end"]) for ev in doc["events"] for e in ev["evidence"]]
        return render(
            request, "document.html", doc=doc, pieces=_highlight(doc["text"], spans), api=f"/api/documents/{doc_id}"
        )

    @app.get("/parties/{code}", response_class=HTMLResponse, include_in_schema=False)
    def page_party(request: Request, code: Annotated[str, Path(max_length=16)]) -> HTMLResponse:
        code = _check_party(code) or ""
        flt = EventFilter(party=code)

        def build() -> HTMLResponse:
            partners = [(b if a == code else a, n) for a, b, n in aggregates.pair_counts(engine, flt)]
            return render(
                request,
                "party.html",
                code=code,
                partners=partners,
                areas=aggregates.area_counts(engine, flt),
                events=query_events(engine, EventFilter(party=code, limit=50)),
                timeline=_timeline_data(engine, "area", EventFilter(party=code), "stories", i18n.ui_language(request)),
                api=f"/api/events?party={code}",
            )

        return kept(request, build)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def page_api(request: Request) -> HTMLResponse:
        return render(request, "api.html", spec=app.openapi(), api="/openapi.json")

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def page_stories(
        request: Request, flt: FilterParam, min_sources: MinSources = 1, page: PageParam = 1
    ) -> HTMLResponse:
        code = flt.party

        def build() -> HTMLResponse:
            result = _story_page(engine, code, min_sources, page, STORIES_PER_PAGE, flt)
            shared = {k: v for k, v in _page_params(request).items() if k in (*FILTER_KEYS, "ui") and k != "party"}
            query = urlencode({"min_sources": min_sources, **({"party": code} if code else {}), **shared})
            return render(request, "stories.html", result=result, party=code or "", min_sources=min_sources,
                          params=_page_params(request), query=query,
                          api=f"/api/stories?{query}&page={page}&per_page={STORIES_PER_PAGE}")  # fmt: skip

        return kept(request, build)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(request: Request, story_id: StoryId) -> HTMLResponse:
        story = get_story(engine, story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        return render(request, "story.html", story=story, api=f"/api/stories/{story_id}")

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def page_people(request: Request, party: PartyQuery = None) -> HTMLResponse:
        code = _check_party(party)

        def build() -> HTMLResponse:
            found = list_people(engine, code, PEOPLE_SHOWN + 1)  # one more, to tell whether the list is cut
            return render(request, "people.html", people=found[:PEOPLE_SHOWN], truncated=len(found) > PEOPLE_SHOWN,
                          party=code or "", api="/api/people" + (f"?party={code}" if code else ""))  # fmt: skip

        return kept(request, build)

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def page_alerts(request: Request) -> HTMLResponse:
        """The saved alerts and the stories each has told (alerts are made with `techdip alerts add`)."""
        told = [(alert, count, recent_hits(engine, alert.name)) for alert, count in list_alerts(engine)]
        stories = stories_by_id(engine, sorted({story for _, _, hits in told for story, _ in hits}))
        return render(request, "alerts.html", told=told, stories=stories)

    @app.get("/brief", include_in_schema=False)
    def page_brief(
        since: Annotated[str, Query(max_length=16)] = "30d",
        until: Annotated[str | None, Query(max_length=16)] = None,
        party: PartyQuery = None,
        area: AreaQuery = None,
    ) -> Response:
        """The brief of a view (period, party, area) as one self-contained HTML file to save and forward."""
        try:
            period = parse_period(since, until, latest_day(engine))
        except BriefError as exc:
            raise _invalid("since", str(exc)) from None
        brief = build_brief(engine, period, _check_party(party), _check_choice(area, AREAS, "area"))
        name = f"techdip-brief-{period.start}-{period.end}.html"
        return Response(render_html(brief), media_type="text/html; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip

    def twin(path: str, request: Request, keys: tuple[str, ...]) -> str:
        """The JSON twin of a chart page: its API path with the page's parameters that the API also takes."""
        kept = {k: v for k, v in request.query_params.items() if k in keys and v}
        return path + ("?" + urlencode(kept) if kept else "")

    def graph_page(request: Request, name: str, flt: EventFilter, unit: str) -> HTMLResponse:
        """The network and the map: the pairs of parties with each party's name, kind and count."""
        return kept(request, lambda: graph_render(request, name, flt, unit))

    def graph_render(request: Request, name: str, flt: EventFilter, unit: str) -> HTMLResponse:
        pairs = aggregates.pair_counts(engine, flt, unit)
        totals = dict(aggregates.party_counts(engine, flt, unit))
        lang = i18n.ui_language(request)
        text = {key: i18n.gettext(lang, value) for key, value in {**GRAPH_WORDS, "unit": unit}.items()}
        graph = {"unit": unit, "nodes": _graph_nodes(pairs, totals, lang), "edges": [[a, b, n] for a, b, n in pairs],
                 "text": text}  # fmt: skip
        api = twin("/api/pairs", request, ("area", "since", "until", "party", "unit"))
        return render(request, name, graph=graph, params=_page_params(request), unit=unit, api=api)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def page_network(request: Request, flt: FilterParam, unit: UnitParam = "stories") -> HTMLResponse:
        return graph_page(request, "network.html", flt, unit)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def page_map(request: Request, flt: FilterParam, unit: UnitParam = "stories") -> HTMLResponse:
        return graph_page(request, "map.html", flt, unit)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def page_timeline(
        request: Request,
        flt: FilterParam,
        by: Annotated[str, Query(pattern="^(area|party)$")] = "area",
        unit: UnitParam = "stories",
    ) -> HTMLResponse:
        def build() -> HTMLResponse:
            # the whole time axis, whatever the window: the brush shows the window on it and can move it
            data = _timeline_data(engine, by, replace(flt, since=None, until=None), unit, i18n.ui_language(request))
            data["window"] = {k: request.query_params.get(k) or None for k in WINDOW_KEYS}
            api = twin("/api/timeline", request, ("by", "party", "area", "since", "until", "unit"))
            return render(request, "timeline.html", data=data, params=_page_params(request), by=by, unit=unit,
                          api=api)  # fmt: skip

        return kept(request, build)

    @app.get("/heatmap", response_class=HTMLResponse, include_in_schema=False)
    def page_heatmap(request: Request, flt: FilterParam, unit: UnitParam = "stories") -> HTMLResponse:
        def build() -> HTMLResponse:
            cells = aggregates.heatmap(engine, flt, unit)
            parties = [p for p, _ in aggregates.party_counts(engine, flt, unit)]
            grid = {(a, p): n for a, p, n in cells}
            peak = max((n for _, _, n in cells), default=1)
            api = twin("/api/heatmap", request, ("since", "until", "unit"))
            return render(request, "heatmap.html", grid=grid, parties=parties, peak=peak,
                          params=_page_params(request), unit=unit, api=api)  # fmt: skip

        return kept(request, build)
