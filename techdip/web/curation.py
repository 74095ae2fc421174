"""The curation API (issue 17): sessions, and the JSON write endpoints over techdip.curate.

Who may write: nobody while the database has no user (read-only: 403 "read_only"); otherwise a signed
session cookie (POST /api/session), whose writes must carry the session's CSRF token in `X-CSRF-Token`, or an
API token in `Authorization: Bearer ...` (no CSRF: a browser never sends it by itself). Reviewers write
events and stories; admins may do that too. Every refusal changes nothing: checks come before the one
transaction each write runs in (techdip.curate.review).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from techdip.curate import CurationError, NotFound, review
from techdip.curate.queue import precision, review_queue
from techdip.curate.users import (
    User,
    add_user,
    check_password,
    get_user,
    has_users,
    list_users,
    session_secret,
    user_of_token,
)
from techdip.web.errors import Problem
from techdip.web.models import Answer, Evidence, Mention, ReviewState
from techdip.web.models import Event as EventModel

SESSION_COOKIE = "techdip_session"
SESSION_MAX_AGE = 12 * 3600  # seconds: a reviewer signs in again each working day
CSRF_HEADER = "X-CSRF-Token"
MAX_ID = 2**31 - 1
EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="an event id")]
DocId = Annotated[str, Path(min_length=1, max_length=64, description="a document id")]


class Refused(Exception):
    """A request the curation API will not carry out: 401 (who are you?) or 403 (not you, not like this)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Identity:
    """Who sends a request, and how: by session cookie (writes need `csrf`) or by API token."""

    user: User
    via: str  # "cookie" or "token"
    csrf: str | None = None


# ---- request bodies --------------------------------------------------------------------------------------------------


class Body(BaseModel):
    """A request body: unknown fields are refused (422), so that a misspelt field is never silently ignored."""

    model_config = ConfigDict(extra="forbid")


REASON = "why (shown in the event's history)"
TYPE = "an event type: CONSULT, AGREE, COOPERATE, AID or REQUEST"
STATUS = "discussed, proposed, agreed, signed or implemented"
PARTIES = "party codes (IRN) or names in any language read natively (Iran, ایران)"
AREAS_HELP = "technology areas: ai, cybersecurity, data_transit, ..."
DATE = "YYYY, YYYY-MM or YYYY-MM-DD"


class Reason(Body):
    """An optional reason, kept in the audit trail."""

    reason: str | None = Field(None, max_length=1000, description=REASON)


class RejectBody(Body):
    """Why the event is wrong."""

    reason: str = Field(max_length=1000, description="why the event is wrong: required")


class PersonIn(Body):
    """A person named in the event."""

    name: str = Field(max_length=1000, description="the name as written in the article")
    party: str | None = Field(None, max_length=100, description="the party they speak for (code or name), or null")
    role: str | None = Field(None, max_length=1000, description="their role (minister, CEO), or null")


class SpanIn(Body):
    """A span of the document's text, by offsets."""

    start: int = Field(description="offset of the span's first character in the document's text")
    end: int = Field(description="offset just past its last character")
    text: str | None = Field(None, description="ignored: the text is taken from the document")


class Correction(Reason):
    """The fields to change; those left out stay as they are (a null date or location removes it)."""

    type: str | None = Field(None, max_length=16, description=TYPE)
    status: str | None = Field(None, max_length=16, description=STATUS)
    parties: list[str] | None = Field(None, description=PARTIES)
    areas: list[str] | None = Field(None, description=AREAS_HELP)
    date: str | None = Field(None, max_length=10, description=DATE + "; null removes it")
    location: str | None = Field(None, max_length=1000, description="where it took place; null removes it")
    people: list[PersonIn] | None = Field(None, description="the people named in it (replaces the list)")
    evidence: list[SpanIn] | None = Field(None, description="the spans that state it (replaces the list)")


class NewEvent(Reason):
    """An event the engine missed."""

    type: str = Field(max_length=16, description=TYPE)
    status: str = Field(max_length=16, description=STATUS)
    parties: list[str] = Field(description=PARTIES)
    areas: list[str] = Field(default_factory=list, description=AREAS_HELP)
    date: str | None = Field(None, max_length=10, description=DATE)
    location: str | None = Field(None, max_length=1000, description="where it took place, or null")
    people: list[PersonIn] = Field(default_factory=list, description="the people named in it")
    evidence: list[SpanIn] = Field(description="the spans of the article that state it, selected by a person")


class SplitBody(Reason):
    """How to split an event: the parties of each new one."""

    parts: list[list[str]] = Field(description="the parties of each new event: [[IRN, ARM], [IRN, GEO]]")


class MergeBody(Reason):
    """Events of one article that are one event."""

    ids: list[int] = Field(description="the events to merge (of one article); the lowest id is kept")


class StoryMove(Reason):
    """Where an event goes."""

    story_id: int | None = Field(description="the story to move the event to; null: a story of its own")


class NewUser(Body):
    """A new account."""

    name: str = Field(max_length=100, description="letters, digits or . _ @ -")
    role: str = Field(max_length=16, description="reviewer or admin")
    password: str | None = Field(None, max_length=1000, description="null: the account writes by API token only")


class Login(Body):
    """A name and password."""

    name: str = Field(max_length=100, description="the account's name")
    password: str = Field(max_length=1000, description="its password")


# ---- answers ---------------------------------------------------------------------------------------------------------


class SessionOut(Answer):
    """Who is signed in."""

    name: str = Field(description="the account's name")
    role: str = Field(description="reviewer or admin")
    csrf: str | None = Field(description="the token cookie-authenticated writes send as X-CSRF-Token (null: API token)")


class Decision(Answer):
    """An event's review state after a write."""

    id: int = Field(description="the event's id")
    review_state: ReviewState = Field(description="its review state now")


class Created(Answer):
    """The id of a new event."""

    id: int = Field(description="the new (or kept) event's id")


class SplitOut(Answer):
    """The events a split made."""

    ids: list[int] = Field(description="the new events' ids, one per part")


class Moved(Answer):
    """An event's story after a move."""

    id: int = Field(description="the event's id")
    story_id: int = Field(description="the story it is in now")


class Change(Answer):
    """One entry of an event's audit trail."""

    at: str = Field(description="when (UTC, ISO 8601)")
    user: str = Field(description="who")
    action: str = Field(description="confirm, correct, reject, restore, add, split, merge or move_story")
    field: str | None = Field(description="the field changed (correct, move_story), or null")
    old: Any = Field(None, description="the value before (JSON), or null")
    new: Any = Field(None, description="the value after (JSON), or null")
    reason: str | None = Field(description="why, as the person said it")
    story_id: int | None = Field(description="the story an event was moved to, or null")


class MachineEvent(Answer):
    """An event as the engine read it (EVENTS.md section 4)."""

    type: str = Field(description=TYPE)
    status: str = Field(description=STATUS)
    parties: list[str] = Field(description="party codes, sorted")
    areas: list[str] = Field(description="areas, sorted")
    date: str | None = Field(description=DATE + ", or null")
    location: str | None = Field(description="where, or null")
    people: list[Mention] = Field(description="the people named")
    evidence: list[Evidence] = Field(description="the spans that state it")


class MachineOutput(Answer):
    """The engine's latest output for a human-decided event."""

    output: MachineEvent | None = Field(description="what it read; null: it found no such event")
    extracted_at: str = Field(description="when (UTC, ISO 8601)")
    extractor: str = Field(description="the version of code and lexicons that read it")


class Queue(Answer):
    """Unreviewed events to review."""

    total: int = Field(description="how many events are unreviewed")
    items: list[EventModel] = Field(description="the first of them, in the order asked")


class FieldPrecision(Answer):
    """How much of what the engine said of one field reviewers kept."""

    kept: int = Field(description="values kept by reviewers")
    wrong: int = Field(description="values removed, or of rejected events")
    precision: float | None = Field(description="kept / (kept + wrong), or null when nothing was reviewed")


class LanguagePrecision(Answer):
    """Precision per field for one article language (or all)."""

    fields: dict[str, FieldPrecision] = Field(description="events, parties, areas, type, status, date, people")
    added: int = Field(description="events reviewers added: what the engine missed")


class Precision(Answer):
    """The engine's precision on reviewed events."""

    languages: dict[str, LanguagePrecision] = Field(description='by article language, and "all"')


class Account(Answer):
    """A user account."""

    name: str = Field(description="its name")
    role: str = Field(description="reviewer or admin")
    password: bool = Field(description="whether it signs in with a password")
    token: bool = Field(description="whether it has an API token")
    created_at: str = Field(description="when it was made (UTC, ISO 8601)")


class NewAccount(Answer):
    """The account made."""

    name: str = Field(description="its name")
    role: str = Field(description="its role")


class RefusalCode(Answer):
    """Which refusal it was."""

    code: str = Field(description="read_only, login_required, bad_login, bad_token, csrf, forbidden, not_found, "
                      "invalid or conflict")  # fmt: skip
    message: str = Field(description="the same message as detail")


class Refusal(Problem):
    """A refused curation request: the app's Problem, plus which refusal it was. Nothing was changed."""

    error: RefusalCode = Field(description="the refusal's code and message")


# ---- who is asking -------------------------------------------------------------------------------------------------


def _serializer(engine: Engine) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(session_secret(engine), salt="techdip-session")


def identity(request: Request) -> Identity | None:
    """The signed-in user of a request (API token first, then session cookie), or None.

    A present but invalid credential is refused (401) rather than read as "nobody": a client with a stale token
    should hear so. For the HTML pages (techdip.web.review), which call this too."""
    engine: Engine = request.app.state.engine
    header = request.headers.get("authorization")
    if header:
        scheme, _, token = header.partition(" ")
        user = user_of_token(engine, token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise Refused(401, "bad_token", "the API token is not valid (techdip users token NAME makes a new one)")
        return Identity(user, "token")
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    try:
        data = _serializer(engine).loads(cookie, max_age=SESSION_MAX_AGE)
        user = get_user(engine, data["u"]) if isinstance(data, dict) and isinstance(data.get("u"), str) else None
    except (BadSignature, KeyError, TypeError):
        user = None
    if user is None:  # expired, forged, or the account was removed
        return None
    return Identity(user, "cookie", data.get("c"))


def csrf_ok(who: Identity, token: str | None) -> bool:
    """Whether a write may go ahead: always with an API token; with a cookie only with the session's token."""
    if who.via == "token":
        return True
    return bool(token) and bool(who.csrf) and secrets.compare_digest(str(token), str(who.csrf))


def require_reviewer(request: Request) -> Identity:
    """The dependency of every write: read-only database → 403; nobody → 401; bad CSRF → 403; role → 403."""
    if not has_users(request.app.state.engine):
        raise Refused(403, "read_only", "this database has no users: it is read-only (techdip users add NAME)")
    who = identity(request)
    if who is None:
        raise Refused(401, "login_required", "sign in first (POST /api/session) or send an API token")
    if not csrf_ok(who, request.headers.get(CSRF_HEADER)):
        raise Refused(403, "csrf", f"a signed-in write needs the session's {CSRF_HEADER} header (GET /api/session)")
    if not who.user.may("reviewer"):
        raise Refused(403, "forbidden", f"{who.user.name} may not edit events")
    return who


def require_admin(request: Request) -> Identity:
    """The dependency of the account endpoints: as require_reviewer, and the admin role."""
    who = require_reviewer(request)
    if not who.user.may("admin"):
        raise Refused(403, "forbidden", f"{who.user.name} is a {who.user.role}: only an admin manages users")
    return who


Writer = Annotated[Identity, Depends(require_reviewer)]
Admin = Annotated[Identity, Depends(require_admin)]


def start_session(response: Response, engine: Engine, user: User, secure: bool = False) -> str:
    """Set the session cookie for `user` on the response (the API's and the pages' one cookie); returns the
    session's CSRF token, which cookie-authenticated writes must send back."""
    csrf = secrets.token_urlsafe(24)
    value = _serializer(engine).dumps({"u": user.name, "c": csrf})
    response.set_cookie(
        SESSION_COOKIE, value, max_age=SESSION_MAX_AGE, httponly=True, samesite="strict", secure=secure, path="/"
    )
    return csrf


def new_session(response: Response, request: Request, user: User) -> dict[str, str]:
    """start_session for a request (Secure cookie over https); returns {"name", "role", "csrf"}."""
    csrf = start_session(response, request.app.state.engine, user, secure=request.url.scheme == "https")
    return {"name": user.name, "role": user.role, "csrf": csrf}


def user_of_request(request: Request) -> User | None:
    """The signed-in user of a page request, or None (a bad credential too: a page then shows no write controls)."""
    try:
        who = identity(request)
    except Refused:
        return None
    return who.user if who is not None else None


def csrf_of_request(request: Request) -> str | None:
    """The CSRF token of the request's session, for the pages' forms (field `csrf`), or None."""
    try:
        who = identity(request)
    except Refused:
        return None
    return who.csrf if who is not None else None


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")


# ---- wiring --------------------------------------------------------------------------------------------------------


def install_curation(app: FastAPI, engine: Engine) -> None:
    """The curation endpoints and their error answers, in the app's one error shape (detail, errors) plus
    `error: {code, message}` saying which refusal it was."""

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _problem(exc.status, exc.code, exc.message, None, headers)

    @app.exception_handler(CurationError)
    async def _curation_error(request: Request, exc: CurationError) -> Response:
        return _problem(exc.status, exc.code, str(exc), exc.field)

    app.include_router(curation_router(engine))


def _problem(status: int, code: str, message: str, field: str | None, headers: dict | None = None) -> JSONResponse:
    errors = [{"parameter": f"body.{field}", "message": message}] if field else []
    body = {"detail": message, "errors": errors, "error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def curation_router(engine: Engine) -> APIRouter:
    router = APIRouter(tags=["curation"])
    refusals: dict[int | str, dict[str, Any]] = {
        400: {"model": Problem, "description": "a body that is not JSON"},
        401: {"model": Refusal, "description": "not signed in, or a bad API token"},
        403: {"model": Refusal, "description": "a read-only database (no users), a wrong CSRF token, or the role"},
        404: {"model": Problem, "description": "no such event, document or story"},
        409: {"model": Refusal, "description": "the event's state does not allow it (rejected: restore it first)"},
        422: {"model": Problem, "description": "a value that is not one of its kind"},
    }

    @router.post("/api/session", summary="Sign in", responses=refusals, response_model=SessionOut)
    def api_login(body: Login, request: Request, response: Response) -> dict[str, str]:
        """Sign in with name and password: sets the session cookie; answers the CSRF token writes must send."""
        if not has_users(engine):
            raise Refused(403, "read_only", "this database has no users: it is read-only")
        user = check_password(engine, body.name, body.password)
        if user is None:
            raise Refused(401, "bad_login", "unknown name or wrong password")
        return new_session(response, request, user)

    @router.get("/api/session", summary="Who is signed in", responses=refusals, response_model=SessionOut)
    def api_session(request: Request) -> dict[str, Any]:
        """{"name", "role", "csrf"} of the signed-in user (csrf null with an API token); 401 when nobody is."""
        who = identity(request)
        if who is None:
            code, message = (
                ("read_only", "no users: read-only") if not has_users(engine) else ("login_required", "not signed in")
            )
            raise Refused(401, code, message)
        return {"name": who.user.name, "role": who.user.role, "csrf": who.csrf}

    @router.delete("/api/session", summary="Sign out", status_code=204, responses=refusals)
    def api_logout(response: Response) -> Response:
        response = Response(status_code=204)
        end_session(response)
        return response

    @router.post(
        "/api/events/{event_id}/confirm", summary="Confirm an event", responses=refusals, response_model=Decision
    )
    def api_confirm(event_id: EventId, who: Writer, body: Reason | None = None) -> dict[str, Any]:
        return review.confirm(engine, event_id, who.user.name, body.reason if body else None)

    @router.patch("/api/events/{event_id}", summary="Correct an event", responses=refusals, response_model=Decision)
    def api_correct(event_id: EventId, who: Writer, body: Correction) -> dict[str, Any]:
        """Change the given fields (null date or location removes it); the event becomes "corrected"."""
        values = body.model_dump(exclude_unset=True)
        return review.correct(engine, event_id, who.user.name, values)

    @router.post(
        "/api/events/{event_id}/reject", summary="Reject an event", responses=refusals, response_model=Decision
    )
    def api_reject(event_id: EventId, who: Writer, body: RejectBody) -> dict[str, Any]:
        return review.reject(engine, event_id, who.user.name, body.reason)

    @router.post(
        "/api/events/{event_id}/restore", summary="Undo a rejection", responses=refusals, response_model=Decision
    )
    def api_restore(event_id: EventId, who: Writer, body: Reason | None = None) -> dict[str, Any]:
        return review.restore(engine, event_id, who.user.name, body.reason if body else None)

    @router.post(
        "/api/documents/{doc_id}/events",
        summary="Add a missed event",
        status_code=201,
        responses=refusals,
        response_model=Created,
    )
    def api_add(doc_id: DocId, who: Writer, body: NewEvent) -> dict[str, Any]:
        """An event the engine missed, with evidence selected in the article: review_state "added"."""
        return {"id": review.add(engine, doc_id, who.user.name, body.model_dump())}

    @router.post("/api/events/{event_id}/split", summary="Split an event", responses=refusals, response_model=SplitOut)
    def api_split(event_id: EventId, who: Writer, body: SplitBody) -> dict[str, Any]:
        return {"ids": review.split(engine, event_id, who.user.name, body.parts, body.reason)}

    @router.post("/api/events/merge", summary="Merge events of one article", responses=refusals, response_model=Created)
    def api_merge(who: Writer, body: MergeBody) -> dict[str, Any]:
        return {"id": review.merge(engine, body.ids, who.user.name, body.reason)}

    @router.post(
        "/api/events/{event_id}/story", summary="Move an event to a story", responses=refusals, response_model=Moved
    )
    def api_move(event_id: EventId, who: Writer, body: StoryMove) -> dict[str, Any]:
        return review.move_story(engine, event_id, who.user.name, body.story_id, body.reason)

    @router.get("/api/users", summary="The accounts (admin)", responses=refusals, response_model=list[Account])
    def api_users(who: Admin) -> list[dict[str, Any]]:
        return list_users(engine)

    @router.post(
        "/api/users", summary="Add an account (admin)", status_code=201, responses=refusals, response_model=NewAccount
    )
    def api_add_user(who: Admin, body: NewUser) -> dict[str, str]:
        user = add_user(engine, body.name, body.role, body.password, by=who.user.name)
        return {"name": user.name, "role": user.role}

    @router.get(
        "/api/events/{event_id}/history",
        summary="An event's audit trail",
        responses=refusals,
        response_model=list[Change],
    )
    def api_history(event_id: EventId) -> list[dict[str, Any]]:
        """Every change made to the event: who, when, what (old and new values) and why, oldest first."""
        return review.history(engine, event_id)

    @router.get(
        "/api/events/{event_id}/machine",
        summary="The machine's latest output",
        responses=refusals,
        response_model=MachineOutput,
    )
    def api_machine(event_id: EventId) -> dict[str, Any]:
        """What the latest extraction said of this human-decided event (output null: it found no such event),
        to show beside the person's version when needs_look is set; 404 when nothing was kept."""
        found = review.machine_output(engine, event_id)
        if found is None:
            raise NotFound(f"no machine output kept for event {event_id}")
        return found

    @router.get("/api/review/queue", summary="Unreviewed events to review", responses=refusals, response_model=Queue)
    def api_queue(
        order: Annotated[str, Query(pattern="^(newest|confidence)$")] = "newest",
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict[str, Any]:
        """Unreviewed events, newest first, or lowest confidence first; items as in /api/events."""
        from techdip.web.app import _event_out

        total, rows = review_queue(engine, order, limit)
        return {"total": total, "items": [_event_out(r) for r in rows]}

    @router.get(
        "/api/review/precision",
        summary="The engine's precision on reviewed events",
        responses=refusals,
        response_model=Precision,
    )
    def api_precision() -> dict[str, Any]:
        """Per language and field, how much of what the engine said a reviewer kept (confirmed, corrected or
        rejected events; added events are what it missed, counted apart)."""
        return precision(engine)

    return router
