"""The embedded tantivy engine (Rust, through its Python package): everything that knows tantivy.

``engine`` (the two indexes of a version, its writer) and ``searcher`` (one generation's view of them)
implement :mod:`indexer.engine.protocol`, with the Whoosh engine's answers: the same fields holding the same
tokens, given pre-tokenised by the Vietnamese analysis done in Python (``schema``, from
:mod:`indexer.text.views`), the same query trees (``queries``) scored by Whoosh's BM25 (``scoring``), the
same paragraphs (``paragraphs``) and vocabulary (``vocabulary``).  ``generations`` names a commit from
tantivy's ``meta.json`` and gives documents keys by segment.  Chosen by ``PORTAL_ENGINE=tantivy``
(:mod:`indexer.engine`).
"""

from indexer.engine.tantivy.engine import TantivyEngine

__all__ = ["TantivyEngine"]
