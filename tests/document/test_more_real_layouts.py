"""Extraction on more real layouts: a Government resolution's proposal, an OCR'd letter, a web copy's broken
date line, a web page that sets the authority line in the subject (real-directives and real-directives-dev)."""

import pytest

from indexer import parse_bytes

# (id, text, expected fields)
CASES = [
    (
        "108: a Government resolution names the ministry's proposal after its basis, '; đề nghị của …'",
        """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 84/NQ-CP
Hà Nội, ngày 29 tháng 5 năm 2020
NGHỊ QUYẾT
Về các nhiệm vụ, giải pháp tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 138/2016/NĐ-CP ngày 01 tháng 10 năm 2016 của
Chính phủ ban hành Quy chế làm việc của Chính phủ;
Trên cơ sở thống nhất tại Phiên họp Chính phủ thường kỳ tháng 4 năm
2020 về nội dung các nhiệm vụ, giải pháp tiếp tục tháo gỡ khó khăn cho sản
xuất kinh doanh; đề nghị của Bộ trưởng Bộ Kế hoạch và
Đầu tư tại văn bản số 3218/TTr-BKHĐT ngày 18 tháng 5 năm 2020,
QUYẾT NGHỊ:
1. Tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh.
""",
        {"number": "84/NQ-CP", "basis": ["138/2016/NĐ-CP"]},
    ),
    (
        "109: 'Số' read 'sé;' by an OCR; what the letter 'nhận được' is a set of problems, not a document",
        """BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
sé; 5452 /TCHQ-GSQL Hà Nội, ngày 10 tháng 9 năm 2018
V/v vướng mắc Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP.
Kính gửi: Bộ Công Thương.
Trong quá trình thực hiện thủ tục hải quan đối với hàng hóa xuất khẩu,
nhập khẩu, Tổng cục Hải quan có nhận được các vướng mắc của Cục Hải quan
tỉnh, thành phố và cộng đồng doanh nghiệp liên quan đến quy định tại Luật
Quản lý ngoại thương số 05/2017/QH14 và các văn bản hướng dẫn, cụ thể như
sau:
""",
        {"number": "5452/TCHQ-GSQL", "basis": []},
    ),
    (
        "205: a web copy puts each piece of a date line left blank on a line of its own; the year stays",
        """BCĐ XÂY DỰNG NÔNG THÔN MỚI
ĐẢNG CỘNG SẢN VIỆT NAM
XÃ NHÂN KHANG
Số: 01 -KH/BCĐ
Nhân Khang, ngày
tháng
năm 2016
KẾ HOẠCH
XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2016-2020
- Căn cứ Quyết định 491/QĐTTg, Quyết định 242/QĐ-TTg của thủ tướng chính phủ
""",
        {"number": "01-KH/BCĐ", "date": None, "year": 2016, "basis": ["491/QĐTTg", "242/QĐ-TTg"]},
    ),
    (
        "038: vbpl.vn sets the authority line in the subject's paragraph",
        """CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 13/NQ-CP
Hà Nội, ngày 16 tháng 01 năm 2026
NGHỊ QUYẾT
VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ
QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
""",
        {
            "number": "13/NQ-CP",
            "title": "Về việc công bố nghị định của Chính phủ quy định chế độ quản lý ngân quỹ Nhà nước tiếp tục có "
            "hiệu lực",
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_more_real_layouts(text, expected):
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert {field: document[field] for field in expected} == expected
