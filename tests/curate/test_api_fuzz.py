"""The curation API under generated requests from a signed-in reviewer (schemathesis): whatever the body, never a
server error, and only documented statuses. The read-only case is covered by tests/web/test_schemathesis.py."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings

schemathesis = pytest.importorskip("schemathesis")

from schemathesis.specs.openapi import checks as openapi_checks  # noqa: E402

from techdip.cli import main  # noqa: E402
from techdip.curate.users import add_user, new_token  # noqa: E402
from techdip.web.app import create_app  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

MAX_EXAMPLES = 25  # per operation
WRITES = "^/api/(events|documents|users|session)"

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app("sqlite://"))
CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def signed_in(tmp_path_factory):
    """An app over two sample articles with an admin account, and its token."""
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    paths = [SAMPLES / "articles" / name for name in ("en_01_iran_armenia_transit.txt", "en_02_tashkent_roundup.txt")]
    assert main(["ingest", *map(str, paths), "--db", url, "--quiet"]) == 0
    app = create_app(url)
    add_user(app.state.engine, "fuzz", "admin", "a long enough password")
    return app, new_token(app.state.engine, "fuzz")


@schema.include(path_regex=WRITES).parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_generated_writes_never_fail_the_server(case, signed_in):
    app, token = signed_in
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
    case.call_and_validate(app=app, checks=CHECKS)
