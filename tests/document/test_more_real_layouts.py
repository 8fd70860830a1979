# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Extraction on more real layouts: a Government resolution's proposal, an OCR'd letter, a web copy's broken
date line, a web page that sets the authority line in the subject (real-directives and real-directives-dev)."""

import pytest

from indexer import parse_bytes

# (id, text, expected fields)
CASES = [
    (
        "108: a Government resolution names the ministry's proposal after its basis, '; đề nghị của …'",
        """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 84/NQ-CP
Hà Nội, ngày 29 tháng 5 năm 2020
NGHỊ QUYẾT
Về các nhiệm vụ, giải pháp tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 138/2016/NĐ-CP ngày 01 tháng 10 năm 2016 của
Chính phủ ban hành Quy chế làm việc của Chính phủ;
Trên cơ sở thống nhất tại Phiên họp Chính phủ thường kỳ tháng 4 năm
2020 về nội dung các nhiệm vụ, giải pháp tiếp tục tháo gỡ khó khăn cho sản
xuất kinh doanh; đề nghị của Bộ trưởng Bộ Kế hoạch và
Đầu tư tại văn bản số 3218/TTr-BKHĐT ngày 18 tháng 5 năm 2020,
QUYẾT NGHỊ:
1. Tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh.
""",
        {"number": "84/NQ-CP", "basis": ["138/2016/NĐ-CP"]},
    ),
    (
        "109: 'Số' read 'sé;' by an OCR; what the letter 'nhận được' is a set of problems, not a document",
        """BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
sé; 5452 /TCHQ-GSQL Hà Nội, ngày 10 tháng 9 năm 2018
V/v vướng mắc Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP.
Kính gửi: Bộ Công Thương.
Trong quá trình thực hiện thủ tục hải quan đối với hàng hóa xuất khẩu,
nhập khẩu, Tổng cục Hải quan có nhận được các vướng mắc của Cục Hải quan
tỉnh, thành phố và cộng đồng doanh nghiệp liên quan đến quy định tại Luật
Quản lý ngoại thương số 05/2017/QH14 và các văn bản hướng dẫn, cụ thể như
sau:
""",
        {"number": "5452/TCHQ-GSQL", "basis": []},
    ),
    (
        "205: a web copy puts each piece of a date line left blank on a line of its own; the year stays",
        """BCĐ XÂY DỰNG NÔNG THÔN MỚI
ĐẢNG CỘNG SẢN VIỆT NAM
XÃ NHÂN KHANG
Số: 01 -KH/BCĐ
Nhân Khang, ngày
tháng
năm 2016
KẾ HOẠCH
XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2016-2020
- Căn cứ Quyết định 491/QĐTTg, Quyết định 242/QĐ-TTg của thủ tướng chính phủ
""",
        {"number": "01-KH/BCĐ", "date": None, "year": 2016, "basis": ["491/QĐ-TTg", "242/QĐ-TTg"]},
    ),
    (
        "038: vbpl.vn sets the authority line in the subject's paragraph",
        """CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 13/NQ-CP
Hà Nội, ngày 16 tháng 01 năm 2026
NGHỊ QUYẾT
VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ
QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
""",
        {
            "number": "13/NQ-CP",
            "title": "Về việc công bố nghị định của Chính phủ quy định chế độ quản lý ngân quỹ Nhà nước tiếp tục có "
            "hiệu lực",
        },
    ),
    (
        "101: a plenum's resolution is the Central Committee's; 'KHOÁ XIII' keeps its numeral; the meeting's "
        "narrative opens the body",
        """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số 60-NQ/TW
Hà Nội, ngày 12 tháng 4 năm 2025
NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII

Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày
10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội, sau khi xem xét và thảo luận
các tờ trình, đề án và báo cáo của Bộ Chính trị, căn cứ kết quả biểu
quyết của Ban Chấp hành Trung ương Đảng,

QUYẾT NGHỊ
""",
        {
            "issuer": "Ban Chấp hành Trung ương Đảng",
            "title": "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khoá XIII",
        },
    ),
    (
        "210: an OCR splits the type line ('K ÉT LUẬN'); the plenum is named over two caps lines",
        """TỈNH ỦY THỪA THIÊN HUẾ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 445-KL/TƯ
Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
K ÉT LUẬN
HỘI NGHỊ LÂN THỨ BẢY
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)
về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,
định hướng đến năm 2030
Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp
ngày 26/4/2022 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy, Báo cáo
của Ban cán sự đảng ƯBND tỉnh và kết luận:
""",
        {
            "doc_type": "Kết luận",
            "issuer": "Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế",
            "title": "HỘI NGHỊ LÂN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ "
            "tầng đồng bộ đến năm 2025, định hướng đến năm 2030",
        },
    ),
    (
        "031: a purpose resting on a decision, 'Để … theo Quyết định 201-CP', names a basis too",
        """PHỦ THỦ TƯỚNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 299/TTg
Hà Nội, ngày 10 tháng 11 năm 1980
CHỈ THỊ
VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC
Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê \
tình hình cơ bản về ruộng đất trong cả nước.
Để quản lý chặt chẻ và thống nhất được đất đai trong cả nước theo Quyết định 201-CP ngày 01 tháng 7 năm \
1980 của Hội đồng Chính phủ, Thủ tướng Chính phủ yêu cầu các ngành, các cấp tiến hành công tác đo đạc.
""",
        {"number": "299/TTg", "basis": ["169-CP", "201-CP"]},
    ),
    (
        "107: a converter's front matter and an e-signature stamp whose value wraps; an OCR's heading without "
        "'VIỆT', 'VWv' for V/v, and a garbled date line under the names",
        """---
title: "CV Undated CV5619 So Y"
original_format: "pdf"
---

Người ký: Sở Y tế
Email: syt@tphem.gov.vn
Cơ quan: Thành phô Hồ Chí
Minh

Thời gian ký: 25.09.2020

ỦY BAN NHÂN DÂN CONG HÒA XÃ HOI CHỦ NGHIA ŸIƑÏ NAM
THANH PHO HO CHI MINH Độc lập - Tự do - Hanh phúc
SỞ Y TẾ
86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020
VWv triển khai hướng dẫn y tế
phòng chong dịch COVID-19

Kính gửi:
- Sở Du lịch;

Ngày 31/8/2020, Bộ Y tế ban hành công văn số 4674/BYT-MT về việc hướng dẫn y tế phòng chống dịch COVID-19.
""",
        {
            "doc_type": "Công văn",
            "issuer": "Sở Y tế Thành phố Hồ Chí Minh",
            "title": "triển khai hướng dẫn y tế phòng chong dịch COVID-19",
            "number": "5619/SYT-NVY",
        },
    ),
    (
        "109: a header read without marks under a garbled motto; the body's OCR misspells the name's head; "
        "the day unreadable, the month and year kept",
        """BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM
TONG CUC HAI QUAN Độc lập - Ty do ~ Hanh phúc
sé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018
V/v vướng mắc Luật Quản lý ngoại thương.
Kính gửi: Bộ Công Thương.
Trong quá trình thực hiện thủ tục hải quan, Tông cục Hải quan có nhận được các vướng mắc của Cục Hải quan.
""",
        {"issuer": "Tổng cục Hải quan", "level": "central", "province": None, "date": None, "year": 2018},
    ),
    (
        "035: an OCR put a space in a cited code ('25/KH- STTET'): the body's citation is no header's place and date",
        """UBND TỈNH PHÚ THỌ                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG                 Độc lập - Tự do - Hạnh phúc
Số: 275/STTTT-CNTT                     Phú Thọ, ngày 16 tháng 12 năm 2011
V/v đăng ký danh sách tham gia Hội thi kỹ
năng sử dụng máy tính.
Kính gửi:
- Các đơn vị trực thuộc sở;
Thực hiện Kế hoạch số 25/KH- STTET, ngày 6 tháng 12 năm 2011 của SỞ
Thông tin và Truyền thông tỉnh Phú Thọ về tô chức Hội thi kỹ năng sử dụng
máy tính ngành Thông tin và Truyền thông tỉnh Phú Thọ năm 201 I.
""",
        {"date": "2011-12-16", "basis": ["25/KH-STTET"]},
    ),
    (
        "029 scanned: a flattened copy wrapped again by the printer; the Chairman's authority line ends a title line",
        """Quyết định 1056/QĐ-CT
UỶ BẠN NHÂN DÂN TỈNH TUYÊN QUANG --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------
Số:  1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH BAN HÀNH
MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỰNG TRÊN ĐỊA
BÀN TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 67/2007/NĐ-CP ngày 13/4/2007 của Chính PHÙ về chính sách trợ
giúp các đối tượng bảo trợ xã hội;
""",
        {"number": "1056/QĐ-CT", "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Tuyên Quang", "date": "2010-08-16"},
    ),
    (
        "web3 312: a central steering committee whose name says 'cơ sở' (no 'Sở', no province), signed in Hà Nội",
        """BỘ NỘI VỤ
BAN CHỈ ĐẠO ĐIỀU TRA CƠ SỞ HÀNH CHÍNH TRUNG ƯƠNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 641/BNV-BCĐ
V/v hướng dẫn triển khai cuộc Điều tra cơ sở hành chính năm 2021
Hà Nội, ngày 10 tháng 02 năm 2021
Kính gửi:
- Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương.
Triển khai thực hiện Quyết định số 1096/QĐ-BNV ngày 23/12/2019 của Bộ trưởng Bộ Nội vụ.
""",
        {"number": "641/BNV-BCĐ", "level": "central", "province": None},
    ),
    (
        "web3 309: the trade unions' plenum resolution is its committee's; a number with a letter and a space",
        """Hệ thống pháp luật
TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 06b /NQ-TLĐ
Hà Nội, ngày 03 tháng 8 năm 2015
NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 6 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI
VỀ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ HOẠT ĐỘNG ỦY BAN KIỂM TRA CÔNG ĐOÀN
Hội nghị lần thứ 6 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa XI) họp ngày từ 02 đến 03 tháng 7.
""",
        {
            "number": "06b/NQ-TLĐ",
            "issuer": "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
            "level": "central",
            "province": None,
        },
    ),
    (
        "web3 324: a legal website's copy lost the council's second line; signed where its province sits",
        """ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 335/KH-UBND |
Phú Thọ, ngày 10 tháng 02 năm 2023 |
KẾ HOẠCH
Tuyển sinh vào lớp 10 năm học 2023-2024
Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh Phú Thọ về việc quy định cụ thể.
""",
        {"issuer": "Uỷ ban nhân dân tỉnh Phú Thọ", "level": "province", "province": "Phú Thọ"},
    ),
    (
        "web3 325: a plan gives its basis a part of its own, its items opening with no 'Căn cứ'",
        """ỦY BAN NHÂN DÂN
TỈNH TIỀN GIANG
Số: 383/KH-UBND
Tiền Giang, ngày 07 tháng 12 năm 2022
KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình.
2. Nghị quyết số 05-NQ/TU ngày 17 tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về nông thôn mới.
II. MỤC ĐÍCH, YÊU CẦU
1. Triển khai theo Kế hoạch số 370/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh.
""",
        {"basis": ["924/QĐ-TTg", "05-NQ/TU"]},
    ),
    (
        "web3 305: a Youth Union plan cites a Party-style number whose dash became a space",
        """KẾ HOẠCH
Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu
Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV,
nhiệm kỳ 2012 - 2017
Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp.
I. YÊU CẦU
1. Đại hội Đoàn các cấp phải quán triệt sâu sắc tư tưởng chỉ đạo của Nghị quyết.
""",
        {"basis": ["298-KH/TWĐTN"]},
    ),
    (
        "web3 326: a copy without its header keeps the decision's authority line; its 'Căn cứ' names other bodies",
        """QUYẾT ĐỊNH
Ban hành Quy chế làm việc của Ủy ban nhân dân Quận 1.
ỦY BAN NHÂN DÂN QUẬN 1
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Quyết định số 19/2010/QĐ-UBND ngày 29 tháng 3 năm 2010 của Ủy ban nhân dân thành phố Hồ Chí Minh ban hành Quy chế (mẫu) làm việc của Ủy ban nhân dân quận - huyện;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này “Quy chế làm việc của Ủy ban nhân dân Quận 1”.
""",
        {"issuer": "Uỷ ban nhân dân Quận 1", "level": "district"},
    ),
    (
        "web3 319: a copy lost the council's first letter; a cited ministry's name runs into 'vềviệc triển khai'",
        """Y BAN NHÂN DÂN
TỈNH KON TUM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2516/KH-UBND
Kon Tum, ngày 03 tháng 10 năm 2014
KẾ HOẠCH
TRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNHPHỦ
Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội vềviệc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.
Ủy ban nhân dân tỉnh xây dựng kếhoạch triển khai thực hiện, cụ thể như sau:
""",
        {"issuer": "Uỷ ban nhân dân tỉnh Kon Tum", "level": "province", "province": "Kon Tum"},
    ),
    (
        "web3 313: a commune's rules under its council's header, the note of the decision broken by a narrow column",
        """ỦY BAN NHÂN DÂN
XÃ XUÂN PHÚ
|
CỘNG HOÀ XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập -
Tự do - Hạnh phúc
|
QUY CHẾ LÀM
VIỆC
CỦA ỦY
BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026
(Ban hành
kèm theo Quyết định số: 59/QĐ-UBND
Ngày 22 tháng
7 năm 2021 của Ủy ban nhân dân xã Xuân
Phú)
Chương I
NHỮNG QUY ĐỊNH
CHUNG
Điều 1. Phạm vi,
đối tượng điều chỉnh
""",
        {
            "doc_type": "Quy chế",
            "number": None,
            "date": "2021-07-22",
            "issuer": "Uỷ ban nhân dân xã Xuân Phú",
            # the type line began the subject: its "CỦA …" line is the subject's, not the issuer's
            "title": "Làm việc của Uỷ ban nhân dân xã Xuân Phú nhiệm kỳ 2021 -2026",
        },
    ),
]

# Grounds as openings write them beyond "Căn cứ …;" lines: named in a later sentence of a letter's first paragraph
# (web6 604, Công văn 2291/BNV-CQĐP, 2024), with a typo (dev 042, "Căn cư"), and the enacting sentence after them
# not one of them (web6 602, Quyết định 01/2025/QĐ-TTg: it repeals what it names).
CASES += [
    (
        "a letter names its grounds in its first paragraph's second sentence",
        """BỘ NỘI VỤ
Số: 2291/BNV-CQĐP
V/v một số lưu ý khi xây dựng và trình Đề án sắp xếp ĐVHC cấp huyện, cấp xã giai đoạn 2023-2025
Hà Nội, ngày 25 tháng 4 năm 2024
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
Trong thời gian qua, các tỉnh, thành phố trực thuộc trung ương đã có nhiều cố gắng, nỗ lực, khắc phục các khó khăn để triển khai thực hiện sắp xếp ĐVHC cấp huyện, cấp xã theo chủ trương của Đảng và nhà nước. Bên cạnh đó, một số địa phương vẫn còn chưa chủ động, quyết liệt dẫn đến chậm tiến độ triển khai thực hiện sắp xếp ĐVHC cấp huyện, cấp xã. Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính (ĐVHC) cấp huyện, cấp xã giai đoạn 2023-2030; Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp ĐVHC cấp huyện, cấp xã giai đoạn 2023-2025; để tháo gỡ những khó khăn, vướng mắc, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh lưu ý một số nội dung sau:
1. Về hồ sơ Đề án theo Quyết định số 123/QĐ-TTg.
""",
        {"number": "2291/BNV-CQĐP", "basis": ["35/2023/UBTVQH15", "117/NQ-CP"]},
    ),
    (
        "grounds with a typo, then the sentence that enacts: what it repeals is no ground",
        """THỦ TƯỚNG CHÍNH PHỦ
Số: 01/2025/QĐ-TTg
Hà Nội, ngày 03 tháng 01 năm 2025
QUYẾT ĐỊNH
Bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg ngày 30 tháng 11 năm 2010 của Thủ tướng Chính phủ
Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 06 tháng 4 năm 2016;
Căn cứ Nghị định số 134/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ;
Căn cư Nghị quyết số 174/2024/QH15 ngày 30 tháng 11 năm 2024 về Kỳ họp thứ 8, Quốc hội khoá XV;
Theo đề nghị của Bộ trưởng Bộ Tài chính;
Thủ tướng Chính phủ ban hành Quyết định bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg ngày 30 tháng 11 năm 2010 của Thủ tướng Chính phủ.
Điều 1. Bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg.
""",
        {"basis": ["134/2016/NĐ-CP", "174/2024/QH15"]},
    ),
]

# A department's letter whose opening names no document ("Thực hiện chức năng tham mưu …") and whose closing asks
# the firms to carry out the province's letter (Sở Công Thương Lào Cai, 2026): it implements that letter. One
# whose opening names its grounds keeps them; a closing request to follow the law names no document.
CASES += [
    (
        "a letter asks its recipients to carry out another document: that document is its basis",
        """UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: /SCT-CN
Lào Cai, ngày tháng 5 năm 2026
V/v thực hiện quy định pháp luật về vật liệu nổ công nghiệp
Kính gửi: Các tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai
Thực hiện chức năng tham mưu giúp UBND tỉnh thực hiện công tác quản lý nhà nước về vật liệu nổ công nghiệp (VLNCN) trên địa bàn tỉnh. Qua quá trình kiểm tra, rà soát Sở Công Thương nhận thấy vẫn còn một số tổ chức, cá nhân thực hiện chưa đầy đủ các quy định của pháp luật.
1. Tăng cường cập nhật, nghiên cứu và tuyên truyền, phổ biến tới người lao động các quy định về VLNCN.
2. Thực hiện chế độ báo cáo định kỳ, đột xuất về VLNCN theo quy định hiện hành.
Ngoài việc thực hiện các nội dung trên, yêu cầu các tổ chức, cá nhân, doanh nghiệp thực hiện các nội dung tại Văn bản số 193/UBND-KT ngày 10/01/2026 của Uỷ ban nhân dân tỉnh Lào Cai, Văn bản số 301/SCT-CN ngày 20/01/2026 của Sở Công Thương và các quy định của pháp luật hiện hành.
""",
        {"number": None, "basis": ["193/UBND-KT", "301/SCT-CN"]},
    ),
    (
        "a letter whose opening names its grounds keeps them, whatever else it asks to carry out",
        """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 9387/UBND-KT
Lào Cai, ngày 15 tháng 9 năm 2026
Kính gửi: Các sở, ban, ngành
Thực hiện Chương trình hành động số 104-CTr/TU ngày 20/8/2026 của Ban Thường vụ Tỉnh uỷ, Uỷ ban nhân dân tỉnh yêu cầu:
1. Các sở, ban, ngành rà soát nhiệm vụ được giao.
Đề nghị các đơn vị thực hiện nghiêm Công văn số 2449-CV/ĐU ngày 07/9/2026 của Đảng uỷ.
""",
        {"basis": ["104-CTr/TU"]},
    ),
    (
        "a closing request to follow the law names no document: no basis",
        """SỞ CÔNG THƯƠNG TỈNH LÀO CAI
Số: 12/SCT-CN
Lào Cai, ngày 05 tháng 5 năm 2026
Kính gửi: Các doanh nghiệp
Thực hiện chức năng quản lý nhà nước về vật liệu nổ công nghiệp, Sở Công Thương yêu cầu các doanh nghiệp thực hiện nghiêm các quy định của pháp luật về an toàn.
""",
        {"basis": []},
    ),
    (
        "web8 810: a letter answering the ministry's requests 'tại nội dung các Công văn: Số …'",
        """UỶ BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 575/UBND-KTTH
Quảng Ngãi, ngày 04 tháng 02 năm 2025
V/v tham gia ý kiến các dự thảo Nghị định của Chính phủ
Kính gửi: Sở Tài chính
Theo đề nghị của Bộ Tài chính tại nội dung các Công văn: Số 1060/BTC-QLGCS ngày 23/01/2025 về việc xin ý kiến dự thảo Nghị định quy định các trường hợp khác được miễn, giảm tiền sử dụng đất, tiền thuê đất theo quy định tại khoản 2 Điều 157 Luật Đất đai và sửa đổi, bổ sung một số nội dung về tiền sử dụng đất, tiền thuê đất, quỹ phát triển đất tại Nghị định số 103/2024/NĐ-CP ngày 30/7/2024.
Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị và địa phương tham gia góp ý dự thảo các Nghị định của Chính phủ theo đề nghị của Bộ Tài chính tại các Công văn nêu trên; trực tiếp gửi Bộ Tài chính và báo cáo UBND tỉnh theo đúng thời gian yêu cầu./.
""",
        {"number": "575/UBND-KTTH", "basis": ["1060/BTC-QLGCS", "103/2024/NĐ-CP"]},
    ),
    (
        "web50 5009: a copy that flattened the page runs the authority and its grounds on after the subject",
        """SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT Số: /QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Nghệ An, ngày tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế Tổ chức hoạt động Hội đồng quản lý chất lượng Bệnh viện Nội tiết Nghệ An GIÁM ĐỐC BỆNH VIỆN NỘI TIẾT NGHỆ AN Căn Thông tư 19/2013/BYT ngày 12/7/2013 Bộ Y tế việc Hướng dẫn thực quản lý chất lượng dịch vụ khám bệnh, chữa bệnh bệnh viện; Xét đề nghị ông Trưởng phòng CĐT-QLCL QUYẾT ĐỊNH Điều Ban hành quy chế
""",
        {"title": "Ban hành quy chế Tổ chức hoạt động Hội đồng quản lý chất lượng Bệnh viện Nội tiết Nghệ An"},
    ),
    (
        "web25 2507: … and a plan's subject runs on into '-Căn Hướng dẫn …', the site having dropped 'cứ'",
        """ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng hàng năm tổ chức đảng, đảng viên tập thể, cá nhân cán lãnh đạo, quản lý năm 2020 -Căn Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 Ban Tổ chức Trung ương thực số nội dung quy định 213-QĐ/TW Bộ Chính trị
""",
        {
            "title": "kiểm điểm, đánh giá, xếp loại chất lượng hàng năm tổ chức đảng, đảng viên tập thể, cá nhân cán "
            "lãnh đạo, quản lý năm 2020"
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_more_real_layouts(text, expected):
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert {field: document[field] for field in expected} == expected


@pytest.mark.parametrize(
    ("case", "how"),
    [
        ("a letter asks its recipients to carry out another document", "request"),
        ("a letter names its grounds in", "opening"),
    ],
)
def test_the_basis_says_whether_the_opening_or_a_request_named_it(case, how):
    text = next(c[1] for c in CASES if c[0].startswith(case))
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert document["evidence"]["basis"]["how"] == how
