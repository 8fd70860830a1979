"""Checking an uploaded file before anything is stored: its name, its size, then its content.

Every refusal is an :class:`~indexer.errors.ArchiveError` with a 4xx status
and a message in Vietnamese and English; nothing has been written when one
is raised.  The web upload, the upload API and ``python -m indexer add``
all come through :func:`read_upload`.
"""

from __future__ import annotations

import unicodedata

from indexer.document.pipeline import parse_bytes
from indexer.document.record import Document
from indexer.errors import BadFileName, EmptyFile, FileTooLarge, UnsupportedFormat
from indexer.reading import READERS, accepted_extensions, format_of, ocr_pages_wanted
from indexer.reading.ocr import MAX_PAGES as MAX_OCR_PAGES
from indexer.reading.ocr import TooManyPages
from indexer.reading.ocr import available as ocr_available
from indexer.reading.sniff import check_extension

MAX_NAME_BYTES = 255  # what Linux and Windows file systems allow


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


def read_upload(data: bytes, filename: str | None, *, max_bytes: int) -> list[Document]:
    """Check an upload and read the document(s) it holds.

    :raise BadFileName, FileTooLarge, EmptyFile: name or size.
    :raise UnreadableFile: (and subclasses) the content: unknown format, extension
        that lies, encrypted or scanned PDF, zip bomb, undecodable text…
    """
    check_upload(data, filename, max_bytes=max_bytes)
    return parse_bytes(data, check_file_name(filename))


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
