"""Where OCR results are kept, and who is told how far a long scan has got.

Reading a page by OCR costs one to four seconds; the same scan is read when it is checked, reviewed,
confirmed and every time the index is built.  :class:`OcrCache` keeps each page's result under the
SHA-256 of the file's bytes, so a file is read once whatever asks for it: the upload helper that reads a
scan while the archivist waits, the review page, the confirmation, ``python -m indexer build``.  An entry
records the engine that made it (tesseract's version, the model, the resolution): another engine reads
the page anew.

The cache and a progress callback are set for a stretch of code with :func:`ocr_session`, so that the
readers keep one signature (``bytes -> SourceText``) and the callers that care (the build, the upload
helper, the CLI) say so once.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from indexer.reading.source_text import OcrPage

Progress = Callable[[int, int], None]  # pages done, pages to read


class OcrCache:
    """OCR results by file digest and page, one small JSON file each, under ``folder``."""

    def __init__(self, folder: str):
        self.folder = folder

    def _path(self, sha256: str, page: int) -> str:
        return os.path.join(self.folder, sha256[:2], f"{sha256}-{page}.json")

    def get(self, sha256: str, page: int, engine: str) -> OcrPage | None:
        try:
            with open(self._path(sha256, page), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            return None
        if data.get("engine") != engine:
            return None
        try:
            return OcrPage.from_dict(data["page"])
        except (KeyError, TypeError):
            return None

    def put(self, sha256: str, page: OcrPage, engine: str) -> None:
        """Keep a page's result; a cache that cannot be written (read-only, full) only costs time."""
        path = self._path(sha256, page.number)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"engine": engine, "page": page.to_dict()}, fh, ensure_ascii=False)
            os.replace(tmp, path)  # whole or absent: two builds may write the same page
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)


@dataclass(frozen=True)
class OcrSession:
    cache: OcrCache | None = None
    progress: Progress | None = None
    # The text an archivist typed for pages of the file being read, by page: it stands for what OCR read.
    page_texts: Mapping[int, str] | None = None

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


_NONE = OcrSession()
_CURRENT: contextvars.ContextVar[OcrSession | None] = contextvars.ContextVar("ocr_session", default=None)


def current_session() -> OcrSession:
    return _CURRENT.get() or _NONE


@contextlib.contextmanager
def ocr_session(
    cache_dir: str | None = None, progress: Progress | None = None, page_texts: Mapping | None = None
) -> Iterator[OcrSession]:
    """Within the block, OCR results are kept in (and taken from) ``cache_dir``, each page read is
    reported to ``progress(done, total)``, and the pages an archivist corrected (``page_texts``, by page
    number) are taken as corrected; what is not given is kept from the enclosing block.  Outside any block
    nothing is kept and nobody is told."""
    outer = current_session()
    corrected = {int(k): v for k, v in page_texts.items()} if page_texts else outer.page_texts
    session = OcrSession(OcrCache(cache_dir) if cache_dir else outer.cache, progress or outer.progress, corrected)
    token = _CURRENT.set(session)
    try:
        yield session
    finally:
        _CURRENT.reset(token)
