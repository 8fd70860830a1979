"""Related documents: the few archived documents most like one by subject, each with the words it shares.

Two signs, fused as a question's rankings are (:func:`indexer.search.fusion.z_score_fusion`):

- shared rare words: the document's subject terms are the pyvi words of several syllables of its title and
  text, weighted by how often the document uses them (its title more: counted when it was indexed,
  :meth:`EngineSearcher.word_counts`) and by how rare they are in the archive (idf); each is looked up as
  the pyvi word the index holds (:meth:`EngineSearcher.holding_word`: one term, no positions), and a document
  scores the weights of the terms it holds.  Those terms are the "why" shown beside it.
- meaning: the cosine of the document's own sentence embedding (the one the index keeps) with each other's.

A document sharing none of the terms is not proposed, however near in meaning: it would come with no reason.
The document itself and those it is already linked with (what cites it or implements it, what it cites or
implements) are left out: the page lists them already.

The answer outlives an upload for RELATED_FRESH_S (``Snapshot.lasting``): worked out anew at every upload's
snapshot, it was what made a document page cost 100-300 ms instead of 10 under uploads every few seconds
(bench/NOTES.md).  A document withdrawn or linked since is left out of it at once; a document uploaded since
joins it when it is next worked out.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from indexer.document.record import Document
from indexer.engine.protocol import EngineSearcher, Vocabulary
from indexer.search.fusion import FUSION_DEPTH, z_score_fusion
from indexer.store.handle import ArchiveIndex
from indexer.store.snapshot import Snapshot
from indexer.text.vietnamese import fold
from indexer.text.views import word_tokens

RELATED_MAX = 5
RELATED_FRESH_S = 120.0  # seconds an answer is kept across uploads
SUBJECT_TERMS = 12  # the document's rarest frequent words, looked up one by one
W_MEANING = 0.8  # as for questions (indexer.search.fusion.W_SEMANTIC)


@dataclass(frozen=True)
class Related:
    doc_id: str
    score: float
    shared: tuple[str, ...]  # the subject terms both hold, as this document most often writes them (house tones)


def related_documents(index: ArchiveIndex, record: Document, limit: int = RELATED_MAX) -> list[Related]:
    """The documents most like ``record`` by subject, best first, at most ``limit``.

    :return: never ``record`` itself nor a document it cites, implements, or is cited or implemented by.
    """
    with index.searching() as (searcher, snapshot):
        made, asked, found = snapshot.lasting.get(record.doc_id, (None, None, ()))
        if made is None or asked != limit or time.monotonic() - made > RELATED_FRESH_S:
            made, found = time.monotonic(), _related(searcher, snapshot, record, limit)
            snapshot.lasting[record.doc_id] = (made, limit, found)
        left_out = linked(snapshot, record.doc_id)
        return [r for r in found if r.doc_id in snapshot.by_id and r.doc_id not in left_out]


def linked(snapshot: Snapshot, doc_id: str) -> set[str]:
    """``doc_id`` and the documents the page already lists beside it: citing, cited, implementing, implemented."""
    relations = snapshot.relations
    out = {doc_id, *relations.cited_by.get(doc_id, []), *relations.implemented_by.get(doc_id, [])}
    return out | {entry["doc_id"] for entry in relations.resolved.get(doc_id, []) if entry.get("doc_id")}


def subject_terms(counts: dict[str, int], vocabulary: Vocabulary, documents: int) -> list[tuple[str, str, float]]:
    """The ``SUBJECT_TERMS`` words saying most of what a document is about, from how often it writes each
    (:meth:`EngineSearcher.word_counts`): ``(word as written, word as indexed, weight)``.

    A word every document holds, or this one only, says nothing of what it shares.

    >>> known = {"thong tin": ("thông tin", 3), "ke hoach": ("kế hoạch", 10), "kon tum": ("kon tum", 1)}
    >>> vocabulary = Vocabulary({}, known, {}, lambda folded: None)
    >>> counts = {"THÔNG_TIN": 4, "thông_tin": 2, "Kế_hoạch": 5, "Kon_Tum": 2}
    >>> [(spelling, word) for spelling, word, _weight in subject_terms(counts, vocabulary, documents=10)]
    [('thông tin', 'thông_tin')]
    """
    forms: dict[str, dict[str, int]] = {}
    for written, count in counts.items():
        for word in word_tokens(written):  # one: house tones, lower case, as the index holds it
            forms.setdefault(word, {})[written.replace("_", " ")] = count
    weighted = []
    for word, written in forms.items():
        df = vocabulary.words.get(fold(word.replace("_", " ")), ("", 0))[1]
        if 1 < df < documents:
            weighted.append((word, (1 + math.log(sum(written.values()))) * math.log(documents / df)))
    weighted.sort(key=lambda term: (-term[1], term[0]))
    return [(_as_written(forms[word]), word, weight) for word, weight in weighted[:SUBJECT_TERMS]]


def _as_written(forms: dict[str, int]) -> str:
    """How a word is written: in lower case if it ever is, else as a name ("Kon Tum"), not as a heading ("KON TUM").

    >>> _as_written({"CHẤP HÀNH": 3, "Chấp hành": 1, "chấp hành": 1}), _as_written({"KON TUM": 2, "Kon Tum": 1})
    ('chấp hành', 'Kon Tum')
    """
    lower = [form for form in forms if form == form.lower()]
    named = [form for form in forms if form != form.upper()]
    return max(lower or named, key=forms.get) if lower or named else max(forms, key=forms.get).lower()


def _related(searcher: EngineSearcher, snapshot: Snapshot, record: Document, limit: int) -> tuple[Related, ...]:
    keys = {summary.doc_id: key for key, summary in snapshot.rows}
    if record.doc_id not in keys:
        return ()
    left_out = {keys[d] for d in linked(snapshot, record.doc_id) if d in keys}
    terms = subject_terms(searcher.word_counts(keys[record.doc_id]), snapshot.vocabulary(searcher), len(snapshot.rows))
    lexical: dict[int, float] = {}
    shared: dict[int, list[str]] = {}
    for term, word, weight in terms:
        for key in searcher.holding_word(word):
            if key not in left_out:
                lexical[key] = lexical.get(key, 0.0) + weight
                shared.setdefault(key, []).append(term)
    if not lexical:
        return ()
    nearness: dict[int, float] = {}
    vector = searcher.vector(keys[record.doc_id])
    if vector is not None:
        found, cosines = searcher.similarities(vector, sorted(lexical))
        nearness = {int(k): float(c) for k, c in zip(found, cosines, strict=True)}
    ranked_words = sorted(lexical.items(), key=lambda pair: (-pair[1], pair[0]))
    fused = z_score_fusion(ranked_words, nearness, W_MEANING, FUSION_DEPTH) if nearness else ranked_words
    return tuple(
        Related(snapshot.by_key[key].doc_id, round(score, 4), tuple(shared[key]))
        for key, score in fused[:limit]
        if key in shared
    )
