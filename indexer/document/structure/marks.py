"""The marks a line is known by: a header's lines (the place and date, the letter's subject), the sentences that
open a body, and the numbering a paragraph starts with (I., 1., a), Điều, Chương, Mục, Phần, Phụ lục)."""

from __future__ import annotations

import re

from indexer.text.header_cells import DAY_WORD, MONTH_WORD, YEAR_WORD
from indexer.text.normalize import Block, is_all_caps
from indexer.vocabulary import ADDRESSED, MOTTO

# A letter's subject line, "V/v …"; any subject line, spelt out too ("Về việc …").
LETTER_SUBJECT = re.compile(r"^[\"“]?\s*(?:V/v|V/V)\b")
SUBJECT_LINE = re.compile(r"^[\"“]?\s*(?:Công văn\s+)?(?:V/v|V/V|Về việc|về việc)\b")  # "Công văn V/v …" (a page's)
# (a figure typed over the form's dots keeps some of them: "ngày 24 tháng9_ năm 2025")
PLACE_DATE = re.compile(
    rf"^(?P<place>[^\d,]{{2,60}}|(?:Quận|Phường)\s*\d{{1,2}})(?:,|\.(?=\s))\s*{DAY_WORD}\s*(?P<d>\d{{1,2}})[\s.…_]*"
    rf"(?:{MONTH_WORD}|/)\s*(?P<m>\d{{1,2}})[\s.…_]*(?:{YEAR_WORD}|/)\s*(?P<y>\d{{4}})",
    re.I,
)
BODY_OPENER = re.compile(
    r"^(?:[-+•]\s*)?(?:Thực hiện|Căn cứ|Triển khai|Qua|Để|Nhằm|Trên cơ sở|Theo|Ngày|Sau khi|Hiện nay|Trong|"
    r"Tiếp tục|Xét|Được sự|Thời gian)\b"
)
# A Party committee's conference resolution or conclusion opens by telling the meeting ("Hội nghị lần thứ 11 Ban
# Chấp hành Trung ương Đảng khóa XIII họp từ ngày 10/4 …").
CONFERENCE_OPENING = re.compile(r"^Hội nghị\b[^.;:]{0,160}?\b(?:đã )?họp\b")
TERMINAL = re.compile(r"(?:[.;:!?…]|\./\.)[\"”')\]]*$")

# Numbering at the start of a paragraph.
ROMAN = re.compile(r"^(?P<n>[IVXLC]{1,7})\s*[.)\-]\s+(?=\S)")
ARABIC = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3})*)\s*[.)\-]\s*(?=[^\d\s])")
LETTER = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?=\S)")
ARTICLE = re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<n>\d+[a-zđ]?)\s*[.:]")
CHAPTER = re.compile(r"^(?:Chương|CHƯƠNG)\s+(?P<n>[IVXLC]+|\d+)\b")
SECTION = re.compile(r"^(?:Mục|MỤC)\s+(?P<n>\d+|[IVXLC]+)\b")
PART = re.compile(r"^(?:Phần|PHẦN)\s+(?P<n>[IVXLC]+|\d+|(?:THỨ|thứ|Thứ)\s+\w+)\b")
# A part lettered in capitals, as older Party guidance is laid out: "A - MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG".
LETTERED_PART = re.compile(r"^(?P<n>[A-E])\s*[.\-–]\s*(?=\w{2,}[\s,])")
APPENDIX = re.compile(r"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?P<n>[IVXLC]+|\d+|[A-Z]))?\b")

# A legal website's table of the document's properties, above its text ("Ngày ban hành: | 13/12/2016 | …").
SITE_PROPERTIES = re.compile(
    r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|"
    r"Lĩnh vực|Tình trạng|Người ký|Ngày hết hiệu lực)\s*:"
)


def opens_body(block: Block) -> bool:
    """Whether a block is a sentence of the body: an opening ("Thực hiện …", "Căn cứ …"), or numbered as its parts."""
    text = block.text
    if SITE_PROPERTIES.match(text):
        return False  # "Ngày ban hành: …" is the page's, not a sentence of the document
    if BODY_OPENER.match(text) and (len(text) >= 60 or TERMINAL.search(text)):
        return True
    if CONFERENCE_OPENING.match(text):
        return True
    return bool(
        ROMAN.match(text) or ARTICLE.match(text) or CHAPTER.match(text) or PART.match(text) or lettered_part(text)
    )


def lettered_part(text: str) -> bool:
    """Whether a line heads a part lettered in capitals (:data:`LETTERED_PART`), its name in capitals."""
    return bool(LETTERED_PART.match(text)) and len(text) <= 90 and is_all_caps(text)


def is_header_line(text: str) -> bool:
    """The motto, the place and date, "Kính gửi", "Số", and a mark of urgency (Nghị định 30/2020/NĐ-CP)."""
    return bool(
        MOTTO.match(text) or PLACE_DATE.match(text) or re.match(rf"^(?:{ADDRESSED}|Số\b|(THƯỢNG )?KHẨN$|HOẢ TỐC)", text)
    )
