"""The polite fetcher: robots.txt, a pause between requests to one host, backoff on overload, redirects,
conditional GET, a size limit; it never raises."""

from __future__ import annotations

from techdip.watch.config import Settings
from techdip.watch.fetch import Fetcher


class FakeTime:
    def __init__(self) -> None:
        self.now, self.slept = 100.0, []

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds

    def clock(self) -> float:
        return self.now


def _fetcher(**settings) -> tuple[Fetcher, FakeTime]:
    fake = FakeTime()
    return Fetcher(Settings(**settings), sleep=fake.sleep, clock=fake.clock), fake


def test_requests_to_one_host_are_spaced_and_robots_txt_is_read_once(site):
    fetcher, fake = _fetcher(host_delay=2.0)
    for _ in range(3):
        assert fetcher.get(f"{site.url}/news/iran-armenia.html").status == 200
    assert site.fetched("/robots.txt") == 1
    assert fake.slept == [2.0, 2.0, 2.0]  # robots.txt, then three pages: every request after the first waits


def test_robots_txt_forbids_and_overload_is_retried_with_growing_pauses(site):
    fetcher, fake = _fetcher(host_delay=0, retries=2)
    answer = fetcher.get(f"{site.url}/private/page.html")
    assert answer.error == "disallowed by robots.txt" and site.fetched("/private/page.html") == 0
    site.page("/busy.xml", "busy", status=503)
    answer = fetcher.get(f"{site.url}/busy.xml")
    assert answer.error == "HTTP 503" and site.fetched("/busy.xml") == 3 and fake.slept == [2.0, 4.0]


def test_a_missing_page_is_not_retried_and_redirects_are_followed(site):
    fetcher, _ = _fetcher(host_delay=0, retries=2)
    assert fetcher.get(f"{site.url}/nothing.html").error == "HTTP 404" and site.fetched("/nothing.html") == 1
    site.page("/old.html", "", status=301, Location="/news/iran-armenia.html")
    answer = fetcher.get(f"{site.url}/old.html")
    assert answer.status == 200 and answer.url.endswith("/news/iran-armenia.html") and b"Iran" in answer.body


def test_conditional_get_and_the_size_limit(site):
    fetcher, _ = _fetcher(host_delay=0, max_bytes=1000)
    site.page("/feed.xml", "<rss/>", "application/rss+xml", ETag='"v7"')
    first = fetcher.get(f"{site.url}/feed.xml")
    assert first.status == 200 and first.headers["etag"] == '"v7"'
    again = fetcher.get(f"{site.url}/feed.xml", etag='"v7"')
    assert again.unchanged and again.body is None and again.error is None
    site.page("/big.html", "x" * 5000)
    assert fetcher.get(f"{site.url}/big.html").error == "answer larger than 1,000 bytes"
    assert fetcher.get("http://127.0.0.1:9/closed").error  # a refused connection is an answer, not an exception
