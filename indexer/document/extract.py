"""Extraction: a laid-out document -> the fields of its :class:`~indexer.record.Document`.

Each field has its own small function reading the zones that
:mod:`indexer.structure` found: the header gives the issuer, the number and
the place and date; the title zone the type and the subject; the opening
sentence the basis; the body the roles; the closing the recipients and the
signer.  Traps each function guards against are named in its docstring.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter

from indexer.text import agencies
from indexer.text.normalize import is_all_caps
from indexer.text.numbers import TYPE_OF_CODE, find_numbers, type_code, year_of
from indexer.text.places import CENTRAL_CITIES, canonical_province, likeliest_province, provinces_in
from indexer.document.record import Document, Role, Source
from indexer.document.structure import PLACE_DATE, RECIPIENTS_START, Paragraph, type_of_line
from indexer.text.vietnamese import fold, key

# --- small helpers -----------------------------------------------------------------


def _zone(paragraphs: list[Paragraph], *zones: str) -> list[Paragraph]:
    return [p for p in paragraphs if p.zone in zones]


def _cells(line: str) -> list[str]:
    """A two-column header flattened to ``VĂN PHÒNG QUỐC HỘI | CỘNG HOÀ …`` is two lines."""
    cells = [c.strip() for c in line.split("|")]
    return [c for c in cells if c] if len(cells) > 1 and all(len(c) >= 3 for c in cells if c) else [line]


def _header_lines(paragraphs: list[Paragraph]) -> list[str]:
    return [cell for p in _zone(paragraphs, "header") for line in p.lines for cell in _cells(line)]


_STAMP = re.compile(r"^(?:BẢN|ĐẾN|ĐỀN|CÔNG VĂN ĐẾN|Chuyển|Lưu hồ sơ|Ngày\s*:|Số\s*:\s*\d+\s*$|SỞ\b.*\t)", re.I)
_MOTTO = re.compile(r"^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)", re.I)


def _valid_date(d: int, m: int, y: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_PLACE = re.compile(r"^(?:TP\.|Tp\.|TX\.|Thành phố|Thị xã|Huyện|Xã)?\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}$")


def _place_date(text: str) -> tuple[str, str] | None:
    """``("Lạng Sơn", "2019-02-27")`` for a line like ``Lạng Sơn, ngày 27 tháng 02 năm 2019``."""
    if len(text) > 90:
        return None
    m = PLACE_DATE.match(text.strip())
    if not m or not _PLACE.match(m.group("place").strip()):
        return None
    date = _valid_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    return (m.group("place").strip(), date) if date else None


# --- number, date, type ---------------------------------------------------------------

_NUMBER_LINE = re.compile(r"^(?:[\w ]{0,20}\s)?(?:Số|SỐ|số)\s*(?:hiệu)?\s*:?\s*", re.I)


_TYPE_WORDS = r"(?:Nghị quyết liên tịch|Thông tư liên tịch|Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Kết luận|Bộ luật|Luật|Pháp lệnh|Hướng dẫn|Thông báo|Công văn|Chương trình)"
_SELF_REFERENCE = re.compile(rf"^(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I)
_ATTACHED_TO = re.compile(rf"kèm theo\s+(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I)


def extract_number(paragraphs: list[Paragraph]) -> str | None:
    """The document's own number, from a ``Số …`` line of its header.

    Trap: a receiving stamp (``Số: 1062``) carries a number without a type
    code, which is not a directive number and is never taken.  Fallbacks, in
    order: a header line naming the document (``Thông tư số 102/2018/TT-BTC
    ngày …`` on a gazette continuation), the certification of a consolidated
    text (``Số: 19/VBHN-VPQH``), and the forms annexed "kèm theo Thông tư số …".
    """
    header = _header_lines(paragraphs)
    # A consolidated text is numbered by its certification, wherever it stands
    # (the consolidated document's own header, with its old number, may precede it).
    for p in paragraphs:
        for line in p.lines:
            for cell in _cells(line):
                if _NUMBER_LINE.match(cell):
                    numbers = [n for n in find_numbers(cell) if "VBHN" in n.number]
                    if numbers:
                        return numbers[0].number
    for line in header:
        if _NUMBER_LINE.match(line) or re.match(r"^\d{1,5}\s*[-/]", line):
            numbers = find_numbers(line)
            if numbers:
                return numbers[0].number
    for line in header:
        if _SELF_REFERENCE.match(line):
            numbers = find_numbers(line[:80])
            if numbers:
                return numbers[0].number
    attached = Counter()
    for p in paragraphs:
        for m in _ATTACHED_TO.finditer(p.text):
            numbers = find_numbers(p.text[m.end(): m.end() + 40])
            if numbers and numbers[0].start == 0:
                attached[numbers[0].number] += 1
    if attached:
        return attached.most_common(1)[0][0]
    return None


def extract_date(paragraphs: list[Paragraph], doc_type: str | None) -> tuple[str | None, str | None]:
    """Signing place and date, from the ``Nơi, ngày … tháng … năm …`` line.

    Trap: the dates of cited documents (``Kết luận số 57-KL/TW, ngày
    15/6/2023``) are inside sentences, never on a line of their own with a
    place before them, so they are not taken.  A consolidated text is dated
    by its certification, which follows its ``Số …/VBHN-…`` line.
    """
    lines = [(p.zone, cell) for p in paragraphs for line in p.lines for cell in _cells(line)]
    if doc_type == "Văn bản hợp nhất":
        for i, (_, line) in enumerate(lines):
            if "VBHN" in line or "XÁC THỰC VĂN BẢN HỢP NHẤT" in line.upper():
                for _, nxt in lines[i: i + 8]:
                    found = _place_date(nxt)
                    if found:
                        return found
    for zone, line in lines:
        if zone in ("header", "title"):
            found = _place_date(line)
            if found:
                return found
    for zone, line in lines:
        if zone in ("signature", "recipients") or len(line) < 60:
            found = _place_date(line)
            if found:
                return found
    # A law is dated by its passage: "Luật này đã được Quốc hội … thông qua ngày 20 tháng 6 năm 2012."
    for _, line in reversed(lines[-40:]):
        m = re.search(r"(?:Quốc hội|Uỷ ban Thường vụ Quốc hội).{0,120}thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", line)
        if m:
            return None, _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None, None


_CONSOLIDATION = re.compile(r"có hiệu lực (?:thi hành )?kể từ ngày[^.]{0,80}được sửa đổi, bổ sung(?: một số điều)? (?:bởi|theo)\s*:", re.I)


def extract_type(paragraphs: list[Paragraph], number: str | None, full_text: str) -> str | None:
    """The document type.

    The number's type code decides when it names one (``TT`` in
    ``102/2018/TT-BTC``): a type line can be a table heading of an annexed
    form (``BÁO CÁO TÀI CHÍNH``).  A consolidated text (văn bản hợp nhất) is
    known by its certification or by its opening formula "… có hiệu lực kể từ
    ngày …, được sửa đổi, bổ sung bởi:" even when the certification is cut off.
    """
    if (number and "VBHN" in number) or "XÁC THỰC VĂN BẢN HỢP NHẤT" in full_text.upper():
        return "Văn bản hợp nhất"
    if _CONSOLIDATION.search(full_text[:3000]):
        return "Văn bản hợp nhất"
    if number:
        code = type_code(number)
        if code in TYPE_OF_CODE:
            return TYPE_OF_CODE[code]
    for p in _zone(paragraphs, "title"):
        found = type_of_line(p.text)
        if found:
            return found[0]
    for line in _header_lines(paragraphs):
        m = _SELF_REFERENCE.match(line)
        if m:
            word = m.group("type")
            return word[0].upper() + word[1:].lower()
    if number and re.search(r"/QH\d+$", number):
        return "Luật"
    if any(re.match(r"^[\"“]?\s*(?:V/v|V/V)\b", p.text) for p in _zone(paragraphs, "title", "header")):
        return "Công văn"
    return None


# --- title ---------------------------------------------------------------------------------

_OF_ISSUER = re.compile(r"^(?:CỦA|Của)\s+(?P<org>.+)$")


def extract_title(paragraphs: list[Paragraph]) -> str | None:
    """The subject line (trích yếu): the title zone without its type line and "CỦA <issuer>"."""
    parts: list[str] = []
    for p in _zone(paragraphs, "title"):
        text = p.text.strip()
        found = type_of_line(text)
        if found:
            if found[1] and not _OF_ISSUER.match(found[1]):
                parts.append(agencies._sentence_case(found[1]))
            continue
        if _OF_ISSUER.match(text) and is_all_caps(text):
            continue
        text = re.sub(r"^[\"“]?\s*(?:V/v|V/V|Về việc)\s*", "", text)
        parts.append(text)
    title = " ".join(parts).strip().strip("\"“”").strip()
    if title and is_all_caps(title):
        title = agencies._sentence_case(title)
    return title or None


# --- issuer, level, province ------------------------------------------------------------------

_PARENT = re.compile(
    r"^(?:TỈNH UỶ|THÀNH UỶ|HUYỆN UỶ|QUẬN UỶ|THỊ UỶ|ĐẢNG UỶ|ĐẢNG BỘ|BAN CHẤP HÀNH|UỶ BAN NHÂN DÂN|UBND|"
    r"HỘI ĐỒNG NHÂN DÂN|HĐND|BỘ|TỔNG CỤC|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG)\b"
)
_CHILD = re.compile(
    r"^(?:BAN|VĂN PHÒNG|SỞ|PHÒNG|CỤC|VỤ|CHI CỤC|TRUNG TÂM|UỶ BAN KIỂM TRA|THANH TRA|BCĐ|BAN CHỈ ĐẠO|ĐẢNG UỶ|"
    r"HỘI ĐỒNG|TỔ)\b"
)
_COMMITTEE_PLACE = re.compile(
    r"^(?P<unit>TỈNH UỶ|THÀNH UỶ|HUYỆN UỶ|QUẬN UỶ|THỊ UỶ|ĐẢNG UỶ XÃ|ĐẢNG UỶ PHƯỜNG|"
    r"UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s*(?P<rest>.*)$"
)


def _issuer_from_header(paragraphs: list[Paragraph], context: str) -> str | None:
    """Compose the issuer from the upper-case lines of the header.

    ``TỈNH UỶ LẠNG SƠN / BAN CHỈ ĐẠO CÔNG TÁC / THÔNG TIN ĐỐI NGOẠI`` gives
    ``Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn``; ``THÀNH UỶ
    BẮC NINH / BAN TUYÊN GIÁO`` gives ``Ban Tuyên giáo Thành uỷ Bắc Ninh``.
    """
    names: list[str] = []
    for line in _header_lines(paragraphs):
        text = line.strip()
        if not text or text in ("*", "***") or _MOTTO.match(text) or _STAMP.match(text) or _place_date(text):
            if names and (_MOTTO.match(text) or re.match(r"^(?:Số|SỐ)\b", text)):
                break
            continue
        if re.match(r"^(?:Số|SỐ|Luật số|Nghị quyết số)\b", text) or find_numbers(text) or re.match(r"^[_\-=.]+$", text):
            if names:
                break
            continue
        if not is_all_caps(text) or len(text) > 90:
            if names:
                break
            continue
        if names and not _CHILD.match(text) and not _PARENT.match(text) or (names and text.startswith(("VÀ ", "- "))):
            names[-1] = f"{names[-1]} {text}"
        elif names and key(text) == key(names[-1]):
            continue  # the gazette repeats the issuer line
        else:
            names.append(text)
    if not names:
        return None
    if len(names) == 1:
        return agencies.expand_abbreviations(agencies.recase(names[0], context))
    parent, child = names[0], " ".join(names[1:])
    parent_name = agencies.expand_abbreviations(agencies.recase(parent, context))
    child_name = agencies.expand_abbreviations(agencies.recase(child, context))
    place = _COMMITTEE_PLACE.match(parent)
    if child_name.startswith("Ban Chỉ đạo") and place and place.group("rest"):
        unit = {"TỈNH UỶ": "tỉnh", "THÀNH UỶ": "thành phố", "HUYỆN UỶ": "huyện", "QUẬN UỶ": "quận", "THỊ UỶ": "thị xã"}.get(
            place.group("unit"), ""
        )
        rest = agencies.recase(place.group("rest"), context)
        return f"{child_name} {unit} {rest}".replace("  ", " ").strip()
    if place and place.group("unit") in ("UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND"):
        return f"{child_name} {agencies.recase(place.group('rest'), context).lower() if place.group('rest').split()[0] in ('TỈNH', 'HUYỆN', 'XÃ') else agencies.recase(place.group('rest'), context)}"
    return f"{child_name} {parent_name}"


_ISSUES = re.compile(
    r"(?:^|[,;:.)]\s+|^\s*)(?P<org>[A-ZĐÀ-Ỹ][^,;:.()]{2,120}?)\s+(?:ban hành|xây dựng|triển khai)\s+"
    r"(?:Kế hoạch|Chương trình|Nghị định|Thông tư|Quyết định|Nghị quyết|Chỉ thị|Hướng dẫn|Kết luận|Đề án|"
    r"Quy chế|Quy định|Luật|Pháp lệnh|Thông báo|Công văn)\b"
)


def _issuer_from_opening(paragraphs: list[Paragraph]) -> str | None:
    """``… Ban Thường vụ Tỉnh uỷ Cao Bằng ban hành Kế hoạch …`` -> the body that issues."""
    for p in _zone(paragraphs, "body")[:6]:
        text = re.sub(r"\s*\((?:\*?sau đây|sau đây)[^)]*\)", "", p.text)
        m = _ISSUES.search(text)
        if m:
            org = re.sub(r"^(?:Bộ trưởng|Thủ trưởng|Chủ tịch|Giám đốc|Tổng Giám đốc)\s+(?=[A-ZĐ])", "", m.group("org"))
            return agencies.expand_abbreviations(org.strip())
    return None


def _issuer_from_signature(paragraphs: list[Paragraph], context: str) -> str | None:
    for p in _zone(paragraphs, "signature"):
        m = re.match(r"^(?:T/M|TM\.?)\s*(?P<org>.+)$", p.text)
        if m:
            return agencies.expand_abbreviations(agencies.recase(m.group("org").strip(), context))
    return None


def _complete_place(issuer: str, province: str | None, level: str | None) -> str:
    """``Ban Thường vụ Tỉnh uỷ`` + Kon Tum -> ``Ban Thường vụ Tỉnh uỷ Kon Tum``."""
    if not province or level == "central" or provinces_in(issuer):
        return issuer
    if re.search(r"(?:Tỉnh uỷ|Thành uỷ|\btỉnh|\bthành phố)$", issuer):
        return f"{issuer} {province}"
    return issuer


def extract_issuer(paragraphs: list[Paragraph], context: str) -> str | None:
    """The issuing body.

    Order of trust: the "CỦA <issuer>" line under the type line (a Kết luận
    headed BAN CHẤP HÀNH TRUNG ƯƠNG is "của Bộ Chính trị"), the header's
    upper-case lines, the opening sentence, then the signature's "T/M <body>".
    """
    for p in _zone(paragraphs, "title"):
        m = _OF_ISSUER.match(p.text.strip())
        found = type_of_line(p.text)
        if found and found[1]:
            m = _OF_ISSUER.match(found[1]) or m
        if m and is_all_caps(m.group("org")):
            return agencies.expand_abbreviations(agencies.recase(m.group("org"), context))
    return (
        _issuer_from_header(paragraphs, context)
        or _issuer_from_opening(paragraphs)
        or _issuer_from_signature(paragraphs, context)
    )


_CENTRAL = re.compile(
    r"^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Uỷ ban Thường vụ Quốc hội|"
    r"Chủ tịch nước|Văn phòng (?:Trung ương|Chính phủ|Quốc hội)|Ngân hàng Nhà nước|Toà án nhân dân tối cao|"
    r"Viện kiểm sát nhân dân tối cao|Kiểm toán nhà nước|Bảo hiểm xã hội Việt Nam|Tổng Liên đoàn|Bộ [A-ZĐ]|Tổng cục|Cục|Vụ)"
    r"|Trung ương(?: Đảng)?$|\bTrung ương\b"
)


def extract_level(issuer: str | None, number: str | None, province: str | None) -> str | None:
    """``central`` / ``province`` / ``district`` / ``commune`` from the issuer's name.

    A Thành uỷ is provincial for a centrally-governed city and district-level
    for a provincial city (``Thành uỷ Bắc Ninh``).
    """
    name = issuer or ""
    if re.search(r"(?<!\w)(?:xã|phường|thị trấn|Đảng uỷ xã|Đảng uỷ phường)(?!\w)", name, re.I) and not re.search(r"xã hội", name, re.I):
        return "commune"
    if re.search(r"(?<!\w)(?:huyện|quận|thị xã|Huyện uỷ|Quận uỷ|Thị uỷ)(?!\w)", name, re.I):
        return "district"
    city = re.search(r"(?:Thành uỷ|thành phố|TP\.?)\s+(?P<place>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*)", name)
    if city:
        place = canonical_province(city.group("place"))
        return "province" if place in CENTRAL_CITIES else "district"
    if re.search(r"(?<!\w)(?:tỉnh|Tỉnh uỷ|Tỉnh đoàn|Sở)(?!\w)", name, re.I):
        return "province"
    if name and _CENTRAL.search(name):
        return "central"
    if number and re.search(r"/(?:TW|BTGTW|BTCTW|VPTW|BDVTW|UBKTTW|BĐNTW|BKTTW)$", number):
        return "central"
    if number and re.search(r"(?:-|/)(?:CP|TTg|QH\d+|UBTVQH\d+|VPCP|CTN)$", number):
        return "central"
    if province:
        return "province"
    return None


def extract_province(issuer: str | None, level: str | None, place: str | None, body: str) -> str | None:
    """Where the issuer sits: named in the issuer, else the place line, else what the body speaks of.

    Trap: a plan that never names its province in a header (``004_…``) still
    names it in its body ("tỉnh Kon Tum").
    """
    if level == "central":
        return None
    for source in (issuer or "", place or ""):
        found = provinces_in(source)
        if found:
            return found[-1]
    return likeliest_province(body)


# --- signer -------------------------------------------------------------------------------------

_CAPACITY_WORDS = {
    "T/M": "T/M", "TM.": "TM.", "TM": "TM.", "KT.": "KT.", "KT": "KT.", "Q.": "Q.", "TL.": "TL.", "TUQ.": "TUQ.",
}


def _capacity(text: str, context: str) -> str:
    m = re.match(r"^(T/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?)\s*(.*)$", text)
    if m:
        prefix = _CAPACITY_WORDS.get(m.group(1), m.group(1))
        return f"{prefix} {_capacity_name(m.group(2), context)}".strip()
    if key(text) == "kiêm":
        return "kiêm"
    return _capacity_name(text, context)


_POSITIONS = [
    "Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư", "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch",
    "Trưởng Ban Chỉ đạo", "Phó Trưởng Ban Chỉ đạo", "Phó Trưởng ban", "Trưởng ban", "Phó Thủ tướng", "Thủ tướng",
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Giám đốc", "Phó Giám đốc", "Chánh Văn phòng",
    "Phó Chánh Văn phòng", "Tổng Bí thư", "Chủ tịch nước", "Thường trực", "Trưởng phòng", "Cục trưởng", "Vụ trưởng",
]
_POSITION_RE = re.compile(r"^(" + "|".join(re.escape(p) for p in sorted(_POSITIONS, key=len, reverse=True)) + r")(?!\w)", re.I)


def _capacity_name(text: str, context: str) -> str:
    """``PHÓ CHỦ TỊCH`` -> ``Phó Chủ tịch``; a body (``BAN THƯỜNG VỤ``) as the document spells it."""
    m = _POSITION_RE.match(text)
    if m and len(m.group(1)) >= len(text.strip()) - 1:
        return next(p for p in _POSITIONS if key(p) == key(m.group(1)))
    cased = agencies.recase(text, context)
    return cased[0].upper() + cased[1:] if cased else cased


def extract_signer(paragraphs: list[Paragraph], context: str) -> tuple[str | None, str | None]:
    """The signer's name and capacity (``T/M Ban Thường vụ, Bí thư``)."""
    sig = _zone(paragraphs, "signature")
    if not sig:
        return None, None
    name = sig[-1].text.strip()
    if is_all_caps(name):
        name = " ".join(w.capitalize() for w in name.lower().split())
    parts: list[str] = []
    for p in sig[:-1]:
        for line in p.lines:
            if re.match(r"^\(?\s*(?:đã ký|ký)\s*\)?$", line, re.I):
                continue
            parts.append(_capacity(line.strip(), context))
    title = ""
    for part in parts:
        if part == "kiêm":
            title += " kiêm"
        elif title.endswith(" kiêm"):
            title += " " + part
        else:
            title = f"{title}, {part}" if title else part
    return name or None, title or None


# --- references and basis -----------------------------------------------------------------------------

_BASIS_OPENER = re.compile(r"^(?:Thực hiện|thực hiện|Căn cứ|căn cứ|Triển khai|Thi hành)\b")


def extract_references(paragraphs: list[Paragraph], own: str | None) -> tuple[list[str], list[str]]:
    """Every other directive the text cites, and those named in its opening "Thực hiện … / Căn cứ …"."""
    references: list[str] = []
    for p in paragraphs:
        for n in find_numbers(p.text):
            if n.number != own and n.number not in references:
                references.append(n.number)
    basis: list[str] = []
    for p in paragraphs:
        if p.zone == "title" or (p.zone == "body" and not p.section):
            if _BASIS_OPENER.match(p.text):
                for n in find_numbers(p.text):
                    if n.number != own and n.number not in basis:
                        basis.append(n.number)
        elif p.zone == "body" and p.section:
            break
    return references, basis


_CITED_DATE = re.compile(
    r"^[\s,;]*(?:ban hành\s+)?ngày\s+(?:(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))",
    re.I,
)


def extract_citations(paragraphs: list[Paragraph], own: str | None) -> list[dict]:
    """Where each cited directive is first cited, and the date the citation gives it.

    ``Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị`` -> ``{"number": "57-KL/TW",
    "date": "2023-06-15", "anchor": …}``.  The date tells apart two local documents that
    share a number (every province has a ``73-NQ/TU``).
    """
    citations: dict[str, dict] = {}
    for p in paragraphs:
        for n in find_numbers(p.text):
            if n.number == own:
                continue
            entry = citations.setdefault(n.number, {"number": n.number, "date": None, "anchor": p.anchor})
            if entry["date"] is None:
                m = _CITED_DATE.match(p.text[n.end:n.end + 60])
                if m:
                    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
                    entry["date"] = _valid_date(int(d), int(mo), int(y))
    return list(citations.values())


# --- roles -----------------------------------------------------------------------------------------------

_LEAD = re.compile(r"(?<!\w)chủ trì(?!\w)", re.I)
_COORDINATE = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+với)\s+", re.I)
_ASSIGN = re.compile(r"(?:^|[.;]\s+)(?:\*\s*)?Giao\s+(?=[A-ZĐÀ-Ỹ])")
_IMPLEMENTATION = re.compile(r"TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|PHÂN CÔNG|Tổ chức thực hiện|Trách nhiệm thi hành", re.I)


def _subject(text: str) -> str:
    """The agency phrase a sentence starts with (after numbering, bullets, "Giao")."""
    text = agencies.clean_name(text) if len(text) < 40 else text
    text = re.sub(r"^\s*(?:[-+*•]\s*|\d{1,3}(?:\.\d+)*\s*[.)\-]\s*|[a-zđ]\)\s*)", "", text)
    text = re.sub(r"^(?:Giao|giao|Đề nghị|Yêu cầu)\s+", "", text)
    return agencies.phrase_until_verb(text)


def _agency_list(phrase: str) -> list[str]:
    names = []
    for name in agencies.split_agencies(phrase):
        if len(name) < 3 or len(name) > 150 or not re.match(r"[A-ZĐÀ-Ỹa-zđà-ỹ]", name):
            continue
        names.append(name)
    return names


def extract_roles(paragraphs: list[Paragraph]) -> list[Role]:
    """Who leads (chủ trì), coordinates (phối hợp với), is assigned, or receives.

    A paragraph that starts with "Chủ trì, phối hợp …" takes its subject from
    the numbered item it sits under (``1- Ban Tuyên giáo Tỉnh uỷ`` /
    ``- Chủ trì, …``).  The subjects of the items under "Tổ chức thực hiện"
    are the assigned bodies.
    """
    roles: list[Role] = []
    seen: set[tuple[str, str]] = set()

    def add(agency: str, role: str, anchor: str):
        agency = agencies.clean_name(agency)
        if not agency or (role == "coordinate" and agencies.is_generic(agency)):
            return
        if not agencies.starts_like_agency(agency):
            return  # the subject of the sentence is not a body ("Nâng cao trách nhiệm …")
        k = (key(agency), role)
        if k not in seen:
            seen.add(k)
            roles.append(Role(agency, role, anchor))

    subjects: dict[str, list[str]] = {}  # section -> subject agencies of its numbered paragraph
    in_implementation = False
    for p in paragraphs:
        if p.zone != "body":
            continue
        text = p.text
        if p.kind == "heading" and re.match(r"^[IVXLC]+\s*[.)\-]", text):
            in_implementation = bool(_IMPLEMENTATION.search(text))
        if re.match(r"^(?:Điều|ĐIỀU)\s+\d+", text):
            in_implementation = bool(re.search(r"(?:Tổ chức thực hiện|Trách nhiệm thi hành|Trách nhiệm thực hiện|Hiệu lực và trách nhiệm)", text, re.I))
        numbered = p.anchor and not re.search(r"-p\d+$|^p\d+$", p.anchor) and p.section
        own_subject: list[str] = []
        if numbered and re.match(r"^\s*(?:\d{1,3}(?:\.\d+)*\s*[.)\-]|[a-zđ]\))", text):
            phrase = _subject(text)
            if phrase and re.match(r"^(?:Giao\s+)?[A-ZĐÀ-Ỹ]", re.sub(r"^\s*(?:\d{1,3}(?:\.\d+)*\s*[.)\-]|[a-zđ]\))\s*", "", text)):
                own_subject = [a for a in _agency_list(phrase) if agencies._HEAD.match(a) or re.match(r"^(?:Các|Cấp)", a)]
            subjects[p.section] = own_subject
            if in_implementation:
                for a in own_subject:
                    add(a, "assigned", p.anchor)
        # Sentences stating "X chủ trì".
        for m in _LEAD.finditer(text):
            before = text[: m.start()]
            clause = re.split(r"[.;:]\s+|\s-\s(?=[A-ZĐ])", before)[-1]
            clause = re.sub(r"^\s*(?:[-+*•]\s*|\d{1,3}(?:\.\d+)*\s*[.)\-]\s*|[a-zđ]\)\s*)", "", clause)
            clause = re.sub(r"^(?:\*\s*)?(?:Giao|giao)\s+", "", clause).strip(" ,")
            if clause and re.match(r"[A-ZĐÀ-Ỹ]", clause):
                phrase = agencies.phrase_until_verb(clause + " chủ trì")
                for a in _agency_list(phrase):
                    add(a, "lead", p.anchor)
            elif not clause:
                for a in subjects.get(p.section, []):
                    add(a, "lead", p.anchor)
        # "phối hợp với X …"
        for m in _COORDINATE.finditer(text):
            phrase = agencies.phrase_until_verb(text[m.end():])
            for a in _agency_list(phrase):
                if re.match(r"[A-ZĐÀ-Ỹ]", a) or agencies._HEAD.match(a[0].upper() + a[1:]):
                    add(a, "coordinate", p.anchor)
        # "Giao X …" anywhere, and "* X … thực hiện" responsibility lines.
        for m in _ASSIGN.finditer(text):
            for a in _agency_list(agencies.phrase_until_verb(text[m.end():])):
                add(a, "assigned", p.anchor)
        if text.startswith("* "):
            for a in _agency_list(agencies.phrase_until_verb(text[2:])):
                add(a, "assigned", p.anchor)
    roles.extend(_recipients(paragraphs, seen))
    return roles


def _recipients(paragraphs: list[Paragraph], seen: set) -> list[Role]:
    """Nơi nhận (and Kính gửi): one agency per item, continuation lines joined, "Lưu …" left out."""
    items: list[tuple[str, str]] = []
    for p in paragraphs:
        if p.zone == "recipients":
            text = RECIPIENTS_START.sub("", p.text).strip() if RECIPIENTS_START.match(p.text) else p.text
            if not text:
                continue
            if items and not re.match(r"^[-+*•]", text) and not RECIPIENTS_START.match(p.text):
                items[-1] = (f"{items[-1][0]} {text}", items[-1][1])
            else:
                items.append((text, p.anchor))
    # Kính gửi: in the header, the line itself or the lines after it.
    header = [p for p in paragraphs if p.zone in ("header", "title")]
    for i, p in enumerate(header):
        m = re.match(r"^Kính gửi\s*:?\s*(.*)$", p.text)
        if m:
            if m.group(1).strip():
                items.append((m.group(1), p.anchor))
            for q in header[i + 1: i + 6]:
                if _place_date(q.text) or _MOTTO.match(q.text):
                    break
                items.append((q.text, q.anchor))
    out: list[Role] = []
    for text, anchor in items:
        text = re.sub(r"^[-+*•]\s*", "", text).strip()
        if re.match(r"^(?:Lưu|LƯU)\b", text) or re.fullmatch(r"\(?[^()]*\)?", text) and text.startswith("("):
            continue
        for name in agencies.split_agencies(agencies.clean_name(text)):
            if name and not re.match(r"^(?:Lưu|LƯU)\b", name):
                k = (key(name), "recipient")
                if k not in seen:
                    seen.add(k)
                    out.append(Role(name, "recipient", anchor))
    return out


# --- the record ----------------------------------------------------------------------------------------------


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:limit].rstrip("-")


def make_doc_id(number: str | None, year: int | None, province: str | None, level: str | None,
                doc_type: str | None, issuer: str | None, text: str) -> str:
    """A stable, readable id: ``57-kl-tw-2023``; local numbers carry their province
    (``06-kh-bcd-lang-son-2019``), since every province has its own ``06-KH/BCĐ``;
    without a number, type + issuer + a short hash of ``text`` (the caller passes
    the original file's hash and the part, which no change to the pipeline alters)."""
    if number:
        parts = [_slug(number)]
        if province and level != "central":
            parts.append(_slug(province))
        if year and not year_of(number):
            parts.append(str(year))
        return "-".join(parts)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return "-".join(filter(None, [_slug(doc_type or "van-ban", 20), _slug(issuer or "", 50), digest]))


def build_document(paragraphs: list[Paragraph], source: Source | None) -> Document:
    """Extract every field of the Document record from one laid-out document."""
    full_text = "\n".join(p.text for p in paragraphs)
    body_text = "\n".join(p.text for p in paragraphs if p.zone == "body")
    number = extract_number(paragraphs)
    doc_type = extract_type(paragraphs, number, full_text)
    place, date = extract_date(paragraphs, doc_type)
    issuer = extract_issuer(paragraphs, full_text)
    title = extract_title(paragraphs)
    level = extract_level(issuer, number, None)
    province = extract_province(issuer, level, place if level != "central" else None, full_text)
    if level is None:
        level = extract_level(issuer, number, province)
    if issuer:
        issuer = _complete_place(issuer, province, level)
        level = extract_level(issuer, number, province) or level
    year = int(date[:4]) if date else year_of(number) if number else None
    signer, signer_title = extract_signer(paragraphs, full_text)
    references, basis = extract_references(paragraphs, number)
    roles = extract_roles(paragraphs)
    identity = f"{source.sha256}:{source.part}" if source else (body_text or full_text)
    doc_id = make_doc_id(number, year, province, level, doc_type, issuer, identity)
    return Document(
        doc_id=doc_id, doc_type=doc_type, number=number, issuer=issuer, level=level, province=province,
        date=date, year=year, signer=signer, signer_title=signer_title, title=title,
        references=references, basis=basis, citations=extract_citations(paragraphs, number), roles=roles,
        paragraphs=[p.as_dict() for p in paragraphs], source=source,
    )
