"""Indexing throughput and query latency on a corpus made from the real data in ../shared/data.

    python bench/search_speed.py [--paragraphs 20000] [--queries 40] [--profile] [--keep DIR [--reuse]]
    python bench/search_speed.py --compare REV [--paragraphs 20000] [--queries 40]

The corpus: the 221 gazette documents of ``congbao-8chude-fulltext`` as ``.txt`` files (page headers,
hard wraps and all), then the statute articles of ALQAC and DRiLL grouped one law per file, until the
target number of paragraphs is reached; beyond what the data holds (e.g. 200,000 paragraphs) the same files
are copied again under other names (their ids get suffixes).

Measures: indexing (paragraphs/s, MB/s, seconds), index size, peak memory, and search latency p50/p95 per
query class (single word, several words, phrase, with a facet filter, without diacritics, directive number,
a question in full sentences), with facets and highlighted passages included, as the portal asks for them.
Prints one JSON object last.

``--compare REV`` is an A/B in one run: the code of git revision ``REV`` (A) and the working tree (B) each
answer the same queries over the same index, built by A (so B also reads an index it did not build), in two
processes of their own; each query goes to both, in alternating order, so that the machine's changing
speed weighs on both alike.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import pathlib
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def source_files() -> list[tuple[str, str]]:
    """The real files a corpus is made of, as (file name, text): the gazette documents and the statutes (one law
    per file), interleaved."""
    from indexer import fold

    gazette: list[tuple[str, str]] = []
    with gzip.open(DATA / "congbao-8chude-fulltext" / "docs.jsonl.gz", "rt", encoding="utf-8") as lines:
        gazette += [(row["doc_id"].replace("/", "__") + ".txt", row["text"]) for row in map(json.loads, lines)]
    statutes = []
    for name in ("alqac-2023-2025", "vlsp2025-drill-subset"):
        laws: dict[str, list[str]] = {}
        with gzip.open(DATA / name / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
            for row in map(json.loads, lines):
                laws.setdefault(str(row["law_id"]), []).append(row["text"])
        for law, articles in laws.items():
            safe = "".join(ch if ch.isalnum() else "-" for ch in fold(law))[:80]
            statutes.append((f"{name}__{safe}.txt", f"LUẬT\n{law}\n\n" + "\n\n".join(articles)))
    return [f for pair in zip(gazette, statutes + [None] * len(gazette), strict=False) for f in pair if f]


def paragraph_count(text: str) -> int:
    """Paragraphs of a text file as the pipeline counts them (normalised blocks)."""
    from indexer import normalize, read_bytes

    return len(normalize(read_bytes(text.encode("utf-8"), "x.txt")))


def make_corpus(target: pathlib.Path, paragraphs: int) -> int:
    """Write corpus files until about ``paragraphs`` paragraphs; :return: bytes written."""
    target.mkdir(parents=True, exist_ok=True)
    files = source_files()
    # Count paragraphs as the pipeline will; copy files until the target.
    counts: dict[str, int] = {}
    written, size, k = 0, 0, 0
    while written < paragraphs:
        name, text = files[k % len(files)]
        copy = k // len(files)
        if name not in counts:
            counts[name] = paragraph_count(text)
        written += counts[name]
        if copy:
            name = f"copy{copy}__{name}"
        data = text.encode("utf-8")
        (target / name).write_bytes(data)
        size += len(data)
        k += 1
    return size


def query_sets(summaries, n: int, rng: random.Random) -> dict[str, list[tuple[str, dict]]]:
    from indexer import fold

    titles = [s.title for s in summaries if s.title and len(s.title.split()) >= 4]
    numbers = [s.number for s in summaries if s.number]
    years = sorted({str(s.year) for s in summaries if s.year})
    words = [w for t in titles for w in t.lower().split() if len(w) > 2 and w.isalpha()]

    def several():
        t = rng.choice(titles).split()
        i = rng.randrange(0, max(1, len(t) - 3))
        return " ".join(t[i : i + rng.choice((2, 3, 4))])

    return {
        "single_word": [(rng.choice(words), {}) for _ in range(n)],
        "several_words": [(several(), {}) for _ in range(n)],
        "phrase": [(f'"{several()}"', {}) for _ in range(n)],
        "facet_filter": [(several(), {"year": [rng.choice(years)]}) for _ in range(n)],
        "no_diacritics": [(fold(several()), {}) for _ in range(n)],
        "directive_number": [
            (rng.choice([number, number.lower().replace("/", " ").replace("-", " ")]), {})
            for number in rng.sample(numbers, min(n, len(numbers)))
        ],
        # Real questions in full sentences (the benchmarks' own): ranked by meaning too.
        "question": [(q, {}) for q in rng.sample(questions(), n)],
        # Words within a span of signing years, newest first (issue 23): the options of RANGED_CLASSES.
        "date_range_newest": [(several(), {"from": [y], "to": [str(int(y) + 2)]}) for y in rng.choices(years, k=n)],
    }


# The classes whose "from"/"to" are a date range and a sort, not facets (revisions before issue 23 lack them).
RANGED_CLASSES = {"date_range_newest": "newest"}


def options_for(name: str, filters: dict, base: dict):
    """The search options and the facet filters of one query of class ``name``."""
    from indexer import SearchOptions, date_range

    if name not in RANGED_CLASSES:
        return SearchOptions(**base), filters
    window = date_range(filters["from"][0], filters["to"][0])
    return SearchOptions(**base, sort=RANGED_CLASSES[name], dates=window), {}


def questions() -> list[str]:
    found = []
    for name in ("alqac-2023-2025", "vlsp2025-drill-subset"):
        with open(DATA / name / "queries_dev.jsonl", encoding="utf-8") as fh:
            found += [json.loads(line)["text"] for line in fh if line.strip()]
    return found


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def dir_size(path: pathlib.Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def latency_row(times: list[float]) -> dict:
    return {
        "mean_ms": round(sum(times) / len(times), 1),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
        "n": len(times),
    }


# --- one code tree answering queries (the A/B's two sides) -----------------------------------------------------

# Run in a process whose import path starts with a code tree: that tree's library, before or after its front door.
LIBRARY = """
def library():
    try:
        from indexer import SearchOptions, build_index, open_index, search, warm
    except ImportError:  # a revision before the library's front door
        from indexer import search as module
        from indexer.index import build_index, open_index
        module.ANSWERS.maxsize = 0
        return build_index, open_index, lambda ix, q, f: module.search(ix, q, f), module.warm
    options = SearchOptions(reuse_answers=False)
    return build_index, open_index, lambda ix, q, f: search(ix, q, f, 1, options), warm
"""

WORKER = (
    LIBRARY
    + """
import gc, json, resource, sys, time
_build, open_index, search, warm = library()
archive = open_index(sys.argv[1])
warm(archive, 1)  # as a served worker does before its first request,
gc.collect()
gc.freeze()  # and leaves what the warm-up made out of the collector's passes (app/server.py)
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    asked = json.loads(line)
    started = time.perf_counter()
    search(archive, asked["q"], asked["filters"])
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000}), flush=True)
print(json.dumps({"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}), flush=True)
"""
)

BUILD = (
    LIBRARY
    + """
import json, sys
build_index = library()[0]
report = build_index(sys.argv[1], sys.argv[2], progress=sys.stderr.isatty())
print(json.dumps({"seconds": report.seconds, "paragraphs": report.paragraphs, "documents": report.documents}))
"""
)


class Side:
    """A code tree answering queries in a process of its own."""

    def __init__(self, name: str, tree: pathlib.Path, index_dir: pathlib.Path):
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(index_dir)],
            cwd=tree,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert json.loads(self.process.stdout.readline())["ready"]

    def ask(self, query: str, filters: dict) -> float:
        self.process.stdin.write(json.dumps({"q": query, "filters": filters}) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())["ms"]

    def close(self) -> float:
        self.process.stdin.close()
        peak = json.loads(self.process.stdout.readline())["peak_rss_mb"]
        self.process.wait()
        return peak


def compare(revision: str, work: pathlib.Path, paragraphs: int, queries: int, repeat: int = 1) -> dict:
    """A/B: revision ``revision`` against the working tree, on one index built by the revision.

    :param repeat: each query asked this many times of each side, its fastest answer kept (the machine's noise
        only ever slows an answer down).
    """
    before = work / "before"
    shutil.rmtree(before, ignore_errors=True)
    before.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
    corpus, index_dir = work / "corpus", work / "index"
    if not (index_dir / "current").exists():
        make_corpus(corpus, paragraphs)
        built = subprocess.run(
            [sys.executable, "-c", BUILD, str(corpus), str(index_dir)],
            cwd=before,
            check=True,
            capture_output=True,
            text=True,
        )
        print("built by A:", built.stdout.strip(), file=sys.stderr)
    from indexer import open_index

    summaries = open_index(str(index_dir)).snapshot().summaries
    classes = query_sets(summaries, queries, random.Random(20261123))
    for name in RANGED_CLASSES:  # revision A may not know date ranges
        classes.pop(name)
    sides = [Side("A", before, index_dir), Side("B", ROOT, index_dir)]
    latency: dict = {}
    for k, (name, asked) in enumerate(classes.items()):
        times: dict[str, list[float]] = {"A": [], "B": []}
        for i, (text, filters) in enumerate(asked):
            fastest = {"A": float("inf"), "B": float("inf")}
            for r in range(repeat):
                for side in sides if (i + k + r) % 2 == 0 else sides[::-1]:
                    fastest[side.name] = min(fastest[side.name], side.ask(text, filters))
            for side_name, ms in fastest.items():
                times[side_name].append(ms)
        latency[name] = {side: latency_row(values) for side, values in times.items()}
    peaks = {side.name: side.close() for side in sides}
    print(f"{'class':18} {'A mean':>8} {'A p50':>8} {'A p95':>8}   {'B mean':>8} {'B p50':>8} {'B p95':>8}   B/A mean")
    for name, row in latency.items():
        a, b = row["A"], row["B"]
        figures = [a["mean_ms"], a["p50_ms"], a["p95_ms"], b["mean_ms"], b["p50_ms"], b["p95_ms"]]
        line = " ".join(f"{value:8.1f}" + ("  " if k == 2 else "") for k, value in enumerate(figures))
        print(f"{name:18} {line}   {b['mean_ms'] / a['mean_ms']:.2f}")
    return {
        "A": revision,
        "B": "working tree",
        "paragraphs": paragraphs,
        "repeat": repeat,
        "index_mb": round(dir_size(index_dir) / 1e6, 1),
        "peak_rss_mb": peaks,
        "latency": latency,
    }


# --- the working tree alone ---------------------------------------------------------------------------------------


def measure(args) -> dict:
    from indexer import build_index, open_index, search, warm

    work = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="bench-search-"))
    corpus, index_dir = work / "corpus", work / "index"
    report = None
    if args.reuse:
        corpus_bytes = dir_size(corpus)
    else:
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(index_dir, ignore_errors=True)
        corpus_bytes = make_corpus(corpus, args.paragraphs)
        report = build_index(str(corpus), str(index_dir), procs=args.procs, progress=sys.stderr.isatty())
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    archive = open_index(str(index_dir))
    classes = query_sets(archive.snapshot().summaries, args.queries, random.Random(20261123))
    warm(archive, 1)  # as a served worker does before its first request
    base = {"reuse_answers": False}  # every query searched, none answered from the kept answers
    latency: dict[str, dict] = {}
    for name, asked in classes.items():
        times = []
        for text, given in asked:
            asked_options, filters = options_for(name, given, base)
            started = time.perf_counter()
            search(archive, text, filters, 1, asked_options)
            times.append((time.perf_counter() - started) * 1000)
        latency[name] = latency_row(times)
    if args.profile:
        slowest = max(latency, key=lambda c: latency[c]["p95_ms"])
        profiler = cProfile.Profile()
        profiler.enable()
        for text, given in classes[slowest]:
            asked_options, filters = options_for(slowest, given, base)
            search(archive, text, filters, 1, asked_options)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
        print(f"profile of class {slowest}:\n" + out.getvalue())
    summary = {"corpus_mb": round(corpus_bytes / 1e6, 2), "index_mb": round(dir_size(index_dir) / 1e6, 1)}
    peak_rss = {"after_queries": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if report is not None:
        summary.update(
            {
                "paragraphs": report.paragraphs,
                "documents": report.documents,
                "files": report.files,
                "index_seconds": round(report.seconds, 1),
                "paragraphs_per_second": round(report.paragraphs / report.seconds, 1),
                "mb_per_second": round(corpus_bytes / 1e6 / report.seconds, 3),
            }
        )
        peak_rss.update({"indexer": round(peak_self, 1), "workers": round(peak_children, 1)})
    summary.update({"peak_rss_mb": peak_rss, "latency": latency})
    for name, row in latency.items():
        print(f"{name:18} p50 {row['p50_ms']:7.1f} ms   p95 {row['p95_ms']:7.1f} ms")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=40, help="queries per class")
    parser.add_argument("--procs", type=int, default=None)
    parser.add_argument("--profile", action="store_true", help="profile the slowest class and print where time goes")
    parser.add_argument("--keep", help="build in this folder and keep it")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: measure the queries again on the index kept there, without rebuilding",
    )
    parser.add_argument("--compare", metavar="REV", help="A/B: git revision REV against the working tree")
    parser.add_argument(
        "--repeat", type=int, default=1, help="with --compare: ask each query N times, keep the fastest"
    )
    args = parser.parse_args(argv)
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")
    if args.compare:
        work = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="bench-ab-"))
        summary = compare(args.compare, work, args.paragraphs, args.queries, args.repeat)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    else:
        summary = measure(args)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
