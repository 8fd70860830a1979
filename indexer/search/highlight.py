"""Highlights: the words a query matched, marked on the original characters of a paragraph.

The paragraph is cut into tokens by the same :func:`~indexer.text.tokens.syllable_spans`
the index used, so a mark always covers exactly the characters of a matched
word.  Every piece of text is HTML-escaped; only ``<mark>`` is added.

>>> from indexer.query.parse import parse_query
>>> highlight("Ban Tuyên giáo <Tỉnh uỷ> thực hiện 57-KL/TW", parse_query("tuyen giao 57 kl tw"))
'Ban <mark>Tuyên giáo</mark> &lt;Tỉnh uỷ&gt; thực hiện <mark>57-KL/TW</mark>'
"""

from __future__ import annotations

import bisect
import functools
import html
import re

from indexer.query.parse import ParsedQuery
from indexer.query.spelling import phrase_starts
from indexer.text.numbers import number_key
from indexer.text.tokens import protected_spans, syllable_spans
from indexer.text.vietnamese import fold, nfc

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


def _canonical(token: str) -> str:
    from indexer.text.numbers import canonical

    return canonical(token) or token


@functools.lru_cache(maxsize=1)
def _folding_to() -> dict[str, str]:
    """Each ASCII letter or digit -> every character that :func:`fold` turns into it (``a`` -> ``aàáả…ậ``)."""
    groups: dict[str, list[str]] = {}
    for code in range(0x30, 0x10000):
        ch = chr(code)
        if ch.isalnum():
            base = fold(ch)
            if base.isascii() and base.isalnum():
                groups.setdefault(base, []).append(ch)
    return {base: "".join(chars) for base, chars in groups.items()}


def _folded_pattern(word: str) -> str:
    """A regular expression for every spelling that folds to ``word``."""
    classes = _folding_to()
    return "".join(f"[{re.escape(classes[c])}]" if c in classes else re.escape(c) for c in fold(word))


@functools.lru_cache(maxsize=256)
def _word_regex(words: tuple[tuple[str, bool, bool], ...]) -> re.Pattern:
    """Where the query's words can stand in a text: a superset of the tokens :func:`_matcher` accepts."""
    alternatives = []
    for text, accented, prefix in words:
        # The folded classes hold both cases already; an exact spelling ignores case alone.
        body = f"(?i:{re.escape(text)})" if accented and not prefix else _folded_pattern(text)
        alternatives.append(body + (r"\w*" if prefix else r"(?!\w)"))
    # One lookbehind before the alternation: twice as fast as one per alternative.
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")" if alternatives else r"(?!)")


def _query_words(query: ParsedQuery) -> tuple[tuple[str, bool, bool], ...]:
    words = {(nfc(t.text.lower()), t.accented, t.prefix) for t in query.terms}
    words |= {(nfc(w.lower()), w != fold(w), False) for phrase in query.phrases for w in phrase}
    return tuple(sorted(words))


class DocumentText:
    """A document's paragraphs joined by newlines, and folded: what :meth:`Highlighter.document_spans`
    searches.  Folding keeps one character for one, so a place in the folded text is the same place
    in the original.  Built once per document and kept with its rendered rows."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.joined = "\n".join(texts)
        self.folded = fold(self.joined)
        self.starts = []
        start = 0
        for text in texts:
            self.starts.append(start)
            start += len(text) + 1


_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w*")


class Highlighter:
    """A query's highlighting, prepared once for the many paragraphs of a document."""

    def __init__(self, query: ParsedQuery):
        self.query = query
        self.words = _query_words(query)
        self.regex = _word_regex(self.words)
        self.matches = functools.lru_cache(maxsize=4096)(_matcher(query))  # a document repeats its words
        self.term_words = [(nfc(t.text.lower()), t.accented, t.prefix) for t in query.terms]

    def document_spans(self, document: DocumentText) -> list[list[tuple[int, int]]]:
        """:meth:`spans` of each paragraph of ``document``, found for the whole document at once.

        Instead of a regular-expression scan of every paragraph (40 ns a character:
        15-25 ms for a code of law), each query word is looked for with ``str.find``
        in the folded text, which finds every place the word's regular expression
        would, and a few more that the check of each token then turns down.
        """
        joined, folded, starts = document.joined, document.folded, document.starts
        candidates: list[set[tuple[int, int]]] = [set() for _ in starts]
        for text, _accented, prefix in self.words:
            word = fold(text)
            if not word:
                continue
            at = folded.find(word)
            while at >= 0:
                end = at + len(word)
                if at == 0 or not _WORD_CHAR.match(joined, at - 1):
                    if prefix:
                        end = _WORD_RUN.match(joined, end).end()
                    if prefix or not _WORD_CHAR.match(joined, end):
                        i = bisect.bisect_right(starts, at) - 1
                        candidates[i].add((at - starts[i], end - starts[i]))
                at = folded.find(word, at + 1)
        query = self.query
        return [
            self.spans(text, sorted(found)) if found or query.numbers else []
            for text, found in zip(document.texts, candidates, strict=True)
        ]

    def spans(self, text: str, candidates: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """Character spans of ``text`` that the query matched, adjacent words merged.

        A quoted phrase is marked only where its words stand in order.  One
        regular-expression scan finds the candidate words, so a paragraph without
        any costs next to nothing (a long document highlights only its few
        candidate paragraphs); each candidate is then checked as a whole token.

        :param candidates: the places the query's words may stand, when already found (a superset
            of what the scan would find is enough: every candidate is checked).
        """
        query, matches = self.query, self.matches
        if candidates is None:
            candidates = [m.span() for m in self.regex.finditer(text)]
        if not candidates and not (query.numbers and any(ch.isdigit() for ch in text)):
            return []
        protected = protected_spans(text)

        def inside_protected(a: int, b: int) -> bool:
            return any(x <= a and b <= y for x, y in protected)

        hits: set[tuple[int, int]] = set()
        if query.terms:
            words = [(a, b) for a, b in candidates if not inside_protected(a, b) and matches(text[a:b], False)]
            hits.update(self._in_sequence(text, sorted(set(words))))
        if query.numbers:
            hits.update((a, b) for a, b in protected if matches(text[a:b], True))
        phrases = [p for p in query.phrases if _may_stand(p, text, candidates)]
        if phrases:
            tokens = syllable_spans(text)
            for phrase in phrases:
                for i in phrase_starts(text, tokens, phrase):
                    hits.update(tokens[i : i + len(phrase)])
        spans: list[tuple[int, int]] = []
        for a, b in sorted(hits):
            if spans and _BLANK.fullmatch(text, spans[-1][1], a):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        return spans

    def _in_sequence(self, text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Of the words a query of several words matched, those that stand next to the query's next or
        previous word, as it was typed: "thong tin doi ngoai" marks "thông tin đối ngoại", not "đổi" in
        "đổi mới" nor "thống" in "hệ thống".  A paragraph where no two stand together keeps them all."""
        order = self.term_words
        if len(order) < 2 or len(words) < 2:
            return words
        which = [{k for k, word in enumerate(order) if _same_word(text[a:b], word)} for a, b in words]
        kept = set()
        for i in range(len(words) - 1):
            (_, end), (start, _) = words[i], words[i + 1]
            if _BLANK.fullmatch(text, end, start) and any(k + 1 in which[i + 1] for k in which[i]):
                kept.update((i, i + 1))
        return [words[i] for i in sorted(kept)] if kept else words

    def mark(self, text: str) -> str:
        """The whole ``text`` escaped, with the matched words in ``<mark>``."""
        return mark(text, self.spans(text))


_BLANK = re.compile(r"[ \t]*")


def _same_word(token: str, word: tuple[str, bool, bool]) -> bool:
    """Whether a token is the query word: its spelling if typed with marks, any spelling folding alike if not."""
    text, accented, prefix = word
    low = nfc(token.lower())
    if prefix:
        return fold(low).startswith(fold(text))
    return low == text if accented else fold(low) == fold(text)


def _may_stand(phrase: list[str], text: str, candidates: list[tuple[int, int]]) -> bool:
    """Whether every word of ``phrase`` is among the candidate words (else no token walk is needed)."""
    found = {text[a:b].lower() for a, b in candidates}
    folded = {fold(w) for w in found}
    return all(nfc(w) in found if w != fold(w) else w in folded for w in phrase)


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(html.escape(text[pos:a], quote=False))
        out.append("<mark>" + html.escape(text[a:b], quote=False) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def highlight(text: str, query: ParsedQuery) -> str:
    """The whole ``text`` escaped, with the matched words in ``<mark>``."""
    return Highlighter(query).mark(text)


def snippet(
    text: str, query: ParsedQuery, limit: int = SNIPPET_CHARS, highlighter: Highlighter | None = None
) -> tuple[str, str]:
    """A window of at most ``limit`` characters around the densest matches.

    :param highlighter: the query's, when it is already prepared.
    :return: the plain window and its highlighted, escaped form (``…`` where cut).
    """
    spans = (highlighter or Highlighter(query)).spans(text)
    if len(text) <= limit:
        return text, mark(text, spans)
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
    return prefix + window + suffix, prefix + mark(window, inner) + suffix
