"""A local body's name made whole: the province its header left out, the unit its name left bare, the town of a
ward known only by its number.  The header names a body as its own people know it ("ỦY BAN NHÂN DÂN / PHƯỜNG 1");
the archive holds the bodies of every province side by side, where that name is one of many.
"""

from __future__ import annotations

import re

from indexer.text.localities import COMMITTEE_UNITS
from indexer.text.places import CENTRAL_CITIES, canonical_province, province_of_seat, provinces_in
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import PLACE_UNITS_CAPS

_BARE_NAME = re.compile(r"[^\W\d]+(?: [^\W\d]+)*")
_BARE_COUNCIL = re.compile(
    r"^(?:Chủ tịch |Thường trực )?(?:Uỷ ban nhân dân|Hội đồng nhân dân|Uỷ ban Mặt trận Tổ quốc Việt Nam)$"
)


def complete_place(issuer: str, province: str | None, level: str | None, place: str | None = None) -> str:
    """``Ban Thường vụ Tỉnh uỷ`` + Kon Tum -> ``Ban Thường vụ Tỉnh uỷ Kon Tum``; a council named bare, its
    unit's line lost by a copy (``ỦY BAN NHÂN DÂN |`` / ``Phú Thọ, ngày …``), signed where its province sits,
    is that province's: ``Uỷ ban nhân dân tỉnh Phú Thọ``.

    >>> complete_place("Uỷ ban nhân dân", "Phú Thọ", "province", "Phú Thọ")
    'Uỷ ban nhân dân tỉnh Phú Thọ'
    >>> complete_place("Chủ tịch Uỷ ban nhân dân", "Gia Lai", "province", "Gia Lai")  # "CHỦ TỊCH ỦY BAN / NHÂN DÂN |"
    'Chủ tịch Uỷ ban nhân dân tỉnh Gia Lai'
    >>> complete_place("Uỷ ban nhân dân", "Thanh Hoá", "province", "Cẩm Tân")
    'Uỷ ban nhân dân'
    >>> complete_place("Uỷ ban nhân dân", "An Giang", "province", "Long xuyên")  # where the province's offices sit
    'Uỷ ban nhân dân tỉnh An Giang'
    >>> complete_place("Sở Nông nghiệp và Phát triển nông thôn", "Hưng Yên", "province")
    'Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên'
    >>> complete_place("Thanh tra Sở Y tế", "Kiên Giang", "province")
    'Thanh tra Sở Y tế tỉnh Kiên Giang'
    >>> complete_place("Chi cục Trồng trọt và Bảo vệ thực vật", "Vĩnh Phúc", "province")
    'Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Vĩnh Phúc'
    >>> complete_place("Uỷ ban nhân dân tỉnh", "Hồ Chí Minh", "province"), complete_place("Tỉnh uỷ", "Kon Tum", None)
    ('Uỷ ban nhân dân tỉnh', 'Tỉnh uỷ Kon Tum')
    """
    if not province or level == "central" or provinces_in(issuer):
        return issuer
    if re.search(r"(?:Tỉnh uỷ|Thành uỷ|\btỉnh|\bthành phố)$", issuer):
        # a province's body is no centrally-governed city's: the province guessed from the text is another's
        # (Thừa Thiên Huế was a province until 2025: its "tỉnh" stands)
        city = province in CENTRAL_CITIES - {"Thừa Thiên Huế"}
        return issuer if city and re.search(r"(?:Tỉnh uỷ|\btỉnh)$", issuer) else f"{issuer} {province}"
    if (
        level == "province"
        and re.search(r"(?:^|\s)(?:Sở|Chi cục)\s", issuer)
        and not re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|khu vực)\b", issuer)
    ):
        # a department named bare by a copy that lost its header: "Sở Nông nghiệp và PTNT đề nghị …"; a unit
        # named by its department alone ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG / TỔ CÔNG TÁC VỀ CHUYỂN ĐỔI SỐ")
        # (a city's "Thừa Thiên Huế" is a province's name: the city took "Huế")
        return f"{issuer} {'thành phố' if province in CENTRAL_CITIES - {'Thừa Thiên Huế'} else 'tỉnh'} {province}"
    signed_there = place and province in (canonical_province(place), province_of_seat(place))
    if level == "province" and signed_there and _BARE_COUNCIL.match(issuer):
        if province not in CENTRAL_CITIES:
            return f"{issuer} tỉnh {province}"
        # the city as its place line names it: "Huế" since it left Thừa Thiên Huế's name in 2025
        return f"{issuer} thành phố {place if _BARE_NAME.fullmatch(place) else province}"
    return issuer


# A body of a district or commune named without its unit's name ("Thường trực Hội đồng nhân dân xã", "Uỷ ban nhân
# dân huyện"): the text names its unit elsewhere ("Hội đồng nhân dân xã Gia Hanh căn cứ: …", "tại huyện Thuỷ
# Nguyên").  Capitalised words after the unit; a lower-case word ends the name.
_BARE_UNIT = re.compile(r"(?<!\w)(?P<unit>xã|phường|thị trấn|huyện|quận|thị xã)$")
# A district's Party committee named bare ("Ban Tuyên giáo Huyện uỷ"): the district its text names ("… Ngày thành lập
# huyện Tam Đường").
_BARE_COMMITTEE = re.compile(r"(?<!\w)(?P<committee>Huyện uỷ|Quận uỷ|Thị uỷ)$")
# A unit's name is on its line: "… Lãnh đạo UBND huyện" / "Hiện nay, …" names no district "Hiện".
# A capitalised word of the sentence after it is no part of it: "… Đảng bộ xã Cẩm Mỹ Về tăng cường …".
_UNIT_NAME = (
    r"(?<!\w){unit}[^\S\n]+(?P<name>[A-ZĐ][\wÀ-ỹ]*"
    r"(?:[^\S\n]+(?!(?:Về|Và|Của|Tại|Theo|Ngày|Năm|Trong|Thực|Căn)(?!\w))[A-ZĐ][\wÀ-ỹ]*){{0,3}})"
)


# A ward or commune known by its number ("Phường 1", "Phường 10"): twenty towns had a Phường 1 before 2025.  Its
# town is the one its text writes after it ("… trên địa bàn Phường 1, thành phố Vũng Tàu"), or else the one town
# the text names at all (the ward carries out "Công văn số 1848/UBND-TP … của Ủy ban nhân dân thành phố Vũng Tàu").
_NUMBERED_UNIT = re.compile(r"(?<!\w)(?P<unit>[Pp]hường|[Xx]ã)\s+(?P<figure>\d{1,2})$")
_TOWN = (
    r"(?P<town>(?:thành phố|thị xã|quận|huyện|Thành phố|Thị xã|Quận|Huyện)[^\S\n]+"
    r"(?:\d{1,2}\b|[A-ZĐ][\wÀ-ỹ]*(?:[^\S\n]+[A-ZĐ][\wÀ-ỹ]*){0,3}))"
)


def complete_locality(issuer: str, text: str) -> str:
    """A district's or commune's body named bare, completed with the one unit of its kind the text names; a ward
    or commune known by its number, with the one town the text places it in.

    >>> complete_locality("Thường trực Hội đồng nhân dân xã", "Hội đồng nhân dân xã Gia Hanh căn cứ: - Luật …")
    'Thường trực Hội đồng nhân dân xã Gia Hanh'
    >>> complete_locality("Uỷ ban Mặt trận Tổ quốc Việt Nam xã", "Đảng bộ xã Cẩm Mỹ Về tăng cường; xã Cẩm Mỹ;")
    'Uỷ ban Mặt trận Tổ quốc Việt Nam xã Cẩm Mỹ'
    >>> complete_locality("Uỷ ban nhân dân xã", "Giao UBND xã An Bình và xã Hoà Bình thực hiện")
    'Uỷ ban nhân dân xã'
    >>> complete_locality("Uỷ ban nhân dân huyện", "Thường trực HĐND, Lãnh đạo UBND huyện\\nHiện nay, tình hình …")
    'Uỷ ban nhân dân huyện'
    >>> complete_locality("Ban Tuyên giáo Huyện uỷ", "tuyên truyền kỷ niệm 20 năm Ngày thành lập huyện Tam Đường")
    'Ban Tuyên giáo Huyện uỷ Tam Đường'
    >>> [complete_locality("UBND Phường 1", text) for text in (
    ...     "trên địa bàn Phường 1, thành phố Vũng Tàu năm 2025",  # the town written after the ward
    ...     "Thực hiện Công văn của Ủy ban nhân dân thành phố Vũng Tàu",  # the one town the text names
    ...     "Giao Phòng Tư pháp thành phố Vũng Tàu và quận Bình Thạnh",  # two: neither is sure to be its own
    ...     "nhân dân Phường 1, Quận 3 và Quận 10")]
    ['UBND Phường 1, thành phố Vũng Tàu', 'UBND Phường 1, thành phố Vũng Tàu', 'UBND Phường 1', 'UBND Phường 1, Quận 3']
    """
    bare = _BARE_UNIT.search(issuer)
    committee = _BARE_COMMITTEE.search(issuer)
    if bare or committee:
        unit = bare.group("unit") if bare else COMMITTEE_UNITS[key(committee.group("committee"))]
        named = re.finditer(_UNIT_NAME.format(unit=re.escape(unit)), text)
        # "xã Gia Hanh" once, and "UBND xã Gia Hanh" again: one unit; two communes named: none is sure to be its own
        return _with_the_one(issuer, " ", {m.group("name") for m in named} - {"Uỷ", "Ủy"})  # "huyện Uỷ": the Party's
    numbered = _NUMBERED_UNIT.search(issuer)
    if numbered:
        after = rf"(?<!\w)(?i:{numbered['unit']})\s+{numbered['figure']}(?!\d)\s*,\s*{_TOWN}"
        return _with_the_one(
            issuer, ", ", _towns(re.finditer(after, text)) or _towns(re.finditer(rf"(?<!\w){_TOWN}", text))
        )
    return issuer


def _with_the_one(issuer: str, joint: str, names: set[str]) -> str:
    return f"{issuer}{joint}{names.pop()}" if len(names) == 1 else issuer


def _towns(found) -> set[str]:
    return {m["town"][:1].lower() + m["town"][1:] if not m["town"][-1].isdigit() else m["town"] for m in found}


# A department's unit, and one that names its place: "BỆNH VIỆN PHỤ SẢN THÀNH PHỐ CẦN THƠ", "TRUNG TÂM Y TẾ HUYỆN …".
_DEPARTMENT_UNIT = re.compile(r"^(?:TRUNG TÂM|CHI CỤC|BỆNH VIỆN|BAN QUẢN LÝ|TRƯỜNG)\s")
_PLACED_UNIT = re.compile(rf"^(?:TRƯỜNG|HỌC VIỆN|VIỆN|BỆNH VIỆN|TRUNG TÂM)\s.*\b(?:{PLACE_UNITS_CAPS})\s")


def department_unit(child: str, child_name: str, parent_name: str) -> str | None:
    """A department's centre, sub-department, hospital or school, named by its province as such units are
    ("SỞ Y TẾ HÀ NỘI / TRUNG TÂM Y TẾ DỰ PHÒNG": "Trung tâm Y tế dự phòng Hà Nội"), or by the place its own name
    gives ("… / BỆNH VIỆN PHỤ SẢN THÀNH PHỐ CẦN THƠ"); its inspectorate and office keep the department's name.

    >>> department_unit("TRUNG TÂM Y TẾ DỰ PHÒNG", "Trung tâm Y tế dự phòng", "Sở Y tế Hà Nội")
    'Trung tâm Y tế dự phòng Hà Nội'
    >>> department_unit("CHI CỤC THUỶ LỢI", "Chi cục Thuỷ lợi", "Sở Nông nghiệp và PTNT tỉnh Nghệ An")
    'Chi cục Thuỷ lợi tỉnh Nghệ An'
    """
    if _PLACED_UNIT.match(child):
        return child_name
    if not _DEPARTMENT_UNIT.match(child) or provinces_in(child_name):
        return None
    words = parent_name.split()
    for k in range(len(words) - 1, 0, -1):  # the shortest tail that names the province, with its unit's word
        if provinces_in(" ".join(words[k:])):
            if k > 1 and fold(" ".join(words[k - 2 : k])) == "thanh pho":
                k -= 2
            elif fold(words[k - 1]) == "tinh":
                k -= 1
            return f"{child_name} {' '.join(words[k:])}"
    return None


def with_parent_place(child: str, parent: str) -> str:
    """``Đảng uỷ Uỷ ban nhân dân tỉnh`` under ``Đảng bộ tỉnh Lào Cai``: ``… tỉnh Lào Cai``; a bloc's committee
    under its province's organisation is the province's: ``Đảng uỷ Khối các cơ quan tỉnh Thái Nguyên``."""
    found = provinces_in(parent)
    if found and not provinces_in(child) and re.search(r"(?:\btỉnh|\bthành phố)$", child):
        return f"{child} {found[-1]}"
    unit = re.match(r"^Đảng bộ (tỉnh|thành phố) ", parent, re.I)
    if found and unit and not provinces_in(child) and re.match(r"^Đảng (?:uỷ|ủy) Khối ", child):
        return f"{child} {unit.group(1).lower()} {found[-1]}"
    return child


# A unit of an institution is written with a comma before the institution's full name, as the two are one under the
# other: "Phòng Đào tạo Đại học, Trường Đại học Công nghệ Thông tin", "Tổ Công tác về chuyển đổi số, Sở Thông tin
# và Truyền thông tỉnh Hải Dương". A committee's board or office is its committee's ("Ban Tuyên giáo Thành uỷ Bắc
# Ninh", "Văn phòng Sở Y tế"): no comma.
_UNIT_OF_INSTITUTION = re.compile(r"^(?:Phòng|Khoa|Tổ|Tiểu ban|Bộ môn|Bộ phận)\s")
_INSTITUTION = re.compile(r"^(?:Trường|Sở|Trung tâm|Bệnh viện|Học viện|Viện|Ban Chỉ đạo|Ban Tổ chức|Ban Quản lý)\s")


def unit_of(child_name: str, parent_name: str) -> str:
    """A body under the one the header names above it, written as it is cited.

    >>> unit_of("Phòng Đào tạo Đại học", "Trường Đại học Công nghệ Thông tin")
    'Phòng Đào tạo Đại học, Trường Đại học Công nghệ Thông tin'
    >>> unit_of("Ban Tuyên giáo", "Thành uỷ Bắc Ninh"), unit_of("Thanh tra", "Sở Y tế tỉnh Kiên Giang")
    ('Ban Tuyên giáo Thành uỷ Bắc Ninh', 'Thanh tra Sở Y tế tỉnh Kiên Giang')
    """
    joint = ", " if _UNIT_OF_INSTITUTION.match(child_name) and _INSTITUTION.match(parent_name) else " "
    return f"{child_name}{joint}{parent_name}"
