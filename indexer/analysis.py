"""Vietnamese analysis for Whoosh: small tokenizers and filters composed into analyzers.

Three views of the same text are indexed (DESIGN.md section 4):

* **syllables**, accented, lowercase: ``thông``, ``tin`` — what an accented
  query is matched against first, and what highlights are computed on;
* **folded syllables**: ``thong``, ``tin`` — what an unaccented query is
  matched against (pyvi leaves unaccented text unsegmented, so folding pyvi
  words would never meet such a query);
* **words** segmented by pyvi: ``thông_tin``, ``đối_ngoại`` — multi-syllable
  words weigh a match of the right word above a match of its syllables.

Directive numbers (``57-KL/TW``) and dates (``15/6/2023``) are never cut into
pieces: they are one token in every view.

Every class lives at this import path and holds only plain attributes,
because Whoosh pickles the analyzers into the index.

>>> [t.text for t in syllable_analyzer()("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị")]
['kết', 'luận', 'số', '57-kl/tw', 'ngày', '15/6/2023', 'của', 'bộ', 'chính', 'trị']
>>> [t.text for t in folded_analyzer()("Tỉnh uỷ Cao Bằng")]
['tinh', 'tinh_uy', 'uy', 'uy_cao', 'cao', 'cao_bang', 'bang']
"""
from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

from .numbers import MAY_HOLD_NUMBER, find_numbers
from .vietnamese import fold, nfc

# Marks a value whose pyvi segmentation was done beforehand (in a process pool).
PRESEGMENTED = "\ue000"
_DATE = re.compile(r"(?<![\w/])\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d(?![\w/])")
_SYLLABLE = re.compile(r"\w+", re.UNICODE)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are one token whatever the view: directive numbers and dates."""
    if not MAY_HOLD_NUMBER.search(text):  # a date, like a number, has a digit before a dash or slash
        return []
    spans = [(n.start, n.end) for n in find_numbers(text)]
    spans += [(m.start(), m.end()) for m in _DATE.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    return sorted(spans)


def syllable_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text``: protected spans whole, everything else ``\\w+`` runs.

    >>> t = "Số 06 - KH/BCĐ, hiệu quả"
    >>> [t[a:b] for a, b in syllable_spans(t)]
    ['Số', '06 - KH/BCĐ', 'hiệu', 'quả']
    """
    spans = []
    pos = 0
    for a, b in protected_spans(text):
        spans += [(pos + m.start(), pos + m.end()) for m in _SYLLABLE.finditer(text[pos:a])]
        spans.append((a, b))
        pos = b
    spans += [(pos + m.start(), pos + m.end()) for m in _SYLLABLE.finditer(text[pos:])]
    return spans


def _protected_token(text: str) -> str:
    """One spelling per number or date: ``06 - KH/BCĐ`` -> ``06-KH/BCĐ``."""
    found = find_numbers(text)
    if found and found[0].start == 0 and found[0].end == len(text):
        return found[0].number
    return re.sub(r"\s+", "", text).replace("-", "/")


class SyllableTokenizer(Tokenizer):
    """Syllables of Vietnamese text, with numbers and dates kept whole.

    >>> [t.text for t in SyllableTokenizer()("Thực hiện Kết luận 57- KL/TW")]
    ['Thực', 'hiện', 'Kết', 'luận', '57-KL/TW']
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        protected = set(protected_spans(value))
        for pos, (a, b) in enumerate(syllable_spans(value)):
            text = value[a:b]
            t.text = _protected_token(text) if (a, b) in protected else text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char + a, start_char + b
            yield t


@lru_cache(maxsize=262144)
def _nfc_token(text: str) -> str:
    return nfc(text)


@lru_cache(maxsize=262144)
def _fold_token(text: str) -> str:
    return fold(text)


class _AccentFilter(Filter):
    """Rewrite each token with ``convert``; ASCII tokens carry no accent and pass as they are."""

    convert = staticmethod(lambda text: text)

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(self, tokens):
        convert = self.convert
        for t in tokens:
            if not t.text.isascii():
                t.text = convert(t.text)
            yield t


class NfcFilter(_AccentFilter):
    """Unicode NFC and the archive's tone placement (``ủy`` -> ``uỷ``), token by token.

    Documents are normalised when they come in; this makes queries meet them.

    >>> [t.text for t in (SyllableTokenizer() | NfcFilter())("Tỉnh ủy")]
    ['Tỉnh', 'uỷ']
    """

    convert = staticmethod(_nfc_token)


class FoldFilter(_AccentFilter):
    """Strip diacritics, ``đ`` -> ``d`` (the token is already lowercase).

    >>> [t.text for t in (SyllableTokenizer() | LowercaseFilter() | FoldFilter())("Đối ngoại")]
    ['doi', 'ngoai']
    """

    convert = staticmethod(_fold_token)


def pair_term(first: str, second: str) -> str:
    """The term a folded field holds for two adjacent lowercase syllables, as :class:`PairFilter` spells it
    (``cao``, ``bằng`` -> ``cao_bang``)."""
    return f"{_fold_token(first)}_{_fold_token(second)}"


class PairFilter(Filter):
    """Each token, then the pair it makes with the next one (``thong``, ``thong_tin``, ``tin``, …).

    Pairs are what makes "Cao Bằng" count more than "nâng cao … bằng": a query's
    adjacent syllables match as one term, which is far cheaper than a phrase.
    A pair shares the position of its first token, so phrases over the single
    tokens still match.

    >>> [t.text for t in (SyllableTokenizer() | LowercaseFilter() | FoldFilter() | PairFilter())("Cao Bằng")]
    ['cao', 'cao_bang', 'bang']
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(self, tokens):
        previous = None
        for t in tokens:
            if previous is not None:
                text, pos = t.text, getattr(t, "pos", None)
                startchar, endchar = getattr(t, "startchar", None), getattr(t, "endchar", None)
                t.text = f"{previous[0]}_{text}"
                if pos is not None:
                    t.pos = previous[1]
                yield t
                t.text = text
                if pos is not None:
                    t.pos = pos
                if startchar is not None:
                    t.startchar, t.endchar = startchar, endchar
            previous = (t.text, getattr(t, "pos", None))
            yield t


# --- pyvi words ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViTokenizer  # loads a CRF model: only when first needed

    return ViTokenizer


def segment(text: str) -> str:
    """pyvi word segmentation, numbers and dates protected, punctuation dropped.

    :return: the words separated by spaces, syllables of a word joined by ``_``.

    >>> segment("Ban Tuyên giáo Tỉnh uỷ thực hiện Kết luận 57-KL/TW")
    'Ban Tuyên_giáo Tỉnh_uỷ thực_hiện Kết_luận 57-KL/TW'
    """
    words: list[str] = []
    pos = 0
    for a, b in protected_spans(text) + [(len(text), len(text))]:
        chunk = text[pos:a]
        if chunk.strip():
            for word in _pyvi().tokenize(chunk).split():
                if _SYLLABLE.search(word):
                    words.append(word)
        if b > a:
            words.append(_protected_token(text[a:b]))
        pos = b
    return " ".join(words)


def presegment(text: str) -> str:
    """The value to index in a words field when segmentation was done beforehand."""
    return PRESEGMENTED + segment(text)


class VietnameseTokenizer(Tokenizer):
    """pyvi words (``thông_tin``); a value starting with :data:`PRESEGMENTED` was segmented already.

    Character offsets are not kept: highlighting works on the syllable view.

    >>> [t.text for t in VietnameseTokenizer()("Hà Nội ban hành luật")]
    ['Hà_Nội', 'ban_hành', 'luật']
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            words = [value]
        elif value.startswith(PRESEGMENTED):
            words = value[1:].split()
        else:
            words = segment(value).split()
        for pos, word in enumerate(words):
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = word
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char, start_char
            yield t


# --- analyzers ----------------------------------------------------------------------------------

def syllable_analyzer():
    """Accented syllables, lowercase."""
    return SyllableTokenizer() | NfcFilter() | LowercaseFilter()


def folded_analyzer():
    """Syllables without diacritics, and each adjacent pair of them."""
    return SyllableTokenizer() | NfcFilter() | LowercaseFilter() | FoldFilter() | PairFilter()


def word_analyzer():
    """pyvi words, lowercase."""
    return VietnameseTokenizer() | NfcFilter() | LowercaseFilter()
