"""Reading a staged scan by OCR in a helper process, while the archivist watches its progress.

A scan of thirty pages takes a minute or two of one core.  It is read once, right after the upload, in a
helper process of its own (the worker's child, dying with it, like the upload helper), never in a thread
answering searches; each page's result goes into the corpus's OCR cache, so the review page, the
confirmation and every later build read it from there.  The job writes its state beside the staged file
(``ocr.json``: running, done or failed, pages done of pages to read), which any worker process can read:
the review page shows it until the text is there.

A job whose state has not moved for :data:`STALLED` seconds (the server was restarted, the helper killed)
is started again; the pages already read come from the cache.
"""

from __future__ import annotations

import json
import os
import threading
import time

from app.lifetime import Helper
from indexer import ArchiveError, durable_write, ocr_session, read_bytes

STATE_FILE = "ocr.json"
STALLED = 300  # seconds without a page read: longer than tesseract's time limit for one page

# At a lower priority than the searches it runs beside; at a stop, a scan being read is cut short (a minute
# or two of work): the pages read are in the cache, and the job is started again once it looks stalled.
_helper = Helper(nice=10, interruptible=True)


def state(folder: str) -> dict | None:
    """The OCR job's state for a staged upload: ``{"state", "done", "total", "error"?}``; None if none ran."""
    try:
        with open(os.path.join(folder, STATE_FILE), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _write(folder: str, **fields) -> None:
    if not os.path.isdir(folder):  # discarded while it was read: nothing to tell
        return
    data = {**fields, "updated": time.time()}
    durable_write(os.path.join(folder, STATE_FILE), json.dumps(data, ensure_ascii=False).encode("utf-8"))


def stalled(found: dict) -> bool:
    """Whether a job said to be running has not moved for :data:`STALLED` seconds."""
    return found["state"] == "running" and time.time() - found.get("updated", 0) >= STALLED


def ensure_started(folder: str, filename: str, cache_dir: str, pages: int, *, in_process: bool) -> dict:
    """Start reading the staged file unless it is being read or was read; a typed file (``pages`` 0) has
    nothing to read.  :return: its state."""
    now = state(folder)
    if now and not stalled(now):
        return now
    if not pages:
        _write(folder, state="done", done=0, total=0)
        return state(folder) or {"state": "done", "done": 0, "total": 0}
    _write(folder, state="running", done=0, total=pages)
    if in_process:
        _helper.pool().submit(read_staged, folder, filename, cache_dir)
    else:
        threading.Thread(target=read_staged, args=(folder, filename, cache_dir), daemon=True).start()
    return state(folder) or {"state": "running", "done": 0, "total": pages}


def read_staged(folder: str, filename: str, cache_dir: str) -> None:
    """Read the staged file, its pages by OCR into the cache, writing the progress as it goes."""
    try:
        with open(os.path.join(folder, "original"), "rb") as fh:
            data = fh.read()
    except OSError:  # discarded before its turn came
        return

    def progress(done: int, total: int) -> None:
        _write(folder, state="running", done=done, total=total)

    try:
        with ocr_session(cache_dir, progress):
            read = read_bytes(data, filename)
    except ArchiveError as exc:
        _write(
            folder,
            state="failed",
            error={"code": exc.code, "status": exc.status, "vi": exc.message_vi, "en": exc.message_en},
        )
        return
    except Exception as exc:  # noqa: BLE001 - a job that dies says so instead of running for ever
        _write(folder, state="failed", error={"code": "ocr_failed", "status": 500, "vi": str(exc), "en": str(exc)})
        raise
    pages = len(read.ocr)
    _write(folder, state="done", done=pages, total=pages)
