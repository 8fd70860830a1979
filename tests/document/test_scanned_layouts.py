# ruff: noqa: E501  (the cases quote real scans, whose lines are as long as they are)
"""Extraction on what tesseract reads of typed directives printed and scanned (``bench/scan_extraction.py``): a
heading broken by the column's width, a date line that left its year on the next line, a caps subject wrapped
over many lines with the authority run in.  What OCR misreads in words ("Đẳng" for "Đảng", a space inside a
code) is put right before extraction: ``clean_ocr_text``'s examples."""

import pytest

from indexer import parse_bytes

# (id, text as the scan reads, expected fields)
CASES = [
    (
        "the heading's last word wrapped under it: 'NAM' is not a line of the issuer's name",
        """ỦY BAN NHÂN DÂN                         CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT
NAM

TỈNH LÀO CAI                                      Độc lập - Tự do - Hạnh phúc
Số: 5973 /UBND-KT                          Lào Cai, ngày 11 tháng 6 năm 2026

V/v tăng cường công tác quản lý hoạt động khoáng sản

Kính gửi: Các Sở, ban, ngành thuộc UBND tỉnh.

Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân
dân tỉnh yêu cầu các cơ quan thực hiện nghiêm các nội dung sau.
""",
        {"issuer": "Uỷ ban nhân dân tỉnh Lào Cai", "province": "Lào Cai", "number": "5973/UBND-KT"},
    ),
    (
        "the Party heading broken after 'ĐẢNG CỘNG SẢN': 'VIỆT NAM' goes back to it",
        """ĐẢNG BỘ TỈNH NINH BÌNH                         ĐẢNG CỘNG SẢN
ĐẢNG ỦY XÃ GIA VIỄN               VIỆT NAM
Số 15-KH/ĐU                          Gia Viễn, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
thực hiện Kết luận số 57-KL/TW của Bộ Chính trị
Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, Ban Thường vụ Đảng ủy xã xây dựng kế
hoạch thực hiện như sau:
""",
        {"issuer": "Đảng uỷ xã Gia Viễn", "basis": ["57-KL/TW"], "date": "2026-03-02"},
    ),
    (
        "the place and date too long for the column: the year on the next line",
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc |
Số:09/2010/QĐ-UBND              Cần Thơ, ngày 21 tháng 01 năm
2010

QUYẾT ĐỊNH

Ban hành Quy định tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ

ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ

Căn cứ Nghị định số 81/2002/NĐ-CP ngày 17 tháng 10 năm 2002 của Chính phủ;
""",
        {"date": "2010-01-21", "number": "09/2010/QĐ-UBND", "year": 2010},
    ),
    (
        "a caps subject wrapped over six lines, a programme's type inside it, the authority's first words at its end",
        """UỶ BAN NHÂN DÂN TỈNH KON TUM
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 435/QĐ-UBND
Kon Tum, ngày 04 tháng 5 năm 2020
QUYẾT ĐỊNH
V/V BAN HÀNH
CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18
THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH UỶ VỀ THỰC HIỆN CHỈ THỊ
SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG
ĐẢNG VỀ XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ ỦY BAN NHÂN
DÂN TỈNH KON TUM

Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "doc_type": "Quyết định",
            "title": "Ban hành chương trình hành động triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 "
            "của Ban Thường vụ Tỉnh uỷ về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư "
            "Trung ương Đảng về xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ",
        },
    ),
    (
        "a decision's type line with the subject's start, the rest wrapped, the authority run into its end",
        """UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH BAN HÀNH
MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA
BÀN TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH

Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;
""",
        {"title": "Ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội áp dụng trên địa bàn tỉnh Tuyên Quang"},
    ),
    (
        "a speck read as a full stop at a caps subject line's end: the subject goes on below it",
        """Số:  435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH
CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18
THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ
SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG
ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO.
ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN
DÂN TỈNH KON TUM
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "title": "Ban hành chương trình hành động triển khai Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 "
            "của Ban Thường vụ Tỉnh uỷ về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư "
            "Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và "
            "tiến bộ trong tình hình mới”"
        },
    ),
    (
        "a caps subject's last word wrapped alone onto a line: no authority is named in one word",
        """Hà Nội, ngày 26 tháng 01 năm 2026

NGHỊ QUYẾT

TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ HUY QUÂN SỰ XÃ, PHƯỜNG, ĐẶC
KHU TRỰC THUỘC BỘ CHỈ HUY QUÂN SỰ TỈNH, THÀNH PHỐ TRỰC THUỘC
TRUNG ƯƠNG, BỘ TƯ LỆNH THỦ ĐÔ HÀ NỘI, BỘ TƯ LỆNH THÀNH PHỐ HỒ CHÍ
MINH

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
""",
        {
            "title": "Tổ chức và hoạt động của Ban Chỉ huy Quân sự xã, phường, đặc khu trực thuộc bộ chỉ huy Quân sự "
            "tỉnh, thành phố trực thuộc Trung ương, bộ tư lệnh thủ đô Hà Nội, bộ tư lệnh thành phố Hồ Chí Minh"
        },
    ),
    (
        "web6 602, a Government portal's scan: a speck before the type line, Q read as O, the e-signature stamp "
        "read under a subject in small letters",
        """CHINHPHLI VNThời gian ký: 97.01.2025 16:02:32 +07:00 ; r(//
THỦ TƯỚNG CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 01/2025/QĐ-TTg
Hà Nội, ngày 03 tháng 01 năm 2025
: ,OUYẾT ĐỊNH
Bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg ngày 30 tháng 11 năm 2010 của Thủ tướng Chính phủ về mức giá trị hàng hoá nhập khẩu gửi qua dịch vụ chuyển phát nhanh được miễn thuế
TH: ĐIỆN TỬ CHÍNH P
Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 06 tháng 4 năm 2016;
""",
        {
            "doc_type": "Quyết định",
            "title": "Bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg ngày 30 tháng 11 năm 2010 của Thủ tướng Chính phủ về "
            "mức giá trị hàng hoá nhập khẩu gửi qua dịch vụ chuyển phát nhanh được miễn thuế",
        },
    ),
    (
        "web6 603, a joint circular's scan: its three issuers' column misread; the number names them",
        """B Cơ quan: Văn phòng Chính phủ
Thời gian ký: 03.03.2016 15:24:25 +07:00
TOÀ ÁN NHÂN DÂN TỚI CAO
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN KIỄM SÁT NHÂN ĐÂN TÓI CAO
Độc lập - Tự do - Hạnh phúc
BỘ TƯ PHÁP TU tằm
Số: 01/2016/TTLT-TANDTC-VKSNDTC-BTP
Hà Nội, ngày 06 tháng 01 năm 2016
Căn cứ Luật hôn nhân và gia đình số 52/2014/QH13,
Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13 tháng _ 3 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyên hạn và cơ cấu tô chức của Bộ Tư pháp;
Chánh án Toà án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao, Bộ trưởng Bộ Tư pháp ban hành Thông tư liên tịch hướng dẫn thị hành một số quy định của Luật hôn nhân và gia đình số 52/2014/QH13 (sau đây viết tắt là Luật hôn nhân và gia đình) như sau:
Điều 1. Phạm vi điều chỉnh
""",
        {
            # the stamp covered the type line and the subject: the enacting sentence names the subject
            "title": "hướng dẫn thị hành một số quy định của Luật hôn nhân và gia đình số 52/2014/QH13",
            "issuer": "Toà án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Tư pháp",
            "level": "central",
            "province": None,
        },
    ),
    (
        "web6 601, the portal's stamp read over a subject as a caps line with specks among its words",
        """CHINHPHU.VNThời gian ký: 08. 01. 2025 10:04:00 +07:00
UỶ BAN NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ
Độc lập - Tự do - Hạnh phúc
Số: 3 /2025/QĐ-UBND
Phú Thọ, ngày 01 tháng 7 năm 2025
QUYÉT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ
GÔNG THÔNGTN x=_ TỦ CHÍNH PHỦ
Căn cứ Luật Tổ chức chỉnh quyên địa phương ngày 16 tháng 6 năm 2025;
""",
        {"title": "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ"},
    ),
    (
        "web7 714: a day written by hand read with a bar ('3/|'): the month and year kept, not cut as a table's cells",
        """Tỉnh Quảng Ngãi ký: 17/01/2025 08:56:09
UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
Số: 660 /TB-UBND                Quảng Ngãi, ngày 3/| tháng 12 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tình hình thực hiện dự án trên địa bàn huyện Bình Sơn

Ngày 24/12/2024, tại trụ sở UBND huyện Bình Sơn, Chủ tịch UBND tỉnh đã chủ trì cuộc họp nghe báo cáo tình hình.
""",
        {"number": "660/TB-UBND", "date": None, "date_partial": "2024-12", "year": 2024},
    ),
    (
        "web7 713: the day unread, the e-signature's time read through a speck ('Thời l gian ký') dates the letter",
        """Ký bởi: xöy bạn nhân dân n tỉnh Qu uảng Ngãi l©)
Š quan: Tỉnh Quảng Ngãi \\oÀ_ Thời l gian ký: 15/01/2025 17:10:17
UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
Số: 299/UBND-TTHC               Quảng Ngãi, ngày/|Š tháng 01 năm 2025
V/v công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC
Kính gửi: Sở Giao thông vận tải
Thực hiện nội dung các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng Bộ Giao thông vận tải.
""",
        {"number": "299/UBND-TTHC", "date": "2025-01-15", "year": 2025},
    ),
]


DECISION_AND_PROGRAMME = """UỶ BAN NHÂN DÂN TỈNH KON TUM
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 435/QĐ-UBND
Kon Tum, ngày 04 tháng 5 năm 2020
QUYẾT ĐỊNH
Về việc ban hành Chương trình hành động triển khai Kế hoạch số 119-KH/TU
ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện Kế hoạch số
119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu VT, KGVX2.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp
CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18
THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ
sO 37-CT/TW NGAY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG
(Ban hành kèm theo Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh
Kon Tum)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cấp ủy, chính quyền về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.
"""


def test_a_photographed_decision_and_the_programme_it_issues():
    """The page break lost between the signature and the programme's heading, a letter of the heading read small:
    the programme is still a document of its own."""
    decision, programme = (d.to_dict() for d in parse_bytes(DECISION_AND_PROGRAMME.encode("utf-8"), "van-ban.txt"))
    assert (decision["doc_type"], decision["number"]) == ("Quyết định", "435/QĐ-UBND")
    assert (programme["doc_type"], programme["issuer"], programme["date"]) == (
        "Chương trình",
        "Uỷ ban nhân dân tỉnh Kon Tum",
        "2020-05-04",
    )
    assert programme["title"].startswith("Triển khai Kế hoạch số 119-KH/TU")


CASES += [
    (
        "the heading's first word garbled by specks ('Ý.. KTỤNG HÒA XÃ HỘI …', dev 034 scanned noisy): no part of the name",
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Ý.. KTỤNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do —- Hạnh phúc
an
Số: 15/2010/QĐ-UBND
Hà Nội, ngày 26 tháng 04 năm 2010

QUYẾT ĐỊNH
Ban hành Quy định về quản lý, cung cấp, sử dụng Internet
tại các đại lý Internet trên địa bàn Thành phố Hà Nội

ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
""",
        {"issuer": "Uỷ ban nhân dân thành phố Hà Nội", "level": "province"},
    ),
    (
        "the month's figures read as letters ('tháng II' for 11, a scanned letter of the Bắc Giang industrial zones)",
        """UBND TỈNH BẮC GIANG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CÁC KCN
Độc lập - Tự do - Hạnh phúc
Số: 406/KCN-QHMT
Bắc Giang, ngày 16 tháng II năm 2012
Thực hiện chương trình quan trắc đánh giá hiện trạng môi trường của các khu, cụm công nghiệp năm 2012. Ban Quản lý các KCN tỉnh Bắc Giang tiến hành triển khai Kế hoạch Lấy mẫu các điểm quan trắc môi trường 2012.
""",
        {"date": "2012-11-16", "year": 2012},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_scanned_layouts(text, expected):
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert {field: document[field] for field in expected} == expected
