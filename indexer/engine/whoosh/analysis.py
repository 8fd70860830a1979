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

The tokens themselves come from :mod:`indexer.text.tokens`, which any engine can use; these classes are
how Whoosh runs them.  Every class holds only plain attributes and stays at this import path, because
Whoosh pickles the analyzers into the index (indexes built before this module moved name
:mod:`indexer.analysis`, which re-exports them).

>>> [t.text for t in syllable_analyzer()("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị")]
['kết', 'luận', 'số', '57-kl/tw', 'ngày', '15/6/2023', 'của', 'bộ', 'chính', 'trị']
>>> [t.text for t in folded_analyzer()("Tỉnh uỷ Cao Bằng")]
['tinh', 'tinh_uy', 'uy', 'uy_cao', 'cao', 'cao_bang', 'bang']
"""

from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

from indexer.text.tokens import fold_token, nfc_token, protected_spans, protected_token, segment, syllable_spans

# Marks a value whose pyvi segmentation was done beforehand (in a process pool).
PRESEGMENTED = "\ue000"


class SyllableTokenizer(Tokenizer):
    """Syllables of Vietnamese text, with numbers and dates kept whole.

    >>> [t.text for t in SyllableTokenizer()("Thực hiện Kết luận 57- KL/TW")]
    ['Thực', 'hiện', 'Kết', 'luận', '57-KL/TW']
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
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
            t.text = protected_token(text) if (a, b) in protected else text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char + a, start_char + b
            yield t


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

    convert = staticmethod(nfc_token)


class FoldFilter(_AccentFilter):
    """Strip diacritics, ``đ`` -> ``d`` (the token is already lowercase).

    >>> [t.text for t in (SyllableTokenizer() | LowercaseFilter() | FoldFilter())("Đối ngoại")]
    ['doi', 'ngoai']
    """

    convert = staticmethod(fold_token)


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


class VietnameseTokenizer(Tokenizer):
    """pyvi words (``thông_tin``); a value starting with :data:`PRESEGMENTED` was segmented already.

    Character offsets are not kept: highlighting works on the syllable view.

    >>> [t.text for t in VietnameseTokenizer()("Hà Nội ban hành luật")]
    ['Hà_Nội', 'ban_hành', 'luật']
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
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
