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
from indexer.errors import BadFileName, EmptyFile, FileTooLarge

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
    name = check_file_name(filename)
    if len(data) > max_bytes:
        raise FileTooLarge(max_bytes)
    if not data.strip():
        raise EmptyFile()
    return parse_bytes(data, name)
