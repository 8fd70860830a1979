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
    (
        "articles under a chapter of responsibilities are one task each, clauses with them (Quy định, QĐ 15/2010 Hà Nội)",
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
QUY ĐỊNH
Về quản lý đại lý Internet trên địa bàn Thành phố Hà Nội
Chương I
QUY ĐỊNH CHUNG
Điều 1. Đối tượng và phạm vi điều chỉnh
1. Quy định này điều chỉnh việc quản lý các đại lý Internet trên địa bàn Thành phố Hà Nội.
Chương III
TRÁCH NHIỆM CỦA CÁC SỞ NGÀNH TRONG VIỆC QUẢN LÝ ĐẠI LÝ INTERNET
Điều 7. Sở Thông tin và Truyền thông
1. Là cơ quan chuyên môn giúp UBND Thành phố thực hiện công tác quản lý Nhà nước đối với hoạt động của các đại lý Internet; phối hợp với các sở, ban, ngành, UBND các quận, huyện, thị xã tổ chức thực hiện Quy định này.
2. Chủ trì, phối hợp với các cơ quan có liên quan xây dựng kế hoạch, tổ chức thanh tra, kiểm tra định kỳ và đột xuất các đại lý Internet trên địa bàn Thành phố.
Điều 8. Công an Thành phố
1. Phối hợp với các đơn vị nghiệp vụ thuộc Bộ Công an, Công an các tỉnh, Thành phố khác thực hiện các biện pháp kỹ thuật, nghiệp vụ để bảo đảm an toàn, an ninh thông tin.
2. Phối hợp với Sở Thông tin và Truyền thông và các cơ quan chức năng có liên quan hướng dẫn, kiểm tra và xử lý các hành vi vi phạm.
Điều 9. Sở Giáo dục và Đào tạo
1. Chỉ đạo các Phòng Giáo dục và Đào tạo các quận, huyện, thị xã và các trường học trực thuộc thực hiện Quy định này trong nhà trường.
""",
        ["dieu-7", "dieu-8", "dieu-9"],
    ),
    (
        "a body's standing duties set no task; an article on the responsibility of ministries is one (NQ 66.12/2026/NQ-CP)",
        """CHÍNH PHỦ
Số: 66.12/2026/NQ-CP
Hà Nội, ngày 26 tháng 01 năm 2026
NGHỊ QUYẾT
Về tổ chức và hoạt động của Ban Chỉ huy quân sự xã, phường, đặc khu
Điều 4. Nhiệm vụ của Ban Chỉ huy quân sự cấp xã
1. Tham mưu cho đảng uỷ, chỉ huy cấp trên; đảng uỷ, chính quyền cấp xã lãnh đạo xây dựng nền quốc phòng toàn dân.
2. Chủ trì, phối hợp với cơ quan chức năng cùng cấp xây dựng văn kiện tác chiến và thực hiện nhiệm vụ sẵn sàng chiến đấu, chiến đấu.
Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương
1. Bộ Quốc phòng chịu trách nhiệm trước Chính phủ quản lý nhà nước đối với Ban Chỉ huy quân sự cấp xã theo quy định của pháp luật.
2. Bộ, cơ quan ngang bộ, Uỷ ban nhân dân các cấp trong phạm vi nhiệm vụ, quyền hạn của mình, phối hợp với Bộ Quốc phòng thực hiện quản lý nhà nước đối với Ban Chỉ huy quân sự cấp xã.
Mục lục
Điều 4. Nhiệm vụ của Ban Chỉ huy quân sự cấp xã
Khoản 1
Khoản 2
Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương
Khoản 1
""",
        ["dieu-7"],
    ),
    (
        "a work section written without numbering is one task (CV 1557/SGDĐT-GDPT Hồ Chí Minh, as a legal site cuts it)",
        """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1557/SGDĐT-GDPT | Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025 |
Kính gửi: Hiệu trưởng các trường phổ thông, trường phổ thông nhiều cấp học
Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2025 của Bộ Giáo dục và Đào tạo về việc hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025 - 2026;
Sở Giáo dục và Đào tạo (GDĐT) hướng dẫn các cơ sở giáo dục phổ thông thực hiện nhiệm vụ năm học 2025 - 2026 như sau:
I. NHIỆM VỤ CHUNG
Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 (CTGDPT) trong năm học 2025 - 2026 bảo đảm tính khoa học, sư phạm, khai thác tối đa hiệu quả sử dụng cơ sở vật chất, thiết bị dạy học giúp học sinh đạt được yêu cầu cần đạt theo quy định của chương trình; thực hiện có hiệu quả dạy học 2 buổi/ngày tại các cơ sở giáo dục phổ thông có đủ điều kiện theo quy định[1]. Tích cực và nâng cao hiệu quả trong công tác truyền thông.
""",
        ["I"],
    ),
    (
        "a section of a time frame or of objectives is no task of its own (Chỉ thị 11/CT-UBND Hà Nội, OCR)",
        """UỶ BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 11/CT-UBND
Hà Nội, ngày 24 tháng 7 năm 2025
CHỈ THỊ
Triển khai Chiến dịch "45 ngày đêm ra quân hỗ trợ hoạt động chuyển đổi số tại các xã, phường"
I. MỤC TIÊU, YÊU CẦU
- Bảo đảm cung cấp đầy đủ, kịp thời nhân sự, hạ tầng kỹ thuật và kỹ năng số nhằm triển khai hiệu quả chuyển đổi số.
II. TỔ CHỨC THỰC HIỆN
1. Giao Sở Khoa học và Công nghệ
- Đầu mối phối hợp các doanh nghiệp CNTT, viễn thông, các trường đại học, cao đẳng trên địa bàn huy động nguồn nhân lực CNTT.
V. THỜI GIAN THỰC HIỆN
Chiến dịch được triển khai trong thời gian 45 ngày liên tục, tính từ ngày Chỉ thị này được ban hành.
""",
        ["II-1"],
    ),
]


@pytest.mark.parametrize("text,anchors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_tasks_of_a_document(text, anchors):
    record = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0]
    assert [task["anchor"] for task in tasks_of(record)] == anchors


def test_an_article_headed_by_a_body_assigns_it_the_articles_work():
    [text] = [case[1] for case in CASES if case[0].startswith("articles under a chapter of responsibilities")]
    record = parse_bytes(text.encode("utf-8"), "quy-dinh.txt")[0]
    tasks = {task["anchor"]: task for task in tasks_of(record)}
    assert tasks["dieu-7"]["assigned"] == ["Sở Thông tin và Truyền thông thành phố Hà Nội"]
    assert tasks["dieu-7"]["lead"] == ["Sở Thông tin và Truyền thông thành phố Hà Nội"]
    assert "Sở Thông tin và Truyền thông thành phố Hà Nội" in tasks["dieu-8"]["coordinate"]


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


def test_who_leads_an_item_is_assigned_it():
    """dev 027 (a Kon Tum programme): "- Cơ quan thực hiện: Sở … chủ trì, phối hợp với …" under each item."""
    record = parse_bytes(
        """ỦY BAN NHÂN DÂN
TỈNH KON TUM
CHƯƠNG TRÌNH HÀNH ĐỘNG
Triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy
II. NHIỆM VỤ, GIẢI PHÁP
2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động 2.1.
Rà soát, kiến nghị cấp có thẩm quyền sửa đổi, bổ sung, hoàn thiện các cơ chế, các thiết chế, quy trình, thủ tục giải quyết tranh chấp lao động.
- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành có liên quan.
- Thời gian thực hiện: Thực hiện định kỳ hằng năm.
""".encode(),
        "chuong-trinh.txt",
    )[0]
    [task] = tasks_of(record)
    assert task["anchor"] == "II-2-1"
    assert task["lead"] == ["Sở Lao động - Thương binh và xã hội tỉnh Kon Tum"]
    assert task["assigned"] == task["lead"]


def test_sibling_items_share_the_who_and_when_written_under_the_last():
    """dev 027 (a Kon Tum programme), "3. Giải quyết tốt tranh chấp lao động": items 3.1 to 3.3 name no one, and
    the lines under 3.4 say who carries out the group and by when; an item with lines of its own keeps them."""
    record = parse_bytes(
        """ỦY BAN NHÂN DÂN
TỈNH KON TUM
CHƯƠNG TRÌNH HÀNH ĐỘNG
Triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy
II. NHIỆM VỤ, GIẢI PHÁP
2. Nâng cao hiệu quả quản lý nhà nước về quan hệ lao động
2.1. Rà soát các thiết chế giải quyết tranh chấp lao động.
- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với các sở, ngành có liên quan.
- Thời gian thực hiện: Năm 2020.
2.2. Tập huấn cho cán bộ làm công tác quan hệ lao động.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
3. Giải quyết tốt tranh chấp lao động và đình công
3.1. Rà soát, kiện toàn, nâng cao hiệu quả hoạt động của các thiết chế giải quyết tranh chấp lao động, đình công.
3.2. Việc giải quyết tranh chấp lao động, đình công phải đúng theo quy định pháp luật.
3.3. Tập huấn bồi dưỡng, nâng cao năng lực cho hoà giải viên, trọng tài viên.
- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.
""".encode(),
        "chuong-trinh.txt",
    )[0]
    tasks = {task["anchor"]: task for task in tasks_of(record)}
    assert [tasks[a]["lead"] for a in ("II-2-1", "II-2-2")] == [["Sở Tư pháp tỉnh Kon Tum"], ["Sở Nội vụ tỉnh Kon Tum"]]
    assert tasks["II-2-2"]["due"]["kind"] is None  # "Năm 2020" is 2.1's own
    for anchor in ("II-3-1", "II-3-2", "II-3-3"):
        assert tasks[anchor]["lead"] == ["Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"], anchor
        assert tasks[anchor]["coordinate"] == ["Liên đoàn Lao động tỉnh Kon Tum"], anchor
        assert tasks[anchor]["due"]["kind"] == "recurring", anchor


def test_a_run_of_siblings_shares_the_lines_under_its_last_and_the_next_items_keep_their_own():
    """dev 027, "1. Tăng cường sự lãnh đạo …": 1.1 names no one, the lines under 1.2 say who and by when for both;
    1.3 and 1.4 have lines of their own."""
    record = parse_bytes(
        """ỦY BAN NHÂN DÂN
TỈNH KON TUM
CHƯƠNG TRÌNH HÀNH ĐỘNG
Triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường sự lãnh đạo của cấp uỷ, tổ chức đảng; sự quản lý, điều hành của chính quyền các cấp
1.1. Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư.
1.2. Nâng cao vai trò, trách nhiệm của các cấp uỷ, chính quyền, nhất là người đứng đầu.
- Cơ quan thực hiện: Các sở, ban, ngành; Uỷ ban nhân dân các huyện, thành phố.
- Thời gian thực hiện: Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW hoàn thành trong quý II/2020.
1.3. Tiếp tục thực hiện hiệu quả Đề án tuyên truyền, phổ biến pháp luật cho người lao động.
- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Thực hiện thường xuyên.
""".encode(),
        "chuong-trinh.txt",
    )[0]
    tasks = {task["anchor"]: task for task in tasks_of(record)}
    assert tasks["II-1-1"]["assigned"] == tasks["II-1-2"]["assigned"] != []
    assert tasks["II-1-1"]["due"]["kind"] == "period"  # "quý II/2020"
    assert tasks["II-1-3"]["lead"] == ["Sở Lao động - Thương binh và xã hội tỉnh Kon Tum"]
    assert tasks["II-1-3"]["due"]["kind"] == "recurring"
