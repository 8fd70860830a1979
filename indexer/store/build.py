"""Building a whole index: every corpus file read and analysed in a process pool, into a new version.

The new version is switched to atomically once written and synced (:mod:`indexer.store.versions`), so
searches never see a half-built index; the old one stays one build longer for searches still on it.  A build
of a corpus commits what it has done every minute and notes where it stands; stopped, the next build of the
same corpus resumes there (:mod:`indexer.store.resume`).
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from indexer.document.prepared import Prepared, prepare
from indexer.document.record import Document
from indexer.engine import engine_class, engine_for
from indexer.errors import ArchiveError
from indexer.store import late_vectors, resume
from indexer.store.corpus import corpus_files, read_corpus_file, sidecar_digest, with_tasks
from indexer.store.matrices import prepare_matrices, vector_folder
from indexer.store.records import Records
from indexer.store.versions import (
    current_version,
    new_manifest,
    new_version,
    switch_current,
    write_lock,
    write_manifest,
)
from indexer.text import embedding

VECTORS_CHOICES = ("now", "later", "auto")
# A corpus above this size is searchable by its words first (``vectors="auto"``): about 150,000 paragraphs,
# whose embedding takes about as long again as the rest of the build (bench/NOTES.md, issue 24).
VECTORS_LATER_BYTES = 20_000_000

# What a worker gives back for one corpus file: its path, sha256, why it was skipped, its documents.
Parsed = tuple[str, str | None, str | None, list[Prepared]]


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    paragraphs: int = 0
    bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    version: str = ""
    matrices: int = 0  # directives whose implementation matrix was made ready (its vectors embedded)
    resumed_files: int = 0  # files a stopped build had indexed, not indexed again
    vectors_pending: int = 0  # documents whose sentence vectors were left for later

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "documents": self.documents,
            "paragraphs": self.paragraphs,
            "bytes": self.bytes,
            "skipped": [{"file": f, "error": e} for f, e in self.skipped],
            "seconds": round(self.seconds, 2),
            "version": self.version,
            "matrices": self.matrices,
            "resumed_files": self.resumed_files,
            "vectors_pending": self.vectors_pending,
        }


def build_index(
    corpus_dir: str,
    index_dir: str,
    *,
    procs: int | None = None,
    progress: bool = False,
    vectors: str = "now",
) -> BuildReport:
    """Build the whole index from ``corpus_dir`` into a new version, then switch to it.

    :param procs: worker processes for parsing and pyvi (default: every core).
    :param progress: draw a progress bar on stderr.
    :param vectors: ``now``: embed every document before switching; ``later``: switch as soon as the words are
        indexed, the sentence vectors and implementation matrices left to
        :func:`indexer.store.late_vectors.fill_vectors`; ``auto``: later for a corpus of more than
        :data:`VECTORS_LATER_BYTES`.
    """
    files = corpus_files(corpus_dir)
    later = vectors_later(corpus_dir, files, vectors)
    options = _Options(views=engine_class().takes_views, embed=not later)

    def results(done: set[str]) -> Iterator[Parsed]:
        return _parse_all(corpus_dir, [rel for rel in files if rel not in done], procs, options)

    # A rebuild embeds only the documents whose text changed (the vectors of the others are kept here).
    with embedding.cached_in(vector_folder(index_dir)):
        report = _build(index_dir, results, len(files), progress, corpus_dir, later)
    if later:
        report.vectors_pending = len(late_vectors.pending(current_version(index_dir)) or [])
        return report
    started = time.perf_counter()
    report.matrices = prepare_matrices(index_dir, progress=progress)
    report.seconds += time.perf_counter() - started
    return report


def vectors_later(corpus_dir: str, files: list[str], vectors: str) -> bool:
    """Whether a build leaves the sentence vectors for later (``vectors``: now, later or auto)."""
    if vectors not in VECTORS_CHOICES:
        choices = ", ".join(VECTORS_CHOICES)
        raise ArchiveError(
            f"vectors={vectors!r}: không có cách này, hãy chọn một trong {choices}",
            f"vectors={vectors!r} is not a choice: one of {choices}",
        )
    if vectors != "auto":
        return vectors == "later"
    size = sum(os.path.getsize(os.path.join(corpus_dir, rel)) for rel in files)
    return size > VECTORS_LATER_BYTES


def build_from_records(
    records: list[Document], index_dir: str, *, procs: int | None = None, progress: bool = False
) -> BuildReport:
    """Build an index from records made elsewhere (a benchmark corpus), not from corpus files."""
    procs = procs or os.cpu_count() or 1
    options = _Options(views=engine_class().takes_views)
    chunks = [(records[i : i + 50], options) for i in range(0, len(records), 50)]

    def results(done: set[str]) -> Iterator[Parsed]:
        if procs <= 1:
            prepared_chunks = map(_prepare_chunk, chunks)
        else:
            pool = multiprocessing.get_context("fork").Pool(procs)
            prepared_chunks = pool.imap(_prepare_chunk, chunks)
        for k, prepared in enumerate(prepared_chunks):
            yield f"records-{k}", None, None, prepared
        if procs > 1:
            pool.close()
            pool.join()

    return _build(index_dir, results, len(chunks), progress, None)


def unique_ids(records: list[Document], taken: set[str]) -> None:
    """Make doc_ids unique: a later document with a taken id gets a short hash of its source."""
    for record in records:
        if record.doc_id in taken:
            digest = hashlib.sha256(f"{record.source.sha256}:{record.source.part}".encode()).hexdigest()[:6]
            base, candidate = record.doc_id, f"{record.doc_id}-{digest}"
            k = 2
            while candidate in taken:
                candidate = f"{base}-{digest}{k}"
                k += 1
            record.doc_id = candidate
        taken.add(record.doc_id)


def _build(
    index_dir: str,
    results: Callable[[set[str]], Iterable[Parsed]],
    total: int,
    progress: bool,
    corpus_dir: str | None,
    later: bool = False,
) -> BuildReport:
    """Index ``results(done)`` (the files not in ``done``) into a new version, or into the version of a stopped
    build of the same corpus, and switch to it."""
    started = time.perf_counter()
    chosen = engine_class()  # a setting that names no engine is refused before anything is written
    with write_lock(index_dir):
        state = resume.unfinished(index_dir, corpus_dir) if corpus_dir else None
        version_dir = state.version_dir if state else new_version(index_dir)
        state = state or resume.Progress(version_dir, corpus_dir or "", new_manifest())
        try:
            engine = engine_for(version_dir).open(version_dir) if state.resumed_files else chosen.create(version_dir)
            try:
                records = Records(version_dir)
                if state.resumed_files:
                    _resumed(engine, records, state, progress)
                _fill(engine, records, results(state.done()), _progress(total, progress, state), state)
            finally:
                engine.close()
        except BaseException:
            if not (corpus_dir and resume.has_checkpoint(version_dir)):
                shutil.rmtree(version_dir, ignore_errors=True)
            raise
        write_manifest(version_dir, state.manifest)
        if later:
            late_vectors.mark_pending(version_dir, _doc_ids(version_dir))
        os.sync()  # every record and index file on disk before readers are sent to them
        resume.finished(version_dir)
        switch_current(index_dir, version_dir)
    report = BuildReport(**state.counts, skipped=state.skipped, resumed_files=state.resumed_files)
    report.seconds = time.perf_counter() - started
    report.version = os.path.basename(version_dir)
    return report


def _doc_ids(version_dir: str) -> list[str]:
    """Every document of a version, in the order they were indexed."""
    engine = engine_for(version_dir).open(version_dir)
    try:
        with engine.searching() as searcher:
            return [summary.doc_id for _key, summary in sorted(searcher.documents(), key=lambda row: row[0])]
    finally:
        engine.close()


def _resumed(engine, records: Records, state: resume.Progress, progress: bool) -> None:
    """Continue a stopped build: drop what it indexed after its last checkpoint, and the files changed since."""
    changed = resume.changed_files(state)
    dropped = resume.forget(state, changed)
    state.resumed_files = len(state.done())
    kept = {doc_id for entry in state.manifest["files"].values() for doc_id in entry["doc_ids"]}
    with engine.searching() as searcher:
        dropped += [summary.doc_id for _, summary in searcher.documents() if summary.doc_id not in kept]
    with engine.writing() as writer:
        for doc_id in dropped:
            writer.delete(doc_id)
            records.remove(doc_id)
    if progress:
        print(
            f"resuming a stopped build: {len(state.done())} files already indexed"
            + (f", {len(changed)} changed since and indexed again" if changed else ""),
            file=sys.stderr,
        )


def _fill(engine, records: Records, results: Iterable[Parsed], bar, state: resume.Progress) -> None:
    """Index every parsed file, committing and noting the progress every :data:`resume.CHECKPOINT_SECONDS`."""
    results = iter(results)
    # The first file is parsed before a writer is opened: the pool's workers are forked then, and a process
    # forked while tantivy's writer holds its lock (a flock) holds it too, until it ends.
    first = next(results, None)
    results = itertools.chain([first] if first is not None else [], results)
    try:
        more = True
        while more:
            more = False
            checkpoint = time.monotonic() + resume.CHECKPOINT_SECONDS
            with engine.writing(bulk=True) as writer:
                for parsed in results:
                    _add(writer, records, parsed, state)
                    bar.update(1)
                    bar.set_postfix(docs=state.counts["documents"], paragraphs=state.counts["paragraphs"])
                    if state.corpus_dir and time.monotonic() >= checkpoint:
                        more = True
                        break
            if state.corpus_dir:
                state.save()
    finally:
        bar.close()


def _add(writer, records: Records, parsed: Parsed, state: resume.Progress) -> None:
    """One parsed file into the writer, the records and the progress."""
    rel, sha, error, prepared = parsed
    state.counts["files"] += 1
    if error:
        state.skipped.append((rel, error))
        print(f"warning: {error}", file=sys.stderr)
        return
    unique_ids([p.record for p in prepared], state.taken)
    paragraphs = sum(len(item.record.paragraphs) for item in prepared)
    for item in prepared:
        writer.add(item)
        records.put(item.record, durable=False)
    state.counts["documents"] += len(prepared)
    state.counts["paragraphs"] += paragraphs
    if state.corpus_dir:
        size = os.path.getsize(os.path.join(state.corpus_dir, rel))
        state.manifest["files"][rel] = {
            "sha256": sha,
            "sidecar": sidecar_digest(state.corpus_dir, rel),
            "doc_ids": [p.record.doc_id for p in prepared],
        }
        state.sizes[rel] = [paragraphs, size]
    else:
        size = sum(len(p["text"].encode("utf-8")) for item in prepared for p in item.record.paragraphs)
    state.counts["bytes"] += size


def _prepare_chunk(chunk: tuple[list[Document], _Options]) -> list[Prepared]:
    records, options = chunk
    return [prepare(with_tasks(r), views=options.views, embed=options.embed) for r in records]


@dataclass(frozen=True)
class _Options:
    views: bool = False  # make each paragraph's tokens (an engine given its tokens)
    embed: bool = True  # embed each document now


def _worker(args: tuple[str, str, _Options]) -> Parsed:
    """Parse and analyse one file (runs in a worker process: pyvi and the embedding are the slow part)."""
    corpus_dir, rel, options = args
    try:
        rel, sha, documents = read_corpus_file(corpus_dir, rel)
    except ArchiveError as exc:
        return rel, None, str(exc), []
    return rel, sha, None, [prepare(doc, views=options.views, embed=options.embed) for doc in documents]


def _parse_all(corpus_dir: str, files: list[str], procs: int | None, options: _Options) -> Iterator[Parsed]:
    """Yield parsed and analysed files in corpus order, using a process pool when it pays."""
    procs = procs or os.cpu_count() or 1
    jobs = [(corpus_dir, rel, options) for rel in files]
    if procs <= 1 or len(jobs) <= 1:
        yield from map(_worker, jobs)
        return
    with multiprocessing.get_context("fork").Pool(procs) as pool:
        # imap keeps the corpus order, so ids made unique by order are the same on every build.
        yield from pool.imap(_worker, jobs, chunksize=1)


class _NoBar:
    def update(self, n=1):
        pass

    def set_postfix(self, **kwargs):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool, state: resume.Progress):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    done = len(state.done())
    return tqdm(total=total, initial=done, unit="file", desc="indexing", file=sys.stderr, dynamic_ncols=True)
