"""Structure: a document's paragraphs -> zones, numbering and stable anchors.

Each document of a file (:mod:`indexer.document.compound` cuts a compound file into them) is laid out by
:func:`lay_out` into :class:`Paragraph` s with

* a **zone**: ``header`` (issuer, number, place and date), ``title`` (the type line and the subject),
  ``body``, ``recipients`` (Nơi nhận) or ``signature``;
* an **anchor** taken from the document's own numbering, so that a link reads like a citation: ``II-3`` is
  item 3 of section II, ``II-3-p2`` the second paragraph of that item, ``dieu-5-2-a`` point a of clause 2 of
  Article 5; unnumbered paragraphs fall back to ``p<N>``.  The same text always gives the same anchors.

Each document of a compound file is its own record with its own URL, so its anchors are not prefixed with
the part: a Kết luận keeps the anchors it would have if it had been filed alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.document.type_lines import repeats_heading, title_type, type_of_line
from indexer.text.closing_columns import BULLET, RECIPIENTS_START, is_signature_start, signature_span
from indexer.text.header_cells import DAY_WORD, MONTH_WORD, YEAR_WORD
from indexer.text.normalize import Block, is_all_caps
from indexer.text.vietnamese import fold
from indexer.vocabulary import MOTTO, PLACE_UNITS_CAPS

# A caps subject's last line, short as a heading is: "… TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG" / "NĂM 2022".
_SUBJECT_TAIL = re.compile(
    r"^(?:NĂM \d{4}|GIAI ĐOẠN|ĐOẠN\b|ĐẾN NĂM|NHIỆM KỲ|\(?\d{4}\s*[-–]\s*\d{4}"
    rf"|(?:{PLACE_UNITS_CAPS})\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s\-]*$)"
)
# A short caps line under the subject that begins as a body's or an office's name names who decides ("HỘI ĐỒNG
# NHÂN DÂN QUẬN 2", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"); any other is the subject's last line ("THÔNG MINH TOÀN QUỐC",
# "TRÊN ĐỊA BÀN TỈNH LÀO CAI").
_NAMES_A_BODY = re.compile(
    r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG|CỤC|VĂN PHÒNG|(?:UỶ|ỦY) BAN|HỘI|BAN|BỘ|SỞ|CHÍNH PHỦ|QUỐC HỘI|"
    r"THƯỜNG TRỰC|THƯỜNG VỤ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) (?:UỶ|ỦY)|ĐOÀN|MẶT TRẬN|LIÊN|"
    r"(?:NHÂN )?DÂN (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG))\b"  # the rest of "ỦY BAN NHÂN" / "DÂN TỈNH …"
)
# A subject line a narrow column broke leaves a word that cannot end it ("… GIỮA", "… GIAI", "PHỐI" alone).
_OPEN_END = re.compile(
    r"(?:^[^\W\d_]+|\b(?:VÀ|CỦA|VỀ|CHO|TẠI|TRÊN|GIỮA|ĐẾN|VỚI|TỪ|TRONG|GIAI|CÁC|NHỮNG|LẦN|THỨ|KẾ|PHÒNG|NHIỆM|NĂM|TỔ|"
    r"THEO|ỦY|UỶ|MẶT|HỒ|CHÍ))\s*$"
)


def _speck_stop(blocks: list[Block], i: int) -> bool:
    """Whether a caps subject line's full stop is a scan's speck: the next line goes on in capitals
    ("… XÂY DỰNG QUAN HỆ LAO." / "ĐỘNG HÀI HOÀ, ỔN ĐỊNH …")."""
    text = blocks[i].text
    following = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return (
        bool(re.search(r"[^\W\d_]\.$", text))
        and is_all_caps(text)
        and is_all_caps(following)
        and not _AUTHORITY_LINE.match(following)
    )


def _subject_goes_on(previous: str, text: str) -> bool:
    """Whether a short caps line under a subject goes on with it (a period, a locality, a broken line's rest)."""
    # one word alone is no authority's name: the rest of the line above ("… HỒ CHÍ" / "MINH")
    return bool(_SUBJECT_TAIL.match(text) or _OPEN_END.search(previous) or len(text.split()) == 1)


# A letter's subject line, "V/v …"; any subject line, spelt out too ("Về việc …").
LETTER_SUBJECT = re.compile(r"^[\"“]?\s*(?:V/v|V/V)\b")
SUBJECT_LINE = re.compile(r"^[\"“]?\s*(?:Công văn\s+)?(?:V/v|V/V|Về việc|về việc)\b")  # "Công văn V/v …" (a page's)
PLACE_DATE = re.compile(
    rf"^(?P<place>[^\d,]{{2,60}}|(?:Quận|Phường)\s*\d{{1,2}})(?:,|\.(?=\s))\s*{DAY_WORD}\s*(?P<d>\d{{1,2}})\s*"
    rf"(?:{MONTH_WORD}|/)\s*(?P<m>\d{{1,2}})\s*(?:{YEAR_WORD}|/)\s*(?P<y>\d{{4}})",
    re.I,
)
_BODY_OPENER = re.compile(
    r"^(?:[-+•]\s*)?(?:Thực hiện|Căn cứ|Triển khai|Qua|Để|Nhằm|Trên cơ sở|Theo|Ngày|Sau khi|Hiện nay|Trong|"
    r"Tiếp tục|Xét|Được sự|Thời gian)\b"
)
# The grounds that open the body, under a caps subject, however short a cut copy left them ("- Căn cứ Điều lệ
# Đảng và Quy định số 24-QĐ/TW, ng").
_GROUNDS_AFTER_CAPS = re.compile(r"^(?:[-+•]\s*)?(?:Căn cứ|Thực hiện|Thi hành)\s+[a-zđà-ỹA-ZĐ]+\s+[a-zđà-ỹ]")
# A Party committee's conference resolution or conclusion: its title names the conference over one or more
# capital lines ("HỘI NGHỊ LẦN THỨ BẢY / BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)"), its body opens by telling
# the meeting ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 10/4 …").
_CONFERENCE_LINE = re.compile(r"^HỘI NGHỊ\b")
_CONFERENCE_OPENING = re.compile(r"^Hội nghị\b[^.;:]{0,160}?\b(?:đã )?họp\b")
_TERMINAL = re.compile(r"(?:[.;:!?…]|\./\.)[\"”')\]]*$")

# Numbering at the start of a paragraph.
_ROMAN = re.compile(r"^(?P<n>[IVXLC]{1,7})\s*[.)\-]\s+(?=\S)")
_ARABIC = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3})*)\s*[.)\-]\s*(?=[^\d\s])")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?=\S)")
_ARTICLE = re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<n>\d+[a-zđ]?)\s*[.:]")
_CHAPTER = re.compile(r"^(?:Chương|CHƯƠNG)\s+(?P<n>[IVXLC]+|\d+)\b")
_SECTION = re.compile(r"^(?:Mục|MỤC)\s+(?P<n>\d+|[IVXLC]+)\b")
_PART = re.compile(r"^(?:Phần|PHẦN)\s+(?P<n>[IVXLC]+|\d+|THỨ\s+\w+)\b")
_APPENDIX = re.compile(r"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?P<n>[IVXLC]+|\d+|[A-Z]))?\b")
# The authority a decision is taken by, set in caps under its title: "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH".
_AUTHORITY_LINE = re.compile(
    r"^(?:CHỦ TỊCH |BỘ TRƯỞNG |THỦ TƯỚNG |GIÁM ĐỐC |TỔNG CỤC TRƯỞNG |CỤC TRƯỞNG )?"
    r"(?:UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UỶ BAN THƯỜNG VỤ QUỐC HỘI|QUỐC HỘI|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
    r"BỘ [A-ZĐ]|SỞ [A-ZĐ])"
    r"[A-ZĐÀ-Ỹ0-9 ,.\-–]{0,80}$"
)


@dataclass
class Paragraph:
    """One paragraph of a document, as stored, shown and cited."""

    anchor: str
    section: str  # the numbering it sits under, as a citation reads it: "III.1", "Điều 5 khoản 2"
    text: str
    kind: str = "text"  # heading | text | item | row (a data table's row, cells joined by " | ")
    zone: str = "body"  # header | title | body | recipients | signature
    level: int = 0
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "anchor": self.anchor,
            "section": self.section,
            "text": self.text,
            "kind": self.kind,
            "zone": self.zone,
            "level": self.level,
        }


# An unnumbered paragraph under a numbered item: "III-1-p2" (and "III-1-p2_2", a second of that anchor).
_UNDER_ITEM = re.compile(r"-p\d+(?:_\d+)?$")


def item_anchor(anchor: str) -> str:
    """The numbered item a paragraph stands under, or the anchor itself when it stands under none.

    >>> item_anchor("III-1-p2"), item_anchor("III-1"), item_anchor("p7"), item_anchor("II-3-a")
    ('III-1', 'III-1', 'p7', 'II-3-a')
    """
    return _UNDER_ITEM.sub("", anchor) or anchor


# --- zones ------------------------------------------------------------------------------


# A subject closed by a full stop, as some offices type it ("Vận động ủng hộ Quỹ “Vì người nghèo” năm 2017."), or
# whose first part a semicolon closes ("Tổ chức các hoạt động chào mừng Đại hội lần thứ XII của Đảng;" / "Kỷ niệm
# 86 năm …"): short, and not the opening sentence.
_CLOSED_SUBJECT = re.compile(r"^[^.;:]{10,180}[.;]$")


def _header_mark(text: str) -> bool:
    """A line only a header holds: the motto, the place and date, the "Số" line (even as "S:  03 / KH-BVĐ")."""
    return bool(MOTTO.search(text) or PLACE_DATE.match(text) or re.match(r"^(?:Số|SỐ|S)\s*:\s*\d", text))


def _find_zones(blocks: list[Block]) -> list[str]:
    n = len(blocks)
    zones = ["body"] * n
    type_at = _type_line_at(blocks)
    if type_at is not None:
        for i in range(type_at):
            zones[i] = "header"
        zones[type_at] = "title"
        for i in range(type_at + 1, type_at + 1 + _subject_lines(blocks, type_at)):
            zones[i] = "title"
    else:
        _letter_header(blocks, zones)
        if "title" not in zones and blocks and title_type(blocks[0].text) and _header_follows(blocks[1:12]):
            zones[0] = "title"  # the page dropped the document's type heading: the site's names its subject
    # Closing: Nơi nhận and its list, the signature block.
    start = next((i for i in range(n) if zones[i] == "body" and RECIPIENTS_START.match(blocks[i].text)), None)
    if start is not None:
        zones[start] = "recipients"
        i = start + 1
        while i < n and not is_signature_start(blocks, i):
            if BULLET.match(blocks[i].text) or not _opens_body(blocks[i]) and len(blocks[i].text) < 160:
                zones[i] = "recipients"
                i += 1
            else:
                break
    sig = signature_span(blocks, zones)
    for i in sig:
        zones[i] = "signature"
    return zones


def _type_line_at(blocks: list[Block]) -> int | None:
    """The type line, if any, among the first blocks."""
    typed = [i for i, b in enumerate(blocks[:40]) if b.kind != "rule" and type_of_line(b.text)]
    type_at = typed[0] if typed else None
    if len(typed) > 1 and any(_header_mark(b.text) for b in blocks[typed[0] + 1 : typed[1]]):
        type_at = typed[1]  # a page's heading over the document's header: the type line under the header is its
    if type_at is None and blocks and title_type(blocks[0].text) and not _header_follows(blocks[1:12]):
        type_at = 0  # a website's heading over a copy that lost its header
    return type_at


def _subject_lines(blocks: list[Block], type_at: int) -> int:
    """How many lines after the type line are its subject (trích yếu)."""
    i, n, taken = type_at + 1, len(blocks), 0
    # a type line that carries its subject ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020") ends where the body opens
    carried = bool((title_type(blocks[type_at].text) or ("", ""))[1].strip())
    # a caps subject goes on as long as its lines are caps: a scan wraps a long one over six or seven
    while i < n and (
        taken < 4
        or taken < 8
        and is_all_caps(blocks[i - 1].text)
        and is_all_caps(blocks[i].text)
        or taken < 9
        and _PERIOD_NOTE.match(blocks[i].text)
    ):
        b = blocks[i]
        subject = not taken and (
            SUBJECT_LINE.match(b.text) or repeats_heading([h.text for h in blocks[:type_at]], b.text)
        )
        subject = subject or (taken and _CONFERENCE_LINE.match(blocks[i - 1].text) and is_all_caps(b.text))
        if not subject and (
            b.kind == "rule"
            or (
                _TERMINAL.search(b.text)
                and (taken or _BODY_OPENER.match(b.text) or not _CLOSED_SUBJECT.match(b.text))
                and not _speck_stop(blocks, i)
            )
            or _AUTHORITY_LINE.match(b.text)
            or b.text.startswith("Kính gửi")
            or ((taken or carried) and (_opens_body(b) or _grounds_after_caps(blocks[i - 1].text, b.text)))
            or (
                taken
                and is_all_caps(b.text)
                and len(b.text) < 40
                and _NAMES_A_BODY.match(b.text)
                and not _subject_goes_on(blocks[i - 1].text, b.text)
            )
        ):
            break
        taken += 1
        i += 1
    return taken


# A period noted under the subject is the subject's: "(Giai đoạn: 2021- 2025)", "(nhiệm kỳ 2020 - 2025)".
_PERIOD_NOTE = re.compile(r"^\((?:giai đoạn|nhiệm kỳ|năm|khoá|khóa)\b[^()]{0,40}\)$", re.I)


def _grounds_after_caps(previous: str, text: str) -> bool:
    """Whether a line opens the grounds under a caps subject; under "CỦA BAN THƯỜNG VỤ" it is the subject's."""
    return bool(_GROUNDS_AFTER_CAPS.match(text)) and is_all_caps(previous) and not previous.startswith("CỦA")


def _letter_header(blocks: list[Block], zones: list[str]) -> None:
    """No type line (a Công văn): the header runs to the first sentence of the body; "V/v …" is the title."""
    n = len(blocks)
    addressed = False  # past "Kính gửi": its list of recipients, then the body
    for i, b in enumerate(blocks[:30]):
        # a page's notice above the header ("Để sử dụng toàn bộ tiện ích …") is no body yet
        # a long letter subject closed by a full stop ("V/v tăng cường … cấp tỉnh.") is no sentence of the body
        subject = LETTER_SUBJECT.match(b.text)
        sentence = _opens_body(b) or (len(b.text) >= 100 and _TERMINAL.search(b.text) and not subject)
        if sentence and not any(_header_mark(later.text) for later in blocks[i + 1 : i + 6]):
            break
        if addressed and not _still_addressed(blocks[i - 1].text, b.text):
            break
        addressed = addressed or b.text.startswith("Kính gửi")
        zones[i] = "header"
    # The subject of a letter ("V/v …") is its title.
    for i, b in enumerate(blocks[:30]):
        if zones[i] != "header":
            break
        # a caps subject under the place and date of a document whose type line a copy lost: opening on "VỀ" ("VỀ
        # NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008" / "HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III …"), or over the authority line;
        # a letter's subject opening on "Về" under its number and date ("Về cho học sinh nghỉ học")
        after_date = i and _header_mark(blocks[i - 1].text)
        over_authority = i + 1 < n and _AUTHORITY_LINE.match(blocks[i + 1].text)
        caps = is_all_caps(b.text) and (re.match(r"^VỀ\s", b.text) or over_authority)
        caps_subject = after_date and (caps or re.match(r"^Về\s(?!việc\b)\w.{0,200}$", b.text))
        if SUBJECT_LINE.match(b.text) or caps_subject:
            zones[i] = "title"
            j = i + 1
            while (
                j < n
                and zones[j] == "header"
                and not re.search(r"[\"”]\s*$", blocks[j - 1].text)
                and not _is_header_line(blocks[j].text)
                and not _AUTHORITY_LINE.match(blocks[j].text)
                and not BULLET.match(blocks[j].text)  # the recipients, their "Kính gửi" lost by a scan
            ):
                zones[j] = "title"
                j += 1
            break


def _still_addressed(previous: str, text: str) -> bool:
    """Whether a line under "Kính gửi" still names a recipient: a bullet, the line under a bare
    "Kính gửi:", or a short line ending as list items do (``Đảng uỷ Uỷ ban nhân dân tỉnh,``)."""
    if BULLET.match(text) or re.match(r"^Kính gửi\s*:?$", previous):
        return True
    return len(text) < 60 and bool(re.search(r"[,;.]$", text)) and not _BODY_OPENER.match(text)


# A legal website's table of the document's properties, above its text ("Ngày ban hành: | 13/12/2016 | …").
_SITE_PROPERTIES = re.compile(
    r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|"
    r"Lĩnh vực|Tình trạng|Người ký|Ngày hết hiệu lực)\s*:"
)


def _opens_body(block: Block) -> bool:
    text = block.text
    if _SITE_PROPERTIES.match(text):
        return False  # "Ngày ban hành: …" is the page's, not a sentence of the document
    if _BODY_OPENER.match(text) and (len(text) >= 60 or _TERMINAL.search(text)):
        return True
    if _CONFERENCE_OPENING.match(text):
        return True
    return bool(_ROMAN.match(text) or _ARTICLE.match(text) or _CHAPTER.match(text) or _PART.match(text))


def _header_follows(blocks: list[Block]) -> bool:
    """Whether a header follows a website's heading (its motto, "Số:", the place and date): then it is read."""
    return any(_is_header_line(b.text) or MOTTO.search(b.text) for b in blocks)


def _is_header_line(text: str) -> bool:  # a mark of urgency too (Nghị định 30/2020/NĐ-CP): "KHẨN", "HOẢ TỐC"
    return bool(
        MOTTO.match(text) or PLACE_DATE.match(text) or re.match(r"^(?:Kính gửi|Số\b|(THƯỢNG )?KHẨN$|HOẢ TỐC)", text)
    )


# --- anchors ---------------------------------------------------------------------------


@dataclass
class _Numbering:
    """Where the paragraph being read sits in the document's numbering."""

    part: str = ""  # appendix / part prefix
    roman: str = ""
    article: str = ""
    arabic: list[str] = field(default_factory=list)
    letter: str = ""

    def path(self) -> list[str]:
        path = [self.part] if self.part else []
        if self.article:
            path.append(f"dieu-{self.article}")
        elif self.roman:
            path.append(self.roman)
        path += self.arabic
        if self.letter:
            path.append(self.letter)
        return path

    def section(self) -> str:
        if self.article:
            text = f"Điều {self.article}"
            if self.arabic:
                text += f" khoản {'.'.join(self.arabic)}"
            if self.letter:
                text += f" điểm {self.letter}"
            return (self.part.replace("-", " ").capitalize() + ", " if self.part else "") + text
        items = ([self.roman] if self.roman else []) + self.arabic + ([self.letter] if self.letter else [])
        label = ".".join(items)
        if self.part:
            label = self.part.replace("-", " ").capitalize() + (f", mục {label}" if label else "")
        return label


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def lay_out(blocks: list[Block]) -> list[Paragraph]:
    """Give each block of one document its zone, kind, section and anchor."""
    layout = _Layout()
    for block, zone in zip(blocks, _find_zones(blocks), strict=True):
        if block.kind != "rule":
            layout.add(block, zone)
    return layout.paragraphs


@dataclass
class _Marks:
    """The numbering a paragraph starts with, if any, of each kind."""

    article: re.Match | None
    chapter: re.Match | None
    section: re.Match | None
    part: re.Match | None
    appendix: re.Match | None
    roman: re.Match | None
    arabic: re.Match | None
    letter: re.Match | None

    @classmethod
    def of(cls, text: str) -> _Marks:
        patterns = (_ARTICLE, _CHAPTER, _SECTION, _PART, _APPENDIX, _ROMAN, _ARABIC, _LETTER)
        return cls(*(pattern.match(text) for pattern in patterns))


class _Layout:
    """The paragraphs of one document, laid out block after block."""

    def __init__(self):
        self.numbering = _Numbering()
        self.counters: dict[str, int] = {}
        self.used: set[str] = set()
        self.paragraphs: list[Paragraph] = []
        self.chapter_title_open = False

    def add(self, block: Block, zone: str) -> None:
        text = block.text
        kind = block.kind if block.kind in ("heading", "row") else "text"
        base, level, section = None, 0, ""  # base: the anchor this paragraph owns, when it is numbered
        if zone == "body" and kind == "row":
            section = self.numbering.section()  # a table's row: its first cell's "1" numbers the row, not an item
        elif zone == "body":
            marks = _Marks.of(text)
            if self._continues_chapter_title(text, marks):
                return
            base, kind, level = self._numbered(block, kind, marks)
            section = self.numbering.section()
        if base is not None:
            anchor = base
            self.counters[base] = 1
        else:
            anchor = self._unnumbered_anchor(zone)
            if BULLET.match(text) and kind != "row":
                kind = "item"
        kind = "heading" if zone == "title" else kind
        anchor = _unique(anchor, self.used)
        self.paragraphs.append(Paragraph(anchor, section, text, kind, zone, level, list(block.lines)))

    def _continues_chapter_title(self, text: str, marks: _Marks) -> bool:
        """The title line(s) under "Chương II" join the chapter's heading."""
        numbered = marks.article or marks.roman or marks.arabic
        if self.chapter_title_open and is_all_caps(text) and len(text) < 160 and not numbered:
            previous = self.paragraphs[-1]
            previous.text = f"{previous.text} {text}"
            previous.lines.append(text)
            return True
        self.chapter_title_open = False
        return False

    def _numbered(self, block: Block, kind: str, m: _Marks) -> tuple[str | None, str, int]:
        """Where a body paragraph's own numbering puts it: its anchor (None: it has none), kind and level."""
        text, numbering = block.text, self.numbering
        base, level = None, 0
        if m.appendix and (is_all_caps(text[:8]) or len(text) < 80):
            self.numbering = _Numbering(part=_slug(f"phu luc {m.appendix.group('n') or ''}"))
            base, kind, level = self.numbering.part, "heading", 1
        elif m.part:
            self.numbering = _Numbering(part=_slug(f"phan {m.part.group('n')}"))
            base, kind, level = self.numbering.part, "heading", 1
            self.chapter_title_open = len(text) < 40
        elif m.chapter:
            self.numbering = _Numbering(part=numbering.part)
            base, kind, level = "-".join(filter(None, [numbering.part, f"chuong-{m.chapter.group('n')}"])), "heading", 1
            self.chapter_title_open = True
        elif m.section and len(text) < 200:
            base = "-".join(filter(None, [numbering.part, f"muc-{m.section.group('n')}"]))
            self.numbering = _Numbering(part=numbering.part)
            kind, level = "heading", 2
            self.chapter_title_open = len(text) < 20
        elif m.article:
            self.numbering = _Numbering(part=numbering.part, article=m.article.group("n"))
            kind, level = "heading", 2
        elif m.roman and (is_all_caps(text[m.roman.end() :][:40]) or len(text) < 120):
            self.numbering = _Numbering(part=numbering.part, roman=m.roman.group("n"))
            kind, level = "heading", 1
        elif m.arabic:
            numbering.arabic, numbering.letter = m.arabic.group("n").split("."), ""
            level = 2 + len(numbering.arabic) - 1
            if len(text) < 120 and not _TERMINAL.search(text) or block.kind == "heading":
                kind = "heading"
        elif m.letter and (numbering.arabic or numbering.article or numbering.roman):
            numbering.letter = m.letter.group("n")
            level = 3 + len(numbering.arabic)
        now = self.numbering
        if base is None and (m.article or (m.roman and now.roman) or m.arabic or (m.letter and now.letter)):
            base = "-".join(now.path())
        return base, kind, level

    def _unnumbered_anchor(self, zone: str) -> str:
        """``p<N>`` within what it sits under: ``III-2-p3``, ``noi-nhan``, ``ky-p2``, ``p1`` in the header."""
        owner = {"recipients": "noi-nhan", "signature": "ky", "body": "-".join(self.numbering.path())}.get(zone, "")
        self.counters[owner] = self.counters.get(owner, 0) + 1
        k = self.counters[owner]
        if owner and k == 1 and zone in ("recipients", "signature"):
            return owner
        return f"{owner}-p{k}" if owner else f"p{k}"


def _unique(anchor: str, used: set[str]) -> str:
    candidate, k = anchor, 2
    while candidate in used:
        candidate = f"{anchor}_{k}"
        k += 1
    used.add(candidate)
    return candidate
