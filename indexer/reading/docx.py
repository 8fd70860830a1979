"""Reader for Word documents (``.docx``), with python-docx.

A ``.docx`` is a zip: before python-docx opens it, its table of contents is
checked, so that a zip bomb (a few kilobytes that unpack to gigabytes) is
refused without unpacking anything, and a file that is not a Word document
says so.  Then the body is read in order: paragraphs (headings with their
level, line breaks kept), tables cell by cell (the two-column header of a
directive: issuer | national motto, number | place and date), and Word's
automatic list numbering written out as text (``1.``, ``a)``, ``-``), since
python-docx leaves it out of ``paragraph.text`` and citations refer to it.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from indexer.errors import CorruptDocument, ZipBomb
from indexer.reading.html import roman, whole_number
from indexer.reading.legacy_fonts import CAPITALS, font_code, from_legacy_code
from indexer.reading.source_text import Line, SourceText, data_rows

# A Word document's XML compresses about 10:1 and its images not at all; these leave ample room.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 10_000

_NOT_WORD = (
    "Tệp .docx bị hỏng hoặc không phải tài liệu Word (không mở được như một tệp nén ZIP của Word); "
    "hãy mở bằng Word/LibreOffice và lưu lại dạng .docx.",
    "the .docx file is damaged or not a Word document",
)


def check_zip(data: bytes) -> None:
    """Refuse a zip that is broken, not a Word document, or unpacks to far more than it weighs.

    :raise CorruptDocument: not a zip, or no ``word/document.xml`` inside.
    :raise ZipBomb: too many entries, too large unpacked, or compressed too well.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise CorruptDocument(*_NOT_WORD) from None
    unpacked = sum(e.file_size for e in entries)
    packed = sum(e.compress_size for e in entries) or 1
    if (
        len(entries) > MAX_ENTRIES
        or unpacked > MAX_UNPACKED
        or (unpacked > 1024 * 1024 and unpacked / packed > MAX_RATIO)
    ):
        raise ZipBomb(unpacked, MAX_UNPACKED)
    if "word/document.xml" not in {e.filename for e in entries}:
        raise CorruptDocument(*_NOT_WORD)


_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _xpath(element, path: str):
    # lxml's own xpath, with the namespace given: python-docx's supplies it only on the elements it models.
    from lxml import etree

    return etree._Element.xpath(element, path, namespaces=_NS)


# --- automatic numbering ------------------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _format(number: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _LETTERS[(number - 1) % 26]
    if fmt == "upperLetter":
        return _LETTERS[(number - 1) % 26].upper()
    if fmt == "lowerRoman":
        return roman(number).lower()
    if fmt == "upperRoman":
        return roman(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class Numbering:
    """Word's list counters, so that each numbered paragraph gets the label Word draws."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # abstractNumId -> ilvl -> (start, fmt, text)
        self.abstract_of: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in _xpath(root, "./w:abstractNum"):
            levels = {}
            for lvl in _xpath(abstract, "./w:lvl"):
                levels[whole_number(_xpath(lvl, "string(@w:ilvl)"), 0)] = (
                    whole_number(_xpath(lvl, "string(./w:start/@w:val)"), 1),
                    _xpath(lvl, "string(./w:numFmt/@w:val)") or "decimal",
                    _xpath(lvl, "string(./w:lvlText/@w:val)"),
                )
            self.levels[_xpath(abstract, "string(@w:abstractNumId)")] = levels
        for num in _xpath(root, "./w:num"):
            num_id = _xpath(num, "string(@w:numId)")
            self.abstract_of[num_id] = _xpath(num, "string(./w:abstractNumId/@w:val)")
            for override in _xpath(num, "./w:lvlOverride"):
                start = whole_number(_xpath(override, "string(./w:startOverride/@w:val)"), -1)
                if start >= 0:
                    self.overrides.setdefault(num_id, {})[whole_number(_xpath(override, "string(@w:ilvl)"), 0)] = start

    def label(self, num_id: str, ilvl: int) -> str | None:
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "")
        if not levels or ilvl not in levels or num_id == "0":
            return None
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:  # a restart (startOverride) applies when a list instance begins
            self.started.add(num_id)
            for level, start in self.overrides.get(num_id, {}).items():
                counters[level] = start - 1
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return text if text in ("-", "+", "*", "•", "–") else "-"
        if fmt == "none":
            return None

        def fill(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            level_start, level_fmt, _ = levels.get(level, (1, "decimal", ""))
            return _format(counters.get(level, level_start), level_fmt)

        return re.sub(r"%([1-9])", fill, text).strip() or None


def _numbering_of(paragraph) -> tuple[str, int] | None:
    """The (numId, level) of a paragraph, from its own properties or its style's."""
    element = paragraph._p
    num_id = _xpath(element, "string(./w:pPr/w:numPr/w:numId/@w:val)")
    ilvl = _xpath(element, "string(./w:pPr/w:numPr/w:ilvl/@w:val)")
    style = _style_of(paragraph)
    while not num_id and style is not None:
        num_id = _xpath(style.element, "string(./w:pPr/w:numPr/w:numId/@w:val)")
        ilvl = ilvl or _xpath(style.element, "string(./w:pPr/w:numPr/w:ilvl/@w:val)")
        style = _base_of(style)
    return (num_id, whole_number(ilvl, 0)) if num_id else None


# What python-docx raises on a damaged styles part: a missing attribute or key, a bad value, and a style id
# that breaks the XPath it looks styles up with (a double quote in it).
_DAMAGED_STYLES = (AttributeError, KeyError, ValueError, etree.XPathError)
_HEADING_STYLE = re.compile(r"^(?:Heading|Title)\s*(\d)?$", re.I)


def _style_of(paragraph):
    """A paragraph's style, or None when the file's styles part is damaged: styles only add numbering and
    heading levels, and the text reads without them."""
    try:
        return paragraph.style
    except _DAMAGED_STYLES:  # python-docx reads the styles part lazily, here
        return None


def _base_of(style):
    """The style ``style`` is based on, or None (as :func:`_style_of`)."""
    try:
        return style.base_style
    except _DAMAGED_STYLES:
        return None


def _heading_level(paragraph) -> int:
    style = _style_of(paragraph)
    while style is not None:
        m = _HEADING_STYLE.match(style.name or "")
        if m:
            return int(m.group(1) or 1)
        style = _base_of(style)
    return 0


# --- the body ----------------------------------------------------------------------------------------------------


def _font_of_style(paragraph) -> str | None:
    """The font a paragraph's style (or a style it is based on) types its runs in."""
    style = _style_of(paragraph)
    while style is not None:
        try:
            if style.font.name:
                return style.font.name
        except _DAMAGED_STYLES:
            return None
        style = _base_of(style)
    return None


def _text_of(paragraph) -> str:
    """A paragraph's text, its runs typed in a legacy Vietnamese font spelt in Unicode by that font's code, a
    capital face's in capitals as it draws them (:func:`~indexer.reading.legacy_fonts.font_code`)."""
    style_font = _font_of_style(paragraph)
    if not font_code(style_font) and not any(font_code(run.font.name) for run in paragraph.runs):
        return paragraph.text
    parts = []
    for item in paragraph.iter_inner_content():
        for run in getattr(item, "runs", None) or [item]:
            code = font_code(run.font.name or style_font)
            if code is None:
                parts.append(run.text)
                continue
            text = from_legacy_code(run.text, code.removesuffix(CAPITALS))
            parts.append(text.upper() if code.endswith(CAPITALS) else text)
    return "".join(parts)


def _paragraph_lines(paragraph, numbering: Numbering) -> list[Line]:
    text = _text_of(paragraph).replace("\t", " ")
    numbered = _numbering_of(paragraph)
    if numbered and text.strip():
        label = numbering.label(*numbered)
        if label:
            text = f"{label} {text.lstrip()}"
    level = _heading_level(paragraph)
    parts = [part for part in text.split("\n") if part.strip()]
    return [Line(part.strip(), "heading" if level else "text", level) for part in parts]


def _table_lines(table, numbering: Numbering) -> list[Line]:
    """A data table row by row (:func:`~indexer.reading.source_text.data_rows`); any other (a header's or a
    closing's columns) cell by cell, each cell's paragraphs as lines."""
    rows = [[_cell_text(cell, numbering) for cell in _row_cells(row)] for row in table.rows]
    return data_rows(rows) or _cell_lines(table, numbering)


def _row_cells(row) -> list:
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:  # a merged cell appears once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _cell_text(cell, numbering: Numbering) -> str:
    parts = []
    for block in cell.iter_inner_content():
        lines = _table_lines(block, numbering) if hasattr(block, "rows") else _paragraph_lines(block, numbering)
        parts += [line.text for line in lines if line.text]
    return " ".join(parts)


def _cell_lines(table, numbering: Numbering) -> list[Line]:
    lines: list[Line] = []
    for row in table.rows:
        for cell in _row_cells(row):
            for block in cell.iter_inner_content():
                if hasattr(block, "rows"):
                    lines += _table_lines(block, numbering)
                else:
                    lines += _paragraph_lines(block, numbering)
            lines.append(Line("", "blank"))
    return lines


def read_docx(data: bytes) -> SourceText:
    """Read a ``.docx``: paragraphs separated by blank lines, headings, tables, list numbers as text."""
    check_zip(data)
    import docx  # python-docx: imported here so that reading text files never pays for it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds (KeyError, XMLSyntaxError, ValueError) on broken parts
        raise CorruptDocument(*_NOT_WORD) from None
    numbering = Numbering(document)
    lines: list[Line] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines += _table_lines(block, numbering)
        else:
            lines += _paragraph_lines(block, numbering)
            lines.append(Line("", "blank"))
    return SourceText(lines, "docx", _legacy_font_code(document))


def _legacy_font_code(document) -> str | None:
    """The legacy code the body's runs were typed in (:func:`_text_of` spelt them in Unicode), if any."""
    for fonts in document.element.body.iter(f"{{{_NS['w']}}}rFonts"):
        code = font_code(fonts.get(f"{{{_NS['w']}}}ascii"))
        if code:
            return code.removesuffix(CAPITALS)
    return None
