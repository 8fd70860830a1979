"""The tantivy engine: one version of the index as two tantivy indexes, documents and paragraphs.

Implements :class:`indexer.engine.protocol.Engine`.  A search takes the view of the latest generation
(:class:`~indexer.engine.tantivy.searcher.TantivySearcher`), one per generation for the whole process:
tantivy's searchers are immutable and shared by threads, so there is no pool.  Writes go through one writer
of each index, committed together (documents first, as the Whoosh engine does).  What is read of a segment
once (its documents' summaries and vectors) is kept by segment: an upload adds a small segment and leaves
the others as they were.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator

import tantivy

from indexer.document.prepared import Prepared
from indexer.document.summary import Summary
from indexer.engine.marker import write_marker
from indexer.engine.tantivy.generations import read_state, reloaded
from indexer.engine.tantivy.schema import doc_document, doc_schema, passage_documents, passage_schema, stored_summary
from indexer.engine.tantivy.searcher import TantivySearcher

NAME = "tantivy"
WRITER_TIMEOUT_S = 30  # a writer waits this long for tantivy's own lock (the store's lock comes first anyway)
BULK_HEAP = {"docs": 128_000_000, "passages": 256_000_000}  # a build's writers: fewer, larger segments
UPLOAD_HEAP = 20_000_000  # an upload's writers (tantivy wants at least 15 MB a thread)
# Objects a forked process must neither use nor destroy (their threads and files are the parent's).
FORGOTTEN: list = []


def open_index(folder: str) -> tantivy.Index:
    index = tantivy.Index.open(folder)
    index.config_reader(reload_policy="manual")  # reloaded by the engine, which names what it reloaded
    return index


class TantivyEngine:
    searchers_kept = 1  # one shared, thread-safe searcher per generation: nothing more to warm
    takes_views = True

    def __init__(self, folder: str):
        self.folder = folder
        self.dirs = {"docs": os.path.join(folder, "docs"), "passages": os.path.join(folder, "passages")}
        self._lock = threading.Lock()
        self._open()
        self.segment_rows: dict = {}  # segment id -> [(doc, summary, vector, windows)] of its live documents
        self.digests: dict = {}  # segment id -> {digest of a document's stored fields: (summary, vector, windows)}
        self.vector_blocks: list = []  # the float32 blocks of the live documents' vectors (tantivy.vector_blocks)

    def _open(self) -> None:
        self.docs = open_index(self.dirs["docs"])
        self.passages = open_index(self.dirs["passages"])
        self._view: TantivySearcher | None = None

    @classmethod
    def create(cls, folder: str) -> TantivyEngine:
        for name, schema in (("docs", doc_schema()), ("passages", passage_schema())):
            os.makedirs(os.path.join(folder, name), exist_ok=True)
            tantivy.Index(schema, path=os.path.join(folder, name), reuse=False)
        write_marker(folder, NAME)
        return cls(folder)

    @classmethod
    def open(cls, folder: str) -> TantivyEngine:
        return cls(folder)

    @contextlib.contextmanager
    def searching(self) -> Iterator[TantivySearcher]:
        yield self.view()

    def view(self) -> TantivySearcher:
        """The searcher of the latest generation, made once per generation."""
        with self._lock:
            known = self._view
            docs_state, docs = reloaded(self.docs, self.dirs["docs"], known.docs_state if known else None)
            passages_state, passages = reloaded(
                self.passages, self.dirs["passages"], known.passages_state if known else None
            )
            if known is not None and docs is None and passages is None:
                return known
            docs = docs or known.docs
            passages = passages or known.passages
            self._view = TantivySearcher(self, docs, docs_state, passages, passages_state)
            return self._view

    def latest_generation(self) -> tuple:
        return read_state(self.dirs["docs"]).name, read_state(self.dirs["passages"]).name

    @contextlib.contextmanager
    def writing(self, *, bulk: bool = False) -> Iterator[TantivyWriter]:
        # One indexing thread per index: entries keep the order they were added in, as in Whoosh, so that
        # equal scores are ranked alike (the two indexes are written by two threads all the same).
        docs = _writer(self.docs, BULK_HEAP["docs"] if bulk else UPLOAD_HEAP, 1)
        try:
            passages = _writer(self.passages, BULK_HEAP["passages"] if bulk else UPLOAD_HEAP, 1)
        except BaseException:
            docs.wait_merging_threads()
            raise
        pending = [docs, passages]
        try:
            yield TantivyWriter(docs, passages)
            while pending:
                pending[0].commit()
                pending.pop(0)
        except BaseException:
            for writer in pending:
                writer.rollback()
            raise
        finally:
            for writer in (docs, passages):
                writer.wait_merging_threads()  # the merges a commit started, then tantivy's lock is let go

    def numbered(self, number_key: str) -> list[Summary]:
        view = self.view()
        query = tantivy.Query.term_query(view.docs_schema, "number_key", number_key, index_option="basic")
        hits = view.docs.search(query, limit=max(1, view.docs.num_docs)).hits
        return [stored_summary(view.docs.doc(address).to_dict()) for _score, address in hits]

    def forget_searchers(self) -> None:
        FORGOTTEN.append((self.docs, self.passages, self._view))
        self._lock = threading.Lock()
        self._open()

    def close(self) -> None:
        self._view = None


def _writer(index: tantivy.Index, heap: int, threads: int) -> tantivy.IndexWriter:
    """A writer of the index, waiting for another process's to be let go (tantivy refuses at once)."""
    deadline = time.monotonic() + WRITER_TIMEOUT_S
    while True:
        try:
            return index.writer(heap_size=heap, num_threads=threads)
        except ValueError as error:
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class TantivyWriter:
    """:class:`~indexer.engine.protocol.EngineWriter`: a writer of each index, committed together."""

    def __init__(self, docs: tantivy.IndexWriter, passages: tantivy.IndexWriter):
        self.docs = docs
        self.passages = passages

    def add(self, prepared: Prepared) -> None:
        self.docs.add_document(doc_document(prepared))
        for document in passage_documents(prepared):
            self.passages.add_document(document)

    def add_vectors(self, prepared: Prepared) -> None:
        self.docs.delete_documents_by_term("doc_id", prepared.record.doc_id)
        self.docs.add_document(doc_document(prepared))

    def delete(self, doc_id: str) -> None:
        self.docs.delete_documents_by_term("doc_id", doc_id)
        self.passages.delete_documents_by_term("doc_id", doc_id)
