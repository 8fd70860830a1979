"""Files typed in the legacy fonts of Vietnamese offices (TCVN3's ".VnTime", VNI's "VNI-Times") read as Unicode.

The files are made as Word made them: each letter typed in the font's code, the header in the TCVN3 capital face
(".VnTimeH", whose small-letter codes it draws as capitals). The text is dev set 043's (Kế hoạch 193/KH-UBND of
UBND tỉnh Ninh Bình, 01/11/2024), whose gold the record must give.
"""

import html
import io
import unicodedata

import docx
import pytest

from indexer.document.pipeline import parse_bytes
from indexer.reading import read_bytes
from indexer.reading.encoding import decode
from indexer.reading.legacy_fonts import from_legacy_code, legacy_code
from indexer.text.vietnamese import key
from tests.office_files import print_pdf

HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc")]
NUMBER, PLACE_DATE = "Số: 193 /KH-UBND", "Ninh Bình, ngày 01 tháng 11 năm 2024"
BODY = [
    "KẾ HOẠCH",
    "Triển khai thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác "
    "trồng, chăm sóc và bảo vệ cây xanh trên địa bàn tỉnh Ninh Bình",
    "Thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác trồng, chăm "
    "sóc và bảo vệ cây xanh trên địa bàn tỉnh Ninh Bình; Ủy ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch triển "
    "khai thực hiện như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Triển khai kịp thời Chỉ thị số 20-CT/TU, góp phần nâng cao nhận thức, trách nhiệm về vai trò, tầm quan trọng "
    "của việc trồng cây xanh, cải tạo cảnh quan, bảo vệ môi trường sinh thái.",
]
GOLD = {
    "doc_type": "Kế hoạch",
    "number": "193/KH-UBND",
    "level": "province",
    "province": "Ninh Bình",
    "date": "2024-11-01",
}

# TCVN 5712:1993 (ABC) as iconv's TCVN5712-1 writes it, for the letters ABC has; ABC has no capitals with tones.
_ABC_CODES = "".join(chr(code) for code in range(0xA1, 0x100) if not 0xB0 <= code <= 0xB4)
_ABC = "ĂÂÊÔƠƯĐăâêôơưđẶàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
_TO_ABC = {
    letter: code for letter, code in zip(_ABC, _ABC_CODES, strict=True) if letter.islower() or letter in "ĂÂÊÔƠƯĐ"
}
# VNI: a vowel and its marks as Latin-1 letters.
_VNI_MARKS = {"\u0302": "â", "\u0306": "ê", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_BOTH = {("\u0302", "\u0301"): "á", ("\u0302", "\u0300"): "à", ("\u0302", "\u0309"): "å", ("\u0302", "\u0303"): "ã",
             ("\u0302", "\u0323"): "ä", ("\u0306", "\u0301"): "é", ("\u0306", "\u0300"): "è", ("\u0306", "\u0309"): "ú",
             ("\u0306", "\u0303"): "ü", ("\u0306", "\u0323"): "ë"}  # fmt: skip
_VNI_ALONE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def in_abc(text: str, capitals: bool = False) -> str:
    """``text`` typed in ABC: in the capital face, every letter is typed small and drawn as a capital."""
    text = unicodedata.normalize("NFC", text.lower() if capitals else text)
    out = []
    for ch in text:
        if ch in _TO_ABC:
            out.append(_TO_ABC[ch])
        elif not ch.isascii() and ch.isupper():  # "Đ", "Ủ": ABC types the capital's letter and no capital tone
            out.append(_TO_ABC.get(ch.lower(), ch) if ch not in "ĐĂÂÊÔƠƯ" else _TO_ABC[ch])
        else:
            out.append(ch)
    return "".join(out)


def in_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        low = ch.lower()
        if low in _VNI_ALONE:
            typed = _VNI_ALONE[low]
        else:
            base, *marks = unicodedata.normalize("NFD", low)
            if base == "đ" or not marks:
                typed = low
            else:
                horn = "\u031b" in marks
                marks = sorted((m for m in marks if m != "\u031b"), key=lambda m: m not in "\u0302\u0306")
                head = {"o": "ô", "u": "ö"}[base] if horn else base
                typed = head + (_VNI_BOTH[tuple(marks)] if len(marks) == 2 else _VNI_MARKS[marks[0]] if marks else "")
        out.append(typed.upper() if ch.isupper() else typed)
    return "".join(out)


def word_file(font: str, capital_font: str | None, encode) -> bytes:
    """A plan as Word writes it in a legacy font: the header table, then the body."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(HEADER):
        for column, text in enumerate((left, right)):
            run = table.cell(row, column).paragraphs[0].add_run()
            capitals = capital_font is not None and text.isupper()
            run.text = encode(text, capitals) if capitals else encode(text, False)
            run.font.name = capital_font if capitals else font
    for column, text in enumerate((NUMBER, PLACE_DATE)):
        run = table.cell(2, column).paragraphs[0].add_run(encode(text, False))
        run.font.name = font
    for text in BODY:
        capitals = capital_font is not None and text.isupper()
        run = document.add_paragraph().add_run(encode(text, capitals))
        run.font.name = capital_font if capitals else font
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "font,capital_font,encode",
    [
        (".VnTime", ".VnTimeH", in_abc),
        ("VNI-Times", None, lambda text, capitals: in_vni(text)),
    ],
    ids=["tcvn3", "vni"],
)
def test_a_word_file_in_a_legacy_font_gives_the_record_of_its_text(font, capital_font, encode):
    data = word_file(font, capital_font, encode)
    typed = docx.Document(io.BytesIO(data)).tables[0].cell(0, 0).text
    assert typed in ("ñy ban nh©n d©n", "UÛY BAN NHAÂN DAÂN")  # as Word keeps it: the font's code
    record = parse_bytes(data, "ke-hoach-193.docx")[0].to_dict()
    assert {field: record[field] for field in GOLD} == GOLD
    assert key(record["issuer"]) == key("Ủy ban nhân dân tỉnh Ninh Bình")
    assert "cây xanh trên địa bàn tỉnh Ninh Bình" in record["title"]


@pytest.mark.parametrize(
    "code,encode",
    [("tcvn3", in_abc), ("vni", lambda text, capitals: in_vni(text))],
    ids=["tcvn3", "vni"],
)
def test_a_text_file_saved_from_a_legacy_font_gives_the_record_of_its_text(code, encode):
    # saved as text, a TCVN3 header loses its capital face: "ỦY BAN NHÂN DÂN" is left as "ñy ban nh©n d©n"
    rows = [(left, right) for left, right in HEADER] + [(NUMBER, PLACE_DATE)]
    lines = [f"{encode(left, left.isupper())}    {encode(right, right.isupper())}" for left, right in rows]
    data = "\n".join(lines + [encode(text, text.isupper()) for text in BODY]).encode("latin-1")
    text, found = decode(data)
    assert found == code and read_bytes(data, "ke-hoach.txt").encoding == code
    assert "Thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy" in text
    record = parse_bytes(data, "ke-hoach-193.txt")[0].to_dict()
    assert {field: record[field] for field in GOLD} == GOLD
    assert key(record["issuer"]) == key("Ủy ban nhân dân tỉnh Ninh Bình")
    assert "cây xanh trên địa bàn tỉnh Ninh Bình" in record["title"]


def test_a_pdf_whose_text_layer_is_in_the_tcvn3_code_is_read_as_text(browser):
    # a PDF printed from a .VnTime document keeps the font's codes in its text layer: "nh©n d©n"
    cells = [[html.escape(in_abc(text, text.isupper())) for text in row] for row in [*HEADER, (NUMBER, PLACE_DATE)]]
    rows = "".join(f"<tr><td>{left}</td><td>{right}</td></tr>" for left, right in cells)
    body = "".join(f"<p>{html.escape(in_abc(text, text.isupper()))}</p>" for text in BODY)
    data = print_pdf(browser, f"<table>{rows}</table>{body}")
    source = read_bytes(data, "ke-hoach-193.pdf")
    assert source.encoding == "tcvn3" and not source.ocr  # read from its text, not by OCR
    record = parse_bytes(data, "ke-hoach-193.pdf")[0].to_dict()
    assert {field: record[field] for field in GOLD} == GOLD
    assert key(record["issuer"]) == key("Ủy ban nhân dân tỉnh Ninh Bình")


def test_a_web_page_in_tcvn3_fonts_is_read_as_unicode():
    # an older site's page: its text in <font face=".VnTime">, its header in the capital face
    cells = [[html.escape(in_abc(text, text.isupper())) for text in row] for row in [*HEADER, (NUMBER, PLACE_DATE)]]
    rows = "".join(f'<tr><td><font face=".VnTimeH">{a}</font></td><td>{b}</td></tr>' for a, b in cells)
    body = "".join(f'<p><font face=".VnTime">{html.escape(in_abc(text, text.isupper()))}</font></p>' for text in BODY)
    data = f"<html><head><meta charset='utf-8'></head><body><table>{rows}</table>{body}</body></html>".encode()
    assert read_bytes(data, "ke-hoach-193.html").encoding == "tcvn3"
    record = parse_bytes(data, "ke-hoach-193.html")[0].to_dict()
    assert {field: record[field] for field in GOLD} == GOLD
    assert key(record["issuer"]) == key("Ủy ban nhân dân tỉnh Ninh Bình")


@pytest.mark.parametrize(
    "text",
    [
        "Uỷ ban nhân dân tỉnh Ninh Bình © 2024, Microsoft® Word",  # Unicode with the signs Latin-1 has
        "Ceci est un décret du ministère, signé à Paris",  # French: Latin-1 letters, no code
        "Постановление правительства".encode("cp1251").decode("latin-1"),  # Russian bytes read as Latin-1
    ],
)
def test_text_that_is_no_legacy_code_is_left_as_it_is(text):
    assert legacy_code(text) is None


def test_a_unicode_line_among_legacy_ones_is_kept():
    text = in_abc("Uỷ ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch") + "\nNinh Bình, ngày 01 tháng 11 năm 2024"
    assert from_legacy_code(text, legacy_code(text)) == (
        "Uỷ ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch\nNinh Bình, ngày 01 tháng 11 năm 2024"
    )
