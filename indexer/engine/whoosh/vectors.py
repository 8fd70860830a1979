"""The documents' sentence embeddings as a column of the Whoosh documents index, and their cosines.

A vector (:mod:`indexer.text.embedding`) is stored with its document, as a fixed-size column, so it is
added, merged, deleted and switched by the same commits as the document.  Reading the column of a
segment copies it once; it is kept on the segment's reader, which a reopened searcher keeps when the
segment did not change (:mod:`indexer.engine.whoosh.reopen`).
"""

from __future__ import annotations

import numpy as np
from whoosh.columns import FixedBytesColumn
from whoosh.fields import COLUMN

from indexer.text.embedding import DIM, VECTOR_BYTES

FIELD = "vector"


def vector_field() -> COLUMN:
    """The documents index's column of vectors; a document without one holds zeros."""
    return COLUMN(FixedBytesColumn(VECTOR_BYTES))


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


def similarities(reader, question: np.ndarray, candidates: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The candidate documents (docnums) that have a vector, and the cosine of each with the question."""
    matrix, present = vectors(reader)
    docnums = np.asarray(candidates, dtype=np.int64)
    docnums = docnums[present[docnums]]
    return docnums, matrix[docnums].astype(np.float32) @ question.astype(np.float32)


def nearest(reader, question: np.ndarray, candidates: list[int], depth: int) -> list[int]:
    """The ``depth`` candidate documents (docnums) nearest the question, nearest first."""
    docnums, similarity = similarities(reader, question, candidates)
    return docnums[np.argsort(-similarity, kind="stable")[:depth]].tolist()
