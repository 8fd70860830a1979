"""A query tree (:mod:`indexer.query.tree`) as a tantivy query, scored as the Whoosh engine scores it.

Both engines rank by BM25 with the same ``k1`` and ``b``, a term's score being
``idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average length))`` times its boost, and both add up
the scores of the parts of a query that match (Whoosh's ``Or``, ``And``, ``AndMaybe``; tantivy's boolean
query).  What differs is made the same here:

* **idf.** Whoosh's is ``log(N / (df + 1)) + 1``, tantivy's ``log(1 + (N - df + 0.5) / (df + 0.5))``, both
  over every entry of the index (deleted ones until a merge) and the term's document frequency.  Each term
  is boosted by the ratio of the two, so its score is Whoosh's.
* **phrases.** Whoosh scores a phrase as the sum of its words' scores (the phrase only filters); tantivy by
  the phrase's own frequency.  A phrase is asked as its words (scored) and the phrase at a constant 0.
* **slop.** Whoosh's slop 1 is tantivy's 0 (side by side), Whoosh's 2 tantivy's 1.
* **keywords.** A number's score is Whoosh's weight: a constant per occurrence (:mod:`.schema`).
* **prefixes.** Whoosh scores one expanded term unboosted, several as 1 on a small index, else as a
  boosted union.

What stays apart: the length of a field is kept in one byte by both, on two different scales (the same up
to 40 tokens in tantivy, a few per cent apart beyond), and tantivy computes in 32-bit floats.
"""

from __future__ import annotations

import math

import tantivy
from tantivy import Occur, Query

from indexer.engine.tantivy.schema import KEYWORD_FIELDS, OCCURRENCES_SCORED, occurrence_term
from indexer.query.tree import And, AndMaybe, AndNot, Node, Or, PhraseQuery, Prefix, Term
from indexer.query.weights import BM25_B, BM25_K1

# tantivy's BM25 constants are fixed in its code: the ranking's weights must be those for the idf ratio to
# give Whoosh's scores.
TANTIVY_K1, TANTIVY_B = 1.2, 0.75
# Whoosh's union of a prefix's terms is an unscored array up to this many entries, a scored tree beyond.
WHOOSH_ARRAY_UNION_UP_TO = 5000
PREFIX_TERMS_MAX = 4096  # terms a prefix expands to at most (Whoosh takes them all; a one-letter prefix is no query)


def whoosh_idf(df: int, entries: int) -> float:
    return math.log(entries / (df + 1)) + 1


def tantivy_idf(df: int, entries: int) -> float:
    return math.log(1 + (entries - df + 0.5) / (df + 0.5))


class Compiler:
    """Turns query trees into tantivy queries for one searcher (its document frequencies and size)."""

    def __init__(self, searcher: tantivy.Searcher, schema: tantivy.Schema, entries: int):
        if (BM25_K1, BM25_B) != (TANTIVY_K1, TANTIVY_B):
            raise ValueError("tantivy ranks with k1=1.2 and b=0.75 only: indexer.query.weights changed them")
        self.searcher = searcher
        self.schema = schema
        self.entries = max(entries, 1)  # every entry of the index, deleted ones included (meta.json's max_doc)
        self.frequencies: dict[tuple[str, str], int] = {}

    def df(self, field: str, text: str) -> int:
        key = (field, text)
        if key not in self.frequencies:
            self.frequencies[key] = self.searcher.doc_freq(field, text)
        return self.frequencies[key]

    def query(self, node: Node) -> Query | None:
        """The tantivy query of a tree; None when it can match nothing."""
        if node is None:
            return None
        if isinstance(node, Term):
            return self.term(node.field, node.text, node.boost)
        if isinstance(node, PhraseQuery):
            return self.phrase(node)
        if isinstance(node, Prefix):
            return self.prefix(node)
        if isinstance(node, Or):
            parts = [q for q in (self.query(p) for p in node.parts) if q is not None]
            return boosted(union(parts), node.boost)
        if isinstance(node, And):
            parts = [self.query(p) for p in node.parts]
            return None if any(q is None for q in parts) else must(parts)
        if isinstance(node, AndMaybe):
            required, optional = self.query(node.required), self.query(node.optional)
            if required is None or optional is None:
                return required
            return Query.boolean_query([(Occur.Must, required), (Occur.Should, optional)])
        if isinstance(node, AndNot):
            positive, negative = self.query(node.positive), self.query(node.negative)
            if positive is None or negative is None:
                return positive
            return Query.boolean_query([(Occur.Must, positive), (Occur.MustNot, negative)])
        raise TypeError(f"not a query node: {node!r}")

    def term(self, field: str, text: str, boost: float) -> Query | None:
        if field in KEYWORD_FIELDS:
            return self.keyword(field, text, boost)
        df = self.df(field, text)
        if not df:
            return None
        ratio = whoosh_idf(df, self.entries) / tantivy_idf(df, self.entries)
        return Query.boost_query(Query.term_query(self.schema, field, text, index_option="freq"), boost * ratio)

    def keyword(self, field: str, key: str, boost: float) -> Query | None:
        """``boost`` for each time the keyword stands in an entry, as Whoosh weighs an unscored field."""
        parts = []
        for occurrence in range(1, OCCURRENCES_SCORED + 1):
            term = occurrence_term(key, occurrence)
            if not self.df(field, term):
                break
            parts.append(
                Query.const_score_query(Query.term_query(self.schema, field, term, index_option="basic"), boost)
            )
        return union(parts)

    def phrase(self, node: PhraseQuery) -> Query | None:
        if len(node.words) == 1:
            return self.term(node.field, node.words[0], node.boost)
        words = [self.term(node.field, word, node.boost) for word in node.words]
        if any(q is None for q in words):
            return None
        positions = Query.phrase_query(self.schema, node.field, list(node.words), slop=max(0, node.slop - 1))
        return must([Query.const_score_query(positions, 0.0), *words])

    def prefix(self, node: Prefix) -> Query | None:
        expanded = self.searcher.terms_with_prefix(node.field, node.text, limit=PREFIX_TERMS_MAX)
        words = sorted({term for term, _df in expanded if term})
        if len(words) == 1:
            return self.term(node.field, words[0], 1.0)  # as Whoosh: a prefix of one term is that term, unboosted
        parts = [q for q in (self.term(node.field, word, 1.0) for word in words) if q is not None]
        if parts and self.entries <= WHOOSH_ARRAY_UNION_UP_TO:
            # Whoosh unions a prefix's terms unscored in an array on a small index: each entry scores 1
            return Query.const_score_query(union(parts), 1.0)
        return boosted(union(parts), node.boost)

    def scoped(self, query: Query | None, field: str, values: list[str]) -> Query | None:
        """``query`` among the entries whose ``field`` holds one of ``values``, scored by ``query`` alone."""
        if query is None or not values:
            return None
        scope = Query.term_set_query(self.schema, field, values)
        return must([query, Query.const_score_query(scope, 0.0)])


def union(parts: list[Query]) -> Query | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Query.boolean_query([(Occur.Should, q) for q in parts])


def must(parts: list[Query]) -> Query | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Query.boolean_query([(Occur.Must, q) for q in parts])


def boosted(query: Query | None, boost: float) -> Query | None:
    return query if query is None or boost == 1.0 else Query.boost_query(query, boost)
