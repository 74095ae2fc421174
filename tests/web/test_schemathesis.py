"""The API against its own OpenAPI schema, by schemathesis: generated requests to every operation, in process.

Asserts what the issue's schemathesis run found wanting: no server error, every status and media type
answered is one the schema documents, every JSON body matches its schema. Deterministic (derandomize) and
bounded (MAX_EXAMPLES per operation), so it runs in seconds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings

schemathesis = pytest.importorskip("schemathesis")

from schemathesis.specs.openapi import checks as openapi_checks  # noqa: E402

from techdip.web.app import create_app  # noqa: E402

MAX_EXAMPLES = 40  # per operation

# The schema does not depend on the data, so it is read from an app over an empty in-memory database at
# collection time; the requests go to an app over the sample database (schemathesis' lazy fixture loader
# does not run on pytest 9).
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app("sqlite://"))
CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.response_headers_conformance,
]


@pytest.fixture(scope="module")
def sample_app(sample_db):
    return create_app(sample_db)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as found
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_its_schema_says(case, sample_app):
    case.call_and_validate(app=sample_app, checks=CHECKS)
