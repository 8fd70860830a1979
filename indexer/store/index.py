"""The index: Whoosh schemas, building from the corpus, incremental updates, opening.

An index directory holds versions, and a ``current`` link to the one in use::

    INDEX_DIR/current -> versions/20261123T013000-ab12cd
    INDEX_DIR/versions/<v>/docs/        Whoosh: one entry per document (ranking, facets)
    INDEX_DIR/versions/<v>/passages/    Whoosh: one entry per paragraph (passages, highlights)
    INDEX_DIR/versions/<v>/records/     the Document records as JSON
    INDEX_DIR/versions/<v>/manifest.json  corpus file -> sha256 and doc_ids

Documents and paragraphs live in two indexes because BM25 normalises by the
average field length over *all* entries of an index: mixing 20-word
paragraphs with 5,000-word documents would distort both.

A full build writes a new version and switches ``current`` atomically (a
rename), so readers never see a half-built index.  ``add``, ``remove`` and
``sync`` update the current version in place.  Every write holds an
exclusive lock on ``INDEX_DIR/.write.lock``: there is one writer at a time.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from indexer.text import embedding as semantic
from indexer.engine.whoosh import vectors
from indexer.engine.whoosh.analysis import PRESEGMENTED, folded_analyzer, syllable_analyzer, word_analyzer
from indexer.text.tokens import segment
from indexer.store.corpus import corpus_files, durable_write, fsync_dir, read_sidecar, sidecar_digest
from indexer.errors import ArchiveError
from indexer.lru import Lru
from indexer.text.numbers import find_numbers, number_key
from indexer.document.pipeline import parse_file
from indexer.engine.whoosh.reopen import reopen_searcher
from indexer.document.record import Document
from indexer.text.vietnamese import fold, key

SCHEMA_VERSION = 3  # 2: folded fields hold syllable pairs; passages have no pyvi field, a doc_id column; 3: vectors
FREE_SEARCHERS = 4  # searchers of each index a process keeps for the next searches
RECORD_CACHE_SIZE = 64  # records a process keeps parsed (a law's is 1-2 MB of JSON)


def doc_schema() -> Schema:
    """One entry per document: what ranking and filtering need."""
    return Schema(
        doc_id=ID(stored=True, unique=True),
        number_key=ID(),
        refs=KEYWORD(),
        basis=KEYWORD(),
        title_syl=TEXT(analyzer=syllable_analyzer()),
        title_fold=TEXT(analyzer=folded_analyzer()),
        title_words=TEXT(analyzer=word_analyzer(), phrase=False),
        head_syl=TEXT(analyzer=syllable_analyzer()),
        head_fold=TEXT(analyzer=folded_analyzer()),
        body_syl=TEXT(analyzer=syllable_analyzer()),
        body_fold=TEXT(analyzer=folded_analyzer()),
        body_words=TEXT(analyzer=word_analyzer(), phrase=False),
        summary=STORED(),
        vector=vectors.vector_field(),
    )


def passage_schema() -> Schema:
    """One entry per paragraph: what passages and highlights need."""
    return Schema(
        pid=ID(stored=True, unique=True),
        doc_id=ID(stored=True, sortable=True),  # a column: the document of a paragraph without loading its text
        order=NUMERIC(stored=True),
        anchor=STORED(),
        section=STORED(),
        zone=STORED(),
        text=STORED(),
        syl=TEXT(analyzer=syllable_analyzer()),
        fold=TEXT(analyzer=folded_analyzer()),
        numbers=KEYWORD(),
    )


# --- what is indexed for a record ----------------------------------------------------------------

@dataclass
class Prepared:
    """A record with its pyvi segmentation done (in a worker process)."""

    record: Document
    title_words: str
    paragraph_words: list[str] = field(default_factory=list)
    vector: bytes | None = None  # the document's sentence embedding (indexer.semantic), when the model runs


def title_text(record: Document) -> str:
    return " ".join(filter(None, [record.doc_type, record.number, record.title]))


def summary_of(record: Document) -> dict:
    """What a result list and the facets need, without the paragraphs."""
    return {
        "doc_id": record.doc_id, "number": record.number, "doc_type": record.doc_type, "title": record.title,
        "issuer": record.issuer, "level": record.level, "province": record.province, "date": record.date,
        "year": record.year, "references": record.references, "basis": record.basis,
        "reference_dates": {c["number"]: c["date"] for c in record.citations if c.get("date")},
        "roles": sorted({(r.role, r.agency) for r in record.roles}),
        "paragraphs": len(record.paragraphs),
    }


def prepare(record: Document) -> Prepared:
    title = title_text(record)
    return Prepared(record, segment(title), [segment(p["text"]) for p in record.paragraphs],
                    semantic.document_vector([title] + [p["text"] for p in record.paragraphs]))


def doc_fields(prepared: Prepared) -> dict:
    record = prepared.record
    heads = [record.issuer or ""] + [
        p["text"] for p in record.paragraphs if p.get("kind") == "heading" and p.get("zone") == "body"
    ]
    body = "\n".join(p["text"] for p in record.paragraphs)
    title = title_text(record)
    fields = dict(
        doc_id=record.doc_id,
        refs=" ".join(number_key(n) for n in record.references),
        basis=" ".join(number_key(n) for n in record.basis),
        title_syl=title, title_fold=title, title_words=PRESEGMENTED + prepared.title_words,
        head_syl="\n".join(heads), head_fold="\n".join(heads),
        body_syl=body, body_fold=body, body_words=PRESEGMENTED + " ".join(prepared.paragraph_words),
        summary=summary_of(record),
    )
    if record.number:
        fields["number_key"] = number_key(record.number)
    if prepared.vector is not None:
        fields["vector"] = prepared.vector
    return fields


def passage_fields(prepared: Prepared) -> list[dict]:
    record = prepared.record
    out = []
    for order, (p, words) in enumerate(zip(record.paragraphs, prepared.paragraph_words)):
        out.append(dict(
            pid=f"{record.doc_id}#{p['anchor']}", doc_id=record.doc_id, order=order, anchor=p["anchor"],
            section=p.get("section", ""), zone=p.get("zone", "body"), text=p["text"],
            syl=p["text"], fold=p["text"],
            numbers=" ".join(number_key(n.number) for n in find_numbers(p["text"])),
        ))
    return out


# --- reading the corpus ------------------------------------------------------------------------------

def apply_sidecar(documents: list[Document], sidecar: dict) -> list[Document]:
    """Apply what archivists decided (corrections, pinned ids, withdrawals) to a file's records."""
    out = []
    withdrawn = set(map(str, sidecar.get("withdrawn_parts", [])))
    for doc in documents:
        part = str(doc.source.part if doc.source else 1)
        if part in withdrawn:
            continue
        for name, value in sidecar.get("corrections", {}).get(part, {}).items():
            if name == "roles":
                from indexer.document.record import Role

                value = [Role(**r) for r in value]
            setattr(doc, name, value)
        pinned = sidecar.get("doc_ids", {}).get(part)
        if pinned:
            doc.doc_id = pinned
        out.append(doc)
    return out


def read_corpus_file(corpus_dir: str, rel: str) -> tuple[str, str, list[Document]]:
    """Parse one corpus file with its sidecar applied.  :return: (rel, sha256, documents)."""
    path = os.path.join(corpus_dir, rel)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    documents = parse_file(path, corpus_dir)
    return rel, sha, apply_sidecar(documents, read_sidecar(corpus_dir, rel))


def _worker(args: tuple[str, str]):
    """Parse and segment one file (runs in a worker process: pyvi is the slow part)."""
    corpus_dir, rel = args
    try:
        rel, sha, documents = read_corpus_file(corpus_dir, rel)
    except ArchiveError as exc:
        return rel, None, str(exc), []
    return rel, sha, None, [prepare(doc) for doc in documents]


def unique_ids(items: list[Prepared], taken: set[str]) -> None:
    """Make doc_ids unique: a later document with a taken id gets a short hash of its source."""
    for prepared in items:
        record = prepared.record
        if record.doc_id in taken:
            digest = hashlib.sha256(f"{record.source.sha256}:{record.source.part}".encode()).hexdigest()[:6]
            base, candidate = record.doc_id, f"{record.doc_id}-{digest}"
            k = 2
            while candidate in taken:
                candidate = f"{base}-{digest}{k}"
                k += 1
            record.doc_id = candidate
        taken.add(record.doc_id)


# --- the index on disk ----------------------------------------------------------------------------------

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
    link = os.path.join(index_dir, "current")
    if not os.path.islink(link) and not os.path.isdir(link):
        return None
    target = os.path.realpath(link)
    return target if os.path.isdir(target) else None


def _switch_current(index_dir: str, version_dir: str) -> None:
    tmp = os.path.join(index_dir, f".current-{os.getpid()}")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(os.path.relpath(version_dir, index_dir), tmp)
    os.replace(tmp, os.path.join(index_dir, "current"))


def _cleanup_versions(index_dir: str, keep: str) -> None:
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


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    paragraphs: int = 0
    bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    version: str = ""

    def as_dict(self) -> dict:
        return {
            "files": self.files, "documents": self.documents, "paragraphs": self.paragraphs,
            "bytes": self.bytes, "skipped": [{"file": f, "error": e} for f, e in self.skipped],
            "seconds": round(self.seconds, 2), "version": self.version,
        }


def _write_record(version_dir: str, record: Document, *, durable: bool = True) -> None:
    """Store a record; a full build writes many and syncs them all once before switching."""
    path = os.path.join(version_dir, "records", f"{record.doc_id}.json")
    payload = json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")
    if durable:
        durable_write(path, payload)
    else:
        with open(path, "wb") as fh:
            fh.write(payload)


def _manifest_path(version_dir: str) -> str:
    return os.path.join(version_dir, "manifest.json")


def read_manifest(version_dir: str) -> dict:
    with open(_manifest_path(version_dir), encoding="utf-8") as fh:
        return json.load(fh)


def _write_manifest(version_dir: str, manifest: dict) -> None:
    durable_write(_manifest_path(version_dir), json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))


def build_index(corpus_dir: str, index_dir: str, *, procs: int | None = None, progress: bool = False) -> BuildReport:
    """Build the whole index from ``corpus_dir`` into a new version, then switch to it.

    :param procs: worker processes for parsing and pyvi (default: every core).
    :param progress: draw a progress bar on stderr.
    """
    files = corpus_files(corpus_dir)
    # A rebuild embeds only the documents whose text changed (the vectors of the others are kept here).
    with semantic.cached_in(os.path.join(index_dir, "vectors")):
        results = _parse_all(corpus_dir, files, procs)
        return _build(index_dir, results, len(files), progress, corpus_dir)


def build_from_records(records: list[Document], index_dir: str, *, procs: int | None = None,
                       progress: bool = False) -> BuildReport:
    """Build an index from records made elsewhere (a benchmark corpus), not from corpus files."""
    procs = procs or os.cpu_count() or 1
    chunks = [records[i:i + 50] for i in range(0, len(records), 50)]

    def results():
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

    return _build(index_dir, results(), len(chunks), progress, None)


def _prepare_chunk(records: list[Document]) -> list[Prepared]:
    return [prepare(r) for r in records]


def _build(index_dir: str, results, total: int, progress: bool, corpus_dir: str | None) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    with write_lock(index_dir):
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        version_dir = os.path.join(index_dir, "versions", f"{stamp}-{os.getpid()}")
        os.makedirs(os.path.join(version_dir, "records"))
        docs_ix = whoosh_index.create_in(_mkdir(version_dir, "docs"), doc_schema())
        passages_ix = whoosh_index.create_in(_mkdir(version_dir, "passages"), passage_schema())
        docs_writer = docs_ix.writer(limitmb=128)
        passages_writer = passages_ix.writer(limitmb=256)
        manifest = {"schema": SCHEMA_VERSION, "built": dt.datetime.now().isoformat(timespec="seconds"), "files": {}}
        taken: set[str] = set()
        bar = _progress(total, progress)
        try:
            for rel, sha, error, prepared in results:
                bar.update(1)
                report.files += 1
                if error:
                    report.skipped.append((rel, error))
                    print(f"warning: {error}", file=sys.stderr)
                    continue
                if corpus_dir:
                    report.bytes += os.path.getsize(os.path.join(corpus_dir, rel))
                unique_ids(prepared, taken)
                for item in prepared:
                    docs_writer.add_document(**doc_fields(item))
                    for fields in passage_fields(item):
                        passages_writer.add_document(**fields)
                    _write_record(version_dir, item.record, durable=False)
                    report.documents += 1
                    report.paragraphs += len(item.record.paragraphs)
                    if not corpus_dir:
                        report.bytes += sum(len(p["text"].encode("utf-8")) for p in item.record.paragraphs)
                if corpus_dir:
                    manifest["files"][rel] = {
                        "sha256": sha, "sidecar": sidecar_digest(corpus_dir, rel),
                        "doc_ids": [p.record.doc_id for p in prepared],
                    }
                bar.set_postfix(docs=report.documents, paragraphs=report.paragraphs)
            docs_writer.commit()
            passages_writer.commit()
        except BaseException:
            docs_writer.cancel()
            passages_writer.cancel()
            shutil.rmtree(version_dir, ignore_errors=True)
            raise
        finally:
            bar.close()
        _write_manifest(version_dir, manifest)
        os.sync()  # every record and index file on disk before readers are sent to them
        _switch_current(index_dir, version_dir)
        fsync_dir(index_dir)
        _cleanup_versions(index_dir, version_dir)
    report.seconds = time.perf_counter() - started
    report.version = os.path.basename(version_dir)
    return report


def _mkdir(base: str, name: str) -> str:
    path = os.path.join(base, name)
    os.makedirs(path, exist_ok=True)
    return path


def _parse_all(corpus_dir: str, files: list[str], procs: int | None):
    """Yield parsed and segmented files in corpus order, using a process pool when it pays."""
    procs = procs or os.cpu_count() or 1
    jobs = [(corpus_dir, rel) for rel in files]
    if procs <= 1 or len(jobs) <= 1:
        yield from map(_worker, jobs)
        return
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(procs) as pool:
        # imap keeps the corpus order, so ids made unique by order are the same on every build.
        yield from pool.imap(_worker, jobs, chunksize=1)


class _NoBar:
    def update(self, n=1):
        pass

    def set_postfix(self, **kwargs):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="indexing", file=sys.stderr, dynamic_ncols=True)


# --- opening -----------------------------------------------------------------------------------------------

class ArchiveIndex:
    """An opened index version: its two Whoosh indexes and its records."""

    def __init__(self, index_dir: str):
        self.index_dir = index_dir
        version = current_version(index_dir)
        if version is None:
            raise IndexMissing(index_dir)
        self.version_dir = version
        self.docs = whoosh_index.open_dir(os.path.join(version, "docs"))
        self.passages = whoosh_index.open_dir(os.path.join(version, "passages"))
        self._table_cache: tuple | None = None
        self._records = Lru(RECORD_CACHE_SIZE)
        self._segment_rows: dict = {}  # (segment id, deletions) -> [(docnum in segment, summary)]
        self._pools: dict[str, list] = {}  # free searchers by index and scoring
        self._pool_lock = threading.Lock()
        segment("khởi động")  # load pyvi's model now, not during the first search

    @contextlib.contextmanager
    def searching(self, which: str, weighting=None):
        """A searcher of ``docs`` or ``passages`` from this process's pool, brought up to date.

        Opening a Whoosh reader reads every segment's files and, on its first
        search, their field lengths and columns: 100-200 ms at 20,000 paragraphs.
        So searchers are kept, in a pool of free ones: a search takes one for
        itself alone (a searcher's file reads are not meant to be shared), and
        gives it back after.  A searcher is brought up to date when taken, reusing
        the segments an upload did not change (:mod:`indexer.reopen`).  A pool,
        not one per thread: each searcher holds some 50 MB at 20,000 paragraphs,
        and a server's threads rarely all search at once.

        :param weighting: a function making the scoring model, called when a searcher is opened.
        """
        name = which if weighting is None else f"{which}_scored"
        with self._pool_lock:
            free = self._pools.setdefault(name, [])
            kept = free.pop() if free else None
        if kept is None or not kept.up_to_date():
            # Not refresh()ed: Whoosh's refresh kept the old deletions (see indexer.reopen).
            kept = reopen_searcher(getattr(self, which), kept, weighting() if weighting else None)
        try:
            yield kept
        finally:
            with self._pool_lock:
                free = self._pools.setdefault(name, [])
                if len(free) < FREE_SEARCHERS:
                    free.append(kept)
                    kept = None
            if kept is not None:
                kept.close()

    def forget_searchers(self) -> None:
        """Drop the pooled searchers without closing them (a forked process must not use its parent's
        open files; closing them here would not close the parent's)."""
        self._pools = {}
        self._pool_lock = threading.Lock()

    def is_current(self) -> bool:
        """False once a rebuild has switched ``current`` to another version."""
        return current_version(self.index_dir) == self.version_dir

    def record(self, doc_id: str) -> Document | None:
        """The record of ``doc_id``, or ``None``.  Shared with other callers: read it, do not change it.

        A record read lately is kept with its file's identity (inode, size, time): a law's
        record is 1-2 MB of JSON, 5-8 ms to read and parse for every page that shows it.
        Records are replaced by rename, so a corrected one is a new file and is read again.
        """
        if not doc_id or "/" in doc_id or doc_id.startswith("."):
            return None
        path = os.path.join(self.version_dir, "records", f"{doc_id}.json")
        try:
            with open(path, encoding="utf-8") as fh:
                info = os.fstat(fh.fileno())
                identity = (info.st_ino, info.st_size, info.st_mtime_ns)
                kept = self._records.get(doc_id)
                if kept is not None and kept[0] == identity:
                    return kept[1]
                record = Document.from_dict(json.load(fh))
        except FileNotFoundError:
            return None
        self._records.put(doc_id, (identity, record))
        return record

    def doc_ids(self) -> list[str]:
        return [s["doc_id"] for s in self.summaries()]

    def summaries(self) -> list[dict]:
        return [summary for _, summary in self.table()[1]]

    def table(self, reader=None):
        """``(generation, [(docnum, summary)])`` of the docs index, cached per generation.

        :param reader: the reader a search uses: its docnums are the ones the rows
            must have (an upload between opening it and reading the table would
            otherwise give docnums of another generation).  Default: the latest.
        """
        generation = reader.generation() if reader is not None else self.docs.latest_generation()
        cached = self._table_cache
        if cached and cached[0] == generation:
            return cached
        if reader is None:
            with self.docs.reader() as latest:
                self._table_cache = (latest.generation(), self._rows(latest))
        else:
            self._table_cache = (generation, self._rows(reader))
        return self._table_cache

    def _rows(self, reader) -> list:
        """``(docnum, summary)`` of every live document, reading only the segments not read before.

        An upload adds a segment and leaves the others as they were (with the
        same deletions): their summaries are taken from the last table, not
        unpickled again (50 ms a search after every upload at 170 documents).
        """
        rows, known = [], {}
        for leaf, offset in reader.leaf_readers():
            segment = leaf.segment()
            key = (segment.segment_id(), frozenset(segment.deleted_docs())) if segment is not None else None
            local = self._segment_rows.get(key) if key is not None else None
            if local is None:
                local = [(docnum, fields["summary"]) for docnum, fields in leaf.iter_docs()]
            if key is not None:
                known[key] = local
            rows += [(offset + docnum, summary) for docnum, summary in local]
        self._segment_rows = known
        return rows

    def relations(self):
        """Who cites whom (:class:`indexer.relations.Relations`), cached per generation."""
        from indexer.citations.relations import compute

        generation = self.docs.latest_generation()
        cached = getattr(self, "_relations_cache", None)
        if cached and cached[0] == generation:
            return cached[1]
        relations = compute(self.summaries())
        self._relations_cache = (generation, relations)
        return relations

    def summary(self, doc_id: str) -> dict | None:
        return next((s for s in self.summaries() if s["doc_id"] == doc_id), None)

    def common_syllables(self, ratio: float = 0.3) -> set[str]:
        """Folded syllables found in more than ``ratio`` of the documents.

        Read from the accented syllables (the folded field also holds every pair
        of syllables: ten times the terms), each folded form's document count
        taken as the sum of its accented forms' (an upper bound).  Kept until the
        number of documents changes by a tenth: one upload changes nothing here,
        and walking the vocabulary after each would stall the next searches.
        """
        if ratio > 1:  # no syllable is in more documents than there are
            return set()
        n = len(self.table()[1]) or 1  # the cached table: opening a reader to count took 66 ms at 200,000 paragraphs
        cached = getattr(self, "_common_cache", None)
        if cached and cached[0] == ratio and abs(n - cached[1]) <= cached[1] / 10:
            return cached[2]
        common: set[str] = set()
        if n >= 20 and ratio <= 1:
            counts: dict[str, int] = {}
            with self.docs.reader() as reader:
                for term, info in reader.iter_field("body_syl"):
                    folded = fold(term.decode("utf-8") if isinstance(term, bytes) else term)
                    counts[folded] = counts.get(folded, 0) + info.doc_frequency()
            common = {t for t, df in counts.items() if df > ratio * n}
        self._common_cache = (ratio, n, common)
        return common

    def close(self):
        with self._pool_lock:
            pools, self._pools = self._pools, {}
        for searcher in (s for free in pools.values() for s in free):
            searcher.close()
        self.docs.close()
        self.passages.close()


def open_index(index_dir: str) -> ArchiveIndex:
    return ArchiveIndex(index_dir)


def index_key(text: str) -> str:
    """The key facet values are compared by (case, tones, dashes and spaces aside)."""
    return key(text)
