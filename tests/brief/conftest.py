"""The samples in a database, for the briefs."""

from __future__ import annotations

import pytest

from techdip.cli import main
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('brief') / 'samples.db'}"
    assert main(["ingest", str(SAMPLES / "articles"), "--db", url, "--quiet"]) == 0
    return url
