"""The corpus folder: the source of truth the index is derived from.

``corpus/`` holds the original files exactly as received.  Next to a file,
``<name>.meta.json`` (a *sidecar*) may hold what people decided about it:
corrections of extracted fields, pinned document ids, withdrawn parts.
Withdrawn originals move to ``corpus/.withdrawn/``; nothing is ever deleted.

Every write here is durable before it returns: written under a temporary
name, fsynced, renamed into place, and the folder fsynced.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata

from indexer.document.pipeline import parse_file
from indexer.document.record import Document, Role
from indexer.reading import READERS, ocr_session
from indexer.tasks.corrections import corrected_tasks
from indexer.tasks.extract import tasks_of

SIDECAR_SUFFIX = ".meta.json"
WITHDRAWN_DIR = ".withdrawn"
OCR_DIR = ".ocr"  # what OCR read on each page of the scans, by file digest (indexer.reading.ocr_session)
_TMP_PREFIX = ".tmp-"


def durable_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably (temporary file, fsync, rename, fsync folder)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


@contextlib.contextmanager
def corpus_lock(corpus_dir: str):
    """Hold the lock that orders every change of the corpus's files (names, sidecars), across processes.

    An exclusive ``flock`` on the folder itself, so that the corpus holds no lock file.
    It is always taken before the index's write lock, never after: no deadlock.
    """
    fd = os.open(corpus_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def unused_name(corpus_dir: str, filename: str) -> str:
    """A safe name for ``filename`` that neither a file nor a sidecar of the corpus uses yet.

    Call it holding :func:`corpus_lock`, or two writers may pick the same name.

    >>> import tempfile; unused_name(tempfile.mkdtemp(), "../Kế hoạch 15.docx")
    'Kế hoạch 15.docx'
    """
    name = safe_name(filename)
    stem, ext = os.path.splitext(name)
    rel, k = name, 2
    # A sidecar left without its file (a crash between the two writes) must not be adopted by a new file.
    while os.path.lexists(os.path.join(corpus_dir, rel)) or os.path.lexists(sidecar_path(corpus_dir, rel)):
        rel = f"{stem}-{k}{ext}"
        k += 1
    return rel


def fsync_dir(folder: str) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_document_file(name: str) -> bool:
    base = os.path.basename(name)
    return (
        not base.startswith(".") and not base.endswith(SIDECAR_SUFFIX) and os.path.splitext(base)[1].lower() in READERS
    )


def corpus_files(corpus_dir: str) -> list[str]:
    """Paths (relative, ``/``-separated, sorted) of every document file in the corpus."""
    found = []
    for folder, dirs, files in os.walk(corpus_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if is_document_file(name):
                rel = os.path.relpath(os.path.join(folder, name), corpus_dir)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def remove_leftovers(corpus_dir: str, *, staging_age: float = 3600.0) -> list[str]:
    """Delete the temporary files a crash left behind in the corpus; :return: their relative paths.

    A write killed half-way leaves only a ``.tmp-…`` file (the rename never
    happened), which no reader takes for a document.  Those of the corpus are
    removed holding :func:`corpus_lock`, so no write in progress loses its
    file; staging folders (``.uploads/.tmp-…``), written without that lock, only
    once they are older than ``staging_age`` seconds.
    """
    removed = []
    with corpus_lock(corpus_dir):
        for folder, dirs, files in os.walk(corpus_dir):
            staging = os.path.basename(folder) == ".uploads"
            for name in list(dirs):
                path = os.path.join(folder, name)
                if staging and name.startswith(_TMP_PREFIX) and time.time() - os.path.getmtime(path) > staging_age:
                    shutil.rmtree(path, ignore_errors=True)
                    removed.append(os.path.relpath(path, corpus_dir))
            dirs[:] = [d for d in dirs if not d.startswith(_TMP_PREFIX)]
            for name in files:
                if name.startswith(_TMP_PREFIX):
                    os.unlink(os.path.join(folder, name))
                    removed.append(os.path.relpath(os.path.join(folder, name), corpus_dir))
    return sorted(r.replace(os.sep, "/") for r in removed)


def sidecar_path(corpus_dir: str, rel: str) -> str:
    return os.path.join(corpus_dir, rel + SIDECAR_SUFFIX)


def read_sidecar(corpus_dir: str, rel: str) -> dict:
    path = sidecar_path(corpus_dir, rel)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def sidecar_digest(corpus_dir: str, rel: str) -> str | None:
    """A hash of the sidecar's bytes (``None`` without one): the index notes which it applied."""
    path = sidecar_path(corpus_dir, rel)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def write_sidecar(corpus_dir: str, rel: str, data: dict) -> None:
    payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    durable_write(sidecar_path(corpus_dir, rel), payload)


_UNSAFE = re.compile(r"[^\w.\-() ]+", re.UNICODE)


def safe_name(filename: str) -> str:
    """A file name that cannot escape the corpus or confuse a shell: no folders, no control characters.

    >>> safe_name("../../etc/passwd"), safe_name("Kế hoạch 06/2019.txt"), safe_name("..")
    ('passwd', 'Kế hoạch 06-2019.txt', 'tai-lieu')
    """
    name = unicodedata.normalize("NFC", filename).replace("\\", "/")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    # A "/" inside a name that is not a path (06/2019) becomes "-"; a path keeps its last part.
    if name.startswith(("/", ".")) or "../" in name:
        name = name.rsplit("/", 1)[-1]
    name = name.replace("/", "-")
    name = _UNSAFE.sub("-", name).strip(" .-")
    stem, ext = os.path.splitext(name)
    stem = stem[:120].strip(" .-")
    return (stem or "tai-lieu") + ext.lower()


def apply_sidecar(documents: list[Document], sidecar: dict) -> list[Document]:
    """Apply what archivists decided (corrections, pinned ids, withdrawals) to a file's records, and give each
    its tasks (:func:`with_tasks`)."""
    out = []
    withdrawn = set(map(str, sidecar.get("withdrawn_parts", [])))
    for doc in documents:
        part = str(doc.source.part if doc.source else 1)
        if part in withdrawn:
            continue
        corrections = sidecar.get("corrections", {}).get(part, {})
        for name, value in corrections.items():
            if name == "tasks":
                continue  # applied to the tasks extracted from the corrected fields, below
            setattr(doc, name, [Role(**r) for r in value] if name == "roles" else value)
            if name in doc.evidence:  # a person checked it: it is sure now, whatever the extractor said
                doc.evidence[name] = {"line": None, "anchor": None, "how": "corrected", "sure": True}
        with_tasks(doc, corrections.get("tasks"))
        pinned = sidecar.get("doc_ids", {}).get(part)
        if pinned:
            doc.doc_id = pinned
        out.append(doc)
    return out


def with_tasks(doc: Document, corrections: dict | None = None) -> Document:
    """Give a record its tasks (issue 22): those extraction finds from its fields as corrected, then as
    archivists corrected them (:mod:`indexer.tasks.corrections`).  Done once, when the record is indexed: pages
    and the archive-wide task list read them from the record and its summary."""
    doc.tasks = corrected_tasks(tasks_of(doc), corrections or {}, doc.year)
    return doc


def read_corpus_file(corpus_dir: str, rel: str) -> tuple[str, str, list[Document]]:
    """Parse one corpus file with its sidecar applied.  :return: (rel, sha256, documents)."""
    path = os.path.join(corpus_dir, rel)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    sidecar = read_sidecar(corpus_dir, rel)
    with ocr_session(ocr_cache_dir(corpus_dir), page_texts=sidecar.get("page_texts")):
        documents = parse_file(path, corpus_dir, sidecar.get("address"))
    return rel, sha, apply_sidecar(documents, sidecar)


def ocr_cache_dir(corpus_dir: str) -> str:
    """Where the OCR results of the corpus's scans (and of uploads awaiting review) are kept."""
    return os.path.join(corpus_dir, OCR_DIR)


def file_digest(corpus_dir: str, rel: str) -> str:
    """The sha256 of a corpus file's bytes."""
    with open(os.path.join(corpus_dir, rel), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()
