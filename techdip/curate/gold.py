"""Gold from curation: the articles people have fully reviewed, in the gold form of EVENTS.md section 5.

`techdip eval` extracts each gold article again from its `doc` file, so every exported article's stored text is
written as a .txt file beside the gold file: the engine reads exactly the text the reviewers' evidence offsets
point into. (A plain text carries no metadata: an article whose publication date came from its feed is read
without it, so relative dates may resolve differently than at ingest.)
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from techdip.store.queries import _attach_children
from techdip.store.schema import documents, events

STATE = func.coalesce(events.c.review_state, "unreviewed")


def reviewed_document_ids(engine: Engine) -> list[str]:
    """Documents with at least one human-decided event and no unreviewed one, in id order."""
    decided = func.sum(func.cast(STATE != "unreviewed", _int()))
    open_ = func.sum(func.cast(STATE == "unreviewed", _int()))
    query = select(events.c.doc_id).group_by(events.c.doc_id).having(decided > 0, open_ == 0).order_by(events.c.doc_id)
    with engine.connect() as conn:
        return [row.doc_id for row in conn.execute(query)]


def export_gold(engine: Engine, out: Path) -> tuple[int, int]:
    """Write the reviewed articles as gold to `out`, their texts under `<out stem>-docs/`; returns (articles,
    events). Rejected events are left out: the gold is what the reviewers stand behind."""
    out = Path(out)
    folder = out.parent / f"{out.stem}-docs"
    folder.mkdir(parents=True, exist_ok=True)
    articles = count = 0
    with engine.connect() as conn, open(out, "w", encoding="utf-8") as handle:
        for doc_id in reviewed_document_ids(engine):
            doc = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
            rows = [
                dict(r._mapping)
                for r in conn.execute(
                    select(events).where(events.c.doc_id == doc_id, STATE != "rejected").order_by(events.c.seq)
                )
            ]
            _attach_children(conn, rows)
            name = f"{folder.name}/{_file_name(doc_id)}.txt"
            # the stored text itself: evidence offsets point into it, as `gold check` and `eval` read it
            (out.parent / name).write_text(doc.text, encoding="utf-8", newline="")
            gold = {
                "doc": name, "lang": doc.lang, "published": doc.published, "relevant": bool(rows),
                "events": [_gold_event(row) for row in rows],
            }  # fmt: skip
            handle.write(json.dumps(gold, ensure_ascii=False) + "\n")
            articles += 1
            count += len(rows)
    return articles, count


def _gold_event(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": row["type"], "parties": sorted(row["parties"]), "areas": sorted(row["areas"]),
        "people": [{"name": p["name"], "party": p["party"], "role": p["role"]} for p in row["people"]],
        "date": row["date"], "location": row["location"], "status": row["status"],
        "evidence": [{"start": e["start"], "end": e["end"], "text": e["text"]} for e in row["evidence"]],
    }  # fmt: skip


def _file_name(doc_id: str) -> str:
    """A file name for any document id: its safe characters, and a hash so that no two ids share one."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id)[:60].strip("._") or "doc"
    return f"{readable}-{hashlib.sha256(doc_id.encode()).hexdigest()[:10]}"


def _int():
    from sqlalchemy import Integer

    return Integer
