"""Optical character recognition of scanned pages, with Debian's tesseract and its Vietnamese model.

A PDF page without a real text layer (a scan, or a layer in a broken font) is rendered at 300 dpi by
``pdftoppm`` and read by ``tesseract -l vie``; images (PNG, JPEG, TIFF, every page of a multi-page TIFF)
are read directly.  Tesseract is called rather than ``ocrmypdf``: the archive needs the text and each
word's confidence, not a new PDF, and ocrmypdf would bring ghostscript and a second copy of every scan.
``preserve_interword_spaces`` keeps the wide gap between a header's two columns, which
:mod:`indexer.text.header_cells` reads as it reads ``pdftotext -layout``.  One run writes the text and
the words with their confidences (``txt tsv``); one OpenMP thread per tesseract (``OMP_THREAD_LIMIT=1``)
reads a page in a third of the time two threads take on two cores, and leaves the other core to searches.
Results are cached and progress reported as :mod:`indexer.reading.ocr_session` says.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import io
import os
import shutil
import struct
import subprocess
import tempfile
import unicodedata

from indexer.errors import CorruptDocument, ReaderMissing, UnreadableFile
from indexer.reading.ocr_session import OcrCache, current_session
from indexer.reading.scan import dust, handwriting
from indexer.reading.scan.slips import clean_ocr_text
from indexer.reading.source_text import OcrPage

MAX_PAGES = 60  # pages read by OCR in one file: about two minutes of one core
MAX_PIXELS = 80_000_000  # an A3 page at 600 dpi is 70 million: more is not a page
DPI = 300
UNSURE = 60  # a word tesseract gives less confidence than this (0-100) is marked for checking
_TIMEOUT = 120  # seconds for one page
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
# Sauvola's local threshold instead of one threshold for the page (Otsu): a photo lit unevenly loses a third
# of its text to a global one (bench/ocr_quality.py: photo CER 15.2% -> 1.1%, clean pages unchanged).
_OPTIONS = ("-c", "preserve_interword_spaces=1", "-c", "thresholding_method=2")


class TooManyPages(UnreadableFile):
    code = "too_many_pages"
    status = 413

    def __init__(self, pages: int):
        super().__init__(
            f"Bản quét có {pages} trang cần nhận dạng chữ, quá giới hạn {MAX_PAGES} trang một tệp; "
            "hãy tách thành nhiều tệp nhỏ hơn rồi tải lên.",
            f"the scan has {pages} pages to read by OCR, more than the {MAX_PAGES} allowed in one file; split it",
        )


class ImageTooLarge(UnreadableFile):
    code = "image_too_large"
    status = 413

    def __init__(self, pixels: int):
        super().__init__(
            f"Ảnh có {pixels:,} điểm ảnh, quá lớn để là một trang văn bản (giới hạn {MAX_PIXELS:,}); "
            "hãy quét lại ở 300 dpi rồi tải lên.",
            f"the image has {pixels:,} pixels, too many for a page (limit {MAX_PIXELS:,}); scan it at 300 dpi",
        )


class NoTextFound(UnreadableFile):
    code = "no_text_found"
    status = 422

    def __init__(self):
        super().__init__(
            "Không nhận dạng được chữ nào trong ảnh hoặc bản quét; hãy kiểm tra ảnh (rõ nét, đúng chiều) "
            "rồi tải lên lại.",
            "no text could be recognised in the image or scan; check it is sharp and upright",
        )


_BROKEN_IMAGE = (
    "Tệp ảnh bị hỏng hoặc không phải ảnh (có thể tải về chưa trọn vẹn); hãy quét hoặc xuất lại ảnh rồi tải lên.",
    "the image file is damaged or not an image",
)


@functools.cache
def available() -> bool:
    """Whether tesseract with its Vietnamese model, and pdftoppm, are installed."""
    return bool(shutil.which("pdftoppm")) and "vie" in _tesseract_says("--list-langs").split()


@functools.cache
def engine() -> str:
    """What reads the pages, as cached results are labelled: another version or resolution reads anew."""
    version = _tesseract_says("--version").split("\n", 1)[0].strip()
    options = " ".join(_OPTIONS[1::2])
    specks = f"specks under {dust.SPECK_SHARE} dropped; faint lines dropped"
    return f"{version} vie {DPI}dpi {options}; {specks}; hand-written figures: {handwriting.MODEL}"


def _tesseract_says(option: str) -> str:
    if not shutil.which("tesseract"):
        return ""
    try:
        done = subprocess.run(["tesseract", option], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return (done.stdout + done.stderr).decode("utf-8", errors="replace")


def _require() -> None:
    if not available():
        raise ReaderMissing("ảnh quét", "tesseract-ocr, tesseract-ocr-vie, poppler-utils")


def _as_read(page: OcrPage, session) -> OcrPage:
    """The page with OCR's slips put right (the cache keeps what tesseract read: better cleaning needs no
    new reading), or with the text an archivist typed for it."""
    typed = (session.page_texts or {}).get(page.number)
    if typed is not None:
        return dataclasses.replace(page, text=unicodedata.normalize("NFC", typed), unsure=[], corrected=True)
    unsure = [{**word, "text": clean_ocr_text(word["text"])} for word in page.unsure]
    return dataclasses.replace(page, text=clean_ocr_text(page.text), unsure=unsure)


def _read_image_file(path: str, first: int) -> list[OcrPage]:
    """Every page tesseract reads in an image file, numbered from ``first``."""
    with tempfile.TemporaryDirectory(prefix="tess-") as work:
        base = os.path.join(work, "out")
        try:
            subprocess.run(
                ["tesseract", path, base, "-l", "vie", *_OPTIONS, "txt", "tsv"],
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
                env=_ENV,
            )
        except subprocess.TimeoutExpired:
            return []
        texts = _read_text(f"{base}.txt").split("\f")
        words = words_by_page(_read_text(f"{base}.tsv"))
    pages = []
    for k, (size, page_words, lines) in enumerate(words):
        text, page_words = dust.without_specks(texts[k] if k < len(texts) else "", page_words, lines)
        confidences = [conf for conf, _, _ in page_words]
        unsure = [{"text": clean_ocr_text(word), "box": box} for conf, word, box in page_words if conf < UNSURE]
        text, handwritten = _handwritten(path, k, text, page_words, size)
        pages.append(
            OcrPage(
                number=first + k,
                text=text.strip("\n"),
                confidence=round(sum(confidences) / len(confidences) / 100, 3) if confidences else 0.0,
                words=len(confidences),
                unsure=unsure + handwritten,
                size=size,
            )
        )
    return pages


def _handwritten(path: str, frame: int, text: str, words: list, size: tuple[int, int]) -> tuple[str, list[dict]]:
    """The text with the figures written by hand in its header (:mod:`indexer.reading.scan.handwriting`)."""
    found = handwriting.slots(words, size[1])
    if not found:
        return text, []
    from PIL import Image

    with Image.open(path) as image:
        image.seek(frame)
        return handwriting.fill_in(text, image, found)


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def words_by_page(tsv: str) -> list[tuple[tuple[int, int], list[dust.Word], list[list[int]]]]:
    """Tesseract's TSV as, per page: its size, its words in reading order, and the indexes of each line's
    words (a line as the text output has it, one line of text per line of words)."""
    pages: list = []
    line_of: dict[tuple, list[int]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level, box = int(row["level"]), [int(row[k]) for k in ("left", "top", "width", "height")]
            conf = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        if level == 1:
            pages.append(((box[2], box[3]), [], []))
            line_of = {}
        elif level == 5 and pages and (row.get("text") or "").strip() and conf >= 0:
            _size, words, lines = pages[-1]
            key = (row.get("block_num"), row.get("par_num"), row.get("line_num"))
            if key not in line_of:
                line_of[key] = []
                lines.append(line_of[key])
            line_of[key].append(len(words))
            words.append((conf, row["text"].strip(), box))
    return pages


def ocr_pdf_pages(data: bytes, pages: list[int]) -> dict[int, OcrPage]:
    """What tesseract reads on the given pages (numbered from 1) of a PDF, from the cache when it has them."""
    _require()
    if len(pages) > MAX_PAGES:
        raise TooManyPages(len(pages))
    session = current_session()
    sha = hashlib.sha256(data).hexdigest()
    found = {n: session.cache.get(sha, n, engine()) for n in pages} if session.cache else {}
    missing = [n for n in pages if found.get(n) is None]
    read: dict[int, OcrPage] = {}
    done = len(pages) - len(missing)
    if done:  # what the cache holds needs neither the file on disk nor a reading
        read.update({n: _as_read(found[n], session) for n in pages if found.get(n) is not None})
        session.report(done, len(pages))
    if missing:
        with tempfile.TemporaryDirectory(prefix="ocr-") as work:
            source = os.path.join(work, "source.pdf")
            with open(source, "wb") as fh:
                fh.write(data)
            for number in missing:
                page = _ocr_pdf_page(source, number, work)
                if session.cache and page is not None:
                    session.cache.put(sha, page, engine())
                read[number] = _as_read(page or OcrPage(number, "", 0.0, 0), session)
                done += 1
                session.report(done, len(pages))
    return {n: read[n] for n in pages}


def cached_page(cache_dir: str, sha256: str, number: int) -> OcrPage | None:
    """What OCR read on page ``number`` of the file of this digest (its slips put right, as the record reads
    it), if the cache in ``cache_dir`` holds it."""
    page = OcrCache(cache_dir).get(sha256, number, engine())
    return _as_read(page, current_session()) if page is not None else None


def _ocr_pdf_page(source: str, number: int, work: str) -> OcrPage | None:
    """What tesseract reads on a page; None when it could not be rendered or read in time."""
    stem = os.path.join(work, f"page{number}")
    image = render_pdf_page(source, number, DPI, stem)
    found = _read_image_file(image, number) if image else []
    return found[0] if found else None


def render_pdf_page(source: str, number: int, dpi: int, stem: str, *, gray: bool = True) -> str | None:
    """Page ``number`` of the PDF at ``source`` as an uncompressed image, ``<stem>.pgm`` (gray, what OCR
    reads) or ``<stem>.ppm`` (colour, what people see); None when it cannot be rendered.  Uncompressed:
    a PNG of a 300 dpi page costs 1.8 s to compress, more than reading it."""
    options, suffix = (["-gray"], "pgm") if gray else ([], "ppm")
    try:
        subprocess.run(
            ["pdftoppm", *options, "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile", source, stem],
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return f"{stem}.{suffix}" if os.path.exists(f"{stem}.{suffix}") else None


def image_frames(data: bytes) -> list[tuple[int, int]]:
    """The width and height of each page of an image, without decoding it.

    :raise CorruptDocument: not an image Pillow can open.
    :raise ImageTooLarge: a page of more than :data:`MAX_PIXELS` pixels (an image bomb).
    :raise TooManyPages: a TIFF of more than :data:`MAX_PAGES` pages.
    """
    from PIL import Image, UnidentifiedImageError

    pixels = image_pixels(data)
    if pixels is not None and pixels > MAX_PIXELS:  # Pillow would not open a header-only bomb at all
        raise ImageTooLarge(pixels)
    sizes = []
    try:
        with Image.open(io.BytesIO(data)) as image:
            frames = getattr(image, "n_frames", 1)
            if frames > MAX_PAGES:
                raise TooManyPages(frames)
            for k in range(frames):
                image.seek(k)
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageTooLarge(width * height)
                sizes.append((width, height))
    except (UnidentifiedImageError, OSError, EOFError, ValueError, SyntaxError):
        raise CorruptDocument(*_BROKEN_IMAGE) from None
    return sizes


def image_pixels(data: bytes) -> int | None:
    """Width times height of a PNG or JPEG from its header, without decoding it; None for other formats."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width * height
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return width * height
            i += 2 + length
    return None


def ocr_image(data: bytes, suffix: str) -> list[OcrPage]:
    """What tesseract reads on every page of an image (one, or each of a multi-page TIFF)."""
    _require()
    frames = image_frames(data)
    session = current_session()
    sha = hashlib.sha256(data).hexdigest()
    cached = [session.cache.get(sha, k, engine()) for k in range(1, len(frames) + 1)] if session.cache else [None]
    if all(cached):
        session.report(len(cached), len(cached))
        return [_as_read(page, session) for page in cached]
    with tempfile.TemporaryDirectory(prefix="ocr-") as work:
        path = os.path.join(work, f"image{suffix}")
        with open(path, "wb") as fh:
            fh.write(data)
        pages = _read_image_file(path, 1)
    for page in pages:
        if session.cache:
            session.cache.put(sha, page, engine())
    session.report(len(frames), len(frames))
    return [_as_read(page, session) for page in pages]


def read_image(suffix: str):
    """The reader of images with this suffix: their text, read by OCR, as plain lines."""
    from indexer.reading.source_text import Line, SourceText, plain_lines

    def read(data: bytes) -> SourceText:
        pages = ocr_image(data, suffix)
        if sum(ch.isalpha() for page in pages for ch in page.text) < 20:
            raise NoTextFound()
        lines: list[Line] = []
        for page in pages:
            lines += plain_lines(page.text)
            lines.append(Line("", "blank"))
        return SourceText(lines, "image", None, ocr=pages)

    return read
