"""Compound files: where one document ends and the next begins.

A file may hold several documents: a decision and the programme it issues under a dashed line, a cover
letter and the draft it sends with its own full header.  :func:`split_documents` cuts the file there, so
that each document is its own record with its own URL.
"""

from __future__ import annotations

import re

from indexer.document.fields.attachment import ATTACHMENT_NOTE
from indexer.document.structure import PLACE_DATE
from indexer.document.structure.type_lines import title_type, type_of_line
from indexer.text.closing_columns import CAPACITY, RECIPIENTS_START, looks_like_name
from indexer.text.normalize import Block, in_capitals
from indexer.text.numbers import find_numbers
from indexer.vocabulary import TYPE_OF_LINE

_TYPE_HEADS = "|".join(sorted((re.escape(line) for line in TYPE_OF_LINE), key=len, reverse=True))
# A crawl that ran the signature and the attached document's heading into one line: "TM. UỶ BAN NHÂN DÂN …
# Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG … (Ban hành kèm theo Quyết định số 435/QĐ-UBND …) I. MỤC ĐÍCH …".
_GLUED_ATTACHMENT = re.compile(
    rf"^(?P<signature>.*?\S)\s+(?P<heading>(?:{_TYPE_HEADS})\b[^()]*?)\s*"
    r"(?P<note>[(\[]\s*(?:(?:Được\s+)?[Bb]an\s+hành\s+)?[Kk]èm\s+theo[^)\]]*[)\]])\s*(?P<rest>.*)$",
    re.S,
)


_NOTE_AFTER_SUBJECT = re.compile(
    r"\s[(\[]\s*(?:(?:Được\s+)?[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết định|Nghị quyết)"
)


def _starts_document(blocks: list[Block]) -> bool:
    """Whether a run of blocks opens with a document header (a type line and a number or date)."""
    head = blocks[:15]
    has_type = any(b.kind != "rule" and type_of_line(b.text) for b in head)
    has_id = any(re.match(r"^(?:Số|SỐ)\b", b.text) and find_numbers(b.text) for b in head) or any(
        PLACE_DATE.match(b.text) for b in head
    )
    return has_type and has_id


def _has_body(blocks: list[Block]) -> bool:
    """Whether a run of blocks is a document already, not just the header a rule runs through (nor a
    website's heading over it, however long: "Kế hoạch 155/KH-UBND năm 2017 triển khai …")."""
    return any(b.kind != "rule" and len(b.text) >= 100 and not title_type(b.text) for b in blocks)


_ISSUER_HEAD = re.compile(
    r"^(?:UỶ BAN|UBND|HỘI ĐỒNG|ĐẢNG|TỈNH UỶ|THÀNH UỶ|HUYỆN UỶ|QUẬN UỶ|THỊ UỶ|BAN |BỘ |SỞ |CỤC |TỔNG CỤC|"
    r"VĂN PHÒNG|MẶT TRẬN|CHÍNH PHỦ|THỦ TƯỚNG|CÔNG AN|TRƯỜNG|TRUNG TÂM)"
)
_DRAFT_MARK = re.compile(r"^\(?\s*(?:DỰ THẢO|Dự thảo|BẢN DỰ THẢO)\b")
_HEADING_LINE = re.compile(r"^(?:CỘNG H(?:OÀ|ÒA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)")
_MOTTO_LINE = re.compile(r"^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc", re.I)
_PARTIAL_PLACE_DATE = re.compile(r"^[^\d,]{2,60},?\s*ngày\b[\s\d.…_]*tháng[\s\d.…_]*năm\s*\d{4}")


def _under_heading(blocks: list[Block]) -> bool:
    """Whether a rule follows the national or Party heading and its motto: it underlines them, it does not end
    a document (a page's blurb above the header may be long enough to pass for a body)."""
    last = [b for b in blocks if b.kind != "rule"][-2:]
    return any(_HEADING_LINE.match(b.text) or _MOTTO_LINE.match(b.text) for b in last)


# The last line of the recipients, where the office notes its own copy: "- Lưu: VT, KTTH." (a long list puts
# "Nơi nhận" more than a few lines above it).
_FILED = re.compile(r"^[-–+•~]?\s*Lưu\s*:?\s*(?:VT|Văn thư|VP)\b")


def _closed(blocks: list[Block]) -> bool:
    """Whether a run of blocks is a whole document: a body, then its "Nơi nhận" or its signer's capacity."""
    # The tail first: it is asked at every block of a long document, whose body is found only after its headings.
    return any(
        RECIPIENTS_START.match(b.text) or CAPACITY.match(b.text) or _FILED.match(b.text) for b in blocks[-30:]
    ) and _has_body(blocks)


def _signed_off(blocks: list[Block]) -> bool:
    """Whether a run of blocks ends as a document does: its signer's name, or its list of recipients (a scan
    whose signature OCR reads as noise; a copy cut before the name)."""
    if looks_like_name(blocks[-1].text) or _FILED.match(blocks[-1].text):
        return True
    return any(RECIPIENTS_START.match(b.text) for b in blocks[-8:])


def _second_header_at(blocks: list[Block], i: int) -> bool:
    """Whether a new document's full header starts at block ``i`` (a cover letter's draft, sent after it;
    the next letter of a scanned file): an issuer or a "DỰ THẢO" mark, the national or Party heading just
    after, and a type line or a "Số" line with the place and date."""
    head = blocks[i : i + 15]
    if not head or not (_DRAFT_MARK.match(head[0].text) or _ISSUER_HEAD.match(head[0].text)):
        return False
    if not any(_HEADING_LINE.match(b.text) for b in head[:6]):
        return False
    dated = any(_PARTIAL_PLACE_DATE.match(b.text) or PLACE_DATE.match(b.text) for b in head)
    numbered = any(re.match(r"^(?:Số|SỐ)\b", b.text) for b in head)
    # A letter (công văn) has no type line: its number and its place and date make its header; an attached
    # document repeats the issuer's heading over its type line and the note of the decision that issues it.
    attached = any(_attachment_at(blocks, j) for j in range(i + 1, min(i + 10, len(blocks))))
    return _starts_document(head) or attached or dated and (numbered or any(type_of_line(b.text) for b in head))


def _attachment_at(blocks: list[Block], i: int) -> bool:
    """Whether an attached document starts at block ``i``: its type heading ("CHƯƠNG TRÌNH HÀNH ĐỘNG …",
    "QUY CHẾ …"), then within a few lines the note of the decision that issues it."""
    block = blocks[i]
    if block.kind == "rule" or not type_of_line(block.text[:150]):
        return False
    # the note on a line of its own, or run into the subject above it
    return any(ATTACHMENT_NOTE.match(b.text) or _NOTE_AFTER_SUBJECT.search(b.text) for b in blocks[i + 1 : i + 5])


def _headless_document_at(blocks: list[Block], i: int) -> bool:
    """Whether a document whose header the copy dropped starts at block ``i``: a bare type line ("QUYẾT ĐỊNH"),
    then within a few lines, after its subject and the authority line, its grounds ("Căn cứ …"). After a
    signature, such a type line opens the next decision; inside one, the enacting "QUYẾT ĐỊNH:" follows them."""
    found = type_of_line(blocks[i].text) if blocks[i].kind != "rule" else None
    return bool(found) and not found[1] and any(re.match(r"^Căn cứ\b", b.text) for b in blocks[i + 1 : i + 5])


def _unglued(blocks: list[Block]) -> list[Block]:
    """The blocks with a signature that runs into an attached document's heading cut into signature, heading,
    note and what follows (only where the line starts as a signer's capacity does)."""
    out = []
    for block in blocks:
        m = _GLUED_ATTACHMENT.match(block.text) if block.kind == "text" and CAPACITY.match(block.text) else None
        if not m or not in_capitals(m.group("heading")):
            out.append(block)
            continue
        pieces = [m.group("signature"), m.group("heading"), m.group("note"), m.group("rest")]
        out.extend(Block(text=piece.strip(), lines=[piece.strip()]) for piece in pieces if piece.strip())
    return out


def split_documents(blocks: list[Block]) -> list[list[Block]]:
    """Cut a compound file at the dashed lines that are followed by a new document's header, where a whole
    document is followed by another's full header (a cover letter and the draft it sends), and where a signed
    decision is followed by the document it issues ("ban hành kèm theo")."""
    blocks = _unglued(blocks)
    parts: list[list[Block]] = [[]]
    for i, block in enumerate(blocks):
        if (
            block.kind == "rule"
            and len(block.text) >= 10
            and block.text.lstrip()[0] in "-=*"
            and _has_body(parts[-1])
            and not _under_heading(parts[-1])
            and _starts_document(blocks[i + 1 :])
        ):
            parts.append([])
            continue
        if (
            block.kind != "rule"
            and len(parts[-1]) > 8
            and _closed(parts[-1])
            and (
                _signed_off(parts[-1])
                and (_second_header_at(blocks, i) or _headless_document_at(blocks, i))
                or _attachment_at(blocks, i)
            )
        ):
            parts.append([])
        parts[-1].append(block)
    return [p for p in parts if any(b.kind != "rule" for b in p)]
