"""Reading a laid-out document's lines: its zones, its header cells, its place-and-date line.

A two-column header flattened to one line (``VĂN PHÒNG QUỐC HỘI | CỘNG HOÀ …``) is read as its cells; a
receiving stamp (``ĐẾN``, ``Số: 1062``) is known for what it is.
"""

from __future__ import annotations

import datetime as dt
import re

from indexer.document.structure import PLACE_DATE, Paragraph
from indexer.text.header_cells import DAY_WORD, MONTH_WORD, UNREAD_MARKS, YEAR_WORD
from indexer.text.normalize import is_all_caps

# The words a sentence of grounds opens with ("Căn cứ …", "- Thực hiện …"): the documents it names are cited,
# not issued, and their dates are theirs.
GROUNDS = re.compile(r"^[-+•\s]*(?:Căn cứ|Thực hiện|Thi hành|Theo|Triển khai|Xét|Trên cơ sở)\b", re.I)


def in_zones(paragraphs: list[Paragraph], *zones: str) -> list[Paragraph]:
    return [p for p in paragraphs if p.zone in zones]


def cells(line: str) -> list[str]:
    """A two-column header flattened to ``VĂN PHÒNG QUỐC HỘI | CỘNG HOÀ …`` is two lines."""
    cells = [c.strip() for c in line.split("|")]
    return [c for c in cells if c] if len(cells) > 1 and all(len(c) >= 3 for c in cells if c) else [line]


def header_lines(paragraphs: list[Paragraph]) -> list[str]:
    return [cell for p in in_zones(paragraphs, "header") for line in p.lines for cell in cells(line)]


STAMP = re.compile(r"^(?:BẢN|ĐẾN|ĐỀN|CÔNG VĂN ĐẾN|Chuyển|Lưu hồ sơ|Ngày\s*:|Số\s*:\s*\d+\s*$|SỞ\b.*\t)", re.I)


# A website's posting stamp among a page's first lines ("Thứ Hai, 28/04/2025", "• Thứ năm - 28/10/2021 13:52"):
# the site's day, not the document's, nor its subject's words.
POSTING_STAMP = re.compile(
    r"^[•*-]?\s*(?:(?i:thứ)\s+(?i:hai|ba|tư|năm|sáu|bảy)|(?i:chủ nhật))\s*[,-]\s*\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\d.,]+){0,3}$"  # and the views and comments it counts: "4.864 0"
    # "Cập nhật lúc: 15:45 27/05/2018", "Cập nhật 17/1/2015, 13:01:04", "Ngày đăng: 21/01/2021 - Lượt xem: 87",
    # "Ngày đăng 10/06/2016 | 10:20 | View count: 511"
    r"|^(?:Cập nhật|Ngày cập nhật|Ngày đăng|Đăng lúc|Đăng ngày)(?:\s+lúc)?\s*:?\s*[\d:/ |,-]{8,24}"
    r"(?:[-|]?\s*(?:Lượt xem|View count)\b.*)?$"
    # the labels a page's table set on lines of their own, their figures under them: "Cập nhật ngày:", "- Lượt xem:"
    r"|^[-|]?\s*(?:Cập nhật(?: ngày| lúc)?|Ngày cập nhật|Ngày đăng|Lượt xem|View count)\s*:?$"
    # a document-sharing site's card of the file: "Chia sẻ: Son Pham | Ngày: | Loại File: PDF | Số trang:10"
    r"|^Chia sẻ\s*:[^|]*\|\s*Ngày\s*:[^|]*\|\s*Loại [Ff]ile\s*:"
)
# The day alone under a page's headline ("29/10/2020"): no word of the subject.  Over the headline it may follow a
# site's section ("Tin chỉ đạo điều hành" / "22/04/2021"), which is no headline either: only the title's lines drop it.
DAY_ALONE = re.compile(
    r"^(?:\d{1,2}:\d{2},?\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$"  # "06:12, 01/12/2019"
)


def valid_date(d: int, m: int, y: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


PLACE = re.compile(
    # a name of two joined (the city of "Phan Rang-Tháp Chàm", the province of "Bà Rịa - Vũng Tàu") is one
    r"^(?:TP\.|Tp\.|TX\.|Thành phố|Thị xã|Thị trấn|Huyện|Xã|Phường)?"
    r"\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:(?:\s*-\s*|\s+)[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}$"
    r"|^(?:Quận|Phường|Q\.|P\.)\s*\d{1,2}$"  # "Quận 8, ngày 08 tháng 08 năm 2006"
    r"|^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s[a-zđà-ỹ]+$"  # a name of two typed with its second in small letters: "Long xuyên"
)


# A place and a date whose day (or month) is left blank, "Ninh Bình, ngày   tháng 11 năm 2024", or handwritten
# and misread by OCR: "Phú Thọ, ngày | tháng 12 năm 2011".
PARTIAL_DATE = re.compile(
    rf"^(?P<place>[^\d,]{{2,60}}|(?:Quận|Phường)\s*\d{{1,2}}),\s*{DAY_WORD}\s*(?:(?P<d>\d{{1,2}})|{UNREAD_MARKS})?[\s.…_]*"
    rf"{MONTH_WORD}\s*(?:(?P<m>\d{{1,2}})(?:\s+(?P<m2>\d{{1,2}}))?|{UNREAD_MARKS})?[\s.…_]*{YEAR_WORD}\s*(?P<y>\d{{4}})",
    re.I,
)


def place_date(text: str) -> tuple[str, str] | None:
    """``("Lạng Sơn", "2019-02-27")`` for a line like ``Lạng Sơn, ngày 27 tháng 02 năm 2019``."""
    if len(text) > 90:
        return None
    m = PLACE_DATE.match(text.strip())
    if not m or not PLACE.match(m.group("place").strip()):
        return None
    date = valid_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    return (m.group("place").strip(), date) if date else None


# The figures of a scanned date line an OCR read as letters of their shape: "ngày 16 tháng II năm 2012" (11).
# A place-and-date line never writes its figures otherwise (no roman month).
_LOOKALIKE_FIGURES = str.maketrans("IilL|Oo", "1111100")
_DATE_SLOTS = re.compile(
    rf"(?P<d>(?<!\w){DAY_WORD}\s*)(?P<dd>[\dIl|Oo]{{1,2}})(?P<m>[\s.…_]*{MONTH_WORD}\s*)(?P<mm>[\dIl|Oo]{{1,2}})"
    rf"(?P<y>[\s.…_]*{YEAR_WORD}\s*)(?P<yy>[\dIl|Oo]{{4}})(?!\w)",
    re.I,
)


def figures_mended(line: str) -> str:
    """A date line with the figures its slots hold as letters read as figures; the line itself when none does.

    >>> figures_mended("Bắc Giang, ngày 16 tháng II năm 2012")
    'Bắc Giang, ngày 16 tháng 11 năm 2012'
    >>> figures_mended("Hà Nội, ngày 4 tháng Ÿ năm 2025")
    'Hà Nội, ngày 4 tháng Ÿ năm 2025'
    """

    def mend(m: re.Match) -> str:
        figures = [m[slot].translate(_LOOKALIKE_FIGURES) for slot in ("dd", "mm", "yy")]
        return f"{m['d']}{figures[0]}{m['m']}{figures[1]}{m['y']}{figures[2]}"

    return _DATE_SLOTS.sub(mend, line)


# A digital signature's stamp: "Thời gian ký: 2025-10-01T17:08:18+07:00", "Ngày ký: 25.09.2020".
# "Thời gian ký: 15/01/2025 17:10:17", and as a scan may read it, its label garbled ("Thời l gian ký") or cut to
# its last word by the stamp's frame ("… Quảng Ngãi ký: 17/01/2025 08:56:09"): the time says it is a stamp.
_SIGNING_TIME = re.compile(
    r"(?:(?:Thời gian ký|Ngày ký)\s*:\s*(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})[./-](?P<m2>\d{1,2})[./-](?P<y2>(?:19|20)\d\d)))"
    r"|\bký\s*:\s*(?P<d3>\d{1,2})[./-](?P<m3>\d{1,2})[./-](?P<y3>(?:19|20)\d\d)\s+\d{1,2}:\d\d",
    re.I,
)


def signing_time(lines: list[tuple[str, str]]) -> tuple[str, str] | None:
    """``(line, "2025-10-01")`` for the time a digital signature's stamp gives."""
    for _, line in lines:
        m = _SIGNING_TIME.search(line)
        if m:
            k = "" if m["y"] else "2" if m["y2"] else "3"
            y, mo, d = m["y" + k], m["m" + k], m["d" + k]
            date = valid_date(int(d), int(mo), int(y))
            if date:
                return line, date
    return None


# The number's label in the sentence's case after the caps name (a caps lead says "… BAN HÀNH THÔNG TRI SỐ 18/…").
_NUMBER_AFTER_NAME = re.compile(r"\s(?=Số\s*:?\s*\d)")


def flattened_row(line: str) -> tuple[str, str]:
    """A header's row flattened into one line, the body's caps name before its number, as its two cells; any other
    line is its own number's cell.

    >>> flattened_row("ĐẢNG UỶ TRƯỜNG ĐH LẠC HỒNG Số: 90 - CV/ĐULH |")
    ('ĐẢNG UỶ TRƯỜNG ĐH LẠC HỒNG', 'Số: 90 - CV/ĐULH |')
    >>> flattened_row("Thực hiện Công văn Số 12/UBND-VX")
    ('', 'Thực hiện Công văn Số 12/UBND-VX')
    """
    m = _NUMBER_AFTER_NAME.search(line)
    if m and is_all_caps(line[: m.start()]) and not re.search(r"\d", line[: m.start()]):
        return line[: m.start()], line[m.end() :]
    return "", line
