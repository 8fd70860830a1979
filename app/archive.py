"""The app's handle on the index: opened once, reopened when a rebuild switches versions.

Web workers only read.  At start-up the index is built from the corpus when
there is none, and synced with the corpus otherwise (a file stored but not
indexed before a crash is indexed now).  A build draws its progress bar on
stderr, as ``python -m indexer build`` does: the first start of a fresh clone
spends most of a minute there.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import sys
import threading

from app.lifetime import die_with
from indexer import (
    SCHEMA_VERSION,
    ArchiveIndex,
    build_index,
    current_version,
    fill_vectors,
    pending_vectors,
    read_manifest,
    search,
    suggest,
    sync_index,
    warm,
)

log = logging.getLogger(__name__)
VECTOR_PASS_NICE = 19  # the background pass's priority below the searches', where it cannot wait for idle cores


class Archive:
    def __init__(self, corpus_dir: str, index_dir: str, *, sync_on_start: bool = True, vectors: str = "auto"):
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir
        self.vectors = vectors  # when a build embeds (indexer.build_index)
        self._lock = threading.Lock()
        self._index: ArchiveIndex | None = None
        self._prepare(sync_on_start)

    def _prepare(self, sync: bool) -> None:
        if current_version(self.index_dir) is None:
            log.info("no index in %s: building it from %s", self.index_dir, self.corpus_dir)
            self._build()
            return
        try:
            ArchiveIndex(self.index_dir).close()
            schema = read_manifest(current_version(self.index_dir)).get("schema")
            if schema != SCHEMA_VERSION:
                log.info(
                    "index in %s has schema %s, this version uses %s: rebuilding it",
                    self.index_dir,
                    schema,
                    SCHEMA_VERSION,
                )
                self._build()
                return
        except Exception as exc:  # a corrupted index is rebuilt, never a crash
            log.warning(
                "index in %s cannot be opened (%s): rebuilding it from %s", self.index_dir, exc, self.corpus_dir
            )
            shutil.rmtree(os.path.join(self.index_dir, "versions"), ignore_errors=True)
            if os.path.lexists(os.path.join(self.index_dir, "current")):
                os.unlink(os.path.join(self.index_dir, "current"))
            self._build()
            return
        if sync:
            report = sync_index(self.corpus_dir, self.index_dir)
            if report.changed:
                log.info(
                    "index synced with corpus: added %s, updated %s, removed %s",
                    report.added,
                    report.updated,
                    report.removed,
                )
            for rel, error in report.skipped:
                log.warning("corpus file %s not indexed: %s", rel, error)
            if report.leftovers:
                log.warning("deleted temporary files of interrupted writes: %s", report.leftovers)

    def _build(self) -> None:
        report = build_index(self.corpus_dir, self.index_dir, progress=True, vectors=self.vectors)
        log.info(
            "index built: %s files, %s documents, %s paragraphs in %.0f s",
            report.files,
            report.documents,
            report.paragraphs,
            report.seconds,
        )

    @property
    def index(self) -> ArchiveIndex:
        """The current index, reopened after a rebuild switched to a new version."""
        index = self._index
        if index is not None and index.is_current():
            return index
        with self._lock:
            if self._index is None or not self._index.is_current():
                old = self._index
                self._index = ArchiveIndex(self.index_dir)
                if old is not None:
                    old.close()
            return self._index

    def warm(self) -> None:
        """Read what every first search would otherwise read: the document table, facets, citations,
        common syllables and the suggestion vocabulary (half a second at 20,000 paragraphs), and build
        the table that highlights a word typed without diacritics (half a second).

        Done in the parent before the workers are forked, they all start with it, in shared memory.
        """
        index = self.index
        search(index, "kế hoạch")
        search(index, "ke hoach")
        suggest(index, "ke hoach")
        index.relations()
        index.snapshot().tasks  # noqa: B018 -- every task of the archive with its facets, for /tasks (issue 22)

    def start_vector_pass(self) -> multiprocessing.Process | None:
        """Fill in the sentence vectors a build left for later (:func:`indexer.fill_vectors`) in a process of
        its own, below the searches; None when none wait.  Started by the server before its workers: the
        pass dies with the server and goes on at its next start."""
        if pending_vectors(current_version(self.index_dir)) is None:
            return None
        process = multiprocessing.get_context("spawn").Process(
            target=fill_vectors_below, args=(self.index_dir, os.getpid()), name="vectors", daemon=True
        )
        process.start()
        log.info("sentence vectors are filled in the background (process %s)", process.pid)
        return process

    def warm_searchers(self) -> None:
        """Open this process's pool of searchers and have each search once (see indexer.search.answer.warm)."""
        warm(self.index)

    def after_fork(self) -> None:
        """In a forked worker: keep what the parent read, but not its searchers (their files are the parent's)."""
        self._lock = threading.Lock()
        if self._index is not None:
            self._index.forget_searchers()


def idle_priority() -> None:
    """This process, and the threads it starts (the model's), run only on a core nothing else wants.

    At nice 10 the pass still took a whole core beside two workers answering 20 researchers on two cores (the
    2M-paragraph profile in bench/NOTES.md), and the searches queued behind it.  Linux's idle class gives it only
    what is left; elsewhere the lowest nice.
    """
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # not Linux, or refused: the lowest ordinary priority
        os.nice(VECTOR_PASS_NICE)


def fill_vectors_below(index_dir: str, parent: int) -> None:
    """The background pass of :meth:`Archive.start_vector_pass`: dies with the server, leaves Ctrl-C to it,
    yields the processor to its workers."""
    die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    idle_priority()
    report = fill_vectors(index_dir)
    # A spawned process has no logging set up: its one line goes to the server's stderr as it is.
    print(f"sentence vectors filled in: {report.as_dict()}", file=sys.stderr, flush=True)
