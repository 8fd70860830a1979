"""The best paragraphs of a few documents for a query plan, from the paragraphs index.

The same steps as the Whoosh engine's (:mod:`indexer.engine.whoosh.paragraphs`): a plan with a quoted phrase
is scored on the phrase's words and pairs of syllables, and of each document's best candidates those that
hold the phrase (checked on their text, as highlights are) are kept; a document none of whose candidates
holds it is scored by the query with the phrase's positions.  Each document's paragraphs are one search:
the query, among the paragraphs of that document, best first (ties in the order paragraphs were added).
"""

from __future__ import annotations

import bisect

import tantivy

from indexer.engine.tantivy.schema import stored_paragraph
from indexer.query.plan import QueryPlan
from indexer.query.spelling import holding_phrases
from indexer.query.tree import Node, Or, Term, passage_query, passage_ranking

PHRASE_CANDIDATES = 12  # paragraphs scored on a phrase's pairs, of which those holding the phrase are kept
GROUPED_DEPTH = 8  # paragraphs per wanted one asked of the common search of several documents
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
    wanted = list(dict.fromkeys(doc_ids))
    found: Found = grouped(view, compiler, query, wanted, per_doc) if len(wanted) > 1 else {}
    key_of = view.passages_state.key_of
    for doc_id in (d for d in wanted if d not in found):
        hits = view.passages.search(compiler.scoped(query, "doc_id", [doc_id]), limit=per_doc, count=False).hits
        if hits:
            found[doc_id] = [(key_of(address), float(score)) for score, address in hits]
    return {doc_id: found[doc_id] for doc_id in wanted if found.get(doc_id)}


def grouped(view, compiler, query, doc_ids: list[str], per_doc: int) -> Found:
    """The best paragraphs of several documents from one search over all of them: each document's best are
    the first of its own in the common ranking (tantivy orders equal scores by address, whatever the search).
    A document is left out (to be searched alone) when its paragraphs are not one run of keys, or when the
    ranking was cut before it had ``per_doc`` of them."""
    ranges = sorted((r[0], r[1], d) for d in doc_ids if (r := paragraph_range(view, d)) is not None)
    if not ranges:
        return {}
    starts = [lo for lo, _hi, _d in ranges]
    limit = per_doc * len(ranges) * GROUPED_DEPTH
    result = view.passages.search(compiler.scoped(query, "doc_id", [d for *_r, d in ranges]), limit=limit)
    key_of = view.passages_state.key_of
    found: Found = {}
    for score, address in result.hits:
        key = key_of(address)
        lo, hi, doc_id = ranges[bisect.bisect_right(starts, key) - 1]
        kept = found.setdefault(doc_id, [])
        if lo <= key <= hi and len(kept) < per_doc:
            kept.append((key, float(score)))
    complete = result.count <= limit
    return {d: kept for d, kept in found.items() if complete or len(kept) >= per_doc} | (
        {d: [] for *_r, d in ranges if d not in found} if complete else {}
    )


def paragraph_range(view, doc_id: str) -> tuple[int, int] | None:
    """The first and last key of a document's paragraphs when they are one run of keys (a document's
    paragraphs are added together, by one thread), else None; worked out once per generation."""
    ranges = view.paragraph_ranges
    if doc_id not in ranges:
        query = tantivy.Query.term_query(view.passages_schema, "doc_id", doc_id, index_option="basic")
        total = view.passages.search(query, limit=1, count=True).count
        hits = view.passages.search(query, limit=max(1, total), count=False).hits if total else []
        keys = sorted(view.passages_state.key_of(address) for _score, address in hits)
        ranges[doc_id] = (keys[0], keys[-1]) if keys and keys[-1] - keys[0] + 1 == len(keys) else None
    return ranges[doc_id]


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
