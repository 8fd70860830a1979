# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Units under a ministry or a department, letters that name their subject or their ground their own way, dates
typed over a form (bench/real-directives-web21 … web62): an institute under its ministry; a hospital naming its city
by initials; a department's centre named by its province; a unit named by its department alone; a minister's
authority line under a garbled header; a letter's subject with no "V/v", or labelled "Về:"; a letter opening on the
document it acts on ("Tại công văn số …"); a number whose dash was typed as a slash; a figure typed over the form's
dots; a hand-written day the text layer put after the month; a place's name a table cell broke; boards under a council run into its line, letters of congratulation, news pages' stamps and headlines, a sharing site's description of the file, a headline's body rolling its plan out.  Each case quotes a real document, cut to what the case
needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = []

CASES += [
    (
        "a ministry's institute under the ministry: the institute, central",
        """BỘ XÂY DỰNG
VIỆN KIẾN TRÚC QUỐC GIA
Số: 185 /VKTQG-QLKH
V/v góp ý Dự thảo Nghị định của Chính
phủ quy định chi tiết một số nội dung về
quản lý chất lượng, thi công xây dựng và
bảo trì công trình xây dựng
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 26 tháng 3 năm 2026
Kính gửi: Bộ Xây dựng.
Căn cứ Công văn số 4322/BXD-GD ngày 20 tháng 03 năm 2026 về việc góp ý Dự thảo Nghị định của Chính phủ.
Sau khi nghiên cứu, Viện Kiến trúc Quốc gia cơ bản thống nhất với nội dung dự thảo.
""",
        {"issuer": "Viện Kiến trúc Quốc gia", "level": "central", "province": None, "basis": ["4322/BXD-GD"]},
    ),
    (
        "a hospital naming its city by initials under the department that spells it (a scan): the hospital, its city",
        """SỞ Y TÉ TP CÀN THƠ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

BỆNH VIỆN PHỤ SẢN TPCT                          Độc lập - Tự do - Hạnh phúc
Số: 1067/BVPS                               Cân Thơ, ngàyÁÉtháng 5 năm 2023

V/v đề nghị bổ sung một số chức
năng phân mềm DHG.Hospital

Kính gửi: Công ty TNHH Giải pháp KTS DH

Căn cứ vào công văn số 1163/BHXH-CSYT ngày 13 tháng 4 năm 2020 của Bảo
hiểm xã hội Việt Nam về việc hướng dẫn thanh toán tạm thời đối với phẫu thuật sử dụng
phương pháp vô cảm gây tê chưa được quy định giá;

Căn cứ vào công văn số 31/BHXH-GĐBHYT ngày 12 tháng 01 năm 2023 của
Bảo hiểm xã hội Cần Thơ về việc mã hóa tạm thời đôi với dịch vụ kỹ thuật sử dụng
phương pháp vô cảm gây tê chưa quy định giá.

Để đảm bảo việc thanh toán chỉ phí bảo hiểm y tế, Bệnh viện Phụ sản TP. Cần
Thơ đề nghị Công ty TNHH Giải pháp KTS DH bổ sung một số chức năng phần mềm
DHG. Hospital như sau:
""",
        {
            "issuer": "Bệnh viện Phụ sản thành phố Cần Thơ",
            "level": "province",
            "province": "Cần Thơ",
            "year": 2023,
            "title": "đề nghị bổ sung một số chức năng phân mềm DHG.Hospital",
        },
    ),
    (
        "a department's centre under the department, its place not in its own line: named by the province",
        """SỞ Y TẾ HÀ NỘI               CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ DỰ PHÒNG                 Độc lập - Tự do - Hạnh phúc

Số: 3824/YTDP-SR               Hà Nội, ngày đý tháng 9 năm 2018
V/v: Mời họp giao ban mạng lưới

Kính gửi: Trung tâm y tế 30 quận, huyện, thị xã

Thực hiện kế hoạch công tác sốt rét, xử lý dịch và giám sát côn trùng phòng chống dịch bệnh, Trung tâm Y tế dự phòng Hà Nội tổ chức hội nghị giao ban.
""",
        {"issuer": "Trung tâm Y tế dự phòng Hà Nội", "level": "province", "province": "Hà Nội"},
    ),
    (
        "a working group named by its department alone, the province only on the place line",
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG
TỔ CÔNG TÁC VỀ CHUYỂN ĐỔI SỐ
Số: /TB-STTTT
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 21 tháng 7 năm 2023
THÔNG BÁO
Kết luận của đồng chí Nguyễn Cao Thắng - Giám đốc Sở, Tổ trưởng Tổ Công tác tại cuộc họp tỉnh tháng 7 năm 2023
Ngày 21 tháng 7 năm 2023, đồng chí Nguyễn Cao Thắng - Giám đốc Sở, Tổ Trưởng Tổ công tác chủ trì cuộc họp.
""",
        {
            "issuer": "Tổ công tác về chuyển đổi số, Sở Thông tin và Truyền thông tỉnh Hải Dương",
            "level": "province",
            "province": "Hải Dương",
            "date": "2023-07-21",
        },
    ),
    (
        "a minister's decision whose header an OCR garbled: the ministry its authority line names, as a legible header gives",
        """BỘ GIÁO màn "VÀ ĐÀO XÃ LẠ)     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2627 /QĐ-BGDĐT        Hà Nội, ngày 17 tháng 09 năm 2025

:           QUYÉT ĐỊNH
Ban hành Chuân chương trình đào tạo kỹ sư, thạc sĩ tài năng
thuộc các lĩnh vực STEM

BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO

Căn cứ Luật Giáo dục đại học số 08/2012/QH13 được sửa đổi, bổ sung một số điễu tại Luật số 34/2018/QH14;
""",
        {"issuer": "Bộ Giáo dục và Đào tạo", "level": "central", "date": "2025-09-17"},
    ),
]

CASES += [
    (
        "a letter's subject under its number without 'V/v'",
        """TÒA ÁN NHÂN DÂN
TỐI CAO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 159/TANDTC-PC
Bảo đảm chỉ tiêu, chất lượng giải quyết các vụ việc thuộc thẩm quyền của Tòa án nhân dân cấp cao

Hà Nội, ngày 11 tháng 08 năm 2015

Kính gửi: CácTòa án nhân dân cấp cao

Để thi hành Luật tổchức Tòa án nhân dân năm 2014, Ủy banthường vụ Quốc hội đã ban hành Nghị quyết số 957/NQ-UBTVQH13 thành lập Tòa ánnhân dân cấp cao tại Hà Nội.
""",
        {
            "doc_type": "Công văn",
            "title": "Bảo đảm chỉ tiêu, chất lượng giải quyết các vụ việc thuộc thẩm quyền của Toà án nhân dân cấp cao",
            "date": "2015-08-11",
        },
    ),
    (
        "a letter's subject labelled 'Về:', its opening on the letter it answers ('Theo văn bản số …')",
        """UỶ BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
*****

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
*******

Số: 2865/GDĐT –KT&KĐCL
Về: tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.

Tp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007

Kính gửi:

- Hiệu trưởng trường Trung học phổ thông ;
- Giám đốc trung tâm giáo dục thường xuyên ;

Theo văn bản số 906/KT- KĐ ngày 03.12.2007 của Bộ Giáodục và Đào tạo – Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quychế thi tốt nghiệp THPT.

Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ýkiến về dự thảo Quy chế thi tốt nghiệp THPT.
""",
        {"title": "tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT", "basis": ["906/KT-KĐ"]},
    ),
    (
        "a letter opening on the letter whose instruction it carries out ('Tại công văn số …')",
        """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 1583/TCT-CS
V/v: chính sách thuế

Hà Nội, ngày 24 tháng 04 năm 2017

Kính gửi: Cục thuế các tỉnh, thành phố trực thuộc Trung ương.

Tại công văn số 884/VPCP-KTTH ngày 03/02/2017 của Văn phòng Chính phủ về việc thực hiện nhiệm vụ Quốc hội khóa XIV kỳ họp thứ 2, Thủ tướng Chính phủ yêu cầu Bộ Tài chính chủ trì, phối hợp với các Bộ, ngành, địa phương liên quan chỉ đạo thực hiện.
""",
        {"basis": ["884/VPCP-KTTH"], "issuer": "Tổng cục Thuế"},
    ),
    (
        "a ground whose number has a slash for its dash ('04/HD/BTGDVTU'), after a department's",
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 4728 /SGDĐT-HSSV
V/v hướng dẫn công tác tuyên truyền
phòng, chống ma túy trong tình hình mới

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025

Kính gửi:
- Ủy ban nhân dân phường/xã/đặc khu;
- Hiệu trưởng các trường phổ thông, trường phổ
thông có nhiều cấp học;
Căn cứ Hướng dẫn số 04/HD/BTGDVTU ngày 06 tháng 11 năm 2025 của Ban Tuyên giáo và Dân vận Thành uỷ về hướng dẫn công tác tuyên truyền phòng, chống ma tuý trong tình hình mới;
Thực hiện Kế hoạch số 7935/SGDĐT-HSSV ngày 09 tháng 12 năm 2024 của Sở Giáo dục và Đào tạo về Kế hoạch triển khai thực hiện công tác phòng, chống tệ nạn ma tuý;
""",
        {"basis": ["04/HD/BTGDVTU", "7935/SGDĐT-HSSV"]},
    ),
]

CASES += [
    (
        "a month typed over the form's dots, one of them left ('tháng9_ năm')",
        """BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2676 /QĐ-BGDĐT                  Hà Nội, ngày 24 tháng9_ năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt Tài liệu hướng dẫn tô chức công tác phát triển Đảng
cho học sinh, sinh viên

BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO

Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;
""",
        {"date": "2025-09-24", "year": 2025, "issuer": "Bộ Giáo dục và Đào tạo"},
    ),
    (
        "a hand-written day the text layer put after the printed month ('ngày  tháng 11 6  năm 2021'): the year alone",
        """UBND TỈNH HẢI DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ
Độc lập - Tự do - Hạnh phúc
Số: 109 /BC-SYT Hải Dương, ngày         tháng 11 6  năm 2021
BÁO CÁO
Tình hình triển khai thí điểm ứng dụng phần mềm
Quản lý xét nghiệm SARS-Cov-2 tại các cơ sở y tế trên địa bàn tỉnh Hải Dương
Nhằm đánh giá tình hình triển khai thí điểm ứng dụng phần mềm Quản lý xét nghiệm SARS-CoV-2 tại các cơ sở y tế trên địa bàn tỉnh Hải Dương, Sở Y tế báo cáo tình hình thực hiện trong thời gian qua như sau:
""",
        {"date": None, "year": 2021, "number": "109/BC-SYT", "issuer": "Sở Y tế tỉnh Hải Dương"},
    ),
]

CASES += [
    (
        "a Party portal's lead that introduces the full text ('giới thiệu toàn văn Nghị quyết số …, ngày …'): its number and year",
        """Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.

NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về lãnh đạo xây dựng, phát triển thị xã Sông Cầu
lên thành phố trực thuộc tỉnh vào năm 2025
—–

Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025 như sau:
""",
        # the province its town says ("thị xã Sông Cầu" is Phú Yên's), where the page names none; the short rule
        # under the subject ("—–"), run onto its last line, is no part of it
        {
            "doc_type": "Nghị quyết",
            "number": "10-NQ/TU",
            "year": 2021,
            "province": "Phú Yên",
            "title": "về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025",
        },
    ),
    (
        "a news lead naming the document's number right after its type, without 'số'",
        """ date 2021-01 Tỉnh ủy vừa ban hành Chỉ thị 07/CT-TU về lãnh đạo, chỉ đạo tổ chức tết Nguyên đán Tân Sửu 2021.

Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, MTTQ Việt Nam và các tổ chức chính trị – xã hội tập trung thực hiện nghiêm túc các quy định về phòng chống dịch Covid-19, tuyệt đối không chủ quan, mất cảnh giác với các nguy cơ dịch bệnh.
""",
        {
            "doc_type": "Chỉ thị",
            "number": "07/CT-TU",
            "title": "về lãnh đạo, chỉ đạo tổ chức tết Nguyên đán Tân Sửu 2021",
        },
    ),
]

CASES += [
    (
        "a place's name a narrow table cell broke before its date ('Hà' / 'Nội, ngày …'): no word of the subject",
        """BỘ
GIÁO DỤC VÀ ĐÀO TẠO
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 3847/BGDĐT-NGCBQLGD
V/v tổ chức thi thăng hạng CDNN giảng
viên cao cấp (hạng I), giảng viên chính (hạng II) năm 2017
|
Hà
Nội, ngày 22 tháng 08
năm 2017
|
Kính
gửi:
|
- Các Bộ, cơ quan ngang Bộ, cơ quan
thuộc Chính phủ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;
|
Thực hiện Nghị định số 29/2012/NĐ-CP ngày
12/4/2012 của Chính phủ về tuyển dụng, sử dụng và quản lý viên chức.
""",
        {
            "title": "tổ chức thi thăng hạng CDNN giảng viên cao cấp (hạng I), giảng viên chính (hạng II) năm 2017",
            "date": "2017-08-22",
        },
    ),
]

CASES += [
    (
        "a board under its commune's council run into one line by a sharing site: the board, named with its commune",
        """Nội dung
UBND XÃ KHÁNH HIỆP BAN CHỈ HUY PCTT VÀ TKCN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh Phúc PHƯƠNG ÁN ỨNG PHÓ VỚI THIÊN TAI THEO CẤP ĐỘ RỦI RO THIÊN TAI NĂM 2022 TRÊN ĐỊA BÀN XÃ KHÁNH HIỆP (Ban hành kèm theo Quyết định số:106/QĐ-UBND ngày 15/4/2022 BCH PCTT&TKCN xã Khánh Hiệp) Phần I GIỚI THIỆU CHUNG I ĐẶC ĐIỂM TỰ NHIÊN, TÌNH HÌNH THIÊN TAI TRONG CÁC NĂM QUA: Đặc điểm tự nhiên Khánh Hiệp xã miền núi nằm phía bắc huyện Khánh Vĩnh
""",
        {"issuer": "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã Khánh Hiệp", "level": "commune"},
    ),
    (
        "a board's letter of congratulation ('THƯ CHÚC MỪNG', a 'thư công' of Nghị định 30/2020): its type, its board",
        """Nhân Ngày Doanh nhân Việt Nam (13-10), Ban quản lý các KCN Phú Thọ có Thư chúc mừng gửi đội ngũ doanh nhân, doanh nghiệp các KCN, CCN trên địa bàn tỉnh Phú Thọ. Trân trọng giới thiệu toàn văn Thư chúc mừng.

BAN QUẢN LÝ CÁC KCN

PHÚ THỌ

*

Việt Trì, ngày 13 tháng 10 năm 2021

THƯ CHÚC MỪNG

Nhân ngày Doanh nhân Việt Nam 13 tháng 10

Kính gửi: Cộng đồng doanh nhân, doanh nghiệp Khu công nghiệp,

                                 Cụm công nghiệp tỉnh Phú Thọ

Nhân kỷ niệm ngày Doanh nhân Việt Nam (13/10/2004 - 13/10/2021), thay mặt Ban quản lý các KCN Phú Thọ, tôi xin gửi tới toàn thể cộng đồng doanh nhân, doanh nghiệp Khu công nghiệp, Cụm công nghiệp (KCN, CCN) trên địa bàn tỉnh Phú Thọ lời chúc mừng tốt đẹp nhất.
""",
        {
            "doc_type": "Thư chúc mừng",
            "issuer": "Ban quản lý các khu công nghiệp Phú Thọ",
            "title": "Nhân ngày Doanh nhân Việt Nam 13 tháng 10",
            "date": "2021-10-13",
        },
    ),
    (
        "a page's day alone under its headline ('29/10/2020'): no word of the subject",
        """Thông báo về cao điểm sinh vật gây hại cây trồng vụ Đông năm 2020
29/10/2020
Hiện nay, các cây trồng vụ Đông: Cây ngô, cây đậu tương, khoai lang, lạc đang giai đoạn phát triển thân lá; rau các loại (các giai đoạn). Để chủ động phòng chống sinh vật gây hại, bảo vệ an toàn cho sản xuất vụ Đông, Chi cục Trồng trọt và Bảo vệ thực vật thông báo về cao điểm sinh vật gây hại, cụ thể như sau:
""",
        {"doc_type": "Thông báo", "title": "về cao điểm sinh vật gây hại cây trồng vụ Đông năm 2020"},
    ),
    (
        "a page's posting stamp with its view count under the headline; a lead naming a letter by a number of one code",
        """Thông tin tuyên truyền

Về việc tháo dỡ pano cũ, rách và thay thế khẩu hiệu tuyên truyền cổ động trực quan
Ngày đăng 10/06/2016 | 10:20  | View count: 511

Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ pano cũ, rách và thay thế khẩu hiệu tuyên truyền cổ động trực quan. Hiện nay nhiều cụm panô, băngzôn đã bị gió lốc làm gẫy, rách gây phản cảm. Đề nghị Ban Văn hóa - Thông tin các xã, thị trấn kiểm tra, rà soát, tháo dỡ. Nội dung chi tiết xem tại đây
""",
        {
            "doc_type": "Công văn",
            "number": "50/VHTT",
            "year": 2016,
            "title": "tháo dỡ pano cũ, rách và thay thế khẩu hiệu tuyên truyền cổ động trực quan",
        },
    ),
    (
        "a news headline naming the body before a colon, then the document by its type, over the copy's numbered parts",
        """Công an tỉnh Ninh Thuận: Thông báo tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm 2022

1. Đối tượng tuyển chọn

Công dân Nam trong độ tuổi gọi nhập ngũ đã đăng ký nghĩa vụ quân sự tại địa phương theo quy định; có tuổi đời từ đủ 18 đến hết 25 tuổi.

2. Tiêu chuẩn tuyển chọn
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Công an tỉnh Ninh Thuận",
            "province": "Ninh Thuận",
            "title": "tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm 2022",
        },
    ),
]

CASES += [
    (
        "a document-sharing site's file card and its description of the file over a broken font's copy: the body it names",
        """Quyết định số 3134/2008/QĐ-UBND

Chia sẻ: Son Pham | Ngày: | Loại File: PDF | Số trang:10

0
45
lượt xem
8
download

Quyết định số 3134/2008/QĐ-UBND

Mô tả tài liệu
  Download Vui lòng tải xuống để xem tài liệu đầy đủ

Quyết định số 3134/2008/QĐ-UBND của Ủy ban nhân dân tỉnh Cao Bằng về việc ban hành quy định về giá cước vận tải hàng hoá bằng xe ô tô trên địa bàn tỉnh Cao Bằng

Chủ đề:
Lưu

Nội dung Text: Quyết định số 3134/2008/QĐ-UBND

  1. Y BAN NHÂN DÂN C NG HOÀ XÃ H I CH NGHĨA VI T NAM T NH CAO B NG c l p - T do - H nh phúc ------ ------- S : 3134/2008/Q -UBND Cao B ng, ngày 31 tháng 12 năm 2008 QUY T NNH BAN HÀNH QUY NNH V GIÁ CƯ C V N T I HÀNG HOÁ B NG XE Ô TÔ TRÊN NA BÀN T NH CAO B NG Y BAN NHÂN DÂN T NH CAO B NG
""",
        {"number": "3134/2008/QĐ-UBND", "issuer": "Uỷ ban nhân dân tỉnh Cao Bằng", "year": 2008},
    ),
]

CASES += [
    (
        "a newspaper's lead naming a telegram with its urgency between type and number ('công điện khẩn số 13')",
        """Nghệ An chủ động đối phó với diễn biến của áp thấp nhiệt đới và bão

(Baonghean) - Để chủ động ứng phó với diễn biến của ATNĐ và bão, ngày 12/9/2016, BCH phòng chống thiên tai và TKCN tỉnh Nghệ An đã có công điện khẩn số 13.

Nội dung công điện như sau:
""",
        # the page's headline, as for other leads that give no subject; not the urgency read as one ("khẩn số 13")
        {
            "doc_type": "Công điện",
            "number": None,
            "title": "Nghệ An chủ động đối phó với diễn biến của áp thấp nhiệt đới và bão",
        },
    ),
]

CASES += [
    (
        "a headline naming the body rolling its plan out ('Huyện ủy triển khai kế hoạch tuyên truyền …'): the type, the subject",
        """admin's picture

Huyện ủy triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần thứ XXI

     Nhằm tạo sự thống nhất về nhận thức và hành động, từ đó cổ vũ động viên các cấp ủy và cán bộ, đảng viên thi đua hoàn thành tốt nhiệm vụ. Thực hiện hướng dẫn số 02 ngày 30/10/2015 của Ban tuyên giáo tỉnh ủy về việc tuyên truyền nghị quyết đại hội Đảng bộ tỉnh lần thứ XVIII và huyện lần thứ XXI. Ngày 10/11/2015, Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.
""",
        {"doc_type": "Kế hoạch", "title": "tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần thứ XXI"},
    ),
    (
        "the Front's committee by its initials in such a headline ('UBMTTQVN Tỉnh'), its posting stamp with a comma",
        """UBMTTQVN Tỉnh triển khai kế hoạch vận động chăm lo cho hộ nghèo nhân dịp tết Nguyên đán Ất Múi 2015

Cập nhật 17/1/2015, 13:01:04

Thực hiện kế hoạch số 36 của Ban thường trực Ủy ban Trung ương MTTQ Việt Nam về việc vận động chăm lo cho hộ nghèo nhân dịp tết Nguyên đán Ất Mùi 2015, Ban thường trực Ủy ban MTTQ Việt Nam tỉnh có kế hoạch triển khai cụ thể như sau:
""",
        {
            "doc_type": "Kế hoạch",
            "level": "province",
            "title": "vận động chăm lo cho hộ nghèo nhân dịp tết Nguyên đán Ất Múi 2015",
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_units_letters_and_form_dates(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
