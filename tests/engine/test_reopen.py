"""A reopened searcher (indexer.engine.whoosh.reopen) finds exactly what a freshly opened one finds, after any
commits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.fields import ID, TEXT, Schema
from whoosh.writing import CLEAR

from indexer.engine.whoosh.reopen import reopen_searcher

SCHEMA = Schema(key=ID(stored=True, unique=True), body=TEXT(stored=True))
WORDS = ["kế", "hoạch", "thông", "tin", "đối", "ngoại"]

operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 9), st.sampled_from(WORDS)),  # add or replace a document
        st.tuples(st.just("delete"), st.integers(0, 9), st.just("")),
        st.tuples(st.just("commit"), st.sampled_from(["keep", "merge", "optimize"]), st.just("")),
        st.tuples(st.just("clear"), st.just(0), st.just("")),
    ),
    max_size=25,
)


def seen(searcher) -> dict:
    everything = sorted((hit["key"], hit["body"]) for hit in searcher.search(Q.Every(), limit=None))
    scored = sorted((hit["key"], round(hit.score, 9)) for hit in searcher.search(Q.Term("body", "tin"), limit=None))
    return {"docs": everything, "scores": scored, "count": searcher.doc_count()}


@settings(max_examples=40, deadline=None)
@given(steps=operations)
def test_reopened_equals_fresh(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("ix")
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    kept = reopen_searcher(ix, None, None)
    writer = ix.writer()
    for op, arg, word in steps + [("commit", "keep", "")]:
        if op == "add":
            writer.update_document(key=str(arg), body=f"{word} tin {arg}")
        elif op == "delete":
            writer.delete_by_term("key", str(arg))
        elif op == "clear":
            writer.commit(mergetype=CLEAR)
            writer = ix.writer()
        else:
            writer.commit(merge=arg != "keep", optimize=arg == "optimize")
            assert not kept.up_to_date() or kept.reader().generation() == ix.latest_generation()
            kept = reopen_searcher(ix, kept, None)
            fresh = ix.searcher()
            assert seen(kept) == seen(fresh)
            assert kept.reader().generation() == ix.latest_generation() and kept.up_to_date()
            fresh.close()
            writer = ix.writer()
    writer.cancel()
    kept.close()


def test_an_unchanged_segment_keeps_its_reader(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    for batch in range(2):  # two segments
        with ix.writer() as writer:
            writer.merge = False
            for k in range(5):
                writer.add_document(key=f"{batch}-{k}", body="kế hoạch")
    first = reopen_searcher(ix, None, None)
    before = {leaf.segment().segment_id(): leaf for leaf, _ in first.reader().leaf_readers()}
    with ix.writer() as writer:  # a third segment, and a deletion in the first
        writer.merge = False
        writer.add_document(key="2-0", body="thông tin")
        writer.delete_by_term("key", "0-0")
    second = reopen_searcher(ix, first, None)
    after = {leaf.segment().segment_id(): leaf for leaf, _ in second.reader().leaf_readers()}
    reused = [sid for sid in before if after.get(sid) is before[sid]]
    assert len(reused) == 1  # the untouched segment; the one with a deletion was opened again
    assert second.doc_count() == 10
    assert "0-0" not in {hit["key"] for hit in second.search(Q.Every(), limit=None)}
    second.close()
