"""Anchors from a document's own numbering: ``II-3`` is item 3 of section II, ``II-3-p2`` the second paragraph of
that item, ``dieu-5-2-a`` point a of clause 2 of Article 5; unnumbered paragraphs fall back to ``p<N>``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.document.structure.marks import APPENDIX, ARABIC, ARTICLE, CHAPTER, LETTER, PART, ROMAN, SECTION, TERMINAL
from indexer.document.structure.paragraph import Paragraph
from indexer.document.structure.zones import find_zones
from indexer.text.closing_columns import BULLET
from indexer.text.normalize import Block, is_all_caps
from indexer.text.vietnamese import fold


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
    for block, zone in zip(blocks, find_zones(blocks), strict=True):
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
        patterns = (ARTICLE, CHAPTER, SECTION, PART, APPENDIX, ROMAN, ARABIC, LETTER)
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
            if len(text) < 120 and not TERMINAL.search(text) or block.kind == "heading":
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
