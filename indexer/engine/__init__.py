"""Engines: what runs the index.  :mod:`indexer.engine.protocol` is the seam every engine implements;
:mod:`indexer.engine.whoosh` the embedded engine, the default; :mod:`indexer.engine.tantivy` a second embedded
engine (Rust), chosen for new builds by the setting :data:`ENGINE_VARIABLE`.

An existing version is opened with the engine that built it (:mod:`indexer.engine.marker`), so changing the
setting never makes an index unreadable: the next build uses the new engine.
"""

from __future__ import annotations

import os

from indexer.engine.marker import WHOOSH, read_marker
from indexer.engine.whoosh import WhooshEngine
from indexer.errors import ArchiveError

# The engine of every index built before there was a choice, and of new ones unless the setting says otherwise.
DEFAULT_ENGINE = WhooshEngine
ENGINE_VARIABLE = "PORTAL_ENGINE"  # "whoosh" (the default) or "tantivy"
ENGINE_NAMES = (WHOOSH, "tantivy")


def engine_named(name: str) -> type:
    """The engine class of a name (tantivy is imported only when asked for: Whoosh needs nothing more)."""
    if name == WHOOSH:
        return WhooshEngine
    if name == "tantivy":
        from indexer.engine.tantivy import TantivyEngine

        return TantivyEngine
    raise ArchiveError(
        f"không có máy tìm kiếm «{name}»; hãy đặt {ENGINE_VARIABLE} là {' hoặc '.join(ENGINE_NAMES)}",
        f"unknown search engine {name!r}: set {ENGINE_VARIABLE} to one of {', '.join(ENGINE_NAMES)}",
        subject=ENGINE_VARIABLE,
    )


def engine_class() -> type:
    """The engine new index versions are built with: the setting, read each time (a test or a command may
    change it), else :data:`DEFAULT_ENGINE`."""
    name = os.environ.get(ENGINE_VARIABLE, "").strip().lower()
    return engine_named(name) if name else DEFAULT_ENGINE


def engine_for(folder: str) -> type:
    """The engine of an existing version folder: the one that built it."""
    return engine_named(read_marker(folder))
