"""Uploads waiting for an archivist's review, kept durably until confirmed or discarded.

A checked upload is written to ``<corpus>/.uploads/<token>/`` (a dot folder:
never taken for a corpus document): the original bytes and ``upload.json``
(name, hash, who, when, batch, the page it was copied from).  Each is written durably, in a temporary
folder renamed into place, so a pending upload is either whole or absent.
Confirming moves the bytes into the corpus through the single writer
(:func:`indexer.archive_bytes`) and then drops the staged copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass

from indexer import StorageFailed, durable_write, fsync_dir

UPLOADS_DIR = ".uploads"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MAX_AGE = dt.timedelta(days=30)  # pending uploads nobody confirmed are dropped after this


@dataclass
class Staged:
    token: str
    filename: str
    sha256: str
    size: int
    by: str
    at: str
    batch: str
    folder: str
    address: str | None = None  # the web page it was copied from, as the archivist gave it

    def data(self) -> bytes:
        with open(os.path.join(self.folder, "original"), "rb") as fh:
            return fh.read()


class Staging:
    def __init__(self, corpus_dir: str):
        self.root = os.path.join(corpus_dir, UPLOADS_DIR)

    def add(self, data: bytes, filename: str, *, by: str, batch: str, address: str | None = None) -> Staged:
        """Keep an upload until it is reviewed.  :return: the staged upload."""
        os.makedirs(self.root, exist_ok=True)
        token = secrets.token_urlsafe(16)
        meta = {
            "token": token,
            "filename": filename,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "by": by,
            "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "batch": batch,
            "address": address,
        }
        tmp = os.path.join(self.root, f".tmp-{token}")
        try:
            durable_write(os.path.join(tmp, "original"), data)
            durable_write(os.path.join(tmp, "upload.json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            os.rename(tmp, os.path.join(self.root, token))
            fsync_dir(self.root)
        except OSError as exc:  # disk full…: nothing of this upload stays
            shutil.rmtree(tmp, ignore_errors=True)
            raise StorageFailed.from_os_error(exc) from None
        return Staged(folder=os.path.join(self.root, token), **meta)

    def get(self, token: str) -> Staged | None:
        if not _TOKEN.match(token or ""):
            return None
        folder = os.path.join(self.root, token)
        try:
            with open(os.path.join(folder, "upload.json"), encoding="utf-8") as fh:
                meta = json.load(fh)
        except (FileNotFoundError, NotADirectoryError, ValueError):
            return None
        return Staged(folder=folder, **meta)

    def pending(self) -> list[Staged]:
        """Every pending upload, oldest first; those older than :data:`MAX_AGE` are dropped."""
        if not os.path.isdir(self.root):
            return []
        found = [s for s in (self.get(name) for name in os.listdir(self.root)) if s is not None]
        limit = (dt.datetime.now().astimezone() - MAX_AGE).isoformat(timespec="seconds")
        for stale in [s for s in found if s.at < limit]:
            self.discard(stale.token)
        return sorted((s for s in found if s.at >= limit), key=lambda s: (s.at, s.filename))

    def discard(self, token: str) -> None:
        if _TOKEN.match(token or ""):
            shutil.rmtree(os.path.join(self.root, token), ignore_errors=True)
