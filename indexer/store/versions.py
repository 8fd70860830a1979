"""Index versions on disk: the ``current`` link, the manifest, the single-writer lock.

An index directory holds versions, and a ``current`` link to the one in use::

    INDEX_DIR/current -> versions/20261123T013000-ab12cd
    INDEX_DIR/versions/<v>/docs/          the engine's indexes (indexer.engine)
    INDEX_DIR/versions/<v>/passages/
    INDEX_DIR/versions/<v>/records/       the Document records as JSON (indexer.store.records)
    INDEX_DIR/versions/<v>/manifest.json  schema, and corpus file -> sha256, sidecar digest, doc_ids
    INDEX_DIR/vectors/                    sentence embeddings by text digest, kept across builds

A full build writes a new version and switches ``current`` atomically (a rename), so readers never see a
half-built index.  Uploads, corrections and withdrawals change the current version in place.  Every write
holds an exclusive lock on ``INDEX_DIR/.write.lock``: there is one writer at a time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil

from indexer.errors import ArchiveError
from indexer.store.corpus import durable_write, fsync_dir

# 2: folded fields hold syllable pairs; passages have no pyvi field, a doc_id column; 3: sentence embeddings;
# 4: summaries say what each citation gives of the cited document (its type and issuer: ``cited_as``);
# 5: records and summaries carry the tasks each document assigns, extracted when it is indexed (issue 22);
# 6: documents keep the sentence embeddings of their paragraphs' windows (issue 25), and records are read
# again with the extraction of scanned headers (hand-written figures, respelt names).
# 7: documents keep how often they write each pyvi word (what their related documents are found by).
# 8: tantivy's documents carry the digest of their summary and vector as a fast field (read without the store).
# An index of another schema is rebuilt at start-up.
SCHEMA_VERSION = 8


class IndexMissing(ArchiveError):
    code = "index_missing"
    status = 503

    def __init__(self, index_dir: str):
        super().__init__(
            f"Chưa có chỉ mục trong {index_dir}; hãy chạy «python -m indexer build».",
            f"no index in {index_dir}; run 'python -m indexer build'",
        )


@contextlib.contextmanager
def write_lock(index_dir: str):
    """Hold the single-writer lock of an index directory."""
    os.makedirs(index_dir, exist_ok=True)
    with open(os.path.join(index_dir, ".write.lock"), "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def current_version(index_dir: str) -> str | None:
    """The folder of the version in use, or None when there is none (or the link dangles)."""
    link = os.path.join(index_dir, "current")
    if not os.path.islink(link) and not os.path.isdir(link):
        return None
    target = os.path.realpath(link)
    return target if os.path.isdir(target) else None


def existing_version(index_dir: str) -> str:
    """:func:`current_version`, which must exist.

    :raise IndexMissing: there is no index yet.
    """
    version = current_version(index_dir)
    if version is None:
        raise IndexMissing(index_dir)
    return version


def new_version(index_dir: str) -> str:
    """A new, empty version folder (not yet current)."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    version_dir = os.path.join(index_dir, "versions", f"{stamp}-{os.getpid()}")
    os.makedirs(os.path.join(version_dir, "records"))
    return version_dir


def switch_current(index_dir: str, version_dir: str) -> None:
    """Make ``version_dir`` the one in use, atomically; the older ones go (see :func:`_cleanup`)."""
    tmp = os.path.join(index_dir, f".current-{os.getpid()}")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(os.path.relpath(version_dir, index_dir), tmp)
    os.replace(tmp, os.path.join(index_dir, "current"))
    fsync_dir(index_dir)
    _cleanup(index_dir, version_dir)


def _cleanup(index_dir: str, keep: str) -> None:
    """Remove old versions; the one just replaced stays one build longer for readers still on it."""
    versions_dir = os.path.join(index_dir, "versions")
    versions = sorted(os.listdir(versions_dir))
    keep_name = os.path.basename(keep)
    older = [v for v in versions if v < keep_name]
    for name in older[:-1]:
        shutil.rmtree(os.path.join(versions_dir, name), ignore_errors=True)
    for name in versions:
        if name > keep_name:  # an interrupted build
            shutil.rmtree(os.path.join(versions_dir, name), ignore_errors=True)


def new_manifest() -> dict:
    return {"schema": SCHEMA_VERSION, "built": dt.datetime.now().isoformat(timespec="seconds"), "files": {}}


def read_manifest(version_dir: str) -> dict:
    with open(os.path.join(version_dir, "manifest.json"), encoding="utf-8") as fh:
        return json.load(fh)


def write_manifest(version_dir: str, manifest: dict) -> None:
    payload = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    durable_write(os.path.join(version_dir, "manifest.json"), payload)


def archived_ids(manifest: dict, *, besides: str | None = None) -> set[str]:
    """Every doc_id the manifest's files hold (but those of the file ``besides``)."""
    return {i for rel, entry in manifest["files"].items() if rel != besides for i in entry["doc_ids"]}
