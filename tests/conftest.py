"""Shared fixtures: a temporary database and a way to run the CLI in-process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from techdip.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEV = ROOT.parent / "shared" / "dev"
TEST_DATA = Path(__file__).resolve().parent / "data"


def postgres_url() -> str | None:
    """The test PostgreSQL server (scripts/start-postgres.sh), or None when none is reachable here.

    In CI (CI=true) an unreachable server is an error, never a skip.
    """
    url = os.environ.get("TECHDIP_TEST_PG", "postgresql://postgres@127.0.0.1:55432/techdip_test")
    try:
        from sqlalchemy import create_engine, text

        with create_engine(url).connect() as conn:
            conn.execute(text("SELECT 1"))
        return url
    except Exception as exc:
        if os.environ.get("CI"):
            raise RuntimeError(f"CI needs the PostgreSQL test server at {url}: {exc}") from exc
        return None


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path: Path) -> str:
    """The same test on the embedded SQLite file and on a real PostgreSQL server, schema empty."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = postgres_url()
    if url is None:
        pytest.skip("no PostgreSQL server reachable (scripts/start-postgres.sh starts one)")
    from sqlalchemy import create_engine

    from techdip.store.schema import metadata

    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def run_cli(capsys):
    """Run `techdip ARGS...`; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


# A database built from samples/ plus one hostile article, shared by the web, export and browser tests.
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
