"""A news site on loopback: feeds, sitemaps, article pages, robots.txt, and the failures real sites have."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

STORY = (
    "<html><head><title>{title}</title></head><body><nav>Home | World | Tech</nav><article><h1>{title}</h1>"
    "<p>{body}</p><p>The two sides also agreed to hold the next meeting of their joint working group on "
    "information and communication technologies in the spring, officials said after the talks.</p></article>"
    "<footer>All rights reserved</footer></body></html>"
)
ARTICLES = {
    "/news/iran-armenia.html": ("Iran and Armenia sign AI memorandum",
        "Iran and Armenia signed a memorandum of understanding on artificial intelligence and data transit in "
        "Tehran on Monday, the ministers of communications of the two countries said."),
    "/news/kazakhstan-china.html": ("Kazakhstan and China discuss data centres",
        "The digital development minister of Kazakhstan met the Chinese ambassador in Astana to discuss data "
        "centres and cybersecurity cooperation between Kazakhstan and China."),
    "/news/malaysia-japan.html": ("Malaysia and Japan to cooperate on 5G",
        "Malaysia and Japan signed an agreement on 5G networks and submarine cables in Tokyo, the "
        "communications ministry of Malaysia said on Tuesday."),
    "/news/mirror-iran-armenia.html": ("Iran and Armenia sign AI memorandum",
        "Iran and Armenia signed a memorandum of understanding on artificial intelligence and data transit in "
        "Tehran on Monday, the ministers of communications of the two countries said."),
}  # fmt: skip


def rss(*paths: str) -> str:
    items = "".join(
        f"<item><title>{ARTICLES.get(p, ('x',))[0]}</title><link>{p}</link>"
        f"<pubDate>Mon, 18 Nov 2024 10:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>{items}</channel></rss>'


class Site:
    """What the site serves (path -> (status, headers, body)) and every request it got."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.posted: list[tuple[str, bytes]] = []  # (path, body) of every POST: webhooks
        self.post_status = 200
        self.slow: set[str] = set()
        self.url = ""
        for path, (title, body) in ARTICLES.items():
            self.page(path, STORY.format(title=title, body=body))
        self.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")

    def page(self, path: str, body: str | bytes, kind: str = "text/html", status: int = 200, **headers: str) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": f"{kind}; charset=utf-8", **headers}, data)

    def fetched(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            state.requests.append((self.path, dict(self.headers)))
            if self.path in state.slow:
                time.sleep(1.5)
            status, headers, body = state.routes.get(self.path, (404, {}, b"not found"))
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            state.posted.append((self.path, body))
            self.send_response(state.post_status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
