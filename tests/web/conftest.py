"""What the web tests share besides the sample database (tests/conftest.py): where screenshots go."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where the browser tests leave their screenshots for a person to look at."""
    path = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
