"""Writing small WARC files for tests: each record a gzip member, as crawlers write them."""

from __future__ import annotations

import gzip
import uuid


def warc_record(
    url: str, body: bytes, content_type: str = "text/html; charset=utf-8", date: str = "2024-11-20T08:00:00Z"
) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\nContent-Length: "
        + str(len(body)).encode() + b"\r\n\r\n" + body
    )  # fmt: skip
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(headers + http + b"\r\n\r\n")


def page(title: str, paragraph: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    ).encode()
