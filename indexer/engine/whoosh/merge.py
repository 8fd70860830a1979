"""How an upload's commit merges index segments: by size tier, never a large one.

Whoosh's default policy sometimes merged the whole archive into one segment during an upload; this one
bounds what an upload rewrites (``tests/store/test_merge_policy.py``).  A rebuild leaves one segment per index.
"""

from __future__ import annotations

import math

from whoosh.reading import SegmentReader

MERGE_WIDTH = 4  # segments of one size tier merged together
MERGE_BASE_BYTES = 256 * 1024  # tier 0: segments smaller than this; tier k: up to MERGE_WIDTH ** k times more
MERGE_MAX_BYTES = 1024 * 1024  # segments larger than this are never merged by an upload


def merge_by_tier(writer, segments) -> list:
    """Whoosh merge policy for uploads: merge the small segments of a size tier once it holds
    :data:`MERGE_WIDTH` of them; never touch a segment larger than :data:`MERGE_MAX_BYTES`.

    Whoosh's default policy sometimes merged the whole archive into one segment
    during an upload: 8 to 13 s before the archivist got an answer.  Tiers by
    number of documents did it too, once in a long while: a documents-index
    segment of 44 laws (20 MB) sat in the tier of 10-99 documents with the
    merged uploads, and the 36th upload after a build took 12.8 s to merge it;
    at 200,000 paragraphs it would have been minutes, with every other upload
    waiting for the writer lock.  Tiers by size on disk, and a ceiling: an upload
    merges at most ``MERGE_WIDTH * MERGE_MAX_BYTES`` (a few seconds, once in a
    long while), and keeps at most ``MERGE_WIDTH - 1`` small segments a tier, so
    searches do not pay for many tiny segments (1-2 ms each).  A rebuild
    (``python -m indexer build``) leaves one segment per index again.
    """
    files = list(writer.storage.list())
    tiers: dict[int, list] = {}
    for segment in segments:
        size = segment_bytes(segment, files, writer.storage)
        if size <= MERGE_MAX_BYTES:
            tier = 0 if size < MERGE_BASE_BYTES else 1 + int(math.log(size / MERGE_BASE_BYTES, MERGE_WIDTH))
            tiers.setdefault(tier, []).append(segment)
    merging = [segment for tier in tiers.values() if len(tier) >= MERGE_WIDTH for segment in tier]
    for segment in merging:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in merging]


def segment_bytes(segment, files: list[str], storage) -> int:
    """The size on disk of a Whoosh segment: its compound file, or each of its files."""
    prefix = f"{segment.indexname}_{segment.segid}"
    return sum(storage.file_length(name) for name in files if name.startswith(prefix))
