"""Uploads merge index segments by size tier: small ones together, never a big segment."""

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema

from indexer.engine.whoosh import merge as index_writer
from indexer.engine.whoosh.merge import merge_by_tier, segment_bytes

SCHEMA = Schema(key=ID(stored=True, unique=True), text=TEXT(stored=True))
TEXT_OF_A_PLAN = "Kế hoạch thực hiện Kết luận số 57-KL/TW về công tác thông tin đối ngoại trên địa bàn huyện " * 3


def segments(ix) -> list[tuple[str, int, int]]:
    """``(segment id, documents, bytes)`` of each segment."""
    files = list(ix.storage.list())
    return [(s.segment_id(), s.doc_count_all(), segment_bytes(s, files, ix.storage)) for s in ix._segments()]


def plan(key: str) -> str:
    """A plan's text with words of its own, so that its segment's size is mostly its own content."""
    return TEXT_OF_A_PLAN + " ".join(f"{key}-{i}" for i in range(200))


def upload(ix, key: str) -> None:
    writer = ix.writer()
    writer.add_document(key=key, text=plan(key))
    writer.commit(mergetype=merge_by_tier)


@pytest.fixture
def small_tiers(tmp_path, monkeypatch):
    """Tiers scaled to this schema: a one-document segment is tier 0, the ceiling four times its size
    (a segment has some 35 kB of tables whatever it holds, so merged segments grow slowly)."""
    (tmp_path / "probe").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "probe"), SCHEMA)
    upload(ix, "probe")
    one = segments(ix)[0][2]
    monkeypatch.setattr(index_writer, "MERGE_BASE_BYTES", int(1.5 * one))
    monkeypatch.setattr(index_writer, "MERGE_MAX_BYTES", 4 * one)
    return one


def test_uploads_merge_small_segments_by_tier_and_never_a_big_one(tmp_path, small_tiers):
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    with ix.writer() as writer:  # the built archive: one segment above the ceiling, in the tier merged uploads reach
        for k in range(60):
            writer.add_document(key=f"big-{k}", text=plan(f"big-{k}"))
    [(big, _, big_bytes)] = segments(ix)
    assert index_writer.MERGE_MAX_BYTES < big_bytes < index_writer.MERGE_BASE_BYTES * index_writer.MERGE_WIDTH
    most = 0
    for k in range(60):
        upload(ix, f"upload-{k}")
        small = [s for s in segments(ix) if s[2] <= index_writer.MERGE_MAX_BYTES]
        most = max(most, len(small))
        # tiers 0, 1 and 2 under this ceiling, each merged when it holds MERGE_WIDTH: at most
        # MERGE_WIDTH - 1 each after a commit, and the new segment, merged at the next one
        assert len(small) <= 3 * (index_writer.MERGE_WIDTH - 1) + 1
        assert big in [s[0] for s in segments(ix)]  # never rewritten
    assert most > index_writer.MERGE_WIDTH  # the bound was met, not merely approached
    with ix.reader() as reader:
        assert reader.doc_count() == 120
        assert {fields["key"] for fields in reader.all_stored_fields()} == {f"big-{k}" for k in range(60)} | {
            f"upload-{k}" for k in range(60)
        }


def test_merged_segments_past_the_ceiling_are_left_alone(tmp_path, small_tiers):
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    for k in range(80):
        upload(ix, f"upload-{k}")
    large = [s for s in segments(ix) if s[2] > index_writer.MERGE_MAX_BYTES]
    assert large  # merges made segments past the ceiling ...
    for k in range(80, 100):
        upload(ix, f"upload-{k}")
    assert all(s in segments(ix) for s in large)  # ... and later uploads did not rewrite them
