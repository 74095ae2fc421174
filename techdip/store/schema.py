"""The database schema (SQLAlchemy Core): documents, events and their parties, areas, people, evidence."""

from __future__ import annotations

import os
import time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

DEFAULT_DB = "sqlite:///techdip.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("title_search", Text),  # the title's working form (techdip.text.normalize), for search in any script
    Column("lang", String(8), index=True),
    Column("published", String(10), index=True),
    Column("published_from", String(16)),  # "metadata", "page stamp" or "dateline"
    Column("text", Text, nullable=False),
    Column("relevant", Boolean, nullable=False),
    Column("extractor", String(32), nullable=False),  # version of code + lexicons that extracted it
    Column("ingested_at", DateTime, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("type", String(16), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_source", Text),  # JSON: how the date was found
    Column("location", Text),
    Column("confidence", String(8)),  # "low": read in a language without a lexicon folder; null: high
    # the period used for --since/--until: the event date, else the publication date
    Column("when_start", String(10), index=True),
    Column("when_end", String(10), index=True),
    Column("when_from", String(12)),  # "event", "published" or null
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="SET NULL"), index=True),
    Column("story_reason", Text),  # why it joined its story (empty for the event that opened it)
    # curation (techdip.curate): what a person decided about the machine's event. Nullable with a server
    # default, so that an older database gains the columns with every existing event "unreviewed"
    Column("review_state", String(12), server_default="unreviewed", index=True),
    Column("reviewed_by", String(100)),
    Column("reviewed_at", String(32)),  # UTC, ISO 8601
    Column("review_note", Text),  # the reason given with the last decision
    # the machine's latest re-extraction differs from this human-decided event (its output: event_machine_output)
    Column("needs_look", Boolean, server_default=text("false")),
)
# pages in date order, newest first, read straight off an index (keyset pagination and first pages), also with a
# type; (when_start) alone serves the oldest-first order (SQLite's rowid is the id after it)
Index("ix_events_when_id", events.c.when_start.desc(), events.c.id)
Index("ix_events_type_when_id", events.c.type, events.c.when_start.desc(), events.c.id)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("parties", Text, nullable=False),  # sorted codes joined by commas, for display and lookup
    # SQLite would hand a deleted top id to the next story; alert hits and links name stories by id, so never reuse
    sqlite_autoincrement=True,
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),  # the fullest name seen
    Column("party", String(8), index=True),
    Column("role", Text),
)

person_names = Table(
    "person_names",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("lang", String(8)),
    Column("reason", Text),  # why this written name is this person
    Column("block", String(8), index=True),  # techdip.stories.name_block: candidates share it
)

event_parties = Table(
    "event_parties",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("party", String(8), primary_key=True),
    Index("ix_event_parties_party_event", "party", "event_id"),
)

event_areas = Table(
    "event_areas",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("area", String(32), primary_key=True),
    Index("ix_event_areas_area", "area"),
)

event_people = Table(
    "event_people",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("party", String(8)),
    Column("role", Text),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="SET NULL"), index=True),
    # the name's words as consonant skeletons across scripts (" str hsm " for ستار هاشمی, Sattar Hashemi,
    # Саттар Хашеми), so that a search in one script finds the person written in another
    Column("name_key", Text),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("search", Text),  # the evidence's working form, for search in any script
)

# search across scripts (techdip.search.keys): each event's words (evidence, title, people, roles, parties) as
# keys folded to Latin letters, and the vocabulary of every key stored, looked up by its consonants: a query word
# is matched against the few vocabulary keys of its consonants, then the events holding those are read by index
event_terms = Table(
    "event_terms",
    metadata,
    Column("term", String(100), primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, index=True),
    sqlite_with_rowid=False,  # the rows are the (term, event) index itself: one B-tree to write, not two
)
search_vocab = Table(
    "search_vocab",
    metadata,
    Column("term", String(100), primary_key=True),
    Column("skeleton", String(100), nullable=False, index=True),
)

EVENT_CHILDREN = (event_parties, event_areas, event_people, evidence, event_terms)

# techdip watch: where each followed source stands, so that a restart continues where it stopped
watch_sources = Table(
    "watch_sources",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("url", Text, nullable=False),
    Column("etag", Text),  # the feed's validators, sent back so that an unchanged feed answers 304
    Column("last_modified", Text),
    Column("last_success", DateTime),
    Column("last_error", Text),
    Column("errors", Integer, nullable=False, default=0),  # failures in a row
    Column("articles", Integer, nullable=False, default=0),  # articles stored from this source
)
# every article address already fetched (stored, already present, or refused for good): fetched once
watch_seen = Table(
    "watch_seen",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("source", String(200), nullable=False, index=True),
    Column("seen_at", DateTime, nullable=False, index=True),
    Column("outcome", String(16), nullable=False),  # stored, present, failed
)
# saved queries: a new story that matches one is told once, on the alert's channel
alerts = Table(
    "alerts",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("party", String(8)),
    Column("area", String(32)),
    Column("type", String(16)),
    Column("status", String(16)),
    Column("channel", Text, nullable=False),  # stdout, file:PATH, mailto:ADDRESS or an http(s) webhook
    Column("created_at", DateTime, nullable=False),
)
alert_hits = Table(
    "alert_hits",
    metadata,
    Column("alert", String(200), ForeignKey("alerts.name", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, primary_key=True),
    Column("fired_at", DateTime, nullable=False),
    Column("outcome", String(16), nullable=False),  # sent, or baseline: already there when the alert was made
)


# ---- curation (techdip.curate) ------------------------------------------------------------------------------------

# local accounts: no row here, and the dashboard and API are read-only
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # reviewer or admin
    Column("password_hash", Text),  # argon2; null: the account signs in by API token only
    Column("token_hash", String(64), index=True),  # SHA-256 of the API token (the token itself is shown once)
    Column("created_at", String(32), nullable=False),
)
# every change a person made: who, when, what (old and new values, JSON) and why. Never updated or deleted
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),  # UTC, ISO 8601
    Column("user", String(100), nullable=False),
    Column("action", String(16), nullable=False),
    Column("event_id", Integer, index=True),  # no foreign key: the trail outlives anything it speaks of
    Column("story_id", Integer),
    Column("field", String(32)),
    Column("old", Text),
    Column("new", Text),
    Column("reason", Text),
)
# the machine's latest output for a human-decided event, kept when a re-extraction met the decision
event_machine_output = Table(
    "event_machine_output",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("output_json", Text),  # the event as EVENTS.md section 4 writes it; null: the machine found none
    Column("extracted_at", String(32), nullable=False),
    Column("extractor", String(32), nullable=False),
)
# the application's own settings, such as the secret that signs session cookies when TECHDIP_SECRET is unset
settings = Table(
    "settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


# The change counter: every write to what the dashboard's aggregates count makes it move, in the same
# transaction as the write, so a cache keyed by it (techdip.store.cache) never serves counts of older data.
# Triggers move it, so every writer counts (ingest, load, story rebuilds, curation, a hand-written UPDATE).
# SQLite (one writer at a time) adds one to a single row; PostgreSQL logs one row per writing transaction
# and counts the rows, so that concurrent writers never wait on one another for the counter.
store_changes = Table(
    "store_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("n", BigInteger, nullable=False, default=0),
)
COUNTED_TABLES = ("documents", "events", "stories", "event_parties", "event_areas", "event_people", "evidence",
                  "people", "person_names")  # fmt: skip


def change_generation(conn: Connection) -> int:
    """The change counter: a different number after any committed write to the counted tables."""
    if conn.dialect.name == "postgresql":
        return conn.execute(select(func.count()).select_from(store_changes)).scalar_one()
    return conn.execute(select(func.coalesce(func.sum(store_changes.c.n), 0))).scalar_one()


def bump_generation(conn: Connection) -> None:
    """Move the change counter by hand (the triggers do it for every write to the counted tables)."""
    counted = conn.dialect.name == "sqlite" and conn.execute(update(store_changes).values(n=store_changes.c.n + 1))
    if not counted or counted.rowcount == 0:  # PostgreSQL: one more row; SQLite: the first row
        conn.execute(insert(store_changes).values(n=1))


def create_change_triggers(conn: Connection) -> None:
    """The triggers that move the change counter, made where missing (a database with them all is not written)."""
    pg = conn.dialect.name == "postgresql"
    names = {f"techdip_changes_{table}": (table, None) for table in COUNTED_TABLES} if pg else {
        f"techdip_changes_{table}_{action.lower()}": (table, action)
        for table in COUNTED_TABLES for action in ("INSERT", "UPDATE", "DELETE")
    }  # fmt: skip
    listed = "SELECT tgname FROM pg_trigger" if pg else "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    missing = set(names) - set(conn.execute(text(listed)).scalars())
    if not missing:
        return
    if pg:
        conn.execute(text(_PG_NOTE_CHANGE))
    elif conn.execute(select(func.count()).select_from(store_changes)).scalar_one() == 0:
        conn.execute(insert(store_changes).values(id=1, n=0))
    for name in sorted(missing):
        table, action = names[name]
        if pg:
            actions = "INSERT OR UPDATE OR DELETE OR TRUNCATE"
            conn.execute(text(f"CREATE TRIGGER {name} AFTER {actions} ON {table} "
                              "FOR EACH STATEMENT EXECUTE FUNCTION techdip_note_change()"))  # fmt: skip
        else:
            conn.execute(text(f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {action} ON {table} "
                              "BEGIN UPDATE store_changes SET n = n + 1; END"))  # fmt: skip


def drop_change_triggers(conn: Connection) -> None:
    """Drop the counter's triggers (for a bulk load, which moves the counter once at its end)."""
    for table in COUNTED_TABLES:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"DROP TRIGGER IF EXISTS techdip_changes_{table} ON {table}"))
        else:
            for action in ("insert", "update", "delete"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS techdip_changes_{table}_{action}"))


# once per transaction: a row in store_changes (the transaction id remembered in a transaction-local setting)
_PG_NOTE_CHANGE = """
CREATE OR REPLACE FUNCTION techdip_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('techdip.changed', true), '') <> txid_current()::text THEN
    INSERT INTO store_changes (n) VALUES (1);
    PERFORM set_config('techdip.changed', txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$
"""


def database_url(url: str | None = None) -> str:
    """--db, else TECHDIP_DB, else techdip.db in the working folder."""
    return url or os.environ.get("TECHDIP_DB") or DEFAULT_DB


def connect(url: str | None = None, create: bool = True) -> Engine:
    """An engine on the database, with the schema created if missing."""
    engine = create_engine(database_url(url), future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            # WAL: readers (the dashboard) never block the writer (ingest), nor the writer them
            cursor.execute("PRAGMA journal_mode=WAL")
            # a second writer waits for the lock instead of failing after the driver's 5 s
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.close()

    if create:
        _create_schema(engine)
    return engine


def _create_schema(engine: Engine, attempts: int = 5) -> None:
    """Create what is missing of the schema. Two processes starting on a new database at once both see tables
    missing and one of them fails to create one that the other just made: then look again."""
    for attempt in range(attempts):
        try:
            metadata.create_all(engine)
            _add_missing_columns(engine)
            _add_missing_indexes(engine)
            with engine.begin() as conn:
                create_change_triggers(conn)
            from techdip.store.search_index import index_unindexed  # it writes these tables

            index_unindexed(engine)
            return
        except (OperationalError, ProgrammingError, IntegrityError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def _add_missing_columns(engine: Engine) -> None:
    """Bring a database made by an older techdip up to this schema: add the nullable columns it lacks."""
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(engine.dialect)
                    default = column.server_default
                    if default is not None:  # existing rows take the default (review_state: unreviewed)
                        value = default.arg if isinstance(default.arg, str) else default.arg.text
                        kind += f" DEFAULT {value if not isinstance(default.arg, str) else repr(value)}"
                    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


def _add_missing_indexes(engine: Engine) -> None:
    """Bring a database made by an older techdip up to this schema's indexes (create_all makes those of new
    tables only). On a large database this takes a while, once."""
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            present = {index["name"] for index in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in present:
                    index.create(conn)
