"""Where a build stands, so that a build stopped part way (killed, a power cut, Ctrl-C) resumes there.

A province's archive takes hours to index (issue 24).  Every :data:`CHECKPOINT_SECONDS` a build commits what it
has indexed and writes, in its new version folder, :data:`PROGRESS_FILE`: the files done (with the digests of
their bytes and sidecars and the documents they gave), its counts so far and the document ids taken.  The next
build of the same corpus into the same index finds that folder, drops whatever was indexed after the last
checkpoint, and the files changed or removed since, and indexes only the rest; the ids the documents get are
those a build from scratch gives them, since files are indexed in the corpus's order.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field

from indexer.store.corpus import durable_write, sidecar_digest
from indexer.store.versions import SCHEMA_VERSION, current_version

CHECKPOINT_SECONDS = 60.0  # the most work a stopped build loses
PROGRESS_FILE = "building.json"


@dataclass
class Progress:
    """A build's progress: the manifest of the files done, its counts, the ids taken."""

    version_dir: str
    corpus_dir: str
    manifest: dict
    counts: dict = field(default_factory=lambda: {"files": 0, "documents": 0, "paragraphs": 0, "bytes": 0})
    skipped: list[tuple[str, str]] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)
    sizes: dict[str, list[int]] = field(default_factory=dict)  # file -> [paragraphs, bytes] it gave
    resumed_files: int = 0  # files a previous build had done

    def done(self) -> set[str]:
        """The corpus files already indexed or refused."""
        return set(self.manifest["files"]) | {rel for rel, _ in self.skipped}

    def save(self) -> None:
        """The checkpoint, once what it counts is on disk (the engine committed, the records synced)."""
        os.sync()
        state = {
            "schema": SCHEMA_VERSION,
            "corpus_dir": os.path.abspath(self.corpus_dir),
            "manifest": self.manifest,
            "counts": self.counts,
            "skipped": self.skipped,
            "taken": sorted(self.taken),
            "sizes": self.sizes,
        }
        durable_write(os.path.join(self.version_dir, PROGRESS_FILE), json.dumps(state).encode("utf-8"))


def has_checkpoint(version_dir: str) -> bool:
    return os.path.exists(os.path.join(version_dir, PROGRESS_FILE))


def finished(version_dir: str) -> None:
    """The build is done: its version is no longer resumable."""
    path = os.path.join(version_dir, PROGRESS_FILE)
    if os.path.exists(path):
        os.unlink(path)


def unfinished(index_dir: str, corpus_dir: str) -> Progress | None:
    """The progress of a stopped build of ``corpus_dir`` into ``index_dir``, the newest, if any; others go."""
    versions_dir = os.path.join(index_dir, "versions")
    current = current_version(index_dir)
    found = None
    for name in sorted(os.listdir(versions_dir) if os.path.isdir(versions_dir) else [], reverse=True):
        version_dir = os.path.join(versions_dir, name)
        if os.path.realpath(version_dir) == current or not has_checkpoint(version_dir):
            continue
        progress = _read(version_dir, corpus_dir) if found is None else None
        if progress is None:
            shutil.rmtree(version_dir, ignore_errors=True)  # another schema or corpus, or an older stop
        else:
            found = progress
    return found


def _read(version_dir: str, corpus_dir: str) -> Progress | None:
    try:
        with open(os.path.join(version_dir, PROGRESS_FILE), encoding="utf-8") as fh:
            state = json.load(fh)
    except (OSError, ValueError):
        return None
    if state.get("schema") != SCHEMA_VERSION or state.get("corpus_dir") != os.path.abspath(corpus_dir):
        return None
    progress = Progress(
        version_dir,
        corpus_dir,
        state["manifest"],
        state["counts"],
        [tuple(pair) for pair in state["skipped"]],
        set(state["taken"]),
        state.get("sizes", {}),
    )
    progress.resumed_files = len(progress.done())
    return progress


def changed_files(progress: Progress) -> list[str]:
    """Files done whose bytes or sidecar changed since, or that are gone: they are indexed again."""
    changed = []
    for rel, entry in progress.manifest["files"].items():
        path = os.path.join(progress.corpus_dir, rel)
        try:
            with open(path, "rb") as fh:
                sha = hashlib.sha256(fh.read()).hexdigest()
        except OSError:
            sha = None
        if sha != entry["sha256"] or sidecar_digest(progress.corpus_dir, rel) != entry["sidecar"]:
            changed.append(rel)
    return changed + [rel for rel, _ in progress.skipped if not os.path.exists(os.path.join(progress.corpus_dir, rel))]


def forget(progress: Progress, rels: list[str]) -> list[str]:
    """Take files out of the progress (to be indexed again); :return: the ids of the documents they gave."""
    dropped = []
    for rel in rels:
        entry = progress.manifest["files"].pop(rel, None)
        if entry is not None:
            dropped += entry["doc_ids"]
            paragraphs, size = progress.sizes.pop(rel, [0, 0])
            progress.counts["files"] -= 1
            progress.counts["documents"] -= len(entry["doc_ids"])
            progress.counts["paragraphs"] -= paragraphs
            progress.counts["bytes"] -= size
    gone = [rel for rel, _ in progress.skipped if rel in rels]
    progress.counts["files"] -= len(gone)
    progress.skipped = [(rel, error) for rel, error in progress.skipped if rel not in rels]
    progress.taken -= set(dropped)
    return dropped
