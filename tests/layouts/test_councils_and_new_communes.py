# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Provincial councils, chairmen's decisions and the bodies of the two-level local government of 2025, as legal
websites give them (bench/real-directives-web22 … web24): a chairman's header that lost its province, … Each case
quotes a real document, cut to what the case needs."""

import pytest

from indexer import parse_bytes

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
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_councils_and_new_communes(text, expected):
    record = parse_bytes(text.encode("utf-8"), "van-ban.md")[0].to_dict()
    assert {field: record[field] for field in expected} == expected
