"""Polite HTTP: robots.txt, a delay between requests to one host, conditional GET, timeouts, retries with
backoff, and a size limit, through httpx."""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from techdip.watch.config import Settings

RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass
class Answer:
    """What a fetch gave: the body (None on 304 or failure), or the reason it failed."""

    url: str
    status: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.status == 304


class Fetcher:
    """One HTTP client for a round: remembers robots.txt and the last request time of every host."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.client = httpx.Client(
            timeout=settings.timeout, follow_redirects=True, max_redirects=5, transport=transport,
            headers={"User-Agent": settings.user_agent},
        )  # fmt: skip
        self.sleep, self.clock = sleep, clock
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.last_request: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Answer:
        """GET with the validators given (a 304 then has no body), robots.txt obeyed, retried on 5xx and
        network errors with exponential backoff; never raises."""
        if not self.allowed(url):
            return Answer(url, error="disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        answer = Answer(url, error="not tried")
        for attempt in range(self.settings.retries + 1):
            if attempt:
                self.sleep(min(60.0, 2.0**attempt))
            answer = self._once(url, headers)
            if answer.error is None or not _worth_retrying(answer):
                return answer
        return answer

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.robots:
            answer = self._once(f"{host}/robots.txt", {})
            parser = None
            if answer.body is not None and answer.status == 200:
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
            elif answer.status in (401, 403):  # robots.txt itself forbidden: stay out, as crawlers do
                parser = urllib.robotparser.RobotFileParser()
                parser.disallow_all = True
            self.robots[host] = parser  # None: no robots.txt, everything allowed
        parser = self.robots[host]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def _once(self, url: str, headers: dict[str, str]) -> Answer:
        self._wait_for_host(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Answer(str(response.url), 304, None, dict(response.headers))
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                    return Answer(str(response.url), response.status_code, error=_too_large(self.settings))
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        return Answer(str(response.url), response.status_code, error=_too_large(self.settings))
                if response.status_code >= 400:
                    return Answer(str(response.url), response.status_code, error=f"HTTP {response.status_code}")
                return Answer(str(response.url), response.status_code, bytes(body), dict(response.headers))
        except httpx.TimeoutException:
            return Answer(url, error=f"timed out after {self.settings.timeout:g} s")
        except httpx.TooManyRedirects:
            return Answer(url, error="too many redirects")
        except (httpx.HTTPError, ValueError) as exc:  # ValueError: a malformed address or header
            return Answer(url, error=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self.last_request.get(host)
        if last is not None:
            pause = self.settings.host_delay - (self.clock() - last)
            if pause > 0:
                self.sleep(pause)
        self.last_request[host] = self.clock()


def _worth_retrying(answer: Answer) -> bool:
    """Network failures and server overload pass; a 404, a refused size or robots.txt do not."""
    if answer.status is None:
        return not (answer.error or "").startswith(("disallowed", "too many redirects", "InvalidURL"))
    return answer.status in RETRY_STATUSES


def _too_large(settings: Settings) -> str:
    return f"answer larger than {settings.max_bytes:,} bytes"
