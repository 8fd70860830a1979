"""A document header's two columns, when a copy ran them together on one line.

An administrative document's header has two columns (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW):
the issuer and the number on the left, the national or Party heading and the place and date on the
right.  Text copies run them together: ``pdftotext -layout`` keeps them apart by a wide gap, a plain PDF
extraction or a legal website's copy by nothing (``ỦY BAN NHÂN DÂN TỈNH KON TUM ------- CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc``, ``Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020
QUYẾT ĐỊNH …``).  :func:`header_cells` cuts such a line back into the pieces a header is made of, so
that every later step reads one piece per line as a typed header gives it.

Only a line that shows a header's marks (a national or Party heading, a place and date, a ``Số:``
opening) is cut; any other line is left as it is.
"""

from __future__ import annotations

import re

from indexer.text.vietnamese import fold
from indexer.vocabulary import ADDRESSED, TYPE_OF_LINE

_HEADING = r"CỘNG H(?:OÀ|ÒA) XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM"  # an OCR may lose the tail
_MOTTO = r"Độc\s+lập\s*-{1,2}\s*Tự\s+do\s*-{1,2}\s*Hạnh\s+[Pp]húc"  # an OCR doubles a dash: "Độc lập -- Tự do"
_PLACE = (
    r"(?<!\S)(?:(?:Quận|Phường)\s+\d{1,2}"  # "Quận 8, ngày 08 tháng 08 năm 2006"
    r"|(?:(?:Thành phố|Thị xã|Thị trấn|TP\.|Tp\.|TX\.)\s*)?[A-ZĐÀ-Ỹ][^\s,;:/]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;:/]*){0,4})"
)
# The words of a date line, also as an OCR reads them: without their marks ("ngày 22 thang 11 năm 2019"), with a
# wrong one ("nàm 2024"), run into the day ("ngày24tháng"), or without their marked letters at all, as a text layer
# that lost every letter outside ASCII gives them ("Sn Tr, ngy 28 thng 10 nm 2013").
DAY_WORD, MONTH_WORD, YEAR_WORD = r"ng[àa]?y", r"th[áa]?ng", r"n[ăaàâ]?m"
# A day or a month the hand wrote and an OCR misread ("ngày J2 tháng 11"), or left blank: up to three marks.
UNREAD_MARKS = r"(?:[^\s\d]\S{0,2}|\S{0,2}[^\s\d])"
_DATE = (
    rf"{DAY_WORD}\s*(?:\d{{1,2}}\s*|{UNREAD_MARKS}(?:\s+|(?={MONTH_WORD}\s))|[.…_ ]*)"  # "ngàyÄ2tháng 3"
    # "tháng11": a copy lost the space; "tháng 11 6 năm": a day the hand wrote, read out of its place
    rf"{MONTH_WORD}(?:\s*\d{{1,2}}(?:\s+\d{{1,2}})?\s+|\s+(?:{UNREAD_MARKS}\s+|[.…_ ]*))"
    rf"{YEAR_WORD}\s+\d{{4}}(?!\d)"
)
_PLACE_DATE = re.compile(rf"(?P<place>{_PLACE})\s*(?:,|\.(?=\s))\s*{_DATE}")
_NUMBER_START = re.compile(r"^(?:Số|SỐ)\s*:?(?:\s|$)")
_TYPE_WORDS = re.compile("(?:" + "|".join(sorted(map(re.escape, TYPE_OF_LINE), key=len, reverse=True)) + r")\b")

_MARKS = re.compile(rf"{_HEADING}|{_MOTTO}|{_PLACE_DATE.pattern}")
# (an OCR reads a rule's dashes as any dash: "----—-", "-----~-~")
_DECORATION = re.compile(r"(?:^|\s)(?:-[-—–~]{2,}|_{1,}|\*{3,}|={3,}|-+\s*o0o\s*-+)(?=\s|$)")
_TRAILING_DECORATION = re.compile(r"\s(?:-{3,}|_{3,}|={3,})$")
# A blank left for the number, the day or the month is one space, so that a wide gap is only between columns.
_BLANK_RUN = re.compile(r"(?:(?<=Số:)|(?<=Số)|(?<=ngày)|(?<=tháng))[ \t.…_]{2,}(?=[/\-–]|tháng|năm)", re.I)
# An e-signature's stamp ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is one line, not a header.
_STAMP_LABEL = re.compile(r"^(?:Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký|Tổ chức|Chức vụ)\s*:", re.I)
_GAP = re.compile(r"\s{3,}|\t")
# A body sentence that cites a document "…, ngày 6 tháng 12 năm 2011" is no header, though an OCR that put a
# space inside the cited code ("Thực hiện Kế hoạch số 25/KH- STTTT, ngày 6 …") makes the code's end read as a
# place: what stands before such a "place" opens a sentence or ends in a code's dash or slash.
_CITING = re.compile(r"^(?:Thực hiện|Căn cứ|Triển khai|Theo|Trên cơ sở|Tiếp theo)\b|[-/–]$")

# Where a new piece starts inside a run-together header line.
# (and the number, after the issuer's caps name or a star under it: "… ĐẢNG UỶ XÃ LA BẰNG * Số 09 -KH/ĐU")
_CUT_BEFORE = re.compile(
    rf"(?<=\S)\s+(?=(?:{_HEADING}|{_MOTTO}|V/[vV]\b|Về việc\b|{ADDRESSED}\b))|(?<=[A-ZĐÀ-Ỹ*])\s+(?=Số\s*:?\s*\d)"
    # the motto's start after caps, its rest lost by an OCR's column ("SỞ THÔNG TIN & TRUYỀN THÔNG Độc lập - T")
    r"|(?<=[A-ZĐÀ-Ỹ])\s+(?=Độc\s+lập\s*-)"
)
# ... and after the heading, when the issuer's next line follows it ("… CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO")
# or the place and date do (a place's capitals after the heading's are no part of it: "… CỘNG SẢN VIỆT NAM La
# Bằng, ngày 24 tháng 11 năm 2020"),
# and after the motto, when the number follows it ("Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP").
_CUT_AFTER = re.compile(
    r"(?:(?<=CHỦ NGHĨA VIỆT NAM)|(?<=CỘNG SẢN VIỆT NAM))\s+(?=[A-ZĐÀ-Ỹ]{2,}(?:\s|$)|Số\s*:|"
    + _PLACE_DATE.pattern.replace("?P<place>", "?:")
    + ")"
    r"|(?:(?<=Hạnh phúc)|(?<=Hạnh Phúc))\s+(?=\S)"
)
# The heading and the motto as an OCR without diacritics gives them ("CONG HOA XA HOI CHU NGHIA VIET NAM"),
# found in the folded line: folding keeps one character for one, so the places are the same. "VIỆT" is the word
# an OCR garbles most ("CONG HOÀ XÃ HOI CHỦ NGHIA ŸIƑÏ NAM"); the five words before it are heading enough, and so
# are the six after "CỘNG" when a speck garbled that ("Ý.. KTỤNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
# the motto's dashes and its "Tự" are misread too ("Độc lập - Ty do ~ Hanh phúc"), and "CHỦ NGHĨA" split or run
# together with its first letter lost ("CHỦ N GHĨA", "HỦNGHĨA").
_FOLDED_MARKS = re.compile(
    r"(?<=\s)(?:(?:cong|\S{2,6})\s+hoa xa hoi\s+c?hu\s*n\s?ghia(?:\s+\S{2,6})?\s+nam|dang cong san viet nam"
    r"|doc lap\s*[-~]{0,2}\s*t[uy] do\s*[-~]{0,2}\s*hanh phuc)"
)
# The issuing authority that a decision's copy puts after its caps title: "… MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM".
_AUTHORITY_TAIL = re.compile(
    r"(?<=\S)\s+(?=(?:CHỦ TỊCH |BỘ TRƯỞNG |THỦ TƯỚNG |GIÁM ĐỐC |TỔNG CỤC TRƯỞNG |CỤC TRƯỞNG )?"
    r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BỘ [A-ZĐ])"
    r"[A-ZĐÀ-Ỹ ,]{0,60}$)"
)


def is_header_line(text: str) -> bool:
    """Whether a line carries a header's marks: a heading, the motto, a place and date, a ``Số:`` opening."""
    text = text.strip()
    if _STAMP_LABEL.match(text):
        return False
    if _folded_marks(text):
        return True
    return bool(_MARKS.search(text) or _NUMBER_START.match(text) or _TRAILING_DECORATION.search(text))


def _folded_marks(text: str) -> list[int]:
    """Where the heading (in capitals: in running text "nước Cộng hoà xã hội chủ nghĩa Việt Nam" is no
    heading) or the motto starts in ``text``, with or without diacritics."""
    folded = " " + fold(text)
    if len(folded) != len(text) + 1:
        return []
    starts = []
    for m in _FOLDED_MARKS.finditer(folded):
        original = text[m.start() - 1 : m.end() - 1]
        if m.group().startswith("doc") or original.upper() == original:
            starts.append(m.start() - 1)
    return starts


# A heading the line's width broke ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM", "ĐẢNG CỘNG SẢN" / "VIỆT NAM", a
# web page's narrow column: "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"): the rest is the next line's start, and
# left there it reads as a line of the issuer's name.
_HEADINGS = ("cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam")
_BROKEN_HEADING = re.compile(
    r"(?:cong(?:\s+hoa(?:\s+xa(?:\s+hoi(?:\s+chu(?:\s+nghia)?)?)?)?)?|dang(?:\s+cong(?:\s+san)?)?)(?:\s+viet)?\s*$"
)
# The column breaks a council's name the same way ("ỦY" / "BAN NHÂN DÂN", "ỦY BAN NHÂN" / "DÂN", "HỘI" / "ĐỒNG NHÂN
# DÂN"); left so, "ỦY" is dropped as no body's name and the issuer reads "Ban Nhân dân tỉnh Trà Vinh".
# and a Party committee's ("THÀNH" / "UỶ" / "THÀNH PHỐ HỒ CHÍ MINH", a legal site's table cell).
_COUNCILS = ("uy ban nhan dan", "hoi dong nhan dan", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy")
_BROKEN_COUNCIL = re.compile(
    r"^(?:uy(?:\s+ban(?:\s+nhan)?)?|hoi(?:\s+dong(?:\s+nhan)?)?|tinh|thanh|huyen|quan|thi)\s*$"
)
_MOTTO_AFTER_REST = re.compile(rf"^((?:CHỦ NGHĨA\s+)?(?:VIỆT\s+)?NAM)\s+({_MOTTO}.*)$")


def heading_mended(line: str, next_line: str) -> tuple[str, str] | None:
    """``(line, next_line)`` with the rest of a heading the line broke taken back from the next line's start,
    or None when the line's heading is whole.

    >>> heading_mended("ỦY BAN NHÂN DÂN       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT", "NAM")
    ('ỦY BAN NHÂN DÂN       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '')
    >>> heading_mended("ĐẢNG BỘ TỈNH       ĐẢNG CỘNG SẢN", "VIỆT NAM")
    ('ĐẢNG BỘ TỈNH       ĐẢNG CỘNG SẢN VIỆT NAM', '')
    >>> heading_mended("TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM") is None
    True
    >>> heading_mended("ĐẢNG BỘ TỈNH NINH BÌNH       ĐẢNG CỘNG SẢN", "ĐẢNG ỦY XÃ GIA VIỄN       VIỆT NAM")
    ('ĐẢNG BỘ TỈNH NINH BÌNH       ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ GIA VIỄN')
    >>> heading_mended("TỔNG CỤC HẢI QUAN ---- CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM Độc lập - Tự do - Hạnh phúc")
    ('TỔNG CỤC HẢI QUAN ---- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')
    >>> heading_mended("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"), heading_mended("CỘNG HÒA XÃ HỘI", "VIỆT NAM")
    (('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ''), None)
    >>> heading_mended("CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"), heading_mended("ỦY", "BAN NHÂN DÂN")
    (('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ''), ('ỦY BAN NHÂN DÂN', ''))
    >>> heading_mended("ỦY BAN NHÂN", "DÂN")
    ('ỦY BAN NHÂN DÂN', '')
    >>> heading_mended("TỈNH ỦY", "BAN NHÂN DÂN"), heading_mended("HỘI", "NÔNG DÂN")
    (None, None)
    >>> heading_mended("ĐẢNG", "CỘNG SẢN VIỆT NAM"), heading_mended("THÀNH", "UỶ"), heading_mended("THÀNH", "PHỐ")
    (('ĐẢNG CỘNG SẢN VIỆT NAM', ''), ('THÀNH UỶ', ''), None)
    """
    line = line.rstrip()
    folded_line = fold(line)
    heading = _BROKEN_HEADING.search(folded_line) or _BROKEN_COUNCIL.match(folded_line)
    if len(folded_line) != len(line) or not heading or line[heading.start() :].upper() != line[heading.start() :]:
        return None  # running text ("… nước Cộng hoà xã hội chủ nghĩa") is no heading
    columns = _GAP.split(next_line.strip())
    motto = _MOTTO_AFTER_REST.match(columns[0])  # "VIỆT NAM Độc lập - …", a copy's run-together header
    if motto:
        columns[:1] = [motto.group(1), motto.group(2)]
    # the rest opens the next line (a column to itself), or is its right column, after the other's next line
    started = " ".join(folded_line[heading.start() :].split())
    remainder = next(full for full in _HEADINGS + _COUNCILS if full.startswith(started))[len(started) :].strip()
    for rest, left, right in ((columns[0], "", " ".join(columns[1:])), (columns[-1], " ".join(columns[:-1]), "")):
        rest = rest.rstrip(" |")  # a crawl's table cell ends with its bar
        if len(fold(rest)) == len(rest) and " ".join(fold(rest).split()) == remainder:
            return f"{line} {rest.strip()}", (left or right).strip()
    return None


def subject_mended(line: str, next_line: str) -> tuple[str, str] | None:
    """``(line, next_line)`` with the end of a caps subject taken back from the start of the next line, where a
    wrapped copy ran the body on after it; None otherwise.

    >>> subject_mended("năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN", "HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT Ngày 24 tháng 6")
    ('năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT', 'Ngày 24 tháng 6')
    >>> subject_mended("KẾ HOẠCH TRIỂN KHAI", "UBND TỈNH ban hành"), subject_mended("KẾ HOẠCH", "Thực hiện …")
    (None, None)
    """
    line = line.rstrip()
    subject = " ".join(_caps_words(line.split()[::-1])[::-1])  # the line's caps end: a scan's after its date
    typed = _TYPE_WORDS.match(subject)
    if not (typed and subject[typed.end() :].startswith(" ") or subject.startswith(("VỀ ", "V/V "))):
        return None  # a subject's words follow its type: a type line alone is mended by the title's reading
    if is_header_line(next_line):
        return None  # a place and date, a heading, a number: the header's cells, not the subject's end
    words = next_line.split()
    caps = len(_caps_words(words))
    opening = words[caps] if caps < len(words) else ""
    if caps < 2 or not (opening[:1].isupper() and opening[1:2].islower()):
        return None  # the next line is the subject's own, or the body's
    return f"{line} {' '.join(words[:caps])}", " ".join(words[caps:])


def _caps_words(words: list[str]) -> list[str]:
    """The words in capitals that ``words`` begin with."""
    caps = 0
    while caps < len(words) and words[caps].isupper():
        caps += 1
    return words[:caps]


def is_motto(text: str) -> bool:
    """Whether a line is the national or Party heading or the motto, with or without its diacritics."""
    return 0 in _folded_marks(text.strip())


def is_place_date(text: str) -> bool:
    """Whether a paragraph opens with a header's place and date (``Lào Cai, ngày 21 tháng 7 năm 2026``)."""
    m = _PLACE_DATE.match(text)
    return bool(m)


def header_cells(text: str) -> list[str]:
    """The pieces of one header line, in reading order; the line itself when it is not a header line.

    >>> header_cells("Số: 778/TCHQ-GSQL V/v xử lý vướng mắc")
    ['Số: 778/TCHQ-GSQL', 'V/v xử lý vướng mắc']
    >>> header_cells("TỈNH LÀO CAI          Độc lập - Tự do - Hạnh phúc")
    ['TỈNH LÀO CAI', 'Độc lập - Tự do - Hạnh phúc']
    >>> header_cells("SỞ Y TẾ Độc lập -- Tự do - Hạnh phúc")
    ['SỞ Y TẾ', 'Độc lập -- Tự do - Hạnh phúc']
    >>> header_cells("ĐẢNG UỶ XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020")
    ['ĐẢNG UỶ XÃ LA BẰNG *', 'Số 09 -KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'La Bằng, ngày 24 tháng 11 năm 2020']
    >>> header_cells("Số 09 -KH/ĐU La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại")[2:]
    ['KẾ HOẠCH', 'kiểm điểm, đánh giá, xếp loại']
    >>> header_cells("Số: /KH- UBND Thiệu Phúc, ngày 9 tháng 5 năm 2019")
    ['Số: /KH- UBND', 'Thiệu Phúc, ngày 9 tháng 5 năm 2019']
    """
    if not is_header_line(text):
        return _flattened_title(text) or [text]
    pieces: list[str] = []
    for column in _GAP.split(_BLANK_RUN.sub(" ", text.strip())):
        for piece in _DECORATION.split(column):
            pieces += _cut(piece.strip())
    return [p for p in pieces if p] or [text]


def _flattened_title(text: str) -> list[str] | None:
    """A caps type line that a copy ran together with its subject, the authority and the body's first
    sentences (a document-sharing site's text: "QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH … TRÀ VINH UỶ BAN NHÂN DÂN TỈNH TRÀ
    VINH Căn cứ Luật …"), cut as :func:`_type_and_title` cuts it after a header's date; None for another line.

    >>> [piece[:30] for piece in _flattened_title("QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ĐIỀU KIỆN NUÔI TÔM NƯỚC LỢ TRÊN ĐỊA"
    ...     " BÀN TỈNH TRÀ VINH UỶ BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Tổ chức chính quyền địa phương;")]
    ['QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH V', 'UỶ BAN NHÂN DÂN TỈNH TRÀ VINH', 'Căn cứ Luật Tổ chức chính quyề']
    >>> _flattened_title("QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy định về điều kiện nuôi tôm " * 2)
    """
    typed = _TYPE_WORDS.match(text)
    words = text[typed.end() :].split() if typed and len(text) >= 150 else []
    if len(words) < 4 or any(w.upper() != w for w in words[:3]):
        return None
    pieces = _type_and_title(text)
    return pieces if len(pieces) > 1 else None


def _cut(piece: str) -> list[str]:
    if not piece:
        return []
    out: list[str] = []
    parts = (p for part in _cut_folded(piece) for cut in _CUT_BEFORE.split(part) for p in _CUT_AFTER.split(cut))
    for part in parts:
        for cut in _around_place_date(part):
            out += _flattened_title(cut) or _title_and_authority(cut)
    return out


def _cut_folded(piece: str) -> list[str]:
    """``TONG CỤC THUE CONG HOA XA HOI …`` -> ``TONG CỤC THUE``, ``CONG HOA XA HOI …``."""
    folded = fold(piece)
    if len(folded) != len(piece):
        return [piece]
    cuts = [start for start in _folded_marks(piece) if start > 0]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if piece[a:b].strip()]


def _around_place_date(part: str) -> list[str]:
    """``Số: 435/QĐ-UBND Kon Tum, ngày 04 … năm 2020 QUYẾT ĐỊNH …`` -> number, place and date, the rest."""
    m = _PLACE_DATE.search(part)
    if not m:
        return [part]
    start = m.start()
    # the code's tail a copy set apart from its dash is no part of the place: "Số: /KH- UBND Thiệu Phúc, ngày …",
    # nor the whole code after a blank figure: "Số: - HD/TWĐTN-BTC Hà Nội, ngày tháng năm 2023"
    while (tail := re.match(r"[A-ZĐ][A-ZĐ0-9/.&-]+(?=\s+[A-ZĐÀ-Ỹ])", part[start:])) and (
        part[:start].rstrip().endswith(("-", "/")) and (tail.group(0).isalpha() or "/" in tail.group(0))
    ):
        start = len(part) - len(part[start + tail.end() :].lstrip())
    before, date, after = part[:start].strip(), part[start : m.end()], part[m.end() :].strip()
    if _CITING.search(before):
        return [part]
    if not re.search(r"\w\w", after):
        date, after = part[start:].strip(), ""  # a stray mark after the year is not a piece of its own
    if before and not _NUMBER_START.match(before) and before.split()[-1] in ("TP.", "Tp."):
        date, before = f"{before.split()[-1]} {date}", " ".join(before.split()[:-1])
    out = [before] if before else []
    out.append(date)
    for piece in _type_and_title(after) if after else []:
        out += _around_place_date(piece)  # shorter than ``part``: the cutting ends
    return out


def _title_and_authority(piece: str) -> list[str]:
    """A caps title run together with the authority line under it: ``V/V BAN HÀNH … ỦY BAN NHÂN DÂN TỈNH KON TUM``."""
    if not re.match(r"^V/V\b", piece) or piece.upper() != piece:
        return [piece]
    tail = _AUTHORITY_TAIL.search(piece)
    if tail and tail.start() > 20:
        return [piece[: tail.start()].strip(), piece[tail.end() :].strip()]
    return [piece]


def _type_and_title(rest: str) -> list[str]:
    """What follows the date on a run-together line: the type line, its caps title, the authority, and the
    first sentence of the body when the copy ran that in too (``… TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 …``)."""
    typed = _TYPE_WORDS.match(rest)
    if not typed:
        return [rest]
    subject = rest[typed.end() :].strip()
    if subject[:1].islower():
        return [typed.group(), subject]  # the subject in small letters: "KẾ HOẠCH kiểm điểm, đánh giá …"
    words = rest.split(" ")
    first_lower = next((i for i, w in enumerate(words) if any(ch.islower() for ch in w)), None)
    if first_lower is not None and first_lower >= 3 and words[first_lower].lstrip('(“"')[:1].isupper():
        head, tail = " ".join(words[:first_lower]), " ".join(words[first_lower:])
        return [*_type_and_title(head), tail]
    tail = _AUTHORITY_TAIL.search(rest)
    if tail and tail.start() > 20:
        return [rest[: tail.start()].strip(), rest[tail.end() :].strip()]
    return [rest]
