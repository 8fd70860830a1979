# ruff: noqa: E501  (the cases quote real pages, whose lines are as long as they are)
"""Extraction on the letters of district education offices, provincial departments and the Government Office as
sharing sites and portals give them (bench/real-directives-web16): a header flattened onto one line, a header that
kept its first words only, the Southern "Kính gởi", a "Thông báo" that conveys a leader's conclusions, a news
post that names "văn bản số …"; replies that rest on the letter they answer (web21, web14), a headline closed
by a full stop (web51).  Each case quotes a real page, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a district office under 'UBND TX.', its name with a dash for 'và': district level, the town spelt out",
        """UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc
  Số : 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012.

                 THÔNG BÁO
   Về việc treo cờ Tổ quốc và nghỉ Lễ giỗ Quốc tổ Hùng Vương năm 2012

      Kính gửi:  Hiệu trưởng các trường Mầm non, Tiểu học,
            THCS trên địa bàn thị xã Đồng Xoài.

   Thực hiện thông báo số 654/TB-SGDĐT ngày 20/3/2012 của Sở Giáo dục và
Đào tạo Bình Phước về việc treo cờ Tổ quốc và nghỉ Lễ giỗ Quốc tổ Hùng Vương
năm 2012;
""",
        {
            "issuer": "Phòng Giáo dục và Đào tạo thị xã Đồng Xoài",
            "level": "district",
            "province": "Bình Phước",
            "number": "151/TB-PGDĐT",
        },
    ),
    (
        "a whole header on one line: heading, issuer's second line, motto, number, a joined city, 'tháng11'; a body that lost its marks",
        """Xem mẫu

  1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh tinh hình bị thiêt hai ̀ ̣ ̣ do lũ lụt cua nganh Giao duc và Đao tao. ̉ ̀ ́ ̣ ̀ ̣ Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giao duc và Đao tao. ́ ̣ ̀ ̣ Vừa qua, tỉnh Ninh Thuân bị ảnh hưởng cua không khí lanh tăng cương manh. Sở Giao duc và Đao tao bao cao như sau:
""",
        {
            "number": "2917/SGDĐT-VP",
            "issuer": "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận",
            "date": "2010-11-05",
            "title": "báo cáo nhanh tinh hình bị thiêt hai ̀ ̣ ̣ do lũ lụt cua nganh Giao duc và Đao tao",
        },
    ),
    (
        "a Government Office notice of a Deputy Prime Minister's conclusions: the office issues, not the leader",
        """VĂN PHÒNG CHÍNH PHỦ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 31/TB-VPCP |
Hà Nội, ngày 22 tháng 02 năm 1999 |
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC TẠI HỘI NGHỊ TRIỂN KHAI NGHỊ QUYẾT CỦA QUỐC HỘI VỀ KẾ HOẠCH NĂM 1999
Ngày 4 và 5 tháng 01 năm 1999 tại Hà Nội, Phó Thủ tướng Ngô Xuân Lộc đã chủ trì Hội nghị triển khai Nghị quyết của Quốc hội.
""",
        {"doc_type": "Thông báo", "issuer": "Văn phòng Chính phủ", "level": "central"},
    ),
    (
        "a header that kept 'ỦY BAN NHÂN DÂN' only, the number a department's: the department that speaks issues",
        """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 681/HD-SGDĐT | Cần Thơ, ngày 18 tháng 04 năm 2013 |
HƯỚNG DẪN
THỰC HIỆN QUY ĐỊNH QUẢN LÝ DẠY THÊM, HỌC THÊM
Căn cứ Quyết định số 06/2013/QĐ-UBND ngày 25 tháng 02 năm 2013 của Ủy ban nhân dân thành phố Cần Thơ ban hành Quy định quản lý dạy thêm, học thêm;
Sở Giáo dục và Đào tạo hướng dẫn việc thực hiện Quy định quản lý dạy thêm, học thêm với một số nội dung cụ thể như sau:
I. Phạm vi điều chỉnh và đối tượng áp dụng
""",
        {"issuer": "Sở Giáo dục và Đào tạo thành phố Cần Thơ", "level": "province", "province": "Cần Thơ"},
    ),
    (
        "the Southern 'Kính gởi' ends the subject and opens the addressees",
        """UBND TỈNH BÌNH THUẬN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
Số:3358/SGD&ĐT Phan Thiết, ngày 20 tháng 10 năm 2010

V/v Hướng dẫn Hội thi giáo viên
dạy giỏi các cấp học phổ thông

Kính gởi: - Các Phòng Giáo dục và Đào tạo;
- Các đơn vị trực thuộc

Ngày 20/7/2010, Bộ trưởng Bộ GD&ĐT đã có Thông tư số 21/2010/TT-BGDĐT ban hành Điều lệ Hội thi giáo viên dạy giỏi; Sở hướng dẫn bổ sung một số điểm như sau:
""",
        {"title": "Hướng dẫn Hội thi giáo viên dạy giỏi các cấp học phổ thông", "doc_type": "Công văn"},
    ),
    (
        "'V/v:' with its colon, a rule run into the office's name, what a letter forwards is not its basis, two offices signed for",
        """VĂN PHÒNG CHÍNH PHỦ-------
V/v: Điều chỉnh danh mục nâng loại thị trấn Trới, huyện Hoành Bồ, tỉnh Quảng Ninh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc ---------------
Hà Nội, ngày 22 tháng 09 năm 2014

Kính gửi:
- Bộ Xây dựng;
- Ủy ban nhân dân tỉnh Quảng Ninh.

Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Hoàng Trung Hải, Văn phòng chính phủ xin chuyển công văn số 5005/TTr-UBND ngày 09 tháng 9 năm 2014 của Ủy ban nhân dân tỉnh Quảng Ninh để Bộ Xây dựng nghiên cứu, tổng hợp theo ý kiến đã chỉ đạo tại công văn số 3460/VPCP-KTN ngày 15 tháng 5 năm 2014 của Văn phòng Chính phủ.
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3b) Nghĩa.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Cao Lục
""",
        {
            "signer": "Nguyễn Cao Lục",
            "signer_title": "KT. Bộ trưởng, Chủ nhiệm, Phó Chủ nhiệm",
            "issuer": "Văn phòng Chính phủ",
            "title": "Điều chỉnh danh mục nâng loại thị trấn Trới, huyện Hoành Bồ, tỉnh Quảng Ninh",
            "basis": [],
        },
    ),
    (
        "a long addressee under 'Kính gửi:', then the instruction carried out, its numbers sharing one code",
        """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2858/VPCP-ĐP
V/v: xử lý một số đề nghị của các tỉnh: Đắk Lắk, Gia Lai, Kon Tum
Hà Nội, ngày 06 tháng 05 năm 2011

Kính gửi:

- Các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng, Công Thương, Tài nguyên và Môi trường, Y tế, Nội vụ;
- Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai, Kon Tum.

Về ý kiến chỉ đạo của đồng chí Tổng Bí thư, Chủ tịch Quốc hội tại các công văn số 614, 615, 616-CV/VPTW ngày 21tháng 04 năm 2011 của Văn phòng Trung ương Đảng, Phó Thủ tướng Thường trực Chính phủ Nguyễn Sinh Hùng giao các Bộ xem xét.

Văn phòng Chính phủ xin thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.
""",
        {"number": "2858/VPCP-ĐP", "basis": ["614-CV/VPTW", "615-CV/VPTW", "616-CV/VPTW"]},
    ),
    (
        "a district council's notice posted without its header: its chairman speaks 'khóa XIX, nhiệm kỳ …'",
        """Thursday, 18/07/2024
Ngày đăng: 21/01/2021 - Lượt xem: 87
Xem với cỡ chữ

Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021


Chủ tịch HĐND huyện huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân như sau:

1. Thời gian:

- Tiếp công dân định kỳ vào ngày 20 hàng tháng.

Với nội dung trên, HĐND huyện thông báo để các đơn vị, nhân dân biết và thực hiện./.
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Hội đồng nhân dân huyện Ngân Sơn",
            "level": "district",
            "title": "lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khoá XIX, nhiệm kỳ 2016-2021",
        },
    ),
    (
        "a portal's news of 'văn bản số …', a letter's number, with its grounds first and its addressees before 'về'",
        """Tổ chức chương trình văn hóa tại tỉnh

Cập nhật lúc: 15:45 27/05/2018

Trên cơ sở Kế hoạch Ngoại giao văn hóa của tỉnh năm 2018 và văn bản số HCM/321/1/2018 của Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh về việc đề nghị tổ chức Ngày Quốc tế Yoga lần thứ 4, UBND tỉnh vừa ban hành văn bản số 4099/UBND-KGVX, gửi Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ về tham mưu tổ chức chương trình văn hóa tại tỉnh.

Theo đó, giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Ngoại vụ và các đơn vị liên quan tham mưu UBND tỉnh tổ chức chương trình nêu trên tại địa bàn tỉnh.
""",
        {
            "doc_type": "Công văn",
            "number": "4099/UBND-KGVX",
            "title": "về tham mưu tổ chức chương trình văn hoá tại tỉnh",
        },
    ),
    (
        "a provincial office's letter on its portal, headed by its subject with its number and day in brackets",
        """Skip to main content

Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn (3585/VP-KTN, ngày 23/10/2017).

Thực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ về “tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn”, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND tỉnh có ý kiến như sau:

Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và Phát triển Nông thôn thực hiện các nội dung tại Công văn trên.

Văn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường, các cơ quan liên quan thực hiện./.
""",
        {
            "doc_type": "Công văn",
            "number": "3585/VP-KTN",
            "year": 2017,
            "date": None,
            "issuer": "Văn phòng Uỷ ban nhân dân tỉnh",
            "level": "province",
            "title": "Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn",
        },
    ),
    (
        "a reply rests on the letter it answers: 'Trả lời công văn số 636/CT-THNVDT …' (web21 2101)",
        """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2728/TCT-DNL
V/v
: Thực hiện quy định về hóa đơn.
Hà Nội, ngày 18 tháng 07 năm 2014

Kính gửi: Cục thuế tỉnh Đắk Nông.

Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông hỏi về sử dụng hóa đơn của Chi nhánh Tập đoàn Bưu chính viễn thông Việt Nam tỉnh Đắk Nông (sau đây viết tắt là VNPT Đắk Nông), Tổng cục Thuế có ý kiến như sau:
- Về việc thay thế liên 1 hóa đơn bằng bảng kê chi tiết số hóa đơn thực tế đã lập:
Tổng cục thuế có công văn số 3909/TCT-DNL ngày 31/10/2011 hướng dẫn Tập đoàn VNPT thực hiện hóa đơn đối với dịch vụ viễn thông, công nghệ thông tin cước trả sau.
""",
        {"number": "2728/TCT-DNL", "basis": ["636/CT-THNVDT"]},
    ),
    (
        "a ministry's reply opening on 'Phúc đáp Công văn số …', then its own grounds (web14 1413)",
        """Công văn V/v tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017

Kính gửi: Sở Văn hoá, Thể thao và Du lịch tỉnh Bình Dương

Phúc đáp Công văn số 619/SVHTTDL-VP ngày 13 tháng 7 năm 2015 của Sở Văn hoá, Thể thao và Du lịch tỉnh Binh Dương về việc đề nghị chấp thuận bằng vãn bản đăng cai tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017, Bộ
Căn cứ Công văn số 1236/UBND-VX ngày 24 tháng 4 năm 2014 của Ủy ban nhân dân tỉnh Bình Dương về việc đề nghị đăng cai tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II.
Bộ Văn hoá, Thể thao và Du lịch chấp thuận việc đăng cai tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017.
""",
        {"basis": ["619/SVHTTDL-VP", "1236/UBND-VX"]},
    ),
    (
        "a page's headline some sites close with a full stop is its subject still (web51 5104)",
        """Skip Ribbon Commands
Skip to main content

Chủ động phòng tránh thiên tai trong dịp Tết Nguyên Đán Tân Sửu 2021.

Nhằm chủ động ứng phó, giảm thiểu thiệt hại thiên tai có thể xảy ra trong dịp Tết Nguyên Đán Tân Sửu 2021. Văn phòng thường trực Ban Chỉ đạo Trung ương về phòng chống thiên tai đề nghị Ban Chỉ huy PCTT và TKCN các tỉnh, thành phố triển khai thực hiện một số nội dung sau:

1. Tổ chức thường trực, theo dõi chặt chẽ diễn biến thiên tai để kịp thời thông báo cho nhân dân chủ động phòng tránh.
""",
        {"title": "Chủ động phòng tránh thiên tai trong dịp Tết Nguyên Đán Tân Sửu 2021"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_district_and_central_letters(text, expected):
    assert fields_of(text, expected, single=True) == expected
