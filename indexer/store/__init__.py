"""The store: the corpus (the source of truth) and the index derived from it.

``corpus`` (original files, sidecars, the corpus lock), ``audit`` (the log of changes), ``versions`` (index
versions, the ``current`` link, the manifest, the writer's lock), ``build`` (a whole index from the corpus),
``writer`` (the current index kept in line with the corpus), ``changes`` (an upload stored and indexed, a
correction, a withdrawal), ``duplicates``, ``records`` (the Document records of a version), ``handle`` (an
opened index) and ``snapshot`` (what is derived from one generation of it).  The indexes themselves are an
engine's (:mod:`indexer.engine`)."""
