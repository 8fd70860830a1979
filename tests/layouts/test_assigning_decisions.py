# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Who leads the work a provincial decision gives out, as legal and provincial websites give the decision
(bench/real-directives-web19): the work given to a body's head, an article whose number runs into "Giao", a
ground whose number a wrap put on the next line, a province misspelt in the header.  Each case quotes a real
document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "the work given to a director, and his peers and the district chairmen to coordinate: their bodies",
        """ỦY BAN NHÂN DÂN
TỈNH DÌNH ĐỊNH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 715/QĐ-UBND
Bình Định, ngày 29 tháng 12 năm 2011
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch bảo tồn và phát huy giá trị văn hóa
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo tồn và phát huy giá trị văn hóa.
Điều 2. Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với thủ trưởng các sở, ngành, đoàn thể liên quan và Chủ tịch UBND các huyện An Lão, Vĩnh Thạnh triển khai thực hiện.
""",
        {
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Bình Định",
            "province": "Bình Định",
            "roles": [
                ("Sở Văn hoá, Thể thao và Du lịch", "lead"),
                ("các sở, ngành, đoàn thể liên quan", "coordinate"),
                ("UBND các huyện An Lão, Vĩnh Thạnh", "coordinate"),
            ],
        },
    ),
    (
        "an article whose number runs into its first word ('Điều 2.Giao Sở Y tế chủ trì')",
        """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 44/2007/QĐ-UBND
Lào Cai, ngày 10 tháng 7 năm 2007
QUYẾT ĐỊNH
Ban hành Quy định một số chính sách khuyến khích phát triển các cơ sở cung ứng dịch vụ ngoài công lập
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Nghị định số 53/2006/NĐ-CP ngày 25/5/2006 của Chính phủ về chính sách khuyến khích phát triển các cơ sở cung ứng dịch vụ ngoài công lập;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định một số chính sách khuyến khích.
Điều 2.Giao Sở Y tế chủ trì, phối hợp với các sở, ban, ngành liên quan, UBND các huyện, thành phố tổ chức hướng dẫn, triển khai Quy định này.
""",
        {
            "roles": [
                ("Sở Y tế", "lead"),
                ("các sở, ban, ngành liên quan", "coordinate"),
                ("UBND các huyện, thành phố", "coordinate"),
            ]
        },
    ),
    (
        "a ground whose number a wrap put on the next line ('Thực hiện Quyết định' / '150/QĐ-TTg ngày …')",
        """ỦY BAN NHÂN DÂN TỈNH VĨNH LONG
Số: 1121/QĐ-UBND
Vĩnh Long, ngày 09 tháng 6 năm 2022
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN NÔNG NGHIỆP VÀ NÔNG THÔN BỀN VỮNG
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19/6/2015;
Thực hiện Quyết định
150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về phê duyệt Chiến lược phát
triển nông nghiệp và nông thôn bền vững giai đoạn 2021-2030, tầm nhìn đến
năm 2050;
Theo đề nghị của Sở Nông
nghiệp và Phát triển nông thôn tại Tờ trình số 78/TTr-SNN&PTNT ngày
02/6/2022.
QUYẾT ĐỊNH:
""",
        {"basis": ["150/QĐ-TTg"]},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_assigning_decisions(text, expected):
    assert fields_of(text, expected) == expected
