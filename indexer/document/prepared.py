"""A record with its costly analysis done, ready for any engine to index.

pyvi's segmentation (about 0.3 MB/s per core) and the sentence embeddings (about a millisecond a token) are
done here, in the build's worker processes; what is left to an engine (syllables, folding, pairs) is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.document.record import Document
from indexer.text import embedding
from indexer.text.tokens import segment


@dataclass
class Prepared:
    record: Document
    title_words: str  # pyvi words of the title, space-separated (syllables of a word joined by "_")
    paragraph_words: list[str] = field(default_factory=list)  # the same for each paragraph
    vector: bytes | None = None  # the document's sentence embedding (its opening), when the model runs
    windows: bytes | None = None  # the vectors of its paragraphs' windows, float16 rows (text.embedding.windows)


def title_text(record: Document) -> str:
    """What a document's title field holds: its type, number and subject line."""
    return " ".join(filter(None, [record.doc_type, record.number, record.title]))


def prepare(record: Document) -> Prepared:
    title = title_text(record)
    texts = [p["text"] for p in record.paragraphs]
    vector = embedding.document_vector([title, *texts])
    # The body's paragraphs only: a header, a recipients list or a signature block answers no question.
    body = [p["text"] for p in record.paragraphs if p.get("zone", "body") == "body"]
    windows = embedding.window_vectors(body) if vector is not None else None
    return Prepared(record, segment(title), [segment(t) for t in texts], vector, windows)


def load_models() -> None:
    """Load pyvi's model and the sentence embedding model now, not when the first document comes."""
    segment("Kế hoạch thực hiện")
    embedding.model()
