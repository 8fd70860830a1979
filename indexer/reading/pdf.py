"""Reader for PDF files with a text layer (``.pdf``), with pypdf.

Each page's text becomes plain lines, with a blank line between pages;
:mod:`indexer.text.normalize` then removes gazette page headers and page numbers
and re-flows hard-wrapped lines.  A PDF without a text layer (a scan) and an
encrypted PDF are refused with a message that says what to do instead.
"""

from __future__ import annotations

import io
import logging
import re
import string
import unicodedata
from dataclasses import dataclass

from indexer.errors import CorruptDocument, EncryptedPdf, NoTextLayer
from indexer.reading.encoding import VIETNAMESE_LETTERS
from indexer.reading.legacy_fonts import texts_in_unicode
from indexer.reading.ocr import NoTextFound, ocr_pdf_pages
from indexer.reading.ocr import available as ocr_available
from indexer.reading.pdf_stamps import fill_blanks, page_fragments, reading_order, widget_stamps
from indexer.reading.source_text import CELL_SEPARATOR, Line, OcrPage, SourceText, data_rows, plain_lines
from indexer.vocabulary import TASK_TABLE_COLUMNS

# Fewer letters than this in the whole file: only images (a scan), perhaps with a stamp or a page number.
MIN_LETTERS = 40

# pypdf reports every irregularity of a PDF as a warning; the file either reads or is refused here.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_BROKEN = (
    "Tệp PDF bị hỏng, không đọc được (có thể tải về chưa trọn vẹn); hãy xuất lại tệp PDF rồi tải lên.",
    "the PDF file is damaged and cannot be read",
)


def read_pdf(data: bytes) -> SourceText:
    """Read a ``.pdf``: its text page by page.

    :raise EncryptedPdf: it needs a password to open.
    :raise NoTextLayer: it holds images of pages, no text.
    :raise CorruptDocument: its structure is broken.
    """
    from pypdf import PdfReader  # imported here so that reading text files never pays for it

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # Many official PDFs are encrypted only to restrict printing, with an empty user password.
                if not reader.decrypt(""):
                    raise EncryptedPdf()
            except EncryptedPdf:
                raise
            except Exception:  # an unknown or unsupported encryption: refuse as encrypted, not as broken
                raise EncryptedPdf() from None
        pages = [_page_text(page, reader) for page in reader.pages]
        tables = _task_tables(reader.pages, pages)
    except (EncryptedPdf, NoTextLayer):
        raise
    except Exception:  # pypdf raises many kinds on a damaged file (PdfReadError, KeyError, ValueError…)
        raise CorruptDocument(*_BROKEN) from None
    pages, code = texts_in_unicode(pages)  # a text layer in the TCVN3 or VNI fonts' codes is text all the same
    pages, read = _with_ocr(data, pages)
    if sum(ch.isalpha() for text in pages for ch in text) < MIN_LETTERS:
        raise NoTextLayer()
    lines: list[Line] = []
    row_open = False  # the page before gave its table's rows: a row it ended on may go on here
    for text, table in zip(pages, tables, strict=True):
        if table and not needs_ocr(text):
            if row_open:
                _end_row(lines, table.tail)
            lines += table.lines
        else:
            lines += plain_lines(text)
        row_open = bool(table) and not needs_ocr(text)
        lines.append(Line("", "blank"))
    return SourceText(lines, "pdf", code, ocr=read)


def _page_text(page, reader) -> str:
    """The page's text in reading order, with the number and day its signature widgets stamp into the blanks."""
    stamps = widget_stamps(page, reader) if page.get("/Annots") else []
    text, fragments = page_fragments(page)
    return reading_order(text, fragments, fill_blanks(text, fragments, stamps))


_LETTERS = set(string.ascii_lowercase) | {letter.lower() for letter in VIETNAMESE_LETTERS}


def needs_ocr(text: str) -> bool:
    """Whether a page's text layer is no text: none or a stamp only, a broken font (``chç tr°¡ng``), or an
    OCR layer that lost the diacritics (``Tinh lamdong``) — Vietnamese is never written without them."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if sum(len(w) for w in words) < MIN_LETTERS:
        return True
    foreign = sum(any(ch.isalpha() and ch.lower() not in _LETTERS for ch in w) for w in words)
    bare = sum(w.isascii() for w in words)
    # A Vietnamese page has a mark on three words in four (at most a quarter bare on the real PDFs of
    # bench/real-directives*); an OCR layer that kept a few ("ngày", "Chü tjch Uy ban nhn dan") is three
    # quarters bare.
    return foreign > 0.1 * len(words) or (len(words) >= 30 and bare > 0.5 * len(words))


def pages_for_ocr(data: bytes) -> int:
    """How many pages of a PDF have no real text layer: what reading it will ask of OCR (0 if it cannot
    be opened; reading it says why)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return 0
        return sum(needs_ocr(text) for text in texts_in_unicode([_page_text(page, reader) for page in reader.pages])[0])
    except Exception:  # damaged or encrypted: read_pdf refuses it with the reason
        return 0


def _with_ocr(data: bytes, pages: list[str]) -> tuple[list[str], list[OcrPage]]:
    """The pages, those without a real text layer read by OCR when tesseract is installed; and what OCR read."""
    wanting = [i + 1 for i, text in enumerate(pages) if needs_ocr(text)]
    if not wanting or not ocr_available():
        return pages, []
    read = ocr_pdf_pages(data, wanting)
    out = [read[i + 1].text if i + 1 in read and read[i + 1].text.strip() else text for i, text in enumerate(pages)]
    if sum(ch.isalpha() for text in out for ch in text) < MIN_LETTERS:
        raise NoTextFound()
    return out, [read[n] for n in wanting if read[n].words or read[n].corrected]


# --- a plan's table of tasks -------------------------------------------------------------------------------
# A page's text interleaves a table's cells ("1 Rà soát quy hoạch … Sở Xây dựng - Các sở, ban ngành … Năm 2025 2
# Thực hiện …"); laid out as printed, each column keeps its place on the line, so its rows can be put together.

# Whether a page may hold one, on its plain text folded and without spaces (some PDFs space a word's letters out:
# "nhi ệ m v ụ"): "chủ trì" near "phối hợp" or a time, or after "nhiệm vụ" / "nội dung".
_TASK_TABLE_HINT = re.compile(r"chutri.{0,150}(?:phoihop|thoigian)|(?:nhiemvu|noidung).{0,150}chutri")
_CELL_LINE = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell's words on a line: apart by at most two spaces
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|[IVX]{1,5}")
_PAGE_NUMBER = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?", re.I)
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}")
_TABLE_END = re.compile(r"^(?:Nơi nhận|NƠI NHẬN|T/M|TM\.|KT\.|TL\.)")


def _folded(text: str) -> str:
    """``text`` without marks, in small letters: the reader sits below :mod:`indexer.text`, whose ``fold`` (with
    one tone placement) it may not import; matching a few header words needs no more."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _column_of(label: str) -> str | None:
    folded = _folded(label)
    return next((name for name, pattern in TASK_TABLE_COLUMNS if pattern.search(folded)), None)


@dataclass
class _Layout:
    """A table of tasks as a page lays it out: its header's cells, its number and task columns, and whether the
    task cell of its last row ended a sentence. A table that runs to the page's foot goes on over the next page,
    where the header is often not printed again."""

    header: list[tuple[int, int, str]]
    number: int
    task: int
    ended: bool = True


@dataclass
class _PageTable:
    """A page's lines with its table's rows, and the cells of a row the page before began (its ``tail``)."""

    lines: list[Line]
    tail: list[str] | None = None


def _task_tables(pages, texts: list[str]) -> list[_PageTable | None]:
    """Each page's table of tasks (:func:`_task_table`), a table the page before left open read on with its
    columns."""
    tables, layout = [], None
    for page, text in zip(pages, texts, strict=True):
        table = None
        if layout or _TASK_TABLE_HINT.search(re.sub(r"\s+", "", _folded(text))):
            table, layout = _task_table(page, layout)
        tables.append(table)
    return tables


def _task_table(page, carried: _Layout | None = None) -> tuple[_PageTable | None, _Layout | None]:
    """The page's lines with its table of tasks as rows (:func:`~indexer.reading.source_text.data_rows`), read
    from the page laid out as printed, and the table's layout when it runs on to the next page; None when no
    header names a task column, who does it and a number column ("TT", "STT") that tells the rows apart, and no
    table of the page before goes on at its top."""
    try:
        laid_out = page.extract_text(extraction_mode="layout").splitlines()
    except Exception:  # pypdf's layout mode fails on some fonts: the plain text is kept
        return None, None
    found = _table_header(laid_out)
    if found:
        h, first, layout = found
    elif carried:
        h = first = _page_top(laid_out)
        layout = carried
    else:
        return None, None
    end = _table_end(laid_out, first, layout.header, layout.task)
    tail, rows = _table_rows(laid_out[first:end], layout, continued=not found)
    labels = [[label for _, _, label in layout.header]] if found else []
    table = data_rows([*labels, *rows]) if rows else None
    if not table:
        return None, None  # no row could be told apart: the page's plain text, whole
    around = [" ".join(text.split()) for text in (*laid_out[:h], "", *laid_out[end:])]
    lines = [*plain_lines("\n".join(around[:h])), *table, *plain_lines("\n".join(around[h:]))]
    going_on = _Layout(layout.header, layout.number, layout.task, _ends(rows[-1][layout.task]))
    return _PageTable(lines, tail), (going_on if end == len(laid_out) else None)


def _table_header(laid_out: list[str]) -> tuple[int, int, _Layout] | None:
    """Where a table of tasks' header is (its line, the first line after it) and the layout it gives."""
    for h, line in enumerate(laid_out):
        header = _number_apart(_cells(line))
        number = next((i for i, (_, _, label) in enumerate(header) if re.fullmatch(r"S?TT|Số TT", label)), None)
        if len(header) < 3 or number is None:
            continue
        header, used = _header_lines(header, laid_out[h + 1 : h + 3])
        header, above = _labels_above(header, laid_out[max(0, h - 2) : h])
        names = [_column_of(label) for _, _, label in header]
        if "task" in names and ("lead" in names or "assigned" in names):
            return h - above, h + 1 + used, _Layout(header, number, names.index("task"))
    return None


def _number_apart(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a header's line, a narrow number column's label apart from the next ("TT  Tên nhiệm vụ")."""
    out = []
    for start, end, text in cells:
        m = re.fullmatch(r"(S?TT|Số TT)\s{2}(\S.*)", text)
        out += [(start, start + len(m[1]), m[1]), (start + m.start(2), end, m[2])] if m else [(start, end, text)]
    return out


def _labels_above(header: list[tuple[int, int, str]], lines: list[str]) -> tuple[list, int]:
    """The header's labels with their words printed on the lines above (a label set at the middle of a cell three
    lines high: "Sở, ngành" / "chủ trì tham" / "mưu"): lines of two short cells or more, each over a label; and how
    many lines that took."""
    labels, above = list(header), 0
    for line in reversed(lines):
        cells = _cells(line)
        over = [next((k for k, (a, b, _) in enumerate(labels) if _overlaps(s, e, a, b)), None) for s, e, _ in cells]
        if len(cells) < 2 or None in over or any(len(text) > 30 for _, _, text in cells):
            break
        for (start, end, text), k in zip(cells, over, strict=True):
            a, b, label = labels[k]
            labels[k] = (min(a, start), max(b, end), f"{text} {label}")
        above += 1
    return labels, above


def _overlaps(start: int, end: int, a: int, b: int) -> bool:
    """Whether the span start..end lies over a..b for half of the shorter of the two at least."""
    return min(end, b) - max(start, a) >= min(end - start, b - a) / 2


def _page_top(laid_out: list[str]) -> int:
    """The first line under the page's running head: blank lines and a page number ("5", "- 5 -") skipped."""
    return next(
        (i for i, line in enumerate(laid_out) if line.strip() and not _PAGE_NUMBER.fullmatch(line.strip())),
        len(laid_out),
    )


def _end_row(lines: list[Line], tail: list[str] | None) -> None:
    """The cells a page begins with added to the row the page before left open."""
    row = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kind == "row"), None)
    if not tail or row is None:
        return
    cells = lines[row].text.split(CELL_SEPARATOR)
    if len(cells) == len(tail):
        joined = [" ".join(filter(None, (a, b))) for a, b in zip(cells, tail, strict=True)]
        lines[row] = Line(CELL_SEPARATOR.join(joined), "row")


def _table_end(laid_out: list[str], first: int, header: list[tuple[int, int, str]], task: int) -> int:
    """The line the table ends before: the closing ("Nơi nhận", "TM. …"), or a line of text running across the
    columns ("Trên đây là Kế hoạch …"), which no cell's line does."""
    column_after = header[task + 1][0] if task + 1 < len(header) else None
    for i in range(first, len(laid_out)):
        cells = _cells(laid_out[i])
        if _TABLE_END.match(laid_out[i].strip()):
            return i
        if column_after is not None and any(a <= header[task][0] and b > column_after + 10 for a, b, _ in cells):
            return i
    return len(laid_out)


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CELL_LINE.finditer(line)]


def _header_lines(header: list[tuple[int, int, str]], following: list[str]) -> tuple[list, int]:
    """The header's labels with the words a narrow column wrapped onto the next lines ("Sở, ngành chủ" / "trì
    tham mưu"), each under the label whose centre is nearest; and how many lines that took."""
    labels = list(header)
    used = 0
    for line in following:
        cells = _cells(line)
        if not cells or any(len(text) > 30 or _ROW_NUMBER.fullmatch(text.strip("()")) for _, _, text in cells):
            break
        for start, end, text in cells:
            k = min(range(len(labels)), key=lambda k: abs((start + end) / 2 - (labels[k][0] + labels[k][1]) / 2))
            a, b, label = labels[k]
            labels[k] = (min(a, start), max(b, end), f"{label} {text}")
        used += 1
    return labels, used


def _table_rows(lines: list[str], layout: _Layout, continued: bool = False) -> tuple[list[str] | None, list[list[str]]]:
    """The rows of a table laid out as printed: each line's cells put in their columns (:func:`_lefts`), the lines
    grouped into rows around their numbers (printed in the middle of the row's height): a row begins at the
    first line between two numbers whose task starts a sentence after one ended. On a page that goes on with the
    table of the page before, the lines above its first row end that page's last row: they are given apart."""
    header, number, task = layout.header, layout.number, layout.task
    pieces = [[(start, text) for start, _, text in _cells(line)] for line in lines]
    # not the line that numbers the columns: "(1)  (2)  (3)  (4)"
    pieces = [line for line in pieces if not (len(line) >= 3 and all(_COLUMN_NUMBER.fullmatch(t) for _, t in line))]
    lefts = _lefts(pieces, header)
    by_line = []
    for line in pieces:
        cells = [""] * len(header)
        for start, text in line:
            k = max((k for k, left in enumerate(lefts) if left <= start + 2), default=0)
            cells[k] = f"{cells[k]} {text}".strip()
        by_line.append(cells)
    numbered = [i for i, cells in enumerate(by_line) if _ROW_NUMBER.fullmatch(cells[number])]
    if not numbered:
        return None, []
    starts = [_row_start(by_line, -1, numbered[0], task, layout.ended) if continued else 0]
    for before, after in zip(numbered, numbered[1:], strict=False):
        starts.append(_row_start(by_line, before, after, task))
    starts.append(len(by_line))

    def joined(a: int, b: int) -> list[str]:
        return [" ".join(filter(None, (cells[k] for cells in by_line[a:b]))) for k in range(len(header))]

    rows = [joined(a, b) for a, b in zip(starts, starts[1:], strict=False)]
    return (joined(0, starts[0]) if starts[0] else None), rows


def _row_start(by_line: list[list[str]], before: int, after: int, task: int, ended: bool = True) -> int:
    """The line a row begins at, between the number of the row before (or the page's top, -1) and its own."""
    opening = [i for i in range(before + 1, after + 1) if by_line[i][task][:1].isupper()]
    ended_at = [i for i in opening if _ended(by_line[before + 1 : i] if before < 0 else by_line[:i], task, ended)]
    return (ended_at or opening or [after])[0]


def _lefts(pieces: list[list[tuple[int, str]]], header: list[tuple[int, int, str]]) -> list[int]:
    """Where each column begins: at its label, or further left where its cells' lines begin (a label is centred
    over its column, the text of a cell starts at its left edge).  Lines of eight letters and more tell, each
    placed under the label whose centre is nearest to its own."""
    centres = [(start + end) / 2 for start, end, _ in header]
    lefts = [start for start, _, _ in header]
    for line in pieces:
        for start, text in line:
            if len(text) >= 8:
                k = min(range(len(centres)), key=lambda k: abs(start + len(text) / 2 - centres[k]))
                lefts[k] = min(lefts[k], start)
    for k in range(1, len(lefts)):  # a column begins right of the one before
        lefts[k] = max(lefts[k], lefts[k - 1] + 1)
    return lefts


def _ended(above: list[list[str]], task: int, ended: bool = True) -> bool:
    """Whether the task's text on the lines ``above`` ends a sentence (``ended`` when they hold none)."""
    before = next((cells[task] for cells in reversed(above) if cells[task]), "")
    return _ends(before) if before else ended


def _ends(text: str) -> bool:
    return not text or text.rstrip()[-1:] in '.;:!?”"'
