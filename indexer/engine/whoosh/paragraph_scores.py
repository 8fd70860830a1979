"""The best paragraphs of a few documents for a query of terms, scored with arrays.

Passages and the rerank score every matching paragraph of the top 10-20
documents; the bench corpus has whole laws of 500-2,800 paragraphs, and
Whoosh's matchers spent 100 ms on a three-word query calling Python methods
for each of the 3,000 postings (``id``, ``weight``, ``score``, the field
length, the union, the intersection with the documents).  Here each term's
postings are read a block at a time, only the blocks that can hold a
paragraph of these documents, and scored with numpy: the same BM25F scores
(``tests/engine/test_paragraph_scores.py`` compares them with Whoosh's on random
queries), in a tenth of the time.

Only a query of terms is scored here (a ``Term``, or an ``Or`` of them: what
:func:`indexer.engine.whoosh.queries.passage_query` makes unless the query has
a phrase, a prefix or an excluded word); :func:`best_paragraphs` answers
``None`` for any other query, and the caller asks Whoosh.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

# Whoosh stores a field's length in one byte per document (a logarithmic scale); a byte -> the length it
# gives back, as ``doc_field_length`` does.
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True)
class _Term:
    fieldname: str
    text: str
    boost: float


def query_terms(query: Q.Query) -> list[_Term] | None:
    """The terms of a query that is a term or a union of terms, with their boosts; None for any other query."""
    if type(query) is Q.Term:
        return [_Term(query.fieldname, query.text, query.boost)]
    if type(query) is Q.Or and not query.scale:
        terms = []
        for sub in query.subqueries:
            inner = query_terms(sub)
            if inner is None:
                return None
            terms += [_Term(t.fieldname, t.text, t.boost * query.boost) for t in inner]
        return terms
    return None


def best_paragraphs(
    searcher, query: Q.Query, doc_field: str, doc_ids: list[str], per_doc: int
) -> dict[str, list[tuple[int, float]]] | None:
    """The ``per_doc`` best paragraphs of each document, as ``(docnum, score)`` best first.

    The same answer as searching ``And([query, Or(doc_field:doc_id …)])`` with
    Whoosh and keeping each document's first hits: scores as
    :class:`whoosh.scoring.BM25F` gives them, ties in docnum order.  Documents
    with no matching paragraph are left out.

    :return: None when the query is not made of terms only, or the searcher
        does not weigh with BM25F.
    """
    terms = query_terms(query)
    if terms is None or not isinstance(searcher.weighting, BM25F):
        return None
    terms = [t for t in terms if t.fieldname in searcher.schema and t.boost > 0]
    found_docnums, found_scores, found_owners = [], [], []
    for reader, offset in searcher.reader().leaf_readers():
        owner = _owners(reader, doc_field, doc_ids)
        candidates = np.flatnonzero(owner >= 0) if owner is not None else []
        if not len(candidates):
            continue
        scores = _segment_scores(searcher, reader, terms, owner, candidates)
        matched = candidates[scores[candidates] > 0]
        found_docnums.append(matched + offset)
        found_scores.append(scores[matched])
        found_owners.append(owner[matched])
    if not found_docnums:
        return {}
    return _best_of_each(
        np.concatenate(found_docnums), np.concatenate(found_scores), np.concatenate(found_owners), doc_ids, per_doc
    )


def _segment_scores(searcher, reader, terms: list[_Term], owner: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """The BM25F score of every paragraph of a segment (0 for the others)."""
    schema, weighting = searcher.schema, searcher.weighting
    scores = np.zeros(len(owner), dtype=np.float64)
    for term in terms:
        field = schema[term.fieldname]
        try:
            btext = field.to_bytes(term.text)
        except ValueError:
            continue
        if (term.fieldname, btext) not in reader:
            continue
        ids, weights = _postings(reader, term.fieldname, btext, candidates)
        keep = owner[ids] >= 0
        ids, weights = ids[keep], weights[keep]
        if not len(ids):
            continue
        if field.scorable:
            lengths = _LENGTH_OF_BYTE[_length_bytes(reader, term.fieldname)[ids]]
            idf = searcher.idf(term.fieldname, btext)
            avgfl = searcher.avg_field_length(term.fieldname) or 1
            b = weighting._field_B.get(term.fieldname, weighting.B)
            k1 = weighting.K1
            # Whoosh's bm25(), term for term, so that the sums are the same to the last bit or nearly.
            term_scores = idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * lengths / avgfl)))
        else:
            term_scores = weights  # WeightScorer: the weight itself
        scores[ids] += term_scores * term.boost
    return scores


def _best_of_each(docnums, scores, owners, doc_ids: list[str], per_doc: int) -> dict[str, list[tuple[int, float]]]:
    """The ``per_doc`` best paragraphs of each document: by document, best score first, then docnum (Whoosh's
    order of hits)."""
    order = np.lexsort((docnums, -scores, owners))
    grouped = owners[order]
    position = np.arange(len(order))
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = grouped[1:] != grouped[:-1]
    rank = position - np.maximum.accumulate(np.where(starts, position, 0))  # rank within its document
    best: dict[str, list[tuple[int, float]]] = {}
    for i in order[rank < per_doc].tolist():
        best.setdefault(doc_ids[owners[i]], []).append((int(docnums[i]), float(scores[i])))
    return best


def _owners(reader, doc_field: str, doc_ids: list[str]) -> np.ndarray | None:
    """For each docnum of a segment, the position in ``doc_ids`` of its document, or -1 (other or deleted)."""
    count = reader.doc_count_all()
    if not count:
        return None
    owner = np.full(count, -1, dtype=np.int32)
    any_found = False
    for position, doc_id in enumerate(doc_ids):
        ids = _paragraphs_of(reader, doc_field, doc_id)
        if len(ids):
            owner[ids] = position
            any_found = True
    if not any_found:
        return None
    if reader.has_deletions():
        owner[_deleted(reader)] = -1
    return owner


def _paragraphs_of(reader, doc_field: str, doc_id: str) -> np.ndarray:
    """The docnums of a document's paragraphs in a segment (deleted ones too), kept with the reader: a
    segment does not change, and the same documents come back search after search."""
    kept = reader.__dict__.setdefault("archive_paragraphs_of", {})
    ids = kept.get(doc_id)
    if ids is None:
        btext = reader.schema[doc_field].to_bytes(doc_id)
        if (doc_field, btext) in reader:
            ids, _ = _postings(reader, doc_field, btext, None)
        else:
            ids = np.zeros(0, dtype=np.int64)
        kept[doc_id] = ids
    return ids


def _postings(reader, fieldname: str, btext: bytes, candidates: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """The docnums and weights of a term's postings in a segment, deleted documents included.

    :param candidates: sorted docnums; the blocks of postings holding none of them are not decoded.
    """
    terms = getattr(reader, "_terms", None)
    if terms is not None:  # a SegmentReader: its postings before the filter of deleted documents, which
        # moves past the first deleted ones (the owners leave every deleted paragraph out)
        matcher = terms.matcher(fieldname, btext, reader.schema[fieldname].format)
    else:
        matcher = reader.postings(fieldname, btext)
    if not isinstance(matcher, W3LeafMatcher):  # another codec: one posting at a time
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    # Whoosh-Reloaded 2.7.5's W3 postings: blocks of up to 128 docnums with their weights.  The block's
    # largest docnum is known before the block is decoded.
    id_blocks, weight_blocks = [], []
    previous_max = -1
    while matcher.is_active():
        block_max = matcher.block_max_id()
        if candidates is None or _any_between(candidates, previous_max, block_max):
            ids, weights = _decoded_block(matcher)
            id_blocks.append(ids)
            weight_blocks.append(weights)
        previous_max = block_max
        if candidates is not None and block_max >= candidates[-1]:
            break
        matcher._next_block()
    if not id_blocks:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return np.concatenate(id_blocks), np.concatenate(weight_blocks)


def _decoded_block(matcher: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """The docnums and weights of the matcher's current block (as ``_read_ids`` and ``_read_weights``
    decode them, without a Python step per posting)."""
    matcher._read_data()
    raw_ids, raw_weights = matcher._data[0], matcher._data[1]
    ids = np.asarray(raw_ids, dtype=np.int64)
    if not matcher._byteids:
        ids = np.cumsum(ids)  # stored as gaps
    if raw_weights is None:
        weights = np.ones(len(ids), dtype=np.float64)
    elif isinstance(raw_weights, float):
        weights = np.full(len(ids), raw_weights, dtype=np.float64)
    else:
        # Whoosh reads weights back as 32-bit floats (array "f"), and scores those.
        weights = np.asarray(raw_weights, dtype=np.float32).astype(np.float64)
    return ids, weights


def _any_between(sorted_values: np.ndarray, low: int, high: int) -> bool:
    """Whether a value lies in ``(low, high]``."""
    i = np.searchsorted(sorted_values, low, side="right")
    return i < len(sorted_values) and sorted_values[i] <= high


def _length_bytes(reader, fieldname: str) -> np.ndarray:
    """The length byte of a field for every docnum of a segment, read once per reader."""
    kept = reader.__dict__.setdefault("archive_length_bytes", {})
    if fieldname not in kept:
        count = reader.doc_count_all()
        column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        values = np.zeros(count, dtype=np.uint8)
        if column is not None:
            stored = column._dbfile.get(column._basepos, min(column._count, count))
            values[: len(stored)] = np.frombuffer(stored, dtype=np.uint8)
        kept[fieldname] = values
    return kept[fieldname]


def _deleted(reader) -> np.ndarray:
    kept = reader.__dict__.get("archive_deleted")
    if kept is None:
        deleted = getattr(reader, "deleted_docs_set", None)  # a SegmentReader's, read once
        if deleted is None:
            deleted = [d for d in range(reader.doc_count_all()) if reader.is_deleted(d)]
        kept = np.fromiter(sorted(deleted), dtype=np.int64)
        reader.__dict__["archive_deleted"] = kept
    return kept
