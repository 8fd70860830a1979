"""Reading: a file's bytes -> its text as lines, with the layout that matters.

One reader per format, each a module (``text`` for plain text and Markdown, ``html``, ``docx``, ``doc``, ``pdf``;
``ocr`` for scans and images);
each returns a :class:`SourceText`, a list of :class:`Line` whose ``kind`` is ``text``, ``blank``,
``heading`` (with its ``level``) or ``rule`` (a horizontal line).  :func:`read_bytes` picks the reader by
the file's extension, once the bytes are known to be of that format (``sniff``); ``encoding`` decodes text
files.  :mod:`indexer.text.normalize` takes it from there.
"""

from __future__ import annotations

import os

from indexer.errors import UnsupportedFormat
from indexer.reading.doc import read_doc
from indexer.reading.docx import read_docx
from indexer.reading.html import read_html
from indexer.reading.legacy_fonts import in_unicode
from indexer.reading.ocr import image_frames, read_image
from indexer.reading.ocr_session import ocr_session
from indexer.reading.pdf import pages_for_ocr, read_pdf
from indexer.reading.sniff import check_extension, looks_like_html_page
from indexer.reading.source_text import Line, OcrPage, SourceText, plain_lines
from indexer.reading.text import looks_like_markdown, read_markdown, read_text

__all__ = [
    "READERS",
    "Line",
    "OcrPage",
    "SourceText",
    "accepted_extensions",
    "format_of",
    "looks_like_markdown",
    "ocr_pages_wanted",
    "ocr_session",
    "plain_lines",
    "read_bytes",
]

# The reader of each file extension.
READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".doc": read_doc,
    ".pdf": read_pdf,
    ".png": read_image(".png"),
    ".jpg": read_image(".jpg"),
    ".jpeg": read_image(".jpg"),
    ".tif": read_image(".tif"),
    ".tiff": read_image(".tif"),
}
# Extensions of plain text, whose bytes may still be a web page's source.
TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")


def accepted_extensions() -> str:
    return ", ".join(sorted(READERS))


def format_of(filename: str) -> str:
    return os.path.splitext(filename)[1].lower()


def read_bytes(data: bytes, filename: str) -> SourceText:
    """Read the bytes of a file named ``filename`` with the reader its extension calls for.

    :raise UnsupportedFormat: no reader for that extension
        (:class:`~indexer.errors.ExtensionMismatch`: the bytes are of another format than it names).
    :raise UnreadableFile: (and subclasses) the bytes are not a readable document.
    """
    extension = format_of(filename)
    reader = READERS.get(extension)
    if reader is None:
        raise UnsupportedFormat(extension, accepted_extensions())
    check_extension(data, extension)
    if extension in TEXT_EXTENSIONS and looks_like_html_page(data):
        reader = read_html  # a page saved under a text name: its markup is not its text
    return in_unicode(reader(data))


IMAGES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def ocr_pages_wanted(data: bytes, filename: str) -> int:
    """How many pages reading this file will read by OCR (0 for typed files), found without reading them:
    a scan is read in the upload helper while the archivist watches its progress.

    :raise UnreadableFile: an image that is damaged, too large or of too many pages.
    """
    extension = format_of(filename)
    if extension == ".pdf":
        return pages_for_ocr(data)
    if extension in IMAGES:
        return len(image_frames(data))
    return 0
