"""Related documents (issue 23): the documents most like one by subject, over the seed archive, each with the
words they share; never the document itself nor those it is already linked with."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from indexer import fold, related_documents

KL57 = "57-kl-tw-2023"
CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"  # corpus/000: the Cao Bằng plan implementing 57-KL/TW
KON_TUM = "ke-hoach-ban-thuong-vu-tinh-uy-kon-tum-60d31104"  # corpus/004: Kon Tum's plan on the same subject
LANG_SON = "06-kh-bcd-lang-son-2019"
NOTICE = "12-tb-stttt-kon-tum-2024"


def words(record) -> str:
    """A document's title, issuer and text folded, one space between words: where a shared term must stand."""
    text = " ".join(
        [record.doc_type or "", record.title or "", record.issuer or "", *(p["text"] for p in record.paragraphs)]
    )
    return " " + re.sub(r"\W+", " ", fold(text).lower()) + " "


def linked(archive, doc_id: str) -> set[str]:
    relations = archive.snapshot().relations
    cited = {e["doc_id"] for e in relations.resolved.get(doc_id, []) if e["doc_id"]}
    return {doc_id, *relations.cited_by.get(doc_id, []), *relations.implemented_by.get(doc_id, []), *cited}


@pytest.mark.parametrize(
    "doc_id, never",
    [
        # 57-KL/TW: itself, and the four documents citing and implementing it (Cao Bằng, Cẩm Tân, Bắc Ninh, Kon Tum).
        (KL57, {KL57, CAO_BANG, KON_TUM, "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec", "401-cv-btg-bac-ninh-2023"}),
        # The Cao Bằng plan: itself and 57-KL/TW, which it cites and implements.
        (CAO_BANG, {CAO_BANG, KL57}),
        # The Lạng Sơn plan: itself and the guide citing it.
        (LANG_SON, {LANG_SON, "huong-dan-92489f03"}),
    ],
)
def test_related_leave_out_the_document_and_what_it_is_linked_with(archive, doc_id, never):
    found = [r.doc_id for r in related_documents(archive, archive.record(doc_id))]
    assert never <= linked(archive, doc_id)
    assert found and not set(found) & never
    assert len(found) == len(set(found)) <= 5


@pytest.mark.parametrize(
    "doc_id, expected",
    [
        # Another province's plan on the same subject (foreign information work), not linked to this one.
        (CAO_BANG, {KON_TUM, LANG_SON}),
        # A plan for the same work in Lạng Sơn, on the border with China as Cao Bằng is.
        (LANG_SON, {CAO_BANG}),
        # The Kon Tum notice on the provincial web portal: Kon Tum's plan for information work comes first.
        (NOTICE, {KON_TUM}),
    ],
)
def test_related_include_documents_on_the_same_subject(archive, doc_id, expected):
    found = [r.doc_id for r in related_documents(archive, archive.record(doc_id))]
    assert expected <= set(found)


def test_the_first_related_of_the_kon_tum_notice_is_the_kon_tum_plan(archive):
    assert related_documents(archive, archive.record(NOTICE))[0].doc_id == KON_TUM


@pytest.mark.parametrize("doc_id", [KL57, CAO_BANG, LANG_SON, NOTICE])
def test_shared_terms_are_words_of_both(archive, doc_id):
    record = archive.record(doc_id)
    found = related_documents(archive, record)
    assert all(r.shared for r in found)
    for item in found:
        other = archive.record(item.doc_id)
        for term in item.shared:
            assert len(term.split()) > 1, term  # a word of several syllables, not a stray syllable
            assert f" {fold(term).lower()} " in words(record), term
            assert f" {fold(term).lower()} " in words(other), (item.doc_id, term)


def test_related_are_best_first_and_kept_with_the_snapshot(archive):
    record = archive.record(CAO_BANG)
    first = related_documents(archive, record)
    assert [r.score for r in first] == sorted((r.score for r in first), reverse=True)
    assert related_documents(archive, record) == first
    assert archive.snapshot().lasting[CAO_BANG][2] == tuple(first)


def test_the_searcher_gives_a_document_its_own_vector(archive):
    """:meth:`EngineSearcher.vector`: the row the index keeps, nearest to itself; None for no document."""
    with archive.searching() as (searcher, snapshot):
        key = next(k for k, s in snapshot.rows if s.doc_id == CAO_BANG)
        vector = searcher.vector(key)
        assert vector is not None and vector.dtype.name == "float32"
        keys, cosines = searcher.similarities(vector, None)
        assert int(keys[cosines.argmax()]) == key
        assert searcher.vector(10**6) is None


def test_related_of_57_kl_tw_include_its_implementing_plans_neighbours(archive):
    """The issue's acceptance: what 57-KL/TW's implementing plans are related to (Lạng Sơn's plan for the same
    information work, related to Cao Bằng's) is related to 57-KL/TW too, and 57-KL/TW never to itself."""
    plans = archive.snapshot().relations.implemented_by[KL57]
    assert {CAO_BANG, KON_TUM} <= set(plans)
    neighbours = {r.doc_id for plan in plans for r in related_documents(archive, archive.record(plan))}
    found = {r.doc_id for r in related_documents(archive, archive.record(KL57))}
    assert LANG_SON in found & neighbours
    assert KL57 not in found


# A district's plan on Cao Bằng's subject (information work with foreign countries), uploaded while researchers read.
NEW_PLAN = """HUYỆN UỶ HÀ QUẢNG
Số 91-KH/HU
KẾ HOẠCH
tăng cường công tác thông tin đối ngoại trên địa bàn huyện
Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại
trong tình hình mới, Ban Thường vụ Huyện uỷ ban hành Kế hoạch như sau:
1. Đẩy mạnh thông tin đối ngoại, tuyên truyền về biên giới, lãnh thổ, quảng bá hình ảnh địa phương với bạn bè quốc tế.
"""


def test_related_outlive_an_upload_until_they_are_stale_and_lose_a_withdrawn_document(tmp_path, index_dir, monkeypatch):
    """An upload every few seconds made every document page work its related documents out anew (100-300 ms):
    they are kept across uploads for a while, a withdrawn document leaves them at once, and once stale they are
    what the archive as it now is gives."""
    from indexer import add_files, open_index, remove_document
    from indexer.search import related
    from tests.conftest import copy_corpus

    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    shutil.copytree(index_dir, index, symlinks=True)
    archive = open_index(str(index))
    first = related_documents(archive, archive.record(CAO_BANG))
    assert KON_TUM in [r.doc_id for r in first]

    upload = tmp_path / "ke hoach 91.txt"
    upload.write_text(NEW_PLAN, encoding="utf-8")
    (new,) = add_files(str(corpus), str(index), [str(upload)])
    remove_document(str(corpus), str(index), KON_TUM)
    worked_out = []
    monkeypatch.setattr(related, "_related", lambda *args: worked_out.append(args) or ())
    kept = related_documents(archive, archive.record(CAO_BANG))
    assert worked_out == [] and kept == [r for r in first if r.doc_id != KON_TUM]

    monkeypatch.undo()
    clock = time.monotonic() + related.RELATED_FRESH_S + 1
    monkeypatch.setattr(related.time, "monotonic", lambda: clock)
    again = related_documents(archive, archive.record(CAO_BANG))
    reopened = open_index(str(index))  # nothing kept: what the archive as it now is gives
    assert again == related_documents(reopened, reopened.record(CAO_BANG)) and KON_TUM not in again
    assert new.doc_id in reopened.doc_ids()
    archive.close(), reopened.close()


def test_a_document_keeps_the_words_it_writes_and_the_index_finds_who_writes_them(archive):
    """What related documents are found by: each document's pyvi words, counted over its whole text when it was
    indexed (a code of law's last chapters count as its first do), and every document holding a word."""
    from indexer.document.prepared import TITLE_WORD_WEIGHT

    with archive.searching() as (searcher, snapshot):
        keys = {summary.doc_id: key for key, summary in snapshot.rows}
        counts = searcher.word_counts(keys[CAO_BANG])
        assert counts["thông_tin"] >= TITLE_WORD_WEIGHT  # "Kế hoạch ... công tác thông tin đối ngoại ..."
        assert all(" " not in word and "_" in word for word in counts)
        holding = {snapshot.by_key[key].doc_id for key in searcher.holding_word("đối_ngoại")}
        assert {CAO_BANG, KON_TUM, LANG_SON} <= holding
        writing = {d for d in archive.doc_ids() if " doi ngoai " in words(archive.record(d))}
        assert holding <= writing
        assert searcher.holding_word("không_có_từ_này") == []
