# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""A People's Committee's directive or decision is its Chairman's when he takes it in his own name: the body says
"Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu" or the signature reads "CHỦ TỊCH" without "TM." (Nghị định 30/2020/NĐ-CP);
a committee's own is signed "TM. UỶ BAN NHÂN DÂN".  Each case quotes a real document (bench/real-directives-web7
709-711, real-directives-dev 033), as a scan reads it where it is one."""

import pytest

from indexer import parse_bytes

HEADER = """UỶ BAN NHÂN DÂN                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
Số: {number}                      Quảng Ngãi, ngày 27 tháng 12 năm 2021

{type_line}
{subject}

"""

# (id, number, type line, subject, body and ending, expected issuer)
CASES = [
    (
        "a directive whose body has the Chairman ask, signed CHỦ TỊCH beside Nơi nhận (709, a scan)",
        "01/CT-UBND",
        "CHỈ THỊ",
        "Về việc triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh Quảng Ngãi",
        """Tuy nhiên, hiện nay, trên địa bàn tỉnh chỉ có 1.846 tổ chức sử dụng hóa đơn điện tử. Để triển khai, thực hiện tốt quy định về hóa đơn điện tử trên địa bàn tỉnh, đảm bảo lộ trình của Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện một số nhiệm vụ trọng tâm sau:

1. Cục Thuế tỉnh:

- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan triển khai áp dụng hóa đơn điện tử.

Nơi nhận:                                                                    CHỦ TỊCH
- Thường trực Tỉnh ủy (b/cáo);
- Lưu: VT, KTbngoc602
""",
        "Chủ tịch Uỷ ban nhân dân tỉnh Quảng Ngãi",
    ),
    (
        "a directive signed CHỦ TỊCH alone, OCR losing the hook ('CHU TỊCH') among the recipients (711)",
        "16/CT-UBND",
        "CHỈ THỊ",
        "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Nhâm Dần năm 2022 đầm ấm, an toàn và tiết kiệm trên địa bàn tỉnh",
        """Thực hiện Chỉ thị số 11-CT/TW ngày 08/12/2021 của Ban Bí thư về việc tổ chức Tết Nhâm Dần năm 2022, yêu cầu các sở, ban ngành thực hiện tốt các nội dung sau:

1. Các sở, ban ngành, cơ quan, đơn vị, UBND các huyện, thị xã, thành phố

a) Chủ động quán triệt và tổ chức triển khai thực hiện nghiêm túc nội dung Chỉ thị của Ban Bí thư.

Nơi nhận:                                                    CHU TỊCH
- Văn phòng và các Ban đảng Tỉnh uỷ;
- Lưu: VT, KTTHn823
""",
        "Chủ tịch Uỷ ban nhân dân tỉnh Quảng Ngãi",
    ),
    (
        "the committee's directive: 'Uỷ ban nhân dân tỉnh yêu cầu', signed TM. UỶ BAN NHÂN DÂN / KT.CHỦ TỊCH (033)",
        "09/2009/CT-UBND",
        "CHỈ THỊ",
        "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở",
        """Để góp phần đẩy mạnh hoạt động khoa học và công nghệ trên địa bàn tỉnh, Uỷ ban nhân dân tỉnh yêu cầu lãnh đạo các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thị xã tập trung thực hiện tốt các nội dung sau:

Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc, kiểm tra và định kỳ sáu tháng báo cáo Uỷ ban nhân dân tỉnh.

Nơi nhận:                                     TM. UỶ BAN NHÂN DÂN
- Bộ Khoa học và Công nghệ;                   KT.CHỦ TỊCH
- Cục Kiểm tra VB QPPL (Bộ Tư pháp);          PHÓ CHỦ TỊCH
- Lưu VT.
""",
        "Uỷ ban nhân dân tỉnh Quảng Ngãi",
    ),
    (
        "a letter in which the Chairman asks is still the committee's (letters are not the Chairman's own acts)",
        "5973/UBND-KT",
        "V/v tăng cường công tác quản lý hoạt động khoáng sản",
        "Kính gửi: Các Sở, ban, ngành thuộc UBND tỉnh.",
        """Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện nghiêm các nội dung sau.

Nơi nhận:                                     CHỦ TỊCH
- Như trên;
""",
        "Uỷ ban nhân dân tỉnh Quảng Ngãi",
    ),
    (
        "a notice in the Chairman's own voice: 'Chủ tịch Ủy ban nhân dân tỉnh thông báo' (web29 2903)",
        "4670/TB-UBND",
        "THÔNG BÁO",
        "Về việc cho học sinh nghỉ học do ảnh hưởng cơn bão số 12",
        """Để bảo đảm an toàn cho học sinh và cơ sở vật chất trường học trên địa bàn toàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh thông báo về việc cho học sinh nghỉ học như sau:

1. Tất cả các trường học, các cơ sở giáo dục thuộc các cấp học trong tỉnh được nghỉ vào ngày 04/11/2017 do ảnh hưởng của cơn bão số 12.
""",
        "Chủ tịch Uỷ ban nhân dân tỉnh Quảng Ngãi",
    ),
]


@pytest.mark.parametrize("number,type_line,subject,rest,issuer", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_whose_directive_it_is(number, type_line, subject, rest, issuer):
    text = HEADER.format(number=number, type_line=type_line, subject=subject) + rest
    [doc] = parse_bytes(text.encode(), "chi-thi.txt")
    assert doc.issuer == issuer
    assert doc.level == "province"


# (id, a commune's notice in the committee's name, its issuer): the Chairman asks in it, or signs it, for the committee
COMMITTEES_NOTICES = [
    (
        "its voice the committee's, its signature kept as 'CHỦ TỊCH' alone (web 237)",
        """ỦY BAN NHÂN DÂN
XÃ ĐỨC HỢP
Số: 12/TB-UBND
Đức Hợp, ngày 02 tháng 4 năm 2020

THÔNG BÁO
Về việc tạm dừng tiếp công dân để phòng chống dịch

Ủy ban nhân dân xã Đức Hợp thông báo như sau:

1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã Đức Hợp kể từ ngày 02/4/2020.

Nơi nhận:                                     CHỦ TỊCH
- Như trên;
""",
        "Uỷ ban nhân dân xã Đức Hợp",
    ),
    (
        "'THÔNG BÁO CỦA UBND XÃ', then 'Chủ tịch UBND xã yêu cầu các đồng chí trưởng thôn …' (web 217)",
        """ỦY BAN NHÂN DÂN
XÃ THIỆU DUY
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thiệu Duy, ngày tháng 8 năm 2018

THÔNG BÁO CỦA UBND XÃ

Về việc chỉnh trang khuôn viên nhà văn hóa và tổng don vệ sinh môi trường trên địa bàn xã đảm bảo đạt chuẩn tiêu chí xây dựng nông thôn mới trong năm 2018.

Thực hiện công văn của UBND Huyện Thiệu hóa về việc kiểm tra rà soát để đủ điều kiện công nhận xã văn hóa NTM và công nhận lại thôn văn hóa.

Chủ tịch UBND xã yêu cầu các đồng chí trưởng thôn và các tiểu ban chỉ đạo XDĐSVH thôn, HTX dịch vụ, nhà trường đôn đốc khẩn trương tiến hành thực hiện tốt một số nội dung sau:
""",
        "Uỷ ban nhân dân xã Thiệu Duy",
    ),
]


@pytest.mark.parametrize("text,issuer", [c[1:] for c in COMMITTEES_NOTICES], ids=[c[0] for c in COMMITTEES_NOTICES])
def test_a_committees_notice_stays_the_committees(text, issuer):
    [doc] = parse_bytes(text.encode(), "thong-bao.txt")
    assert doc.issuer == issuer
