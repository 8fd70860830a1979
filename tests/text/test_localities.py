"""Where a commune's or a district's body sits, from the 2024 divisions; names that say nothing alone."""

import pytest

from indexer.text.closing_columns import closing_columns
from indexer.text.localities import capitalise_localities, province_of_localities
from indexer.text.places import issuer_level, likeliest_province, provinces_in
from indexer.text.vietnamese import normalize_tones

# (text quoted from a real document, province)
PROVINCES = [
    # a commune's notice (Thiệu Duy, 2018): its body names its district, never its province
    ("Thực hiện kế hoạch của UBND huyện Thiệu Hóa về việc kiểm tra rà soát", "Thanh Hoá"),
    ("ỦY BAN NHÂN DÂN XÃ THIỆU DUY", "Thanh Hoá"),
    ("Uỷ ban nhân dân thị trấn Phong Sơn", "Thanh Hoá"),
    ("Hội đồng nhân dân quận Tân Phú", "Hồ Chí Minh"),
    # a dozen provinces have a huyện Châu Thành: it tells nothing
    ("Về việc phê duyệt Kế hoạch sử dụng đất năm 2022 huyện Châu Thành", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", None),
]


@pytest.mark.parametrize("text,province", PROVINCES)
def test_province_of_localities(text, province):
    assert province_of_localities(text) == province


# (text quoted from a real document, its date, province): the communes since 1 July 2025 are the 2025 divisions'
SINCE_THE_MERGER = [
    # a commune's plan on its portal (web5 504, longphung.quangngai.gov.vn); the 2024 Long Phụng was in Long An
    (
        "Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND",
        "2025-07-18",
        "Quảng Ngãi",
    ),
    ("Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND", None, None),
    # a commune formed in 2025 (web5 505, avuong.danang.gov.vn): no 2024 commune bore its name
    ("Theo đó, xã Avương đã thành lập 16 khu vực bỏ phiếu, được bố trí tại các thôn", None, "Đà Nẵng"),
    # the same words signed before the merger name the Long Phụng of Cần Giuộc, Long An
    ("Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND", "2024-07-18", "Long An"),
    # a special zone is a commune's peer (VietnamPlus, 25/7/2025): Côn Đảo, once Bà Rịa - Vũng Tàu's, is the city's
    ("ông Phan Trọng Hiền, Chủ tịch Ủy ban Nhân dân Đặc khu Côn Đảo cho biết", "2025-07-25", "Hồ Chí Minh"),
]


@pytest.mark.parametrize("text,dated,province", SINCE_THE_MERGER)
def test_province_of_localities_on_the_day(text, dated, province):
    assert province_of_localities(text, dated) == province


def test_a_special_zone_is_of_a_communes_level():
    assert issuer_level("Ủy ban Nhân dân Đặc khu Côn Đảo", None, "Hồ Chí Minh") == "commune"


# (text quoted from a real document, the provinces it names): a province's name in small letters is a word
NAMED = [
    # a district's guidance on a portal (web20 2005): peace, not Hoà Bình
    ("Đại hội Đảng toàn quốc lần thứ XIII đã đề ra, khẳng định tính độc lập, tự chủ, hòa bình, hợp tác", []),
    # a school's report (web23 2309) and the gazette's list of the regions' industrial zones
    ("TrườngTHCS Thụy Dương HUYỆN THÁI THỤY, TỈNH THÁI BÌNH", ["Thái Bình"]),
    ("1. Ban Quản lý các KCN tỉnh Hòa Bình", ["Hoà Bình"]),
    # the gazette (Công báo 237/2026): the Pacific, not Thái Bình
    ("Công nhận Châu Á - Thái Bình Dương (APAC) công nhận về", []),
    # a commune's notice of its polling places (web5 526, Đồng Nai): hamlets named like a province
    ("- Ấp Hòa Bình: Trường Tiểu học Trần Quý Cáp.", []),
    (
        "- Tại khu vực cư trú: Nhà văn hóa của các ấp tương ứng (Hưng Bình, Hưng Long, Hưng Phát, Quảng Đà, Hòa Bình, "
        "Bàu Cá, An Bình, Lộc Hòa, Nhân Hòa, An Hòa).",
        [],
    ),
    # but a town so named is its province's seat (web26 2602, a decision of UBND thị xã Hà Giang, 2008)
    ("nhà ở đô thị trên địa bàn thị xã Hà Giang", ["Hà Giang"]),
]


@pytest.mark.parametrize("text,provinces", NAMED)
def test_provinces_named(text, provinces):
    assert provinces_in(normalize_tones(text)) == provinces


def test_a_body_that_names_two_provinces_as_often_says_neither():
    # a province's notice closing schools for a storm (web29 2903): the coast of both
    text = normalize_tones("vào lúc 4h00’ sáng ngày 3/11/2017 tâm bão cách bờ biển Khánh Hòa-Ninh Thuận khoảng 500km")
    assert provinces_in(text) == ["Khánh Hoà", "Ninh Thuận"]
    assert likeliest_province(text) is None


def test_a_caps_title_keeps_its_place_names():
    # Nghị quyết 41/2006/NQ-HĐND of HĐND quận Tân Phú, its title set in capitals
    assert capitalise_localities("Về đề án phân loại đơn vị hành chính 11 phường quận tân phú") == (
        "Về đề án phân loại đơn vị hành chính 11 phường quận Tân Phú"
    )


def test_a_layout_copys_closing_is_read_column_by_column():
    # pdftotext -layout of Công văn 2449-CV/ĐU (Đảng uỷ UBND tỉnh Lào Cai, 2026), real-directives-dev 039
    lines = [
        "Nơi nhận:                                    T/M BAN THƯỜNG VỤ",
        "- Như trên (t/h);                                 PHÓ BÍ THƯ",
        "- Thường trực Tỉnh ủy (để b/c);",
        "- Lưu Văn phòng Đảng ủy.",
        "",
        "                                                Nguyễn Hữu Long",
    ]
    assert [line for line in closing_columns(lines) if line.strip()] == [
        "Nơi nhận:",
        "- Như trên (t/h);",
        "- Thường trực Tỉnh ủy (để b/c);",
        "- Lưu Văn phòng Đảng ủy.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Hữu Long",
    ]


def test_a_closing_in_one_column_is_left_as_it_is():
    lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
    assert closing_columns(lines) == lines
