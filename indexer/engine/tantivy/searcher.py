"""One generation of a tantivy version, for every search of it: a searcher of each index, and what is worked out
once for that generation (the live documents by key, their vectors, the vocabulary).

Keys are the segment's base plus ``doc`` (:meth:`indexer.engine.tantivy.generations.IndexState.key_of`): dense and
stable within a generation.
"""

from __future__ import annotations

import threading

import numpy as np
import tantivy

from indexer.document.summary import Summary
from indexer.engine.protocol import Ranking, Vocabulary
from indexer.engine.tantivy import paragraphs, vocabulary
from indexer.engine.tantivy.generations import IndexState
from indexer.engine.tantivy.schema import (
    stored_paragraph,
    stored_summary,
    stored_vector,
    stored_windows,
    stored_words,
)
from indexer.engine.tantivy.scoring import Compiler
from indexer.engine.tantivy.vector_blocks import VectorView, blocks_for, view_of
from indexer.lru import Lru
from indexer.query.plan import QueryPlan
from indexer.query.tree import (
    DOC_VIEWS,
    WORD_FIELDS,
    Or,
    Term,
    document_query,
    document_ranking,
    matching_only,
)

PARAGRAPHS_KEPT = 2048  # paragraphs read from the store kept: a search reads each of its passages twice or more
BODY_FOLD = DOC_VIEWS["body"][1]  # the folded body: its pair terms say which words the archive uses together


class TantivySearcher:
    """:class:`~indexer.engine.protocol.EngineSearcher` over a searcher of the documents index and one of the
    paragraphs index, of the same generation."""

    def __init__(
        self,
        engine,
        docs: tantivy.Searcher,
        docs_state: IndexState,
        passages: tantivy.Searcher,
        passages_state: IndexState,
    ):
        self.engine = engine
        self.docs, self.docs_state = docs, docs_state
        self.passages, self.passages_state = passages, passages_state
        self.docs_schema = engine.docs.schema
        self.passages_schema = engine.passages.schema
        self._lock = threading.Lock()
        self._rows: list | None = None  # [(key, summary, vector, windows)] of every live document
        self._id_of_key: dict[int, str] = {}
        self._vectors: VectorView | None = None
        self._vocabulary: Vocabulary | None = None
        self._paragraphs = Lru(PARAGRAPHS_KEPT)
        self.paragraph_ranges: dict[str, tuple[int, int] | None] = {}  # doc_id -> its paragraphs' keys

    def generation(self) -> tuple:
        return self.docs_state.name, self.passages_state.name

    def compiler(self) -> Compiler:
        return Compiler(self.docs, self.docs_schema, self.docs_state.entries)

    def passage_compiler(self) -> Compiler:
        return Compiler(self.passages, self.passages_schema, self.passages_state.entries)

    def rows(self) -> list:
        with self._lock:
            return self._live()

    def _live(self) -> list:
        if self._rows is None:
            self._rows = self._live_rows()
            self._id_of_key = {key: summary.doc_id for key, summary, *_vectors in self._rows}
        return self._rows

    def _live_rows(self) -> list:
        """Every live document, read segment by segment; a segment read for an earlier generation is not read
        again (its summaries are the very same objects, as the Whoosh engine's), only its documents deleted
        since left out (a document given its vector late is deleted from a segment of thousands: read again
        whole, that segment cost every worker seconds at 2M paragraphs)."""
        # Sorted by the digest fast field, the search gives each live document's digest with its address.
        hits = self.docs.search(
            tantivy.Query.all_query(), limit=max(1, self.docs.num_docs), count=False, order_by_field="digest"
        ).hits
        by_segment: dict[int, list[tuple[int, int]]] = {}
        for digest, address in hits:
            by_segment.setdefault(address.segment_ord, []).append((address.doc, digest))
        known, digests, rows = {}, {}, []
        decoded = None  # digest -> what it decodes to, of every document read before: made when a segment is new
        for ordinal, docs in sorted(by_segment.items()):
            segment_id = self.docs_state.segments[ordinal].segment_id
            local = self.engine.segment_rows.get(segment_id)
            if local is None:
                if decoded is None:
                    decoded = {d: found for kept in self.engine.digests.values() for d, found in kept.items()}
                local, digests[segment_id] = self._read_segment(ordinal, docs, decoded)
            else:
                digests[segment_id] = self.engine.digests.get(segment_id, {})
                if len(local) != len(docs):  # a segment's documents never change; some may have been deleted
                    live = {doc for doc, _digest in docs}
                    local = [row for row in local if row[0] in live]
            known[segment_id] = local
            base = self.docs_state.bases[ordinal]
            rows += [(base + doc, *kept) for doc, *kept in local]
        self.engine.segment_rows, self.engine.digests = known, digests
        return rows

    def _read_segment(self, ordinal: int, docs: list[tuple[int, int]], decoded: dict) -> tuple[list, dict]:
        """A segment's live documents: ``[(doc, summary, vector, windows)]``, and each one's by digest.

        A merge moves documents to a new segment unchanged: they are given the very objects they were before,
        without reading their stored fields, so that what a snapshot derived from them (facets, citations) is
        kept.  At 2M paragraphs a merge after an upload made every worker decode 2,500 summaries and derive all
        of it again (1.5 s, every search waiting), then read their stored fields whole again (0.15 s).
        """
        local, digests = [], {}
        for doc, digest in sorted(docs):
            found = decoded.get(digest)
            if found is None:
                fields = self.docs.doc(tantivy.DocAddress(ordinal, doc)).to_dict()
                found = (stored_summary(fields), stored_vector(fields), stored_windows(fields))
            digests[digest] = found
            local.append((doc, *found))
        return local, digests

    def documents(self) -> list[tuple[int, Summary]]:
        return [(key, summary) for key, summary, *_vectors in self.rows()]

    def doc_ids_of(self, keys) -> list[str]:
        self.rows()
        return [self._id_of_key[k] for k in keys if k in self._id_of_key]

    def all_keys(self, query: tantivy.Query | None) -> list[int]:
        if query is None:
            return []
        found = self.docs.search(tantivy.Query.const_score_query(query, 1.0), limit=max(1, self.docs.num_docs))
        return sorted(self.docs_state.key_of(address) for _score, address in found.hits)

    def match(self, plan: QueryPlan) -> list[int]:
        return self.all_keys(self.compiler().query(matching_only(document_query(plan))))

    def rank(self, plan: QueryPlan, *, within: set[int] | None, limit: int, estimate: bool = False) -> Ranking:
        tree = document_ranking(plan) if plan.phrases and within is not None else document_query(plan)
        compiler = self.compiler()
        query = compiler.query(tree)
        if query is not None and within is not None:
            query = compiler.scoped(query, "doc_id", self.doc_ids_of(within))
        if query is None:
            return Ranking([], [], 0)
        found = self.docs.search(query, limit=max(1, limit), count=estimate)
        keys = [self.docs_state.key_of(address) for _score, address in found.hits]
        return Ranking(keys, [float(score) for score, _ in found.hits], found.count if estimate else None)

    def best_paragraphs(
        self, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool = False
    ) -> paragraphs.Found:
        return paragraphs.best_paragraphs(self, plan, doc_ids, per_doc, every_spelling)

    def paragraph(self, key: int) -> dict:
        fields = self._paragraphs.get(key)
        if fields is None:
            fields = stored_paragraph(self.passages.doc(self.passages_state.address_of(key)).to_dict())
            self._paragraphs.put(key, fields)
        return dict(fields)

    def opening_paragraph(self, doc_id: str) -> dict | None:
        return paragraphs.opening_paragraph(self, doc_id)

    def vectors(self) -> VectorView:
        """Each document's vector by key (as stored: float16 rows); when every one is a single vector of one
        size, also their matrix (float32) and the row of each key in it (a question's cosines in one product);
        and the documents' windows, when they were kept (float32 blocks, and the key of each row). Made from
        float32 blocks each document's vectors are put in once (:mod:`~indexer.engine.tantivy.vector_blocks`)."""
        with self._lock:
            if self._vectors is None:
                live = self._live()
                blocks = blocks_for(live, self.engine.vector_blocks)
                self.engine.vector_blocks = blocks
                self._vectors = view_of(live, blocks)
            return self._vectors

    def similarities(self, vector: np.ndarray, keys: list[int] | None) -> tuple[np.ndarray, np.ndarray]:
        view = self.vectors()
        by_key, matrix, row_of, windows = view.by_key, view.matrix, view.row_of, view.windows
        chosen = np.array(sorted(by_key) if keys is None else [k for k in keys if k in by_key], dtype=np.int64)
        question = np.asarray(vector, dtype=np.float32)
        if matrix is not None:
            rows = np.array([row_of[int(k)] for k in chosen], dtype=np.int64)
            opening = matrix[rows] @ question
        else:  # a document kept as several vectors is as near as its nearest one
            opening = np.array([np.max(by_key[int(k)].astype(np.float32) @ question) for k in chosen], np.float32)
        if windows is None:
            return chosen, opening
        from indexer.text.embedding import nearness  # only an index whose documents kept their windows

        blocks, order, firsts, owner_keys = windows  # the live windows in the order of their documents' keys
        cosines = np.concatenate([rows @ question for rows in blocks])[order]
        owner_best = np.maximum.reduceat(cosines, firsts)
        at = np.minimum(np.searchsorted(owner_keys, chosen), len(owner_keys) - 1)
        best = np.where(owner_keys[at] == chosen, owner_best[at], -np.inf)
        return chosen, nearness(opening, best.astype(np.float32))

    def vector(self, key: int) -> np.ndarray | None:
        found = self.vectors().by_key.get(key)
        return None if found is None else found.astype(np.float32)

    def vocabulary(self) -> Vocabulary:
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = vocabulary.vocabulary(self.docs)
            return self._vocabulary

    def word_counts(self, key: int) -> dict[str, int]:
        # that field alone: the windows' vectors stay in the store
        return stored_words({"words": [self.docs.doc(self.docs_state.address_of(key)).get_first("words")]})

    def holding_word(self, word: str) -> list[int]:
        return self.all_keys(self.compiler().query(Or(tuple(Term(field, word) for field in WORD_FIELDS.values()))))

    def pair_counts(self, pairs: tuple[str, ...]) -> list[int]:
        return [self.docs.doc_freq(BODY_FOLD, pair) for pair in pairs]
