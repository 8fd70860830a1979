"""The fields a document says of itself at its head: number, type, place and date, issuer and subject.

Each is read from the header and the title zone first (:mod:`~indexer.document.header`,
:mod:`~indexer.document.title`, :mod:`~indexer.document.fields.issuer`); where the copy lost them, from what
stands in for them: the note of the decision an attached document was issued with, the title line of an older
document that names its number and day, a page's lead or headline over a repost, a legal website's table of
properties. What stands in is marked for review.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from indexer.document.evidence import Trace
from indexer.document.fields.attachment import attachment_note
from indexer.document.fields.basis import opening_paragraphs
from indexer.document.fields.consolidation import authentication
from indexer.document.fields.gapped_number import gapped_number, wrapped_number
from indexer.document.fields.issuer import extract_issuer
from indexer.document.fields.joint import central_issuer, joint_issuer
from indexer.document.fields.news_lead import Lead, headline_type, news_lead, page_headline
from indexer.document.fields.site_properties import SiteProperties
from indexer.document.header import extract_date, extract_number, extract_type
from indexer.document.lines import in_zones
from indexer.document.structure import LETTER_SUBJECT, Paragraph
from indexer.document.structure.type_lines import enacted_subject, title_type
from indexer.document.title import IssuedBy, extract_title, numbered_by_title
from indexer.text.numbers import letter_symbol
from indexer.text.vietnamese import fold


class HeaderFields(NamedTuple):
    number: str | None
    doc_type: str | None
    place: str | None
    dated: str | None  # ISO, or its year and month when the day was left blank
    issuer: str | None
    title: str | None
    lead: Lead | None


class _Numbered(NamedTuple):
    number: str | None
    titled: tuple[str, IssuedBy] | None  # the title's line that names the number, and what it names
    lead: Lead | None
    attached: dict | None


def header_fields(paragraphs: list[Paragraph], full_text: str, trace: Trace) -> HeaderFields:
    """Number, type, place, date, issuer and title; an attached document's from its note, a reposted one's
    from the page's lead (:mod:`~indexer.document.fields.news_lead`) where the copy lost its header."""
    numbered = _number(paragraphs, trace)
    number, titled, lead, attached = numbered
    doc_type = _type(paragraphs, number, lead, full_text, trace)
    place, dated = extract_date(paragraphs, doc_type, trace)
    if titled and not dated and titled[1].date:
        dated = titled[1].date
        trace.note("date", titled[0], "title")
    if attached and not dated and attached["date"]:
        dated = attached["date"]
        trace.note("date", attached["line"], "attachment")
    issuer = _issuer(paragraphs, number, attached, full_text, trace)
    consolidated = authentication(paragraphs) if doc_type == "Văn bản hợp nhất" else None
    if consolidated and (not issuer or trace.findings["issuer"].how in ("opening", "signature")):
        issuer = consolidated.issuer or issuer  # a consolidated text's body signs its authentication block
        trace.note("issuer", consolidated.line, "authentication", sure=False)
    if consolidated and consolidated.date and (not dated or len(dated) != 10):  # not a cited act's year
        dated = consolidated.date
        trace.note("date", consolidated.line, "authentication", sure=False)
    title = _title(paragraphs, doc_type, lead, trace)
    return HeaderFields(number, doc_type, place, dated, issuer, title, lead)


def _number(paragraphs: list[Paragraph], trace: Trace) -> _Numbered:
    """The header's number, mended; or the one its title line, or a page's lead, names."""
    attached = attachment_note(paragraphs)
    number = extract_number(paragraphs, trace)
    if number and trace.findings["number"].line:  # "Số: 255 / BC-BCĐPCGD-" … "XMC": the column wrapped it
        number = wrapped_number(number, trace.findings["number"].line, paragraphs)
    if attached and number and number == attached["decision"]:
        number = None  # the decision's number: the attached document has none of its own
        trace.note("number", attached["line"], "attachment")
    blank = _left_blank(trace)
    if blank and (whole := gapped_number(trace.findings["number"].line or "", paragraphs)):
        number, blank = whole, False
        trace.note("number", trace.findings["number"].line, "header", sure=False)
    titled = None if number or blank else numbered_by_title(paragraphs)
    if titled:  # "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …"
        number = titled[1].number
        trace.note("number", titled[0], "title")
    lead = None if number or blank else news_lead(paragraphs)
    if lead and (own := _own_type(paragraphs)) and own != lead.doc_type:
        # "ĐỀ CƯƠNG TUYÊN TRUYỀN …" telling that "Ban Thường vụ … đã ban hành Kết luận số …": another's number and
        # subject; its day, the page's news, is still the year the document belongs to
        lead = dataclasses.replace(lead, doc_type=own, number=None, subject=None)
    if lead and lead.number:
        number = lead.number
        trace.note("number", lead.line, "lead", sure=False)
    return _Numbered(number, titled, lead, attached)


def _own_type(paragraphs: list[Paragraph]) -> str | None:
    """The type the document's own title line names, if its title zone opens with one."""
    first = next((p for p in paragraphs if p.zone == "title"), None)
    found = title_type(first.text) if first else None
    return found[0] if found else None


def _type(
    paragraphs: list[Paragraph], number: str | None, lead: Lead | None, full_text: str, trace: Trace
) -> str | None:
    doc_type = extract_type(paragraphs, number, full_text, trace)
    # the lead names the type beside the number ("Thông tri số 18/TTr-MTTW"): a code read alone is a guess
    from_code = doc_type and trace.findings["doc_type"].how == "number_code"
    if lead and (not doc_type or from_code and lead.number == number and lead.doc_type != doc_type):
        doc_type = lead.doc_type
        trace.note("doc_type", lead.line, "lead", sure=False)
    if not doc_type and number and letter_symbol(number):  # "4144/GDĐT-VP": only a letter's
        doc_type = "Công văn"
        trace.note("doc_type", number, "number_code", sure=False)
    if not doc_type and (doc_type := headline_type(paragraphs)):  # "Thông báo ngày bầu cử …" over the copy
        trace.note("doc_type", doc_type, "lead", sure=False)
    return doc_type


def _issuer(
    paragraphs: list[Paragraph], number: str | None, attached: dict | None, full_text: str, trace: Trace
) -> str | None:
    issuer = extract_issuer(paragraphs, full_text, trace)
    joint = joint_issuer(number)
    if joint:
        issuer = joint
        trace.note("issuer", number, "number_code")
    elif not issuer and (central := central_issuer(number)):  # a copy that lost its header: a ministry's code
        issuer = central
        trace.note("issuer", number, "number_code", sure=False)
    elif issuer and fold(issuer).startswith("bo ") and (central := central_issuer(number) or "").startswith("Tổng cục"):
        issuer = central  # "BỘ TÀI CHÍNH" over "4715/TCT-KK": a table's row lost the general department's line
        trace.note("issuer", number, "number_code", sure=False)
    if attached and attached["issuer"] and trace.findings["issuer"].how in ("opening", "signature"):
        issuer = attached["issuer"]
        trace.note("issuer", attached["line"], "attachment")
    return issuer


def _title(paragraphs: list[Paragraph], doc_type: str | None, lead: Lead | None, trace: Trace) -> str | None:
    title = _verb_opened(extract_title(paragraphs), doc_type, paragraphs, trace) or (lead.subject if lead else None)
    if not title:  # a scan whose stamp covered the type line and subject: the enacting sentence names them
        enacting = next(
            (p for p in opening_paragraphs(paragraphs) if p.zone == "body" and enacted_subject(p.text)), None
        )
        title = enacting and enacted_subject(enacting.text)
        if title:
            trace.note("title", enacting.text, "opening", sure=False)
    # "V/v …" under the number, over a type line with no subject of its own
    subject = (
        None if title else next((p.text for p in in_zones(paragraphs, "header") if LETTER_SUBJECT.match(p.text)), None)
    )
    if subject:
        title = re.sub(r"^[\"“]?\s*V/[vV]\s*:?\s*", "", subject)
        trace.note("title", subject, "header", sure=False)
    if not title and (title := page_headline(paragraphs)):  # a page's copy without a header: its headline
        trace.note("title", title, "lead", sure=False)
    return title


# Types whose word is also the verb a subject opens with: "QUY ĐỊNH MỨC CHI CỤ THỂ …" under a resolution whose type
# line a copy dropped is the subject whole, the number's code ("23/2025/NQ-HĐND") saying the type.
_VERB_TYPES = ("Quy định", "Hướng dẫn")


def _verb_opened(title: str | None, doc_type: str | None, paragraphs: list[Paragraph], trace: Trace) -> str | None:
    """The subject with the verb a type line's reading took for the type, where the number says another type."""
    typed = trace.findings.get("doc_type")
    first = next((p for p in paragraphs if p.zone == "title"), None)
    found = title_type(first.text) if title and first and typed and typed.how == "number_code" else None
    if found and found[1] and found[0] in _VERB_TYPES and found[0] != doc_type:
        return f"{found[0]} {title[:1].lower()}{title[1:]}"
    return title


_BARE_COUNCIL = re.compile(r"(?:U[ỷỶ]|Ủy) ban nhân dân|Hội đồng nhân dân")


def with_site_properties(fields: HeaderFields, site: SiteProperties | None, trace: Trace) -> HeaderFields:
    """What a legal website's table of properties gives where the copy lost it (:mod:`…fields.site_properties`)."""
    if not site:
        return fields
    blank = _left_blank(trace)
    given = {
        "number": site.number if not fields.number and not blank else None,
        "doc_type": site.doc_type if not fields.doc_type else None,
        # a header row that kept only "ỦY BAN NHÂN / DÂN" over the department that wrote the letter: the site's
        "issuer": site.issuer if not fields.issuer or _BARE_COUNCIL.fullmatch(fields.issuer) else None,
    }
    given = {name: value for name, value in given.items() if value}
    for name in given:
        trace.note(name, site.line, "site", sure=False)
    return fields._replace(**given)


def _left_blank(trace: Trace) -> bool:
    """Whether the header left the number's place blank (a draft): no other line's number is the document's."""
    return "number" in trace.findings and trace.findings["number"].how == "blank"
