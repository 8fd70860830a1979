"""The three views of a text as lists of tokens, for an engine that is given its tokens (DESIGN.md section 4).

The same tokens the Whoosh analyzers make (:mod:`indexer.engine.whoosh.analysis`: syllables, NFC, lowercase,
folded, pairs), made here without Whoosh, so that another engine indexes exactly what Whoosh indexes:

* :func:`syllable_tokens`: accented syllables, lowercase, numbers and dates kept whole;
* :func:`folded_tokens`: the same folded, each followed by the pair it makes with the next one, at the
  position of its first syllable (a phrase over the single syllables still matches);
* :func:`word_tokens`: pyvi words segmented beforehand, lowercase.

>>> syllable_tokens("Kết luận số 57-KL/TW của Tỉnh ủy")
['kết', 'luận', 'số', '57-kl/tw', 'của', 'tỉnh', 'uỷ']
>>> folded_tokens(["tỉnh", "uỷ", "cao", "bằng"])
[('tinh', 0), ('tinh_uy', 0), ('uy', 1), ('uy_cao', 1), ('cao', 2), ('cao_bang', 2), ('bang', 3)]
>>> word_tokens("Hà_Nội ban_hành luật")
['hà_nội', 'ban_hành', 'luật']
"""

from __future__ import annotations

from indexer.text.numbers import find_numbers, number_key
from indexer.text.tokens import fold_token, nfc_token, protected_spans, protected_token, syllable_spans


def syllable_tokens(text: str) -> list[str]:
    """The accented syllables of a text, one per position."""
    return paragraph_views(text)[0]


def paragraph_views(text: str) -> tuple[list[str], list[str]]:
    """A paragraph's accented syllables and the keys of the directive numbers it holds
    (:func:`indexer.text.numbers.number_key`), from one reading of its numbers.

    >>> paragraph_views("Theo Kế hoạch số 06-KH/BCĐ ngày 12/3/2024")
    (['theo', 'kế', 'hoạch', 'số', '06-kh/bcđ', 'ngày', '12/3/2024'], ['6KHBCD'])
    """
    spans = protected_spans(text, numbers := find_numbers(text))
    protected = set(spans)
    out = []
    for a, b in syllable_spans(text, spans):
        token = protected_token(text[a:b]) if (a, b) in protected else text[a:b]
        if not token.isascii():
            token = nfc_token(token)
        out.append(token.lower())
    return out, [number_key(n.number) for n in numbers]


def folded_tokens(syllables: list[str]) -> list[tuple[str, int]]:
    """``(token, position)``: each syllable folded, then the pair it makes with the next one."""
    folded = [s if s.isascii() else fold_token(s) for s in syllables]
    out = []
    for pos, token in enumerate(folded):
        out.append((token, pos))
        if pos + 1 < len(folded):
            out.append((f"{token}_{folded[pos + 1]}", pos))
    return out


def word_tokens(segmented: str) -> list[str]:
    """The pyvi words of a text segmented beforehand (``thông_tin đối_ngoại``), lowercase."""
    return [(w if w.isascii() else nfc_token(w)).lower() for w in segmented.split()]
