"""Documents holding a phrase, found through pair terms and positions (indexer.engine.whoosh.phrases), are
exactly the ones Whoosh's span matchers find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields
from whoosh import index as whoosh_index
from whoosh import query as Q

from indexer.engine.whoosh import phrases
from indexer.engine.whoosh.analysis import folded_analyzer, syllable_analyzer
from indexer.engine.whoosh.schema import FOLD_FIELD_OF
from indexer.text.vietnamese import fold
from tests.search.plans import document_matching

# Queries as typed, each holding a phrase: accented and not, two syllables or more, with a directive number,
# in a heading or a title, absent, two tone placements of one word, with other words or a second phrase.
SEED_QUERIES = [
    '"thông tin đối ngoại"',
    '"thong tin"',
    '"thong tin doi ngoai"',
    '"Uỷ ban nhân dân"',
    '"ủy ban nhân dân"',
    '"uy ban"',
    '"kết luận 57-KL/TW"',
    '"57-KL/TW của Bộ Chính trị"',
    '"nơi nhận"',
    '"kế hoạch"',
    '"ngoại bàn giao"',
    '"thông tin không có"',
    '"phối hợp" Sở Thông tin',
    '"chủ trì" "phối hợp"',
    '"bàn giao tài sản" xã',
]


def whoosh_matching(searcher, query) -> list[int]:
    return sorted(searcher.docs_for_query(query))


@pytest.mark.parametrize("text", SEED_QUERIES)
@pytest.mark.parametrize("require_all", [True, False])
def test_the_same_documents_as_whoosh_on_the_seed_archive(archive, text, require_all):
    query = document_matching(archive, text, require_all=require_all)
    with archive.engine.searching() as view:
        searcher = view.docs
        fast = phrases.matching(searcher, query, FOLD_FIELD_OF)
        assert fast is not None, "a required phrase is read here, not by Whoosh"
        assert fast == whoosh_matching(searcher, query)


def test_the_seed_phrases_are_found(archive):
    """The table above is not vacuous: most phrases are held by some document, a few by none."""
    with archive.engine.searching() as view:
        searcher = view.docs
        held = {
            text: bool(phrases.matching(searcher, document_matching(archive, text, require_all=True), FOLD_FIELD_OF))
            for text in SEED_QUERIES
        }
    assert held['"thông tin đối ngoại"'] and held['"thong tin doi ngoai"'] and held['"kết luận 57-KL/TW"']
    assert held['"Uỷ ban nhân dân"'] and held['"ủy ban nhân dân"']
    assert not held['"ngoại bàn giao"'] and not held['"thông tin không có"']


@pytest.mark.parametrize("text", ['-"thông tin" xã', "thông tin đối ngoại", "thong tin"])
def test_a_query_without_a_required_phrase_is_left_to_whoosh(archive, text):
    query = document_matching(archive, text, require_all=True)
    with archive.engine.searching() as view:
        searcher = view.docs
        assert phrases.matching(searcher, query, FOLD_FIELD_OF) is None


# Random indexes of a few documents over a handful of syllables (so that phrases are often near misses),
# in several segments, some documents deleted or added again.
WORDS = ["thông", "tin", "đối", "ngoại", "ủy", "uỷ", "ban", "bàn", "bán", "xã"]
SCHEMA = fields.Schema(
    doc_id=fields.ID(stored=True, unique=True),
    body_syl=fields.TEXT(analyzer=syllable_analyzer()),
    body_fold=fields.TEXT(analyzer=folded_analyzer()),
)
documents = st.lists(
    st.tuples(st.integers(0, 8), st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.booleans()),
    min_size=1,
    max_size=12,
)
phrase_words = st.lists(st.sampled_from(WORDS), min_size=2, max_size=4)


@settings(max_examples=60, deadline=None)
@given(docs=documents, words=phrase_words, folded=st.booleans(), also=st.sampled_from([None, "xã", "ban"]))
def test_the_same_as_whoosh_on_random_indexes(tmp_path_factory, docs, words, folded, also):
    ix = whoosh_index.create_in(str(tmp_path_factory.mktemp("ix")), SCHEMA)
    writer = ix.writer()
    for doc, body, commit in docs:
        text = " ".join(body)
        writer.update_document(doc_id=f"d{doc}", body_syl=text, body_fold=text)
        if commit:
            writer.commit(merge=False)
            writer = ix.writer()
    writer.commit(merge=False)
    field = "body_fold" if folded else "body_syl"
    phrase = Q.Phrase(field, [fold(w) for w in words] if folded else words, slop=1)
    query = Q.And([phrase, Q.Term("body_fold", fold(also))]) if also else phrase
    with ix.searcher() as searcher:
        fast = phrases.matching(searcher, query, {"body_syl": "body_fold", "body_fold": "body_fold"})
        assert fast == sorted(searcher.docs_for_query(query))
