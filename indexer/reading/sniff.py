"""What a file's bytes say it is, whatever its name says.

An upload named ``ke-hoach.pdf`` that holds a Word file, or ``van-ban.txt``
that holds a PDF, is refused with :class:`~indexer.errors.ExtensionMismatch`
before its reader runs, so the archivist learns what the file really is.

>>> kind_of(b"%PDF-1.7 ..."), kind_of(b"PK\\x03\\x04..."), kind_of("Kế hoạch".encode())
('pdf', 'zip', None)
"""

from __future__ import annotations

from indexer.errors import ExtensionMismatch
from indexer.reading.encoding import BINARY_SIGNATURES

# The format each extension must hold; text formats hold no binary signature at all.
EXPECTED_KIND = {
    ".pdf": {"pdf"},
    ".docx": {"zip"},
    ".doc": {"d0cf11e0"},
    ".png": {"89504e47"},
    ".jpg": {"ffd8ff"},
    ".jpeg": {"ffd8ff"},
    ".tif": {"49492a00", "4d4d002a"},
    ".tiff": {"49492a00", "4d4d002a"},
}
_KIND_OFBINARY_SIGNATURES = {b"%PDF": "pdf", b"PK\x03\x04": "zip"}


def kind_of(data: bytes) -> str | None:
    """``pdf``, ``zip``, another binary format's magic, or ``None`` for anything else (text)."""
    # A PDF may have a few bytes of junk before its header (the PDF spec allows 1024).
    if b"%PDF-" in data[:1024]:
        return "pdf"
    for magic, _ in BINARY_SIGNATURES:
        if data.startswith(magic):
            return _KIND_OFBINARY_SIGNATURES.get(magic, magic.hex())
    return None


def looks_like_html_page(data: bytes) -> bool:
    """Whether text bytes are a web page's source: a page saved under a ``.txt`` name is still a page.

    >>> looks_like_html_page(b"\\xef\\xbb\\xbf <!DOCTYPE html><html>"), looks_like_html_page(b"<b>1.</b> Giao")
    (True, False)
    """
    head = data[:2048].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def describe(data: bytes) -> tuple[str, str]:
    """What the bytes are, in Vietnamese and English, for a message."""
    if b"%PDF-" in data[:1024]:
        return "một tệp PDF", "a PDF file"
    for magic, label in BINARY_SIGNATURES:
        if data.startswith(magic):
            vi, _, en = label.partition(" / ")
            return vi, en
    if looks_like_html_page(data):
        return "một trang HTML", "an HTML page"
    if data[:2048].lstrip().startswith(b"{\\rtf"):
        return "một tệp RTF", "an RTF file"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < 4090:  # not merely a character cut at the end of the sample
            return "dữ liệu nhị phân không rõ loại", "unknown binary data"
    return "văn bản thuần (text)", "plain text"


def check_extension(data: bytes, extension: str) -> None:
    """Refuse bytes whose format is not the one their extension names.

    Empty data passes: the reader says "empty" more precisely.

    :raise ExtensionMismatch: e.g. ``.pdf`` holding text, ``.txt`` holding a PDF.
    """
    if not data.strip():
        return
    found = kind_of(data)
    expected = EXPECTED_KIND.get(extension)
    if expected and found in expected:
        return
    if expected is None and found is None:
        return  # text under a text extension: the text readers judge the rest
    raise ExtensionMismatch(extension, *describe(data))
