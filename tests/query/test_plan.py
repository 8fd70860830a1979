"""The query plan: what a parsed query asks, worked out once per search, read by the engine in every view."""

import pytest

import indexer
from indexer import parse_query, search
from indexer.engine.whoosh import queries
from indexer.query import plan as plan_module
from indexer.query.plan import plan_query
from indexer.search import ranking

PLANS = [
    # typed -> content (folded), scaffolding, pyvi words, pairs, phrases' pairs, excluded, require_all, long
    (
        "thông tin đối ngoại",
        ["thong", "tin", "doi", "ngoai"],
        [],
        ["thông_tin", "đối_ngoại"],
        ["thong_tin", "tin_doi", "doi_ngoai"],
        [],
        [],
        True,
        False,
    ),
    (
        "thong tin doi ngoai",
        ["thong", "tin", "doi", "ngoai"],
        [],
        [],
        ["thong_tin", "tin_doi", "doi_ngoai"],
        [],
        [],
        True,
        False,
    ),
    (
        '"Uỷ ban nhân dân" -huyện xã',
        ["xa"],
        [],
        [],
        [],
        [["uy_ban", "ban_nhan", "nhan_dan"]],
        [["huyện"]],
        True,
        False,
    ),
    ("công tác* tỉnh", ["cong", "tac", "tinh"], [], [], [], [], [], True, False),  # a prefix makes no pair
    (
        "Ai chủ trì việc triển khai kế hoạch thông tin đối ngoại của tỉnh?",
        ["ai", "chu", "tri", "viec", "trien", "khai", "ke", "hoach", "thong", "tin", "doi", "ngoai", "tinh"],
        [],
        ["chủ_trì", "triển_khai", "kế_hoạch", "thông_tin", "đối_ngoại"],
        [
            "ai_chu",
            "chu_tri",
            "tri_viec",
            "viec_trien",
            "trien_khai",
            "khai_ke",
            "ke_hoach",
            "hoach_thong",
            "thong_tin",
            "tin_doi",
            "doi_ngoai",
            "ngoai_tinh",
        ],
        [],
        [],
        False,
        True,
    ),
    (
        "kế hoạch của tỉnh",
        ["ke", "hoach", "tinh"],
        ["của"],
        ["kế_hoạch"],
        ["ke_hoach", "hoach_tinh"],
        [],
        [],
        True,
        False,
    ),
]


@pytest.mark.parametrize("typed,content,scaffolding,words,pairs,phrases,excluded,require_all,long", PLANS)
def test_the_plan_of_a_query(typed, content, scaffolding, words, pairs, phrases, excluded, require_all, long):
    parsed = parse_query(typed)
    plan = plan_query(parsed, require_all=not parsed.is_question)
    assert [t.folded for t in plan.content] == content
    assert [t.text for t in plan.scaffolding] == scaffolding
    assert list(plan.words) == words
    assert list(plan.pairs) == pairs
    assert [list(p.pairs) if len(p.words) > 1 else list(p.words) for p in plan.phrases] == phrases
    assert [list(p.words) for p in plan.excluded] == excluded
    assert (plan.require_all, plan.long) == (require_all, long)


def test_a_prefix_makes_no_pair():
    plan = plan_query(parse_query("thông tin công tác* tỉnh"), require_all=True)
    assert [t.prefix for t in plan.content] == [False, False, False, True, False]
    assert plan.pairs == ("thong_tin", "tin_cong") and plan.adjacent == (("thông", "tin"), ("tin", "công"))


def test_numbers_stand_for_every_archived_number_they_abbreviate(archive):
    snapshot = archive.snapshot()
    plan = plan_query(parse_query("kết luận 57"), require_all=True, number_keys=snapshot.number_keys)
    assert plan.numbers == (("57KLTW",),) and plan.only_numbers
    assert plan_query(parse_query("57-KL/TW"), require_all=True).numbers == (("57KLTW",),)


def test_the_views_read_one_plan():
    """The documents' query, the paragraphs' query and the phrase ranking all come from one plan."""
    plan = plan_query(parse_query('"thông tin đối ngoại" tỉnh'), require_all=True)
    documents, ranking_ = queries.document_query(plan), queries.document_ranking(plan)
    paragraphs = queries.passage_query(plan)
    assert "Phrase" in repr(documents) and "Phrase" not in repr(ranking_)  # ranked on the phrase's pairs
    assert "doi_ngoai" in repr(ranking_) and "title_syl" not in repr(paragraphs)
    assert repr(queries.document_query(plan.relaxed())) != repr(documents)  # nothing required any more


@pytest.mark.parametrize(
    "typed",
    [
        "thông tin đối ngoại",
        "thong tin doi ngoai",
        '"kế hoạch" tỉnh -huyện',
        "Ai chủ trì việc triển khai kế hoạch thông tin đối ngoại của tỉnh?",
        "57 kl tw",
        "xyzzyq đối ngoại",
    ],
)
def test_one_plan_and_one_segmentation_per_search(archive, monkeypatch, typed):
    made, segmented = [], []
    monkeypatch.setattr(ranking, "plan_query", lambda *a, **k: made.append(1) or plan_query(*a, **k))
    real_segment = plan_module.segment
    monkeypatch.setattr(plan_module, "segment", lambda text: segmented.append(text) or real_segment(text))
    search(archive, typed, options=indexer.SearchOptions(reuse_answers=False))
    assert len(made) == 1
    assert len(segmented) <= 1
