"""An upload is committed by its words first and its sentence vectors after (issue 24: embedding is most of an
upload's indexing, half a second of the time until it is searchable): searchable by its words in between,
waiting in the version's list of documents without vectors so that a process stopped there leaves it to the
next pass, and once the upload returns, holding the vectors an upload that embedded at once would hold."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import archive_bytes, build_index, fill_vectors, pending_vectors
from indexer.document.prepared import prepare
from indexer.store import writer
from indexer.store.versions import current_version
from tests.conftest import copy_corpus
from tests.store.test_late_vectors import vectors_by_id
from tests.store.test_resumable_build import answers

# A commune's plan, as an archivist uploads it; its phrase is in no seed.
PLAN = """ỦY BAN NHÂN DÂN
XÃ HOÀ AN
Số: 31/KH-UBND
Hoà An, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Trồng cây phân tán trên địa bàn xã năm 2025
Thực hiện Kế hoạch số 06-KH/BCĐ ngày 27/02/2019 của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh.
I. MỤC ĐÍCH
Trồng mới hai nghìn cây bưởi Diễn dọc các tuyến đường liên thôn.
"""
PHRASE = '"cây bưởi Diễn"'


class Stopped(Exception):
    """The process stopped between the two commits."""


@pytest.fixture(params=["whoosh", "tantivy"])
def built(request, tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_ENGINE", request.param)
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    return corpus, index


def upload(corpus, index) -> str:
    _, records = archive_bytes(str(corpus), str(index), PLAN.encode("utf-8"), "ke-hoach-trong-cay.txt")
    return records[0].doc_id


def test_the_words_are_searchable_before_the_vectors_and_the_vectors_follow(built, monkeypatch):
    corpus, index = built
    seen = {}
    give_vectors = writer.give_vectors

    def between(index_dir, version, made, *, noted_alone):
        seen["found"] = answers(index, PHRASE)
        seen["vector"] = vectors_by_id(index)[made[0].record.doc_id]
        seen["waiting"] = pending_vectors(version)
        give_vectors(index_dir, version, made, noted_alone=noted_alone)

    monkeypatch.setattr(writer, "give_vectors", between)
    doc_id = upload(corpus, index)
    assert seen == {"found": [doc_id], "vector": None, "waiting": [doc_id]}
    assert pending_vectors(current_version(str(index))) is None  # the list it alone was on is gone
    vector = vectors_by_id(index)[doc_id]
    at_once = prepare(next(iter(_records(index, doc_id)))).vector
    assert vector is not None and np.allclose(vector, np.frombuffer(at_once, dtype=np.float16), atol=1e-3)


def test_a_process_stopped_between_the_commits_leaves_the_upload_to_the_next_pass(built, monkeypatch):
    corpus, index = built

    def stopped(*args, **kwargs):
        raise Stopped()

    monkeypatch.setattr(writer, "give_vectors", stopped)
    with pytest.raises(Stopped):
        upload(corpus, index)
    monkeypatch.undo()
    found = answers(index, PHRASE)
    assert len(found) == 1 and pending_vectors(current_version(str(index))) == found
    assert vectors_by_id(index)[found[0]] is None
    assert fill_vectors(str(index)).documents == 1
    assert vectors_by_id(index)[found[0]] is not None
    assert pending_vectors(current_version(str(index))) is None


def test_a_builds_waiting_list_stays_for_its_pass(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_ENGINE", "whoosh")
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    build_index(str(corpus), str(index), procs=1, vectors="later")
    waiting = pending_vectors(current_version(str(index)))
    doc_id = upload(corpus, index)
    assert pending_vectors(current_version(str(index))) == waiting  # the build's, the upload's gone from it
    assert vectors_by_id(index)[doc_id] is not None
    assert fill_vectors(str(index)).documents == len(waiting)


def _records(index, doc_id):
    from indexer import open_index

    archive = open_index(str(index))
    try:
        yield archive.record(doc_id)
    finally:
        archive.close()
