"""Paragraphs scored with arrays (indexer.engine.whoosh.paragraph_scores) give what Whoosh's matchers give: the same
paragraphs, in the same order, with the same scores."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as Q

from indexer.engine.whoosh import paragraph_scores
from indexer.engine.whoosh.paragraphs import whoosh_best_paragraphs
from indexer.engine.whoosh.pool import weighting
from indexer.engine.whoosh.schema import passage_schema
from indexer.search.ranking import PASSAGES_PER_RESULT
from indexer.text.vietnamese import fold
from tests.search.plans import passage_query

WORDS = ["kế", "hoạch", "thông", "tin", "đối", "ngoại", "xã", "ủy"]


def same(fast: dict, slow: dict) -> bool:
    if set(fast) != set(slow):
        return False
    for doc_id, kept in fast.items():
        if [d for d, _ in kept] != [d for d, _ in slow[doc_id]]:
            return False
        if any(abs(a - b) > 1e-9 * max(1.0, abs(b)) for (_, a), (_, b) in zip(kept, slow[doc_id])):
            return False
    return True


# Documents of 1-300 paragraphs (a term in over 128 paragraphs spans several blocks of postings), added over
# several commits; a document added again replaces its paragraphs, so segments hold deleted ones.
documents = st.lists(
    st.tuples(
        st.integers(0, 2),  # document (often added again)
        st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=300),
        st.booleans(),
    ),  # commit after it
    min_size=1,
    max_size=6,
)
term_queries = st.lists(
    st.tuples(
        st.sampled_from(["syl", "fold", "numbers"]),
        st.sampled_from(WORDS + ["57-kl-tw", "absent"]),
        st.sampled_from([0.3, 1.0, 1.2, 60.0]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=30, deadline=None)
@given(
    docs=documents,
    terms=term_queries,
    asked=st.sets(st.integers(0, 3), min_size=1),
    or_boost=st.sampled_from([1.0, 2.0]),
)
def test_the_same_as_whoosh_on_random_indexes(tmp_path_factory, docs, terms, asked, or_boost):
    ix = whoosh_index.create_in(str(tmp_path_factory.mktemp("ix")), passage_schema())
    writer = ix.writer()
    for doc, paragraphs, commit in docs:
        writer.delete_by_term("doc_id", f"d{doc}")
        for order, words in enumerate(paragraphs):
            text = " ".join(words)
            writer.add_document(
                pid=f"d{doc}-{order}",
                doc_id=f"d{doc}",
                order=order,
                anchor="",
                section="",
                zone="body",
                text=text,
                syl=text,
                fold=text,
                numbers="57-kl-tw" if order % 7 == 0 else "",
            )
        if commit:
            writer.commit(merge=False)
            writer = ix.writer()
    writer.commit(merge=False)
    parts = [Q.Term(field, fold(word) if field == "fold" else word, boost=boost) for field, word, boost in terms]
    query = Q.Or(parts, boost=or_boost) if len(parts) > 1 else parts[0]
    doc_ids = [f"d{n}" for n in sorted(asked)]
    with ix.searcher(weighting=weighting()) as searcher:
        fast = paragraph_scores.best_paragraphs(searcher, query, "doc_id", doc_ids, PASSAGES_PER_RESULT)
        slow = whoosh_best_paragraphs(searcher, query, doc_ids, PASSAGES_PER_RESULT)
    assert fast is not None
    assert same(fast, slow), (fast, slow)


QUERIES = [
    "thông tin đối ngoại",
    "thong tin doi ngoai",
    "ủy ban nhân dân xã",
    "kế hoạch thực hiện kết luận 57-KL/TW",
    "chủ trì phối hợp",
    "Sở Thông tin và Truyền thông tham mưu cho Ủy ban nhân dân tỉnh về công tác thông tin đối ngoại",
    "nơi nhận",
]


@pytest.mark.parametrize("text", QUERIES)
def test_the_same_as_whoosh_on_the_seed_archive(archive, text):
    query = passage_query(archive, text)
    doc_ids = archive.doc_ids()
    with archive.engine.searching() as view:
        passages = view.passages
        fast = paragraph_scores.best_paragraphs(passages, query, "doc_id", doc_ids, PASSAGES_PER_RESULT)
        slow = whoosh_best_paragraphs(passages, query, doc_ids, PASSAGES_PER_RESULT)
    assert fast is not None and fast, text
    assert same(fast, slow)


@pytest.mark.parametrize("text", ['"thông tin đối ngoại"', "thông tin -đối", "thông*"])
def test_a_phrase_a_prefix_or_an_exclusion_is_left_to_whoosh(archive, text):
    query = passage_query(archive, text)
    with archive.engine.searching() as view:
        passages = view.passages
        assert paragraph_scores.best_paragraphs(passages, query, "doc_id", ["x"], 3) is None
