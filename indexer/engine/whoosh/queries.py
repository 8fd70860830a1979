"""A query plan read as Whoosh queries: for documents, for paragraphs, and for ranking phrase matches.

Each syllable is asked in every view (title, headings, body; or the paragraph) and form it may take: with
the diacritics typed at full weight and folded at less, or folded only when typed without; pyvi words and
adjacent pairs add weight; numbers go to their own keyword fields.  The weights are
:mod:`indexer.query.weights`.

Whoosh-Reloaded 2.7.5 specifics handled here: an ``Or`` nested in an ``Or`` is scored wrongly by its binary
union matcher (so every ``Or`` is flat), a part of boost 0 divides by zero, and which union matcher an
``Or`` uses decides half a search's time (:func:`with_unions`).
"""

from __future__ import annotations

from whoosh import query as Q

from indexer.engine.whoosh.schema import DOC_VIEWS, PASSAGE_VIEWS, WORD_FIELDS
from indexer.query.plan import Phrase, QueryPlan, Term
from indexer.query.weights import (
    PAIR_TERMS_UP_TO,
    PAIRS_UP_TO,
    PASSAGE_EXACT_ONLY,
    PASSAGE_PAIR_TERMS,
    VIEW_WEIGHTS,
    W_BIGRAM,
    W_BIGRAM_SHORT,
    W_EXACT,
    W_FOLDED,
    W_FOLDED_ONLY,
    W_NUMBER_CITED,
    W_NUMBER_OWN,
    W_WORD,
)

TREE_UNIONS_UP_TO = 1000  # an Or over fewer documents is matched by Whoosh's tree of unions (see tree_unions)


def document_query(plan: QueryPlan) -> Q.Query | None:
    """What the documents index is asked: the documents the plan matches, scored."""
    return _compiled(plan, DOC_VIEWS, phrases_by_pairs=False, exact_only=plan.long)


def document_ranking(plan: QueryPlan) -> Q.Query | None:
    """The ranking of documents already known to hold the plan's phrases: each phrase as its words and its
    folded pairs (terms the folded fields hold), not as positions, which would be read a second time."""
    return _compiled(plan, DOC_VIEWS, phrases_by_pairs=True, exact_only=plan.long)


def passage_query(plan: QueryPlan, every_spelling: bool = False) -> Q.Query | None:
    """What the paragraphs index is asked (no word required: a document's best paragraphs are ranked).

    :param every_spelling: a word typed with diacritics in its other spellings too; by default paragraphs
        are scored on the spelling typed, as it is highlighted.
    """
    exact_only = plan.long or (PASSAGE_EXACT_ONLY and not every_spelling)
    return _compiled(plan.relaxed(), PASSAGE_VIEWS, phrases_by_pairs=False, exact_only=exact_only)


def passage_ranking(plan: QueryPlan, every_spelling: bool = False) -> Q.Query | None:
    """:func:`passage_query` with each phrase as its words and folded pairs: scored with arrays, the best
    paragraphs are then checked to hold the phrase."""
    exact_only = plan.long or (PASSAGE_EXACT_ONLY and not every_spelling)
    return _compiled(plan.relaxed(), PASSAGE_VIEWS, phrases_by_pairs=True, exact_only=exact_only)


def _compiled(plan: QueryPlan, views: dict, *, phrases_by_pairs: bool, exact_only: bool) -> Q.Query | None:
    passages = views is PASSAGE_VIEWS
    terms = [term_query(t, views, exact_only) for t in plan.content]
    required = terms if plan.require_all else []
    optional = [] if plan.require_all else terms
    optional += [term_query(t, views) for t in plan.scaffolding]
    if not passages:
        word_fields = [(WORD_FIELDS[name], VIEW_WEIGHTS[name] * W_WORD) for name in ("title", "body")]
        optional += [Q.Term(f, w, boost=weight) for w in plan.words for f, weight in word_fields if weight > 0]
    optional += _adjacent(plan, views, passages)
    for phrase in plan.phrases:
        if phrases_by_pairs:  # every document holding the phrase matches its words: none is lost
            optional += _pair_terms(phrase, views)
            optional += [term_query(t, views) for t in phrase.terms()]
        else:
            required.append(phrase_query(phrase, views))
    for keys in plan.numbers:
        own = [Q.Term("numbers" if passages else "number_key", k, boost=W_NUMBER_OWN) for k in keys]
        cited = [] if passages else [Q.Term("refs", k, boost=W_NUMBER_CITED) for k in keys]
        if own or cited:
            optional.append(flat_or(own + cited))
            if plan.only_numbers:
                required.append(flat_or(own + cited))
    return _combined(required, optional, [_excluded(p, views) for p in plan.excluded])


def _combined(required: list, optional: list, excluded: list) -> Q.Query | None:
    if not required and not optional:
        return None
    if required:
        query = Q.AndMaybe(Q.And(required), flat_or(optional)) if optional else Q.And(required)
    else:
        query = flat_or(optional)
    return Q.AndNot(query, flat_or(excluded)) if excluded else query


def _adjacent(plan: QueryPlan, views: dict, passages: bool) -> list[Q.Query]:
    """Adjacent content syllables: proximity counts.  In the body only: a heading or an issuer holding the
    pair is already weighted up.  A few keywords match each pair as one term (the folded fields index
    pairs), which costs next to nothing; a question's pairs are sloppy phrases over the accented syllables."""
    weight = W_BIGRAM if plan.long else W_BIGRAM_SHORT
    count = len(plan.content)
    if count <= PAIR_TERMS_UP_TO or (passages and PASSAGE_PAIR_TERMS and count <= PAIRS_UP_TO):
        pair_field = "fold" if passages else "body_fold"
        return [Q.Term(pair_field, pair, boost=weight) for pair in plan.pairs]
    if count <= PAIRS_UP_TO:
        return [phrase_query(Phrase.of([a, b]), views, slop=2, boost=weight, body_only=True) for a, b in plan.adjacent]
    return []


def term_query(term: Term, views: dict, exact_only: bool = False) -> Q.Query:
    """One query syllable in every view and form it may take.

    :param exact_only: a syllable typed with diacritics in that spelling only (a question in full sentences
        gains nothing from other spellings).
    """
    parts = []
    maker = Q.Prefix if term.prefix else Q.Term
    for name, (syl_field, fold_field) in views.items():
        weight = VIEW_WEIGHTS[name]
        if term.accented:
            parts.append(maker(syl_field, term.text, boost=weight * W_EXACT))
            if not exact_only:
                parts.append(maker(fold_field, term.folded, boost=weight * W_FOLDED))
        else:
            parts.append(maker(fold_field, term.folded, boost=weight * W_FOLDED_ONLY))
    return flat_or(parts)


def phrase_query(phrase: Phrase, views: dict, slop: int = 1, boost: float = 1.0, body_only: bool = False) -> Q.Query:
    """Words in this order; Whoosh's ``slop`` counts positions, so 1 means side by side."""
    words = list(phrase.spelled())
    parts = []
    for name, (syl_field, fold_field) in views.items():
        if body_only and name not in ("body", "passage"):
            continue
        field = syl_field if phrase.accented else fold_field
        parts.append(Q.Phrase(field, words, slop=slop, boost=VIEW_WEIGHTS[name] * boost))
    return flat_or(parts)


def _excluded(phrase: Phrase, views: dict) -> Q.Query:
    return phrase_query(phrase, views) if len(phrase.words) > 1 else term_query(phrase.terms()[0], views)


def _pair_terms(phrase: Phrase, views: dict) -> list[Q.Query]:
    """What ranks a phrase without reading positions: each adjacent pair of its syllables, folded."""
    return [
        Q.Term(fold_field, pair, boost=VIEW_WEIGHTS[name])
        for pair in phrase.pairs
        for name, (_syl, fold_field) in views.items()
        if VIEW_WEIGHTS[name] > 0
    ]


def flat_or(parts: list[Q.Query]) -> Q.Query:
    """An Or without zero-weight parts (Whoosh divides by boosts) and without nesting.

    Nested Ors are flattened because Whoosh-Reloaded 2.7.5's binary union matcher scores an Or of an Or
    wrongly (``tests/search/test_search.py``).
    """
    flat: list[Q.Query] = []
    for part in parts:
        if part.boost <= 0:
            continue
        if isinstance(part, Q.Or) and part.boost == 1.0 and not part.scale:
            flat.extend(p for p in part.subqueries if p.boost > 0)
        else:
            flat.append(part)
    flat = _merged(flat)
    if not flat:
        return Q.NullQuery
    return flat[0] if len(flat) == 1 else Q.Or(flat)


def _merged(parts: list[Q.Query]) -> list[Q.Query]:
    """The same term (or phrase) asked twice, as one with the two boosts added: the same scores (an Or adds
    its parts' scores), half the matching.  A pasted name or a question repeats its words ("Bộ Lao động -
    Thương binh và Xã hội Bộ Lao động …")."""
    merged: dict[tuple, Q.Query] = {}
    out: list[Q.Query] = []
    for part in parts:
        if isinstance(part, Q.Term):
            key = ("term", part.fieldname, part.text)
        elif isinstance(part, Q.Phrase):
            key = ("phrase", part.fieldname, tuple(part.words), part.slop)
        else:
            out.append(part)
            continue
        if key in merged:
            merged[key].boost += part.boost
        else:
            merged[key] = part
            out.append(part)
    return out


def matching_only(query: Q.Query) -> Q.Query:
    """A query matching the same documents, without the parts that only rank.

    ``AndMaybe(a, b)`` matches what ``a`` matches; in an Or that also holds the words of a phrase, the
    phrase adds no document.  Reading the positions of every phrase in every document of the archive was
    most of the time counting a long query's facets took.
    """
    if isinstance(query, Q.AndMaybe):
        return matching_only(query.a)
    if isinstance(query, Q.AndNot):
        return Q.AndNot(matching_only(query.a), query.b)
    if isinstance(query, Q.Or):
        words = {(t.fieldname, t.text) for t in query.subqueries if isinstance(t, Q.Term)}
        kept = [
            q
            for q in query.subqueries
            if not (isinstance(q, Q.Phrase) and all((q.fieldname, w) in words for w in q.words))
        ]
        return Q.Or(kept, boost=query.boost) if len(kept) > 1 else kept[0]
    return query


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
