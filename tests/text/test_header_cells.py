# ruff: noqa: E501  (the cases quote real lines, as long as they are)
"""A header's two columns cut back apart, as real copies run them together (quoted from real documents)."""

import pytest

from indexer.text.header_cells import header_cells, is_motto, is_place_date

CASES = [
    # pdftotext -layout of a Lào Cai letter (real-directives-dev 007): a wide gap between the columns.
    (
        "   ỦY BAN NHÂN DÂN                             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ["ỦY BAN NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ),
    (
        "     Số: 5973 /UBND-KT                                Lào Cai, ngày 11 tháng 6 năm 2026",
        ["Số: 5973 /UBND-KT", "Lào Cai, ngày 11 tháng 6 năm 2026"],
    ),
    # A plain PDF extraction (Ninh Bình plan 193/KH-UBND): no gap at all, the number and day left blank.
    ("TỈNH NINH BÌNH Độc lập - Tự do - Hạnh Phúc", ["TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh Phúc"]),
    (
        "Số:          /KH-UBND Ninh Bình, ngày        tháng 11 năm 2024",
        ["Số: /KH-UBND", "Ninh Bình, ngày tháng 11 năm 2024"],
    ),
    # dev 008's header (an OCR copy that typed its 11 as "II"), printed and scanned: tesseract read the figure
    # glued to its code; a place has no slash in its name.
    (
        "Số: II/2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026",
        ["Số: II/2026/QĐ-UBND", "Lào Cai, ngày 29 tháng 01 năm 2026"],
    ),
    # A commune's plan on its site (bench/real-directives-web65 6505): the code's tail set apart from its dash.
    (
        "Số: /KH- UBND Thiệu Phúc, ngày 9 tháng 5 năm 2019",
        ["Số: /KH- UBND", "Thiệu Phúc, ngày 9 tháng 5 năm 2019"],
    ),
    # The Youth Union's guidance as a sharing site gives it (bench/real-directives-web40 4007): the figure left
    # blank, the whole code before the place.
    (
        "Số: - HD/TWĐTN-BTC Hà Nội, ngày tháng năm 2023",
        ["Số: - HD/TWĐTN-BTC", "Hà Nội, ngày tháng năm 2023"],
    ),
    # A Party letter (real-directives-dev 039): parent organisation and Party heading side by side.
    (
        "     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM",
        ["ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ),
    # thuvienphapluat copies (real-directives-dev 027-032): decorations, number, date, type, title, authority.
    ("ỦY BAN NHÂN DÂN TỈNH KON TUM -------", ["ỦY BAN NHÂN DÂN TỈNH KON TUM"]),
    (
        "PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------",
        ["PHỦ THỦ TƯỚNG", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"],
    ),
    (
        "Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG "
        "BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH",
        [
            "Số: 1056/QĐ-CT",
            "Tuyên Quang, ngày 16 tháng 8 năm 2010",
            "QUYẾT ĐỊNH BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
            "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH",
        ],
    ),
    (
        "Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014",
        ["Số: 778/TCHQ-GSQL", "V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014"],
    ),
    (
        "Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.",
        ["Hà Nội, ngày 13 tháng 02 năm 2017", "Kính gửi: Cục Hải quan các tỉnh, thành phố."],
    ),
    # An OCR without diacritics (Cục Thuế Bắc Ninh, 2019): the heading is still the other column.
    ("TONG CỤC THUE CONG HOA XA HOI CHU NGHIA VIET NAM", ["TONG CỤC THUE", "CONG HOA XA HOI CHU NGHIA VIET NAM"]),
    # Not header lines: left whole (a law's passage names the Republic in running text).
    (
        "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012.",
        [
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012."
        ],
    ),
    (
        "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ["Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ),
    (
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
        ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;"],
    ),
]


@pytest.mark.parametrize("line,cells", CASES, ids=[c[0].strip()[:40] for c in CASES])
def test_header_line_cells(line, cells):
    assert header_cells(line) == cells


def test_cutting_twice_changes_nothing():
    for line, cells in CASES:
        assert [c for cell in cells for c in header_cells(cell)] == cells, line


@pytest.mark.parametrize(
    "text,motto,place_date",
    [
        ("CONG HOA XA HOI CHU NGHIA VIET NAM", True, False),
        ("Độc lập - Tự do - Hạnh phúc", True, False),
        ("Lào Cai, ngày 07 tháng 9 năm 2026", False, True),
        ("Ninh Bình, ngày tháng 11 năm 2024", False, True),
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", False, False),
    ],
)
def test_marks(text, motto, place_date):
    assert is_motto(text) is motto
    assert is_place_date(text) is place_date
