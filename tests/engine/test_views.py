"""What a build's workers make for an engine given its tokens (indexer.text.views.paragraph_views), and the
words pyvi gives them: the same tokens as the Whoosh analyzers make of the whole text, from one pass."""

from __future__ import annotations

import pytest

from indexer.document.prepared import body_text, prepare
from indexer.document.record import Document
from indexer.engine.whoosh.analysis import syllable_analyzer
from indexer.text.numbers import find_numbers, number_key
from indexer.text.tokens import _pyvi, _tokenize
from indexer.text.views import paragraph_views


def record_of(paragraphs: list[str]) -> Document:
    return Document(
        doc_id="d",
        doc_type=None,
        number=None,
        issuer=None,
        level=None,
        province=None,
        date=None,
        year=None,
        signer=None,
        signer_title=None,
        title=None,
        paragraphs=[{"anchor": f"p{i}", "text": text} for i, text in enumerate(paragraphs)],
    )


# Paragraphs as real documents break them: a number at a paragraph's end, its code at the next one's start (a
# column's break in a copied header), a date, a number spelt with spaces.
BROKEN_ACROSS = [
    ["Căn cứ Quyết định số 12", "/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh"],
    ["Thực hiện Kết luận số 57- KL/TW ngày 15/6/2023", "- Sở Ngoại vụ chủ trì"],
    ["Số: 06 -", "KH/BCĐ", "Lạng Sơn, ngày 20 tháng 11 năm 2019"],
]


@pytest.mark.parametrize("paragraphs", BROKEN_ACROSS)
def test_a_body_holds_its_paragraphs_tokens_one_after_the_other(paragraphs):
    """The tantivy engine makes a document's body of its paragraphs' tokens, as the Whoosh analyzer reads the
    body's text: a number never runs on from one paragraph into the next."""
    record = record_of(paragraphs)
    whole = [t.text for t in syllable_analyzer()(body_text(record))]
    assert whole == [token for text in paragraphs for token in paragraph_views(text)[0]]


def test_the_seeds_bodies_are_their_paragraphs_tokens(archive):
    for doc_id in archive.doc_ids():
        record = archive.record(doc_id)
        views = prepare(record, views=True, embed=False).views
        assert [t.text for t in syllable_analyzer()(body_text(record))] == [s for syls, _ in views for s in syls]
        for paragraph, (_syllables, numbers) in zip(record.paragraphs, views, strict=True):
            assert numbers == [number_key(n.number) for n in find_numbers(paragraph["text"])]


def test_pyvi_gives_the_same_words_from_features_made_once(archive):
    texts = [p["text"] for doc_id in archive.doc_ids() for p in archive.record(doc_id).paragraphs]
    texts += ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Tp. Hồ Chí Minh, ngày 1.5.2024 ==> xem http://x.vn", "...", "Σ ΑΣ"]
    assert len(texts) > 300
    for text in texts:
        assert _tokenize(text) == _pyvi().tokenize(text), text
