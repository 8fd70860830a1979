"""A small thread-safe least-recently-used map: what a process keeps of its latest answers and pages.

>>> kept = Lru(2)
>>> kept.put("a", 1); kept.put("b", 2); kept.get("a"); kept.put("c", 3)
1
>>> kept.get("b") is None, kept.get("a"), kept.get("c")
(True, 1, 3)
"""

from __future__ import annotations

import threading
from collections import OrderedDict


class Lru:
    """At most ``maxsize`` entries; the one used longest ago goes first.  ``maxsize`` 0 keeps nothing."""

    def __init__(self, maxsize: int):
        self.maxsize = maxsize
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)
