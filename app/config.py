"""Every setting of the portal, declared once with its default and what it does.

Values come, in order of precedence, from the ``config`` dict given to
``create_app``, from environment variables ``PORTAL_<NAME>`` (``CORPUS_DIR``
and ``INDEX_DIR`` are also read without the prefix), from
``instance/config.py``, and from these defaults.  ``tests/app/test_app_config.py``
checks that the README lists every one of them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from indexer import VECTORS_CHOICES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = [
    Setting("CORPUS_DIR", os.path.join(ROOT, "corpus"), "Folder of original documents: the source of truth."),
    Setting(
        "INDEX_DIR",
        os.path.join(ROOT, "instance", "index"),
        "Folder of the derived index (rebuilt from CORPUS_DIR when missing).",
    ),
    Setting("HOST", "127.0.0.1", "Address the server listens on."),
    Setting("PORT", 8000, "Port the server listens on."),
    Setting("WORKERS", 0, "Worker processes serving requests, each with THREADS threads; 0: one per core."),
    Setting("THREADS", 8, "Threads of each worker process of the WSGI server (waitress)."),
    Setting("PER_PAGE", 10, "Results per page."),
    Setting("EXPORT_LIMIT", 5000, "Most results an export (CSV, JSON) holds."),
    Setting("DEFAULT_LANG", "vi", "Interface language when none is chosen: vi or en."),
    Setting("SECRET_KEY", None, "Key signing session cookies; generated and kept in instance/secret_key when unset."),
    Setting("MAX_CONTENT_LENGTH", 20 * 1024 * 1024, "Largest request body accepted, in bytes (uploads)."),
    Setting("SYNC_ON_START", True, "Index, at start-up, whatever the corpus holds that the index lacks."),
    Setting(
        "VECTORS",
        "auto",
        "When a build embeds the documents: now (before the portal serves), later (the portal serves their "
        "words at once and fills the sentence vectors in the background), auto (later for a corpus over 20 MB).",
    ),
    Setting(
        "ARCHIVISTS",
        "",
        "Archivist accounts: 'name:password-hash' entries separated by ';' (or a dict in "
        "instance/config.py); make a hash with 'python -m app.auth hash-password'. Empty: nobody can log in.",
    ),
    Setting(
        "API_TOKENS",
        "",
        "Upload API tokens: 'name:sha256-of-token' entries separated by ';'; make one with "
        "'python -m app.auth new-token NAME'.",
    ),
    Setting("MAX_FILE_SIZE", 10 * 1024 * 1024, "Largest file accepted in an upload, in bytes (413 beyond it)."),
    Setting("SESSION_HOURS", 8, "Hours an archivist's login lasts."),
    Setting(
        "UPLOAD_PROCESS",
        True,
        "Archive uploads in a helper process beside each worker, so that their "
        "segmentation and indexing do not slow the searches the worker answers.",
    ),
]


def defaults() -> dict:
    return {s.name: s.default for s in SETTINGS}


def from_environment() -> dict:
    """``PORTAL_PORT=9000`` -> ``{"PORT": 9000}``, typed like the default."""
    out = {}
    for setting in SETTINGS:
        raw = os.environ.get(f"PORTAL_{setting.name}")
        if raw is None and setting.name in ("CORPUS_DIR", "INDEX_DIR"):
            raw = os.environ.get(setting.name)
        if raw is None:
            continue
        if isinstance(setting.default, bool):
            out[setting.name] = raw.strip().lower() in ("1", "true", "yes", "on")
        elif isinstance(setting.default, int):
            out[setting.name] = int(raw)
        else:
            out[setting.name] = raw
    return out


def check(config) -> None:
    """Fail at start-up, not on the first request, when a setting cannot work."""
    if not os.path.isdir(config["CORPUS_DIR"]):
        raise RuntimeError(f"CORPUS_DIR {config['CORPUS_DIR']!r} is not a folder")
    if config["DEFAULT_LANG"] not in ("vi", "en"):
        raise RuntimeError("DEFAULT_LANG must be 'vi' or 'en'")
    for name in ("PER_PAGE", "EXPORT_LIMIT", "PORT", "THREADS"):
        if int(config[name]) < 1:
            raise RuntimeError(f"{name} must be a positive number")
    if int(config["WORKERS"]) < 0:
        raise RuntimeError("WORKERS must be 0 (one per core) or a positive number")
    if config["VECTORS"] not in VECTORS_CHOICES:
        raise RuntimeError(f"VECTORS must be one of {', '.join(VECTORS_CHOICES)}")
