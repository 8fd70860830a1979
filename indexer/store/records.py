"""The Document records of a version, one JSON file each: what a document page shows.

A record read lately is kept parsed with its file's identity (inode, size, time): a law's record is 1-2 MB
of JSON, 5-8 ms to read and parse for every page that shows it.  Records are replaced by rename, so a
corrected one is a new file and is read again.
"""

from __future__ import annotations

import json
import os

from indexer.document.record import Document
from indexer.lru import Lru
from indexer.store.corpus import durable_write

RECORDS_KEPT = 64  # records a process keeps parsed (a law's is 1-2 MB of JSON)


class Records:
    def __init__(self, version_dir: str):
        self.folder = os.path.join(version_dir, "records")
        self._kept = Lru(RECORDS_KEPT)

    def _path(self, doc_id: str) -> str:
        return os.path.join(self.folder, f"{doc_id}.json")

    def get(self, doc_id: str) -> Document | None:
        """The record of ``doc_id``, or ``None``.  Shared with other callers: read it, do not change it."""
        if not doc_id or "/" in doc_id or doc_id.startswith("."):
            return None
        try:
            with open(self._path(doc_id), encoding="utf-8") as fh:
                info = os.fstat(fh.fileno())
                identity = (info.st_ino, info.st_size, info.st_mtime_ns)
                kept = self._kept.get(doc_id)
                if kept is not None and kept[0] == identity:
                    return kept[1]
                record = Document.from_dict(json.load(fh))
        except FileNotFoundError:
            return None
        self._kept.put(doc_id, (identity, record))
        return record

    def put(self, record: Document, *, durable: bool = True) -> None:
        """Store a record; a full build writes many and syncs them all once before switching."""
        # The dataclasses' own dicts, not ``to_dict``'s deep copy of every paragraph (a third of a build's
        # writing process): the same JSON.
        payload = json.dumps(record, default=vars, ensure_ascii=False).encode("utf-8")
        if durable:
            durable_write(self._path(record.doc_id), payload)
        else:
            with open(self._path(record.doc_id), "wb") as fh:
                fh.write(payload)

    def remove(self, doc_id: str) -> None:
        if os.path.exists(self._path(doc_id)):
            os.unlink(self._path(doc_id))

    def part_of(self, doc_id: str) -> int:
        """Which document of its file a record is (1 when it has no record)."""
        record = self.get(doc_id)
        return record.source.part if record is not None and record.source else 1
