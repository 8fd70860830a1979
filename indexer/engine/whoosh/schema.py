"""The two Whoosh indexes of a version and what each entry holds.

Documents and paragraphs live in two indexes because BM25 normalises by the average field length over *all*
entries of an index: mixing 20-word paragraphs with 5,000-word documents would distort both.  Each text is
indexed in three views (:mod:`indexer.engine.whoosh.analysis`): accented syllables (``_syl``), folded
syllables with their pairs (``_fold``) and pyvi words (``_words``).
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from indexer.document.prepared import Prepared, body_text, title_text
from indexer.document.summary import Summary
from indexer.engine.whoosh.analysis import PRESEGMENTED, folded_analyzer, syllable_analyzer, word_analyzer
from indexer.engine.whoosh.vectors import vector_field, windows_field
from indexer.query.tree import DOC_VIEWS
from indexer.text.numbers import find_numbers, number_key

# Each syllable field of the documents index -> the folded field of the same text (phrases are found there).
FOLD_FIELD_OF = {field: fold_field for _syl, fold_field in DOC_VIEWS.values() for field in (_syl, fold_field)}


def doc_schema() -> Schema:
    """One entry per document: what ranking and filtering need."""
    return Schema(
        doc_id=ID(stored=True, unique=True),
        number_key=ID(),
        refs=KEYWORD(),
        basis=KEYWORD(),
        title_syl=TEXT(analyzer=syllable_analyzer()),
        title_fold=TEXT(analyzer=folded_analyzer()),
        title_words=TEXT(analyzer=word_analyzer(), phrase=False),
        head_syl=TEXT(analyzer=syllable_analyzer()),
        head_fold=TEXT(analyzer=folded_analyzer()),
        body_syl=TEXT(analyzer=syllable_analyzer()),
        body_fold=TEXT(analyzer=folded_analyzer()),
        body_words=TEXT(analyzer=word_analyzer(), phrase=False),
        summary=STORED(),
        words=STORED(),  # Prepared.word_counts: what related documents are found by
        vector=vector_field(),
        windows=windows_field(),
    )


def passage_schema() -> Schema:
    """One entry per paragraph: what passages and highlights need."""
    return Schema(
        pid=ID(stored=True, unique=True),
        doc_id=ID(stored=True, sortable=True),  # a column: the document of a paragraph without loading its text
        order=NUMERIC(stored=True),
        anchor=STORED(),
        section=STORED(),
        zone=STORED(),
        text=STORED(),
        syl=TEXT(analyzer=syllable_analyzer()),
        fold=TEXT(analyzer=folded_analyzer()),
        numbers=KEYWORD(),
    )


def doc_fields(prepared: Prepared) -> dict:
    record = prepared.record
    body_headings = [p["text"] for p in record.paragraphs if p.get("kind") == "heading" and p.get("zone") == "body"]
    heads = "\n".join([record.issuer or "", *body_headings])
    body = body_text(record)
    title = title_text(record)
    fields = dict(
        doc_id=record.doc_id,
        refs=" ".join(number_key(n) for n in record.references),
        basis=" ".join(number_key(n) for n in record.basis),
        title_syl=title,
        title_fold=title,
        title_words=PRESEGMENTED + prepared.title_words,
        head_syl=heads,
        head_fold=heads,
        body_syl=body,
        body_fold=body,
        body_words=PRESEGMENTED + " ".join(prepared.paragraph_words),
        summary=Summary.of(record).to_dict(),
        words=prepared.word_counts,
    )
    if record.number:
        fields["number_key"] = number_key(record.number)
    if prepared.vector is not None:
        fields["vector"] = prepared.vector
    if prepared.windows is not None:
        fields["windows"] = prepared.windows
    return fields


def passage_fields(prepared: Prepared) -> list[dict]:
    record = prepared.record
    numbers = [keys for _syllables, keys in prepared.views] if prepared.views is not None else None
    return [
        dict(
            pid=f"{record.doc_id}#{p['anchor']}",
            doc_id=record.doc_id,
            order=order,
            anchor=p["anchor"],
            section=p.get("section", ""),
            zone=p.get("zone", "body"),
            text=p["text"],
            syl=p["text"],
            fold=p["text"],
            numbers=" ".join(numbers[order] if numbers else (number_key(n.number) for n in find_numbers(p["text"]))),
        )
        for order, p in enumerate(record.paragraphs)
    ]
