"""A page of a scan as an image a browser shows: what the archivist compares the OCR text with.

PDF pages are rendered by ``pdftoppm``; images (PNG, JPEG, TIFF, a page of a multi-page TIFF) are
opened by Pillow.  Either way the page comes back as a PNG about :data:`WIDTH` pixels wide, with the
words OCR was unsure of outlined when asked: the boxes are drawn in the image, since the portal's
Content-Security-Policy allows no inline styles to lay boxes over it.
"""

from __future__ import annotations

import io
import os
import tempfile

from indexer.errors import ArchiveError
from indexer.reading.ocr import render_pdf_page

WIDTH = 1100  # pixels: a page readable beside its text on a laptop screen
_DPI = 130  # an A4 page at 130 dpi is 1075 pixels wide
_MARK = (230, 120, 0)


class NoSuchPage(ArchiveError):
    code = "no_such_page"
    status = 404

    def __init__(self, number: int):
        super().__init__(f"Tệp không có trang {number}.", f"the file has no page {number}")


def page_image(data: bytes, filename: str, number: int, boxes: list[dict] | None = None) -> bytes:
    """Page ``number`` (from 1) of the file as a PNG, with ``boxes`` outlined.

    :param boxes: ``{"box": [left, top, width, height], "size": [width, height]}`` in the pixels of the
        image OCR read (its size says how to scale them).
    :raise NoSuchPage: the file has no such page, or it cannot be drawn.
    """
    from PIL import ImageDraw

    image = _pdf_page(data, number) if filename.lower().endswith(".pdf") else _image_page(data, number)
    if image is None:
        raise NoSuchPage(number)
    image = image.convert("RGB")
    if image.width > WIDTH:
        image = image.resize((WIDTH, round(image.height * WIDTH / image.width)))
    draw = ImageDraw.Draw(image)
    for mark in boxes or []:
        width, _ = mark.get("size") or (0, 0)
        if not width:
            continue
        scale = image.width / width
        left, top, w, h = (v * scale for v in mark["box"])
        draw.rectangle([left - 2, top - 2, left + w + 2, top + h + 2], outline=_MARK, width=3)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _pdf_page(data: bytes, number: int):
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="page-") as work:
        source = os.path.join(work, "source.pdf")
        with open(source, "wb") as fh:
            fh.write(data)
        path = render_pdf_page(source, number, _DPI, os.path.join(work, "page"), gray=False)
        if path is None:
            return None
        with Image.open(path) as image:
            image.load()
            return image.copy()


def _image_page(data: bytes, number: int):
    from PIL import Image

    try:
        image = Image.open(io.BytesIO(data))
        image.seek(number - 1)
        image.load()
        return image.copy()
    except (OSError, EOFError, ValueError, SyntaxError):
        return None
