"""The number and the day that a digital signature stamps into a PDF's blanks.

Documents signed with the Government's signature service (Ban Cơ yếu Chính phủ) are typed with their
number and day left blank (``Số:      /UBND-XD``, ``Lào Cai, ngày      tháng 7 năm 2026``); the
clerk's signing software fills them in as signature *widgets* drawn over the blanks.  Their text is
not in the page's content, so a plain text extraction loses the document's number and signing day.

Here each widget's appearance is read as text and put into the blank it covers: a short run of
digits goes into the nearest blank after ``Số:``, ``ngày`` or ``tháng`` on the same line.  Widgets
elsewhere (the signer's image, a "Ký bởi" box) cover no such blank and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The blanks a signing stamp fills: the number before its code, the day, the month.
# (the number's blank may be no wider than a space when its slash follows: "Số: /BNV-CCHC")
# "Số" as a font may give it, its mark apart ("Sô" + U+0301, "So" + U+0302 U+0301): the text is not yet NFC here.
_NUMBER_WORD = "|".join(f"(?<={w}:)|(?<={w})" for w in ("Số", "Sô\u0301", "So\u0302\u0301"))
_BLANKS = re.compile(rf"(?:{_NUMBER_WORD}|(?<=ngày)|(?<=tháng))(?:[ \t.…_]{{2,}}(?=\S)|[ \t.…_]*(?=/))", re.I)
# What a blank may take: a day is at most 31, a month 12; the number is any figure.
_LARGEST = {"ngày": 31, "tháng": 12}
_STAMPED = re.compile(r"\d{1,6}[a-z]?", re.I)
_CHAR_WIDTH = 0.5  # an average glyph is about half the font size wide: enough to tell blanks apart


@dataclass(frozen=True)
class Fragment:
    """A run of page text as the extractor gave it: where it starts in the text and on the page."""

    start: int
    text: str
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class Stamp:
    """One token a widget draws, with where it stands on the page."""

    text: str
    x: float
    y: float
    height: float


def page_fragments(page) -> tuple[str, list[Fragment]]:
    """The page's text and the fragments it is made of, in order (their texts add up to it)."""
    fragments: list[Fragment] = []
    offset = 0

    def visit(text, cm, tm, _font, size):
        nonlocal offset
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(cm[3]) or 1.0
        fragments.append(Fragment(offset, text, x, y, (size or 10) * scale))
        offset += len(text)

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(f.text for f in fragments) != text:
        return text, []  # the offsets would not be where the text is: fill nothing rather than the wrong place
    return text, fragments


def widget_stamps(page, reader) -> list[Stamp]:
    """The short digit runs drawn by the page's widgets, each placed within its widget's box."""
    from pypdf import PageObject
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    stamps: list[Stamp] = []
    for annotation in page.get("/Annots") or []:
        widget = annotation.get_object()
        appearance = widget.get("/AP")
        if not appearance or "/N" not in appearance or not widget.get("/Rect"):
            continue
        canvas = PageObject.create_blank_page(pdf=reader, width=1000, height=1000)
        canvas[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/W"): appearance.raw_get("/N")})}
        )
        content = StreamObject()
        content.set_data(b"q /W Do Q")
        canvas[NameObject("/Contents")] = content
        text = (canvas.extract_text() or "").strip()
        x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
        if not text or len(text) > 40:
            continue
        for m in _STAMPED.finditer(text):
            x = x0 + (x1 - x0) * m.start() / len(text)
            stamps.append(Stamp(m.group(), x, min(y0, y1), abs(y1 - y0)))
    return stamps


def _position(fragments: list[Fragment], offset: int) -> tuple[float, float, float] | None:
    """Where the character at ``offset`` is drawn (estimated within its fragment)."""
    for fragment in reversed(fragments):
        if fragment.start <= offset < fragment.start + len(fragment.text):
            return fragment.x + (offset - fragment.start) * fragment.size * _CHAR_WIDTH, fragment.y, fragment.size
    return None


def fill_blanks(text: str, fragments: list[Fragment], stamps: list[Stamp]) -> str:
    """``text`` with each stamp written into the blank it covers."""
    if not stamps or not fragments:
        return text
    blanks = []
    for m in _BLANKS.finditer(text):
        where = _position(fragments, m.start())
        if where:
            blanks.append((m, *where))
    filled: dict[int, tuple[re.Match, str]] = {}
    left: list[Stamp] = []
    for stamp in sorted(stamps, key=lambda s: s.x):
        near = [
            (abs(x + (m.end() - m.start()) * size * _CHAR_WIDTH / 2 - stamp.x), i, m)
            for i, (m, x, y, size) in enumerate(blanks)
            if stamp.y - size <= y <= stamp.y + stamp.height + size and i not in filled and _fits(stamp.text, m)
        ]
        if near:
            _, i, m = min(near, key=lambda t: t[0])
            filled[i] = (m, stamp.text)
        else:
            left.append(stamp)
    for m, token in sorted(filled.values(), key=lambda t: t[0].start(), reverse=True):
        text = f"{text[: m.start()]} {token} {text[m.end() :].lstrip(' .…_')}"
    return _month_restamped(text, fragments, stamps, left)


# The month typed when the draft was made, which the signing stamps over with the month it is signed in: "ngày
# tháng 4 năm 2026" under the stamps "15" and "5" (the text layer keeps the typed "4"; the appendix says 15/5/2026).
_TYPED_MONTH = re.compile(r"(?<=tháng) (\d{1,2})(?= năm\b)", re.I)


def _month_restamped(text: str, fragments: list[Fragment], stamps: list[Stamp], left: list[Stamp]) -> str:
    """``text`` with the typed month that the last of a line's stamps, which no blank took, covers replaced by the
    stamp's figure (the day's stamp comes before it: a day's stamp no blank took is never read as a month)."""
    for stamp in left:
        line = [s for s in stamps if abs(s.y - stamp.y) <= stamp.height / 2]
        if (
            not (stamp.text.isdigit() and 1 <= int(stamp.text) <= 12)
            or len(line) < 2
            or stamp.x < max(s.x for s in line)
        ):
            continue
        typed = [
            m
            for m in _TYPED_MONTH.finditer(text)
            if (where := _position(fragments, m.start())) and stamp.y - where[2] <= where[1] <= stamp.y + stamp.height
        ]
        if len(typed) == 1 and typed[0].group(1) != stamp.text:
            text = f"{text[: typed[0].start(1)]}{stamp.text}{text[typed[0].end(1) :]}"
    return text


def _fits(token: str, blank: re.Match) -> bool:
    """Whether a stamped figure can stand in the blank: "8151" is no day, "18" no month."""
    word = blank.string[max(0, blank.start() - 5) : blank.start()].lower()
    largest = next((n for w, n in _LARGEST.items() if word.endswith(w)), None)
    return largest is None or (token.isdigit() and 0 < int(token) <= largest)


_JUMP = 150.0  # points: a line drawn this far above the one before it was drawn out of reading order


def reading_order(text: str, fragments: list[Fragment], filled: str | None = None) -> str:
    """The page's lines top to bottom, when the PDF drew some out of order.

    Signing tools redraw the header last (its blanks are where they stamp), so a plain extraction puts
    ``ỦY BAN NHÂN DÂN … Số: …`` after the body.  Lines are ordered by their height on the page when one
    jumps far up from the line before; otherwise the extraction's order is kept.  ``filled`` is ``text``
    with its blanks filled (the same lines, other lengths): it is what gets reordered.
    """
    lines = (filled if filled is not None else text).split("\n")
    # The height of each line: that of the first fragment with text that starts on it (one pass over both).
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    heights: list[float | None] = [None] * len(starts)
    line_index = 0
    for fragment in fragments:
        while line_index + 1 < len(starts) and fragment.start >= starts[line_index + 1]:
            line_index += 1
        if heights[line_index] is None and fragment.text.strip():
            heights[line_index] = fragment.y
    if len(heights) != len(lines):
        return filled if filled is not None else text
    known = [h for h in heights if h is not None]
    if not any(b - a > _JUMP for a, b in zip(known, known[1:], strict=False)):
        return filled if filled is not None else text
    last = max(known, default=0.0)
    keyed = []
    for i, height in enumerate(heights):
        last = height if height is not None else last
        keyed.append((-round(last), i))
    return "\n".join(lines[i] for _, i in sorted(keyed))
