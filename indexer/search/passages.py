"""The passages a result shows: its best paragraphs for the query, highlighted; its opening when none matched."""

from __future__ import annotations

from indexer.engine.protocol import EngineSearcher
from indexer.query.parse import ParsedQuery
from indexer.query.plan import QueryPlan
from indexer.query.weights import PASSAGE_EXACT_ONLY
from indexer.search.highlight import Highlighter, snippet
from indexer.search.ranking import PASSAGES_PER_RESULT, PERIPHERAL_SPARE, text_first

Found = dict[str, list[tuple[int, float]]]


def attach_passages(
    searcher: EngineSearcher, plan: QueryPlan | None, parsed: ParsedQuery, results: list[dict], found: Found
) -> None:
    """Give each result its ``passages``: its best paragraphs, highlighted, or its opening one.

    :param found: the paragraphs the rerank already chose, by doc_id (the others are searched).
    """
    found = dict(found)
    missing = [r["doc_id"] for r in results if r["doc_id"] not in found]
    if missing and plan is not None:
        found.update(
            text_first(searcher, searcher.best_paragraphs(plan, missing, PASSAGES_PER_RESULT + PERIPHERAL_SPARE))
        )
    unmatched = [r["doc_id"] for r in results if not found.get(r["doc_id"])]
    if unmatched and plan is not None and PASSAGE_EXACT_ONLY and parsed.accented:  # found by another spelling only
        found.update(searcher.best_paragraphs(plan, unmatched, PASSAGES_PER_RESULT, every_spelling=True))
    highlighter = Highlighter(parsed)
    for result in results:
        doc_id = result["doc_id"]
        chosen = [searcher.paragraph(key) for key, _score in found.get(doc_id, [])]
        if not chosen:
            opening = searcher.opening_paragraph(doc_id)
            chosen = [opening] if opening is not None else []
        result["passages"] = []
        for fields in chosen:
            text, highlighted = snippet(fields["text"], parsed, highlighter=highlighter)
            result["passages"].append(
                {
                    "anchor": fields["anchor"],
                    "section": fields.get("section", ""),
                    "text": text,
                    "highlighted": highlighted,
                }
            )
