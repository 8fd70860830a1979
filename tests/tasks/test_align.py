"""The implementation matrix: a directive's tasks aligned with the items of the documents implementing it (issue 22).

Real texts of the seeds: 57-KL/TW (the Politburo's conclusion) and the plans implementing it, reworded at each
level.  Then the matrix of 57-KL/TW against the hand-made one (tests/data/tasks_gold.json, "matrices").
"""

import json

import numpy as np
import pytest

from indexer import implementation_matrix, implementation_tree, implementers, matrix_agreement
from indexer.tasks.align import THRESHOLD, assign, items_of
from indexer.tasks.similarity import Tasks, Unit, Weights, doer_of, words_of
from tests.conftest import ROOT

KL57 = "57-kl-tw-2023"
CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"
KON_TUM = "ke-hoach-ban-thuong-vu-tinh-uy-kon-tum-60d31104"
CAM_TAN = "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec"
BAC_NINH = "401-cv-btg-bac-ninh-2023"
GOLD = json.loads((ROOT / "tests" / "data" / "tasks_gold.json").read_text(encoding="utf-8"))["matrices"][KL57]

# A directive's task (57-KL/TW) and the item of an implementing plan that takes it up, reworded for its level.
MUST_ALIGN = [
    (  # the provincial analogue leads the checking and the reports (Kon Tum III-2)
        "3. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt, hướng dẫn "
        "triển khai, kiểm tra, giám sát việc thực hiện Kết luận này, định kỳ báo cáo Bộ Chính trị.",
        "2. Giao Ban Tuyên giáo Tỉnh uỷ chủ trì, phối hợp với các cơ quan liên quan giúp Ban Thường vụ Tỉnh uỷ theo "
        "dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Kế hoạch này; định kỳ báo cáo kết quả thực hiện và tham "
        "mưu sơ kết, tổng kết theo chỉ đạo của Trung ương.",
    ),
    (  # the commune says it in its own words (Cẩm Tân II-4)
        "4. Đẩy mạnh đấu tranh phản bác thông tin sai trái, tiêu cực phương hại đến lợi ích quốc gia - dân tộc, quá "
        "trình phát triển đất nước và vai trò lãnh đạo của Đảng. Bảo đảm thông tin tích cực là dòng thông tin chủ "
        "đạo; kiên quyết khắc phục tình trạng đưa thông tin thiếu chính xác, sai sự thật, chưa được kiểm chứng.",
        "4. Tăng cường đấu tranh, phản bác thông tin sai trái, tiêu cực, xâm phạm lợi ích quốc gia, của tỉnh, của "
        "xã\n- Các ban, các ngành, Đoàn thể, các thôn và các cơ quan, đơn vị tăng cường thông tin tích cực, khắc "
        "phục tình trạng đưa thông tin thiếu chính xác, sai sự thật, thông tin chưa được kiểm chứng.",
    ),
    (  # a heading of five words and a paragraph of the province's own (Kon Tum II-3)
        "3. Tiếp tục đổi mới nội dung, phương thức thông tin đối ngoại, tập trung giới thiệu, lan toả mạnh mẽ đến "
        "cộng đồng quốc tế lịch sử, truyền thống, hình ảnh đất nước, con người, văn hoá, thành tựu của công cuộc "
        "đổi mới, các giá trị, tư tưởng cao đẹp của dân tộc Việt Nam.",
        "3. Đổi mới nội dung, phương thức thông tin đối ngoại\nĐẩy mạnh mẽ giới thiệu, quảng bá hình ảnh con "
        "người, tiềm năng, thế mạnh của tỉnh, truyền thống lịch sử, văn hoá, thành tựu của công cuộc đổi mới, các "
        "giá trị, tư tưởng cao đẹp của dân tộc Việt Nam, giá trị tư tưởng, đạo đức, phong cách của Chủ tịch Hồ Chí "
        "Minh tới bạn bè quốc tế.",
    ),
    (  # resources become the province's cadres (Kon Tum II-5)
        "5. Tăng cường nguồn lực Nhà nước, khuyến khích, động viên các nguồn lực xã hội cho công tác thông tin đối "
        "ngoại.\nXây dựng đội ngũ cán bộ chuyên trách làm công tác thông tin đối ngoại có bản lĩnh chính trị vững "
        "vàng, đủ phẩm chất, năng lực, trình độ theo hướng chuyên nghiệp, hiện đại.",
        "5. Tăng cường nguồn lực cho công tác thông tin đối ngoại\nXây dựng đội ngũ cán bộ tham mưu làm công tác "
        "thông tin đối ngoại của tỉnh có bản lĩnh chính trị vững vàng, có năng lực, trình độ chuyên môn. Chú trọng "
        "mở các lớp tập huấn, bồi dưỡng nghiệp vụ công tác thông tin đối ngoại.",
    ),
    (  # coordination and state management become the commune's state management (Cẩm Tân II-3)
        "2. Tăng cường công tác phối hợp giữa các cơ quan, tổ chức trong hệ thống chính trị.\nNâng cao trách "
        "nhiệm quản lý nhà nước, ý thức chấp hành pháp luật; tiếp tục hoàn thiện cơ chế, chính sách có liên quan; "
        "khắc phục có hiệu quả hạn chế, bất cập trong lãnh đạo, chỉ đạo, quản lý, phân công trách nhiệm, phối hợp, "
        "trao đổi thông tin, kiểm tra, giám sát, xử lý vi phạm trong công tác thông tin đối ngoại.",
        "3. Nâng cao hiệu lực, hiệu quả quản lý Nhà nước về công tác thông tin đối ngoại\n- Lồng ghép công tác "
        "thông tin đối ngoại trong các chương trình, đề án, kế hoạch phát triển kinh tế - xã hội. Tiếp tục rà soát, "
        "đề xuất kiến nghị cơ chế, chính sách, khắc phục hạn chế, bất cập trong công tác chỉ đạo, quản lý, điều "
        "hành, phân công trách nhiệm, phối hợp, trao đổi thông tin, kiểm tra, giám sát, xử lý vi phạm.",
    ),
    (  # the party committees learn the conclusion and make plans (Cao Bằng III-1)
        "1. Cấp uỷ, tổ chức đảng các cấp quán triệt, xây dựng chương trình, kế hoạch, tổ chức thực hiện nghiêm Kết "
        "luận này.",
        "1. Các cấp uỷ đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tỉnh tổ chức quán triệt nghiêm túc Kết "
        "luận số 57-KL/TW và Kế hoạch này; đồng thời xây dựng kế hoạch triển khai thực hiện phù hợp với tình hình "
        "thực tế của địa phương, cơ quan, đơn vị.",
    ),
]
# Paragraphs of the same documents that take up none of the tasks: another programme, a date, a formula.  (A
# plan's aims restate the tasks, and are alike: they are left out by where they stand, see items_of.)
MUST_NOT_ALIGN = [
    (  # Cẩm Tân V-5: the militia carries out the Prime Minister's decision 1191 on border information
        "5. Ban chỉ huy Quân Sự xã:\n- Chủ trì, phối hợp với Công chức Văn hoá - xã hội và các ban, ngành, cơ "
        "quan, đơn vị liên quan tiếp tục triển khai thực hiện hiệu quả Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của "
        "Thủ tướng Chính phủ về đổi mới và nâng cao năng lực công tác thông tin đối ngoại góp phần xây dựng biên "
        "giới hoà bình, hữu nghị, hợp tác và phát triển."
    ),
    (  # the Bắc Ninh letter's date for the party cells' meeting
        "Các đơn vị triển khai thực hiện trong buổi sinh hoạt chi bộ định kỳ tháng 11, hoàn thành xong trước ngày "
        "05/11/2023."
    ),
    "Được sự uỷ nhiệm của Thường trực Thành uỷ.",  # the Bắc Ninh letter's formula before its request
]


@pytest.fixture(scope="module")
def pairs():
    """The tasks of MUST_ALIGN against all the items of both tables, and how each task is paired."""
    rows = [Unit(f"t{i}", task.split("\n"), None, "57-KL/TW") for i, (task, _item) in enumerate(MUST_ALIGN)]
    items = [Unit(f"i{i}", item.split("\n"), None, "57-KL/TW") for i, (_task, item) in enumerate(MUST_ALIGN)]
    items += [Unit(f"n{i}", item.split("\n"), None, "57-KL/TW") for i, item in enumerate(MUST_NOT_ALIGN)]
    scores = Tasks(rows, Weights([*rows, *items])).scores(items)
    return scores, assign(scores)


@pytest.mark.parametrize("case", range(len(MUST_ALIGN)))
def test_a_reworded_task_is_found_in_the_plan_that_takes_it_up(pairs, case):
    scores, paired = pairs
    assert paired[case] == case, f"paired with {paired[case]}: {np.round(scores[case], 2)}"


@pytest.mark.parametrize("item", range(len(MUST_NOT_ALIGN)))
def test_an_item_that_takes_up_no_task_is_alike_to_none(pairs, item):
    scores, _paired = pairs
    assert scores[:, len(MUST_ALIGN) + item].max() < THRESHOLD


@pytest.mark.parametrize(
    "text,this,alike",
    [
        # One body at two levels: the Politburo's department and the province's.
        ("Ban Tuyên giáo Trung ương chủ trì", None, "Ban Tuyên giáo Tỉnh uỷ chủ trì"),
        ("báo cáo Bộ Chính trị", None, "báo cáo Ban Thường vụ Tỉnh uỷ"),
        ("Ban cán sự đảng Chính phủ chỉ đạo", None, "Ban cán sự đảng Uỷ ban nhân dân tỉnh chỉ đạo"),
        # The directive at hand: its "Kết luận này", a plan's "Kết luận số 57-KL/TW" (in any spelling).
        ("thực hiện nghiêm Kết luận này", "57-KL/TW", "thực hiện nghiêm Kết luận số 57- KL/TW"),
    ],
)
def test_names_bound_to_a_level_read_alike(text, this, alike):
    assert words_of(text, this) == words_of(alike, this)


@pytest.mark.parametrize(
    "text,kind",
    [
        # The head of the name says the kind, whatever the level and the bodies named after it.
        ("3. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan", "propaganda"),
        ("2. Ban Tuyên giáo Tỉnh uỷ tham mưu cho Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", "propaganda"),
        ("1. Công chức Văn Hoá - Xã hội:", "propaganda"),  # a commune's propaganda is its culture officer's
        ("1. Cấp uỷ, tổ chức đảng các cấp quán triệt, xây dựng chương trình", "party"),
        ("1. Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tỉnh tổ chức quán triệt", "party"),
        ("3. Giao Ban cán sự đảng Uỷ ban nhân dân tỉnh chỉ đạo UBND tỉnh", "government"),
        ("2. Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã:", "office"),
        ("4. Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh chủ động", "press"),
        ("5. Ban chỉ huy Quân Sự xã:", "military"),
        ("Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông", "foreign_affairs"),  # as Bộ Ngoại giao
        ("3. Công chức kế toán:", "finance"),
        ("Ban Tổ chức Tỉnh uỷ hướng dẫn", "home_affairs"),
        # A request names its sender first: the addressee is after "đề nghị".
        ("Ban Tuyên giáo Thành uỷ đề nghị cấp uỷ các chi, đảng bộ trực thuộc triển khai", "party"),
        ("UBND tỉnh yêu cầu Giám đốc Công an tỉnh chỉ đạo", "police"),
        # A task that names no body, or a report to one.
        ("4. Đẩy mạnh đấu tranh phản bác thông tin sai trái", None),
        ("Tăng cường báo cáo kết quả thực hiện", None),
        ("Được sự uỷ nhiệm của Thường trực Thành uỷ.", None),  # the body is not addressed: "của" follows the head
        ("Nâng cao chất lượng đào tạo, bồi dưỡng chuyên ngành thông tin đối ngoại tại các cơ sở", None),
    ],
)
def test_the_kind_of_body_a_task_is_addressed_to(text, kind):
    assert doer_of(text) == kind


def test_another_directive_cited_is_not_the_one_at_hand():
    assert "vanbannay" not in words_of("thực hiện Quyết định số 1191/QĐ-TTg", "57-KL/TW")
    assert "vanbannay" in words_of("thực hiện Quyết định số 1191/QĐ-TTg", "1191/QĐ-TTg")


@pytest.mark.parametrize(
    "scores,paired",
    [
        ([[0.9, 0.5], [0.8, 0.4], [0.2, 0.1]], [0, 1, None]),  # the most alike pair first, then what is left
        ([[0.9, 0.5], [0.8, 0.1]], [0, None]),  # the item taken, the second task is left with nothing alike
        ([[0.6, 0.59], [0.61, 0.1]], [1, 0]),  # one to one: the second task's only match wins its item
        ([[0.1, 0.2]], [None]),  # below the threshold: no item
    ],
)
def test_tasks_and_items_are_paired_one_to_one(scores, paired):
    assert assign(np.array(scores), 0.3) == paired


@pytest.mark.parametrize(
    "doc_id,kept,left_out",
    [
        # "I- MỤC ĐÍCH, YÊU CẦU" restates the conclusion; "II- NHIỆM VỤ VÀ GIẢI PHÁP", "III- TỔ CHỨC THỰC HIỆN" assign.
        (CAO_BANG, ["II-1", "II-5", "III-1", "III-4"], ["I-1", "I-2", "II", "p3"]),
        # "IV. KINH PHÍ" says where the money comes from.
        (CAM_TAN, ["II-1", "V-1", "V-7"], ["I-1", "IV"]),
        # A letter without numbered items: its body from its request on ("Ban Tuyên giáo Thành uỷ đề nghị cấp uỷ
        # các chi, đảng bộ trực thuộc triển khai …"), after "Căn cứ Công văn số 1192-CV/BTGTU …".
        (BAC_NINH, ["p14"], ["p12", "p6", "p13"]),
    ],
)
def test_the_items_of_an_implementing_document(archive, doc_id, kept, left_out):
    anchors = [item.whole.anchor for item in items_of(archive.record(doc_id), "57-KL/TW")]
    assert set(kept) <= set(anchors) and not set(left_out) & set(anchors)


@pytest.fixture(scope="module")
def matrix(archive):
    snapshot = archive.snapshot()
    nodes = implementers(implementation_tree(snapshot.relations, snapshot.by_id, KL57))
    return implementation_matrix(archive.record(KL57), [archive.record(node["doc_id"]) for node in nodes])


def test_the_columns_are_the_implementers_province_first(matrix):
    assert matrix["columns"][:2] == [CAO_BANG, KON_TUM] or matrix["columns"][:2] == [KON_TUM, CAO_BANG]
    assert set(matrix["columns"]) == set(GOLD["columns"])
    assert matrix["columns"][-1] == CAM_TAN  # the commune, through the district plan the archive lacks


# The cells the matrix misses, and why: each is a reading of the hand's (tests/data/tasks_gold_README.md).
MISSED = {
    ("II-5", CAM_TAN): "the commune's budget item (V-3) answers 'state resources'; the words and meaning do not say it",
    ("III-1", CAM_TAN): "only the sub-paragraph II-1-p4 puts the conclusion into the commune's programmes",
    ("III-2", CAO_BANG): "III-3 tasks the provincial analogue of the Government's party body, but with other work",
}
CELLS = [(row, column) for row in GOLD["rows"] for column in GOLD["columns"]]


@pytest.mark.parametrize(
    "row,column",
    [
        pytest.param(row, column, marks=pytest.mark.xfail(reason=MISSED[row, column], strict=True))
        if (row, column) in MISSED
        else (row, column)
        for row, column in CELLS
    ],
)
def test_each_cell_agrees_with_the_hand(matrix, row, column):
    rows = {r["anchor"]: r for r in matrix["rows"]}
    if row not in rows:
        pytest.skip(f"tasks_of does not find {row} of 57-KL/TW yet")
    single = {"columns": [column], "rows": {row: {column: GOLD["rows"][row][column]}}}
    assert matrix_agreement(matrix, single)["right"] == 1, rows[row]["cells"][column]


def test_the_matrix_agrees_with_the_hand(matrix):
    """29 of the 32 cells (the three of MISSED aside): the goal of issue 22 is 90%."""
    agreement = matrix_agreement(matrix, GOLD)
    assert agreement["rows_missing"] == []
    assert agreement["accuracy"] >= 0.9 and agreement["precision"] >= 0.85 and agreement["recall"] >= 0.9
