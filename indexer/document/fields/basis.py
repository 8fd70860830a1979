"""The basis of a document: the other documents its opening says it implements or rests on ("Thực hiện Kế
hoạch số …", "Căn cứ Nghị định số …", "Theo đề nghị của Bộ … tại Công văn số …"), and every document it cites."""

from __future__ import annotations

import dataclasses
import re

from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import title_type
from indexer.text.numbers import find_numbers
from indexer.vocabulary import TYPE_NAMES_PATTERN

# How a document names what it implements or rests on: "Thực hiện …", "- Căn cứ …", "Triển khai …",
# "Để tiếp tục thực hiện nghiêm …", and the narrative "Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành …".
_BASIS_OPENER = re.compile(
    r"^(?:[-+•]\s*)?(?:Thực hiện|Căn c[ứưú]|Triển khai|Thi hành|Tiếp tục thực hiện|Quán triệt|"
    r"Để (?:tiếp tục )?(?:thực hiện|triển khai|cụ thể hoá|quán triệt)|"
    r"Ngày \d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|Ngày \d{1,2} tháng \d{1,2} năm \d{4})\b",
    re.I,
)
# A purpose resting on a document: "Để quản lý chặt chẽ … đất đai trong cả nước theo Quyết định 201-CP ngày
# 01 tháng 7 năm 1980 của Hội đồng Chính phủ, …" (Chỉ thị 299/TTg).
_PURPOSE_BASIS = re.compile(
    r"^(?:[-+•]\s*)?Để\b[^.;:]{0,240}?\b(?:theo|tại)\s+(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|"
    r"Thông tư|Kế hoạch|Công văn|Văn bản|Hướng dẫn|Quy định|Chương trình)\s+(?:số\s*:?\s*)?\d"
)
# A letter answering or forwarding another: "Uỷ ban nhân dân tỉnh nhận được Công văn số 427/BCA-C04 …".
_RECEIVED = re.compile(
    r"\bnhận được\s+(?:\S+\s+){0,3}?(?i:công văn|văn bản|tờ trình|báo cáo|quyết định|kế hoạch|thông báo|công điện|"
    r"hướng dẫn|chỉ thị|nghị quyết|thư|đơn)\b"
)  # not "nhận được các vướng mắc": what was received is a document
# What a body proposed ("theo đề nghị của Sở … tại Tờ trình số …") is the file's history, not its basis.
# A Government resolution lists it after its basis: "Trên cơ sở …; đề nghị của Bộ trưởng … tại văn bản số …", a
# submission "… năm 2025 và đề xuất của Giám đốc Sở Tài chính tại Công văn số 286/STC-HCSN".
_PROPOSAL = re.compile(
    r"(?:\b(?:[Tt]heo|[Xx]ét|THEO|XÉT)\s+đề\s+(?:nghị|xuất)|[Xx]em xét Tờ trình|[Xx]ét Tờ trình|"
    r"(?:[;,]\s*(?:và\s+)?|\s+và\s+)đề\s+(?:nghị|xuất)\s+của)\b.*$",
    re.S,
)
# A letter that opens on the request it answers: "Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số
# 202/BTTTT-KHTC … về việc góp ý dự thảo …" (a decision's proposal comes after its grounds, never first).
# So does one that opens on the instruction it carries out: "Về ý kiến chỉ đạo của đồng chí Tổng Bí thư … tại các
# công văn số 614, 615, 616-CV/VPTW …".
_ANSWERED = re.compile(
    r"^(?:(?:Theo|Thực hiện|Xét)\s+đề\s+nghị|Về\s+(?:ý kiến chỉ đạo|đề nghị|kiến nghị))\s+(?:của\s+)?"
    # "… tại nội dung các Công văn: Số 1060/BTC-QLGCS ngày …"
    r"(?=[^.;]{0,200}?\b(?:tại|theo)\s+(?:(?:nội dung|các)\s+)*(?i:Công văn|Văn bản|Công điện|Tờ trình|Thông báo)"
    r"\s*:?\s+(?:(?i:số)\s*:?\s*)?\d)"
)
# A letter that opens on the document it acts on: "Tại công văn số 884/VPCP-KTTH ngày 03/02/2017 của Văn phòng Chính
# phủ …, Thủ tướng Chính phủ yêu cầu Bộ Tài chính chủ trì …", "Theo văn bản số 906/KT-KĐ ngày 03.12.2007 của Bộ …".
# Only kinds that direct or ask: "Theo Báo cáo số …" and "Theo Tờ trình số …" cite a source or a proposal.  A reply
# rests on the letter it answers: "Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông …",
# "Phúc đáp Công văn số 619/SVHTTDL-VP ngày 13 tháng 7 năm 2015 của Sở Văn hoá, Thể thao và Du lịch …".
_ACTED_ON = re.compile(
    r"^(?:Tại|Theo|Trả lời|Phúc đáp)\s+(?:các\s+)?(?i:công văn|văn bản|công điện|thông báo|quyết định|kế hoạch|"
    r"hướng dẫn|chỉ thị|nghị quyết|nghị định|thông tư|kết luận)\s+(?:số\s*:?\s*)?\d"
)
# What a body did before, told after the grounds: "Thực hiện quy định về chế độ tự chủ …, Văn phòng Bộ đã ban hành
# Quy chế chi tiêu nội bộ tại Quyết định số 109/QĐ-VP …": the act being replaced, not the grounds; and what a
# letter forwards: "Thực hiện ý kiến chỉ đạo của Phó Thủ tướng …, Văn phòng Chính phủ xin chuyển công văn số
# 5005/TTr-UBND …" (the forwarded request is the letter's matter, the leader's instruction its ground).
# The narration ends with its sentence: a page's lead "Ngày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản
# số 78-CV/BTGHU về … . Thực hiện Hướng dẫn số 07-HD/HU …" names the grounds after it.
_NARRATED = re.compile(
    r",\s+[A-ZĐÀ-Ỹ][^,;.]{2,80}?\s+(?:đã ban hành|xin chuyển|sao gửi|gửi kèm|"
    r"chuyển (?:công văn|văn bản|tờ trình|đơn|hồ sơ))\b.*?(?:[.!?…](?=\s+(?:Căn cứ|Thực hiện|Thi hành)\b)|$)",
    re.S,
)
# A document named with its number in the opening: "Quyết định số …", "Công văn số …", "Nghị định số …".
NAMED_DOCUMENT = re.compile(
    r"\b(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch|Công văn|Văn bản|Hướng dẫn|"
    r"Quy định|Chương trình|Thông báo|Công điện)\s+(?:liên tịch\s+)?số\s*:?\s*\S"
)
_SENTENCE_END = re.compile(r"[.:!?…][\"”')\]]*$")
# An opening paragraph that tells the situation first and names its grounds in a later sentence.
_GROUNDS_INSIDE = re.compile(r"(?<=[.!?…]\s)(?:Căn cứ|Thực hiện|Thi hành)\s+(?=[^.;]{0,60}?\d)", re.I)
# A page that tells of a document says what it was issued on: "Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban
# hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày 09/12/2020 của Ban Bí thư …".
_ISSUED_ON = re.compile(
    r"\bđược ban hành\s+(?:trên cơ sở|căn cứ(?:\s+vào)?)\s+"
    r"(?:(?:thực hiện|triển khai|quán triệt)\s+)?(?=[^.;]{0,60}?\d)",
    re.I,
)
# The body that acts after them: "…, Ban Thường vụ Tỉnh ủy Đắk Lắk yêu cầu các cấp ủy … theo Nghị quyết số 02-NQ/TU".
_MAIN_CLAUSE = re.compile(r",\s+(?=[A-ZĐ][^,;.]{2,80}?\s(?:yêu cầu|đề nghị|chỉ đạo)\b)")
# A telegram tells the weather first and gives its purpose, then its grounds after a semicolon: "Để chủ động ứng phó
# bão …; Thực hiện Công điện số 05/CĐ-BCĐ-BNNMT ngày 26/9/2025 …; Chủ tịch … yêu cầu": a document named by its number.
_GROUNDS_AFTER_PURPOSE = re.compile(
    r"^(?:[-+•]\s*)?Để\b[^.]{0,300}?;\s*(?=(?:Căn cứ|Thực hiện|Thi hành)\s+(?:các\s+)?(?:"
    + TYPE_NAMES_PATTERN
    + r"|Luật|văn bản)\s+(?:số\s*:?\s*)?\d)",
    re.I,
)


def named_as_grounds(text: str) -> str:
    """The part of an opening paragraph that names grounds: not what a body proposed (:data:`_PROPOSAL`), but
    all of the request a letter answers (:data:`_ANSWERED`)."""
    answered = _ANSWERED.match(text)
    if answered:
        return text[answered.end() :]
    text = _PROPOSAL.sub("", text)
    narrated = _NARRATED.search(text)
    if not narrated:
        return text
    # the grounds named after the narration end with their own sentence: "…, Ban Xây dựng Đảng trân trọng đề nghị:"
    rest = text[narrated.end() :]
    end = re.search(r"[.:!?…](?:\s|$)", rest)
    return text[: narrated.start()] + (rest[: end.end()] if end else rest)


def opening_paragraphs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The title and the unnumbered paragraphs of the body before its first numbered part."""
    opening = []
    for p in paragraphs:
        if p.zone == "title" or (p.zone == "body" and not p.section):
            opening.append(p)
        elif p.zone == "body" and p.section:
            break
    return opening


def _subject(p: Paragraph) -> str:
    """A paragraph's text, without the type words a title line opens with: "CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN
    KHAI KẾ HOẠCH SỐ 119-KH/TU …" names its basis as an opening "Triển khai …" does."""
    found = title_type(p.text) if p.zone == "title" else None
    return re.sub(r"^(?:hành động|HÀNH ĐỘNG)\s+", "", found[1]) if found and found[1] else p.text


# A plan that gives its basis a part of its own: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CĂN CỨ PHÁP LÝ", "1. Cơ sở
# pháp lý" (its items "1. Quyết định số 924/QĐ-TTg …" open with no "Căn cứ").
_BASIS_PART = re.compile(
    r"^(?:[IVX]+|\d{1,2}|[A-Z])[.)/]?\s*(?:(?:CĂN CỨ|Căn cứ)(?:\s+(?:PHÁP LÝ|pháp lý|XÂY DỰNG|xây dựng|"
    r"BAN HÀNH|ban hành|ĐỂ XÂY DỰNG|để xây dựng|THỰC HIỆN|thực hiện)\b.*)?|(?:CƠ SỞ|Cơ sở) (?:PHÁP LÝ|pháp lý)\b.*)$"
)


def _basis_part(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs of the body's part that names the basis (:data:`_BASIS_PART`), if it has one."""
    for k, p in enumerate(paragraphs):
        if p.zone == "body" and p.kind == "heading" and p.section and _BASIS_PART.match(p.text.strip()):
            inside = [q for q in paragraphs[k + 1 :] if q.zone == "body"]
            return inside[: next((i for i, q in enumerate(inside) if not _within(q, p.section)), None)]
        if p.zone == "body" and p.section:
            return []  # the basis is the first part, or none is
    return []


def _grounds_of_first_part(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The grounds a body that opens with a part names first in it: "I. CHỦ TRƯƠNG SẮP XẾP …" / "Căn cứ Nghị quyết
    số 60-NQ/TW …;" / "Căn cứ …" (an outline, a report with no opening of its own)."""
    body = [p for p in paragraphs if p.zone == "body"]
    if not body or not (body[0].kind == "heading" and body[0].section):
        return []
    grounds = []
    for p in body[1:]:
        if not _within(p, body[0].section) or not _BASIS_OPENER.match(p.text):
            break
        grounds.append(p)
    return grounds


def _within(p: Paragraph, section: str) -> bool:
    return p.section == section or (p.section or "").startswith(section + ".")


_CITED_KIND = re.compile(r"^(?:[-+•]\s*)?(?:" + TYPE_NAMES_PATTERN + r"|Luật)\b")


def _goes_on(previous: str, text: str) -> bool:
    """Whether a paragraph goes on with the grounds above it: a line a wrap cut, or after a semicolon a next
    document named ("Công văn số 336/BNV-CCHC …"); not the sentence that then enacts ("Thủ tướng Chính phủ ban
    hành Quyết định bãi bỏ …") or says who proposed it ("Theo đề nghị của …")."""
    return not re.search(r"[;,]\s*$", previous) or not text[:1].isupper() or bool(_CITED_KIND.match(text))


# A letter with no grounds in its opening that asks its recipients to carry out another document: "Ngoài
# việc thực hiện các nội dung trên, yêu cầu các tổ chức … thực hiện các nội dung tại Văn bản số 193/UBND-KT …"
# (a department passing a provincial letter on to the firms it concerns). It implements that document.
_CARRY_OUT = re.compile(
    r"\b(?:[Yy]êu cầu|[Đđ]ề nghị)\b[^.;:]{0,200}?\b(?=(?:tổ chức )?(?:thực hiện|triển khai|quán triệt)\s+"
    r"(?:nghiêm túc |nghiêm |đầy đủ |có hiệu quả |tốt )?(?:(?:các |những )?(?:nội dung|yêu cầu|nhiệm vụ) )?"
    r"(?:(?:tại|theo|của) )?(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch|"
    r"Công văn|Văn bản|Hướng dẫn|Chương trình|Thông báo|Công điện)\s+(?:số\s*:?\s*)?\d)"
)


def _carried_out(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The body's first request to carry out other documents (:data:`_CARRY_OUT`), cut to the sentence that
    names them; for a letter whose opening names no grounds."""
    for p in paragraphs:
        found = _CARRY_OUT.search(p.text) if p.zone == "body" else None
        if found:
            rest = p.text[found.end() :]
            end = re.search(r"[.!?…](?:\s|$)", rest)
            return [dataclasses.replace(p, text=rest[: end.end()] if end else rest)]
    return []


# A document's name whose number a wrap put on the next line: "Thực hiện Quyết định" / "150/QĐ-TTg ngày …".
_NUMBER_NEXT = re.compile(r"(?:\bsố|" + TYPE_NAMES_PATTERN + r")\s*:?\s*$")


def _listed_before_grounds(p: Paragraph, after: list[Paragraph]) -> bool:
    """Whether ``p`` is a list's first ground typed without its "Căn cứ", the next item with it: "- Công văn số
    1352/SGD&ĐT-QLT … ;" / "- Căn cứ công văn số 1544/SGD&ĐT-QLT …"."""
    named = _CITED_KIND.match(p.text) and NAMED_DOCUMENT.search(p.text[:60])
    return bool(named and after and after[0].zone == "body" and _BASIS_OPENER.match(after[0].text))


def grounds_of(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], str]:
    """The opening paragraphs that name the basis, with the lines a page or a wrap cut off from them; or the
    part of the body that names it (both "opening"); or, failing both, the documents the body asks to carry
    out ("request")."""
    part = _basis_part(paragraphs) or _grounds_of_first_part(paragraphs)
    if part:
        return part, "opening"
    taken: list[Paragraph] = []
    body_seen = 0
    previous_open = False
    opening = opening_paragraphs(paragraphs)
    for k, p in enumerate(opening):
        first = p.zone == "body" and body_seen < 2
        body_seen += p.zone == "body"
        opens = _BASIS_OPENER.match(_subject(p)) or (p.zone == "body" and _PURPOSE_BASIS.match(p.text))
        opens = opens or (first and not taken and _listed_before_grounds(p, opening[k + 1 : k + 2]))
        grounds = first and not opens and (_GROUNDS_INSIDE.search(p.text) or _ISSUED_ON.search(p.text))
        grounds = grounds or (p.zone == "body" and not taken and not opens and _GROUNDS_AFTER_PURPOSE.match(p.text))
        answered = p.zone == "body" and body_seen == 1 and not taken
        answered = answered and bool(_ANSWERED.match(p.text) or _ACTED_ON.match(p.text))
        if answered or opens or (first and _RECEIVED.search(p.text[:200])):
            taken.append(p)
        elif grounds:  # "Trong thời gian qua, … chậm tiến độ. Căn cứ Nghị quyết số 35/2023/UBTVQH15 …; để …"
            rest = p.text[grounds.start() if grounds.re is _GROUNDS_INSIDE else grounds.end() :]
            end = re.search(r"[.!?…](?:\s|$)|" + _MAIN_CLAUSE.pattern, rest)
            taken.append(dataclasses.replace(p, text=rest[: end.end()] if end else rest))
        elif (
            previous_open
            and p.zone == "body"
            and _goes_on(taken[-1].text, p.text)
            and (not p.text[:1].isdigit() or _NUMBER_NEXT.search(taken[-1].text))
        ):
            taken.append(p)  # "… Quyết định số 145/QĐ-BNV …;" / "Công văn số 336/BNV-CCHC …": one sentence
        else:
            previous_open = False
            continue
        previous_open = p.zone == "body" and not _SENTENCE_END.search(p.text)
    if any(find_numbers(named_as_grounds(p.text)) for p in taken):
        return taken, "opening"
    requested = _carried_out(paragraphs)  # when "Thực hiện chức năng tham mưu …" names no document
    return (requested, "request") if requested else (taken, "opening")


def extract_references(paragraphs: list[Paragraph], own: str | None) -> tuple[list[str], list[str]]:
    """Every other directive the text cites, and those named in its opening "Thực hiện … / Căn cứ …"."""
    references: list[str] = []
    for p in paragraphs:
        for n in find_numbers(p.text):
            if n.number != own and n.number not in references:
                references.append(n.number)
    basis: list[str] = []
    for p in grounds_of(paragraphs)[0]:
        for n in find_numbers(named_as_grounds(p.text)):
            if n.number != own and n.number not in basis:
                basis.append(n.number)
    return references, basis
