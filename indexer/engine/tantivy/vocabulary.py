"""The vocabulary of the documents index, for suggestions: syllables and pyvi words, and a spelling corrector.

The same answer as the Whoosh engine's (:mod:`indexer.engine.whoosh.terms`): every term of the accented body
and of the pyvi words with its document frequency (tantivy's dictionary, read once per generation), and a
corrector that proposes, for a folded syllable the archive never uses, the nearest one it does: among those
at most two edits away (Levenshtein, as Whoosh's automaton), fewest edits first (a swap of two letters is
one), then the most used, then the last in alphabetical order (Whoosh keeps the greatest of equal scores).
"""

from __future__ import annotations

import tantivy

from indexer.engine.protocol import Vocabulary
from indexer.text.vietnamese import fold

MAX_EDITS = 2


def vocabulary(docs: tantivy.Searcher) -> Vocabulary:
    syllable_df = {t: df for t, df in docs.terms_with_prefix("body_syl", "", limit=None) if "_" not in t}
    word_df = {t.replace("_", " "): df for t, df in docs.terms_with_prefix("body_words", "", limit=None) if "_" in t}
    syllables, folded_counts = by_folded(syllable_df)
    words, _ = by_folded(word_df)
    return Vocabulary(syllables, words, folded_counts, Corrector(syllables).nearest)


def by_folded(df: dict[str, int]) -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    """Each folded form's most used spelling (with its count), and how many documents hold any spelling."""
    best: dict[str, tuple[str, int]] = {}
    total: dict[str, int] = {}
    for text, count in sorted(df.items()):  # Whoosh reads terms in order: the first of equal counts wins
        folded = fold(text)
        if folded not in best or count > best[folded][1]:
            best[folded] = (text, count)
        total[folded] = total.get(folded, 0) + count
    return best, total


class Corrector:
    def __init__(self, syllables: dict[str, tuple[str, int]]):
        self.frequency = {folded: df for folded, (_, df) in syllables.items()}
        self.by_length: dict[int, list[str]] = {}
        for folded in sorted(self.frequency):
            self.by_length.setdefault(len(folded), []).append(folded)

    def nearest(self, folded: str) -> str | None:
        best = None
        for length in range(len(folded) - MAX_EDITS, len(folded) + MAX_EDITS + 1):
            for candidate in self.by_length.get(length, ()):
                if levenshtein(folded, candidate, MAX_EDITS) > MAX_EDITS:
                    continue
                df = self.frequency[candidate]
                scored = (-damerau_levenshtein(folded, candidate) + 0.5 * df / (df + 1), candidate)
                if best is None or scored > best:
                    best = scored
        return best[1] if best else None


def levenshtein(a: str, b: str, limit: int) -> int:
    """The edit distance of two strings, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def damerau_levenshtein(a: str, b: str) -> int:
    """The edit distance counting a swap of two adjacent letters as one edit (as Whoosh's, which scores here)."""
    two_ago: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != b[j - 1]:
                current[j] = min(current[j], two_ago[j - 2] + 1)
        two_ago, previous = previous, current
    return previous[-1]
