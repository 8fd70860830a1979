"""The query plan: what a parsed query asks of an index, worked out once per search.

Its syllables in the forms they are matched in (as typed, folded), which of them are required, the pyvi
words and adjacent pairs that rank, the quoted phrases (required) with their folded pairs, the excluded
words, and the keys of the directive numbers asked for.  An engine reads from it the query for documents,
the query for paragraphs and the ranking of documents known to hold the phrases
(:mod:`indexer.query.tree`); nothing there derives a term again.

>>> from indexer.query.parse import parse_query
>>> plan = plan_query(parse_query('thong tin "đối ngoại" -Kon'), require_all=True)
>>> [t.folded for t in plan.content], plan.pairs, [p.pairs for p in plan.phrases], plan.excluded[0].words
(['thong', 'tin'], ('thong_tin',), [('doi_ngoai',)], ('kon',))
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from indexer.query.parse import NumberQuery, ParsedQuery
from indexer.query.weights import AND_MAX_TERMS
from indexer.text.tokens import pair_term, segment
from indexer.text.vietnamese import fold, has_diacritics, nfc


@dataclass(frozen=True)
class Term:
    """One syllable of the query: as typed (lowercase), folded, and how it is matched."""

    text: str
    folded: str
    accented: bool
    prefix: bool = False  # "thông*": every word it begins

    @classmethod
    def of(cls, text: str, accented: bool, prefix: bool = False) -> Term:
        return cls(text, fold(text), accented, prefix)


@dataclass(frozen=True)
class Phrase:
    """Words that must stand side by side ("…" in the query), with their adjacent pairs, folded."""

    words: tuple[str, ...]
    accented: bool  # matched on the accented syllables in that spelling, else on the folded ones
    pairs: tuple[str, ...]

    @classmethod
    def of(cls, words: list[str]) -> Phrase:
        pairs = tuple(dict.fromkeys(pair_term(a, b) for a, b in zip(words, words[1:], strict=False)))
        return cls(tuple(words), has_diacritics(" ".join(words)), pairs)

    def spelled(self) -> tuple[str, ...]:
        """The words as the view they are matched in holds them: NFC with its diacritics, or folded."""
        return tuple(nfc(w) for w in self.words) if self.accented else tuple(fold(w) for w in self.words)

    def terms(self) -> tuple[Term, ...]:
        return tuple(Term.of(w, has_diacritics(w)) for w in self.words)


@dataclass(frozen=True)
class QueryPlan:
    content: tuple[Term, ...]  # what is sought; every one required when ``require_all``
    scaffolding: tuple[Term, ...]  # the other words typed ("là gì", "của"): they rank a short query only
    words: tuple[str, ...]  # pyvi words of several syllables of what was typed with diacritics
    adjacent: tuple[tuple[str, str], ...]  # adjacent content syllables (none with a prefix)
    pairs: tuple[str, ...]  # the same as pair terms of the folded views, once each
    phrases: tuple[Phrase, ...]  # required
    excluded: tuple[Phrase, ...]  # -word, -"words"
    numbers: tuple[tuple[str, ...], ...]  # for each number asked for, the number keys it stands for
    require_all: bool
    long: bool  # more content syllables than a query of keywords has: a question, ranked on its exact words
    only_numbers: bool  # nothing but directive numbers: they are required

    @property
    def empty(self) -> bool:
        return not (self.content or self.scaffolding or self.phrases or self.numbers or self.excluded)

    def relaxed(self) -> QueryPlan:
        """The same plan with no word required: for a query no document answers whole."""
        return dataclasses.replace(self, require_all=False)


def plan_query(
    parsed: ParsedQuery,
    *,
    require_all: bool,
    common: set[str] | frozenset[str] = frozenset(),
    number_keys: Callable[[NumberQuery], list[str]] | None = None,
) -> QueryPlan:
    """The plan of a parsed query.

    :param common: folded syllables so frequent in the archive that matching them says nothing; a long
        query leaves them out (they would only cost time).
    :param number_keys: the number keys a number asked for stands for (an abbreviation such as "KL 57" stands
        for every archived number it abbreviates); by default, its own key only.
    """
    content = parsed.content_terms()
    long = len(content) > AND_MAX_TERMS
    if long and common:
        content = [t for t in content if fold(t.text) not in common] or content
    scaffolding = [] if long else [t for t in parsed.terms if t not in content]
    adjacent = tuple((a.text, b.text) for a, b in zip(content, content[1:], strict=False) if not (a.prefix or b.prefix))
    keys = number_keys or (lambda number: [number.key] if number.key else [])
    return QueryPlan(
        content=tuple(Term.of(t.text, t.accented, t.prefix) for t in content),
        scaffolding=tuple(Term.of(t.text, t.accented, t.prefix) for t in scaffolding),
        words=_words(parsed),
        adjacent=adjacent,
        pairs=tuple(dict.fromkeys(pair_term(a, b) for a, b in adjacent)),
        phrases=tuple(Phrase.of(words) for words in parsed.phrases),
        excluded=tuple(Phrase.of(words) for words in parsed.excluded),
        numbers=tuple(tuple(keys(number)) for number in parsed.numbers),
        require_all=require_all,
        long=long,
        only_numbers=parsed.only_numbers(),
    )


def _words(parsed: ParsedQuery) -> tuple[str, ...]:
    """pyvi words of several syllables in what was typed (prefixes aside), when it was typed with diacritics."""
    accented_text = " ".join(t.text for t in parsed.terms if not t.prefix)
    if not has_diacritics(accented_text):
        return ()
    return tuple(dict.fromkeys(w.lower() for w in segment(accented_text).split() if "_" in w))
