# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Schools and public units, national bodies' provincial branches, older acts, pages named by their headline
(bench/real-directives-web48 … web51): a school's line typed in the sentence's case or run into its office's; a
college under its city; a school's own unit; a day no calendar has; a national body over its branch; a place line
naming the province's seat; a national organising board; a decision's issuer line in small letters; a list's
first ground typed without "Căn cứ"; codes with an ampersand or a space.  Each case quotes a real document, cut
to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = []

CASES += [
    (
        "a school's line typed in the sentence's case under its district's council, a ground without 'Căn cứ' first",
        """Kế hoạch Tuyển sinh lớp 6 năm học 2018 - 2019
UBND HUYỆN QUỐC OAI
Trường THCS Tân Hòa
_______________________
Số : 24/2018/KH-TSTH

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quốc Oai, ngày 10 tháng  5 năm 2018

KẾ HOẠCH
Tuyển sinh vào lớp 6
Năm học 2018-2019
        - Công văn số 1352/SGD&ĐT-QLT ngày 13/4/2018 của Sở GD&ĐT Hà Nội về hướng dẫn tuyển sinh vào các trường mầm non, lớp 1, lớp 6 năm học 2018-2019.
         - Căn cứ công văn số 1544/SGD&ĐT-QLT ngày 27/4/2018 của Sở GD&ĐT Hà Nội về việc thực hiện công tác tuyển sinh lớp 6 năm học 2018-2019.
- Căn cứ Hướng dẫn số 123/ PGD&ĐT- THCS ngày 4/5/2018 v/v tuyển sinh vào các trường mầm non, lớp 1, lớp 6 của PGD-ĐT Quốc Oai,  trường THCS TÂN hÒA xây dựng kế hoạch tuyển sinh vào lớp 6 năm học 2018-2019 như sau:
 1. MỤC ĐÍCH, YÊU CẦU
""",
        {
            "issuer": "Trường Trung học cơ sở Tân Hoà",
            "level": "commune",
            "province": "Hà Nội",
            "basis": ["1352/SGDĐT-QLT", "1544/SGDĐT-QLT", "123/PGDĐT-THCS"],
        },
    ),
    (
        "a school's line run into its town's education office ('T.X BA ĐỒNTRƯỜNG TH …'): the school, the town's province",
        """KẾ HOẠCH TỔ CHỨC NGÀY SÁCH VIỆT NAM LẦN THỨ 7
Tháng Tư 18, 2020 4:07 chiều
PHÒNG GD-ĐT T.X BA ĐỒNTRƯỜNG TH QUẢNG TIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh phúc
Quảng Tiên, ngày 18 tháng 4 năm 2020
KẾ HOẠCH
Thực hiện Ngày Sách Việt Nam và hưởng ứng Hội Sách Online chào mừng Ngày Sách Việt Nam lần thứ 7
Thực hiện Công văn số 34/CV-PGDĐT ngày 16/4/2020 về việc thực hiện Ngày Sách VN (21/4);
""",
        {"issuer": "Trường Tiểu học Quảng Tiên", "level": "commune", "province": "Quảng Bình"},
    ),
    (
        "a school's unit under the school, its header's day in a month no calendar has: the school's level, the year",
        """Tổ chức Ngày hội đọc sách năm học 2019 - 2020
TRƯỜNG TH LƯƠNG YÊN
PHÒNG THƯ VIỆN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 02 -KH/TVLY
Lương Yên, ngày 30 tháng 0 năm 2020
KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH
Năm học 2019 -2020
Căn cứ Quyết định số 248/QĐ - TTg ngày 24/02/2014 của Thủ tướng Chính phủ về việc tổ chức Ngày sách Việt Nam (21/4)
""",
        {"number": "02-KH/TVLY", "level": "commune", "date": None, "year": 2020},
    ),
    (
        "a college under its city's council is cited by its own name",
        """UBND THÀNH PHỐ HỒ CHÍ MINH
TRƯỜNG CAO ĐẲNG CÔNG NGHỆ
THỦ ĐỨC
Số: 34/QĐ-CNTĐ-ĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thủ Đức, ngày 09 tháng 02 năm 2018
QUYẾT ĐỊNH
Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức
""",
        {"issuer": "Trường Cao đẳng Công nghệ Thủ Đức", "level": "province", "province": "Hồ Chí Minh"},
    ),
    (
        "an upper-secondary school under a centrally governed city's department sits at the province's level",
        """Kế hoạch kiểm tra học kì I
SỞ GIÁO DỤC VÀ ĐÀO TẠO
THÀNH PHỐ ĐÀ NẴNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
TRƯỜNG TRUNG HỌC PHỔ THÔNG
PHAN THÀNH TÀI
Số:       /KH-THPTPTT
Đà Nẵng, ngày      tháng 12 năm 2020
KẾ HOẠCH
Về việc ôn tập và kiểm tra học kì I
""",
        {"issuer": "Trường Trung học phổ thông Phan Thành Tài", "level": "province", "province": "Đà Nẵng"},
    ),
    (
        "a national body's heading over its city's branch: the branch issues",
        """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI
TP.HỒ CHÍ MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2970/TB-BHXH
TP.Hồ Chí Minh, ngày 23 tháng 6 năm 2023
THÔNG BÁO
VỀ VIỆC BAN HÀNH, ĐIỀU CHỈNH QUY TRÌNH VÀ PHIẾU GIAO NHẬN THEO CƠ CHẾ MỘT CỬA
""",
        {"issuer": "Bảo hiểm xã hội thành phố Hồ Chí Minh", "level": "province", "province": "Hồ Chí Minh"},
    ),
]

CASES += [
    (
        "a site's copy whose header kept the council bare, signed in the province's seat typed 'Long xuyên'",
        """Chỉ thị 17/2000/CT-UB về chống lũ bảo vệ sản xuất - tài sản của nhân dân và Nhà nước
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số : 17/2000/CT-UB |
Long xuyên, ngày 12 tháng 7 năm 2000 |
CHỈ THỊ
VỀ CHỐNG LŨ BẢO VỆ SẢN XUẤT- TÀI SẢN CỦA NHÂN DÂN VÀ NHÀ NƯỚC
Thực hiện Công điện số 648/CP-NN ngày 11/7/2000 của Thủ tướng Phan Văn Khải.
Tình hình thời tiết, mưa lũ còn phức tạp Chủ tịch UBND tỉnh chỉ thị:
1- Tất cả Sở, ngành, UBND huyện, thị, thành phố theo dõi chặt chẽ diễn biến thời tiết, khí hậu, mưa lũ ở An Giang.
""",
        {
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh An Giang",
            "province": "An Giang",
            "date": "2000-07-12",
        },
    ),
    (
        "a national congress's organising board writes from Hà Nội: central, no province",
        """BAN TỔ CHỨC
ĐẠI HỘI ĐẠI BIỂU
CÁC DÂN TỘC THIỂU SỐ VIỆT NAM
TIỂU BAN THI ĐUA – KHEN THƯỞNG
-------------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số: 13/BTC-TĐKT
V/v bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện
Hà Nội, ngày 08 tháng 09 năm 2009
""",
        {"level": "central", "province": None, "number": "13/BTC-TĐKT"},
    ),
    (
        "a decision's issuer line typed in small letters before its subject",
        """Sign In
QUYẾT ĐỊNH
Của thủ tướng chính phủ về việc phê duyệt đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004 – 2005
______________________
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Căn cứ Nghị định số 82/2001/NĐ-CP ngày 06 tháng 11 năm 2001 của Chính phủ về nghi lễ Nhà nước và đón tiếp khách nước ngoài;
QUYẾT ĐỊNH:
""",
        {
            "issuer": "Thủ tướng Chính phủ",
            "level": "central",
            "title": "phê duyệt đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004 - 2005",
        },
    ),
    (
        "a page headed by the document's type and issuer, without its header",
        """Công điện của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng về việc chủ động phòng chống cơn bão số 10 năm 2025
Theo tin từ Trung tâm dự báo khí tượng thủy văn Quốc gia, bão Bualoi đã đi vào Biển Đông, trở thành cơn bão số 10 năm 2025.
""",
        {"doc_type": "Công điện", "issuer": "Chủ tịch Uỷ ban nhân dân thành phố Hải Phòng", "province": "Hải Phòng"},
    ),
    (
        "a ministry's and a department's codes typed with an ampersand after a spaced dash, and with a space",
        """UBND HUYỆN KỲ ANH
TRƯỜNG THCS KỲ SƠN
Số:  36/KH-THCS
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT  NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Sơn, ngày 06 tháng 7 năm 2022
KẾ HOẠCH TUYỂN SINH VÀO LỚP 6
 • Căn cứ vào Thông tư số 32/2020/TT- BGD&ĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học cơ sở;
 • Công văn số 943/SGD ĐT-GDTrH ngày 18/5/2022 của Sở GD & ĐT Hà Tĩnh về việc hướng dẫn tuyển sinh lớp 1 và lớp 6 năm học 2022-2023;
      Trường THCS Kỳ Sơn  lập Kế hoạch tuyển sinh lớp 6 năm học 2022 – 2023 như sau:
""",
        {"basis": ["32/2020/TT-BGDĐT", "943/SGDĐT-GDTrH"], "level": "commune"},
    ),
]

CASES += [
    (
        "a notice copied without its header closes in its committee's voice: 'trân trọng thông báo./.'",
        """Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ về quản lý và tổ chức lễ hội;
Thực hiện Công điện số 01/CĐ-UBND ngày 31/01/2020 của y ban nhân dân tỉnh Hòa Bình;
y ban nhân dân huyện Mai Châu thông báo tạm dừng Lễ hội Xên Mường huyện Mai Châu năm 2020 dự kiến tổ chức vào ngày 03/02/2020 tại xã Chiềng Châu, huyện Mai Châu;
Ủy ban nhân dân huyện Mai Châu trân trọng thông báo./.
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU
Đặng Mai Sơn
""",
        {"issuer": "Uỷ ban nhân dân huyện Mai Châu", "level": "district", "province": "Hoà Bình"},
    ),
    (
        "an outline whose first part opens with its grounds, and tells of another body's conclusion: its own type",
        """ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN HUYỆN THUẬN CHÂU
Lượt xem: 14

I. CHỦ TRƯƠNG SẮP XẾP ĐƠN VỊ HÀNH CHÍNH

Căn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII;

Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính năm 2025;

Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU ngày 16/4/2025 về chủ trương sắp xếp ĐVHC cấp xã trên địa bàn tỉnh Sơn La.

II. SỰ CẦN THIẾT SẮP XẾP ĐVHC CẤP XÃ
""",
        {"doc_type": "Đề cương", "number": None, "basis": ["60-NQ/TW", "76/2025/UBTVQH15"]},
    ),
]

CASES += [
    (
        "a province's portal over its editorial board: the board of that portal",
        """CỔNG THÔNG TIN ĐIỆN TỬ
TỈNH VĨNH LONG
BAN BIÊN TẬP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 91 /CTTĐT-BBT
V/v thông báo kết quả đăng tải dự thảo Nghị quyết ban hành quy định chính sách hỗ trợ đào tạo, bồi dưỡng cán bộ, công chức, viên chức
Vĩnh Long, ngày 09 tháng 02 năm 2026
Kính gửi: Sở Nội vụ tỉnh Vĩnh Long
Căn cứ Quyết định số 630/QĐ-UBND ngày 17/7/2025 của Chủ tịch UBND tỉnh Vĩnh Long về việc thành lập Ban Biên tập Cổng thông tin điện tử của Ủy ban nhân dân tỉnh Vĩnh Long;
""",
        {"issuer": "Ban Biên tập Cổng thông tin điện tử tỉnh Vĩnh Long", "level": "province"},
    ),
    (
        "a caps subject whose province's name a wrap split, its last line closed by a period",
        """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 85/QĐ-UBND
|
An Giang, ngày 14
tháng 01 năm 2019
|
QUYẾT ĐỊNH
PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN LIÊN KẾT SẢN
XUẤT GIỐNG CÁ TRA 03 CẤP CHẤT LƯỢNG CAO VÙNG ĐỒNG BẰNG SÔNG CỬU LONG TẠI AN
GIANG GIAI ĐOẠN 2018 - 2025.
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "title": "Phê duyệt kế hoạch triển khai thực hiện đề án liên kết sản xuất giống cá tra 03 cấp chất lượng cao vùng đồng bằng sông cửu long tại An Giang giai đoạn 2018 - 2025",
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh An Giang",
        },
    ),
    (
        "a commune's plan whose page tells of the decision that issued it: the plan's type, the lead's year",
        """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025
Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã
UBND xã Long Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
""",
        {"doc_type": "Kế hoạch", "number": None, "year": 2025},
    ),
]

CASES += [
    (
        "a town's place line named with its unit: 'Thị trấn Vĩnh Lộc, ngày 29 tháng 5 năm 2020'",
        """UỶ BAN NHÂN DÂN

THỊ TRẤN VĨNH LỘC

Số: 76 /CTr - UBND

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Thị trấn Vĩnh Lộc, ngày 29 tháng 5 năm 2020

CHƯƠNG TRÌNH HÀNH ĐỘNG

Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị trấn Vĩnh Lộc

lần thứ nhất, nhiệm kỳ 2020 – 2025

Căn cứ Nghị quyết số 01-NQ/ĐU ngày 25 tháng 3 năm 2020 của Đảng bộ thị trấn Vĩnh Lộc.
""",
        {"date": "2020-05-29", "number": "76/CTr-UBND", "issuer": "Uỷ ban nhân dân thị trấn Vĩnh Lộc"},
    ),
    (
        "a ward's page whose lead under the caps headline and its posting stamp names who gives notice ('… thông báo Về việc …'), the headline the subject",
        """Tìm kiếm tin tức
Liên kết website
THÔNG BÁO Về việc lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính để mở rộng thành phố Huế và sắp xếp, thành lập các phường thuộc thành phố Huế
Ngày cập nhật 24/04/2020

 UBND phường Hương An thông báo Về việc lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính

để mở rộng thành phố Huế và sắp xếp, thành lập các phườngthuộc thành phố Huế

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "issuer": "Uỷ ban nhân dân phường Hương An",
            "level": "commune",
            "title": "lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính để mở rộng thành phố Huế và sắp xếp, thành lập các phường thuộc thành phố Huế",
        },
    ),
    (
        "a letter whose 'Kính gửi:' was left blank opens its body under it, naming the directive it carries out",
        """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc

Số: 19/UBND-KT Hậu Giang, ngày 4 tháng 1 năm 2018

V/v tài trợ kinh phí tổ chức đón Tết Nguyên đán Mậu Tuất và bắn pháo hoa

Kính gửi:

Ngày 22 tháng 12 năm 2017, Ban Bí thư ban hành Chỉ thị số 16-CT/TW về việc tổ chức Tết năm 2018. Theo đó, cho phép các tỉnh, thành phố trực thuộc Trung ương tổ chức bắn pháo hoa trong dịp Tết Nguyên đán Mậu Tuất với tinh thần tiết kiệm,

Ủy ban nhân dân tỉnh Hậu Giang kêu gọi Quý đơn vị tài trợ kinh phí để Tỉnh tổ chức đón Tết và bắn pháo hoa tạo không khí vui tươi, phấn khởi cho Nhân dân trong dịp Tết Nguyên đán Mậu Tuất năm 2018.
""",
        {"basis": ["16-CT/TW"], "number": "19/UBND-KT"},
    ),
]

CASES += [
    (
        "a scan's OCR that ran the two columns into one line, the national heading and the motto garbled after the names",
        """UỶ BAN NHÂN DÂN 3Ì MU CHIA VIỆT NAM
THÀNH PHỐ HẢI PHÒNG X đa»f phúc
Số: 94/TB-UBND
Hải Phòng, ngày 24 tháng 0Ônăm 2020
- THÔNG BẢO.
Về việc thay đôi thời gian tô chức tiêp công dân định kỳ
Ngày 03/02/2020, Uỷ ban nhân dân thành phố có Công văn số 601/UBND- TCD về việc tổ chức tiếp công dân định kỳ năm 2020.
""",
        {"issuer": "Uỷ ban nhân dân thành phố Hải Phòng", "level": "province", "province": "Hải Phòng"},
    ),
    (
        "a regional university over its school: the school, central as the Ministry's",
        """ĐẠI HỌC ĐÀ NẴNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN
VÀ TRUYỀN THÔNG VIỆT - HÀN
Độc lập - Tự do - Hạnh phúc
Số:
64/HD-KT&ĐBCL
Đà Nẵng, ngày 26 tháng 11 năm 2021
HƯỚNG DẪN
""",
        {"number": "64/HD-KTĐBCL", "level": "central", "province": None},
    ),
    (
        "a university's office under its university, written with the comma that joins a unit to its institution (web33 3306)",
        """TRƯỜNG ĐH CÔNG NGHỆ THÔNG TIN
PHÒNG ĐÀO TẠO ĐẠI HỌC
Số: 03/TB-ĐTĐH
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tp.HCM, ngày 10 tháng 3 năm 2014
THÔNG BÁO
V/v xét tốt nghiệp đợt 1 năm 2014
Căn cứ vào kế hoạch đào tạo đại học hệ chính quy năm học 2013 - 2014, Phòng Đào tạo Đại học (P.ĐTĐH) thông báo đến các Khoa và sinh viên kế hoạch xét tốt nghiệp đợt 1 hệ chính qui năm 2014 cụ thể như sau:
""",
        {"number": "03/TB-ĐTĐH", "issuer": "Phòng Đào tạo Đại học, Trường Đại học công nghệ thông tin"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_schools_offices_and_older_acts(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
