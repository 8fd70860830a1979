"""How a query's words are compared with the words of a text: in the spelling typed, or folded.

A word typed with diacritics matches only that spelling (``đối``, not ``đội``); a word typed without
matches every spelling it folds from.  Highlights mark words this way, and a quoted phrase holds in a
paragraph only where its words stand in order, compared this way.

>>> holds_phrase("Ban Tuyên giáo Tỉnh uỷ", ["tuyen", "giáo"]), holds_phrase("Ban Tuyên giáo", ["giáo", "tuyên"])
(True, False)
"""

from __future__ import annotations

import functools

from indexer.text.tokens import syllable_spans
from indexer.text.vietnamese import fold, nfc


def same_word(token: str, word: str) -> bool:
    form, accented = word_form(word)
    low, folded = token_forms(token)
    return low == form if accented else folded == form


# A phrase is looked for word by word in every token of a paragraph, thousands of paragraphs for one
# query: the forms of a token are worked out once.
@functools.lru_cache(maxsize=1 << 16)
def token_forms(token: str) -> tuple[str, str]:
    low = nfc(token.lower())
    return low, fold(low)


@functools.lru_cache(maxsize=1 << 12)
def word_form(word: str) -> tuple[str, bool]:
    """A query word as compared: with its diacritics (NFC), or folded when typed without."""
    return (nfc(word), True) if word != fold(word) else (word, False)


def phrase_starts(text: str, tokens: list[tuple[int, int]], phrase: list[str]):
    """The token indexes where ``phrase`` stands in ``text``, word after word."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(same_word(text[tokens[i + k][0] : tokens[i + k][1]], phrase[k]) for k in range(n)):
            yield i


def holds_phrase(text: str, phrase: list[str]) -> bool:
    """Whether the words of ``phrase`` stand in ``text`` side by side, as highlights mark them."""
    return next(phrase_starts(text, syllable_spans(text), phrase), None) is not None


def holding_phrases(candidates: dict, text_of, phrases: list, per_doc: int) -> dict:
    """Of each document's candidate paragraphs (``doc_id -> [(key, score)]``, best first), the first ``per_doc``
    whose text (``text_of(key)``) holds every phrase; a document none of whose candidates do is left out, to be
    searched by positions."""
    found = {}
    for doc_id, ranked in candidates.items():
        kept = [(key, score) for key, score in ranked if all(holds_phrase(text_of(key), p.words) for p in phrases)]
        if kept:
            found[doc_id] = kept[:per_doc]
    return found
