"""How well OCR reads scanned pages of known text: character error rate and confidence per kind of scan, and pages
per minute.

    python bench/ocr_quality.py [--texts N] [--pages P] [--variants 300dpi,photo]

Source texts, taken in turn from each source: the seed corpus (``../shared/seeds``), gazette full texts
(``../shared/data/congbao-8chude-fulltext``) and the typed files (.docx, .txt) of the real directives
(``../shared/data/real-directives-dev``), each read as the portal reads it.  Each text is printed to an A4 PDF by
Chromium (``tests/scans.py``: a serif at 13pt), its first P pages are scanned in each way of
``tests.scans.VARIANTS`` (300 and 200 dpi, skewed, noisy, a JPEG of quality 40, a phone photo), and each page
image is read as the portal reads an uploaded image, by ``indexer.ocr_image`` (``tesseract -l vie -c
preserve_interword_spaces=1``, one OpenMP thread, its slips in numbers put right).

The reference of a page is the printed PDF's own text layer for that page (``pdftotext -layout -f N -l N``).  The
character error rate (CER) is the Levenshtein distance between what OCR read and the reference, over the
reference's length, both in Unicode NFC with every run of whitespace made one space; a variant's CER is over all
its pages' characters.  Confidence is tesseract's mean word confidence (0-1).  Pages per minute count the wall
time of OCR alone (not printing or rendering).  The goals are the issue's: CER at most 2% on clean 300 dpi pages,
5% on degraded ones.

Prints one line per page, a table per variant, then one JSON line with the figures.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import indexer  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.scans import CLEAN, VARIANTS, printed_pdf, typed_text  # noqa: E402

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GAZETTE = SHARED / "data" / "congbao-8chude-fulltext" / "docs.jsonl.gz"
REAL = SHARED / "data" / "real-directives-dev" / "docs"
REAL_TYPED = ("021.docx", "003.docx", "039.txt", "007.txt", "016.docx", "040.txt")  # typed, not OCR'd or scanned
GAZETTE_TEXTS = 4
MAX_CHARS_PER_PAGE = 6000  # a long text is cut before printing: only its first pages are read
GOALS = {"clean": 0.02, "degraded": 0.05}


def gazette_texts(count: int) -> list[tuple[str, str]]:
    """``count`` gazette texts spread over the file, their runs of blank lines made one."""
    with gzip.open(GAZETTE, "rt", encoding="utf-8") as fh:
        documents = [json.loads(line) for line in fh if line.strip()]
    step = max(1, len(documents) // count)
    chosen = documents[::step][:count]
    return [(f"congbao/{d['doc_id'].split('/')[-1][:40]}", re.sub(r"\n\s*\n+", "\n\n", d["text"])) for d in chosen]


def source_texts(count: int) -> list[tuple[str, str]]:
    """``count`` labelled texts, taken in turn from the seeds, the gazette and the real typed directives."""
    seeds = [(f"seeds/{p.name}", typed_text(p.read_bytes(), p.name)) for p in sorted(SEEDS.iterdir()) if p.is_file()]
    real = [(f"real/{name}", typed_text((REAL / name).read_bytes(), name)) for name in REAL_TYPED]
    sources = [seeds, gazette_texts(GAZETTE_TEXTS), real]
    interleaved = [texts[k] for k in range(max(map(len, sources))) for texts in sources if k < len(texts)]
    return interleaved[:count]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions of one character), one numpy row at a time.

    A row's insertions chain along it; ``min_k<=j (t[k] + j - k)`` is a running minimum of ``t - k``.

    >>> edit_distance("ngày 15", "ngay 15"), edit_distance("", "abc"), edit_distance("Số", "Số 1")
    (1, 3, 2)
    """
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    columns = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.arange(len(b) + 1)
    row = offsets.copy()
    step = np.empty_like(row)
    for i, char in enumerate(a, 1):
        step[0] = i
        np.minimum(row[1:] + 1, row[:-1] + (columns != ord(char)), out=step[1:])
        row = np.minimum.accumulate(step - offsets) + offsets
    return int(row[-1])


def collapsed(text: str) -> str:
    """NFC, every run of whitespace one space, no space at either end."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def reference(pdf_path: str, page: int) -> str:
    """The printed PDF's text layer on one page (numbered from 1)."""
    command = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf_path, "-"]
    return subprocess.run(command, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


def read_page(png: bytes) -> tuple[str, float]:
    """What the portal reads on a page image (``indexer.ocr_image``), and tesseract's mean word confidence."""
    pages = indexer.ocr_image(png, ".png")
    return "\n".join(p.text for p in pages), sum(p.confidence for p in pages) / max(len(pages), 1)


class Figures:
    """Per variant: pages, error characters, reference characters, confidences, OCR seconds."""

    def __init__(self, variants: list[str]):
        self.variants = variants
        self.pages = dict.fromkeys(variants, 0)
        self.errors = dict.fromkeys(variants, 0)
        self.chars = dict.fromkeys(variants, 0)
        self.worst = dict.fromkeys(variants, 0.0)
        self.confidences: dict[str, list[float]] = {v: [] for v in variants}
        self.seconds = dict.fromkeys(variants, 0.0)

    def add(self, variant: str, distance: int, length: int, confidence: float, seconds: float) -> None:
        self.pages[variant] += 1
        self.errors[variant] += distance
        self.chars[variant] += length
        self.worst[variant] = max(self.worst[variant], distance / max(length, 1))
        self.confidences[variant].append(confidence)
        self.seconds[variant] += seconds

    def row(self, variant: str) -> dict:
        kind = "clean" if variant in CLEAN else "degraded"
        cer = self.errors[variant] / self.chars[variant] if self.chars[variant] else None
        scores = self.confidences[variant]
        seconds = self.seconds[variant]
        return {
            "variant": variant,
            "pages": self.pages[variant],
            "cer": round(cer, 4) if cer is not None else None,
            "worst_page_cer": round(self.worst[variant], 4),
            "goal": GOALS[kind],
            "meets_goal": cer is not None and cer <= GOALS[kind],
            "confidence": round(sum(scores) / len(scores), 3) if scores else None,
            "pages_per_minute": round(60 * self.pages[variant] / seconds, 1) if seconds else None,
        }

    def table(self) -> list[dict]:
        rows = [self.row(v) for v in self.variants]
        print(
            f"\n{'variant':<16} {'pages':>5} {'CER':>7} {'worst':>7} {'goal':>6} {'ok':>3} {'conf':>6} {'pages/min':>9}"
        )
        for r in rows:
            cer = f"{100 * r['cer']:.2f}%" if r["cer"] is not None else "-"
            print(
                f"{r['variant']:<16} {r['pages']:>5} {cer:>7} {100 * r['worst_page_cer']:>6.2f}% "
                f"{100 * r['goal']:>5.0f}% {'yes' if r['meets_goal'] else 'NO':>3} "
                f"{r['confidence'] if r['confidence'] is not None else '-':>6} {r['pages_per_minute'] or '-':>9}"
            )
        return rows


def measure_text(browser, label: str, text: str, variants: list[str], pages: int, figures: Figures) -> None:
    """Print one text, scan its first pages in each way, read them and count the errors."""
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as work:
        pdf_path = os.path.join(work, "printed.pdf")
        pdf = printed_pdf(browser, text[: MAX_CHARS_PER_PAGE * (pages + 1)])
        pathlib.Path(pdf_path).write_bytes(pdf)
        references = [collapsed(reference(pdf_path, k)) for k in range(1, pages + 1)]
        for variant in variants:
            for k, image in enumerate(VARIANTS[variant].pages(pdf, last=pages), 1):
                if not references[k - 1]:
                    continue
                png = io.BytesIO()
                image.save(png, "PNG")
                started = time.perf_counter()
                read, confidence = read_page(png.getvalue())
                seconds = time.perf_counter() - started
                distance = edit_distance(collapsed(read), references[k - 1])
                figures.add(variant, distance, len(references[k - 1]), confidence, seconds)
                cer = distance / len(references[k - 1])
                print(
                    f"{label:<50} p{k} {variant:<16} CER {100 * cer:6.2f}%  conf {confidence:.3f}  {seconds:5.1f} s",
                    flush=True,
                )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=6, help="source texts (seeds, gazette, real typed, in turn)")
    parser.add_argument("--pages", type=int, default=1, help="first pages of each text to scan and read")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated names of tests.scans.VARIANTS")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")

    from playwright.sync_api import sync_playwright

    texts = source_texts(args.texts)
    figures = Figures(variants)
    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for label, text in texts:
                measure_text(browser, label, text, variants, args.pages, figures)
        finally:
            browser.close()
    rows = figures.table()
    summary = {
        "texts": [label for label, _ in texts],
        "pages_per_text": args.pages,
        "variants": {r.pop("variant"): r for r in rows},
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
