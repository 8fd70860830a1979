"""The tantivy engine (indexer.engine.tantivy) gives the Whoosh engine's answers on the seed corpus: the same
tokens, documents, matches, rankings (scores a few per cent apart at most: the two keep a field's length on
different scales), paragraphs, vocabulary; and it writes, commits, cancels and names generations as the
protocol says."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import open_index, parse_query, search
from indexer.document.prepared import Prepared, prepare
from indexer.engine import ENGINE_VARIABLE, engine_class, engine_for
from indexer.engine.tantivy import TantivyEngine
from indexer.engine.whoosh import WhooshEngine
from indexer.engine.whoosh.analysis import PRESEGMENTED, folded_analyzer, syllable_analyzer, word_analyzer
from indexer.errors import ArchiveError
from indexer.query.plan import plan_query
from indexer.text import embedding
from indexer.text.tokens import segment
from indexer.text.views import folded_tokens, syllable_tokens, word_tokens
from tests.engine.tantivy_archive import tantivy_archive, tantivy_index_dir  # noqa: F401  (fixtures)

# Queries as typed: keywords with and without diacritics, phrases, exclusions, prefixes, numbers in several
# spellings, a question, words no document holds, a misspelling.
QUERIES = [
    "thông tin đối ngoại",
    "thong tin doi ngoai",
    "thông tin đối ngoại Cao Bằng",
    "bàn giao",
    "ban dau gia",
    "Công an xã",
    "Đảng đoàn Quốc hội",
    '"thông tin đối ngoại"',
    '"thông tin đối ngoại" -"Kon Tum" -Lạng',
    '"phối hợp" Sở Thông tin',
    '"chủ trì" "phối hợp"',
    '"uy ban"',
    "truyền th*",
    "06-KH/BCĐ",
    "57-KL/TW",
    "KL 57",
    "Cơ quan nào chủ trì việc triển khai kế hoạch thông tin đối ngoại của tỉnh?",
    "thông tin đối ngoại xyzzyq",
    "thong tim doi ngoai",
    "Tỉnh ủy",
]
SCORE_TOLERANCE = 0.10  # relative: lengths kept in one byte on two scales (tantivy's in steps of 1/8 beyond 56)


@pytest.fixture(scope="module")
def both(archive, tantivy_archive):  # noqa: F811
    return archive, tantivy_archive


def test_the_setting_chooses_new_builds_and_the_marker_existing_ones(monkeypatch, index_dir, tantivy_index_dir):  # noqa: F811
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    assert engine_class() is WhooshEngine
    monkeypatch.setenv(ENGINE_VARIABLE, "tantivy")
    assert engine_class() is TantivyEngine
    monkeypatch.setenv(ENGINE_VARIABLE, "lucene")
    with pytest.raises(ArchiveError, match="lucene"):
        engine_class()
    # Whatever the setting says, an index opens with the engine that built it.
    assert engine_for(str(index_dir / "current")) is WhooshEngine
    assert engine_for(str(tantivy_index_dir / "current")) is TantivyEngine
    monkeypatch.setenv(ENGINE_VARIABLE, "whoosh")
    opened = open_index(str(tantivy_index_dir))
    assert isinstance(opened.engine, TantivyEngine)
    opened.close()


def test_the_tokens_are_the_whoosh_analyzers_tokens(archive):
    texts = [p["text"] for doc_id in archive.doc_ids()[:6] for p in archive.record(doc_id).paragraphs[:40]]
    texts += ["Kết luận số 57- KL/TW ngày 15/6/2023", "Tỉnh ủy Cao Bằng; UBND xã Cẩm Tân", ""]
    for text in texts:
        syllables = syllable_tokens(text)
        assert syllables == [t.text for t in syllable_analyzer()(text)]
        assert folded_tokens(syllables) == [(t.text, t.pos) for t in folded_analyzer()(text, positions=True)]
        words = segment(text)
        assert word_tokens(words) == [t.text for t in word_analyzer()(PRESEGMENTED + words)]


def test_the_same_documents_and_vocabulary(both):
    whoosh, tantivy = both
    with whoosh.engine.searching() as a, tantivy.engine.searching() as b:
        assert {s.doc_id: s for _, s in a.documents()} == {s.doc_id: s for _, s in b.documents()}
        va, vb = a.vocabulary(), b.vocabulary()
        assert (va.syllables, va.words, va.folded_counts) == (vb.syllables, vb.words, vb.folded_counts)
        for misspelt in ("thongg", "ngaoi", "tinhh", "xyzzyq", "chuu", "doii"):
            assert va.correct(misspelt) == vb.correct(misspelt), misspelt
        pairs = ("thong_tin", "doi_ngoai", "cao_bang", "xyz_abc")
        assert a.pair_counts(pairs) == b.pair_counts(pairs)


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_answers_as_whoosh(both, query):
    whoosh, tantivy = both
    a, b = search(whoosh, query), search(tantivy, query)
    assert (a["total"], a["facets"], a.get("suggestion")) == (b["total"], b["facets"], b.get("suggestion"))
    ranked_a, ranked_b = [r["doc_id"] for r in a["results"]], [r["doc_id"] for r in b["results"]]
    assert sorted(ranked_a) == sorted(ranked_b)
    assert ranked_a[:1] == ranked_b[:1]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("require_all", [True, False])
def test_the_same_matches_and_scores(both, query, require_all):
    whoosh, tantivy = both
    plan = plan_query(parse_query(query), require_all=require_all, number_keys=whoosh.snapshot().number_keys)
    answers = []
    for index in both:
        with index.engine.searching() as view:
            doc_id = {key: summary.doc_id for key, summary in view.documents()}
            matched = sorted(doc_id[k] for k in view.match(plan))
            ranking = view.rank(plan, within=None, limit=50)
            answers.append((matched, {doc_id[k]: s for k, s in zip(ranking.keys, ranking.scores, strict=True)}))
    (matched_a, scores_a), (matched_b, scores_b) = answers
    assert matched_a == matched_b
    assert scores_a.keys() == scores_b.keys()
    for doc_id, score in scores_a.items():
        assert scores_b[doc_id] == pytest.approx(score, rel=SCORE_TOLERANCE), doc_id


@pytest.mark.parametrize("query", ["thông tin đối ngoại", '"thông tin đối ngoại"', "cong an xa", "Tỉnh ủy -Kon"])
def test_the_same_best_paragraphs(both, query):
    """Each document's best paragraphs are the same ones, scored alike (two of nearly equal scores may swap)."""
    whoosh, _ = both
    plan = plan_query(parse_query(query), require_all=False)
    found = []
    for index in both:
        with index.engine.searching() as view:
            best = view.best_paragraphs(plan, index.doc_ids(), 3)
            found.append({d: [(view.paragraph(k)["anchor"], s) for k, s in kept] for d, kept in best.items()})
            opening = {d: view.opening_paragraph(d) for d in index.doc_ids()}
            found.append({d: (p["anchor"], p["zone"]) if p else None for d, p in opening.items()})
    assert found[0].keys() == found[2].keys() and found[1] == found[3]
    for doc_id, kept in found[0].items():
        other = dict(found[2][doc_id])
        assert found[2][doc_id][0][0] in [anchor for anchor, _ in kept]
        assert found[2][doc_id][0][1] == pytest.approx(kept[0][1], rel=SCORE_TOLERANCE)
        for anchor, score in kept:
            assert anchor not in other or other[anchor] == pytest.approx(score, rel=SCORE_TOLERANCE)


def small_documents(index, count: int) -> list[Prepared]:
    records = sorted((index.record(d) for d in index.doc_ids()), key=lambda r: len(r.paragraphs))
    return [prepare(record) for record in records[:count]]


def test_writes_are_committed_at_the_end_of_the_block_and_cancelled_by_an_error(tmp_path, tantivy_archive):  # noqa: F811
    first, second = small_documents(tantivy_archive, 2)
    engine = TantivyEngine.create(str(tmp_path / "version"))
    empty = engine.latest_generation()
    with engine.searching() as view:
        assert view.documents() == [] and view.generation() == empty
    with engine.writing() as writer:
        writer.add(first)
        writer.add(second)
    one = engine.latest_generation()
    with engine.searching() as view, engine.searching() as again:
        assert one != empty and view.generation() == again.generation() == one
        assert sorted(s.doc_id for _, s in view.documents()) == sorted([first.record.doc_id, second.record.doc_id])
    with pytest.raises(RuntimeError), engine.writing() as writer:
        writer.delete(first.record.doc_id)
        raise RuntimeError("cancelled")
    assert engine.latest_generation() == one
    with engine.writing() as writer:
        writer.delete(first.record.doc_id)
    with engine.searching() as view:
        assert view.generation() != one
        assert [s.doc_id for _, s in view.documents()] == [second.record.doc_id]
        assert view.opening_paragraph(first.record.doc_id) is None
    if second.record.number:
        assert [s.doc_id for s in engine.numbered(number_key_of(second))] == [second.record.doc_id]
    engine.forget_searchers()
    with engine.searching() as view:
        assert [s.doc_id for _, s in view.documents()] == [second.record.doc_id]
    engine.close()


def number_key_of(prepared: Prepared) -> str:
    from indexer.text.numbers import number_key

    return number_key(prepared.record.number)


def test_a_vector_of_any_shape_is_kept(tmp_path, tantivy_archive):  # noqa: F811
    """A document kept as several passage vectors: given back as stored, as near as its nearest passage."""
    (prepared,) = small_documents(tantivy_archive, 1)
    rows = np.eye(3, 384, dtype=np.float32)
    prepared.vector = rows
    engine = TantivyEngine.create(str(tmp_path / "version"))
    with engine.writing() as writer:
        writer.add(prepared)
    with engine.searching() as view:
        ((key, _summary),) = view.documents()
        assert np.array_equal(view.vector(key), rows)
        keys, cosines = view.similarities(rows[1], None)
        assert keys.tolist() == [key] and cosines.tolist() == [1.0]
    engine.close()


@pytest.mark.skipif(not hasattr(embedding, "nearness"), reason="documents keep no windows in this version")
def test_the_windows_of_a_document_make_it_nearer(tmp_path, tantivy_archive):  # noqa: F811
    """A document kept with its windows' vectors is as near a question as its opening and best window make it."""
    (prepared,) = small_documents(tantivy_archive, 1)
    opening = np.frombuffer(prepared.vector, dtype=np.float16).astype(np.float32)
    window = np.zeros(384, dtype=np.float32)
    window[0] = 1.0
    prepared.windows = np.stack([window, -window]).astype(np.float16).tobytes()
    engine = TantivyEngine.create(str(tmp_path / "version"))
    with engine.writing() as writer:
        writer.add(prepared)
    with engine.searching() as view:
        ((key, _summary),) = view.documents()
        keys, near = view.similarities(window, None)
        expected = embedding.nearness(np.array([opening @ window]), np.array([1.0], dtype=np.float32))
        assert keys.tolist() == [key] and near == pytest.approx(expected, abs=1e-3)
    engine.close()


@pytest.mark.parametrize("query", ["thông tin đối ngoại", "cong an xa", "kế hoạch", "Tỉnh ủy -Kon"])
def test_several_documents_best_paragraphs_in_one_search_are_each_ones_own(tantivy_archive, query):  # noqa: F811
    """The paragraphs of several documents found by one search are those each document's own search finds, in
    the same order, when only a few are kept per document as when many are; keys are dense (issue 24: the
    fusion indexes an array by key)."""
    from indexer.engine.tantivy import paragraphs
    from indexer.query.tree import passage_query

    plan = plan_query(parse_query(query), require_all=False)
    with tantivy_archive.engine.searching() as view:
        doc_ids = tantivy_archive.doc_ids()
        assert max(key for key, _summary in view.documents()) < view.docs_state.entries
        node = passage_query(plan, False)
        for per_doc in (1, 3, 50):
            alone = {}
            for doc_id in doc_ids:
                alone.update(paragraphs.by_query(view, node, [doc_id], per_doc))
            assert paragraphs.by_query(view, node, doc_ids, per_doc) == alone
            assert alone


@pytest.mark.skipif(not hasattr(embedding, "nearness"), reason="documents keep no windows in this version")
def test_vectors_after_a_deletion_and_an_addition_are_the_live_documents_own(tmp_path, tantivy_archive):  # noqa: F811
    """A segment's vectors are made once: a document deleted from it since (as a late vector replaces it) is no
    longer near anything, the others keep their own cosines, and a document added later joins them."""
    documents = small_documents(tantivy_archive, 4)
    axes = np.eye(4, 384, dtype=np.float32)
    for i, prepared in enumerate(documents):
        prepared.vector = (axes[i] + axes[(i + 1) % 4]).astype(np.float16).tobytes()
        prepared.windows = np.stack([axes[i], 0.5 * axes[(i + 2) % 4]]).astype(np.float16).tobytes()
    engine = TantivyEngine.create(str(tmp_path / "version"))
    with engine.writing() as writer:
        for prepared in documents[:3]:
            writer.add(prepared)
    question = np.array([1.0, 0.7, 0.4, 0.2], dtype=np.float32) @ axes  # each document at its own distance
    with engine.searching() as view:
        assert len(view.similarities(question, None)[0]) == 3
    with engine.writing() as writer:
        writer.delete(documents[1].record.doc_id)
    with engine.writing() as writer:
        writer.add(documents[3])
    with engine.searching() as view:
        ids = {key: summary.doc_id for key, summary in view.documents()}
        keys, near = view.similarities(question, None)
        got = {ids[int(k)]: round(float(c), 3) for k, c in zip(keys, near, strict=True)}
        expected = {}
        for i in (0, 2, 3):
            opening = float((axes[i] + axes[(i + 1) % 4]) @ question)
            best = max(float(axes[i] @ question), 0.5 * float(axes[(i + 2) % 4] @ question))
            near_i = embedding.nearness(np.array([opening], np.float32), np.array([best], np.float32))[0]
            expected[documents[i].record.doc_id] = round(float(near_i), 3)
        assert got == expected
        assert view.vector(next(k for k, d in ids.items() if d == documents[2].record.doc_id)) is not None
    engine.close()


def test_blocks_stay_few_over_many_uploads_and_each_document_keeps_its_vectors():
    """An upload a generation makes a block of its own; past MOST_BLOCKS the small ones are made into one again,
    and every live document's vector and windows are still its own, the deleted ones' nowhere."""
    from indexer.engine.tantivy.vector_blocks import MOST_BLOCKS, blocks_for, view_of

    rng = np.random.default_rng(7)
    live, blocks = [], []
    for i in range(3 * MOST_BLOCKS):
        vector = rng.standard_normal(384).astype(np.float16)
        live.append((i, object(), vector, rng.standard_normal((2, 384)).astype(np.float16)))
        if i % 5 == 4:
            live.pop(i // 2 % len(live))  # a withdrawal now and then
        rows = [(key, summary, v, w) for key, (_i, summary, v, w) in enumerate(live)]
        blocks = blocks_for(rows, blocks)
        assert len(blocks) <= MOST_BLOCKS + 1
    view = view_of(rows, blocks)
    assert sorted(view.by_key) == list(range(len(rows)))
    for key, _summary, v, _w in rows:
        assert np.array_equal(view.matrix[view.row_of[key]], v.astype(np.float32))
    assert view.windows[3].tolist() == list(range(len(rows)))  # every live document has its windows, in key order
    every = np.concatenate(view.windows[0])[view.windows[1]]
    assert np.array_equal(every, np.concatenate([w for _k, _s, _v, w in rows]).astype(np.float32))


class CountingReads:
    """A searcher of the documents index that counts the stored documents read through it."""

    def __init__(self, searcher):
        self.searcher, self.reads = searcher, 0

    def doc(self, address):
        self.reads += 1
        return self.searcher.doc(address)

    def __getattr__(self, name):
        return getattr(self.searcher, name)


def test_documents_a_merge_moved_are_known_without_reading_the_store(tmp_path, tantivy_archive, monkeypatch):  # noqa: F811
    """Uploads, one document each, until tantivy merges their segments: each generation reads the stored
    fields of its new document only, and the documents the merge moved keep their very summaries."""
    from indexer.engine.tantivy import searcher as searcher_module

    made = searcher_module.TantivySearcher.__init__

    def counting(self, engine, docs, *args):
        made(self, engine, CountingReads(docs), *args)

    monkeypatch.setattr(searcher_module.TantivySearcher, "__init__", counting)
    engine = TantivyEngine.create(str(tmp_path / "version"))
    first_seen, most_segments = {}, 0
    documents = small_documents(tantivy_archive, 12)
    assert len(documents) > 8  # tantivy merges 8 segments of a size
    for prepared in documents:
        with engine.writing() as writer:
            writer.add(prepared)
        view = engine.view()
        summaries = [summary for _key, summary in view.documents()]
        assert view.docs.reads == 1
        for summary in summaries:
            assert first_seen.setdefault(summary.doc_id, summary) is summary
        most_segments = max(most_segments, len(view.docs_state.segments))
    assert len(first_seen) == len(documents)
    assert len(engine.view().docs_state.segments) < most_segments  # a merge happened on the way
    engine.close()
