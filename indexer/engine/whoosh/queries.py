"""A query plan as Whoosh queries: the engine-neutral tree of :mod:`indexer.query.tree` (every view and form
of each syllable, pyvi words, adjacent pairs, numbers, weighed by :mod:`indexer.query.weights`), turned into
Whoosh's query objects.

Whoosh-Reloaded 2.7.5 specifics handled here and in the tree: an ``Or`` nested in an ``Or`` is scored wrongly
by its binary union matcher (the tree's ``Or`` is flat), a part of boost 0 divides by zero (the tree has
none), and which union matcher an ``Or`` uses decides half a search's time (:func:`with_unions`).
"""

from __future__ import annotations

from whoosh import query as Q

from indexer.query import tree
from indexer.query.plan import QueryPlan

TREE_UNIONS_UP_TO = 1000  # an Or over fewer documents is matched by Whoosh's tree of unions (see tree_unions)


def document_query(plan: QueryPlan) -> Q.Query | None:
    """What the documents index is asked: the documents the plan matches, scored."""
    return whoosh_query(tree.document_query(plan))


def document_ranking(plan: QueryPlan) -> Q.Query | None:
    """The ranking of documents already known to hold the plan's phrases: each phrase as its words and its
    folded pairs (terms the folded fields hold), not as positions, which would be read a second time."""
    return whoosh_query(tree.document_ranking(plan))


def document_matching(plan: QueryPlan) -> Q.Query | None:
    """What the documents index is asked for the documents a plan matches, without the parts that only rank
    (:func:`indexer.query.tree.matching_only`)."""
    node = tree.document_query(plan)
    return whoosh_query(tree.matching_only(node)) if node is not None else None


def passage_query(plan: QueryPlan, every_spelling: bool = False) -> Q.Query | None:
    """What the paragraphs index is asked (no word required: a document's best paragraphs are ranked).

    :param every_spelling: a word typed with diacritics in its other spellings too; by default paragraphs
        are scored on the spelling typed, as it is highlighted.
    """
    return whoosh_query(tree.passage_query(plan, every_spelling))


def passage_ranking(plan: QueryPlan, every_spelling: bool = False) -> Q.Query | None:
    """:func:`passage_query` with each phrase as its words and folded pairs: scored with arrays, the best
    paragraphs are then checked to hold the phrase."""
    return whoosh_query(tree.passage_ranking(plan, every_spelling))


def whoosh_query(node: tree.Node) -> Q.Query | None:
    """A query tree as Whoosh's queries; None for a tree that asks nothing."""
    return None if node is None else _converted(node)


def _converted(node: tree.Node) -> Q.Query:
    if node is None:
        return Q.NullQuery  # an Or all of whose parts weighed nothing
    if isinstance(node, tree.Term):
        return Q.Term(node.field, node.text, boost=node.boost)
    if isinstance(node, tree.Prefix):
        return Q.Prefix(node.field, node.text, boost=node.boost)
    if isinstance(node, tree.PhraseQuery):
        return Q.Phrase(node.field, list(node.words), slop=node.slop, boost=node.boost)
    if isinstance(node, tree.Or):
        return Q.Or([_converted(part) for part in node.parts], boost=node.boost)
    if isinstance(node, tree.And):
        return Q.And([_converted(part) for part in node.parts])
    if isinstance(node, tree.AndMaybe):
        return Q.AndMaybe(_converted(node.required), _converted(node.optional))
    if isinstance(node, tree.AndNot):
        return Q.AndNot(_converted(node.positive), _converted(node.negative))
    raise TypeError(f"not a query tree node: {node!r}")


def tree_unions(query: Q.Query | None, searcher) -> Q.Query | None:
    """On a documents index of up to :data:`TREE_UNIONS_UP_TO` documents, the query with every Or matched by
    Whoosh's tree of union matchers (``DEFAULT_MATCHER``).

    Below 5,000 documents Whoosh reads an Or into an array of 2,048 scores, which it fills and clears in
    Python for each Or of each segment: a third of a search's time on an archive of a few hundred
    documents, however short.  From a few thousand documents on (ALQAC, DRiLL) the arrays are faster than
    the tree for long questions: 2.5 times.
    """
    if query is None or searcher.doc_count_all() > TREE_UNIONS_UP_TO:
        return query
    return with_unions(query, Q.Or.DEFAULT_MATCHER)


def preloaded(query: Q.Query) -> Q.Query:
    """The query with every Or read into arrays before matching (Whoosh's ``ARRAY_MATCHER``).

    Whoosh picks a tree of union matchers for an index of over 5,000 documents; on the passages index,
    where a query's terms match thousands of paragraphs, the arrays give the same scores in half the time.
    """
    return with_unions(query, Q.Or.ARRAY_MATCHER)


def with_unions(query: Q.Query, matcher_type: int) -> Q.Query:
    if isinstance(query, Q.Or):
        query.matcher_type = matcher_type
    for child in query.children():
        with_unions(child, matcher_type)
    return query
