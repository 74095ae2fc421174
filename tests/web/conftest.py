"""A database built from samples/ plus one hostile article, shared by the API and browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from techdip.cli import main
from tests.conftest import SAMPLES

HOSTILE = (
    "Iran and Armenia sign memorandum on artificial intelligence <script>window.__pwned = 1</script>\n\n"
    'The ministers of Iran and Armenia signed a memorandum on artificial intelligence <img src=x onerror="window.__pwned=2"> '
    "and cybersecurity in Yerevan. <b>bold</b> &amp; <a href=javascript:alert(1)>link</a>\n"
)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("web")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    url = f"sqlite:///{folder / 'samples.db'}"
    assert main(["ingest", str(SAMPLES / "articles"), str(folder / "hostile.txt"), "--db", url, "--quiet"]) == 0
    return url


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where the browser tests leave their screenshots for a person to look at."""
    path = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
