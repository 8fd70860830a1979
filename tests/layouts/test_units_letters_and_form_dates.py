# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Units under a ministry or a department, letters that name their subject or their ground their own way, dates
typed over a form (bench/real-directives-web21 … web62): an institute under its ministry; a hospital naming its city
by initials; a department's centre named by its province; a unit named by its department alone; a minister's
authority line under a garbled header; a letter's subject with no "V/v", or labelled "Về:"; a letter opening on the
document it acts on ("Tại công văn số …"); a number whose dash was typed as a slash; a figure typed over the form's
dots; a hand-written day the text layer put after the month.  Each case quotes a real document, cut to what the case
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
            "issuer": "Tổ công tác về chuyển đổi số Sở Thông tin và Truyền thông tỉnh Hải Dương",
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
        {"doc_type": "Nghị quyết", "number": "10-NQ/TU", "year": 2021},
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


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_units_letters_and_form_dates(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
