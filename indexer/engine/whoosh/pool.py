"""A process's pool of Whoosh searchers of one index, each brought up to date when taken.

Opening a Whoosh reader reads every segment's files and, on its first search, their field lengths and
columns: 100-200 ms at 20,000 paragraphs.  So searchers are kept, in a pool of free ones: a search takes
one for itself alone (a searcher's file reads are not meant to be shared), and gives it back after.  A
searcher is brought up to date when taken, reusing the segments an upload did not change
(:mod:`indexer.engine.whoosh.reopen`).  A pool, not one per thread: each searcher holds some 50 MB at 20,000
paragraphs, and a server's threads rarely all search at once.
"""

from __future__ import annotations

import contextlib
import threading

from whoosh.index import FileIndex
from whoosh.scoring import BM25F

from indexer.engine.whoosh.reopen import reopen_searcher
from indexer.query.weights import BM25_B, BM25_K1

FREE_SEARCHERS = 4  # searchers of each index a process keeps for the next searches


def weighting() -> BM25F:
    """The scoring of every search (and of the paragraph scores computed with arrays)."""
    return BM25F(B=BM25_B, K1=BM25_K1)


class SearcherPool:
    def __init__(self, index: FileIndex):
        self.index = index
        self._free: list = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def searcher(self):
        """A searcher of the latest generation, for this caller alone until the block ends."""
        with self._lock:
            kept = self._free.pop() if self._free else None
        if kept is None or not kept.up_to_date():
            # Not refresh()ed: Whoosh's refresh kept the old deletions (see indexer.engine.whoosh.reopen).
            kept = reopen_searcher(self.index, kept, weighting())
        try:
            yield kept
        finally:
            with self._lock:
                if len(self._free) < FREE_SEARCHERS:
                    self._free.append(kept)
                    kept = None
            if kept is not None:
                kept.close()

    def forget(self) -> None:
        """Drop the free searchers without closing them (a forked process must not use its parent's open
        files; closing them here would not close the parent's)."""
        self._free = []
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            free, self._free = self._free, []
        for searcher in free:
            searcher.close()
