"""A province's whole archive on one machine (issue 24): archives of 200k, 1M and 2M paragraphs of real text,
built, timed and searched.

    python bench/scale.py [--paragraphs 200000 1000000 2000000] [--queries 30] [--clients 20] [--seconds 60]
                          [--keep DIR] [--procs N] [--no-load] [--vectors now|later] [--no-fill]

For each size, an archive made of the real files of ../shared/data (the gazette documents and the statutes of
``bench/search_speed.py``), each copied as often as the size needs, every copy varied so that it is another
document, not the same one again: its numbers and dates changed (the number before ``/2025/NĐ-CP``, the years
shifted by the copy's own offset, the days), its articles and items reordered within short spans, and a few
items of another file mixed in.  Then:

- the build (``build_index``, its progress bar on stderr): seconds, paragraphs/s, index size, peak memory;
  by default the words only (``--vectors later``), then the vectors' pass (``fill_vectors``) timed on its own,
  unless ``--no-fill`` (questions are then ranked by their words);
- one client: p50/p95 by query class (the classes of ``bench/search_speed.py``: single word, several words,
  quoted phrase, a year facet over the whole archive, no diacritics, a directive number, a question, a date
  range newest first), **cold** (the index's files evicted from the page cache, a new process, each query asked
  for the first time, no warm-up) and **warm** (after the portal's warm-up and the cold pass);
- ``--clients`` concurrent researchers against the served portal while an importer uploads (``bench/load.py``'s
  driver), unless ``--no-load``.

``--keep DIR`` builds in ``DIR/<size>/`` and reuses an archive already built there.  Prints a table per size,
then one JSON object last.  The goals of issue 24 are printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_speed import RANGED_CLASSES, dir_size, latency_row, paragraph_count, source_files  # noqa: E402

GOAL_P95_MS = 200  # one client, every class but questions
GOAL_QUESTION_P95_MS = 500
GOAL_LOAD_P95_MS = 500  # 20 clients, while uploads go on
GOAL_PARAGRAPHS_PER_S = 1000
SEED = 20261202

# Where an item of a document starts: an article, a chapter, a numbered or lettered item, a dash.
ITEM_START = re.compile(r"^\s*(?:Điều \d+|Chương [IVXLC]+|Mục \d+|[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|-)\s")
# A document's number before its year and code (158/2025/NĐ-CP, 57-KL/TW): the copy gets another.
NUMBER = re.compile(r"(?<![/\d])\b\d{1,4}(?=(?:/\d{4})?[/-][A-ZĐ]{1,6}\d*(?:[/-][A-ZĐ0-9]{1,8})*\b)")
YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
DAY = re.compile(r"(?<=\bngày )\d{1,2}\b")
REORDER_SPAN = 4  # items are shuffled within spans of this many: the document still reads as one
MIXED_ITEMS = (1, 3)  # items of another file added to a copy


# --- the archive -------------------------------------------------------------------------------------------------


def split_items(text: str) -> tuple[list[str], list[list[str]]]:
    """A file's header lines (before its first item) and its items, each a list of lines."""
    lines = text.split("\n")
    header: list[str] = []
    items: list[list[str]] = []
    for line in lines:
        if ITEM_START.match(line):
            items.append([line])
        elif items:
            items[-1].append(line)
        else:
            header.append(line)
    return header, items


def varied(text: str, other: str, rng: random.Random) -> str:
    """Another document made of ``text``: numbers, years and days changed, items reordered within short spans,
    a few items of ``other`` mixed in."""
    header, items = split_items(text)
    for start in range(0, len(items), REORDER_SPAN):
        span = items[start : start + REORDER_SPAN]
        rng.shuffle(span)
        items[start : start + REORDER_SPAN] = span
    _, others = split_items(other)
    for _ in range(rng.randint(*MIXED_ITEMS) if others and items else 0):
        items.insert(rng.randrange(len(items) + 1), rng.choice(others))
    body = "\n".join([*header, *("\n".join(item) for item in items)])
    offset = rng.randint(-12, 1)
    body = YEAR.sub(lambda m: str(min(2026, max(1990, int(m.group()) + offset))), body)
    body = DAY.sub(lambda m: str(rng.randint(1, 28)), body)
    numbers: dict[str, str] = {}  # a number cited twice is the same number again
    return NUMBER.sub(lambda m: numbers.setdefault(m.group(), str(rng.randint(1, 2999))), body)


def make_archive(target: pathlib.Path, paragraphs: int, progress) -> dict:
    """Write the files of an archive of about ``paragraphs`` paragraphs; :return: files, bytes, paragraphs."""
    target.mkdir(parents=True, exist_ok=True)
    files = source_files()
    counts = {name: paragraph_count(text) for name, text in files}
    rng = random.Random(SEED)
    written = size = k = 0
    started = time.perf_counter()
    while written < paragraphs:
        name, text = files[k % len(files)]
        copy = k // len(files)
        if copy:
            text = varied(text, rng.choice(files)[1], rng)
            name = f"v{copy}__{name}"
        data = text.encode("utf-8")
        (target / name).write_bytes(data)
        size += len(data)
        written += counts[files[k % len(files)][0]]
        k += 1
        if k % 500 == 0:
            progress(f"archive: {k} files, about {written:,} paragraphs ({time.perf_counter() - started:.0f} s)")
    return {"files": k, "mb": round(size / 1e6, 1), "paragraphs_written": written}


BUILD = """
import json, resource, sys, time
from indexer import build_index
report = build_index(sys.argv[1], sys.argv[2], procs=int(sys.argv[3]) or None, progress=True, vectors=sys.argv[4])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({**report.as_dict(), "skipped": len(report.skipped), "peak_rss_mb": {"indexer": round(peak),
    "workers": round(workers)}}))
"""


FILL = """
import json, resource, sys
from indexer import fill_vectors
report = fill_vectors(sys.argv[1], procs=int(sys.argv[2]), progress=True)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({**report.as_dict(), "peak_rss_mb": {"filler": round(peak), "workers": round(workers)}}))
"""


def fill(index: pathlib.Path, procs: int | None) -> dict:
    """The vectors' pass after a build that left them for later, in a process of its own; :return: its figures."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", FILL, str(index), str(procs or os.cpu_count() or 1)]
    started, load_before = time.perf_counter(), os.getloadavg()[1]
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    wall = time.perf_counter() - started
    figures.update(
        load_5min=[round(load_before, 1), round(os.getloadavg()[1], 1)],
        wall_seconds=round(wall, 1),
        documents_per_second=round(figures["documents"] / wall, 2),
    )
    return figures


def build(corpus: pathlib.Path, index: pathlib.Path, procs: int | None, vectors: str) -> dict:
    """Build the index in a process of its own (its progress bar on stderr); :return: its figures."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", BUILD, str(corpus), str(index), str(procs or 0), vectors]
    started, load_before = time.perf_counter(), os.getloadavg()[1]
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    wall = time.perf_counter() - started
    return {
        "load_5min": [round(load_before, 1), round(os.getloadavg()[1], 1)],  # the machine's, before and after
        "paragraphs": figures["paragraphs"],
        "documents": figures["documents"],
        "skipped_files": figures["skipped"],
        "index_seconds": round(wall, 1),
        "paragraphs_per_second": round(figures["paragraphs"] / wall, 1),
        "peak_rss_mb": figures["peak_rss_mb"],
        "vectors": vectors,
    }


# --- one client, cold and warm -----------------------------------------------------------------------------------

WORKER = """
import gc, json, random, resource, sys, time
sys.path.insert(0, sys.argv[2])
from bench.search_speed import query_sets
from indexer import SearchOptions, date_range, open_index, search, warm
started = time.perf_counter()
archive = open_index(sys.argv[1])
summaries = archive.snapshot().summaries
print(json.dumps({"open_s": round(time.perf_counter() - started, 2)}), flush=True)
for line in sys.stdin:
    asked = json.loads(line)
    if "queries" in asked:
        print(json.dumps(query_sets(summaries, asked["queries"], random.Random(asked["seed"]))), flush=True)
    elif "warm" in asked:
        warm(archive, 1)
        gc.collect()
        gc.freeze()
        print(json.dumps({"warm": True}), flush=True)
    else:
        given = asked["filters"]
        options, filters = SearchOptions(reuse_answers=False), given
        if asked.get("sort"):
            window = date_range(given["from"][0], given["to"][0])
            options, filters = SearchOptions(reuse_answers=False, sort=asked["sort"], dates=window), {}
        started = time.perf_counter()
        search(archive, asked["q"], filters, 1, options)
        print(json.dumps({"ms": (time.perf_counter() - started) * 1000}), flush=True)
print(json.dumps({"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}), flush=True)
"""


def evict(folder: pathlib.Path) -> None:
    """Drop the index's files from the page cache (what a reboot or a busy machine does): a cold start."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def one_client(index: pathlib.Path, queries: int) -> dict:
    """p50/p95 by class, cold then warm, in a new process on an index evicted from the page cache."""
    evict(index)
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(index), str(ROOT)],
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )

    def ask(message: dict) -> dict:
        worker.stdin.write(json.dumps(message, ensure_ascii=False) + "\n")
        worker.stdin.flush()
        return json.loads(worker.stdout.readline())

    opened = json.loads(worker.stdout.readline())
    classes = ask({"queries": queries, "seed": SEED})
    latency: dict[str, dict] = {}
    for phase in ("cold", "warm"):
        if phase == "warm":
            ask({"warm": True})
        for name, asked in classes.items():
            sort = RANGED_CLASSES.get(name)
            times = [ask({"q": q, "filters": filters, "sort": sort})["ms"] for q, filters in asked]
            latency.setdefault(name, {})[phase] = latency_row(times)
    worker.stdin.close()
    peak = json.loads(worker.stdout.readline())["peak_rss_mb"]
    worker.wait()
    load = round(os.getloadavg()[1], 1)  # the machine is shared: the 5-minute load beside the figures
    return {"open_s": opened["open_s"], "searcher_peak_rss_mb": peak, "load_5min": load, "latency": latency}


# --- many clients --------------------------------------------------------------------------------------------------


def many_clients(corpus: pathlib.Path, index: pathlib.Path, clients: int, seconds: float, progress) -> dict:
    """``clients`` researchers and an importer against the served portal (``bench/load.py``'s driver)."""
    from bench.load_parts.monitor import run_driver
    from bench.load_parts.portal import Portal
    from bench.load_parts.report import goals
    from bench.upload_latency import TOKEN

    portal = Portal(corpus, index, index.parent / "server.log")
    try:
        start = portal.wait_ready(progress)
        progress(f"portal ready after {start:.0f} s; {clients} clients for {seconds:g} s with uploads")
        result = run_driver(portal.url, clients, seconds, 3.0, TOKEN, portal.process.pid)
    finally:
        portal.stop()
    return {"server_start_s": round(start, 1), **result, "goals": goals(result, clients)}


# --- the report ----------------------------------------------------------------------------------------------------


def verdicts(row: dict) -> dict:
    """Issue 24's goals against the figures of one size."""
    out = {"indexing_paragraphs_per_second": row["build"]["paragraphs_per_second"] >= GOAL_PARAGRAPHS_PER_S}
    for name, phases in row["one_client"]["latency"].items():
        goal = GOAL_QUESTION_P95_MS if name == "question" else GOAL_P95_MS
        out[f"{name}_warm_p95"] = phases["warm"]["p95_ms"] < goal
    if row.get("many_clients"):
        load = row["many_clients"]
        out["load_p95_and_no_error"] = load["total"]["errors"] == 0 and worst_p95(load) < GOAL_LOAD_P95_MS
    return out


def worst_p95(load: dict) -> float:
    """The slowest p95 of the researchers' requests (uploads aside: they are judged by when they are found)."""
    return max(row.get("p95_ms", 0.0) for name, row in load["endpoints"].items() if name != "upload")


def table(row: dict) -> str:
    build, client = row["build"], row["one_client"]
    lines = [
        f"== {build['paragraphs']:,} paragraphs, {build['documents']:,} documents, {row['archive']['mb']} MB, "
        f"engine {row.get('engine')} ==",
        f"build {build['index_seconds']:.0f} s, {build['paragraphs_per_second']:.0f} paragraphs/s "
        f"(goal {GOAL_PARAGRAPHS_PER_S}), index {row['index_mb']} MB, peak RSS {build['peak_rss_mb']} MB, "
        f"load {build.get('load_5min')}, vectors {build.get('vectors', 'now')}",
        f"open {client['open_s']} s, searcher peak RSS {client['searcher_peak_rss_mb']} MB, "
        f"load {client.get('load_5min')}",
        *_vector_pass_line(build),
        f"{'class':18} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9}",
    ]
    for name, phases in client["latency"].items():
        cold, warm = phases["cold"], phases["warm"]
        lines.append(
            f"{name:18} {cold['p50_ms']:9.1f} {cold['p95_ms']:9.1f} {warm['p50_ms']:9.1f} {warm['p95_ms']:9.1f}"
        )
    if row.get("many_clients"):
        from bench.load_parts.report import table as load_table

        load = row["many_clients"]
        lines.append(load_table(load))
        lines.append(f"{row['clients']} clients: worst p95 {worst_p95(load)} ms (goal {GOAL_LOAD_P95_MS})")
    failed = [name for name, ok in row["goals"].items() if not ok]
    lines.append("goals: " + ("all met" if not failed else "missed " + ", ".join(failed)))
    return "\n".join(lines)


def _vector_pass_line(build: dict) -> list[str]:
    filled = build.get("vector_pass")
    if not filled:
        return []
    return [
        f"vectors' pass {filled['wall_seconds']:.0f} s for {filled['documents']} documents "
        f"({filled['documents_per_second']} documents/s, matrices {filled['matrices']}), peak RSS "
        f"{filled['peak_rss_mb']} MB, load {filled['load_5min']}"
    ]


def one_size(args, work: pathlib.Path, paragraphs: int, progress) -> dict:
    corpus, index = work / "corpus", work / "index"
    marker = work / "archive.json"
    if marker.exists() and (index / "current").exists():
        progress(f"reusing the archive of {paragraphs:,} paragraphs in {work}")
        kept = json.loads(marker.read_text())
        archive, built = kept["archive"], kept["build"]
    else:
        shutil.rmtree(work, ignore_errors=True)
        archive = make_archive(corpus, paragraphs, progress)
        progress(f"archive of {archive['files']} files, {archive['mb']} MB; building")
        built = build(corpus, index, args.procs, args.vectors)
        marker.write_text(json.dumps({"archive": archive, "build": built}))
    if args.vectors == "later" and not args.no_fill and "vector_pass" not in built:
        progress("the vectors' pass")
        built["vector_pass"] = fill(index, args.procs)
        marker.write_text(json.dumps({"archive": archive, "build": built}))
    engine = os.environ.get("PORTAL_ENGINE") or "whoosh"  # the engine new builds are made by
    row = {"paragraphs_requested": paragraphs, "engine": engine, "archive": archive, "build": built, "index_mb": 0.0}
    row["index_mb"] = round(dir_size(index) / 1e6, 1)
    progress("one client, cold then warm")
    row["one_client"] = one_client(index, args.queries)
    if not args.no_load:
        row["clients"] = args.clients
        row["many_clients"] = many_clients(corpus, index, args.clients, args.seconds, progress)
    row["goals"] = verdicts(row)
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[200_000, 1_000_000, 2_000_000])
    parser.add_argument("--queries", type=int, default=30, help="queries per class")
    parser.add_argument("--clients", type=int, default=20, help="concurrent researchers")
    parser.add_argument("--seconds", type=float, default=60, help="how long the clients search")
    parser.add_argument("--procs", type=int, default=None, help="build processes (default: every core)")
    parser.add_argument("--keep", help="build in DIR/<size>/ and reuse what is there")
    parser.add_argument("--no-load", action="store_true", help="skip the concurrent clients")
    parser.add_argument(
        "--vectors",
        choices=("now", "later"),
        default="later",
        help="embed during the build, or after it in the vectors' pass (timed on its own)",
    )
    parser.add_argument("--no-fill", action="store_true", help="with --vectors later: leave the vectors out")
    args = parser.parse_args(argv)
    if any(n < 1000 for n in args.paragraphs):
        parser.error("--paragraphs: at least 1000")

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    base = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows = []
    try:
        for paragraphs in args.paragraphs:
            row = one_size(args, base / str(paragraphs), paragraphs, progress)
            print(table(row), flush=True)
            rows.append(row)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"bench": "scale", "sizes": rows, "peak_child_rss_mb": round(peak)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
