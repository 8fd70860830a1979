"""The import path of the Vietnamese analyzers in indexes built before the library was split into packages.

Whoosh pickles each analyzer's class by its import path into the index (``indexer.analysis.SyllableTokenizer``
in every index built before the classes moved to :mod:`indexer.engine.whoosh.analysis`).  These names keep
such an index readable as it is, without a rebuild: the classes are the very same
(``tests/store/test_index_upgrade.py``).
"""

from indexer.engine.whoosh.analysis import FoldFilter, NfcFilter, PairFilter, SyllableTokenizer, VietnameseTokenizer

__all__ = ["FoldFilter", "NfcFilter", "PairFilter", "SyllableTokenizer", "VietnameseTokenizer"]
