"""Where the words of a text stand: syllables, directive numbers and dates kept whole, pyvi words, pairs.

The three views every engine indexes are made from these (DESIGN.md section 4): accented syllables,
folded syllables with each adjacent pair of them, and pyvi words.  Highlights and the query parser cut
text with the same :func:`syllable_spans`, so a mark always covers the characters a term came from.

>>> text = "Kết luận 57- KL/TW ngày 15/6/2023"
>>> [text[a:b] for a, b in syllable_spans(text)]
['Kết', 'luận', '57- KL/TW', 'ngày', '15/6/2023']
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from indexer.text.numbers import MAY_HOLD_NUMBER, NumberMatch, find_numbers
from indexer.text.vietnamese import fold, nfc

DATE = re.compile(r"(?<![\w/])\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d(?![\w/])")
SYLLABLE = re.compile(r"\w+", re.UNICODE)


def protected_spans(text: str, numbers: list[NumberMatch] | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that are one token whatever the view: directive numbers and dates.

    :param numbers: ``find_numbers(text)``, when the caller has it already.
    """
    if not MAY_HOLD_NUMBER.search(text):  # a date, like a number, has a digit before a dash or slash
        return []
    spans = [(n.start, n.end) for n in (find_numbers(text) if numbers is None else numbers)]
    spans += [(m.start(), m.end()) for m in DATE.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    return sorted(spans)


def syllable_spans(text: str, protected: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Token spans of ``text``: protected spans whole (``protected_spans(text)``, unless given), everything
    else ``\\w+`` runs.

    >>> t = "Số 06 - KH/BCĐ, hiệu quả"
    >>> [t[a:b] for a, b in syllable_spans(t)]
    ['Số', '06 - KH/BCĐ', 'hiệu', 'quả']
    """
    spans = []
    pos = 0
    for a, b in protected_spans(text) if protected is None else protected:
        spans += [(pos + m.start(), pos + m.end()) for m in SYLLABLE.finditer(text[pos:a])]
        spans.append((a, b))
        pos = b
    spans += [(pos + m.start(), pos + m.end()) for m in SYLLABLE.finditer(text[pos:])]
    return spans


def protected_token(text: str) -> str:
    """One spelling per number or date: ``06 - KH/BCĐ`` -> ``06-KH/BCĐ``."""
    found = find_numbers(text)
    if found and found[0].start == 0 and found[0].end == len(text):
        return found[0].number
    return re.sub(r"\s+", "", text).replace("-", "/")


# A document repeats its words: each token's forms are worked out once.
nfc_token = lru_cache(maxsize=262144)(nfc)
fold_token = lru_cache(maxsize=262144)(fold)


def pair_term(first: str, second: str) -> str:
    """The term a folded view holds for two adjacent lowercase syllables (``cao``, ``bằng`` -> ``cao_bang``).

    Pairs are what makes "Cao Bằng" count more than "nâng cao … bằng": adjacent syllables match as one
    term, which is far cheaper than a phrase.
    """
    return f"{fold_token(first)}_{fold_token(second)}"


@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViTokenizer  # loads a CRF model: only when first needed

    # Unpickling the model writes it to a temporary file that is removed only when the object is collected,
    # which a worker process ended by its pool, or a killed server, never does: 600 KB left in the temporary
    # folder per process.  crfsuite reads the whole file when the tagger opens it, so it can go at once.
    crf = ViTokenizer.ViTokenizer.model
    if crf.tagger_ is not None:
        crf.modelfile.cleanup()
    return ViTokenizer


def segment(text: str) -> str:
    """pyvi word segmentation, numbers and dates protected, punctuation dropped.

    :return: the words separated by spaces, syllables of a word joined by ``_``.

    >>> segment("Ban Tuyên giáo Tỉnh uỷ thực hiện Kết luận 57-KL/TW")
    'Ban Tuyên_giáo Tỉnh_uỷ thực_hiện Kết_luận 57-KL/TW'
    """
    words: list[str] = []
    pos = 0
    for a, b in [*protected_spans(text), (len(text), len(text))]:
        chunk = text[pos:a]
        if chunk.strip():
            words += [word for word in _tokenize(chunk).split() if SYLLABLE.search(word)]
        if b > a:
            words.append(protected_token(text[a:b]))
        pos = b
    return " ".join(words)


def _tokenize(text: str) -> str:
    """``ViTokenizer.tokenize``, with the features of a sentence made once per syllable and per pair
    (:func:`_features`) rather than once per syllable and neighbour: the same labels, in two thirds of the time."""
    pyvi = _pyvi().ViTokenizer
    _text, syllables = pyvi.sylabelize(text)
    if not syllables:
        return text
    labels = pyvi.model.predict([_features(syllables, pyvi.bi_grams, pyvi.tri_grams)])[0]
    out = [syllables[0]]
    for i in range(1, len(labels)):
        here, before = syllables[i], syllables[i - 1]
        joined = (
            labels[i] == "I_W"
            and here not in string.punctuation
            and before not in string.punctuation
            and not here[0].isdigit()
            and not before[0].isdigit()
            and not (here[0].istitle() and not before[0].istitle())
        )
        out.append(("_" if joined else " ") + here)
    return "".join(out)


def _features(syllables: list[str], bi_grams: set[str], tri_grams: set[str]) -> list[dict]:
    """What ``ViTokenizer.word2features`` gives each syllable of a sentence, key for key."""
    lower = [s.lower() for s in syllables]
    upper = [s.isupper() for s in syllables]
    title = [s.istitle() for s in syllables]
    n = len(syllables)
    pairs = [" ".join(syllables[i : i + 2]).lower() in bi_grams for i in range(n - 1)]
    triples = [" ".join(syllables[i : i + 3]).lower() in tri_grams for i in range(n - 2)]
    out = []
    for i in range(n):
        features = {
            "bias": 1.0,
            "word.lower()": lower[i],
            "word.isupper()": upper[i],
            "word.istitle()": title[i],
            "word.isdigit()": syllables[i].isdigit(),
        }
        if i > 0:
            features["-1:word.lower()"] = lower[i - 1]
            features["-1:word.istitle()"] = title[i - 1]
            features["-1:word.isupper()"] = upper[i - 1]
            features["-1:word.bi_gram()"] = pairs[i - 1]
            if i > 1:
                features["-2:word.tri_gram()"] = triples[i - 2]
        if i < n - 1:
            features["+1:word.lower()"] = lower[i + 1]
            features["+1:word.istitle()"] = title[i + 1]
            features["+1:word.isupper()"] = upper[i + 1]
            features["+1:word.bi_gram()"] = pairs[i]
            if i < n - 2:
                features["+2:word.tri_gram()"] = triples[i]
        out.append(features)
    return out
