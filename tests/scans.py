"""Realistic scans of known text, for the OCR tests and ``bench/ocr_quality.py``.

A document's text is printed the way a typed page prints (Chromium's "Print to PDF" of a serif ``<pre>`` on
A4), the PDF rasterised by ``pdftoppm`` as a scanner sees the sheet, the page images spoiled as scanners and
phones spoil them (skew, noise, JPEG, a photo's perspective and lighting), and written back as an image-only
PDF, as a scanner writes it.  Since the text is known, what OCR reads can be compared with it.

:data:`VARIANTS` names the ways a page is scanned, so that the bench and the tests make the same pages::

    pdf = printed_pdf(browser, text)
    scan = VARIANTS["300dpi-skew1.5"].scan(pdf)   # an image-only PDF of every page
    pages = VARIANTS["photo"].pages(pdf, last=1)  # the first page, as a phone photographs it

Only the library's front door (``indexer``) is used here: the bench imports this module.
"""

from __future__ import annotations

import dataclasses
import html
import io
import pathlib
import re
import subprocess
import tempfile
import time
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageFilter

from indexer import read_bytes

# Times New Roman is the font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP); Liberation Serif
# has its metrics (scripts/test installs it).  DejaVu Serif, wider with squashed accents on capitals, is no
# office's font: printed in it, two seed headers lose a tone mark to OCR (bench/NOTES.md).
SERIF = '"Times New Roman", "Liberation Serif", "Noto Serif", serif'


def typed_text(data: bytes, filename: str) -> str:
    """A file's text as it prints when typed: its lines as the portal reads them, Markdown marks gone.

    Tabs and runs of spaces inside a line (two header columns) are kept.
    """
    return "\n".join(line.text for line in read_bytes(data, filename).lines).strip("\n") + "\n"


def page_html(text: str) -> str:
    """Plain text as an A4 page the way a typed document prints: a serif at 13pt, 2 cm margins.

    The text is escaped into a ``<pre>`` that wraps long lines (``pre-wrap``) and keeps every space, so a
    header line whose two columns are apart by spaces prints as two columns.
    """
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; }}
html, body {{ margin: 0; background: #fff; color: #000; }}
pre {{ font-family: {SERIF}; font-size: 13pt; line-height: 1.35; margin: 0;
      white-space: pre-wrap; overflow-wrap: break-word; tab-size: 8; }}
</style></head><body><pre>{html.escape(text)}</pre></body></html>"""


def printed_pdf(browser, text: str) -> bytes:
    """``text`` printed to an A4 PDF by Chromium (a Playwright browser), as "Print to PDF" does.

    The PDF has a text layer: ``pdftotext`` gives back what each page shows.
    """
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(page_html(text))
        return page.pdf(format="A4", prefer_css_page_size=True, print_background=True)
    finally:
        context.close()


def rasterised(pdf: bytes, dpi: int, *, last: int | None = None) -> list[Image.Image]:
    """The pages of a PDF (up to page ``last``) as grayscale images at ``dpi``, rendered by ``pdftoppm``.

    The pages are written as PGM, not PNG: the same pixels, and six times faster (compressing a 300 dpi page
    into a PNG takes most of a second).

    :raise subprocess.CalledProcessError: pdftoppm cannot read the PDF.
    """
    with tempfile.TemporaryDirectory(prefix="scan-") as work:
        source = pathlib.Path(work, "printed.pdf")
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", str(dpi), "-gray"]
        command += ["-l", str(last)] if last else []
        subprocess.run([*command, str(source), f"{work}/page"], check=True, capture_output=True, timeout=300)
        # pdftoppm pads the page number to the width of the last one: page-1.pgm or page-01.pgm
        files = sorted(pathlib.Path(work).glob("page-*.pgm"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))
        pages = []
        for path in files:
            with Image.open(path) as image:
                pages.append(image.convert("L"))
        return pages


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    """The image as it comes back from a JPEG of that quality (its blocks and ringing)."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    out.seek(0)
    with Image.open(out) as reread:
        return reread.convert("L")


def degraded(
    image: Image.Image,
    *,
    skew: float = 0.0,
    noise: float = 0.0,
    jpeg_quality: int | None = None,
    seed: int = 0,
) -> Image.Image:
    """A page image as a worse scanner gives it.

    :param skew: degrees the sheet lay askew (counter-clockwise); the corners uncovered are white paper.
    :param noise: strength from 0 to 1: gaussian noise of standard deviation ``noise * 255`` on every pixel,
        and ``noise / 20`` of the pixels turned black or white (dust, sensor specks).
    :param jpeg_quality: re-encoded as a JPEG of this quality (1-95), as most scanners store pages.
    :param seed: the noise's random generator, so that a page is spoiled the same way every time.
    """
    page = image.convert("L")
    if skew:
        page = page.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if noise:
        rng = np.random.default_rng(seed)
        pixels = np.asarray(page, dtype=np.float32)
        pixels = pixels + rng.normal(0.0, noise * 255, pixels.shape)
        specks = rng.random(pixels.shape)
        pixels[specks < noise / 40] = 0
        pixels[specks > 1 - noise / 40] = 255
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    if jpeg_quality is not None:
        page = jpeg(page, jpeg_quality)
    return page


def _perspective_coefficients(target: list[tuple[float, float]], source: list[tuple[float, float]]) -> list[float]:
    """The 8 coefficients of ``Image.transform(..., PERSPECTIVE)`` that take each target corner to its source."""
    rows, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return np.linalg.solve(np.array(rows, dtype=float), np.array(values, dtype=float)).tolist()


def photo_like(image: Image.Image, seed: int = 0) -> Image.Image:
    """A page image as a phone photographs the sheet on a desk.

    The camera is a little off square (each corner moved by up to 2.5% of the page: perspective and some
    rotation), the light falls from one side (the far corner about 35% darker, the paper grey rather than
    white), the focus is soft (a blur of about a pixel at 300 dpi), and the phone stores a JPEG.
    """
    rng = np.random.default_rng(seed)
    page = image.convert("L")
    width, height = page.size
    corners = [(0, 0), (width, 0), (width, height), (0, height)]
    shift = 0.025 * min(width, height)
    moved = [(x + rng.uniform(-shift, shift), y + rng.uniform(-shift, shift)) for x, y in corners]
    page = page.transform(
        page.size,
        Image.Transform.PERSPECTIVE,
        _perspective_coefficients(corners, moved),
        Image.Resampling.BICUBIC,
        fillcolor=200,  # the desk around the sheet
    )
    light = rng.uniform(0, 2 * np.pi)  # where the light comes from
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    across = (np.cos(light) * (xs / width - 0.5) + np.sin(light) * (ys / height - 0.5)) + 0.5
    gain = 0.92 - 0.35 * np.clip(across, 0, 1)
    pixels = np.asarray(page, dtype=np.float32) * gain + rng.normal(0, 4, (height, width))
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    page = page.filter(ImageFilter.GaussianBlur(radius=1.1 * width / 2480))
    return jpeg(page, 75)


def scan_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """An image-only PDF of these pages (no text layer), as a scanner writes it, at ``dpi``."""
    out = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    # dated once for all, so that the same pages make the same file (an OCR cache knows it by its digest)
    when = time.gmtime(1767225600)  # 2026-01-01
    first.save(out, "PDF", resolution=dpi, save_all=True, append_images=rest, creationDate=when, modDate=when)
    return out.getvalue()


@dataclasses.dataclass(frozen=True)
class Variant:
    """One way a printed page is scanned: the resolution of the scan, then what spoils each page image.

    ``spoil(image, page_number)`` takes the page number as the seed of any randomness.
    """

    dpi: int
    spoil: Callable[[Image.Image, int], Image.Image] = lambda image, _: image

    def pages(self, pdf: bytes, *, last: int | None = None) -> list[Image.Image]:
        """The scanned images of the PDF's pages (up to page ``last``)."""
        return [self.spoil(image, k) for k, image in enumerate(rasterised(pdf, self.dpi, last=last), 1)]

    def scan(self, pdf: bytes, *, last: int | None = None) -> bytes:
        """The image-only PDF a scanner makes of the printed PDF's pages (up to page ``last``)."""
        return scan_pdf(self.pages(pdf, last=last), self.dpi)


VARIANTS = {
    "300dpi": Variant(300),
    "200dpi": Variant(200),
    "300dpi-skew1.5": Variant(300, lambda image, k: degraded(image, skew=1.5, seed=k)),
    "300dpi-noise": Variant(300, lambda image, k: degraded(image, noise=0.08, seed=k)),
    "300dpi-jpeg40": Variant(300, lambda image, k: degraded(image, jpeg_quality=40, seed=k)),
    "photo": Variant(300, lambda image, k: photo_like(image, seed=k)),
}
CLEAN = {"300dpi"}  # the variants the goal for clean pages applies to; the others are degraded
