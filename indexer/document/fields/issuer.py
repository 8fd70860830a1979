"""Who issues a document and where it sits (issuer, level, province).

Names come from the header's upper-case lines, recased as the body writes them; the order of trust and the
traps are named in each function's docstring.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.document.evidence import Trace, garbled
from indexer.document.fields.header_names import BODY_HEAD, header_names
from indexer.document.fields.joint import JOINED, PLACE_TAIL, with_sector_union
from indexer.document.fields.locality import department_unit, unit_of, with_parent_place
from indexer.document.fields.news_lead import page_issuer, recounted
from indexer.document.fields.school import school_cell_name, school_name
from indexer.document.fields.signing_capacity import OFFICE, office_of
from indexer.document.header import congress, plenum_committee
from indexer.document.lines import GROUNDS, in_zones
from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import title_type
from indexer.document.title import OF_ISSUER, headline, title_lines
from indexer.text import agencies, respelling
from indexer.text.agency_names import usual_case
from indexer.text.localities import proper_place, province_of_districts, province_of_localities
from indexer.text.normalize import is_all_caps
from indexer.text.numbers import find_numbers
from indexer.text.places import likeliest_province, province_at, province_of_seat, provinces_in, with_province_unit
from indexer.text.respelling import respelled_from_text
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import ISSUED_TYPES, PLACE_UNITS_CAPS, TERM_AFTER_NAME

_COMMITTEE_PLACE = re.compile(
    r"^(?P<unit>TỈNH UỶ|THÀNH UỶ|HUYỆN UỶ|QUẬN UỶ|THỊ UỶ|ĐẢNG UỶ XÃ|ĐẢNG UỶ PHƯỜNG|ĐẢNG UỶ THỊ TRẤN|"
    r"UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s*(?P<rest>.*)$"
)


# The departments that are one of a kind, known by their name alone: the Ministry of Finance's general
# departments made departments in 2025 (Nghị định 29/2025/NĐ-CP).
_SOLE_DEPARTMENTS = {key(name) for name in ("Cục Thuế", "Cục Hải quan", "Cục Thống kê", "Cục Dự trữ Nhà nước")}
# Under the Central Committee's heading, its offices are named for the Party: "Văn phòng Trung ương Đảng".
_CENTRAL_PARTY_UNITS = {"Văn phòng": "Văn phòng Trung ương Đảng"}


def _issuer_from_header(paragraphs: list[Paragraph], context: str) -> str | None:
    """Compose the issuer from the upper-case lines of the header.

    ``TỈNH UỶ LẠNG SƠN / BAN CHỈ ĐẠO CÔNG TÁC / THÔNG TIN ĐỐI NGOẠI`` gives
    ``Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn``; ``THÀNH UỶ
    BẮC NINH / BAN TUYÊN GIÁO`` gives ``Ban Tuyên giáo Thành uỷ Bắc Ninh``; the line above a Party
    committee names the organisation it belongs to, not the issuer (``ĐẢNG BỘ TỈNH KHÁNH HOÀ /
    ĐẢNG UỶ XÃ CÔNG HẢI``: ``Đảng uỷ xã Công Hải``), and so does a ministry above its general department
    (``BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN``: ``Tổng cục Hải quan``); its departments, whose names repeat from one
    ministry to the next, keep it in brackets (``Cục Cảnh sát điều tra tội phạm về ma tuý (Bộ Công an)``).
    """
    names = header_names(paragraphs)
    return _joint_issuer(names, context) or _issuer_of_names(names, context) if names else None


def _issuer_of_names(names: list[str], context: str) -> str:
    """The issuer the header's names compose (:func:`_issuer_from_header`)."""
    if school := school_name(names[-1]) or len(names) > 1 and school_cell_name(names[-1], names[-2]):
        return school  # under the office that runs it, a school issues by its own name; its Party cell too
    while len(names) > 2 and names[1].startswith("ĐẢNG BỘ "):
        names = names[1:]  # "ĐẢNG BỘ TỈNH … / ĐẢNG BỘ HUYỆN … / ĐẢNG UỶ XÃ …": the commune's own parent, then it
    if len(names) == 1:
        parts = agencies.joint_parts(names[0], " VÀ ")  # "BAN DÂN VẬN VÀ …" is one body's name
        return " và ".join(agencies.expand_abbreviations(respelling.recase(part, context)) for part in parts)
    parent, child = names[0], " ".join(names[1:])
    parent_name = agencies.expand_abbreviations(respelling.recase(parent, context))
    child_name = agencies.expand_abbreviations(respelling.recase(child, context))
    place = _COMMITTEE_PLACE.match(parent)
    if fold(parent).startswith("bo ") and re.match(r"^(?:Cục|Vụ)\s", child_name) and not provinces_in(child_name):
        # a ministry's department: every ministry has its "Cục Kế hoạch - Tài chính", its "Vụ Pháp chế"
        return child_name if key(child_name) in _SOLE_DEPARTMENTS else f"{child_name} ({parent_name})"
    # a national organisation or university over its branch or school: "… / CÔNG ĐOÀN GIÁO DỤC VIỆT NAM"
    organisation = ("tong lien doan", "lien doan lao dong", "dai hoc ", "doan tncs")
    if fold(parent).startswith("bo ") and fold(child_name) in ("van phong", "thanh tra"):
        return f"{child_name} {parent_name}"  # "Văn phòng Bộ Tư pháp", "Thanh tra Bộ Xây dựng": named by their ministry
    if fold(parent).startswith("so ") and (unit := department_unit(child, child_name, parent_name)):
        return unit
    if fold(parent).endswith("viet nam") and re.search(rf"\b(?:{PLACE_UNITS_CAPS})\s", child):
        return child_name  # "HỘI NÔNG DÂN VIỆT NAM / BCH HỘI NÔNG DÂN TỈNH NGHỆ AN": the national body's heading
    if fold(parent).startswith(("dang bo", "bo ", "tong cuc ", *organisation)) or parent == "PHỦ THỦ TƯỚNG":
        return with_parent_place(child_name, parent_name)
    if parent.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG") and re.match(r"^(?:Đoàn|Hội|Công đoàn)\s", child_name):
        return f"Ban Chấp hành Trung ương {child_name}"  # "… / ĐOÀN TNCS HỒ CHÍ MINH": the Youth Union's own
    if parent.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG"):
        return _CENTRAL_PARTY_UNITS.get(child_name, f"{child_name} Trung ương")
    if fold(parent).startswith("doi tntp") and re.match(r"^Hội đồng (?!Đội)", child_name):
        return f"Hội đồng Đội {child_name[len('Hội đồng ') :]}"  # "ĐỘI TNTP HỒ CHÍ MINH / HỘI ĐỒNG TRUNG ƯƠNG"
    if key(child_name).startswith(key("Ban Chỉ đạo")) and place and place.group("rest"):
        child_name = "Ban Chỉ đạo" + child_name[len("Ban Chỉ đạo") :]
        unit = {
            "TỈNH UỶ": "tỉnh",
            "THÀNH UỶ": "thành phố",
            "HUYỆN UỶ": "huyện",
            "QUẬN UỶ": "quận",
            "THỊ UỶ": "thị xã",
            "ĐẢNG UỶ XÃ": "xã",
            "ĐẢNG UỶ PHƯỜNG": "phường",
            "ĐẢNG UỶ THỊ TRẤN": "thị trấn",
        }.get(place.group("unit"), "")
        rest = respelling.recase(place.group("rest"), context)
        return f"{child_name} {unit} {rest}".replace("  ", " ").strip()
    if place and place.group("unit") in ("UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND"):
        rest = respelling.recase(place.group("rest"), context)
        if child_name == "Văn phòng" or place.group("unit") in ("HỘI ĐỒNG NHÂN DÂN", "HĐND") and place.group("rest"):
            return f"{child_name} {parent_name}"  # the council's own board or delegation: "Đoàn giám sát Hội đồng …"
        if set(provinces_in(child_name)) & set(provinces_in(rest)) or child_name.startswith("Trường "):
            # "Trường Đại học Kỹ thuật - Công nghệ Cần Thơ" names its city already; a school or a college is
            # cited by its own name alone ("Trường Cao đẳng Công nghệ Thủ Đức"), as the schools of a district are
            return child_name
        # "UBND TỈNH CAO BẰNG / SỞ Y TẾ": "Sở Y tế tỉnh Cao Bằng"
        return f"{child_name} {rest.lower() if place.group('rest').split()[0] in ('TỈNH', 'HUYỆN', 'XÃ') else rest}"
    return unit_of(child_name, parent_name)


def _joint_issuer(names: list[str], context: str) -> str | None:
    """Each body of a joint header with the parent and the place it shares, joined as a sentence joins them
    (``Sở Y tế tỉnh Kiên Giang và Công đoàn ngành Y tế tỉnh Kiên Giang``); ``None`` for one body."""
    at = next((i for i, name in enumerate(names) if JOINED in name), None)
    if at is None:
        return None
    parts = names[at].split(JOINED)
    if at and fold(names[at - 1]) in ("thuong truc", "ban thuong truc"):  # "THƯỜNG TRỰC / HĐND - UBND TỈNH …"
        parts[0] = f"{names[at - 1]} {parts[0]}"  # the council's standing board, not the committee's
        names, at = [*names[: at - 1], *names[at:]], at - 1
    place = PLACE_TAIL.search(parts[-1])  # the line under both: each one's, added once each is named
    parts[-1] = parts[-1][: place.start()] if place else parts[-1]
    bodies = [_issuer_of_names([*names[:at], part, *names[at + 1 :]], context) for part in parts]
    if place:
        where = respelling.recase(place.group(0).strip(), context)
        bodies = [body if provinces_in(body) else f"{body} {where[0].lower()}{where[1:]}" for body in bodies]
    return " và ".join(with_sector_union(bodies))


_ISSUES = re.compile(
    # a department whose name has its comma: "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành …"
    r"(?:^|[,;:.)]\s+|^\s*)(?P<org>[A-ZĐÀ-Ỹ](?:[^,;:.()]|,\s(?=Thể thao|Thông tin|Gia đình)){2,120}?"
    + TERM_AFTER_NAME
    + r")\s+"
    r"(?:(?:đã|vừa|mới|chính thức|ký|trân trọng)\s+)*"
    # "… thành phố xây dựng kế hoạch …", "Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án …"
    r"(?:(?:ban hành|xây dựng|triển khai)\s+(?:\d{1,2}\s+)?"
    r"(?:(?i:" + "|".join(ISSUED_TYPES) + r")\b|(?i:văn bản)(?=\s+số\b)|lịch\s+(?:tiếp công dân|làm việc|công tác))"
    r"|tổ chức\s+(?:cuộc\s+)?họp\b"  # a meeting's conclusions: "Ngày 10/5/2021 Ban Chỉ đạo … xã tổ chức họp …"
    # "UBND xã Tây Sơn thông báo lịch …", "UBND huyện thông báo các Phiên tiếp công dân …", "Ủy ban nhân dân xã Mỹ
    # Thạnh thông báo chính thức ngày bầu cử Trưởng ấp …"; the closing of an office's letter ("Văn phòng UBND tỉnh
    # thông báo để Sở … thực hiện./.") or of a notice ("Uỷ ban nhân dân huyện Mai Châu trân trọng thông báo./.")
    r"|thông báo(?:\s+(?:chính thức\s+)?"
    r"(?:như sau|lịch|kết luận|kế hoạch|danh sách|[Vv]ề|các|đến|tới|để|ngày|thời gian|"
    r"và (?:kính mời|tuyên truyền))\b|\s*:|(?=\./))"  # "… thông báo và tuyên truyền đến toàn thể cử tri …"
    # a guidance or a letter in its writer's voice: "Ban Thường trực … hướng dẫn một số việc cụ thể như sau:",
    # "Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:"
    r"|hướng dẫn\s+(?:việc|một số|các|thực hiện|triển khai|tổ chức|tuyên truyền|công tác|như sau)\b"
    r"|có ý kiến(?:\s+chỉ đạo)?\s+như sau"
    r"|quy định\b(?=[^.;]*\bnhư sau\s*:)"  # a regulation: "… Tỉnh ủy quy định … như sau:"
    r"|điện\s*:"  # a telegram: "Thủ tướng Chính phủ điện: Các Phó thủ tướng …"
    r"|có\s+(?i:" + "|".join(ISSUED_TYPES) + r")\s+số\b"  # a page's lead: "UBND thành phố … vừa có Thông báo số …"
    # a report in its writer's voice: "Ủy ban nhân dân xã Quảng Phú báo cáo công tác tiếp công dân … như sau:"
    r"|báo cáo\s+(?:công tác|kết quả|tình hình|việc|về)\b(?=[^.;]*\bnhư sau\b)"
    # a submission in its writer's voice: "…, UBND thị trấn Nếnh kính trình UBND huyện Việt Yên và phòng …"
    r"|kính\s+trình\s+(?=(?:UBND|U[ỷỶ] ban|Ủy ban|HĐND|Hội đồng|Thường trực|Ban|Sở|Bộ|Thủ tướng|Chính phủ|các)\b)"
    # a letter's request, said by the body that writes it: "Sở Nông nghiệp và PTNT đề nghị các UBND huyện …"
    r"|(?:kính\s+)?(?:đề nghị|yêu cầu)\s+(?=(?:các|Quý|UBND|Uỷ ban|Ủy ban|Sở|Ban|Phòng|cơ quan|đơn vị|lãnh đạo các)\b))"
)
# What a news lead puts before the body that issues: "CTTĐT - Ngày 6/8, Ban Thường vụ …", "LTS: Ngày 14-11-2016, …"
_LEAD_IN = re.compile(
    r"^(?:[A-ZĐ]{2,8}\s*[-–:]\s*)?(?:LTS:\s*)?(?:Ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?,?\s*)?"
    r"(?:Về (?:việc|vấn đề|nội dung) (?:này|trên),?\s*|Vậy,?\s+)?"  # "Về việc này Bộ … có ý kiến:", "Vậy UBND …"
)


def _authority_line(paragraphs: list[Paragraph]) -> str | None:
    """The caps line naming the body that decides, between a decision's subject and its "Căn cứ" lines
    (``QUYẾT ĐỊNH`` / ``Ban hành Quy chế làm việc …`` / ``UỶ BAN NHÂN DÂN QUẬN 1``), when the body names one."""
    body = in_zones(paragraphs, "body")[:3]
    for k, p in enumerate(body[:2]):
        text = p.text.strip()
        if any("://" in q.text for q in body[max(0, k - 1) : k + 2]):  # a site's name between its links: not it
            continue
        if is_all_caps(text) and len(text) <= 90 and BODY_HEAD.match(fold(text)) and re.search(r"\s\S", text):
            return text
        if GROUNDS.match(text):
            return None
    return None


# A basis or a proposal opens a sentence that cites bodies; none of them issues the document. A kind of body
# alone ("…, Văn phòng hướng dẫn như sau:") names none either.
_KIND_ALONE = re.compile(r"^(?:Văn phòng|Sở|Phòng|Ban|Cục|Chi cục|Vụ|Bộ|Viện|Trung tâm)$")


# A newspaper's tag before its lead: "(Mặt trận) - ", "(Baonghean) - ".
_SOURCE_TAG = re.compile(r"^\s*\([^()]{2,40}\)\s*[-–]\s*")


def _bodies_in_opening(paragraphs: list[Paragraph]):
    """Each body the lead or the opening sentences say issues (:data:`_ISSUES`), in their order."""
    # a page's lead over the copy sits among the header's or the title's lines ("Ban Thường trực Ủy ban MTTQ tỉnh
    # ban hành …", under a caps headline "UBND phường Hương An thông báo Về việc …")
    lead = [p for p in in_zones(paragraphs, "header", "title")[:8] if len(p.text) >= 20 and not is_all_caps(p.text)]
    # the grounds may take several paragraphs before the sentence of the body that issues: up to the first part
    body = in_zones(paragraphs, "body")
    parted = next((k for k, p in enumerate(body) if p.section), len(body))
    # a notice that lost its header says who gives it in its closing: "Vậy UBND thị trấn Thanh Bình thông báo để …"
    closing = [p for p in body[-3:] if re.search(r"thông báo(?: để|\./)", p.text) and p not in body[:10]]
    for p in lead + body[: max(6, min(10, parted))] + closing:
        # "(sau đây gọi là …)", "Sở Giáo dục và Đào tạo (GDĐT) yêu cầu …": asides inside the body's name
        text = re.sub(r"\s*\((?:\*?sau đây|sau đây)[^)]*\)|\s*\([A-ZĐ&-]{2,12}\)", "", p.text)
        text = _SOURCE_TAG.sub("", text)  # "(Mặt trận) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh … vừa ban hành …"
        # the grounds may say "… về việc xây dựng kế hoạch" before the sentence of the body that does
        for m in _ISSUES.finditer(text):
            org = _LEAD_IN.sub("", m.group("org"))
            # the body's name alone: not "Ban Thường vụ Tỉnh uỷ giao Đảng đoàn … chỉ đạo việc", "… tỉnh khoá XIII"
            org = re.sub(r"(?:,?\s+(?i:khoá|khóa|nhiệm kỳ)\s+\S+)+$", "", agencies.phrase_until_verb(org))
            org = re.sub(r"(?<!\w)(huyện|xã|tỉnh|quận|phường) \1(?!\w)", r"\1", org)  # "HĐND huyện huyện Ngân Sơn"
            org = re.sub(r"^Chi (?:uỷ|ủy)\s+[Cc]hi bộ(?=\s)", "Chi bộ", org)  # the cell's executive writes for it
            # who signs it issues it for his office; who "có ý kiến" speaks in the letter his office writes
            org = office_of(org) if "ban hành" in text[m.end("org") : m.end()] else org
            # a body whose act the opening recounts before speaking in its own voice does not issue it
            if not org or GROUNDS.match(org) or _KIND_ALONE.match(org) or recounted(text, m.end("org"), m.end()):
                continue
            if BODY_HEAD.match(fold(org)):
                org = OFFICE.sub("", org)  # "Chủ tịch UBND huyện …", "Bộ trưởng Bộ …": the body
                yield usual_case(agencies.expand_abbreviations(org.strip()))


def _issuer_from_opening(paragraphs: list[Paragraph]) -> str | None:
    """``… Ban Thường vụ Tỉnh uỷ Cao Bằng ban hành Kế hoạch …`` -> the body that issues; a headline's short name
    ("HĐND xã Thanh Oai ban hành …") gives way to the lead's full one ("Thường trực HĐND xã Thanh Oai vừa ban
    hành …")."""
    bodies = list(_bodies_in_opening(paragraphs))
    first = bodies[0] if bodies else None
    fuller = [b for b in bodies[1:4] if len(b) > len(first) and key(b).endswith(" " + key(first))]
    return fuller[0] if fuller else first


def _issuer_from_signature(paragraphs: list[Paragraph], context: str) -> str | None:
    for p in in_zones(paragraphs, "signature"):
        m = re.match(r"^(?:T/M|TM\.?)\s*(?P<org>.+)$", p.text)
        if m:
            return agencies.expand_abbreviations(respelling.recase(m.group("org").strip(), context))
    return None


def extract_issuer(paragraphs: list[Paragraph], context: str, trace: Trace | None = None) -> str | None:
    """The issuing body.

    Order of trust: the "CỦA <issuer>" line under the type line (a Kết luận
    headed BAN CHẤP HÀNH TRUNG ƯƠNG is "của Bộ Chính trị"), the header's
    upper-case lines, the opening sentence, then the signature's "T/M <body>".
    """
    note = trace.note if trace is not None else (lambda *args, **kw: None)
    plenum = plenum_committee(paragraphs, context) or congress(paragraphs, context)
    if plenum:
        note("issuer", plenum, "title")
        return plenum
    names = header_names(paragraphs)
    issuer = _issuer_from_header(paragraphs, context)
    headlined, typed = None, False
    for line in title_lines(paragraphs):
        # under the type line, a type's word opens the subject: "THÔNG BÁO / KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …"
        found = None if typed else title_type(line)
        typed = typed or bool(found)
        org = headline(found[1]).issuer if found and found[1] else None
        if OF_ISSUER.match(line):
            org = headline(line).issuer
        if org and not headlined:
            headlined = (org, line)
        if org and is_all_caps(org):
            named = _named(org, context)
            if not issuer or not key(issuer).startswith(key(named)):  # "CỦA UBND XÃ" under "UBND XÃ THIỆU DUY"
                note("issuer", line, "title")
                return named
    # a page's heading above a copy that lost its header: "Công văn số 175-CV/TU ngày … của Thành uỷ TPHCM về …"
    headlined = headlined or page_issuer(paragraphs)
    issuer = issuer and respelling.head_spelled(
        respelled_from_text(_completed_by_authority(issuer, paragraphs, context), context)
    )
    if issuer:
        # the parent's line is read too: a broken font shows there ("BØ CÔNG AN") when not in the issuer's
        note("issuer", names[-1] if names else None, "header", sure=not any(garbled(n) for n in names))
    elif headlined and headlined[0]:  # a website's heading, in the sentence's case: "… của Bộ Chính trị về …"
        issuer = _named(headlined[0], context)
        if issuer[:1].islower():  # typed in small letters: "Của thủ tướng chính phủ về việc …"
            issuer = usual_case(issuer[:1].upper() + issuer[1:])
        note("issuer", headlined[1], "title", sure=False)
    elif line := _authority_line(paragraphs):  # a copy that lost its header keeps the decision's authority line
        # a minister decides for the ministry the header would have named ("BỘ TRƯỞNG BỘ XÂY DỰNG": Bộ Xây dựng)
        issuer = agencies.expand_abbreviations(respelling.recase(re.sub(r"^BỘ TRƯỞNG (?=BỘ )", "", line), context))
        note("issuer", line, "authority", sure=False)
    else:
        issuer = _issuer_from_opening(paragraphs)
        note("issuer", issuer, "opening", sure=False)
    signed_for = _issuer_from_signature(paragraphs, context)
    if not issuer:
        note("issuer", signed_for, "signature", sure=False)
        return signed_for and _placed(signed_for)
    issuer = _with_unit(_HISTORIC_NAMES.get(issuer, issuer), context)
    return _placed(_organ_of(_named_by_signature(issuer, signed_for), paragraphs))


_COUNCIL_AND_PLACE = re.compile(
    r"^(?P<council>U[ỷỶ] ban nhân dân|Hội đồng nhân dân)\s+(?P<place>[^\W\d_][\w ]{1,40})$", re.I
)
_UNITS = PLACE_UNITS_CAPS.lower()


def _with_unit(issuer: str, context: str) -> str:
    """A council whose header names its place without the unit ("UỶ BAN NHÂN DÂN / DÂN LỰC"), with the unit the
    text gives that place ("xã Dân Lực").

    >>> _with_unit("Uỷ ban nhân dân dân lực", "Lễ công bố xã Dân Lực đạt chuẩn nông thôn mới; xã Dân Lực")
    'Uỷ ban nhân dân xã Dân Lực'
    >>> _with_unit("Uỷ ban nhân dân tỉnh Kon Tum", "…"), _with_unit("Uỷ ban nhân dân Thanh Hoá", "…")
    ('Uỷ ban nhân dân tỉnh Kon Tum', 'Uỷ ban nhân dân Thanh Hoá')
    """
    m = _COUNCIL_AND_PLACE.match(issuer)
    if not m or re.match(rf"(?i:{_UNITS}|các|cấp)\b", m["place"]):
        return issuer
    words = r"\s+".join(re.escape(w) for w in m["place"].split())
    found = Counter(
        " ".join(f.group().split())
        for f in re.finditer(rf"(?<!\w)(?:{_UNITS})\s+{words}(?!\w)", context, re.I)
        if f.group()[-1:].isalpha() and not f.group().split()[-1].islower()  # "xã Dân Lực", not "xã dân lực"
    )
    return f"{m['council']} {found.most_common(1)[0][0]}" if found else issuer


def _named(org: str, context: str) -> str:
    """A body named in a title line, as the body of the text spells it: "BAN THƯỜNG VỤ TỈNH UỶ" -> "Ban
    Thường vụ Tỉnh uỷ"; its term is not its name ("Ban Chấp hành Đảng bộ tỉnh Khóa XVI")."""
    org = re.sub(r"\s+(?i:khoá|khóa)\s+[IVXLC]{1,6}$", "", org)
    return agencies.expand_abbreviations(respelling.recase(agencies.expand_caps_abbreviations(org), context))


def _completed_by_authority(issuer: str, paragraphs: list[Paragraph], context: str) -> str:
    """A council or committee the header names without its place, completed from the authority line
    under the title (``HỘI ĐỒNG NHÂN DÂN`` and ``HỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHOÁ I, KỲ HỌP LẦN THỨ 7``;
    ``ỦY BAN NHÂN DÂN`` and ``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH``); a council's standing committee, which
    resolves between sessions, by its own authority line (``THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH``)."""
    if key(issuer) not in (key("Hội đồng nhân dân"), key("Uỷ ban nhân dân")):
        return issuer
    if key(issuer) == key("Uỷ ban nhân dân") and not _numbered_by_council(paragraphs):
        # the header kept its first words only, the department's line lost ("ỦY BAN NHÂN DÂN | …", "Số:
        # 681/HD-SGDĐT"): the body that speaks in the opening, a department, issues ("Sở Giáo dục và Đào tạo
        # hướng dẫn …")
        speaker = _issuer_from_opening(paragraphs)
        if speaker and re.match(r"^(?:Sở|Phòng|Ban|Văn phòng|Chi cục|Trung tâm)\s", speaker):
            return speaker
    for p in paragraphs[:40]:
        # a page that dropped the type heading leaves the authority line among the header's
        if p.zone not in ("header", "title", "body") or not is_all_caps(p.text):
            continue
        standing = p.text.startswith("THƯỜNG TRỰC ") and key(issuer) == key("Hội đồng nhân dân")
        # a chairman's decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") is the committee's, its chairman said apart
        line = re.sub(r"^(?:CHỦ TỊCH|THƯỜNG TRỰC)\s+", "", p.text)
        if key(line).startswith(key(issuer) + " ") and re.match(r"\s*[^\W\d_]", line[len(issuer) :]):
            named = re.split(r"\s+(?:KHOÁ|KHÓA|NHIỆM KỲ|KỲ HỌP)\b|,", line)[0]
            return ("Thường trực " if standing else "") + respelling.recase(named, context)
    return issuer


def _numbered_by_council(paragraphs: list[Paragraph]) -> bool:
    """Whether the header's number is the council's own ("Số: 12/UBND-VX"), or no number says otherwise."""
    numbers = [n.number for p in in_zones(paragraphs, "header") for n in find_numbers(p.text)]
    return not numbers or any(re.search(r"(?:UBND|HĐND)", n) for n in numbers[:1])


# The Front's committees are named "Ủy ban Mặt trận Tổ quốc Việt Nam …" (its Charter); a news page or a short
# header drops "Việt Nam" ("Ban Thường trực Ủy ban MTTQ tỉnh").
_FRONT_WITHOUT_COUNTRY = re.compile(r"(?<!\w)(U[ỷỶ]\s?ban (?:Trung ương )?Mặt trận Tổ quốc)(?! Việt Nam)(?!\w)", re.I)


def _placed(name: str) -> str:
    """:func:`proper_place` of a name, or of each body a joint document names; the Front's committee by its
    full name.

    >>> _placed("Ban Thường trực Uỷ ban Mặt trận Tổ quốc tỉnh Thanh Hoá")
    'Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hoá'
    """
    name = _FRONT_WITHOUT_COUNTRY.sub(r"\1 Việt Nam", name)
    name = re.sub(r"^(Tổng Liên đoàn Lao động)$", r"\1 Việt Nam", name, flags=re.I)  # one of its kind, so named
    parts = agencies.joint_parts(name, " và ", agencies.JOINT_HEAD)
    return " và ".join(proper_place(with_province_unit(part)) for part in parts)


# Bodies renamed since: the name a researcher looks for.
_HISTORIC_NAMES = {"Phủ Thủ tướng": "Thủ tướng Chính phủ"}
# Bodies that elect a standing committee ("T/M BAN THƯỜNG VỤ"): the Party's committees and the mass organisations'.
_PARTY_COMMITTEE = re.compile(
    r"^(?:Đảng uỷ|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Quận uỷ|Thị uỷ|Đảng bộ|Công đoàn|Liên đoàn Lao động|Tỉnh đoàn|Thành đoàn|"
    r"Huyện đoàn|Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh)\b",
    re.I,
)


def _named_by_signature(issuer: str, signed_for: str | None) -> str:
    """The body the signature acts for, when it is narrower than the header's (Hướng dẫn 36-HD/VPTW).

    A Party committee's document signed "T/M BAN THƯỜNG VỤ" is its standing committee's
    (``Ban Thường vụ Đảng uỷ xã Công Hải``); one headed BAN CHẤP HÀNH TRUNG ƯƠNG and signed
    "T/M BAN BÍ THƯ" is the Secretariat's.
    """
    if not signed_for or key(signed_for) in key(issuer):
        return issuer
    if signed_for in ("Ban Bí thư", "Bộ Chính trị") and issuer.startswith("Ban Chấp hành Trung ương"):
        return _organ_named(signed_for, issuer)
    standing = {key("Ban Thường vụ"): "Ban Thường vụ", key("Thường trực"): "Thường trực"}.get(key(signed_for))
    if standing and _PARTY_COMMITTEE.match(issuer):
        return f"{standing} {issuer}"
    return issuer


# The Politburo and the Secretariat issue under the Central Committee's heading. Which of them did, the signature
# says ("T/M BỘ CHÍNH TRỊ"); a copy cut before it still says so in its opening ("Ban Bí thư Trung ương Đoàn ban
# hành Kế hoạch …") or in the page's heading over it ("Quy định số 97-QĐ/TW của Bộ Chính trị: …").
_ORGAN_ACTS = re.compile(
    r"(?<!\w)(Bộ Chính trị|Ban Bí thư)(?: Trung ương Đoàn)?(?: đã)? (?:ban hành|quyết định|yêu cầu|chỉ thị|kết luận|"
    r"quy định|thông báo)(?!\w)"
)
_ORGAN_HEADING = re.compile(
    r"^[A-ZĐ][^\W\d]*(?: [^\W\d]+)? số (?P<number>\S+) (?:[^:]{0,30} )?của (Bộ Chính trị|Ban Bí thư)\b"
)


def _organ_of(issuer: str, paragraphs: list[Paragraph]) -> str:
    """The Politburo or the Secretariat, for a document headed by the Central Committee (the Party's or the
    Youth Union's: "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh") whose opening or page heading names it."""
    if not issuer.startswith("Ban Chấp hành Trung ương") or "Ban Bí thư" in issuer or "Bộ Chính trị" in issuer:
        return issuer
    own = {n.number for p in in_zones(paragraphs, "header") if p.text.startswith("Số") for n in find_numbers(p.text)}
    organ = None
    for p in paragraphs[:3]:
        m = _ORGAN_HEADING.match(p.text)
        organ = organ or (m.group(2) if m and p.zone == "header" and m.group("number").rstrip(".,:") in own else None)
    for p in in_zones(paragraphs, "body")[:3]:
        m = _ORGAN_ACTS.search(p.text)
        organ = organ or (m.group(1) if m else None)
    return _organ_named(organ, issuer) if organ else issuer


def _organ_named(organ: str, committee: str) -> str:
    """ "Ban Bí thư" of "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh" is the Youth Union's Secretariat."""
    return organ + committee[len("Ban Chấp hành") :] if "Đoàn" in committee else organ


def extract_province(
    issuer: str | None,
    level: str | None,
    place: str | None,
    body: str,
    paragraphs: list[Paragraph] = (),
    dated: str | None = None,
) -> str | None:
    """Where the issuer sits: named in the issuer, else the place line, else what the body speaks of.

    Trap: a plan that never names its province in a header (``004_…``) still
    names it in its body ("tỉnh Kon Tum"); a commune's never does, but its own name or the district its
    body speaks of tells it (``xã Thiệu Duy``, ``huyện Thiệu Hoá``: Thanh Hoá).
    """
    if level == "central":
        return None
    # The Party organisation above a committee names the province the committee itself does not:
    # "ĐẢNG BỘ TỈNH KHÁNH HOÀ / ĐẢNG UỶ XÃ CÔNG HẢI" (Công Hải was in Ninh Thuận until 2025).
    parent = " ".join(header_names(paragraphs)[:1]) if paragraphs else ""  # "PHÒNG GD-ĐT T.X BA ĐỒN" over a school
    for source in (issuer or "", place or "", parent):
        found = provinces_in(source)
        if found:
            return found[-1]
    # The divisions say where a commune was in 2024; a document signed after the merger of 1 July 2025
    # belongs to the province it merged into.
    by_district = province_of_districts(body[:20000]) if level == "commune" else None
    return (
        province_at(by_district, dated)
        or province_at(province_of_localities(issuer or "", dated), dated)
        or province_at(province_of_localities(parent, dated), dated)
        or province_at(province_of_seat(place or ""), dated)  # "Long Xuyên, ngày …": An Giang's offices sit there
        or likeliest_province(body, qualified_only=True)
        or province_at(province_of_localities(body[:20000], dated), dated)
        # communes' names shared by several provinces may split the vote a district's name settles ("thị xã Sông Cầu")
        or province_at(province_of_districts(body[:20000]), dated)
        # a commune's page names other places only in passing ("Bệnh viện … cơ sở 2 Kim Chung, Đông Anh, Hà Nội")
        or (likeliest_province(body) if level != "commune" else None)
    )
