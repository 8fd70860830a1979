"""How often task extraction agrees with the hand-made task gold (issue 22).

    python bench/task_extraction.py [GOLD.json] [--doc DOC_ID ...] [--show N]

The gold (``tests/data/tasks_gold.json`` by default; conventions in ``tasks_gold_README.md`` beside it)
lists, for each document, its tasks by anchor with the agencies that lead, coordinate and are assigned
each, and its time frame (``due``).  Each source file is parsed as an upload would be
(:func:`indexer.parse_bytes`), the gold document is found among the documents extracted from it by its
``doc_id`` (or, when the id changed, by its place among the file's gold documents), and
:func:`indexer.tasks_of` is compared with the gold:

* a gold task is *found* when an extracted task has the same anchor; an extracted task whose anchor
  is not in the gold is *spurious*;
* for a found task, ``lead``, ``coordinate`` and ``assigned`` are each right when the two lists agree
  as sets: every gold agency matches an extracted one and every extracted agency matches a gold one,
  where two names match when one contains the other after Unicode NFC, case folding, one tone
  placement (:func:`indexer.fold`, the form ``bench/real_extraction.py`` compares), punctuation as
  spaces and spaces collapsed;
* ``due`` is right when kind, start and end are all equal (a task without a time frame has kind
  null); ``due kind`` counts the kind alone.

Every rate is over the gold tasks (a task not found counts as wrong in every field).  Prints the
figures per document, every disagreement, then one JSON line with the overall figures.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import sys
import time
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from indexer import ArchiveError, canonical_agency, fold, parse_bytes, tasks_of  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "data" / "tasks_gold.json"
ROLES = ("lead", "coordinate", "assigned")
FIELDS = ("found", *ROLES, "due", "due_kind")


def agency_key(name: str) -> str:
    """NFC, one tone placement and case (folded), punctuation as spaces, spaces collapsed."""
    text = fold(unicodedata.normalize("NFC", name).casefold())
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _matches(one: str, other: str) -> bool:
    return bool(one) and bool(other) and (one in other or other in one)


def same_agencies(gold: list[str], got: list[str]) -> bool:
    """The two lists name the same agencies, each name matching one of the other list by containment."""
    want = {agency_key(a) for a in gold or []} - {""}
    have = {agency_key(a) for a in got or []} - {""}
    return all(any(_matches(w, h) for h in have) for w in want) and all(any(_matches(h, w) for w in want) for h in have)


def due_triple(due) -> tuple:
    due = due or {}
    return (due.get("kind"), due.get("start"), due.get("end"))


def _show_due(due) -> str:
    kind, start, end = due_triple(due)
    return "none" if kind is None else f"{kind} {start or '…'}..{end or '…'}"


class Tally:
    def __init__(self):
        self.counts = {f: 0 for f in FIELDS} | {"gold": 0, "extracted": 0, "spurious": 0}

    def add(self, other: Tally) -> None:
        for name, value in other.counts.items():
            self.counts[name] += value

    def line(self) -> str:
        c = self.counts
        return (
            f"gold {c['gold']}, extracted {c['extracted']}: found {c['found']}, lead {c['lead']}, "
            f"coordinate {c['coordinate']}, assigned {c['assigned']}, due {c['due']} (kind {c['due_kind']}), "
            f"spurious {c['spurious']}"
        )


def compare_document(
    gold_tasks: list[dict], extracted: list[dict], where: dict | None = None
) -> tuple[Tally, list[str]]:
    """The figures and the disagreements of one document.  Gold agencies are made canonical as the extracted
    ones are, in the document's province, level and issuer (``where``): "Văn phòng HĐND - UBND" and "Uỷ ban
    nhân dân các huyện, thành phố" are compared as the names facets give them."""
    tally = Tally()
    notes: list[str] = []
    by_anchor: dict[str, dict] = {}
    for task in extracted:
        by_anchor.setdefault(task.get("anchor"), task)
    gold_anchors = {t["anchor"] for t in gold_tasks}
    tally.counts["gold"] = len(gold_tasks)
    tally.counts["extracted"] = len(extracted)
    for want in gold_tasks:
        anchor = want["anchor"]
        got = by_anchor.get(anchor)
        if got is None:
            notes.append(f"  {anchor}: not extracted (gold {_summary(want)})")
            continue
        tally.counts["found"] += 1
        for role in ROLES:
            wanted = [canonical_agency(a, **(where or {})) or a for a in want[role]]
            if same_agencies(wanted, got.get(role) or []):
                tally.counts[role] += 1
            else:
                notes.append(f"  {anchor} {role}: gold {want[role]}, extracted {got.get(role) or []}")
        if due_triple(want["due"]) == due_triple(got.get("due")):
            tally.counts["due"] += 1
        else:
            notes.append(f"  {anchor} due: gold {_show_due(want['due'])}, extracted {_show_due(got.get('due'))}")
        if due_triple(want["due"])[0] == due_triple(got.get("due"))[0]:
            tally.counts["due_kind"] += 1
    for task in extracted:
        if task.get("anchor") not in gold_anchors:
            tally.counts["spurious"] += 1
            notes.append(f"  {task.get('anchor')}: spurious ({_summary(task)})")
    return tally, notes


def _summary(task: dict) -> str:
    parts = [f"{role} {task.get(role)}" for role in ROLES if task.get(role)]
    parts.append(f"due {_show_due(task.get('due'))}")
    return "; ".join(parts)


def gold_checks(gold: dict) -> list[str]:
    """Inconsistencies inside the gold file itself (a matrix cell naming no task of its column, …)."""
    problems = []
    anchors = {doc_id: {t["anchor"] for t in tasks} for doc_id, tasks in gold["tasks"].items()}
    for doc_id in gold["tasks"]:
        if doc_id not in gold["sources"]:
            problems.append(f"{doc_id}: no source")
    for row_doc, matrix in gold.get("matrices", {}).items():
        for anchor, cells in matrix["rows"].items():
            if anchor not in anchors.get(row_doc, ()):
                problems.append(f"matrix {row_doc}: row {anchor} is no task of {row_doc}")
            for column, cell in cells.items():
                if cell is None:
                    continue
                if column not in matrix["columns"]:
                    problems.append(f"matrix {row_doc}: row {anchor} names column {column}")
                elif not any(cell == a or cell.startswith(a + "-") for a in anchors.get(column, ())):
                    problems.append(f"matrix {row_doc}: row {anchor}, {column}: {cell} is in no task of it")
        for column, added in matrix.get("added", {}).items():
            for cell in added:
                if cell not in anchors.get(column, ()):
                    problems.append(f"matrix {row_doc}: added {column} {cell} is no task of it")
    return problems


def load_documents(gold: dict, wanted: set[str] | None):
    """``(doc_id, record or None, note)`` for every gold document, each source file parsed once."""
    by_source: dict[str, list[str]] = {}
    for doc_id, source in gold["sources"].items():
        if doc_id in gold["tasks"]:
            by_source.setdefault(source, []).append(doc_id)
    for source, doc_ids in by_source.items():
        if wanted and not wanted & set(doc_ids):
            continue
        path = (ROOT / source).resolve()
        try:
            documents = parse_bytes(path.read_bytes(), os.path.basename(path), source)
        except (ArchiveError, OSError) as exc:
            reason = exc.message_en if isinstance(exc, ArchiveError) else str(exc)
            for doc_id in doc_ids:
                yield doc_id, None, f"refused: {reason}"
            continue
        found = {d.doc_id: d for d in documents}
        for k, doc_id in enumerate(doc_ids):
            if wanted and doc_id not in wanted:
                continue
            if doc_id in found:
                yield doc_id, found[doc_id], ""
            elif k < len(documents):
                yield doc_id, documents[k], f"doc_id now {documents[k].doc_id!r} (matched by part {k + 1})"
            else:
                yield doc_id, None, f"not among the {len(documents)} documents of {source}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=pathlib.Path, default=DEFAULT_GOLD)
    parser.add_argument("--doc", action="append", help="only these doc_ids")
    parser.add_argument("--show", type=int, default=1000, help="disagreements to print per document")
    args = parser.parse_args(argv)

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    problems = gold_checks(gold)
    if problems:
        print("gold inconsistencies:")
        for line in problems:
            print(f"  {line}")

    total = Tally()
    missing: list[str] = []
    started = time.perf_counter()
    for doc_id, record, note in load_documents(gold, set(args.doc) if args.doc else None):
        gold_tasks = gold["tasks"][doc_id]
        print(f"\n{doc_id} ({gold['sources'][doc_id]})" + (f" — {note}" if note else ""))
        if record is None:
            tally = Tally()
            tally.counts["gold"] = len(gold_tasks)
            missing.append(doc_id)
            notes = []
        else:
            where = {"province": record.province, "level": record.level, "issuer": record.issuer}
            tally, notes = compare_document(gold_tasks, tasks_of(record), where)
        print(f"  {tally.line()}")
        for line in notes[: args.show]:
            print(line)
        if len(notes) > args.show:
            print(f"  … {len(notes) - args.show} more")
        total.add(tally)
    elapsed = time.perf_counter() - started

    c = total.counts
    print(f"\noverall: {total.line()}")
    summary = {
        "documents": len(args.doc) if args.doc else len(gold["tasks"]),
        "documents_unread": len(missing),
        **{name: c[name] for name in ("gold", "extracted", *FIELDS, "spurious")},
        **{f"{name}_rate": round(c[name] / c["gold"], 4) if c["gold"] else None for name in FIELDS},
        "precision": round(c["found"] / c["extracted"], 4) if c["extracted"] else None,
        "gold_inconsistencies": len(problems),
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
