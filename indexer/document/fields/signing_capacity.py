"""Whose document it is, by the capacity its signer signs in.

A People's Committee's decision or directive may be its Chairman's, taken in his own name: Luật Tổ chức chính
quyền địa phương gives the Chairman powers of his own; Nghị định 30/2020/NĐ-CP has him sign those documents as
``CHỦ TỊCH`` (or a deputy ``KT. CHỦ TỊCH``), and the committee's as ``TM. UỶ BAN NHÂN DÂN``. A decision says so in
its authority line (``CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH``); a directive has none, but says "Chủ tịch Uỷ ban nhân dân
tỉnh yêu cầu" in its body and is signed by the Chairman without ``TM.``.

An office-holder named in a page's lead ("Chánh Văn phòng UBND thành phố Hà Nội Nguyễn Tiến Thiết ký ban hành …")
signs for his office's body.

A ministry's department signs as its head (``KT. CỤC TRƯỞNG``); the minister's letters are signed ``BỘ TRƯỞNG``, or
``TL. BỘ TRƯỞNG`` over the head of the department that writes them. A copy whose table kept only the ministry's
line of a two-line header ("BỘ Y TẾ" without "CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ") still says whose letter it is.
"""

from __future__ import annotations

import re

from indexer.document.fields.header_names import header_names
from indexer.document.lines import in_zones
from indexer.document.structure import Paragraph
from indexer.text import places
from indexer.vocabulary import SURNAMES

# The authority line, alone or at the end of a caps title it was run into ("… TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG CHỦ TỊCH
# UỶ BAN NHÂN DÂN TỈNH": a copy that flattened the header, wrapped again by a printer and scanned).
_AUTHORITY = re.compile(
    r"^CHỦ TỊCH (?:UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN|UBND)\b|(?<=[A-ZĐÀ-Ỹ]) CHỦ TỊCH (?:UỶ|ỦY) BAN NHÂN DÂN[A-ZĐÀ-Ỹ ]*$"
)
# "Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu:", "Chủ tịch UBND tỉnh Quảng Ngãi chỉ thị:" (OCR: "yêu câu"); a notice or a
# telegram he gives in his name: "Chủ tịch Ủy ban nhân dân tỉnh thông báo về việc cho học sinh nghỉ học …" (the
# committee's notice may have him ask: "THÔNG BÁO CỦA UBND XÃ" … "Chủ tịch UBND xã yêu cầu các đồng chí trưởng thôn")
_CHAIRMAN = (
    r"\bChủ tịch (?:Uỷ ban nhân dân|Ủy ban nhân dân|UBND) (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"(?: [A-ZĐ][^\W\d_]*){0,3},? "
)
_CHAIRMAN_ASKS = re.compile(_CHAIRMAN + r"(?:yêu c|chỉ thị\b)")
_CHAIRMAN_ANNOUNCES = re.compile(_CHAIRMAN + r"(?:thông báo|điện)\b")
# Where the signature's capacity stands: its own block, or beside "Nơi nhận" when a scan's columns ran together.
_SIGNED_AS_CHAIRMAN = re.compile(r"(?:^|\s)(?:KT\.?\s*)?CH[UỦ] T[IỊ]CH\s*$")
_ACTING_FOR = re.compile(r"(?:^|\s)T/?M\.?\s*(?:UỶ|ỦY|UBND)")
_ENDING_ZONES = ("signature", "recipients", "body")
# What a Chairman issues in his own name: decisions and directives, and the notices and telegrams he speaks in.
_OWN_KINDS = ("Quyết định", "Chỉ thị", "Thông báo", "Công điện")


def chairman_issuer(issuer: str | None, paragraphs: list[Paragraph], doc_type: str | None) -> str | None:
    """``Chủ tịch Uỷ ban nhân dân …`` for a Chairman's own decision, directive, notice or telegram, else the issuer
    as it is."""
    if doc_type not in _OWN_KINDS or not issuer or not issuer.startswith("Uỷ ban nhân dân"):
        return issuer
    ending = [p for p in paragraphs[-40:] if p.zone in _ENDING_ZONES]
    if any(_ACTING_FOR.search(p.text) for p in ending + in_zones(paragraphs, "signature")):
        return issuer
    if doc_type == "Quyết định":
        # a copy without its type line leaves the authority line among the header's
        own = any(p.zone in ("header", "title", "body") and _AUTHORITY.search(p.text) for p in paragraphs[:40])
    else:
        opening = [p for p in paragraphs[:40] if p.zone in ("title", "body")]
        if doc_type != "Chỉ thị":  # a committee's notice is signed by its chairman too: only his words make it his
            return f"Chủ tịch {issuer}" if any(_CHAIRMAN_ANNOUNCES.search(p.text) for p in opening) else issuer
        own = any(_CHAIRMAN_ASKS.search(p.text) for p in opening + paragraphs[-40:]) or any(
            _SIGNED_AS_CHAIRMAN.search(p.text) for p in ending
        )
    return f"Chủ tịch {issuer}" if own else issuer


_UNIT_HEAD = re.compile(r"^\|?\s*(?:KT\.?\s*)?(?P<kind>TỔNG CỤC|CỤC|VỤ|VIỆN) TRƯỞNG\s*\|?$")
_FOR_THE_MINISTER = re.compile(r"(?:^|\s)(?:TL|TUQ|KT)\.?\s*BỘ TRƯỞNG\b|^\|?\s*BỘ TRƯỞNG\s*\|?$")
# The department as it speaks in the letter: "Cục Quản lý môi trường y tế xin cập nhật …", "…, Vụ Tổ chức cán bộ
# đề nghị …".
_UNIT_SPEAKS = (
    r"(?:^|[.;,]\s+)(?P<unit>{kind} [A-ZĐÀ-Ỹ][^,.;:()]{{2,80}}?)"
    r"\s+(?:xin|kính|trân trọng|đề nghị|thông báo|trả lời|có ý kiến|đã|sẽ)\b"
)


def unit_signing(issuer: str | None, paragraphs: list[Paragraph]) -> str | None:
    """``Cục … (Bộ …)`` for a department's letter whose header a copy cut to the ministry's line, else the issuer."""
    if not issuer or not issuer.startswith("Bộ "):
        return issuer
    texts = [p.text.strip() for p in paragraphs]
    head = next((m for t in texts if (m := _UNIT_HEAD.match(t))), None)
    # the header's names are read last: most ministries' letters have no unit head's line to check them for
    if not head or any(_FOR_THE_MINISTER.search(t) for t in texts) or len(header_names(paragraphs)) != 1:
        return issuer
    speaks = re.compile(_UNIT_SPEAKS.format(kind=head["kind"].capitalize()))
    unit = next((m["unit"] for p in in_zones(paragraphs, "body")[:8] if (m := speaks.search(p.text))), None)
    return f"{unit} ({issuer})" if unit else issuer


# A page's lead names the office-holder who signed: "Chánh Văn phòng UBND thành phố Hà Nội Nguyễn Tiến Thiết ký ban
# hành Kế hoạch …", "Phó Chủ tịch UBND tỉnh Lê Văn A vừa ký ban hành …": the body is his office's.
OFFICE = re.compile(
    r"^(?:Phó\s+)?(?:Bộ trưởng|Thứ trưởng|Thủ trưởng|Chủ tịch|(?:Tổng\s+)?Giám đốc|Chánh(?=\s+(?:Văn phòng|Thanh tra)))"
    r"\s+(?=[A-ZĐ])"
)
_HOLDER = re.compile(rf"\s+(?:{SURNAMES})(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){{2,3}}$")


def office_of(org: str) -> str:
    """The body an office-holder's title names, without the title and his name.

    >>> office_of("Chánh Văn phòng UBND thành phố Hà Nội Nguyễn Tiến Thiết"), office_of("Chủ tịch UBND tỉnh Lâm Đồng")
    ('Văn phòng UBND thành phố Hà Nội', 'UBND tỉnh Lâm Đồng')
    >>> office_of("Phó Chủ tịch UBND Thành phố Hồ Chí Minh"), office_of("Sở Y tế")
    ('UBND Thành phố Hồ Chí Minh', 'Sở Y tế')
    """
    office = OFFICE.match(org)
    if not office:
        return org
    body = org[office.end() :]
    holder = _HOLDER.search(body)
    return body[: holder.start()] if holder and not places.canonical_province(holder.group()) else body
