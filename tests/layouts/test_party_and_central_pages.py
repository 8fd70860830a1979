# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Extraction on Party committees' and national bodies' documents as legal and Party websites give them
(bench/real-directives-web20, web21): a header's words split over a table's cells, a page headed by the document's
number, day and issuer, a news lead that names "văn bản số …", a caps subject holding a code's small letters or
run into the body, a director's decision, joint and one-of-a-kind national bodies; the month an undated guidance's subject names (web3, web67); a heading closed by a full stop (web66).  Each case quotes a real
document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a legal site's cells that split the committee's name and the Party's heading word by word",
        """THÀNH
ỦY
THÀNH PHỐ HỒ CHÍ MINH
-------
|
ĐẢNG
CỘNG SẢN VIỆT NAM
---------------
|
Số:
88-KH/TU
|
TP.
Hồ Chí Minh, ngày 24 tháng 12 năm 2021
|
KẾ HOẠCH
VỀ CỦNG CỐ, KIỆN TOÀN HỆ THỐNG CHÍNH TRỊ CƠ SỞ TRONG ĐIỀU KIỆN THÍCH ỨNG
AN TOÀN, LINH HOẠT, KIỂM SOÁT HIỆU QUẢ DỊCH COVID-19
Thực hiện Nghị quyết số 05-NQ/TU ngày
15 tháng 9 năm 2021 của Hội nghị lần thứ tám Ban Chấp hành Đảng bộ thành phố, Ban Thường vụ Thành ủy xây
dựng Kế hoạch củng cố, kiện toàn hệ thống chính trị cơ sở, cụ thể:
""",
        {
            "issuer": "Thành uỷ Thành Phố Hồ Chí Minh",
            "level": "province",
            "province": "Hồ Chí Minh",
            "number": "88-KH/TU",
        },
    ),
    (
        "a Party site's page headed by the letter's type, number, day and issuer, signed for the standing committee",
        """Văn bản chỉ đạo và hướng dẫn

Quay lại

Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm 77 năm ngày thành lập Đảng

Thực hiện chỉ đạo của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm 77 năm ngày thành lập Đảng, Ban Thường vụ Thành ủy yêu cầu :

1/ Các quận - huyện ủy, đảng ủy cấp trên cơ sở và cơ sở trực thuộc tổ chức kỷ niệm 77 năm ngày thành lập Đảng.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Nguyễn Văn Đua
""",
        {
            "number": "175-CV/TU",
            "issuer": "Ban Thường vụ Thành uỷ Thành Phố Hồ Chí Minh",
            "level": "province",
            "title": "tổ chức kỷ niệm 77 năm ngày thành lập Đảng",
        },
    ),
    (
        "a district board's news lead that names 'văn bản số 78-CV/BTGHU': a Party letter by its number's code",
        """Ban Tuyên giáo Huyện ủy: Công tác định hướng tuyên truyền tháng 6 năm 2022
16/06/2022 4:14:PM
Ngày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản số 78-CV/BTGHU về việc định hướng tuyên truyền tháng 6 năm 2022. Thực hiện Hướng dẫn số 07-HD/HU, ngày 04/01/2022 của Ban Thường vụ Huyện ủy về tuyên truyền kỷ niệm các ngày lễ lớn, Ban Tuyên giáo Huyện ủy định hướng nội dung công tác tuyên truyền tháng 6 năm 2022 như sau:

I. NỘI DUNG TUYÊN TRUYỀN
""",
        {
            "doc_type": "Công văn",
            "number": "78-CV/BTGHU",
            "issuer": "Ban Tuyên giáo Huyện uỷ",
            "level": "district",
            "year": 2022,
        },
    ),
    (
        "a caps subject over three lines, one holding a code's small letters ('856/QĐ-TTg')",
        """BẢO HIỂM XÃ HỘI
VIỆT NAM
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 2596/KH-BHXH
|
Hà Nội, ngày 19 tháng 7 năm 2019
|
KẾ HOẠCH
THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG CHÍNH PHỦ PHÊ DUYỆT ĐỀ ÁN “ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY CỦA BẢO HIỂM XÃ HỘI VIỆT NAM
THEO HƯỚNG TINH GỌN, HOẠT ĐỘNG HIỆU LỰC, HIỆU QUẢ”
Căn cứ quan điểm chỉ đạo, nguyên tắc, mục tiêu, các nhiệm vụ và giải pháp chủ yếu tại Quyết định số 856/QĐ-TTg, Bảo hiểm xã hội Việt Nam ban hành kế hoạch thực hiện như sau:
""",
        {
            "title": "THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG CHÍNH PHỦ PHÊ DUYỆT ĐỀ ÁN “ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY CỦA BẢO HIỂM XÃ HỘI VIỆT NAM THEO HƯỚNG TINH GỌN, HOẠT ĐỘNG HIỆU LỰC, HIỆU QUẢ”"
        },
    ),
    (
        "a caps subject run into the body's first paragraph, which opens on no grounds ('Năm 2023, …')",
        """TOÀ ÁN NHÂN DÂN
TỐI CAO
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 01/2024/CT-CA
|
Hà Nội, ngày 02 tháng 01 năm 2024
|
CHỈ THỊ
VỀ VIỆC TỔ CHỨC TRIỂN KHAI, THỰC HIỆN CÁC NHIỆM VỤ TRỌNG
TÂM CÔNG TÁC TÒA ÁN NĂM 2024
Năm 2023, đội ngũ Thẩm phán, cán bộ, công chức, viên chức và người lao động Tòa án các cấp đã đoàn kết, vượt qua khó khăn, nỗ lực không ngừng, hoàn thành tốt các nhiệm vụ trọng tâm, đạt và vượt các chỉ tiêu, yêu cầu của Quốc hội. Năm 2024, là năm bản lề, có ý nghĩa đặc biệt quan trọng trong việc thực hiện thắng lợi Nghị quyết Đại hội XIII
""",
        {
            "title": "Về việc tổ chức triển khai, thực hiện các nhiệm vụ trọng tâm công tác toà án năm 2024",
            "issuer": "Toà án nhân dân tối cao",
        },
    ),
    (
        "a department director's decision: his authority line is no part of the subject",
        """BỘ Y TẾ
CỤC QUẢN LÝ DƯỢC
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 397/QĐ-QLD
|
Hà Nội, ngày 02 tháng 06 năm 2023
|
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TẠI CỤC QUẢN LÝ
DƯỢC
CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC
Căn cứ Quyết định số 7868/QĐ-BYT ngày 28/12/2018 của Bộ trưởng Bộ Y tế quy định chức năng, nhiệm vụ của Cục Quản lý Dược;
""",
        {"title": "Về việc ban hành quy trình thao tác chuẩn tại cục quản lý dược", "number": "397/QĐ-QLD"},
    ),
    (
        "the supreme court and the supreme procuracy, each on a header line, issue one joint circular",
        """TOÀ ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc
Số: 01-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1988
THÔNG TƯ LIÊN TỊCH
HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH TRONG BỘ LUẬT TỐ TỤNG HÌNH SỰ
Để thi hành Bộ luật tố tụng hình sự, Toà án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng dẫn thi hành một số quy định như sau:
""",
        {"issuer": "Toà án nhân dân tối cao và Viện kiểm sát nhân dân tối cao", "level": "central"},
    ),
    (
        "the national labour federation, whose 'VIỆT NAM' a table cell lost: one of its kind, named in full",
        """TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 134/HD-TLĐ | Hà Nội, ngày 07 tháng 02 năm 2017 |
HƯỚNG DẪN
Căn cứ Kế hoạch số 52/KH-TLĐ ngày 28/11/2016 của Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội công đoàn các cấp, Đoàn Chủ tịch Tổng Liên đoàn hướng dẫn như sau:
""",
        {"issuer": "Tổng Liên đoàn Lao động Việt Nam", "level": "central", "number": "134/HD-TLĐ"},
    ),
    (
        "a district board's guidance reposted from its type line: it speaks ('… hướng dẫn tuyên truyền'), its district named by the subject",
        """HƯỚNG DẪN tuyên truyền kỷ niệm 20 năm Ngày thành lập huyện Tam Đường

Thứ tư - 18/05/2022 23:44 1.590 0
HƯỚNG DẪN
tuyên truyền kỷ niệm 20 năm Ngày thành lập huyện Tam Đường
(21/9/2002- 21/9/2022)
-----
Thực hiện Kế hoạch số 123-KH/BCĐ, ngày 28/4/2022 của Ban Chỉ đạo tổ
chức Lễ kỷ niệm 20 năm chia tách và thành lập huyện Tam Đường (21/9/2002-
21/9/2022); Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền kỷ niệm 20 năm Ngày thành lập huyện như sau:
""",
        {
            "doc_type": "Hướng dẫn",
            "issuer": "Ban Tuyên giáo Huyện uỷ Tam Đường",
            "level": "district",
            "province": "Lai Châu",
        },
    ),
    (
        "a month's guidance, undated: the month its subject names gives its year (web3 308)",
        """ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020

Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ
Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”; Kế hoạch số 157-KH/TU,
ngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh từ nay đến
hết năm 2020”; căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm
2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn và sự
kiện lịch sử quan trọng trong năm 2020”…
""",
        {"year": 2020},
    ),
    (
        "a Party committee's page whose lead gives the day without the year, its headline the month: 'tháng 4/2015' (web67 6701)",
        """Thứ tư 3/3/2021
in trang
Hướng dẫn nội dung tuyên truyền tháng 4/2015

Ngày 06/4, Đảng ủy Văn phòng UBND tỉnh Lai Châu ban hành văn bản số 391-CV/ĐU hướng dẫn nội dung tuyên truyền tháng 4/2015.
""",
        {"year": 2015},
    ),
    (
        "a December's schedule may be sent in November or December: no year from it (web62 6203's subject)",
        """lịch bồi dưỡng các lớp STEM tháng 12/2025

Trung tâm Thông tin và Chương trình Giáo dục thông báo lịch bồi dưỡng các lớp STEM như sau:
""",
        {"year": None},
    ),
    (
        "a page's heading by number, day and issuer that closes with a full stop (web66 6601)",
        """Thông báo số 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp nộp báo cáo triển khai dự án đầu tư.
5/10/23 6:10 AM

Căn cứ Chỉ thị số 07/CT-TTg ngày 2/3/2012 về chấn chỉnh công tác quản lý và nâng cao hiệu quả hoạt động của các Khu kinh tế, Khu công nghiệp, Cụm công nghiệp;
""",
        {
            "doc_type": "Thông báo",
            "number": "1443/BQL-KCN-HCM",
            "issuer": "Ban quản lý các KCX-KCN Thành phố",
            "year": 2012,
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_party_and_central_pages(text, expected):
    assert fields_of(text, expected, single=True) == expected
