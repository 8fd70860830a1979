"""Schools as their headers name them: the school under the office that runs it ("PHÒNG GD & ĐT DIỄN CHÂU /
TRƯỜNG TH DIỄN THÀNH").  The school issues, by its own name, its kind spelt out ("Trường Tiểu học Diễn
Thành"); it sits at the level of the body that runs it: a district's education office or committee runs the
primary and lower-secondary schools (the communes since the districts went in 2025), a province's department the
upper-secondary ones, a ministry its universities.
"""

from __future__ import annotations

import re

from indexer.document.fields.header_names import header_names
from indexer.document.structure import Paragraph
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


def school_level(issuer: str | None, paragraphs: list[Paragraph], province: str | None) -> str | None:
    """The level of a school the header names under the body that runs it; ``None`` for another issuer."""
    names = header_names(paragraphs)
    if not issuer or len(names) < 2 or not school_name(names[-1]):
        return None
    return _level_under(names[0], province)


def _level_under(parent: str, province: str | None) -> str | None:
    """The level of a school, from the body its header names above it: ``PHÒNG GD&ĐT BẢO LÂM`` is a
    district's office; ``UBND HUYỆN NÚI THÀNH``, ``SỞ GD&ĐT``, ``UBND XÃ …`` say their level.

    >>> _level_under("PHÒNG GD & ĐT DIỄN CHÂU", "Nghệ An"), _level_under("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH", None)
    ('district', 'province')
    >>> _level_under("UBND HUYỆN NÚI THÀNH", "Quảng Nam"), _level_under("UỶ BAN NHÂN DÂN XÃ TAM SƠN", None)
    ('district', 'commune')
    """
    if re.match(r"^PHÒNG\s", parent):
        return "district"
    return issuer_level(parent.capitalize(), None, province) if parent else None
