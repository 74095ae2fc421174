"""Writers of exported rows: CSV, JSON Lines, Parquet and GraphML, each a generator of pieces of the file.

Each writer takes the table's rows a chunk at a time and yields a piece per chunk (a piece per line would cost
the web server a thread hop per line), so memory stays that of one chunk whatever the size of the export.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from techdip.export.tables import Column, Table
from techdip.lexicons import party_name
from techdip.model import ORGANISATIONS
from techdip.store.export import csv_line

Chunks = Iterable[list[dict[str, Any]]]

# A Parquet writer holds about 20 MB while it writes (and pyarrow's first use costs about 55 MB once): a few at a
# time keep a server's memory bounded however many are asked for; the others wait their turn (bench/web.py)
PARQUET_AT_ONCE = 2
PARQUET_ROW_GROUP = 500  # rows per row group, whatever the size of the chunks read (the same files as before)
_parquet_slots = threading.BoundedSemaphore(PARQUET_AT_ONCE)


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    suffix: str
    label: str  # how the button reads


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "text/csv", "csv", "CSV"),
        ExportFormat("jsonl", "application/x-ndjson", "jsonl", "JSON Lines"),
        ExportFormat("parquet", "application/vnd.apache.parquet", "parquet", "Parquet"),
        ExportFormat("graphml", "application/graphml+xml", "graphml", "GraphML"),
    )
}


class ExportError(ValueError):
    """A format the table cannot be written in (GraphML of events), or Parquet without pyarrow."""


def check(table: Table, fmt: str) -> None:
    """Raise ExportError when the table cannot be written in the format; before any byte is sent."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "graphml" and not table.graph:
        raise ExportError(f"GraphML is a network: only pairs export as GraphML, not {table.name}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ExportError("Parquet needs pyarrow, which is not installed: pip install pyarrow") from None


def write(table: Table, fmt: str, chunks: Chunks) -> Iterator[bytes]:
    """The file of the rows in the format, piece by piece."""
    check(table, fmt)
    if fmt == "csv":
        return _encoded(_csv(table, chunks))
    if fmt == "jsonl":
        return _encoded(_jsonl(table, chunks))
    if fmt == "graphml":
        return _encoded(_graphml(chunks))
    return _parquet(table, chunks)


def _encoded(pieces: Iterator[str]) -> Iterator[bytes]:
    for piece in pieces:
        yield piece.encode("utf-8")


# ---- CSV and JSON Lines ------------------------------------------------------------------------------------------


def flat(column: Column, value: Any) -> Any:
    """A value as one CSV cell: lists joined, people as "name (party, role)", evidence by its text."""
    if value is None:
        return ""
    if column.kind == "people":
        return "; ".join(f"{p['name']} ({p.get('party') or '-'}, {p.get('role') or '-'})" for p in value)
    if column.kind == "evidence":
        return " | ".join(e["text"] for e in value)
    if column.kind == "names":
        return "; ".join(n["name"] for n in value)
    if column.kind in ("texts", "ints"):
        return ";".join(str(v) for v in value)
    if column.kind == "json":
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _csv(table: Table, chunks: Chunks) -> Iterator[str]:
    """A header, then the rows; cells are neutralised so no article text runs as a spreadsheet formula."""
    columns = table.csv_fields()
    yield csv_line(c.name for c in columns)
    for rows in chunks:
        yield "".join(csv_line(flat(c, row.get(c.name)) for c in columns) for row in rows)


def _jsonl(table: Table, chunks: Chunks) -> Iterator[str]:
    names = [c.name for c in table.columns]
    for rows in chunks:
        yield "".join(
            json.dumps({n: row.get(n) for n in names}, ensure_ascii=False, default=str) + "\n" for row in rows
        )


# ---- Parquet -----------------------------------------------------------------------------------------------------


class _Sink(io.RawIOBase):
    """A write-only file that keeps what is written until it is taken: the Parquet writer writes into it, and
    each row group is sent on as soon as it is written."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        piece = bytes(data)
        self.pieces.append(piece)
        self.position += len(piece)
        return len(piece)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        out, self.pieces = b"".join(self.pieces), []
        return out


def arrow_schema(table: Table):
    """The table's columns as an Arrow schema: lists stay lists, people and evidence lists of structs."""
    import pyarrow as pa

    kinds = {
        "int": pa.int64(),
        "text": pa.string(),
        "json": pa.string(),
        "texts": pa.list_(pa.string()),
        "ints": pa.list_(pa.int64()),
        "people": pa.list_(pa.struct([("name", pa.string()), ("party", pa.string()), ("role", pa.string())])),
        "evidence": pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])),
        "names": pa.list_(pa.struct([("name", pa.string()), ("lang", pa.string()), ("reason", pa.string())])),
    }
    return pa.schema([pa.field(c.name, kinds[c.kind]) for c in table.columns])


def _arrow_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "json":
        return json.dumps(value, ensure_ascii=False, default=str)
    if column.kind == "text":
        return str(value)
    if column.kind == "people":
        return [{"name": p["name"], "party": p.get("party"), "role": p.get("role")} for p in value]
    if column.kind == "names":
        return [{"name": n["name"], "lang": n.get("lang"), "reason": n.get("reason")} for n in value]
    return value


def _parquet(table: Table, chunks: Chunks) -> Iterator[bytes]:
    """Row groups of PARQUET_ROW_GROUP rows, each sent as soon as it is written; the footer last. Each chunk
    of rows read is made Arrow columns at once (far smaller than the rows as Python objects), so a row group
    holds no more Python rows than one chunk read. At most PARQUET_AT_ONCE are written at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    # the C library's allocator, which gives memory back when a chunk is written; pyarrow's default pool keeps
    # heaps per thread, and a streamed response runs on many threads (40 MB more for 8 exports, bench/web.py)
    pool = pa.system_memory_pool()
    with _parquet_slots:
        sink = _Sink()
        writer = pq.ParquetWriter(sink, schema, compression="zstd", memory_pool=pool)
        try:
            held: list = []  # record batches not written yet, fewer than a row group's rows in all
            for rows in chunks:
                arrays = [
                    pa.array([_arrow_value(c, row.get(c.name)) for row in rows], type=field.type, memory_pool=pool)
                    for c, field in zip(table.columns, schema, strict=True)
                ]
                held.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
                del rows, arrays
                while sum(b.num_rows for b in held) >= PARQUET_ROW_GROUP:
                    group = pa.Table.from_batches(held, schema=schema)
                    writer.write_table(group.slice(0, PARQUET_ROW_GROUP), row_group_size=PARQUET_ROW_GROUP)
                    held = group.slice(PARQUET_ROW_GROUP).to_batches()
                    yield sink.take()
            if held and sum(b.num_rows for b in held):
                writer.write_table(pa.Table.from_batches(held, schema=schema), row_group_size=PARQUET_ROW_GROUP)
                held = []
                yield sink.take()
        finally:
            writer.close()
            pool.release_unused()  # what the writer freed goes back to the system, not kept for the next export
        yield sink.take()


# ---- GraphML -----------------------------------------------------------------------------------------------------

GRAPHML_KEYS = (
    ("label", "node", "string"),
    ("kind", "node", "string"),
    ("count", "edge", "int"),
    ("areas", "edge", "string"),
    ("types", "edge", "string"),
    ("first", "edge", "string"),
    ("last", "edge", "string"),
)


def _graphml(chunks: Chunks) -> Iterator[str]:
    """The pairs as an undirected graph: nodes with their English `label` and `kind` (state or organisation),
    edges with their `count` (stories or events), `areas` and `types` (";"-joined), `first` and `last` day."""
    pairs = [row for rows in chunks for row in rows]  # nodes come first in GraphML: the edges are needed whole
    keys = "".join(
        f'  <key id="{name}" for="{where}" attr.name="{name}" attr.type="{kind}"/>\n'
        for name, where, kind in GRAPHML_KEYS
    )
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        f'{keys}  <graph id="techdip" edgedefault="undirected">\n'
    )
    nodes = sorted({p for row in pairs for p in (row["a"], row["b"])})
    yield "".join(
        f'    <node id={quoteattr(code)}><data key="label">{xml_escape(party_name(code))}</data>'
        f'<data key="kind">{"organisation" if code in ORGANISATIONS else "state"}</data></node>\n'
        for code in nodes
    )
    edges = []
    for index, row in enumerate(pairs):
        data = [("count", str(row["count"])), ("areas", ";".join(row["areas"])), ("types", ";".join(row["types"])),
                ("first", row["first"] or ""), ("last", row["last"] or "")]  # fmt: skip
        cells = "".join(f'<data key="{k}">{xml_escape(v)}</data>' for k, v in data if v)
        edges.append(
            f'    <edge id="e{index}" source={quoteattr(row["a"])} target={quoteattr(row["b"])}>{cells}</edge>\n'
        )
    yield "".join(edges)
    yield "  </graph>\n</graphml>\n"
