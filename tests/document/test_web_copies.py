# ruff: noqa: E501, W291, W293  (the cases quote real pages, whose lines are as long as they are)
"""Extraction on copies of directives taken from websites: what a researcher saves from a legal website or a
newspaper, header or no header.  Each case quotes a real page, cut to what the case needs."""

import pytest

from indexer import parse_bytes

CASES = []

# Copies that kept only a website's heading over the body: a news site's caps heading (Kết luận 127-KL/TW,
# 2025), and the legal website's title of dev 028 over its letter with the header cut away.
CASES += [
    (
        "a news site's caps heading: type, number, issuer and subject on one line, no header",
        """KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU, ĐỀ XUẤT TIẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁY CỦA HỆ THỐNG CHÍNH TRỊ
Tại phiên họp ngày 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo về các nội dung, nhiệm vụ và tiến độ thời gian triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị theo chỉ đạo, kết luận của Trung ương, Bộ Chính trị (Công văn số 8011-CV/BTCTW, ngày 27/02/2025), Bộ Chính trị, Ban Bí thư có ý kiến như sau:
I- MỤC TIÊU, YÊU CẦU
1. Bảo đảm các nguyên tắc, mục tiêu, yêu cầu theo các kết luận của Ban Chấp hành Trung ương Đảng.
""",
        {
            "doc_type": "Kết luận",
            "number": "127-KL/TW",
            "issuer": "Bộ Chính trị, Ban Bí thư",
            "level": "central",
            "title": "Về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị",
        },
    ),
    (
        "028 without its header: the legal website's title names type, number, year, subject and issuer",
        """Công văn 2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi do Văn phòng Chính phủ ban hành
Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin, theo khảo sát, có tới 80 nghìn công ty cổ phần là công ty gia đình (bố, mẹ, con sở hữu cổ phần) và nhiều công ty cổ phần không biết hội đồng quản trị, đại hội đồng cổ đông là gì.
Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp nhằm khắc phục tình trạng nêu trên.
""",
        {
            "doc_type": "Công văn",
            "number": "2739/VPCP-ĐMDN",
            "issuer": "Văn phòng Chính phủ",
            "level": "central",
            "year": 2019,
            "title": "quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi",
        },
    ),
    (
        "a citation opening a body is no heading: its date follows the number",
        """Quyết định số 1050/QĐ-SCT ngày 12/5/2024 của Sở Công Thương tỉnh Lào Cai đã thành lập Đoàn kiểm tra.
Đoàn kiểm tra làm việc tại các doanh nghiệp trên địa bàn.
""",
        {"doc_type": None, "number": None, "title": None},
    ),
]
# Legal websites' pages as a researcher copies them (Kế hoạch 135/KH-UBND Sóc Trăng 2022, 155/KH-UBND Bắc Ninh
# 2017, 54/KH-UBND Lạng Sơn 2020): table cells one per line with their bars, the national heading broken by a
# narrow column, a citation's number on the line after "số", the site's metadata above the header, a crawl
# that kept the page's line breaks escaped.
CASES += [
    (
        "a web page's narrow header cells, its heading broken in two, citations broken before their numbers",
        """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 135/KH-UBND
|
Sóc Trăng, ngày
27 tháng 09 năm 2022
|
KẾ HOẠCH
RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG
NĂM 2022
Căn cứ Nghị định số
07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai
đoạn 2021 - 2025;
Căn cứ Quyết định số
24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà
soát hộ nghèo, hộ cận nghèo hằng năm;
Căn cứ Quyết định số
2212/QĐ-UBND ngày 27/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc
thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo giai đoạn 2021 - 2025, tỉnh
Sóc Trăng;
Thực hiện Công văn số
3444/LĐTBXH-VPQG ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Rà soát đúng quy trình.
""",
        {
            "number": "135/KH-UBND",
            "issuer": "Uỷ ban nhân dân tỉnh Sóc Trăng",
            "date": "2022-09-27",
            "title": "Rà soát hộ nghèo, hộ cận nghèo trên địa bàn tỉnh Sóc Trăng năm 2022",
            "basis": ["07/2021/NĐ-CP", "24/2021/QĐ-TTg", "2212/QĐ-UBND", "3444/LĐTBXH-VPQG"],
        },
    ),
    (
        "a website's metadata table between its heading and the header: one document, not two",
        """Kế hoạch 155/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia về đăng ký và thống kê hộ tịch giai đoạn 2017-2024 trên địa bàn tỉnh Bắc Ninh
Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác
Nơi ban hành: Tỉnh Bắc Ninh Người ký: Nguyễn Tiến Nhường
Ngày ban hành: 26/05/2017 Ngày hiệu lực: Đang cập nhật
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Lĩnh vực: Hành chính tư pháp, Thống kê, Tình trạng: Đang cập nhập
Ngày hết hiệu lực: Đang cập nhật

ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 155/KH-UBND

Bắc Ninh, ngày 26 tháng 5 năm 2017

 

KẾ HOẠCH

TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH BẮC NINH

Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia của Việt Nam về đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024 trên địa bàn tỉnh Bắc Ninh như sau:

I. MỤC TIÊU

1. Mục tiêu tổng quát
""",
        {
            "number": "155/KH-UBND",
            "issuer": "Uỷ ban nhân dân tỉnh Bắc Ninh",
            "date": "2017-05-26",
            "basis": ["123/2015/NĐ-CP", "101/QĐ-TTg"],
        },
    ),
    (
        "a crawl that kept the page's line breaks escaped ('\\r\\n')",
        r"""\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n
\r\n Số: 54/KH-UBND \r\n | \r\n \r\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \r\n | \r\n
\r\n\r\n\r\n\r\n\r\n\r\n
Thực hiện Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình “Chăm sóc dinh dưỡng\r\n1.000 ngày đầu đời nhằm phòng chống suy dinh dưỡng bà mẹ, trẻ em, nâng cao tầm\r\nvóc người Việt Nam”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương\r\ntrình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời” đến năm 2025, tầm nhìn đến năm\r\n2030 như sau:
\r\n\r\n\r\n\r\n1. Mục tiêu chung
\r\n\r\nCải thiện tình trạng dinh dưỡng của\r\nphụ nữ có thai và trẻ em dưới 2 tuổi.
""",
        {"number": "54/KH-UBND", "province": "Lạng Sơn", "date": "2020-03-27", "basis": ["1896/QĐ-TTg"]},
    ),
]

# A document-sharing site's text of a PDF (Quyết định 1961/QĐ-UBND, Kiên Giang 2019): every dash lost, the site's
# own title (with a year the number does not have) above the header.
CASES.append(
    (
        "a PDF's text that lost every dash, under a sharing site's title",
        """Tải bản đầy đủ (.pdf) (12 trang)

Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang

Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (491.32 KB, 12 trang )

ỦY BAN NHÂN DÂN 
TỈNH KIÊN GIANG

Số: 1961/QĐUBND

CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc 

Kiên Giang, ngày 28 tháng 8 năm 2019

 
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ 
MỘT CỬA, MỘT CỬA LIÊN THÔNG TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG 
TỈNH KIÊN GIANG
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương 
trình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020;
Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế 
một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ 
hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018  
của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành 
chính;
Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về 
việc thành lập Trung tâm Phục vụ hành chính công tỉnh Kiên Giang;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
""",
        {
            "doc_type": "Quyết định",
            "number": "1961/QĐ-UBND",
            "date": "2019-08-28",
            # "30c/NQCP": a resolution numbered with a letter, its dash lost too
            "basis": ["30c/NQ-CP", "61/2018/NĐ-CP", "01/2018/TT-VPCP", "2468/QĐ-UBND"],
            # the subject's last line names the province; the authority line under it does not go on with it
            "title": "Ban hành quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên "
            "thông tại trung tâm phục vụ hành chính công tỉnh Kiên Giang",
        },
    )
)

# A legal website's narrow column wraps a caps subject; its last line is short and names no body
# (real-directives-web6 609, KH 75/KH-UBND Bình Định 2022; 611, KH 258/KH-UBND Lào Cai 2021): it is the subject's.
CASES += [
    (
        "a caps subject's last short line that names no body is the subject's",
        """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 75/KH-UBND
|
Bình Định, ngày
19 tháng 05 năm 2022
|
KẾ HOẠCH
XÂY DỰNG NỀN TẢNG SỐ, HOÀN THIỆN VÀ PHÁT TRIỂN DỊCH VỤ Y TẾ
THÔNG MINH PHỔ CẬP ĐẾN CẤP CƠ SỞ, ĐẢM BẢO ĐIỀU KIỆN THAM GIA VÀO MẠNG LƯỚI Y TẾ
THÔNG MINH TOÀN QUỐC
Thực hiện Chương trình hành động số 12-CTr/TU ngày 12/4/2021 của Tỉnh ủy.
""",
        {
            "number": "75/KH-UBND",
            "title": "Xây dựng nền tảng số, hoàn thiện và phát triển dịch vụ y tế thông minh phổ cập đến cấp cơ sở, "
            "đảm bảo điều kiện tham gia vào mạng lưới y tế thông minh toàn quốc",
        },
    ),
    (
        "the place a caps subject ends on, on its own line under a quoted name",
        """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số:
258/KH-UBND
|
Lào Cai, ngày 07 tháng 06 năm 2021
|
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025”
TRÊN ĐỊA BÀN TỈNH LÀO CAI
Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ.
""",
        {"title": "Triển khai thực hiện đề án “trồng một tỷ cây xanh giai đoạn 2021-2025” trên địa bàn tỉnh Lào Cai"},
    ),
]

# A narrow column breaks a ministry's name after its head word (real-directives-web6 608, Thông tư 05/2008/TT-BYT).
CASES.append(
    (
        "a ministry's name broken after 'BỘ'",
        """BỘ
Y TẾ
-----
|
CỘNG
HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
-------
|
Số: 05 /2008/TT-BYT
|
Hà Nội, ngày 14 tháng 5 năm 2008
|
THÔNG TƯ
HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ
CHỨC BỘ MÁY DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH Ở ĐỊA PHƯƠNG
Căn cứ Nghị
định số 188/2007/NĐ-CP ngày 27 tháng 12 năm
2007 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của
Bộ Y tế;
""",
        {"number": "05/2008/TT-BYT", "issuer": "Bộ Y tế", "level": "central", "province": None},
    )
)

# Copies that lost the type line (real-directives-web6 605, Nghị quyết 01/2008/NQ-HĐND quận 2) or kept only the
# site's heading and the authority line (web6 607, Quyết định 612/QĐ-UBND Vĩnh Long, a Chairman's decision).
CASES += [
    (
        "a resolution without its type line: the caps subject on 'VỀ' under the date, the authority line under it",
        """HỘI
ĐỒNG NHÂN DÂN QUẬN 2 |
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2008/NQ-HĐND |
Quận 2, ngày 11 tháng 01 năm 2008 |
VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008
HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14
Căn cứ Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
""",
        # only Hồ Chí Minh City numbered its districts
        {"doc_type": "Nghị quyết", "title": "Về nhiệm vụ kinh tế - xã hội năm 2008", "province": "Hồ Chí Minh"},
    ),
    (
        "a site's heading joins the number's year to the subject with 'về'; the Chairman's authority line in the header",
        """Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long
Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |
Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 612/QĐ-UBND |
Vĩnh Long, ngày 05 tháng 3 năm 2020 |
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Vĩnh Long",
            "title": "phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của "
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long",
        },
    ),
]

# web12: a header that lost its type's letters from the number, a women's union that names its province bare, a
# commune plan's header in table cells with an empty cell left under its subject.
CASES += [
    (
        "web12 1212: 'Số: 1281/-UBND', the page's own heading names the whole number; the site's wrong place line",
        """Quyết định 1281/QĐ-UBND

Quyết định 1281/QĐ-UBND năm 2014 công bố thủ tục hành chính được bổ sung thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Hà Tĩnh

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1281/-UBND

Hà Nội, ngày 13 tháng 05 năm 2014

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH HÀ TĨNH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;
""",
        {"number": "1281/QĐ-UBND", "doc_type": "Quyết định", "province": "Hà Tĩnh", "date": "2014-05-13"},
    ),
    (
        "web12 1208: 'HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN / BAN THƯỜNG VỤ': the province's unit goes before its name",
        """Đề cương tuyên truyền kết quả Đại hội Đại biểu phụ nữ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2021 - 2026

  •   Thứ năm - 28/10/2021 13:52
  •   406
LOGO dai hoi
HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN
              BAN THƯỜNG VỤ
Phú Yên, ngày 25 tháng 10 năm 2021
 
ĐỀ CƯƠNG TUYÊN TRUYỀN
                                                 KẾT QUẢ ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH LẦN THỨ XVII
                                                                                                NHIỆM KỲ 2021-2026
 
Đại hội Đại biểu phụ nữ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2021 - 2026 được tổ chức vào ngày 25 tháng 10 năm 2021 tại Nhà Văn hóa Diên Hồng, TP.Tuy Hòa.
""",
        {"issuer": "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Phú Yên", "level": "province", "date": "2021-10-25"},
    ),
    (
        "web12 1202: a commune plan's header in table cells; the cell left empty under the subject is not its end",
        """UBND xã Tịnh Trà ban hành kế hoạch chuyển đổi số
UỶ BAN NHÂN DÂN XÃ TỊNH TRÀ |
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc |
Số: /KH-UBND |
Tịnh Trà, ngày 26 tháng 4 năm 2024 |
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023
Của Ban Thường vụ Tỉnh uỷ khoá XX về Chuyển đổi số tỉnh Quảng Ngãi
Đến năm 2025, định hướng đến năm 2030
|
Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy.
""",
        {
            "number": None,
            "issuer": "Uỷ ban nhân dân xã Tịnh Trà",
            "level": "commune",
            "title": "Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh uỷ khoá XX về "
            "Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến năm 2030",
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_web_copies(text, expected):
    records = parse_bytes(text.encode("utf-8"), "van-ban.txt")
    assert len(records) == 1
    assert {field: records[0].to_dict()[field] for field in expected} == expected


def test_a_decision_run_on_after_the_signature_of_another_is_its_own_record():
    """web12 1213: a legal site ran a second decision, its header dropped, after the first one's signature: its
    type line, subject, authority line and grounds make it a record of its own, the Chairman's."""
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 9 tháng 11 năm 2010

QUYẾT ĐỊNH

Ủy quyền để Chủ tịch Ủy ban nhân dân huyện thị xã cho phép thành lập hội có phạm vi hoạt động trong xã, phường, thị trấn tỉnh Bình Dương

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;

QUYẾT ĐỊNH

Điều 1. Ủy quyền để Chủ tịch Ủy ban nhân dân huyện, thị xã cho phép thành lập; chia; tách; sáp nhập; hợp nhất; giải thể; đổi tên và phê duyệt điều lệ đối với hội có phạm vi hoạt động xã, phường, thị trấn và ấp, khu phố thuộc tỉnh Bình Dương.

Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành quyết định này kể từ ngày ký./.

CHỦ TỊCH

(Đã ký)

Nguyễn Hoàng Sơn

QUYẾT ĐỊNH

Ban hành Quy định về tổ chức, hoạt động và quản lý hội trên địa bàn tỉnh Bình Dương

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;
"""
    first, second = (r.to_dict() for r in parse_bytes(text.encode("utf-8"), "van-ban.txt"))
    assert first["title"].startswith("Uỷ quyền để Chủ tịch") and first["date"] == "2010-11-09"
    assert second["title"] == "Ban hành Quy định về tổ chức, hoạt động và quản lý hội trên địa bàn tỉnh Bình Dương"
    assert (second["doc_type"], second["issuer"], second["province"]) == (
        "Quyết định",
        "Chủ tịch Uỷ ban nhân dân tỉnh Bình Dương",
        "Bình Dương",
    )
