# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Party cells of schools, pages that name the copy under them, ministries and their general departments
(bench/real-directives-web37 … web40): a cell under its commune's committee; a row of a header flattened with its
number; a page's lead over the copy's own header; a report in its writer's voice; a general department's number
under its ministry's name alone; a type line that runs its subject on; a department's letter whose copy kept only its ministry's line;
the Party's central boards (web68): a number broken at its dash, a board run onto its committee's line, a part lettered in capitals; a notice known by its closing formula; a plan issued with a decision, below a sharing site's card;
a leader's notice of conclusions reposted under a portal's stamp, its labels and figures on lines of their own.  Each case quotes a real document, cut to
what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a school's Party cell under its commune's Party organisation, the two names run together by the page",
        """ĐẢNG BỘ XÃ MỸ HƯNGCHI BỘ TRƯỜNG THCS MỸ HƯNG              ĐẢNG CỘNG SẢN VIỆT NAM
Số: 01/KH-CB              Mỹ Hưng, ngày 03 tháng 01 năm 2019

KẾ HOẠCH

Hoạt động của chi bộ trường Trung học cơ sở Mỹ Hưng

Căn cứ điều lệ Đảng cộng sản Việt Nam;
""",
        {"issuer": "Chi bộ Trường Trung học cơ sở Mỹ Hưng", "level": "commune", "number": "01/KH-CB"},
    ),
    (
        "a cell named by its school's kind alone, under a commune's Party committee: the commune's school",
        """ĐẢNG ỦY XÃ SƠN PHÚ

                                                               ĐẢNG CỘNG SẢN VIỆT NAM


CHI BỘ MẦM NON

       Số       /KH-CB                                      Sơn Phú, ngày  10  tháng 01   năm 2021

KẾ HOẠCH HOẠT ĐỘNG CHI BỘ NĂM 2020

        Căn cứ điều lệ Đảng cộng sản Việt Nam;
""",
        {"issuer": "Chi bộ Trường Mầm non Sơn Phú", "level": "commune", "number": None, "date": "2021-01-10"},
    ),
    (
        "a cell's line typed in the sentence's case under its ward's committee",
        """ĐẢNG ỦY PHƯỜNG BIÊN GIANG
Chi bộ trường THCS Biên Giang
*
Số 08-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM


Biên Giang, ngày 04 tháng 4 năm 2022

KẾ HOẠCH
Tổ chức Đại hội chi bộ nhiệm kỳ 2022 - 2025
-----

Thực hiện Công văn số 865-CV/QU, ngày 21/01/2022 của Quận ủy về “Chỉ đạo tổ chức đại hội chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 - 2025”.
""",
        {"issuer": "Chi bộ Trường Trung học cơ sở Biên Giang", "number": "08-KH/CB", "date": "2022-04-04"},
    ),
    (
        "a page's headline with its counters under it; the cell's executive committee writes the plan for the cell",
        """Kế hoạch tổ chức Đại hội Chi bộ Trường THPT Trấn Biên lần IV, nhiệm kỳ 2020 – 2025

0
3259

Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;

Chi ủy chi bộ trường THPT Trấn Biên xây dựng kế hoạch tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2025 như sau
""",
        {
            "doc_type": "Kế hoạch",
            "issuer": "Chi bộ trường Trung học phổ thông Trấn Biên",
            "title": "tổ chức Đại hội Chi bộ Trường THPT Trấn Biên lần IV, nhiệm kỳ 2020 - 2025",
        },
    ),
    (
        "a header's row flattened with its number; the rule under a university's committee is no part of its name",
        """ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG ĐẢNG UỶ TRƯỜNG ĐH LẠC HỒNG Số: 90 - CV/ĐULH |
ĐẢNG CỘNG SẢN VIỆT NAM
Biên Hoà, ngày 15 tháng 9 năm 2011 |

TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT

V/v Vận động đảng viên; cán bộ, giảng viên, nhân viên và sinh viên trường Đại học Lạc Hồng tham gia chương trình góp đá xây Trường Sa

Thể hiện lòng yêu nước, bày tỏ ý thức chủ quyền lãnh thổ của tập thể sư phạm trường Đại học Lạc Hồng đối với đất nước Việt Nam ngàn năm văn hiến;
""",
        {"number": "90-CV/ĐULH", "issuer": "Đảng uỷ trường Đại học Lạc Hồng", "date": "2011-09-15"},
    ),
    (
        "a report under a portal's headline that opens with its type in capitals, written in the commune's voice",
        """Hội, đoàn thể
UBND huyện, thị xã
BÁO CÁO Công tác tiếp công dân, giải quyết KNTC, PCTN Quý III năm 2023
Ngày cập nhật 13/09/2023

Thực hiện Công văn số 66/TTr ngày 25/8/2023 của Thanh tra huyện Quảng Điền về việc báo cáo kết quả tiếp công dân, giải quyết KNTC, PCTN Quý III và 9 tháng đầu năm 2023. Ủy ban nhân dân xã Quảng Phú báo cáo công tác tiếp công dân, giải quyết KNTC, PCTN Quý III năm 2023 như sau:

I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO
""",
        {
            "doc_type": "Báo cáo",
            "issuer": "Uỷ ban nhân dân xã Quảng Phú",
            "level": "commune",
            "title": "Công tác tiếp công dân, giải quyết KNTC, PCTN Quý III năm 2023",
        },
    ),
    (
        "a portal's line naming the notice whole over its text, and the download's link run on after it",
        """Thông báo treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024
Tác giả: UBND thị xã Điện Bàn .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.
Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024
Tải về: 217-2019-TB-UBND.signed.pdf

Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số 275/MTTQ-BTT ngày 06/5/2019 về việc phối hợp tổ chức Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024, UBND thị xã thông báo:
""",
        {
            "doc_type": "Thông báo",
            "number": "217/TB-UBND",
            "issuer": "Uỷ ban nhân dân thị xã Điện Bàn",
            "year": 2019,
            "title": "treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024",
        },
    ),
    (
        "a city's news lead: the body that 'vừa có Thông báo số …' and the year of the day after the number",
        """Thông báo nghỉ tết Nguyên đán Mậu Tuất và treo cờ Tổ quốc
11:08 | 10/02/2018 Print   E-mail

UBND thành phố Vũng Tàu vừa có Thông báo số 678/TB-UBND ngày 05/02/2018 về việc treo cờ Tổ quốc và nghỉ tết Nguyên đán Mậu Tuất năm 2018.

Theo đó cán bộ, công chức, viên chức và người lao động của các cơ quan hành chính được nghỉ tết Nguyên đán Mậu Tuất 2018.
""",
        {"number": "678/TB-UBND", "issuer": "Uỷ ban nhân dân thành phố Vũng Tàu", "year": 2018},
    ),
    (
        "a ministry's letter under a page's lead of five paragraphs: the header below is read",
        """Văn bản số 1277/BGDĐT-QLCL về việc hướng dẫn tổ chức kỳ thi tốt nghiệp THPT năm 2024

Văn bản 1277 2024 về tổ chức thi tốt nghiệp THPT 2024

Ngày 22/3/2024 Bộ Giáo dục và Đào tạo đã ban hành Văn bản số 1277/BGDĐT-QLCL về việc hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024.

Theo đó, Kỳ thi tốt nghiệp trung học phổ thông (THPT) năm 2024 được tổ chức vào các ngày 26, 27, 28, 29/6/2024. Thời gian công bố kết quả thi dự kiến vào 8 giờ 00 ngày 17/7/2024.

Sau đây là nội dung chi tiết văn bản số 1277/BGDĐT-QLCL, mời các bạn cùng tham khảo.

Tải văn bản số 1277/BGDĐT-QLCL 2024

Tải văn bản số 1277/BGDĐT-QLCL 2024

BỘ GIÁO DỤC VÀ ĐÀO TẠO

_____________

Số: 1277/BGDĐT-QLCL

V/v hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

________________________

Hà Nội, ngày 22 tháng 3 năm 2024

Kính gửi:

- Các Sở Giáo dục và Đào tạo;

Kỳ thi tốt nghiệp trung học phổ thông năm 2024 (gọi tắt là Kỳ thi) được tổ chức theo Quy chế thi tốt nghiệp.
""",
        {
            "issuer": "Bộ Giáo dục và Đào tạo",
            "date": "2024-03-22",
            "title": "hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024",
        },
    ),
    (
        "a ministry's name with its 'VÀ' glued to the word before",
        """BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1499/LĐTBXH-TE
V/v triển khai Tháng hành động vì trẻ em năm 2018

Hà Nội, ngày 20 tháng 04 năm 2018

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Căn cứ Điều 11 Luật trẻ em năm 2016, Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các bộ, ngành, địa phương tổ chức Tháng hành động vì trẻ em.
""",
        {"issuer": "Bộ Lao động - Thương binh và Xã hội", "level": "central"},
    ),
    (
        "a legal site's chrome ends in a sentence above the header: the subject stops at the place and date",
        """Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...

Đang tải văn bản...

BỘ Y TẾ
CỤC QUẢN LÝ DƯỢC
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 3256/QLD-CL
V/v: hướng dẫn bổ sung việc KTCL thuốc nhập khẩu theo tinh thần công văn số 13719/QLD-CL

Hà Nội, ngày 05 tháng 03 năm 2014

Kính gửi:

- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

Ngày 23/8/2013 Cục Quản lý Dược đã có công văn số 13719/QLD-CL yêu cầu các cơ sở nhập khẩu phải kiểm tra chất lượng thuốc trước khi đưa ra lưu hành.
""",
        {
            "date": "2014-03-05",
            "title": "hướng dẫn bổ sung việc KTCL thuốc nhập khẩu theo tinh thần công văn số 13719/QLD-CL",
        },
    ),
    (
        "a general department's letter whose header row kept only its ministry's name",
        """BỘ TÀI CHÍNH | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4715/TCT-KK | Hà Nội, ngày 9 tháng 12 năm 2008 |
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương
Căn cứ Quyết định số 33/2008/QĐ-BTC ngày 02/6/2008 của Bộ trưởng Bộ Tài chính về việc ban hành hệ thống mục lục ngân sách nhà nước, Tổng cục Thuế hướng dẫn thêm về việc hạch toán kế toán thuế.
""",
        {"issuer": "Tổng cục Thuế", "level": "central", "number": "4715/TCT-KK"},
    ),
    (
        "a guidance named by a page's line with its day in words, its issuer before the verb 'hướng dẫn'",
        """Hướng dẫn số 1803/HD-TLĐ ngày 29 tháng 11 năm 2013 của Tổng Liên đoàn lao động Việt Nam hướng dẫn đóng đoàn phí công đoàn

- Căn cứ Luật Công đoàn;
- Căn cứ Điều lệ Công đoàn Việt Nam;
Tổng Liên đoàn Lao động Việt Nam hướng dẫn đóng đoàn phí của đoàn viên công đoàn như sau:
""",
        {"number": "1803/HD-TLĐ", "year": 2013, "level": "central", "title": "đóng đoàn phí công đoàn"},
    ),
    (
        "a type line that runs its subject on, under a site's line of the signer",
        """4360/BVHTTDL-VP

TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Tô Văn Động Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -

CÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010

Kính gửi: Các cơ quan báo chí thuộc Bộ

Bộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc Tuyên truyền, giáo dục các Ngày lễ lớn năm 2010 (có kèm theo sau).
""",
        {"doc_type": "Công văn", "title": "Tuyên truyền, giáo dục các ngày lễ lớn năm 2010"},
    ),
    (
        "a guidance's subject given by its 'V/v' line over a type line with none of its own",
        """ỦY BAN KIỂM TRA TRUNG ƯƠNG
--------

ĐẢNG CỘNG SẢN VIỆT NAM
----------------

Số: 11-HD/UBKTTW
V/v thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị về xử lý kỷ luật đảng viên

Hà Nội, ngày 24 tháng 3 năm 2008

HƯỚNG DẪN

Căn cứ Quy định số 94-QĐ/TW, ngày 15-10-2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Uỷ ban Kiểm tra Trung ương hướng dẫn cụ thể việc thực hiện như sau:
""",
        {
            "doc_type": "Hướng dẫn",
            "title": "thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị về xử lý kỷ luật đảng viên",
        },
    ),
]

CASES += [
    (
        "a department's letter whose copy kept only its ministry's header line: its head signs, it speaks (web63)",
        """BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 894/MT-LĐ | Hà Nội, ngày 18 tháng 08 năm 2017 |
Kính gửi: Văn phòng Bộ Y tế.
Thực hiện Nghị định số 44/2016/NĐ-CP ngày 15/5/2016 của Chính phủ Quy định chi tiết một số điều của Luật an toàn vệ sinh lao động về hoạt động kiểm định kỹ thuật an toàn lao động, huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động (sau đây gọi là Nghị định số 44/2016/NĐ-CP), tính đến ngày 18/8/2017, đã có 51 đơn vị thực hiện hoàn chỉnh thủ tục công bố theo quy định tại Nghị định số 44/2016/NĐ-CP.
Cục Quản lý môi trường y tế xin cập nhật danh sách, thông tin của 51 tổ chức công bố thực hiện quan trắc môi trường lao động và đề nghị Văn phòng Bộ Y tế đăng tải trên Cổng thông tin điện tử Bộ Y tế theo quy định tại Khoản 2, Điều 34 của Nghị định số 44/2016/NĐ-CP.
Trân trọng cảm ơn sự hợp tác chặt chẽ của Quý Văn phòng.
| KT. CỤC TRƯỞNG |
""",
        {"issuer": "Cục Quản lý môi trường y tế (Bộ Y tế)", "level": "central"},
    ),
    (
        "a number the header's column broke at its dash, the code on the next line (web68)",
        """BAN CHẤP HÀNH
TRUNG ƯƠNG
BAN TỔ CHỨC
--------
|
ĐẢNG CỘNG SẢN
VIỆT NAM
---------------
|
Số: 16 -
HD/BTCTW
|
Hà Nội, ngày
24 tháng 9 năm 2018
|
HƯỚNG DẪN
KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT
LƯỢNG HẰNG NĂM ĐỐI VỚI TỔ CHỨC ĐẢNG, ĐẢNG VIÊN VÀ TẬP THỂ, CÁ NHÂN CÁN BỘ LÃNH
ĐẠO, QUẢN LÝ CÁC CẤP
Thực hiện Quy định
số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị về việc kiểm điểm và đánh
giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính
trị, Ban Tổ chức Trung ương hướng dẫn việc kiểm điểm như sau:
""",
        {"number": "16-HD/BTCTW", "issuer": "Ban Tổ chức Trung ương", "date": "2018-09-24"},
    ),
    (
        "the Central Committee and its board run onto one line by a copy (web68)",
        """BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC -------

ĐẢNG CỘNG SẢN VIỆT nam giới ---------------

Số: 27-HD/BTCTW

Hà Nội, ngày 25 tháng 09 năm 2014

HƯỚNG DẪN

KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN VÀ ĐÁNH GIÁ, PHÂN LOẠI CHẤT LƯỢNG TỔ CHỨC CƠSỞ ĐẢNG, ĐẢNG VIÊN HẰNG NĂM

Thực hiện chỉ huy của Ban bí thư, BanTổ chức trung ương hướng dẫn kiểm điểm trường đoản cú phê bình, phê bình so với tập thể,cá nhân cùng đánh giá, phân loại chất lượng tổ chức đại lý đảng, đảng viên hằngnăm như sau:
""",
        {"issuer": "Ban Tổ chức Trung ương", "level": "central", "number": "27-HD/BTCTW"},
    ),
    (
        "a part lettered in capitals under the subject ('A -MỤC ĐÍCH, YÊU CẦU') is the body's, not the subject's (web68); its glued 'VỀĐÁNH' spelt apart",
        """BAN TỔ CHỨC TRUNG ƯƠNG
--------

ĐẢNG CỘNG SẢN VIỆT NAM
----------------

Số: 20-HD/BTCTW

Hà Nội, ngày 10 tháng 10 năm 2008

HƯỚNG DẪN

VỀĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN

A -MỤC ĐÍCH, YÊU CẦU

- Đánh giá đúng chất lượng tổ chức cơ sở đảng và đảngviên để cấp uỷ các cấp đề ra chủ trương, giải pháp xây dựng, củng cố, nâng caonăng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũcán bộ, đảng viên theo tinh thần Nghị quyết Đại hội X của Đảng.
""",
        {"title": "Về đánh giá chất lượng tổ chức cơ sở Đảng và Đảng viên", "doc_type": "Hướng dẫn"},
    ),
    (
        "a notice a portal kept without its type line: its closing formula 'trân trọng thông báo' (web53)",
        """Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ về quản lý và tổ chức lễ hội;

Thực hiện Công điện số 01/CĐ-UBND ngày 31/01/2020 của y ban nhân dân tỉnh Hòa Bình; Công văn số 105/UBND-KGVX ngày 31/01/2020 của y ban nhân dân tỉnh Hòa Bình về việc phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra;

y ban nhân dân huyện Mai Châu thông báo tạm dừng Lễ hội Xên Mường huyện Mai Châu năm 2020 dự kiến tổ chức vào ngày 03/02/2020 (tức ngày 10 tháng giêng năm Canh Tý) tại xã Chiềng Châu, huyện Mai Châu;

Ủy ban nhân dân huyện Mai Châu trân trọng thông báo./.

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU

Đặng Mai Sơn
""",
        {"doc_type": "Thông báo", "issuer": "Uỷ ban nhân dân huyện Mai Châu"},
    ),
    (
        "a plan issued with a decision, under a sharing site's card: dated as its decision's note says (web65 6501)",
        """Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống
1
/ 18 trang
THÔNG TIN TÀI LIỆU
Thông tin cơ bản
Định dạng
Số trang
18
Dung lượng
254,86 KB
Nội dung
UBND XÃ KHÁNH HIỆP BAN CHỈ HUY PCTT VÀ TKCN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh Phúc PHƯƠNG ÁN ỨNG PHÓ VỚI THIÊN TAI THEO CẤP ĐỘ RỦI RO THIÊN TAI NĂM 2022 TRÊN ĐỊA BÀN XÃ KHÁNH HIỆP (Ban hành kèm theo Quyết định số:106/QĐ-UBND ngày 15/4/2022 BCH PCTT&TKCN xã Khánh Hiệp) Phần I GIỚI THIỆU CHUNG I ĐẶC ĐIỂM TỰ NHIÊN, TÌNH HÌNH
""",
        {"doc_type": "Phương án", "number": None, "date": "2022-04-15", "year": 2022},
    ),
    (
        "a department's portal reposts the Government office's notice of a leader's conclusions under its stamp (web46)",
        """Cập nhật ngày:
27/05/2021
- Lượt xem:
46
Thông báo kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc gia tại cuộc họp Thường trực Ban chỉ đạo phòng, chống dịch Covid-19
|
|
Chiều ngày 14 tháng 5 năm 2021, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 đã chủ trì cuộc họp Thường trực Ban chỉ đạo Quốc gia về công tác phòng, chống dịch Covid-19. Sau khi nghe ý kiến phát biểu của các Thành viên Ban Chỉ đạo Quốc gia và các chuyên gia, các đại biểu dự họp, Phó Thủ tướng Chính phủ Vũ Đức Đam, Trưởng Ban Chỉ đạo đã kết luận như sau:
|
|
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Văn phòng Chính phủ",
            "level": "central",
            "title": "kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc gia tại cuộc họp Thường trực Ban chỉ đạo phòng, chống dịch Covid-19",
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_cells_reports_and_ministries(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
