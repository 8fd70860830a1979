"""What an archivist may correct in an extracted record, checked and normalised.

Corrections are kept in the file's sidecar as ``corrections[part] = {field:
value}``, only for the fields that differ from what extraction finds, so a
better extractor still improves the fields nobody touched.  The same checks
serve the upload review, the edit page and any program.

>>> clean_field("number", " 15 kh/hu "), clean_field("date", "12/3/2025"), clean_field("issuer", "  ")
('15-KH/HU', '2025-03-12', None)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from indexer.document.record import Document
from indexer.errors import ArchiveError
from indexer.text.normalize import normalize_text
from indexer.text.numbers import parse_loose, year_of
from indexer.vocabulary import LEVELS, ROLES

FIELDS = ("doc_type", "number", "issuer", "level", "province", "date", "signer", "signer_title", "title")
LIMIT = 1000  # characters in one field: a subject line is long, a paragraph is not a field


class BadCorrection(ArchiveError):
    code = "bad_correction"
    status = 400

    def __init__(self, message_vi: str, message_en: str, field: str):
        self.field = field
        super().__init__(message_vi, message_en)


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _date(text: str) -> str:
    m = _ISO.match(text)
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if not m:
        m = _DMY.match(text)
        if m:
            d, mo, y = m.groups()
    try:
        if not m:
            raise ValueError
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        raise BadCorrection(
            f"Ngày «{text}» không hợp lệ: viết theo dạng ngày/tháng/năm, ví dụ 12/03/2025.",
            f"invalid date '{text}': write it as day/month/year, e.g. 12/03/2025",
            "date",
        ) from None


def clean_field(name: str, raw) -> object:
    """The value to keep for a field as a person typed it: NFC, spaces tidied, checked.

    :raise BadCorrection: unknown field, too long, a date that is no date, an unknown level.
    """
    if name not in FIELDS:
        raise BadCorrection(f"Không sửa được trường «{name}».", f"'{name}' cannot be corrected", name)
    text = normalize_text(str(raw or ""))
    if len(text) > LIMIT:
        raise BadCorrection(
            f"Trường «{name}» dài quá {LIMIT} ký tự.", f"'{name}' is longer than {LIMIT} characters", name
        )
    if not text:
        return None
    if name == "number":
        return parse_loose(text) or text
    if name == "date":
        return _date(text)
    if name == "level" and text not in LEVELS:
        raise BadCorrection(f"Cấp «{text}» không hợp lệ.", f"unknown level '{text}'", name)
    return text


def clean_roles(rows: list[dict]) -> list[dict]:
    """Roles as typed: ``[{agency, role, anchor}]``; rows without an agency are dropped.

    :raise BadCorrection: an unknown role.
    """
    out = []
    for row in rows:
        agency = normalize_text(str(row.get("agency") or ""))
        if not agency:
            continue
        role = row.get("role") or ""
        if role not in ROLES:
            raise BadCorrection(f"Vai trò «{role}» không hợp lệ.", f"unknown role '{role}'", "roles")
        if len(agency) > LIMIT:
            raise BadCorrection("Tên cơ quan quá dài.", "agency name too long", "roles")
        out.append({"agency": agency, "role": role, "anchor": str(row.get("anchor") or "")[:80]})
    return out


def corrections_between(extracted: Document, wanted: dict) -> dict:
    """The corrections that turn ``extracted`` into what the archivist wants (cleaned values).

    ``wanted`` holds cleaned field values and, optionally, ``roles``; fields
    it leaves out stay as extracted.  A corrected date also sets the year.
    """
    out = {}
    for name in FIELDS:
        if name in wanted and wanted[name] != getattr(extracted, name):
            out[name] = wanted[name]
    if "roles" in wanted:
        current = [{"agency": r.agency, "role": r.role, "anchor": r.anchor} for r in extracted.roles]
        if wanted["roles"] != current:
            out["roles"] = wanted["roles"]
    if "date" in out:
        date = out["date"]
        number = out.get("number", extracted.number)
        out["year"] = int(date[:4]) if date else (year_of(number) if number else None)
    return out


PAGE_LIMIT = 20_000  # characters of one page's text: a dense A4 page holds about 5,000


def clean_page_texts(typed: dict, read: dict[int, str]) -> dict[str, str]:
    """The pages whose text an archivist changed, as they typed it (NFC, line ends as ``\n``), by page.

    ``read`` is what OCR read of each page; a page typed as it was read is no correction.

    >>> clean_page_texts({1: "Số 16-KH/HU", 2: "trang hai"}, {1: "Số 15-KH/HU", 2: "trang hai"})
    {'1': 'Số 16-KH/HU'}

    :raise BadCorrection: a page the file does not have, or a text too long for a page.
    """
    out = {}
    for page, text in typed.items():
        number = int(page) if str(page).isdigit() else None
        if number not in read:
            raise BadCorrection(
                f"Tệp không có trang «{page}» được nhận dạng chữ.", f"the file has no page '{page}' read by OCR", "page"
            )
        text = unicodedata.normalize("NFC", str(text).replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
        if len(text) > PAGE_LIMIT:
            raise BadCorrection(
                f"Chữ của trang {number} dài quá {PAGE_LIMIT} ký tự.",
                f"the text of page {number} is longer than {PAGE_LIMIT} characters",
                "page",
            )
        if text != read[number].strip("\n"):
            out[str(number)] = text
    return out
