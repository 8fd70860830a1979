"""The decision a document was issued with ("ban hành kèm theo"): a programme, a plan, rules or a list opens
with its type heading, then the note of the decision that issues it; it has no number of its own and is dated
and issued as the decision is."""

from __future__ import annotations

import re

from indexer.document.lines import valid_date
from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import type_of_line
from indexer.text.numbers import find_numbers
from indexer.vocabulary import SELF_CITED_TYPES

_TYPE_WORDS = "(?:" + "|".join(SELF_CITED_TYPES) + ")"
# The note under a document issued with a decision: "(Ban hành kèm theo Quyết định số 435/QĐ-UBND, ngày 04 tháng
# 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)".  Forms ("Mẫu số 01", "Phụ lục") carry the same note but no
# type heading of their own: they are pages of the decision, numbered by it.
ATTACHMENT_NOTE = re.compile(
    rf"^[(\[]?\s*(?:(?:được\s+)?ban\s+hành\s+)?kèm\s+theo\s+(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I
)
# The note run into the subject above it: "… trên địa bàn Thành phố Hà Nội (Ban hành kèm theo Quyết định số …)".
NOTE_INSIDE = re.compile(
    rf"\s[(\[]\s*(?:(?:được\s+)?ban\s+hành\s+)?kèm\s+theo\s+(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I
)
_NOTE_DATE = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/|-|\.)\s*(\d{1,2})\s*(?:năm|/|-|\.)\s*(\d{4})", re.I)
_NOTE_MONTH = re.compile(r"tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_NOTE_ISSUER = re.compile(r"\bcủa\s+(?P<issuer>[^()\[\]]{4,120}?)\s*[)\]]?\s*\.?$")


def attachment_note(paragraphs: list[Paragraph]) -> dict | None:
    """The decision a document was issued with, when it opens as one does: its type heading, then the note
    "(Ban hành kèm theo Quyết định số …, ngày … của …)".  Such a document (a programme, a plan, rules) has no
    number of its own; it is dated and issued as the decision is.

    >>> from indexer.document.structure import lay_out
    >>> from indexer.text.normalize import Block
    >>> note = attachment_note(lay_out([Block("QUY CHẾ LÀM VIỆC"),
    ...     Block("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 3/4/2024 của Uỷ ban nhân dân xã Tân Hội)")]))
    >>> note["decision"], note["date"], note["issuer"]
    ('12/QĐ-UBND', '2024-04-03', 'Uỷ ban nhân dân xã Tân Hội')
    """
    # the type heading opens the document, or its title under a header that has no number of its own
    first = next(
        (i for i, p in enumerate(paragraphs[:24]) if (i < 4 or p.zone == "title") and type_of_line(p.text[:150])),
        None,
    )
    if first is None:
        return None
    for k, p in enumerate(paragraphs[first + 1 : first + 6], start=first + 1):
        m = ATTACHMENT_NOTE.match(p.text) or NOTE_INSIDE.search(p.text)
        if not m:
            continue
        rest = p.text[m.end() :]
        for later in paragraphs[k + 1 : k + 3]:  # a narrow column broke the note: "… số: 59/QĐ-UBND" / "Ngày 22 …"
            if ")" in rest or "]" in rest:
                break
            rest = f"{rest} {later.text}"
        rest = re.split(r"[)\]]", rest, maxsplit=1)[0]  # a copy runs the body after the note: its dates are cited
        numbers = find_numbers(rest[:40])
        dated = _NOTE_DATE.search(rest)
        month = _NOTE_MONTH.search(rest)  # "ngày   tháng 5 năm 2026": the day left blank, as on the decision
        issuer = _NOTE_ISSUER.search(rest)
        return {
            "line": p.text,
            "decision": numbers[0].number if numbers and numbers[0].start == 0 else None,
            "date": valid_date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3)))
            if dated
            else (f"{month.group(2)}-{int(month.group(1)):02d}" if month and 1 <= int(month.group(1)) <= 12 else None),
            "issuer": issuer.group("issuer").strip() if issuer else None,
        }
    return None


def issuing_number(note: str, doc_type: str | None) -> str | None:
    """The number the note under an attached document gives the document of ``doc_type`` that issues it: "(Ban
    hành kèm theo Quyết định số 1241/QĐ-TTg ngày 19 tháng 11 năm 2004 của Thủ tướng Chính phủ)".

    >>> issuing_number("(Ban hành kèm theo Quyết định số 1241/QĐ-TTg ngày 19/11/2004)", "Quyết định")
    '1241/QĐ-TTg'
    >>> issuing_number("(Ban hành kèm theo Quyết định số    /QĐ-UBND)", "Quyết định"), issuing_number(
    ...     "(Kèm theo Kế hoạch số 12/KH-UBND)", "Quyết định")
    (None, None)
    """
    note = note.strip()
    m = ATTACHMENT_NOTE.match(note) or NOTE_INSIDE.search(note)
    if not m or not doc_type or m["type"].lower() != doc_type.lower():
        return None
    numbers = find_numbers(note[m.end() :][:40])
    return numbers[0].number if numbers and numbers[0].start == 0 else None
