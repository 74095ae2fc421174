"""What the web tests share besides the sample database (tests/conftest.py): where screenshots go, and the
app served on a free loopback port for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def served(db_url: str) -> Iterator[str]:
    """The dashboard over db_url, served by uvicorn in a thread on a free port; yields its base URL."""
    import uvicorn

    from techdip.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where the browser tests leave their screenshots for a person to look at."""
    path = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
