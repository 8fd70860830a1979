"""How far the implementation matrices agree with hand-made ones (issue 22).

    python bench/matrix_agreement.py [GOLD.json ...] [--keep DIR]

Each gold file (``tests/data/tasks_gold.json`` by default; ``bench/matrix-unseen/tasks_gold.json`` holds
matrices of real documents the portal was never tuned on) names its documents' files (``sources``) and, under
``matrices``, the hand's matrix of each directive: for every task of the directive, the task of each
implementing document that takes it up, or nothing, and what each implementing document adds.  The files are
indexed as a corpus with the library (``build_index``: the same reading, chains and sentence vectors as the
portal), and each directive's matrix is asked as a researcher asks it, ``GET /doc/<doc_id>/compare.json``.
Prints, per directive, the columns the portal found against the hand's, the cells right (the same item, or both
empty), the precision and recall of the filled cells, and each cell that differs; then one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_GOLD = ROOT / "tests" / "data" / "tasks_gold.json"


def make_corpus(gold: dict, target: pathlib.Path) -> None:
    """The gold's source files side by side in ``target`` (a file that holds two documents, once)."""
    target.mkdir(parents=True, exist_ok=True)
    for k, path in enumerate(sorted(set(gold["sources"].values()))):
        source = (ROOT / path).resolve()
        shutil.copy(source, target / f"{k:03d}_{source.name}")


def agreement(gold_path: pathlib.Path, work: pathlib.Path) -> dict:
    from bench.compare_speed import served
    from indexer import matrix_agreement

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    client = served(work, lambda corpus: make_corpus(gold, corpus), f"{gold_path.name}: ").test_client()
    report = {}
    for directive, hand in gold.get("matrices", {}).items():
        answer = client.get(f"/doc/{directive}/compare.json")
        if answer.status_code != 200:
            report[directive] = {"error": answer.status_code}
            continue
        matrix = answer.get_json()
        found = matrix_agreement(matrix, hand)
        found["columns_hand"] = hand["columns"]
        found["columns_found"] = matrix["columns"]
        report[directive] = found
    return report


def show(directive: str, found: dict) -> None:
    if "error" in found:
        print(f"{directive}: the matrix answered {found['error']}")
        return
    missing = [c for c in found["columns_hand"] if c not in found["columns_found"]]
    extra = [c for c in found["columns_found"] if c not in found["columns_hand"]]
    print(
        f"{directive}: {found['right']}/{found['cells']} cells right ({found['accuracy']:.3f}), "
        f"precision {found['precision']:.3f}, recall {found['recall']:.3f}, "
        f"added {found['added_right']}/{found['added_total']}"
    )
    if missing or extra:
        print(f"  columns the portal did not find: {missing}; found beyond the hand's: {extra}")
    for cell in found["wrong"]:
        print(f"  {cell['row']} x {cell['column']}: got {cell['got']}, hand {cell['want']}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", default=[str(DEFAULT_GOLD)])
    parser.add_argument("--keep", help="build each gold's corpus and index under DIR, and reuse them next time")
    args = parser.parse_args(argv)
    summary = {}
    for k, path in enumerate(args.gold):
        work = pathlib.Path(args.keep) / str(k) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="matrix-"))
        try:
            report = agreement(pathlib.Path(path), work)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
        for directive, found in report.items():
            show(directive, found)
            summary[directive] = {
                key: round(value, 4) if isinstance(value, float) else value
                for key, value in found.items()
                if key not in ("wrong", "columns_hand", "columns_found")
            }
    cells = sum(f.get("cells", 0) for f in summary.values())
    right = sum(f.get("right", 0) for f in summary.values())
    print(json.dumps({"matrices": summary, "cells": cells, "accuracy": round(right / cells, 4) if cells else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
