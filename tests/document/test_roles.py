# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Recipients as documents list them: one body per item, lists of departments named each, the lines of an
item joined, what names no one left out, each body once however it is spelled.

The paragraphs are real lines, quoted as written, of the dev set (``shared/data/real-directives-dev/docs``)
and the seed corpus (``corpus/``), in the zones structure gives them.
"""

import pytest

from indexer.document.roles import extract_roles
from indexer.document.structure import Paragraph
from indexer.text.vietnamese import key


def recipients_zone(*lines: str) -> list[Paragraph]:
    """A "Nơi nhận" block: its first line, then the items."""
    return [Paragraph(f"nn-{i}", "", line, "text", "recipients") for i, line in enumerate(lines)]


def addressed(*lines: str) -> list[Paragraph]:
    """A header's "Kính gửi" and the lines after it, then the body's first sentence."""
    header = [
        Paragraph(f"h-{i}", "", line, "item" if line.startswith("-") else "text", "header")
        for i, line in enumerate(lines)
    ]
    return [*header, Paragraph("p1", "", "Công tác quản lý nhà nước về vật liệu nổ công nghiệp …", "text", "body")]


# (source, paragraphs, the recipients extracted, in order)
RECIPIENTS = [
    (
        "005",
        addressed(
            "Kính gửi:",
            "- Các Sở, ngành: Công Thương, Nội vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy",
            "Bộ đội Biên phòng tỉnh;",
            "- UBND các xã, phường;",
            "- Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ.",
        ),
        [
            "Sở Công Thương",
            "Sở Nội vụ",
            "Công an tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
            "UBND các xã, phường",
            "Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ",
        ],
    ),
    (
        "004",
        recipients_zone(
            "Nơi nhận:",
            "- Như trên;",
            "- Chủ tịch UBND tỉnh;",
            "- Cục Khoáng sản Việt Nam;",
            "- Các Sở: NNMT, CT, XD;",
            "- Lưu: VT, KT(Thủy, Nho).",
        ),
        ["Chủ tịch UBND tỉnh", "Cục Khoáng sản Việt Nam", "Sở NNMT", "Sở CT", "Sở XD"],
    ),
    (
        "038",
        recipients_zone("Nơi nhận:", "- HĐND, UBND các tỉnh, thành phố;", "- Kiểm toán Nhà nước;"),
        ["HĐND các tỉnh, thành phố", "UBND các tỉnh, thành phố", "Kiểm toán Nhà nước"],
    ),
    (
        "008",
        recipients_zone("Nơi nhận: Ti h ˆ", "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;", "~ Lưu: VT, các CV, XD."),
        ["Thường trực Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh"],
    ),
    (
        "022",
        recipients_zone("Nơi nhận:", "- Như Điều 4;", "- TT. Đảng ủy/ TT. HĐND Phường;", "- Lưu: VT."),
        ["TT. Đảng ủy", "TT. HĐND Phường"],
    ),
    (
        "043",
        recipients_zone("Nơi nhận:", "- Thường trực các Huyện ủy, Thành ủy;", "- UBND các huyện, thành phố;"),
        ["Thường trực các Huyện ủy, Thành ủy", "UBND các huyện, thành phố"],
    ),
    (
        "012",
        recipients_zone(
            "Nơi nhận:",
            "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,",
            "  các Vụ, Cục, đơn vị trực thuộc, Công báo;",
            "- Lưu: VT, KSTT (2).",
        ),
        ["VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo"],
    ),
    (
        "039",
        recipients_zone(
            "Nơi nhận:                                    T/M BAN THƯỜNG VỤ",
            "- Như trên (t/h);                                 PHÓ BÍ THƯ",
            "- Thường trực Tỉnh ủy (để b/c);",
        ),
        ["Thường trực Tỉnh ủy"],
    ),
    (
        "008",
        recipients_zone("Nơi nhận: Ti h ˆ", "- Vụ pháp chế - Bộ Xây dựng (b/e); HỦ TỊCH"),
        ["Vụ pháp chế Bộ Xây dựng"],
    ),
]


@pytest.mark.parametrize("source,paragraphs,expected", RECIPIENTS, ids=[c[0] for c in RECIPIENTS])
def test_recipients_one_body_per_name(source, paragraphs, expected):
    found = [r.agency for r in extract_roles(paragraphs) if r.role == "recipient"]
    assert [key(name) for name in found] == [key(name) for name in expected]


def test_a_body_is_listed_once_however_spelled():
    """003_c4c0 (Ban Tuyên giáo Thành uỷ Bắc Ninh): "Kính gửi: Các chi, đảng bộ trực thuộc Thành ủy" and
    "Nơi nhận: … - Các chi, đảng bộ trực thuộc," are one group of recipients."""
    paragraphs = [
        Paragraph("h-0", "", "Kính gửi:", "text", "header"),
        Paragraph("h-1", "", "Các chi, đảng bộ trực thuộc Thành ủy", "text", "header"),
        Paragraph("p1", "", "Được sự ủy nhiệm của Thường trực Thành ủy.", "text", "body"),
        *recipients_zone("Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (B/c),", "- Các chi, đảng bộ trực thuộc,"),
    ]
    where = {"province": "Bắc Ninh", "level": "district", "issuer": "Ban Tuyên giáo Thành uỷ Bắc Ninh"}
    found = [r.agency for r in extract_roles(paragraphs, **where) if r.role == "recipient"]
    assert found == ["Ban Tuyên giáo Tỉnh ủy", "Các chi, đảng bộ trực thuộc"]


def test_the_documents_place_tells_one_body_from_another():
    """015 (Sở Nội vụ tỉnh Lâm Đồng) "- UBND tỉnh;" and its header's "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" spelled out
    are one body in a Lâm Đồng document; without the document's place they are two names."""
    paragraphs = recipients_zone(
        "Nơi nhận: ", "- UBND tỉnh; ", "- Ủy ban nhân dân tỉnh Lâm Đồng;", "- Văn phòng UBND tỉnh; "
    )
    lam_dong = {"province": "Lâm Đồng", "level": "province", "issuer": "Sở Nội vụ tỉnh Lâm Đồng"}
    assert [r.agency for r in extract_roles(paragraphs, **lam_dong)] == ["UBND tỉnh", "Văn phòng UBND tỉnh"]
    assert len(extract_roles(paragraphs)) == 3


def letter(*lines: str) -> list[Paragraph]:
    """A letter's request introducing numbered items, then the items as quoted (numbered ones anchored as items)."""
    intro = "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:"
    paragraphs = [Paragraph("p1", "", intro, "text", "body")]
    for i, line in enumerate(lines, start=2):
        number = line.split(".", 1)[0]
        anchor, section = (number, number) if number.isdigit() else (f"p{i}", paragraphs[-1].section)
        paragraphs.append(Paragraph(anchor, section, line, "item" if number.isdigit() else "text", "body"))
    return paragraphs


# (source, paragraphs, the bodies assigned work, in order)
ASSIGNED = [
    (
        "001 item 1: a list of subjects goes on in small letters",
        letter(
            "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Uỷ ban nhân dân các xã, phường Theo chức năng, "
            "nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền, phổ biến và triển khai thực hiện đầy đủ các nội dung của "
            "Quyết định số 1074/QĐ-BXD;"
        ),
        ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Uỷ ban nhân dân các xã, phường"],
    ),
    (
        "001 item 3: the heads of bodies made answerable; the bodies named in general left out",
        letter(
            "3. Tổ chức thực hiện",
            "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường; người đứng đầu "
            "các cơ quan, đơn vị có liên quan chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung "
            "nêu trên;",
        ),
        ["các sở, ban, ngành, đoàn thể tỉnh", "Uỷ ban nhân dân các xã, phường"],
    ),
    (
        "002 Điều 3 khoản 2: a decision's clause making the heads of bodies answerable for it",
        [
            Paragraph("dieu-3", "Điều 3", "Điều 3. Tổ chức thực hiện", "heading", "body"),
            Paragraph(
                "dieu-3-2",
                "Điều 3 khoản 2",
                "2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng, Thủ trưởng "
                "các đơn vị thuộc Bộ, Chủ tịch Uỷ ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết "
                "định này./.",
                "item",
                "body",
            ),
        ],
        [
            "Văn phòng Bộ",
            "Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng",
            "các đơn vị thuộc Bộ",
            "Uỷ ban nhân dân các tỉnh, thành phố",
        ],
    ),
    (
        "dev 040: a Chairman's directions 'như sau:' introduce items whose opening bodies are assigned them",
        [
            Paragraph("p13", "", "Chủ tịch Uỷ ban nhân dân tỉnh có ý kiến chỉ đạo như sau:", "text", "body"),
            Paragraph(
                "1",
                "1",
                "1. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh tổ chức nghiên cứu, cụ thể hoá "
                "các mục tiêu.",
                "text",
                "body",
            ),
        ],
        ["Các Sở, ban, ngành thuộc tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
    ),
    (
        "dev 037 Điều 9: 'Bộ trưởng' alone answers for every ministry",
        [
            Paragraph("dieu-9", "Điều 9", "Điều 9. Tổ chức thực hiện và trách nhiệm thi hành", "heading", "body"),
            Paragraph(
                "dieu-9-3",
                "Điều 9 khoản 3",
                "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Uỷ ban nhân dân tỉnh, thành phố trực thuộc trung "
                "ương chịu trách nhiệm thi hành Nghị quyết này.",
                "text",
                "body",
            ),
        ],
        ["Các bộ", "cơ quan ngang bộ", "Uỷ ban nhân dân tỉnh, thành phố trực thuộc trung ương"],
    ),
    (
        "dev 037 Điều 7: the clauses of an article on bodies' duties give its work to the bodies they open with",
        [
            Paragraph(
                "dieu-7", "Điều 7", "Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương", "heading", "body"
            ),
            Paragraph(
                "dieu-7-1",
                "Điều 7 khoản 1",
                "1. Bộ Quốc phòng chịu trách nhiệm trước Chính phủ quản lý nhà nước đối với Ban Chỉ huy quân sự cấp xã.",
                "text",
                "body",
            ),
            Paragraph(
                "dieu-7-3",
                "Điều 7 khoản 3",
                "3. Uỷ ban nhân dân cấp tỉnh quy hoạch, bố trí quỹ đất, kinh phí để xây dựng trụ sở làm việc.",
                "text",
                "body",
            ),
        ],
        ["bộ, cơ quan ngang bộ, địa phương", "Bộ Quốc phòng", "Uỷ ban nhân dân cấp tỉnh"],
    ),
    (
        "dev 003 IV-1: an item of 'Tổ chức thực hiện' headed by the heads of bodies, its work in bullets below",
        [
            Paragraph("IV", "IV", "IV. TỔ CHỨC THỰC HIỆN", "heading", "body"),
            Paragraph(
                "IV-1",
                "IV.1",
                "1. Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường:",
                "item",
                "body",
            ),
        ],
        ["các Sở", "các ban, ngành tỉnh", "Uỷ ban nhân dân các xã, phường"],
    ),
    (
        "a head named in a sentence that gives no work is no assignment",
        letter("2. Thủ trưởng các sở, ban, ngành đã quán triệt tốt chủ trương này trong năm qua."),
        [],
    ),
    (
        "dev 027 part 2: the bodies an item's 'Cơ quan thực hiện:' line names carry it out",
        letter("- Cơ quan thực hiện: Các sở, ban, ngành; Uỷ ban nhân dân các huyện, thành phố."),
        ["Các sở, ban, ngành", "Uỷ ban nhân dân các huyện, thành phố"],
    ),
    (
        "dev 027 part 2: and the body that line names before its verb",
        letter(
            "- Cơ quan thực hiện: Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị, địa phương triển khai thực hiện."
        ),
        ["Sở Thông tin và Truyền thông"],
    ),
]


@pytest.mark.parametrize("source,paragraphs,expected", ASSIGNED, ids=[c[0] for c in ASSIGNED])
def test_the_bodies_assigned_work(source, paragraphs, expected):
    assert [r.agency for r in extract_roles(paragraphs) if r.role == "assigned"] == expected


# (source, paragraphs, the bodies that lead, in order)
LEADS = [
    (
        "web7 707: 'Báo giá', 'Báo cáo' open like a newspaper's name ('Báo Lào Cai') and are none",
        letter(
            "1. Báo giá của nhà cung cấp. Chủ đầu tư chịu trách nhiệm thu thập báo giá.",
            "- Chủ trì, phối hợp với nhà cung cấp lập dự toán.",
            "2. Báo Lào Cai",
            "- Chủ trì tuyên truyền.",
        ),
        ["Báo Lào Cai"],
    ),
    (
        "dev 027 part 2: a dash inside a department's name is no clause's start",
        letter(
            "- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
            "các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố."
        ),
        ["Sở Lao động - Thương binh và xã hội"],
    ),
    (
        "dev 027 part 2: nor inside a ministry's department of culture",
        letter(
            "- Cơ quan thực hiện: Sở Văn hoá - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, Liên đoàn Lao "
            "động tỉnh và địa phương"
        ),
        ["Sở Văn hoá - Thể thao và Du lịch"],
    ),
    (
        "dev 005: a lettered sub-item's bare 'Chủ trì' is said of its item's body",
        [
            Paragraph("2", "2", "2. Công an tỉnh", "item", "body"),
            Paragraph("2-a", "2.a", "a) Tăng cường công tác nắm tình hình trên địa bàn.", "item", "body"),
            Paragraph(
                "2-c",
                "2.c",
                "c) Chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương kiểm tra.",
                "item",
                "body",
            ),
        ],
        ["Công an tỉnh"],
    ),
    (
        "dev 034: an article headed by a body, its clause 'Chủ trì, …'",
        [
            Paragraph("dieu-7", "Điều 7", "Điều 7. Sở Thông tin và Truyền thông", "heading", "body"),
            Paragraph(
                "dieu-7-2",
                "Điều 7 khoản 2",
                "2. Chủ trì, phối hợp với các cơ quan có liên quan xây dựng kế hoạch thanh tra.",
                "text",
                "body",
            ),
        ],
        ["Sở Thông tin và Truyền thông"],
    ),
    (
        "a bare 'Chủ trì' in an appendix says of no body",
        [Paragraph("phu-luc-p3", "Phu luc", "Chủ trì, phối hợp với các cơ quan liên quan.", "text", "body")],
        [],
    ),
    (
        "web8 802/805: a line labelled with the role names who leads, a dash inside the name, a name written small",
        letter(
            "Đơn vị chủ trì thực hiện: Sở Tư pháp.",
            "- Bộ phận chủ trì: bộ phận Tư pháp - Hộ tịch.",
            "- Cơ quan chủ trì: Hội đồng đánh giá tiếp cận pháp luật phường.",
        ),
        ["Sở Tư pháp", "bộ phận Tư pháp - Hộ tịch", "Hội đồng đánh giá tiếp cận pháp luật phường"],
    ),
    (
        "web8 802: 'chủ trì hoặc phối hợp' is said of a whole group, either way: no lead",
        letter(
            "Các Sở, ban, ngành; tổ chức đại diện doanh nghiệp; UBND các huyện, thành phố có trách nhiệm chủ trì "
            "hoặc phối hợp cùng Sở Tư pháp để triển khai Kế hoạch này."
        ),
        [],
    ),
    (
        "web9 901: 'Giao cho X chủ trì' names who leads as 'Giao X' does",
        letter(
            "1. Giao cho Ban Tuyên giáo Liên đoàn Lao động tỉnh chủ trì phối hợp các phòng, Ban chuyên môn thuộc "
            "LĐLĐ tỉnh đôn đốc, đề xuất những giải pháp chỉ đạo thực hiện.",
            "2. UBND tỉnh giao cho Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu.",
        ),
        ["Ban Tuyên giáo Liên đoàn Lao động tỉnh", "Sở Nội vụ"],
    ),
    (
        "a dash that opens the body after the task's words",
        letter("1. Tuyên truyền về chuyển đổi số trên địa bàn tỉnh - Sở Thông tin và Truyền thông chủ trì thực hiện."),
        ["Sở Thông tin và Truyền thông"],
    ),
    (
        "web39 3907, web59 5907: who chaired the meeting a notice tells of leads no work",
        letter(
            "Ngày 06/9/2017, Uỷ ban nhân dân thị xã tổ chức cuộc họp Ủy ban nhân dân thường kỳ nhằm đánh giá tình "
            "hình thực hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, dưới sự chủ trì của Chủ "
            "tịch UBND thị xã – Trần Úc.",
            "Ngày 21 tháng 7 năm 2023, đồng chí Nguyễn Cao Thắng - Giám đốc Sở, Tổ Trưởng Tổ công tác chủ trì cuộc "
            "họp. Tham dự có các đồng chí lãnh đạo Sở.",
        ),
        [],
    ),
    (
        "web27 2711: a meeting's draft 'do đồng chí … chủ trì', a person in his offices, leads no work",
        letter(
            "Ngày 20/4/2026, UBND tỉnh Lâm Đồng tổ chức buổi làm việc với Trung tâm Xúc đầu tư, Thương mại và Du lịch "
            "và một số sở, ban, ngành báo cáo: (4) thống nhất các nội dung dự thảo Kế hoạch “Nâng cao Chỉ số năng lực "
            "cạnh tranh cấp tỉnh (PCI) năm 2026” do đồng chí Nguyễn Ngọc Phúc - Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh "
            "chủ trì. Tham dự cuộc họp có đại diện lãnh đạo các Sở, ngành.",
        ),
        [],
    ),
]


@pytest.mark.parametrize("source,paragraphs,expected", LEADS, ids=[c[0] for c in LEADS])
def test_the_bodies_that_lead(source, paragraphs, expected):
    assert [r.agency for r in extract_roles(paragraphs) if r.role == "lead"] == expected


# (source, paragraphs, the coordinating bodies extracted, in order)
COORDINATES = [
    (
        "dev 005: the local authority where the work is done is a coordinator, written small after 'và'",
        letter(
            "c) Phối hợp với Sở Ngoại vụ và chính quyền địa phương quản lý chặt chẽ việc tổ chức sử dụng, bảo quản "
            "VLNCN tại khu vực biên giới."
        ),
        ["Sở Ngoại vụ", "Chính quyền địa phương"],
    ),
    (
        "dev 005: 'lực lượng công an địa phương' is the local police",
        letter(
            "e) Quản lý chặt chẽ VLNCN, TCTN từ khâu tiếp nhận, vận chuyển, bảo quản đến sử dụng; chủ động phối hợp "
            "với lực lượng công an địa phương trong công tác bảo vệ, phòng ngừa tội phạm."
        ),
        ["công an địa phương"],
    ),
    (
        "dev 027 part 2: the list goes on after semicolons; 'các sở, ngành liên quan' names no one",
        letter(
            "- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
            "các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố."
        ),
        ["Liên đoàn Lao động tỉnh", "Uỷ ban nhân dân các huyện, thành phố"],
    ),
    (
        "dev 027 part 2: after 'các sở, ngành liên quan và …' the list names a body again",
        letter(
            "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
            "các sở, ngành liên quan và Uỷ ban nhân dân các huyện, thành phố."
        ),
        ["Liên đoàn Lao động tỉnh", "Uỷ ban nhân dân các huyện, thành phố"],
    ),
    (
        "dev 027 part 2: a board's name written small ('Ban quản lý'); '… và các đơn vị có liên quan' closes the list",
        letter(
            "- Cơ quan thực hiện: Uỷ ban nhân dân các huyện, thành phố chủ trì phối hợp với Ban quản lý Khu kinh tế "
            "tỉnh; Liên đoàn Lao động cùng cấp và các đơn vị có liên quan."
        ),
        ["Ban quản lý Khu kinh tế tỉnh", "Liên đoàn Lao động cùng cấp"],
    ),
    (
        "dev 031 (1980): who leads coordinates without 'với'; a general department's name written small",
        letter(
            "- Chủ trì phối hợp các ngành ở Trung ương để thực hiện kế hoạch đo đạc.",
            "e) Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các "
            "quy trình kỹ thuật.",
        ),
        ["các ngành ở Trung ương", "Tổng cục quản lý ruộng đất"],
    ),
    (
        "a line labelled 'Cơ quan phối hợp' lists its bodies, one a dash apart",
        letter("- Cơ quan phối hợp: Sở Tài chính - Sở Lao động - Thương binh và Xã hội; Công an tỉnh."),
        ["Sở Tài chính", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"],
    ),
    (
        "'chủ trì, phối hợp' followed by the work, not by a body, names no coordinator",
        letter("2. Sở Y tế chủ trì, phối hợp tổ chức kiểm tra định kỳ các cơ sở."),
        [],
    ),
    (
        "after a semicolon, a clause with its own verb is no more of the list",
        letter("2. Sở Y tế chủ trì, phối hợp với Sở Tài chính; tổ chức kiểm tra định kỳ; Sở Nội vụ tổng hợp báo cáo."),
        ["Sở Tài chính"],
    ),
]


@pytest.mark.parametrize("source,paragraphs,expected", COORDINATES, ids=[c[0] for c in COORDINATES])
def test_the_bodies_that_coordinate(source, paragraphs, expected):
    assert [r.agency for r in extract_roles(paragraphs) if r.role == "coordinate"] == expected


def test_a_decrees_chu_tri_is_a_standing_duty_not_a_lead():
    """web7 707, web8 811, dev 008: a decree's or a circular's "chủ trì" holds a competence while the act is in
    force; the body is assigned it, and no plan's lead is read into it."""
    article = letter("Bộ Khoa học và Công nghệ chủ trì tổ chức kiểm tra, phối hợp với Bộ Công an thực hiện.")
    roles = {(r.agency, r.role) for r in extract_roles(article, doc_type="Nghị định")}
    assert roles == {("Bộ Khoa học và Công nghệ", "assigned"), ("Bộ Công an", "assigned")}
    planned = {(r.agency, r.role) for r in extract_roles(article, doc_type="Kế hoạch")}
    assert ("Bộ Khoa học và Công nghệ", "lead") in planned
