"""One search's view of a Whoosh version: a searcher of each index, and what search asks of them."""

from __future__ import annotations

import numpy as np

from indexer.document.summary import Summary
from indexer.engine.protocol import Ranking, Vocabulary
from indexer.engine.whoosh import paragraphs, phrases, vectors
from indexer.engine.whoosh.queries import document_matching, document_query, document_ranking, tree_unions
from indexer.engine.whoosh.schema import FOLD_FIELD_OF
from indexer.query.plan import QueryPlan
from indexer.query.tree import DOC_VIEWS, WORD_FIELDS

BODY_FOLD = DOC_VIEWS["body"][1]  # the folded body: its pair terms say which words the archive uses together


class WhooshSearcher:
    """:class:`~indexer.engine.protocol.EngineSearcher` over a searcher of the documents index and one of the
    paragraphs index, taken from their pools for one search."""

    def __init__(self, engine, docs, passages):
        self.engine = engine
        self.docs = docs  # whoosh.searching.Searcher of the documents index
        self.passages = passages  # and of the paragraphs index

    def generation(self) -> tuple[int, int]:
        return self.docs.reader().generation(), self.passages.reader().generation()

    def documents(self) -> list[tuple[int, Summary]]:
        return self.engine.rows(self.docs.reader())

    def match(self, plan: QueryPlan) -> list[int]:
        query = tree_unions(document_matching(plan), self.docs)
        if query is None:
            return []
        found = phrases.matching(self.docs, query, FOLD_FIELD_OF)
        return found if found is not None else list(self.docs.docs_for_query(query))

    def rank(self, plan: QueryPlan, *, within: set[int] | None, limit: int, estimate: bool = False) -> Ranking:
        # Documents known to hold the phrases (``within``) are ranked on the phrases' words and pairs of
        # syllables, and no position is read twice.
        query = document_ranking(plan) if plan.phrases and within is not None else document_query(plan)
        query = tree_unions(query, self.docs)
        if query is None:
            return Ranking([], [], 0)
        hits = self.docs.search(query, filter=within, limit=limit)
        total = hits.estimated_length() if estimate else None
        return Ranking([hit.docnum for hit in hits], [hit.score for hit in hits], total)

    def best_paragraphs(
        self, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool = False
    ) -> paragraphs.Found:
        return paragraphs.best_paragraphs(self.passages, plan, doc_ids, per_doc, every_spelling)

    def paragraph(self, key: int) -> dict:
        return self.passages.stored_fields(key)

    def opening_paragraph(self, doc_id: str) -> dict | None:
        return paragraphs.opening_paragraph(self.passages, doc_id)

    def similarities(self, vector: np.ndarray, keys: list[int] | None) -> tuple[np.ndarray, np.ndarray]:
        reader = self.docs.reader()
        return vectors.similarities(reader, vector, list(reader.all_doc_ids()) if keys is None else keys)

    def vector(self, key: int) -> np.ndarray | None:
        matrix, present = vectors.vectors(self.docs.reader())
        return matrix[key].astype(np.float32) if 0 <= key < len(present) and present[key] else None

    def vocabulary(self) -> Vocabulary:
        return self.engine.vocabulary(self.docs.reader())

    def word_counts(self, key: int) -> dict[str, int]:
        return self.docs.stored_fields(key).get("words") or {}

    def holding_word(self, word: str) -> list[int]:
        # the postings themselves: a query's matcher cost 0.8 ms a word, twelve words a document page
        reader = self.docs.reader()
        found = set()
        for field in WORD_FIELDS.values():
            if (field, word) in reader:
                found.update(reader.postings(field, word).all_ids())
        return sorted(key for key in found if not reader.is_deleted(key))

    def pair_counts(self, pairs: tuple[str, ...]) -> list[int]:
        reader = self.docs.reader()
        return [reader.doc_frequency(BODY_FOLD, pair) for pair in pairs]
