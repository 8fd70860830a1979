"""A snapshot: what is derived from one generation of the index, made once, and kept as long as it is current.

The rule: a generation (what one commit leaves in the index) has one snapshot, made when a search first meets
that generation and dropped when a newer one replaces it.  It holds every live document's summary by key,
by id and by number, the documents' facet values, who cites whom, the vocabulary, and the answers given
lately.  Made from the previous snapshot where that saves work: an upload changes one segment, and the
summaries (and so the facet values) of the others are the same objects as before.
"""

from __future__ import annotations

import threading
import time
from functools import cached_property

from indexer.citations.relations import Relations, compute
from indexer.document.summary import Summary
from indexer.engine.protocol import EngineSearcher, Vocabulary
from indexer.lru import Lru
from indexer.query.filters import DocFacets, doc_facets
from indexer.query.parse import NumberQuery, abbreviation
from indexer.query.tasks import TaskEntry, newest_first
from indexer.text.numbers import number_key

ANSWERS_KEPT = 256  # a JSON twin, a language switch, the back button ask again what was just answered
# Seconds a vocabulary serves the snapshots after its own: read again at every upload, it cost each worker 0.4 s
# of CPU at 2,500 documents (2M paragraphs), every search waiting for it; what an upload changes in it (a few
# documents' counts, a new name to suggest) can wait that long.
VOCABULARY_FRESH_S = 60.0


class Snapshot:
    def __init__(self, generation, rows: list[tuple[int, Summary]], previous: Snapshot | None = None):
        self.generation = generation
        self.rows = rows
        self.by_key = dict(rows)
        self.by_id = {summary.doc_id: summary for _key, summary in rows}
        self.answers = Lru(ANSWERS_KEPT)
        # id(summary) -> (summary, its facets): a summary from an unchanged segment keeps its facets.
        self._facets_of = {id(s): _kept(previous, s) or (s, doc_facets(s)) for _k, s in rows}
        self.facets: dict[int, DocFacets] = {key: self._facets_of[id(s)][1] for key, s in rows}
        self._vocabulary: Vocabulary | None = None
        self._vocabulary_made = 0.0  # time.monotonic() when it was read
        if previous is not None and previous._vocabulary is not None:
            self._vocabulary, self._vocabulary_made = previous._vocabulary, previous._vocabulary_made
        self._lock = threading.Lock()
        # The task list and the relations of the previous snapshot, or of the last one before it that made them
        # (a worker may see several uploads' generations without a page that asks for them: made afresh, the
        # relations cost it a second at 2M paragraphs): what the uploads since left unchanged is not made again.
        self._tasks_before = _made_before(previous, "tasks")
        self._relations_before = _made_before(previous, "relations")
        # id(summary) -> (summary, its numbers' (abbreviation, key)), of the last snapshot that made them: worked
        # out for every document at every upload, they cost each worker 0.15 s at 2,800 documents.
        self._numbers_of: dict[int, tuple] | None = None
        self._numbers_before = None
        if previous is not None:
            self._numbers_before = (
                previous._numbers_of if previous._numbers_of is not None else previous._numbers_before
            )
        # Answers about one document that outlive an upload (its related documents), by document id: kept while
        # the document is the same (its summary the same object, or an equal one from a segment an upload or a
        # withdrawal rewrote); their user decides how long they stay fresh.
        self.lasting: dict[str, tuple] = _lasting(previous, self.by_id)

    @property
    def summaries(self) -> list[Summary]:
        return [summary for _key, summary in self.rows]

    @property
    def doc_ids(self) -> list[str]:
        return [summary.doc_id for _key, summary in self.rows]

    @cached_property
    def relations(self) -> Relations:
        """Who cites whom (:mod:`indexer.citations.relations`), from the previous snapshot's where it made them."""
        before, self._relations_before = self._relations_before, None
        return compute(self.summaries, before)

    @cached_property
    def tasks(self) -> list[TaskEntry]:
        """Every task of the live documents with its facet values, the newest documents first
        (:mod:`indexer.query.tasks`): made when the task list is first asked for."""
        before, self._tasks_before = self._tasks_before, None
        return newest_first(self.summaries, before)

    @cached_property
    def _by_number(self) -> tuple[dict[str, list[Summary]], dict[tuple, list[Summary]], dict[tuple, list[str]]]:
        """Summaries by own number key and by abbreviation ("KL 57"); archived number keys (own and cited) by
        abbreviation.  In the order of the rows."""
        own: dict[str, list[Summary]] = {}
        own_short: dict[tuple, list[Summary]] = {}
        keys_short: dict[tuple, dict[str, None]] = {}
        before, self._numbers_before = self._numbers_before, None
        numbers_of = {}
        for summary in self.summaries:
            kept = before.get(id(summary)) if before is not None else None
            numbers = kept[1] if kept is not None and kept[0] is summary else _numbers(summary)
            numbers_of[id(summary)] = (summary, numbers)
            if summary.number:
                own.setdefault(numbers[0][1], []).append(summary)
                own_short.setdefault(numbers[0][0], []).append(summary)
            for short, key in numbers:
                keys_short.setdefault(short, {})[key] = None
        self._numbers_of = numbers_of
        return own, own_short, {short: list(keys) for short, keys in keys_short.items()}

    def bearing(self, key: str) -> list[Summary]:
        """The documents whose own number has this key (:func:`indexer.text.numbers.number_key`)."""
        return list(self._by_number[0].get(key, []))

    def owners(self, numbers: list[NumberQuery]) -> list[Summary]:
        """The documents whose own number is one of ``numbers`` (in any spelling, or abbreviated), in row order."""
        own, own_short, _ = self._by_number
        found: dict[str, Summary] = {}
        for number in numbers:
            for summary in own.get(number.key, []) if number.key else own_short.get(number.abbreviation, []):
                found[summary.doc_id] = summary
        order = {doc_id: i for i, doc_id in enumerate(self.doc_ids)} if len(numbers) > 1 else None
        return sorted(found.values(), key=lambda s: order[s.doc_id]) if order else list(found.values())

    def number_keys(self, number: NumberQuery) -> list[str]:
        """The number keys a number asked for stands for: itself, or every archived number it abbreviates."""
        if number.key:
            return [number.key]
        return self._by_number[2].get(number.abbreviation, [])

    def vocabulary(self, searcher: EngineSearcher) -> Vocabulary:
        """The vocabulary of this generation, read once (``searcher`` must be of this generation), or of one
        before it read less than ``VOCABULARY_FRESH_S`` ago."""
        with self._lock:
            if self._vocabulary is None or time.monotonic() - self._vocabulary_made > VOCABULARY_FRESH_S:
                self._vocabulary, self._vocabulary_made = searcher.vocabulary(), time.monotonic()
            return self._vocabulary

    def common_syllables(self, ratio: float, searcher: EngineSearcher) -> set[str]:
        """Folded syllables found in more than ``ratio`` of the documents (a long query may leave them out)."""
        if ratio > 1:  # no syllable is in more documents than there are: nothing to read
            return set()
        return self.vocabulary(searcher).common(ratio, len(self.rows))


def _made_before(previous: Snapshot | None, name: str):
    """What ``previous`` made of ``name`` (a cached property), or else what it was given to make it from."""
    if previous is None:
        return None
    made = previous.__dict__.get(name)
    return made if made is not None else getattr(previous, f"_{name}_before")


def _numbers(summary: Summary) -> tuple[tuple[tuple, str], ...]:
    """``(abbreviation, number key)`` of a document's own number (first, when it has one) and of those it cites."""
    return tuple((abbreviation(n), number_key(n)) for n in (summary.number, *summary.references) if n)


def _lasting(previous: Snapshot | None, by_id: dict[str, Summary]) -> dict[str, tuple]:
    if previous is None:
        return {}
    return {
        doc_id: answer
        for doc_id, answer in previous.lasting.items()
        if (summary := by_id.get(doc_id)) is not None
        and (summary is previous.by_id.get(doc_id) or summary == previous.by_id.get(doc_id))
    }


def _kept(previous: Snapshot | None, summary: Summary) -> tuple[Summary, DocFacets] | None:
    """The facets the previous snapshot found for this very summary (the same object), if any."""
    kept = previous._facets_of.get(id(summary)) if previous is not None else None
    return kept if kept is not None and kept[0] is summary else None
