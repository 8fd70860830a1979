"""Readers and encodings: what is accepted, what is refused, and how Markdown is read."""

import codecs
import unicodedata

import pytest

from indexer.errors import BinaryFile, EmptyFile, UndecodableText, UnsupportedFormat
from indexer.reading import looks_like_markdown, read_bytes
from indexer.reading.encoding import decode

SAMPLE = "Ban Tuyên giáo Tỉnh uỷ chủ trì, phối hợp với Sở Ngoại vụ thực hiện Kết luận số 57-KL/TW."


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese as Windows-1258 does: precomposed letters where the code page has them,
    tone marks as combining characters after the letter otherwise."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    "data,encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),  # with BOM
        (SAMPLE.encode("utf-16-le"), "utf-16"),  # without BOM
        (SAMPLE.encode("utf-16-be"), "utf-16"),
        (to_cp1258(SAMPLE), "cp1258"),
        (unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258", "utf8-nfd"],
)
def test_accepted_encodings_decode_to_the_same_text(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text == SAMPLE


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", EmptyFile),
        (b"   \n\r\n\t  ", EmptyFile),
        (codecs.BOM_UTF8 + b"\n\n", EmptyFile),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryFile),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryFile),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFile),
        (bytes(range(256)) * 8, BinaryFile),
        # Russian in Windows-1251: decodes in cp1258, but to no Vietnamese; nor is it TCVN3's or VNI's bytes.
        ("Постановление Правительства Российской Федерации".encode("cp1251"), UndecodableText),
        # Shift-JIS Japanese.
        ("東京都の条例について".encode("shift_jis"), UndecodableText),
    ],
    ids=["empty", "blank", "bom-only", "pdf", "zip", "png", "bytes", "cp1251", "shift-jis"],
)
def test_refused_inputs_say_why(data, error):
    with pytest.raises(error) as info:
        decode(data)
    assert info.value.message_vi and info.value.message_en
    assert info.value.status in (400, 415, 422)


def test_a_few_stray_nul_bytes_do_not_make_text_binary():
    text, _ = decode(SAMPLE.encode("utf-8").replace(b" ", b"\x00 ", 1))
    assert "\x00" not in text and text.startswith("Ban")


@pytest.mark.parametrize("name", ["van-ban.docx", "ke-hoach.pdf", "anh.png", "khong-duoi"])
def test_unsupported_extension_is_refused(name):
    with pytest.raises(UnsupportedFormat):
        read_bytes(SAMPLE.encode(), name)


def _lines(source):
    return [(line.kind, line.text) for line in source.lines if line.kind != "blank"]


def test_markdown_keeps_headings_and_list_numbering_and_drops_markup():
    md = (
        "## KẾ HOẠCH\n\n"
        "**thực hiện Kết luận số 57-KL/TW**\n\n"
        "### I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Mục đích\n\n"
        "- Quán triệt *nghiêm túc* Kết luận;\n"
        "- Tổ chức thực hiện.\n\n"
        "\\* Ban Tuyên giáo Tỉnh uỷ chủ trì.\n\n"
        "---\n"
    )
    assert _lines(read_bytes(md.encode(), "x.md")) == [
        ("heading", "KẾ HOẠCH"),
        ("text", "thực hiện Kết luận số 57-KL/TW"),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("text", "1. Mục đích"),
        ("text", "- Quán triệt nghiêm túc Kết luận;"),
        ("text", "- Tổ chức thực hiện."),
        ("text", "* Ban Tuyên giáo Tỉnh uỷ chủ trì."),
        ("rule", "---"),
    ]


def test_markdown_emphasis_across_lines_keeps_the_lines():
    source = read_bytes("**T/M BAN THƯỜNG VỤ\nBÍ THƯ**\n\nTrần Hồng Minh\n".encode(), "x.md")
    assert _lines(source) == [("text", "T/M BAN THƯỜNG VỤ"), ("text", "BÍ THƯ"), ("text", "Trần Hồng Minh")]


def test_markdown_html_is_not_kept_as_text():
    source = read_bytes("Trước <script>alert(1)</script> sau &amp; nữa\n".encode(), "x.md")
    assert _lines(source) == [("text", "Trước  sau & nữa")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("## KẾ HOẠCH\n\nNội dung", True),
        ("**1. Mục đích:** Cụ thể hoá", True),
        ("\\* Ban Chỉ đạo chủ trì", True),
        ("KẾ HOẠCH\n1. Mục đích\n- Quán triệt", False),
        ("THÀNH UỶ BẮC NINH\nBAN TUYÊN GIÁO\n*\nSố 401 - CV/BTG", False),
    ],
)
def test_txt_files_written_in_markdown_are_recognised(text, expected):
    assert looks_like_markdown(text) is expected


# A web page saved under a text name (a copy taken with "Save as", or a crawler's dump): read as the page it is.
PAGE_HEAD = (
    '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
    "<title>Nghệ An ban hành Kế hoạch cải cách hành chính năm 2026</title>"
    '<meta property="og:url" content="https&#x3A;&#x002F;&#x002F;hcc.nghean.gov.vn&#x002F;savefile">'
)


@pytest.mark.parametrize(
    "page,name,expected",
    [
        (
            PAGE_HEAD + "</head><body><nav>Trang chủ</nav><p>Giao Sở Nội vụ chủ trì.</p></body></html>",
            "trang.txt",
            ["Giao Sở Nội vụ chủ trì."],
        ),
        (
            PAGE_HEAD + "</head><body><p>Giao Sở Nội vụ chủ trì.</p></body></html>",
            "trang.md",
            ["Giao Sở Nội vụ chủ trì."],
        ),
        # cut short inside its head: the page's title is all the text it has
        (PAGE_HEAD, "trang.txt", ["Nghệ An ban hành Kế hoạch cải cách hành chính năm 2026"]),
    ],
    ids=["txt-page", "md-page", "head-only-page"],
)
def test_a_page_under_a_text_name_is_read_as_a_page(page, name, expected):
    source = read_bytes(page.encode("utf-8"), name)
    assert [line.text for line in source.lines if line.kind != "blank"] == expected
    assert source.format == "html"
