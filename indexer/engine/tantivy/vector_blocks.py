"""The sentence vectors of a generation's live documents, in float32 blocks made once per document.

A document read for an earlier generation is the very same objects in a later one (its summary, vector and
windows: :meth:`TantivySearcher._live_rows` finds them by digest, even after a merge moved it to another segment),
so the float32 rows of its vectors are made once, in the block of the documents new with it, and kept on the
engine.  A generation's view is the blocks that still hold a live document, side by side: each document's key in
this generation is looked up by its summary, a document deleted since has none.  Made whole for every generation,
these rows cost each worker 0.7 s of CPU at every upload at 2M paragraphs (2,800 documents, 112,000 windows), the
document pages waiting on them; tantivy merges the segment of every document into a new one every few uploads,
so a block per segment did not last (bench/NOTES.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SPARSE_BLOCK = 0.5  # a block with fewer of its documents live than this is made again from the live ones
MOST_BLOCKS = 16  # more blocks than this (a few uploads each), and all but the largest half are made into one


@dataclass(frozen=True)
class Block:
    """The vectors of some documents, in the order of ``members`` (their summaries: who they are)."""

    members: tuple  # the documents' summaries, the objects every generation's rows hold
    vectors: tuple  # their vectors as stored (float16; a document kept as several is 2-D); None: none
    opening: np.ndarray | None  # float32 rows of the vectors when each is one row of one size
    window_rows: np.ndarray | None  # float32: every window of the members
    window_member: np.ndarray | None  # int64: the member of each window row


@dataclass(frozen=True)
class VectorView:
    """A generation's vectors: :meth:`TantivySearcher.vectors`'s answer."""

    by_key: dict[int, np.ndarray]
    matrix: np.ndarray | None  # float32, the row of each key in ``row_of``; None when a document has several
    row_of: dict[int, int]
    windows: tuple | None  # the blocks' window rows; their live ones by key; where each key's begin; the keys


def block_of(rows: list) -> Block:
    """The block of documents ``[(key, summary, vector, windows)]`` (``key`` unused)."""
    vectors = tuple(v if v is not None and np.any(v) else None for _k, _s, v, _w in rows)
    present = [v for v in vectors if v is not None]
    single = len({v.shape for v in present}) == 1 and all(v.ndim == 1 for v in present)
    opening = None
    if single:
        opening = np.zeros((len(rows), present[0].shape[0]), dtype=np.float32)
        for i, v in enumerate(vectors):
            if v is not None:
                opening[i] = v
    kept = [(i, w) for i, (_k, _s, _v, w) in enumerate(rows) if w is not None and len(w)]
    window_rows = np.concatenate([w for _i, w in kept]).astype(np.float32) if kept else None
    window_member = np.concatenate([np.full(len(w), i, dtype=np.int64) for i, w in kept]) if kept else None
    return Block(tuple(s for _k, s, _v, _w in rows), vectors, opening, window_rows, window_member)


def blocks_for(rows: list, known: list[Block]) -> list[Block]:
    """The blocks holding the vectors of ``rows`` (every live document, ``[(key, summary, vector, windows)]``):
    the ``known`` ones that still hold one, less those mostly dead, and one for the documents none holds."""
    live = {id(summary) for _key, summary, _v, _w in rows}
    kept = [b for b in known if sum(id(s) in live for s in b.members) >= max(1, SPARSE_BLOCK * len(b.members))]
    if len(kept) > MOST_BLOCKS:  # an upload a block: the small ones are made into one again
        kept = sorted(kept, key=lambda b: len(b.members), reverse=True)[: MOST_BLOCKS // 2]
    covered = {id(s) for b in kept for s in b.members}
    new = [row for row in rows if id(row[1]) not in covered]
    return kept + [block_of(new)] if new else kept


def view_of(rows: list, blocks: list[Block]) -> VectorView:
    """The view of a generation whose live documents are ``rows``, their vectors in ``blocks``."""
    key_of = {id(summary): key for key, summary, _v, _w in rows}
    by_key, row_of, offset = {}, {}, 0
    member_keys = []
    for block in blocks:
        keys = np.array([key_of.get(id(s), -1) for s in block.members], dtype=np.int64)
        member_keys.append(keys)
        for i, (key, v) in enumerate(zip(keys.tolist(), block.vectors, strict=True)):
            if key >= 0 and v is not None:  # the blocks hold each document once
                by_key[key], row_of[key] = v, offset + i
        offset += len(block.members)
    sizes = {v.shape for v in by_key.values()}
    single = len(sizes) == 1 and len(next(iter(sizes))) == 1
    single = single and all(b.opening is not None for b in blocks if any(v is not None for v in b.vectors))
    matrix = None
    if single:
        dim = next(iter(sizes))[0]
        empty = np.zeros((0, dim), dtype=np.float32)
        matrix = np.concatenate([b.opening if b.opening is not None else _zeros(len(b.members), dim) for b in blocks])
        matrix = matrix if len(matrix) else empty
    with_windows = [(b, keys) for b, keys in zip(blocks, member_keys, strict=True) if b.window_rows is not None]
    windows = None
    if with_windows:
        owners = np.concatenate([keys[b.window_member] for b, keys in with_windows])
        order = np.argsort(owners, kind="stable")
        order = order[owners[order] >= 0]  # the windows of documents deleted since are left out
        if len(order):
            ordered = owners[order]
            firsts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])  # where each document's begin
            windows = ([b.window_rows for b, _keys in with_windows], order, firsts, ordered[firsts])
    return VectorView(by_key, matrix, row_of if single else {}, windows)


def _zeros(rows: int, dim: int) -> np.ndarray:
    return np.zeros((rows, dim), dtype=np.float32)
