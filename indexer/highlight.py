"""Highlights: the words a query matched, marked on the original characters of a paragraph.

The paragraph is cut into tokens by the same :func:`~indexer.analysis.syllable_spans`
the index used, so a mark always covers exactly the characters of a matched
word.  Every piece of text is HTML-escaped; only ``<mark>`` is added.

>>> from indexer.query import parse_query
>>> highlight("Ban Tuyên giáo <Tỉnh uỷ> thực hiện 57-KL/TW", parse_query("tuyen giao 57 kl tw"))
'Ban <mark>Tuyên giáo</mark> &lt;Tỉnh uỷ&gt; thực hiện <mark>57-KL/TW</mark>'
"""
from __future__ import annotations

import html
import re

from .analysis import protected_spans, syllable_spans
from .numbers import number_key
from .query import ParsedQuery
from .vietnamese import fold, nfc

SNIPPET_CHARS = 360


def _matcher(query: ParsedQuery):
    """A word typed with diacritics marks only that spelling (``đối``, not ``đội``);
    a word typed without marks every spelling it folds from."""
    accented = {nfc(t.text) for t in query.terms if t.accented}
    folded = {fold(t.text) for t in query.terms if not t.accented}
    prefixes = [fold(t.text) for t in query.terms if t.prefix]
    numbers = list(query.numbers)

    def matches(token: str, protected: bool) -> bool:
        if protected:
            found_key = number_key(token)
            return any((n.key == found_key) if n.key else n.matches(_canonical(token)) for n in numbers)
        low = token.lower()
        f = fold(low)
        return low in accented or f in folded or any(f.startswith(p) for p in prefixes)

    return matches


def _same_word(token: str, word: str) -> bool:
    low = nfc(token.lower())
    return low == nfc(word) if word != fold(word) else fold(low) == word


def _canonical(token: str) -> str:
    from .numbers import canonical

    return canonical(token) or token


def match_spans(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Character spans of ``text`` that the query matched, adjacent words merged.

    A quoted phrase is marked only where its words stand in order.
    """
    matches = _matcher(query)
    protected = set(protected_spans(text))
    tokens = syllable_spans(text)
    hit = [matches(text[a:b], (a, b) in protected) for a, b in tokens]
    for phrase in query.phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if all(_same_word(text[tokens[i + k][0]:tokens[i + k][1]], phrase[k]) for k in range(n)):
                for k in range(n):
                    hit[i + k] = True
    spans: list[tuple[int, int]] = []
    for (a, b), is_hit in zip(tokens, hit):
        if not is_hit:
            continue
        if spans and re.fullmatch(r"[ \t]*", text[spans[-1][1]:a]):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(html.escape(text[pos:a], quote=False))
        out.append("<mark>" + html.escape(text[a:b], quote=False) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def highlight(text: str, query: ParsedQuery) -> str:
    """The whole ``text`` escaped, with the matched words in ``<mark>``."""
    return _mark(text, match_spans(text, query))


def snippet(text: str, query: ParsedQuery, limit: int = SNIPPET_CHARS) -> tuple[str, str]:
    """A window of at most ``limit`` characters around the densest matches.

    :return: the plain window and its highlighted, escaped form (``…`` where cut).
    """
    spans = match_spans(text, query)
    if len(text) <= limit:
        return text, _mark(text, spans)
    if spans:
        # The window that covers the most matched characters, starting at a match.
        best, best_start = -1, spans[0][0]
        for a, _ in spans:
            start = max(0, a - limit // 5)
            covered = sum(min(b, start + limit) - max(x, start) for x, b in spans if x < start + limit and b > start)
            if covered > best:
                best, best_start = covered, start
        start = best_start
    else:
        start = 0
    # Cut on word boundaries.
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    window = text[start:end]
    inner = [(max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + window + suffix, prefix + _mark(window, inner) + suffix
