"""Ranking: a parsed query and a facet selection -> the documents of one page, the total, what matched.

Ranking (DESIGN.md section 4): BM25F over the views and forms of :mod:`indexer.query.weights`; the best
paragraph's score added to its document's over the top results; a question in full sentences fused with
the documents nearest its meaning (:mod:`indexer.search.fusion`); a directive number asked for puts that
directive first.

Matching: a short query needs every content word (each in any of its forms); when no document has them all,
the query is answered with the documents that have the most of them, and says so (``fallback``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from indexer.engine.protocol import EngineSearcher, Ranking
from indexer.query.dates import DateRange, by_date
from indexer.query.filters import passes
from indexer.query.parse import ParsedQuery
from indexer.query.plan import QueryPlan, plan_query
from indexer.query.weights import AND_MAX_TERMS, COMMON_RATIO, W_IMPLEMENTED, W_SUBJECT
from indexer.search.fusion import FUSION_DEPTH, fused, question_vector, semantic_weight
from indexer.store.snapshot import Snapshot
from indexer.text.vietnamese import fold

PASSAGES_PER_RESULT = 3
RERANK_DEPTH, W_PASSAGE = 20, 0.25  # the best paragraph's score adds to its document's, over the top 20 (as well as 50)
RERANK_MIN_TERMS = 4  # one to three keywords rank as well without the rerank, which is most of their time


@dataclass
class Ranked:
    keys: list[int]  # the page's documents, best first
    scores: list[float]
    total: int
    matched: list[int] = field(default_factory=list)  # every document the query matched, before the filters
    # doc_id -> its best paragraphs ((paragraph key, score), best first), when the rerank found them
    paragraphs: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    fallback: bool = False  # no document held every word: these hold the most of them
    plan: QueryPlan | None = None


@dataclass
class Page:
    """What one search asks: the query, the selection (as facet keys), the page and the options."""

    parsed: ParsedQuery
    selected: dict[str, set[str]]
    start: int
    per_page: int
    match: str = "auto"  # auto: every word of a short query required (unless none has them all); any: none
    estimated: bool = False  # no facets, filters or exact total: ranking alone (an evaluation)
    dates: DateRange = field(default_factory=DateRange)  # the signing dates a document must have (issue 23)
    sort: str = "relevance"  # or newest, oldest: by signing date, the undated last


def rank(searcher: EngineSearcher, snapshot: Snapshot, page: Page) -> Ranked:
    parsed = page.parsed
    if parsed.empty:
        return _browse(snapshot, page)
    content = parsed.content_terms()
    require_all = page.match == "auto" and 0 < len(content) <= AND_MAX_TERMS and not parsed.is_question
    common = snapshot.common_syllables(COMMON_RATIO, searcher)
    plan = plan_query(parsed, require_all=require_all, common=common, number_keys=snapshot.number_keys)
    if page.estimated:
        return _estimated(searcher, snapshot, page, plan)
    return _counted(searcher, snapshot, page, plan)


def _browse(snapshot: Snapshot, page: Page) -> Ranked:
    """Every document that passes the filters (and is in the date range), newest first, or oldest first."""
    summaries = snapshot.by_key
    everything = [d for d in snapshot.facets if not page.dates or page.dates.holds(summaries[d])]
    allowed = [d for d in everything if passes(snapshot.facets[d], page.selected)]
    if page.sort == "relevance":
        allowed.sort(key=lambda d: (summaries[d].date or "", summaries[d].number or ""), reverse=True)
    else:
        allowed = by_date(summaries, allowed, newest=page.sort == "newest")
    window = allowed[page.start : page.start + page.per_page]
    return Ranked(window, [0.0] * len(window), len(allowed), everything)


def _estimated(searcher: EngineSearcher, snapshot: Snapshot, page: Page, plan: QueryPlan) -> Ranked:
    """Ranking alone: nothing counts the matches, and the total is the engine's estimate."""
    question = question_vector(page.parsed, lambda: snapshot.vocabulary(searcher))
    depth = _depth(page, question)
    ranking = searcher.rank(plan, within=None, limit=depth, estimate=True)
    fallback = False
    if not ranking.keys and _may_relax(plan, page):
        plan = plan.relaxed()
        ranking = searcher.rank(plan, within=None, limit=depth, estimate=True)
        fallback = True
    keys, scores, paragraphs = _reranked_by_passage(searcher, snapshot, page, plan, ranking)
    keys, scores = _subject_first(snapshot, page, keys, scores)
    if question is not None and keys:
        # Any document may be among the nearest (a question in full sentences shares a word with nearly every
        # document anyway).
        keys, scores = fused(searcher, question, keys, scores, None, semantic_weight(searcher, plan))
    keys, scores = _window(snapshot, page, keys, scores)
    return Ranked(keys, scores, ranking.total, [], paragraphs, fallback, plan)


def _counted(searcher: EngineSearcher, snapshot: Snapshot, page: Page, plan: QueryPlan) -> Ranked:
    """Every match counted (the facets need them), then the best of those that pass the filters ranked."""
    matched = _in_range(snapshot, page, searcher.match(plan))
    fallback = False
    if not matched and _may_relax(plan, page):
        plan = plan.relaxed()
        matched = _in_range(snapshot, page, searcher.match(plan))
        fallback = bool(matched)
    selected = page.selected
    allowed = [d for d in matched if passes(snapshot.facets[d], selected)] if selected else matched
    if page.start >= len(allowed):
        return Ranked([], [], len(allowed), matched, {}, fallback, plan)
    if page.sort != "relevance":
        window = by_date(snapshot.by_key, allowed, newest=page.sort == "newest")[
            page.start : page.start + page.per_page
        ]
        ranking = searcher.rank(plan, within=set(window), limit=len(window))  # the scores of the page's documents
        score = dict(zip(ranking.keys, ranking.scores, strict=True))
        return Ranked(window, [score.get(d, 0.0) for d in window], len(allowed), matched, {}, fallback, plan)
    # The documents holding the phrases are known: the engine ranks them without reading positions again.
    within = set(allowed) if selected or plan.phrases or page.dates else None  # a range: only its documents
    question = question_vector(page.parsed, lambda: snapshot.vocabulary(searcher))
    ranking = searcher.rank(plan, within=within, limit=_depth(page, question))
    keys, scores, paragraphs = _reranked_by_passage(searcher, snapshot, page, plan, ranking)
    keys, scores = _subject_first(snapshot, page, keys, scores)
    if question is not None and keys:
        keys, scores = fused(searcher, question, keys, scores, allowed, semantic_weight(searcher, plan))
    keys, scores = _window(snapshot, page, keys, scores)
    return Ranked(keys, scores, len(allowed), matched, paragraphs, fallback, plan)


def _in_range(snapshot: Snapshot, page: Page, keys) -> list[int]:
    """The live documents among ``keys`` signed within the page's date range: facets count only those."""
    summaries, dates = snapshot.by_key, page.dates
    return [d for d in keys if d in snapshot.facets and (not dates or dates.holds(summaries[d]))]


def _may_relax(plan: QueryPlan, page: Page) -> bool:
    return plan.require_all and len(page.parsed.content_terms()) > 1


def _depth(page: Page, question) -> int:
    return max(page.start + page.per_page, FUSION_DEPTH if question is not None else RERANK_DEPTH)


def _reranked_by_passage(
    searcher: EngineSearcher, snapshot: Snapshot, page: Page, plan: QueryPlan, ranking: Ranking
) -> tuple[list[int], list[float], dict]:
    """Add the best paragraph's score to each of the top documents' scores, then sort again.

    A document whose one paragraph answers the query beats one that mentions the query's words here and
    there.  The best paragraphs found are returned too: they are the passages the results show.
    """
    keys, scores = ranking.keys, ranking.scores
    if not W_PASSAGE or not keys or len(page.parsed.content_terms()) < RERANK_MIN_TERMS:
        return keys, scores, {}
    top = min(len(keys), RERANK_DEPTH)
    doc_ids = [snapshot.by_key[d].doc_id for d in keys[:top]]
    found = text_first(searcher, searcher.best_paragraphs(plan, doc_ids, PASSAGES_PER_RESULT + PERIPHERAL_SPARE))
    best = {doc_id: found[doc_id][0][1] for doc_id in found if found[doc_id]}
    combined = [s + W_PASSAGE * best.get(doc_id, 0.0) for s, doc_id in zip(scores[:top], doc_ids, strict=True)]
    order = sorted(range(top), key=lambda i: -combined[i])
    return (
        [keys[i] for i in order] + keys[top:],
        [combined[i] for i in order] + scores[top:],
        {doc_id: found.get(doc_id, []) for doc_id in doc_ids},
    )


# Where a paragraph only names who receives or signs the document: never its best passage while another matches.
PERIPHERAL_ZONES = frozenset({"recipients", "signature"})
PERIPHERAL_SPARE = 2  # paragraphs asked for beyond those shown, to replace the peripheral ones


def text_first(searcher: EngineSearcher, found: dict) -> dict:
    """Each document's best paragraphs with those of its recipients list and signature block last (or
    gone, when enough others matched), :data:`PASSAGES_PER_RESULT` at most: "Nơi nhận: - BCĐ Công tác thông
    tin đối ngoại Trung ương" is short, so it scores high, and says nothing of the document."""
    out = {}
    for doc_id, paragraphs in found.items():
        zones = [searcher.paragraph(key).get("zone") for key, _ in paragraphs]
        text = [p for p, zone in zip(paragraphs, zones, strict=True) if zone not in PERIPHERAL_ZONES]
        rest = [p for p, zone in zip(paragraphs, zones, strict=True) if zone in PERIPHERAL_ZONES]
        out[doc_id] = (text + rest)[:PASSAGES_PER_RESULT]
    return out


def _subject_first(snapshot: Snapshot, page: Page, keys: list[int], scores: list[float]) -> tuple[list, list]:
    """A few keywords that stand together in a document's subject line ("thông tin đối ngoại" in "… công tác
    thông tin đối ngoại trong tình hình mới") say what it is about: its score counts that (questions and long
    queries are ranked by their words and meaning alone)."""
    words = [fold(t.text) for t in page.parsed.content_terms() if not t.prefix]
    if page.parsed.is_question or not 2 <= len(words) <= AND_MAX_TERMS or not keys:
        return keys, scores
    phrase = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    top = min(len(keys), RERANK_DEPTH)
    summaries, implemented_by = snapshot.by_key, snapshot.relations.implemented_by
    boosted = []
    for d, score in zip(keys[:top], scores[:top], strict=True):
        if phrase.search(fold(summaries[d].title or "")):
            # ... and among documents about it, the directive others implement before its implementations.
            implementers = len(implemented_by.get(summaries[d].doc_id, ()))
            score *= (1 + W_SUBJECT) * (1 + W_IMPLEMENTED * math.log2(1 + implementers))
        boosted.append(score)
    order = sorted(range(top), key=lambda i: -boosted[i])
    return [keys[i] for i in order] + keys[top:], [boosted[i] for i in order] + scores[top:]


def _window(snapshot: Snapshot, page: Page, keys: list[int], scores: list[float]) -> tuple[list[int], list[float]]:
    """The page's part of the ranking; on the first page, a document whose own number was asked for comes
    first, whatever its text score."""
    keys, scores = keys[page.start : page.start + page.per_page], scores[page.start : page.start + page.per_page]
    numbers = page.parsed.numbers
    if not numbers or page.start > 0:
        return keys, scores
    summaries = snapshot.by_key
    own = [
        i for i, d in enumerate(keys) if summaries[d].number and any(n.matches(summaries[d].number) for n in numbers)
    ]
    order = own + [i for i in range(len(keys)) if i not in own]
    return [keys[i] for i in order], [scores[i] for i in order]
