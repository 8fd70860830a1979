# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Provincial councils, chairmen's decisions and the bodies of the two-level local government of 2025, as legal
websites give them (bench/real-directives-web22 … web24): a chairman's header that lost its province, a subject opening with a type's verb, schools under the office
that runs them, numbers glued to the words around them, a draft's mark.  Each case
quotes a real document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a chairman's decision whose header lost its province ('CHỦ TỊCH ỦY BAN / NHÂN DÂN |'): the place line's",
        """| Số hiệu | 44/2025/QĐ-CTUBND |
| Loại văn bản | Quyết định |
|
CHỦ TỊCH ỦY BAN
NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 44/2025/QĐ-CTUBND |
Gia Lai, ngày 20 tháng 11 năm 2025 |
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;
Chủ tịch Ủy ban nhân dân ban hành Quyết định phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công tại các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Gia Lai.
""",
        {
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Gia Lai",
            "level": "province",
            "province": "Gia Lai",
            "date": "2025-11-20",
        },
    ),
    (
        "a resolution whose type line a copy dropped: its subject opens with the verb 'QUY ĐỊNH'",
        """|
HỘI ĐỒNG NHÂN
DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 23/2025/NQ-HĐND |
Phú Thọ, ngày 28 tháng 10 năm 2025 |
QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;
Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ.
""",
        {
            "doc_type": "Nghị quyết",
            "issuer": "Hội đồng nhân dân tỉnh Phú Thọ",
            "title": "Quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ",
        },
    ),
    (
        "grounds whose numbers a copy glued to the next word ('số 13/2008/NĐ-CPngày 04 tháng 02')",
        """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 16/2008/QĐ-UBND
Đông Hà, ngày 01 tháng 7 năm 2008
QUYẾT ĐỊNH
V/V BAN HÀNH QUY ĐỊNH CHỨCNĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
- Căn cứ Luật Tổ chức Hội đồng nhândân và Uỷ ban nhân dân ngày 26/11/2003;
- Căn cứ Nghị định số 13/2008/NĐ-CPngày 04 tháng 02 năm 2008 của Chính phủ quy định tổ chức các cơ quan chuyên mônthuộc ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;
- Căn cứ Thông tư số 04/2008/TT-BNVngày 04 tháng 6 năm 2008 của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạnvà cơ cấu tổ chức của Sở Nội vụ;
- Theo đềnghị của Giám đốc Sở Nội vụ,
QUYẾT ĐỊNH:
""",
        {"basis": ["13/2008/NĐ-CP", "04/2008/TT-BNV"]},
    ),
    (
        "a school under the district's education office: the school issues, by its name, as the commune's school",
        """KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025
Thứ sáu - 27/09/2024 08:45
  PHÒNG GD & ĐT DIỄN CHÂU
TRƯỜNG TH DIỄN THÀNH
   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    Độc lập - Tự do - Hạnh phúc
                 Số : 39/KH -THDT
Diễn Thành, ngày 30 tháng 08 năm 2024
   KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG
NĂM HỌC 2024 - 2025
         I. Căn cứ xây dựng kế hoạch.
            Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ về phê duyệt Đề án “Đổi mới chương trình, SGK phổ thông”;
""",
        {"issuer": "Trường Tiểu học Diễn Thành", "level": "commune", "number": "39/KH-THDT", "date": "2024-08-30"},
    ),
    (
        "a site's heading over a school's letter, which has no type line; its number with a dot for the dash",
        """Nhà Trường >
KẾ HOẠCH TUYỂN SINH LỚP 6 NĂM HỌC 2011-2012
đăng 07:23 26 thg 5, 2011 bởi Hiệu trưởng: Trần Xuân Chiến   [ đã cập nhật 16:28 29 thg 5, 2011 ]
PHÒNG GD & ĐT  XUYÊN MỘC                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS HÒA HIỆP                                     Độc lập – Tự do – Hạnh phúc
           Số:  03 /KH.THCS                                                Hòa Hiệp, ngày 20  tháng 5 năm 2011
V/v kế hoạch tuyển sinh
lớp 6 năm học 2011-2012
                   Kính gửi:   - Ủy ban nhân dân xã Hòa hiệp
                                                - Các trường tiểu học thuộc xã Hòa Hiệp
          Thực hiện “Kế hoạch tổ chức tuyển sinh vào các trường tiểu học, trung học năm học 2011-2012” của Sở Giáo dục & Đào tạo
          Nay Trường THCS Hòa hiệp lập kế hoạch về tuyển sinh vào lớp 6 năm học 2011-2012 như sau:
""",
        {
            "issuer": "Trường Trung học cơ sở Hoà Hiệp",
            "number": "03/KH-THCS",
            "date": "2011-05-20",
            "title": "kế hoạch tuyển sinh lớp 6 năm học 2011-2012",
        },
    ),
    (
        "one line naming the district's committee and its office ('UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO')",
        """UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010BÁOCÁOKIỂMTRA THỰC HIỆN XÂY DỰNGTRƯỜNGTHCSĐẠTCHUẨNQUỐCGIA Đơn vị: TrườngTHCS Thụy Dương HUYỆN THÁI THỤY, TỈNH THÁI BÌNH
""",
        {"issuer": "Phòng Giáo dục và Đào tạo huyện Thái Thuỵ", "level": "district", "province": "Thái Bình"},
    ),
    (
        "a ground's number glued to its 'số' ('Căn cứ kế hoạch số12/KH-THTBS')",
        """ PHÒNG GD & ĐT PHONG ĐIỀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TH TÂY BẮC SƠN                 Độc lập – Tự do – Hạnh phúc
     Số:  14/KH- THTBS                                               Phong Sơn, ngày 27 tháng 9  năm 2024
KẾ HOẠCH CHỈ ĐẠO CHUYÊN MÔN
NĂM HỌC 2024 – 2025
Căn cứ công văn số 295/PGDĐT-GDTH ngày 09 tháng 9 năm 2024, v/v hướng dẫn thực hiện nhiệm vụ Giáo dục Tiểu học năm học 2024 – 2025 của phòng GD&ĐT Phong Điền.
   Căn cứ kế hoạch số12/KH-THTBS ngày 09/9/2024 về việc thực hiện nhiệm vụ năm học 2024-2025;
""",
        {"issuer": "Trường Tiểu học Tây Bắc Sơn", "basis": ["295/PGDĐT-GDTH", "12/KH-THTBS"]},
    ),
    (
        "a draft's mark before its type line ('(Dự thảo) BÁO CÁO'), its number and day left blank",
        """UBND TỈNH HÀ TĨNH

SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số:       /BC-SGDĐT

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

         Độc lập - Tự do - Hạnh phúc

                  Hà Tĩnh, ngày       tháng 02  năm 2015

(Dự thảo) BÁO CÁO

Tổng kết hoạt động tư vấn du học năm 2014 và phương hướng nhiệm vụ

hoạt động tư vấn du học năm 2015

ĐẶT VẤN ĐỀ

            Tư vấn du học là một lĩnh vực mới trong hoạt động giáo dục ở Việt Nam.
""",
        {
            "doc_type": "Báo cáo",
            "number": None,
            "year": 2015,
            "title": "Tổng kết hoạt động tư vấn du học năm 2014 và phương hướng nhiệm vụ hoạt động tư vấn du học năm 2015",
        },
    ),
    (
        "a headline naming the council, its lead the council's standing body ('Thường trực HĐND xã Thanh Oai vừa ban hành …', web5 517)",
        """HĐND xã Thanh Oai ban hành chương trình công tác năm 2026, tập trung tổ chức bầu cử và nâng cao hiệu quả giám sát
Thường trực HĐND và các Ban HĐND xã sẽ tăng cường giám sát việc thực hiện nghị quyết của HĐND, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Thường trực HĐND xã Thanh Oai vừa ban hành Chương trình công tác năm 2026 của HĐND xã khóa I, nhiệm kỳ 2021–2026, làm cơ sở tổ chức và điều hành toàn diện các hoạt động của HĐND xã trong năm.
""",
        {"issuer": "Thường trực Hội đồng nhân dân xã Thanh Oai", "level": "commune"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_councils_and_new_communes(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
