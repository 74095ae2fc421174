"""One round of watching: every source fetched, its new articles read, extracted and stored, and where it
stands written down, so that a stopped run continues where it stopped."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, select, update

from techdip.extract.pipeline import DEFAULT_TIME_BUDGET, extract
from techdip.sources.decode import DecodeError, decode_bytes
from techdip.sources.html import html_to_document
from techdip.store.ingest import IngestReport, store_batch
from techdip.store.schema import watch_seen, watch_sources
from techdip.watch.config import Config, Settings, Source
from techdip.watch.discover import DiscoveryError, Link, discover
from techdip.watch.fetch import Answer, Fetcher

MAX_SITEMAPS = 20  # sitemaps an index may lead to in one round


@dataclass
class Health:
    """How one source fared in a round, and overall."""

    name: str
    unchanged: bool = False  # the source answered 304: nothing new
    new: int = 0  # addresses not seen before
    stored: int = 0
    present: int = 0  # the same text was already stored (another address, another source)
    failed: int = 0
    error: str | None = None  # why the source itself could not be read
    last_success: datetime.datetime | None = None
    today: int = 0  # articles stored from this source today
    total: int = 0  # articles stored from this source, all rounds
    errors: int = 0  # rounds in a row that failed to read the source

    def line(self) -> str:
        when = self.last_success.strftime("%Y-%m-%d %H:%M") if self.last_success else "never"
        failing = f" ({self.errors} rounds in a row)" if self.errors > 1 else ""
        state = f"error: {self.error}{failing}" if self.error else "unchanged (304)" if self.unchanged else "ok"
        counts = f"{self.new} new, {self.stored} stored, {self.present} already present, {self.failed} failed"
        return f"{self.name}: {state}; {counts}; last success {when}; {self.today} articles today, {self.total} in all"


def watch_round(
    engine: Engine, config: Config, fetcher: Fetcher, budget: float | None = DEFAULT_TIME_BUDGET,
    log: Callable[[str], None] = lambda line: None,
) -> list[Health]:  # fmt: skip
    """Follow every source once; a source that fails never stops the others."""
    results = []
    for source in config.sources:
        try:
            health = _follow(engine, source, config.settings, fetcher, budget, log)
        except Exception as exc:  # a bug or a database error on one source: recorded, the round goes on
            health = Health(source.name, error=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
            _record(engine, source, health, None)
        results.append(health)
    return results


def _follow(
    engine: Engine, source: Source, settings: Settings, fetcher: Fetcher, budget: float | None,
    log: Callable[[str], None],
) -> Health:  # fmt: skip
    state = _state(engine, source)
    health = Health(source.name)
    answer = fetcher.get(source.url, state["etag"], state["last_modified"])
    if answer.error:
        health.error = answer.error
        return _record(engine, source, health, None)
    if answer.unchanged:
        health.unchanged = True
        return _record(engine, source, health, answer)
    try:
        links = _links(source, answer, fetcher)
    except DiscoveryError as exc:
        health.error = str(exc)
        return _record(engine, source, health, None)
    fresh = _unseen(engine, links)[: settings.max_articles]
    health.new = len(fresh)
    for link in fresh:
        result = _read_article(engine, source, link, fetcher, budget)
        if result is None:
            continue  # a passing failure (timeout, overload): tried again next round
        outcome, reason = result
        if outcome == "stored":
            health.stored += 1
        elif outcome == "present":
            health.present += 1
        else:
            health.failed += 1
        log(f"{source.name}: {outcome} {link.url}" + (f" ({reason})" if reason else ""))
    # validators last: a run stopped halfway fetches the feed again and skips what it already stored
    return _record(engine, source, health, answer)


def _links(source: Source, answer: Answer, fetcher: Fetcher) -> list[Link]:
    found = discover(source.kind, answer.body or b"", answer.url)
    links = list(found.links)
    for sitemap in found.sitemaps[:MAX_SITEMAPS]:
        child = fetcher.get(sitemap)
        if child.body is not None:
            links += discover("sitemap", child.body, child.url).links
    unique = {link.url: link for link in links}
    return list(unique.values())


def _read_article(
    engine: Engine, source: Source, link: Link, fetcher: Fetcher, budget: float | None
) -> tuple[str, str | None] | None:
    """(outcome, reason) for one new address, after it is marked seen; None when it should be tried again."""
    page = fetcher.get(link.url)
    if page.error:
        passing = page.status is None or page.status >= 500 or page.status == 429
        if passing and "robots" not in page.error and "larger" not in page.error:
            return None
        return _seen(engine, source, link.url, "failed"), page.error
    try:
        text = decode_bytes(page.body or b"").text
    except DecodeError as exc:
        return _seen(engine, source, link.url, "failed"), str(exc)
    document = html_to_document(text, page.url, url=link.url, title=link.title, published=link.published)
    if isinstance(document, str):
        return _seen(engine, source, link.url, "failed"), document
    document.lang = source.lang or document.lang
    try:
        article = extract(document, budget)
    except Exception as exc:  # over its budget, or a bug: this article fails, the others go on
        return _seen(engine, source, link.url, "failed"), f"{type(exc).__name__}: {exc}"
    report = IngestReport()
    store_batch(engine, [(document, article)], report)
    if report.failed:
        return _seen(engine, source, link.url, "failed"), report.failed[0]
    return _seen(engine, source, link.url, "stored" if report.added or report.replaced else "present"), None


def _seen(engine: Engine, source: Source, url: str, outcome: str) -> str:
    with engine.begin() as conn:
        if conn.execute(select(watch_seen.c.url).where(watch_seen.c.url == url)).first() is None:
            conn.execute(insert(watch_seen).values(url=url, source=source.name, seen_at=_now(), outcome=outcome))
    return outcome


def _unseen(engine: Engine, links: list[Link]) -> list[Link]:
    urls = [link.url for link in links]
    seen: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            seen.update(conn.execute(select(watch_seen.c.url).where(watch_seen.c.url.in_(chunk))).scalars())
    return [link for link in links if link.url not in seen]


def _state(engine: Engine, source: Source) -> dict:
    with engine.begin() as conn:
        row = conn.execute(select(watch_sources).where(watch_sources.c.name == source.name)).first()
        if row is None:
            conn.execute(insert(watch_sources).values(name=source.name, url=source.url, errors=0, articles=0))
            return {"etag": None, "last_modified": None}
        if row.url != source.url:  # the address changed: its old validators mean nothing
            conn.execute(
                update(watch_sources).where(watch_sources.c.name == source.name)
                .values(url=source.url, etag=None, last_modified=None)
            )  # fmt: skip
            return {"etag": None, "last_modified": None}
        return {"etag": row.etag, "last_modified": row.last_modified}


def _record(engine: Engine, source: Source, health: Health, answer: Answer | None) -> Health:
    """Write how the source fared; `answer` (a successful one) carries the validators to send next time."""
    values: dict = {"articles": watch_sources.c.articles + health.stored}
    if health.error:
        values |= {"errors": watch_sources.c.errors + 1, "last_error": health.error}
    elif answer is not None:
        values |= {"errors": 0, "last_error": None, "last_success": _now()}
        if not answer.unchanged:
            values |= {"etag": answer.headers.get("etag"), "last_modified": answer.headers.get("last-modified")}
    with engine.begin() as conn:
        conn.execute(update(watch_sources).where(watch_sources.c.name == source.name).values(**values))
        row = conn.execute(select(watch_sources).where(watch_sources.c.name == source.name)).first()
        midnight = datetime.datetime.combine(_now().date(), datetime.time())
        health.today = conn.execute(
            select(func.count())
            .select_from(watch_seen)
            .where(
                watch_seen.c.source == source.name, watch_seen.c.outcome == "stored", watch_seen.c.seen_at >= midnight
            )
        ).scalar_one()
    if row is not None:
        health.last_success, health.total, health.errors = row.last_success, row.articles, row.errors
    return health


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
