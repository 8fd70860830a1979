# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Which parts of a document are its tasks (tests/data/tasks_gold_README.md, bench/tasks-unseen): one task per
numbered item with its lettered sub-items, in letters and directives that number their items without sections
too; the sentence that introduces numbered items is no task; a heading over sub-items that each carry their
own bullets has them as its tasks."""

import pytest

from indexer import parse_bytes, tasks_of
from indexer.tasks.align import items_of, rows_of

# (id, text, the anchors of the tasks)
CASES = [
    (
        "a directive numbers its items without sections (Chỉ thị 09/2009/CT-UBND Bình Dương)",
        """ỦY BAN NHÂN DÂN
TỈNH BÌNH DƯƠNG
Số: 09/2009/CT-UBND
Thủ Dầu Một, ngày 15 tháng 4 năm 2009
CHỈ THỊ
Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp sở, ban, ngành, huyện, thị xã
Để góp phần đẩy mạnh hoạt động khoa học và công nghệ trên địa bàn tỉnh, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã thực hiện tốt các nội dung sau:
1. Tổ chức triển khai ứng dụng, nhân rộng các tiến bộ khoa học và công nghệ vào quản lý, sản xuất và đời sống:
a) Thành lập, kiện toàn và đẩy mạnh hoạt động của hội đồng khoa học và công nghệ cấp sở, ban, ngành, huyện, thị xã.
b) Các sở, ban, ngành, huyện, thị xã xây dựng kế hoạch hoạt động khoa học và công nghệ hàng năm.
2. Phân cấp quản lý nhà nước về hoạt động khoa học và công nghệ ở huyện, thị xã:
a) Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân huyện, thị xã chủ động và phối hợp với Sở Khoa học và Công nghệ kiểm tra.
b) Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối phát hiện vi phạm.
3. Tăng cường biên chế chuyên trách quản lý khoa học và công nghệ cho các Phòng Kinh tế các huyện, thị xã.
""",
        ["1", "2", "3"],
    ),
    (
        "'MỤC TIÊU, NHIỆM VỤ' lists work; its items' 'a) Mục tiêu' / 'b) Nhiệm vụ' are parts of one task (KH Lâm Đồng)",
        """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số:      /KH-UBND
Lâm Đồng, ngày    tháng 12 năm 2025
KẾ HOẠCH
Cải cách hành chính nhà nước năm 2026
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;
I. MỤC TIÊU, NHIỆM VỤ
1. Cải cách thể chế
a) Mục tiêu
- 100% văn bản quy phạm pháp luật được kiểm tra theo quy định.
b) Nhiệm vụ
- Giao Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh triển khai ứng dụng AI trong phổ biến, giáo dục pháp luật.
2. Cải cách thủ tục hành chính
a) Mục tiêu
- Không có thủ tục hành chính ban hành trái quy định.
b) Nhiệm vụ
- Giao Văn phòng Ủy ban nhân dân tỉnh tham mưu Ủy ban nhân dân tỉnh kiểm soát thủ tục hành chính.
II. TỔ CHỨC THỰC HIỆN
1. Công tác triển khai
a) Các sở, ban, ngành và Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch, hoàn thành trước ngày 15/01/2026.
b) Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch.
""",
        ["I-1", "I-2", "II-1"],
    ),
    (
        "an item that only heads sessions, each with its own bullets, has the sessions as tasks (KH Sở TT&TT Phú Thọ)",
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG
TỈNH PHÚ THỌ
Số:   /KH-STTTT
Phú Thọ, ngày 20 tháng 12 năm 2011
KẾ HOẠCH
Triển khai phần mềm Quản lý văn bản và điều hành
I. MỤC ĐÍCH
Đưa phần mềm vào sử dụng thống nhất tại Sở.
II. NỘI DUNG TRIỂN KHAI
1. Cài đặt phần mềm trên máy chủ của Sở, hoàn thành trước ngày 25/12/2011.
2. Hướng dẫn sử dụng phần mềm
a) Khai mạc chương trình tập huấn: giới thiệu tổng quan về hệ thống phần mềm Quản lý văn bản và điều hành.
- Thành phần: Lãnh đạo sở, lãnh đạo và chuyên viên các phòng ban thuộc Sở.
- Thời gian dự kiến: 8h00-10h00 ngày 28/12/2011
b) Đào tạo lý thuyết và thực hành cho cán bộ Văn thư.
- Thành phần: Cán bộ văn thư
- Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2011
""",
        ["II-1", "II-2-a", "II-2-b"],
    ),
]


@pytest.mark.parametrize("text,anchors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_tasks_of_a_document(text, anchors):
    record = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0]
    assert [task["anchor"] for task in tasks_of(record)] == anchors


def test_who_is_assigned_the_items_of_a_directive_and_a_plan():
    """The bodies a directive's numbered request opens with; "- Giao X tham mưu …" in a plan's bullets."""
    directive, plan = (parse_bytes(c[1].encode("utf-8"), "van-ban.txt")[0] for c in CASES[:2])
    assigned = {task["anchor"]: task["assigned"] for task in tasks_of(directive)}
    assert assigned["1"] == ["Các sở, ban, ngành, cấp huyện"]
    # after the topic an item is about ("b) Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện …")
    assert "Uỷ ban nhân dân cấp huyện" in assigned["2"] and "Thanh tra khoa học và công nghệ" not in assigned["2"]
    assigned = {task["anchor"]: task["assigned"] for task in tasks_of(plan)}
    assert assigned["I-1"] == ["Sở Tư pháp tỉnh Lâm Đồng"]


def test_an_article_or_item_headed_organisation_gives_its_clauses_that_kind():
    """dev 002 and 001: "Điều 3. Tổ chức thực hiện" of a ministry's decision and "3. Tổ chức thực hiện" of the
    province's letter implementing it head no section, yet their clauses are the organisation of the work: a
    clause making the heads answerable is matched with the other's, not with the work itself."""
    decision = parse_bytes(
        """BỘ XÂY DỰNG
Số: 1074/QĐ-BXD
Hà Nội, ngày 01 tháng 7 năm 2026
QUYẾT ĐỊNH
Ban hành Giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy
Điều 1. Ban hành kèm theo Quyết định này Giải pháp kỹ thuật.
Điều 3. Tổ chức thực hiện
1. Uỷ ban nhân dân các tỉnh, thành phố có trách nhiệm chỉ đạo, kiểm tra, hướng dẫn việc thực hiện các giải pháp kỹ thuật, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.
2. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Uỷ ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.
""".encode(),
        "qd.txt",
    )[0]
    _tasks, rows = rows_of(decision)
    assert [(row.anchor, row.kind) for row in rows] == [("dieu-3-1", "organisation"), ("dieu-3-2", "organisation")]
    letter = parse_bytes(
        """UỶ BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 7432/UBND-XD
Lào Cai, ngày 21 tháng 7 năm 2026
V/v triển khai Quyết định số 1074/QĐ-BXD
Kính gửi: Các sở, ban, ngành tỉnh.
Uỷ ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Công an tỉnh tổ chức tuyên truyền, phổ biến các nội dung của Quyết định số 1074/QĐ-BXD.
3. Tổ chức thực hiện
Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên.
""".encode(),
        "cv.txt",
    )[0]
    assert {item.whole.anchor: item.whole.kind for item in items_of(letter, "1074/QĐ-BXD")}["3"] == "organisation"
