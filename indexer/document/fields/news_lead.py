"""What a news page says of the document it reproduces, when the copy lost the document's own header.

Provincial portals and newspapers repost a document under a lead ("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên
Bái đã ban hành Chỉ thị số 17 về việc tăng cường …", "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII
đã ban hành Nghị quyết số 10-NQ/TU về …") or close it with a source note ("(Theo Công văn số 6202/UBND-KT, ngày
23/11/2023)", "(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)"). The lead gives the type, the number, the
subject and the year; what it gives is marked for review, as the page's word and not the document's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.document.lines import GROUNDS, PARTIAL_DATE, POSTING_STAMP, in_zones, place_date
from indexer.document.structure import Paragraph
from indexer.document.title import headline, numbered_heading
from indexer.text.agencies import starts_like_agency
from indexer.text.normalize import is_all_caps
from indexer.text.numbers import find_numbers, letter_symbol, type_code
from indexer.text.vietnamese import fold
from indexer.vocabulary import ADDRESSED, MOTTO, TYPE_NAMES_PATTERN, TYPE_OF_CODE, TYPE_OF_LINE

_TYPES = TYPE_NAMES_PATTERN
# A sharing site may set the lead in capitals: "NGÀY 28 THÁNG 4 NĂM 2006, BAN THƯỜNG TRỰC … BAN HÀNH THÔNG TRI SỐ …"
# A page names a letter "văn bản số 4099/UBND-KGVX": its number says what it is.
_ISSUED = re.compile(
    # "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của …": a Party portal's lead
    r"(?<!\w)(?i:ban hành|ký|vừa có|đã có|giới thiệu toàn văn|giới thiệu nội dung)\s+"
    # its urgency between the type and the number: "… đã có công điện khẩn số 13", "Công văn hỏa tốc số …"
    rf"(?P<type>(?i:{_TYPES}|văn bản(?=\s+(?:số|hướng dẫn)\b)))(?:\s+hành động)?"
    r"(?:\s+(?i:thượng khẩn|khẩn|hoả tốc|hỏa tốc))?"
    r"(?P<numbered>\s+(?i:số)\b)?",
)
_LEAD_DATE = re.compile(
    r"^(?:[A-ZĐ]{2,8}\s*[-–:]\s*)?(?:LTS:\s*)?(?i:ngày)\s+\d{1,2}"
    r"(?:\s*[/-]\s*\d{1,2}\s*[/-]\s*|\s+(?i:tháng)\s+\d{1,2}(?:\s+(?i:năm)\s+|\s*/\s*))(?P<year>\d{4})"
)  # the month's word and its figures mixed too: "Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành …"
_SUBJECT = re.compile(
    r"^[\s,]*(?:ngày\s+[\d/\-]+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*,?\s*)?(?:của\s+[^,;]{3,80}?,?\s+)?"
    r"(?:gửi\s+[^;.]{3,160}?\s+(?=về\s))?"  # "…, gửi Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ về tham mưu …"
    r"(?P<subject>(?i:về việc|về|V/v|thực hiện|triển khai|hướng dẫn)\s[^\n]{8,400}?)(?:\.\s|\.?$|,\s+(?=nhằm\b)|;\s)"
)  # the page's own words of purpose after it ("…, nhằm tạo khí thế thi đua …") are not the subject, nor what it
# goes on to tell after a semicolon ("… về việc tổ chức Tết Giáp Thìn năm 2024; theo đó, Ban Thường vụ …")
# Site chrome (a file's size, a view count) may stand before a lead that opens on its day: looked at further down.
_LEAD_REACH, _DATED_LEAD_REACH = 4, 8
_GROUNDS_REACH = 1500  # the grounds or purpose a page runs into one paragraph before its lead
_DAY_AFTER_NUMBER = re.compile(r"^\s*,?\s*ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*(?P<year>(?:19|20)\d\d)\b")
# A headline names the document by its type and what it is about, with no "về": "Nghệ An ban hành Kế hoạch cải
# cách hành chính năm 2026".  Only a whole short line, so a sentence's further clauses are never taken.
_HEADLINE_SUBJECT = re.compile(r"^\s+(?P<subject>[a-zà-ỹđ][^.;:\n]{7,160}?)\.?\s*$")
_HEADLINE_LENGTH = 200
# "(Nguồn: Từ Công văn số …)", "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày …", a page's link
_SOURCE_NOTE = re.compile(
    rf"^[(\[]?\s*(?:(?:Theo|Nguồn\s*:)\s*(?:(?i:trích\s+)?(?i:từ)\s+)?|[^.;:]{{3,80}}?\sđăng tải\s+"
    r"|(?:Xem|Tải)\s+(?:toàn bộ|toàn văn|chi tiết|đầy đủ)\s+)"  # "Xem toàn bộ Quy định số 27-QĐ/TU, ngày … tại đây"
    rf"(?P<type>{_TYPES})\s+số\b"
)
_NOTE_DATE = re.compile(r"ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year>\d{4})")
_SUBJECT_BEFORE = re.compile(r"(?i:việc|về|v/v)\s*$")
# A lead that opens on what the document implements keeps its own clause after the grounds' last comma: "Thực hiện
# Chỉ thị số 01-CT/TW, ngày 23/01/2026 của Bộ Chính trị, Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số
# 03-HD/BTGDVTW …" (a body, then the verb).  Grounds that cite a document issuing another ("Thực hiện Quyết định số
# 1 của UBND tỉnh ban hành Kế hoạch số 2 …") have no comma before the verb's body.  Grounds closed by a full stop
# leave the verb's sentence to stand after them: "Căn cứ Điều lệ Đảng …; Quy định số 10-QĐ/TU … về khen thưởng tổ
# chức đảng, đảng viên. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về …".
_MAIN_CLAUSE = re.compile(
    r"(?:,|(?<!\bTP)(?<!\bTp)\.(?=\s))\s*(?:ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}\s*,\s*)?[A-ZĐÀ-Ỹ][^,;:.()]{2,100}?\s+(?:(?:đã|vừa)\s+)?$"
)
# A sentence that cites other documents names them "ban hành" too, and so does one that states a purpose
# ("Để …"): neither is a lead.
_PURPOSE = re.compile(r"^(?:[-+•]\s*)?Để\b")
# A document's own opening recounts what a higher body issued, then speaks in its own voice: "Ngày 05-1-2011, Bộ
# Chính trị ban hành Chỉ thị số 50-CT/TW …; … Để cuộc bầu cử … đạt kết quả cao, Ban Thường vụ Tỉnh ủy yêu cầu …".
_LEAD_BODY = re.compile(
    r"^(?:[A-ZĐ]{2,8}\s*[-–:]\s*)?(?:(?i:ngày)\s+[\d/.\-]+(?:\s+\S+){0,4}?\s*,\s*)?(?P<body>.+?)\s*$"
)
_OWN_VOICE = re.compile(
    r"(?:^|[.;]\s+)(?:Để|Nhằm)\s[^.;]{3,300}?,\s*(?P<body>[A-ZĐÀ-Ỹ][^,;.]{2,80}?)\s+"
    r"(?:yêu cầu|đề nghị|chỉ thị|chỉ đạo)\b"
)


@dataclass(frozen=True)
class Lead:
    doc_type: str
    number: str | None
    subject: str | None
    year: int | None
    line: str


# A portal's list of letters heads each with its subject, then its number and day in brackets: "Về việc báo cáo
# tình hình ô nhiễm môi trường … (3585/VP-KTN, ngày 23/10/2017)."
_BRACKETED = re.compile(
    r"^(?P<subject>(?:Về việc|V/v)\s[^()]{8,300}?)\s*\((?P<number>[^(),]{3,40}),\s*ngày\s+\d{1,2}/\d{1,2}/"
    r"(?P<year>(?:19|20)\d\d)\)\.?$"
)


def _bracketed(paragraphs: list[Paragraph]) -> Lead | None:
    """The letter a page's heading names with its number in brackets (:data:`_BRACKETED`)."""
    for p in paragraphs[:_LEAD_REACH]:
        m = _BRACKETED.match(p.text.strip())
        numbers = find_numbers(m["number"]) if m else []
        if numbers and numbers[0].number == "".join(m["number"].split()):
            number = numbers[0].number
            doc_type = "Công văn" if letter_symbol(number) else TYPE_OF_CODE.get(type_code(number))
            if doc_type:
                return Lead(doc_type, number, m["subject"], int(m["year"]), p.text[:200])
    return None


# A heading that names the document by its number, day and issuer is one, even closed by a full stop: "Thông báo số
# 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp nộp báo cáo …".
_DATED_HEADING = re.compile(rf"^(?:{_TYPES})\s+số\s*:?\s*\d\S*\s+ngày\s+\d[\d/.-]*\s+của\s")


def heading_line(line: str) -> str | None:
    """``line`` as a heading over a copy, or ``None`` for a sentence (it ends with a full stop) that cites a
    document.

    >>> heading_line("Thông báo số 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN đề nghị nộp báo cáo.")
    'Thông báo số 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN đề nghị nộp báo cáo'
    >>> heading_line("Quyết định số 16/2016/QĐ-UBND đã hết hiệu lực.") is None
    True
    """
    line = line.rstrip()
    if not line.endswith("."):
        return line
    return line[:-1] if _DATED_HEADING.match(line) and not line.endswith("..") else None


def _named_line(paragraphs: list[Paragraph]) -> Lead | None:
    """A page's line over the copy naming it whole: "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện
    Bàn V/v treo cờ Tổ quốc …" (its issuer read by the issuer's rules from the same line)."""
    for p in paragraphs[:_LEAD_REACH]:
        line = heading_line(p.lines[0] if p.lines else p.text)  # not the download's link and the copy after it
        heading = line and numbered_heading(line)
        numbers = find_numbers(line[:80]) if heading and heading.subject and (heading.issuer or heading.year) else []
        found = numbers and re.match(_TYPES, line.strip())
        if numbers and found and (doc_type := _type_name(found.group(0), numbers[0].number)):
            return Lead(doc_type, numbers[0].number, heading.subject or None, heading.year, line[:200])
    return None


def news_lead(paragraphs: list[Paragraph]) -> Lead | None:
    """The document a page's lead, its heading or its closing source note names, or ``None``."""
    bracketed = _bracketed(paragraphs) or _named_line(paragraphs)
    if bracketed:
        return bracketed
    # a page with no mark of a header may set its chrome and a sentence of purpose before the lead: its first two
    # paragraphs of body are looked at wherever they stand
    headless = _headless(paragraphs)
    early = {id(p) for p in in_zones(paragraphs, "body")[:2]} if headless else set()
    for i, p in enumerate(paragraphs[:_DATED_LEAD_REACH]):
        m = _ISSUED.search(p.text)
        if i >= _LEAD_REACH and not _LEAD_DATE.match(p.text) and id(p) not in early:
            continue
        grounds = GROUNDS.match(p.text)
        main = m and m.group("numbered") and _MAIN_CLAUSE.search(p.text[: m.start()])
        # on a page with no header, the lead may be a sentence of its own after a long purpose or the grounds:
        # "Nhằm tuyên truyền sâu rộng … trong tình hình mới. Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn số 51/…"
        own_sentence = bool(main) and main.group(0)[:1] == "." and headless
        # "… về việc ban hành Quy định …": a decision's subject, not a page saying a body issued something
        if (
            not m
            or grounds
            and not main
            or _PURPOSE.match(p.text)
            and not own_sentence
            or m.start() > (_GROUNDS_REACH if own_sentence else 600 if grounds else 200)
            or _SUBJECT_BEFORE.search(p.text[: m.start()])
            or recounted(p.text, m.start(), m.end())
        ):
            continue
        # "… Chỉ thị số 35-CT/TU …", or the number right after the type: "… vừa ban hành Chỉ thị 07/CT-TU về …"
        # read from "số" on: a letter's number of one code ("Công văn số 50/VHTT") is a number only after it
        base = m.start("numbered") if m.group("numbered") else m.end()
        after = find_numbers(p.text[base : m.end() + 60])
        numbers = [n for n in after if n.start - (m.end() - base) <= (3 if m.group("numbered") else 1)]
        number = numbers[0].number if numbers else None
        rest = p.text[base + numbers[0].end :] if numbers else p.text[m.end() :]
        if m.group("numbered") and not numbers:
            rest = re.sub(r"^\s*\d+\w*", "", rest)  # "Chỉ thị số 17 về việc …": a number without its code
        subject = _SUBJECT.match(rest) or (len(p.text) <= _HEADLINE_LENGTH and _HEADLINE_SUBJECT.match(rest))
        dated = _lead_date(paragraphs, p.text, m.start() if main else None)
        doc_type = _type_name(m.group("type"), number, rest)
        if not doc_type:
            continue
        dated = dated or _DAY_AFTER_NUMBER.match(rest)  # "… vừa có Thông báo số 678/TB-UBND ngày 05/02/2018 về …"
        subject = subject.group("subject").strip() if subject else None
        if subject and subject.lower().startswith(doc_type.lower() + " "):  # "Hướng dẫn số 03, hướng dẫn nghiên cứu …"
            subject = subject[len(doc_type) + 1 :]
        return Lead(doc_type, number, subject, int(dated["year"]) if dated else None, p.text[:200])
    for p in paragraphs[-6:]:
        m = _SOURCE_NOTE.match(p.text.strip())
        numbers = find_numbers(p.text) if m else []
        if numbers:
            dated = _NOTE_DATE.search(p.text)
            year = numbers[0].year or (int(dated["year"]) if dated else None)
            return Lead(_type_name(m.group("type"), None), numbers[0].number, None, year, p.text[:200])
    return None


def recounted(text: str, start: int, end: int) -> bool:
    """Whether the document issued at ``start:end`` of ``text`` is one another body then speaks of in its own
    voice, in the same paragraph: the opening of the document itself (:data:`_OWN_VOICE`), not a page's lead.

    >>> t = "Ngày 05-1-2011, Bộ Chính trị ban hành Chỉ thị số 50-CT/TW về …. Để cuộc bầu cử đạt kết quả cao, "
    >>> recounted(t + "Ban Thường vụ Tỉnh ủy yêu cầu …", 29, 45), recounted(t + "Bộ Chính trị yêu cầu …", 29, 45)
    (True, False)
    """
    voice = _OWN_VOICE.search(text, end)
    issuer = _LEAD_BODY.match(text[:start]) if voice else None
    return bool(issuer) and fold(voice["body"]).lower() not in fold(issuer["body"]).lower()


def _lead_date(paragraphs: list[Paragraph], text: str, main_at: int | None) -> re.Match | None:
    """The day a lead opens on: its paragraph's, its own sentence's after the grounds ("…. Ngày 02/11/2021, Sở Văn
    hóa, … đã ban hành Kế hoạch …", the verb at ``main_at``), or the page's heading's lead again with the day
    ("Ngày 08/02/2023, Ban Thường trực …")."""
    stops = [s.end() for s in re.finditer(r"[.!?]\s+", text[:main_at])] if main_at is not None else []
    dated = _LEAD_DATE.match(text) or (_LEAD_DATE.match(text[stops[-1] :]) if stops else None)
    return dated or next(
        (d for q in paragraphs[:_LEAD_REACH] if (d := _LEAD_DATE.match(q.text)) and _ISSUED.search(q.text)), None
    )


def _type_name(written: str, number: str | None, rest: str = "") -> str | None:
    """The type's name as the vocabulary spells it; a "văn bản" is a letter when its number has no type's code,
    and a guidance when the page says it guides ("… đã có văn bản hướng dẫn tuyên truyền kỷ niệm …")."""
    if written.lower() == "văn bản":  # a State letter's symbol, or a Party number's own type code ("78-CV/BTGHU")
        if not number:
            return "Hướng dẫn" if re.match(r"\s*hướng dẫn\s", rest, re.I) else None
        return "Công văn" if letter_symbol(number) else TYPE_OF_CODE.get(type_code(number))
    return next(name for name in TYPE_OF_LINE.values() if name.lower() == written.lower())


# A numbered part's heading ("1. Đối tượng tuyển chọn"): where a copy's own text begins under a page's headline.
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s+\S")
# What a header holds and a page's headline does not: its number, the motto, a place and date, the addressee.
_HEADER_MARK = re.compile(rf"^(?:Số|SỐ)\b|{ADDRESSED}|^[-+•]")


def page_headline(paragraphs: list[Paragraph]) -> str | None:
    """The headline a page sets over a copy that has no header of its own ("Lịch tiếp công dân định kỳ của Chủ
    tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)" over its "Căn cứ" lines): the subject as the page words
    it, or ``None`` where the copy keeps any mark of a document's header."""
    text = _headline(paragraphs)
    if not text:
        return None
    # the type the headline opens with is the document's, not its subject's: "Thông báo lịch tiếp công dân …", and
    # so are its number, day and issuer: "Công văn số 175-CV/TU ngày 25/01/2007 của Thành uỷ TPHCM về việc …"
    heading = numbered_heading(text)
    if heading:
        return heading.subject or None
    # "Kết luận của Ban Bí thư về tổ chức kỷ niệm …": the issuer the headline names is no part of the subject
    return re.sub(r"^của\s+[^,;:]{3,80}?\s+(?=về\s)", "", _TYPE_FIRST.sub("", text))


def headline_type(paragraphs: list[Paragraph]) -> str | None:
    """The type a page's headline opens with over a copy that has no header ("Thông báo ngày bầu cử Trưởng ấp
    nhiệm kỳ VII (2015-2018)" over the notice's "Căn cứ" lines), or ``None``."""
    text = _headline(paragraphs)
    m = _TYPE_FIRST.match(text) if text else None
    return _type_name(m.group("type"), None) if m else None


def _headline(paragraphs: list[Paragraph]) -> str | None:
    """The last line over a copy that keeps no mark of a document's header, when it reads as a page's headline."""
    # the stamp over or under it, its labels on lines of their own ("- Lượt xem:"), and a table's bars a copy left
    # alone on their lines ("|")
    header = [
        p
        for p in in_zones(paragraphs, "header")
        if not POSTING_STAMP.match(p.text.strip()) and re.search(r"\w", p.text)
    ]
    if not header or not _headless(header):
        return None
    lines = [p.text.strip() for p in header]
    # a numbered heading is the copy's first part, not the page's headline over it ("1. Đối tượng tuyển chọn")
    numbered = next((k for k, t in enumerate(lines) if _NUMBERED.match(t)), len(lines))
    text = lines[numbered - 1] if numbered else ""
    # not a sentence, a clause, a numbered heading, a day ("22/04/2021"); a short line of one clause some sites
    # close with a full stop is a headline still ("Chủ động phòng tránh thiên tai trong dịp Tết Nguyên Đán …").
    one_clause = len(text) <= 160 and not re.search(r"[.,;:!?]\s", text[:-1])
    stopped = text.endswith(".") and not one_clause
    if not text or re.match(r"^(?:\d{1,2}|[IVX]{1,4})\s*[.)/]", text) or stopped or text.endswith((",", ";", ":")):
        return None
    text = re.sub(r"(?<!\.)\.$", "", text)
    if _SITE_BANNER.search(text):  # the site's own banner: "Trang thông tin điện tử xã Thạch Kimhttps://…"
        return None
    vietnamese = re.search(r"[à-ỹđ]", text.lower())  # not the site's own chrome ("Skip to main content")
    if not (20 <= len(text) <= 250 and vietnamese and not is_all_caps(text)):
        return None
    named = _body_first(text)
    return named[1] if named else text


def _headless(paragraphs: list[Paragraph]) -> bool:
    """Whether the header zone keeps no mark of a document's header: number, motto, place and date, addressee."""
    return not any(
        _HEADER_MARK.search(p.text) or MOTTO.search(p.text) or place_date(p.text) or PARTIAL_DATE.search(p.text)
        for p in in_zones(paragraphs, "header")
    )


# A news headline names the body, a colon, then the document by its type: "Công an tỉnh Ninh Thuận: Thông báo tuyển
# chọn công dân thực hiện nghĩa vụ …" (and not a place: "Nghệ An: Kế hoạch …" names no body), or the body rolling its
# document out: "Huyện uỷ triển khai kế hoạch tuyên truyền …", "Công an tỉnh: Triển khai Kế hoạch tuyển chọn …".
_ROLLS_OUT = r"(?i:triển khai)\s+"  # ("… ban hành Hướng dẫn …" is a lead's: :data:`_ISSUED`)
_BODY_FIRST = re.compile(rf"^(?P<org>[^:]{{3,80}}?)(?:\s*:\s*(?:{_ROLLS_OUT})?|\s+{_ROLLS_OUT})(?=(?i:{_TYPES})\s)")


def _body_first(text: str) -> tuple[str, str] | None:
    """``(body, rest)`` of a headline that names its body before a colon and the type after it, or ``None``.

    >>> _body_first("Công an tỉnh Ninh Thuận: Thông báo tuyển chọn công dân")
    ('Công an tỉnh Ninh Thuận', 'Thông báo tuyển chọn công dân')
    >>> _body_first("Huyện uỷ triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh")
    ('Huyện uỷ', 'kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh')
    >>> _body_first("Nghệ An: Kế hoạch phòng chống thiên tai"), _body_first("Thông báo: Về việc nghỉ Tết")
    (None, None)
    """
    m = _BODY_FIRST.match(text)
    return (m["org"], text[m.end() :]) if m and starts_like_agency(m["org"]) else None


_SITE_BANNER = re.compile(r"https?://|www\.|^(?:Trang thông tin|Cổng thông tin)\b", re.I)
# "Thông báo: Về việc cho học sinh …", "BÁO CÁO Công tác tiếp công dân …", "Thông báo Lịch tiếp công dân …"
# (not a type that names another: "Kế hoạch Chương trình MTQG Nước sạch …" is the programme's plan by name)
_TYPE_FIRST = re.compile(rf"^(?P<type>(?i:{_TYPES}))(?:\s+(?=[a-zà-ỹđ]|(?!(?:{_TYPES})\b)[A-ZĐÀ-Ỹ][a-zà-ỹđ])|\s*:\s*)")


def page_issuer(paragraphs: list[Paragraph]) -> tuple[str, str] | None:
    """``(issuer, line)`` a page's heading names over a copy that lost its header ("Công văn số 175-CV/TU ngày … của
    Thành uỷ TPHCM về …"), or ``None``."""
    return next(((org, p.text) for p in _page_lines(paragraphs) if (org := _headline_issuer(p.text))), None)


def _page_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Where a page names the copy under it: its header's lines and the copy's first two, but a sentence (a short
    heading that names the document by its number may close with a full stop: "Thông báo số 1443/BQL-KCN-HCM ngày
    04/7/2012 của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp nộp báo cáo …", not a consolidated text's
    opening sentence); and a document-sharing site's description of the file (:func:`_described`)."""
    body = [
        p
        for p in in_zones(paragraphs, "body")[:2]
        if not (p.lines[0] if p.lines else p.text).endswith(".")
        or len(p.text) <= _HEADLINE_LENGTH
        and numbered_heading(p.text)
    ]
    return [*in_zones(paragraphs, "header")[:8], *body, *_described(paragraphs)]


def _described(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The line a document-sharing site describes the file with, under its "Mô tả tài liệu" ("Quyết định số
    3134/2008/QĐ-UBND của Ủy ban nhân dân tỉnh Cao Bằng về việc …"): the copy under it may be a broken font's."""
    first = paragraphs[:20]
    start = next((k for k, p in enumerate(first) if p.text.strip() == "Mô tả tài liệu"), None)
    if start is None:
        return []
    return [p for p in first[start + 1 : start + 4] if re.match(_TYPES, p.text)][:1]


def _headline_issuer(text: str) -> str | None:
    """The issuer a page's heading names after its type and number ("… của Thành uỷ TPHCM về …"), or after its
    type alone ("Công điện của Chủ tịch Uỷ ban nhân dân thành phố Hải Phòng về việc …"); or None."""
    heading = numbered_heading(text)
    if heading:
        return heading.issuer
    if office := _leaders_office(text):
        return office
    if named := _body_first(text):
        return named[0]
    typed = _TYPE_OF_ISSUER.match(text)
    org = headline(text[typed.end("type") :].strip()).issuer if typed else None
    return org and _TERM.sub("", org)  # "Ban Chấp hành Đảng bộ tỉnh khoá XIII": the committee, not its term


# A notice of a leader's conclusions or instructions is his office's (Quy chế làm việc của Chính phủ, Nghị định
# 39/2022/NĐ-CP; a People's Committee's, its office's): "Thông báo kết luận của Phó Thủ tướng Vũ Đức Đam …".
_LEADERS_NOTICE = re.compile(
    r"^Thông báo\s+(?:kết luận|ý kiến(?:\s+(?:chỉ đạo|kết luận))?)\s+của\s+(?:đồng chí\s+)?(?:Phó\s+)?"
    r"(?:(?P<government>Thủ tướng)|Chủ tịch\s+(?:UBND|U[ỷỶ] ban nhân dân|Ủy ban nhân dân)\s+"
    r"(?P<place>(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[^,;()]+?)(?=\s*[,;(]|\s+(?:tại|về)\s|$))",
    re.I,
)


def _leaders_office(text: str) -> str | None:
    """The office that issues the notice of a leader's conclusions a headline names, or None.

    >>> _leaders_office("Thông báo kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc gia tại cuộc họp")
    'Văn phòng Chính phủ'
    >>> _leaders_office("Thông báo kết luận của Chủ tịch UBND tỉnh Nghệ An tại buổi làm việc với huyện Quỳnh Lưu")
    'Văn phòng Uỷ ban nhân dân tỉnh Nghệ An'
    >>> _leaders_office("Thông báo lịch tiếp công dân của Chủ tịch UBND xã") is None
    True
    """
    m = _LEADERS_NOTICE.match(text.strip())
    if not m:
        return None
    return "Văn phòng Chính phủ" if m["government"] else f"Văn phòng Uỷ ban nhân dân {m['place']}"


_TERM = re.compile(r"\s+(?:khoá|khóa|nhiệm kỳ)\s.*$", re.I)  # a committee's term after its name
# A page's heading that names the document by its type and its issuer: "Công điện của Chủ tịch … về việc …".
_TYPE_OF_ISSUER = re.compile(rf"^(?P<type>{TYPE_NAMES_PATTERN})\s+(?:của|CỦA)\s", re.I)
