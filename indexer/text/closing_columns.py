"""A document's closing: where its signature is, and its two columns read apart.

:func:`signature_span` finds the signer's capacity lines ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"), "(đã ký)" and the
signer's name at the end of a document.

A closing in two columns, as ``pdftotext -layout`` and typed copies keep it side by side:

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
from collections.abc import Sequence
from typing import Protocol

from indexer.text.vietnamese import is_all_caps
from indexer.vocabulary import MOTTO

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


# --- the signature ----------------------------------------------------------------------


class Texted(Protocol):
    """A block of a document's text (:class:`indexer.text.normalize.Block`)."""

    text: str


BULLET = re.compile(r"^[-+*•▪◦·]\s")  # a list item's mark
RECIPIENTS_START = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\s*:?")
CAPACITY = re.compile(
    r"^(?:T/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?|T/L|K/T|Q\.\s|"
    r"(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỦ NHIỆM|"
    r"GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TỔNG BÍ THƯ|CHỦ TỊCH NƯỚC|TRƯỞNG PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|"
    r"TRƯỞNG BAN CHỈ ĐẠO|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG))\b"
)

_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\s*\)?$")


def is_signature_start(blocks: Sequence[Texted], i: int) -> bool:
    text = blocks[i].text
    return (
        bool(CAPACITY.match(text))
        and len(text) < 80
        and is_all_caps(re.sub(r"^(T/M|TM\.|KT\.|Q\.|TL\.|TUQ\.)", "", text) or "AB")
    )


def signature_span(blocks: Sequence[Texted], zones: list[str]) -> list[int]:
    """The capacity lines, "(đã ký)" and the signer's name at the end of the document (their indices)."""
    n = len(blocks)
    candidates = [i for i in range(n) if zones[i] in ("body", "recipients") and is_signature_start(blocks, i)]
    # The last capacity line whose name follows within a few short lines ...
    for start in reversed(candidates):
        span = [start]
        j = start + 1
        while j < n and len(span) < 8:
            t = blocks[j].text
            if _is_capacity_line(t):
                span.append(j)
                j += 1
                continue
            if looks_like_name(t):
                span.append(j)
                # ... together with the capacity lines just above it (T/M BAN THƯỜNG VỤ / BÍ THƯ).
                k = start - 1
                while (
                    k >= 0
                    and zones[k] in ("body", "recipients")
                    and _is_capacity_line(blocks[k].text)
                    and not RECIPIENTS_START.match(blocks[k].text)
                ):
                    span.insert(0, k)
                    k -= 1
                return span
            break
    return _interleaved_signature(blocks, zones, candidates)


def _interleaved_signature(blocks: Sequence[Texted], zones: list[str], candidates: list[int]) -> list[int]:
    """A closing whose two columns a PDF extraction interleaved: "Nơi nhận:", "T/M BAN BÍ THƯ", the
    recipients, then the signer's name last.  The capacity lines and the name are the signature; the
    lines between them stay recipients."""
    n = len(blocks)
    if not candidates or not looks_like_name(blocks[-1].text) or n - candidates[-1] > 15:
        return []
    start = candidates[-1]
    if not any(RECIPIENTS_START.match(blocks[k].text) for k in range(max(0, start - 3), start + 1)):
        return []
    span = [start]
    j = start + 1
    while j < n - 1 and _is_capacity_line(blocks[j].text) and not BULLET.match(blocks[j].text):
        span.append(j)
        j += 1
    for k in range(j, n - 1):
        if zones[k] == "body":
            zones[k] = "recipients"
    return [*span, n - 1]


def _is_capacity_line(text: str) -> bool:
    return bool(
        _SIGNED.match(text)
        or (CAPACITY.match(text) and len(text) < 80)
        or re.match(r"^(?:Kiêm|kiêm|KIÊM)$", text)
        or (is_all_caps(text) and len(text) < 60 and not looks_like_name(text) and not MOTTO.match(text))
    )


_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,4}$")


def looks_like_name(text: str) -> bool:
    """A personal name: two to five capitalised words (``Trần Hồng Minh``), or the same in capitals."""
    text = text.strip()
    if _NAME.match(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 5 and is_all_caps(text) and len(text) < 40 and not CAPACITY.match(text)
