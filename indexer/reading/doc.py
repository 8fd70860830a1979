"""Reader for Word 97-2003 files (``.doc``), through Debian's ``antiword``.

``antiword -w 0 -m UTF-8.txt`` keeps Vietnamese and lays a header table out as two columns on one line, a
wide gap apart, as ``pdftotext -layout`` does (:mod:`indexer.text.header_cells` reads that back); ``catdoc``
also keeps Vietnamese but wraps lines and scatters stray characters, so it is only the fallback for the
files antiword does not know (Word 6/95).  Measured on the five ``.doc`` files of the development set.
"""

from __future__ import annotations

import os
import re
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
                    return SourceText(plain_lines(header_by_columns(text)), "doc", None)
    finally:
        os.unlink(path)
    raise CorruptDocument(*_NOT_WORD)


_HEADER_ROWS = 15  # a header table starts within the first lines
_MOTTO = re.compile(r"^CỘNG H(?:OÀ|ÒA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|^ĐẢNG CỘNG SẢN VIỆT NAM")


def header_by_columns(text: str) -> str:
    """The two-column tables antiword drew with bars around a document's header and its closing, read column by
    column: a header's subject wraps over two rows while the right column gives the place and date between them;
    a closing's recipients ("Nơi nhận: …") run down the left column beside the signature ("TM. …", the name).

    >>> rows = ["|UBND TỈNH A |CỘNG HOÀ XÃ HỘI …|", "|V/v tuyên truyền kết quả |A, ngày 9 tháng 8 năm 2013|"]
    >>> print(header_by_columns(chr(10).join([*rows, "|Đại hội lần thứ XI |     |", "Nội dung"])))
    UBND TỈNH A
    V/v tuyên truyền kết quả
    Đại hội lần thứ XI
    CỘNG HOÀ XÃ HỘI …
    A, ngày 9 tháng 8 năm 2013
    Nội dung
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].startswith("|") and lines[end].rstrip().endswith("|"):
            end += 1
        if end == i:
            out.append(lines[i])
            i += 1
            continue
        rows = [[cell.strip() for cell in line.strip()[1:-1].split("|")] for line in lines[i:end]]
        # a header (at the top, or an attached document's, with its motto), a closing, a signature set right
        header = i < _HEADER_ROWS or any(_MOTTO.match(cell) for row in rows for cell in row)
        closing = any(row[0].startswith("Nơi nhận") for row in rows)
        one_sided = len(rows) > 1 and not any(row[0] for row in rows if len(row) == 2)
        if (header or closing or one_sided) and all(len(row) == 2 for row in rows):
            out += [cell for column in (0, 1) for row in rows if (cell := row[column])]
        else:
            out += lines[i:end]  # a table of data, or three columns: kept as antiword laid it out
        i = end
    return "\n".join(out)
