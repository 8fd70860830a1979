"""A build that leaves the sentence vectors for later (issue 24): searchable by its words at once, its vectors
filled in afterwards by a pass that can stop anywhere and go on, that leaves a document changed meanwhile as
its change made it, and that gives every document the vectors a build that embeds at once gives it."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import ArchiveError, build_index, fill_vectors, open_index, pending_vectors
from indexer.store import late_vectors
from indexer.store.versions import current_version
from indexer.store.writer import index_corpus_file
from tests.conftest import copy_corpus
from tests.store.test_resumable_build import answers

QUESTION = "Ban Tuyên giáo cần làm gì để tăng cường thông tin đối ngoại trong tình hình mới?"


def vectors_by_id(index_dir) -> dict[str, np.ndarray | None]:
    archive = open_index(str(index_dir))
    try:
        with archive.engine.searching() as searcher:
            return {summary.doc_id: searcher.vector(key) for key, summary in searcher.documents()}
    finally:
        archive.close()


@pytest.fixture(params=["whoosh", "tantivy"])
def later(request, tmp_path, monkeypatch):
    """A corpus built with its vectors left for later, by each engine."""
    monkeypatch.setenv("PORTAL_ENGINE", request.param)
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    report = build_index(str(corpus), str(index), procs=1, vectors="later")
    return corpus, index, report


def test_the_words_are_searchable_before_the_vectors(later, index_dir):
    corpus, index, report = later
    waiting = pending_vectors(current_version(str(index)))
    assert report.vectors_pending == report.documents == len(waiting) > 5
    assert report.matrices == 0  # made by the pass, with the vectors they compare
    assert all(v is None for v in vectors_by_id(index).values())
    assert answers(index, "thông tin đối ngoại") == answers(index_dir, "thông tin đối ngoại")
    assert answers(index, QUESTION)  # ranked by its words until the documents have their vectors


def test_the_pass_gives_each_document_the_vectors_of_a_build_that_embeds_at_once(later, index_dir):
    corpus, index, report = later
    filled = fill_vectors(str(index))
    assert (filled.documents, filled.left) == (report.documents, 0)
    assert filled.matrices >= 1
    assert pending_vectors(current_version(str(index))) is None
    at_once, afterwards = vectors_by_id(index_dir), vectors_by_id(index)
    assert afterwards.keys() == at_once.keys()
    for doc_id, vector in at_once.items():
        assert vector is not None and np.allclose(afterwards[doc_id], vector), doc_id
    assert set(answers(index, QUESTION)) == set(answers(index_dir, QUESTION))
    assert answers(index, "thông tin đối ngoại") == answers(index_dir, "thông tin đối ngoại")


def test_a_stopped_pass_goes_on_where_it_stood(later, monkeypatch):
    corpus, index, report = later
    monkeypatch.setattr(late_vectors, "BATCH", 2)
    first = fill_vectors(str(index), should_stop=lambda: True)
    assert (first.documents, first.left, first.matrices) == (2, report.documents - 2, 0)
    assert sum(v is not None for v in vectors_by_id(index).values()) == 2
    rest = fill_vectors(str(index))
    assert (rest.documents, rest.left) == (report.documents - 2, 0)
    assert all(v is not None for v in vectors_by_id(index).values())


def test_a_document_changed_while_it_was_embedded_keeps_its_change(later, monkeypatch):
    """An archivist's upload of a new version of a file between the pass's reading and its writing: the pass
    does not put the old text's entry back."""
    corpus, index, report = later
    seed = next(p for p in sorted(corpus.iterdir()) if p.suffix == ".md")
    prepare_batch = late_vectors._prepare_batch

    def changed_meanwhile(job):
        made = prepare_batch(job)
        if seed.read_text(encoding="utf-8").find("Đoạn bổ sung") < 0:
            seed.write_text(seed.read_text(encoding="utf-8") + "\n\nĐoạn bổ sung về quả bưởi Diễn.\n", encoding="utf-8")
            index_corpus_file(str(corpus), str(index), seed.name)
        return made

    monkeypatch.setattr(late_vectors, "_prepare_batch", changed_meanwhile)
    filled = fill_vectors(str(index))
    assert filled.left == 0
    found = answers(index, '"quả bưởi Diễn"')
    assert len(found) == 1
    archive = open_index(str(index))
    try:
        assert any("bưởi Diễn" in p["text"] for p in archive.record(found[0]).paragraphs)
    finally:
        archive.close()
    assert all(v is not None for v in vectors_by_id(index).values())


def test_a_rebuild_ends_the_pass_of_the_version_it_replaced(later, monkeypatch):
    corpus, index, report = later
    old = current_version(str(index))
    build_index(str(corpus), str(index), procs=1)
    assert fill_vectors(str(index)).documents == 0  # the new version waits for nothing
    assert pending_vectors(old) is not None


def test_a_setting_that_is_no_choice_is_refused(tmp_path):
    with pytest.raises(ArchiveError, match="soon"):
        build_index(str(copy_corpus(tmp_path / "corpus")), str(tmp_path / "index"), vectors="soon")
    assert not (tmp_path / "index").exists()
