"""The issuers of a joint document, read from its number: a joint circular or resolution of central bodies is
numbered with each issuer's code in the order they sign ("01/2016/TTLT-TANDTC-VKSNDTC-BTP", "02/2011/TTLT-VPCP-BNV",
"72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN"); its header names them in a column a scan or a web page often breaks.
A local joint header joins its bodies with a dash instead ("SỞ Y TẾ -CÔNG ĐOÀN NGÀNH"): read here as parts."""

from __future__ import annotations

import re

from indexer.text.agencies import JOINT_HEAD
from indexer.text.vietnamese import fold
from indexer.vocabulary import CENTRAL_ISSUER_CODES, PLACE_UNITS_CAPS

_JOINT_KINDS = ("TTLT", "NQLT")


def joint_bodies(number: str | None) -> list[str] | None:
    """The bodies a joint document's number names, in its order; ``None`` unless every code is a central body's.

    >>> joint_bodies("01/2016/TTLT-TANDTC-VKSNDTC-BTP")
    ['Toà án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Bộ Tư pháp']
    >>> joint_bodies("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN")[:2], joint_bodies("01/2021/TT-BTC")
    (['Uỷ ban Thường vụ Quốc hội', 'Chính phủ'], None)
    """
    m = re.match(r"^[\d.]+[a-z]?/(?:(?:19|20)\d\d/)?(?P<kind>[A-Z]+)[-/](?P<codes>.+)$", number or "")
    if not m or m["kind"] not in _JOINT_KINDS:
        return None
    names = [CENTRAL_ISSUER_CODES.get(re.sub(r"\d+$", "", code)) for code in m["codes"].split("-")]
    return names if len(names) >= 2 and None not in names else None


def joint_issuer(number: str | None) -> str | None:
    """The issuer of a joint document as its number names the bodies, each by its full name, joined as a
    sentence joins them: a header's column broken by a scan or a page ("TOÀ ÁN NHÂN DÂN TỚI CAO / VIỆN KIỄM SÁT
    …"), or run into one line ("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ"), names them less well.

    >>> joint_issuer("02/2011/TTLT-VPCP-BNV"), joint_issuer("12/2020/QĐ-UBND")
    ('Văn phòng Chính phủ và Bộ Nội vụ', None)
    >>> joint_issuer("01/2016/TTLT-TANDTC-VKSNDTC-BTP")
    'Toà án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Tư pháp'
    """
    bodies = joint_bodies(number)
    return f"{', '.join(bodies[:-1])} và {bodies[-1]}" if bodies else None


# A header that joins two bodies with a dash, across two lines or in one, names a joint document's issuers
# ("LIÊN ĐOÀN LAO ĐỘNG - / SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH / TỈNH AN GIANG", "SỞ Y TẾ -CÔNG ĐOÀN NGÀNH"); a dash
# inside one body's name is followed by no body's head ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").
JOINED = " + "  # how the header's names join the bodies of a joint header, to be read apart
PLACE_TAIL = re.compile(rf"\s(?:{PLACE_UNITS_CAPS})\s.+$")


def dash_joined(text: str) -> str | None:
    """``SỞ Y TẾ -CÔNG ĐOÀN NGÀNH`` -> ``SỞ Y TẾ + CÔNG ĐOÀN NGÀNH``; ``None`` for one body's name.

    >>> dash_joined("SỞ Y TẾ -CÔNG ĐOÀN NGÀNH"), dash_joined("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    ('SỞ Y TẾ + CÔNG ĐOÀN NGÀNH', None)
    >>> dash_joined("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ")
    'BỘ VĂN HOÁ - THÔNG TIN + BỘ Y TẾ'
    """
    # a piece that opens with no body's head goes on the name before it: "BỘ VĂN HOÁ - THÔNG TIN"
    bodies: list[str] = []
    for piece in re.split(r"\s*[-–]\s*", text):
        if not piece:
            return None
        if JOINT_HEAD.match(fold(piece)) or not bodies:
            bodies.append(piece)
        else:
            bodies[-1] += f" - {piece}"
    if len(bodies) >= 2 and all(JOINT_HEAD.match(fold(body)) for body in bodies):
        return JOINED.join(bodies)
    return None


def with_sector_union(bodies: list[str]) -> list[str]:
    """A department and its sector's union: "Sở Y tế - Công đoàn ngành" is the health sector's union.

    >>> with_sector_union(["Sở Y tế tỉnh Kiên Giang", "Công đoàn ngành tỉnh Kiên Giang"])
    ['Sở Y tế tỉnh Kiên Giang', 'Công đoàn ngành Y tế tỉnh Kiên Giang']
    """
    sector = next(filter(None, (re.match(r"^Sở\s+(.+?)(?=\s+(?:tỉnh|thành phố)\s|$)", b) for b in bodies)), None)
    return [re.sub(r"^(Công đoàn ngành)(?!\s+[A-ZĐ])", rf"\1 {sector[1]}", b) if sector else b for b in bodies]


def central_issuer(number: str | None) -> str | None:
    """The one central body a State document's number is signed with, where a copy lost every other mark of its
    issuer: a letter's "3313/BVHTTDL-VHDT" (the ministry, then its drafting unit), a decision's "12/2021/QĐ-BTC".
    A Party number ("123-CV/BTC", a committee's board) is no State body's.

    >>> central_issuer("3313/BVHTTDL-VHDT"), central_issuer("5669/VPCP-NN"), central_issuer("01/2021/TT-BTC")
    ('Bộ Văn hoá, Thể thao và Du lịch', 'Văn phòng Chính phủ', 'Bộ Tài chính')
    >>> central_issuer("123-CV/BTC"), central_issuer("45/UBND-VX"), central_issuer("02/2011/TTLT-VPCP-BNV")
    (None, None, None)
    """
    m = re.match(r"^[\d.]+[a-z]?/(?:(?:19|20)\d\d/)?(?P<codes>[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)$", number or "")
    names = {CENTRAL_ISSUER_CODES.get(re.sub(r"\d+$", "", code)) for code in m["codes"].split("-")} if m else set()
    names.discard(None)
    return names.pop() if len(names) == 1 and not joint_bodies(number) else None
