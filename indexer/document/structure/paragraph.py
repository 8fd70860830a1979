"""A document's paragraph as stored, shown and cited, and the item an unnumbered paragraph stands under."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One paragraph of a document, as stored, shown and cited."""

    anchor: str
    section: str  # the numbering it sits under, as a citation reads it: "III.1", "Điều 5 khoản 2"
    text: str
    kind: str = "text"  # heading | text | item | row (a data table's row, cells joined by " | ")
    zone: str = "body"  # header | title | body | recipients | signature
    level: int = 0
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "anchor": self.anchor,
            "section": self.section,
            "text": self.text,
            "kind": self.kind,
            "zone": self.zone,
            "level": self.level,
        }


# An unnumbered paragraph under a numbered item: "III-1-p2" (and "III-1-p2_2", a second of that anchor).
_UNDER_ITEM = re.compile(r"-p\d+(?:_\d+)?$")


def item_anchor(anchor: str) -> str:
    """The numbered item a paragraph stands under, or the anchor itself when it stands under none.

    >>> item_anchor("III-1-p2"), item_anchor("III-1"), item_anchor("p7"), item_anchor("II-3-a")
    ('III-1', 'III-1', 'p7', 'II-3-a')
    """
    return _UNDER_ITEM.sub("", anchor) or anchor
