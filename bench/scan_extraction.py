"""Real typed directives, scanned: does the record of the scan say what the record of the typed file says?

    python bench/scan_extraction.py [--variant 300dpi-skew1.5] [--pages N] [--files N] [--ocr-cache DIR]

Issue 20's acceptance tries "held-out scans made from real documents".  This makes them from the typed files of
``../shared/data/real-directives-dev`` (``.docx``, ``.doc``, ``.txt``, ``.md``, ``.html``; not the PDFs): each
is read as the portal reads it, printed to an A4 PDF by Chromium as it would be typed (``tests/scans.py``), its
pages (all, or the first ``--pages``) scanned in the way ``--variant`` names (``tests.scans.VARIANTS``: 300 or
200 dpi, skewed, noisy, a JPEG, a photo), and the image-only PDF uploaded as a scan is (``indexer.parse_bytes``,
so tesseract reads it).

Per field (doc_type, number, issuer, level, province, date, year, title, basis), it prints the share of records
whose scan gives the same value as the typed file, and the shares of the typed file's and of the scan's records
that agree with the hand-made gold, compared as ``bench/real_extraction.py`` compares them; then every
disagreement with the typed file, and one JSON line.  With ``--pages``, what lies past those pages (a basis, a
signature) is missing from the scan, and counts against it.  ``--ocr-cache DIR`` keeps what tesseract read (the
scans are made the same each time), so a run after a change to extraction reads no page again.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import indexer  # noqa: E402
from bench.real_extraction import FIELDS, comparable, load_gold  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.scans import VARIANTS, printed_pdf, typed_text  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "real-directives-dev"
TYPED = (".docx", ".doc", ".txt", ".md", ".html", ".htm")


def typed_files(limit: int | None) -> list[tuple[pathlib.Path, list[dict]]]:
    """The labelled typed files of the development set, with their gold records in part order."""
    files = sorted((p, g) for p, g in load_gold([DEV]) if p.suffix.lower() in TYPED)
    return files[:limit] if limit else files


def scanned_records(
    browser, path: pathlib.Path, variant: str, pages: int | None, cache: str | None
) -> tuple[list, list, float]:
    """The records of the typed file and of its scan, and the seconds the scan took to read."""
    data = path.read_bytes()
    typed = indexer.parse_bytes(data, path.name)
    pdf = printed_pdf(browser, typed_text(data, path.name))
    scan = VARIANTS[variant].scan(pdf, last=pages)
    started = time.perf_counter()
    with indexer.ocr_session(cache):
        scanned = indexer.parse_bytes(scan, path.stem + ".pdf")
    return typed, scanned, time.perf_counter() - started


def compare(name: str, gold: list[dict], typed: list, scanned: list, tally: dict, differences: list) -> None:
    for truth in gold:
        k = truth.get("part", 1) - 1
        want = typed[k].to_dict() if k < len(typed) else {}
        got = scanned[k].to_dict() if k < len(scanned) else {}
        for field in FIELDS:
            key = {"typed": comparable(field, want.get(field)), "scan": comparable(field, got.get(field))}
            truth_key = comparable(field, truth.get(field))
            tally[field]["same"] += key["typed"] == key["scan"]
            tally[field]["typed_gold"] += key["typed"] == truth_key
            tally[field]["scan_gold"] += key["scan"] == truth_key
            tally[field]["records"] += 1
            if key["typed"] != key["scan"]:
                differences.append(f"{name}#{k + 1} {field}: typed {want.get(field)!r}, scan {got.get(field)!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", default="300dpi-skew1.5", choices=sorted(VARIANTS))
    parser.add_argument("--pages", type=int, default=None, help="scan only the first N printed pages")
    parser.add_argument("--files", type=int, default=None, help="only the first N typed files")
    parser.add_argument("--ocr-cache", default=None, help="keep the pages tesseract read in this folder")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    tally = {f: {"same": 0, "records": 0, "typed_gold": 0, "scan_gold": 0} for f in FIELDS}
    differences: list[str] = []
    seconds = 0.0
    files = typed_files(args.files)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path, gold in files:
            typed, scanned, spent = scanned_records(browser, path, args.variant, args.pages, args.ocr_cache)
            seconds += spent
            compare(path.name, gold, typed, scanned, tally, differences)
            print(f"{path.name}: {len(typed)} record(s), scan read in {spent:.1f} s", file=sys.stderr)
        browser.close()
    print(f"\n{'field':<10} {'scan = typed':>12} {'typed = gold':>12} {'scan = gold':>12}")
    for field, t in tally.items():
        n = max(1, t["records"])
        print(f"{field:<10} {t['same'] / n:>12.2f} {t['typed_gold'] / n:>12.2f} {t['scan_gold'] / n:>12.2f}")
    print("\nScan differs from the typed file:")
    for line in differences:
        print("  " + line)
    summary = {"variant": args.variant, "pages": args.pages, "files": len(files), "ocr_seconds": round(seconds, 1)}
    summary.update({f"{f}_as_typed": round(t["same"] / max(1, t["records"]), 4) for f, t in tally.items()})
    summary.update({f"{f}_scan_gold": round(t["scan_gold"] / max(1, t["records"]), 4) for f, t in tally.items()})
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
