"""Fields typed in the search box (issue 23): ``so:57-KL/TW``, ``loai:"kế hoạch"``, ``cap:xa``,
``tinh:"Cao Bằng"``, ``nam:2019..2023``, ``co-quan:"Ban Tuyên giáo"``, with or without diacritics.

Each field is the filter a facet click gives (a year range is the signing-date range); what is left is searched
as words.  A field is a word of letters or hyphens at the start of a word, then ``:`` and a value (a word, or a
"quoted" one): ``57-KL/TW``, ``8:30`` and ``V/v:`` are no fields, and a quoted phrase is left as it is.

>>> found = split_fields('nam:2019..2023 thong tin loại:"ke hoach" cap:xã tinh:cao-bang')
>>> found.words, found.filters, found.years
('thong tin', {'doc_type': ['Kế hoạch'], 'level': ['commune'], 'province': ['Cao Bằng']}, ('2019', '2023'))
>>> split_fields("V/v: họp lúc 8:30 về 57-KL/TW").words
'V/v: họp lúc 8:30 về 57-KL/TW'
>>> split_fields("MUA SẮM:______ [ghi tên").words, split_fields("Năm:2020").years
('MUA SẮM:______ [ghi tên', ('2020', '2020'))
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from indexer.query.filters import BadFilter
from indexer.text.places import PROVINCES, canonical_province
from indexer.text.vietnamese import fold
from indexer.vocabulary import DOCUMENT_TYPES

# The field names as typed (folded) -> the facet they select ("years": the signing-date range).
NAMES = {
    "so": "number",
    "loai": "doc_type",
    "cap": "level",
    "tinh": "province",
    "nam": "years",
    "co-quan": "agency",
    "coquan": "agency",
}
SHOWN = ("so", "loai", "cap", "tinh", "nam", "co-quan")  # as the messages and the help page list them
LEVEL_WORDS = {
    "xa": "commune",
    "huyen": "district",
    "tinh": "province",
    "trung-uong": "central",
    "tw": "central",
}
EXAMPLES = {
    "number": "57-KL/TW",
    "doc_type": '"kế hoạch"',
    "level": "xa",
    "province": '"Cao Bằng"',
    "years": "2019..2023",
    "agency": '"Ban Tuyên giáo"',
}
YEARS = re.compile(r"(\d{4})?(?:\.\.(\d{2,4})?)?")
# A quoted phrase (left alone), or a field: letters and hyphens after a space or the start, ':' and a value.
TOKEN = re.compile(r'"[^"]*"?|(?<!\S)(?P<name>[^\W\d_]+(?:-[^\W\d_]+)*):(?P<value>"[^"]*"?|[^\s"]+)')
SHOWN_CHARS = 40


@dataclass
class FieldedQuery:
    words: str  # what is left to search as words
    filters: dict[str, list[str]] = field(default_factory=dict)
    years: tuple[str | None, str | None] | None = None  # the signing-date range's bounds (years), or none


class BadField(BadFilter):
    code = "bad_field"


def split_fields(raw: str) -> FieldedQuery:
    """The fields of a query apart from its words.

    :raise BadField: an unknown field or a malformed value, the message naming it and a corrected query.
    """
    found = FieldedQuery(raw or "")
    kept: list[str] = []
    last = 0
    for m in TOKEN.finditer(raw or ""):
        if not m.group("name") or m.group("value").startswith("//"):  # a phrase, or an address (http://)
            continue
        if not _meant_as_field(m.group("name")):
            continue
        kept.append(raw[last : m.start()])
        last = m.end()
        _take(found, raw, m)
    kept.append((raw or "")[last:])
    found.words = re.sub(r"\s+", " ", "".join(kept)).strip()
    return found


def _meant_as_field(name: str) -> bool:
    """A known field in any spelling ("Năm", "loại"), or an unknown name typed as field names are, lower case and
    unmarked ("foo", "loia": a slip the message points out).  A line pasted from a document is words: its
    heading in capitals or its Vietnamese words before a colon ("MUA SẮM:______", "Kính gửi:Sở Y tế")."""
    folded = fold(name).lower()
    return folded in NAMES or name == folded


def _take(found: FieldedQuery, raw: str, m: re.Match) -> None:
    name = fold(m.group("name")).lower()
    value = m.group("value").strip('"').strip()
    facet = NAMES.get(name)
    if facet is None:
        close = difflib.get_close_matches(name, SHOWN, n=1, cutoff=0.6)
        fixed = f"{close[0]}:{m.group('value')}" if close else m.group("value").strip('"')
        _refuse(
            raw,
            m,
            fixed,
            f"Trường «{_shown(m.group('name'))}» không có. Các trường: {', '.join(SHOWN)}.",
            f"There is no field '{_shown(m.group('name'))}'. The fields: {', '.join(SHOWN)}.",
        )
    if not value:
        _refuse(
            raw, m, f"{name}:{EXAMPLES[facet]}", f"Trường «{name}» thiếu giá trị.", f"The field '{name}' has no value."
        )
    if facet == "years":
        found.years = _years(raw, m, value)
        return
    chosen = {"doc_type": _doc_type, "level": _level, "province": _province}.get(facet)
    wanted = chosen(raw, m, value) if chosen else value
    values = found.filters.setdefault(facet, [])
    if wanted not in values:
        values.append(wanted)


def _doc_type(raw: str, m: re.Match, value: str) -> str:
    folded = _folded(value)
    for kind in DOCUMENT_TYPES:
        if folded in {_folded(kind.name), _folded(kind.en), *(_folded(code) for code in kind.codes)}:
            return kind.name
    names = {_folded(kind.name): kind.name for kind in DOCUMENT_TYPES}
    close = difflib.get_close_matches(folded, names, n=1, cutoff=0.5)
    suggestion = names[close[0]] if close else "Kế hoạch"
    _refuse(
        raw,
        m,
        f'loai:"{suggestion.lower()}"',
        f"Loại văn bản «{_shown(value)}» không có (như: kế hoạch, kết luận, công văn, thông báo).",
        f"There is no document type '{_shown(value)}' (such as: kế hoạch, kết luận, công văn, thông báo).",
    )
    return ""


def _level(raw: str, m: re.Match, value: str) -> str:
    folded = _folded(value)
    level = LEVEL_WORDS.get(folded) or {"cap-" + k: v for k, v in LEVEL_WORDS.items()}.get(folded)
    if folded in ("central", "province", "district", "commune"):
        level = folded
    if level is None:
        _refuse(
            raw,
            m,
            "cap:xa",
            f"Cấp «{_shown(value)}» không có. Các cấp: trung-uong, tinh, huyen, xa.",
            f"There is no level '{_shown(value)}'. The levels: trung-uong, tinh, huyen, xa.",
        )
    return level or ""


def _province(raw: str, m: re.Match, value: str) -> str:
    name = canonical_province(value) or canonical_province(value.replace("-", " "))
    folded = {_folded(p): p for p in PROVINCES}
    name = name or folded.get(_folded(value))
    if name is None:
        close = difflib.get_close_matches(_folded(value), folded, n=1, cutoff=0.6)
        suggestion = folded[close[0]] if close else "Cao Bằng"
        _refuse(
            raw,
            m,
            f'tinh:"{suggestion}"',
            f"Tỉnh «{_shown(value)}» không có.",
            f"There is no province '{_shown(value)}'.",
        )
    return name or ""


def _years(raw: str, m: re.Match, value: str) -> tuple[str | None, str | None]:
    """``2023``, ``2019..2023``, ``2019..`` or ``..2023``; ``2019..23`` reads as ``2019..2023``."""
    found = YEARS.fullmatch(value)
    start, end = found.groups() if found and any(found.groups()) else (None, None)
    if found and start and end and len(end) == 2:
        end = start[:2] + end
    if found and start and ".." not in value:
        end = start
    if found and (start or end) and len(end or "0000") == 4 and (not start or not end or start <= end):
        return start, end
    fixed = f"nam:{end}..{start}" if found and start and end and len(end) == 4 else "nam:2019..2023"
    _refuse(
        raw,
        m,
        fixed,
        f"Năm «{_shown(value)}» không hợp lệ: gõ một năm (nam:2023) hoặc một khoảng năm, năm đầu trước "
        "(nam:2019..2023).",
        f"The year '{_shown(value)}' is malformed: type a year (nam:2023) or a range, the first year first "
        "(nam:2019..2023).",
    )
    return None, None


def _refuse(raw: str, m: re.Match, fixed: str, message_vi: str, message_en: str) -> None:
    corrected = re.sub(r"\s+", " ", raw[: m.start()] + fixed + raw[m.end() :]).strip()
    raise BadField(f"{message_vi} Thử: {corrected}", f"{message_en} Try: {corrected}")


def _folded(text: str) -> str:
    return re.sub(r"[\s_-]+", "-", fold(text).lower().strip())


def _shown(text: str) -> str:
    return text[:SHOWN_CHARS] + ("…" if len(text) > SHOWN_CHARS else "")
