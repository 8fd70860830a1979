"""Provinces of Việt Nam, for telling where an issuing body sits.

The list (:data:`indexer.vocabulary.PROVINCES`) holds the 63 provinces and
centrally-governed cities as they were before the 2025 merger (the 34 units
after it all keep one of these names), so documents from before and after
the merger resolve alike.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from indexer.text.vietnamese import CAPITAL_LETTERS, fold, key
from indexer.vocabulary import PROVINCES

# Cities governed by the centre: their Thành uỷ is a provincial-level committee.
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thừa Thiên Huế"}
_ALIASES = {
    "Huế": "Thừa Thiên Huế",
    "TP Hồ Chí Minh": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Đắc Lắc": "Đắk Lắk",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Kontum": "Kon Tum",
}

# The city where a province's offices sit, where its name is not the province's: a provincial committee's
# documents are signed there ("Long Xuyên, ngày 12 tháng 7 năm 2000" is An Giang's), as the divisions stood
# before the mergers of 2025.
PROVINCIAL_SEATS = {
    "Long Xuyên": "An Giang",
    "Bà Rịa": "Bà Rịa - Vũng Tàu",
    "Quy Nhơn": "Bình Định",
    "Đồng Xoài": "Bình Phước",
    "Thủ Dầu Một": "Bình Dương",
    "Phan Thiết": "Bình Thuận",
    "Buôn Ma Thuột": "Đắk Lắk",
    "Gia Nghĩa": "Đắk Nông",
    "Điện Biên Phủ": "Điện Biên",
    "Biên Hoà": "Đồng Nai",
    "Cao Lãnh": "Đồng Tháp",
    "Pleiku": "Gia Lai",
    "Phủ Lý": "Hà Nam",
    "Vị Thanh": "Hậu Giang",
    "Nha Trang": "Khánh Hoà",
    "Rạch Giá": "Kiên Giang",
    "Đà Lạt": "Lâm Đồng",
    "Tân An": "Long An",
    "Vinh": "Nghệ An",
    "Phan Rang-Tháp Chàm": "Ninh Thuận",
    "Việt Trì": "Phú Thọ",
    "Tuy Hoà": "Phú Yên",
    "Đồng Hới": "Quảng Bình",
    "Tam Kỳ": "Quảng Nam",
    "Hạ Long": "Quảng Ninh",
    "Đông Hà": "Quảng Trị",
    "Mỹ Tho": "Tiền Giang",
    "Vĩnh Yên": "Vĩnh Phúc",
}
_BY_SEAT = {key(seat): province for seat, province in PROVINCIAL_SEATS.items()}


def province_of_seat(place: str) -> str | None:
    """The province whose offices sit in ``place``, as a place line writes it.

    >>> province_of_seat("Long xuyên"), province_of_seat("TP. Buôn Ma Thuột"), province_of_seat("Cẩm Tân")
    ('An Giang', 'Đắk Lắk', None)
    """
    return _BY_SEAT.get(key(re.sub(r"^(?:TP\.?|Tp\.?|Thành phố)\s*", "", place.strip())))


_BY_KEY = {key(name): name for name in PROVINCES} | {key(a): n for a, n in _ALIASES.items()}
_NAMES = sorted(list(PROVINCES) + list(_ALIASES), key=len, reverse=True)
_ANY = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in _NAMES) + r")(?!\w)", re.I)
_QUALIFIED = re.compile(
    r"(?:tỉnh|Tỉnh uỷ|Tỉnh đoàn|thành phố|Thành uỷ|TP\.?)\s+(" + "|".join(re.escape(n) for n in _NAMES) + r")(?!\w)",
    re.I,
)


def canonical_province(name: str) -> str | None:
    """``"thanh hóa"`` -> ``"Thanh Hoá"``; ``None`` for a name that is not a province.  A name written with no
    mark at all, as an OCR without diacritics reads it, is the province it folds to.

    >>> canonical_province("HAI PHONG"), canonical_province("Hai Phòng"), canonical_province("Hà Giang")
    ('Hải Phòng', None, 'Hà Giang')
    """
    found = _BY_KEY.get(key(name))
    if found or fold(name) != name.lower():
        return found
    return _BY_FOLDED.get(" ".join(fold(name).split()))


# A province's mass organisation names its province bare in a header ("HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN"); its name
# as its charter and its seal write it puts the unit before the place: "Hội Liên hiệp Phụ nữ tỉnh Phú Yên".
_ORGANISATION_THEN_PLACE = re.compile(
    r"^(?P<org>(?:Ban (?:Thường vụ|Chấp hành|Thường trực) )?(?:Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh|"
    r"Liên đoàn Lao động|Hội Chữ thập đỏ|Liên minh Hợp tác xã|Hội Luật gia))\s+(?P<place>[A-ZĐÀ-Ỹ][\w ]+)$"
)
# So do its departments and the branches of central services it has one of ("SỞ Y TẾ KIÊN GIANG", "Công an Hà
# Nội"), whose headers and seals name the unit ("Sở Y tế tỉnh Kiên Giang"): one body, so one facet value.  Not a
# bare "Hồ Chí Minh", which ends names of things called after the President ("Ban Quản lý Lăng Chủ tịch …").
_STATE_BODY_THEN_PLACE = re.compile(
    r"^(?P<org>(?:Thanh tra |Văn phòng )?(?:Sở|Chi cục|Ban Quản lý|Công an|Bảo hiểm xã hội|Kho bạc Nhà nước|"
    r"Cục Thuế|Cục Hải quan|Cục Thống kê|Bộ Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng)(?:\s.*?)?)"
    r"\s+(?P<place>(?i:" + "|".join(re.escape(n) for n in _NAMES if key(n) != key("Hồ Chí Minh")) + r"))$"
)


def with_province_unit(name: str, *, departments: bool = False) -> str:
    """A province's mass organisation (and with ``departments``, its department or service) with its province's
    unit, where the name gives the province bare.  An issuer keeps a department's name as its header writes it;
    the agency facets give both spellings one name.

    >>> with_province_unit("Ban Thường vụ Hội Liên hiệp Phụ nữ Phú Yên"), with_province_unit("Hội Nông dân Cần Thơ")
    ('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Phú Yên', 'Hội Nông dân thành phố Cần Thơ')
    >>> with_province_unit("Hội Nông dân Việt Nam"), with_province_unit("Hội Nông dân tỉnh Phú Yên")
    ('Hội Nông dân Việt Nam', 'Hội Nông dân tỉnh Phú Yên')
    >>> with_province_unit("Thanh tra Sở Y tế Kiên Giang"), with_province_unit("Công an Hà Nội", departments=True)
    ('Thanh tra Sở Y tế Kiên Giang', 'Công an thành phố Hà Nội')
    >>> [with_province_unit(n, departments=True) for n in ("Sở Y tế tỉnh An Giang", "Ban Quản lý Lăng Hồ Chí Minh")]
    ['Sở Y tế tỉnh An Giang', 'Ban Quản lý Lăng Hồ Chí Minh']
    """
    m = _ORGANISATION_THEN_PLACE.match(name) or (departments and _STATE_BODY_THEN_PLACE.match(name))
    province = canonical_province(m["place"]) if m else None
    if not province or re.search(r"(?<!\w)(?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường)$", m["org"]):
        return name
    return f"{m['org']} {'thành phố' if province in CENTRAL_CITIES else 'tỉnh'} {m['place']}"


def provinces_in(text: str) -> list[str]:
    """Every province named in ``text``, canonical, in order; "Hồ Chí Minh" only as a city ("thành phố Hồ Chí Minh",
    "TP. Hồ Chí Minh"): alone, it is the President's name ("Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh").

    >>> provinces_in("Đoàn TNCS Hồ Chí Minh xã Lam Sơn, huyện Ngọc Lặc"), provinces_in("Sở Y tế TP. Hồ Chí Minh")
    ([], ['Hồ Chí Minh'])
    >>> provinces_in("Sài Gòn, TP Hồ Chí Minh")
    ['Hồ Chí Minh', 'Hồ Chí Minh']

    A name in small letters is a word unless its unit says otherwise; the Pacific is no province:

    >>> provinces_in("độc lập, tự chủ, hoà bình"), provinces_in("tỉnh hoà bình"), provinces_in("Thái Bình Dương")
    ([], ['Hoà Bình'], [])
    """
    found = []
    for m in _ANY.finditer(text):
        province, before = canonical_province(m.group(1)), text[max(0, m.start() - 12) : m.start()]
        if m.group(1).islower() and not _UNIT_BEFORE.search(before) or _OCEAN_AFTER.match(text, m.end()):
            continue
        if _LOCAL_UNIT_BEFORE.search(before) or _LISTED_LOCALLY.search(text[max(0, m.start() - 300) : m.start()]):
            continue
        if key(m.group(1)) != key("Hồ Chí Minh") or _CITY_BEFORE.search(before):
            found.append(province)
    return found


_CITY_BEFORE = re.compile(r"(?i:thành phố|tp\.?)\s*$")
_UNIT_BEFORE = re.compile(r"(?i:tỉnh|thành phố|tp\.?)\s*$")
# A commune, hamlet, street named like a province (not "thị xã Hà Giang", its seat), or listed after one's unit.
_LOCAL_UNITS = r"(?<!\w)(?i:ấp|thôn|xóm|làng|khu phố|tổ dân phố|(?<!thị )xã|phường|thị trấn)"
_LOCAL_UNIT_BEFORE = re.compile(rf"(?:{_LOCAL_UNITS}|(?<!\w)(?i:khu|đường))\s+$")
_LISTED_LOCALLY = re.compile(
    rf"{_LOCAL_UNITS}(?:\s+[a-zà-ỹđ]+){{0,2}}\s*[(:]\s*(?:[{CAPITAL_LETTERS}][\w ]{{0,30}},\s*)+$"
)
_OCEAN_AFTER = re.compile(r"\s+(?i:dương)(?!\w)")  # "châu Á - Thái Bình Dương"


def respelled(text: str) -> str:
    """``text`` with every province it names spelled as the archive spells it (``thanh hóa`` -> ``Thanh Hoá``)."""
    return _ANY.sub(lambda m: canonical_province(m.group(1)) or m.group(1), text)


def likeliest_province(text: str, *, qualified_only: bool = False) -> str | None:
    """The province a document speaks of most: qualified mentions (``tỉnh Kon Tum``) first."""
    qualified = Counter(canonical_province(m.group(1)) for m in _QUALIFIED.finditer(text))
    if qualified:
        return qualified.most_common(1)[0][0]
    if qualified_only:
        return None
    # two provinces named as often say neither: a letter of one to the other, a list of both
    return sole_leader(Counter(provinces_in(text)))


def sole_leader(votes: Counter) -> str | None:
    """The value counted most, when no other is counted as often.

    >>> sole_leader(Counter(["Huế", "Huế", "Hà Nội"])), sole_leader(Counter(["Huế", "Hà Nội"])), sole_leader(Counter())
    ('Huế', None, None)
    """
    (best, count), (_, second) = (votes.most_common(2) + [(None, 0), (None, 0)])[:2]
    return best if count > second else None


# The provinces merged on 1 July 2025 (Nghị quyết 202/2025/QH15): each old one -> the one it is part of.
MERGED_2025 = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hoà Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Ninh Thuận": "Khánh Hoà",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Phú Yên": "Đắk Lắk",
    "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau",
    "Kiên Giang": "An Giang",
}


def province_at(province: str | None, dated: str | None) -> str | None:
    """The province a place belonged to on ``dated`` (``2025-11`` or ``2025-11-20``): merged ones after 1 July 2025."""
    if province and dated and len(dated) >= 7 and dated[:7] >= "2025-07":
        return MERGED_2025.get(province, province)
    return province


# A State or Party body's site is named by its province: "tayninh.gov.vn", a commune's "phuloc.thuathienhue.gov.vn",
# a department's "stnmt.dongthap.gov.vn" or "dost-dongnai.gov.vn", a Party committee's "laichau.dcs.vn", a school's
# "mnsonphu.thainguyen.edu.vn"; and so are a province's own paper and television ("baoninhthuan.com.vn",
# "gialaitv.vn"). The national database of legal texts files a province's texts under its name ("vbpl.vn/hanoi/…").
_SITE_NAME = {re.sub(r"[^a-z]", "", fold(name)): name for name in PROVINCES} | {
    "hue": "Thừa Thiên Huế",
    "hochiminhcity": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "hcmcity": "Hồ Chí Minh",
}
OFFICIAL_DOMAIN = re.compile(r"\.(?:gov|dcs|edu|org)\.vn$")
_PRESS = re.compile(r"^bao(?P<name>[a-z]+)$|^(?P<station>[a-z]+)tv$")


def province_of_address(address: str | None) -> str | None:
    """The province a web page's address names its site after, or None.

    >>> province_of_address("https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038"), province_of_address("http://laichau.dcs.vn/x")
    ('Thừa Thiên Huế', 'Lai Châu')
    >>> province_of_address("https://sub.dost-dongnai.gov.vn/xuanphu/"), province_of_address("https://baoninhthuan.com.vn/n")
    ('Đồng Nai', 'Ninh Thuận')
    >>> province_of_address("https://vbpl.vn/hanoi/Pages/vbpq-toanvan.aspx?ItemID=1"), province_of_address("https://vbpl.vn/tw/Pages/x")
    ('Hà Nội', None)
    >>> province_of_address("https://thuvienphapluat.vn/van-ban/x"), province_of_address("https://moj.gov.vn/")
    (None, None)
    """
    return site_place(address)[0]


def site_host(address: str | None) -> tuple[str, str]:
    """``(host, path)`` of a page's address, the host in small letters without "www."; empty for no address
    (a page's own canonical link may be anything: "https://[vpubnd…").

    >>> site_host("https://WWW.Quangtri.gov.vn/a/b"), site_host("https://[vpubnd.laichau.gov.vn/x"), site_host(None)
    (('quangtri.gov.vn', '/a/b'), ('', ''), ('', ''))
    """
    try:
        parts = urlsplit(address.strip()) if address else None
    except ValueError:
        return "", ""
    host = (parts.hostname or "").lower().removeprefix("www.") if parts else ""
    return (host, parts.path) if host else ("", "")


def site_place(address: str | None) -> tuple[str | None, str | None]:
    """``(province, label)``: the province a page's address names its site after, and the label an official site
    sets left of the province's, a district's or a commune's ("phuloc" in "phuloc.thuathienhue.gov.vn").

    >>> site_place("https://phuloc.thuathienhue.gov.vn/?gd=1"), site_place("http://laichau.dcs.vn/x")
    (('Thừa Thiên Huế', 'phuloc'), ('Lai Châu', None))
    """
    host, path = site_host(address)
    if not host:
        return None, None
    if host == "vbpl.vn":
        return _SITE_NAME.get(path.strip("/").split("/")[0].lower()), None
    labels = host.split(".")
    official = bool(OFFICIAL_DOMAIN.search(host))
    for k in range(len(labels) - 2, -1, -1):  # the province's label stands right of a district's or a commune's
        label = labels[k]
        pieces = [label.replace("-", ""), *(label.split("-") if official else [])]
        if official and (found := next((_SITE_NAME[p] for p in pieces if p in _SITE_NAME), None)):
            return found, (labels[k - 1] if k and label in _SITE_NAME else None)
        if official and (found := _after_office(label)):
            return found, None
        press = _PRESS.match(label)
        if press and (found := _SITE_NAME.get(press["name"] or press["station"])):
            return found, None
    return None, None


# A provincial office may set its own initials before the province's name: "vhttdldaklak.gov.vn" (Sở Văn hoá,
# Thể thao và Du lịch Đắk Lắk), "mttqdienbien.org.vn", "tinhdoanhungyen.org.vn"; a short name ("hue") could end
# any word.
_AFTER_OFFICE = re.compile(
    r"^[a-z]{2,12}?(?P<name>" + "|".join(sorted((n for n in _SITE_NAME if len(n) >= 5), key=len, reverse=True)) + r")$"
)


def _after_office(label: str) -> str | None:
    """The province an office's site label ends with (:data:`_AFTER_OFFICE`), or None.

    >>> _after_office("vhttdldaklak"), _after_office("mttqdienbien"), _after_office("thanhdoansadec")
    ('Đắk Lắk', 'Điện Biên', None)
    """
    m = _AFTER_OFFICE.match(label)
    return _SITE_NAME[m["name"]] if m else None


# A header's province with one letter mistyped or misread ("ỦY BAN NHÂN DÂN TỈNH DÌNH ĐỊNH"): after "TỈNH" only a
# province can stand, so a name that is none but one letter away from exactly one is that one.
_CAPS_PROVINCE = re.compile(r"(?<=TỈNH )([A-ZĐÀ-Ỹ]+(?: [A-ZĐÀ-Ỹ]+){0,3})$")


def letter_mended(line: str) -> str:
    """A caps header line whose province after "TỈNH" is one letter off a single province's name, spelt right.

    >>> letter_mended("ỦY BAN NHÂN DÂN TỈNH DÌNH ĐỊNH"), letter_mended("UBND TỈNH KON TUM")
    ('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH', 'UBND TỈNH KON TUM')
    """
    m = _CAPS_PROVINCE.search(line)
    if not m or canonical_province(m[1]):
        return line
    written = fold(m[1])
    near = [
        p
        for f, p in _BY_FOLDED.items()
        if len(f) == len(written) and sum(a != b for a, b in zip(f, written, strict=True)) == 1
    ]
    return line[: m.start(1)] + near[0].upper() if len(near) == 1 else line


# A province an OCR named with a wrong mark after its unit ("THÀNH PHỐ CÂN THƠ"; marks only, not letters):
# folded, the unit and the name are a province's, as written they are no province.
_FOLDED_QUALIFIED = re.compile(
    r"(?<!\w)(?:tinh|thanh pho)\s+("
    + "|".join(sorted({re.escape(fold(n)) for n in PROVINCES}, key=len, reverse=True))
    + r")(?!\w)"
)
_BY_FOLDED = {fold(n): n for n in PROVINCES}


def marks_mended(text: str) -> str:
    """``text`` with the provinces an OCR misread the marks of, after their unit, spelt as the province is (in the
    capitals of the text); a spelling that is the province's in another tone placement is the source's, and kept.

    >>> marks_mended("ỦY BAN NHÂN DÂN THÀNH PHỐ CÂN THƠ; tỉnh Tuyên Quang; tỉnh Thanh Hóa; phố Hà Nam")
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ; tỉnh Tuyên Quang; tỉnh Thanh Hóa; phố Hà Nam'
    """
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for m in _FOLDED_QUALIFIED.finditer(folded):
        written = text[m.start(1) : m.end(1)]
        province = _BY_FOLDED[m.group(1)]
        if key(written) == key(province):
            continue
        out += [text[last : m.start(1)], province.upper() if written.isupper() else province]
        last = m.end(1)
    return "".join(out) + text[last:] if out else text


_CENTRAL = re.compile(
    r"^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Chính phủ|Thủ tướng|Quốc hội|"
    r"Uỷ ban Thường vụ Quốc hội|Chủ tịch nước|(?i:Văn phòng (?:Trung ương|Chính phủ|Quốc hội))|Ngân hàng Nhà nước|"
    r"(?:Văn phòng|Thanh tra) Bộ [A-ZĐ]|Thanh tra Chính phủ|Đại hội đại biểu toàn quốc|"
    r"Toà án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Kiểm toán nhà nước|Bảo hiểm xã hội Việt Nam|"
    r"Tổng Liên đoàn|Bộ [A-ZĐ]|(?:Bộ trưởng|Thứ trưởng) Bộ [A-ZĐ]|Tổng cục|Cục|Vụ|"
    r"(?:Trưởng |Phó Trưởng )?Ban Chỉ đạo (?:quốc gia|Quốc gia)\b)"  # "Ban Chỉ đạo quốc gia chống buôn lậu …"
    r"|Trung ương(?: Đảng)?$|\bTrung ương\b"
    # a national organisation, or its committee: "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam"
    r"|^(?:Ban Chấp hành |Ban Thường vụ |Đoàn Chủ tịch )?(?:Tổng Liên đoàn|Công đoàn|Hội|Liên minh)\b.*\bViệt Nam$"
)


def issuer_level(issuer: str | None, number: str | None, province: str | None) -> str | None:
    """``central`` / ``province`` / ``district`` / ``commune`` from the issuer's name.

    A Thành uỷ is provincial for a centrally-governed city and district-level
    for a provincial city (``Thành uỷ Bắc Ninh``).

    >>> issuer_level("Phòng Giáo dục và Đào tạo thị xã Đồng Xoài", None, "Bình Phước")
    'district'
    >>> issuer_level("Uỷ ban nhân dân xã Cẩm Tân", None, "Thanh Hoá"), issuer_level("Thị uỷ Sơn Tây", None, None)
    ('commune', 'district')
    >>> issuer_level("Thành uỷ Thành Phố Hồ Chí Minh", None, None)
    'province'

    """
    name = issuer or ""
    commune = r"(?<!\w)(?<!thị )(?:xã|phường|thị trấn|đặc khu|Đảng uỷ xã|Đảng uỷ phường)(?!\w)"  # not a "thị xã"
    if re.search(commune, name, re.I) and not re.search(r"xã hội", name, re.I):
        return "commune"
    if re.search(r"(?<!\w)(?:huyện|quận|thị xã|Huyện uỷ|Quận uỷ|Thị uỷ)(?!\w)", name, re.I):
        return "district"
    # "Thành uỷ Thành phố Hồ Chí Minh": the committee of the city
    city = re.search(
        r"(?:Thành uỷ|thành phố|TP\.?)\s+(?:(?i:thành phố)\s+)?"
        r"(?P<place>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*)",
        name,
    )
    if city:
        place = canonical_province(city.group("place"))
        return "province" if place in CENTRAL_CITIES else "district"
    # a department is "Sở" with its capital: the small "sở" of "cơ sở" names none ("Ban Chỉ đạo Điều tra cơ sở
    # hành chính Trung ương")
    if re.search(r"(?<!\w)(?:(?i:tỉnh|Tỉnh uỷ|Tỉnh đoàn)|Sở|SỞ)(?!\w)", name):
        return "province"
    if name and _CENTRAL.search(name):
        return "central"
    if re.search(r"\bViệt Nam\b", name) and not provinces_in(name):
        return "central"  # a national body under no place's name: "Ban Tổ chức Đại hội … các dân tộc thiểu số Việt Nam"
    if number and re.search(r"/(?:TW|BTGTW|BTCTW|VPTW|BDVTW|UBKTTW|BĐNTW|BKTTW)$", number):
        return "central"
    if number and re.search(r"(?:-|/)(?:CP|TTg|QH\d+|UBTVQH\d+|VPCP|CTN)$", number):
        return "central"
    if province:
        return "province"
    return None
