"""The database schema (SQLAlchemy Core): documents, events and their parties, areas, people, evidence."""

from __future__ import annotations

import os
import time

from sqlalchemy import (
    Boolean,
    Column,
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
    inspect,
    text,
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

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("parties", Text, nullable=False),  # sorted codes joined by commas, for display and lookup
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

EVENT_CHILDREN = (event_parties, event_areas, event_people, evidence)

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
