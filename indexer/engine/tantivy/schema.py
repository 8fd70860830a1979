"""The two tantivy indexes of a version, documents and paragraphs, and what each entry holds.

The same fields as the Whoosh engine's (:mod:`indexer.engine.whoosh.schema`, two indexes for the same
reason: BM25 normalises by the average length of a field over all entries), holding the same tokens: the
Vietnamese analysis is done in Python (:mod:`indexer.text.views`) and given to tantivy pre-tokenised, with
its positions (a pair shares the position of its first syllable).  tantivy only splits nothing and stores.

Keyword fields (directive numbers) are scored in Whoosh by how many times a number stands in the entry
(its weight, not BM25); tantivy scores a term by BM25 or by a constant.  So the second, third, …
occurrence of a number is indexed as a term of its own (:func:`occurrence_term`), and a number asked for
is the sum of constant scores over its occurrences: the same score as Whoosh's.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np
import tantivy

from indexer.document.prepared import Prepared, title_text
from indexer.document.summary import Summary
from indexer.query.tree import DOC_VIEWS, WORD_FIELDS
from indexer.text.embedding import DIM
from indexer.text.numbers import number_key
from indexer.text.views import folded_tokens, paragraph_views, syllable_tokens, word_tokens

# Each view of a query plan (indexer.query.weights.VIEW_WEIGHTS) -> its accented and its folded field.
KEYWORD_FIELDS = ("number_key", "refs", "basis", "numbers")  # scored by occurrences, not BM25
OCCURRENCES_SCORED = 8  # occurrences of a number in one entry that add to its score (Whoosh: all of them)


def occurrence_term(key: str, occurrence: int) -> str:
    """The term of the ``occurrence``-th time (from 1) a keyword stands in one entry."""
    return key if occurrence == 1 else f"{key}\x1f{occurrence}"


def doc_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw", index_option="basic")
    for name in ("number_key", "refs", "basis"):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for syl, fold in DOC_VIEWS.values():
        builder.add_text_field(syl, tokenizer_name="raw", index_option="position")
        builder.add_text_field(fold, tokenizer_name="raw", index_option="position")
    for field in WORD_FIELDS.values():
        builder.add_text_field(field, tokenizer_name="raw", index_option="freq")  # no phrase over pyvi words
    builder.add_bytes_field("summary", stored=True)  # JSON; bytes, as tantivy indexes every text field
    builder.add_bytes_field("words", stored=True)  # JSON of Prepared.word_counts: what related documents are found by
    builder.add_bytes_field("vector", stored=True)
    builder.add_text_field("vector_shape", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_bytes_field("windows", stored=True)  # its paragraphs' windows' vectors: float16 rows of DIM
    # What names the summary and vectors above, read for every live document in one sorted search: a segment new
    # to a process (a merge's) is then read only for the documents it has not read before.
    builder.add_unsigned_field("digest", fast=True)
    return builder.build()


def passage_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("pid", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("order", stored=True, indexed=True, fast=True)
    builder.add_bytes_field("stored", stored=True)  # JSON of anchor, section, zone, text: stored, not indexed
    builder.add_text_field("syl", tokenizer_name="raw", index_option="position")
    builder.add_text_field("fold", tokenizer_name="raw", index_option="position")
    builder.add_text_field("numbers", tokenizer_name="raw", index_option="basic")
    return builder.build()


def with_views(prepared: Prepared) -> Prepared:
    """The record with each paragraph's syllables and numbers, made now unless a build's worker made them."""
    if prepared.views is None:
        prepared.views = [paragraph_views(p["text"]) for p in prepared.record.paragraphs]
    return prepared


def doc_document(prepared: Prepared) -> tantivy.Document:
    record = with_views(prepared).record
    body_headings = [p["text"] for p in record.paragraphs if p.get("kind") == "heading" and p.get("zone") == "body"]
    doc = tantivy.Document()
    doc.add_text("doc_id", record.doc_id)
    if record.number:
        _add_keywords(doc, "number_key", [number_key(record.number)])
    _add_keywords(doc, "refs", [number_key(n) for n in record.references])
    _add_keywords(doc, "basis", [number_key(n) for n in record.basis])
    syllables = {
        "title": syllable_tokens(title_text(record)),
        "head": syllable_tokens("\n".join([record.issuer or "", *body_headings])),
        # The body's tokens are its paragraphs' one after the other (prepared.PARAGRAPH_JOIN).
        "body": [token for paragraph, _numbers in prepared.views for token in paragraph],
    }
    for name, (syl_field, fold_field) in DOC_VIEWS.items():
        _add_views(doc, syl_field, fold_field, syllables[name])
    _add_tokens(doc, "title_words", [(w, i) for i, w in enumerate(word_tokens(prepared.title_words))])
    body_words = word_tokens(" ".join(prepared.paragraph_words))
    _add_tokens(doc, "body_words", [(w, i) for i, w in enumerate(body_words)])
    summary = json.dumps(Summary.of(record).to_dict(), ensure_ascii=False).encode()
    doc.add_bytes("summary", summary)
    doc.add_bytes("words", json.dumps(prepared.word_counts, ensure_ascii=False).encode())
    vector, shape = _vector_bytes(prepared.vector)
    if vector is not None:
        doc.add_bytes("vector", vector)
        doc.add_text("vector_shape", shape)
    windows = getattr(prepared, "windows", None)  # kept by builds that embed the windows of a document
    if windows is not None:
        doc.add_bytes("windows", bytes(windows))
    # The windows follow the vector (both are made from the same text by the same model).
    doc.add_unsigned("digest", stored_digest(summary, vector or b"", shape or ""))
    return doc


def _vector_bytes(vector) -> tuple[bytes | None, str | None]:
    """A document's vector as stored: its bytes and their layout (none, when it has no vector)."""
    if vector is None:
        return None, None
    if isinstance(vector, bytes | bytearray | memoryview):
        return bytes(vector), "float16"  # the embedding column's layout: DIM float16 values
    array = np.ascontiguousarray(vector)  # an array (one vector, or a row per passage): its bytes, dtype and shape
    return array.tobytes(), ":".join([array.dtype.str, *map(str, array.shape)])


def stored_digest(summary: bytes, vector: bytes, shape: str) -> int:
    """The 64-bit digest of a document's stored summary and vector (the ``digest`` fast field)."""
    hashed = hashlib.blake2b(digest_size=8)
    for part in (summary, vector, shape.encode()):
        hashed.update(part)
        hashed.update(b"\0")
    return int.from_bytes(hashed.digest(), "big")


def passage_documents(prepared: Prepared) -> list[tantivy.Document]:
    record = with_views(prepared).record
    out = []
    for order, (p, (syllables, numbers)) in enumerate(zip(record.paragraphs, prepared.views, strict=True)):
        doc = tantivy.Document()
        doc.add_text("pid", f"{record.doc_id}#{p['anchor']}")
        doc.add_text("doc_id", record.doc_id)
        doc.add_integer("order", order)
        stored = {
            "anchor": p["anchor"],
            "section": p.get("section", ""),
            "zone": p.get("zone", "body"),
            "text": p["text"],
        }
        doc.add_bytes("stored", json.dumps(stored, ensure_ascii=False).encode())
        _add_views(doc, "syl", "fold", syllables)
        _add_keywords(doc, "numbers", numbers)
        out.append(doc)
    return out


def _add_views(doc: tantivy.Document, syl_field: str, fold_field: str, syllables: list[str]) -> None:
    _add_tokens(doc, syl_field, [(s, i) for i, s in enumerate(syllables)])
    _add_tokens(doc, fold_field, folded_tokens(syllables))


def _add_tokens(doc: tantivy.Document, field: str, tokens: list[tuple[str, int]]) -> None:
    """Tokens as they are, at their positions (an empty list still gives the entry a length of 0)."""
    made = [tantivy.Token(text, pos, 0, 0) for text, pos in tokens]
    doc.add_pre_tokenized_text(field, tantivy.PreTokenizedString("", made))


def _add_keywords(doc: tantivy.Document, field: str, keys: list[str]) -> None:
    seen: dict[str, int] = {}
    tokens = []
    for key in keys:
        if not key:
            continue
        seen[key] = seen.get(key, 0) + 1
        tokens.append((occurrence_term(key, seen[key]), len(tokens)))
    if tokens:
        _add_tokens(doc, field, tokens)


def stored_vector(fields: dict) -> np.ndarray | None:
    """A document's vector from its stored fields, as stored (float16 for the embedding column), whatever its
    shape; None when it has none."""
    raw = fields.get("vector")
    if not raw:
        return None
    layout = (fields.get("vector_shape") or ["float16"])[0].split(":")
    values = np.frombuffer(raw[0], dtype=np.dtype(layout[0]))
    if len(layout) > 1:
        values = values.reshape(tuple(int(n) for n in layout[1:]))
    return values


def stored_windows(fields: dict) -> np.ndarray | None:
    """The vectors of a document's windows (float16 rows), or None when it has none."""
    raw = fields.get("windows")
    return np.frombuffer(raw[0], dtype=np.float16).reshape(-1, DIM) if raw and raw[0] else None


def stored_summary(fields: dict) -> Summary:
    return Summary.from_dict(json.loads(fields["summary"][0]))


def stored_words(fields: dict) -> dict[str, int]:
    raw = fields.get("words")
    return json.loads(raw[0]) if raw and raw[0] else {}


def stored_paragraph(fields: dict) -> dict:
    """A paragraph's stored fields as the Whoosh engine gives them: pid, doc_id, order, anchor, section, zone, text."""
    return {
        "pid": fields["pid"][0],
        "doc_id": fields["doc_id"][0],
        "order": fields["order"][0],
        **json.loads(fields["stored"][0]),
    }
