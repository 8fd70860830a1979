"""The embedded Whoosh engine: everything that knows Whoosh, and Whoosh-Reloaded 2.7.5's internals.

``engine`` (the two indexes of a version) and ``searcher`` (one search's view of them) implement
:mod:`indexer.engine.protocol`; ``schema`` says what each entry holds, ``analysis`` how Whoosh runs the
Vietnamese analysis, ``queries`` how a query plan becomes Whoosh queries.  Modules reaching into Whoosh's
private fields, each saying which and why: ``reopen`` (reusing unchanged segment readers),
``paragraph_scores`` (BM25F over postings with numpy), ``phrases`` (phrases through pair terms and
positions), ``vectors`` (the embedding column), ``pool`` and ``merge`` (searchers kept, segments merged).
"""

from indexer.engine.whoosh.engine import WhooshEngine

__all__ = ["WhooshEngine"]
