"""What the archive already holds of an upload: the same bytes, or the same number from the same issuer.

Each is refused with a 409 naming what is archived (a link for the archivist), unless the upload says to
keep it anyway.
"""

from __future__ import annotations

from indexer.document.record import Document
from indexer.engine import engine_for
from indexer.errors import ArchiveError
from indexer.store.versions import current_version, read_manifest
from indexer.text.numbers import number_key
from indexer.text.vietnamese import key


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
        super().__init__(f"Tệp này đã có trong kho ({rel}).", f"this file is already in the archive ({rel})")


class DuplicateNumber(DuplicateDocument):
    reason = "same_number"

    def __init__(self, number: str, issuer: str | None, doc_ids: list[str]):
        self.doc_ids = doc_ids
        of_vi, of_en = (f" của {issuer}", f" from {issuer}") if issuer else ("", "")
        super().__init__(f"Kho đã có văn bản số {number}{of_vi}.", f"the archive already holds number {number}{of_en}")


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
    engine = engine_for(version).open(version)
    try:
        return [s.doc_id for s in engine.numbered(number_key(number)) if key(s.issuer or "") == key(issuer or "")]
    finally:
        engine.close()


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
