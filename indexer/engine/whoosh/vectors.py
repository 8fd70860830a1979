"""The documents' sentence embeddings as columns of the Whoosh documents index, and their cosines.

A document's vectors (:mod:`indexer.text.embedding`: its opening's, and its windows') are stored with it, as
two columns (one of fixed size, one of the rows of its windows), so they are added, merged, deleted and
switched by the same commits as the document.  Reading the columns of a segment copies them once; they are
kept on the segment's reader, which a reopened searcher keeps when the segment did not change
(:mod:`indexer.engine.whoosh.reopen`).  An index made before the windows has no such column: its documents
are near a question by their opening alone.
"""

from __future__ import annotations

import numpy as np
from whoosh.columns import FixedBytesColumn, VarBytesColumn
from whoosh.fields import COLUMN

from indexer.text.embedding import DIM, VECTOR_BYTES, nearness

FIELD, WINDOWS_FIELD = "vector", "windows"
# Window rows are turned to float32 a block at a time, into one buffer that stays in the processor's cache: the
# whole table at once goes through memory twice, and was slower (15,000 rows on a busy machine: 17 ms against 45).
WINDOW_ROWS_AT_ONCE = 1024


def vector_field() -> COLUMN:
    """The documents index's column of vectors; a document without one holds zeros."""
    return COLUMN(FixedBytesColumn(VECTOR_BYTES))


def windows_field() -> COLUMN:
    """The documents index's column of window vectors: a document's rows one after the other, or nothing."""
    return COLUMN(VarBytesColumn())


def vectors(reader) -> tuple[np.ndarray, np.ndarray]:
    """Every document's vector by docnum (float16 rows) and which documents have one.

    Read once per segment and kept on its reader: a searcher reopened after an upload keeps the readers
    of the segments that did not change (:mod:`indexer.engine.whoosh.reopen`), and their vectors with them.  The whole
    table is kept on the searcher's reader too, which a reopened searcher replaces.
    """
    whole = getattr(reader, "archive_all_vectors", None)
    if whole is not None:
        return whole
    rows, present = [], []
    for segment_reader, _offset in reader.leaf_readers():
        kept = getattr(segment_reader, "archive_vectors", None)
        if kept is None:
            count = segment_reader.doc_count_all()
            if segment_reader.has_column(FIELD):
                column = segment_reader.column_reader(FIELD, translate=False)
                raw = b"".join(column[d] for d in range(count))
                matrix = np.frombuffer(raw, dtype=np.float16).reshape(count, DIM)
            else:
                matrix = np.zeros((count, DIM), dtype=np.float16)
            kept = (matrix, np.any(matrix != 0, axis=1))
            segment_reader.archive_vectors = kept
        rows.append(kept[0])
        present.append(kept[1])
    if not rows:
        whole = np.zeros((0, DIM), dtype=np.float16), np.zeros(0, dtype=bool)
    elif len(rows) == 1:
        whole = rows[0], present[0]
    else:
        whole = np.concatenate(rows), np.concatenate(present)
    reader.archive_all_vectors = whole
    return whole


def windows(reader) -> tuple[np.ndarray, np.ndarray]:
    """Every window vector of the documents (float16 rows) and the docnum each belongs to, read once per
    segment and kept as :func:`vectors` keeps the documents' vectors."""
    whole = getattr(reader, "archive_all_windows", None)
    if whole is not None:
        return whole
    rows, owners = [], []
    for segment_reader, offset in reader.leaf_readers():
        kept = getattr(segment_reader, "archive_windows", None)
        if kept is None:
            kept = _segment_windows(segment_reader)
            segment_reader.archive_windows = kept
        rows.append(kept[0])
        owners.append(kept[1] + offset)
    if not rows:
        whole = np.zeros((0, DIM), dtype=np.float16), np.zeros(0, dtype=np.int64)
    else:
        whole = np.concatenate(rows), np.concatenate(owners)
    reader.archive_all_windows = whole
    return whole


def _segment_windows(segment_reader) -> tuple[np.ndarray, np.ndarray]:
    """One segment's window rows and the segment's docnum of each (deleted documents' too: never a candidate)."""
    if WINDOWS_FIELD not in segment_reader.schema or not segment_reader.has_column(WINDOWS_FIELD):
        return np.zeros((0, DIM), dtype=np.float16), np.zeros(0, dtype=np.int64)
    column = segment_reader.column_reader(WINDOWS_FIELD, translate=False)
    raws = [column[d] for d in range(segment_reader.doc_count_all())]
    counts = np.fromiter((len(raw) // VECTOR_BYTES for raw in raws), dtype=np.int64, count=len(raws))
    matrix = np.frombuffer(b"".join(raws), dtype=np.float16).reshape(-1, DIM)
    return matrix, np.repeat(np.arange(len(raws), dtype=np.int64), counts)


def similarities(reader, question: np.ndarray, candidates: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The candidate documents (docnums) that have a vector, and how near each is to the question: the cosine
    of its opening and of its best window, as :func:`indexer.text.embedding.nearness` combines them."""
    matrix, present = vectors(reader)
    docnums = np.asarray(candidates, dtype=np.int64)
    docnums = docnums[present[docnums]]
    question = question.astype(np.float32)
    opening = matrix[docnums].astype(np.float32) @ question
    rows, owners = windows(reader)
    if not len(rows):
        return docnums, opening
    cosines = np.empty(len(rows), dtype=np.float32)
    block = np.empty((min(len(rows), WINDOW_ROWS_AT_ONCE), DIM), dtype=np.float32)
    for start in range(0, len(rows), WINDOW_ROWS_AT_ONCE):
        part = block[: len(rows[start : start + WINDOW_ROWS_AT_ONCE])]
        part[...] = rows[start : start + len(part)]
        np.matmul(part, question, out=cosines[start : start + len(part)])
    best = np.full(len(present), -np.inf, dtype=np.float32)
    np.maximum.at(best, owners, cosines)
    return docnums, nearness(opening, best[docnums])


def nearest(reader, question: np.ndarray, candidates: list[int], depth: int) -> list[int]:
    """The ``depth`` candidate documents (docnums) nearest the question, nearest first."""
    docnums, similarity = similarities(reader, question, candidates)
    return docnums[np.argsort(-similarity, kind="stable")[:depth]].tolist()
