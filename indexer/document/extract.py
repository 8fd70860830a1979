"""Extraction: a laid-out document -> the fields of its :class:`~indexer.document.record.Document`.

Each field has its own small function reading the zones that :mod:`indexer.document.structure` found: the
header gives the number and the place and date (:mod:`~indexer.document.header`), the issuer and the
signer (:mod:`~indexer.document.fields`); the title zone the type and the subject; the opening sentence the
basis (:mod:`~indexer.document.fields.basis`); the body the roles and the closing the recipients
(:mod:`~indexer.document.roles`).
"""

from __future__ import annotations

import hashlib
import os
import re

from indexer.document.evidence import Trace, evidence
from indexer.document.fields.basis import (
    NAMED_DOCUMENT,
    extract_references,
    grounds_of,
    named_as_grounds,
)
from indexer.document.fields.gapped_number import file_named_number
from indexer.document.fields.header_names import run_by_central_body
from indexer.document.fields.issuer import extract_province
from indexer.document.fields.locality import complete_locality, complete_place
from indexer.document.fields.news_lead import Lead
from indexer.document.fields.school import school_level
from indexer.document.fields.signer import extract_signer
from indexer.document.fields.signing_capacity import chairman_issuer, unit_signing
from indexer.document.fields.site_properties import site_properties
from indexer.document.header_fields import header_fields, with_site_properties
from indexer.document.lines import valid_date
from indexer.document.record import Document, Source
from indexer.document.roles import extract_roles
from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import title_type
from indexer.document.title import headline, numbered_heading
from indexer.text.localities import province_of_districts, province_of_localities
from indexer.text.numbers import find_numbers, year_of
from indexer.text.places import issuer_level, province_at, provinces_in
from indexer.text.respelling import respelled_from_text
from indexer.text.vietnamese import fold
from indexer.vocabulary import DOCUMENT_TYPES

_CITED_DATE = re.compile(
    r"^[\s,;]*(?:ban hành\s+)?ngày\s+(?:(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))",
    re.I,
)


# The type a citation names before the number: "Kế hoạch số 216/KH-UBND", "kế hoạch 216/KH – UBND".
_TYPE_NAMES = {t.name.lower(): t.name for t in DOCUMENT_TYPES}
_CITED_TYPE = re.compile(
    r"(?<!\w)(?P<type>"
    + "|".join(sorted(map(re.escape, _TYPE_NAMES), key=len, reverse=True))
    + r")(?:\s+hành động)?\s*(?:số\s*:?\s*)?$",
    re.I,
)
# Who a citation says issued the document, after its number and date: "…, ngày 25/12/2023 của UBND huyện Cẩm
# Thuỷ về việc …" -> "UBND huyện Cẩm Thuỷ"; it ends where the subject ("về …") or the sentence goes on.
_CITED_ISSUER = re.compile(
    r"^[\s,]*(?:\([^()]{0,40}\)[\s,]*)?của\s+(?P<issuer>[^,;:.()\"“”'‘’\n]{2,120}?)"
    r"(?=\s+(?:về|v/v|hướng dẫn|ban hành|khoá|khóa|tại|đã|trong|nhằm|thực hiện|triển khai|quy định|phê duyệt|"
    r"thông báo|kèm theo|sau đây|gọi tắt|sửa đổi|bổ sung|chỉ đạo|yêu cầu|đề nghị|giao)(?!\w)|\s*[,;:.()\"“”'‘’]|\s*$)",
    re.I,
)


def extract_citations(paragraphs: list[Paragraph], own: str | None) -> list[dict]:
    """Where each cited directive is first cited, and what the citations say of it: its date, type and issuer.

    ``Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị`` -> ``{"number": "57-KL/TW",
    "date": "2023-06-15", "anchor": …, "doc_type": "Kết luận", "issuer": "Bộ Chính trị"}``.  The date
    tells apart two local documents that share a number (every province has a ``73-NQ/TU``); the type and
    issuer say what a document the archive lacks is (the missing list, a chain's placeholders).
    """
    citations: dict[str, dict] = {}
    for p in paragraphs:
        for n in find_numbers(p.text):
            if n.number == own:
                continue
            entry = citations.setdefault(
                n.number, {"number": n.number, "date": None, "anchor": p.anchor, "doc_type": None, "issuer": None}
            )
            if entry["doc_type"] is None:
                m = _CITED_TYPE.search(p.text[max(0, n.start - 40) : n.start])
                entry["doc_type"] = _TYPE_NAMES[m.group("type").lower()] if m else None
            after = p.text[n.end : n.end + 200]
            m = _CITED_DATE.match(after)
            if m and entry["date"] is None:
                d, mo, y = (
                    (m.group("d"), m.group("m"), m.group("y"))
                    if m.group("d")
                    else (m.group("d2"), m.group("m2"), m.group("y2"))
                )
                entry["date"] = valid_date(int(d), int(mo), int(y))
            if entry["issuer"] is None:
                by = _CITED_ISSUER.match(after[m.end() :] if m else after)
                entry["issuer"] = by.group("issuer").strip() if by else None
    return list(citations.values())


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:limit].rstrip("-")


def make_doc_id(
    number: str | None,
    year: int | None,
    province: str | None,
    level: str | None,
    doc_type: str | None,
    issuer: str | None,
    text: str,
) -> str:
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


def _scan_mended(
    number: str | None, title: str | None, source: Source | None, paragraphs: list[Paragraph], trace: Trace
) -> tuple[str | None, str | None]:
    """A scan's number with its hand-written figures as the office's name for the file gives them, and its subject
    with the marks the OCR misread as the rest of the text spells those words ("thay đôi thời gian tô chức tiêp
    công dân": the body writes "tổ chức tiếp công dân" again and again)."""
    if not source or not source.ocr:
        return number, title
    found = trace.findings.get("number")
    named = file_named_number(number, found.line if found else None, source.path)
    if named:
        trace.note("number", os.path.basename(source.path), "file_name", sure=False)
    rest = "\n".join(p.text for p in paragraphs if p.zone != "title")
    return named or number, respelled_from_text(title, rest) if title else title


def build_document(paragraphs: list[Paragraph], source: Source | None) -> Document:
    """Extract every field of the Document record from one laid-out document."""
    full_text = "\n".join(p.text for p in paragraphs)
    trace = Trace()
    site = site_properties(paragraphs)
    header = with_site_properties(header_fields(paragraphs, full_text, trace), site, trace)
    number, doc_type, place, dated, issuer, title, lead = header
    number, title = _scan_mended(number, title, source, paragraphs, trace)
    date, date_partial = (dated, None) if dated and len(dated) == 10 else (None, dated)
    level = issuer_level(issuer, number, None)
    province = extract_province(issuer, level, place if level != "central" else None, full_text, paragraphs, dated)
    if not province and site and site.province and level != "central":  # "Cơ quan ban hành: Tỉnh Phú Thọ"
        province = site.province
        trace.note("province", site.line, "site", sure=False)
    if level is None:
        level = issuer_level(issuer, number, province)
    if issuer:
        issuer = complete_locality(complete_place(issuer, province, level, place), full_text)
        issuer = unit_signing(chairman_issuer(issuer, paragraphs, doc_type), paragraphs)
        level = issuer_level(issuer, number, province) or level
        if run_by_central_body(issuer, paragraphs):
            level, province = "central", None
        level = school_level(issuer, paragraphs, province) or level
        province = _district_province(issuer, province, place, paragraphs, dated)
    year, from_lead = _year(dated, number, paragraphs, lead)
    if not year:  # the page's table of properties, or the month the subject names as its own
        year, from_lead = _year_otherwise(site, title)
    signer, signer_title = extract_signer(paragraphs, full_text)
    references, basis = extract_references(paragraphs, number)
    roles = extract_roles(paragraphs, province=province, level=level, issuer=issuer, doc_type=doc_type)
    _note_derived(
        trace, paragraphs, issuer=issuer, number=number, place=place, level=level, province=province, dated=dated
    )
    how = "site" if site and from_lead == site.line else "title" if from_lead == title else "lead"
    _note_dates(trace, number, from_lead, how)
    values = {"doc_type": doc_type, "number": number, "issuer": issuer, "level": level, "province": province}
    values |= {"date": date, "year": year, "title": title, "basis": basis, "signer": signer}
    doc_id = make_doc_id(number, year, province, level, doc_type, issuer, _identity(source, paragraphs, full_text))
    return Document(
        doc_id=doc_id,
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        level=level,
        province=province,
        date=date,
        year=year,
        signer=signer,
        signer_title=signer_title,
        title=title,
        references=references,
        basis=basis,
        citations=extract_citations(paragraphs, number),
        roles=roles,
        paragraphs=[p.as_dict() for p in paragraphs],
        source=source,
        date_partial=date_partial,
        evidence=evidence(values, trace, paragraphs),
    )


def _headline_year(paragraphs: list[Paragraph]) -> int | None:
    """The year a website's heading gives an undated copy: "Quyết định 435/QĐ-UBND năm 2020", "Công văn số
    490-CV/BDVTW ngày 14/10/2016 về việc …"."""
    for p in paragraphs:
        found = title_type(p.text) if p.zone == "title" else None
        if found and found[1]:
            return headline(found[1]).year
        heading = numbered_heading(p.text) if p.zone == "header" else None
        if heading and heading.year:
            return heading.year
    return None


def _identity(source: Source | None, paragraphs: list[Paragraph], full_text: str) -> str:
    """What tells a document apart when its fields do not: its file and part, or its body's text."""
    body_text = "\n".join(p.text for p in paragraphs if p.zone == "body")
    return f"{source.sha256}:{source.part}" if source else (body_text or full_text)


# The month a document's subject names as its own ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020", "Hướng dẫn nội dung
# tuyên truyền tháng 4/2015"), not a cited document's day ("… ngày 18 tháng 12 năm 2019"): its guidance is issued at
# the end of the month before, its report in the month after; February to November keep the year.
_TITLE_MONTH = re.compile(r"(?<!\d\s)(?<!\d)\btháng\s+(\d{1,2})\s*(?:năm\s+|/\s*)((?:19|20)\d\d)(?!\d)", re.I)


def _year_otherwise(site, title: str | None) -> tuple[int | None, str | None]:
    """The year a page's table of properties gives ("Ngày ban hành: 22/01/1996": its year, the day is the header's
    to say), or the month the subject names as its own (:data:`_TITLE_MONTH`), with the line it came from."""
    if site and site.date:
        return int(site.date[:4]), site.line
    month = _TITLE_MONTH.search(title or "")
    if month and 2 <= int(month[1]) <= 11:
        return int(month[2]), title  # a month's guidance or report is issued in that month's year
    return None, None


def _year(
    dated: str | None, number: str | None, paragraphs: list[Paragraph], lead: Lead | None
) -> tuple[int | None, str | None]:
    """The year, and the line it was read from when a page's lead, not the document, gives it."""
    year = int(dated[:4]) if dated else (year_of(number) if number else None) or _headline_year(paragraphs)
    if not year and lead and lead.year:  # the day a page's lead says the document was issued
        return lead.year, lead.line
    # none is guessed from the dates its grounds cite: the year is the signing date's (DESIGN.md)
    return year, None


def _unread_number(text: str) -> bool:
    """Whether ``text`` names a document "số …" whose number is not one :func:`find_numbers` can read."""
    starts = {n.start for n in find_numbers(text)}
    return any(not any(m.end() - 1 <= s <= m.end() + 3 for s in starts) for m in NAMED_DOCUMENT.finditer(text))


def _district_province(
    issuer: str, province: str | None, place: str | None, paragraphs: list[Paragraph], dated: str | None
) -> str | None:
    """The province of the district a body's name came to name ("Thường trực Hội đồng nhân dân huyện" whose text
    says "huyện Na Rì": Bắc Kạn), over a province only guessed from the body (a page's chrome naming "Thành phố Hồ
    Chí Minh"); a province the body's name, its place line or its header names stands."""
    district = province_at(province_of_districts(issuer), dated)
    if not district or district == province or province in provinces_in(issuer):
        return province
    if province and (province in provinces_in(place or "") or _header_line_naming(paragraphs, province)):
        return province
    return district


def _header_line_naming(paragraphs: list[Paragraph], province: str) -> str | None:
    """The header line that names ``province`` (the Party organisation above a committee)."""
    for p in paragraphs:
        if p.zone == "header" and province in provinces_in(p.text):
            return p.lines[0] if p.lines else p.text
    return None


def _not_a_bare_type_line(text: str) -> bool:
    found = title_type(text)
    return not found or bool(found[1])


def _note_dates(trace: Trace, number: str | None, from_lead: str | None, how: str) -> None:
    """Where the year came from: the date's line, the number, or the page's lead or table of properties."""
    dated = trace.findings.get("date")
    if from_lead:
        trace.note("year", from_lead, how, sure=False)
    elif dated and dated.how != "passage":
        trace.note("year", dated.line, dated.how, sure=True)
    else:
        trace.note("year", number, "number")


def _note_derived(trace: Trace, paragraphs: list[Paragraph], *, issuer, number, place, level, province, dated) -> None:
    """Where the fields read off others came from: level and province, year, title, basis, signer."""
    named = trace.findings["issuer"].line if "issuer" in trace.findings else issuer
    if level and issuer_level(issuer, None, None) == level:
        trace.note("level", named, "issuer_name")
    elif level and issuer_level(None, number, None) == level:
        trace.note("level", number, "number_code")
    else:
        trace.note("level", None, "body", sure=False)
    if level == "central" and province is None or province and province in provinces_in(issuer or ""):
        trace.note("province", named, "issuer_name")
    elif province and place and province in provinces_in(place):
        trace.note("province", place, "place_line")
    elif province and (named_in := _header_line_naming(paragraphs, province)):
        trace.note("province", named_in, "header")
    elif province and province_at(province_of_localities(issuer or "", dated), dated) == province:
        # a commune's name alone recurs from one province to the next (and the divisions are today's): unsure
        district = re.search(r"(?<!\w)(?:huyện|quận|thị xã|thành phố)\s", issuer or "", re.I)
        trace.note("province", named, "locality", sure=bool(district))
    else:
        trace.note("province", None, "body", sure=False)
    titles = [p for p in paragraphs if p.zone == "title" and _not_a_bare_type_line(p.text)]
    if titles:
        trace.note("title", titles[0].lines[0] if titles[0].lines else titles[0].text, "title")
    opening, how = grounds_of(paragraphs)
    if opening:
        # "… Luật số 8 7⁄202%⁄QHI5": a document named with a number that could not be read
        unread = any(_unread_number(named_as_grounds(p.text)) for p in opening)
        trace.note("basis", opening[0].text[:200], how, sure=not unread)
    else:
        early = [p for p in paragraphs if p.zone == "body"][:3]
        cited = any(find_numbers(p.text) for p in early)
        trace.note("basis", early[0].text[:200] if cited else None, "not_found", sure=not cited)
    signature = [p for p in paragraphs if p.zone == "signature"]
    if signature:
        trace.note("signer", signature[-1].text, "signature")
