"""What finding the tasks adds to indexing (issue 22): at most 10% of the time.

    python bench/task_indexing.py [--procs 1] [--repeat 2] [DEV_DIR]

The corpus: the seed documents (``corpus/``) and the typed documents of the development set
(``../shared/data/real-directives-dev/docs``: .txt, .md, .html, .docx, .doc; the PDFs are left out, scans and
born-digital alike, so that OCR does not weigh on the figure).  The whole indexing, tasks included (a build of
a fresh index: reading, extraction, tasks, pyvi, embeddings, the engine) is timed, then rebuilds, whose
embeddings are kept from the first; then the task step alone, ``tasks_of`` over every record the build made.
Indexing without the task step is the difference.  Prints both, the ratio, and one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer import build_index, load_models, open_index, tasks_of  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "real-directives-dev"
TYPED = {".txt", ".md", ".html", ".docx", ".doc"}
LIMIT = 0.10  # the bound: the task step adds at most 10% to indexing


def make_corpus(target: pathlib.Path, dev: pathlib.Path) -> list[str]:
    """Copy the seeds and the development set's typed documents into ``target``; :return: the files' names."""
    target.mkdir(parents=True)
    sources = [p for p in sorted((ROOT / "corpus").iterdir()) if p.is_file() and p.name != "README.md"]
    sources += [p for p in sorted((dev / "docs").iterdir()) if p.suffix.lower() in TYPED]
    for source in sources:
        shutil.copy(source, target / (("dev-" if source.parent.parent == dev else "") + source.name))
    return sorted(p.name for p in target.iterdir())


def timed_build(corpus: pathlib.Path, index: pathlib.Path, procs: int) -> tuple[float, int, list]:
    """Build the index; :return: the seconds it took, its documents, and its records."""
    started = time.perf_counter()
    report = build_index(str(corpus), str(index), procs=procs)
    seconds = time.perf_counter() - started
    archive = open_index(str(index))
    try:
        records = [archive.record(doc_id) for doc_id in archive.doc_ids()]
    finally:
        archive.close()
    return seconds, report.documents, records


def task_step(records: list, repeat: int) -> tuple[float, int]:
    """The fastest of ``repeat`` runs of ``tasks_of`` over every record; :return: seconds and tasks found."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = sum(len(tasks_of(record)) for record in records)
        best = min(best, time.perf_counter() - started)
    return best, found


def line(name: str, indexing: float, step: float) -> dict:
    without = indexing - step
    ratio = step / without
    print(
        f"{name:<34} with the task step {indexing:7.2f} s, without {without:7.2f} s: "
        f"+{ratio:.2%} ({'ok' if ratio <= LIMIT else 'OVER THE BOUND'})"
    )
    return {"indexing_s": round(indexing, 3), "without_tasks_s": round(without, 3), "ratio": round(ratio, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dev", nargs="?", default=str(DEV), help="the development set (its docs/ folder is read)")
    parser.add_argument("--procs", type=int, default=1, help="worker processes of the build (default 1: serial)")
    parser.add_argument("--repeat", type=int, default=2, help="rebuilds to time (the fastest counts)")
    args = parser.parse_args()
    load_models()  # pyvi's and the embedding's models are loaded before the clock starts
    with tempfile.TemporaryDirectory(prefix="task-indexing-") as tmp:
        work = pathlib.Path(tmp)
        files = make_corpus(work / "corpus", pathlib.Path(args.dev))
        first, documents, records = timed_build(work / "corpus", work / "index", args.procs)
        # A rebuild embeds only the texts it has not embedded before (the vectors are kept beside the versions):
        # the cheapest indexing there is, so the one the task step weighs most on.
        again = min(timed_build(work / "corpus", work / "index", args.procs)[0] for _ in range(args.repeat))
    step, tasks = task_step(records, 3)
    print(f"{len(files)} files, {documents} documents, {tasks} tasks; builds with {args.procs} process(es)")
    print(f"the task step alone (tasks_of over every record): {step:.3f} s")
    summary = {"files": len(files), "documents": documents, "tasks": tasks, "procs": args.procs}
    summary["first_build"] = line("a first build (every text embedded):", first, step)
    summary["rebuild"] = line("a rebuild (embeddings kept):", again, step)
    summary["tasks_step_s"] = round(step, 4)
    summary["within_bound"] = max(summary["first_build"]["ratio"], summary["rebuild"]["ratio"]) <= LIMIT
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
