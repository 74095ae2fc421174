"""`techdip spark --stories`: a backfill's stories and people clustered on Spark, beside its events.

Reads the `documents/` and `events/` Parquet of a `techdip spark` output and
writes five more datasets, which `techdip load` writes as they are:

- `stories/`: id, type, parties (sorted codes joined by commas)
- `story_events/`: doc_id, seq, story_id, reason (why the event joined; null for the event that opened it)
- `people/`: id, name (the fullest seen), party, role
- `person_names/`: id, person_id, name, lang, reason, block (each written form of a person's name)
- `person_mentions/`: doc_id, seq, number (the mention's place in the event's people), person_id

The stages (techdip.scale.stories says why the result equals incremental ingest in canonical order):
1. each document's events in the form ingest stores them;
2. the time segments of each (type group, pair of parties), cut where the pair is quiet for longer than
   the candidate window;
3. the parts: connected components of those nodes, tied by events of several parties (the few node sets
   of such events are joined on the driver; every other event's part is its one node);
4. one sequential pass per part, in canonical order, with the incremental rules; people likewise per party;
5. ids numbered in canonical order by a distributed sort, as ingest numbers them.
"""

from __future__ import annotations

import json
from typing import Any

from techdip.scale.stories import (
    BackfillEvent,
    UnionFind,
    all_pairs,
    backfill_events,
    cluster_part,
    identify_people,
    mentions_of,
    part_name,
    segment_starts,
    single_part,
    type_group,
)

STORY_DATASETS = ("stories", "story_events", "people", "person_names", "person_mentions")


def _schemas() -> dict[str, Any]:
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

    def fields(*spec: tuple[str, Any]) -> StructType:
        return StructType([StructField(name, kind()) for name, kind in spec])

    return {
        "stories": fields(("id", LongType), ("type", StringType), ("parties", StringType)),
        "story_events": fields(("doc_id", StringType), ("seq", IntegerType), ("story_id", LongType),
                               ("reason", StringType)),
        "people": fields(("id", LongType), ("name", StringType), ("party", StringType), ("role", StringType)),
        "person_names": fields(("id", LongType), ("person_id", LongType), ("name", StringType), ("lang", StringType),
                               ("reason", StringType), ("block", StringType)),
        "person_mentions": fields(("doc_id", StringType), ("seq", IntegerType), ("number", IntegerType),
                                  ("person_id", LongType)),
    }  # fmt: skip


def _document_events(doc_row: dict, event_rows: list[dict]) -> list[BackfillEvent]:
    """One document's events as ingest would store them (the same reading as techdip load)."""
    from techdip.model import Article, Document, Event

    events = [Event.from_json(_event_json(row)) for row in sorted(event_rows, key=lambda row: row["seq"])]
    doc = Document(id=doc_row["id"], text=doc_row["text"] or "", source=doc_row["source"], url=doc_row["url"],
                   title=doc_row["title"])  # fmt: skip
    article = Article(doc=doc_row["source"], lang=doc_row["lang"], published=doc_row["published"], events=events,
                      title=doc_row["title"], published_from=doc_row["published_from"])  # fmt: skip
    return backfill_events(doc, article)


def _event_json(row: dict) -> dict:
    return {
        "type": row["type"], "status": row["status"], "date": row["date"], "location": row["location"],
        "parties": row["parties"] or [], "areas": row["areas"] or [], "people": json.loads(row["people"] or "[]"),
        "evidence": [],  # not needed to cluster
    }  # fmt: skip


def backfill_event_rdd(spark, output: str):
    """Stage 1: an RDD of BackfillEvent for every stored event of the output folder."""
    from pyspark.sql import functions as F

    documents = spark.read.parquet(f"{output}/documents").where("error IS NULL")
    # the text only matters for a document without an id (its id is then a hash of the text): don't ship it
    documents = documents.withColumn("text", F.when(F.trim(F.col("id")) == "", F.col("text")).otherwise(F.lit("")))
    documents = documents.select("id", "source", "url", "title", "lang", "published", "published_from", "text")
    events = spark.read.parquet(f"{output}/events").select(
        "doc_id", "seq", "type", "status", "date", "location", "parties", "areas", "people"
    )
    n = spark.sparkContext.defaultParallelism
    by_doc = events.rdd.map(lambda row: (row["doc_id"], row.asDict())).groupByKey(n)
    # an id read twice (the same page in two crawls) is one document: ingest keeps the first, load the same
    docs = documents.rdd.map(lambda row: (row["id"], row.asDict())).reduceByKey(_first_read, n)
    return docs.join(by_doc, n).flatMap(lambda kv: _document_events(kv[1][0], list(kv[1][1])))


def _first_read(one: dict, other: dict) -> dict:
    """Of two documents read with one id, the one to keep, whatever the order Spark meets them in."""
    return min(one, other, key=lambda row: (row["published"] or "~", row["source"] or "", row["text"]))


def _event_id(event: BackfillEvent) -> tuple[str, int]:
    return event.doc_id, event.seq


def parts_rdd(spark, events):
    """Stages 2 and 3: ((doc id, seq), part) for every event."""
    n = spark.sparkContext.defaultParallelism
    keyed = events.flatMap(
        lambda e: [((type_group(e.type), a, b), e.when_start, _event_id(e)) for a, b in all_pairs(e.parties)]
    )
    segments = (
        keyed.map(lambda x: (x[0], x[1]))
        .distinct(n)
        .groupByKey(n)
        .flatMap(lambda kv: [((kv[0], day), start) for day, start in segment_starts(kv[1]).items()])
    )
    nodes_of_event = (
        keyed.map(lambda x: ((x[0], x[1]), x[2]))
        .join(segments, n)
        .map(lambda kv: (kv[1][0], (*kv[0][0], kv[1][1])))
        .groupByKey(n)
        .mapValues(lambda nodes: sorted(set(nodes)))
    )
    # only the node sets of events of three or more parties tie nodes together: few, joined on the driver
    ties = nodes_of_event.values().filter(lambda nodes: len(nodes) > 1).map(tuple).distinct(n).collect()
    components = UnionFind()
    for nodes in ties:
        components.union(nodes)
    roots = spark.sparkContext.broadcast({node: components.find(node) for node in list(components.parent)})
    with_nodes = nodes_of_event.mapValues(lambda nodes: part_name(roots.value.get(nodes[0], nodes[0])))
    alone = events.filter(lambda e: len(e.parties) < 2).map(lambda e: (_event_id(e), single_part(*_event_id(e))))
    return with_nodes.union(alone)


def _numbered(rdd, key):
    """(item, id) with ids 1, 2, ... in the order of key(item), by a distributed sort."""
    return (
        rdd.sortBy(key, numPartitions=rdd.context.defaultParallelism)
        .zipWithIndex()
        .map(lambda pair: (pair[0], pair[1] + 1))
    )


def stories_and_people(spark, output: str) -> dict[str, int]:
    """Stages 1 to 5, writing the five datasets beside the events; returns counts."""
    schemas = _schemas()
    n = spark.sparkContext.defaultParallelism
    events = backfill_event_rdd(spark, output).cache()
    parts = parts_rdd(spark, events)
    joined = (
        events.map(lambda e: (_event_id(e), e))
        .join(parts, n)
        .map(lambda kv: (kv[1][1], kv[1][0]))
        .groupByKey(n)
        .flatMap(lambda kv: [(kv[0], j) for j in cluster_part(kv[1])])
        .cache()
    )
    openers = _numbered(joined.filter(lambda pj: pj[1].reason is None), lambda pj: pj[1].key).cache()
    story_ids = openers.map(lambda item: ((item[0][0], item[0][1].story), item[1]))
    stories = openers.map(lambda item: (item[1], item[0][1].type, ",".join(item[0][1].parties)))
    story_events = (
        joined.map(lambda pj: ((pj[0], pj[1].story), pj[1]))
        .join(story_ids, n)
        .map(lambda kv: (kv[1][0].doc_id, kv[1][0].seq, kv[1][1], kv[1][0].reason))
    )
    people = (
        events.flatMap(mentions_of).map(lambda m: (m.party or "", m)).groupByKey(n).mapValues(identify_people).cache()
    )
    persons = _numbered(
        people.flatMap(lambda kv: [((kv[0], n), p) for n, p in enumerate(kv[1].people)]), lambda x: x[1].first
    ).cache()
    person_ids = persons.map(lambda item: (item[0][0], item[1]))
    names = _numbered(
        people.flatMap(lambda kv: [((kv[0], row.person), row) for row in kv[1].names]), lambda x: x[1].first
    )
    person_names = names.map(lambda item: (item[0][0], (item[1], item[0][1]))).join(person_ids, n).map(
        lambda kv: (kv[1][0][0], kv[1][1], kv[1][0][1].name, kv[1][0][1].lang, kv[1][0][1].reason,
                    kv[1][0][1].block)
    )  # fmt: skip
    mentions = (
        people.flatMap(lambda kv: [((kv[0], m[3]), m[:3]) for m in kv[1].mentions])  # m: doc id, seq, number, person
        .join(person_ids, n)
        .map(lambda kv: (*kv[1][0], kv[1][1]))
    )
    rows = {
        "stories": stories,
        "story_events": story_events,
        "people": persons.map(lambda item: (item[1], item[0][1].name, item[0][1].party, item[0][1].role)),
        "person_names": person_names,
        "person_mentions": mentions,
    }
    counts = {}
    for name, rdd in rows.items():
        rdd = rdd.cache()
        spark.createDataFrame(rdd, schemas[name]).write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
        counts[name] = rdd.count()
        rdd.unpersist()
    for cached in (events, joined, openers, people, persons):
        cached.unpersist()
    return counts
