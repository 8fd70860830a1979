"""Reader for PDF files with a text layer (``.pdf``), with pypdf.

Each page's text becomes plain lines, with a blank line between pages;
:mod:`indexer.text.normalize` then removes gazette page headers and page numbers
and re-flows hard-wrapped lines.  A PDF without a text layer (a scan) and an
encrypted PDF are refused with a message that says what to do instead.
"""

from __future__ import annotations

import io
import logging
import string

from indexer.errors import CorruptDocument, EncryptedPdf, NoTextLayer
from indexer.reading.encoding import VIETNAMESE_LETTERS
from indexer.reading.ocr import NoTextFound, ocr_pdf_pages
from indexer.reading.ocr import available as ocr_available
from indexer.reading.pdf_stamps import fill_blanks, page_fragments, reading_order, widget_stamps
from indexer.reading.source_text import Line, OcrPage, SourceText, plain_lines

# Fewer letters than this in the whole file: only images (a scan), perhaps with a stamp or a page number.
MIN_LETTERS = 40

# pypdf reports every irregularity of a PDF as a warning; the file either reads or is refused here.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_BROKEN = (
    "Tệp PDF bị hỏng, không đọc được (có thể tải về chưa trọn vẹn); hãy xuất lại tệp PDF rồi tải lên.",
    "the PDF file is damaged and cannot be read",
)


def read_pdf(data: bytes) -> SourceText:
    """Read a ``.pdf``: its text page by page.

    :raise EncryptedPdf: it needs a password to open.
    :raise NoTextLayer: it holds images of pages, no text.
    :raise CorruptDocument: its structure is broken.
    """
    from pypdf import PdfReader  # imported here so that reading text files never pays for it

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # Many official PDFs are encrypted only to restrict printing, with an empty user password.
                if not reader.decrypt(""):
                    raise EncryptedPdf()
            except EncryptedPdf:
                raise
            except Exception:  # an unknown or unsupported encryption: refuse as encrypted, not as broken
                raise EncryptedPdf() from None
        pages = [_page_text(page, reader) for page in reader.pages]
    except (EncryptedPdf, NoTextLayer):
        raise
    except Exception:  # pypdf raises many kinds on a damaged file (PdfReadError, KeyError, ValueError…)
        raise CorruptDocument(*_BROKEN) from None
    pages, read = _with_ocr(data, pages)
    if sum(ch.isalpha() for text in pages for ch in text) < MIN_LETTERS:
        raise NoTextLayer()
    lines: list[Line] = []
    for text in pages:
        lines += plain_lines(text)
        lines.append(Line("", "blank"))
    return SourceText(lines, "pdf", None, ocr=read)


def _page_text(page, reader) -> str:
    """The page's text in reading order, with the number and day its signature widgets stamp into the blanks."""
    stamps = widget_stamps(page, reader) if page.get("/Annots") else []
    text, fragments = page_fragments(page)
    return reading_order(text, fragments, fill_blanks(text, fragments, stamps))


_LETTERS = set(string.ascii_lowercase) | {letter.lower() for letter in VIETNAMESE_LETTERS}


def needs_ocr(text: str) -> bool:
    """Whether a page's text layer is no text: none or a stamp only, a broken font (``chç tr°¡ng``), or an
    OCR layer that lost the diacritics (``Tinh lamdong``) — Vietnamese is never written without them."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if sum(len(w) for w in words) < MIN_LETTERS:
        return True
    foreign = sum(any(ch.isalpha() and ch.lower() not in _LETTERS for ch in w) for w in words)
    bare = sum(w.isascii() for w in words)
    # A Vietnamese page has a mark on three words in four (at most a quarter bare on the real PDFs of
    # bench/real-directives*); an OCR layer that kept a few ("ngày", "Chü tjch Uy ban nhn dan") is three
    # quarters bare.
    return foreign > 0.1 * len(words) or (len(words) >= 30 and bare > 0.5 * len(words))


def pages_for_ocr(data: bytes) -> int:
    """How many pages of a PDF have no real text layer: what reading it will ask of OCR (0 if it cannot
    be opened; reading it says why)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return 0
        return sum(needs_ocr(_page_text(page, reader)) for page in reader.pages)
    except Exception:  # damaged or encrypted: read_pdf refuses it with the reason
        return 0


def _with_ocr(data: bytes, pages: list[str]) -> tuple[list[str], list[OcrPage]]:
    """The pages, those without a real text layer read by OCR when tesseract is installed; and what OCR read."""
    wanting = [i + 1 for i, text in enumerate(pages) if needs_ocr(text)]
    if not wanting or not ocr_available():
        return pages, []
    read = ocr_pdf_pages(data, wanting)
    out = [read[i + 1].text if i + 1 in read and read[i + 1].text.strip() else text for i, text in enumerate(pages)]
    if sum(ch.isalpha() for text in out for ch in text) < MIN_LETTERS:
        raise NoTextFound()
    return out, [read[n] for n in wanting if read[n].words or read[n].corrected]
