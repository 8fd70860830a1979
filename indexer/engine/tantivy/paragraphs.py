"""The best paragraphs of a few documents for a query plan, from the paragraphs index.

The same steps as the Whoosh engine's (:mod:`indexer.engine.whoosh.paragraphs`): a plan with a quoted phrase
is scored on the phrase's words and pairs of syllables, and of each document's best candidates those that
hold the phrase (checked on their text, as highlights are) are kept; a document none of whose candidates
holds it is scored by the query with the phrase's positions.  Each document's paragraphs are one search:
the query, among the paragraphs of that document, best first (ties in the order paragraphs were added).
"""

from __future__ import annotations

import tantivy

from indexer.engine.tantivy.generations import key_of
from indexer.engine.tantivy.schema import stored_paragraph
from indexer.query.plan import QueryPlan
from indexer.query.spelling import holding_phrases
from indexer.query.tree import Node, Or, Term, passage_query, passage_ranking

PHRASE_CANDIDATES = 12  # paragraphs scored on a phrase's pairs, of which those holding the phrase are kept
OPENING_LOOKED_AT = 60  # paragraphs of a document looked at for the first one of its body

Found = dict[str, list[tuple[int, float]]]  # doc_id -> (paragraph key, score), best first


def best_paragraphs(view, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool = False) -> Found:
    """The ``per_doc`` best paragraphs of each of these documents that match the plan (documents with none
    are left out).

    :param view: a :class:`~indexer.engine.tantivy.searcher.TantivySearcher`.
    """
    if not plan.phrases or plan.excluded:
        return by_query(view, passage_query(plan, every_spelling), doc_ids, per_doc)
    ranking = passage_ranking(plan, every_spelling)
    if not terms_only(ranking):  # the Whoosh engine scores only terms with arrays, the rest by positions
        return by_query(view, passage_query(plan, every_spelling), doc_ids, per_doc)
    candidates = by_query(view, ranking, doc_ids, PHRASE_CANDIDATES)
    found: Found = holding_phrases(candidates, lambda key: view.paragraph(key)["text"], plan.phrases, per_doc)
    rest = [d for d in doc_ids if d not in found]
    return {**found, **by_query(view, passage_query(plan, every_spelling), rest, per_doc)}


def terms_only(node: Node) -> bool:
    return isinstance(node, Term) or (isinstance(node, Or) and all(terms_only(p) for p in node.parts))


def by_query(view, node: Node, doc_ids: list[str], per_doc: int) -> Found:
    if node is None or not doc_ids:
        return {}
    compiler = view.passage_compiler()
    query = compiler.query(node)
    if query is None:
        return {}
    found: Found = {}
    for doc_id in dict.fromkeys(doc_ids):
        hits = view.passages.search(compiler.scoped(query, "doc_id", [doc_id]), limit=per_doc, count=False).hits
        if hits:
            found[doc_id] = [(key_of(address), float(score)) for score, address in hits]
    return found


def opening_paragraph(view, doc_id: str) -> dict | None:
    """The first body paragraph of a document (its first paragraph if it has none in the body)."""
    query = tantivy.Query.term_query(view.passages_schema, "doc_id", doc_id, index_option="basic")
    hits = view.passages.search(
        query, limit=OPENING_LOOKED_AT, count=False, order_by_field="order", order=tantivy.Order.Asc
    ).hits
    first = None
    for _order, address in hits:
        fields = stored_paragraph(view.passages.doc(address).to_dict())
        if fields.get("zone") == "body":
            return fields
        first = first or fields
    return first
