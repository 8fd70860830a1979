"""A query plan read as a tree of queries: what every engine asks its indexes, whatever runs them.

Each syllable is asked in every view (title, headings, body; or the paragraph) and form it may take: with
the diacritics typed at full weight and folded at less, or folded only when typed without; pyvi words and
adjacent pairs add weight; numbers go to their own keyword fields.  The weights are
:mod:`indexer.query.weights`.  The tree is made of the small nodes below, which each engine turns into its
own queries (:mod:`indexer.engine.whoosh.queries`, :mod:`indexer.engine.tantivy.scoring`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from indexer.query.plan import Phrase, QueryPlan
from indexer.query.plan import Term as PlanTerm
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

# The fields every engine indexes a text in, by view: its syllables as written, and folded (with the pairs).
DOC_VIEWS = {"title": ("title_syl", "title_fold"), "head": ("head_syl", "head_fold"), "body": ("body_syl", "body_fold")}
PASSAGE_VIEWS = {"passage": ("syl", "fold")}
# The pyvi words of a document's views.
WORD_FIELDS = {"title": "title_words", "body": "body_words"}


@dataclass(frozen=True)
class Term:
    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Prefix:
    """Every term of the field that begins with ``text``."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class PhraseQuery:
    """Words in this order; ``slop`` as Whoosh counts it (1: side by side, 2: one word between at most)."""

    field: str
    words: tuple[str, ...]
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True)
class Or:
    parts: tuple
    boost: float = 1.0


@dataclass(frozen=True)
class And:
    parts: tuple


@dataclass(frozen=True)
class AndMaybe:
    """``required``'s documents, with ``optional``'s score added where it matches."""

    required: object
    optional: object


@dataclass(frozen=True)
class AndNot:
    positive: object
    negative: object


Node = Term | Prefix | PhraseQuery | Or | And | AndMaybe | AndNot | None  # None: nothing matches


def document_query(plan: QueryPlan) -> Node:
    """What the documents index is asked: the documents the plan matches, scored."""
    return _compiled(plan, DOC_VIEWS, phrases_by_pairs=False, exact_only=plan.long)


def document_ranking(plan: QueryPlan) -> Node:
    """The ranking of documents already known to hold the plan's phrases: each phrase as its words and its
    folded pairs (terms the folded fields hold), not as positions, which would be read a second time."""
    return _compiled(plan, DOC_VIEWS, phrases_by_pairs=True, exact_only=plan.long)


def passage_query(plan: QueryPlan, every_spelling: bool = False) -> Node:
    """What the paragraphs index is asked (no word required: a document's best paragraphs are ranked).

    :param every_spelling: a word typed with diacritics in its other spellings too; by default paragraphs
        are scored on the spelling typed, as it is highlighted.
    """
    exact_only = plan.long or (PASSAGE_EXACT_ONLY and not every_spelling)
    return _compiled(plan.relaxed(), PASSAGE_VIEWS, phrases_by_pairs=False, exact_only=exact_only)


def passage_ranking(plan: QueryPlan, every_spelling: bool = False) -> Node:
    """:func:`passage_query` with each phrase as its words and folded pairs (the best paragraphs are then
    checked to hold the phrase)."""
    exact_only = plan.long or (PASSAGE_EXACT_ONLY and not every_spelling)
    return _compiled(plan.relaxed(), PASSAGE_VIEWS, phrases_by_pairs=True, exact_only=exact_only)


def _compiled(plan: QueryPlan, views: dict, *, phrases_by_pairs: bool, exact_only: bool) -> Node:
    passages = views is PASSAGE_VIEWS
    terms = [term_query(t, views, exact_only) for t in plan.content]
    required = terms if plan.require_all else []
    optional = [] if plan.require_all else terms
    optional += [term_query(t, views) for t in plan.scaffolding]
    if not passages:
        word_fields = [(WORD_FIELDS[name], VIEW_WEIGHTS[name] * W_WORD) for name in ("title", "body")]
        optional += [Term(f, w, weight) for w in plan.words for f, weight in word_fields if weight > 0]
    optional += _adjacent(plan, views, passages)
    for phrase in plan.phrases:
        if phrases_by_pairs:
            optional += _pair_terms(phrase, views)
            optional += [term_query(t, views) for t in phrase.terms()]
        else:
            required.append(phrase_query(phrase, views))
    for keys in plan.numbers:
        own = [Term("numbers" if passages else "number_key", k, W_NUMBER_OWN) for k in keys]
        cited = [] if passages else [Term("refs", k, W_NUMBER_CITED) for k in keys]
        if own or cited:
            optional.append(flat_or(own + cited))
            if plan.only_numbers:
                required.append(flat_or(own + cited))
    return _combined(required, optional, [_excluded(p, views) for p in plan.excluded])


def _combined(required: list, optional: list, excluded: list) -> Node:
    if not required and not optional:
        return None
    if required:
        query = AndMaybe(And(tuple(required)), flat_or(optional)) if optional else And(tuple(required))
    else:
        query = flat_or(optional)
    return AndNot(query, flat_or(excluded)) if excluded else query


def _adjacent(plan: QueryPlan, views: dict, passages: bool) -> list:
    """Adjacent content syllables: proximity counts.  In the body only: a heading or an issuer holding the
    pair is already weighted up.  A few keywords match each pair as one term (the folded fields index
    pairs), which costs next to nothing; a question's pairs are sloppy phrases over the accented syllables."""
    weight = W_BIGRAM if plan.long else W_BIGRAM_SHORT
    count = len(plan.content)
    if count <= PAIR_TERMS_UP_TO or (passages and PASSAGE_PAIR_TERMS and count <= PAIRS_UP_TO):
        pair_field = "fold" if passages else "body_fold"
        return [Term(pair_field, pair, weight) for pair in plan.pairs]
    if count <= PAIRS_UP_TO:
        return [phrase_query(Phrase.of([a, b]), views, slop=2, boost=weight, body_only=True) for a, b in plan.adjacent]
    return []


def term_query(term: PlanTerm, views: dict, exact_only: bool = False) -> Node:
    """One query syllable in every view and form it may take.

    :param exact_only: a syllable typed with diacritics in that spelling only (a question in full sentences
        gains nothing from other spellings).
    """
    parts = []
    maker = Prefix if term.prefix else Term
    for name, (syl_field, fold_field) in views.items():
        weight = VIEW_WEIGHTS[name]
        if term.accented:
            parts.append(maker(syl_field, term.text, weight * W_EXACT))
            if not exact_only:
                parts.append(maker(fold_field, term.folded, weight * W_FOLDED))
        else:
            parts.append(maker(fold_field, term.folded, weight * W_FOLDED_ONLY))
    return flat_or(parts)


def phrase_query(phrase: Phrase, views: dict, slop: int = 1, boost: float = 1.0, body_only: bool = False) -> Node:
    words = tuple(phrase.spelled())
    parts = []
    for name, (syl_field, fold_field) in views.items():
        if body_only and name not in ("body", "passage"):
            continue
        field = syl_field if phrase.accented else fold_field
        parts.append(PhraseQuery(field, words, slop, VIEW_WEIGHTS[name] * boost))
    return flat_or(parts)


def _excluded(phrase: Phrase, views: dict) -> Node:
    return phrase_query(phrase, views) if len(phrase.words) > 1 else term_query(phrase.terms()[0], views)


def _pair_terms(phrase: Phrase, views: dict) -> list:
    return [
        Term(fold_field, pair, VIEW_WEIGHTS[name])
        for pair in phrase.pairs
        for name, (_syl, fold_field) in views.items()
        if VIEW_WEIGHTS[name] > 0
    ]


def boost_of(node: Node) -> float:
    return getattr(node, "boost", 1.0)


def flat_or(parts: list) -> Node:
    """An Or without zero-weight parts (Whoosh divides by boosts) and without nesting (Whoosh-Reloaded 2.7.5's
    binary union matcher scores an Or of an Or wrongly, ``tests/search/test_search.py``); the same term or
    phrase asked twice is asked once with the two boosts added: the same scores (an Or adds its parts'), half
    the matching.  A pasted name or a question repeats its words ("Bộ Lao động - Thương binh và Xã hội Bộ Lao
    động …")."""
    flat: list = []
    for part in parts:
        if part is None or boost_of(part) <= 0:
            continue
        if isinstance(part, Or) and part.boost == 1.0:
            flat.extend(p for p in part.parts if boost_of(p) > 0)
        else:
            flat.append(part)
    merged: dict[tuple, int] = {}
    out: list = []
    for part in flat:
        key = _merge_key(part)
        if key is not None and key in merged:
            kept = out[merged[key]]
            out[merged[key]] = replace(kept, boost=kept.boost + part.boost)
            continue
        if key is not None:
            merged[key] = len(out)
        out.append(part)
    if not out:
        return None
    return out[0] if len(out) == 1 else Or(tuple(out))


def _merge_key(part) -> tuple | None:
    if isinstance(part, Term):
        return ("term", part.field, part.text)
    if isinstance(part, PhraseQuery):
        return ("phrase", part.field, part.words, part.slop)
    return None


def matching_only(node: Node) -> Node:
    """A query matching the same documents, without the parts that only rank.

    ``AndMaybe(a, b)`` matches what ``a`` matches; in an Or that also holds the words of a phrase, the
    phrase adds no document.  Reading the positions of every phrase in every document of the archive was
    most of the time counting a long query's facets took.
    """
    if isinstance(node, AndMaybe):
        return matching_only(node.required)
    if isinstance(node, AndNot):
        return AndNot(matching_only(node.positive), node.negative)
    if isinstance(node, Or):
        words = {(t.field, t.text) for t in node.parts if isinstance(t, Term)}
        kept = [
            q for q in node.parts if not (isinstance(q, PhraseQuery) and all((q.field, w) in words for w in q.words))
        ]
        return Or(tuple(kept), node.boost) if len(kept) > 1 else kept[0]
    return node
