"""The text a reader gives: lines with the layout that matters.

Every reader (:mod:`indexer.reading` and the readers beside it) returns a
:class:`SourceText`; :mod:`indexer.text.normalize` takes it from there.
Kept apart from :mod:`indexer.reading` so that the format readers and the
dispatcher can import it without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Line:
    text: str
    kind: str = "text"  # text | blank | heading | rule | row (a data table's row, its cells joined by CELL_SEPARATOR)
    level: int = 0  # markdown heading level, 1-6


@dataclass
class OcrPage:
    """What OCR read on one page: its text, how sure it was, and the words it was least sure of."""

    number: int  # from 1
    text: str
    confidence: float  # the mean of its words' confidences, 0-1
    words: int
    unsure: list[dict] = field(default_factory=list)  # {"text", "box": [left, top, width, height]} in pixels
    size: tuple[int, int] = (0, 0)  # width and height of the image read, in pixels
    corrected: bool = False  # its text is an archivist's, not OCR's

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "text": self.text,
            "confidence": self.confidence,
            "words": self.words,
            "unsure": self.unsure,
            "size": list(self.size),
            "corrected": self.corrected,
        }

    @classmethod
    def from_dict(cls, data: dict) -> OcrPage:
        return cls(
            int(data["number"]),
            data["text"],
            float(data["confidence"]),
            int(data["words"]),
            list(data.get("unsure") or []),
            tuple(data.get("size") or (0, 0)),
            bool(data.get("corrected")),
        )

    def summary(self) -> dict:
        """What the record keeps of the page: all but the text, which its paragraphs hold."""
        data = self.to_dict()
        del data["text"]
        return data


@dataclass
class SourceText:
    lines: list[Line]
    format: str
    encoding: str | None = None
    ocr: list[OcrPage] = field(default_factory=list)  # the pages read by OCR, if any
    address: str | None = None  # the web address a saved page says it came from


# A line drawn with one character: a separator or a decoration under a heading (of en dashes too: "–––––").
_DECORATION = re.compile(r"^\s*(?:[-\u2013\u2014\u2015]{5,}|_{3,}|={3,}|\*{3,}|~{3,}|\.{5,})\s*$")


def plain_lines(text: str) -> list[Line]:
    """The lines of plain text: blank, a drawn rule, or text."""
    lines = []
    for raw in text.splitlines():
        if not raw.strip():
            lines.append(Line("", "blank"))
        elif _DECORATION.match(raw):
            lines.append(Line(raw.strip(), "rule"))
        else:
            lines.append(Line(raw))
    return lines


# A data table's row, one line whose cells are joined by this: a plan's "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan
# phối hợp | Thời gian thực hiện" keeps each task with its agencies and its time, where cell by cell they would run
# into their neighbours' paragraphs.
CELL_SEPARATOR = " | "
# A table that lays out a document's header or closing, not data: its cells hold these.
LAYOUT_MARKS = re.compile(
    r"CỘNG H(?:OÀ|ÒA) XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập|^\W*Số\s*(?::|\d)|Nơi nhận|NƠI NHẬN|"
    r"^\W*(?:T/M|TM\.|KT\.|TL\.)|,\s*ngày\b"
)


def data_rows(rows: list[list[str]]) -> list[Line] | None:
    """A table's rows as lines of kind ``row``, each followed by a blank line; None when the table is no data
    table: fewer than three columns (a header's or a closing's two columns, a form's label and value), cells
    that lay out a header or a closing, or a cell that holds a page's text (a web page laid out in columns)."""
    cells = [c for row in rows for c in row]
    if max((len(row) for row in rows), default=0) < 3 or any(LAYOUT_MARKS.search(c) or len(c) > 2000 for c in cells):
        return None
    lines: list[Line] = []
    for row in rows:
        cells = [" ".join(cell.replace("|", "/").split()) for cell in row]
        if any(cells):
            lines += [Line(CELL_SEPARATOR.join(cells), "row"), Line("", "blank")]
    return lines
