"""A field read from a line holding a word OCR was unsure of is marked for checking."""

import pytest

from indexer import Document, Source
from indexer.document.pipeline import doubt_ocr


def _scanned(evidence: dict, unsure: list[str]) -> Document:
    source = Source("ban-quet.pdf", "0" * 64, "pdf", ocr=[{"number": 1, "unsure": [{"text": w} for w in unsure]}])
    fields = dict.fromkeys(("doc_type", "number", "issuer", "level", "province", "date", "year", "signer"))
    return Document("x", signer_title=None, title=None, source=source, evidence=evidence, **fields)


@pytest.mark.parametrize(
    "line,unsure,sure",
    [
        ("Số: 3 49/C04-P6", ["49/C04-P6"], False),  # a handwritten number OCR doubted (real-directives-dev 018)
        ("Số: 332/QĐ-TTg", ["Tô", "đổi"], True),  # doubts elsewhere on the page
        ("Số: 15/KH-UBND", ["-"], True),  # a stray mark is no word
        ("Hà Nội, ngày lÈŠ tháng 8 năm 2025", ["lÈŠ"], False),
    ],
)
def test_a_field_on_a_line_ocr_doubted_is_unsure(line, unsure, sure):
    evidence = {"number": {"line": line, "anchor": "p5", "how": "header", "sure": True}}
    found = doubt_ocr(_scanned(evidence, unsure)).evidence["number"]
    assert found["sure"] is sure and found["how"] == ("header" if sure else "ocr_unsure")


def test_a_typed_document_is_left_as_it_is():
    evidence = {"number": {"line": "Số: 15/KH-UBND", "anchor": "p5", "how": "header", "sure": True}}
    document = _scanned(evidence, [])
    assert doubt_ocr(document).evidence["number"]["sure"] is True


def test_a_number_written_by_hand_is_unsure_inside_its_word():
    # real-directives-dev 020: the clerk's 932, read "93", written into "Số: 93/QĐ-TTg"
    source = Source(
        "ban-quet.pdf",
        "0" * 64,
        "pdf",
        ocr=[{"number": 1, "unsure": [{"text": "93", "box": [590, 483, 116, 110], "handwritten": True}]}],
    )
    fields = dict.fromkeys(("doc_type", "number", "issuer", "level", "province", "date", "year", "signer"))
    evidence = {
        "number": {"line": "Số: 93/QĐ-TTg", "anchor": "p5", "how": "header", "sure": True},
        "date": {"line": "Hà Nội, ngày 15 tháng 5 năm 2025", "anchor": "p6", "how": "place_line", "sure": True},
    }
    document = Document("x", signer_title=None, title=None, source=source, evidence=evidence, **fields)
    found = doubt_ocr(document).evidence
    assert found["number"]["sure"] is False and found["date"]["sure"] is True
