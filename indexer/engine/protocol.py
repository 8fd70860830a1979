"""The search engine seam (DESIGN.md section 7): what the archive asks of an index, whatever runs it.

The store writes through an :class:`Engine` (add or replace documents, delete them, open a generation);
search reads through an :class:`EngineSearcher`, one generation of the index held for one search (match,
rank, best paragraphs, nearest by meaning, a document's vector, vocabulary).  What goes in is engine-neutral:
records with their Vietnamese analysis done (:class:`~indexer.document.prepared.Prepared`) and query plans
(:class:`~indexer.query.plan.QueryPlan`), ranked with :mod:`indexer.query.weights`.

Documents are named by *keys*: integers that are stable within one generation (Whoosh's document numbers),
which :meth:`EngineSearcher.documents` maps to summaries.  The embedded engine is
:class:`indexer.engine.whoosh.WhooshEngine`; ``ARCHITECTURE.md`` says how to add another.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from indexer.document.prepared import Prepared
from indexer.document.summary import Summary
from indexer.query.plan import QueryPlan


@dataclass(frozen=True)
class Ranking:
    """The best documents for a plan, best first, and about how many match it (when asked)."""

    keys: list[int]
    scores: list[float]
    total: int | None = None


@dataclass(frozen=True)
class Vocabulary:
    """What an index's text holds, for suggestions: every syllable and pyvi word by folded form, each with
    the spelling most documents use and in how many documents it stands."""

    syllables: dict[str, tuple[str, int]]  # "doi" -> ("đối", 12)
    words: dict[str, tuple[str, int]]  # "doi ngoai" -> ("đối ngoại", 9)
    folded_counts: dict[str, int]  # "doi" -> documents holding any of its spellings (at most: a sum)
    correct: Callable[[str], str | None]  # a folded syllable the index never holds -> the nearest it holds

    def common(self, ratio: float, documents: int) -> set[str]:
        """Folded syllables found in more than ``ratio`` of the documents (none above a ratio of 1)."""
        if ratio > 1 or documents < 20:
            return set()
        return {folded for folded, df in self.folded_counts.items() if df > ratio * documents}


class EngineSearcher(Protocol):
    """One generation of an index, for one search: consistent from start to end whatever is written meanwhile."""

    def generation(self) -> Hashable:
        """What this searcher reads, named: equal for two searchers of the same commits."""

    def documents(self) -> list[tuple[int, Summary]]:
        """Every live document of this generation, by key."""

    def match(self, plan: QueryPlan) -> list[int]:
        """Every document the plan matches (its required words, phrases and numbers), unranked."""

    def rank(self, plan: QueryPlan, *, within: set[int] | None, limit: int, estimate: bool = False) -> Ranking:
        """The ``limit`` best documents for the plan, among ``within`` when given (the documents already known
        to match, and to pass the filters).

        :param estimate: estimate how many documents match, for a search that counts none (it costs a walk of
            the query).
        """

    def best_paragraphs(
        self, plan: QueryPlan, doc_ids: list[str], per_doc: int, every_spelling: bool = False
    ) -> dict[str, list[tuple[int, float]]]:
        """The best paragraphs (paragraph key, score) of each of these documents for the plan, best first.

        :param every_spelling: a word typed with diacritics matches its other spellings too.
        """

    def paragraph(self, key: int) -> dict:
        """A paragraph by key: ``{anchor, section, text, zone}``."""

    def opening_paragraph(self, doc_id: str) -> dict | None:
        """The paragraph a result shows when none matched: the first of its body."""

    def similarities(self, vector: np.ndarray, keys: list[int] | None) -> tuple[np.ndarray, np.ndarray]:
        """The documents among ``keys`` (every one when None) that have a sentence embedding, and how near each
        is to ``vector``: the cosine of its embedding, or, when its windows were kept (``Prepared.windows``),
        :func:`indexer.text.embedding.nearness` of its embedding's cosine and its best window's."""

    def vector(self, key: int) -> np.ndarray | None:
        """The sentence embedding a document is kept with (float32), or None when it has none."""

    def vocabulary(self) -> Vocabulary: ...

    def word_counts(self, key: int) -> dict[str, int]:
        """How often a document writes each pyvi word of several syllables
        (:func:`indexer.document.prepared.word_counts`)."""

    def holding_word(self, word: str) -> list[int]:
        """Every document whose title or body holds this pyvi word (as :func:`indexer.text.views.word_tokens`
        makes it: lowercase, its syllables joined by ``_``)."""

    def pair_counts(self, pairs: tuple[str, ...]) -> list[int]:
        """In how many documents each pair term (a plan's ``pairs``: two folded syllables side by side) stands."""


class EngineWriter(Protocol):
    def add(self, prepared: Prepared) -> None:
        """Index a document (delete its id first to replace it)."""

    def add_vectors(self, prepared: Prepared) -> None:
        """Give a document already indexed its sentence vectors (``prepared`` is the same record, embedded):
        its entry in the documents index is made again, its paragraphs' entries stay as they are."""

    def delete(self, doc_id: str) -> None: ...


class Engine(Protocol):
    """One version of the index, on disk in a folder of its own."""

    searchers_kept: int  # searchers a process keeps open for the next searches (a worker warms as many)
    # Given its tokens (DESIGN.md section 4) rather than analysing text itself: a build's workers make each
    # paragraph's views (Prepared.views), and the one process that writes only adds them.
    takes_views: bool

    @classmethod
    def create(cls, folder: str) -> Engine: ...

    @classmethod
    def open(cls, folder: str) -> Engine: ...

    def searching(self) -> AbstractContextManager[EngineSearcher]:
        """The latest generation, for one search."""

    def latest_generation(self) -> Hashable:
        """What :meth:`EngineSearcher.generation` would say of a searcher taken now, without taking one."""

    def writing(self, *, bulk: bool = False) -> AbstractContextManager[EngineWriter]:
        """A writer, committed when the block ends (a new generation), cancelled if it raises.

        :param bulk: a whole build: more memory, one segment at the end.
        """

    def numbered(self, number_key: str) -> list[Summary]:
        """The documents bearing this number (:func:`indexer.text.numbers.number_key`)."""

    def forget_searchers(self) -> None:
        """In a forked process: drop the parent's open searchers without closing them."""

    def close(self) -> None: ...
