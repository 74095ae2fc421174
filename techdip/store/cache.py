"""Results of costly reads (counts, aggregates, rendered answers) kept while the data they came from is unchanged.

Each entry is filed under the database's change counter (techdip.store.schema.change_generation), which every
committed write to the counted tables moves, from any process: a read after an ingest sees a new counter and
computes afresh, and the entries of older counters age out. The counter is read once per look-up (one tiny
query), which is what makes the cache correct across processes (the server does not hear about another
process's ingest otherwise).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Engine

from techdip.store.schema import change_generation

T = TypeVar("T")


class ChangeCache:
    """A bounded LRU map of (key, change counter) to a value, over one engine. Safe across threads."""

    def __init__(self, engine: Engine, max_entries: int = 512, max_bytes: int = 128 * 2**20) -> None:
        self.engine = engine
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._entries: OrderedDict[tuple[Hashable, int], tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def generation(self) -> int:
        """The database's change counter now."""
        with self.engine.connect() as conn:
            return change_generation(conn)

    def get(self, key: Hashable, compute: Callable[[], T], size: Callable[[T], int] | None = None) -> T:
        """The value of key for the data as it is now: the kept one, else compute() (then kept).

        `size` tells the bytes a value takes (for the bound on memory); values without it count as 1 kB."""
        generation = self.generation()
        full = (key, generation)
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                self.hits += 1
                return self._entries[full][0]
        # computed outside the lock: two threads missing at once both compute, neither waits on the other
        value = compute()
        weight = size(value) if size else 1024
        with self._lock:
            self.misses += 1
            if weight <= self.max_bytes // 4:  # one huge answer does not push every other one out
                old = self._entries.pop(full, None)
                self._bytes -= old[1] if old else 0
                self._entries[full] = (value, weight)
                self._bytes += weight
                while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                    _, (_, dropped) = self._entries.popitem(last=False)
                    self._bytes -= dropped
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
