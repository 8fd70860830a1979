"""A number the copy left incomplete: its type slot empty (``Số: 1281/-UBND``), or its code wrapped in the
header's narrow column (``Số: 255 / BC-BCĐPCGD-`` … ``XMC``).

The symbol of a State document is its number, the abbreviation of its type and that of its issuer
(Nghị định 30/2020/NĐ-CP, Phụ lục I). A page that lost the type's letters in the header ("1281/-UBND") often
names the whole number in its own heading ("Quyết định 1281/QĐ-UBND năm 2014 …"): the number whose digits and
issuer's letters agree is the document's.
"""

from __future__ import annotations

import re

from indexer.document.structure import Paragraph
from indexer.text.numbers import find_numbers

_GAPPED = re.compile(r"(?:^|\s|:)(?P<digits>\d{1,5})\s*/\s*-\s*(?P<issuer>[A-ZĐ][A-ZĐ0-9]{1,11})(?![\w-])")
_NEAR = 12  # the page's heading, above the header, is among its first paragraphs


def gapped_number(line: str, paragraphs: list[Paragraph]) -> str | None:
    """The whole number a page names for the header's ``line`` whose type slot is empty, or ``None``.

    >>> from indexer.document.structure import Paragraph
    >>> heading = Paragraph("p1", "", "Quyết định 1281/QĐ-UBND năm 2014 công bố thủ tục", "heading")
    >>> gapped_number("Số: 1281/-UBND", [heading])
    '1281/QĐ-UBND'
    >>> gapped_number("Số: 1282/-UBND", [heading]), gapped_number("Số:    /KH-UBND", [heading])
    (None, None)
    """
    gap = _GAPPED.search(line)
    if not gap:
        return None
    for p in paragraphs[:_NEAR]:
        for found in find_numbers(p.text):
            digits, _, code = found.number.partition("/")
            if digits == gap["digits"] and code.endswith("-" + gap["issuer"]):
                return found.number
    return None


_DANGLING = re.compile(r"[-–]\s*$")
_CODE_PIECE = re.compile(r"^[A-ZĐ][A-ZĐ0-9]{1,9}$")


def wrapped_number(number: str, line: str, paragraphs: list[Paragraph]) -> str:
    """``number`` with the rest of its code where the header's column wrapped it onto a line of its own a little
    below (the place and date between them, as the two columns were flattened); else ``number`` as it is.

    >>> from indexer.document.structure import Paragraph
    >>> header = [Paragraph(f"p{i}", "", t, "text", "header") for i, t in
    ...           enumerate(["Số: 255 / BC-BCĐPCGD-", "Nga Sơn, ngày 13 tháng 11 năm 2020", "XMC"])]
    >>> wrapped_number("255/BC-BCĐPCGD", "Số: 255 / BC-BCĐPCGD-", header)
    '255/BC-BCĐPCGD-XMC'
    >>> wrapped_number("12/KH-UBND", "Số: 12/KH-UBND", header)
    '12/KH-UBND'
    """
    if not _DANGLING.search(line):
        return number
    header = [p.text.strip() for p in paragraphs if p.zone == "header"]
    at = next((k for k, text in enumerate(header) if line.strip() in text), None)
    piece = next((t for t in header[at + 1 : at + 4] if _CODE_PIECE.match(t)), None) if at is not None else None
    return f"{number}-{piece}" if piece else number
