"""Reopening a Whoosh index after a commit, keeping the segment readers that did not change.

An upload adds a small segment; the large ones stay as they were.  Opening
every segment again cost each search thread 20-50 ms at 20,000 paragraphs,
plus the field lengths and columns its first search loads again (100-200 ms),
after every upload.  Whoosh's own ``Searcher.refresh()`` is meant to avoid
that, but Whoosh-Reloaded 2.7.5 merges the old reader's segments into the new
list and matches segments by identity: a refreshed searcher kept segments a
merge had replaced and deletions an upload had made, and found documents twice
or not at all (tests/engine/test_reopen.py).  Here a segment reader is kept only when
the new table of contents has the same segment with the same deletions.
"""

from __future__ import annotations

import time

from whoosh.index import FileIndex
from whoosh.reading import EmptyReader, IndexReader, MultiReader, SegmentReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

RETRIES = 10  # as Whoosh's own reader(): a writer may delete a file just as it is opened


def reopen_searcher(index: FileIndex, old: Searcher | None, weighting) -> Searcher:
    """A searcher of the latest generation of ``index`` that reuses ``old``'s unchanged segment readers.

    ``old`` must not be used afterwards: the readers it does not pass on are closed.
    """
    reader = reopen_reader(index, old.reader() if old is not None else None)
    return Searcher(reader, weighting=weighting or BM25F, fromindex=index)


def reopen_reader(index: FileIndex, old: IndexReader | None) -> IndexReader:
    for attempt in range(RETRIES):
        try:
            return _reader(index, old)
        except OSError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _reader(index: FileIndex, old: IndexReader | None) -> IndexReader:
    toc = index._read_toc()  # the one Whoosh API that reads a table of contents without opening readers
    kept: dict[str, SegmentReader] = {}
    if old is not None and len(toc.segments) > 1:  # one segment: a new SegmentReader carries the generation
        for leaf, _offset in old.leaf_readers():
            segment = leaf.segment()
            if segment is not None:
                kept[segment.segment_id()] = leaf
    readers, opened = [], []
    try:
        for segment in toc.segments:
            leaf = kept.pop(segment.segment_id(), None)
            if leaf is None or not _same_deletions(leaf.segment(), segment):
                leaf = SegmentReader(index.storage, toc.schema, segment, generation=toc.generation)
                opened.append(leaf)
            readers.append(leaf)
    except BaseException:
        for reader in opened:  # the old reader still owns the others
            reader.close()
        raise
    if old is not None:
        _close_unused(old, keep=readers)
    if not readers:
        return _EmptyReader(toc.schema, toc.generation)
    if len(readers) == 1:
        return readers[0]
    return MultiReader(readers, generation=toc.generation)


class _EmptyReader(EmptyReader):
    """Whoosh's reader of an index without segments, which knows its generation (Whoosh's says -1, so a
    searcher of an emptied index never looked up to date)."""

    def __init__(self, schema, generation: int):
        super().__init__(schema)
        self._generation = generation

    def generation(self) -> int:
        return self._generation


def _same_deletions(a, b) -> bool:
    return a.deleted_count() == b.deleted_count() and set(a.deleted_docs()) == set(b.deleted_docs())


def _close_unused(old: IndexReader, keep: list) -> None:
    kept = {id(reader) for reader in keep}
    for leaf, _offset in old.leaf_readers():
        if id(leaf) not in kept:
            leaf.close()
