"""Analyst curation (issue 17): people confirm, correct, reject, add, split, merge and move events; every change
is kept in the audit trail, survives re-extraction, and can be exported as gold.

The room sits beside `store` and uses its schema; `web` and `cli` call into it. `store.ingest` calls
`curate.keep` at the one place where a document's events are replaced.
"""

from __future__ import annotations

REVIEW_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
DECIDED = ("confirmed", "corrected", "rejected", "added")  # a person has decided: re-extraction keeps it
ROLES = ("reviewer", "admin")
# what the event lists take: review=all|unreviewed|reviewed|<a state>; default: everything but rejected
REVIEW_FILTERS = ("all", "reviewed", "default", *REVIEW_STATES)


class CurationError(Exception):
    """A curation request that cannot be carried out: nothing was changed."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(CurationError):
    status = 404
    code = "not_found"


class Invalid(CurationError):
    """A value that is not one of its kind (an unknown party, area or type, evidence outside the text)."""

    status = 422
    code = "invalid"


class Conflict(CurationError):
    """The request does not fit the event's state (restoring an event that is not rejected)."""

    status = 409
    code = "conflict"


def utc_now() -> str:
    """Now, UTC, ISO 8601 to the second."""
    import datetime

    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
