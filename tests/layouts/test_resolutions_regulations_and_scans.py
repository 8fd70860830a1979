# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""District decisions, departments' letters, councils' and congresses' resolutions, Party regulations, the
Government's acts, scans (bench/real-directives-web41 … web47): a subject broken before a body it names; a province
named with a spaced dash; a legacy font's slips; a site's department over a header cut to its council; a regulation
in its committee's voice; a telegram; a national organisation's heading over its provincial branch; scans' headings
and seals as an OCR reads them; a PDF's subject wrapped on a line as long as the page's (web59).  Each case quotes a
real document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = []

CASES += [
    (
        "a decision's caps subject broken after 'VÀ' before the body it names goes on over the authority line",
        """ỦY BAN NHÂN DÂN
QUẬN 11
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 1342/QĐ-UBND
|
Quận 11, ngày 06
tháng 7 năm 2023
|
QUYẾT ĐỊNH
BAN
HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC PHÒNG, BAN, ĐƠN VỊ THUỘC ỦY BAN NHÂN DÂN QUẬN VÀ
ỦY BAN NHÂN DÂN 16 PHƯỜNG TRONG CÔNG TÁC THAM MƯU VÀ TRIỂN KHAI THỰC HIỆN NHIỆM
VỤ QUẢN LÝ NHÀ NƯỚC TRÊN ĐỊA BÀN QUẬN 11
CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 11
Căn cứ Luật Tổ chức chính quyền địa phương ngày
19 tháng 6 năm 2015;
""",
        {
            "number": "1342/QĐ-UBND",
            "title": "Ban hành quy chế phối hợp giữa các phòng, ban, đơn vị thuộc Uỷ ban nhân dân quận và Uỷ ban nhân dân 16 phường trong công tác tham mưu và triển khai thực hiện nhiệm vụ quản lý Nhà nước trên địa bàn quận 11",
        },
    ),
    (
        "a province whose name has a spaced dash signs its council's resolution",
        """HỘI ĐỒNG NHÂN DÂN
TỈNH BÀ RỊA - VŨNG TÀU
----------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 37/2011/NQ-HĐND

Bà Rịa - Vũng Tàu, ngày 08 tháng 12 năm 2011

NGHỊ QUYẾT

VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2011 – 2015 CỦA TỈNH BÀ RỊA – VŨNG TÀU

HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU
KHÓA V KỲ HỌP THỨ 3

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
""",
        {"date": "2011-12-08", "province": "Bà Rịa - Vũng Tàu", "level": "province"},
    ),
    (
        "a legacy font's 'ò' read as 'ị' in an office's name under its Party committee",
        """1
TỈNH ỦY BÌNH DƯƠNG
VĂN PHỊNG
*

ĐẢNG CỘNG SẢN VIỆT NAM
Bình Dương, ngày tháng 12 năm 2020

BẢNG SO SÁNH
Nội dung dự thảo Quy chế làm việc của Tỉnh ủy khoá XI, nhiệm kỳ 2020 - 2025
""",
        {"issuer": "Văn phòng Tỉnh uỷ Bình Dương", "province": "Bình Dương", "date": None},
    ),
    (
        "a department's letter named by a portal's lead: the province's department, Thừa Thiên Huế a province in 2019",
        """Tìm kiếm tin tức
Hướng dẫn đánh giá và phân loại cán bộ, công chức, viên chức hàng năm
Ngày cập nhật 09/04/2019

Ngày 09/4/2019, Sở Nội vụ đã ban hành Công văn số 391/SNV-TCCC về việc hướng dẫn đánh giá và phân loại cán bộ, công chức, viên chức hàng năm.

Để có cơ sở báo cáo UBND tỉnh và Bộ Nội vụ về việc báo cáo đánh giá và phân loại cán bộ, công chức, viên chức; Sở Nội vụ đề nghị các cơ quan, đơn vị và địa phương thực hiện như sau:

- Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố Huế tổ chức triển khai thực hiện.
""",
        {"number": "391/SNV-TCCC", "issuer": "Sở Nội vụ tỉnh Thừa Thiên Huế", "year": 2019},
    ),
    (
        "a legal site's table of properties names the department a header row cut to 'ỦY BAN NHÂN / DÂN'",
        """Số hiệu: | 9846/SLĐTBXH-VLATLĐ | Loại văn bản: | Công văn |
Nơi ban hành: | Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh | Người ký: | Nguyễn Văn Lâm |
Ngày ban hành: | 09/05/2023 | Ngày hiệu lực: | Đã biết |
Tình trạng: | Đã biết |
ỦY BAN NHÂN
DÂN |
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM |
Số:
9846/SLĐTBXH-VLATLĐ |
Thành phố Hồ Chí Minh, ngày 09 tháng 5 năm 2023 |
Kính gửi: |
Các doanh nghiệp trên địa bàn Thành phố
Nhằm nắm bắt tình hình lao động - việc làm tại doanh nghiệp trên địa bàn Thành phố, Sở Lao động - Thương binh và Xã hội đề nghị các doanh nghiệp báo cáo.
""",
        {"issuer": "Sở Lao động - Thương binh và Xã hội thành phố Hồ Chí Minh", "date": "2023-05-09"},
    ),
    (
        "a copy that lost its letters, the national name typed again by the site: the council's province lost its 'Ỉ'",
        """UBND TNH BC NINH
SỞ TÀI CHÍNH
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

S: 514/HD-STC

Bắc Ninh, ngày 27 tháng 7 năm 2015

HƯỚNG DẪN

XÂY DỰNG DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2016

n c Lut NSNN và c văn bn hưng dn thi hành Luật;
""",
        {"issuer": "Sở Tài chính tỉnh Bắc Ninh", "number": "514/HD-STC", "date": "2015-07-27"},
    ),
    (
        "departments' joint guidance: its own type, its code HDLN",
        """UBND TỈNH LÀO CAI
SỞ Y TẾ-BHXH TỈNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 43/HDLN-SYT-BHXH

Lào Cai, ngày 30 tháng 3 năm 2016

HƯỚNG DẪN LIÊN NGÀNH

ĐĂNG KÝ KHÁM BỆNH, CHỮA BỆNH BAN ĐẦU, THỦ TỤC KHÁM CHỮA BỆNH VÀ CHUYỂN TUYẾN KHÁM CHỮA BỆNH BHYT TRÊN ĐỊA BÀN TỈNH LÀO CAI

Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14/11/2008;
""",
        {"doc_type": "Hướng dẫn liên ngành", "number": "43/HDLN-SYT-BHXH", "date": "2016-03-30"},
    ),
    (
        "a regulation in its committee's voice after its grounds; its number and day in the page's link to it",
        """Quy định đánh giá chất lượng sinh hoạt chi bộ

Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Chỉ thị số 13-CT/TU, ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ; Ban Thường vụ Tỉnh ủy quy định đánh giá chất lượng sinh hoạt chi bộ, như sau:

Xem toàn bộ Quy định số 27-QĐ/TU, ngày 30/10/2023 của BTV Tỉnh ủy Nghệ An tại đây

Bài viết khác
""",
        {"doc_type": "Quy định", "number": "27-QĐ/TU", "issuer": "Ban Thường vụ Tỉnh uỷ Nghệ An", "year": 2023},
    ),
    (
        "a congress's resolution whose number is glued to its term, under a portal's 'ĐĂNG NHẬP'; its account follows",
        """ĐĂNG NHẬP
image banner
Nghị Quyết Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI nhiệm kỳ 2020 - 2025

NGHỊ QUYẾT

Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXInhiệm kỳ 2020 - 2025

Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI, nhiệm kỳ 2020 - 2025, diễn ra từ ngày 5 tháng 8 đến ngày 6 tháng 8 năm 2020, tại Hội trường Trung tâm Văn hoá, Thể thao và Truyền thông huyện, với 245 đại biểu được triệu tập. Sau khi thảo luận các văn kiện do Ban Chấp hành Đảng bộ huyện khóa XX, nhiệm kỳ 2015 - 2020 chuẩn bị và trình trước Đại hội,

QUYẾT NGHỊ
""",
        {
            "issuer": "Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI",
            "level": "district",
            "title": "Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXInhiệm kỳ 2020 - 2025",
        },
    ),
]


CASES += [
    (
        "a scan's subject over two lines, the place and date read on its first line, the hand's day read 'Ä2' glued to 'tháng' (web59 5902)",
        """BỘ GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: /lÖ/BGDĐT-GDTrH
V/v hướng dẫn thực hiện điều chỉnh nội               Hà Nội, ngàyÄ2tháng 3 năm 2020
dung đạy học học kì II năm học 2019-2020

Kính gửi: - Sở Giáo dục và Đào tạo các tỉnh, thành phố;
- Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu.

Trước diễn biến phức tạp của dịch COVID-19, thực hiện chỉ đạo của Thủ tướng
Chính phủ, ngày 13/3/2020, Bộ Giáo dục và Đào tạo (GDĐT) đã ban hành Quyết. định sô
736/QĐ-BGDĐT điều chỉnh khung kế hoạch thời gian năm học đối với giáo dục mầm non,
""",
        {"title": "hướng dẫn thực hiện điều chỉnh nội dung đạy học học kì II năm học 2019-2020", "year": 2020},
    ),
    (
        "a telegram's own text in a news page: its sender 'điện:' its addressees",
        """Thủ tướng Chính phủ điện: Các Phó thủ tướng Chính phủ; Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Bí thư thành ủy, tỉnh ủy các tỉnh, thành phố trực thuộc Trung ương; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương.
 |
Trung tâm Hội chợ Triển lãm Quốc gia (Đông Anh, Hà Nội) sẵn sàng cho ngày khánh thành 19-8-2025. Ảnh: TTXVN |
Để chuẩn bị Lễ khánh thành, khởi công các dự án, công trình chào mừng kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2-9-1945 / 2-9-2025) vào ngày 19-8-2025, Thủ tướng Chính phủ yêu cầu các bộ, ngành thực hiện.
""",
        {"doc_type": "Công điện", "issuer": "Thủ tướng Chính phủ", "level": "central", "province": None},
    ),
    (
        "the national heading in a legacy font's 'HỊA' is no part of the Government's name",
        """CHÍNH PHỦ
-------
CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 127/NQ-CP
Hà Nội, ngày 08 tháng 10 năm 2021
NGHỊ QUYẾT
PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 9 NĂM 2021 TRỰC TUYẾN
TOÀN QUỐC VỚI ĐỊA PHƯƠNG VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9
VÀ 9 THÁNG NĂM 2021
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
""",
        {"issuer": "Chính phủ", "number": "127/NQ-CP", "date": "2021-10-08"},
    ),
    (
        "a national organisation's heading over its provincial branch's executive committee",
        """Nội dung

HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH NGHỆ AN
*
            Số: 49-KH/HNDT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

TP Vinh, ngày 19 tháng 9 năm 2019

KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 89 năm ngày thành lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2019)
""",
        {"issuer": "Ban Chấp hành Hội Nông dân tỉnh Nghệ An", "level": "province", "date": "2019-09-19"},
    ),
    (
        "a scan's OCR: the national heading split inside 'CHỦ N GHĨA' between the council's two lines",
        """UỶ BAN NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ N GHĨA VIỆT NAM
TỈNH QUẢNG NGÃI
Độc lập - Tự do - Hạnh phúc
Số: 280 /BC-UBND
Quảng Ngãi, ngày 22 tháng 11 năm 2024
BÁO CÁO
""",
        {"issuer": "Uỷ ban nhân dân tỉnh Quảng Ngãi", "number": "280/BC-UBND", "date": "2024-11-22"},
    ),
    (
        "a scan's OCR: 'HỦNGHĨA' run together, a district office under its committee",
        """UBND HUYỆN AN PHÚ
CỘNG HOÀ XÃ HỘI HỦNGHĨA VIỆT NAM
PHÒNG TƯ PHÁP
Độc lập - Tự do- Hạnh phúc
Số: 63/BC-TĐ
An Phú, ngày 13 tháng 6 năm 2022
BÁO CÁO
""",
        {"issuer": "Phòng Tư pháp huyện An Phú", "level": "district", "date": "2022-06-13"},
    ),
    (
        "a scan's OCR: a seal's edge read as a line of marked letters under the issuer",
        """BẢO HIỂM XÃ HỘI VIỆT NAM
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
.ẰẶ-Ằ-ẰĂẰĂĂT
Độc lập - Tự do - Hạnh phúc
Số: 4782/BHXH-CNTT
V/v bổ sung tài liệu
""",
        {"issuer": "Bảo hiểm xã hội Việt Nam", "level": "central", "number": "4782/BHXH-CNTT"},
    ),
    (
        "a scan's OCR: the motto run into the council's place line without its space ('Độclập')",
        """HỘI ĐỒNG NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN PHÚ Độclập - Tự do - Hạnhphúc
Số: 08/TB-HĐND
An Phú, ngày 25 tháng 01 năm 2023
THÔNG BÁO
Lịch tiêp công dân của
Thường trực Hội đồng nhân dân huyện năm 2023
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {"issuer": "Hội đồng nhân dân huyện An Phú", "level": "district", "number": "08/TB-HĐND"},
    ),
]

CASES += [
    (
        "a report's subject wrapped on a line as long as the page's, the first sentence under it (web59 5908, a PDF)",
        """ UBND TỈNH HẢI DƯƠNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       SỞ Y TẾ                           Độc lập - Tự do - Hạnh phúc

      Số: 109 /BC-SYT                 Hải Dương, ngày 11 tháng 6 năm 2021

                                 BÁO CÁO
              Tình hình triển khai thí điểm ứng dụng phần mềm
 Quản lý xét nghiệm SARS-Cov-2 tại các cơ sở y tế trên địa bàn tỉnh Hải Dương
       Nhằm đánh giá tình hình triển khai thí điểm ứng dụng phần mềm Quản lý
xét nghiệm SARS-CoV-2 tại các cơ sở y tế trên địa bàn tỉnh Hải Dương, Sở Y tế
báo cáo tình hình thực hiện trong thời gian qua như sau:
       1. Giới thiệu khái quát
       Thực hiện Thông báo số 228-TB/TU ngày 24/5/2021 của Tỉnh ủy Hải Dương
thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch bệnh
Covid-19 trên địa bàn thành phố Hải Dương trong đó có nội dung đồng ý để Sở Y tế
triển khai thực hiện thí điểm ứng dụng số hóa “Quy trình lấy mẫu và trả kết quả xét
nghiệm”. Sở Y tế Hải Dương đã phối hợp với Viettel Hải Dương và Công ty Cổ phần
giải pháp công nghệ D&C Việt Nam triển khai thí điểm ứng dụng phần mềm Quản lý
xét nghiệm SARS-CoV-2 tại Trung tâm Kiểm soát bệnh tật tỉnh và các TTYT gồm
thành phố Hải Dương, thành phố Chí Linh, huyện Cẩm Giàng, huyện Nam Sách.
      2. Kết quả thực hiện
      Sở Y tế đã phối hợp với Viettel Hải Dương, Công ty Cổ phần giải pháp công
nghệ D&C Việt Nam triển khai thí điểm phần mềm Quản lý xét nghiệm SARS-CoV-2
từ ngày 10/5/2021. Tính đến 10/6, phần mềm đã thực hiện trả kết quả của 218.665
mẫu xét nghiệm. Trong đó, tại thành phố Hải Dương 211.117 mẫu, thành phố Chí
Linh 291 mẫu, huyện Nam Sách 690 mẫu và huyện Cẩm Giàng 6567 mẫu.
       Phần mềm đã đáp ứng được yêu cầu của nhân viên y tế trong thực tiễn hoạt
động xét nghiệm, trả kết quả xét nghiệm nhanh chóng, chính xác 100%. Việc ứng
dụng số hóa trong quản lý xét nghiệm đã giúp giảm tải áp lực, công sức đối với nhân
viên tại cơ sở lấy mẫu xét nghiệm.
""",
        {
            "doc_type": "Báo cáo",
            "title": "Tình hình triển khai thí điểm ứng dụng phần mềm Quản lý xét nghiệm SARS-Cov-2 tại các cơ sở y tế "
            "trên địa bàn tỉnh Hải Dương",
        },
    ),
    (
        "a flattened copy printed and scanned (dev 031): the caps subject's end opens the body's first line",
        """Chỉ thị 299/TTg

PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự
do — Hạnh phúc -------

Số:

299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC,  PHÂN
HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội
đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ
bản về ruộng đất trong cả nước. Thực hiện quyết định này, đến nay chúng ta đã có những
""",
        {
            "number": "299/TTg",
            "title": "Về công tác đo đạc, phân hạng và đăng ký ruộng đất trong cả nước",
            "basis": ["169-CP"],
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_resolutions_regulations_and_scans(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
