"""One snapshot per index generation: made once, kept while current, made anew (from the old) after a change."""

import pytest

from indexer import (
    SearchOptions,
    Summary,
    add_files,
    build_index,
    numbered,
    open_index,
    parse_query,
    remove_document,
    search,
)
from indexer.search import answer, ranking
from tests.conftest import copy_corpus
from tests.office_files import plan_text

KL57 = "57-kl-tw-2023"


@pytest.fixture
def fresh(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    archive = open_index(str(index))
    yield corpus, index, archive
    archive.close()


def test_a_generation_has_one_snapshot(archive):
    first = archive.snapshot()
    assert archive.snapshot() is first
    with archive.searching() as (_searcher, snapshot):
        assert snapshot is first
    assert first.by_id[KL57] is first.by_key[next(k for k, s in first.rows if s.doc_id == KL57)]
    assert all(isinstance(s, Summary) for s in first.summaries)


def test_a_change_makes_a_new_snapshot_reusing_what_did_not_change(fresh, tmp_path):
    corpus, index, archive = fresh
    before = archive.snapshot()
    upload = tmp_path / "ke-hoach-moi.txt"
    upload.write_text(plan_text())
    added = add_files(str(corpus), str(index), [str(upload)])
    after = archive.snapshot()
    assert after is not before and after.generation != before.generation
    assert added[0].doc_id in after.by_id and added[0].doc_id not in before.by_id
    # The documents of the segments the upload left alone: the same summaries, the same facet values.
    assert after.by_id[KL57] is before.by_id[KL57]
    old_key = next(k for k, s in before.rows if s.doc_id == KL57)
    new_key = next(k for k, s in after.rows if s.doc_id == KL57)
    assert after.facets[new_key] is before.facets[old_key]
    remove_document(str(corpus), str(index), added[0].doc_id)
    assert added[0].doc_id not in archive.snapshot().by_id


def test_answers_are_kept_with_their_generation(fresh, monkeypatch, tmp_path):
    corpus, index, archive = fresh
    ranked = []
    real_rank = ranking.rank
    monkeypatch.setattr(answer, "rank", lambda *a: ranked.append(1) or real_rank(*a))
    first = search(archive, "thông tin đối ngoại")
    assert search(archive, "thông tin đối ngoại") == first and len(ranked) == 1  # answered from the snapshot
    search(archive, "thông tin đối ngoại", options=SearchOptions(reuse_answers=False))
    assert len(ranked) == 2
    upload = tmp_path / "ke-hoach-moi.txt"
    upload.write_text(plan_text())
    add_files(str(corpus), str(index), [str(upload)])
    search(archive, "thông tin đối ngoại")
    assert len(ranked) == 3  # a new generation: searched again


@pytest.mark.parametrize("typed", ["57-KL/TW", "57 kl tw", "KL57", "kết luận 57", "57-kl-tw"])
def test_a_number_in_any_spelling_names_its_document(archive, typed):
    assert [s.doc_id for s in numbered(archive.snapshot(), typed)] == [KL57]


def test_an_abbreviation_stands_for_the_archived_numbers_it_abbreviates(archive):
    snapshot = archive.snapshot()
    assert snapshot.number_keys(parse_query("KL57").numbers[0]) == ["57KLTW"]
    assert snapshot.number_keys(parse_query("kết luận 9999").numbers[0]) == []
    assert [s.doc_id for s in snapshot.bearing("57KLTW")] == [KL57]


def test_who_cites_whom_is_read_once_per_generation(archive):
    snapshot = archive.snapshot()
    assert snapshot.relations is snapshot.relations is archive.relations()
    assert KL57 in snapshot.relations.implemented_by


def test_a_page_without_a_search_takes_no_searcher_when_nothing_changed(fresh, monkeypatch, tmp_path):
    corpus, index, archive = fresh
    first = archive.snapshot()
    taken = []
    real_searching = archive.engine.searching
    monkeypatch.setattr(archive.engine, "searching", lambda: taken.append(1) or real_searching())
    assert archive.snapshot() is first and taken == []
    upload = tmp_path / "ke-hoach-moi.txt"
    upload.write_text(plan_text())
    add_files(str(corpus), str(index), [str(upload)])
    assert archive.snapshot() is not first and taken == [1]
