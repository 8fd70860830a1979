"""Time frames of tasks: "trước ngày 30/6/2024", "quý III/2024", "giai đoạn 2026-2030", "hằng năm".

A task in a plan or a directive has a time frame, written in many ways. :func:`find_time_frames` finds
every one in a paragraph, :func:`due_of` picks the one that is the task's deadline. Phrases are
compared on the folded text (no diacritics, lower case, one character for one), so an OCR or
unaccented copy parses as the original does; the words returned are the source's own span.

Decisions (the issue's ``due`` contract is :meth:`TimeFrame.to_dict`):

- ``kind`` is ``"date"`` for one day, ``"period"`` for a month, a quarter, half a year, a year, a
  span of years or any range, ``"recurring"`` for "thường xuyên", "hằng năm", "định kỳ 6 tháng".
- A plain day ("ngày 20/5/2024") has ``start == end``. A deadline day ("trước ngày 30/6/2024",
  "chậm nhất ngày 05/11/2023") and "đến ngày X" have ``start=None`` and ``end`` the day. "từ ngày X"
  is a period with ``end=None``; "đến năm 2030" a period with ``start=None``; "trước năm 2025" ends
  the day before the year begins.
- A recurring frame has ``start=end=None``, except a deadline repeated each year ("trước ngày 30
  tháng 11 hằng năm"), whose ``end`` is that day in the document's year.
- ``year`` (the document's year) completes a phrase without one; without it such a phrase is still
  found, with ``start``/``end`` ``None``. A day or a month that does not exist is not a time frame;
  years outside 1945-2100 are not years.
- A date that is a citation's date is skipped: right after a directive number ("Kế hoạch số
  15/KH-UBND, ngày 10/3/2024"), after "ban hành"/"ký", followed by "của …", or inside a "Căn cứ …"
  clause. :func:`due_of` also passes over the periods inside a citation's title ("… giai đoạn
  2011 - 2020") unless they are a deadline.

>>> [f.to_dict() for f in find_time_frames("Hoàn thành trước ngày 30/6/2024; báo cáo hằng quý.")]
... # doctest: +NORMALIZE_WHITESPACE
[{'text': 'trước ngày 30/6/2024', 'kind': 'date', 'start': None, 'end': '2024-06-30'},
 {'text': 'hằng quý', 'kind': 'recurring', 'start': None, 'end': None}]
>>> due_of("Sở Ngoại vụ chủ trì, thực hiện trong quý III", year=2024).to_dict()
{'text': 'trong quý III', 'kind': 'period', 'start': '2024-07-01', 'end': '2024-09-30'}
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, replace

from indexer.text.numbers import find_numbers
from indexer.text.vietnamese import fold

FIRST_YEAR, LAST_YEAR = 1945, 2100
SPACE = r"(?=\s)[^\S\n]*\n?[^\S\n]*"  # some spaces, at most one line break (hard-wrapped copies)


@dataclass(frozen=True)
class TimeFrame:
    """A time frame as written (``text``, at ``start_pos:end_pos`` of the input) and what it means."""

    text: str
    kind: str  # "date" | "period" | "recurring"
    start: str | None  # ISO yyyy-mm-dd
    end: str | None
    start_pos: int
    end_pos: int
    deadline: bool = False  # "trước", "chậm nhất", "hoàn thành trong": a time the task must be done by

    def to_dict(self) -> dict:
        """The ``due`` of the tasks contract: ``{"text", "kind", "start", "end"}``."""
        return {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Atom:
    """One phrase before prefixes and ranges: a ``unit`` and its numbers, on the folded text."""

    start: int
    end: int
    unit: str  # day, days, month, quarter, first, last, year, years, recurring
    year: int | None = None
    month: int = 1
    day: int = 1
    count: int = 0  # the quarter; the months of "6 tháng đầu năm"; the last year of "2026-2030"; the last of days
    ahead: int = 0  # years after the document's: "trước ngày 31/01 năm liền kề" is next January


Y = r"([0-9]{4})(?![0-9])"
DAY_NUMERIC = re.compile(
    rf"(?:ngay\s+)?(?<![0-9/.,-])([0-9]{{1,2}})\s*([/.-])\s*([0-9]{{1,2}})(?:\s*\2\s*{Y})?(?![0-9]|[/-]\w|\.[0-9])"
)
DAY_WORDS = re.compile(
    rf"(?:ngay\s+)?(?<![0-9])([0-9]{{1,2}}){SPACE}thang{SPACE}([0-9]{{1,2}})(?![0-9])"
    rf"(?:\s*,?{SPACE}nam{SPACE}{Y})?"
)
# Days of one month written together: "ngày 26, 27/12/2011", "ngày 02 - 05/01/2012", "chiều ngày 28/12 và cả ngày
# 29/12/2011" (the last read as two days and a range between them).
DAY_SPAN = re.compile(
    rf"\bngay\s+([0-9]{{1,2}})\s*(,|-|–|va)\s*([0-9]{{1,2}})\s*/\s*([0-9]{{1,2}})(?:\s*/\s*{Y})?(?![0-9]|/\w)"
)
MONTH = re.compile(rf"\bthang{SPACE}([0-9]{{1,2}})(?![0-9])(?:\s*[/-]\s*{Y}|\s*,?{SPACE}nam{SPACE}{Y})?(?![/-]?[0-9])")
QUARTER = re.compile(rf"\bquy{SPACE}(iv|iii|ii|i|[1-4])(?![\w])(?:\s*[/-]\s*{Y}|{SPACE}(?:nam{SPACE})?{Y})?")
HALF = re.compile(rf"(?<![0-9])([0-9]{{1,2}}|sau|chin|ba){SPACE}thang{SPACE}(dau|cuoi){SPACE}nam(?:{SPACE}{Y})?")
YEARS = re.compile(rf"(?:\b(?:giai doan|nhiem ky|thoi ky|ke hoach)\s+)?(?<![\w/.-]){Y}\s*[-–—]\s*{Y}(?![\w/])")
YEAR = re.compile(rf"\bnam{SPACE}{Y}(?![/-]?\w)")
# How often, as a count of days, weeks or months a time: "mỗi 2 ngày/lần", "03 tháng/lần", "6 tháng một lần",
# "mỗi hai tuần".
_EVERY = r"(?:[0-9]{1,2}|hai|ba|bon|sau|muoi)\s+(?:ngay|tuan|thang|nam)"
# A day of the month or quarter after each one is a monthly or quarterly deadline: "trước ngày 05 của tháng liền
# kề", "ngày 20 tháng sau", "ngày 15 của tháng cuối quý".
_DAY_OF_NEXT = r"ngay\s+[0-9]{1,2}\s+(?:cua\s+)?(?:thang|quy)\s+(?:lien ke|tiep theo|ke tiep|sau|cuoi quy|dau quy)"
RECURRING = re.compile(
    r"\b(?:thuong xuyen|lien tuc|(?:hang|moi)\s+(?:nam|quy|thang|tuan|ngay)"
    rf"|(?:moi\s+)?{_EVERY}\s*(?:/\s*(?:1\s+)?lan|(?:mot|1)\s+lan)|moi\s+{_EVERY}"
    r"|dinh ky(?:\s+(?:[0-9]{1,2}|sau|ba)\s+thang(?!\s+(?:dau|cuoi)))?"
    rf"|{_DAY_OF_NEXT})\b"
)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
WORD_NUMBERS = {"ba": 3, "sau": 6, "chin": 9}

# What may come before a phrase and belongs to it; the group names what it does to the dates.
PREFIX = re.compile(
    r"(?:^|(?<=[^\w]))(?:(?P<by>truoc|cham nhat(?:\s+la)?(?:\s+(?:trong|vao|den))?|han chot(?:\s+la)?)"
    r"|(?P<until>(?:cho\s+)?den(?:\s+het)?|toi)|(?P<since>(?:ke\s+)?tu)|(?P<within>trong(?:\s+suot)?|vao))"
    rf"{SPACE}$"
)
SINCE = re.compile(r"(?:(?:kể|ke)\s+)?(?:từ|tu)\b", re.I)  # "tu" of a copy typed without marks may be "từ"
SAME_RUN_GAP = re.compile(rf"{SPACE}va(?:{SPACE}ca)?{SPACE}$")  # "ngày 28/12 và cả ngày 29/12/2011": one run
RANGE_GAP = re.compile(rf"{SPACE},?{SPACE}(?:cho\s+)?(?:den|toi)(?:\s+het)?{SPACE}$|\s*[-–—]\s*$")
DONE_BY = re.compile(r"(?:hoan thanh|hoan tat|xong|ket thuc|thoi han(?:\s+hoan thanh)?\s*:?)\s*$")
SHORT_DAY_AFTER = re.compile(r"\b(?:truoc|het|nhat|han)\s+$")  # "xong trước 31/3", not "từ 3-5 ngày"
CITED_AFTER_NUMBER = re.compile(r"[\s,(]*(?:ban hanh|ky)?[\s,]*$")
CITED_BY_VERB = re.compile(r"(?:ban hanh|ky|thong qua|cong bo)(?:\s+vao)?\s+$")
CITED_OF = re.compile(r"\s*,?\s*cua\b")
SCHEDULE_LABEL = re.compile(r"thoi (?:gian|han)(?: thuc hien| hoan thanh)?\s*:")


def find_time_frames(text: str, year: int | None = None) -> list[TimeFrame]:
    """Every time frame of a paragraph, in order, without overlaps, the longest preferred.

    >>> [(f.text, f.kind, f.start, f.end) for f in find_time_frames("triển khai giai đoạn 2026-2030")]
    [('giai đoạn 2026-2030', 'period', '2026-01-01', '2030-12-31')]
    >>> find_time_frames("Kế hoạch số 15/KH-UBND ngày 10/3/2024 của UBND tỉnh")
    []
    """
    folded = fold(text)
    year = year if year and FIRST_YEAR <= year <= LAST_YEAR else None
    atoms = longest_first(scan_atoms(folded))
    cited = citation_dates(text, folded)
    atoms = [a for a in atoms if not (a.unit == "day" and is_cited(a, folded, cited))]
    frames: list[TimeFrame] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms) and is_range(folded, atom, atoms[i + 1]):
            frames.append(range_frame(text, folded, atom, atoms[i + 1], year))
            i += 2
            continue
        frames.append(single_frame(text, folded, atom, year))
        i += 1
    return merge_recurring(text, folded, frames, year)


def due_of(text: str, year: int | None = None) -> TimeFrame | None:
    """The time frame a task paragraph's deadline is: a deadline first, then a frame after "Thời gian
    thực hiện:", then the first frame; the periods inside a citation's title are passed over.

    >>> due_of("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/3/2024, thực hiện thường xuyên.").to_dict()
    {'text': 'thường xuyên', 'kind': 'recurring', 'start': None, 'end': None}
    >>> due_of("Tuyên truyền sâu rộng về công tác thông tin đối ngoại") is None
    True
    """
    folded = fold(text)
    frames = find_time_frames(text, year)
    numbers = find_numbers(cased_fold(text, folded))
    kept = [
        f
        for f in frames
        if f.deadline
        or (f.kind == "recurring" and not of_a_thing(folded, f))
        or not (f.kind == "recurring" or in_citation(folded, f, numbers) or in_aim(folded, f) or in_name(folded, f))
    ]
    for frame in kept:
        if frame.deadline:
            return frame
    labels = [m.end() for m in SCHEDULE_LABEL.finditer(folded)]
    for frame in kept:
        if any(end <= frame.start_pos and not re.search(r"[.;\n]", folded[end : frame.start_pos]) for end in labels):
            return frame
    return kept[0] if kept else None


# What a task serves, not when it is due: "góp phần thực hiện … mục tiêu phát triển đất nước đến năm 2045",
# "tầm nhìn đến năm 2050", "định hướng đến năm 2030".
AIM = re.compile(r"\b(?:muc tieu|tam nhin|dinh huong|chien luoc)\b[^.;:\n]{0,60}$")


def in_aim(folded: str, frame: TimeFrame) -> bool:
    """Whether a frame closes the aim a task serves ("… mục tiêu phát triển đất nước đến năm 2045"): an open
    period ("đến năm …") after the aim's words; "mục tiêu … trong giai đoạn 2026-2030" is still the task's."""
    return frame.kind == "period" and frame.start is None and bool(AIM.search(folded, 0, frame.start_pos))


# A year that names a plan, a budget or a prize rather than when the task is due: "Kế hoạch rà soát, đánh giá thủ
# tục hành chính năm 2026 của tỉnh", "dự toán ngân sách nhà nước năm 2026"; "hoàn thành trong năm 2026" is due,
# and so is the year of "xây dựng kế hoạch và triển khai thực hiện các nhiệm vụ … năm 2019" (the work's year).
NAMED_YEAR = re.compile(
    r"\b(?:ke hoach|du toan|ngan sach|von|chuong trinh|de an|bao cao|giai thuong|chi tieu|danh sach)\b"
    r"(?:(?!\b(?:trong|truoc|den|hoan thanh|xong|va (?:trien khai|thuc hien|to chuc))\b)[^.;:\n]){0,80}$"
)


# A planning period is the plan's name: "Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm nhìn đến năm 2050".
PLANNING_PERIOD = re.compile(r"thoi ky \d{4}\s*-\s*\d{4}")


def in_name(folded: str, frame: TimeFrame) -> bool:
    """Whether a frame is a bare year in the name of a plan, a budget or a prize (:data:`NAMED_YEAR`), or the
    period a master plan is drawn for (:data:`PLANNING_PERIOD`)."""
    words = fold(frame.text)
    if PLANNING_PERIOD.fullmatch(words):
        return True
    return bool(re.fullmatch(r"nam \d{4}", words)) and bool(NAMED_YEAR.search(folded, 0, frame.start_pos))


# "Hằng năm" that says what kind of budget, target or plan a task deals with, not how often it is done: "dự toán
# ngân sách hằng năm", "chỉ tiêu đánh giá kết quả thực hiện nhiệm vụ hằng năm", "kế hoạch hoạt động khoa học và
# công nghệ hàng năm" ("Hằng năm, xây dựng kế hoạch …" and "báo cáo … hằng năm" stay recurrences).
# Within one line: "3. Sở Kế hoạch và Đầu tư" / "Hằng năm, …" is a body's name, then a recurrence.
THING_OF_A_YEAR = re.compile(r"\b(?:du toan|ngan sach|nhiem vu|chi tieu|ke hoach)(?:[^\S\n]+[^\W\d]+){0,8}[^\S\n]+$")


def of_a_thing(folded: str, frame: TimeFrame) -> bool:
    """Whether a recurrence ("hằng năm") only qualifies a budget, a target or a plan (:data:`THING_OF_A_YEAR`)."""
    return fold(frame.text) == "hang nam" and bool(THING_OF_A_YEAR.search(folded, 0, frame.start_pos))


def cased_fold(text: str, folded: str) -> str:
    """The folded text with the source's capitals back (directive numbers are read in capitals)."""
    return "".join(f.upper() if c.isupper() and len(f.upper()) == 1 else f for c, f in zip(text, folded, strict=True))


def scan_atoms(folded: str) -> list[Atom]:
    """Every phrase any pattern reads, overlapping; the impossible dates and years left out."""
    atoms: list[Atom] = []
    for m in DAY_NUMERIC.finditer(folded):
        short = m.group(4) is None and not m.group(0).startswith("ngay")
        if not short or (m.group(2) == "/" and SHORT_DAY_AFTER.search(folded, 0, m.start())):
            atoms.append(Atom(m.start(), m.end(), "day", as_year(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in DAY_WORDS.finditer(folded):
        if m.group(3) or m.group(0).startswith("ngay"):
            atoms.append(Atom(m.start(), m.end(), "day", as_year(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in DAY_SPAN.finditer(folded):
        first, last = int(m.group(1)), int(m.group(3))
        if last - first == 1 or m.group(2) in "-–" and first < last <= first + 10:  # "26, 27/12"; "02 - 05/01"
            atoms.append(Atom(m.start(), m.end(), "days", as_year(m.group(5)), int(m.group(4)), first, count=last))
    for m in MONTH.finditer(folded):
        atoms.append(Atom(m.start(), m.end(), "month", as_year(m.group(2) or m.group(3)), int(m.group(1))))
    for m in QUARTER.finditer(folded):
        quarter = ROMAN.get(m.group(1)) or int(m.group(1))
        atoms.append(Atom(m.start(), m.end(), "quarter", as_year(m.group(2) or m.group(3)), count=quarter))
    for m in HALF.finditer(folded):
        months = WORD_NUMBERS.get(m.group(1)) or int(m.group(1))
        unit = "first" if m.group(2) == "dau" else "last"
        atoms.append(Atom(m.start(), m.end(), unit, as_year(m.group(3)), count=months if 0 < months < 12 else 0))
    for m in YEARS.finditer(folded):
        first, last = as_year(m.group(1)), as_year(m.group(2))
        if first and last and first < last <= first + 30:
            atoms.append(Atom(m.start(), m.end(), "years", first, count=last))
    for m in YEAR.finditer(folded):
        atoms.append(Atom(m.start(), m.end(), "year", as_year(m.group(1))))
    atoms += [Atom(m.start(), m.end(), "recurring") for m in RECURRING.finditer(folded)]
    return [next_year(a, folded) for a in atoms if plausible(a, folded)]


# A day or month of the year after the document's: "trước ngày 31/01 năm liền kề", "tháng 01 năm sau".
NEXT_YEAR = re.compile(
    rf"\s*,?{SPACE}(?:cua{SPACE})?nam{SPACE}(?:lien ke|sau|tiep theo|ke tiep)\b(?!{SPACE}(?:khi|do)\b)"
)


def next_year(atom: Atom, folded: str) -> Atom:
    """The atom with the words saying it falls in the next year, if they follow a day or month without one."""
    found = NEXT_YEAR.match(folded, atom.end) if atom.unit in ("day", "days", "month") and not atom.year else None
    return replace(atom, end=found.end(), ahead=1) if found else atom


def as_year(digits: str | None) -> int | None:
    """A year between 1945 and 2100, or ``None`` (also for a year out of that range: see :func:`plausible`)."""
    if digits is None:
        return None
    value = int(digits)
    return value if FIRST_YEAR <= value <= LAST_YEAR else -1


def plausible(atom: Atom, folded: str) -> bool:
    """A real day, month, quarter and year: "30/2/2024" and "ngày 32 tháng 13" are not time frames."""
    if atom.year == -1 or (atom.unit in ("first", "last") and not atom.count):
        return False
    if atom.unit in ("day", "days"):
        try:
            datetime.date(atom.year or 2000, atom.month, atom.day)  # 2000: a leap year, for "29/2"
            if atom.unit == "days":
                datetime.date(atom.year or 2000, atom.month, atom.count)
        except ValueError:
            return False
    return atom.unit != "month" or 1 <= atom.month <= 12


def longest_first(atoms: list[Atom]) -> list[Atom]:
    """The atoms that do not overlap, the longer taken first, in the order of the text."""
    chosen: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        if all(atom.end <= c.start or c.end <= atom.start for c in chosen):
            chosen.append(atom)
    return sorted(chosen, key=lambda a: a.start)


def citation_dates(text: str, folded: str) -> list[int]:
    """Where the directive numbers of a text end (a date right after one is the cited document's)."""
    if not re.search(r"[0-9]", text):
        return []
    return [n.end for n in find_numbers(cased_fold(text, folded))]


def is_cited(atom: Atom, folded: str, number_ends: list[int]) -> bool:
    """A day that is a citation's date: after a number, after "ban hành", before "của …", in "Căn cứ …"."""
    before = folded[max(0, atom.start - 40) : atom.start]
    if PREFIX.search(before) and PREFIX.search(before).group("by"):
        return False
    if any(end <= atom.start and CITED_AFTER_NUMBER.fullmatch(folded, end, atom.start) for end in number_ends):
        return True
    if CITED_BY_VERB.search(before) or (atom.year and CITED_OF.match(folded, atom.end)):
        return True
    basis = folded.rfind("can cu", 0, atom.start)  # "Căn cứ" opening a paragraph, a line or a clause
    opens = basis >= 0 and re.search(r"(?:^|[\n;.:])[\s*+•-]*$", folded[:basis]) is not None
    return opens and not re.search(r"[;\n]", folded[basis : atom.start])


def in_citation(folded: str, frame: TimeFrame, numbers: list) -> bool:
    """A frame in the same clause as a directive number before it: the cited document's title
    ("… Kết luận số 16-KL/TW, ngày 14/2/2012 … giai đoạn 2011 - 2020"); not one said "trong …"."""
    if re.match(r"trong|vao", fold(frame.text)):
        return False
    return any(
        n.end <= frame.start_pos
        and frame.start_pos - n.end <= 200
        and not re.search(r"[.;:\n]", folded[n.end : frame.start_pos])
        for n in numbers
    )


def is_range(folded: str, first: Atom, second: Atom) -> bool:
    """ "tháng 3 cho đến hết tháng 9", "ngày 16/2/2022 đến ngày 30/12/2022", "năm 2024 đến năm 2026"."""
    if "recurring" in (first.unit, second.unit) or second.start - first.end > 20:
        return False
    gap = folded[first.end : second.start]
    if first.unit == second.unit == "day" and SAME_RUN_GAP.match(gap):
        return (
            first.year in (None, second.year) and 0 < (second.month - first.month) * 31 + second.day - first.day <= 10
        )
    return bool(RANGE_GAP.match(gap)) and (gap.strip(" -–—") != "" or first.unit == second.unit == "day")


def bounds(atom: Atom, year: int | None) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last day an atom means, ``None`` when its year is not known or it recurs."""
    y = atom.year or (year + atom.ahead if year else None)
    if atom.unit == "recurring" or y is None:
        return None, None
    try:
        if atom.unit == "day":
            day = datetime.date(y, atom.month, atom.day)
            return day, day
        if atom.unit == "years":
            return datetime.date(y, 1, 1), datetime.date(atom.count, 12, 31)
        if atom.unit == "days":
            return datetime.date(y, atom.month, atom.day), datetime.date(y, atom.month, atom.count)
        first, last = {
            "month": (atom.month, atom.month),
            "quarter": (3 * atom.count - 2, 3 * atom.count),
            "first": (1, atom.count),
            "last": (13 - atom.count, 12),
            "year": (1, 12),
        }[atom.unit]
        return datetime.date(y, first, 1), datetime.date(y, last, calendar.monthrange(y, last)[1])
    except ValueError:  # 29/2 of a year that has none
        return None, None


def iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def prefix_of(folded: str, atom: Atom, text: str | None = None) -> tuple[int, str | None]:
    """Where the words before an atom that belong to it begin, and what they do ("by", "until", ...); "từ" is
    "since", not the "tư" that ends "Sở Kế hoạch và Đầu tư" before "Hằng năm" (``text`` tells them apart)."""
    m = PREFIX.search(folded, max(0, atom.start - 40), atom.start)
    if not m:
        return atom.start, None
    if m.lastgroup == "since" and text is not None and not SINCE.match(text, m.start("since")):
        return atom.start, None
    return m.start(m.lastgroup), m.lastgroup


def done_by(folded: str, start: int) -> bool:
    """True when the words before a frame make it a deadline: "hoàn thành", "xong", "Thời hạn:"."""
    return bool(DONE_BY.search(folded, max(0, start - 30), start))


def single_frame(text: str, folded: str, atom: Atom, year: int | None) -> TimeFrame:
    """One atom with the words before it that change its meaning ("trước", "từ", "đến hết", "trong")."""
    start_pos, role = prefix_of(folded, atom, text)
    first, last = bounds(atom, year)
    kind = "date" if atom.unit == "day" else "recurring" if atom.unit == "recurring" else "period"
    by_end = role == "until" or atom.unit == "day" or re.search(r"nhat|han|trong|vao", folded[start_pos : atom.start])
    if kind == "recurring" or role in (None, "within"):
        pass  # "trong tháng 12", "thường xuyên": as the atom says
    elif role == "since":
        kind, last = "period", last if atom.unit == "days" else None  # "từ ngày 02 - 05/01/2012" says its end
    elif by_end:
        first = None  # "đến năm 2030", "trước ngày 30/6", "chậm nhất trong tháng 6": by the end
    else:
        first, last = None, first and first - datetime.timedelta(days=1)  # "trước năm 2025"
    deadline = role == "by" or done_by(folded, start_pos)
    return TimeFrame(text[start_pos : atom.end], kind, iso(first), iso(last), start_pos, atom.end, deadline)


def range_frame(text: str, folded: str, first: Atom, second: Atom, year: int | None) -> TimeFrame:
    """ "từ ngày 10/4 đến ngày 12/4/2025": the first takes the second's year when it has none."""
    if first.year is None and second.year is not None:
        first = replace(first, year=second.year)
        later = bounds(first, None)[0] and bounds(second, None)[1] and bounds(first, None)[0] > bounds(second, None)[1]
        if later and second.year > FIRST_YEAR:  # "từ tháng 12 đến tháng 2 năm 2021"
            first = replace(first, year=second.year - 1)
    start_pos, role = prefix_of(folded, first)
    if role not in ("since", "within"):
        start_pos = first.start
    begin, end = bounds(first, year)[0], bounds(second, year)[1]
    if begin and end and begin > end:
        begin = end = None
    deadline = done_by(folded, start_pos)
    return TimeFrame(text[start_pos : second.end], "period", iso(begin), iso(end), start_pos, second.end, deadline)


def merge_recurring(text: str, folded: str, frames: list[TimeFrame], year: int | None) -> list[TimeFrame]:
    """ "thường xuyên hằng năm", "định kỳ 6 tháng, hàng năm", "trước ngày 30 tháng 11 hằng năm" and "định kỳ hằng
    năm (trước ngày 15/11" are one."""
    merged: list[TimeFrame] = []
    for frame in frames:
        last = merged[-1] if merged else None
        if last and _yearly_deadline(last, frame, folded):
            span = text[last.start_pos : frame.end_pos]
            merged[-1] = TimeFrame(span, "recurring", None, frame.end, last.start_pos, frame.end_pos, True)
            continue
        if last is None or frame.kind != "recurring" or last.kind == "period":
            merged.append(frame)
            continue
        gap = folded[last.end_pos : frame.start_pos]
        joins = re.fullmatch(r"\s*,?\s*", gap) if last.kind == "recurring" else re.fullmatch(r"\s*", gap)
        if not joins or (last.kind == "date" and not last.deadline):
            merged.append(frame)
            continue
        end = last.end if last.kind == "date" else None
        text_span = text[last.start_pos : frame.end_pos]
        deadline = last.deadline or frame.deadline
        merged[-1] = TimeFrame(text_span, "recurring", None, end, last.start_pos, frame.end_pos, deadline)
    return merged


def _yearly_deadline(last: TimeFrame, frame: TimeFrame, folded: str) -> bool:
    """Whether a deadline day written without its year follows a yearly recurrence ("định kỳ hằng năm (trước ngày
    15/11 …", "hằng năm, trước ngày 20/12"): the day of each year's deadline."""
    return (
        last.kind == "recurring"
        and fold(last.text).endswith(("hang nam", "moi nam"))
        and frame.kind == "date"
        and frame.deadline
        and not re.search(r"\d{4}", frame.text)
        and bool(re.fullmatch(r"\s*[,(]?\s*", folded[last.end_pos : frame.start_pos]))
    )
