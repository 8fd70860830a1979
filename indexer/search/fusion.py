"""Questions in full sentences ranked by meaning too: the lexical ranking fused with the nearest documents.

A question in everyday words ("vừa ra tù", "đền bù nhà") often shares few words with the text that answers
it ("chấp hành xong hình phạt tù", "bồi thường"); each document's sentence embedding
(:mod:`indexer.text.embedding`) brings the documents nearest the question, and the two rankings' scores are
added, each first put on its own standard scale (:func:`z_score_fusion`).  Meaning weighs the more, the fewer
of the question's pairs of words the archive uses (:func:`semantic_weight`); a question typed without diacritics
is embedded with them restored from the archive's words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from indexer.engine.protocol import EngineSearcher, Vocabulary
from indexer.query.parse import ParsedQuery
from indexer.query.plan import QueryPlan
from indexer.query.weights import AND_MAX_TERMS
from indexer.search.suggest import restored
from indexer.text import embedding

SEMANTIC_MIN_TERMS = AND_MAX_TERMS + 1  # a question has more content syllables than a query of keywords
SEMANTIC_ACCENTED_SHARE = 0.3  # fewer words with diacritics: they are restored (the model reads unaccented text poorly)
# Documents fused from each ranking; meaning's weight: with documents near by their best window too
# (embedding.nearness), meaning is worth more than with their opening alone (0.8 before; bench/NOTES.md, issue 25).
FUSION_DEPTH, W_SEMANTIC = 100, 1.0
# Meaning weighs more for a question in everyday words, less for one in the statute's: how many of its pairs of
# adjacent words the archive uses (in PAIR_USED documents at least; once or twice may be a chance meeting of
# two sentences) says which.  W_SEMANTIC at USED_SHARE, WEIGHT_SLOPE more per share below it, within the range.
PAIR_USED, USED_SHARE, WEIGHT_SLOPE, WEIGHT_RANGE = 3, 0.75, 2.0, (0.5, 1.5)


def question_vector(parsed: ParsedQuery, vocabulary: Callable[[], Vocabulary] | None = None) -> np.ndarray | None:
    """The sentence embedding of a question asked in full sentences, else None (the query is ranked lexically
    alone).  A long name ("Khu Kinh tế cửa khẩu Đồng Đăng") is no question; a quoted phrase or an excluded word
    asks for exact wording.

    :param vocabulary: the archive's (called only when needed): a question typed mostly without diacritics is
        embedded with them restored (:func:`indexer.search.suggest.restored`), since the model reads unaccented
        text poorly; without it, such a question is ranked lexically alone.
    """
    content = parsed.content_terms()
    if len(content) < SEMANTIC_MIN_TERMS or not parsed.is_question or parsed.phrases or parsed.excluded:
        return None
    if sum(t.accented for t in content) >= SEMANTIC_ACCENTED_SHARE * len(content):
        return embedding.query_vector(parsed.raw)
    return embedding.query_vector(restored(vocabulary(), parsed.raw)) if vocabulary is not None else None


def semantic_weight(searcher: EngineSearcher, plan: QueryPlan) -> float:
    """Meaning's weight in the fusion for this question: more the fewer of its adjacent pairs of words the
    archive uses ("vừa ra tù": the statute says "chấp hành xong hình phạt tù"), less the more it does.  Pairs of
    folded syllables: a question typed without diacritics gets the weight it would get with them."""
    counts = searcher.pair_counts(plan.pairs)
    if not counts:
        return W_SEMANTIC
    share = sum(count >= PAIR_USED for count in counts) / len(counts)
    low, high = WEIGHT_RANGE
    return min(high, max(low, W_SEMANTIC + WEIGHT_SLOPE * (USED_SHARE - share)))


def fused(
    searcher: EngineSearcher,
    question: np.ndarray,
    lexical: list[int],
    scores: list[float],
    candidates: list[int] | None,
    weight: float = W_SEMANTIC,
) -> tuple[list[int], list[float]]:
    """The lexical ranking fused with the documents nearest the question (see :func:`z_score_fusion`).

    :param candidates: the documents that may be shown (those the query matches, within the filters), so that
        the total and the facet counts still describe the results; None: any document.
    :param weight: meaning's (:func:`semantic_weight`).
    """
    keys, similarity = searcher.similarities(question, candidates)
    # Only the nearest and the lexical ones count: the fusion needs no cosine of the rest of the archive.
    nearest = np.argsort(-similarity, kind="stable")[:FUSION_DEPTH] if len(keys) else []
    top = lexical[:FUSION_DEPTH]
    cosine = np.full(max(int(keys.max(initial=-1)), max(top, default=-1)) + 1, np.nan, dtype=np.float32)
    cosine[keys] = similarity
    kept = {int(keys[i]): float(similarity[i]) for i in nearest}
    kept.update((d, float(cosine[d])) for d in top if not np.isnan(cosine[d]))
    ranked = z_score_fusion(list(zip(lexical, scores, strict=True)), kept, weight, FUSION_DEPTH)
    return [d for d, _ in ranked], [score for _, score in ranked]


def z_score_fusion(
    lexical: list[tuple[object, float]], nearness: dict, weight: float, depth: int
) -> list[tuple[object, float]]:
    """Two rankings' scores added once each is put on one scale: standard scores over its own first
    ``depth`` items (BM25 scores and cosines have nothing else in common).

    The candidates are the first ``depth`` of each ranking.  A candidate beyond the lexical list gets that
    list's lowest score; one without a vector, the lowest of the nearest.  Reciprocal rank fusion was
    measured too and left: it halves the score of a document found by one ranking alone, and a lexically
    exact answer far from the question's meaning fell out of the top ten (ALQAC R@10 0.957 -> 0.936).

    >>> ranked = z_score_fusion([("a", 9.0), ("b", 5.0), ("c", 4.0)], {"a": 0.8, "b": 0.7, "c": 0.9, "d": 0.85}, 1.0, 3)
    >>> [(item, round(score, 2)) for item, score in ranked]  # "d": only near; "b": lexically second, far
    [('c', 0.3), ('a', 0.16), ('d', -0.93), ('b', -4.14)]
    """
    lexical = lexical[:depth]
    nearest = sorted(nearness, key=lambda item: -nearness[item])[:depth]
    lexical_z = dict(zip((item for item, _ in lexical), _standard([score for _, score in lexical]), strict=True))
    near_values = [nearness[item] for item in nearest]
    mean, spread = (float(np.mean(near_values)), float(np.std(near_values))) if near_values else (0.0, 0.0)
    near_z = {item: (value - mean) / spread if spread else 0.0 for item, value in nearness.items()}
    lowest_lexical = min(lexical_z.values(), default=0.0)
    lowest_near = min((near_z[item] for item in nearest), default=0.0)
    scored = {}
    for item in list(lexical_z) + nearest:
        if item not in scored:
            scored[item] = lexical_z.get(item, lowest_lexical) + weight * near_z.get(item, lowest_near)
    return sorted(scored.items(), key=lambda pair: -pair[1])


def _standard(values: list[float]) -> list[float]:
    if not values:
        return []
    mean, spread = float(np.mean(values)), float(np.std(values))
    return [(v - mean) / spread if spread else 0.0 for v in values]
