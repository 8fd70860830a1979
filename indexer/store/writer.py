"""Incremental changes to the current index: add files, correct or remove a document, sync with the corpus.

Each function takes the single-writer lock, changes the Whoosh indexes of the
current version in place, and rewrites the manifest last: if the process dies
half-way, :func:`sync_index` (run at start-up) finds the corpus file missing
from the manifest and indexes it again, which is idempotent.

Changes of the corpus itself (a new file and its sidecar, a correction, a
withdrawal) hold the corpus lock around the whole change, index included, so
that two uploads at once get distinct names and the second sees the first
when it looks for duplicates.  Every change is written to the audit log.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import shutil
from dataclasses import dataclass, field

from whoosh import index as whoosh_index
from whoosh.query import Term

from indexer.store import audit
from indexer.store.corpus import (
    WITHDRAWN_DIR, corpus_files, corpus_lock, durable_write, fsync_dir, read_sidecar, remove_leftovers, sidecar_digest,
    sidecar_path, unused_name, write_sidecar,
)
from indexer.errors import ArchiveError, StorageFailed
from indexer.document.extract import make_doc_id
from indexer.store.index import (
    IndexMissing, Prepared, _write_manifest, _write_record, apply_sidecar, current_version, doc_fields,
    passage_fields, prepare, read_corpus_file, read_manifest, unique_ids, write_lock,
)
from indexer.text.numbers import number_key
from indexer.document.record import Document
from indexer.text.vietnamese import key


class DocumentNotFound(ArchiveError):
    code = "not_found"
    status = 404

    def __init__(self, doc_id: str):
        super().__init__(f"Không có văn bản «{doc_id}» trong kho.", f"no document '{doc_id}' in the archive")


class DuplicateDocument(ArchiveError):
    """The archive already holds this document; ``doc_ids`` say which (for a link to it)."""

    code = "duplicate"
    status = 409
    doc_ids: list[str] = []


class DuplicateFile(DuplicateDocument):
    reason = "same_file"

    def __init__(self, rel: str, doc_ids: list[str]):
        self.existing = rel
        self.doc_ids = doc_ids
        super().__init__(
            f"Tệp này đã có trong kho ({rel}).", f"this file is already in the archive ({rel})"
        )


class DuplicateNumber(DuplicateDocument):
    reason = "same_number"

    def __init__(self, number: str, issuer: str | None, doc_ids: list[str]):
        self.doc_ids = doc_ids
        of_vi, of_en = (f" của {issuer}", f" from {issuer}") if issuer else ("", "")
        super().__init__(
            f"Kho đã có văn bản số {number}{of_vi}.", f"the archive already holds number {number}{of_en}"
        )


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


def _version(index_dir: str) -> str:
    version = current_version(index_dir)
    if version is None:
        raise IndexMissing(index_dir)
    return version


MERGE_WIDTH = 4  # segments of one size tier merged together
MERGE_BASE_BYTES = 256 * 1024  # tier 0: segments smaller than this; tier k: up to MERGE_WIDTH ** k times more
MERGE_MAX_BYTES = 1024 * 1024  # segments larger than this are never merged by an upload


def merge_by_tier(writer, segments) -> list:
    """Whoosh merge policy for uploads: merge the small segments of a size tier once it holds
    :data:`MERGE_WIDTH` of them; never touch a segment larger than :data:`MERGE_MAX_BYTES`.

    Whoosh's default policy sometimes merged the whole archive into one segment
    during an upload: 8 to 13 s before the archivist got an answer.  Tiers by
    number of documents did it too, once in a long while: a documents-index
    segment of 44 laws (20 MB) sat in the tier of 10-99 documents with the
    merged uploads, and the 36th upload after a build took 12.8 s to merge it;
    at 200,000 paragraphs it would have been minutes, with every other upload
    waiting for the writer lock.  Tiers by size on disk, and a ceiling: an upload
    merges at most ``MERGE_WIDTH * MERGE_MAX_BYTES`` (a few seconds, once in a
    long while), and keeps at most ``MERGE_WIDTH - 1`` small segments a tier, so
    searches do not pay for many tiny segments (1-2 ms each).  A rebuild
    (``python -m indexer build``) leaves one segment per index again.
    """
    from whoosh.reading import SegmentReader

    files = list(writer.storage.list())
    tiers: dict[int, list] = {}
    for segment in segments:
        size = segment_bytes(segment, files, writer.storage)
        if size <= MERGE_MAX_BYTES:
            tier = 0 if size < MERGE_BASE_BYTES else 1 + int(math.log(size / MERGE_BASE_BYTES, MERGE_WIDTH))
            tiers.setdefault(tier, []).append(segment)
    merging = [segment for tier in tiers.values() if len(tier) >= MERGE_WIDTH for segment in tier]
    for segment in merging:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in merging]


def segment_bytes(segment, files: list[str], storage) -> int:
    """The size on disk of a Whoosh segment: its compound file, or each of its files."""
    prefix = f"{segment.indexname}_{segment.segid}"
    return sum(storage.file_length(name) for name in files if name.startswith(prefix))


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
        docs_writer.commit(mergetype=merge_by_tier)
        passages_writer.commit(mergetype=merge_by_tier)
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
        writer.commit(mergetype=merge_by_tier)
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


def find_same_number(index_dir: str, number: str | None, issuer: str | None) -> list[str]:
    """The doc_ids of archived documents with this number from this issuer (case, tones, spelling aside)."""
    version = current_version(index_dir)
    if version is None or not number:
        return []

    docs = whoosh_index.open_dir(os.path.join(version, "docs"))
    with docs.searcher() as searcher:
        hits = searcher.search(Term("number_key", number_key(number)), limit=None)
        return [hit["doc_id"] for hit in hits if key(hit["summary"].get("issuer") or "") == key(issuer or "")]


def duplicates(index_dir: str, sha256: str, documents: list[Document]) -> list[DuplicateDocument]:
    """What the archive already holds of a file: the same bytes, or the same number from the same issuer."""
    found: list[DuplicateDocument] = []
    same_file = find_duplicate(index_dir, sha256)
    if same_file:
        found.append(DuplicateFile(*same_file))
    for doc in documents:
        ids = [d for d in find_same_number(index_dir, doc.number, doc.issuer) if not same_file or d not in same_file[1]]
        if ids:
            found.append(DuplicateNumber(doc.number, doc.issuer, ids))
    return found


def store_in_corpus(corpus_dir: str, data: bytes, filename: str) -> str:
    """Store bytes durably in the corpus under a safe, unused name.  :return: the relative path."""
    with corpus_lock(corpus_dir):
        rel = unused_name(corpus_dir, filename)
        durable_write(os.path.join(corpus_dir, rel), data)
    return rel


def _pinned_ids(index_dir: str, documents: list[Document], sha256: str) -> dict[str, str]:
    """The doc_id of each part, made from the corrected fields and unique in the archive.

    Pinned in the sidecar, it stays the same when the number is corrected later, so links keep working.
    """
    version = current_version(index_dir)
    taken = {i for e in read_manifest(version)["files"].values() for i in e["doc_ids"]} if version else set()
    items = []
    for doc in documents:
        doc.doc_id = make_doc_id(doc.number, doc.year, doc.province, doc.level, doc.doc_type, doc.issuer,
                                 f"{sha256}:{doc.source.part}")
        items.append(Prepared(doc, ""))
    unique_ids(items, taken)
    return {str(doc.source.part): doc.doc_id for doc in documents}


def archive_bytes(corpus_dir: str, index_dir: str, data: bytes, filename: str, *, corrections: dict | None = None,
                  allow_duplicates: bool = False, actor: str | None = None, via: str = "cli") -> tuple[str, list[Document]]:
    """Archive an uploaded file: store it durably in the corpus with its sidecar, log it, index it.

    The sidecar (corrections, pinned ids, who uploaded it) is written before the
    original, so the original never appears without it; a crash before indexing
    leaves the original in the corpus, and the next start indexes it.

    :param corrections: ``{part: {field: value}}``, as :func:`indexer.corrections.changes` makes them.
    :return: the corpus path and the indexed records.
    :raise DuplicateDocument: the same bytes, or the same number from the same issuer, are archived
        (unless ``allow_duplicates``).
    :raise UnreadableFile: the bytes are not a readable document; nothing is stored.
    """
    from indexer.document.pipeline import parse_bytes

    sha = hashlib.sha256(data).hexdigest()
    corrections = {str(part): fields for part, fields in (corrections or {}).items() if fields}
    with corpus_lock(corpus_dir):
        documents = apply_sidecar(parse_bytes(data, filename), {"corrections": corrections})
        if not allow_duplicates:
            found = duplicates(index_dir, sha, documents)
            if found:
                raise found[0]
        rel = unused_name(corpus_dir, filename)
        pinned = _pinned_ids(index_dir, documents, sha)
        sidecar = {
            "uploaded": {"by": actor or audit.default_actor(), "via": via, "name": filename,
                         "at": dt.datetime.now().astimezone().isoformat(timespec="seconds")},
            "doc_ids": pinned,
        }
        if corrections:
            sidecar["corrections"] = corrections
        try:
            write_sidecar(corpus_dir, rel, sidecar)
            durable_write(os.path.join(corpus_dir, rel), data)
        except OSError as exc:  # disk full, read-only…: take back the sidecar, so nothing is half-stored
            with contextlib.suppress(OSError):
                os.unlink(sidecar_path(corpus_dir, rel))
            raise StorageFailed.from_os_error(exc) from None
        audit.record(corpus_dir, "upload", actor=actor, via=via, doc_ids=list(pinned.values()), file=rel,
                     name=filename, corrections=corrections, duplicate=allow_duplicates or None)
        records = index_corpus_file(corpus_dir, index_dir, rel)
    return rel, records


def add_files(corpus_dir: str, index_dir: str, paths: list[str], *, allow_duplicates: bool = False,
              actor: str | None = None, via: str = "cli") -> list[Document]:
    """Store each file in the corpus (unless it is there already) and index it.

    Every file is read and checked first: nothing is stored unless all of them can be.

    :raise DuplicateDocument: the same bytes, or the same number from the same issuer, are already
        in the archive (unless ``allow_duplicates``).
    :raise UnreadableFile: a file is not a readable document; nothing is stored.
    """
    from indexer.document.pipeline import parse_bytes

    corpus_abs = os.path.realpath(corpus_dir)
    checked = []
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            documents = parse_bytes(data, os.path.basename(path))
        except ArchiveError as exc:
            raise exc.for_subject(path) from None
        real = os.path.realpath(path)
        inside = os.path.dirname(real) == corpus_abs or os.path.dirname(real).startswith(corpus_abs + os.sep)
        if not inside and not allow_duplicates:
            found = duplicates(index_dir, hashlib.sha256(data).hexdigest(), documents)
            if found:
                raise found[0]
        checked.append((path, data, os.path.relpath(real, corpus_abs).replace(os.sep, "/") if inside else None))
    added: list[Document] = []
    for path, data, rel in checked:
        if rel is not None:  # already in the corpus: index it where it is
            added += index_corpus_file(corpus_dir, index_dir, rel)
        else:
            added += archive_bytes(corpus_dir, index_dir, data, os.path.basename(path),
                                   allow_duplicates=allow_duplicates, actor=actor, via=via)[1]
    return added


def index_corpus_file(corpus_dir: str, index_dir: str, rel: str) -> list[Document]:
    """Index (or re-index) one file already stored in the corpus."""
    with write_lock(index_dir):
        version = _version(index_dir)
        manifest = read_manifest(version)
        documents = _index_file(version, manifest, corpus_dir, rel)
        _write_manifest(version, manifest)
    return documents


def _locate(version: str, manifest: dict, doc_id: str) -> tuple[str, int]:
    """The corpus file holding ``doc_id`` and which part of it the document is.

    :raise DocumentNotFound: no such document.
    """
    rel = next((f for f, e in manifest["files"].items() if doc_id in e["doc_ids"]), None)
    if rel is None:
        raise DocumentNotFound(doc_id)
    record_path = os.path.join(version, "records", f"{doc_id}.json")
    part = 1
    if os.path.exists(record_path):
        with open(record_path, encoding="utf-8") as fh:
            part = Document.from_dict(json.load(fh)).source.part
    return rel, part


def correct_document(corpus_dir: str, index_dir: str, doc_id: str, wanted: dict, *, actor: str | None = None,
                     via: str = "cli") -> Document:
    """Keep an archivist's corrections of a document in its sidecar and index it again.

    ``wanted`` holds the cleaned values (:mod:`indexer.corrections`) of the fields to
    set; the sidecar keeps only those that differ from what extraction finds.  The
    doc_id is pinned, so a corrected number does not move the document's address.

    :return: the record as now indexed.
    :raise DocumentNotFound: no such document.
    """
    from indexer.document.corrections import changes
    from indexer.document.pipeline import parse_file

    with corpus_lock(corpus_dir):
        version = _version(index_dir)
        rel, part = _locate(version, read_manifest(version), doc_id)
        extracted = {d.source.part: d for d in parse_file(os.path.join(corpus_dir, rel), corpus_dir)}[part]
        new = changes(extracted, wanted)
        sidecar = read_sidecar(corpus_dir, rel)
        before = sidecar.get("corrections", {}).get(str(part), {})
        if new:
            sidecar.setdefault("corrections", {})[str(part)] = new
        else:
            sidecar.get("corrections", {}).pop(str(part), None)
        sidecar.setdefault("doc_ids", {})[str(part)] = doc_id
        write_sidecar(corpus_dir, rel, sidecar)
        fields = {name: {"from": before.get(name, _plain(getattr(extracted, name))), "to": value}
                  for name, value in new.items() if before.get(name, _plain(getattr(extracted, name))) != value}
        fields.update({name: {"from": value, "to": _plain(getattr(extracted, name))}
                       for name, value in before.items() if name not in new})
        audit.record(corpus_dir, "correct", actor=actor, via=via, doc_ids=[doc_id], file=rel, fields=fields)
        records = index_corpus_file(corpus_dir, index_dir, rel)
    return next(r for r in records if r.doc_id == doc_id)


def _plain(value):
    """A field's value as JSON holds it (roles as dicts)."""
    if isinstance(value, list):
        return [v.__dict__ if hasattr(v, "__dict__") else v for v in value]
    return value


def remove_document(corpus_dir: str, index_dir: str, doc_id: str, *, actor: str | None = None, via: str = "cli",
                    reason: str | None = None) -> str:
    """Withdraw a document: it leaves the index, its original is kept in ``corpus/.withdrawn/``.

    A document that shares its file with others (a compound file) is marked
    withdrawn in the file's sidecar; the file moves only when no part is left.

    :return: the corpus path of its file.
    :raise DocumentNotFound: no such document.
    """
    with corpus_lock(corpus_dir), write_lock(index_dir):
        version = _version(index_dir)
        manifest = read_manifest(version)
        rel, part = _locate(version, manifest, doc_id)
        entry = manifest["files"][rel]
        sidecar = read_sidecar(corpus_dir, rel)
        withdrawn = sorted(set(sidecar.get("withdrawn_parts", [])) | {part})
        sidecar["withdrawn_parts"] = withdrawn
        remaining = [d for d in entry["doc_ids"] if d != doc_id]
        write_sidecar(corpus_dir, rel, sidecar)
        audit.record(corpus_dir, "withdraw", actor=actor, via=via, doc_ids=[doc_id], file=rel, reason=reason)
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
    report = SyncReport(leftovers=remove_leftovers(corpus_dir))
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
