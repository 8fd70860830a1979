"""Search: a query and filters -> ranked documents, passages, facet counts, suggestions.

``answer`` is the entry point (:func:`search`); ``ranking`` orders documents (with ``fusion`` for questions
asked in full sentences), ``passages`` and ``highlight`` show the matching paragraphs, ``facets`` counts
the facet values, ``suggest`` proposes a better query, ``evaluate`` measures it all on a benchmark.  Every
read of the index goes through the engine protocol (:mod:`indexer.engine.protocol`).
"""

from indexer.search.answer import BadQuery, SearchOptions, search, suggest, total_pages, warm

__all__ = ["BadQuery", "SearchOptions", "search", "suggest", "total_pages", "warm"]
