"""Extraction: mentions, people, dates and events of one document (`pipeline.extract`).

The package is also callable, so that `techdip.extract(text)` works however the package was imported:
`techdip.extract("Iran and Armenia signed an MoU on AI.")` returns the Article of that text.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, lang: str | None = None, published: str | None = None, **options: Any) -> Any:
        from techdip import extract_text

        return extract_text(text, lang, published, **options)


sys.modules[__name__].__class__ = _CallablePackage
