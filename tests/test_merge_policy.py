"""Uploads merge index segments by size tier: small ones together, never the archive's big segment."""
from whoosh import index as whoosh_index
from whoosh.fields import ID, Schema

from indexer.writer import TIER_WIDTH, merge_by_tier

SCHEMA = Schema(key=ID(stored=True, unique=True))


def sizes(ix) -> list[int]:
    with ix.reader() as reader:
        return sorted(leaf.doc_count_all() for leaf, _ in reader.leaf_readers())


def test_small_segments_merge_by_tier_and_the_big_one_stays(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    with ix.writer() as writer:  # the built archive: one big segment
        for k in range(500):
            writer.add_document(key=f"big-{k}")
    big = [leaf.segment().segment_id() for leaf, _ in ix.reader().leaf_readers()]
    for k in range(3 * TIER_WIDTH):  # uploads of one document
        writer = ix.writer()
        writer.add_document(key=f"upload-{k}")
        writer.commit(mergetype=merge_by_tier)
        assert len([s for s in sizes(ix) if s < 10]) <= TIER_WIDTH  # a full tier is merged at the next commit
    assert 500 in sizes(ix) and sum(sizes(ix)) == 500 + 3 * TIER_WIDTH
    with ix.reader() as reader:
        assert big[0] in [leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()]  # never rewritten
        assert reader.doc_count() == 500 + 3 * TIER_WIDTH
