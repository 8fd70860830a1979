# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Older documents and the copies legal and Party websites give of them (bench/real-directives-web20 … web36): a
title line that names the issuer, the number and the day; a site's table of properties in place of a dropped type
line; a joint circular of two ministries; an authority line under the subject; a bloc's Party committee; a page's
headline over a copy without a header; an OCR's reading of a scan's header; a newspaper's heading that names the type and its issuer (web43); an older joint circular numbered by its issuers before its type (web21).  Each case quotes a real document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a directive of 2001 whose title names its issuer, number and day, the line wrapped by the page",
        """CHỈ THỊ
CỦA THỦ
TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG
NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH
PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH
NHÀ NƯỚC NĂM 2002
Thực hiện Nghị quyết
của Quốc hội về nhiệm vụ và dự toán ngân sách nhà nước năm 2001, Chính phủ đã
ban hành các cơ chế chính sách mới nhằm phát huy nội lực và tập trung chỉ đạo
""",
        {
            "doc_type": "Chỉ thị",
            "number": "16/2001/CT-TTg",
            "issuer": "Thủ tướng Chính phủ",
            "level": "central",
            "date": "2001-06-21",
            "year": 2001,
        },
    ),
    (
        "a site's table of properties gives the type the copy dropped and the number of 1996 has no type's code",
        """Số hiệu: 43-TTg Loại văn bản: Chỉ thị
Nơi ban hành: Thủ tướng Chính phủ Người ký: Phan Văn Khải
Ngày ban hành: 22/01/1996 Ngày hiệu lực: Đã biết
Ngày công báo: Đã biết Số công báo: Đã biết
Tình trạng: Đã biết


Độc lập - Tự do - Hạnh phúc

Số: 43-TTg

Hà Nội, ngày 22 tháng 1 năm 1996

Trong mấy năm gần đây, cuộc đấu tranh kiềm chế và đẩy lùi lạm phát tuy đã đạt được kết quả nhất định, nhưng kết quả đó chưa thật vững chắc và nguy cơ tái lạm phát cao vẫn còn tiềm ẩn.
""",
        {"doc_type": "Chỉ thị", "number": "43-TTg", "issuer": "Thủ tướng Chính phủ", "level": "central", "year": 1996},
    ),
    (
        "a joint circular: its number's code says so under a type line 'THÔNG TƯ'; two ministries joined by a dash",
        """BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ
Số: 01/2004/TTLT/BVHTT-BYT
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 12 tháng 1 năm 2004

THÔNG TƯ

Hướng dẫn về hoạt động quảng cáo trong lĩnh vực y tế

Căn cứ Pháp lệnh Quảng cáo số 39/2001/PL-UBTVQH ngày 16 tháng 11 năm 2001;
""",
        {
            "doc_type": "Thông tư liên tịch",
            "issuer": "Bộ Văn hoá - Thông tin và Bộ Y tế",
            "level": "central",
            "province": None,
        },
    ),
    (
        "the deciding body's line under the subject, its first word left alone by a table's column, is no part of it",
        """UỶ BAN NHÂN
DÂN
TỈNH QUẢNG BÌNH
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 933/QĐ-UBND
|
Quảng Bình,
ngày 25 tháng 4 năm 2011
|
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN
NGÀNH NÔNG NGHIỆP TỈNH QUẢNG BÌNH ĐẾN NĂM 2020
ỦY
BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Căn
cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
""",
        {"title": "Về việc phê duyệt quy hoạch tổng thể phát triển ngành nông nghiệp tỉnh Quảng Bình đến năm 2020"},
    ),
    (
        "a national steering committee's decision, taken by its head: central, and his line is no part of the subject",
        """Hệ thống pháp luật

BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 195/QĐ-BCĐ389

Hà Nội, ngày 23 tháng 3 năm 2020

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ TIN BÁO VỀ BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ

TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ

Căn cứ Quyết định số 389/QĐ-TTg ngày 19 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả;
""",
        {
            "level": "central",
            "province": None,
            "title": "Ban hành quy chế tiếp nhận, xử lý tin báo về buôn lậu, gian lận thương mại và hàng giả",
        },
    ),
    (
        "a bloc's Party committee under its province's organisation is the province's",
        """HƯỚNG DẪN xây dựng mô hình “Dân vận khéo”

ĐẢNG BỘ TỈNH THÁI NGUYÊN

ĐẢNG ỦY KHỐI CÁC CƠ QUAN

*

Số 29-HD/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM

Thái Nguyên, ngày 16 tháng 4 năm 2024

HƯỚNG DẪN
xây dựng mô hình “Dân vận khéo”
""",
        {"issuer": "Đảng uỷ Khối các cơ quan tỉnh Thái Nguyên", "level": "province", "province": "Thái Nguyên"},
    ),
    (
        "the central bloc's committee, 'TW' for Trung ương; a report's first part is no part of its subject",
        """ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW
*

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 08 tháng 01 năm 2021

BÁO CÁO
tổng kết công tác tuyên giáo năm 2020;
phương hướng, nhiệm vụ trọng tâm năm 2021
Phần thứ nhất
ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2020
Năm 2020, năm diễn ra đại hội đảng các cấp, Đại hội Đảng bộ Khối các cơ
quan Trung ương lần thứ XIII, nhiệm kỳ 2020-2025, trong bối cảnh tình hình thế
""",
        {
            "issuer": "Đảng uỷ Khối các cơ quan Trung ương",
            "level": "central",
            "province": None,
            "title": "tổng kết công tác tuyên giáo năm 2020; phương hướng, nhiệm vụ trọng tâm năm 2021",
        },
    ),
    (
        "a page's heading names the letter with its number and day: the year is that day's",
        """Thứ Tư, 24/4/2024
Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận, giai đoạn 2016 – 2021

Ngày 11/10/2016, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP về công tác dân vận, giai đoạn 2016 – 2021, để triển khai thực hiện có hiệu quả Chương trình phối hợp, Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy triển khai thực hiện một số nhiệm vụ sau:
""",
        {"number": "490-CV/BDVTW", "year": 2016, "date": None},
    ),
    (
        "a headline naming the conclusion's type and issuer over its text: neither is part of the subject",
        """Thứ Hai, 24/6/2024
Văn kiện Đảng
Thứ Tư, 15/7/2009 14:8'(GMT+7)

Kết luận của Ban Bí thư về tổ chức kỷ niệm 80 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2010)

1- Đồng ý tổ chức kỷ niệm 80 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2009). Việc tổ chức các hoạt động kỷ niệm phải lựa chon hình thức phù hợp, thiết thực, hiệu quả, tiết kiệm.

2- Năm 2010 sẽ là năm có ngày kỷ niệm truyền thống của nhiều ban đảng khác. Ban Bí thư yêu cầu các ban xây dựng kế hoạch triển khai tổ chức các hoạt động kỷ niệm.
""",
        {
            "doc_type": "Kết luận",
            "issuer": "Ban Bí thư",
            "title": "về tổ chức kỷ niệm 80 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2010)",
        },
    ),
    (
        "an OCR's reading of a 2012 scan: the heading cut short, the motto's start run into the department's line",
        """UBND TỈNH BẮC GIANG -
CỘNG HOÀ XÃ HỘI
SỞ THÔNG TIN & TRUYÈN THÔNG Độc lập - T
Số: 20/TB-STTTT
THÔNG BÁO
Nhiệm vụ trọng tâm của các Trưởng phòng, đơn
Căn cứ hướng dẫn tại văn bản số 1498/SNV-TCBM&BC Nội vụ V/v Đăng ký nhiệm vụ trọng tâm của Giám đốc Sở, Thủ t trực thuộc UBND tỉnh và Chủ tịch UBND huyện, thành
- Xây dựng CSDL ngành thông tin và Truyền thông Thán 100% | 10/2012 4/2012 năm 2011 và 6 tháng năm 2012.
""",
        {"issuer": "Sở Thông tin và Truyền thông tỉnh Bắc Giang", "level": "province", "province": "Bắc Giang"},
    ),
    (
        "the Government Inspectorate, a central body, although its header names Hà Nội",
        """THANH TRA CHÍNH PHỦ
|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
------------- | |
Số: 01/2010/TT-TTCP
Hà Nội, ngày 22 tháng 01 năm 2010
THÔNG TƯ
Sửa đổi, bổ sung một số quy định tại Thông tư số 2442/2007/TT-TTCP ngày 13 tháng 11 năm 2007 của Thanh tra Chính phủ
Căn cứ Luật Phòng, chống tham nhũng năm 2005;
""",
        {"issuer": "Thanh tra Chính phủ", "level": "central", "province": None},
    ),
    (
        "an office's submission slip, its own type with the code PT",
        """UBND TỈNH LÂM ĐỒNG
VĂN PHÒNG
Số: 106/PT-NC
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU TRÌNH
Kính gửi:
- Lãnh đạo UBND tỉnh;
- Lãnh đạo Văn phòng UBND tỉnh.
|I. NỘI DUNG TRÌNH/CHỈ ĐẠO |
""",
        {"doc_type": "Phiếu trình", "number": "106/PT-NC", "issuer": "Văn phòng Uỷ ban nhân dân tỉnh Lâm Đồng"},
    ),
    (
        "a tax office's reply: the company's tax code and address under 'Kính gửi', then the letter it answers",
        """TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TỈNH HOÀ BÌNH Độc lập - Tự do - Hạnh phúc
Số: /CTHBI-TTHT Hoà Bình, ngày tháng năm
V/v chính sách thuế TNCN
Kính gửi: Công ty TNHH Nissin Manufacturing Việt Nam;
Mã số thuế: 5400416202; Địa chỉ: Khu công nghiệp Lương
Sơn, xã Hòa Sơn, huyện Lương Sơn, tỉnh Hòa Bình.
Cục Thuế Hòa Bình nhận được Công văn số 011221/CV-NMV ngày
01/12/2021 của Công ty TNHH Nissin Manufacturing Việt Nam (viết tắt là Công ty)
xin giải đáp vướng mắc về chính sách thuế Thu nhập cá nhân (TNCN). Vấn đề này,
Cục Thuế có ý kiến như sau:
""",
        {"number": None, "issuer": "Cục Thuế tỉnh Hoà Bình", "basis": ["011221/CV-NMV"]},
    ),
    (
        "a newspaper's heading over a Party congress's resolution: the congress issues it, at its organisation's level",
        """Thứ Năm, 15/10/2020, 16:21 (GMT+7)
.

Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI

Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10.

Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020, với tinh thần dân chủ, đoàn kết, trách nhiệm, nghiêm túc, toàn bộ nội dung, chương trình Đại hội đã hoàn thành, đạt yêu cầu đề ra. Đại hội đại biểu Đảng bộ tỉnh lần thứ XI;

QUYẾT NGHỊ
""",
        {
            "doc_type": "Nghị quyết",
            "issuer": "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI",
            "level": "province",
            "province": "Tiền Giang",
        },
    ),
    (
        "a ground's line wrapped inside its bracket ('(khóa' / 'XII) về …'): no numbered part, the grounds go on",
        """KẾ HOẠCH
THỰC HIỆN QUYẾT ĐỊNH SỐ 1999/QĐ-TTG NGÀY 07/12/2020 CỦA THỦ
TƯỚNG CHÍNH PHỦ PHÊ DUYỆT CHƯƠNG TRÌNH MỞ RỘNG TẦM SOÁT, CHẨN ĐOÁN, ĐIỀU TRỊ MỘT
SỐ BỆNH, TẬT TRƯỚC SINH VÀ SƠ SINH ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG
Căn cứ Nghị quyết số 21-NQ/TW
ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa
XII) về công tác Dân số trong tình hình mới;
Căn cứ Nghị quyết số 137/NQ-CP
ngày 31/12/2017 của Chính phủ ban hành Chương trình hành động của Chính phủ thực
hiện Nghị quyết số 21- NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng
(khóa XII) về công tác dân số trong tình hình mới;
Căn cứ Quyết định số
1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ Phê duyệt Chiến lược Dân số
Việt Nam đến năm 2030;
""",
        {"basis": ["1999/QĐ-TTg", "21-NQ/TW", "137/NQ-CP", "1679/QĐ-TTg"]},
    ),
    (
        "a district Youth Union's executive committee under the provincial union, with no heading of its own above",
        """TỈNH ĐOÀN ĐỒNG THÁP
BCH ĐOÀN THÀNH PHỐ SA ĐÉC
Số: 25 -KH/ĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Sa Đéc, ngày 05 tháng 3 năm 2018
KẾ HOẠCH
Đổi mới nội dung, phương thức hoạt động và nâng cao chất lượng tổ chức Đoàn TNCS Hồ Chí Minh các cấp trên địa bàn thành phố Sa Đéc,

giai đoạn 2018 - 2022.
---------

Thực hiện Kết luận số 16-KT/TU, ngày 03/6/2016 của Ban Chấp hành Đảng bộ tỉnh
""",
        {
            "issuer": "Ban Chấp hành Đoàn TNCS Hồ Chí Minh thành phố Sa Đéc",
            "level": "district",
            "title": "Đổi mới nội dung, phương thức hoạt động và nâng cao chất lượng tổ chức Đoàn TNCS Hồ Chí Minh các "
            "cấp trên địa bàn thành phố Sa Đéc, giai đoạn 2018 - 2022",
        },
    ),
    (
        "a commune Front's plan under a page's headline and its posting stamp with counters; the body that issues it "
        "after four grounds, its commune named by them",
        """Kế hoạch xây dựng NTM của Mặt trận Tổ quốc

Thứ năm - 13/06/2019 15:30 4.864 0
Phối hợp thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với thực hiện chương trình MTQG xây dựng nông thôn mới năm 2019.
Kế hoạch xây dựng NTM của Mặt trận Tổ quốc

Căn cứ Quyết định số: 289/QĐ-UBND ngày 22/01/2019  của UBND Huyện Cẩm Xuyên về việc phê duyệt khung kế hoạch thực hiện các tiêu chí xây dựng nông thôn mới phấn đấu đạt chuẩn năm 2019 xã Cẩm Mỹ;
Căn cứ Kế hoạch số 01/KH-MT ngày 14/3/2019 của Ban Thường trực Ủy ban MTTQ huyện;
Căn cứ Nghị quyết số 51-NQ/ĐU ngày 23/01/2019 của Ban Chấp hành Đảng bộ xã Cẩm Mỹ Về tăng cường lãnh đạo thực hiện nhiệm vụ xây dựng NTM năm 2019;
          Thực hiện chương trình xây dựng nông thôn mới giai đoạn 2018-2020 của BCĐ chương trình MTQG xã Cẩm Mỹ;
          Ban Thường trực Ủy ban MTTQ xã ban hành Kế hoạch phối hợp thực hiện cuộc vận động: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với thực hiện chương trình MTQG xây dựng nông thôn mới năm 2019 như sau:
  1. MỤC ĐÍCH, YÊU CẦU.
""",
        {
            "doc_type": "Kế hoạch",
            "issuer": "Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam xã Cẩm Mỹ",
            "level": "commune",
        },
    ),
    (
        "a provincial procuracy's notice posted without its header: the body abbreviated in the sentence that asks",
        """Căn cứ Kế hoạch số 72/KH-VKSTC ngày 15/5/2020 của VKSND tối cao về việc tổ chức sơ kết công tác 6 tháng đầu năm 2020 của ngành Kiểm sát nhân dân. Để đánh giá kịp thời, khách quan, toàn diện kết quả thực hiện nhiệm vụ trên tất cả các lĩnh vực công tác nghiệp vụ 6 tháng đầu năm 2020, VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu lãnh đạo các đơn vị triển khai, thực hiện báo cáo sơ kết công tác 6 tháng đầu năm 2020.
""",
        {
            "issuer": "Viện kiểm sát nhân dân tỉnh Bà Rịa - Vũng Tàu",
            "level": "province",
            "province": "Bà Rịa - Vũng Tàu",
        },
    ),
    (
        "a commune's notice under a page's headline: the headline's type, the body that 'thông báo chính thức', a joint code with a dot",
        """Site banner

Thông báo ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018)

          Căn cứ Công văn số 5382/UBND-TH, ngày 20 tháng 10 năm 2015 của Ủy ban Nhân dân tỉnh Bến Tre về việc chuẩn bị cho bầu cử Trưởng ấp, khu phố nhiệm kỳ VII  (2015 – 2018);

          Căn cứ Kế hoạch liên tịch số 4103/KHLT-UBND-BTT.UBMTTQ ngày 02 tháng 11 năm 2015 giữa Ủy ban nhân dân huyện và Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện Giồng Trôm về tổ chức bầu cử Trưởng ấp, khu phố nhiệm kỳ VII (2015 – 2018);

          Ủy ban nhân dân xã Mỹ Thạnh thông báo chính thức ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018) là ngày 27 tháng 12 năm 2015 để nhân dân được biết và tham gia đi bầu đúng thời gian và đạt kết quả./.
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Uỷ ban nhân dân xã Mỹ Thạnh",
            "level": "commune",
            "basis": ["5382/UBND-TH", "4103/KHLT-UBND-BTT-UBMTTQ"],
        },
    ),
    (
        "a newspaper's heading naming the type and its issuer, the hour before the day under it (web43 4303)",
        """Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2020

06:12, 01/12/2019

LTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam Định xin giới thiệu toàn văn Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.

I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019
""",
        {
            "doc_type": "Nghị quyết",
            "number": "19-NQ/TU",
            "issuer": "Ban Chấp hành Đảng bộ tỉnh Nam Định",
            "year": 2019,
            "title": "về nhiệm vụ phát triển kinh tế - xã hội năm 2020",
        },
    ),
    (
        "an older joint circular numbered by its issuers, then its type: 'Số: 01-TANDTC-VKSNDTC/TTLT' (web21 2107)",
        """You are on page 1of 6

TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc
****** ********
Số: 01-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1988

THÔNG TƯ LIÊN TỊCH


HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH TRONG BỘ LUẬT TỐ TỤNG HÌNH SỰ
""",
        {"doc_type": "Thông tư liên tịch", "number": "01-TANDTC-VKSNDTC/TTLT", "date": "1988-12-08"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_older_and_site_copies(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
