#!/usr/bin/env python3
"""Assemble evaluation/news/gold.jsonl from the annotators' drafts.

Drafts (drafts/*.jsonl) quote their evidence as text only; this script finds each quote in its article
and writes the offsets, assigns the split (a third `check`, by a hash of the story id, else the doc, so
that every article of a story lands in the same split), keeps a split already given in the existing gold
(a story whose members ended in both splits goes to `tune`: nothing tuned on ever moves into `check`),
sorts the lists the spec wants sorted, and writes one gold file sorted by doc. Then run `techdip gold check evaluation/news/gold.jsonl`.

Usage: python evaluation/news/tools/assemble.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent
GOLD = NEWS / "gold.jsonl"
FIELDS = ("doc", "lang", "url", "published", "split", "story", "relevant", "note", "events")


def split_for(record: dict) -> str:
    key = record.get("story") or record["doc"]
    return "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def locate(text: str, quote: str) -> tuple[int, int] | None:
    start = text.find(quote)
    if start < 0:
        start = text.find(quote.strip())
        quote = quote.strip()
    return (start, start + len(quote)) if start >= 0 and quote else None


def assemble_record(record: dict, problems: list[str]) -> dict:
    text = (NEWS / record["doc"]).read_text(encoding="utf-8")
    for event in record.get("events") or []:
        event["parties"] = sorted(set(event.get("parties") or []))
        event["areas"] = sorted(set(event.get("areas") or []))
        spans = []
        for span in event.get("evidence") or []:
            found = locate(text, span["text"])
            if found is None:
                problems.append(f"{record['doc']}: evidence not found: {span['text'][:60]!r}")
                continue
            spans.append({"start": found[0], "end": found[1], "text": text[found[0]:found[1]]})
        event["evidence"] = spans
    record["relevant"] = bool(record.get("events"))
    return {key: record[key] for key in FIELDS if record.get(key) is not None or key in ("published", "events")}


def main() -> int:
    given = {}
    if GOLD.exists():
        given = {r["doc"]: r.get("split") for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())}
    records, problems, seen_urls = {}, [], {}
    for draft in sorted((NEWS / "drafts").glob("*.jsonl")):
        for number, line in enumerate(draft.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not (NEWS / record["doc"]).is_file():
                problems.append(f"{draft.name}:{number}: no article {record['doc']}")
                continue
            url = record.get("url")
            if url and url in seen_urls:
                problems.append(f"{draft.name}:{number}: same url as {seen_urls[url]}, dropped")
                continue
            seen_urls[url] = record["doc"]
            record["split"] = given.get(record["doc"]) or split_for(record)
            records[record["doc"]] = assemble_record(record, problems)
    splits_of: dict[str, set[str]] = {}
    for record in records.values():
        if record.get("story"):
            splits_of.setdefault(record["story"], set()).add(record["split"])
    for record in records.values():
        if len(splits_of.get(record.get("story"), ())) > 1:
            record["split"] = "tune"  # a story given a member late: never move a tuned article into check
    with open(GOLD, "w", encoding="utf-8") as out:
        for doc in sorted(records):
            out.write(json.dumps(records[doc], ensure_ascii=False) + "\n")
    print(f"{len(records)} articles written to {GOLD}", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
