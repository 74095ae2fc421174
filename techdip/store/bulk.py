"""Rows written in bulk inside the caller's transaction: COPY on PostgreSQL, one executemany on SQLite.

SQLAlchemy's per-statement work costs more than SQLite's own insert, so these
go to the driver's cursor of the same connection (the same transaction). Ids
that other rows refer to are allocated in blocks here: PostgreSQL hands out
the next values of the column's sequence, SQLite (whose writer holds the
database's write lock, see `lock_for_writing`) continues after the largest id,
as its own rowid allocation would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, text


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def lock_for_writing(conn: Connection) -> None:
    """Make the transaction a writer now, so that ids read next cannot be taken by another writer before ours
    commits. SQLite: an empty DELETE takes the write lock (waiting up to the busy timeout, like any write).
    PostgreSQL needs nothing: sequences never hand out a value twice."""
    if not is_postgresql(conn):
        conn.exec_driver_sql("DELETE FROM stories WHERE 0")


def allocate_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """`count` new ids of `table`'s integer primary key, increasing, for rows written with their id."""
    if count <= 0:
        return []
    if is_postgresql(conn):
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar_one()
        rows = conn.execute(text("SELECT nextval(:s) FROM generate_series(1, :n)"), {"s": sequence, "n": count})
        return sorted(rows.scalars())
    top = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}").scalar_one()
    return list(range(top + 1, top + 1 + count))


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows (tuples in the order of `columns`) into `table`, in the caller's transaction."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        if is_postgresql(conn) and hasattr(cursor, "copy"):  # psycopg 3, the driver techdip[postgres] installs
            with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        elif is_postgresql(conn):  # another driver (psycopg2): one executemany
            marks = ", ".join("%s" for _ in columns)
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        else:
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def update_rows(conn: Connection, table: Table, column: str, rows: Iterable[tuple[Any, int]]) -> None:
    """Set `column` to a value per id: rows of (value, id)."""
    update_columns(conn, table, (column,), rows)


def update_columns(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Set `columns` to values per id: rows of (value of each column, id), one executemany."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return
    mark = "%s" if is_postgresql(conn) else "?"
    assignments = ", ".join(f'"{column}" = {mark}' for column in columns)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(f"UPDATE {table.name} SET {assignments} WHERE id = {mark}", rows)
    finally:
        cursor.close()
