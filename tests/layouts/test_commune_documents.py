# ruff: noqa: E501  (the cases quote real pages, whose lines are as long as they are)
"""Extraction on commune documents as commune portals give them (bench/real-directives-web18): a header that lost
its unit, a commune Youth Union branch under its organisation's heading, a commune whose name other provinces'
communes share, a notice reposted without its header, a commune's notice that names another province in passing.  Each case quotes a real page, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a commune council's header that lost its unit ('UỶ BAN NHÂN DÂN' / 'DÂN LỰC'): the unit the text gives",
        """Kế hoạch Tổ chức lễ công bố xã Dân Lực đạt chuẩn nông thôn mới

Ngày 18/10/2019 21:31:48

UỶ BAN NHÂN DÂN

DÂN LỰC

Số: 45 /KH-UBND

     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

      Độc lập – Tự do – Hạnh phúc

      Dân Lực , ngày 09  tháng  10 năm 2019

 KẾ HOẠCH

Tổ chức lễ công bố xã Dân Lực đạt chuẩn nông thôn mới

          Căn cứ Quyết định số: 3694/UBND  ngày 16/9/2019 của Chủ tịch UBND tỉnh Thanh Hóa về việc công nhận xã “ Đạt chuẩn Nông thôn mới” năm 2019 (đợt 02) cho các xã trên địa bàn tỉnh Thanh Hóa;
""",
        {"issuer": "Uỷ ban nhân dân xã Dân Lực", "level": "commune", "province": "Thanh Hoá", "number": "45/KH-UBND"},
    ),
    (
        "a commune Youth Union branch under its organisation's heading ('ĐOÀN TNCS HỒ CHÍ MINH' is no place), its district's union over it",
        """HOẠT ĐỘNG HÈ

Đăng lúc: 09:44:14 24/08/2018 (GMT+7)

HUYỆN ĐOÀN NGỌC LẶC

BCH ĐOÀN XÃ LAM SƠN

*****

ĐOÀN TNCS HỒ CHÍ MINH

Số:  16 - KH/ĐTN

Lam Sơn, ngày  28  tháng 5 năm 2018

KẾ HOẠCH

Tổ chức các hoạt động hè thiếu nhi năm 2018

Thực hiện kế hoạch số: 22-KH/ĐTN ngày 20 tháng 5 năm 2018 của BCH Huyện Đoàn Ngọc Lặc về việc “Tổ chức hoạt động hè cho thiếu nhi năm 2017”. Được sự nhất trí của Đảng uỷ xã Lam Sơn cho phép Đoàn xã Lam Sơn tổ chức các hoạt động hè cho thiếu nhi năm 2018.
""",
        {
            "issuer": "Ban Chấp hành Đoàn TNCS Hồ Chí Minh xã Lam Sơn",
            "level": "commune",
            "province": "Thanh Hoá",
            "number": "16-KH/ĐTN",
        },
    ),
    (
        "a commune whose name a commune of another province bears: the district its text names decides",
        """UỶ BAN NHÂN DÂN
         XÃ XUÂN THỊNH
Số:        /TB-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    Độc lập - Tự do - Hạnh phúc
                Xuân Thịnh, ngày 02  tháng 11  năm 2022
THÔNG BÁO
Về việc niêm yết công khai danh sách hộ nghèo, hộ cận nghèo,
Sau khi rà soát cuối năm 2022
Căn cứ kế hoạch số 4757/KH-UBND ngày 27/9/2022 của UBND huyện Triệu Sơn về việc rà soát hộ nghèo, hộ cận nghèo năm 2022.
""",
        {"issuer": "Uỷ ban nhân dân xã Xuân Thịnh", "province": "Thanh Hoá", "number": None, "date": "2022-11-02"},
    ),
    (
        "a ward's notice reposted without its header: the ward speaks at the end of its opening ('… thông báo:')",
        """Người ký văn bản:
Nội dung thông báo:
Thực hiện kế hoạch của UBND phường, các tổ dân phố đã thực hiện trang trí tuyên truyền và vận động các hộ gia đình treo cờ tổ quốc chào mừng Quốc khánh. Để đảm bảo công tác trang trí tuyên truyền chào mừng các ngày lễ, Tết trên địa bàn, đảm bảo trang trọng, đúng quy định, UBND phường Phúc La thông báo:
1. Đề nghị các tổ dân phố thực hiện tháo dỡ toàn bộ các băng rôn tuyên truyền chào mừng 74 năm Quốc khánh.
""",
        {"doc_type": "Thông báo", "issuer": "Uỷ ban nhân dân phường Phúc La", "level": "commune"},
    ),
    (
        "a commune's notice that names Hà Nội only in a hospital's address: no province said (web18 1805)",
        """THÔNG BÁO

Kết luận cuộc họp Ban Chỉ đạo về công tác

phòng, chống dịch bệnh Covid-19 trên địa bàn xã

Ngày 10/5/2021 Ban Chỉ đạo phòng chống dịch Covid-19 xã tổ chức họp BCĐ về công tác phòng chống dịch trên địa bàn xã. Qua triển khai và các ý kiến thảo luận tại cuộc họp, cuộc họp thống nhất kết luận và chỉ đạo như sau:

– Các thành viên BCĐ xã phối hợp các Tổ phòng, chống dịch Covid -19 cộng đồng và các lực lượng liên quan lập danh sách hàng ngày tất cả những người đã đến Bệnh viện nhiệt đới Trung ương cơ sở 2 Kim Chung, Đông Anh, Hà Nội và Bệnh việ K cơ sở 3 Tân Triều, Thanh Trì, Hà Nội trở về và đề nghị công dân thực hiện khai báo y tế.
""",
        {"level": "commune", "province": None},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_commune_documents(text, expected):
    assert fields_of(text, expected, single=True) == expected
