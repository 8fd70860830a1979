"""Archiving an upload in a helper process beside each worker process.

Reading, pyvi segmentation and index writing take 0.2-0.8 s of CPU an upload,
and in a worker's thread they held the worker's GIL: while an importer
uploaded every 3 s, the researchers' searches and document pages in that
worker waited (bench/load.py, 20 clients: document page p95 62 ms without
uploads, 96-120 ms with them).  In a helper process that work runs beside the
worker's threads, which only wait for its answer.

The helper is the worker's child and dies with it (``PR_SET_PDEATHSIG``),
like the workers with the server.  It only runs
:func:`indexer.archive_bytes`, which stores, logs and indexes under
the same locks as before: an upload is acknowledged once the helper has
returned, so what was said about durability holds as it was.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from flask import current_app

import indexer
from app.lifetime import Helper
from indexer import ArchiveError, load_models

# pyvi's and the embedding's models load as it starts, while nobody waits; at a stop, the upload it is
# archiving is finished (a second or less), not cut.
_helper = Helper(warm=load_models)


class UploadInterrupted(ArchiveError):
    """The helper process died while it archived the file (killed, out of memory)."""

    code = "upload_interrupted"
    status = 503

    def __init__(self):
        super().__init__(
            "Việc lưu tệp bị gián đoạn. Hãy tìm tài liệu trong kho trước khi tải lên lại: có thể nó đã được lưu.",
            "Storing the file was interrupted. Look for the document in the archive before uploading it again: "
            "it may have been stored.",
        )


def archive_bytes(*args, **kwargs):
    """:func:`indexer.archive_bytes`, in the helper process unless the setting UPLOAD_PROCESS is off;
    its errors are raised here as they were there."""
    if not current_app.config["UPLOAD_PROCESS"]:
        return indexer.archive_bytes(*args, **kwargs)
    try:
        job = start().submit(indexer.archive_bytes, *args, **kwargs)
    except BrokenProcessPool:  # the helper had died before: nothing was done, a new one does it
        _forget()
        job = start().submit(indexer.archive_bytes, *args, **kwargs)
    try:
        return job.result()
    except BrokenProcessPool:  # it died while archiving: the file may be stored, or not
        _forget()
        raise UploadInterrupted() from None


def start() -> ProcessPoolExecutor:
    """This process's helper, started (and pyvi loaded in it) if it is not yet."""
    return _helper.pool()


def _forget() -> None:
    _helper.forget()
