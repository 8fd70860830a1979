# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Documents issued with a decision ("ban hành kèm theo"), bodies named after the decision that set them up, and
headers an OCR read without their diacritics: each case quotes the lines of a real document, cut to what it
needs (``real-directives-dev/027.txt`` and ``006.pdf``; ``bench/real-directives/docs/104.md`` and ``105.md``;
``bench/real-directives-web8`` 804 and 808: a ward known by its number, a submission sent with its draft).
"""

import pytest

from indexer import parse_bytes

# real-directives-dev/027.txt: a legal website's flattened copy of a decision and the programme it issues, the
# signature run into the programme's heading and the note of the decision.
DECISION_AND_PROGRAMME = """Quyết định 435/QĐ-UBND năm 2020
ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới”;
Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng;
Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 33/TTr-SLĐTBXH ngày 16 tháng 4 năm 2020, QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới”.
Điều 2.
Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như điều 2;
- Lưu VT, KGVX2.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” (Ban hành kèm theo Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, doanh nghiệp, cán bộ, đảng viên và Nhân dân về xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới.
II. NỘI DUNG HOẠT ĐỘNG
1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng; sự quản lý, điều hành của chính quyền các cấp.
- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành liên quan.
"""

# real-directives-dev/006.pdf: an inspection team named after the decision that set it up, and its own number
# drawn with a fraction slash (U+2044).
INSPECTION_TEAM = """SỞ CÔNG THƯƠNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐOÀN KIỂM TRA
Độc lập - Tự do - Hạnh phúc
THEO QUYẾT ĐỊNH
SỐ 1050/QĐ-SCT
Lào Cai, ngày 10 tháng 3 năm 2026
Số: 1105\u2044KH-ĐKT

KẾ HOẠCH
Kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai

Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai về việc kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai, Đoàn kiểm tra xây dựng Kế hoạch kiểm tra như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá việc chấp hành quy định pháp luật của các đơn vị.
"""

# bench/real-directives/docs/105.md: a signed PDF's text layer, its header read without diacritics and its two
# columns run together.
TAX_OFFICE_OCR = """Thời gian ký: 25.11.2019 10:09

TONG CỤC THUE CONG HOA XA HOI CHU NGHIA VIET NAM

CUC THUE TINH BAC NINH Độc lập - Tự Do - Hạnh Phúc
Số;/?!/ /CI-TTHT Bae Ninh, ngày 22 thang 11 năm 2019

V/v thời điểm áp dung Thông tư
41/2017/TT-BTC

Kính gửi: Công ty TNHH TOYO INK COMPOUNDS VIỆT NAM

Ngay 21/11/2019, Cục Thuế tinh Bắc Ninh nhận được công văn của Công ty TNHH Toyo Ink Compoinds Việt Nam, đề nghị hướng
dẫn thời điểm áp dụng Thông tư số 41/2017/TT-BTC ngày 28/4/2017. Về việc
này, Cục Thuế tỉnh Bắc Ninh có ý kiến như sau:
"""

# bench/real-directives/docs/104.md: the same, the ministry above its department and the place ended by a dot.
GENERAL_DEPARTMENT_OCR = """Ký bởi: Tổng cục Thuế
Thời gian ký: 10.11.2023 15:36
BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc
số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023
V/v tăng cường ky cương, kỷ luật
trong việc ban hành công văn
Kính gửi:
- Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế;
- Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
Thời gian qua, Tổng cục Thuế đã ban hành nhiều văn bản hướng dẫn về chính sách thuế.
"""

# Headers as tesseract reads real scans (real-directives-dev 011, 018 and 035): the capitals' tone marks misread,
# the body's small letters right.
PROVINCIAL_POLICE_OCR = """BỘ CÔNG AN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN TỈNH LÂM ĐÒNG
Độc lập - Tự do - Hạnh phúc
Số: 298/TTr- CAT-PC04
Lâm Đồng, ngày24tháng 10 năm 2025
TỜ TRÌNH
V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma tuý tự nguyện tại gia đình, cộng đồng trên địa bàn tỉnh Lâm Đồng
Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng.
Hiện nay, trên địa bàn tỉnh Lâm Đồng có 4.289 người sử dụng trái phép chất ma tuý.
Công an tỉnh đã dự thảo xong văn bản chỉ đạo của UBND tỉnh về việc tập trung thực hiện công tác cai nghiện tự nguyện.
"""
MINISTRY_DEPARTMENT_OCR = """BỘ CÔNG AN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC CẢNH SÁT ĐIÊU TRA
Độc lập - Tự do - Hạnh phúc
TỘI PHẠM VẺ MA TUÝ
Số: 3980/C04-P6
Hà Nội, ngày 28 tháng 8 năm 2025
V/v chuẩn bị tổ chức triển khai
Chương trình MTQG phòng, chông ma tuý đên năm 2030
J MỸ Ngày N72) đ6,..
Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng
Trong thời gian qua, công tác phòng, chống ma tuý tại địa bàn tỉnh Lâm Đồng đã được quan tâm lãnh đạo, chỉ đạo.
Cục Cảnh sát điều tra tội phạm về ma tuý đề nghị UBND tỉnh quan tâm, chỉ đạo.
"""
PROVINCIAL_DEPARTMENT_OCR = """-_ UBNDTỈNH PHÚ THỌ...
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYÊN THÔNG
Độc lập - Tự do - Hạnh phúc
Số: 275 /STTTT-CNTT
Phú Thọ, ngày 16 tháng 12 năm 2011
V/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.
Kính gửi:
- Các đơn vị trực thuộc sở;
Sở Thông tin và Truyền thông đề nghị các đơn vị đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.
Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.
"""

# real-directives-dev/034.doc, as its tables read column by column, a paragraph a line: a decision, signed, then
# the regulation it issues under the issuer's heading repeated.
DECISION_AND_REGULATION = """UỶ BAN NHÂN DÂN

THÀNH PHỐ HÀ NỘI

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 15/2010/QĐ-UBND

Hà Nội, ngày 26 tháng 04 năm 2010

QUYẾT ĐỊNH

Ban hành Quy định về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố Hà Nội

UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Nghị định số 97/2008/NĐ-CP ngày 28/8/2008 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố Hà Nội.

Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.

Nơi nhận:

- Như Điều 3;

- Bộ TTTT;

- Lưu: VT, VHKGh.

TM. UỶ BAN NHÂN DÂN

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH

Ngô Thị Thanh Hằng

UỶ BAN NHÂN DÂN

THÀNH PHỐ HÀ NỘI

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

QUY ĐỊNH

Về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố Hà Nội

(Ban hành kèm theo Quyết định số 15/2010/QĐ-UBND ngày 26 tháng 4 năm 2010 của Ủy ban nhân dân Thành phố Hà Nội)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Đối tượng và phạm vi điều chỉnh

Quy định này quy định về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố.
"""

# (id, text, part, expected fields)
CASES = [
    (
        "034: the attached regulation starts at the issuer's heading repeated over it, not at its type line",
        DECISION_AND_REGULATION,
        1,
        {
            "doc_type": "Quy định",
            "number": None,
            "date": "2010-04-26",
            "issuer": "Uỷ ban nhân dân Thành phố Hà Nội",  # as the regulation spells the city
            "title": "Về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố Hà Nội",
        },
    ),
    (
        "011: a province's police under the ministry, its place's tone put right from the body",
        PROVINCIAL_POLICE_OCR,
        0,
        {"issuer": "Công an tỉnh Lâm Đồng", "level": "province", "province": "Lâm Đồng", "date": "2025-10-24"},
    ),
    (
        "018: a ministry's department keeps its ministry in brackets; its words spelled as the body spells them",
        MINISTRY_DEPARTMENT_OCR,
        0,
        {
            "issuer": "Cục Cảnh sát điều tra tội phạm về ma tuý (Bộ Công an)",
            "level": "central",
            "province": None,
            "number": "3980/C04-P6",
            # the received stamp beside the subject, as OCR reads it, is no part of it
            "title": "chuẩn bị tổ chức triển khai Chương trình MTQG phòng, chông ma tuý đên năm 2030",
        },
    ),
    (
        "035: the committee's initials run into 'TỈNH', a rule's end before them; 'TRUYÊN' for 'TRUYỀN'",
        PROVINCIAL_DEPARTMENT_OCR,
        0,
        {"issuer": "Sở Thông tin và Truyền thông tỉnh Phú Thọ", "level": "province", "province": "Phú Thọ"},
    ),
    (
        "027: the decision keeps its number, date and issuer",
        DECISION_AND_PROGRAMME,
        0,
        {
            "doc_type": "Quyết định",
            "number": "435/QĐ-UBND",
            "date": "2020-05-04",
            "issuer": "Uỷ ban nhân dân tỉnh Kon Tum",
        },
    ),
    (
        "027: the programme it issues is its own record, dated and issued by the decision's note, with no number",
        DECISION_AND_PROGRAMME,
        1,
        {
            "doc_type": "Chương trình",
            "number": None,
            "date": "2020-05-04",
            "issuer": "Uỷ ban nhân dân tỉnh Kon Tum",
            "level": "province",
            "province": "Kon Tum",
            "basis": ["119-KH/TU", "37-CT/TW"],
        },
    ),
    (
        "006: the number of the decision naming the team is not the plan's",
        INSPECTION_TEAM,
        0,
        {"doc_type": "Kế hoạch", "number": "1105/KH-ĐKT", "date": "2026-03-10", "basis": ["1050/QĐ-SCT"]},
    ),
    (
        "105: a department under its general department, without diacritics, spelled as the body spells it",
        TAX_OFFICE_OCR,
        0,
        {"issuer": "Cục Thuế tỉnh Bắc Ninh", "level": "province", "province": "Bắc Ninh", "date": "2019-11-22"},
    ),
    (
        "104: a general department under its ministry, its OCR'd tones corrected from the body",
        GENERAL_DEPARTMENT_OCR,
        0,
        {
            "number": "4222/TCT-PC",
            "issuer": "Tổng cục Thuế",
            "level": "central",
            "province": None,
            "date": "2023-11-09",
        },
    ),
]


@pytest.mark.parametrize("text,part,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields(text, part, expected):
    records = parse_bytes(text.encode("utf-8"), "case.txt")
    record = records[part].to_dict()
    assert {field: record[field] for field in expected} == expected


def test_the_decision_ends_with_its_signature_not_with_the_heading_of_what_it_issues():
    decision, regulation = parse_bytes(DECISION_AND_REGULATION.encode("utf-8"), "case.txt")
    assert decision.signer == "Ngô Thị Thanh Hằng" and decision.paragraphs[-1]["zone"] == "signature"
    assert [p["text"] for p in regulation.paragraphs[:2]] == ["UỶ BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"]


def test_the_programme_title_is_its_subject_without_the_note_and_with_its_numbers_as_written():
    programme = parse_bytes(DECISION_AND_PROGRAMME.encode("utf-8"), "case.txt")[1]
    assert programme.title.startswith("Triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019")
    assert "Chỉ thị số 37-CT/TW" in programme.title and "kèm theo" not in programme.title
    assert [p["text"][:11] for p in programme.to_dict()["paragraphs"][:3]][2] == "I. MỤC ĐÍCH"


# The place-and-date lines of scans as tesseract read them (real-directives-dev 010, 011, 018, 049), under a header
# cut to what the case needs: a handwritten day misread, run into its words, a year word with a wrong mark.
OCR_DATE_LINES = [
    (
        "010: a handwritten day read as 'J2': the month and year are kept",
        "Só:J¿92 /TB-UBND Lâm Đông, ngày J2 tháng 11 năm 2025",
        None,
        "2025-11",
        2025,
    ),
    ("011: the day run into its words", "Lâm Đồng, ngày24tháng 10 năm 2025", "2025-10-24", None, 2025),
    (
        "018: the day read but the handwritten month misread as 'Ÿ': the year is kept",
        "Số: 3 49/C04-P6 Hà Nội, ngày 28 tháng Ÿ năm 2025",
        None,
        "2025",
        2025,
    ),
    ("049: 'nàm' for 'năm'", "S& 9/QD-UBND Ninh BInh, ngày 04 tháng 11 nàm 2024", "2024-11-04", None, 2024),
]


@pytest.mark.parametrize("line,date,partial,year", [c[1:] for c in OCR_DATE_LINES], ids=[c[0] for c in OCR_DATE_LINES])
def test_ocr_date_lines(line, date, partial, year):
    text = f"UỶ BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{line}\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n\nNội dung thông báo như sau.\n"
    record = parse_bytes(text.encode("utf-8"), "case.txt")[0]
    assert (record.date, record.date_partial, record.year) == (date, partial, year)


def test_a_subject_line_in_brackets_is_the_subject():
    """web4 402 (a university's notice, scanned): "THÔNG BÁO" / "(V/v Tăng cường giám sát trong phòng thi)"."""
    text = (
        "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN\nSố: 01/TB-BGH\nTp. Hồ Chí Minh, ngày 22 tháng 01 năm 2013\n\n"
        "THÔNG BÁO\n(V/v Tăng cường giám sát trong phòng thi)\n\n"
        "Hiện nay Phòng Công tác Sinh viên đã nhận được 3 bản tường trình của sinh viên về việc bị mất cắp balô.\n"
    )
    assert parse_bytes(text.encode("utf-8"), "case.txt")[0].title == "Tăng cường giám sát trong phòng thi"


def test_a_scanned_letters_subject_ends_where_its_address_begins():
    """web7 706: a scan read "Kính gửi:" onto the subject's last line, its first word lost ("… ĐKKD gửỬI:");
    web8 801: it lost the address line, and the recipients' bullets follow the subject."""
    header = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 464/TTg-CĐS\nHà Nội, ngày 04 tháng 5 năm 2026\n"
    body = "Thực hiện Kết luận số 18-KL/TW của Bộ Chính trị, Thủ tướng Chính phủ yêu cầu các bộ thực hiện ngay.\n"
    glued = "V/v triển khai các Nghị quyết cắt giảm, ĐKKD gửỬI:\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\n"
    lost = "V/v tăng cường chỉ đạo kiểm điểm tự phê bình\n- Các đồng chí Uỷ viên Ban Thường vụ Tỉnh uỷ;\n"
    titles = [parse_bytes((header + subject + body).encode("utf-8"), "case.txt")[0].title for subject in (glued, lost)]
    assert titles == ["triển khai các Nghị quyết cắt giảm, ĐKKD", "tăng cường chỉ đạo kiểm điểm tự phê bình"]


WARD_LETTER = """UỶ BAN NHÂN DÂN
PHƯỜNG 1
Số: 397 /UBND -TP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phường 1, ngày 13 tháng 03 năm 2025
V/v tăng cường triển khai thực hiện DVCTT đối với TTHC cấp bản sao điện tử từ sổ gốc và thủ tục chứng thực bản sao điện tử từ bản chính trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.
Kính gửi:
- Thường trực Đảng uỷ Phường 1;
- Thường trực HĐND Phường 1;
- Trưởng các Khu phố thuộc Phường 1;
- Toàn thể CB, CC, Người lao động Phường 1.
Thực hiện Công văn số 1848/UBND-TP ngày 10/03/2025 của Ủy ban nhân dân thành phố Vũng Tàu về việc tăng cường triển khai thực hiện DVCTT đối với TTHC cấp bản sao điện tử từ sổ gốc, Ủy ban nhân dân Phường 1 đề nghị như sau:
1. Đề nghị các khu phố tuyên truyền đến toàn thể nhân dân trên địa bàn Phường.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Vũ Đăng Khoa
"""


def test_a_ward_known_by_its_number_takes_the_town_its_text_names_and_its_subject_ends_with_a_full_stop():
    """web8 804: "PHƯỜNG 1" is one of twenty; the letter implements its town's letter, which names the town.  Its
    subject line runs past a hundred letters and ends with a full stop, as a sentence of the body does."""
    record = parse_bytes(WARD_LETTER.encode("utf-8"), "cong-van.txt")[0].to_dict()
    assert record["issuer"] == "Uỷ ban nhân dân Phường 1, thành phố Vũng Tàu"
    assert record["level"] == "commune"
    assert record["title"].startswith("tăng cường triển khai thực hiện DVCTT")
    assert record["title"].endswith("giải quyết thủ tục hành chính cấp tỉnh")
    assert record["basis"] == ["1848/UBND-TP"]


SUBMISSION_AND_DRAFT = """UỶ BAN NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI
Độc lập - Tự do - Hạnh phúc
Số: 22/TTr-UBND
Quảng Ngãi, ngày 05 tháng 02 năm 2025
TỜ TRÌNH
Về việc đề nghị giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh
Kính gửi : Hội đồng nhân dân tỉnh
Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015; trên cơ sở Nghị quyết số 58/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh về dự toán và phân bổ ngân sách địa phương năm 2025, Quyết định số 789/QĐ-UBND ngày 12/12/2024 của UBND tỉnh về việc giao dự toán năm 2025 và đề xuất của Giám đốc Sở Tài chính tại Công văn số 286/STC-HCSN ngày 21/01/2025, Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh là 10.506 triệu đồng.
Kính trình HĐND tỉnh xem xét, quyết nghị.
Nơi nhận: TM. UỶ BAN NHÂN DÂN
- Thường trực Tỉnh uỷ;
- Thường trực HĐND tỉnh;
- CT, PCT UBND tỉnh;
- Văn phòng Đoàn ĐBQH và HĐND tỉnh;
- Đại biểu HĐND tỉnh;
- BTT UBMTTQ Việt Nam tỉnh;
- Các Sở: Tài chính, Nội vụ;
- Ban Dân tộc - Tôn giáo tỉnh;
- VPUB: CVP, PCVP;
- Cổng TT-ĐT tỉnh;
- Lưu: VT, P.KTTH.
HỘI ĐỒNG NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI
Độc lập - Tự do - Hạnh phúc
Số: /NQ-HĐND
Quảng Ngãi, ngày tháng năm 2025
DỰ THẢO
NGHỊ QUYẾT
Về giao dự toán năm 2025 cho Ban Dân tộc – Tôn giáo tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
KHOÁ XIII KỲ HỌP THỨ 31
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình số /TTr-UBND ngày tháng 02 năm 2025 của Uỷ ban nhân dân tỉnh về giao dự toán cho Ban Dân tộc - Tôn giáo tỉnh năm 2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Quyết định giao dự toán năm 2025 cho Ban Dân tộc - Tôn giáo tỉnh là 10.506 triệu đồng.
Điều 2. Tổ chức thực hiện
1. Uỷ ban nhân dân tỉnh triển khai thực hiện Nghị quyết.
Nơi nhận:
- UBTV Quốc hội, Chính phủ;
- Lưu: VT, KTNS.
CHỦ TỊCH
Bùi Thị Quỳnh Vân
"""


def test_a_submission_and_the_draft_it_sends_are_two_records():
    """web8 808: the submission's list of recipients is long, so that its "Nơi nhận" stands more than a few lines
    above the draft's header; its "Lưu: VT" line closes it.  The draft's number and day are blank, its year is
    not.  What the finance department proposed ("đề xuất của …") is no basis."""
    submission, draft = parse_bytes(SUBMISSION_AND_DRAFT.encode("utf-8"), "to-trinh.txt")
    first, second = submission.to_dict(), draft.to_dict()
    assert (first["doc_type"], first["number"], first["date"]) == ("Tờ trình", "22/TTr-UBND", "2025-02-05")
    assert first["basis"] == ["58/NQ-HĐND", "789/QĐ-UBND"]
    assert (second["doc_type"], second["number"], second["date"], second["year"]) == ("Nghị quyết", None, None, 2025)
    assert second["issuer"] == "Hội đồng nhân dân tỉnh Quảng Ngãi"
    assert second["level"] == "province"
