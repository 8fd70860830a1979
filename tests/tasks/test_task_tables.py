# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""A plan's table of tasks ("PHỤ LỤC … PHÂN CÔNG THỰC HIỆN NHIỆM VỤ"): each row a task, with the agencies of its
"chủ trì" and "phối hợp" columns and the time of its time column; the same from a Word table and a Markdown one.
The rows quote the appendices of KH UBND tỉnh Lào Cai (Chỉ thị 11-CT/TU, 2026), KH UBND tỉnh Lâm Đồng (cải cách
hành chính 2026) and KH 193/KH-UBND Ninh Bình (Chỉ thị 20-CT/TU, 2024)."""

import html
import io

import docx
import pypdf
import pytest

from indexer import parse_bytes, tasks_of
from indexer.document.fields.task_table import _columns, cells_of
from tests.office_files import print_pdf

OPENING = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 25/KH-UBND
Lào Cai, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh uỷ
Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh uỷ, Uỷ ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:
I. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành và Uỷ ban nhân dân các xã, phường thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.
PHỤ LỤC
NHIỆM VỤ TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 11-CT/TU
"""
TABLE = [
    ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện", "Thời gian thực hiện", "Ghi chú"],
    ["", "(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "Công tác tuyên truyền", "", "", "", ""],
    [
        "1",
        "Rà soát, điều chỉnh, cập nhật bổ sung phương án quản lý về địa chất, khoáng sản để tích hợp vào điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
        "Sở Nông nghiệp và Môi trường",
        "Các Sở, ban, ngành và các cơ quan, đơn vị, địa phương liên quan",
        "Xong trong tháng 5/2026",
        "",
    ],
    [
        "2",
        "Thực hiện rà soát việc lập, thẩm định, phê duyệt thiết kế mỏ theo quy định và tổ chức kiểm tra, giám sát việc tuân thủ thiết kế mỏ đã được phê duyệt theo quy định.",
        "Sở Công Thương; Sở Xây dựng",
        "Các Sở, ban, ngành và các địa phương liên quan",
        "Thường xuyên",
        "",
    ],
    [
        "3",
        "Tăng cường công tác quản lý, bảo vệ khoáng sản chưa khai thác; quản lý, bảo vệ khoáng sản tại khu vực dự trữ quốc gia",
        "UBND các xã, phường",
        "Sở Nông nghiệp và Môi trường, các Sở, ban, ngành",
        "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030",
        "",
    ],
]
CLOSING = (
    "Trên đây là Kế hoạch triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh uỷ, đề "
    "nghị các sở, ban, ngành và Uỷ ban nhân dân các xã, phường nghiêm túc triển khai thực hiện."
)
# (anchor's row, lead, coordinate, due kind, due end)
EXPECTED = [
    (["Sở Nông nghiệp và Môi trường tỉnh Lào Cai"], ["Các sở, ban, ngành"], "period", "2026-05-31"),
    (["Sở Công Thương tỉnh Lào Cai", "Sở Xây dựng tỉnh Lào Cai"], ["Các sở, ban, ngành"], "recurring", None),
    (
        ["Uỷ ban nhân dân cấp xã"],
        ["Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "Các sở, ban, ngành"],
        "date",
        "2030-01-01",
    ),
]


def _docx_plan() -> bytes:
    document = docx.Document()
    for line in OPENING.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for row, cells in zip(table.rows, TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph(CLOSING)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _markdown_plan() -> bytes:
    rows = ["| " + " | ".join(cells) + " |" for cells in TABLE]
    rows.insert(1, "|" + "---|" * len(TABLE[0]))
    return (OPENING.replace("\n", "\n\n") + "\n" + "\n".join(rows) + "\n\n" + CLOSING + "\n").encode()


def _html_plan() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td><p>{html.escape(c)}</p></td>" for c in cells) + "</tr>" for cells in TABLE)
    body = "".join(f"<p>{html.escape(line)}</p>" for line in OPENING.splitlines())
    return f"<html><body>{body}<table border='1'>{rows}</table><p>{CLOSING}</p></body></html>".encode()


def _pdf_plan(browser) -> bytes:
    """The plan printed by Chromium, its table ruled and its labels centred as offices print them."""
    style = "<style>table{border-collapse:collapse;font-size:13px} td{border:1px solid #000;vertical-align:middle} tr:first-child td{text-align:center;font-weight:bold}</style>"
    page = _html_plan().decode().replace("<html><body>", f"<html><head><meta charset='utf-8'>{style}</head><body>")
    return print_pdf(browser, page)


@pytest.fixture(scope="module")
def pdf_plan(browser):
    return _pdf_plan(browser)


@pytest.mark.parametrize(
    ("name", "make"),
    [("plan.docx", _docx_plan), ("plan.md", _markdown_plan), ("plan.html", _html_plan), ("plan.pdf", None)],
)
def test_each_row_of_a_table_of_tasks_is_a_task_with_its_columns(name, make, request):
    data = make() if make else request.getfixturevalue("pdf_plan")
    record = parse_bytes(data, name)[0]
    rows = [p for p in record.paragraphs if p["kind"] == "row"]
    assert cells_of(rows[0]["text"])[:3] == ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu"]
    tasks = [t for t in tasks_of(record) if t["anchor"] in {p["anchor"] for p in rows}]
    assert [t["text"][:30] for t in tasks] == [r[1][:30] for r in TABLE[3:]]
    for task, (lead, coordinate, kind, end) in zip(tasks, EXPECTED, strict=True):
        assert task["lead"] == lead
        assert task["assigned"] == lead
        assert task["coordinate"] == coordinate
        assert (task["due"]["kind"], task["due"]["end"]) == (kind, end)
    # the text after the table stays a paragraph of its own, whole
    assert any(p["kind"] != "row" and p["text"] == CLOSING for p in record.paragraphs)


# (header row as the table has it, or a data row; what its columns hold, None: no header)
HEADERS = [
    (
        "TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện | Ghi chú",
        {"task": 1, "lead": 2, "coordinate": 3, "due": 4},
    ),
    (
        "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc",
        {"task": 1, "due": 3, "lead": 4, "coordinate": 5},
    ),
    (
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
        {"task": 1, "lead": 2, "coordinate": 3, "due": 4},
    ),
    ("STT | Nội dung công việc | Đơn vị thực hiện | Thời gian", {"task": 1, "assigned": 2, "due": 3}),
    # a data row names a task and bodies, but not as a header's labels
    ("6 | Tổ chức hoạt động tuyên truyền | Sở Văn hoá và Thể thao | Các cơ quan, đơn vị liên quan | Hàng năm", None),
    ("1 | Cải cách thể chế | Sở Tư pháp | Thường xuyên trong năm", None),
]


@pytest.mark.parametrize(("row", "columns"), HEADERS, ids=[h[0][:40] for h in HEADERS])
def test_a_header_row_says_what_each_column_holds(row, columns):
    assert _columns(cells_of(row)) == columns


def test_a_header_table_in_two_columns_is_still_read_cell_by_cell():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        [c for row in table.rows for c in row.cells],
        [
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "Số: 25/KH-UBND",
            "Lào Cai, ngày 20 tháng 01 năm 2026",
        ],
        strict=True,
    ):
        cell.text = text
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Triển khai thực hiện Chỉ thị số 11-CT/TU")
    out = io.BytesIO()
    document.save(out)
    record = parse_bytes(out.getvalue(), "plan.docx")[0]
    assert (record.number, record.date, record.issuer) == ("25/KH-UBND", "2026-01-20", "Uỷ ban nhân dân tỉnh Lào Cai")
    assert not [p for p in record.paragraphs if p["kind"] == "row"]


def test_a_web_page_laid_out_in_three_columns_keeps_its_paragraphs():
    """A page whose text sits in the middle cell of a layout table (menu | document | news) is no data table."""
    body = "".join(
        f"<p>{i}. Các sở, ban, ngành tổ chức quán triệt Chỉ thị số 11-CT/TU đến cán bộ, công chức, viên chức và Nhân "
        f"dân trên địa bàn tỉnh, hoàn thành trong quý II năm 2026.</p>"
        for i in range(1, 16)
    )
    page = f"<html><body><table><tr><td>Trang chủ</td><td>{body}</td><td>Tin mới</td></tr></table></body></html>"
    record = parse_bytes(page.encode(), "page.html")[0]
    assert not [p for p in record.paragraphs if p["kind"] == "row"]
    assert len([p for p in record.paragraphs if p["text"].startswith(("1. ", "2. ", "15. "))]) == 3


# Rows of KH UBND tỉnh Lâm Đồng's appendix (cải cách hành chính 2026) whose number and task cells are merged over
# two rows: one task, two products, two leads (the second, every body, no one body).
MERGED_HEADER = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"]
MERGED_TASK = "Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2026"
MERGED_ROWS = [
    [
        "Kế hoạch kiểm tra cải cách hành chính năm 2026 của tỉnh",
        "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện",
        "Sở Nội vụ",
        "Các cơ quan, đơn vị, địa phương",
    ],
    [
        "Kế hoạch tự kiểm tra cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương",
        "Ban hành kế hoạch trong tháng 01/2026, tổ chức kiểm tra chậm nhất trong tháng 6/2026 và báo cáo kết quả khắc phục các tồn tại, hạn chế phát hiện qua kiểm tra chậm nhất trong tháng 8/2026",
        "Các cơ quan, đơn vị, địa phương",
        "",
    ],
]


def _merged_docx() -> bytes:
    document = docx.Document()
    for line in OPENING.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=len(MERGED_HEADER))
    for cell, text in zip(table.rows[0].cells, MERGED_HEADER, strict=True):
        cell.text = text
    for row, cells in zip(table.rows[1:], MERGED_ROWS, strict=True):
        for cell, text in zip(row.cells[2:], cells, strict=True):
            cell.text = text
    for column, text in enumerate(["2", MERGED_TASK]):
        table.cell(1, column).merge(table.cell(2, column)).text = text
    document.add_paragraph(CLOSING)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _merged_html() -> bytes:
    header = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in MERGED_HEADER) + "</tr>"
    first, second = ("".join(f"<td>{html.escape(c)}</td>" for c in cells) for cells in MERGED_ROWS)
    merged = f'<td rowspan="2">2</td><td rowspan="2">{html.escape(MERGED_TASK)}</td>'
    body = "".join(f"<p>{html.escape(line)}</p>" for line in OPENING.splitlines())
    table = f"<table>{header}<tr>{merged}{first}</tr><tr>{second}</tr></table>"
    return f"<html><body>{body}{table}<p>{CLOSING}</p></body></html>".encode()


@pytest.mark.parametrize(("name", "make"), [("plan.docx", _merged_docx), ("plan.html", _merged_html)])
def test_a_cell_merged_down_over_rows_is_each_rows(name, make):
    record = parse_bytes(make(), name)[0]
    rows = [p for p in record.paragraphs if p["kind"] == "row"]
    assert [cells_of(r["text"])[:2] for r in rows[1:]] == [["2", MERGED_TASK]] * 2
    tasks = [t for t in tasks_of(record) if t["anchor"] in {p["anchor"] for p in rows}]
    assert [(t["text"], t["lead"]) for t in tasks] == [
        (MERGED_TASK, ["Sở Nội vụ tỉnh Lào Cai"]),
        (MERGED_TASK, []),
    ]
    assert (tasks[0]["due"]["kind"], tasks[0]["due"]["start"], tasks[0]["due"]["end"]) == (
        "period",
        "2026-01-01",
        "2026-01-31",
    )
    assert "tháng 8/2026" in rows[2]["text"]


@pytest.mark.parametrize(
    "header_style",
    ["text-align:center;font-weight:bold", "text-align:left"],  # labels centred, or "TT  Tên nhiệm vụ" two spaces apart
)
def test_a_table_going_on_over_pages_keeps_its_rows_and_the_row_cut_by_the_break(browser, header_style):
    """The header printed once, the rows of the next page read by its columns, the row the page break cuts whole."""
    rows = [TABLE[0]] + [[str(i + 1), *TABLE[3 + i % 3][1:]] for i in range(9)]
    style = (
        "<style>table{border-collapse:collapse;font-size:19px} td{border:1px solid #000;vertical-align:middle} "
        f"tr:first-child td{{{header_style}}}</style>"
    )
    cells = "".join("<tr>" + "".join(f"<td><p>{html.escape(c)}</p></td>" for c in row) + "</tr>" for row in rows)
    body = "".join(f"<p>{html.escape(line)}</p>" for line in OPENING.splitlines())
    pdf = print_pdf(
        browser,
        f"<html><head><meta charset='utf-8'>{style}</head><body>{body}<table>{cells}</table><p>{CLOSING}</p></body></html>",
    )
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 2
    record = parse_bytes(pdf, "plan.pdf")[0]
    labels = cells_of(next(p["text"] for p in record.paragraphs if p["kind"] == "row"))
    assert labels[:3] == TABLE[0][:3]  # "Sở, ngành" over "chủ trì tham mưu" is the label's too
    anchors = {p["anchor"] for p in record.paragraphs if p["kind"] == "row"}
    tasks = [t for t in tasks_of(record) if t["anchor"] in anchors]
    assert [t["text"] for t in tasks] == [row[1] for row in rows[1:]]
    assert [t["lead"] for t in tasks] == [EXPECTED[i % 3][0] for i in range(9)]
    assert any(p["kind"] != "row" and p["text"] == CLOSING for p in record.paragraphs)


def test_a_coordinating_cell_leaves_out_who_is_merely_concerned():
    """KH 193/KH-UBND Ninh Bình (dev 043): "- Các sở, ban ngành có liên quan; - UBND các huyện, thành phố." names
    the districts; the departments "concerned" are no one in particular, as in a sentence's list."""
    plan = (
        "ỦY BAN NHÂN DÂN\n\nTỈNH NINH BÌNH\n\nSố: 193/KH-UBND\n\nNinh Bình, ngày 10 tháng 12 năm 2024\n\nKẾ HOẠCH\n\n"
        "Thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh uỷ\n\nThực hiện Chỉ thị số 20-CT/TU ngày 10/10/2024 "
        "của Ban Thường vụ Tỉnh uỷ, Uỷ ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành và địa phương thực hiện các nhiệm vụ tại Phụ lục.\n\nPHỤ LỤC\n\n"
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n|---|---|---|---|---|\n"
        "| 1 | Rà soát quy hoạch hệ thống cây xanh đô thị. | Sở Xây dựng | - Các sở, ban ngành có liên quan; "
        "- UBND các huyện, thành phố. | Năm 2025 |\n"
        "| 2 | Thực hiện hiệu quả Tết trồng cây. | UBND các huyện, thành phố | - Các sở, ban ngành có liên quan. "
        "| Hàng năm |\n"
    )
    tasks = [task for task in tasks_of(parse_bytes(plan.encode(), "plan.md")[0]) if task["anchor"] != "I-1"]
    assert [len(task["coordinate"]) for task in tasks] == [1, 0]
    assert "huyện" in tasks[0]["coordinate"][0]
