"""Normalisation: the lines a reader found -> clean paragraphs (blocks).

Three layers, each a small function:

1. :func:`clean_line` fixes characters: NFC with one tone placement, one
   kind of dash and of space, invisible characters removed, the ``uơ`` OCR
   slip (``phuơng``) repaired.
2. :func:`drop_chrome` removes what is not the document: gazette page headers
   (``CÔNG BÁO/Số … /Ngày …``) and their page numbers, digital-signature
   stamps, and the view counters of web pages ("Thống kê truy cập", "Đang online").
3. :func:`assemble` joins lines into paragraphs: hard-wrapped gazette lines
   are re-flowed, and a paragraph cut by a page break (``hiệu`` / ``quả;``) is
   re-joined, while headings, numbered items and the title stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from indexer.reading.lost_letters import HEADER_LINES, citing_respelt, lost_letters, respelt
from indexer.reading.source_text import Line, SourceText, plain_lines
from indexer.text.closing_columns import closing_columns
from indexer.text.header_cells import header_cells, heading_mended, is_header_line, is_place_date, subject_mended
from indexer.text.places import marks_mended
from indexer.text.vietnamese import is_all_caps, nfc, unglued
from indexer.vocabulary import ADDRESSED, MOTTO

# Bidirectional controls too: Vietnamese never needs them, and a U+202E in an uploaded text would show
# a passage reversed on the portal ("Trojan Source" spoofing; found by tests/test_fuzz_indexer.py).
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c",
    ),
    None,
)
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# PDFs of numbers drawn with a fraction or division slash: "Số: 1105⁄KH-ĐKT" is 1105/KH-ĐKT.
_SLASHES = re.compile(r"[\u2044\u2215\uff0f]")
_MULTISPACE = re.compile(r" {2,}")
# "phuơng" -> "phương": u + ơ followed by a final consonant is always ươ.
_UO_SLIP = re.compile(r"([uU])([ơƠớỚờỜởỞỡỠợỢ])(?=(?:ng|n|c|t|p|m|i|NG|N|C|T|P|M|I)\b)")
_HORN_U = {"u": "ư", "U": "Ư"}
# A legacy font's "ò" converted as "ị" ("VĂN PHỊNG", "CỘNG HỊA"): no Vietnamese syllable ends in "ịng", none is "hịa".
_O_GRAVE_SLIP = re.compile(r"(?<=[^\W\d_])(ị|Ị)(?=ng\b|NG\b)|(?<=\b[hH])(ị|Ị)(?=[aA]\b)")


def clean_line(text: str) -> str:
    """Normalise the characters of one line.

    >>> clean_line("Tỉnh  ủy\\u00a0Lạng Sơn – phuơng  hại\\u200b")
    'Tỉnh uỷ Lạng Sơn - phương hại'
    """
    return _MULTISPACE.sub(" ", clean_characters(text)).strip()


def clean_characters(text: str) -> str:
    """:func:`clean_line` but for the runs of spaces, which still tell a header's two columns apart."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _DASHES.sub("-", text)
    text = _SLASHES.sub("/", text)
    text = _UO_SLIP.sub(lambda m: _HORN_U[m.group(1)] + m.group(2), text)
    text = _O_GRAVE_SLIP.sub(lambda m: "ò" if m.group(0) == "ị" else "Ò", text)
    return nfc(unglued(text))


# --- chrome -------------------------------------------------------------------

_GAZETTE_HEADER = re.compile(r"^C[ÔO]NG B[ÁA]O\s*/\s*S[ốo]\b.*?/\s*Ng[àa]y\b.*$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,4}(?:\s*-)?$")
_GAZETTE_BANNER = re.compile(r"^(?:PHẦN I+\s*)?VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|PHÁP LUẬT KHÁC)$")
_SIGNATURE_STAMP = re.compile(r"^(?:Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký|Tổ chức|Chức vụ)\s*:", re.I)
_STAMP_WRAP = re.compile(r"^[^\W\d_][\w.]*(?: [\w.]+){0,2}$")
_WEB_CHROME_STRONG = re.compile(
    r"^(?:\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\s*)?(?:Số lượt xem|Lượt xem|Lượt truy cập|Số lượt truy cập)\s*:?\s*\d*$"
    r"|^Thống kê truy cập$|^Đang (?:online|truy cập)\s*:?\s*\d*$|^Tất cả\s*:?\s*\d+$"
    r"|^Tổng (?:số )?lượt truy cập\s*:?\s*\d*$|^Hôm nay\s*:?\s*\d+$|^Hôm qua\s*:?\s*\d+$"
    r"|^Trong (?:tuần|tháng)\s*:?\s*\d+$|^Online\s*:?\s*\d+$",
    re.I,
)
_WEB_CHROME_WEAK = re.compile(
    r"^(?:Video|Hình ảnh|Tin liên quan|Tin khác|Chia sẻ|Bản in|In bài viết|In trang|Gửi email|"
    r"Trở về|Về đầu trang|Đầu trang|Lên đầu trang|Quay lại|Liên kết website|Bình luận)$",
    re.I,
)


# A legal website's table of contents after the document: "Mục lục", then only the titles of its chapters and
# articles again and the bare names of their clauses ("Điều 1. Phạm vi điều chỉnh", "Khoản 1", "Điểm a").
_CONTENTS = re.compile(r"^(?:Mục lục|MỤC LỤC)$")
_CONTENTS_ENTRY = re.compile(
    r"^(?:(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:].{0,150}|(?:Chương|CHƯƠNG|Mục|MỤC)\s+\S+.{0,150}|(?:Khoản|Điểm)\s+\w{1,3})$"
)


def _drop_contents(texts: list[str], nonblank: list[int], drop: list[bool]) -> None:
    """Mark a trailing table of contents (:data:`_CONTENTS`) as chrome: every line after its title an entry."""
    start = next((k for k, i in enumerate(nonblank) if _CONTENTS.match(texts[i])), None)
    if start is None or start + 1 == len(nonblank):
        return
    if all(_CONTENTS_ENTRY.match(texts[i]) or drop[i] for i in nonblank[start + 1 :]):
        for i in nonblank[start:]:
            drop[i] = True


def drop_chrome(lines: list[Line]) -> list[Line]:
    """Remove lines that belong to the page or the publication, not to the document."""
    n = len(lines)
    drop = [False] * n
    texts = [line.text if line.kind != "blank" else "" for line in lines]
    nonblank = [i for i in range(n) if texts[i]]
    position = {i: k for k, i in enumerate(nonblank)}

    def neighbours(i: int, reach: int) -> list[int]:
        k = position[i]
        return nonblank[max(0, k - reach) : k] + nonblank[k + 1 : k + 1 + reach]

    for i in nonblank:
        t = texts[i]
        if _GAZETTE_HEADER.match(t):
            drop[i] = True
            for j in neighbours(i, 2):
                if _PAGE_NUMBER.match(texts[j]) or _GAZETTE_BANNER.match(texts[j]):
                    drop[j] = True
        elif _WEB_CHROME_STRONG.match(t):
            drop[i] = True
        elif re.match(r"^-\s*\d{1,4}\s*-$", t):
            drop[i] = True  # "- 3 -": a page number wherever it stands

    # Digital-signature stamps: two or more stamp lines in a row, with the words a value wrapped onto a
    # line of their own ("Cơ quan: Thành phố Hồ Chí" / "Minh" / "Thời gian ký: 25.09.2020").
    def stamp_at(run: int) -> bool:
        if _SIGNATURE_STAMP.match(texts[nonblank[run]]):
            return True
        wrapped = run > k and _STAMP_WRAP.match(texts[nonblank[run]])
        return bool(wrapped) and run + 1 < len(nonblank) and bool(_SIGNATURE_STAMP.match(texts[nonblank[run + 1]]))

    k = 0
    while k < len(nonblank):
        run = k
        while run < len(nonblank) and stamp_at(run):
            run += 1
        if run - k >= 2:
            for j in nonblank[k:run]:
                drop[j] = True
            k = run
        else:
            k += 1
    _drop_contents(texts, nonblank, drop)
    # Weak chrome ("Video") only next to strong chrome.
    for i in nonblank:
        weak = not drop[i] and _WEB_CHROME_WEAK.match(texts[i])
        if weak and any(drop[j] and _WEB_CHROME_STRONG.match(texts[j]) for j in neighbours(i, 2)):
            drop[i] = True
    return [line for i, line in enumerate(lines) if not drop[i]]


# --- paragraphs ----------------------------------------------------------------


@dataclass
class Block:
    """One paragraph (or heading, or horizontal rule) of normalised text."""

    text: str
    kind: str = "text"  # text | heading | rule | row (a data table's row)
    level: int = 0
    lines: list[str] = field(default_factory=list)


STRUCTURAL_START = re.compile(
    r"^(?:[-+*•▪◦·]\s|[-+•](?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"  # bullets, also without their space ("-Căn cứ")
    r"|\d{1,3}(?:\.\d{1,3})*\s*[.)\-/]\s*(?=\S)(?!\d|[A-ZĐ]{1,8}[a-z]?[-/])"  # 1.  1-  1)  2.3., not 267/QĐ-TTg
    r"|[IVXLC]{1,7}\s*[.)\-]\s"  # I.  II-
    r"|[a-zđ]\)\s"  # a)
    r"|(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]"
    r"|(?:Chương|Mục|Phần|Phụ lục|CHƯƠNG|MỤC|PHẦN|PHỤ LỤC)\s+(?:[IVXLC]+|\d+|[A-Z])\b"
    r"(?!\s+(?:của|tại|này|và|hoặc|quy|theo|thì|được|về)\b)"
    rf"|Nơi nhận|NƠI NHẬN|{ADDRESSED})"
)
_TERMINAL = re.compile(r"(?:[.;:!?…]|\./\.)[\"”')\]]*$")
_LETTER = re.compile(r"[^\W\d_]")


def in_capitals(text: str) -> bool:
    """Whether a line is set in capitals, a letter in twenty an OCR read small allowed ("CHỈ THỊ sO 37-CT/TW").

    >>> in_capitals("VỀ THỰC HIỆN CHỈ THỊ sO 37-CT/TW NGAY 03 THÁNG 9 NĂM 2019"), in_capitals("Số 37-CT/TW")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.95 * len(letters)


def _starts_lowercase(text: str) -> bool:
    m = _LETTER.search(text[:3])
    return bool(m) and m.group(0).islower() and text[0] not in "(\"“'"


def _wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped document was wrapped at, or a large number if it was not."""
    lengths = sorted(len(line.text) for line in lines if line.kind == "text" and len(line.text) > 20)
    if len(lengths) < 20:
        return 10_000
    p90 = lengths[int(len(lengths) * 0.9)]
    return p90 if p90 <= 160 else 10_000


_LEGAL_HEADING = re.compile(r"^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]|^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+\S+$")


_NUMBER_LINE = re.compile(r"^(?:Số|SỐ)\s*:?\s*[\dIlO]*\s*[/-]\S+$")
_SUBJECT_LINE = re.compile(r"^(?:V/v|V/V|Về việc|về việc)\b")
# A citation left open before its number or its date: "… Quyết định số", "… ngày" (not a header's "Số:").
_CITATION_OPEN = re.compile(r"[^\W\d_]{2,}\s+(?:số\s*:?|ngày)$")
_LONE_UNIT = re.compile(r"^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$")
_PREAMBLE = re.compile(r"^(?:Căn cứ|Xét|Theo đề nghị)\b")
_OPENING = re.compile(r"^(?:Thực hiện|Căn cứ|Triển khai|Xét|Trên cơ sở)\b")
# What opens a document's first sentence under its subject: a subject's wrapped line, as long as the page's lines,
# does not run into it ("Quản lý xét nghiệm SARS-Cov-2 … tỉnh Hải Dương" / "Nhằm đánh giá tình hình …").
_FIRST_SENTENCE = re.compile(r"^(?:Thực hiện|Căn cứ|Triển khai|Trên cơ sở|Nhằm|Để|Tiếp tục|Nhận được|Được sự)\s")
_CLOSING_NUMERAL = re.compile(r"^[IVXLC]{1,7}\)\s")
# A place's name broken by a narrow table cell before its date ("Hà" / "Nội, ngày 22 tháng 08", "Kon" / "Tum, ngày
# 17 …", as legal websites lay a letter's header out): a word or two in capitals, then the name's rest and "ngày".
_PLACE_START = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*)?$")
_PLACE_REST = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*)?\s*,\s*ngày\b")


# An item's number alone on its line ("2.2.", "3.", "IV.", "b)"): a page number has no stop and is chrome.
_BARE_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,7}\.|[a-zđ]\))$")
# A part's or an item's heading that a flattened copy ran into its first item's number ("2. Nâng cao năng lực …
# về quan hệ lao động 2.1.", "III. TỔ CHỨC THỰC HIỆN 1.", "3. Giải quyết tốt tranh chấp lao động 3.1. Rà soát …"):
# the first child of the heading's own number, after a word.
_OWN_NUMBER = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,7})\.\s+\S")


def first_item_apart(text: str) -> list[str]:
    """The line, or its heading and its first item apart when a flattened copy ran them into one.

    >>> first_item_apart("2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động 2.1.")
    ['2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động', '2.1.']
    >>> first_item_apart("III. TỔ CHỨC THỰC HIỆN 1. Các sở, ban, ngành triển khai")
    ['III. TỔ CHỨC THỰC HIỆN', '1. Các sở, ban, ngành triển khai']
    >>> first_item_apart("2. Bố trí 2.1 tỷ đồng; 1. trong số đó"), first_item_apart("II. Năm 2025 1. Thực hiện")
    (['2. Bố trí 2.1 tỷ đồng; 1. trong số đó'], ['II. Năm 2025 1. Thực hiện'])
    """
    own = _OWN_NUMBER.match(text)
    if not own:
        return [text]
    child = "1" if own.group("n")[0] in "IVXLC" else own.group("n") + ".1"
    glued = re.search(rf"(?<=[^\W\d_])\s+{re.escape(child)}\.(?:\s|$)", text[own.end() - 1 :])
    if not glued:
        return [text]
    cut = own.end() - 1 + glued.start()
    return [text[:cut], text[cut:].strip()]


def _continues(
    paragraph: str, first_line: str, last_line: str, nxt: str, width: int, *, gap: bool, in_header: bool
) -> bool:
    """Whether ``nxt`` continues the sentence that ``paragraph`` leaves open.

    ``gap`` says a blank line (a page break) stands between them.  Every test
    that can refuse a join across a gap also refuses it without one, and reads
    only the paragraph as a whole, so that normalising twice changes nothing.
    """
    if _BARE_NUMBER.match(paragraph) and nxt and not STRUCTURAL_START.match(nxt):
        return True  # "2.2." / "Tăng cường kiểm tra …": a flattened copy put an item's number on a line of its own
    if not paragraph or not nxt or _TERMINAL.search(paragraph):
        return False
    if _CITATION_OPEN.search(paragraph) and nxt[:1].isdigit():
        return True  # "Căn cứ Nghị định số" / "07/2021/NĐ-CP ngày …": a web page's column broke the citation
    if _LONE_UNIT.match(paragraph) and nxt[:1].isdigit():
        return True  # "Điều" / "1. Phê duyệt …": the column broke the article's heading, not a numbered item
    if paragraph.count("(") > paragraph.count(")") and _CLOSING_NUMERAL.match(nxt):
        return True  # "… Trung ương Đảng (khoá" / "XII) về công tác Dân số …": the bracket it opened, no part's number
    if STRUCTURAL_START.match(nxt) or _BARE_NUMBER.match(nxt):
        return False
    if in_header and not gap and _PLACE_START.match(paragraph) and _PLACE_REST.match(nxt) and not is_all_caps(nxt):
        return True
    if not gap and _PREAMBLE.match(paragraph) and not _PREAMBLE.match(nxt) and not is_all_caps(nxt):
        return True  # "Xét đề nghị của Giám đốc" / "Sở Lao động - …": a preamble's line ends with its punctuation
    if is_all_caps(paragraph) or (is_all_caps(nxt) and len(nxt) < 60):
        return False
    if is_place_date(paragraph):
        return False  # the header's place and date stand alone, as the header cutting left them
    if in_header and (_NUMBER_LINE.match(paragraph) or _SUBJECT_LINE.match(nxt)):
        return False  # "Số 2449 -CV/ĐU" / "về việc triển khai …": the number and a Party letter's subject
    if _starts_lowercase(nxt):
        # Across a page break, not after a short line of the title block.
        return not gap or not in_header or len(paragraph) >= 40
    if _LEGAL_HEADING.match(first_line):
        return False  # "Điều 6. Tên điều" is followed by its text, not continued by it
    # A page break inside a sentence of the body, after a real line of text
    # (the title block above the opening sentence ends without punctuation too).
    body_break = not in_header and len(paragraph) >= 60
    if in_header and _FIRST_SENTENCE.match(nxt):
        return False
    if gap:
        return body_break and not _OPENING.match(nxt)  # "Thực hiện …" after a blank line opens a paragraph
    return body_break or len(last_line) >= 0.75 * width


# The number's line: with the motto, what says a header starts again after a page's chrome.  (Named apart from
# :data:`_NUMBER_LINE`, which it shadowed: the joining rule above read this one, and missed "Số 2449 -CV/ĐU".)
_HEADER_AGAIN = re.compile(r"^(?:Số|SỐ)\s*:\s*\d")


def assemble(lines: list[Line]) -> list[Block]:
    """Join the lines of a document into paragraphs.

    Within a run of lines, a line joins the previous one when the previous one
    leaves its sentence open and the next does not start a heading, a numbered
    item or a bullet.  Across a blank line (a page break) the same holds with
    stricter conditions, and never inside the header zone (from the start,
    or a horizontal rule, to the first sentence ending in punctuation).
    """
    width = _wrap_width(lines)
    blocks: list[Block] = []
    in_header = True
    gap = False  # a blank line since the last block
    for line in lines:
        if line.kind == "blank":
            gap = True
            continue
        # a page's chrome above may have ended with a sentence; the motto and the "Số" line are a header again
        in_header = in_header or bool(MOTTO.match(line.text) or _HEADER_AGAIN.match(line.text))
        if line.kind in ("heading", "rule", "row"):
            blocks.append(Block(line.text, line.kind, line.level, [line.text]))
            in_header = line.kind == "rule" or in_header
            gap = False
            continue
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and prev.kind == "text"
            and _continues(prev.text, prev.lines[0], prev.lines[-1], line.text, width, gap=gap, in_header=in_header)
        ):
            prev.text = _join(prev.text, line.text)
            prev.lines.append(line.text)
            # a broken place-and-date line, whole again, may stand beside another cell ("0 A," + "ngày … năm"): cut
            # as the whole line is cut, so that normalising the text again changes nothing
            cells = header_cells(prev.text) if in_header and is_header_line(prev.text) else []
            if len(cells) > 1:
                prev.text = cells[0]
                blocks += [Block(cell, "text", 0, [line.text]) for cell in cells[1:]]
        else:
            blocks.append(Block(line.text, "text", 0, [line.text]))
        if in_header and _TERMINAL.search(blocks[-1].text) and len(blocks[-1].text) >= 60:
            in_header = False
        gap = False
    return blocks


def _join(left: str, right: str) -> str:
    # A word hyphenated at the end of a wrapped line is not split in Vietnamese
    # (syllables are separate words), so lines always join with a space.
    return f"{left} {right}"


# A letter's "V/v" as an OCR reads its slash ("VWv triển khai …", "Vlv", "V.v"): no line opens so otherwise.
_SUBJECT_SLIP = re.compile(r"^([\"“]?\s*)V\s?[Wwl|I\\íì.,]\s?v(?=\s+[^\W\d_])")
# A council's name whose first letter a copy lost (a font's "Ủ" or "Ư" that did not convert: "Y BAN NHÂN DÂN" /
# "TỈNH KON TUM"): no line opens with "Y BAN" otherwise.
_LOST_FIRST_LETTER = re.compile(r"^(\s*)Y BAN (?=NHÂN DÂN|MẶT TRẬN|KIỂM TRA|THƯỜNG VỤ)")


def normalize(source: SourceText) -> list[Block]:
    """Run the three layers over what a reader returned."""
    lines = []
    lost = lost_letters([line.text for line in source.lines])
    for k, line in enumerate(_headings_mended(_closing_read_by_column(source.lines))):
        if line.kind == "blank":
            lines.append(line)
            continue
        text = marks_mended(line.text) if source.ocr else line.text
        text = respelt(text) if lost and k < HEADER_LINES else text  # "UBND TNH PH TH": "UBND TỈNH PHÚ THỌ"
        text = citing_respelt(text) if lost else text  # "Thc hin Ngh quyt s 179/…": "Thực hiện Nghị quyết số"
        pieces = header_cells(clean_characters(text)) if line.kind == "text" else [text]
        for piece in pieces:
            text = _LOST_FIRST_LETTER.sub(r"\1ỦY BAN ", _SUBJECT_SLIP.sub(r"\1V/v", clean_line(piece)))
            for part in first_item_apart(text) if line.kind == "text" else [text]:
                lines.append(Line(part, line.kind if part else "blank", line.level))
    return assemble(drop_chrome(lines))


def _headings_mended(lines: list[Line]) -> list[Line]:
    """The lines, a heading broken at a line's end made whole again (see :func:`heading_mended`), and a caps
    subject whose end opens the body's line (:func:`subject_mended`)."""
    out = list(lines)
    for i in range(min(30, len(out))):
        line = out[i]  # as an earlier mend may have left it
        following = next((j for j in range(i + 1, min(i + 3, len(out))) if out[j].kind != "blank"), None)
        if line.kind != "text" or following is None or out[following].kind != "text":
            continue
        mended = heading_mended(line.text, out[following].text) or subject_mended(line.text, out[following].text)
        if mended:
            out[i] = Line(mended[0], "text", line.level)
            out[following] = Line(mended[1], "text" if mended[1] else "blank", out[following].level)
    return out


def _closing_read_by_column(lines: list[Line]) -> list[Line]:
    """A layout copy's two-column closing (recipients | signature), one column after the other."""
    if any(line.kind == "heading" for line in lines):
        return lines  # a structured source (Markdown, Word) keeps its columns in table cells
    texts = [line.text if line.kind != "blank" else "" for line in lines]
    read = closing_columns(texts)
    return lines if read == texts else plain_lines("\n".join(read))


def normalize_text(text: str) -> str:
    """Normalise free text (a query, a corrected field) the way documents are."""
    return " ".join(clean_line(part) for part in text.splitlines() if part.strip())
