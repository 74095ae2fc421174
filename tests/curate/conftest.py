"""A small database of sample articles, accounts to act with, and a fingerprint of every table a write touches
(so that a refused request can be shown to have changed nothing)."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from techdip.curate.users import add_user, new_token
from techdip.store.schema import (
    audit,
    event_areas,
    event_machine_output,
    event_parties,
    event_people,
    events,
    evidence,
    stories,
    users,
)
from tests.conftest import SAMPLES

FEW = (
    "en_01_iran_armenia_transit.txt",
    "en_02_tashkent_roundup.txt",
    "ar_01_saudi_serbia_ai.txt",
    "fa_01_iran_armenia_transit.txt",
)
PASSWORD = "correct horse battery"
WATCHED = (events, event_parties, event_areas, event_people, evidence, stories, audit, event_machine_output, users)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in FEW:
        shutil.copy(SAMPLES / "articles" / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def extracted() -> list:
    """The few articles read and extracted once per run: each test stores them afresh (extraction is the slow part)."""
    from techdip.cli.common import extract_all

    pairs = list(extract_all([str(SAMPLES / "articles" / name) for name in FEW], None))
    assert all(isinstance(pair, tuple) for pair in pairs)
    return pairs


@pytest.fixture
def curate_db(any_db_url: str, articles: Path, extracted: list) -> str:
    """The few articles stored as `techdip ingest` stores them, on SQLite and on PostgreSQL."""
    from techdip.store.ingest import IngestReport, store_batch
    from techdip.store.schema import connect

    report = IngestReport()
    engine = connect(any_db_url)
    store_batch(engine, copy.deepcopy(extracted), report)
    engine.dispose()
    assert report.added == len(FEW) and not report.failed
    return any_db_url


def fingerprint(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table curation writes, in a stable order."""
    with engine.connect() as conn:
        return {table.name: sorted(tuple(map(repr, row)) for row in conn.execute(select(table))) for table in WATCHED}


@pytest.fixture
def accounts():
    """Make the accounts of a test: reviewer `ana` (password), admin `root`, and a token for each."""

    def make(engine: Engine) -> dict[str, str]:
        add_user(engine, "ana", "reviewer", PASSWORD)
        add_user(engine, "root", "admin", PASSWORD)
        return {"ana": new_token(engine, "ana"), "root": new_token(engine, "root")}

    return make
