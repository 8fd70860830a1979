"""A scan's pages as the review page shows them: the image beside what OCR read, with what to check marked.

In the text, the words OCR was unsure of are marked, and so is every directive number and date, since a
digit misread there changes what the record says; the image outlines the unsure words
(:func:`indexer.page_image`).  The template escapes every piece of text.
"""

from __future__ import annotations

import re

from indexer import OcrPage, find_numbers

# A date as headers and citations write it: "ngày 05 tháng 3 năm 2025", "05/3/2025", "05-3-2025".
_DATE = re.compile(
    r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?<![\w/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?![\w/])",
    re.IGNORECASE,
)


def page_view(page: OcrPage, image_url: str, typed: str | None = None) -> dict:
    """What the template needs of one page read by OCR (``typed``: its text as the archivist last sent it)."""
    return {
        "number": page.number,
        "text": page.text if typed is None else typed,
        "field": page_field(page.number),
        "confidence": round(page.confidence * 100),
        "words": page.words,
        "unsure": len(page.unsure),
        "image_url": image_url,
        "segments": segments(page.text, [u["text"] for u in page.unsure]),
    }


def page_field(number: int) -> str:
    """The name of the review form's field holding a page's text."""
    return f"page-{number}"


def typed_pages(form, pages: list[OcrPage]) -> dict[int, str]:
    """The page texts a submitted review form holds."""
    return {p.number: form[page_field(p.number)] for p in pages if page_field(p.number) in form}


def segments(text: str, unsure: list[str]) -> list[dict]:
    """The text cut into pieces, each ``{"text", "mark"}`` with ``mark`` ``number``, ``date``, ``unsure``
    or None.  Unsure words are found in reading order, each after the one before, as OCR listed them.

    >>> [(s["text"], s["mark"]) for s in segments("Số: 15/KH-UBND ngày 05/3/2025 về vịệc", ["vịệc"]) if s["mark"]]
    [('15/KH-UBND', 'number'), ('05/3/2025', 'date'), ('vịệc', 'unsure')]
    """
    marks: list[tuple[int, int, str]] = [(n.start, n.end, "number") for n in find_numbers(text)]
    marks += [(m.start(), m.end(), "date") for m in _DATE.finditer(text)]
    position = 0
    for word in unsure:
        found = text.find(word, position)
        if found >= 0:
            marks.append((found, found + len(word), "unsure"))
            position = found + len(word)
    out, at = [], 0
    for start, end, mark in sorted(marks):
        if start < at:  # inside a longer mark already taken
            continue
        if start > at:
            out.append({"text": text[at:start], "mark": None})
        out.append({"text": text[start:end], "mark": mark})
        at = end
    if at < len(text):
        out.append({"text": text[at:], "mark": None})
    return out
