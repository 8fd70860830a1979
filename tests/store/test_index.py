"""The index on disk: atomic builds, incremental add/remove, sync with the corpus, analyzers."""

import os
import pickle
import shutil

import pytest

from indexer import (
    DocumentNotFound,
    DuplicateFile,
    IndexMissing,
    add_files,
    build_index,
    current_version,
    open_index,
    read_manifest,
    remove_document,
    search,
    sync_index,
)
from indexer.engine.whoosh.analysis import folded_analyzer, syllable_analyzer, word_analyzer
from tests.conftest import copy_corpus


@pytest.fixture
def fresh(tmp_path):
    """A corpus and index of its own, for tests that change them."""
    corpus = copy_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    return corpus, index


# --- analyzers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "analyzer,text,tokens",
    [
        (syllable_analyzer, "Hà Nội ban hành luật", ["hà", "nội", "ban", "hành", "luật"]),
        (syllable_analyzer, "Tỉnh ủy Cao Bằng", ["tỉnh", "uỷ", "cao", "bằng"]),
        (syllable_analyzer, "Số 06 - KH/BCĐ ngày 27/02/2019", ["số", "06-kh/bcđ", "ngày", "27/02/2019"]),
        (folded_analyzer, "Thông tin ĐỐI NGOẠI", ["thong", "thong_tin", "tin", "tin_doi", "doi", "doi_ngoai", "ngoai"]),
        (word_analyzer, "Hà Nội ban hành luật", ["hà_nội", "ban_hành", "luật"]),
        (
            word_analyzer,
            "Kết luận 57-KL/TW về thông tin đối ngoại",
            ["kết_luận", "57-kl/tw", "về", "thông_tin", "đối_ngoại"],
        ),
    ],
)
def test_analyzers(analyzer, text, tokens):
    assert [t.text for t in analyzer()(text)] == tokens


@pytest.mark.parametrize("analyzer", [syllable_analyzer, folded_analyzer, word_analyzer])
def test_analyzers_survive_pickling(analyzer):
    again = pickle.loads(pickle.dumps(analyzer()))
    assert [t.text for t in again("Tỉnh uỷ Kon Tum")] == [t.text for t in analyzer()("Tỉnh uỷ Kon Tum")]


def test_character_offsets_point_at_the_original_text():
    text = "Ban Tuyên giáo Tỉnh uỷ, Số 06 - KH/BCĐ"
    for token in syllable_analyzer()(text, chars=True, positions=True):
        assert text[token.startchar : token.endchar].lower().replace(" ", "") in (
            token.text,
            token.text.replace("-", " - "),
        )


# --- building -------------------------------------------------------------------------------------------


def test_build_switches_atomically_and_keeps_one_old_version(fresh):
    corpus, index = fresh
    first = current_version(str(index))
    build_index(str(corpus), str(index), procs=1)
    second = current_version(str(index))
    build_index(str(corpus), str(index), procs=2)
    third = current_version(str(index))
    assert len({first, second, third}) == 3
    assert sorted(os.listdir(index / "versions")) == sorted([os.path.basename(second), os.path.basename(third)])
    assert os.path.islink(index / "current")


def test_doc_ids_are_the_same_on_every_build(fresh, index_dir):
    corpus, index = fresh
    ids = sorted(open_index(str(index)).doc_ids())
    build_index(str(corpus), str(index), procs=2)
    assert sorted(open_index(str(index)).doc_ids()) == ids


def test_opening_a_missing_index_says_what_to_do(tmp_path):
    with pytest.raises(IndexMissing) as info:
        open_index(str(tmp_path / "nowhere"))
    assert "python -m indexer build" in info.value.message_vi


def test_unreadable_corpus_files_are_skipped_with_a_warning(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_bytes(b"")
    report = build_index(str(corpus), str(tmp_path / "index"), procs=1)
    assert [f for f, _ in report.skipped] == ["empty.txt"]
    assert report.documents == 9


# --- incremental changes ---------------------------------------------------------------------------------


NEW_PLAN = """HUYỆN UỶ CẨM THUỶ
Số 88-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Cẩm Thuỷ, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
tuyên truyền về chuyển đổi số trong công tác thông tin đối ngoại

Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị, Ban Thường vụ Huyện uỷ ban hành Kế hoạch như sau:

1. Ban Tuyên giáo Huyện uỷ chủ trì, phối hợp với Trung tâm Văn hoá huyện tổ chức thực hiện.
"""


def test_add_stores_then_indexes_and_finds_it_at_once(fresh, tmp_path):
    corpus, index = fresh
    upload = tmp_path / "ke hoach 88.txt"
    upload.write_text(NEW_PLAN, encoding="utf-8")
    (doc,) = add_files(str(corpus), str(index), [str(upload)])
    assert doc.number == "88-KH/HU"
    assert (corpus / "ke hoach 88.txt").read_text(encoding="utf-8") == NEW_PLAN
    archive = open_index(str(index))
    assert search(archive, "88 kh hu")["results"][0]["doc_id"] == doc.doc_id
    assert search(archive, "ban tuyen giao huyen uy")["results"][0]["doc_id"] == doc.doc_id
    assert doc.doc_id in read_manifest(current_version(str(index)))["files"]["ke hoach 88.txt"]["doc_ids"]


def test_the_same_bytes_twice_are_refused_unless_wanted(fresh, tmp_path):
    corpus, index = fresh
    again = tmp_path / "copy.txt"
    shutil.copy(corpus / "001_c14d97335b0db08d.txt", again)
    with pytest.raises(DuplicateFile) as info:
        add_files(str(corpus), str(index), [str(again)])
    assert info.value.existing == "001_c14d97335b0db08d.txt"
    (doc,) = add_files(str(corpus), str(index), [str(again)], allow_duplicates=True)
    assert doc.doc_id != "06-kh-bcd-lang-son-2019" and doc.doc_id.startswith("06-kh-bcd-lang-son-2019-")


def test_remove_withdraws_and_keeps_the_original(fresh):
    corpus, index = fresh
    rel = remove_document(str(corpus), str(index), "06-kh-bcd-lang-son-2019")
    assert not (corpus / rel).exists() and (corpus / ".withdrawn" / rel).exists()
    archive = open_index(str(index))
    assert "06-kh-bcd-lang-son-2019" not in archive.doc_ids()
    assert archive.record("06-kh-bcd-lang-son-2019") is None
    # ... and stays withdrawn after a rebuild from the corpus.
    build_index(str(corpus), str(index), procs=1)
    assert "06-kh-bcd-lang-son-2019" not in open_index(str(index)).doc_ids()
    with pytest.raises(DocumentNotFound):
        remove_document(str(corpus), str(index), "06-kh-bcd-lang-son-2019")


def test_withdrawing_one_part_of_a_compound_file(fresh):
    corpus, index = fresh
    rel = remove_document(str(corpus), str(index), "57-kl-tw-2023")
    assert (corpus / rel).exists()  # the letter in the same file stays
    build_index(str(corpus), str(index), procs=1)
    ids = open_index(str(index)).doc_ids()
    assert "57-kl-tw-2023" not in ids and "401-cv-btg-bac-ninh-2023" in ids


def test_sync_indexes_what_the_corpus_holds_and_the_index_lacks(fresh):
    corpus, index = fresh
    (corpus / "moi.txt").write_text(NEW_PLAN, encoding="utf-8")  # stored, never indexed (a crash)
    (corpus / "004_4e1e3a9f23ad188f.txt").unlink()  # gone behind the index's back
    report = sync_index(str(corpus), str(index))
    assert report.added == ["moi.txt"] and report.removed == ["004_4e1e3a9f23ad188f.txt"]
    archive = open_index(str(index))
    assert any(d.startswith("88-kh-hu") for d in archive.doc_ids())
    assert not any(d.startswith("ke-hoach-ban-thuong-vu-tinh-uy-kon-tum") for d in archive.doc_ids())
    assert not sync_index(str(corpus), str(index)).changed  # a second sync has nothing to do
