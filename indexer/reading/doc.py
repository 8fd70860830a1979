"""Reader for Word 97-2003 files (``.doc``), through Debian's ``antiword``.

``antiword -w 0 -m UTF-8.txt`` keeps Vietnamese and lays a header table out as two columns on one line, a
wide gap apart, as ``pdftotext -layout`` does (:mod:`indexer.text.header_cells` reads that back); ``catdoc``
also keeps Vietnamese but wraps lines and scatters stray characters, so it is only the fallback for the
files antiword does not know (Word 6/95).  Measured on the five ``.doc`` files of the development set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from indexer.errors import CorruptDocument, ReaderMissing
from indexer.reading.source_text import SourceText, plain_lines

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TIMEOUT = 60  # seconds: a Word file of a few hundred pages converts in one or two

_NOT_WORD = (
    "Tệp .doc này không phải văn bản Word đọc được (có thể hỏng hoặc là bảng tính Excel); "
    "hãy mở bằng Word và lưu lại thành .docx rồi tải lên.",
    "the .doc file is not a readable Word document (damaged, or a spreadsheet); save it as .docx and upload that",
)


def _converted(tool: list[str], path: str) -> str | None:
    try:
        done = subprocess.run([*tool, path], capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = done.stdout.decode("utf-8", errors="replace")
    return text if done.returncode == 0 and text.strip() else None


def read_doc(data: bytes) -> SourceText:
    """Read a ``.doc``: its text, tables as columns on a line.

    :raise ReaderMissing: neither antiword nor catdoc is installed on this machine.
    :raise CorruptDocument: the bytes are not a Word document either tool can read.
    """
    if not data.startswith(OLE2):
        raise CorruptDocument(*_NOT_WORD)
    tools = [
        ["antiword", "-w", "0", "-m", "UTF-8.txt"],
        ["catdoc", "-w", "-d", "utf-8"],
    ]
    if not any(shutil.which(tool[0]) for tool in tools):
        raise ReaderMissing(".doc", "antiword")
    with tempfile.NamedTemporaryFile(suffix=".doc", delete=False) as fh:
        fh.write(data)
        path = fh.name
    try:
        for tool in tools:
            if shutil.which(tool[0]):
                text = _converted(tool, path)
                if text:
                    return SourceText(plain_lines(text), "doc", None)
    finally:
        os.unlink(path)
    raise CorruptDocument(*_NOT_WORD)
