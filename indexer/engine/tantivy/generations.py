"""Which commit a tantivy index is at, named, and a consistent view of both indexes of a version.

tantivy's ``meta.json`` (its documented on-disk format, rewritten atomically by every commit and merge) lists
the segments of the last commit, each with its number of entries (``max_doc``, deleted ones included) and
the operation that last deleted from it.  It names a generation: the same commits, the same file.  A
searcher's segment ordinals follow its order (tantivy opens the segments in that order), so a key
key (the entries of the segments before it, plus ``doc``: dense, as Whoosh's document numbers, so that
engine-neutral code may index arrays by key) can be traced to a segment, whose documents do not change until it
is deleted from or merged away.
"""

from __future__ import annotations

import bisect
import json
import os
import time
from dataclasses import dataclass
from functools import cached_property

import tantivy

RETRIES = 20  # a commit landing between reading meta.json and reloading: read and reload again


@dataclass(frozen=True)
class Segment:
    segment_id: str
    max_doc: int
    deleted: int
    deletes_opstamp: int | None

    @property
    def key(self) -> tuple[str, int | None]:
        """What names this segment's live documents: another deletion, another key."""
        return self.segment_id, self.deletes_opstamp


@dataclass(frozen=True)
class IndexState:
    opstamp: int
    segments: tuple[Segment, ...]

    @property
    def entries(self) -> int:
        """Every entry of the index, deleted ones included: the N of both engines' idf."""
        return sum(s.max_doc for s in self.segments)

    @property
    def name(self) -> tuple:
        return self.opstamp, tuple(s.key for s in self.segments)

    @cached_property
    def bases(self) -> tuple[int, ...]:
        """The key of each segment's first entry: the entries of the segments before it."""
        bases, total = [], 0
        for segment in self.segments:
            bases.append(total)
            total += segment.max_doc
        return tuple(bases)

    def key_of(self, address: tantivy.DocAddress) -> int:
        return self.bases[address.segment_ord] + address.doc

    def address_of(self, key: int) -> tantivy.DocAddress:
        ordinal = bisect.bisect_right(self.bases, key) - 1
        return tantivy.DocAddress(ordinal, key - self.bases[ordinal])


def read_state(folder: str) -> IndexState:
    with open(os.path.join(folder, "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    segments = []
    for seg in meta.get("segments", []):
        deletes = seg.get("deletes") or {}
        segments.append(
            Segment(seg["segment_id"], seg["max_doc"], deletes.get("num_deleted_docs", 0), deletes.get("opstamp"))
        )
    return IndexState(meta.get("opstamp", 0), tuple(segments))


def reloaded(index: tantivy.Index, folder: str, known: IndexState | None) -> tuple[IndexState, tantivy.Searcher | None]:
    """The index's state now and a searcher of exactly that state (None when ``known`` is still the state).

    The state is read before and after reloading: when both agree, the searcher holds that commit (meta.json
    only changes by a commit or a merge, each of which changes what it says).
    """
    for _attempt in range(RETRIES):
        before = read_state(folder)
        if known is not None and before.name == known.name:
            return known, None
        index.reload()
        searcher = index.searcher()
        after = read_state(folder)
        if after.name == before.name and searcher.num_segments == len(after.segments):
            return after, searcher
        time.sleep(0.01)
    raise RuntimeError(f"the index in {folder} kept changing while it was opened")
