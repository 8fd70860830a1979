"""Implementation matrices over an opened index: which archived documents are a directive's columns, and the
matrices made ready when the index is built.

A matrix compares the sentence vectors of a directive's tasks with those of every item of its implementers
(:func:`indexer.tasks.align.implementation_matrix`).  Embedding them is the slow part (tens of items a second on
two cores), so :func:`prepare_matrices` does it when the index is built, for every directive an archived
document names as its basis: the vectors are kept by digest with the index's others, and the first reader of
a matrix does not wait for them.
"""

from __future__ import annotations

import os
import sys

from indexer.citations.chains import implementation_tree
from indexer.document.record import Document
from indexer.store.handle import ArchiveIndex, open_index
from indexer.store.snapshot import Snapshot
from indexer.tasks.align import implementation_matrix, implementers
from indexer.text import embedding


def vector_folder(index_dir: str) -> str:
    """Where an index keeps the sentence vectors of what it embedded (a rebuild embeds only what changed)."""
    return os.path.join(index_dir, "vectors")


def matrix_of(index: ArchiveIndex, record: Document) -> tuple[dict, list[dict], list[Document]]:
    """The implementation matrix of ``record`` (the tasks contract's shape), the chain's nodes of its columns,
    level by level, and the column records."""
    snapshot = index.snapshot()
    nodes = implementers(implementation_tree(snapshot.relations, snapshot.by_id, record.doc_id))
    columns = [c for c in (index.record(node["doc_id"]) for node in nodes) if c is not None]
    matrix = implementation_matrix(record, columns, vector_folder(index.index_dir))
    return matrix, [node for node in nodes if node["doc_id"] in matrix["columns"]], columns


def implemented(snapshot: Snapshot) -> list[str]:
    """The archived documents another archived document names as its basis: the directives with a matrix."""
    named = {
        entry["doc_id"]
        for entries in snapshot.relations.resolved.values()
        for entry in entries
        if entry.get("basis") and entry.get("doc_id") in snapshot.by_id
    }
    return sorted(named)


def prepare_matrices(index_dir: str, *, progress: bool = False) -> int:
    """Work out the matrix of every directive of the index in ``index_dir`` that has implementers, so that
    the vectors they compare are embedded now.  :return: how many matrices there are."""
    index = open_index(index_dir)
    try:
        directives = implemented(index.snapshot())
        made = 0
        with embedding.cached_in(vector_folder(index_dir)):
            for doc_id in _bar(directives, progress):
                record = index.record(doc_id)
                if record is not None and matrix_of(index, record)[0]["columns"]:
                    made += 1
        return made
    finally:
        index.close()


def _bar(items: list[str], enabled: bool):
    if not enabled or not items:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="directive", desc="matrices", file=sys.stderr, dynamic_ncols=True)
