"""A document's subject (trích yếu), and what a type line that names the document whole says after its type: the
year, the issuer, the subject (:func:`headline`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from indexer.document.fields.attachment import ATTACHMENT_NOTE, NOTE_INSIDE
from indexer.document.lines import DAY_ALONE, POSTING_STAMP, in_zones
from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import title_type
from indexer.text import respelling
from indexer.text.header_cells import is_place_date
from indexer.text.localities import capitalise_localities
from indexer.text.normalize import in_capitals, is_all_caps
from indexer.text.numbers import find_numbers
from indexer.text.vietnamese import CAPITAL_LETTERS
from indexer.vocabulary import TYPE_NAMES_PATTERN

OF_ISSUER = re.compile(r"^(?:CỦA|Của)\s+(?P<org>.+)$")

# A type line that names the document whole, as a legal website or a newspaper heads its copy: "KẾT LUẬN
# 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI …", "Quyết định 435/QĐ-UBND năm 2020 về việc …",
# "Công văn 2739/VPCP-ĐMDN năm 2019 quy định về … do Văn phòng Chính phủ ban hành".  What follows the type
# (and the number): the year, the issuer ("của …", up to the "về" that joins it to the subject), the subject
# (without a "V/v" label; "CHỈ THỊ VỀ CÔNG TÁC …" keeps its "Về"), who issued it.
_HEADLINE = re.compile(
    r"^(?:(?:năm|NĂM)\s+(?P<year>(?:19|20)\d\d)\b[\s,]*)?"
    r"(?:(?:của|CỦA|Của)\s+(?P<org>[^;:()]+?)"
    r"(?:(?=\s+(?:về việc|VỀ VIỆC|Về việc|v/v|V/v|V/V)\s)|\s*$|(?=\s+(?:về|VỀ|Về)\s)|(?<!\svà)\s+hướng dẫn(?=\s)"
    # a subject that opens on what the body does: "… của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp …"
    r"|(?=\s+(?:đề nghị|phê duyệt|ban hành|yêu cầu)\s)"
    # a committee named with its term, then what it carries out: "… của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện …"
    r"|(?<=[IVXLC])(?=\s+(?:thực hiện|triển khai)\s)))?"
    r"\s*(?:(?:về việc|VỀ VIỆC|Về việc|V/v|V/V|v/v)[\s:]+)?(?P<subject>.*?)"
    r"(?:\s+(?:do|DO)\s+(?P<by>[^,;()]{3,120}?)\s+(?:ban hành|BAN HÀNH))?\s*$",
    re.S,
)


# Older documents, and the legal databases' copies of them, name the document whole in the line under the type:
# "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …", "QUYẾT ĐỊNH / CỦA BỘ
# TRƯỞNG BỘ TÀI CHÍNH SỐ 32/2008/QĐ-BTC NGÀY 29 THÁNG 5 NĂM 2008 / VỀ VIỆC …": the issuer, its number and its day.
_NUMBERED_ORG = re.compile(
    r"^(?P<org>.+?)\s+(?:SỐ|Số|số)\s*:?\s*(?P<number>\d\S*)"
    r"(?:\s*,?\s+(?:NGÀY|Ngày|ngày)\s+(?P<day>\d{1,2})(?:\s+(?:THÁNG|tháng)\s+|\s*[/.-]\s*)(?P<month>\d{1,2})"
    r"(?:\s+(?:NĂM|năm)\s+|\s*[/.-]\s*)(?P<year>(?:19|20)\d\d))?\s*$"
)


class IssuedBy(NamedTuple):
    org: str
    number: str | None
    date: str | None  # ISO


def issued_by(org: str) -> IssuedBy:
    """The issuer a title line names, without the number and the day it gives after it.

    >>> issued_by("THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001")
    IssuedBy(org='THỦ TƯỚNG CHÍNH PHỦ', number='16/2001/CT-TTg', date='2001-06-21')
    >>> issued_by("BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 32/2008/QĐ-BTC"), issued_by("BAN THƯỜNG VỤ TỈNH UỶ")
    (IssuedBy(org='BỘ TRƯỞNG BỘ TÀI CHÍNH', number='32/2008/QĐ-BTC', date=None), \
IssuedBy(org='BAN THƯỜNG VỤ TỈNH UỶ', number=None, date=None))
    """
    m = _NUMBERED_ORG.match(org)
    numbers = find_numbers(m["number"]) if m else []
    if not numbers or numbers[0].start:
        return IssuedBy(org, None, None)
    date = None
    if m["year"] and 1 <= int(m["day"]) <= 31 and 1 <= int(m["month"]) <= 12:
        date = f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}"
    return IssuedBy(m["org"], numbers[0].number, date)


class Headline(NamedTuple):
    year: int | None
    issuer: str | None  # as written: "BỘ CHÍNH TRỊ, BAN BÍ THƯ", "Văn phòng Chính phủ"
    subject: str


def headline(rest: str) -> Headline:
    """What a type line says after its type word: ``rest`` is ``type_of_line(…)[1]``.

    >>> headline("127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU")
    Headline(year=None, issuer='BỘ CHÍNH TRỊ, BAN BÍ THƯ', subject='VỀ TRIỂN KHAI NGHIÊN CỨU')
    >>> headline("2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp do Văn phòng Chính phủ ban hành")
    Headline(year=2019, issuer='Văn phòng Chính phủ', subject='quy định về quản trị doanh nghiệp')
    >>> headline("CỦA BAN THƯỜNG VỤ TỈNH UỶ"), headline("thực hiện Kết luận số 57-KL/TW của Bộ Chính trị")
    (Headline(year=None, issuer='BAN THƯỜNG VỤ TỈNH UỶ', subject=''), \
Headline(year=None, issuer=None, subject='thực hiện Kết luận số 57-KL/TW của Bộ Chính trị'))
    >>> headline("VỀ CÔNG TÁC ĐO ĐẠC")
    Headline(year=None, issuer=None, subject='VỀ CÔNG TÁC ĐO ĐẠC')
    >>> headline("435/QĐ-UBND năm 2020 về việc phê duyệt")
    Headline(year=2020, issuer=None, subject='phê duyệt')
    >>> headline("612/QĐ-UBND năm 2020 về phê duyệt quy trình")
    Headline(year=2020, issuer=None, subject='phê duyệt quy trình')
    >>> headline("số 175-CV/TU ngày 25/01/2007 của Thành uỷ TPHCM về việc tổ chức kỷ niệm")
    Headline(year=2007, issuer='Thành uỷ TPHCM', subject='tổ chức kỷ niệm')
    >>> headline("số 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN đề nghị doanh nghiệp nộp báo cáo")
    Headline(year=2012, issuer='Ban quản lý các KCX-KCN', subject='đề nghị doanh nghiệp nộp báo cáo')
    """
    rest = re.sub(r"^số\s*:?\s*(?=\d)", "", rest)  # "Công văn số 175-CV/TU ngày 25/01/2007 của …", a page's heading
    numbered, dated = find_numbers(rest), None
    if numbered and numbered[0].start == 0:
        # a website's "<type> <number> năm <year> về <subject>": its "về" joins the heading to the subject
        rest = re.sub(r"^(năm\s+(?:19|20)\d\d\s+)về\s+(?!việc\b)", r"\1", rest[numbered[0].end :].strip())
        dated = re.match(
            r"^,?\s*ngày\s+\d{1,2}(?:\s*[/-]\s*\d{1,2}\s*[/-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)(\d{4})\s*", rest
        )
        rest = rest[dated.end() :] if dated else rest
    m = _HEADLINE.match(rest)
    if not m:  # the pattern's every part may be empty: only a line it cannot end is left as it is
        return Headline(None, None, rest)
    year = int(m.group("year")) if m.group("year") else None
    year = year or (int(dated.group(1)) if dated else None)  # "số 175-CV/TU ngày 25/01/2007 …": its day's year
    named = issued_by((m.group("org") or m.group("by") or "").strip())
    year = year or (int(named.date[:4]) if named.date else None)
    return Headline(year, named.org or None, m.group("subject").strip())


# A token of text: a word, a figure or a date, a code ("COVID-19", "NĐ-CP"), with its punctuation.
_TOKEN = re.compile(r"[(\"“]?(?:[^\W\d_]{2,}|[^\W\d_a-zA-Z]|\d+(?:[/.,\-]\d+)*|\w+(?:[/\-]\w+)+)[)\"”,.;:]?|[-–]")


def _ocr_junk(text: str) -> bool:
    """Whether a line is mostly no words: what OCR makes of a stamp or a signature (``J MỸ Ngày N72) đ6,..``)."""
    tokens = text.split()
    return len(tokens) >= 3 and sum(bool(_TOKEN.fullmatch(t)) for t in tokens) < 0.6 * len(tokens)


# The authority line under a decree's or resolution's subject, run into it by a web page that set both in one
# paragraph ("… TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ", vbpl.vn), or its start, the line wrapped ("… MỚI” ỦY BAN NHÂN" /
# "DÂN TỈNH KON TUM"); a subject ending "… CỦA CHÍNH PHỦ" keeps it.
_AUTHORITY_AFTER = re.compile(
    r"(?<!CỦA)\s+(?:CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|BỘ TRƯỞNG BỘ [A-ZĐÀ-Ỹ ,]+|"
    r"CHỦ TỊCH (?:UỶ|ỦY) BAN NHÂN DÂN [A-ZĐÀ-Ỹ ]+|(?:UỶ|ỦY) BAN(?: NHÂN(?: DÂN)?)?)$"
)


def _unquoted(title: str) -> str:
    """The subject without the quotes a copy put around it, and with those of a name it quotes: ``… Chỉ thị số
    37-CT/TW … “về tăng cường …”`` keeps its closing quote.

    >>> _unquoted("“Về việc tăng cường”"), _unquoted("thực hiện Chỉ thị số 37-CT/TW “về tăng cường …”")
    ('Về việc tăng cường', 'thực hiện Chỉ thị số 37-CT/TW “về tăng cường …”')
    """
    if (
        len(title) > 1
        and title[0] in '"“'
        and title[-1] in '"”'
        and title.count("“") <= 1
        and title.count('"') in (0, 2)
    ):
        return title[1:-1].strip()
    opening, closing = title.count("“") + title.count('"') // 2, title.count("”") + title.count('"') // 2
    if title[:1] in '"“' and opening > closing:
        title = title[1:].strip()
    if title[-1:] in '"”' and closing > opening:
        title = title[:-1].strip()
    return title


# "Kính gửi:" read onto the subject's last line, its first word lost, its second misread ("… ĐKKD gửỬI: - Bộ …").
_ADDRESS_INSIDE = re.compile(r"\s(?:[Kk]ính\s+)?[gG][ửưuỬƯU][^\s:]{0,3}\s*:(?:\s|$)")
_WORD = re.compile(r"(?<![\w/-])[^\W\d_]{2,}(?![\w/-])")  # a word, not a code ("TT-BTC") or a figure
# The grounds a copy that flattened the page ran on after the subject, with the authority's heading in capitals
# before them: "… Bệnh viện Nội tiết Nghệ An GIÁM ĐỐC BỆNH VIỆN NỘI TIẾT NGHỆ AN Căn Thông tư 19/2013/BYT …",
# "… quản lý năm 2020 -Căn Hướng dẫn số 33-HD/BTCTW …" (a site that dropped its small words lost the "cứ").
_GROUNDS_INSIDE = re.compile(
    rf"(?:\s+[{CAPITAL_LETTERS}]{{2,}}(?:\s+[{CAPITAL_LETTERS}]+)+)?"
    rf"\s+[-–]?\s*Căn(?:\s+cứ)?(?:\s+vào)?\s+(?:{TYPE_NAMES_PATTERN})\b"
)


# A page's counters under its headline (comments "0", views "3259"): figures alone, no year a title wraps onto.
_PAGE_COUNTER = re.compile(r"\d+(?<!^(?:19|20)\d\d)")


def title_lines(paragraphs: list[Paragraph]) -> list[str]:
    """The title zone's lines without a posting stamp or a header table's empty cell, up to the page's headline
    repeated (the site's heading, then the document's own); a "CỦA …" line wrapped before the number and the day
    it names is joined again (:data:`_NUMBERED_ORG`)."""
    lines = [p.text.strip() for p in in_zones(paragraphs, "title")]
    # a page's posting stamp under its headline: the page's lead follows, not the subject, unless a type line does
    stamp = next((k for k, t in enumerate(lines) if k and POSTING_STAMP.match(t)), None)
    if stamp is not None and stamp + 1 < len(lines) and not title_type(lines[stamp + 1]):
        lines = lines[:stamp]
    lines = [t for t in lines if not (POSTING_STAMP.match(t) or DAY_ALONE.match(t) or _PAGE_COUNTER.fullmatch(t))]
    # nor the header's place and date, which a scan's reading put between the subject's lines (its right column)
    lines = [t for t in lines if not is_place_date(t)]
    lines = [t for t in lines if t.strip("| ")]
    return _issuer_joined(lines[: next((k for k, t in enumerate(lines) if t in lines[:k]), len(lines))])


def numbered_by_title(paragraphs: list[Paragraph]) -> tuple[str, IssuedBy] | None:
    """The title's line that gives the number (and the day) after the issuer's name, with what it gives."""
    for line in title_lines(paragraphs)[:4]:
        found = title_type(line)
        text = found[1] if found and found[1] else line
        m = _HEADLINE.match(text) if OF_ISSUER.match(text) else None
        named = issued_by(m.group("org").strip()) if m and m.group("org") else None
        if named and named.number:
            return line, named
    return None


def _issuer_joined(lines: list[str]) -> list[str]:
    """``CỦA THỦ`` / ``TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG`` / ``NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …`` as one line."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        numbered = re.search(r"\bSỐ\s*:?\s*\d", last)
        goes_on = (not numbered and re.search(r"\bSỐ\s*:?\s*\d", line)) or (
            numbered and not re.search(r"\bNGÀY\s+\d", last) and re.match(r"NGÀY\s+\d", line)
        )
        if last and OF_ISSUER.match(last) and is_all_caps(last) and is_all_caps(line) and goes_on:
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return joined


# A text layer that lost its marks' places sets them apart, after spaces; those of the line below, read at the
# end of the subject's, belong to no word of it ("… Giao duc và Đao tao. ̉ ̀ ́ ̣ ̀ ̣"); nor does the rule under the
# subject a copy ran onto its line ("… lên thành phố trực thuộc tỉnh vào năm 2025 --").
_LOOSE_MARKS_AT_END = re.compile(r"(?:\s+[\u0300-\u036f]+|\s+[-–—_=]{2,})+\s*$")


def _capitals_after_small(parts: list[str], text: str) -> bool:
    """Whether a line in capitals with words comes after a subject in small letters (a code's small letters are no
    small letters of the subject: "… SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 …")."""
    small = not is_all_caps(re.sub(r"\S*[\d/]\S*", "", " ".join(parts)))
    return small and in_capitals(text) and len(_WORD.findall(text)) >= 2


# A subject's label: "V/v", "Về việc", "Về:" (a label only with its colon; "Về công tác …" opens a subject).
_SUBJECT_LABEL = re.compile(r"^[\"“]?\s*(?:(?:V/v|V/V|Về việc|về việc)\s*:?|Về\s*:)\s*")
# An issuer's name in the sentence's case, then the subject's label: the line names both.
_ISSUER_THEN_SUBJECT = re.compile(r"\s(?:về việc|Về việc|V/v|v/v|V/V)\s")


def extract_title(paragraphs: list[Paragraph]) -> str | None:
    """The subject line (trích yếu): the title zone without its type line and "CỦA <issuer>"."""
    parts: list[str] = []
    programme = typed_first = typed_line = ran_in = False
    for text in title_lines(paragraphs):
        # a caps subject wrapped before "CHƯƠNG TRÌNH HÀNH ĐỘNG …" goes on: the type line is the first
        found = title_type(text) if not parts and not programme and not typed_line else None
        if found:
            typed_line = True  # the subject under it may open with a type's word: "Hướng dẫn thực hiện …"
            programme = found == ("Chương trình", "")
            subject = headline(found[1]).subject
            grounds = _GROUNDS_INSIDE.search(subject)
            subject = subject[: grounds.start()] if grounds else subject
            if subject:
                parts.append(subject)
                typed_first = True
            if grounds:
                break
            # a page's one-line heading, its subject in the sentence's case ("THÔNG BÁO Niêm yết công khai …"):
            # what follows goes on with it only in small letters, not the page's place name or its stamp
            ran_in = bool(subject) and subject[:1].isupper() and not is_all_caps(subject)
            continue
        if ran_in and not text[:1].islower():
            break
        if OF_ISSUER.match(text) and (is_all_caps(text) or _ISSUER_THEN_SUBJECT.search(text)) and not parts:
            # "QUYẾT ĐỊNH / CỦA UBND THÀNH PHỐ V/V …", "Của thủ tướng chính phủ về việc …": the issuer's, then the
            # subject; under a type line that began the subject ("QUY CHẾ LÀM / VIỆC / CỦA ỦY BAN …"), the subject's
            subject = headline(text).subject
            if subject:
                parts.append(subject)
            continue
        if ATTACHMENT_NOTE.match(text):
            break  # "(Ban hành kèm theo Quyết định số …)": the decision's, not the subject
        # the note run into the subject, or the address a scan read onto its line: the subject ends there
        noted = NOTE_INSIDE.search(text) or _ADDRESS_INSIDE.search(text) or _GROUNDS_INSIDE.search(text)
        text = text[: noted.start()] if noted else text
        if parts and _ocr_junk(text):
            break  # a stamp beside the subject, read by OCR: "J MỸ Ngày N72) đ6,.."
        # a line in capitals (an OCR's speck among them allowed) with words, not a code alone ("41/2017/TT-BTC")
        if parts and _capitals_after_small(parts, text):
            break  # a subject in small letters goes on in small letters: "TH: ĐIỆN TỬ CHÍNH P" is a stamp's
        if re.match(r"^\(\s*(?:V/v|V/V|Về việc|về việc)\b.*\)$", text):
            text = text[1:-1].strip()  # "(V/v Tăng cường giám sát trong phòng thi)": a letter's subject in brackets
        text = _SUBJECT_LABEL.sub("", text)  # "V/v: Điều chỉnh …", "Về: …"
        if not parts and programme:
            # "CHƯƠNG TRÌNH / hành động thực hiện …": the type is "Chương trình hành động"
            text = re.sub(r"^(?:hành động|HÀNH ĐỘNG|Hành động)\s+", "", text)
        parts.append(text)
        if noted:
            break
    return _finished(parts, typed_first)


def _finished(parts: list[str], typed_first: bool) -> str | None:
    """The subject's lines joined, a caps subject in the sentence's case, its closing stop and stray marks off."""
    # a speck a scan left at a caps line's end, the subject going on below ("… QUAN HỆ LAO." / "ĐỘNG HÀI HOÀ …")
    parts = [
        part[:-1]
        if part.endswith(".") and k + 1 < len(parts) and is_all_caps(part) and is_all_caps(parts[k + 1])
        else part
        for k, part in enumerate(parts)
    ]
    if typed_first and is_all_caps(parts[0]) and not is_all_caps(" ".join(parts)):
        parts[0] = capitalise_localities(respelling.sentence_case(parts[0]))
    title = _unquoted(" ".join(parts).strip())
    title = _LOOSE_MARKS_AT_END.sub("", title)
    title = re.sub(r"(?<![.\s/])\.$", "", title)  # "… năm 2017.": a subject some offices close with a full stop
    # a period noted under a caps subject, in its own case: "(Giai đoạn: 2021- 2025)"
    noted = re.search(r"\s\([^()]*\)$", title) if title and not is_all_caps(title) else None
    subject = title[: noted.start()] if noted else title
    if subject and is_all_caps(subject):
        subject = _AUTHORITY_AFTER.sub("", subject)
        title = capitalise_localities(respelling.sentence_case(subject)) + (noted.group(0) if noted else "")
    return title or None


# A plenum's resolution or conclusion is the committee's that met, whoever's header it bears (Hướng dẫn
# 36-HD/VPTW): "NGHỊ QUYẾT / HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII" under "BAN CHẤP
# HÀNH TRUNG ƯƠNG", "KẾT LUẬN / HỘI NGHỊ LẦN THỨ BẢY / BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)" under "TỈNH UỶ".


# A page's heading that names the document by its type and number, then its day, issuer and subject: "Công văn số
# 175-CV/TU ngày 25/01/2007 của Thành uỷ TPHCM về việc …" (a whole line over a copy, not a sentence citing it).
_NUMBERED_HEADING = re.compile(
    r"^(?:" + TYPE_NAMES_PATTERN + r")\s+"
    r"(?=(?:số\s*:?\s*)?\d)"
)


def numbered_heading(text: str) -> Headline | None:
    """What a page's numbered heading says after its type (:data:`_NUMBERED_HEADING`), or None.

    >>> numbered_heading("Công văn số 175-CV/TU ngày 25/01/2007 của Thành uỷ TPHCM về việc tổ chức kỷ niệm")
    Headline(year=2007, issuer='Thành uỷ TPHCM', subject='tổ chức kỷ niệm')
    >>> numbered_heading("Công văn này thay thế") is None
    True
    """
    m = _NUMBERED_HEADING.match(text.strip())
    rest = text.strip()[m.end() :] if m else ""
    numbers = find_numbers(rest[:60])
    return headline(rest) if numbers and numbers[0].start <= 6 else None
