"""The schema's indexes and change counter, on a new database and on one made by an older techdip."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from techdip.store import schema
from techdip.store.cache import ChangeCache
from techdip.store.schema import change_generation, connect, metadata

NEW_INDEXES = {"events": {"ix_events_when_id", "ix_events_type_when_id"}}


def _indexes(engine) -> dict[str, set[str]]:
    inspector = inspect(engine)
    return {table: {i["name"] for i in inspector.get_indexes(table)} for table in NEW_INDEXES}


def test_a_new_database_has_the_indexes_and_the_counter(any_db_url):
    engine = connect(any_db_url)
    for table, names in NEW_INDEXES.items():
        assert names <= _indexes(engine)[table]
    with engine.connect() as conn:
        assert isinstance(change_generation(conn), int)


def test_an_older_database_gets_the_indexes_and_triggers_when_opened(any_db_url):
    """A database made before the indexes and the counter (they are dropped here) has them after connect()."""
    engine = connect(any_db_url)
    with engine.begin() as conn:
        for table, names in NEW_INDEXES.items():
            for name in names:
                next(i for i in metadata.tables[table].indexes if i.name == name).drop(conn)
        schema.drop_change_triggers(conn)
    engine.dispose()
    assert all(not names & _indexes(create_engine(any_db_url))[t] for t, names in NEW_INDEXES.items())
    engine = connect(any_db_url)
    for table, names in NEW_INDEXES.items():
        assert names <= _indexes(engine)[table]
    with engine.connect() as conn:
        before = change_generation(conn)
    with engine.begin() as conn:  # a write the counter must see: made by hand, as any other program might
        conn.execute(text("INSERT INTO stories (type, parties) VALUES ('AGREE', 'ARM,IRN')"))
    with engine.connect() as conn:
        assert change_generation(conn) != before


def test_the_counter_moves_once_a_write_is_committed_not_before(any_db_url):
    engine = connect(any_db_url)
    cache = ChangeCache(engine)
    calls = []
    count = "SELECT count(*) FROM stories"

    def stories() -> int:
        calls.append(1)
        with engine.connect() as conn:
            return conn.execute(text(count)).scalar_one()

    assert cache.get("stories", stories) == 0 and cache.get("stories", stories) == 0 and len(calls) == 1
    with engine.connect() as writer:
        writer.execute(text("INSERT INTO stories (type, parties) VALUES ('AGREE', 'ARM,IRN')"))
        assert cache.get("stories", stories) == 0  # not committed yet: the kept value still holds
        writer.commit()
    assert cache.get("stories", stories) == 1 and len(calls) == 2
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM stories"))
    assert cache.get("stories", stories) == 0 and len(calls) == 3


def test_the_cache_is_bounded():
    engine = connect("sqlite://")
    cache = ChangeCache(engine, max_entries=3)
    for key in range(10):
        cache.get(key, lambda key=key: key)
    assert len(cache._entries) == 3
    sized = ChangeCache(engine, max_bytes=4000)
    for key in range(10):
        sized.get(key, lambda: b"x" * 900, size=len)
    assert sized._bytes <= 4000 and len(sized._entries) == 4
