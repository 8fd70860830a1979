"""Who consolidated a text, and when: a consolidated text (văn bản hợp nhất) is signed in its authentication
block ("BỘ QUỐC PHÒNG / Số: 46/VBHN-BQP / XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày 04 tháng 5 năm 2026 / KT. BỘ
TRƯỞNG"), which the layout of 2025 puts at the end, under the last article, while the text opens on the
consolidated act's own type line and no header of the consolidating body at all.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from indexer.document.lines import valid_date
from indexer.document.structure import Paragraph
from indexer.text import respelling
from indexer.text.agency_names import usual_case
from indexer.text.normalize import is_all_caps

_AUTHENTICATION = re.compile(r"XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT", re.I)
_DATE = re.compile(r"\bngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.I)
# What may stand before the block's words on their line: the body, after an article's last words in a scan.
_BODY_NAME = re.compile(r"(?:^|\s)((?:BỘ|UỶ BAN|ỦY BAN|NGÂN HÀNG|THANH TRA|VĂN PHÒNG|KIỂM TOÁN|CHÍNH PHỦ)\b[^.;:]*)$")


class Authentication(NamedTuple):
    issuer: str | None  # "Bộ Quốc phòng"
    date: str | None  # ISO, "2026-05-04"
    line: str  # the block's line, for the review page


def authentication(paragraphs: list[Paragraph]) -> Authentication | None:
    """The consolidating body and the day it authenticated the text, from its authentication block.

    >>> from indexer.document.structure import Paragraph as P
    >>> block = ["Điều 37. Trách nhiệm thi hành", "BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP NHẤT",
    ...          "Số: 46/VBHN-BQP Hà Nội ngày 04 tháng 5 năm 2026", "KT. BỘ TRƯỞNG"]
    >>> authentication([P(f"p{i}", "", t, "text", "body") for i, t in enumerate(block)])
    Authentication(issuer='Bộ Quốc phòng', date='2026-05-04', line='BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP NHẤT')
    """
    for i, p in enumerate(paragraphs):
        found = _AUTHENTICATION.search(p.text)
        if not found:
            continue
        before = p.text[: found.start()].strip()
        if not before and i and is_all_caps(paragraphs[i - 1].text):
            before = paragraphs[i - 1].text.strip()
        named = _BODY_NAME.search(before)
        issuer = usual_case(respelling.sentence_case(named.group(1).strip())) if named else None
        date = None
        for q in paragraphs[max(0, i - 2) : i + 4]:
            dated = _DATE.search(q.text)
            if dated:
                date = valid_date(int(dated[1]), int(dated[2]), int(dated[3]))
                break
        return Authentication(issuer, date, p.text)
    return None
