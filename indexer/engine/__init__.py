"""Engines: what runs the index.  :mod:`indexer.engine.protocol` is the seam every engine implements;
:mod:`indexer.engine.whoosh` the embedded engine, the default."""

from indexer.engine.whoosh import WhooshEngine

# The engine new indexes are built with and existing ones opened with.
DEFAULT_ENGINE = WhooshEngine
