"""The same extract() at corpus scale: a PySpark job from WARC, JSON Lines or Parquet to Parquet.

Each executor's Python worker loads the lexicons once (techdip.lexicons.load is
cached per process and Spark reuses its Python workers) and maps extract() over
its partition. The output folder holds two Parquet datasets, `documents/` and
`events/`, which `techdip load` writes into any database techdip supports;
with `--stories`, also the backfill's stories and people
(techdip.scale.spark_stories), which `techdip load` takes as they are.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from techdip.extract.pipeline import DEFAULT_TIME_BUDGET
from techdip.model import Document

DOCUMENT_FIELDS = (
    "id", "source", "url", "title", "lang", "published", "published_from", "text", "relevant", "error",
)  # fmt: skip
EVENT_FIELDS = ("doc_id", "seq", "type", "status", "date", "location", "parties", "areas", "people", "evidence",
                "date_source")  # fmt: skip


def _schemas():
    from pyspark.sql.types import ArrayType, BooleanType, IntegerType, StringType, StructField, StructType

    documents = StructType(
        [StructField(name, BooleanType() if name == "relevant" else StringType()) for name in DOCUMENT_FIELDS]
    )
    events = StructType(
        [
            StructField("doc_id", StringType()),
            StructField("seq", IntegerType()),
            *(StructField(n, StringType()) for n in ("type", "status", "date", "location")),
            StructField("parties", ArrayType(StringType())),
            StructField("areas", ArrayType(StringType())),
            *(StructField(n, StringType()) for n in ("people", "evidence", "date_source", "confidence")),
        ]
    )
    return documents, events


def rows_of(documents: Iterable[Any], budget: float | None = DEFAULT_TIME_BUDGET) -> Iterator[tuple[str, tuple]]:
    """("doc", row) and ("event", row) tuples for every Document (or SourceError) given; a document over its
    time budget (seconds) is a failed row, like any other that cannot be extracted."""
    from techdip.extract.pipeline import extract
    from techdip.sources import SourceError

    for item in documents:
        if isinstance(item, SourceError):
            yield "doc", (None, str(item.source), None, None, None, None, None, None, False, item.reason)
            continue
        try:
            article = extract(item, budget)
        except Exception as exc:  # one bad document must not fail the partition
            yield (
                "doc",
                (item.id, item.source, item.url, item.title, None, None, None, item.text, False, f"extraction: {exc}"),
            )
            continue
        yield from article_rows(item, article)


def article_rows(doc: Document, article: Any) -> Iterator[tuple[str, tuple]]:
    """The "doc" row of an extracted document and an "event" row per event (the Parquet's columns)."""
    yield "doc", (doc.id, doc.source, doc.url, doc.title or article.title, article.lang, article.published,
                  article.published_from, doc.text, article.relevant, None)  # fmt: skip
    for seq, event in enumerate(article.events):
        data = event.to_json()
        yield "event", (
            doc.id, seq, event.type, event.status, event.date, event.location, data["parties"], data["areas"],
            json.dumps(data["people"], ensure_ascii=False), json.dumps(data["evidence"], ensure_ascii=False),
            json.dumps(data["date_source"], ensure_ascii=False) if "date_source" in data else None,
            event.confidence,
        )  # fmt: skip


def write_parquet(pairs: Iterable[tuple[Document, Any]], output: str) -> None:
    """Already extracted (Document, Article) pairs as the Parquet `run` writes, without Spark (pyarrow): for
    benchmarks and tests of `techdip load`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs, events = [], []
    for doc, article in pairs:
        for kind, row in article_rows(doc, article):
            (docs if kind == "doc" else events).append(row)
    event_fields = (*EVENT_FIELDS, "confidence")
    list_of_text = pa.list_(pa.string())
    event_schema = pa.schema(
        [(name, pa.int32() if name == "seq" else list_of_text if name in ("parties", "areas") else pa.string())
         for name in event_fields]
    )  # fmt: skip
    doc_schema = pa.schema([(name, pa.bool_() if name == "relevant" else pa.string()) for name in DOCUMENT_FIELDS])
    for name, rows, fields, schema in (("documents", docs, DOCUMENT_FIELDS, doc_schema),
                                       ("events", events, event_fields, event_schema)):  # fmt: skip
        os.makedirs(f"{output.rstrip('/')}/{name}", exist_ok=True)
        table = pa.Table.from_pylist([dict(zip(fields, row, strict=True)) for row in rows], schema=schema)
        pq.write_table(table, f"{output.rstrip('/')}/{name}/part-00000.parquet")


def documents_from_json_lines(lines: Iterable[str], source: str) -> Iterator[Any]:
    from techdip.sources.jsonl import read_jsonl

    yield from read_jsonl("\n".join(lines), source)


def documents_from_records(records: Iterable[dict[str, Any]], source: str) -> Iterator[Any]:
    """Parquet rows with the JSON Lines fields (text or html, id, url, published, title, lang)."""
    from techdip.sources.jsonl import read_jsonl

    for record in records:
        clean = {k: v for k, v in record.items() if v is not None}
        yield from read_jsonl(json.dumps(clean, ensure_ascii=False, default=str), source)


def documents_from_warc_paths(paths: Iterable[str], max_record_bytes: int) -> Iterator[Any]:
    from pathlib import Path

    from techdip.sources.warc import read_warc

    for path in paths:
        local = path[len("file:") :] if path.startswith("file:") else path
        if "://" in local:
            import fsspec  # remote WARC files stream through fsspec when it is installed

            with fsspec.open(path, "rb") as handle:
                yield from read_warc(handle, max_record_bytes, name=path)
        else:
            yield from read_warc(Path(local), max_record_bytes)


def run(
    inputs: list[str],
    output: str,
    input_format: str,
    master: str | None = None,
    partitions: int | None = None,
    budget: float | None = DEFAULT_TIME_BUDGET,
    stories: bool = False,
) -> dict[str, int]:
    """Extract every input with Spark and write Parquet to `output` (with `stories`, the stories and people of
    techdip.scale.spark_stories too); returns counts."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        # local workers run this very interpreter, which has techdip and its dependencies
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("techdip")
    if master:
        builder = builder.master(master)
    spark = builder.config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    try:
        rows = _input_rows(spark, inputs, input_format, partitions, budget)
        rows.cache()  # two DataFrames are cut from one pass of extraction
        doc_schema, event_schema = _schemas()
        documents = spark.createDataFrame(rows.filter(lambda kv: kv[0] == "doc").map(lambda kv: kv[1]), doc_schema)
        events = spark.createDataFrame(rows.filter(lambda kv: kv[0] == "event").map(lambda kv: kv[1]), event_schema)
        documents.write.mode("overwrite").parquet(f"{output.rstrip('/')}/documents")
        events.write.mode("overwrite").parquet(f"{output.rstrip('/')}/events")
        counts = {
            "documents": documents.filter("error IS NULL").count(),
            "failed": documents.filter("error IS NOT NULL").count(),
            "events": events.count(),
        }
        rows.unpersist()
        from techdip.scale.spark_stories import STORY_DATASETS, stories_and_people

        if stories:
            counts.update(stories_and_people(spark, output))
        else:  # stories of an earlier run into this folder no longer match its events: load must not take them
            _delete(spark, [f"{output.rstrip('/')}/{name}" for name in STORY_DATASETS])
        return counts
    finally:
        spark.stop()


def _input_rows(spark, inputs: list[str], input_format: str, partitions: int | None, budget: float | None):
    from techdip.sources import MAX_BYTES

    sc = spark.sparkContext
    if input_format == "jsonl":
        lines = spark.read.text(inputs).rdd.map(lambda row: row.value)
        if partitions:
            lines = lines.repartition(partitions)
        return lines.mapPartitions(lambda part: rows_of(documents_from_json_lines(part, "jsonl"), budget))
    if input_format == "parquet":
        frame = spark.read.parquet(*inputs)
        records = frame.rdd.map(lambda row: row.asDict())
        if partitions:
            records = records.repartition(partitions)
        return records.mapPartitions(lambda part: rows_of(documents_from_records(part, "parquet"), budget))
    if input_format == "warc":
        files = _expand(spark, inputs)
        rdd = sc.parallelize(files, max(1, min(len(files), partitions or len(files))))
        return rdd.mapPartitions(lambda part: rows_of(documents_from_warc_paths(part, MAX_BYTES), budget))
    raise ValueError(f"unknown input format {input_format!r}: warc, jsonl or parquet")


def _delete(spark, paths: list[str]) -> None:
    """Remove these folders if present, through Hadoop's FileSystem (any URL Hadoop writes)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for name in paths:
        path = jvm.org.apache.hadoop.fs.Path(name)
        fs = path.getFileSystem(conf)
        if fs.exists(path):
            fs.delete(path, True)


def _expand(spark, inputs: list[str]) -> list[str]:
    """Every file under the given paths or globs, through Hadoop's FileSystem (any URL Hadoop reads)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: list[str] = []
    for pattern in inputs:
        path = jvm.org.apache.hadoop.fs.Path(pattern)
        fs = path.getFileSystem(conf)
        for status in fs.globStatus(path) or []:
            if status.isDirectory():
                iterator = fs.listFiles(status.getPath(), True)
                while iterator.hasNext():
                    files.append(iterator.next().getPath().toString())
            else:
                files.append(status.getPath().toString())
    return sorted(f for f in files if f.endswith((".warc", ".warc.gz")))


def guess_format(inputs: list[str]) -> str:
    names = " ".join(inputs).lower()
    if ".warc" in names:
        return "warc"
    if ".parquet" in names:
        return "parquet"
    return "jsonl"


def documents_of_parquet(folder: str) -> Iterator[tuple[Document | None, Any]]:
    """(Document, Article) pairs from a Spark output folder, for `techdip load`; (None, reason) for failures."""
    import pyarrow.parquet as pq

    from techdip.model import Article, Event

    events_by_doc: dict[str, list[tuple[int, Event]]] = {}
    for row in pq.read_table(f"{folder}/events").to_pylist():
        data = {
            "type": row["type"], "status": row["status"], "date": row["date"], "location": row["location"],
            "parties": row["parties"] or [], "areas": row["areas"] or [], "people": json.loads(row["people"] or "[]"),
            "evidence": json.loads(row["evidence"] or "[]"),
            "date_source": json.loads(row["date_source"]) if row["date_source"] else None,
            "confidence": row.get("confidence"),  # absent in output written before the field: high
        }  # fmt: skip
        events_by_doc.setdefault(row["doc_id"], []).append((row["seq"], Event.from_json(data)))
    for row in pq.read_table(f"{folder}/documents").to_pylist():
        if row["error"]:
            yield None, f"{row['source']}: {row['error']}"
            continue
        doc = Document(id=row["id"], text=row["text"], source=row["source"], url=row["url"], title=row["title"])
        events = [e for _, e in sorted(events_by_doc.get(row["id"], []), key=lambda pair: pair[0])]
        article = Article(
            doc=row["source"], lang=row["lang"], published=row["published"], events=events, title=row["title"],
            published_from=row.get("published_from"),
        )  # fmt: skip
        yield doc, article
