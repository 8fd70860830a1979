"""A record with its costly analysis done, ready for any engine to index.

pyvi's segmentation (about 0.3 MB/s per core) and the sentence embeddings (about a millisecond a token) are
done here, in the build's worker processes, and for an engine given its tokens each paragraph's syllables and
numbers too (the one process that writes only adds them); what is left to an engine (folding, pairs) is cheap.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from indexer.document.record import Document
from indexer.text import embedding
from indexer.text.tokens import segment
from indexer.text.views import paragraph_views


@dataclass
class Prepared:
    record: Document
    title_words: str  # pyvi words of the title, space-separated (syllables of a word joined by "_")
    paragraph_words: list[str] = field(default_factory=list)  # the same for each paragraph
    vector: bytes | None = None  # the document's sentence embedding (its opening), when the model runs
    windows: bytes | None = None  # the vectors of its paragraphs' windows, float16 rows (text.embedding.windows)
    # Each paragraph's accented syllables and number keys (text.views.paragraph_views), made in the worker for
    # an engine given its tokens; None for an engine that analyses the text itself.
    views: list[tuple[list[str], list[str]]] | None = None
    # How often the document writes each pyvi word of several syllables, as written (``word_counts``).
    word_counts: dict[str, int] = field(default_factory=dict)


TITLE_WORD_WEIGHT = 3  # a word of the title says more of the subject than one of the body

# Paragraphs are joined by a blank line in the document's body field: a number may hold one space or line
# break (``12 /QĐ``), never two, so the body's tokens are its paragraphs' tokens one after the other.
PARAGRAPH_JOIN = "\n\n"


def body_text(record: Document) -> str:
    """What a document's body field holds: its paragraphs, each its own tokens."""
    return PARAGRAPH_JOIN.join(p["text"] for p in record.paragraphs)


def title_text(record: Document) -> str:
    """What a document's title field holds: its type, number and subject line."""
    return " ".join(filter(None, [record.doc_type, record.number, record.title]))


def prepare(record: Document, *, views: bool = False, embed: bool = True) -> Prepared:
    """Segment a record with pyvi and embed it.

    :param views: make each paragraph's syllables and numbers too (:attr:`Prepared.views`).
    :param embed: embed it now; a build that leaves the vectors for later (:mod:`indexer.store.late_vectors`)
        does not.
    """
    title = title_text(record)
    texts = [p["text"] for p in record.paragraphs]
    prepared = Prepared(record, segment(title), [segment(t) for t in texts])
    prepared.word_counts = word_counts(prepared.title_words, prepared.paragraph_words)
    if embed:
        embedded(prepared)
    if views:
        prepared.views = [paragraph_views(t) for t in texts]
    return prepared


def embedded(prepared: Prepared) -> Prepared:
    """``prepared`` given its sentence vectors: its opening's, and its body's windows (when the model runs)."""
    record = prepared.record
    prepared.vector = embedding.document_vector([title_text(record), *(p["text"] for p in record.paragraphs)])
    if prepared.vector is not None:
        # The body's paragraphs only: a header, a recipients list or a signature block answers no question.
        prepared.windows = embedding.window_vectors(
            [p["text"] for p in record.paragraphs if p.get("zone", "body") == "body"]
        )
    return prepared


def word_counts(title_words: str, paragraph_words: list[str]) -> dict[str, int]:
    """How often a document writes each pyvi word of several syllables, as written (``thông_tin``, ``Kon_Tum``,
    ``CHẤP_HÀNH``), a word of the title counted ``TITLE_WORD_WEIGHT`` times: what its related documents are
    found by (:mod:`indexer.search.related`).  Counted once here, in the build's workers: counted at a
    document page's first view, they took a code of law 0.7 s.

    >>> word_counts("Kế_hoạch thông_tin", ["Thông_tin đối_ngoại năm 2024", "số 06-KH/BCĐ"])
    {'Kế_hoạch': 3, 'thông_tin': 3, 'Thông_tin': 1, 'đối_ngoại': 1}
    """
    counts: Counter[str] = Counter()
    for text, weight in [(title_words, TITLE_WORD_WEIGHT), *((words, 1) for words in paragraph_words)]:
        for word in text.split():
            # a number or a code ("06-KH/BCĐ") is no word
            if "_" in word and word.replace("_", "").isalpha():
                counts[word] += weight
    return dict(counts)


def load_models() -> None:
    """Load pyvi's model and the sentence embedding model now, not when the first document comes."""
    segment("Kế hoạch thực hiện")
    embedding.model()
