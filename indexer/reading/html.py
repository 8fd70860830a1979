"""Reader for web pages and Word's "Save as HTML" (``.html``, ``.htm``).

Block elements become lines, headings keep their level, and list numbering
that the browser would draw (``<ol>`` counters, ``<ul>`` bullets) is written
out as text, because in directives it is numbering that citations refer to.
Scripts, styles and the page's navigation, header and footer are not the
document; :mod:`indexer.text.normalize` removes the web chrome that is left.

>>> [l.text for l in read_html("<h2>I. MỤC ĐÍCH</h2><ol><li>Quán triệt</li><li>Tổ chức</li></ol>".encode()).lines
...  if l.kind != "blank"]
['I. MỤC ĐÍCH', '1. Quán triệt', '2. Tổ chức']
"""

from __future__ import annotations

import html.parser
import re

from indexer.reading.encoding import decode
from indexer.reading.source_text import Line, SourceText, data_rows

_SKIP = {
    "script",
    "style",
    "head",
    "title",
    "template",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "canvas",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "address",
    "center",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "ul",
    "ol",
    "body",
    "html",
    "pre",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def roman(n: int) -> str:
    """``roman(14) == 'XIV'``: the numerals of section headings.

    Outside 1–3999 there is no Roman numeral: the decimal number, as browsers draw it
    (and ``<ol type=I start=999999999999>`` does not spell out a billion M's).
    """
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += letters
            n -= value
    return out


def whole_number(text: str | None, default: int) -> int:
    """A counter value written in a file (``start``, ``value``, ``w:val``), or ``default`` if it is none.

    Only ASCII digits, at most nine: ``"²".isdigit()`` is true but ``int("²")`` fails, and a
    counter of thousands of digits is no list a person wrote.

    >>> whole_number(" 3 ", 1), whole_number("²", 1), whole_number("9" * 5000, 1)
    (3, 1, 1)
    """
    text = (text or "").strip()
    return int(text) if 0 < len(text) <= 9 and text.isascii() and text.isdigit() else default


def _ol_marker(kind: str, n: int) -> str:
    """The text a browser draws for item ``n`` of an ``<ol type=kind>``, as directives write it."""
    if kind == "a":
        return f"{'abcdefghiklmnopqrstuvxy'[(n - 1) % 23]})"
    if kind == "A":
        return f"{'ABCDEFGHIKLMNOPQRSTUVXY'[(n - 1) % 23]}."
    if kind in ("i", "I"):
        return f"{roman(n) if kind == 'I' else roman(n).lower()}."
    return f"{n}."


_MAX_SPAN = 1000  # a rowspan or colspan beyond any real table's (a page may say "rowspan=999999")


class _Table:
    """A table being read: where its lines start, its rows so far, the row and the cell open."""

    def __init__(self, start: int):
        self.start = start
        self.rows: list[list[str]] = []
        self.row: list[str] | None = None
        self.cell: int | None = None
        self.nested = False
        self.column = 0  # the grid column the next cell starts at
        self.spans = (1, 1)  # the open cell's rowspan and colspan
        self.carried: dict[int, list] = {}  # column -> [rows left, text, width] of a cell spanning rows down
        self.taken: set[int] = set()  # the columns the row has had a carried cell for

    def start_row(self) -> None:
        self.row, self.column, self.taken = [], 0, set()

    def add_cell(self, text: str) -> None:
        """The cell to the row, after the cells of rows above that span down to this one (``rowspan``): a lead
        agency merged over three tasks of a plan's table is each task's."""
        while self.column in self.carried and self.column not in self.taken:
            self._take(self.column)
        rowspan, colspan = self.spans
        if rowspan > 1:
            self.carried[self.column] = [rowspan, text, colspan]
            self.taken.add(self.column)
        self.row.append(text)
        self.column += colspan

    def end_row(self) -> None:
        for column in sorted(set(self.carried) - self.taken):
            self._take(column, add=column >= self.column)  # one a malformed row overran is skipped, and ends
        self.rows.append(self.row)
        self.row = None

    def _take(self, column: int, add: bool = True) -> None:
        left, text, width = self.carried[column]
        self.taken.add(column)
        if add:
            self.row.append(text)
            self.column = column + width
        if left > 2:
            self.carried[column][0] = left - 1
        else:
            del self.carried[column]


class HtmlLines(html.parser.HTMLParser):
    """An HTML text as lines: blocks, table cells and ``<br>`` each end one."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._skipping: list[str] = []
        self._lists: list[list] = []  # [tag, type, next number]
        self._heading = 0
        self._pre = 0
        self._tables: list[_Table] = []
        self.page_title: list[str] = []  # the <title>: the page's text when its body has none
        self._in_title = False
        self.addresses: dict[str, str] = {}  # the page's own address, by where it is said: see :func:`page_address`

    def _flush(self, blank: bool = True) -> None:
        raw = "".join(self._buffer)
        self._buffer = []
        texts = raw.split("\n") if self._pre else [" ".join(raw.split())]
        for text in texts:
            if text.strip():
                kind = "heading" if self._heading else "text"
                self.lines.append(Line(text.rstrip() if self._pre else text, kind, self._heading))
        if blank and self.lines and self.lines[-1].kind != "blank":
            self.lines.append(Line("", "blank"))

    def handle_starttag(self, tag, attrs):
        self._in_title = self._in_title or tag == "title"
        if tag in ("link", "meta", "base"):
            self._note_address(tag, dict(attrs))
        if self._skipping:
            if tag == self._skipping[-1] and tag not in _VOID:
                self._skipping.append(tag)
            return
        if tag in _SKIP:
            self._skipping.append(tag)
            return
        attrs = dict(attrs)
        if tag == "br":
            self._flush(blank=False)
        elif tag == "hr":
            self._flush()
            self.lines.append(Line("---", "rule"))
        elif tag in _HEADINGS:
            self._flush()
            self._heading = _HEADINGS[tag]
        elif tag in ("ol", "ul"):
            self._flush()
            self._lists.append([tag, attrs.get("type") or "1", whole_number(attrs.get("start"), 1)])
        elif tag == "li":
            self._flush()
            if self._lists:
                current = self._lists[-1]
                current[2] = whole_number(attrs.get("value"), current[2])
                marker = _ol_marker(current[1], current[2]) if current[0] == "ol" else "-"
                current[2] += 1
                self._buffer.append(marker + " ")
        elif tag in ("td", "th", "tr") or tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self._pre += 1
            self._table_starts(tag, attrs)

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag in _HEADINGS:
            self._flush()
            self._heading = 0
        elif tag in ("ol", "ul"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag in ("li", "td", "th", "tr") or tag in _BLOCK:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1
            self._table_ends(tag)

    def _table_starts(self, tag: str, attrs: dict) -> None:
        if tag == "table":
            if self._tables:
                self._tables[-1].nested = True
            self._tables.append(_Table(len(self.lines)))
        elif self._tables and tag == "tr":
            self._tables[-1].start_row()
        elif self._tables and tag in ("td", "th"):
            self._tables[-1].cell = len(self.lines)
            spans = (whole_number(attrs.get("rowspan"), 1), whole_number(attrs.get("colspan"), 1))
            self._tables[-1].spans = tuple(min(span, _MAX_SPAN) for span in spans)

    def _table_ends(self, tag: str) -> None:
        """A data table's rows as lines of their own (:func:`data_rows`) once it closes; other tables (a page's
        layout, a header's columns, one that holds another) cell by cell."""
        table = self._tables[-1] if self._tables else None
        if table is None:
            return
        if tag in ("td", "th") and table.cell is not None and table.row is not None:
            table.add_cell(" ".join(line.text for line in self.lines[table.cell :] if line.kind != "blank"))
            table.cell = None
        elif tag == "tr" and table.row is not None:
            table.end_row()
        elif tag == "table":
            self._tables.pop()
            rows = None if table.nested else data_rows(table.rows)
            if rows:
                self.lines[table.start :] = rows

    def _note_address(self, tag: str, attrs: dict) -> None:
        if tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
            self.addresses.setdefault("canonical", attrs.get("href") or "")
        elif tag == "meta" and (attrs.get("property") or attrs.get("name") or "").lower() == "og:url":
            self.addresses.setdefault("og:url", attrs.get("content") or "")
        elif tag == "base":
            self.addresses.setdefault("base", attrs.get("href") or "")

    def handle_comment(self, data):
        saved = _SAVED_FROM.search(data)
        if saved:
            self.addresses.setdefault("saved from", saved.group(1))

    def handle_data(self, data):
        if not self._skipping:
            self._buffer.append(data)
        elif self._in_title:
            self.page_title.append(data)

    def close(self):
        super().close()
        self._flush()


# The mark a browser puts atop a page it saves: "<!-- saved from url=(0066)https://tayninh.gov.vn/vi/news/… -->".
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.I)


def page_address(addresses: dict[str, str]) -> str | None:
    """The address a page was saved from: the browser's mark, else the address the page gives itself (its
    canonical link, its Open Graph address, its base), when it is a web address."""
    for said in ("saved from", "canonical", "og:url", "base"):
        address = addresses.get(said, "").strip()
        if address.lower().startswith(("http://", "https://")):
            return address
    return None


def read_html(data: bytes) -> SourceText:
    """Read an ``.html`` file: the text of its blocks, headings as headings, list numbers as text; a page
    whose body holds no text (a copy cut short inside its head) is its ``<title>``, the post's headline.

    >>> [l.text for l in read_html(b"<html><head><title>Ngh\\xe1\\xbb\\x87 An ban h\\xc3\\xa0nh</title>").lines]
    ['Nghệ An ban hành']
    """
    text, encoding = decode(data)
    parser = HtmlLines()
    parser.feed(text)
    parser.close()
    lines = parser.lines
    title = " ".join("".join(parser.page_title).split())
    if title and not any(line.text.strip() for line in lines):
        lines = [Line(title, "heading", 1)]
    return SourceText(lines, "html", encoding, address=page_address(parser.addresses))
