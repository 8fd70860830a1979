"""Reader for plain text and Markdown (``.txt``, ``.md``): lines, headings, rules.

List markers (``-``, ``1.``, ``a)``) stay in the text: in directives they are numbering that citations
refer to, not decoration.  Markdown is read block by block: Python-Markdown resolves the inline markup
(emphasis, escapes such as ``\\*``, links, entities), while list markers are
escaped first so that they survive as text.  Markdown's own list model would
merge ``1. Mục đích`` and the ``- …`` bullets under it into one numbered list.
"""

from __future__ import annotations

import html.parser
import re

import markdown as markdown_lib

from indexer.reading.encoding import decode
from indexer.reading.html import HtmlLines
from indexer.reading.source_text import LAYOUT_MARKS, Line, SourceText, data_rows, plain_lines

_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_BULLET_MARKER = re.compile(r"^([-+*])(?=\s)")
_NUMBER_MARKER = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_BLOCKQUOTE = re.compile(r"^\s*>\s?")
# A converter's metadata before the document (YAML front matter: "---", "title: …", "original_format: pdf",
# "---"): the converter's words, not the document's.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n"
    r"(?:[A-Za-z_][A-Za-z0-9_-]*[ \t]*:.*\r?\n|[ \t]+.*\r?\n|[ \t]*\r?\n){1,60}?"
    r"---[ \t]*\r?\n"
)
# Signals that a .txt file is really Markdown (several seeds are).
_MD_SIGNALS = [
    re.compile(r"^\s{0,3}#{1,6}\s+\S", re.M),
    re.compile(r"\*\*[^*\n]+(?:\n[^*\n]+)*\*\*"),
    re.compile(r"\\[*_#\-\[\]`]"),
    re.compile(r"(?<![\w*])\*[^*\s][^*\n]*[^*\s]\*(?![\w*])"),
]


def looks_like_markdown(text: str) -> bool:
    """True when plain text carries Markdown markup (headings, bold, escapes).

    >>> looks_like_markdown("## KẾ HOẠCH\\n\\n**1. Mục đích:** …"), looks_like_markdown("1. Mục đích")
    (True, False)
    """
    return sum(1 for signal in _MD_SIGNALS if signal.search(text)) >= 1


class _TextOfHtml(html.parser.HTMLParser):
    """Text content of a small HTML fragment, keeping line breaks."""

    _SKIP = {"script", "style", "head", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre"}:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)

    def text(self) -> str:
        return "".join(self.parts)


def _inline_markdown(block: str) -> str:
    """Resolve Markdown inline markup in ``block``; the list markers stay as text."""
    escaped = "\n".join(
        _NUMBER_MARKER.sub(r"\1\\\2", _BULLET_MARKER.sub(r"\\\1", line.strip())) for line in block.split("\n")
    )
    rendered = markdown_lib.markdown(escaped)
    parser = _TextOfHtml()
    parser.feed(rendered)
    parser.close()
    return parser.text().strip("\n")


_HARD_BREAK = re.compile(r"(?<!\\)\\(?=\s{2,}|\s*$)")


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def _table_cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _layout_tables(text: str) -> str:
    """A two-column table that lays out a header or a closing (``| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA …** |``),
    read column by column: the issuer and the number, then the heading and the place and date (a date
    broken over two rows is then on two lines that follow each other).  Data tables are left as they are."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_ROW.match(lines[j]):
            j += 1
        rows = [_table_cells(row) for row in lines[i:j]]
        rows = [row for row in rows if not all(_SEPARATOR_CELL.match(c) for c in row if c) or not any(row)]
        if j > i and all(len(row) == 2 for row in rows) and any(LAYOUT_MARKS.search(c) for row in rows for c in row):
            for column in (0, 1):
                out += [part for row in rows for part in re.split(r"<br\s*/?>", row[column]) if part.strip()]
                out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)


def _html_tables(text: str) -> str:
    """HTML tables inside Markdown (as PDF-to-Markdown converters write a header's two columns): each cell's
    lines on lines of their own, as the HTML reader reads them, instead of one run-together line."""

    def lines_of(m: re.Match) -> str:
        parser = HtmlLines()
        parser.feed(m.group(0))
        parser.close()
        texts = [f"| {line.text} |" if line.kind == "row" else line.text for line in parser.lines]
        return "\n\n" + "\n".join(texts) + "\n\n"

    return _HTML_TABLE.sub(lines_of, text)


def _data_table(raw: list[str]) -> list[Line] | None:
    """A block of Markdown table rows that holds data: its rows, markup resolved (see :func:`data_rows`)."""
    if not all(_TABLE_ROW.match(line) for line in raw):
        return None
    rows = [_table_cells(line) for line in raw]
    rows = [row for row in rows if not all(_SEPARATOR_CELL.match(c) or not c for c in row)]
    return data_rows([[_cell_text(c) for c in row] for row in rows])


def _cell_text(cell: str) -> str:
    cell = re.sub(r"<br\s*/?>", " ", cell)
    return _inline_markdown(cell).replace("\n", " ") if re.search(r"[*_`\\\[<&]", cell) else cell


def _markdown_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    block: list[str] = []
    text = _layout_tables(_html_tables(text))

    def flush():
        if not block:
            return
        # A backslash closing a line (or a cell of pandoc's plain tables) is a hard line break, not text.
        raw = [_HARD_BREAK.sub("", _BLOCKQUOTE.sub("", line)) for line in block]
        block.clear()
        rows = _data_table(raw)
        if rows:
            lines.extend(rows)
            return
        if len(raw) == 1 and _RULE.match(raw[0]):
            lines.append(Line(raw[0].strip(), "rule"))
            return
        heading_level = 0
        if len(raw) >= 2 and _SETEXT_UNDERLINE.match(raw[-1]) and raw[-2].strip():
            heading_level = 1 if raw[-1].strip()[0] == "=" else 2
            raw = raw[:-1]
        start = len(lines)
        for line in raw:
            atx = _ATX_HEADING.match(line)
            if atx:
                content = _inline_markdown(atx.group(2))
                lines.append(Line(content, "heading", len(atx.group(1))))
            else:
                lines.append(Line(line))
        # Inline markup may span lines (**T/M BAN THƯỜNG VỤ\nBÍ THƯ**), so the
        # consecutive plain lines of the block are resolved together.
        i = start
        while i < len(lines):
            if lines[i].kind != "text":
                i += 1
                continue
            j = i
            while j < len(lines) and lines[j].kind == "text":
                j += 1
            resolved = _inline_markdown("\n".join(line.text for line in lines[i:j])).split("\n")
            kind = "heading" if heading_level else "text"
            lines[i:j] = [Line(t, kind if t.strip() else "blank", heading_level) for t in resolved]
            i += len(resolved)
        lines.append(Line("", "blank"))

    for raw in text.splitlines():
        if raw.strip():
            block.append(raw)
        else:
            flush()
    flush()
    return lines


def read_text(data: bytes) -> SourceText:
    """Read a ``.txt`` file; Markdown markup inside it is resolved as for ``.md``."""
    text, encoding = decode(data)
    text = without_front_matter(unescaped_breaks(text))
    if looks_like_markdown(text):
        return SourceText(_markdown_lines(text), "txt", encoding)
    return SourceText(plain_lines(text), "txt", encoding)


def read_markdown(data: bytes) -> SourceText:
    """Read a ``.md`` file: headings kept as headings, lists as text, markup removed."""
    text, encoding = decode(data)
    return SourceText(_markdown_lines(without_front_matter(unescaped_breaks(text))), "md", encoding)


# A crawl that saved a page's text with its line breaks escaped, as a JSON string writes them: "Số: 54/KH-UBND
# \r\n | \r\n Lạng Sơn, ngày …".
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")


def unescaped_breaks(text: str) -> str:
    r"""The text with the line breaks a crawl left escaped (``\r\n`` as four characters) made breaks again,
    when there are several (one could be a path or a quoted formula).

    >>> unescaped_breaks(r"Số: 54/KH-UBND \r\n | \r\n Lạng Sơn\r\nngày 27").splitlines()
    ['Số: 54/KH-UBND ', ' | ', ' Lạng Sơn', 'ngày 27']
    """
    if len(_ESCAPED_BREAK.findall(text)) < 3:
        return text
    return _ESCAPED_BREAK.sub(lambda m: "" if m.group() == "\\r" else "\n", text)


def without_front_matter(text: str) -> str:
    """The text without the metadata block a converter put before it.

    >>> without_front_matter('---\\ntitle: "CV 5619"\\noriginal_format: "pdf"\\n---\\n\\nSỞ Y TẾ\\n')
    '\\nSỞ Y TẾ\\n'
    >>> without_front_matter("---\\n\\nKẾ HOẠCH\\n---\\n")[:4]
    '---\\n'
    """
    return _FRONT_MATTER.sub("", text, count=1)
