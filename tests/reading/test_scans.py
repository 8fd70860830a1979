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
