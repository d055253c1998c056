"""Answers already computed, kept by query and parameters: the served store never changes."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any
from collections.abc import Callable, Hashable

__all__ = ["AnswerCache"]

# Why: a shared endpoint is asked the same few questions (the built-in queries, the query page)
# by many clients, and the headline query costs seconds on a large graph. The store is opened
# read-only, so an answer cannot go stale; concurrent askers of one question wait for the one
# computation instead of each occupying a core. Bounded by entries and rows, so memory is flat.


class AnswerCache:
    def __init__(self, max_entries: int = 64, max_rows_per_entry: int = 50_000):
        self.max_entries = max_entries
        self.max_rows_per_entry = max_rows_per_entry
        self.entries: OrderedDict[Hashable, dict] = OrderedDict()
        self.inflight: dict[Hashable, threading.Event] = {}
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def answer(self, key: Hashable, compute: Callable[[], tuple[str, Any]]) -> dict:
        """{"form", "result", "bodies": {media: bytes}} for `key`, computed at most once at a time.

        Errors from `compute` propagate and are not kept (a time-out may succeed later).
        """
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
                self.hits += 1
                return entry
            waiting = self.inflight.get(key)
            if waiting is None:
                self.inflight[key] = threading.Event()
        if waiting is not None:
            waiting.wait()
            with self.lock:
                entry = self.entries.get(key)
                if entry is not None:
                    self.hits += 1
                    return entry
            return self._fresh(compute)  # the first asker failed, or its answer was too big to keep
        try:
            entry = self._fresh(compute)
            if len(entry["result"].rows) <= self.max_rows_per_entry:
                with self.lock:
                    self.entries[key] = entry
                    while len(self.entries) > self.max_entries:
                        self.entries.popitem(last=False)
            return entry
        finally:
            with self.lock:
                self.inflight.pop(key).set()

    def _fresh(self, compute: Callable[[], tuple[str, Any]]) -> dict:
        with self.lock:
            self.misses += 1
        form, result = compute()
        return {"form": form, "result": result, "bodies": {}}

    @staticmethod
    def body(entry: dict, media: str, serialize: Callable[[], bytes]) -> bytes:
        """The entry's answer written in `media`, written once."""
        bodies = entry["bodies"]
        if media not in bodies:
            bodies[media] = serialize()  # two threads may both write it: same bytes, no harm
        return bodies[media]
