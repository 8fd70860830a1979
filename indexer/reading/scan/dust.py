"""Dust on a scanned page: what tesseract read of it as punctuation taken out of its text, and the lines it
made of a faint mark.

A scanner's dust, or a phone's sensor noise, leaves dots of a pixel or two on the page.  Tesseract reads a dot
in the gap between two words as a word of its own (``_`` ``:`` ``-``, as often with a high confidence as not):
a subject line reads "quản - : lý".  Its box tells it from a printed mark: a printed dash, colon or comma is a
good part of a word's height or width, a speck a few pixels either way.

The dots are not swept off the image before tesseract reads it: on real scans a letter's marks (the horn of
an "ư", the dot of a "dấu nặng") are as small as dust and as far from the letter as dust from a word, and a
sweep by size and distance took them too ("Thực" read "Thục", bench/NOTES.md).
"""

from __future__ import annotations

import re
import statistics

# A word tesseract read that has no letter nor digit and no side longer than this share of the page's
# words' height is a speck of dust, not a mark of print.
SPECK_SHARE = 0.14

Word = tuple[float, str, list[int]]  # confidence (0-100), text, [left, top, width, height]
_TOKEN = re.compile(r"\S+")
_TWO_RUNNING = re.compile(r"[^\W_]{2}")
# A line of at least this many words, read with less than this mean confidence, and no word of two letters or
# figures read with this much: tesseract's real words, even faint, come at 30 and more; its ghosts under 20.
GHOST_WORDS, GHOST_CONFIDENCE, GHOST_WORD_CONFIDENCE = 3, 50, 30
# A line's last words, beyond a gap this many times the words' height (a column's), read under this confidence.
GHOST_GAP, GHOST_TAIL_CONFIDENCE = 3, 15


def _word_height(words: list[Word]) -> float:
    """The median height of the page's words that hold a letter or a digit; 0 without one."""
    heights = [box[3] for _, text, box in words if any(c.isalnum() for c in text)]
    return statistics.median(heights) if heights else 0


def specks(words: list[Word]) -> set[int]:
    """The indexes of the words that are specks: no letter nor digit, and tiny beside the page's words."""
    height = _word_height(words)
    if not height:
        return set()
    bound = SPECK_SHARE * height
    return {
        i
        for i, (_, text, box) in enumerate(words)
        if not any(c.isalnum() for c in text) and max(box[2], box[3]) <= bound
    }


def ghost_lines(words: list[Word], lines: list[list[int]]) -> set[int]:
    """The indexes of the words tesseract made of a faint mark (show-through from the back of the sheet, a
    smudge, the rule under a header's motto): a line of three or more words read with little confidence, none
    of them a word or a figure it was at all sure of ("Ầ . ˆ^ r‹ * - , .^ -" between a title's type and
    subject); and the end of a line, across a column's gap, of words it was all but sure were none
    ("TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG      -T8E ng ă-ẽp", read at 7, 8 and 0)."""
    gap = GHOST_GAP * _word_height(words)
    ghosts: set[int] = set()
    for line in lines:
        if _faint(words, line):
            ghosts.update(line)
            continue
        kept = len(line)
        while kept and words[line[kept - 1]][0] < GHOST_TAIL_CONFIDENCE:
            kept -= 1
        if 0 < kept < len(line):
            (_, _, before), (_, _, after) = words[line[kept - 1]], words[line[kept]]
            if after[0] - (before[0] + before[2]) >= gap:
                ghosts.update(line[kept:])
    return ghosts


def _faint(words: list[Word], line: list[int]) -> bool:
    if len(line) < GHOST_WORDS or statistics.mean(words[i][0] for i in line) >= GHOST_CONFIDENCE:
        return False
    return not any(words[i][0] >= GHOST_WORD_CONFIDENCE and _TWO_RUNNING.search(words[i][1]) for i in line)


def without_specks(text: str, words: list[Word], lines: list[list[int]]) -> tuple[str, list[Word]]:
    """The page's text and words without the specks tesseract read as words.

    The text keeps its spacing (a header's two columns): a speck goes with the spaces before it.  When the
    text's lines are not the words' lines (tesseract wrote them otherwise), the text is left as it is.

    >>> words = [(90.0, "quản", [0, 0, 60, 30]), (40.0, "_", [70, 0, 2, 2]), (95.0, ":", [80, 5, 4, 16]),
    ...          (91.0, "lý", [90, 0, 20, 30])]
    >>> without_specks("quản _ :   lý\\n", words, [[0, 1, 2, 3]])
    ('quản :   lý\\n', [(90.0, 'quản', [0, 0, 60, 30]), (95.0, ':', [80, 5, 4, 16]), (91.0, 'lý', [90, 0, 20, 30])])
    """
    dropped = specks(words) | ghost_lines(words, lines)
    if not dropped:
        return text, words
    kept = [word for i, word in enumerate(words) if i not in dropped]
    rows = text.split("\n")
    written = [k for k, row in enumerate(rows) if row.strip()]
    if len(written) != len(lines) or any(
        rows[k].split() != [words[i][1] for i in line] for k, line in zip(written, lines, strict=True)
    ):
        return text, kept
    for k, line in zip(written, lines, strict=True):
        if any(i in dropped for i in line):
            rows[k] = _cut(rows[k], [n for n, i in enumerate(line) if i in dropped])
    return "\n".join(rows), kept


def _cut(row: str, tokens: list[int]) -> str:
    """The row without its tokens at these positions, and the spaces before each (after, for the first)."""
    spans = [m.span() for m in _TOKEN.finditer(row)]
    out, pos = [], 0
    for n, (start, end) in enumerate(spans):
        if n in tokens:
            out.append(row[pos : spans[n - 1][1] if n else start])
            pos = end if n else (spans[n + 1][0] if n + 1 < len(spans) else end)
    out.append(row[pos:])
    return "".join(out)
