"""The analyst's pages (issue 17): log in and out, the review queue with the engine's precision, and what the
event and document pages show a reviewer.

Writes go through the JSON API of techdip/web/curation.py (review.js sends them with the session's CSRF
token); this module only renders. Every template learns who is looking through a context processor:
`writable` (the database has users), `viewer` (the logged-in account or None), `can_review` and `csrf`. A
reader, or anyone when the database has no users, gets no write control at all: the templates render them
only under `can_review`.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine, func, select

from techdip.curate import review as operations
from techdip.curate.queue import PRECISION_FIELDS, precision, review_queue
from techdip.curate.users import check_password, has_users
from techdip.model import AREAS, EVENT_TYPES, STATUSES
from techdip.store.queries import get_event
from techdip.store.schema import events
from techdip.store.story_index import get_story
from techdip.web import curation

QUEUE_SIZE = 30  # the queue page shows this many events; reloading it after reviewing them brings the next ones
LOOK_SIZE = 30  # decided events the engine now reads differently, listed on /review


def install(app: FastAPI, engine: Engine, templates: Jinja2Templates) -> None:
    """Add the pages and what every template needs to know about the viewer."""
    templates.context_processors.append(lambda request: viewer_context(engine, request))
    templates.env.globals.update(
        statuses_all=STATUSES,
        event_history=lambda event_id: operations.history(engine, event_id),
        machine_reading=lambda event: machine_reading(engine, event),
        merge_candidates=lambda event, doc: merge_candidates(engine, event, doc),
        show_value=show_value,
    )
    app.include_router(_router(engine, templates))


def viewer_context(engine: Engine, request: Request) -> dict[str, Any]:
    """Who is looking: every template gets these names."""
    writable = has_users(engine)
    try:
        who = curation.identity(request) if writable else None
    except curation.Refused:  # a stale or forged credential: the page is shown as to a reader
        who = None
    viewer = who.user if who is not None else None
    return {
        "writable": writable,
        "viewer": viewer,
        "can_review": viewer is not None and viewer.may("reviewer"),
        "csrf": (who.csrf or "") if who is not None else "",
    }


def show_value(value: Any) -> str:
    """An old or new value of the audit trail as a reader says it: lists joined, people as "name (party, role)"."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(show_value(item) for item in value)
    if isinstance(value, dict):
        if "name" in value and "role" in value:
            extra = ", ".join(str(value[k]) for k in ("party", "role") if value.get(k))
            return f"{value['name']} ({extra})" if extra else str(value["name"])
        if "start" in value and "end" in value:
            return f"“{value.get('text', '')}” [{value['start']}–{value['end']}]"
        return "; ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    return str(value)


LOOKED_AT = ("type", "status", "parties", "areas", "date", "location", "people")  # the fields re-extraction compares


def machine_reading(engine: Engine, event: dict[str, Any]) -> dict[str, Any] | None:
    """The person's version beside the engine's latest reading of a human-decided event: {"found", "at",
    "extractor", "rows": [(field, person's value, engine's value, differs)]}; None when none was kept."""
    kept = operations.machine_output(engine, event["id"])
    if kept is None:
        return None
    output = kept.get("output")
    rows = []
    for name in LOOKED_AT:
        mine, theirs = event.get(name), (output or {}).get(name)
        rows.append((name, show_value(mine), show_value(theirs), show_value(mine) != show_value(theirs)))
    return {"found": output is not None, "at": kept.get("extracted_at"), "extractor": kept.get("extractor"),
            "rows": rows}  # fmt: skip


def needing_a_look(engine: Engine, limit: int = LOOK_SIZE) -> tuple[int, list[dict[str, Any]]]:
    """(how many human-decided events a re-extraction reads differently, the most recently decided of them)."""
    flagged = events.c.needs_look.is_(True)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(events).where(flagged)).scalar_one()
        query = select(events.c.id).where(flagged).order_by(events.c.reviewed_at.desc(), events.c.id.desc())
        ids = list(conn.execute(query.limit(limit)).scalars())
    return total, [row for row in (get_event(engine, event_id) for event_id in ids) if row is not None]


def merge_candidates(engine: Engine, event: dict[str, Any], doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The events this one may be merged with: the others of its article and of its story (not rejected)."""
    seen = {event["id"]}
    out: list[dict[str, Any]] = []
    for other in doc.get("events", []):
        if other["id"] not in seen and other.get("review_state") != "rejected":
            seen.add(other["id"])
            out.append({"id": other["id"], "type": other["type"], "parties": other["parties"], "why": "same article"})
    story = get_story(engine, event["story_id"]) if event.get("story_id") else None
    for source in (story or {}).get("sources", []):
        if source["event_id"] not in seen:
            seen.add(source["event_id"])
            why = f"same story, {source.get('lang') or '?'}"
            out.append({"id": source["event_id"], "type": story["type"], "parties": story["parties"], "why": why})
    return out


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path of this site only (never //host or a scheme: no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/review"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/review"
    return target


def _same_origin(request: Request) -> bool:
    """Whether a form POST comes from this site's own pages. Browsers say so in Sec-Fetch-Site; the Origin header
    is "null" here (the app's Referrer-Policy is no-referrer), so it only counts when it names a site."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.headers.get("host", "")
    return True  # no browser hint at all: not a browser form from elsewhere (curl, a script)


def _router(engine: Engine, templates: Jinja2Templates) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        context = {"areas_all": AREAS, "types_all": EVENT_TYPES, "api": None, **context}
        return templates.TemplateResponse(request, template, context, status_code=status)

    @router.get("/login", response_class=HTMLResponse)
    def page_login(request: Request, next: Annotated[str, Query(max_length=2000)] = "/review") -> HTMLResponse:
        return render(request, "login.html", next=safe_next(next))

    @router.post("/login", response_class=HTMLResponse)
    def form_login(
        request: Request,
        name: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=1000)] = "",
        next: Annotated[str, Form(max_length=2000)] = "/review",
    ) -> Response:
        """Check the name and password; on success the session cookie, and back to where the person was."""
        if not has_users(engine):
            raise HTTPException(403, "this dashboard is read-only: its database has no users")
        if not _same_origin(request):
            raise HTTPException(403, "a login form sent from another site is refused")
        user = check_password(engine, name, password) if name and password else None
        if user is None:
            problem = "Wrong name or password." if name and password else "Give your name and your password."
            return render(request, "login.html", status=401, next=safe_next(next), name=name, problem=problem)
        response = RedirectResponse(safe_next(next), status_code=303)
        curation.start_session(response, engine, user)
        return response

    @router.get("/logout", response_class=HTMLResponse)
    def page_logout(request: Request) -> HTMLResponse:
        return render(request, "login.html", next="/review")

    @router.post("/logout")
    def form_logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        """End the session; the form carries the CSRF token, so no other site can log a person out."""
        expected = curation.csrf_of_request(request)
        if expected is not None and csrf != expected:
            raise HTTPException(403, "this form is stale or came from another site: reload the page and try again")
        response = RedirectResponse("/", status_code=303)
        curation.end_session(response)
        return response

    @router.get("/review", response_class=HTMLResponse)
    def page_review(
        request: Request, order: Annotated[str, Query(pattern="^(newest|confidence)$")] = "newest"
    ) -> HTMLResponse:
        """The review queue (unreviewed events, newest or lowest confidence first) and the engine's precision."""
        total, items = review_queue(engine, order, QUEUE_SIZE)
        look_total, look = needing_a_look(engine)
        return render(
            request,
            "review.html",
            items=items,
            total=total,
            look=look,
            look_total=look_total,
            order=order,
            precision=precision_view(precision(engine)),
            api=f"/api/review/queue?order={order}&limit={QUEUE_SIZE}",
        )

    return router


def precision_view(answer: dict[str, Any]) -> dict[str, Any]:
    """GET /api/review/precision's answer as the rows of a table: one per language, the total last."""
    rows = []
    for lang, numbers in answer["languages"].items():
        fields = numbers["fields"]
        events = fields.get("events", {})
        values = {name: fields[name]["precision"] if name in fields else None for name in ("events", *PRECISION_FIELDS)}
        rows.append({"lang": lang, "events": events.get("kept", 0) + events.get("wrong", 0), "share": values,
                     "added": numbers.get("added", 0)})  # fmt: skip
    rows.sort(key=lambda row: (row["lang"] == "all", row["lang"]))
    decided = next((row["events"] for row in rows if row["lang"] == "all"), 0)
    return {"rows": rows, "fields": ("events", *PRECISION_FIELDS), "events": decided}
