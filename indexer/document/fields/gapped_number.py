"""A number the copy left incomplete: its type slot empty (``Số: 1281/-UBND``), its code wrapped in the
header's narrow column (``Số: 255 / BC-BCĐPCGD-`` … ``XMC``), or on a scan its hand-written figures misread.

The symbol of a State document is its number, the abbreviation of its type and that of its issuer
(Nghị định 30/2020/NĐ-CP, Phụ lục I). A page that lost the type's letters in the header ("1281/-UBND") often
names the whole number in its own heading ("Quyết định 1281/QĐ-UBND năm 2014 …"): the number whose digits and
issuer's letters agree is the document's.
"""

from __future__ import annotations

import os
import re

from indexer.document.structure import Paragraph
from indexer.text.numbers import find_numbers
from indexer.text.vietnamese import fold

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


# An office files a scan under its number: "2321 syt khtc.pdf", "KH_1146_to_chuc_….pdf", "TB_so_561_….pdf",
# "2770 (08-CT-UBND).signed_20250220_102437.pdf", "CT-11-2025.pdf". The figures the clerk wrote by hand into the
# typed "Số:   /STP-VB" are what OCR reads worst; the name the office gave the file says them in type.
_SIGNED_SUFFIX = re.compile(r"[._ ]signed\b.*$", re.I)
_COPY_COUNTER = re.compile(r"\s*[(\[]\d{1,2}[)\]]$")  # "3324-YTDP-SR(1).pdf": a second download's, a copy's
_CODE_OF = re.compile(r"^\d{1,5}[a-z]?[-/](?:(?:19|20)\d\d/)?")
_BLANK_CODE = re.compile(r"(?P<sep>[-/])\s*(?P<code>[A-ZĐ][A-ZĐa-z0-9&.]*(?:[-/][A-ZĐ][A-ZĐa-z0-9&.]*)+)\s*$")


def file_named_number(number: str | None, line: str | None, filename: str) -> str | None:
    """The number an office's name for a scan gives it, where it agrees with what the header shows: its code's
    letters in the name, and the figures read on the page lost or misread (one within the other, or one figure
    apart); ``None`` where the name says nothing more.

    >>> file_named_number("68/STP-VB", "Số: 68/STP-VB", "687 stp-vb.pdf")
    '687/STP-VB'
    >>> file_named_number("46/KH-ĐHTĐ", "Số: 46/KH-ĐHTĐ", "1761747582085-x1rkv1l0x-KH_1146_to_chuc_tuyen_truyen.pdf")
    '1146/KH-ĐHTĐ'
    >>> file_named_number(None, "Số: ' /CT-UBND", "CT-11-2025.pdf"), file_named_number(None, "Số: /CT-UBND", "a.pdf")
    ('11/CT-UBND', None)
    >>> file_named_number("08/CT-UBND", "Số: 08/CT-UBND", "2770 (08-CT-UBND).signed_20250220_102437.pdf") is None
    True
    >>> file_named_number("575/UBND-KT", "Số: 575/UBND-KT", "CV_4427_0001.signed.pdf") is None  # another code
    True
    >>> file_named_number("515/UBND-KTTH", "Số: 515/UBND-KTTH", "575 UB.signed_20250510_124908.pdf")
    '575/UBND-KTTH'
    >>> file_named_number("3824/YTDP-SR", "Số: 3824/YTDP-SR", "3324-YTDP-SR(1).pdf")
    '3324/YTDP-SR'
    """
    if number:
        code, read = _CODE_OF.sub("", number), re.match(r"\d+", number).group()
    else:
        blank = _BLANK_CODE.search(line or "")
        if not blank:
            return None
        code, read = blank["code"], ""
    figure = _named_figure(filename, code)
    if not figure or figure.lstrip("0") == read.lstrip("0") or read and not _misread(read, figure):
        return None
    if number:
        return figure + number[len(read) :]
    return f"{figure}{blank['sep']}{code}"


def _named_figure(filename: str, code: str) -> str | None:
    """The one figure a file's name gives beside the letters of ``code`` (or its only figure, where none is
    beside them), or ``None``."""
    name = _COPY_COUNTER.sub("", _SIGNED_SUFFIX.sub("", os.path.splitext(os.path.basename(filename))[0]))
    tokens = [t for t in re.split(r"[^0-9A-Z]+", fold(name).upper()) if t]
    letters = {fold(t).upper() for t in re.split(r"[-/.&]", code) if len(t) >= 2}
    # the code's letters as the name writes them, whole or cut short ("575 UB" for UBND)
    named = {t for t in tokens if not t.isdigit() and len(t) >= 2 and any(c.startswith(t) for c in letters)}
    if not named:
        return None
    # figures of a number: not a timestamp, a scanner's page counter ("0001") or a year beside another figure
    figures = [i for i, t in enumerate(tokens) if t.isdigit() and len(t) <= 5 and not (len(t) >= 3 and t[0] == "0")]
    if len(figures) > 1:
        figures = [i for i in figures if not re.fullmatch(r"(?:19|20)\d\d", tokens[i])]
    beside = [i for i in figures if {tokens[j] for j in (i - 1, i + 1, i - 2) if 0 <= j < len(tokens)} & named]
    chosen = {tokens[i] for i in (beside or figures)}
    return chosen.pop() if len(chosen) == 1 else None


def _misread(read: str, named: str) -> bool:
    """Whether figures read off a page may be ``named`` misread: some lost or added, or one read wrong."""

    def within(short: str, long: str) -> bool:
        rest = iter(long)
        return all(ch in rest for ch in short)

    if len(read) == len(named):
        return sum(a != b for a, b in zip(read, named, strict=True)) == 1
    return within(read, named) if len(read) < len(named) else within(named, read)
