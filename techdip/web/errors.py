"""One shape for every 4xx answer: `{"detail": "...", "errors": [...]}` for the API, an HTML page for the
dashboard; documented in the OpenAPI schema as the `Problem` model."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from techdip.store.queries import FilterError


class ParameterProblem(BaseModel):
    """One parameter that could not be used."""

    parameter: str = Field(description="the parameter, as `query.page` or `path.event_id`")
    message: str = Field(description="what is wrong with it")


class Problem(BaseModel):
    """The body of every 4xx answer of the API."""

    detail: str = Field(description="what was wrong, in one sentence")
    errors: list[ParameterProblem] = Field(default_factory=list, description="each bad parameter, on a 422")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses` of an API route: these statuses answer with a Problem."""
    descriptions = {
        404: "Not found: no such item, an unknown party code, or a page past the last",
        422: "A parameter out of its range or not of its form",
    }
    return {status: {"model": Problem, "description": descriptions.get(status, "Client error")} for status in statuses}


def install_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    """Route every client error (HTTPException, validation, FilterError) through one renderer."""

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _answer(request, templates, exc.status_code, Problem(detail=str(exc.detail)), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            ParameterProblem(parameter=".".join(str(part) for part in error.get("loc", ())), message=error["msg"])
            for error in exc.errors()
        ]
        detail = "; ".join(f"{e.parameter.split('.', 1)[-1]}: {e.message}" for e in errors) or "invalid request"
        return _answer(request, templates, 422, Problem(detail=detail, errors=errors))

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError) -> Response:
        return _answer(request, templates, 422, Problem(detail=str(exc)))


def _answer(
    request: Request, templates: Jinja2Templates, status: int, problem: Problem, headers: dict[str, str] | None = None
) -> Response:
    """JSON for the API (and anything that is not a page), an HTML page with the same message for the dashboard."""
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path == "/openapi.json" or status >= 500:
        return JSONResponse(problem.model_dump(), status_code=status, headers=headers)
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "problem": problem, "api": None}, status_code=status, headers=headers
    )
