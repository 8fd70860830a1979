# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Documents that lost their header and say who they are in their own voice (bench/real-directives-web5, web27): a
commune's notice that "trân trọng thông báo và kính mời" the people, a township's submission that "kính trình" the
district.  Each case quotes a real document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a commune's notice on its portal: the closing 'UBND xã Chí Minh trân trọng thông báo và kính mời …' (web5 503)",
        """Xã Chí Minh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân các thôn Thanh Kỳ, An Lao, An Định

Thực hiện Luật Tổ chức chính quyền địa phương năm 2025 và Hướng dẫn số 13-HD/BTGDVTU ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân, Chủ tịch UBND xã Chí Minh sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân các thôn Thanh Kỳ, An Lao và An Định vào 07 giờ 30 phút, ngày 29/10/2025  tại hội trường UBND xã Chí Minh tại thôn Thanh Kỳ (Trụ sở Công an xã).

Hội nghị nhằm lắng nghe ý kiến, kiến nghị, đề xuất của Nhân dân về các vấn đề liên quan đến phát triển kinh tế - xã hội, đảm bảo an ninh – quốc phòng, an sinh xã hội và công tác xây dựng chính quyền cơ sở. Đây là dịp để chính quyền xã và Nhân dân cùng trao đổi, tháo gỡ khó khăn, góp phần xây dựng chính quyền thân thiện, gần dân, vì dân.

Thành phần tham dự gồm đại diện lãnh đạo Ban Tuyên giáo – Dân vận Thành ủy phụ trách, theo dõi xã; Thường trực Đảng ủy, HĐND, UBND xã; đại diện các cơ quan, đơn vị, trường học, tổ chức chính trị - xã hội; cùng cấp ủy, chính quyền, các đoàn thể và đông đảo Nhân dân các thôn Thanh Kỳ, An Lao, An Định.

UBND xã Chí Minh trân trọng thông báo và kính mời toàn thể Nhân dân các thôn Thanh Kỳ, An Lao, An Định đến dự Hội nghị để cùng tham gia trao đổi, góp ý xây dựng địa phương ngày càng phát triển.
""",
        {"doc_type": "Thông báo", "issuer": "Uỷ ban nhân dân xã Chí Minh", "level": "commune"},
    ),
    (
        "a township's submission without its header: 'UBND thị trấn Nếnh kính trình UBND huyện Việt Yên …' (web27 2703)",
        """Cộng hoà xã hội chủ nghĩa Việt Nam
Độc lập - Tự do - Hạnh phúc
-----o0o-----
TỜ TRÌNH
(V/v xin kinh phí tư vấn đầu tư xây dựng công trình: Khu dân cư dịch vụ thôn Ninh Khánh, thị trấn Nếnh, huyện Việt Yên)
Kính gửi: UBND huyện Việt Yên, tỉnh Bắc Giang
Phòng Công Thương huyện Việt Yên
Căn cứ nghị quyết của UBND tỉnh Bắc Giang và của UBND huyện Việt Yên về việc triển khai các dự án dân cư dịch vụ trên địa bản tỉnh Bắc Giang và huyện Việt Yên năm 2012.
Chính vì vậy để giảm chi phí đóng góp cho các hộ dân trong quá trình thực hiện dự án, UBND thị trấn Nếnh kính trình UBND huyện Việt Yên và phòng Công Thương huyện xem xét hỗ trợ cho người dân khoản chi phí tư vấn đầu tư xây dựng (bao gồm chi phí thiết kế, chi phí thẩm tra, chi phí giám sát…)
|UBND THỊ TRẤN NẾNH |
|Chủ tịch |

""",
        {
            "doc_type": "Tờ trình",
            "issuer": "Uỷ ban nhân dân thị trấn Nếnh",
            "level": "commune",
            "province": "Bắc Giang",
        },
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_documents_in_their_own_voice(text, expected):
    assert fields_of(text, expected, "van-ban.txt") == expected
