"""The seeds, uploaded as scans, give the same number, type, issuer, date and year as their text versions.

The issue's acceptance: "The seeds, uploaded as scans made that way, give the same number, type, issuer, date
and year as their text versions in at least 95% of fields."  Each seed of the corpus (``corpus/``, the copy of
``../shared/seeds``) is printed as a typed page (``tests/scans.py``), scanned into an image-only PDF, and
uploaded as ``scan.pdf``: the portal reads it by OCR.  Its records are compared field by field with those of the
text file itself.  A seed yields no number or date when its text has none (the plans whose header was lost):
then the scan must not find one either.
"""

import concurrent.futures
import os
import unicodedata

import pytest

from indexer import parse_bytes
from indexer.reading.ocr import available as ocr_available
from indexer.reading.ocr import words_by_page
from indexer.reading.scan.dust import without_specks
from tests.conftest import CHROMIUM, SEEDS
from tests.scans import VARIANTS, Variant, degraded, printed_pdf, typed_text

FIELDS = ("number", "doc_type", "issuer", "date", "year")
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")

pytestmark = [
    pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils"),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing: scripts/test installs chromium"),
]


def comparable(value):
    """A field as compared: text in NFC with its spaces collapsed; dates, years and None as they are."""
    return " ".join(unicodedata.normalize("NFC", value).split()) if isinstance(value, str) else value


def fields(document) -> dict:
    """The compared fields of a record, each with the line it was read from (``evidence``)."""
    record = document.to_dict()
    evidence = record.get("evidence") or {}
    return {f: (record.get(f), (evidence.get(f) or {}).get("line")) for f in FIELDS}


def compare(name: str, typed: list, scanned: list) -> tuple[int, int, list[str]]:
    """Fields that agree, fields compared, and each disagreement with the lines both values were read from.

    The k-th record of the scan is compared with the k-th of the text; a record the scan lacks disagrees in
    every field.
    """
    agree, total, differences = 0, 0, []
    for k, document in enumerate(typed):
        want = fields(document)
        got = fields(scanned[k]) if k < len(scanned) else dict.fromkeys(FIELDS, (None, "(no such record)"))
        for field in FIELDS:
            total += 1
            if comparable(want[field][0]) == comparable(got[field][0]):
                agree += 1
                continue
            differences.append(
                f"{name}#{k + 1} {field}: text {want[field][0]!r} (from {want[field][1]!r}), "
                f"scan {got[field][0]!r} (from {got[field][1]!r})"
            )
    return agree, total, differences


@pytest.fixture(scope="module")
def printed(browser) -> dict[str, bytes]:
    """Each seed printed as it would be typed: its lines as the portal reads them, every page."""
    return {p.name: printed_pdf(browser, typed_text(p.read_bytes(), p.name)) for p in SEED_FILES}


def test_the_seeds_scanned_at_300_dpi_give_the_fields_of_their_text(printed):
    def scanned_seed(path):
        typed = parse_bytes(path.read_bytes(), path.name)
        return compare(path.name, typed, parse_bytes(VARIANTS["300dpi"].scan(printed[path.name]), "scan.pdf"))

    # Every page of every seed is read by OCR (35 pages, two to four seconds each): tesseract runs on one core
    # (indexer/reading/ocr.py), so the seeds are read two at a time.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(scanned_seed, SEED_FILES))
    agree, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    differences = [line for c in counts for line in c[2]]
    assert total >= 5 * len(SEED_FILES)
    assert agree >= 0.95 * total, f"{agree}/{total} fields agree:\n" + "\n".join(differences)


def test_a_skewed_200_dpi_jpeg_scan_still_gives_the_number_and_the_date(printed):
    """A worse scanner: 200 dpi, the sheet 1.5 degrees askew, pages stored as JPEGs of quality 50.

    The number and the date are in the header, on the first page: the first two pages are scanned.
    """
    name = "001_c14d97335b0db08d.txt"
    typed = parse_bytes((SEEDS / name).read_bytes(), name)[0]
    worse = Variant(200, lambda image, k: degraded(image, skew=1.5, jpeg_quality=50, seed=k))
    scanned = parse_bytes(worse.scan(printed[name], last=2), "scan.pdf")[0]
    assert (typed.number, typed.date) == ("06-KH/BCĐ", "2019-02-27")
    assert (scanned.number, scanned.date) == (typed.number, typed.date)


def _tsv(lines: list[list[tuple]]) -> str:
    """Tesseract's TSV for a page of these lines of (word, box) or (word, box, confidence)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    rows.append("1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t")
    for n, line in enumerate(lines, 1):
        for k, (word, (left, top, width, height), *conf) in enumerate(line, 1):
            rows.append(f"5\t1\t1\t1\t{n}\t{k}\t{left}\t{top}\t{width}\t{height}\t{conf[0] if conf else 91.5}\t{word}")
    return "\n".join(rows) + "\n"


# (what tesseract wrote, its words with their boxes at 300 dpi, the text kept)
SPECK_CASES = [
    (  # dust in a subject's gaps, read as marks of its own
        "V/v tăng cường quản - : lý\n",
        [
            [
                ("V/v", (300, 900, 60, 38)),
                ("tăng", (370, 900, 70, 38)),
                ("cường", (450, 900, 95, 40)),
                ("quản", (555, 900, 80, 40)),
                ("-", (645, 915, 3, 3)),
                (":", (660, 910, 2, 4)),
                ("lý", (675, 900, 30, 40)),
            ]
        ],
        "V/v tăng cường quản lý\n",
    ),
    (  # a printed dash and colon are a good part of a word: kept, with the header's two columns' spacing
        "Độc lập - Tự do          Số: 12/KH-UBND\n",
        [
            [
                ("Độc", (300, 400, 60, 40)),
                ("lập", (370, 400, 50, 40)),
                ("-", (430, 420, 14, 4)),
                ("Tự", (455, 400, 40, 40)),
                ("do", (505, 400, 40, 40)),
                ("Số:", (1400, 400, 60, 40)),
                ("12/KH-UBND", (1470, 400, 200, 40)),
            ]
        ],
        "Độc lập - Tự do          Số: 12/KH-UBND\n",
    ),
    (  # a speck opening a line goes with the spaces after it
        "_ Kính gửi: Uỷ ban nhân dân\n",
        [
            [
                ("_", (250, 500, 3, 2)),
                ("Kính", (300, 500, 70, 40)),
                ("gửi:", (380, 500, 60, 40)),
                ("Uỷ", (450, 500, 40, 40)),
                ("ban", (500, 500, 50, 40)),
                ("nhân", (560, 500, 70, 40)),
                ("dân", (640, 500, 50, 40)),
            ]
        ],
        "Kính gửi: Uỷ ban nhân dân\n",
    ),
    (  # show-through from the back of the sheet read as a line between type and subject (web7 709, its words)
        "CHỈ THỊ\nẦ   . ˆ^     r‹       *   -           ,          .^    -\nVề việc triển khai\n",
        [
            [("CHỈ", (1218, 623, 106, 54), 82.5), ("THỊ", (1336, 623, 105, 55), 96.9)],
            [
                ("Ầ", (900, 690, 18, 24), 20.5),
                (".", (930, 700, 8, 10), 36.9),
                ("ˆ^", (950, 692, 13, 23), 36.9),
                ("r‹", (980, 692, 36, 23), 0.0),
                ("*", (1030, 700, 9, 8), 33.2),
                ("-", (1060, 700, 14, 9), 17.7),
                (",", (1100, 700, 11, 10), 71.6),
                (".^", (1150, 700, 36, 13), 72.2),
                ("-", (1200, 700, 15, 10), 84.0),
            ],
            [
                ("Về", (803, 760, 65, 42), 87.2),
                ("việc", (880, 760, 97, 41), 96.5),
                ("triển", (990, 760, 113, 38), 80.3),
                ("khai", (1110, 760, 105, 42), 96.0),
            ],
        ],
        "CHỈ THỊ\n\nVề việc triển khai\n",
    ),
    (  # the same mark on the gray page: letters in it, but none tesseract was at all sure of
        "CHÍ THỊ\nL . Pˆ^ tr ‹ l LảẢ , .^ -\n",
        [
            [("CHÍ", (1218, 623, 106, 54), 83.5), ("THỊ", (1336, 623, 105, 55), 96.9)],
            [
                ("L", (900, 690, 18, 24), 11.7),
                (".", (930, 700, 8, 10), 49.5),
                ("Pˆ^", (950, 692, 15, 23), 13.7),
                ("tr", (980, 692, 22, 34), 0.0),
                ("‹", (1010, 692, 12, 23), 0.0),
                ("l", (1030, 700, 9, 8), 8.1),
                ("LảẢ", (1050, 692, 22, 23), 0.0),
                (",", (1100, 700, 11, 10), 59.5),
                (".^", (1150, 700, 36, 13), 72.2),
                ("-", (1200, 700, 15, 10), 84.0),
            ],
        ],
        "CHÍ THỊ\n\n",
    ),
    (  # the rule under the motto, across the column's gap, read as words tesseract was all but sure were none
        "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG          -T8E ng ă-ẽp\n",
        [
            [
                ("TRƯỜNG", (244, 310, 223, 64), 96.8),
                ("ĐẠI", (482, 318, 92, 46), 96.8),
                ("HỌC", (589, 319, 116, 57), 96.8),
                ("CÔNG", (722, 320, 152, 57), 96.5),
                ("THƯƠNG", (890, 316, 230, 43), 96.0),
                ("-T8E", (1408, 299, 614, 45), 7.0),
                ("ng", (1615, 295, 111, 94), 8.1),
                ("ă-ẽp", (1780, 299, 242, 45), 0.0),
            ]
        ],
        "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\n",
    ),
    (  # a word read with little confidence next to the words before it is the line's own
        "Số: 23 /KH-DCT ĩ\n",
        [
            [
                ("Số:", (300, 500, 60, 40), 96.0),
                ("23", (370, 500, 40, 40), 90.0),
                ("/KH-DCT", (420, 500, 150, 40), 92.0),
                ("ĩ", (580, 500, 20, 40), 5.0),
            ]
        ],
        "Số: 23 /KH-DCT ĩ\n",
    ),
    (  # a line tesseract was unsure of that holds a word or a figure is the document's, not a mark
        "Số: Ø2“ /CT-UBND\n- - -\n",
        [
            [
                ("Số:", (300, 500, 60, 40), 40.0),
                ("Ø2“", (380, 500, 60, 40), 10.0),
                ("/CT-UBND", (450, 500, 200, 40), 45.0),
            ],
            [("-", (300, 600, 20, 6), 90.0), ("-", (340, 600, 20, 6), 91.0), ("-", (380, 600, 20, 6), 92.0)],
        ],
        "Số: Ø2“ /CT-UBND\n- - -\n",
    ),
]


@pytest.mark.parametrize("written,lines,kept", SPECK_CASES)
def test_specks_read_as_words_are_left_out_of_a_pages_text(written, lines, kept):
    (_size, words, word_lines), *_ = words_by_page(_tsv(lines))
    text, left = without_specks(written, words, word_lines)
    assert text == kept
    assert [word for _, word, _ in left] == kept.split()


def test_a_text_tesseract_wrote_otherwise_than_its_words_is_left_as_it_is():
    lines = [[("quản", (555, 900, 80, 40)), ("-", (645, 915, 3, 3)), ("lý", (675, 900, 30, 40))]]
    (_size, words, word_lines), *_ = words_by_page(_tsv(lines))
    assert without_specks("quản - lý và\n", words, word_lines)[0] == "quản - lý và\n"
