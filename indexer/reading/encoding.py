"""Bytes -> str for text files: UTF-8 (with or without BOM), UTF-16, Windows-1258, and the bytes of the TCVN3
and VNI fonts (:mod:`indexer.reading.legacy_fonts`).

Anything else is refused with :class:`~indexer.errors.UndecodableText`
rather than guessed: a wrongly decoded directive is worse than none.

>>> decode("Tỉnh uỷ".encode("utf-8"))
('Tỉnh uỷ', 'utf-8')
>>> decode("Tỉnh uỷ".encode("utf-16"))
('Tỉnh uỷ', 'utf-16')
>>> decode(unicodedata.normalize("NFD", "Tỉnh uỷ").encode("cp1258"))
('Tỉnh uỷ', 'cp1258')
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from indexer.errors import BinaryFile, EmptyFile, UndecodableText
from indexer.reading.legacy_fonts import from_legacy_code, legacy_code

# Magic numbers of the binary formats people are most likely to upload by mistake.
BINARY_SIGNATURES = [
    (b"%PDF", "một tệp PDF / a PDF file"),
    (b"PK\x03\x04", "một tệp nén ZIP hoặc DOCX / a ZIP or DOCX file"),
    (b"\xd0\xcf\x11\xe0", "một tệp Word/Excel cũ (.doc/.xls) / an old Office file"),
    (b"\x89PNG", "một ảnh PNG / a PNG image"),
    (b"\xff\xd8\xff", "một ảnh JPEG / a JPEG image"),
    (b"GIF8", "một ảnh GIF / a GIF image"),
    (b"II*\x00", "một ảnh TIFF / a TIFF image"),
    (b"MM\x00*", "một ảnh TIFF / a TIFF image"),
    (b"\x1f\x8b", "một tệp nén gzip / a gzip file"),
    (b"Rar!", "một tệp nén RAR / a RAR file"),
    (b"7z\xbc\xaf", "một tệp nén 7z / a 7z file"),
    (b"\x7fELF", "một chương trình / an executable"),
]

# Letters of the Vietnamese alphabet beyond ASCII, in every tone, both cases.
_VIETNAMESE_BASES = "aăâeêioôơuưy"
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VIETNAMESE_LETTERS = {
    unicodedata.normalize("NFC", base + tone)
    for base in _VIETNAMESE_BASES + _VIETNAMESE_BASES.upper()
    for tone in _TONES
} | {"đ", "Đ"}
# Typographic characters common in Vietnamese office documents.
_TYPOGRAPHY = set(
    "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b0\u00a7\u00ab\u00bb\u00b7\u2212\u00d7\u00bd\u00bc\u00be\u2122\u00ae\u00a9\u20ab\u2030\u00b2\u00b3\u00b1\u00f7"
)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def _looks_vietnamese(text: str) -> bool:
    """True when the non-ASCII characters of ``text`` are Vietnamese letters or typography.

    This is what tells a Windows-1258 file from TCVN3, VNI or another code
    page that merely decodes without error.
    """
    text = unicodedata.normalize("NFC", text)
    foreign = [ch for ch in text if not ch.isascii()]
    if not foreign:
        return True
    good = sum(1 for ch in foreign if ch in VIETNAMESE_LETTERS or ch in _TYPOGRAPHY)
    return good / len(foreign) >= 0.97


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by its many zero bytes on one side of each pair."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0) / (len(data) / 2)
    odd_zeros = data[1::2].count(0) / (len(data) / 2)
    for ratio, other, codec in ((odd_zeros, even_zeros, "utf-16-le"), (even_zeros, odd_zeros, "utf-16-be")):
        if ratio > 0.3 and other < 0.05:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file.

    :return: the text (NFC, not yet otherwise normalised) and the name of the encoding found.
    :raise EmptyFile: no bytes, or only white space.
    :raise BinaryFile: a known binary format, or control characters throughout.
    :raise UndecodableText: none of the accepted encodings fits.
    """
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise EmptyFile()
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            raise BinaryFile(what)

    text, encoding = None, None
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise UndecodableText()
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    else:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            text, encoding = utf16, "utf-16"
        elif data.count(b"\x00") > max(2, len(data) // 1000):
            raise BinaryFile()  # a few stray NULs are common in PDF-to-text output; many mean binary
        else:
            data = data.replace(b"\x00", b"")
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                try:
                    candidate = data.decode("cp1258")
                except UnicodeDecodeError:
                    raise UndecodableText() from None
                if _control_ratio(candidate) > 0.01:
                    raise BinaryFile() from None
                if _looks_vietnamese(candidate):
                    text, encoding = candidate, "cp1258"
                else:  # a file saved from the TCVN3 or VNI fonts: its bytes are those fonts' Latin-1 letters
                    latin = data.decode("latin-1")
                    encoding = legacy_code(latin)
                    text = from_legacy_code(latin, encoding) if encoding else None
                    if text is None or not _looks_vietnamese(text):
                        raise UndecodableText() from None

    if text is None:
        raise UndecodableText()
    if _control_ratio(text) > 0.01:
        raise BinaryFile()
    if not text.strip():
        raise EmptyFile()
    # Windows-1258 writes most tones as combining marks: compose them here.
    return unicodedata.normalize("NFC", text), encoding


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
