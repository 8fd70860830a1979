# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""The agency facets list one canonical name per body, no people, and filtering by one finds every spelling.

The documents are summaries of real ones, with their roles as extraction found them (spelled as written):
the dev set (``shared/data/real-directives-dev/docs/NNN``) and the seed corpus (``corpus/NNN_…``).
"""

import pytest

from indexer.document.summary import Summary
from indexer.query.filters import check_filters, doc_facets, passes
from indexer.search.facets import Whole, count

DOCUMENTS = [
    Summary(  # 008: "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;" / "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;"
        "008",
        province="Lào Cai",
        level="province",
        issuer="Uỷ ban nhân dân tỉnh Lào Cai",
        roles=(
            ("recipient", "Thường trực Tỉnh ủy"),
            ("recipient", "UBND tỉnh"),
            ("recipient", "Chủ tịch"),
            ("recipient", "các Phó Chủ tịch UBND tỉnh"),
        ),
    ),
    Summary(  # 009: "- TT. Tỉnh ủy, HĐND tỉnh;" / "- Chánh VP, các PCVP UBND tỉnh;"
        "009",
        province="Lào Cai",
        level="province",
        issuer="Uỷ ban nhân dân tỉnh Lào Cai",
        roles=(("recipient", "TT. Tỉnh ủy"), ("recipient", "HĐND tỉnh"), ("recipient", "Chánh VP")),
    ),
    Summary(  # 001_c14d: "1- Ban Tuyên giáo Tỉnh ủy - Cơ quan Thường trực Ban Chỉ đạo tỉnh" / "- Chủ trì, …" / "- Thường trực Tỉnh ủy," / "- Ủy ban nhân dân tỉnh,"
        "001",
        province="Lạng Sơn",
        level="province",
        issuer="Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn",
        roles=(
            ("lead", "Ban Tuyên giáo Tỉnh ủy"),
            ("recipient", "Thường trực Tỉnh ủy"),
            ("recipient", "Ủy ban nhân dân tỉnh"),
        ),
    ),
    Summary(  # 000_a01e (Cao Bằng): "- Các huyện, thành uỷ," / "- LĐVP, CVTH,"
        "000",
        province="Cao Bằng",
        level="province",
        issuer="Ban Thường vụ Tỉnh uỷ Cao Bằng",
        roles=(("recipient", "Các huyện, thành uỷ"), ("recipient", "LĐVP, CVTH")),
    ),
    Summary(  # 004_4e1e (Kon Tum): "- Các huyện ủy, thành ủy," / "… phối hợp với các huyện ủy, thành ủy chỉ đạo …"
        "004",
        province="Kon Tum",
        level="province",
        issuer="Ban Thường vụ Tỉnh uỷ Kon Tum",
        roles=(("recipient", "Các huyện ủy, thành ủy"), ("coordinate", "các huyện uỷ, thành uỷ")),
    ),
    Summary(  # 003_c4c0, the conclusion: "1. Cấp uỷ, tổ chức đảng các cấp quán triệt, …"
        "003", level="central", issuer="Bộ Chính trị", roles=(("assigned", "Cấp uỷ"),)
    ),
    Summary(  # 002_0bd3 (xã Cẩm Tân): "3. Công chức kế toán:" / "4. Công an xã:"
        "002",
        province="Thanh Hoá",
        level="commune",
        issuer="Uỷ ban nhân dân xã Cẩm Tân",
        roles=(("lead", "Công chức kế toán"), ("assigned", "Công an xã")),
    ),
]
FACETS = [doc_facets(summary) for summary in DOCUMENTS]


def values(facets: dict, name: str) -> dict[str, int]:
    return {item["value"]: item["count"] for item in facets[name]}


def test_facets_list_one_canonical_name_per_body():
    facets = count(FACETS, {})
    assert values(facets, "agency") == {
        "Thường trực Tỉnh uỷ Lào Cai": 2,
        "Các huyện uỷ, thành uỷ": 2,
        "Uỷ ban nhân dân tỉnh Lào Cai": 1,
        "Hội đồng nhân dân tỉnh Lào Cai": 1,
        "Thường trực Tỉnh uỷ Lạng Sơn": 1,
        "Uỷ ban nhân dân tỉnh Lạng Sơn": 1,
        "Ban Tuyên giáo Tỉnh uỷ Lạng Sơn": 1,
        "Công an xã Cẩm Tân": 1,
    }
    assert values(facets, "agency_coordinate") == {"Các huyện uỷ, thành uỷ": 1}
    assert values(facets, "agency_assigned") == {"Công an xã Cẩm Tân": 1}


def test_people_and_positions_are_no_facet_values():
    """Nor do they give a document a role: 003 assigns only "Cấp uỷ", 002 leads only by a civil servant."""
    facets = count(FACETS, {})
    assert values(facets, "agency_lead") == {"Ban Tuyên giáo Tỉnh uỷ Lạng Sơn": 1}
    assert values(facets, "role") == {"recipient": 5, "lead": 1, "coordinate": 1, "assigned": 1}


# (the value selected, the role selected, the documents that pass)
FILTERS = [
    ("Thường trực Tỉnh uỷ Lào Cai", None, {"008", "009"}),  # the facet's value: "Thường trực Tỉnh ủy", "TT. Tỉnh ủy"
    ("TT Tỉnh ủy Lào Cai", None, {"008", "009"}),  # the same, abbreviated
    ("Thường trực Tỉnh uỷ Lào Cai", "recipient", {"008", "009"}),
    ("Thường trực Tỉnh uỷ Lào Cai", "lead", set()),
    ("Thường trực Tỉnh ủy", None, {"008", "009", "001"}),  # no place: that body in every province
    ("Ủy ban nhân dân tỉnh Lào Cai", None, {"008"}),
    ("UBND tỉnh", None, {"008", "001"}),
    ("Ban Tuyên giáo Tỉnh ủy", "lead", {"001"}),
    ("Các huyện ủy, thành ủy", None, {"000", "004"}),
    ("các huyện, thành uỷ", "coordinate", {"004"}),
    ("Công an xã", None, {"002"}),
    ("Chủ tịch", None, set()),  # a person: no agency to select
    ("Cấp uỷ", None, set()),
]


@pytest.mark.parametrize("agency,role,expected", FILTERS)
def test_a_canonical_value_finds_every_spelling(agency, role, expected):
    selected = check_filters({"agency": [agency], **({"role": [role]} if role else {})})
    assert {s.doc_id for s, f in zip(DOCUMENTS, FACETS, strict=True) if passes(f, selected)} == expected


def test_a_selection_without_a_place_stays_listed_and_selected():
    facets = count(FACETS, check_filters({"agency": ["Thường trực Tỉnh ủy"]}))
    selected = [(item["value"], item["count"]) for item in facets["agency"] if item["selected"]]
    assert selected == [("Thường trực Tỉnh uỷ", 3)]  # in the archive's one tone placement


def test_a_joint_document_is_listed_and_found_under_each_issuer():
    # Quy chế 01/QCPH/UBND-UBMTTQ (Đắk Lắk, 2017): "ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK"
    joint = Summary(
        "qcph",
        province="Đắk Lắk",
        level="province",
        issuer="Uỷ ban nhân dân tỉnh Đắk Lắk và Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk",
    )
    alone = Summary("qd", province="Đắk Lắk", level="province", issuer="Uỷ ban nhân dân tỉnh Đắk Lắk")
    facets = [doc_facets(joint), doc_facets(alone)]
    listed = {item["value"]: item["count"] for item in count(facets, {})["issuer"]}
    assert listed == {"Uỷ ban nhân dân tỉnh Đắk Lắk": 2, "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk": 1}
    front = check_filters({"issuer": ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"]})
    assert [f is facets[0] for f in facets if passes(f, front)] == [True]


@pytest.mark.parametrize(
    "filters",
    [{}, {"province": ["Lào Cai"]}, {"level": ["province"], "agency": ["Thường trực Tỉnh uỷ"]}, {"role": ["lead"]}],
    ids=["nothing", "province", "level-and-agency", "role"],
)
def test_a_match_of_most_documents_counted_from_the_rest_gives_the_same_lists(filters):
    """A common word matches most of the archive: its lists are the whole archive's less what the documents it
    did not match add, and must be the very lists of counting the matched ones (every subset of the seven)."""
    selected = check_filters(filters)
    whole = Whole(FACETS)
    for mask in range(1 << len(FACETS)):
        matched = [doc for k, doc in enumerate(FACETS) if mask >> k & 1]
        assert count(matched, selected, whole=whole) == count(matched, selected), mask


def test_a_whole_counted_from_the_one_before_gives_the_lists_of_one_counted_anew():
    """After an upload the archive's lists are the last snapshot's, plus the new documents, less the gone ones
    (the others' facets are the same objects): they must be the lists counted from nothing, whichever documents
    came and went."""
    for mask in range(1 << len(FACETS)):
        before = [doc for k, doc in enumerate(FACETS) if mask >> k & 1]
        after = [doc for k, doc in enumerate(FACETS) if not mask >> k & 1 or k % 3 == 0]
        first = Whole(before)
        assert count(before, {}, whole=first) == count(before, {})  # every list of the whole before counted
        derived, anew = Whole(after, first), Whole(after)
        assert count(after, {}, whole=derived) == count(after, {}, whole=anew) == count(after, {}), mask
        assert all(+derived.pairs(facet) == anew.pairs(facet) for facet in derived._pairs), mask
