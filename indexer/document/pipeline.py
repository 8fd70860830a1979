"""The text pipeline end to end: a file's bytes -> its Document record(s).

``readers`` -> ``normalize`` -> ``structure`` -> ``extract``, as in DESIGN.md
section 2.  Nothing here writes anything.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from indexer.document.compound import split_documents
from indexer.document.extract import build_document
from indexer.document.record import Document, Source
from indexer.document.structure import lay_out
from indexer.errors import EmptyFile
from indexer.reading import format_of, read_bytes
from indexer.text.normalize import normalize
from indexer.text.vietnamese import source_spellings


def parse_bytes(data: bytes, filename: str, source_path: str | None = None) -> list[Document]:
    """Read, normalise, lay out and extract every document held in ``data``.

    :param filename: the name the bytes came with; its extension picks the reader.
    :param source_path: the path recorded in ``source.path`` (defaults to ``filename``).
    :raise UnreadableFile: the bytes are empty, binary, undecodable or of an unsupported format.
    """
    source_text = read_bytes(data, filename)
    blocks = normalize(source_text)
    parts = split_documents(blocks)
    if not parts:
        raise EmptyFile()
    sha = hashlib.sha256(data).hexdigest()
    fmt = format_of(filename).lstrip(".")
    spellings = source_spellings(unicodedata.normalize("NFC", "\n".join(line.text for line in source_text.lines)))
    documents = []
    for k, part in enumerate(parts, start=1):
        source = Source(
            path=source_path or filename,
            sha256=sha,
            format=fmt,
            part=k,
            parts=len(parts),
            encoding=source_text.encoding,
            ocr=[page.summary() for page in source_text.ocr],
        )
        document = build_document(lay_out(part), source)
        document.spellings = spellings
        documents.append(doubt_ocr(document))
    return documents


def doubt_ocr(document: Document) -> Document:
    """A field read from a line holding a word OCR was unsure of is unsure too: the review page marks it
    (a handwritten number read as ``3 49/C04-P6`` is such a line)."""
    unsure = {u["text"] for page in document.source.ocr for u in page["unsure"] if len(u["text"]) >= 2}
    # figures read by hand are written into a word ("Số: 93/QĐ-TTg"): they are looked for as figures
    by_hand = [u["text"] for page in document.source.ocr for u in page["unsure"] if u.get("handwritten")]
    if not unsure:
        return document
    for found in document.evidence.values():
        line = found.get("line") or ""
        if not found.get("sure"):
            continue
        if any(word in unsure for word in line.split()) or any(
            re.search(rf"(?<!\d){figures}(?!\d)", line) for figures in by_hand
        ):
            found.update(sure=False, how="ocr_unsure")
    return document


def parse_file(path: str, corpus_dir: str | None = None) -> list[Document]:
    """:func:`parse_bytes` on a file; ``source.path`` is relative to ``corpus_dir`` when given."""
    with open(path, "rb") as fh:
        data = fh.read()
    rel = os.path.relpath(path, corpus_dir) if corpus_dir else os.path.basename(path)
    return parse_bytes(data, os.path.basename(path), rel.replace(os.sep, "/"))
