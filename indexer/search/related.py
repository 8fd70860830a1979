"""Related documents: the few archived documents most like one by subject, each with the words it shares.

Two signs, fused as a question's rankings are (:func:`indexer.search.fusion.z_score_fusion`):

- shared rare words: the document's subject terms are the pyvi words of several syllables of its title and
  text that the index's vocabulary holds, weighted by how often the document uses them (its title more) and
  by how rare they are in the archive (idf); each term is matched as a phrase (:meth:`EngineSearcher.match`),
  and a document scores the weights of the terms it holds.  Those terms are the "why" shown beside it.
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
from indexer.query.parse import parse_query
from indexer.query.plan import plan_query
from indexer.search.fusion import FUSION_DEPTH, z_score_fusion
from indexer.store.handle import ArchiveIndex
from indexer.store.snapshot import Snapshot
from indexer.text.tokens import syllable_spans
from indexer.text.vietnamese import fold

RELATED_MAX = 5
RELATED_FRESH_S = 120.0  # seconds an answer is kept across uploads
SUBJECT_TERMS = 12  # the document's rarest frequent words, matched one by one
TITLE_WEIGHT = 3  # a word of the title says more of the subject than one of the body
WORD_SYLLABLES = (3, 2)  # pyvi words of the vocabulary looked for, longest first
# A long text is read one paragraph in k, k as needed to read about this many characters: a code of law's 700,000
# took 0.7 s at its page's first view; words spread over all its chapters are as frequent in the sample.
CHARACTERS_READ = 200_000
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


def subject_terms(record: Document, vocabulary: Vocabulary, documents: int) -> list[tuple[str, float]]:
    """The ``SUBJECT_TERMS`` words saying most of what ``record`` is about: ``(word as written, weight)``.

    A word every document holds, or this one only, says nothing of what it shares.
    """
    counts: dict[str, float] = {}
    written: dict[str, dict[str, int]] = {}
    known = vocabulary.words
    for text, weight in _read(record):
        spans = syllable_spans(text)
        folded_text = fold(text)  # one character for one: a syllable's span is its folded span too
        tokens = [text[a:b] for a, b in spans]
        # a number or a code ("06-KH/BCĐ") is no syllable of a word: "\0" joins no word the vocabulary holds
        folded = [folded_text[a:b] if token.isalpha() else "\0" for (a, b), token in zip(spans, tokens, strict=True)]
        pairs = [f"{a} {b}" for a, b in zip(folded, folded[1:], strict=False)]
        triples = [f"{ab} {c}" for ab, c in zip(pairs, folded[2:], strict=False)]
        for i, pair in enumerate(pairs):
            # "thông tin đối ngoại": the longest word known, not its parts too
            word, size = (triples[i], 3) if i < len(triples) and triples[i] in known else (pair, 2)
            if size == 2 and pair not in known:
                continue
            counts[word] = counts.get(word, 0.0) + weight
            spelling = " ".join(tokens[i : i + size])  # as written: "Kon Tum", "thông tin"
            forms = written.setdefault(word, {})
            forms[spelling] = forms.get(spelling, 0) + 1
    weighted = []
    for folded, count in counts.items():
        df = vocabulary.words[folded][1]
        if 1 < df < documents:
            spelling = _as_written(written[folded])
            weighted.append((spelling, (1 + math.log(count)) * math.log(documents / df)))
    weighted.sort(key=lambda pair: (-pair[1], pair[0]))
    return weighted[:SUBJECT_TERMS]


def _read(record: Document) -> list[tuple[str, float]]:
    """The texts whose words are counted, with their weight: the title, and the paragraphs (or an even sample)."""
    paragraphs = [p["text"] for p in record.paragraphs]
    step = math.ceil(sum(map(len, paragraphs)) / CHARACTERS_READ) or 1
    return [(record.title or "", TITLE_WEIGHT)] + [(text, 1) for text in paragraphs[::step]]


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
    terms = subject_terms(record, snapshot.vocabulary(searcher), len(snapshot.rows))
    lexical: dict[int, float] = {}
    shared: dict[int, list[str]] = {}
    for term, weight in terms:
        plan = plan_query(parse_query(f'"{term}"'), require_all=True)
        for key in searcher.match(plan):
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
