"""The text a reader gives: lines with the layout that matters.

Every reader (:mod:`indexer.reading` and the readers beside it) returns a
:class:`SourceText`; :mod:`indexer.text.normalize` takes it from there.
Kept apart from :mod:`indexer.reading` so that the format readers and the
dispatcher can import it without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Line:
    text: str
    kind: str = "text"  # text | blank | heading | rule
    level: int = 0  # markdown heading level, 1-6


@dataclass
class SourceText:
    lines: list[Line]
    format: str
    encoding: str | None = None


# A line drawn with one character: a separator or a decoration under a heading.
_DECORATION = re.compile(r"^\s*(?:-{5,}|_{3,}|={3,}|\*{3,}|~{3,}|\.{5,})\s*$")


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
