"""Numbers and days written by hand in a scan's header: the gap tesseract leaves is found from its word boxes,
read again by a recogniser of handwriting, and written into the text (issues 19 and 20)."""

import pytest

from indexer import parse_bytes, parse_file
from indexer.reading.ocr import available as ocr_available
from indexer.reading.scan import handwriting
from tests.conftest import ROOT

SCAN = ROOT / "tests" / "data" / "scan_header_handwritten_493.jpg"  # real-directives-dev 010, its header
DATA = ROOT / "tests" / "data"


def words(*items):
    """Tesseract's words of one line 40 px high at the top of a page: (text, left, width[, confidence])."""
    return [(item[3] if len(item) > 3 else 90.0, item[0], [item[1], 100, item[2], 40]) for item in items]


# (what tesseract read on the line, the slot found: kind and its left and right edges, or None)
SLOTS = [
    ("a blank before the code", words(("Số:", 100, 60), ("/TB-UBND", 300, 200)), ("number", 162, 298)),
    (
        "label and misread figures glued (010: 'Só:J¿92')",
        words(("Só:J¿92", 430, 186, 39.0), ("/TB-UBND", 649, 276)),
        ("number", 511, 647),
    ),
    (
        "the slash lost before the code (019: '4H09 BCA-C04')",
        words(("Số:", 450, 80), ("4H09", 560, 150, 40.0), ("BCA-C04", 760, 250)),
        ("number", 532, 758),
    ),
    (
        "the figures inside the label's box (011: 'Số' 123 px wide, confidence 0)",
        words(("Số", 344, 123, 0.0), ("/TTr-", 481, 119), ("CAT-PC04", 618, 250)),
        ("number", 402, 479),
    ),
    (
        "the figures glued to the code (036: '/Z4.2UBND-')",
        words(("Số:", 238, 70, 47.0), ("/Z4.2UBND-", 321, 351, 12.0), ("KSTTHC", 690, 228)),
        ("number", 310, 494),
    ),
    (
        "a legal act's code opens with its year (web70 7001: 'Số: ỚL /2013/CT-UBND')",
        [
            (93.3, "Số:", [310, 400, 65, 49]),
            (37.0, "ỚL", [411, 389, 77, 66]),
            (87.6, "/2013/CT-UBND", [525, 409, 378, 40]),
        ],
        ("number", 377, 523),
    ),
    ("a printed number read surely", words(("Số:", 100, 60), ("1234/QĐ-UBND", 180, 300, 95.0)), None),
    ("a printed number with its year", words(("Số:", 100, 60), ("12/2013/QĐ-UBND", 180, 300, 95.0)), None),
    ("printed, apart from its code", words(("Số:", 100, 60), ("15", 180, 50, 96.0), ("/KH-UBND", 240, 200)), None),
    (
        "a printed number, a dash apart (the seed 'Số 06 - KH/BCĐ')",
        words(("Số", 100, 50), ("06", 170, 50, 95.0), ("-", 230, 15, 90.0), ("KH/BCĐ", 260, 150)),
        None,
    ),
    ("the body's 'số' is no label", words(("số", 100, 40), ("163/2024/QH15", 200, 300)), None),
    ("a blank day", words(("ngày", 1400, 90), ("tháng", 1600, 110), ("11", 1720, 40)), ("day", 1492, 1598)),
    ("a printed day", words(("ngày", 1400, 90), ("13", 1500, 45, 93.0), ("tháng", 1560, 110)), None),
    ("no room for a figure", words(("ngày", 1400, 90), ("tháng", 1500, 110)), None),
    (
        "the day inside the box of 'tháng' (036: 213 px wide on a 50 px line, confidence 0)",
        [(96.7, "ngày", [1411, 276, 107, 50]), (0.0, "tháng", [1545, 254, 213, 82]), (94.3, "12", [1776, 272, 48, 37])],
        ("day", 1520, 1619),
    ),
    (
        "the day written over the end of 'ngày', read in its box (web7 710: 294 px wide on a 50 px line)",
        [
            (72.8, "ngày", [1578, 397, 294, 50]),
            (19.0, "80", [1699, 383, 35, 68]),
            (96.9, "tháng", [1756, 397, 108, 50]),
        ],
        ("day", 1690, 1754),
    ),
    (
        "the hand's day read as a word inside the box of 'ngày' (web9 901: 'đổ' for 28)",
        [(0.0, "ngày", [1689, 449, 173, 50]), (0.0, "đổ", [1811, 443, 41, 80]), (97.0, "tháng", [1876, 448, 264, 53])],
        ("day", 1801, 1874),
    ),
    (
        "the hand's day read with 'ngày' as one word (web9 902: 'ngàyc2O' for 20)",
        [(23.0, "ngàyc2O", [1535, 644, 211, 63]), (97.0, "tháng", [1775, 656, 129, 54])],
        ("day", 1675, 1773),
    ),
    (
        "digits read surely but no day (a hand's 20 read '80')",
        words(("ngày", 1400, 90), ("80", 1500, 45, 95.0), ("tháng", 1560, 110)),
        ("day", 1492, 1558),
    ),
    (
        "a month written by hand (018: 'ngày 28 tháng Ÿ năm 2025')",
        words(
            ("ngày", 1505, 114), ("28", 1630, 60, 95.0), ("tháng", 1737, 102), ("Ÿ", 1870, 30, 31.0), ("năm", 1960, 95)
        ),
        ("month", 1841, 1958),
    ),
    (
        "a month in a sentence is not the date line's",
        words(("trong", 1200, 110), ("tháng", 1330, 110), ("Ÿ", 1470, 30, 31.0), ("năm", 1560, 95)),
        None,
    ),
]


@pytest.mark.parametrize("line,slot", [c[1:] for c in SLOTS], ids=[c[0] for c in SLOTS])
def test_the_gap_of_a_hand_written_figure(line, slot):
    found = handwriting.slots(line, 3508)
    assert [(s.kind, s.box[0], s.box[2]) for s in found] == ([slot] if slot else [])


# A date line's words as tesseract read them on real scans, and the slots found on it: (kind, left, right).
DATE_LINES = [
    (
        "the month glued to its label (web7 709: 'ngày 2# thángØƒ năm 2021')",
        [(96.5, "ngày", [1560, 421, 106, 50]), (88.6, "2#", [1674, 426, 82, 53])]
        + [(9.9, "thángØƒ", [1776, 421, 187, 55]), (96.9, "năm", [1980, 431, 91, 37])],
        [("day", 1668, 1774), ("month", 1929, 1978)],
    ),
    (
        "the day begins where the word read inside the label's box does (web7 714: 'ngày 3⁄| tháng 12')",
        [(93.3, "ngày", [1561, 463, 171, 62]), (81.5, "3⁄|", [1681, 447, 56, 83])]
        + [(90.7, "tháng", [1750, 469, 124, 55]), (90.7, "12", [1903, 476, 52, 40])],
        [("day", 1683, 1748)],
    ),
    (
        "so does the month ('tháng' read 300 px wide over the hand's 02, web56 5601)",
        [(92.8, "ngày", [1476, 440, 113, 55]), (0.0, "Ø|", [1599, 439, 54, 54])]
        + [(96.6, "tháng", [1675, 437, 300, 59]), (30.3, "0", [1826, 430, 38, 73]), (30.3, "năm", [1887, 437, 80, 59])],
        [("day", 1591, 1673), ("month", 1828, 1885)],
    ),
    (
        "label, figures and code as one word: the figures' share of it is a guess, no room (web7 704's 753)",
        [(24.2, "Só:Ä3/KH-DCT", [497, 493, 366, 68])],
        [],
    ),
    (
        "the month after a day read with its label (web52 5207: 'ngày©)Š tháng |Ö năm 2025')",
        [(2.6, "ngày©)Š", [1553, 420, 181, 61]), (45.6, "tháng", [1742, 431, 125, 49])]
        + [(70.8, "|Ö", [1875, 423, 62, 48]), (97.0, "năm", [1946, 433, 91, 35])],
        [("day", 1689, 1740), ("month", 1869, 1944)],
    ),
]


@pytest.mark.parametrize("line,found", [c[1:] for c in DATE_LINES], ids=[c[0] for c in DATE_LINES])
def test_the_gaps_of_a_date_line(line, found):
    assert [(s.kind, s.box[0], s.box[2]) for s in handwriting.slots(line, 3508)] == found


def test_a_line_low_on_the_page_has_no_slot():
    low = [(c, w, [b[0], 2500, b[2], b[3]]) for c, w, b in words(("Số:", 100, 60), ("/TB-UBND", 300, 200))]
    assert handwriting.slots(low, 3508) == []


# (the text tesseract wrote, the slot's kind, the figures read by hand, the text with them written in)
WRITTEN = [
    ("Só:J¿92 /TB-UBND     Lâm Đồng, ngày", "number", "493", "Số: 493/TB-UBND     Lâm Đồng, ngày"),
    ("Số: 4H09 BCA-C04      Hà Nội", "number", "4409", "Số: 4409/BCA-C04      Hà Nội"),
    ("Số: 36 Ÿ/QĐ-UBND", "number", "968", "Số: 968/QĐ-UBND"),
    ("Số:   -KH/ĐU", "number", "12", "Số: 12-KH/ĐU"),
    ("Số: ỚL /2013/CT-UBND", "number", "01", "Số: 01/2013/CT-UBND"),  # the year is the code's
    ("Số 0b - KH/BCĐ", "number", "06", "Số: 06-KH/BCĐ"),
    ("Số: /Z4.2UBND- KSTTHC", "number", "4532", "Số: 4532/UBND- KSTTHC"),  # 036: figures glued to the code
    ("Lâm Đồng, ngày J2 tháng 11 năm 2025", "day", "13", "Lâm Đồng, ngày 13 tháng 11 năm 2025"),
    ("Phú Thọ, ngày   tháng 12 năm 2011", "day", "7", "Phú Thọ, ngày 7 tháng 12 năm 2011"),
    ("Kiên Giang, ngàyc2O tháng 10 năm 2017", "day", "20", "Kiên Giang, ngày 20 tháng 10 năm 2017"),
    ("Hà Nội, ngày 28 tháng Ÿ năm 2025", "month", "8", "Hà Nội, ngày 28 tháng 8 năm 2025"),
    ("Hà Nội, ngày    tháng    năm 2025", "month", "10", "Hà Nội, ngày    tháng 10 năm 2025"),
    # web7 709: the month's figures read as letters glued to its label
    ("Quảng Ngãi, ngày 2# thángØƒ năm 2021", "day", "04", "Quảng Ngãi, ngày 04 thángØƒ năm 2021"),
    ("Quảng Ngãi, ngày 04 thángØƒ năm 2021", "month", "01", "Quảng Ngãi, ngày 04 tháng 01 năm 2021"),
    ("Thông báo kết luận", "number", "493", None),
]


@pytest.mark.parametrize("text,kind,figures,written", WRITTEN)
def test_the_figures_are_written_in_place_of_what_tesseract_read(text, kind, figures, written):
    assert handwriting.write_in(text, kind, figures) == written


# What the recogniser's network gave at each step of a real gap (its surest signs: "_" the blank), and the
# figure its digits-only decoding reads there ("?" a letter where no digit is read at all), its first digit as
# sure as its surest step, its look-alikes counted with it.
ALPHABET = ["blank", *"0123456789", "A", "M", "S", "G", "Λ", ":", " ", "/"]
STEPS = [
    (
        "5601 '1129': a Λ, then a 1",
        [{"Λ": 0.40, "A": 0.31}, {"1": 0.72, "_": 0.19}, {"2": 0.99}, {"9": 0.94}],
        "1129",
        0.71,
    ),
    (
        "5207 '1146': two 1s as an M",
        [{"M": 0.98}, {"_": 0.9}, {"4": 0.95}, {"_": 0.9}, {"6": 0.73, "G": 0.12}],
        "1146",
        0.98,
    ),
    (
        "4505 '2119': an M beside an A is one 1 read twice",
        [{"2": 0.36, "_": 0.22}, {"M": 0.58, "A": 0.19}, {"_": 0.4}, {"A": 0.28, "M": 0.18}, {"_": 0.4}, {"9": 0.5}],
        "2119",
        0.36,
    ),
    (
        "901 '154': the 1 begun beside the colon",
        [{":": 0.99, "1": 0.002, "_": 0.001}, {"1": 0.73}, {"5": 0.97}],
        "15",
        0.73,
    ),
    ("3103 '1185': its 8 read as an S", [{"A": 0.65, "M": 0.17}, {"_": 0.5}, {"S": 0.65, "_": 0.1}], "1?", 0.82),
]


@pytest.mark.parametrize("steps,figures,first", [c[1:] for c in STEPS], ids=[c[0] for c in STEPS])
def test_the_digits_read_in_the_network_s_steps(steps, figures, first):
    import numpy as np

    scores = np.zeros((len(steps), len(ALPHABET)), dtype=np.float32)
    for at, signs in enumerate(steps):
        for sign, p in signs.items():
            scores[at, 0 if sign == "_" else ALPHABET.index(sign)] = p
    found = handwriting._decoded(scores, ALPHABET, 10.0)
    assert "".join(d for d, _, _ in found) == figures
    assert found[0][1] == pytest.approx(first, abs=0.005)


# The recogniser's digits in a gap (digit, probability, x), what tesseract read there, and the figure believed:
# a digit the recogniser is unsure of counts when tesseract read it in the same place from the code's side, and
# the recogniser read the others surely.
READINGS = [
    ("020, 'Số: 932/QĐ-TTg', tesseract '332'", [("9", 0.998, 155), ("3", 0.989, 174), ("2", 0.042, 210)], "332", "932"),
    (
        "036, '4532/UBND-', tesseract 'Z4.2'",
        [("4", 0.024, 151), ("5", 0.988, 192), ("3", 0.97, 232), ("2", 0.807, 252)],
        "Z4.2",
        None,
    ),
    (
        "035, a stroke across '275', tesseract 'J†§'",
        [("2", 0.164, 147), ("7", 0.381, 186), ("5", 0.556, 206)],
        "J†§",
        None,
    ),
    (
        "010, '493', the recogniser sure, tesseract 'J¿92'",
        [("4", 0.262, 10), ("9", 0.980, 51), ("3", 0.996, 92)],
        "J¿92",
        "493",
    ),
    # both wrong: the others not read surely (web45 4505, '2119/KH-SYT'), or none other (web27 2701, day 18)
    ("4505, '2119', tesseract '2442'", [("2", 0.356, 119), ("4", 0.115, 174), ("9", 0.502, 210)], "2442", None),
    ("2701, day '18', tesseract '4Ÿ'", [("4", 0.109, 151)], "4Ÿ", None),
]


@pytest.mark.parametrize("found,printed,figures", [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_a_digit_both_readers_see_in_its_place_is_believed(found, printed, figures):
    sure = handwriting._sure(found, "number", printed)
    assert (sure[0] if sure else None) == figures


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
def test_a_real_scan_with_its_number_and_day_written_by_hand():
    """The clerk wrote 493 and 13 in blue ink; tesseract read "Só:J¿92" and "J2"."""
    record = parse_file(str(SCAN))[0]
    assert (record.number, record.date) == ("493/TB-UBND", "2025-11-13")
    marked = [w["text"] for page in record.source.ocr for w in page["unsure"] if w.get("handwritten")]
    assert marked == ["493", "13"]


# Real headers (real-directives-dev 049, 018 and 020, the top of their first page as a JPEG photo would give it):
# (file, the number and date written by hand, the figures marked as read by hand)
SCANS = [
    # "Số: 968/QĐ-UBND", "ngày 01 tháng 11": tesseract read "36 Ÿ/QĐÐ-UBND" and "041"; the 1 of "01" is read
    # only with the printed "ngày" and "tháng" beside it
    ("scan_header_handwritten_968.jpg", "968/QĐ-UBND", "2024-11-01", ["968", "01"]),
    # "Số: 3980/C04-P6", "ngày 28 tháng 8": the gap's estimated end cuts the 0 of 3980 off; the month too is
    # written by hand
    ("scan_header_handwritten_3980.jpg", "3980/C04-P6", "2025-08-28", ["3980", "28", "8"]),
    # "Số: 932/QĐ-TTg" (020): the recogniser reads 9 and 3 and barely the cursive 2 (p=0.04) that tesseract,
    # which read "332", saw in the same place; the two agree on it
    ("scan_header_handwritten_932.jpg", "932/QĐ-TTg", "2025-05-15", ["932"]),
    # a hand's 1 written with its long lead-in stroke, which the recogniser reads as a Λ or an A, and two of
    # them as an M: "Số: 1129/UBND-MT" (web56 5601, read "Λ129", 129 before), "Số: 1146/KH-ĐHTĐ" (web52 5207,
    # read "M46", 46 before); 5207's month "10" is the hand's too, after "ngày©)Š", its label read with the day
    ("scan_header_handwritten_1129.jpg", "1129/UBND-MT", None, ["1129", "21"]),
    ("scan_header_handwritten_1146.jpg", "1146/KH-ĐHTĐ", "2025-10-28", ["1146", "28", "10"]),
    # "Số:154/CTPH-…" (web9 901): the 1 against the label's colon, its first step read at p=0.0001 and the
    # next at 0.73, one digit as sure as its surest step (54 before)
    ("scan_header_handwritten_154.jpg", "154/CTPH-LĐLĐ-SVHTTDL", "2017-04-28", ["154", "28"]),
]


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
@pytest.mark.parametrize("name,number,date,marked", SCANS)
def test_real_headers_with_figures_written_by_hand(name, number, date, marked):
    record = parse_file(str(DATA / name))[0]
    assert (record.number, record.date) == (number, date)
    assert [w["text"] for page in record.source.ocr for w in page["unsure"] if w.get("handwritten")] == marked


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
def test_a_hand_written_number_before_the_year_of_its_code():
    """A province's directive (bench/real-directives-web70 7001, its first page's top): "Số: 01 /2013/CT-UBND"
    with "01" written by hand; tesseract read "ỚL". The year belongs to the printed code, not to the gap."""
    record = parse_file(str(DATA / "scan_header_handwritten_01_2013.jpg"))[0]
    assert (record.number, record.year) == ("01/2013/CT-UBND", 2013)
    assert "01" in [w["text"] for page in record.source.ocr for w in page["unsure"] if w.get("handwritten")]


# The top of a real scan (bench/real-directives-web45 4507) filed by its office as "2321 syt khtc.pdf": the
# hand's last 1 reads as a 4 (p=0.39, "2324", as tesseract read it); the file's name says it in type, one
# figure apart, and the code beside it agrees.
FILED = DATA / "scan_header_handwritten_2321.jpg"
OFFICE_NAME = "2321 syt khtc.jpg"


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
@pytest.mark.parametrize(
    "filename,number,how",
    [(OFFICE_NAME, "2321/SYT-KHTC", "file_name"), ("scan.jpg", "2324/SYT-KHTC", "ocr_unsure")],
    ids=["under the office's name", "under a name that says nothing"],
)
def test_a_scan_filed_under_its_number(filename, number, how):
    record = parse_bytes(FILED.read_bytes(), filename)[0].to_dict()
    assert (record["number"], record["evidence"]["number"]["how"], record["evidence"]["number"]["sure"]) == (
        number,
        how,
        False,
    )
