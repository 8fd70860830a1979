"""The header's caps lines that name bodies, top first: the parent and the issuer ("ĐẢNG BỘ TỈNH …" / "ĐẢNG UỶ XÃ
…"), cleaned of what a scan or a copy leaves around them and joined where a narrow column broke a name."""

from __future__ import annotations

import re

from indexer.document.fields.joint import JOINED, dash_joined
from indexer.document.lines import PARTIAL_DATE, STAMP, flattened_row, header_lines, place_date
from indexer.document.structure import Paragraph
from indexer.document.structure.type_lines import type_of_line
from indexer.text import agencies
from indexer.text.header_cells import is_motto
from indexer.text.normalize import is_all_caps
from indexer.text.numbers import find_numbers
from indexer.text.places import letter_mended, marks_mended
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import MOTTO

_PARENT = re.compile(
    r"^(?:TỈNH UỶ|THÀNH UỶ|HUYỆN UỶ|QUẬN UỶ|THỊ UỶ|ĐẢNG UỶ|ĐẢNG BỘ|BAN CHẤP HÀNH|UỶ BAN NHÂN DÂN|UBND|"
    r"HỘI ĐỒNG NHÂN DÂN|HĐND|BỘ|TỔNG CỤC|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|TỔNG LIÊN ĐOÀN LAO ĐỘNG|LIÊN ĐOÀN LAO ĐỘNG|"
    r"ĐOÀN TNCS|ĐẠI HỌC QUỐC GIA)\b"
)
_CHILD = re.compile(
    r"^(?:BAN|VĂN PHÒNG|SỞ|PHÒNG|CỤC|VỤ|CHI CỤC|TRUNG TÂM|UỶ BAN KIỂM TRA|THANH TRA|BCĐ|BAN CHỈ ĐẠO|ĐẢNG UỶ|"
    r"HỘI ĐỒNG|TỔ|CHI BỘ|CÔNG AN|BỘ CHỈ HUY|CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|TRƯỜNG|VIỆN|BỆNH VIỆN|HỌC VIỆN|ĐOÀN|"
    r"TỈNH ĐOÀN|THÀNH ĐOÀN|HUYỆN ĐOÀN|"
    r"UỶ BAN BẦU CỬ|ỦY BAN BẦU CỬ|BAN BẦU CỬ)\b"
)

# A caps line naming a body and the body above it at once: "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "UBND HUYỆN THÁI
# THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO", and a Party committee over its board ("TỈNH UỶ … BAN DÂN VẬN"); a Party board
# needs no word after its own ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC": the Central Committee's is named by it).
_TWO_BODIES = re.compile(
    r"^(?P<parent>(?:BỘ|UỶ BAN NHÂN DÂN|UBND|PHÒNG|(?:TỈNH|HUYỆN|THÀNH|QUẬN|THỊ) UỶ)\s.{2,40}?"
    r"|BAN CHẤP HÀNH TRUNG ƯƠNG)\s+"
    r"(?P<child>(?:TỔNG CỤC|CỤC|SỞ|VĂN PHÒNG|PHÒNG|THANH TRA|CÔNG AN|CHI CỤC|BAN QUẢN LÝ|TRUNG TÂM|TRƯỜNG|"
    r"BAN CHỈ HUY|BAN CHỈ ĐẠO|HỘI ĐỒNG)\s.+"
    r"|(?:BAN (?:TỔ CHỨC|TUYÊN GIÁO|DÂN VẬN|NỘI CHÍNH|KINH TẾ|ĐỐI NGOẠI)|UỶ BAN KIỂM TRA)(?:\s.+)?)$"
)

# The same, matched on the folded line: an OCR without diacritics reads "TONG CUC THUE", or "TỎNG CỤC THUÊ".
_PARENT_FOLDED = re.compile(fold(_PARENT.pattern))
_CHILD_FOLDED = re.compile(fold(_CHILD.pattern))
_TWO_BODIES_FOLDED = re.compile(
    r"^(?P<parent>(?:bo|uy ban nhan dan|ubnd|phong|(?:tinh|huyen|thanh|quan|thi) uy)\s.{2,40}?"
    r"|ban chap hanh trung uong)\s+"
    r"(?P<child>(?:tong cuc|cuc|so|van phong|phong|thanh tra|cong an|chi cuc|ban quan ly|trung tam|truong|"
    r"ban chi huy|ban chi dao|hoi dong)\s.+"
    r"|(?:ban (?:to chuc|tuyen giao|dan van|noi chinh|kinh te|doi ngoai)|uy ban kiem tra)(?:\s.+)?)$"
)


# A Party organisation over the one under it on one line: "ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG UỶ XÃ
# LA BẰNG" (a document-sharing site's copy of a commune's header).
_PARTY_CHAIN = re.compile(r"(?<=\S)\s+(?=(?:ĐẢNG BỘ|ĐẢNG UỶ|CHI BỘ)\s)|(?<=[A-ZĐÀ-Ỹ]{2})(?=CHI BỘ\s)")


def _party_chain(text: str) -> list[str] | None:
    """The Party organisations a caps line names one under the other, or None."""
    parts = _PARTY_CHAIN.split(text) if text.startswith("ĐẢNG BỘ ") else []
    return parts if len(parts) > 1 else None


def _two_bodies(text: str) -> tuple[str, str] | None:
    """``("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")`` for a line naming a body and the one under it, with or without
    its diacritics."""
    folded = fold(text)
    m = _TWO_BODIES_FOLDED.match(folded) if len(folded) == len(text) else _TWO_BODIES.match(text)
    return (text[: m.end("parent")], text[m.start("child") :]) if m else None


# What a scan leaves around a header line ("-_ UBND TỈNH PHÚ THỌ...": a rule's end, dots of a torn edge, a seal's
# edge read as letters: "TỈNH AN GIANG ad."), a page's label a copy of the PDF ran into the issuer's line ("Trang
# 1UỶ BAN NHÂN DÂN"), and the space an OCR loses after a council's initials ("UBNDTỈNH PHÚ THỌ").
_SCAN_MARKS = re.compile(
    # a seal's edge read as marked letters, three in a row as no syllable has them: "… VIỆT NAM ằặ-ằ-ằăằăăt"
    r"(?:^\W*|\s+)\S*(?:(?![đĐ])[À-ỹ]){3,}\S*$|"
    r"^-?[_.][\s_\-.]*|(?<=\w)[\s_.]*\.\.+$|(?<=[A-ZĐÀ-Ỹ]{2})\s+(?!và\b)[a-zà-ỹđ]{1,2}\W?$"
    r"|^Trang\s*\d{1,3}\s*(?=[A-ZĐÀ-Ỹ]{2})|(?<=[A-ZĐÀ-Ỹ])\s*[-_=¯]{3,}$"  # a rule run into the name: "… PHỦ-------"
    r"|(?<=[A-ZĐÀ-Ỹ])\s+Độc\s*lập\s*-.*$"  # the motto's start an OCR read onto the name: "… THÔNG Độc lập - T"
)
# A council named with its place, over the department under it: no joint header's first body.
_PLACED_COUNCIL = re.compile(r"^(?:UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN|UBND)\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s")
# A Party cell's or a school's line some typists write in the sentence's case under its office's caps.
_SENTENCE_CASE_UNIT = re.compile(
    r"^(?:Chi bộ|Trường (?:TH|THCS|THPT|MN|MG|PTDTBT|PTDTNT|Tiểu học|Trung học|Mầm non|Mẫu giáo))\s"
)
_RECEIVED_MARK = re.compile(r"^(?:CÔNG VĂN |CV |VĂN BẢN )?(?:ĐẾN|ĐỀN)\b")
# "UBNDTỈNH …", and a school's line run into its office's ("T.X BA ĐỒNTRƯỜNG TH QUẢNG TIÊN"): no word goes on
# into "TRƯỜNG"
_GLUED_WORDS = re.compile(r"^(UBND|HĐND)(?=TỈNH|HUYỆN|XÃ|THÀNH|QUẬN|PHƯỜNG|THỊ)|(?<=[A-ZĐÀ-Ỹ])(?=VÀ\s|TRƯỜNG\s)")


def _cleaned(line: str) -> str:
    """A header line without a scan's marks, its abbreviations spelt out (in capitals), and the province after its
    unit spelt as it is ("CUC THUE TP HAI PHONG": an OCR without diacritics; "TỈNH DÌNH ĐỊNH": a letter mistyped)."""
    # "UBNDTỈNH PHÚ THỌ", "THƯƠNG BINHVÀ XÃ HỘI": no syllable goes on into "V", none ends in "UBND"
    text = _GLUED_WORDS.sub(lambda m: f"{m.group(1) or ''} ", _SCAN_MARKS.sub("", line.strip().strip("*•").strip()))
    text = _NATIONAL_TAIL.sub(r"\g<head>", _without_motto_tail(text))
    return letter_mended(marks_mended(agencies.expand_caps_abbreviations(text)))


# A scan whose OCR ran the two columns into one line, the other column's heading garbled after the council's
# name: "UỶ BAN NHÂN DÂN À XÃ HậI,G/0)MG HA VIỆT NAM", "UỶ BAN NHÂN DÂN 3Ì MU CHIA VIỆT NAM" (the national heading),
# "THÀNH PHÓ HẢI PHÒNG ộc lập - TỀ s)/ñ phúc", "THÀNH PHÓ HẢI PHÒNG X đa»f phúc" (the motto). A council's name never
# ends in "VIỆT NAM"; only a joint header's other body does ("… VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"), so a tail
# that names no body is the national heading's.
_NATIONAL_TAIL = re.compile(
    r"^(?P<head>(?:UỶ|ỦY) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+"
    r"(?!.*(?:UỶ BAN|ỦY BAN|MẶT TRẬN|MTTQ|(?<!XÃ )HỘI|ĐOÀN|ĐẢNG))\S.*VIỆT\s*NAM\s*$"
)


def _without_motto_tail(text: str) -> str:
    """A caps name without the motto an OCR ran onto its end, from the first word in small letters (and a stray
    letter before it) to "phúc"."""
    words = text.split()
    if len(words) < 3 or words[-1] != "phúc":
        return text
    first = next(i for i, w in enumerate(words) if any(ch.islower() for ch in w))
    if first > 1 and len(words[first - 1]) == 1:
        first -= 1  # "… HẢI PHÒNG X đa»f phúc"
    return " ".join(words[:first]) if first >= 2 and is_all_caps(" ".join(words[:first])) else text


def _other_column(text: str) -> bool:
    """The national or Party heading, the motto, a stamp, the place and day: no body's name."""
    return not text or bool(
        MOTTO.match(text) or is_motto(text) or STAMP.match(text) or place_date(text) or PARTIAL_DATE.search(text)
    )


def header_names(paragraphs: list[Paragraph]) -> list[str]:
    """The header's caps lines that name bodies, top first (``ĐẢNG BỘ TỈNH …``, ``ĐẢNG UỶ XÃ …``).

    The national or Party heading and the motto are the other column: they are skipped, not an end,
    since a run-together header puts them between the two lines of one name.
    """
    names: list[str] = []
    before: list[str] = []
    for line in header_lines(paragraphs):
        row_name = flattened_row(line)[0]  # a row's name before its number: the header's names end with it
        text = _cleaned(row_name or line)
        if _RECEIVED_MARK.match(text) and names:
            names.pop()  # "VĂN PHÒNG CHÍNH PHỦ / CÔNG VĂN ĐẾN": the receiving stamp's owner, not the issuer
        if _other_column(text):
            continue
        if names and _YOUTH_UNION.fullmatch(text) and _LOCAL_YOUTH_UNION.search(names[-1]):
            # the Youth Union's heading by a branch's name ("BCH ĐOÀN XÃ LAM SƠN" / "ĐOÀN TNCS HỒ CHÍ MINH"): in full
            names[-1] = _LOCAL_YOUTH_UNION.sub(r"\1 TNCS HỒ CHÍ MINH \2", names[-1])
            continue
        if re.match(r"^(?:Số|SỐ|Luật số|Nghị quyết số)\b", text) or find_numbers(text) or re.match(r"^[_\-=.]+$", text):
            if names:
                break
            continue
        if sum(ch.isalpha() for ch in text) < 3 and fold(text) not in ("bo", "so", "vu"):
            continue  # a rule, a star, a stray mark between the lines of a name; not "BỘ" over "Y TẾ"
        if names and len(text) < 60 and _SENTENCE_CASE_UNIT.match(text):
            text = text.upper()  # a cell's or a school's line typed in the sentence's case under its office's caps
        if not is_all_caps(text) or len(text) > 90 or type_of_line(text) or _COVER_LINE.match(text):
            # a web page's lines above the document ("Đăng lúc: 20/08/2018"), or a booklet's cover and its type
            # line ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH … / BÁO CÁO / … / LƯU HÀNH NỘI BỘ"): the header is below; or a date
            # line OCR garbled below the names ("86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 …")
            before, names = names or before, []
            continue
        if not names and not BODY_HEAD.match(fold(text)):
            continue  # "THƯ VIỆN VIDEO", "THÔNG TIN TÀI LIỆU": a page's caps, not a body
        bodies = _party_chain(text) or _two_bodies(text)
        if bodies and not names:
            names += list(bodies)
        elif names and names[-1].endswith("-") and _PLACED_COUNCIL.match(names[-1]):
            names[-1:] = [names[-1].rstrip(" -"), text]  # "UBND TỈNH BẮC GIANG -": the rule after its place
        elif names and names[-1].endswith("-") and agencies.JOINT_HEAD.match(fold(text)):
            names[-1] = names[-1].rstrip(" -") + JOINED + text  # "LIÊN ĐOÀN LAO ĐỘNG - / SỞ VĂN HOÁ, …"
        elif joined := dash_joined(text):
            names.append(joined)
        elif names and agencies.JOINT_PEER.fullmatch(fold(names[-1])) and agencies.JOINT_PEER.match(fold(text)):
            names[-1] = f"{names[-1]} VÀ {text}"  # a joint document: "ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH …"
        elif names and _goes_on_name(names[-1], text):
            names[-1] = f"{names[-1]} {text}"
        elif names and key(text) == key(names[-1]):
            continue  # the gazette repeats the issuer line
        else:
            names.append(text)
        if row_name:
            break
    names = _initials_spelt(names)
    return [agencies.joint_placed(_YOUTH_EXECUTIVE.sub(r"\1 TNCS HỒ CHÍ MINH \2", name)) for name in names] or before


# A unit that names its city by initials under the office that spells it: "SỞ Y TẾ TP CẦN THƠ" / "BỆNH VIỆN PHỤ
# SẢN TPCT" (read "THÀNH PHỐ CT").
_INITIALS_TAIL = re.compile(r"\b(?P<unit>THÀNH PHỐ|TỈNH) (?P<letters>[A-ZĐ]{2,4})$")
_PLACE_SPELT = re.compile(r"\b(?:THÀNH PHỐ|TỈNH) (?P<place>(?:[^\W\d_]+ ?){2,4})$")


def _initials_spelt(names: list[str]) -> list[str]:
    """The names with a place given by its initials spelt as a name above spells it.

    >>> _initials_spelt(["SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "BỆNH VIỆN PHỤ SẢN THÀNH PHỐ CT"])
    ['SỞ Y TẾ THÀNH PHỐ CẦN THƠ', 'BỆNH VIỆN PHỤ SẢN THÀNH PHỐ CẦN THƠ']
    """
    spelt = []
    for k, name in enumerate(names):
        m = _INITIALS_TAIL.search(name)
        for above in names[:k] if m else []:
            place = _PLACE_SPELT.search(above)
            if place and "".join(w[0] for w in fold(place["place"]).split()) == fold(m["letters"]):
                name = f"{name[: m.start('letters')]}{place['place'].strip()}"
                break
        spelt.append(name)
    return spelt


def _goes_on_name(name: str, text: str) -> bool:
    """Whether a header's line goes on with the name above it: no body's own head, nor a branch under a national
    body ("BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI / TP.HỒ CHÍ MINH"); or joined to it ("VÀ …", "- …")."""
    folded = fold(text)
    if text.startswith(("VÀ ", "- ")):
        return True
    branch = name.endswith(" VIỆT NAM") and BODY_HEAD.match(folded)
    return not (_CHILD_FOLDED.match(folded) or _PARENT_FOLDED.match(folded) or branch)


# The Youth Union's own heading (the right column of its documents, as "ĐẢNG CỘNG SẢN VIỆT NAM" is the Party's),
# and the name of a commune's or a school's branch under it.
_YOUTH_UNION = re.compile(r"ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH")
_LOCAL_YOUTH_UNION = re.compile(r"\b(ĐOÀN) (XÃ|PHƯỜNG|THỊ TRẤN|TRƯỜNG)\b")
# A local branch's executive committee is the Youth Union's with no heading of its own above ("TỈNH ĐOÀN ĐỒNG
# THÁP / BCH ĐOÀN THÀNH PHỐ SA ĐÉC"): the branch's name in full.
_YOUTH_EXECUTIVE = re.compile(r"^(BAN CHẤP HÀNH ĐOÀN) (XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\b")
# A booklet's cover above the document's header: its draft's type line, its circulation mark.

_COVER_LINE = re.compile(r"^(?:DỰ THẢO|LƯU HÀNH NỘI BỘ)\b")
# The words a body's name starts with in a header, folded.
BODY_HEAD = re.compile(
    r"^(?:uy ban|ubnd|hoi dong|hdnd|mat tran|dang(?! nhap| ky)|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban|bo|so|"
    r"cuc|chi cuc|tong cuc|tong lien doan|vu|van phong|phong|chinh phu|thu tuong|phu thu tuong|quoc hoi|chu tich|"
    r"cong an|thanh tra|trung tam|truong|vien|hoc vien|dai hoc|benh vien|ngan hang|bao hiem|kiem toan|toa an|doan|"
    r"hoi|lien|chi bo|tap doan|tong cong ty|cong ty|bch|btv|bcd|ubmttq|mttq|thuong truc|thuong vu|doi tntp|vksnd|"
    r"tand|cong thong tin dien tu|dai phat thanh)\b"  # a province's portal and radio: "CỔNG THÔNG TIN ĐIỆN TỬ / TỈNH …"
)


# A school, an institute or a hospital a ministry or a national or regional university runs ("BỘ CÔNG THƯƠNG /
# TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH", "ĐẠI HỌC ĐÀ NẴNG / TRƯỜNG ĐẠI HỌC …") is central, though a
# city is in its name and on its place line; a ministry's police or tax office of a province is not ("BỘ CÔNG AN /
# CÔNG AN TỈNH …").
_CENTRAL_PARENT = re.compile(r"^(?:bo (?!chi huy|doi)|dai hoc (?:quoc gia|da nang|hue|thai nguyen)\b)")
_RUN_UNIT = re.compile(r"^(?:Trường|Học viện|Viện|Bệnh viện|Đại học)\b", re.I)


def run_by_central_body(issuer: str | None, paragraphs: list[Paragraph]) -> bool:
    """Whether the issuer is a school, institute or hospital the header places under a ministry or a national
    university."""
    names = header_names(paragraphs)
    return bool(issuer and _RUN_UNIT.match(issuer) and len(names) > 1 and _CENTRAL_PARENT.match(fold(names[0])))
