"""Who signs a document, and in what capacity (``T/M Ban Thường vụ, Bí thư``), from its signature block."""

from __future__ import annotations

import re

from indexer.document.lines import in_zones
from indexer.document.structure import Paragraph
from indexer.text import respelling
from indexer.text.normalize import is_all_caps
from indexer.text.vietnamese import key

_CAPACITY_WORDS = {
    "T/M": "T/M",
    "TM.": "TM.",
    "TM": "TM.",
    "KT.": "KT.",
    "KT": "KT.",
    "Q.": "Q.",
    "TL.": "TL.",
    "TUQ.": "TUQ.",
}


def _capacity(text: str, context: str) -> str:
    m = re.match(r"^(T/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?)\s*(.*)$", text)
    if m:
        prefix = _CAPACITY_WORDS.get(m.group(1), m.group(1))
        return f"{prefix} {_capacity_name(m.group(2), context)}".strip()
    if key(text) == "kiêm":
        return "kiêm"
    return _capacity_name(text, context)


_POSITIONS = [
    "Phó Bí thư Thường trực",
    "Phó Bí thư",
    "Bí thư",
    "Phó Chủ tịch Thường trực",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Trưởng Ban Chỉ đạo",
    "Phó Trưởng Ban Chỉ đạo",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Giám đốc",
    "Phó Giám đốc",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Thường trực",
    "Trưởng phòng",
    "Cục trưởng",
    "Vụ trưởng",
]
_POSITION_RE = re.compile(
    r"^(" + "|".join(re.escape(p) for p in sorted(_POSITIONS, key=len, reverse=True)) + r")(?!\w)", re.I
)


def _capacity_name(text: str, context: str) -> str:
    """``PHÓ CHỦ TỊCH`` -> ``Phó Chủ tịch``; a body (``BAN THƯỜNG VỤ``) as the document spells it; two offices held
    at once, each (``BỘ TRƯỞNG, CHỦ NHIỆM`` -> ``Bộ trưởng, Chủ nhiệm``).

    >>> _capacity_name("BỘ TRƯỞNG, CHỦ NHIỆM", ""), _capacity_name("PHÓ CHỦ TỊCH", "")
    ('Bộ trưởng, Chủ nhiệm', 'Phó Chủ tịch')
    """
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 1 and all(_POSITION_RE.fullmatch(part) for part in parts):
        return ", ".join(_capacity_name(part, context) for part in parts)
    m = _POSITION_RE.match(text)
    if m and len(m.group(1)) >= len(text.strip()) - 1:
        return next(p for p in _POSITIONS if key(p) == key(m.group(1)))
    cased = respelling.recase(text, context)
    return cased[0].upper() + cased[1:] if cased else cased


def extract_signer(paragraphs: list[Paragraph], context: str) -> tuple[str | None, str | None]:
    """The signer's name and capacity (``T/M Ban Thường vụ, Bí thư``)."""
    sig = in_zones(paragraphs, "signature")
    if not sig:
        return None, None
    name = sig[-1].text.strip()
    if is_all_caps(name):
        name = " ".join(w.capitalize() for w in name.lower().split())
    parts: list[str] = []
    for p in sig[:-1]:
        for line in p.lines:
            if re.match(r"^\(?\s*(?:đã ký|ký)\s*\)?$", line, re.I):
                continue
            parts.append(_capacity(line.strip(), context))
    title = ""
    for part in parts:
        if part == "kiêm":
            title += " kiêm"
        elif title.endswith(" kiêm"):
            title += " " + part
        else:
            title = f"{title}, {part}" if title else part
    return name or None, title or None
