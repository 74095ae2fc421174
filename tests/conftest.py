"""Shared fixtures: a temporary database and a way to run the CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from techdip.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEV = ROOT.parent / "shared" / "dev"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def run_cli(capsys):
    """Run `techdip ARGS...`; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run
