"""A digitally signed PDF: the number and day its signature widgets stamp over the typed blanks.

``tests/data/signed_ubnd_ninh_binh_706.pdf`` is the first page of a real letter of UBND tỉnh Ninh Bình
(706/UBND-VP7 of 4 November 2024, public in dinhduclinh/electronicinformation, ``pdf/``), its images
removed; typed as ``Số:      /UBND-VP7`` and ``ngày      tháng 11 năm 2024``, signed with the number and day.
"""

import pathlib

from indexer import parse_file, read_bytes
from indexer.reading.pdf_stamps import Fragment, Stamp, fill_blanks

SIGNED = pathlib.Path(__file__).resolve().parents[1] / "data" / "signed_ubnd_ninh_binh_706.pdf"


def test_the_signed_number_and_day_are_read_into_their_blanks():
    lines = [line.text for line in read_bytes(SIGNED.read_bytes(), SIGNED.name).lines]
    assert any("Số: 706 /UBND-VP7" in line for line in lines)
    assert any("ngày 04 tháng 11 năm 2024" in line for line in lines)
    document = parse_file(str(SIGNED))[0]
    assert (document.number, document.date, document.year) == ("706/UBND-VP7", "2024-11-04", 2024)


# The fragments pypdf gives for the header line of a Lào Cai letter (7432/UBND-XD of 21 July 2026) and the
# two widgets its signing software drew: "7432" over the number's blank, "21" over the day's.
LINE = "Số:          /UBND-XD Lào Cai, ngày        tháng 7 năm 2026"
FRAGMENTS = [
    Fragment(0, "Số:", 105.0, 727.1, 13.0),
    Fragment(3, "          /UBND-XD", 105.0, 727.1, 13.0),
    Fragment(21, " Lào Cai, ngày        tháng 7 ", 318.5, 726.1, 13.0),
    Fragment(51, "năm", 318.5, 726.1, 13.0),
    Fragment(54, " 2026", 318.5, 726.1, 13.0),
]


def test_each_stamp_goes_to_the_nearest_blank_on_its_line():
    stamps = [Stamp("7432", 124.0, 725.0, 14.0), Stamp("21", 402.0, 722.0, 14.0)]
    assert fill_blanks(LINE, FRAGMENTS, stamps) == "Số: 7432 /UBND-XD Lào Cai, ngày 21 tháng 7 năm 2026"


def test_a_stamp_elsewhere_fills_nothing():
    far_below = [Stamp("7432", 124.0, 300.0, 14.0)]
    assert fill_blanks(LINE, FRAGMENTS, far_below) == LINE


# The Ministry of Home Affairs' letter 8151/BNV-CCHC of 18 September 2025 (bench/real-directives-web27 2712): its
# font gives "Số" with the acute apart (U+00F4 U+0301), and its widgets stamp the number, the day and the month.
MINISTRY_LINE = "So\u0302\u0301:            /BNV-CCHC Hà Nội, ngày       tháng       năm 2025"
MINISTRY_FRAGMENTS = [
    Fragment(0, "So\u0302\u0301:            /BNV-CCHC", 70.0, 731.5, 14.04),
    Fragment(30, " Hà Nội, ngày       tháng       năm 2025", 318.0, 731.5, 14.04),
]


def test_a_number_whose_mark_the_font_keeps_apart_and_no_day_above_31():
    stamps = [Stamp("8151", 120.0, 729.0, 20.0), Stamp("18", 388.0, 728.0, 20.0), Stamp("9", 445.0, 728.0, 20.0)]
    assert fill_blanks(MINISTRY_LINE, MINISTRY_FRAGMENTS, stamps) == (
        "So\u0302\u0301: 8151 /BNV-CCHC Hà Nội, ngày 18 tháng 9 năm 2025"
    )


# Lào Cai's decision 1696/QĐ-UBND (real-directives-dev 009): typed "ngày     tháng 4 năm 2026" when drafted, signed
# on 15 May: its widgets stamp "15" into the day's blank and "5" over the typed month (the appendix: 15/5/2026).
DRAFTED_LINE = "Số:   /QĐ-UBND      Lào Cai, ngày     tháng 4 năm 2026"
DRAFTED_FRAGMENTS = [
    Fragment(0, "Số:   /QĐ-UBND", 101.8, 730.2, 12.0),
    Fragment(14, "      Lào Cai, ngày     tháng 4 ", 273.1, 728.4, 14.0),
    Fragment(46, "năm", 273.1, 728.4, 14.0),
    Fragment(49, " 2026", 273.1, 728.4, 14.0),
]


def test_the_month_stamped_over_the_typed_one_is_the_signing_month():
    stamps = [Stamp("1696", 127.0, 727.0, 20.0), Stamp("15", 371.0, 724.0, 20.0), Stamp("5", 424.0, 728.0, 20.0)]
    assert fill_blanks(DRAFTED_LINE, DRAFTED_FRAGMENTS, stamps).endswith("Lào Cai, ngày 15 tháng 5 năm 2026")


def test_a_day_stamped_without_a_month_leaves_the_typed_month():
    stamps = [Stamp("1696", 127.0, 727.0, 20.0), Stamp("15", 371.0, 724.0, 20.0)]
    assert fill_blanks(DRAFTED_LINE, DRAFTED_FRAGMENTS, stamps).endswith("Lào Cai, ngày 15 tháng 4 năm 2026")
