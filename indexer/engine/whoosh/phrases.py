"""Which documents hold a quoted phrase, without Whoosh's span matchers.

Counting the facets of a phrase query needs every document that holds the
phrase.  Whoosh finds them by reading, in every document holding all its
words, the positions of each word and walking them in Python: at 200,000
paragraphs, where a document is a whole law and a common word has thousands
of positions in it, that was half of a phrase query's time.

Here the folded fields, which index each adjacent pair of syllables as one
term (:class:`indexer.analysis.PairFilter`), do most of the work:

* a phrase of two syllables typed without diacritics *is* its pair term
  (positions are consecutive, so the pair and the phrase match the same
  documents);
* any other phrase is looked for only in the documents holding all its folded
  pairs, where the positions of its words are intersected with numpy.

The answer is the one Whoosh gives (``tests/engine/test_phrases.py`` compares them).
"""

from __future__ import annotations

import numpy as np
from whoosh import query as Q

from indexer.text.tokens import pair_term


def matching(searcher, query: Q.Query, fold_field_of: dict[str, str]) -> list[int] | None:
    """The documents ``query`` matches, its required phrases found as above.

    :param fold_field_of: each syllable field -> the folded field of the same text
        (a folded field maps to itself).
    :return: sorted document numbers, or None for a query this does not read
        (the caller asks Whoosh).
    """
    phrases: list[list[Q.Phrase]] = []
    rest = _without_phrases(query, phrases, fold_field_of)
    if rest is _UNREAD or not phrases:
        return None
    docs = set(searcher.docs_for_query(rest)) if rest is not None else None
    for alternatives in phrases:  # one phrase, in any of its fields
        held: set[int] = set()
        for phrase in alternatives:
            held |= _holding(searcher, phrase, docs, fold_field_of[phrase.fieldname])
        docs = held
    return sorted(docs)


_UNREAD = object()


def _without_phrases(query: Q.Query, phrases: list, fold_field_of: dict[str, str]):
    """The query's parts besides its required phrases, which go to ``phrases`` (None: nothing else)."""
    if _is_phrase(query, fold_field_of):
        phrases.append([query])
        return None
    if isinstance(query, Q.Or) and query.subqueries and all(_is_phrase(q, fold_field_of) for q in query.subqueries):
        phrases.append(list(query.subqueries))
        return None
    if type(query) is Q.And:
        parts = [_without_phrases(q, phrases, fold_field_of) for q in query.subqueries]
        if any(p is _UNREAD for p in parts):
            return _UNREAD
        parts = [p for p in parts if p is not None]
        return (Q.And(parts) if len(parts) > 1 else parts[0]) if parts else None
    if any(isinstance(q, Q.Phrase) for q in query.leaves()):
        return _UNREAD  # a phrase that only may match, or is excluded: Whoosh reads it
    return query


def _is_phrase(query: Q.Query, fold_field_of: dict[str, str]) -> bool:
    # slop 1: side by side (Whoosh counts positions); the words are single syllables, as the query parser makes them
    return type(query) is Q.Phrase and query.slop == 1 and len(query.words) >= 2 and query.fieldname in fold_field_of


def _holding(searcher, phrase: Q.Phrase, within: set[int] | None, fold_field: str) -> set[int]:
    """The documents (of ``within``, when given) holding ``phrase`` in its field."""
    words = list(phrase.words)
    pairs = list(dict.fromkeys(pair_term(a, b) for a, b in zip(words, words[1:], strict=False)))
    pair_query = Q.And([Q.Term(fold_field, p) for p in pairs]) if len(pairs) > 1 else Q.Term(fold_field, pairs[0])
    candidates = searcher.docs_for_query(pair_query)
    candidates = sorted(set(candidates) & within) if within is not None else sorted(candidates)
    if phrase.fieldname == fold_field and len(words) == 2:
        return set(candidates)
    postings = []
    reader = searcher.reader()
    for word in words:
        if (phrase.fieldname, word) not in reader:
            return set()
        # The reader's postings, not the searcher's: only positions are read here, and the searcher's set up a
        # BM25 scorer for each word of each segment (a third of a related-documents answer's time).
        postings.append(reader.postings(phrase.fieldname, word))
    held = set()
    for doc in candidates:
        starts = None
        for offset, matcher in enumerate(postings):
            positions = _positions(matcher, doc)
            if positions is None:
                break
            starts = (
                positions - offset if starts is None else np.intersect1d(starts, positions - offset, assume_unique=True)
            )
            if not len(starts):
                break
        else:
            held.add(doc)
    return held


def _positions(matcher, doc: int) -> np.ndarray | None:
    """The positions of the matcher's term in ``doc`` (None when the term is not there)."""
    if matcher.is_active() and matcher.id() < doc:
        matcher.skip_to(doc)
    if not matcher.is_active() or matcher.id() != doc:
        return None
    return np.asarray(matcher.value_as("positions"), dtype=np.int64)
