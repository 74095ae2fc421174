"""What every reader shares: the error record and the stable document id."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceError:
    """An input that gave no document, with where and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


def content_id(text: str) -> str:
    """Stable document id: a hash of the text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# NUL and lone surrogates: Python strings hold them, but PostgreSQL refuses NUL in text, no UTF-8
# encoder accepts a lone surrogate, and a JSON line can carry both ("\u0000", "\ud800").
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, int]:
    """The text with NUL and lone surrogates replaced by U+FFFD, and how many were replaced.

    One character for one, so that offsets into the text stay valid."""
    cleaned, count = _UNSTORABLE.subn("\ufffd", text)
    return cleaned, count


def display_path(path: os.PathLike | str) -> str:
    """A path as a readable string: bytes of a file name that are not UTF-8 become U+FFFD.

    Python keeps such bytes as lone surrogates (surrogateescape), which no output or database accepts."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate no file system gave: not a real path, just clean it
        return clean_text(os.fspath(path))[0]
    return raw.decode("utf-8", errors="replace")
