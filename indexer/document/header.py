"""What a document's header says: its number, its signing place and date, its type (its subject is
:mod:`indexer.document.title`'s).

Each field has its own small function; the traps each guards against are named in its docstring.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.document.evidence import Trace
from indexer.document.lines import (
    GROUNDS,
    PARTIAL_DATE,
    PLACE,
    cells,
    figures_mended,
    flattened_row,
    header_lines,
    in_zones,
    place_date,
    signing_time,
    valid_date,
)
from indexer.document.structure import LETTER_SUBJECT, Paragraph
from indexer.document.structure.type_lines import concluded_type, own_voice_type, title_type, type_of_line
from indexer.text import respelling
from indexer.text.header_cells import header_cells
from indexer.text.normalize import is_all_caps
from indexer.text.numbers import find_numbers, type_code
from indexer.text.vietnamese import fold
from indexer.vocabulary import ADDRESSED, SELF_CITED_TYPES, TYPE_OF_CODE

# "Số:", and the label as an OCR may give it, its mark misread, with its colon ("sé; 5452 /TCHQ-GSQL").
# A broken font loses the mark's letter itself ("S:  03 / KH-BVĐ").
_NUMBER_LINE = re.compile(r"^(?:[\w ]{0,20}\s)?(?:Số|SỐ|số|S[ôoóồổ6éèêế][:;]|S:(?=\s*\d))\s*(?:hiệu)?\s*:?\s*", re.I)


# The number line as an OCR may wreck it: its label unreadable but for the colon ("86:5619 SYT-NVY") and the slash
# read as a space.  A header line that opens so, its code a type and an issuer joined by a dash, is that line.
_WRECKED_NUMBER_LINE = re.compile(
    r"^\S{1,3}[:;]\s*(?P<num>\d{1,5})\s*[ /]\s*(?P<code>[A-ZĐ]{2,}(?:-[A-ZĐ]{2,})+)(?!\S)"
)

# An older joint act numbered by its issuers, then its type: "Số: 01-TANDTC-VKSNDTC/TTLT" (1988).
_ISSUERS_BEFORE_TYPE = re.compile(r"\d{1,4}(?:-[A-ZĐ]{2,12}){2,4}/[A-ZĐ]{2,6}(?![\w/-])")


def _issuers_before_type(line: str) -> str | None:
    label = _NUMBER_LINE.match(line)
    found = _ISSUERS_BEFORE_TYPE.match(line[label.end() :]) if label else None
    return found[0] if found else None


_TYPE_WORDS = "(?:" + "|".join(SELF_CITED_TYPES) + ")"
_SELF_REFERENCE = re.compile(rf"^(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I)
# A body named after the decision that set it up: "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT".
_NAMED_UNDER = re.compile(rf"\b(?:THEO|Theo|theo)\s+{_TYPE_WORDS}\s*$", re.I)
_ATTACHED_TO = re.compile(rf"kèm theo\s+(?P<type>{_TYPE_WORDS})\s+số\s*:?\s*", re.I)


def extract_number(paragraphs: list[Paragraph], trace: Trace | None = None) -> str | None:
    """The document's own number, from a ``Số …`` line of its header.

    Trap: a receiving stamp (``Số: 1062``) carries a number without a type
    code, which is not a directive number and is never taken.  Fallbacks, in
    order: a header line naming the document (``Thông tư số 102/2018/TT-BTC
    ngày …`` on a gazette continuation), the certification of a consolidated
    text (``Số: 19/VBHN-VPQH``), and the forms annexed "kèm theo Thông tư số …".
    """
    header = header_lines(paragraphs)
    # A consolidated text is numbered by its certification, wherever it stands
    # (the consolidated document's own header, with its old number, may precede it).
    for p in paragraphs:
        for line in p.lines:
            for cell in cells(line):
                if _NUMBER_LINE.match(cell):
                    numbers = [n for n in find_numbers(cell) if "VBHN" in n.number]
                    if numbers:
                        return _noted(trace, "number", numbers[0].number, cell, "certification")
    # A line that opens with "Số" first: a website's title above the header ("Quyết định số 1961/2019/QĐ-UBND
    # tỉnh Kiên Giang") names the number as the site files it, the header as the office wrote it.
    for i in sorted(range(len(header)), key=lambda i: not re.match(r"\s*(?:Số|SỐ)\b", header[i])):
        line = _joined_number(header, i)
        if i and _NAMED_UNDER.search(header[i - 1]):
            continue  # "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT": the decision that named the issuer
        if _NUMBER_LINE.match(line) or re.match(r"^\d{1,5}\s*[-/]", line):
            numbers = find_numbers(line) or find_numbers(_ocr_digits(line))
            number = numbers[0].number if numbers else _issuers_before_type(line)
            if number:
                return _noted(trace, "number", number, line, "header")
            if trace is not None and _NUMBER_LINE.match(line) and "number" not in trace.findings:
                trace.note("number", line, "blank", sure=False)  # "Số:    /KH-UBND": the number is left blank
    for line in header:
        m = _WRECKED_NUMBER_LINE.match(line)
        if m and (trace is None or "number" not in trace.findings):
            return _noted(trace, "number", f"{m.group('num')}/{m.group('code')}", line, "header", sure=False)
    for p in in_zones(paragraphs, "title")[:1]:
        found = title_type(p.text)
        numbers = find_numbers(found[1]) if found else []
        if numbers and numbers[0].start == 0:  # "KẾ HOẠCH 07/KH-BTC": a copy that kept only the type line
            return _noted(trace, "number", numbers[0].number, p.text, "type_line")
    for line in header:
        if _SELF_REFERENCE.match(line):
            numbers = find_numbers(line[:80])
            if numbers:
                return _noted(trace, "number", numbers[0].number, line, "header")
    if trace is not None and trace.findings.get("number"):
        return None  # the header has its "Số" line, blank or unreadable: a form's "kèm theo" is another document
    attached = Counter()
    for p in paragraphs:
        for m in _ATTACHED_TO.finditer(p.text):
            numbers = find_numbers(p.text[m.end() : m.end() + 40])
            if numbers and numbers[0].start == 0:
                attached[numbers[0].number] += 1
    if attached:
        number = attached.most_common(1)[0][0]
        return _noted(trace, "number", number, number, "attached", sure=False)
    return None


# A number the column's width broke at its dash or slash: "Số: 16 -" / "HD/BTCTW".
_BROKEN_AFTER = re.compile(r"\d\s*[-/]?\s*$")
_BROKEN_BEFORE = re.compile(r"^\s*[-/]?\s*[A-ZĐ]{1,8}[-/]")


def _joined_number(header: list[str], i: int) -> str:
    """Header line ``i`` as its cell reads, joined to the next line when the number broke between the two."""
    line = flattened_row(header[i])[1]
    if i + 1 < len(header) and _NUMBER_LINE.match(line) and _BROKEN_AFTER.search(line):
        following = header[i + 1].strip()
        # one of the two halves holds the dash or slash that joined them ("16 -" / "HD/…", "16" / "-HD/…")
        if _BROKEN_BEFORE.match(following) and (following[0] in "-/" or line.rstrip()[-1] in "-/"):
            return line.rstrip() + following
    return line


_OCR_DIGIT_RUN = re.compile(r"(?<=[:\s])([0-9IlO|]{1,5})(?=\s*/)")


def _ocr_digits(line: str) -> str:
    """``Số: II /2026/QĐ-UBND`` as an OCR misread ``Số: 11 /…``: I, l, | for 1 and O for 0 before the slash."""
    return _OCR_DIGIT_RUN.sub(lambda m: m.group(1).translate(str.maketrans("IlO|", "1101")), line)


def _noted(trace: Trace | None, field: str, value, line: str | None, how: str, *, sure: bool = True):
    """``value``, noted in ``trace`` as read from ``line``."""
    if trace is not None:
        trace.note(field, line, how, sure=sure)
    return value


def _partial_date(lines: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """``("Ninh Bình", "2024-11", line)`` for a header's ``Ninh Bình, ngày   tháng 11 năm 2024``: the day left blank;
    ``("Hà Nội", "2025", line)`` for ``Hà Nội, ngày 28 tháng Ÿ năm 2025``: a hand-written month OCR misread, and
    for ``… ngày 30 tháng 0 năm 2020``: a day no calendar has, its year still the document's."""
    for zone, line in lines:
        if zone not in ("header", "title"):
            continue
        m = PARTIAL_DATE.match(line.strip())
        whole = m and m["d"] and m["m"] and valid_date(int(m["d"]), int(m["m"]), int(m["y"]))
        if m and not whole and PLACE.match(m.group("place").strip()):
            # "tháng 11 6 năm 2021": a hand-written day read after the month, which figure is which unknown
            month = int(m.group("m")) if m.group("m") and not m.group("m2") else None
            known = f"{m.group('y')}-{month:02d}" if month and 1 <= month <= 12 else m.group("y")
            return m.group("place").strip(), known, line
    return None


# A header's date line whose place or day an OCR garbled ("sé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018",
# "Hải Phòng, ngaỳa2Z tháng 2 năm 2018"): its month and year still read.
_GARBLED_DATE = re.compile(r"(?<!\w)ng\S{0,8}.{0,8}?th[áa]ng\s*(?P<m>\d{1,2})\s*n[ăaàâ]m\s*(?P<y>(?:19|20)\d\d)(?!\d)")


def _garbled_date(lines: list[tuple[str, str]]) -> tuple[None, str, str] | None:
    """``(None, "2018-09", line)`` for a date line of the header the other patterns cannot read."""
    for zone, line in lines:
        m = _GARBLED_DATE.search(line) if zone == "header" else None
        if m and 1 <= int(m.group("m")) <= 12:
            return None, f"{m.group('y')}-{int(m.group('m')):02d}", line
    return None


def _date_candidates(p: Paragraph) -> list[str]:
    """A paragraph's cells, and in the header its whole text too: a place and date broken over two lines
    (``Công Hải, ngày 20`` / ``tháng 11 năm 2025``) is whole only there."""
    pieces = [cell for line in p.lines for cell in cells(line)]
    if p.zone in ("header", "title", "signature") and len(p.lines) > 1 and "|" not in p.text:
        pieces.insert(0, p.text)
    # a bar inside a scan's line is a figure OCR misread more often than a table's rule ("ngày 3/| tháng 12")
    return pieces + [line for line in p.lines if p.zone == "header" and "|" in line.strip(" |")]


_BROKEN_DATE = re.compile(r"\b(?:ngày|tháng|năm)[\s.…_]*$", re.I)


def _rejoined(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The lines, and after a header line that breaks off at "ngày", "tháng" or "năm" (a copy that lost the
    blanks of ``Nhân Khang, ngày   tháng   năm 2016`` put each piece on a line; a line too long for the
    column that left its year on the next), that line with the next ones."""
    out: list[tuple[str, str]] = []
    for i, (zone, line) in enumerate(lines):
        out.append((zone, line))
        if zone != "header" or not _BROKEN_DATE.search(line):
            continue
        joined = line
        for next_zone, piece in lines[i + 1 : i + 3]:
            if next_zone != "header" or len(piece) > 40:
                break
            joined = f"{joined} {piece}"
            if not _BROKEN_DATE.search(piece):
                out += [(zone, cell) for cell in header_cells(joined)]  # the number may stand before the place
                break
    return out


def extract_date(
    paragraphs: list[Paragraph], doc_type: str | None, trace: Trace | None = None
) -> tuple[str | None, str | None]:
    """Signing place and date, from the ``Nơi, ngày … tháng … năm …`` line.

    Trap: the dates of cited documents (``Kết luận số 57-KL/TW, ngày
    15/6/2023``) are inside sentences, never on a line of their own with a
    place before them, so they are not taken.  A consolidated text is dated
    by its certification, which follows its ``Số …/VBHN-…`` line.
    """
    lines = _rejoined([(p.zone, cell) for p in paragraphs for cell in _date_candidates(p)])
    if doc_type == "Văn bản hợp nhất":
        for i, (_, line) in enumerate(lines):
            if "VBHN" in line or "XÁC THỰC VĂN BẢN HỢP NHẤT" in line.upper():
                for _, nxt in lines[i : i + 8]:
                    found = place_date(nxt)
                    if found:
                        return _noted(trace, "date", found, nxt, "certification")
    for zone, line in lines:
        if zone in ("header", "title"):
            found = place_date(line)
            if found:
                return _noted(trace, "date", found, line, "place_line")
    for zone, line in lines:
        mended = figures_mended(line) if zone == "header" else line
        found = place_date(mended) if mended != line else None
        if found:
            return _noted(trace, "date", found, line, "ocr_figures", sure=False)
    for zone, line in lines:
        if zone in ("signature", "recipients") or len(line) < 60:
            found = place_date(line)
            if found:
                return _noted(
                    trace, "date", found, line, "signature" if zone == "signature" else "place_line", sure=False
                )
    partial = _partial_date(lines) or _garbled_date(lines)
    signed = signing_time(lines)
    if signed and (not partial or signed[1].startswith(partial[1])):
        # a day left blank on an e-signed copy ("ngày   tháng 10 năm 2025"): the signature's time dates it
        return _noted(
            trace, "date", (partial[0] if partial else None, signed[1]), signed[0], "signing_time", sure=False
        )
    if partial:
        place, known, line = partial
        return _noted(trace, "date", (place, known), line, "partial", sure=False)
    # A law is dated by its passage: "Luật này đã được Quốc hội … thông qua ngày 20 tháng 6 năm 2012."
    for _, line in reversed(lines[-40:]):
        if GROUNDS.match(line):
            continue  # "- Căn cứ Luật … đã được Quốc hội thông qua ngày 30 tháng 6 năm 1983": the law's, not this
        m = re.search(
            r"(?:Quốc hội|Uỷ ban Thường vụ Quốc hội).{0,120}thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", line
        )
        if m:
            found = None, valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return _noted(trace, "date", found, m.group(0), "passage")
    return None, None


_CONSOLIDATION = re.compile(
    r"có hiệu lực (?:thi hành )?kể từ ngày[^.]{0,80}được sửa đổi, bổ sung(?: một số điều)? (?:bởi|theo)\s*:", re.I
)


_ADDRESSED = re.compile(rf"^\s*{ADDRESSED}\b")


def extract_type(
    paragraphs: list[Paragraph], number: str | None, full_text: str, trace: Trace | None = None
) -> str | None:
    """The document type.

    The number's type code decides when it names one (``TT`` in
    ``102/2018/TT-BTC``): a type line can be a table heading of an annexed
    form (``BÁO CÁO TÀI CHÍNH``).  A consolidated text (văn bản hợp nhất) is
    known by its certification or by its opening formula "… có hiệu lực kể từ
    ngày …, được sửa đổi, bổ sung bởi:" even when the certification is cut off.
    """
    if (number and "VBHN" in number) or "XÁC THỰC VĂN BẢN HỢP NHẤT" in full_text.upper():
        return _noted(trace, "doc_type", "Văn bản hợp nhất", number, "certification")
    if _CONSOLIDATION.search(full_text[:3000]):
        return _noted(trace, "doc_type", "Văn bản hợp nhất", _CONSOLIDATION.search(full_text[:3000]).group(0), "body")
    title = in_zones(paragraphs, "title")
    addressed = next((p for p in paragraphs[:12] if _ADDRESSED.match(p.text) and p.zone != "signature"), None)
    # a letter's subject opens its title, what follows is the subject's ("… của / Quyết định số 2269/QĐ-TTg về"),
    # and its number's code may be its issuer's, not a type ("2191/CT-CS": Cục Thuế, not Chỉ thị)
    letter = title and LETTER_SUBJECT.match(title[0].text) and not any(type_of_line(p.text) for p in title)
    if number and not (letter and addressed):
        code = type_code(number)
        # the type line, or a page's heading and the type line under it; not a subject that opens "Quy định về …"
        titled = [title_type(p.text) for p in title[:1]] + [type_of_line(p.text) for p in title[1:2]]
        if code == "QĐ" and any(t and t[0] == "Quy định" for t in titled):
            return _noted(trace, "doc_type", "Quy định", number, "type_line")  # "294-QĐ/TW": a Party Quy định
        if code in TYPE_OF_CODE:
            return _noted(trace, "doc_type", TYPE_OF_CODE[code], number, "number_code")
    if letter:
        return _noted(trace, "doc_type", "Công văn", title[0].lines[0] if title[0].lines else title[0].text, "title")
    for p in in_zones(paragraphs, "title"):
        found = title_type(p.text)
        if found:
            return _noted(trace, "doc_type", found[0], p.lines[0] if p.lines else p.text, "type_line")
    for line in header_lines(paragraphs):
        m = _SELF_REFERENCE.match(line)
        if m:
            word = m.group("type")
            return _noted(trace, "doc_type", word[0].upper() + word[1:].lower(), line, "header")
    if number and re.search(r"/QH\d+$", number):
        return _noted(trace, "doc_type", "Luật", number, "number_code")
    for p in in_zones(paragraphs, "title", "header"):
        # a letter's subject: "V/v …", or spelt out, "Về việc …", above its "Kính gửi:" (Nghị định 30/2020)
        if LETTER_SUBJECT.match(p.text) or (addressed and re.match(r"^(?:Về việc|VỀ VIỆC)\s", p.text)):
            return _noted(trace, "doc_type", "Công văn", p.lines[0] if p.lines else p.text, "title")
    if addressed and number and type_code(number) not in TYPE_OF_CODE:
        # a numbered letter without its subject line: only a letter's number has no type code ("4168/BNV-CQĐP")
        # and only a letter opens on "Kính gửi" without a type line (Nghị định 30/2020, appendix I)
        return _noted(trace, "doc_type", "Công văn", addressed.text, "addressed")
    if addressed and not number and not any(title_type(p.text) for p in in_zones(paragraphs, "header", "title")):
        # a copy that lost its header and kept the subject over "Kính gửi": no type line, so a letter's
        return _noted(trace, "doc_type", "Công văn", addressed.text, "addressed", sure=False)
    return _type_in_own_words(in_zones(paragraphs, "body"), trace)


def _type_in_own_words(body: list[Paragraph], trace: Trace | None) -> str | None:
    """The type a body that lost its type line gives itself: its opening's voice, a meeting's conclusions, the
    closing formula of a notice."""
    for p in body[:8]:  # the opening sentence, after its "Căn cứ" lines
        own = own_voice_type(p.text)
        if own:
            return _noted(trace, "doc_type", own, p.text, "opening", sure=False)
        if not GROUNDS.match(p.text):
            break
    for p in body[:4]:  # a meeting told first, then who concluded
        if concluded := concluded_type(p.text):
            return _noted(trace, "doc_type", concluded, p.text, "opening", sure=False)
    for p in body:
        if _NOTICE_CLOSING.search(p.text):
            return _noted(trace, "doc_type", "Thông báo", p.text, "closing", sure=False)
    return None


# A notice that lost its type line closes on its formula: "Ủy ban nhân dân huyện Mai Châu trân trọng thông báo./.",
# "UBND xã Chí Minh trân trọng thông báo và kính mời toàn thể Nhân dân …" (a letter's "thông báo để … biết" is not).
_NOTICE_CLOSING = re.compile(r"\btrân trọng thông báo\b", re.I)


_PLENUM = re.compile(
    r"^HỘI NGHỊ\b.{0,40}?\b(?P<org>BAN CHẤP HÀNH (?:TRUNG ƯƠNG(?: ĐẢNG)?|(?:ĐẢNG BỘ|TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN|HỘI|"
    r"CÔNG ĐOÀN|ĐOÀN) [^()]{2,60}?))(?=\s*(?:\(|,|KHOÁ\b|KHÓA\b|LẦN\b|NHIỆM KỲ\b|VỀ\b|$))"
)
_PLENUM_TYPES = ("Nghị quyết", "Kết luận")


def plenum_committee(paragraphs: list[Paragraph], context: str) -> str | None:
    """The committee whose plenum a resolution or conclusion records, from the caps lines of its title."""
    title = in_zones(paragraphs, "title")
    found = type_of_line(title[0].text) if title else None
    if not found or found[0] not in _PLENUM_TYPES:
        return None
    caps = " ".join(p.text.strip() for p in title[1:4] if is_all_caps(p.text))
    m = _PLENUM.match(" ".join(filter(None, [found[1].strip(), caps])))
    return respelling.recase(m.group("org"), context) if m else None


# A congress's resolution is the congress's (Hướng dẫn 36-HD/VPTW): its header names it under the organisation
# ("ĐẢNG BỘ TỈNH THÁI NGUYÊN / ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX"), its title again ("NGHỊ QUYẾT / ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ
# TỈNH LẦN THỨ XX, NHIỆM KỲ 2020 - 2025"), and a newspaper's heading over its text names it whole ("Nghị quyết Đại
# hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI").
_CONGRESS = re.compile(
    r"(?:^|^(?:NGHỊ QUYẾT|Nghị quyết)\s+)(?:ĐẠI HỘI|Đại hội)(?:\s+(?:ĐẠI BIỂU|đại biểu))?"
    r"(?:\s+(?P<org>(?:ĐẢNG BỘ|Đảng bộ)\b[^,()]*?|TOÀN QUỐC|toàn quốc))?"
    r"\s+(?:LẦN THỨ|lần thứ)\s+(?P<n>[IVXLC]+|\d{1,2})(?:\b|(?=nhiệm kỳ|NHIỆM KỲ))"  # "lần thứ XXInhiệm kỳ …"
)
_PARTY_ORGANISATION = re.compile(r"^ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|KHỐI)\s+\S.*$", re.I)


def congress(paragraphs: list[Paragraph], context: str) -> str | None:
    """The Party congress whose resolution this is, named with its organisation and its number ("Đại hội đại biểu
    Đảng bộ tỉnh Thái Nguyên lần thứ XX"), or ``None``."""
    lines = [p.text.strip() for p in paragraphs[:24] if p.zone in ("header", "title")]
    typed = next(filter(None, (type_of_line(t) or title_type(t) for t in lines)), None)
    if typed and typed[0] != "Nghị quyết":  # its report, its programme are the outgoing committee's
        return None
    named = next((m for t in lines if (m := _CONGRESS.search(t))), None)
    if not named or not typed and not fold(named.group(0)).startswith("nghi quyet"):  # a page's heading names it
        return None
    organisation = next((t for t in lines if _PARTY_ORGANISATION.match(t) and "ĐẠI HỘI" not in t.upper()), None)
    org = named["org"] or ""
    national = fold(org) == "toan quoc"  # the Party's national congress: "Đại hội đại biểu toàn quốc lần thứ XIII"
    if organisation and not national and not re.search(r"\s\S+\s\S", org.strip()[len("Đảng bộ") :]):
        org = organisation  # "ĐẢNG BỘ TỈNH" names no province: the header's organisation does
    if not org:
        return None
    return respelling.recase(f"ĐẠI HỘI ĐẠI BIỂU {' '.join(org.split()).upper()} LẦN THỨ {named['n']}", context)
