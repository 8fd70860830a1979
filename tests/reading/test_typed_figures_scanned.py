"""A typed number on a scan stays as it was printed (issue 20). On a noisy page tesseract reads it at a
confidence under its threshold, the gap is read again by the recogniser of hand-written figures, and where the
two differ only as the crop's edges or the recogniser's decoding make them differ, the printed figure stands; on
a clean one, a figure tesseract read glued to its code is no place's name."""

import os

import pytest

from indexer import parse_bytes
from indexer.reading.ocr import available as ocr_available
from indexer.reading.scan import handwriting
from tests.conftest import CHROMIUM
from tests.scans import VARIANTS, printed_pdf

DEV_008 = (  # an OCR copy that typed its 11 as "II"
    "ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n"
    "Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026\nQUYÉT ĐỊNH\n"
)
# The header lines of real typed files of the development set, as the portal reads them, how they are scanned,
# and the number.
HEADERS = [
    ("dev 008: two 1s side by side, merged by the recogniser's decoding", DEV_008, "300dpi-noise", "11/2026/QĐ-UBND"),
    ("dev 008 on a skewed page: one stroke read twice, '111'", DEV_008, "300dpi-skew1.5", "11/2026/QĐ-UBND"),
    (
        "dev 008 on a clean scan: tesseract reads 'II/2026/QĐ-UBND' as one word, no place",
        DEV_008,
        "300dpi",
        "11/2026/QĐ-UBND",
    ),
    (
        "dev 034: the figure and its code one word to tesseract; the code's year begins inside the crop",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n______ |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập – Tự do – Hạnh phúc\n__________ | |\nSố: 15/2010/QĐ-UBND\nHà Nội, ngày 26 tháng 04 năm 2010\n",
        "300dpi-noise",
        "15/2010/QĐ-UBND",
    ),
    (
        "dev 042: label, figure and code one word; the crop begins inside the 0",
        "     ỦY BAN NHÂN DÂN\n THÀNH PHỐ CẦN THƠ      |  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                     Độc lập - Tự do - Hạnh phúc | |\nSố:09/2010/QĐ-UBND\n"
        "Cần Thơ, ngày 21 tháng  01  năm 2010\n",
        "300dpi-noise",
        "09/2010/QĐ-UBND",
    ),
]


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing: scripts/test installs chromium")
@pytest.mark.parametrize("text,variant,number", [h[1:] for h in HEADERS], ids=[h[0] for h in HEADERS])
def test_a_typed_number_on_a_scan_is_read_as_printed(browser, text, variant, number):
    scan = VARIANTS[variant].scan(printed_pdf(browser, text), last=1)
    assert parse_bytes(scan, "scan.pdf")[0].number == number


def word(text, left, width, confidence=90.0, top=465, height=50):
    return (confidence, text, [left, top, width, height])


# (tesseract's words on the number's line, what the recogniser read in the gap, whether tesseract's figure
# stands); the typed ones as tesseract read the scans above, the hand-written ones from real scans
READINGS = [
    (
        "dev 008 typed, 'II' read '1'",
        [word("Số:", 240, 69, 95.7), word("II", 329, 33, 77.0), word("/2026/QĐ-UBND", 377, 386, 77.0)],
        "1",
        True,
    ),
    (
        "dev 008 typed and skewed, 'II' read '111'",
        [word("Số:", 253, 70, 95.6), word("II", 342, 33, 73.5), word("/2026/QĐ-UBND", 391, 386, 73.5)],
        "111",
        True,
    ),
    (
        "dev 034 typed, '15' read '152'",
        [word("Số:", 240, 69, 96.6), word("15/2010/QĐ-UBND", 332, 435, 73.4)],
        "152",
        True,
    ),
    ("dev 042 typed, '09' read '9'", [word("Số:09/2010/QĐ-UBND", 240, 514, 51.2)], "9", True),
    (
        "dev 020 hand-written 932, tesseract '332'",
        [word("Số:", 240, 69, 96.0), word("332/QĐ-TTg", 330, 260, 67.0)],
        "932",
        False,
    ),
    (
        "web56 5601 hand-written 1129, tesseract '4129'",
        [word("Số:", 240, 69, 94.0), word("4129", 330, 120, 58.0), word("/UBND-MT", 470, 220, 60.0)],
        "1129",
        False,
    ),
    (
        "dev 018 hand-written 3980, tesseract '3' '49/C04-P6': a letter opens its code",
        [word("Số:", 240, 69, 90.0), word("3", 330, 30, 93.0), word("49/C04-P6", 380, 250, 18.0)],
        "3980",
        False,
    ),
]


@pytest.mark.parametrize("line,read,stands", [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_where_the_two_readers_differ_only_at_the_crops_edge_the_print_stands(line, read, stands):
    (slot,) = handwriting.slots(line, 3508)
    assert handwriting.printed_after_all(slot, read) is stands
