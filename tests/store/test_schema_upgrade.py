"""A database made before curation gains its columns and tables, every existing event "unreviewed"."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, select, text

from techdip.store.queries import EventFilter, query_events
from techdip.store.schema import connect, events


def test_an_older_database_is_brought_up_to_the_curation_schema(any_db_url):
    old = create_engine(any_db_url)
    with old.begin() as conn:  # the events table as techdip wrote it before issue 17, with one event
        conn.execute(text("CREATE TABLE documents (id VARCHAR(64) PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT "
                          "NULL, relevant BOOLEAN NOT NULL, extractor VARCHAR(32) NOT NULL, ingested_at TIMESTAMP NOT "
                          "NULL)"))  # fmt: skip
        conn.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, doc_id VARCHAR(64) NOT NULL, seq INTEGER NOT "
                          "NULL, type VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL)"))  # fmt: skip
        conn.execute(text("INSERT INTO documents VALUES ('d1', 'old.txt', 'Iran and Armenia.', true, 'x', "
                          "'2024-01-01 00:00:00')"))  # fmt: skip
        conn.execute(text("INSERT INTO events VALUES (1, 'd1', 0, 'CONSULT', 'discussed')"))
    old.dispose()

    engine = connect(any_db_url)
    names = {c["name"] for c in inspect(engine).get_columns("events")}
    assert {"review_state", "reviewed_by", "reviewed_at", "review_note", "needs_look"} <= names
    assert {"users", "audit", "event_machine_output", "settings"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        row = conn.execute(select(events.c.review_state, events.c.needs_look)).one()
    assert (row.review_state, bool(row.needs_look)) == ("unreviewed", False)
    [event] = query_events(engine, EventFilter(review="unreviewed"))
    assert event["review_state"] == "unreviewed" and event["needs_look"] is False


def test_a_deleted_story_id_is_never_given_to_another_story(any_db_url):
    # alert hits and story links name stories by id: an id must keep meaning one story
    from sqlalchemy import delete, insert

    from techdip.store.schema import stories

    engine = connect(any_db_url)
    with engine.begin() as conn:
        first = conn.execute(insert(stories).values(type="CONSULT", parties="ARM,IRN")).inserted_primary_key[0]
        top = conn.execute(insert(stories).values(type="AGREE", parties="ARM,IRN")).inserted_primary_key[0]
        conn.execute(delete(stories).where(stories.c.id == top))
        new = conn.execute(insert(stories).values(type="AGREE", parties="CHN,IRN")).inserted_primary_key[0]
    assert new not in (first, top)
    engine.dispose()
