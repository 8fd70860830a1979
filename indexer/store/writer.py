"""The current index kept in line with the corpus: a stored file indexed, a document unindexed, a sync.

Each function takes the single-writer lock, changes the engine's indexes of the current version in place,
and rewrites the manifest last: if the process dies half-way, :func:`sync_index` (run at start-up) finds the
corpus file missing from the manifest and indexes it again, which is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.document.prepared import Prepared, prepare
from indexer.document.record import Document
from indexer.engine import engine_for
from indexer.errors import ArchiveError
from indexer.store.build import unique_ids
from indexer.store.corpus import corpus_files, file_digest, read_corpus_file, remove_leftovers, sidecar_digest
from indexer.store.late_vectors import give_vectors, pending, wait_for_vectors
from indexer.store.records import Records
from indexer.store.versions import archived_ids, existing_version, read_manifest, write_lock, write_manifest


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)  # temporary files of interrupted writes, deleted

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def index_corpus_file(corpus_dir: str, index_dir: str, rel: str, *, words_first: bool = False) -> list[Document]:
    """Index (or re-index) one file already stored in the corpus.

    :param words_first: commit its words first and its sentence vectors after (an upload is searchable by its
        words half a second sooner: embedding is most of its indexing); the documents wait in the version's
        :data:`~indexer.store.late_vectors.PENDING` meanwhile, so that a process stopped between the two
        commits leaves them to the next vectors' pass.  Returns once both are committed.
    """
    with write_lock(index_dir):
        version = existing_version(index_dir)
        manifest = read_manifest(version)
        waiting = pending(version)
        prepared = index_file(version, manifest, corpus_dir, rel, embed=not words_first)
        write_manifest(version, manifest)
    if words_first:
        give_vectors(index_dir, version, prepared, noted_alone=waiting is None)
    return [p.record for p in prepared]


def index_file(version_dir: str, manifest: dict, corpus_dir: str, rel: str, *, embed: bool = True) -> list[Prepared]:
    """(Re)index one corpus file into a version, holding the write lock; the manifest is updated in memory."""
    rel, sha, documents = read_corpus_file(corpus_dir, rel)
    prepared = [prepare(doc, embed=embed) for doc in documents]
    old_ids = set(manifest["files"].get(rel, {}).get("doc_ids", []))
    unique_ids([p.record for p in prepared], archived_ids(manifest, besides=rel))
    new_ids = [p.record.doc_id for p in prepared]
    if not embed:  # noted as waiting before their words are written: a stop after them leaves them to the pass
        wait_for_vectors(version_dir, new_ids)
    records = Records(version_dir)
    engine = engine_for(version_dir).open(version_dir)
    try:
        with engine.writing() as writer:
            for doc_id in old_ids | set(new_ids):
                writer.delete(doc_id)
            for item in prepared:
                writer.add(item)
                records.put(item.record)
    finally:
        engine.close()
    for stale in old_ids - set(new_ids):
        records.remove(stale)
    manifest["files"][rel] = {"sha256": sha, "sidecar": sidecar_digest(corpus_dir, rel), "doc_ids": new_ids}
    return prepared


def unindex(version_dir: str, doc_ids: list[str]) -> None:
    """Take documents out of a version, holding the write lock."""
    engine = engine_for(version_dir).open(version_dir)
    try:
        with engine.writing() as writer:
            for doc_id in doc_ids:
                writer.delete(doc_id)
    finally:
        engine.close()
    records = Records(version_dir)
    for doc_id in doc_ids:
        records.remove(doc_id)


def sync_index(corpus_dir: str, index_dir: str) -> SyncReport:
    """Bring the current index in line with the corpus: index new or changed files, drop vanished ones."""
    report = SyncReport(leftovers=remove_leftovers(corpus_dir))
    with write_lock(index_dir):
        version = existing_version(index_dir)
        manifest = read_manifest(version)
        present = corpus_files(corpus_dir)
        for rel in present:
            entry = manifest["files"].get(rel)
            unchanged = entry and entry["sha256"] == file_digest(corpus_dir, rel)
            if unchanged and entry.get("sidecar") == sidecar_digest(corpus_dir, rel):
                continue
            try:
                index_file(version, manifest, corpus_dir, rel)
            except ArchiveError as exc:
                report.skipped.append((rel, str(exc)))
                continue
            (report.updated if entry else report.added).append(rel)
            write_manifest(version, manifest)
        for rel in sorted(set(manifest["files"]) - set(present)):
            unindex(version, manifest["files"][rel]["doc_ids"])
            del manifest["files"][rel]
            report.removed.append(rel)
            write_manifest(version, manifest)
    return report
