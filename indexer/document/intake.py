"""Checking an uploaded file before anything is stored: its name, its size, then its content.

Every refusal is an :class:`~indexer.errors.ArchiveError` with a 4xx status
and a message in Vietnamese and English; nothing has been written when one
is raised.  The web upload, the upload API and ``python -m indexer add``
all come through :func:`read_upload`.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from indexer.document.pipeline import parse_bytes
from indexer.document.record import Document
from indexer.errors import BadAddress, BadFileName, EmptyFile, FileTooLarge, UnsupportedFormat
from indexer.reading import READERS, accepted_extensions, format_of, ocr_pages_wanted
from indexer.reading.ocr import MAX_PAGES as MAX_OCR_PAGES
from indexer.reading.ocr import TooManyPages
from indexer.reading.ocr import available as ocr_available
from indexer.reading.sniff import check_extension

MAX_NAME_BYTES = 255  # what Linux and Windows file systems allow
MAX_ADDRESS_CHARS = 2000  # what browsers and servers take in one address


def check_file_name(filename: str | None) -> str:
    """The name, NFC, if it is a plain file name.

    >>> check_file_name("Ke hoach 15.docx")
    'Ke hoach 15.docx'

    :raise BadFileName: empty, a path (``../``, ``/``, ``\\``), control characters, too long.
    """
    name = unicodedata.normalize("NFC", filename or "")
    if not name.strip():
        raise BadFileName("tệp không có tên", "the file has no name")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        raise BadFileName("tên chứa ký tự điều khiển", "the name holds control characters")
    if ".." in name.replace("\\", "/").split("/") or "/" in name or "\\" in name:
        raise BadFileName(
            "tên chứa đường dẫn thư mục (../, / hoặc \\); chỉ gửi tên tệp",
            "the name holds a folder path (../, / or \\)",
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise BadFileName(f"tên dài quá {MAX_NAME_BYTES} byte", f"the name is longer than {MAX_NAME_BYTES} bytes")
    return name


def check_address(address: str | None) -> str | None:
    """The address of the web page a file was copied from, as an archivist gives it with the upload (NFC,
    trimmed), or None when none is given: it places a copy whose text names no province
    (:func:`~indexer.document.pipeline.placed_by_site`).

    >>> check_address("  https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038 "), check_address("")
    ('https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038', None)

    :raise BadAddress: not an http(s) address with a host, spaces or control characters in it, too long.
    """
    text = unicodedata.normalize("NFC", (address or "").strip())
    if not text:
        return None
    if len(text) > MAX_ADDRESS_CHARS:
        raise BadAddress(f"dài quá {MAX_ADDRESS_CHARS} ký tự", f"longer than {MAX_ADDRESS_CHARS} characters")
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise BadAddress("địa chỉ có khoảng trắng hoặc ký tự điều khiển", "it holds spaces or control characters")
    try:  # "http://[::1" is no address
        parts = urlsplit(text)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        web = False
    if not web:
        raise BadAddress(
            "cần một địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://",
            "give a whole web address starting with http:// or https://",
        )
    return text


def read_upload(data: bytes, filename: str | None, *, max_bytes: int, address: str | None = None) -> list[Document]:
    """Check an upload and read the document(s) it holds.

    :param address: the web page it was copied from (:func:`check_address`).
    :raise BadFileName, FileTooLarge, EmptyFile: name or size.
    :raise UnreadableFile: (and subclasses) the content: unknown format, extension
        that lies, encrypted or scanned PDF, zip bomb, undecodable text…
    """
    check_upload(data, filename, max_bytes=max_bytes)
    return parse_bytes(data, check_file_name(filename), address=check_address(address))


def check_upload(data: bytes, filename: str | None, *, max_bytes: int) -> int:
    """What can be checked of an upload in a moment: name, size, format, and for a scan its pages and
    pixels.  :return: how many pages reading it will read by OCR (0 for typed files, which
    :func:`read_upload` reads at once; a scan is read in the upload helper while the archivist waits).

    :raise BadFileName, FileTooLarge, EmptyFile: name or size.
    :raise UnreadableFile: an unknown format, an extension that lies, too many pages, an image bomb.
    """
    name = check_file_name(filename)
    if len(data) > max_bytes:
        raise FileTooLarge(max_bytes)
    if not data.strip():
        raise EmptyFile()
    extension = format_of(name)
    if extension not in READERS:
        raise UnsupportedFormat(extension, accepted_extensions())
    check_extension(data, extension)
    pages = ocr_pages_wanted(data, name) if ocr_available() else 0
    if pages > MAX_OCR_PAGES:
        raise TooManyPages(pages)
    return pages
