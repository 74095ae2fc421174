"""techdip watch against a news site on loopback: new articles are stored once, unchanged feeds cost a 304,
a stopped run resumes without loss or duplicates, and a failing source never stops the others."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from techdip.store.schema import connect, documents, watch_seen
from techdip.watch import run as watch_run
from tests.watch.conftest import rss

FEED = ["/news/iran-armenia.html", "/news/kazakhstan-china.html", "/private/secret.html", "/news/missing.html"]


def _sources(tmp_path, site, *entries: str, settings: str = "host_delay = 0\ntimeout = 1\nretries = 1") -> str:
    path = tmp_path / "sources.toml"
    path.write_text(f"[settings]\n{settings}\n" + "\n".join(entries), encoding="utf-8")
    return str(path)


def _source(name: str, url: str, kind: str = "feed") -> str:
    return f'[[source]]\nname = "{name}"\nurl = "{url}"\nkind = "{kind}"\n'


def _stored(db_url: str) -> list[str]:
    with connect(db_url).connect() as conn:
        return sorted(conn.execute(select(documents.c.url)).scalars())


def test_a_round_stores_the_new_articles_and_a_second_costs_only_a_304(run_cli, site, tmp_path, db_url):
    site.page("/feed.xml", rss(*FEED), "application/rss+xml", ETag='"v1"')
    sources = _sources(tmp_path, site, _source("Site", f"{site.url}/feed.xml"))
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert status == 0 and "Site: ok; 4 new, 2 stored, 0 already present, 2 failed" in out
    assert _stored(db_url) == [f"{site.url}/news/iran-armenia.html", f"{site.url}/news/kazakhstan-china.html"]
    assert site.fetched("/private/secret.html") == 0  # robots.txt forbids it
    status, out, _ = run_cli("events", "--db", db_url, "--json")
    assert {tuple(json.loads(line)["parties"]) for line in out.splitlines()} >= {("ARM", "IRN")}

    before = len(site.requests)
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert status == 0 and "Site: unchanged (304)" in out and "2 articles today, 2 in all" in out
    assert [path for path, _ in site.requests[before:]] == ["/robots.txt", "/feed.xml"]  # no article again
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'


def test_a_changed_feed_brings_only_its_new_articles_and_the_same_text_twice_is_stored_once(
    run_cli, site, tmp_path, db_url
):
    site.page("/feed.xml", rss("/news/iran-armenia.html"), "application/rss+xml", ETag='"v1"')
    sources = _sources(tmp_path, site, _source("Site", f"{site.url}/feed.xml"))
    run_cli("watch", sources, "--db", db_url, "--once")
    site.page("/feed.xml", rss("/news/iran-armenia.html", "/news/mirror-iran-armenia.html", "/news/malaysia-japan.html"),
              "application/rss+xml", ETag='"v2"')  # fmt: skip
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert "2 new, 1 stored, 1 already present, 0 failed" in out
    assert site.fetched("/news/iran-armenia.html") == 1
    assert len(_stored(db_url)) == 2


def test_sitemaps_and_their_indexes_and_atom_feeds_are_followed(run_cli, site, tmp_path, db_url):
    site.page("/sitemap-news.xml", (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>'
        f"{site.url}/news/malaysia-japan.html</loc><news:news><news:publication_date>2024-11-19T10:00:00Z"
        "</news:publication_date><news:title>Malaysia and Japan</news:title></news:news></url></urlset>"
    ), "application/xml")  # fmt: skip
    site.page("/sitemap.xml", (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.url}/sitemap-news.xml</loc></sitemap></sitemapindex>"
    ), "application/xml")  # fmt: skip
    site.page("/atom.xml", (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Site</title><entry><title>KZ</title>'
        '<link href="/news/kazakhstan-china.html"/><updated>2024-11-18T10:00:00Z</updated></entry></feed>'
    ), "application/atom+xml")  # fmt: skip
    sources = _sources(tmp_path, site, _source("Map", f"{site.url}/sitemap.xml", "sitemap"),
                       _source("Atom", f"{site.url}/atom.xml"))  # fmt: skip
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert status == 0 and "Map: ok; 1 new, 1 stored" in out and "Atom: ok; 1 new, 1 stored" in out
    with connect(db_url).connect() as conn:
        published = conn.execute(select(documents.c.published).where(documents.c.url.like("%malaysia%"))).scalar()
    assert published == "2024-11-19"


def test_a_failing_source_does_not_stop_the_others(run_cli, site, tmp_path, db_url):
    site.page("/feed.xml", rss("/news/iran-armenia.html"), "application/rss+xml")
    site.page("/down.xml", "overloaded", status=503)
    site.page("/broken.xml", "<rss><channel><item><title>unclosed", "application/rss+xml")
    site.page("/huge.xml", "x" * 200_000, "application/rss+xml")
    site.slow.add("/slow.xml")
    site.page("/slow.xml", rss("/news/malaysia-japan.html"), "application/rss+xml")
    sources = _sources(
        tmp_path, site, *(_source(n, f"{site.url}/{n}.xml") for n in ("down", "broken", "huge", "slow", "feed")),
        settings="host_delay = 0\ntimeout = 0.5\nretries = 1\nmax_bytes = 100000",
    )  # fmt: skip
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert status == 1
    assert lines["down"].startswith("error: HTTP 503") and site.fetched("/down.xml") == 2  # tried twice
    assert lines["broken"].startswith("error: not a readable RSS or Atom feed")
    assert lines["huge"].startswith("error: answer larger than 100,000 bytes")
    assert lines["slow"].startswith("error: timed out")
    assert lines["feed"].startswith("ok; 1 new, 1 stored")


def test_a_stopped_run_resumes_without_loss_or_duplicates(run_cli, site, tmp_path, db_url, monkeypatch):
    paths = ["/news/iran-armenia.html", "/news/kazakhstan-china.html", "/news/malaysia-japan.html"]
    site.page("/feed.xml", rss(*paths), "application/rss+xml", ETag='"v1"')
    sources = _sources(tmp_path, site, _source("Site", f"{site.url}/feed.xml"))
    real_store, calls = watch_run.store_batch, []

    def store_then_die(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            real_store(*args, **kwargs)
            raise KeyboardInterrupt  # killed right after the second article was stored, before it was marked
        real_store(*args, **kwargs)

    monkeypatch.setattr(watch_run, "store_batch", store_then_die)
    assert run_cli("watch", sources, "--db", db_url, "--once", "--quiet")[0] == 0  # "stopped"
    assert len(_stored(db_url)) == 2
    monkeypatch.setattr(watch_run, "store_batch", real_store)
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert status == 0 and "2 new, 1 stored, 1 already present" in out  # the feed again: its validator was not kept
    assert len(_stored(db_url)) == 3
    with connect(db_url).connect() as conn:
        assert conn.execute(select(func.count()).select_from(watch_seen)).scalar_one() == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\nurl=", "not valid TOML"),
        ('[[source]]\nurl = "ftp://x/feed"', "url must be an http(s) address"),
        ('[[source]]\nurl = "http://x/feed"\nkind = "podcast"', "kind must be one of feed, sitemap, urls"),
        ('[settings]\ntimeout = "soon"\n[[source]]\nurl = "http://x/feed"', "settings.timeout must be a float"),
        ('[[source]]\nname = "a"\nurl = "http://x/1"\n[[source]]\nname = "a"\nurl = "http://x/2"', "unique"),
        ("[settings]\ninterval = 60", "no [[source]] entries"),
    ],
)
def test_a_bad_sources_file_is_a_usage_error_that_says_what_to_change(run_cli, tmp_path, db_url, text, message):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    status, _, err = run_cli("watch", path, "--db", db_url, "--once")
    assert status == 2 and message in err


def test_a_source_failing_round_after_round_says_so(run_cli, site, tmp_path, db_url):
    site.page("/down.xml", "overloaded", status=503)
    sources = _sources(tmp_path, site, _source("down", f"{site.url}/down.xml"), settings="host_delay = 0\nretries = 0")
    run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    status, out, _ = run_cli("watch", sources, "--db", db_url, "--once", "--quiet")
    assert status == 1 and "down: error: HTTP 503 (2 rounds in a row)" in out
