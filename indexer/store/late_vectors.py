"""Sentence vectors filled in after the words: an archive searchable as soon as its words are indexed.

Embedding is most of a build's time (about half a second of CPU a document, against pyvi's and the engine's
~1,000 paragraphs a second on two cores), so a build may leave it for later (``build_index(vectors="later")``):
the version is switched to with every document's words and no vectors, and names its documents in
:data:`PENDING`.  :func:`fill_vectors` then embeds them a batch at a time and gives each document's entry its
vectors (:meth:`~indexer.engine.protocol.EngineWriter.add_vectors`: the documents index only, its paragraphs
stay), then makes the implementation matrices ready.  Meanwhile a question ranks a document by its words
until it has its vector (:mod:`indexer.search.fusion` weighs only the documents that have one).

Each batch is committed with the rest of :data:`PENDING`, under the writer's lock, between uploads: a pass
stopped anywhere (the server stopped, the process killed) goes on from there, and what it embedded is in the
index's vector cache.  A document changed meanwhile (an upload, a correction) was embedded by its change and is
left as it is; a rebuild that switched to another version ends the pass.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tqdm import tqdm

from indexer.document.prepared import Prepared, embedded, prepare
from indexer.engine import engine_for
from indexer.store.corpus import durable_write
from indexer.store.matrices import prepare_matrices, vector_folder
from indexer.store.records import Records
from indexer.store.versions import current_version, write_lock
from indexer.text import embedding

PENDING = "vectors-pending.json"  # in a version's folder: {"doc_ids": [...]}, the documents still without vectors
BATCH = 16  # documents embedded between two commits (a commit is ~0.1-1 s; a batch, seconds of embedding)


@dataclass
class FillReport:
    documents: int = 0  # documents given their vectors
    left: int = 0  # still waiting (a stopped pass)
    matrices: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "left": self.left,
            "matrices": self.matrices,
            "seconds": round(self.seconds, 2),
        }


def mark_pending(version_dir: str, doc_ids: list[str]) -> None:
    """Name the documents of a version that have no vectors yet (a build that left them for later)."""
    payload = json.dumps({"doc_ids": doc_ids}, ensure_ascii=False).encode("utf-8")
    durable_write(os.path.join(version_dir, PENDING), payload)


def wait_for_vectors(version_dir: str, doc_ids: list[str]) -> None:
    """Add documents about to be indexed by their words alone to the version's waiting list, holding the
    writer's lock."""
    waiting = pending(version_dir) or []
    mark_pending(version_dir, [*(d for d in waiting if d not in doc_ids), *doc_ids])


def give_vectors(index_dir: str, version: str, made: list[Prepared], *, noted_alone: bool) -> None:
    """Embed documents just indexed by their words (:func:`wait_for_vectors`) and commit their vectors.

    :param noted_alone: no list was kept before them: once they leave it, it goes (a list kept by a build's
        pass stays for that pass, which makes the matrices ready when it is done).
    """
    with embedding.cached_in(vector_folder(index_dir)):
        made = [embedded(item) for item in made]
    doc_ids = [item.record.doc_id for item in made]
    if not _commit(index_dir, version, made, doc_ids) or not noted_alone:
        return
    with write_lock(index_dir):
        if pending(version) == []:
            os.unlink(os.path.join(version, PENDING))


def pending(version_dir: str | None) -> list[str] | None:
    """The documents of a version still waiting for their vectors, in order; None when nothing waits."""
    if version_dir is None:
        return None
    try:
        with open(os.path.join(version_dir, PENDING), encoding="utf-8") as fh:
            return list(json.load(fh)["doc_ids"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None  # a note that cannot be read: the documents keep their words, nothing is lost


def fill_vectors(
    index_dir: str,
    *,
    procs: int = 1,
    progress: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> FillReport:
    """Embed the documents of the current version that wait for their vectors, then make its matrices ready.

    :param procs: processes that embed (the server's background pass uses one, below the searches).
    :param should_stop: asked after each batch; the pass stops there when it says so.
    """
    started = time.perf_counter()
    report = FillReport()
    version = current_version(index_dir)
    waiting = pending(version)
    if version is None or waiting is None:
        return report
    bar = tqdm(
        total=len(waiting), unit="doc", desc="vectors", file=sys.stderr, dynamic_ncols=True, disable=not progress
    )
    with embedding.cached_in(vector_folder(index_dir)):
        for batch, made in _embedded(version, waiting, procs):
            if not _commit(index_dir, version, made, batch):
                break  # a rebuild switched to another version: its own pass fills it
            report.documents += len(made)
            bar.update(len(batch))
            if should_stop is not None and should_stop():
                break
    bar.close()
    left = pending(version)
    report.left = len(left) if left else 0
    if left == []:
        report.matrices = prepare_matrices(index_dir, progress=progress)
        with write_lock(index_dir):
            if pending(version) == []:
                os.unlink(os.path.join(version, PENDING))
    report.seconds = time.perf_counter() - started
    return report


def _embedded(version: str, waiting: list[str], procs: int) -> Iterator[tuple[list[str], list[Prepared]]]:
    """Each batch of ``waiting`` and its documents prepared with their vectors (the withdrawn ones left out)."""
    batches = [(version, waiting[i : i + BATCH]) for i in range(0, len(waiting), BATCH)]
    if procs <= 1 or len(batches) <= 1:
        yield from zip((b for _, b in batches), map(_prepare_batch, batches), strict=True)
        return
    with multiprocessing.get_context("fork").Pool(procs) as pool:
        yield from zip((b for _, b in batches), pool.imap(_prepare_batch, batches), strict=True)


def _prepare_batch(job: tuple[str, list[str]]) -> list[Prepared]:
    version, doc_ids = job
    records = Records(version)
    views = engine_for(version).takes_views
    return [prepare(record, views=views) for record in map(records.get, doc_ids) if record is not None]


def _commit(index_dir: str, version: str, made: list[Prepared], batch: list[str]) -> bool:
    """Give the documents of a batch their vectors and take the batch off :data:`PENDING`, in one hold of the
    writer's lock.  :return: False when the version is no longer the current one."""
    with write_lock(index_dir):
        if current_version(index_dir) != version:
            return False
        records = Records(version)
        engine = engine_for(version).open(version)
        try:
            with engine.writing() as writer:
                for item in made:
                    if records.get(item.record.doc_id) == item.record:  # not changed since it was read
                        writer.add_vectors(item)
        finally:
            engine.close()
        done = set(batch)
        mark_pending(version, [doc_id for doc_id in pending(version) or [] if doc_id not in done])
    return True
