"""Article addresses in what a source answered: RSS and Atom through feedparser, sitemaps through lxml,
plain lists one address per line."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree


class DiscoveryError(ValueError):
    """An answer that is not what the source's kind says (a broken feed, a page instead of a sitemap)."""


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None  # YYYY-MM-DD, when the feed or sitemap says
    title: str | None = None


@dataclass(frozen=True)
class Found:
    links: list[Link]
    sitemaps: list[str]  # further sitemaps a sitemap index names


def discover(kind: str, body: bytes, base_url: str) -> Found:
    if kind == "feed":
        return Found(_feed(body, base_url), [])
    if kind == "sitemap":
        return _sitemap(body, base_url)
    lines = body.decode("utf-8", errors="replace").splitlines()
    return Found([Link(url) for line in lines if (url := _web_address(line.strip(), base_url))], [])


def _feed(body: bytes, base_url: str) -> list[Link]:
    parsed = feedparser.parse(body)
    links = []
    for entry in parsed.entries:
        url = _web_address(entry.get("link") or "", base_url)
        if url:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            links.append(Link(url, time.strftime("%Y-%m-%d", stamp) if stamp else None, entry.get("title")))
    if parsed.bozo and not links:  # feedparser reads what it can of a damaged feed; nothing usable is an error
        raise DiscoveryError(f"not a readable RSS or Atom feed: {parsed.bozo_exception}")
    return links


_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# no network, no entities, no huge trees: a sitemap is data from a stranger
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def _sitemap(body: bytes, base_url: str) -> Found:
    try:
        root = etree.fromstring(body, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not a readable sitemap: {exc}") from None
    tag = etree.QName(root).localname
    locations = [el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname == "loc"]
    if tag == "sitemapindex":
        return Found([], [url for el in locations if (url := _web_address((el.text or "").strip(), base_url))])
    if tag != "urlset":
        raise DiscoveryError(f"not a sitemap: the document is <{tag}>")
    links = []
    for loc in locations:
        url = _web_address((loc.text or "").strip(), base_url)
        if not url:
            continue
        entry = loc.getparent()
        published = entry.findtext(f".//{_NEWS}publication_date") or entry.findtext("{*}lastmod")
        title = entry.findtext(f".//{_NEWS}title")
        links.append(Link(url, published[:10] if published else None, title))
    return Found(links, [])


def _web_address(text: str, base_url: str) -> str | None:
    """An absolute http(s) address, or None (a javascript: link, a mail address, an empty line)."""
    if not text or text.startswith("#"):
        return None
    url = urljoin(base_url, text)
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None
