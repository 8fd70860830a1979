"""The vocabulary of the documents index, for suggestions: syllables and pyvi words, and a spelling corrector.

Read segment by segment, and each segment once: an upload adds a small segment, and only that one is read
(walking the merged vocabulary of a many-segment index took 0.4 s at 170 documents).
"""

from __future__ import annotations

from whoosh.spelling import ListCorrector
from whoosh.support.levenshtein import damerau_levenshtein

from indexer.engine.protocol import Vocabulary
from indexer.text.vietnamese import fold

SegmentCounts = tuple[dict[str, int], dict[str, int]]  # documents per syllable, per pyvi word ("đối ngoại")


class SyllableCorrector(ListCorrector):
    """The archive's folded syllables nearest a misspelt one: fewest edits first (a swap of two letters is
    one), then the most used.

    Not the index's own corrector: the folded body field also holds every adjacent pair of syllables, and
    walking that vocabulary took 0.5 s a query.
    """

    def __init__(self, syllables: dict[str, tuple[str, int]]):
        super().__init__(sorted(syllables))
        self.frequency = {folded: df for folded, (_, df) in syllables.items()}

    def _suggestions(self, text, maxdist, prefix):
        for _, suggestion in super()._suggestions(text, maxdist, prefix):
            df = self.frequency.get(suggestion, 0)
            yield -damerau_levenshtein(text, suggestion) + 0.5 * df / (df + 1), suggestion

    def nearest(self, folded: str) -> str | None:
        found = self.suggest(folded, limit=1, maxdist=2)
        return found[0] if found else None


def vocabulary(reader, known: dict) -> tuple[Vocabulary, dict]:
    """The vocabulary of a documents reader.

    :param known: the counts of segments read before, by segment id.
    :return: the vocabulary, and the counts of this reader's segments (to pass as ``known`` next time).
    """
    per_segment: dict = {}
    syllable_df: dict[str, int] = {}
    word_df: dict[str, int] = {}
    for leaf, _offset in reader.leaf_readers():
        segment_id = leaf.segment().segment_id() if leaf.segment() is not None else None
        counts = known.get(segment_id) if segment_id is not None else None
        if counts is None:
            counts = _segment_counts(leaf)
        per_segment[segment_id] = counts
        for text, df in counts[0].items():
            syllable_df[text] = syllable_df.get(text, 0) + df
        for text, df in counts[1].items():
            word_df[text] = word_df.get(text, 0) + df
    syllables, folded_counts = _by_folded(syllable_df)
    words, _ = _by_folded(word_df)
    corrector = SyllableCorrector(syllables)
    return Vocabulary(syllables, words, folded_counts, corrector.nearest), per_segment


def _by_folded(df: dict[str, int]) -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    """Each folded form's most used spelling (with its count), and how many documents hold any spelling."""
    best: dict[str, tuple[str, int]] = {}
    total: dict[str, int] = {}
    for text, count in sorted(df.items()):  # the first spelling of equal counts wins, however segments fell
        folded = fold(text)
        if folded not in best or count > best[folded][1]:
            best[folded] = (text, count)
        total[folded] = total.get(folded, 0) + count
    return best, total


def _segment_counts(reader) -> SegmentCounts:
    """How many documents of one segment use each syllable and each pyvi word (``"đối ngoại"``)."""
    syllables, words = {}, {}
    for term, info in reader.iter_field("body_syl"):
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        if "_" not in text:
            syllables[text] = info.doc_frequency()
    for term, info in reader.iter_field("body_words"):
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        if "_" in text:
            words[text.replace("_", " ")] = info.doc_frequency()
    return syllables, words
