"""Readers of Word, PDF and HTML files made by real tools, and the files they refuse, each with its reason."""

import io
import os

import pytest

from indexer import NoSuchPage, page_image
from indexer.document.pipeline import parse_bytes
from indexer.errors import (
    ArchiveError,
    CorruptDocument,
    EncryptedPdf,
    ExtensionMismatch,
    NoTextLayer,
    UnsupportedFormat,
    ZipBomb,
)
from indexer.reading import read_bytes
from indexer.reading.ocr import NoTextFound
from indexer.reading.ocr import available as ocr_available
from tests.office_files import (
    blank_pdf,
    docx_bytes,
    encrypted_pdf,
    plan_html,
    plan_text,
    print_pdf,
    scan_html,
    zip_bomb,
    zip_without_word,
)


@pytest.fixture(scope="module")
def chromium(browser):
    return browser


@pytest.fixture(scope="module")
def printed_pdf(chromium):
    return print_pdf(chromium, plan_html())


def _texts(source):
    return [line.text for line in source.lines if line.kind != "blank"]


def _record(data: bytes, name: str) -> dict:
    (doc,) = parse_bytes(data, name)
    return doc.to_dict()


EXPECTED = {
    "doc_type": "Kế hoạch",
    "number": "15-KH/HU",
    "issuer": "Ban Thường vụ Huyện uỷ Lộc Bình",  # signed "T/M BAN THƯỜNG VỤ",
    "level": "district",
    "date": "2025-03-12",
    "signer": "Nguyễn Văn An",
    "basis": ["57-KL/TW"],
    "title": "tuyên truyền chuyển đổi số trong công tác thông tin đối ngoại năm 2025",
}


# --- Word ------------------------------------------------------------------------------------------------


def test_docx_keeps_header_cells_headings_and_word_numbering_as_text():
    source = read_bytes(docx_bytes(), "ke-hoach.docx")
    texts = _texts(source)
    assert texts[:4] == [
        "HUYỆN UỶ LỘC BÌNH",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 15-KH/HU",
        "Lộc Bình, ngày 12 tháng 3 năm 2025",
    ]
    headings = [(line.text, line.level) for line in source.lines if line.kind == "heading"]
    assert headings == [("I. MỤC ĐÍCH, YÊU CẦU", 2), ("II. NHIỆM VỤ VÀ GIẢI PHÁP", 2)]
    # "1." and "2." are drawn by Word's numbering, not typed: the reader writes them out, and a new list restarts.
    numbered = [t[:3] for t in texts if t[:1].isdigit()]
    assert numbered == ["1. ", "2. ", "1. ", "2. "]
    assert "Nơi nhận:" in texts and "- Ban Tuyên giáo Tỉnh uỷ," in texts


def test_a_docx_whose_styles_part_is_damaged_reads_without_its_styles():
    """A mutant the fuzz test found: python-docx reads the styles part only when a paragraph asks for its style."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/styles.xml":
                body = b'<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
            out.writestr(item, body)
    texts = _texts(read_bytes(damaged.getvalue(), "ke-hoach.docx"))
    assert "Số 15-KH/HU" in texts and "Nơi nhận:" in texts


@pytest.mark.parametrize(
    "name,make", [("ke-hoach.docx", docx_bytes), ("ke-hoach.html", lambda: plan_html().encode())], ids=["docx", "html"]
)
def test_office_formats_give_the_same_record_as_the_text(name, make):
    record = _record(make(), name)
    assert {k: record[k] for k in EXPECTED} == EXPECTED
    assert {"agency": "Ban Tuyên giáo Huyện uỷ", "role": "lead", "anchor": "II-1"} in record["roles"]
    assert record["source"]["format"] == name.rsplit(".", 1)[1]


def test_pdf_printed_by_chromium_gives_the_same_record(printed_pdf):
    record = _record(printed_pdf, "ke-hoach.pdf")
    assert {k: record[k] for k in EXPECTED} == EXPECTED
    # Hard-wrapped lines of the PDF are re-flowed into the paragraph they belong to.
    item = next(p for p in record["paragraphs"] if p["anchor"] == "II-1")
    assert item["text"].endswith("tổ chức tuyên truyền chuyển đổi số trên các nền tảng số.")


def test_pdf_encrypted_only_against_printing_is_read(printed_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(printed_pdf)))
    writer.encrypt(user_password="", owner_password="chi-chu-so-huu", algorithm="RC4-128", permissions_flag=0)
    out = io.BytesIO()
    writer.write(out)
    assert _record(out.getvalue(), "ke-hoach.pdf")["number"] == "15-KH/HU"


def test_html_page_drops_scripts_and_navigation_and_writes_list_numbers():
    page = (
        "<html><head><title>Cổng thông tin</title><script>var x = '<p>không phải văn bản</p>';</script></head>"
        "<body><nav><a href='/'>Trang chủ</a></nav><h1>KẾ HOẠCH</h1>"
        "<ol type='a'><li>Quán triệt</li><li>Tổ chức</li></ol><ul><li>Ban Tuyên giáo</li></ul>"
        "<ol start='3'><li>Kiểm tra</li></ol><footer>Bản quyền</footer></body></html>"
    )
    source = read_bytes(page.encode(), "trang.html")
    assert _texts(source) == ["KẾ HOẠCH", "a) Quán triệt", "b) Tổ chức", "- Ban Tuyên giáo", "3. Kiểm tra"]
    assert source.lines[0].kind == "heading" and source.lines[0].level == 1


# --- scans -------------------------------------------------------------------------------------------------

BLANK_SCAN_ERROR, BLANK_SCAN_WORDS = (
    (NoTextFound, "Không nhận dạng được chữ nào")
    if ocr_available()
    else (
        NoTextLayer,
        "không có lớp văn bản",
    )
)


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
def test_a_scan_is_read_by_ocr(chromium):
    # The plan drawn on a canvas and printed by Chromium: an image of the page, no text layer at all.
    document = parse_bytes(print_pdf(chromium, scan_html(), draw_canvas=True), "ban-quet.pdf")[0].to_dict()
    assert document["number"] == "15-KH/HU" and document["doc_type"] == "Kế hoạch"
    assert document["issuer"].endswith("Huyện uỷ Lộc Bình")


# --- what is refused ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,make,error,words",
    [
        # A page with nothing on it: OCR reads no word (without tesseract: no text layer).
        ("trang-trang.pdf", lambda b: blank_pdf(), BLANK_SCAN_ERROR, BLANK_SCAN_WORDS),
        ("mat-khau.pdf", lambda b: encrypted_pdf(print_pdf(b, plan_html())), EncryptedPdf, "mã hoá"),
        ("cat-do.pdf", lambda b: print_pdf(b, plan_html())[:3000], CorruptDocument, "bị hỏng"),
        ("bom.docx", lambda b: zip_bomb(300), ZipBomb, "zip bomb"),
        ("khong-phai-zip.docx", lambda b: b"PK\x03\x04" + os.urandom(200), CorruptDocument, "không phải tài liệu Word"),
        ("anh-nen.docx", lambda b: zip_without_word(), CorruptDocument, "không phải tài liệu Word"),
        (
            "word-cu.docx",
            lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            ExtensionMismatch,
            "Word/Excel cũ",
        ),
        ("ke-hoach.pdf", lambda b: docx_bytes(), ExtensionMismatch, "nội dung là một tệp nén ZIP"),
        ("ke-hoach.docx", lambda b: blank_pdf(), ExtensionMismatch, "nội dung là một tệp PDF"),
        ("ke-hoach.pdf", lambda b: "Kế hoạch số 15-KH/HU".encode(), ExtensionMismatch, "văn bản thuần"),
        ("ke-hoach.txt", lambda b: blank_pdf(), ExtensionMismatch, "nội dung là một tệp PDF"),
        ("ke-hoach.html", lambda b: docx_bytes(), ExtensionMismatch, "tệp nén ZIP"),
    ],
    ids=[
        "blank-page",
        "password",
        "truncated",
        "zip-bomb",
        "not-a-zip",
        "zip-not-word",
        "old-word",
        "docx-named-pdf",
        "pdf-named-docx",
        "text-named-pdf",
        "pdf-named-txt",
        "docx-named-html",
    ],
)
def test_refused_files_say_why(chromium, name, make, error, words):
    with pytest.raises(error) as info:
        parse_bytes(make(chromium), name)
    assert words in info.value.message_vi and info.value.message_en
    assert 400 <= info.value.status < 500


def test_a_lying_extension_is_an_unsupported_format():
    assert issubclass(ExtensionMismatch, UnsupportedFormat) and ExtensionMismatch.status == 415


def test_zip_bomb_is_refused_without_unpacking_it():
    bomb = zip_bomb(300)
    assert len(bomb) < 1024 * 1024  # a few hundred KB that would unpack to 300 MB
    with pytest.raises(ZipBomb) as info:
        read_bytes(bomb, "bom.docx")
    assert "300 MB" in info.value.message_vi


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
def test_a_photo_of_a_page_is_read_by_ocr(chromium):
    # The plan as a browser shows it, photographed as a PNG and as a JPEG.
    context = chromium.new_context(viewport={"width": 1000, "height": 1300})
    try:
        page = context.new_page()
        page.set_content(plan_html())
        shots = {".png": page.screenshot(type="png"), ".jpg": page.screenshot(type="jpeg", quality=80)}
    finally:
        context.close()
    for suffix, data in shots.items():
        document = parse_bytes(data, f"anh-chup{suffix}")[0].to_dict()
        assert (document["number"], document["doc_type"]) == ("15-KH/HU", "Kế hoạch"), suffix


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
def test_a_multi_page_tiff_is_read_page_by_page(chromium):
    """A scanner's TIFF holds every page of a document: each is read, numbered and drawn for the review."""
    from tests.scans import printed_pdf, rasterised

    follow = "II. TỔ CHỨC THỰC HIỆN\nGiao Ban Tuyên giáo Huyện uỷ chủ trì, phối hợp triển khai Kế hoạch.\n"
    pages = [rasterised(printed_pdf(chromium, text), 200, last=1)[0].convert("L") for text in (plan_text(), follow)]
    tiff = io.BytesIO()
    pages[0].save(tiff, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(200, 200))
    source = read_bytes(tiff.getvalue(), "ban-quet.tiff")
    assert [p.number for p in source.ocr] == list(range(1, len(pages) + 1))
    assert "Giao Ban Tuyên giáo Huyện uỷ chủ trì" in source.ocr[-1].text and all(p.confidence > 0.5 for p in source.ocr)
    document = parse_bytes(tiff.getvalue(), "ban-quet.tiff")[0]
    assert (document.number, document.doc_type) == ("15-KH/HU", "Kế hoạch")
    assert [p["number"] for p in document.source.ocr] == [p.number for p in source.ocr]
    drawn = page_image(tiff.getvalue(), "ban-quet.tiff", 2, [{"box": [10, 10, 50, 20], "size": pages[1].size}])
    assert drawn.startswith(b"\x89PNG")
    with pytest.raises(NoSuchPage):
        page_image(tiff.getvalue(), "ban-quet.tiff", len(pages) + 1)


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
@pytest.mark.parametrize(
    "name,data,code",
    [
        # an image bomb: a PNG header that claims 100,000 x 100,000 pixels
        (
            "bom.png",
            b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (100_000).to_bytes(4, "big") * 2 + bytes(20),
            "image_too_large",
        ),
        ("hong.jpg", b"\xff\xd8\xff\xe0" + os.urandom(300), "corrupt_document"),  # a corrupt JPEG: said so
        ("van-ban.png", "Kế hoạch số 15".encode(), "extension_mismatch"),
    ],
)
def test_bad_images_are_refused_with_a_reason(name, data, code):
    with pytest.raises(ArchiveError) as refused:
        parse_bytes(data, name)
    assert refused.value.code == code and 400 <= refused.value.status < 500
