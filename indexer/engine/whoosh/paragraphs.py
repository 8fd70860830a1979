"""The best paragraphs of a few documents for a query plan, from the passages index.

A query of terms is scored with arrays (:mod:`indexer.engine.whoosh.paragraph_scores`), any other by
Whoosh's matchers.  A quoted phrase made Whoosh read the positions of its words in every paragraph holding
them (100 ms at 200,000 paragraphs): instead the paragraphs are scored with arrays on the phrase's words and
pairs of syllables, and the best ones that hold the phrase, checked on their text as highlights are, are
kept; a document none of whose first candidates holds it goes through Whoosh's positions as before.
"""

from __future__ import annotations

from whoosh import query as Q

from indexer.engine.whoosh import paragraph_scores
from indexer.engine.whoosh.queries import passage_query, passage_ranking, preloaded
from indexer.query.plan import QueryPlan
from indexer.query.spelling import holding_phrases

PHRASE_CANDIDATES = 12  # paragraphs scored on a phrase's pairs, of which those holding the phrase are kept

Found = dict[str, list[tuple[int, float]]]  # doc_id -> (paragraph docnum, score), best first


def best_paragraphs(passages, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool = False) -> Found:
    """The ``per_doc`` best paragraphs of each of these documents that match the plan (documents with none
    are left out).

    :param passages: a searcher of the passages index, weighing with BM25F.
    """
    if not plan.phrases or plan.excluded:
        return _by_positions(passages, plan, doc_ids, per_doc, every_spelling)
    ranking = passage_ranking(plan, every_spelling)
    scored = (
        paragraph_scores.best_paragraphs(passages, ranking, "doc_id", doc_ids, PHRASE_CANDIDATES)
        if ranking is not None
        else None
    )
    if scored is None:
        return _by_positions(passages, plan, doc_ids, per_doc, every_spelling)
    found: Found = holding_phrases(scored, lambda docnum: passages.stored_fields(docnum)["text"], plan.phrases, per_doc)
    rest = [d for d in doc_ids if d not in found]
    return {**found, **_by_positions(passages, plan, rest, per_doc, every_spelling)}


def _by_positions(passages, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool) -> Found:
    query = passage_query(plan, every_spelling)
    if query is None or not doc_ids:
        return {}
    return best_by_query(passages, query, doc_ids, per_doc)


def best_by_query(passages, query: Q.Query, doc_ids: list[str], per_doc: int) -> Found:
    """The best-scoring paragraphs of each document for a Whoosh query: with arrays when it is made of terms
    only, else by Whoosh's matchers."""
    found = paragraph_scores.best_paragraphs(passages, query, "doc_id", doc_ids, per_doc)
    return found if found is not None else whoosh_best_paragraphs(passages, query, doc_ids, per_doc)


def whoosh_best_paragraphs(passages, query: Q.Query, doc_ids: list[str], per_doc: int) -> Found:
    """:func:`best_by_query` by Whoosh's matchers, for any query.

    Every matching paragraph of these documents is scored: a bounded limit is slower (Whoosh's block
    skipping costs more than it saves on these queries).
    """
    doc_of = doc_id_column(passages)
    scope = Q.Or([Q.Term("doc_id", d) for d in doc_ids])
    found: Found = {}
    for hit in passages.search(preloaded(Q.And([query, scope])), limit=None):
        kept = found.setdefault(doc_of[hit.docnum], [])
        if len(kept) < per_doc:
            # The scope's doc_id term (an unscored field) adds its weight, 1, to every paragraph's score.
            kept.append((hit.docnum, hit.score - 1.0))
    return found


def doc_id_column(passages):
    """The ``doc_id`` of every paragraph, without reading stored fields; kept with the searcher.

    Opening a column copies its file out of the segment (Whoosh reads compound files through ``BytesIO``):
    25 ms a search at 200,000 paragraphs.
    """
    column = getattr(passages, "archive_doc_id_column", None)
    if column is None:
        column = passages.reader().column_reader("doc_id")
        passages.archive_doc_id_column = column
    return column


def opening_paragraph(passages, doc_id: str) -> dict | None:
    """The first body paragraph of a document (its first paragraph if it has none in the body).

    A document's paragraphs are added in order in one commit, and Whoosh keeps that order through merges,
    so document numbers give it without sorting.
    """
    first = None
    for docnum in sorted(passages.docs_for_query(Q.Term("doc_id", doc_id)))[:60]:
        fields = passages.stored_fields(docnum)
        if fields.get("zone") == "body":
            return fields
        first = first or fields
    return first
