"""How often extraction agrees with the gazette dataset's own number, type and year.

    python bench/gazette_extraction.py [DOCS.jsonl.gz] [--show N]

Reads the full-text gazette documents (``congbao-8chude-fulltext``), runs
each text through the pipeline as a ``.txt`` file, and compares the first
document extracted with the dataset's ``so_hieu``, ``loai`` and ``nam``
after normalising their spelling:

* ``so_hieu`` is either a number (``41/2024/QH15``, ``Nghị định số
  200/2026/NĐ-CP``) or a URL slug (``nghi-dinh-so-158-2025-nd-cp-45240``);
  both are compared by :func:`indexer.number_key` (folded, no
  separators, no leading zeros), since a slug has lost ``Đ``.
* ``loai`` abbreviations are expanded (``NQ`` -> Nghị quyết, ``VB HN`` ->
  Văn bản hợp nhất); ``Khác`` ("other") is no label.
* ``nam`` counts only when it is a year: the collector wrote 0 for unknown
  and, for some documents, the number itself (``1478``).

Prints the disagreements, then one JSON line with the three rates.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from indexer import ArchiveError, find_numbers, number_key, parse_bytes  # noqa: E402

DEFAULT = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "congbao-8chude-fulltext" / "docs.jsonl.gz"
TYPE_LABELS = {
    "VB HN": "Văn bản hợp nhất",
    "Văn bản hợp nhất": "Văn bản hợp nhất",
    "NQ": "Nghị quyết",
    "Nghị quyết": "Nghị quyết",
    "QĐ": "Quyết định",
    "Quyết định": "Quyết định",
    "Thông tư": "Thông tư",
    "Nghị định": "Nghị định",
    "Luật": "Luật",
    "Bộ luật": "Bộ luật",
    "TT Liên tịch": "Thông tư liên tịch",
    "Khác": None,
}
_SLUG = re.compile(r"^(?:[a-z-]+?)-so-(?P<num>\d+)-(?:(?P<year>(?:19|20)\d\d)-)?(?P<code>[a-z0-9-]+?)-\d+$")


def expected_number_key(so_hieu: str) -> str | None:
    found = find_numbers(so_hieu)
    if found:
        return number_key(found[0].number)
    m = _SLUG.match(so_hieu)
    if m:
        return number_key(f"{m.group('num')}{m.group('year') or ''}{m.group('code')}")
    return None


def expected_year(nam, so_hieu: str) -> int | None:
    """``nam`` when it is a year; the collector sometimes wrote the number instead (``2091`` for 2091/VBHN)."""
    if not isinstance(nam, int) or not 1945 <= nam <= 2100:
        return None
    numbers = re.findall(r"\d+", so_hieu)
    if numbers and int(numbers[0]) == nam and not re.search(rf"\b\d+[/-]{nam}[/-]", so_hieu):
        return None
    return nam


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", nargs="?", default=str(DEFAULT))
    parser.add_argument("--show", type=int, default=100, help="disagreements to print per field")
    args = parser.parse_args(argv)

    with gzip.open(args.docs, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    tallies = {f: {"agree": 0, "compared": 0, "unlabelled": 0, "misses": []} for f in ("number", "type", "year")}
    errors = 0
    started = time.perf_counter()
    total_bytes = 0
    for row in rows:
        data = row["text"].encode("utf-8")
        total_bytes += len(data)
        try:
            doc = parse_bytes(data, "gazette.txt")[0]
        except ArchiveError as exc:
            errors += 1
            print(f"unreadable {row['doc_id']}: {exc}")
            continue
        checks = {
            "number": (
                expected_number_key(row["so_hieu"]),
                number_key(doc.number) if doc.number else None,
                row["so_hieu"],
                doc.number,
            ),
            "type": (TYPE_LABELS.get(row["loai"], row["loai"]), doc.doc_type, row["loai"], doc.doc_type),
            "year": (expected_year(row["nam"], row["so_hieu"]), doc.year, row["nam"], doc.year),
        }
        for field, (want, got, shown_want, shown_got) in checks.items():
            tally = tallies[field]
            if want is None:
                tally["unlabelled"] += 1
                continue
            tally["compared"] += 1
            if want == got:
                tally["agree"] += 1
            else:
                tally["misses"].append((row["doc_id"], shown_want, shown_got))
    elapsed = time.perf_counter() - started

    for field, tally in tallies.items():
        print(f"\n{field}: {tally['agree']}/{tally['compared']} agree ({tally['unlabelled']} without a usable label)")
        for doc_id, want, got in tally["misses"][: args.show]:
            print(f"  {doc_id}: dataset {want!r}, extracted {got!r}")
    summary = {
        "documents": len(rows),
        "unreadable": errors,
        **{
            f"{f}_agreement": round(t["agree"] / t["compared"], 4) if t["compared"] else None
            for f, t in tallies.items()
        },
        **{f"{f}_compared": t["compared"] for f, t in tallies.items()},
        "seconds": round(elapsed, 2),
        "mb_per_second": round(total_bytes / 1e6 / elapsed, 2) if elapsed else None,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
