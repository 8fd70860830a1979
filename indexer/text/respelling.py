"""A name read from a scan's header, its tone marks put right from how the document's own text spells it.

OCR misreads the marks of capitals more than any other letters (``CỤC CẢNH SÁT ĐIÊU TRA``, ``TRUYÊN THÔNG``,
``LÂM ĐÒNG``), and the header is all capitals; the body says the same words in small letters, which it reads
far better (``Cục Cảnh sát điều tra``, ``Thông tin và Truyền thông``, ``tỉnh Lâm Đồng``).  A run of words of
the name that the text never spells as the name does, but spells otherwise with the same letters, takes the
text's spelling.  Runs of at least two words only: one syllable has many spellings (``tài``/``tại``), a pair
rarely more than one.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.text.normalize import is_all_caps
from indexer.text.vietnamese import fold, key

_WORD = re.compile(r"[^\W\d_]+")
# The text a name is looked for in: the first pages, where a document names its own body (not a law's annexes).
READ_CHARS = 60_000
MAX_RUN = 4  # the longest run of words compared: an OCR's slips are a word or two apart
_PUNCTUATION = "()[]{},.;:!?\"'“”‘’"


def _window_pattern(words: list[str]) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"


def _written(pattern: str, searched: str, text: str) -> list[str]:
    """The spellings in ``text`` of what ``pattern`` finds in ``searched`` (``text`` or its folded form), but
    those in capitals: the header's own lines are the reading being put right."""
    spellings = (" ".join(text[m.start() : m.end()].split()) for m in re.finditer(pattern, searched, re.I))
    return [s for s in spellings if not is_all_caps(s)]


def _matching_case(ours: str, theirs: str) -> str:
    """``theirs`` with the capital of ``ours`` on its first letter: a name starts as it started."""
    if ours[:1].isupper():
        return theirs[:1].upper() + theirs[1:]
    return theirs[:1].lower() + theirs[1:]


def respelled_from_text(name: str, text: str) -> str:
    """``name`` with each word the text never writes in small letters, in a run of its words the text writes
    with other marks, spelt as the text writes that run most often.

    >>> respelled_from_text("Cục Cảnh sát điêu tra tội phạm", "Cục Cảnh sát điều tra đã ... Cục Cảnh sát")
    'Cục Cảnh sát điều tra tội phạm'
    """
    words = name.split()
    if len(words) < 2:
        return name
    text = text[:READ_CHARS]
    written = {key(w) for w in set(_WORD.findall(text)) if not is_all_caps(w)}
    # the words an OCR may have misread: the text never writes them so (one that it writes is right, or at
    # least not to be told from another word: "Xã" stays though the text once has "xả")
    doubtful = [bool(_WORD.search(w)) and key(w.strip(_PUNCTUATION)) not in written for w in words]
    if not any(doubtful):
        return name  # most names, and every typed one: nothing to search
    folded_text = fold(text)
    if len(folded_text) != len(text):
        return name
    settled = [False] * len(words)
    for size in range(min(len(words), MAX_RUN), 1, -1):
        for start in range(len(words) - size + 1):
            if any(settled[start : start + size]) or not any(doubtful[start : start + size]):
                continue
            window = words[start : start + size]
            if _written(_window_pattern(window), text, text):
                settled[start : start + size] = [True] * size
                continue
            found = Counter(
                spelling
                for spelling in _written(_window_pattern([fold(w) for w in window]), folded_text, text)
                if _differs_where_doubtful(window, spelling.split(), doubtful[start : start + size])
            )
            if found:
                spelling = found.most_common(1)[0][0].split()
                words[start : start + size] = [
                    o if key(o) == key(t) else t for o, t in zip(window, spelling, strict=True)
                ]
                settled[start : start + size] = [True] * size
    return _matching_case(name, " ".join(words))


def _differs_where_doubtful(ours: list[str], theirs: list[str], doubtful: list[bool]) -> bool:
    """Whether a spelling the text has for a run of the name changes only its doubtful words, and one at least."""
    if len(theirs) != len(ours):
        return False
    same = [key(o) == key(t) for o, t in zip(ours, theirs, strict=True)]
    return not all(same) and all(s or d for s, d in zip(same, doubtful, strict=True))
