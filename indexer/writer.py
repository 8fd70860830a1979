"""Incremental changes to the current index: add files, remove a document, sync with the corpus.

Each function takes the single-writer lock, changes the Whoosh indexes of the
current version in place, and rewrites the manifest last: if the process dies
half-way, :func:`sync_index` (run at start-up) finds the corpus file missing
from the manifest and indexes it again, which is idempotent.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field

from whoosh import index as whoosh_index
from whoosh.query import Term

from .corpus import (
    WITHDRAWN_DIR, corpus_files, durable_write, fsync_dir, read_sidecar, safe_name, sidecar_digest, write_sidecar,
)
from .errors import ArchiveError
from .index import (
    IndexMissing, _write_manifest, _write_record, current_version, doc_fields, passage_fields, prepare,
    read_corpus_file, read_manifest, unique_ids, write_lock,
)
from .record import Document


class DocumentNotFound(ArchiveError):
    code = "not_found"
    status = 404

    def __init__(self, doc_id: str):
        super().__init__(f"Không có văn bản «{doc_id}» trong kho.", f"no document '{doc_id}' in the archive")


class DuplicateFile(ArchiveError):
    code = "duplicate"
    status = 409

    def __init__(self, rel: str, doc_ids: list[str]):
        self.existing = rel
        self.doc_ids = doc_ids
        super().__init__(
            f"Tệp này đã có trong kho ({rel}).", f"this file is already in the archive ({rel})"
        )


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def _version(index_dir: str) -> str:
    version = current_version(index_dir)
    if version is None:
        raise IndexMissing(index_dir)
    return version


def _index_file(version_dir: str, manifest: dict, corpus_dir: str, rel: str) -> list[Document]:
    """(Re)index one corpus file into the current version; the manifest is updated in memory."""
    rel, sha, documents = read_corpus_file(corpus_dir, rel)
    prepared = [prepare(doc) for doc in documents]
    old_ids = set(manifest["files"].get(rel, {}).get("doc_ids", []))
    taken = {i for f, entry in manifest["files"].items() if f != rel for i in entry["doc_ids"]}
    unique_ids(prepared, taken)
    docs_ix = whoosh_index.open_dir(os.path.join(version_dir, "docs"))
    passages_ix = whoosh_index.open_dir(os.path.join(version_dir, "passages"))
    docs_writer = docs_ix.writer(timeout=30)
    passages_writer = passages_ix.writer(timeout=30)
    try:
        for doc_id in old_ids | {p.record.doc_id for p in prepared}:
            docs_writer.delete_by_term("doc_id", doc_id)
            passages_writer.delete_by_term("doc_id", doc_id)
        for item in prepared:
            docs_writer.add_document(**doc_fields(item))
            for fields in passage_fields(item):
                passages_writer.add_document(**fields)
            _write_record(version_dir, item.record)
        docs_writer.commit()
        passages_writer.commit()
    except BaseException:
        docs_writer.cancel()
        passages_writer.cancel()
        raise
    for stale in old_ids - {p.record.doc_id for p in prepared}:
        _remove_record(version_dir, stale)
    manifest["files"][rel] = {
        "sha256": sha, "sidecar": sidecar_digest(corpus_dir, rel), "doc_ids": [p.record.doc_id for p in prepared],
    }
    return [p.record for p in prepared]


def _unindex(version_dir: str, doc_ids: list[str]) -> None:
    for name in ("docs", "passages"):
        ix = whoosh_index.open_dir(os.path.join(version_dir, name))
        writer = ix.writer(timeout=30)
        for doc_id in doc_ids:
            writer.delete_by_term("doc_id", doc_id)
        writer.commit()
    for doc_id in doc_ids:
        _remove_record(version_dir, doc_id)


def _remove_record(version_dir: str, doc_id: str) -> None:
    path = os.path.join(version_dir, "records", f"{doc_id}.json")
    if os.path.exists(path):
        os.unlink(path)


def find_duplicate(index_dir: str, sha256: str) -> tuple[str, list[str]] | None:
    """The corpus file (and its doc_ids) with exactly these bytes, if the archive has one."""
    version = current_version(index_dir)
    if version is None:
        return None
    for rel, entry in read_manifest(version)["files"].items():
        if entry["sha256"] == sha256:
            return rel, entry["doc_ids"]
    return None


def store_in_corpus(corpus_dir: str, data: bytes, filename: str) -> str:
    """Store bytes durably in the corpus under a safe, unused name.  :return: the relative path."""
    name = safe_name(filename)
    stem, ext = os.path.splitext(name)
    rel, k = name, 2
    while os.path.exists(os.path.join(corpus_dir, rel)):
        rel = f"{stem}-{k}{ext}"
        k += 1
    durable_write(os.path.join(corpus_dir, rel), data)
    return rel


def add_files(corpus_dir: str, index_dir: str, paths: list[str], *, allow_duplicates: bool = False) -> list[Document]:
    """Store each file in the corpus (unless it is there already) and index it.

    :raise DuplicateFile: the same bytes are already in the archive (unless ``allow_duplicates``).
    :raise UnreadableFile: a file is not a readable document; nothing is stored for it.
    """
    from .pipeline import parse_bytes

    added: list[Document] = []
    corpus_abs = os.path.realpath(corpus_dir)
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        parse_bytes(data, os.path.basename(path))  # refuse unreadable files before storing anything
        real = os.path.realpath(path)
        if os.path.dirname(real).startswith(corpus_abs + os.sep) or os.path.dirname(real) == corpus_abs:
            rel = os.path.relpath(real, corpus_abs).replace(os.sep, "/")
        else:
            duplicate = find_duplicate(index_dir, hashlib.sha256(data).hexdigest())
            if duplicate and not allow_duplicates:
                raise DuplicateFile(*duplicate)
            rel = store_in_corpus(corpus_dir, data, os.path.basename(path))
        added += index_corpus_file(corpus_dir, index_dir, rel)
    return added


def index_corpus_file(corpus_dir: str, index_dir: str, rel: str) -> list[Document]:
    """Index (or re-index) one file already stored in the corpus."""
    with write_lock(index_dir):
        version = _version(index_dir)
        manifest = read_manifest(version)
        documents = _index_file(version, manifest, corpus_dir, rel)
        _write_manifest(version, manifest)
    return documents


def remove_document(corpus_dir: str, index_dir: str, doc_id: str) -> str:
    """Withdraw a document: it leaves the index, its original is kept in ``corpus/.withdrawn/``.

    A document that shares its file with others (a compound file) is marked
    withdrawn in the file's sidecar; the file moves only when no part is left.

    :return: the corpus path of its file.
    :raise DocumentNotFound: no such document.
    """
    with write_lock(index_dir):
        version = _version(index_dir)
        manifest = read_manifest(version)
        rel = next((f for f, e in manifest["files"].items() if doc_id in e["doc_ids"]), None)
        if rel is None:
            raise DocumentNotFound(doc_id)
        entry = manifest["files"][rel]
        record_path = os.path.join(version, "records", f"{doc_id}.json")
        part = 1
        if os.path.exists(record_path):
            with open(record_path, encoding="utf-8") as fh:
                part = Document.from_dict(json.load(fh)).source.part
        sidecar = read_sidecar(corpus_dir, rel)
        withdrawn = sorted(set(sidecar.get("withdrawn_parts", [])) | {part})
        sidecar["withdrawn_parts"] = withdrawn
        remaining = [d for d in entry["doc_ids"] if d != doc_id]
        write_sidecar(corpus_dir, rel, sidecar)
        if not remaining:
            _move_to_withdrawn(corpus_dir, rel)
            del manifest["files"][rel]
        else:
            entry["doc_ids"] = remaining
        _unindex(version, [doc_id])
        _write_manifest(version, manifest)
        return rel


def _move_to_withdrawn(corpus_dir: str, rel: str) -> None:
    target_dir = os.path.join(corpus_dir, WITHDRAWN_DIR, os.path.dirname(rel))
    os.makedirs(target_dir, exist_ok=True)
    for name in (rel, rel + ".meta.json"):
        source = os.path.join(corpus_dir, name)
        if os.path.exists(source):
            target = os.path.join(corpus_dir, WITHDRAWN_DIR, name)
            if os.path.exists(target):
                stem, ext = os.path.splitext(target)
                target = f"{stem}-{hashlib.sha256(os.urandom(8)).hexdigest()[:6]}{ext}"
            shutil.move(source, target)
    fsync_dir(os.path.join(corpus_dir, WITHDRAWN_DIR))
    fsync_dir(corpus_dir)


def sync_index(corpus_dir: str, index_dir: str) -> SyncReport:
    """Bring the current index in line with the corpus: index new or changed files, drop vanished ones."""
    report = SyncReport()
    with write_lock(index_dir):
        version = _version(index_dir)
        manifest = read_manifest(version)
        present = corpus_files(corpus_dir)
        for rel in present:
            with open(os.path.join(corpus_dir, rel), "rb") as fh:
                sha = hashlib.sha256(fh.read()).hexdigest()
            entry = manifest["files"].get(rel)
            if entry and entry["sha256"] == sha and entry.get("sidecar") == sidecar_digest(corpus_dir, rel):
                continue
            try:
                _index_file(version, manifest, corpus_dir, rel)
            except ArchiveError as exc:
                report.skipped.append((rel, str(exc)))
                continue
            (report.updated if entry else report.added).append(rel)
            _write_manifest(version, manifest)
        for rel in sorted(set(manifest["files"]) - set(present)):
            _unindex(version, manifest["files"][rel]["doc_ids"])
            del manifest["files"][rel]
            report.removed.append(rel)
            _write_manifest(version, manifest)
    return report
