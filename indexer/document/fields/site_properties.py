"""The table of a document's properties a legal website sets above its copy: "Số hiệu: 43-TTg Loại văn bản: Chỉ
thị", "| Loại văn bản | Kế hoạch |", "Nơi ban hành: | Thủ tướng Chính phủ | Người ký: | Phan Văn Khải |".

The site's word, not the document's: it fills what the copy lost (a type line a site dropped, a number of the
1990s without a type's code, an issuer cut with the header) and is marked for review. Its "Nơi ban hành" often
names a province only ("Tỉnh Kiên Giang"): that says where, not who.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from indexer.document.fields.header_names import BODY_HEAD
from indexer.document.structure import Paragraph
from indexer.text.numbers import find_numbers
from indexer.text.places import canonical_province
from indexer.text.vietnamese import fold
from indexer.vocabulary import DOCUMENT_TYPES

# Each key as the sites spell it, and what it gives; the keys given nothing here still end the value before them.
_KEYS = {
    "Số hiệu văn bản": "number",
    "Số hiệu": "number",
    "Ký hiệu": "number",
    "Loại văn bản": "doc_type",
    "Nơi ban hành": "issuer",
    "Cơ quan ban hành": "issuer",
    "Ngày ban hành": "date",
    **dict.fromkeys(
        (
            "Người ký",
            "Ngày hiệu lực",
            "Ngày có hiệu lực",
            "Ngày công báo",
            "Ngày đăng công báo",
            "Số công báo",
            "Lĩnh vực",
            "Tình trạng hiệu lực",
            "Tình trạng",
            "Hiệu lực",
            "Ngày hết hiệu lực",
            "Hết hiệu lực",
            "Áp dụng",
        ),
        "",
    ),
}
_KEY = "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
_PROPERTY = re.compile(rf"(?:^|(?<=[|\s]))(?P<key>{_KEY})\s*:?\s*(?P<value>.*?)\s*(?=(?:\|\s*)?(?:{_KEY})\b|$)")
_ROW = re.compile(rf"^[|•\-*\s]*(?:{_KEY})\s*(?::|\||\s\S)")
_UNKNOWN = {fold(v) for v in ("Đã biết", "Đang cập nhật", "Đang cập nhập", "Văn bản khác", "Không xác định")}
_TYPES = {fold(t.name): t.name for t in DOCUMENT_TYPES}
_DAY = re.compile(r"^(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d\d)$")
_REACH = 30


class SiteProperties(NamedTuple):
    number: str | None
    doc_type: str | None
    issuer: str | None
    province: str | None
    date: str | None  # ISO
    line: str


def site_properties(paragraphs: list[Paragraph]) -> SiteProperties | None:
    """What the site's table of properties says, or ``None`` where the copy has none.

    >>> from indexer.document.structure import Paragraph
    >>> rows = ["Số hiệu: 43-TTg Loại văn bản: Chỉ thị", "Nơi ban hành: Thủ tướng Chính phủ Người ký: Phan Văn Khải",
    ...         "Ngày ban hành: 22/01/1996 Ngày hiệu lực: Đã biết"]
    >>> site_properties([Paragraph(f"p{i}", "", t, zone="header") for i, t in enumerate(rows)])
    SiteProperties(number='43-TTg', doc_type='Chỉ thị', issuer='Thủ tướng Chính phủ', province=None, \
date='1996-01-22', line='Số hiệu: 43-TTg Loại văn bản: Chỉ thị')
    >>> site_properties([Paragraph("p0", "", "| Cơ quan ban hành | Tỉnh Phú Thọ |", zone="header")])
    SiteProperties(number=None, doc_type=None, issuer=None, province='Phú Thọ', date=None, \
line='| Cơ quan ban hành | Tỉnh Phú Thọ |')
    """
    found: dict[str, str] = {}
    first = None
    for p in paragraphs[:_REACH]:
        if not _ROW.match(p.text):
            continue
        first = first or p.text
        for m in _PROPERTY.finditer(p.text):
            value = m["value"].strip(" |:")
            if _KEYS[m["key"]] and value and fold(value) not in _UNKNOWN:
                found.setdefault(_KEYS[m["key"]], value)
    if not first:
        return None
    numbers = find_numbers(found.get("number", ""))
    number = numbers[0].number if numbers and numbers[0].start == 0 else None
    issuer = found.get("issuer")
    place = re.match(r"^(?:Tỉnh|Thành phố|TP\.?)\s+(?P<name>.+)$", issuer or "")
    day = _DAY.match(found.get("date", ""))
    date = None
    if day and 1 <= int(day["day"]) <= 31 and 1 <= int(day["month"]) <= 12:
        date = f"{day['year']}-{int(day['month']):02d}-{int(day['day']):02d}"
    return SiteProperties(
        number=number,
        doc_type=_TYPES.get(fold(found.get("doc_type", ""))),
        issuer=issuer if issuer and not place and BODY_HEAD.match(fold(issuer)) else None,
        province=canonical_province(place["name"]) if place else None,
        date=date,
        line=first,
    )
