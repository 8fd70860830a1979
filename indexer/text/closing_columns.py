"""A document's closing in two columns, as ``pdftotext -layout`` and typed copies keep it side by side.

The closing of an administrative document sets "Nơi nhận" and its list on the left and the signature
(``T/M BAN THƯỜNG VỤ``, ``PHÓ BÍ THƯ``, the signer's name) on the right.  A layout copy gives them on
the same lines, a wide gap apart::

    Nơi nhận:                                    T/M BAN THƯỜNG VỤ
    - Như trên (t/h);                                 PHÓ BÍ THƯ
    - Thường trực Tỉnh ủy (để b/c);

:func:`closing_columns` reads each column on its own: the recipients first, then the signature.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\s{4,}")
_RECIPIENTS = re.compile(r"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:?")
_ITEM = re.compile(r"^\s*[-+•*]")
# What the right column of a closing holds: a capacity, a position, "(đã ký)", a seal's mark.
_SIGNATURE_PIECE = re.compile(
    r"^(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.|K/T|\(?(?:đã ký|Đã ký|ĐÃ KÝ)\)?|\(?[Kk]ý tên|"
    r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,.\-/]{2,60}$)"
)
_MAX_LINES = 30


def closing_columns(lines: list[str]) -> list[str]:
    """``lines`` with a two-column closing read column by column; any other line as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RECIPIENTS.match(lines[i]) or not _split(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        left: list[str] = []
        right: list[str] = []
        j = i
        while j < len(lines) and j - i < _MAX_LINES and (lines[j].strip() == "" or j == i or _in_closing(lines[j])):
            pieces = _split(lines[j])
            if pieces:
                left.append(pieces[0])
                right.append(pieces[1])
            elif _ITEM.match(lines[j]) or j == i:
                left.append(lines[j])
            elif lines[j].strip():
                right.append(lines[j].strip())
            j += 1
        out += left + [""] + right
        i = j
    return out


def _split(line: str) -> tuple[str, str] | None:
    """``("- Như trên (t/h);", "PHÓ BÍ THƯ")`` for a line of the two columns."""
    parts = _GAP.split(line.strip(), maxsplit=1)
    if len(parts) == 2 and _SIGNATURE_PIECE.match(parts[1].strip()):
        return parts[0], parts[1].strip()
    return None


def _in_closing(line: str) -> bool:
    """A line still of the closing: an item of the list, a line of both columns, or of the right one."""
    text = line.strip()
    if _ITEM.match(line) or _split(line):
        return True
    indented = len(line) - len(line.lstrip()) >= 20
    return indented and len(text) < 60
