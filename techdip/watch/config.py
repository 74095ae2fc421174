"""SOURCES.toml: the sources to follow and how politely.

[settings]              # all optional
interval = 900          # seconds between rounds, without --once
timeout = 20            # seconds per request
max_bytes = 5000000     # an answer larger than this is refused
host_delay = 2.0        # seconds between two requests to one host
retries = 2             # further tries after a failed request (5xx, timeouts, refused connections)
max_articles = 50       # new articles read per source and round
user_agent = "techdip-watch/0.1"

[[source]]
name = "IRNA English"   # unique; names the source in the database and in the health lines
url = "https://en.irna.ir/rss"
kind = "feed"           # feed (RSS or Atom), sitemap, or urls (a plain list, one address per line)
lang = "en"             # optional language hint for its articles
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("feed", "sitemap", "urls")


class ConfigError(ValueError):
    """A sources file that cannot be followed; the message says what to change."""


@dataclass(frozen=True)
class Settings:
    interval: float = 900.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    host_delay: float = 2.0
    retries: int = 2
    max_articles: int = 50
    user_agent: str = "techdip-watch/0.1 (+https://github.com/techdip)"


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str = "feed"
    lang: str | None = None


@dataclass(frozen=True)
class Config:
    settings: Settings = field(default_factory=Settings)
    sources: list[Source] = field(default_factory=list)


def load_config(path: Path) -> Config:
    """The sources file, checked: every problem raises ConfigError naming the file and the entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    settings = _settings(path, data.get("settings", {}))
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{path}: no [[source]] entries")
    sources = [_source(path, number, entry) for number, entry in enumerate(raw, 1)]
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{path}: source names must be unique: {', '.join(duplicates)}")
    return Config(settings, sources)


def _settings(path: Path, raw: object) -> Settings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [settings] must be a table")
    known = {f.name: f.type for f in fields(Settings)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(f"{path}: unknown settings {', '.join(unknown)} (known: {', '.join(known)})")
    values = {}
    for name, value in raw.items():
        expected = {"int": int, "float": (int, float), "str": str}[known[name]]
        if isinstance(value, bool) or not isinstance(value, expected):
            raise ConfigError(f"{path}: settings.{name} must be a {known[name]}, not {value!r}")
        if known[name] in ("int", "float") and value < 0:
            raise ConfigError(f"{path}: settings.{name} cannot be negative")
        values[name] = value
    return Settings(**values)


def _source(path: Path, number: int, entry: object) -> Source:
    where = f"{path}: source {number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: must be a table")
    unknown = sorted(set(entry) - {"name", "url", "kind", "lang"})
    if unknown:
        raise ConfigError(f"{where}: unknown keys {', '.join(unknown)}")
    url = entry.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise ConfigError(f"{where}: url must be an http(s) address, not {url!r}")
    name = entry.get("name", url)
    kind = entry.get("kind", "feed")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise ConfigError(f"{where}: name must be a text of 1 to 200 characters")
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    lang = entry.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ConfigError(f"{where}: lang must be a language code like 'en'")
    return Source(name.strip(), url, kind, lang)
