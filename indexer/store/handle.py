"""An opened index: the version in use, its engine, its records, and the snapshot of its latest generation."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from indexer.document.record import Document
from indexer.engine import engine_for
from indexer.engine.protocol import EngineSearcher
from indexer.store.records import Records
from indexer.store.snapshot import Snapshot
from indexer.store.versions import current_version, existing_version
from indexer.text.tokens import segment

SNAPSHOTS_KEPT = 2  # a search that began before an upload still finds the snapshot of its own generation


class ArchiveIndex:
    def __init__(self, index_dir: str):
        self.index_dir = index_dir
        self.version_dir = existing_version(index_dir)
        self.engine = engine_for(self.version_dir).open(self.version_dir)
        self.records = Records(self.version_dir)
        self._snapshots: list[Snapshot] = []
        self._lock = threading.Lock()
        segment("khởi động")  # load pyvi's model now, not during the first search

    @contextlib.contextmanager
    def searching(self) -> Iterator[tuple[EngineSearcher, Snapshot]]:
        """The latest generation for one search, and its snapshot."""
        with self.engine.searching() as searcher:
            yield searcher, self.snapshot(searcher)

    def snapshot(self, searcher: EngineSearcher | None = None) -> Snapshot:
        """The snapshot of ``searcher``'s generation (of the latest one when None), made once per generation."""
        if searcher is None:
            newest = self._snapshots[-1] if self._snapshots else None
            if newest is not None and newest.generation == self.engine.latest_generation():
                return newest  # a document page asks: no searcher is taken when nothing changed
            with self.engine.searching() as latest:
                return self.snapshot(latest)
        generation = searcher.generation()
        with self._lock:
            kept = next((s for s in self._snapshots if s.generation == generation), None)
            newest = self._snapshots[-1] if self._snapshots else None
        if kept is not None:
            return kept
        made = Snapshot(generation, searcher.documents(), previous=newest)
        with self._lock:
            self._snapshots = [*(s for s in self._snapshots if s.generation != generation), made][-SNAPSHOTS_KEPT:]
        return made

    def record(self, doc_id: str) -> Document | None:
        """The record of ``doc_id``, or ``None``.  Shared with other callers: read it, do not change it."""
        return self.records.get(doc_id)

    def doc_ids(self) -> list[str]:
        return self.snapshot().doc_ids

    def relations(self):
        """Who cites whom, in the latest generation (:class:`indexer.citations.relations.Relations`)."""
        return self.snapshot().relations

    def is_current(self) -> bool:
        """False once a rebuild has switched ``current`` to another version."""
        return current_version(self.index_dir) == self.version_dir

    def forget_searchers(self) -> None:
        """In a forked process: drop the parent's searchers without closing them (their files are the parent's)."""
        self.engine.forget_searchers()

    def close(self) -> None:
        self.engine.close()


def open_index(index_dir: str) -> ArchiveIndex:
    """Open the index in use in ``index_dir``.

    :raise IndexMissing: there is none yet.
    """
    return ArchiveIndex(index_dir)
