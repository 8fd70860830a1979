"""Optical character recognition of scanned pages, with Debian's tesseract and its Vietnamese model.

A PDF page without a real text layer (a scan, or a layer in a broken font) is rendered at 300 dpi by
``pdftoppm`` and read by ``tesseract -l vie``; images (PNG, JPEG, TIFF) are read directly.  Tesseract is
called rather than ``ocrmypdf``: the archive needs the text, not a new PDF, and one program fewer to install.
``preserve_interword_spaces`` keeps the wide gap between a header's two columns, which
:mod:`indexer.text.header_cells` reads as it reads ``pdftotext -layout``.
"""

from __future__ import annotations

import functools
import os
import shutil
import struct
import subprocess
import tempfile

from indexer.errors import ReaderMissing, UnreadableFile

MAX_PAGES = 60  # pages read by OCR in one file: about four minutes of one core
MAX_PIXELS = 80_000_000  # an A3 page at 600 dpi is 70 million: more is not a page
DPI = 300
_TIMEOUT = 120  # seconds for one page
# Tesseract writes Icelandic eth for the Vietnamese D with a stroke now and then.
_LOOK_ALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})


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


@functools.cache
def available() -> bool:
    """Whether tesseract with its Vietnamese model, and pdftoppm, are installed."""
    if not shutil.which("tesseract") or not shutil.which("pdftoppm"):
        return False
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "vie" in langs.stdout.decode("utf-8", errors="replace").split()


def _require() -> None:
    if not available():
        raise ReaderMissing("ảnh quét", "tesseract-ocr, tesseract-ocr-vie, poppler-utils")


def _tesseract(image_path: str) -> str:
    done = subprocess.run(
        ["tesseract", image_path, "stdout", "-l", "vie", "-c", "preserve_interword_spaces=1"],
        capture_output=True,
        timeout=_TIMEOUT,
        check=False,
    )
    return done.stdout.decode("utf-8", errors="replace").translate(_LOOK_ALIKES)


def ocr_pdf_pages(data: bytes, pages: list[int]) -> dict[int, str]:
    """The text tesseract reads on the given pages (numbered from 1) of a PDF."""
    _require()
    if len(pages) > MAX_PAGES:
        raise TooManyPages(len(pages))
    texts: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="ocr-") as work:
        source = os.path.join(work, "source.pdf")
        with open(source, "wb") as fh:
            fh.write(data)
        for number in pages:
            stem = os.path.join(work, f"page{number}")
            subprocess.run(
                ["pdftoppm", "-r", str(DPI), "-f", str(number), "-l", str(number), "-png", "-singlefile", source, stem],
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
            )
            image = f"{stem}.png"
            texts[number] = _tesseract(image) if os.path.exists(image) else ""
    return texts


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


def ocr_image(data: bytes, suffix: str) -> str:
    """The text tesseract reads in an image (every page of a multi-page TIFF)."""
    _require()
    pixels = image_pixels(data)
    if pixels is not None and pixels > MAX_PIXELS:
        raise ImageTooLarge(pixels)
    with tempfile.TemporaryDirectory(prefix="ocr-") as work:
        path = os.path.join(work, f"image{suffix}")
        with open(path, "wb") as fh:
            fh.write(data)
        return _tesseract(path)


def read_image(suffix: str):
    """The reader of images with this suffix: their text, read by OCR, as plain lines."""
    from indexer.reading.source_text import SourceText, plain_lines

    def read(data: bytes) -> SourceText:
        text = ocr_image(data, suffix)
        if sum(ch.isalpha() for ch in text) < 20:
            raise NoTextFound()
        return SourceText(plain_lines(text), "image", None)

    return read
