"""The audit log: who uploaded, corrected or withdrew which document, and when.

One JSON object per line in ``corpus/.audit.jsonl``: it records changes of
the corpus, so it lives and is backed up with the corpus (a dot file is
never taken for a document).  Lines are only ever appended, each under an
exclusive lock and fsynced before the call returns.  A line cut short by a
crash is skipped when reading and never glued to the next one.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import json
import os

AUDIT_FILE = ".audit.jsonl"


def audit_path(corpus_dir: str) -> str:
    return os.path.join(corpus_dir, AUDIT_FILE)


def default_actor() -> str:
    """Who runs a command line: the system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    corpus_dir: str, action: str, *, actor: str | None, via: str, doc_ids: list[str], file: str, **details
) -> dict:
    """Append one entry and make it durable.  :return: the entry."""
    entry = {
        "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "actor": actor or default_actor(),
        "via": via,
        "action": action,
        "doc_ids": doc_ids,
        "file": file,
    }
    entry.update({k: v for k, v in details.items() if v not in (None, {}, [])})
    line = json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n"
    fd = os.open(audit_path(corpus_dir), os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line  # the previous writer died mid-line
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    return entry


def entries(corpus_dir: str, limit: int | None = None) -> list[dict]:
    """The entries, newest first (at most ``limit``)."""
    try:
        with open(audit_path(corpus_dir), encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in reversed(lines):
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            out.append(entry)
            if limit and len(out) >= limit:
                break
    return out
