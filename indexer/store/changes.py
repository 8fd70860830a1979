"""The archive's changes: a file stored and indexed, a document corrected, a document withdrawn.

Changes of the corpus itself (a new file and its sidecar, a correction, a withdrawal) hold the corpus lock
around the whole change, index included, so that two uploads at once get distinct names and the second sees
the first when it looks for duplicates.  Every change is written to the audit log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil

from indexer.document.corrections import corrections_between
from indexer.document.extract import make_doc_id
from indexer.document.intake import check_address
from indexer.document.pipeline import parse_bytes, parse_file
from indexer.document.record import Document
from indexer.errors import ArchiveError, StorageFailed
from indexer.reading import ocr_session
from indexer.store import audit
from indexer.store.build import unique_ids
from indexer.store.corpus import (
    WITHDRAWN_DIR,
    apply_sidecar,
    corpus_lock,
    durable_write,
    fsync_dir,
    ocr_cache_dir,
    read_sidecar,
    sidecar_path,
    unused_name,
    write_sidecar,
)
from indexer.store.duplicates import duplicates
from indexer.store.records import Records
from indexer.store.versions import (
    archived_ids,
    current_version,
    existing_version,
    read_manifest,
    write_lock,
    write_manifest,
)
from indexer.store.writer import index_corpus_file, unindex
from indexer.tasks.corrections import task_corrections_between


class DocumentNotFound(ArchiveError):
    code = "not_found"
    status = 404

    def __init__(self, doc_id: str):
        super().__init__(f"Không có văn bản «{doc_id}» trong kho.", f"no document '{doc_id}' in the archive")


def archive_bytes(
    corpus_dir: str,
    index_dir: str,
    data: bytes,
    filename: str,
    *,
    corrections: dict | None = None,
    page_texts: dict | None = None,
    allow_duplicates: bool = False,
    actor: str | None = None,
    via: str = "cli",
    address: str | None = None,
) -> tuple[str, list[Document]]:
    """Archive an uploaded file: store it durably in the corpus with its sidecar, log it, index it.

    The sidecar (corrections, pinned ids, who uploaded it) is written before the original, so the original
    never appears without it; a crash before indexing leaves the original in the corpus, and the next start
    indexes it.

    :param corrections: ``{part: {field: value}}``, as
        :func:`indexer.document.corrections.corrections_between` makes them.
    :param page_texts: ``{page: text}``, the text an archivist typed for pages of a scan, read in place of
        what OCR read (:func:`indexer.document.corrections.clean_page_texts` checks them).
    :param address: the web page it was copied from (checked by :func:`indexer.document.intake.check_address`),
        kept in the sidecar: it places a copy whose text names no province.
    :return: the corpus path and the indexed records.
    :raise DuplicateDocument: the same bytes, or the same number from the same issuer, are archived (unless
        ``allow_duplicates``).
    :raise UnreadableFile: the bytes are not a readable document; nothing is stored.
    :raise BadAddress: ``address`` is no web address; nothing is stored.
    """
    address = check_address(address)
    sha = hashlib.sha256(data).hexdigest()
    corrections = {str(part): fields for part, fields in (corrections or {}).items() if fields}
    page_texts = {str(page): text for page, text in (page_texts or {}).items()}
    with corpus_lock(corpus_dir), ocr_session(ocr_cache_dir(corpus_dir), page_texts=page_texts):
        documents = apply_sidecar(parse_bytes(data, filename, address=address), {"corrections": corrections})
        if not allow_duplicates:
            found = duplicates(index_dir, sha, documents)
            if found:
                raise found[0]
        rel = unused_name(corpus_dir, filename)
        pinned = _pinned_ids(index_dir, documents, sha)
        kept = {"corrections": corrections, "page_texts": page_texts, "address": address}
        sidecar = {"uploaded": _upload_note(actor, via, filename), "doc_ids": pinned}
        _store(corpus_dir, rel, data, sidecar | {key: value for key, value in kept.items() if value})
        audit.record(
            corpus_dir,
            "upload",
            actor=actor,
            via=via,
            doc_ids=list(pinned.values()),
            file=rel,
            name=filename,
            corrections=corrections,
            duplicate=allow_duplicates or None,
        )
        records = index_corpus_file(corpus_dir, index_dir, rel, words_first=True)
    return rel, records


def _upload_note(actor: str | None, via: str, filename: str) -> dict:
    """Who uploaded a file, how, under what name, when: kept in its sidecar."""
    at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return {"by": actor or audit.default_actor(), "via": via, "name": filename, "at": at}


def _store(corpus_dir: str, rel: str, data: bytes, sidecar: dict) -> None:
    """Write the sidecar, then the original, each durably; on failure take the sidecar back: nothing half-stored.

    :raise StorageFailed: the disk is full, read-only…
    """
    try:
        write_sidecar(corpus_dir, rel, sidecar)
        durable_write(os.path.join(corpus_dir, rel), data)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(sidecar_path(corpus_dir, rel))
        raise StorageFailed.from_os_error(exc) from None


def _pinned_ids(index_dir: str, documents: list[Document], sha256: str) -> dict[str, str]:
    """The doc_id of each part, made from the corrected fields and unique in the archive.

    Pinned in the sidecar, it stays the same when the number is corrected later, so links keep working.
    """
    version = current_version(index_dir)
    taken = archived_ids(read_manifest(version)) if version else set()
    for doc in documents:
        doc.doc_id = make_doc_id(
            doc.number, doc.year, doc.province, doc.level, doc.doc_type, doc.issuer, f"{sha256}:{doc.source.part}"
        )
    unique_ids(documents, taken)
    return {str(doc.source.part): doc.doc_id for doc in documents}


def add_files(
    corpus_dir: str,
    index_dir: str,
    paths: list[str],
    *,
    allow_duplicates: bool = False,
    actor: str | None = None,
    via: str = "cli",
    address: str | None = None,
) -> list[Document]:
    """Store each file in the corpus (unless it is there already) and index it.

    Every file is read and checked first: nothing is stored unless all of them can be.

    :param address: the web page the files were copied from (:func:`archive_bytes`).

    :raise DuplicateDocument: the same bytes, or the same number from the same issuer, are already in the
        archive (unless ``allow_duplicates``).
    :raise UnreadableFile: a file is not a readable document; nothing is stored.
    """
    corpus_abs = os.path.realpath(corpus_dir)
    checked = []
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            with ocr_session(ocr_cache_dir(corpus_dir)):
                documents = parse_bytes(data, os.path.basename(path), address=check_address(address))
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
            added += index_corpus_file(corpus_dir, index_dir, rel, words_first=True)
        else:
            added += archive_bytes(
                corpus_dir,
                index_dir,
                data,
                os.path.basename(path),
                allow_duplicates=allow_duplicates,
                actor=actor,
                via=via,
                address=address,
            )[1]
    return added


def _locate(version: str, manifest: dict, doc_id: str) -> tuple[str, int]:
    """The corpus file holding ``doc_id`` and which part of it the document is.

    :raise DocumentNotFound: no such document.
    """
    rel = next((f for f, e in manifest["files"].items() if doc_id in e["doc_ids"]), None)
    if rel is None:
        raise DocumentNotFound(doc_id)
    return rel, Records(version).part_of(doc_id)


def correct_document(
    corpus_dir: str, index_dir: str, doc_id: str, wanted: dict, *, actor: str | None = None, via: str = "cli"
) -> Document:
    """Keep an archivist's corrections of a document in its sidecar and index it again.

    ``wanted`` holds the cleaned values (:mod:`indexer.document.corrections`) of the fields to set, and
    ``tasks``, the cleaned rows of the tasks to correct (:func:`indexer.tasks.corrections.clean_tasks`); the
    sidecar keeps only what differs from what extraction finds.  The doc_id is pinned, so a corrected
    number does not move the document's address.

    :return: the record as now indexed.
    :raise DocumentNotFound: no such document.
    """
    with corpus_lock(corpus_dir):
        version = existing_version(index_dir)
        rel, part = _locate(version, read_manifest(version), doc_id)
        kept = read_sidecar(corpus_dir, rel)
        with ocr_session(ocr_cache_dir(corpus_dir), page_texts=kept.get("page_texts")):
            parsed = parse_file(os.path.join(corpus_dir, rel), corpus_dir, kept.get("address"))
        extracted = {d.source.part: d for d in parsed}[part]
        new = corrections_between(extracted, wanted)
        sidecar = read_sidecar(corpus_dir, rel)
        before = sidecar.get("corrections", {}).get(str(part), {})
        tasks = _task_corrections(extracted, new, wanted, before.get("tasks", {}))
        if tasks:
            new["tasks"] = tasks
        if new:
            sidecar.setdefault("corrections", {})[str(part)] = new
        else:
            sidecar.get("corrections", {}).pop(str(part), None)
        sidecar.setdefault("doc_ids", {})[str(part)] = doc_id
        write_sidecar(corpus_dir, rel, sidecar)
        audit.record(
            corpus_dir,
            "correct",
            actor=actor,
            via=via,
            doc_ids=[doc_id],
            file=rel,
            fields=_changed_fields(extracted, before, new),
        )
        records = index_corpus_file(corpus_dir, index_dir, rel, words_first=True)
    return next(r for r in records if r.doc_id == doc_id)


def _task_corrections(extracted: Document, new: dict, wanted: dict, kept: dict) -> dict:
    """The corrections of the tasks to keep: against the tasks extraction finds once the other fields are
    corrected as ``new`` says (the roles decide who leads); those kept so far when no task was asked about."""
    if "tasks" not in wanted:
        return kept
    part = str(extracted.source.part if extracted.source else 1)
    copy = Document.from_dict(extracted.to_dict())  # ``extracted`` is what the audit log compares with
    corrected = apply_sidecar([copy], {"corrections": {part: {k: v for k, v in new.items() if k != "tasks"}}})
    return task_corrections_between(corrected[0].tasks, wanted["tasks"], kept)


def task_corrections(corpus_dir: str, index_dir: str, doc_id: str) -> dict:
    """The corrections of a document's tasks kept in its sidecar, by anchor (a dropped task's among them).

    :raise DocumentNotFound: no such document.
    """
    version = existing_version(index_dir)
    rel, part = _locate(version, read_manifest(version), doc_id)
    return read_sidecar(corpus_dir, rel).get("corrections", {}).get(str(part), {}).get("tasks", {})


def _changed_fields(extracted: Document, before: dict, new: dict) -> dict:
    """What the audit log says of a correction: each field changed, from what to what."""
    fields = {
        name: {"from": before.get(name, _plain(getattr(extracted, name))), "to": value}
        for name, value in new.items()
        if before.get(name, _plain(getattr(extracted, name))) != value
    }
    fields.update(
        {
            name: {"from": value, "to": _plain(getattr(extracted, name))}
            for name, value in before.items()
            if name not in new
        }
    )
    return fields


def _plain(value):
    """A field's value as JSON holds it (roles as dicts)."""
    if isinstance(value, list):
        return [v.__dict__ if hasattr(v, "__dict__") else v for v in value]
    return value


def remove_document(
    corpus_dir: str,
    index_dir: str,
    doc_id: str,
    *,
    actor: str | None = None,
    via: str = "cli",
    reason: str | None = None,
) -> str:
    """Withdraw a document: it leaves the index, its original is kept in ``corpus/.withdrawn/``.

    A document that shares its file with others (a compound file) is marked withdrawn in the file's
    sidecar; the file moves only when no part is left.

    :return: the corpus path of its file.
    :raise DocumentNotFound: no such document.
    """
    with corpus_lock(corpus_dir), write_lock(index_dir):
        version = existing_version(index_dir)
        manifest = read_manifest(version)
        rel, part = _locate(version, manifest, doc_id)
        entry = manifest["files"][rel]
        sidecar = read_sidecar(corpus_dir, rel)
        sidecar["withdrawn_parts"] = sorted(set(sidecar.get("withdrawn_parts", [])) | {part})
        remaining = [d for d in entry["doc_ids"] if d != doc_id]
        write_sidecar(corpus_dir, rel, sidecar)
        audit.record(corpus_dir, "withdraw", actor=actor, via=via, doc_ids=[doc_id], file=rel, reason=reason)
        if not remaining:
            _move_to_withdrawn(corpus_dir, rel)
            del manifest["files"][rel]
        else:
            entry["doc_ids"] = remaining
        unindex(version, [doc_id])
        write_manifest(version, manifest)
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
