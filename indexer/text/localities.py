"""Districts and communes, for telling the province of a local body whose document never names it.

A commune's letter is headed ``UỶ BAN NHÂN DÂN / XÃ THIỆU DUY`` and dated ``Thiệu Duy, ngày …``; its
province is written nowhere, but its body speaks of ``huyện Thiệu Hoá``.  The divisions of 2024 (63
provinces, 696 districts and their communes, from the ``vietnam-provinces`` package, version 0.6) say
where each district and commune is.  Only names that belong to one province are used: there are a dozen
``huyện Châu Thành`` and hundreds of ``xã Tân Lập``, which say nothing alone.

On 1 July 2025 the districts went and the communes merged, many under new names or old names moved to another
province (``xã Long Phụng`` was in Long An, it is now in Quảng Ngãi).  The divisions of 2025 (34 provinces and
their 3,321 communes, wards and special zones, the same package's version 2025.10, installed beside the other by
``scripts/_venv.sh``) say where a commune of a document signed since is.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from indexer.text.places import (
    MERGED_2025,
    OFFICIAL_DOMAIN,
    PROVINCES,
    canonical_province,
    site_host,
    site_place,
    sole_leader,
)
from indexer.text.vietnamese import CAPITAL_LETTERS, key

# How a text names a district or a commune, before its proper name.
_DISTRICT_UNITS = ("huyện", "quận", "thị xã", "thành phố")
_COMMUNE_UNITS = ("xã", "phường", "thị trấn", "đặc khu")
_PREFIX = re.compile(r"^(?:Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Thị trấn)\s+", re.I)
_NAME = rf"((?:[{CAPITAL_LETTERS}0-9][\wÀ-ỹ]*)(?:\s+[{CAPITAL_LETTERS}0-9][\wÀ-ỹ]*){{0,3}})"


@functools.cache
def _all_names() -> frozenset[str]:
    """Every district's and commune's name with its unit, folded by :func:`key`: ``huyện châu thành``."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    with open(NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as fh:
        provinces = json.load(fh)
    return frozenset(
        key(name)
        for province in provinces
        for district in province.get("districts", [])
        for name in [district["name"], *(ward["name"] for ward in district.get("wards", []))]
    )


@functools.cache
def _names_of_both() -> frozenset[str]:
    """The names of 2024 and those of 2025 ("xã Avương", "đặc khu Côn Đảo")."""
    return _all_names() | _communes_2025()[1]


@functools.cache
def _place_words() -> frozenset[str]:
    names = _names_of_both() | {key(name) for name in PROVINCES}
    return frozenset(word for name in names for word in name.split())


def is_place_word(word: str) -> bool:
    """Whether a word is one of a province's, a district's or a commune's name ("Pleiku", "Krông", "M'Drắk").

    >>> is_place_word("Pleiku"), is_place_word("Qun")
    (True, False)
    """
    return key(word) in _place_words()


_UNIT_THEN_WORDS = re.compile(
    r"(?<!\w)(huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\s+"
    r"((?:(?!(?:huyện|quận|thị|thành|xã|phường|đặc)\b)[^\W\d_]+\s*){1,4})"
)


def capitalise_localities(text: str) -> str:
    """A sentence-cased caps title with its districts and communes spelt as names again.

    >>> capitalise_localities("Về đề án phân loại đơn vị hành chính 11 phường quận tân phú")
    'Về đề án phân loại đơn vị hành chính 11 phường quận Tân Phú'
    >>> capitalise_localities("danh sách 16 khu vực bỏ phiếu bầu cử đại biểu hđnd xã avương nhiệm kỳ 2026 - 2031")
    'danh sách 16 khu vực bỏ phiếu bầu cử đại biểu hđnd xã Avương nhiệm kỳ 2026 - 2031'
    """
    names = _names_of_both()

    def spelt(m: re.Match) -> str:
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            if key(f"{m.group(1)} {' '.join(words[:n])}") in names:
                named = " ".join(w[:1].upper() + w[1:] for w in words[:n])
                rest = m.group(2)[len(" ".join(words[:n])) :]
                return f"{m.group(1)} {named}{rest}"
        return m.group(0)

    return _UNIT_THEN_WORDS.sub(spelt, text)


def _province_named(name: str) -> str | None:
    """The archive's name of a province as the divisions write it: "Thành phố Hà Nội" -> "Hà Nội"."""
    return canonical_province(_PREFIX.sub("", re.sub(r"^(?:Tỉnh|Thành phố)\s+", "", name)))


@functools.cache
def _divisions() -> tuple[dict[str, str], dict[str, str]]:
    """``({"huyện thiệu hoá": "Thanh Hoá", …}, {"xã thiệu duy": "Thanh Hoá", …})``, unique names only."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    with open(NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as fh:
        provinces = json.load(fh)
    districts: dict[str, set[str]] = {}
    communes: dict[str, set[str]] = {}
    for province in provinces:
        name = _province_named(province["name"])
        if not name:
            continue
        for district in province.get("districts", []):
            districts.setdefault(key(district["name"]), set()).add(name)
            for ward in district.get("wards", []):
                communes.setdefault(key(ward["name"]), set()).add(name)
    return (
        {k: next(iter(v)) for k, v in districts.items() if len(v) == 1},
        {k: next(iter(v)) for k, v in communes.items() if len(v) == 1},
    )


# Where scripts/_venv.sh installs the 2025 divisions (requirements-divisions.txt).
DIVISIONS_2025 = Path(sys.prefix) / "divisions-2025" / "vietnam_provinces" / "data" / "nested-divisions.json"


@functools.cache
def _provinces_2025() -> tuple[tuple[str, list[dict]], ...]:
    """The 34 provinces since 1 July 2025, each with its communes, wards and special zones."""
    if not DIVISIONS_2025.exists():
        logging.getLogger(__name__).warning("the 2025 divisions are not installed (%s)", DIVISIONS_2025)
        return ()
    with open(DIVISIONS_2025, encoding="utf-8") as fh:
        provinces = json.load(fh)
    named = ((_province_named(p["name"]), p) for p in provinces)
    return tuple((name, province.get("wards", [])) for name, province in named if name)


@functools.cache
def _communes_2025() -> tuple[dict[str, str], frozenset[str]]:
    """``({"xã long phụng": "Quảng Ngãi", …}, every name)``: the communes since 1 July 2025, unique names only."""
    communes: dict[str, set[str]] = {}
    for name, wards in _provinces_2025():
        for ward in wards:
            communes.setdefault(key(ward["name"]), set()).add(name)
    unique = {k: next(iter(v)) for k, v in communes.items() if len(v) == 1}
    return unique, frozenset(communes)


# A district's Party committee names its district: "Huyện uỷ Lộc Bình", "Thị uỷ Bỉm Sơn", "Thành uỷ Sầm Sơn".
# The Party's and the Youth Union's committees named by their district ("Huyện uỷ Thiệu Hoá", "Huyện đoàn Ngọc Lặc").
COMMITTEE_UNITS = {
    "huyện uỷ": "huyện",
    "quận uỷ": "quận",
    "thị uỷ": "thị xã",
    "thành uỷ": "thành phố",
    "huyện đoàn": "huyện",
    "quận đoàn": "quận",
    "thị đoàn": "thị xã",
}


def _mentions(text: str, units: tuple[str, ...]) -> list[str]:
    committees = [c for c, unit in COMMITTEE_UNITS.items() if unit in units]
    words = sorted([*units, *committees, *(c.replace("uỷ", "ủy") for c in committees)], key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)((?i:" + "|".join(words) + r"))\s+" + _NAME)
    return [key(f"{COMMITTEE_UNITS.get(key(m.group(1)), m.group(1))} {m.group(2)}") for m in pattern.finditer(text)]


def _renamed(commune: str, districts: dict[str, str]) -> set[str]:
    """The province of a commune the 2024 divisions do not know, named after the district or town it took the
    place of in 2025 (``phường Sa Đéc``, once ``thành phố Sa Đéc``, Đồng Tháp): one province, or none."""
    name = re.sub(r"^(?:xã|phường|thị trấn)\s+", "", commune)
    found = {districts.get(f"{unit} {name}") for unit in _DISTRICT_UNITS} - {None}
    return found if len(found) == 1 else set()


def province_of_districts(text: str) -> str | None:
    """The province of the districts ``text`` names, when they say one: a commune's name is shared by communes
    of several provinces far more often than a district's ("xã Xuân Thịnh", "huyện Triệu Sơn": Thanh Hoá).

    >>> province_of_districts("Uỷ ban nhân dân xã Xuân Thịnh, huyện Triệu Sơn"), province_of_districts("xã Xuân Thịnh")
    ('Thanh Hoá', None)
    """
    districts, _ = _divisions()
    votes = Counter(districts.get(d) for d in _mentions(text, _DISTRICT_UNITS))
    del votes[None]
    return sole_leader(votes)


def province_of_localities(text: str, dated: str | None = None) -> str | None:
    """The province that the districts and communes ``text`` names belong to, when they say it alone; for a
    document signed on ``dated`` (``2025-11``, ``2025-11-20``), a commune's of that day.

    >>> province_of_localities("Thực hiện kế hoạch của UBND huyện Thiệu Hoá về việc …")
    'Thanh Hoá'
    >>> province_of_localities("Uỷ ban nhân dân phường Sa Đéc"), province_of_localities("HỘI ĐỒNG NHÂN DÂN QUẬN 2")
    ('Đồng Tháp', 'Hồ Chí Minh')

    ``xã Long Phụng`` was in Long An until 2025, in Quảng Ngãi since; undated, it says neither:

    >>> [province_of_localities("UBND xã Long Phụng", d) for d in ("2024-05-02", "2025-07-18", None)]
    ['Long An', 'Quảng Ngãi', None]
    """
    districts, communes = _divisions()
    named = _mentions(text, _DISTRICT_UNITS)
    # only Hồ Chí Minh City numbered its urban districts ("Quận 2", merged into Thủ Đức in 2021, "Quận 12")
    votes = Counter(districts.get(d) or ("Hồ Chí Minh" if re.fullmatch(r"quận \d{1,2}", d) else None) for d in named)
    del votes[None]
    since = dated[:7] >= "2025-07" if dated and len(dated) >= 7 else None
    communes_now, names_now = _communes_2025()
    for commune in _mentions(text, _COMMUNE_UNITS):
        before, now = communes.get(commune), communes_now.get(commune)
        if since and commune in names_now or since is None and before is None and now:
            if now:  # a name several provinces' communes share since 2025 says nothing
                votes[now] += 1
        elif since is None and before and now and MERGED_2025.get(before, before) != now:
            continue  # a name of one province before the merger and of another after: the date would tell
        elif before:
            votes[before] += 1
        elif commune not in _all_names():
            votes.update(_renamed(commune, districts))
    return sole_leader(votes)


# A place a caps header names that the body never spells: "ĐẢNG UỶ XÃ CÔNG HẢI" is "Đảng uỷ xã Công Hải".
_UNIT_THEN_PLACE = re.compile(
    r"(?<!\w)(Tỉnh uỷ|Thành uỷ|Huyện uỷ|Quận uỷ|Thị uỷ|(?i:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)|thành phố|"
    r"Thành phố)\s+(?!hội\b|uỷ\b|ủy\b)([a-zà-ỹđ][\w ]*)$"
)
# Units kept as written: a committee's name, and "Thành phố" (Hồ Chí Minh's is part of its proper name).
_COMMITTEE_UNIT = re.compile(r"^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị) uỷ|Thành phố|thành phố)$")


_AFTER_PLACE = re.compile(r"\s+(?:đơn vị|số|khoá|khóa|nhiệm kỳ|lần thứ|tổ|ban)(?!\w)")


def proper_place(name: str) -> str:
    """The place closing an agency's name, capitalised as a proper name, after its unit in small letters
    (``Uỷ ban nhân dân Phường sa đéc`` -> ``Uỷ ban nhân dân phường Sa Đéc``), and not what follows the place.

    >>> proper_place("Ban bầu cử đại biểu Hội đồng nhân dân xã lương minh đơn vị bầu cử số 2")
    'Ban bầu cử đại biểu Hội đồng nhân dân xã Lương Minh đơn vị bầu cử số 2'
    """

    def spelt(m: re.Match) -> str:
        unit = m.group(1) if m.start() == 0 or _COMMITTEE_UNIT.match(m.group(1)) else m.group(1).lower()
        # the place's name ends where what follows it begins: "xã lương minh đơn vị bầu cử số 2"
        end = _AFTER_PLACE.search(m.group(2))
        name, rest = (m.group(2)[: end.start()], m.group(2)[end.start() :]) if end else (m.group(2), "")
        return f"{unit} {name.title()}{rest}"

    return _UNIT_THEN_PLACE.sub(spelt, name)


class SiteDivision(NamedTuple):
    """Where an official site's address says its body sits."""

    province: str
    district: str | None  # "huyện Phú Lộc"
    commune: str | None  # "xã Quảng Thái"


@functools.cache
def _site_divisions() -> tuple[dict[tuple[str, str], SiteDivision], dict[str, SiteDivision]]:
    """``({("Thừa Thiên Huế", "phuloc"): (…, "huyện Phú Lộc", None), (…, "quangthai"): (…, "huyện Quảng Điền", "xã
    Quảng Thái")}, {"nari": ("Bắc Kạn", "huyện Na Rì", None), …})``: the districts and communes of each province by
    the label their sites are named with (a district's over a commune's of the same name: the town of "huyện Phú
    Lộc" is "thị trấn Phú Lộc"; none where two share it), and the districts whose label is theirs alone in the
    country, for the sites named after their district only ("nari.gov.vn", "trieuson.gov.vn")."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    with open(NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as fh:
        provinces = json.load(fh)

    def unit_first(name: str) -> str:
        return name[:1].lower() + name[1:] if _PREFIX.match(name) else name

    found: dict[tuple[str, str], SiteDivision | None] = {}
    nationwide: dict[str, list[SiteDivision]] = {}
    for province in provinces:
        name = _province_named(province["name"])
        for district in province.get("districts", []) if name else []:
            label = district["short_codename"].replace("_", "")
            found[(name, label)] = SiteDivision(name, unit_first(district["name"]), None)
            nationwide.setdefault(label, []).append(found[(name, label)])
        for district in province.get("districts", []) if name else []:
            for ward in district.get("wards", []):
                place = (name, ward["short_codename"].replace("_", ""))
                if place not in found or (found[place] and found[place].commune):
                    division = SiteDivision(name, unit_first(district["name"]), unit_first(ward["name"]))
                    found[place] = None if place in found else division
    # a commune of 2025 on its province's site ("avuong.danang.gov.vn"), where no division of 2024 bears its label
    since: dict[tuple[str, str], SiteDivision | None] = {}
    for name, wards in _provinces_2025():
        for ward in wards:
            place = (name, ward["short_codename"].replace("_", ""))
            since[place] = None if place in since else SiteDivision(name, None, unit_first(ward["name"]))
    found |= {place: division for place, division in since.items() if place not in found}
    # a label of two or three letters is too likely another word or an office's initials ("an", "snv")
    alone = {label: d[0] for label, d in nationwide.items() if len(d) == 1 and len(label) >= 4}
    return {place: division for place, division in found.items() if division}, alone


# A district's office may prefix its site with its own name: "pgdbadon.edu.vn" (phòng giáo dục), "huyenkyanh".
_DISTRICT_OFFICE = re.compile(r"^(?:ubndhuyen|phonggd|huyen|ubnd|pgd)?(?P<label>[a-z]+)$")


def division_of_address(address: str | None) -> SiteDivision | None:
    """Where an official site's address names its body: the district or commune named left of its province's
    label, or a district whose site bears its name alone (and a commune's named left of it); or None.

    >>> division_of_address("https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038")
    SiteDivision(province='Thừa Thiên Huế', district='huyện Phú Lộc', commune=None)
    >>> division_of_address("https://donphong.bachthong.gov.vn/x")
    SiteDivision(province='Bắc Kạn', district='huyện Bạch Thông', commune='xã Đôn Phong')
    >>> division_of_address("http://laichau.dcs.vn"), division_of_address("https://thuvienphapluat.vn/x")
    (None, None)
    >>> division_of_address("http://avuong.danang.gov.vn/chi-tiet-tin/group/114/nid/4430/danh-sach-16-khu-vuc")
    SiteDivision(province='Đà Nẵng', district=None, commune='xã Avương')
    """
    by_province, alone = _site_divisions()
    province, label = site_place(address)
    if province:
        return by_province.get((province, label.replace("-", ""))) if label else None
    host = site_host(address)[0]
    if not OFFICIAL_DOMAIN.search(host):
        return None
    labels = host.split(".")[:-2]
    for k in range(len(labels) - 1, -1, -1):
        named = _DISTRICT_OFFICE.match(labels[k].replace("-", ""))
        district = named and alone.get(named["label"])
        if district:
            commune = by_province.get((district.province, labels[k - 1].replace("-", ""))) if k else None
            return commune if commune and commune.district == district.district else district
    return None


def province_of_site(address: str | None) -> str | None:
    """The province a page's address names (:func:`~indexer.text.places.province_of_address`), or the province of
    the district whose own site it is.

    >>> province_of_site("https://nari.gov.vn/thong-bao-lich-tiep-cong-dan"), province_of_site("http://laichau.dcs.vn")
    ('Bắc Kạn', 'Lai Châu')
    """
    province = site_place(address)[0]
    division = None if province else division_of_address(address)
    return province or (division.province if division else None)
