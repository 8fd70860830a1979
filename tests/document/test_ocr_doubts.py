# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""A field read from a line holding a word OCR was unsure of is marked for checking, and so is an issuer that is no
well-formed name; a scan's subject is spelt as its body spells the words."""

import pytest

from indexer import Document, Source, parse_bytes
from indexer.document.compound import split_documents
from indexer.document.evidence import ill_formed_name
from indexer.document.extract import build_document
from indexer.document.pipeline import doubt_ocr
from indexer.document.structure import lay_out
from indexer.reading import read_bytes
from indexer.text.normalize import normalize


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


# web56 5602, a scanned notice of the Hải Phòng People's Committee as OCR read it (its header cut down)
SCANNED_NOTICE = """UỶ BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 94/TB-UBND
Hải Phòng, ngày 24 tháng 02 năm 2020
THÔNG BÁO
Về việc thay đôi thời gian tô chức tiêp công dân định kỳ
Ngày 03/02/2020, Uỷ ban nhân dân thành phố có Công văn số 601/UBND- TCD về việc tổ chức tiếp công dân định kỳ năm 2020, trong đó, lịch tiếp công dân định kỳ tháng 02 năm 2020 là ngày 25/02/2020.
Do công việc đột xuất, Uỷ ban nhân dân thành phố thông báo thay đổi thời gian tiếp công dân định kỳ tháng 02 năm 2020.
"""


@pytest.mark.parametrize(
    "ocr,title",
    [
        ([{"number": 1, "unsure": []}], "thay đổi thời gian tổ chức tiếp công dân định kỳ"),  # the body's spelling
        ([], "thay đôi thời gian tô chức tiêp công dân định kỳ"),  # a typed text is the source's own spelling
    ],
)
def test_a_scans_subject_is_spelt_as_its_body_spells_the_words(ocr, title):
    part = split_documents(normalize(read_bytes(SCANNED_NOTICE.encode(), "thong-bao.txt")))[0]
    source = Source("thong-bao.pdf", "0" * 64, "pdf", ocr=ocr)
    assert build_document(lay_out(part), source).title == title


# (the issuer as read, whether it is no well-formed name)
NAMES = [
    ("Phòng Giáo dục và Đào tạo Qun SN tra", True),  # web16 1608: a text layer that lost its letters outside ASCII
    ("Lien tich", True),  # web23 2311: a joint letter's heading without its marks
    ("Uỷ ban nhân dân tỉnh Lào Cai s y t-BHXH tỉnh", True),  # web42 4203: "S Y T-BHXH TỈNH", the letters lost
    (  # web11 1108: a contest board's header run into the contest's name and the union's
        "Ban tổ chức Cuộc thi trắc nghiệm tuổi trẻ Trường Đại học mở Hà Nội sắt son niềm tin với Đảng Đoàn TNCS Hồ Chí Minh Đoàn trường Đại học Mở Hà Nội",
        True,
    ),
    ("Uỷ ban nhân dân tỉnh Đắk Lắk và Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", False),  # a highland name's k
    ("Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Thừa Thiên Huế", False),
    ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới xã Cẩm Hà", False),
    ("Ban Chỉ huy PCTT và TKCN xã Khánh Hiệp", False),  # abbreviations
]


@pytest.mark.parametrize("name,ill", NAMES)
def test_an_issuer_that_is_no_well_formed_name_is_marked_for_checking(name, ill):
    assert ill_formed_name(name) is ill


def test_a_header_that_lost_its_letters_gives_an_issuer_to_check():
    """web16 1608, a PDF's text layer without the letters outside ASCII: "UBND QUN SN TRA" / "PHNG GIO DC V O TO"."""
    text = 'UBND QUN SN TRA\n\nPHNG GIO DC V O TO\nS: 313 /PGDT-THHC\nV/v t chc cac hoat dng v\nNgay Sach Vit Nam 21/4\nCNG HA X HI CH NGHA VIT NAM\nc lp - T !" - H#$% p%&c\n\nSn Tr, ngy 18 thng 4 nm 2014\n'
    document = parse_bytes(text.encode(), "cong-van.txt")[0]
    assert document.issuer and document.evidence["issuer"]["sure"] is False
