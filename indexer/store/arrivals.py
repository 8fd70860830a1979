"""When each document entered the archive: what the feeds of new documents are ordered by (issue 23).

Neither the summary nor the manifest keeps that time.  An upload's sidecar notes when it was uploaded
(``uploaded.at``, to the second); a file put in ``corpus/`` by hand has no sidecar, and its modification time
is the best proxy there is (a copy of the corpus that does not keep times makes it the time of the copy).
"""

from __future__ import annotations

import datetime as dt
import os

from indexer.lru import Lru
from indexer.store.corpus import read_sidecar
from indexer.store.versions import current_version, read_manifest

_kept = Lru(4)  # (manifest, its mtime and size, corpus) -> the times: a feed asks for every document's


def entered_archive(corpus_dir: str, index_dir: str) -> dict[str, dt.datetime]:
    """doc_id -> when its file entered the archive (UTC, to the second), for every document the index holds."""
    version = current_version(index_dir)
    if version is None:
        return {}
    try:
        stat = os.stat(os.path.join(version, "manifest.json"))
    except OSError:
        return {}
    key = (version, stat.st_mtime_ns, stat.st_size, corpus_dir)
    times = _kept.get(key)
    if times is None:
        times = {}
        for rel, entry in read_manifest(version)["files"].items():
            at = _entered(corpus_dir, rel)
            times.update(dict.fromkeys(entry.get("doc_ids", []), at))
        _kept.put(key, times)
    return dict(times)


def _entered(corpus_dir: str, rel: str) -> dt.datetime:
    """The upload time its sidecar notes, or else the file's modification time (the epoch if it is gone)."""
    try:
        noted = (read_sidecar(corpus_dir, rel).get("uploaded") or {}).get("at")
    except (OSError, ValueError):
        noted = None
    if noted:
        try:
            return dt.datetime.fromisoformat(noted).astimezone(dt.UTC).replace(microsecond=0)
        except ValueError:
            pass  # a sidecar edited by hand: the file's time below
    try:
        seconds = os.stat(os.path.join(corpus_dir, rel)).st_mtime
    except OSError:
        seconds = 0.0
    return dt.datetime.fromtimestamp(int(seconds), dt.UTC)
