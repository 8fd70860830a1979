"""The embedded engine: one version of the index as two Whoosh indexes, documents and paragraphs.

Implements :class:`indexer.engine.protocol.Engine`.  Searches take a searcher of each index from this
process's pools (:mod:`indexer.engine.whoosh.pool`); writes go through one writer of each index, committed
together.  What is read of a segment once (its documents' summaries, its vocabulary) is kept by segment: an
upload adds a small segment and leaves the others as they were.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from whoosh import index as whoosh_index
from whoosh.query import Term

from indexer.document.prepared import Prepared
from indexer.document.summary import Summary
from indexer.engine.protocol import Vocabulary
from indexer.engine.whoosh import terms
from indexer.engine.whoosh.merge import merge_by_tier
from indexer.engine.whoosh.pool import FREE_SEARCHERS, SearcherPool
from indexer.engine.whoosh.schema import doc_fields, doc_schema, passage_fields, passage_schema
from indexer.engine.whoosh.searcher import WhooshSearcher

WRITER_TIMEOUT_S = 30  # a writer waits this long for Whoosh's own lock (the store's lock comes first anyway)
BULK_MEMORY_MB = {"docs": 128, "passages": 256}  # a build's writers: segments written in fewer pieces


class WhooshEngine:
    searchers_kept = FREE_SEARCHERS
    takes_views = False  # its analyzers make the views as it adds a document

    def __init__(self, folder: str):
        self.folder = folder
        self.docs = whoosh_index.open_dir(os.path.join(folder, "docs"))
        self.passages = whoosh_index.open_dir(os.path.join(folder, "passages"))
        self._pools = {"docs": SearcherPool(self.docs), "passages": SearcherPool(self.passages)}
        self._segment_rows: dict = {}  # (segment id, deletions) -> [(docnum in segment, summary)]
        self._segment_terms: dict = {}  # segment id -> (syllable counts, word counts)

    @classmethod
    def create(cls, folder: str) -> WhooshEngine:
        for name, schema in (("docs", doc_schema()), ("passages", passage_schema())):
            os.makedirs(os.path.join(folder, name), exist_ok=True)
            whoosh_index.create_in(os.path.join(folder, name), schema)
        return cls(folder)

    @classmethod
    def open(cls, folder: str) -> WhooshEngine:
        return cls(folder)

    @contextlib.contextmanager
    def searching(self) -> Iterator[WhooshSearcher]:
        with self._pools["docs"].searcher() as docs, self._pools["passages"].searcher() as passages:
            yield WhooshSearcher(self, docs, passages)

    @contextlib.contextmanager
    def writing(self, *, bulk: bool = False) -> Iterator[WhooshWriter]:
        if bulk:
            docs, passages = (
                self.docs.writer(limitmb=BULK_MEMORY_MB["docs"]),
                self.passages.writer(limitmb=BULK_MEMORY_MB["passages"]),
            )
        else:
            docs, passages = self.docs.writer(timeout=WRITER_TIMEOUT_S), self.passages.writer(timeout=WRITER_TIMEOUT_S)
        # A build ends in one segment per index; an upload merges only small segments (merge_by_tier).
        policy = {} if bulk else {"mergetype": merge_by_tier}
        pending = [docs, passages]
        try:
            yield WhooshWriter(docs, passages)
            while pending:
                pending[0].commit(**policy)
                pending.pop(0)
        except BaseException:
            for writer in pending:
                writer.cancel()
            raise

    def latest_generation(self) -> tuple[int, int]:
        return self.docs.latest_generation(), self.passages.latest_generation()

    def numbered(self, number_key: str) -> list[Summary]:
        with self.docs.searcher() as searcher:
            return [
                Summary.from_dict(hit["summary"]) for hit in searcher.search(Term("number_key", number_key), limit=None)
            ]

    def rows(self, reader) -> list[tuple[int, Summary]]:
        """``(docnum, summary)`` of every live document of a reader, reading only the segments not read before.

        An upload adds a segment and leaves the others as they were (with the same deletions): their
        summaries are taken from the last reader's, not unpickled again (50 ms a search after every upload
        at 170 documents).
        """
        rows, known = [], {}
        for leaf, offset in reader.leaf_readers():
            segment = leaf.segment()
            key = (segment.segment_id(), frozenset(segment.deleted_docs())) if segment is not None else None
            local = self._segment_rows.get(key) if key is not None else None
            if local is None:
                local = [(docnum, Summary.from_dict(fields["summary"])) for docnum, fields in leaf.iter_docs()]
            if key is not None:
                known[key] = local
            rows += [(offset + docnum, summary) for docnum, summary in local]
        self._segment_rows = known
        return rows

    def vocabulary(self, reader) -> Vocabulary:
        found, self._segment_terms = terms.vocabulary(reader, self._segment_terms)
        return found

    def forget_searchers(self) -> None:
        for pool in self._pools.values():
            pool.forget()

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self.docs.close()
        self.passages.close()


class WhooshWriter:
    """:class:`~indexer.engine.protocol.EngineWriter`: a writer of each index, committed together."""

    def __init__(self, docs, passages):
        self.docs = docs
        self.passages = passages

    def add(self, prepared: Prepared) -> None:
        self.docs.add_document(**self._doc_fields(prepared))
        for fields in passage_fields(prepared):
            self.passages.add_document(**fields)

    def add_vectors(self, prepared: Prepared) -> None:
        self.docs.delete_by_term("doc_id", prepared.record.doc_id)
        self.docs.add_document(**self._doc_fields(prepared))

    def _doc_fields(self, prepared: Prepared) -> dict:
        fields = doc_fields(prepared)
        if "windows" not in self.docs.schema:  # an index made before documents had windows: their opening only
            fields.pop("windows", None)
        return fields

    def delete(self, doc_id: str) -> None:
        self.docs.delete_by_term("doc_id", doc_id)
        self.passages.delete_by_term("doc_id", doc_id)
