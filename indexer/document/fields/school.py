"""Schools as their headers name them: the school under the office that runs it ("PHÒNG GD & ĐT DIỄN CHÂU /
TRƯỜNG TH DIỄN THÀNH").  The school issues, by its own name, its kind spelt out ("Trường Tiểu học Diễn
Thành"). A kindergarten, a primary or a lower-secondary school serves a commune and is named after it: it
is a commune's school whichever office runs it (a district's until 2025, the commune's since the districts went),
as researchers file it; an upper-secondary school sits at the level of the body that runs it, a province's
department.
"""

from __future__ import annotations

import re

from indexer.document.fields.header_names import header_names
from indexer.document.structure import Paragraph
from indexer.text.localities import proper_place
from indexer.text.places import issuer_level

# The kinds of school as headers abbreviate them, the longest first.
_KINDS = {
    "TH VÀ THCS": "Tiểu học và Trung học cơ sở",
    "TH&THCS": "Tiểu học và Trung học cơ sở",
    "THCS VÀ THPT": "Trung học cơ sở và Trung học phổ thông",
    "THCS&THPT": "Trung học cơ sở và Trung học phổ thông",
    "PTDTBT": "Phổ thông Dân tộc bán trú",
    "PTDTNT": "Phổ thông Dân tộc nội trú",
    "THCS": "Trung học cơ sở",
    "THPT": "Trung học phổ thông",
    "TH": "Tiểu học",
    "MN": "Mầm non",
    "MG": "Mẫu giáo",
    "TIỂU HỌC": "Tiểu học",
    "TRUNG HỌC CƠ SỞ": "Trung học cơ sở",
    "TRUNG HỌC PHỔ THÔNG": "Trung học phổ thông",
    "MẦM NON": "Mầm non",
    "MẪU GIÁO": "Mẫu giáo",
}
# The schools of a commune: pre-school, primary and lower-secondary, a semi-boarding one for minority pupils.
_COMMUNE_KINDS = frozenset(
    ("Tiểu học", "Trung học cơ sở", "Tiểu học và Trung học cơ sở", "Mầm non", "Mẫu giáo", "Phổ thông Dân tộc bán trú")
)
_SCHOOL = re.compile(
    r"^TRƯỜNG\s*:?\s*(?P<kind>" + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in _KINDS) + r")\.?\s+"
    r"(?P<name>[^\W_][\w\s.-]*)$"
)
# Words of a school's name that are no part of a proper name: "số 1", "thị trấn Chợ Chùa".
_COMMON_WORDS = re.compile(r"(?<!\S)(?:Số(?= \d)|(?:Xã|Phường|Thị Trấn|Thị Xã|Huyện|Quận|Thành Phố)(?= \S))")


def school_name(line: str) -> str | None:
    """The school a header's line names, its kind spelt out and its name cased as a proper name; ``None`` for
    another body.

    >>> school_name("TRƯỜNG TH DIỄN THÀNH"), school_name("TRƯỜNG: THCS MÔNG ÂN")
    ('Trường Tiểu học Diễn Thành', 'Trường Trung học cơ sở Mông Ân')
    >>> school_name("TRƯỜNG TH SỐ 1 THỊ TRẤN CHỢ CHÙA"), school_name("TRƯỜNG ĐẠI HỌC CẦN THƠ")
    ('Trường Tiểu học số 1 thị trấn Chợ Chùa', None)
    """
    m = _SCHOOL.match(" ".join(line.split()))
    if not m:
        return None
    kind = _KINDS[re.sub(r"\s*&\s*", "&", " ".join(m["kind"].split()))]
    name = _COMMON_WORDS.sub(lambda w: w.group().lower(), " ".join(w.capitalize() for w in m["name"].split()))
    return f"Trường {kind} {name}"


# A commune's Party organisation over one of its cells: the commune names the school the cell belongs to.
_COMMUNE_PARTY = re.compile(r"^(?:ĐẢNG BỘ|ĐẢNG UỶ|ĐẢNG ỦY)\s+(?:XÃ|PHƯỜNG|THỊ TRẤN)\s+(?P<name>\S.*)$")
_BARE_KIND = re.compile(r"^(?:TRƯỜNG\s+)?(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in _KINDS) + r")$")


def school_cell_name(line: str, parent: str | None = None) -> str | None:
    """The Party cell of a school a header's line names (``CHI BỘ TRƯỜNG THCS MỸ HƯNG``), the school named as
    :func:`school_name` names it; a cell that names only the school's kind (``CHI BỘ MẦM NON``, ``CHI BỘ
    TRƯỜNG MẦM NON``) has the commune's one, named after the commune above it. ``None`` for another line.

    >>> school_cell_name("CHI BỘ TRƯỜNG THCS MỸ HƯNG"), school_cell_name("CHI BỘ MẦM NON", "ĐẢNG UỶ XÃ SƠN PHÚ")
    ('Chi bộ Trường Trung học cơ sở Mỹ Hưng', 'Chi bộ Trường Mầm non Sơn Phú')
    >>> school_cell_name("CHI BỘ THÔN 3", "ĐẢNG UỶ XÃ SƠN PHÚ"), school_cell_name("CHI BỘ MẦM NON")
    (None, None)
    """
    m = re.match(r"^CHI BỘ\s+(?P<rest>\S.*)$", " ".join(line.split()))
    if not m:
        return None
    rest = m["rest"] if m["rest"].startswith("TRƯỜNG ") else f"TRƯỜNG {m['rest']}"
    commune = _COMMUNE_PARTY.match(parent or "")
    if _BARE_KIND.match(rest):
        rest = f"{rest} {commune['name']}" if commune else ""
    school = school_name(rest)
    return f"Chi bộ {school}" if school else None


def school_level(issuer: str | None, paragraphs: list[Paragraph], province: str | None) -> str | None:
    """The level of a school, or of its Party cell, the header names under the body that runs it; ``None`` for
    another issuer."""
    names = header_names(paragraphs)
    last = names[-1] if issuer and len(names) >= 2 else ""
    school = school_name(last) or school_cell_name(last, names[0] if names else None)
    if not school and issuer and len(names) == 2 and school_name(names[0]):
        school, names = school_name(names[0]), []  # a school's own unit under it: "TRƯỜNG TH … / PHÒNG THƯ VIỆN"
    if not school:
        return None
    if any(school.startswith(f"Trường {kind} ") for kind in _COMMUNE_KINDS):
        return "commune"
    return _level_under(names[0], province) if names else None


def _level_under(parent: str, province: str | None) -> str | None:
    """The level of a school, from the body its header names above it: ``PHÒNG GD&ĐT BẢO LÂM`` is a
    district's office; ``UBND HUYỆN NÚI THÀNH``, ``SỞ GD&ĐT``, ``UBND XÃ …`` say their level.

    >>> _level_under("PHÒNG GD & ĐT DIỄN CHÂU", "Nghệ An"), _level_under("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH", None)
    ('district', 'province')
    >>> _level_under("UBND HUYỆN NÚI THÀNH", "Quảng Nam"), _level_under("UỶ BAN NHÂN DÂN XÃ TAM SƠN", None)
    ('district', 'commune')
    >>> _level_under("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG", None), _level_under("UBND THÀNH PHỐ THANH HOÁ", None)
    ('province', 'district')
    """
    if re.match(r"^PHÒNG\s", parent):
        return "district"
    # the place cased as a proper name: "thành phố Đà Nẵng" is a province, "thành phố Thanh Hoá" a district
    return issuer_level(proper_place(parent.capitalize()), None, province) if parent else None
