"""Indexing throughput and query latency on a corpus made from the real data in ../shared/data.

    python bench/search_speed.py [--paragraphs 20000] [--queries 40] [--profile] [--keep DIR]

The corpus: the 221 gazette documents of ``congbao-8chude-fulltext`` as
``.txt`` files (page headers, hard wraps and all), then the statute articles of
ALQAC and DRiLL grouped one law per file, until the target number of
paragraphs is reached; beyond what the data holds (e.g. 200,000 paragraphs)
the same files are copied again under other names (their ids get suffixes).

Measures: indexing (paragraphs/s, MB/s, seconds), index size, peak memory,
and search latency p50/p95 per query class (single word, several words,
phrase, with a facet filter, without diacritics, directive number, a question
in full sentences), with
facets and highlighted passages included, as the portal asks for them.
Prints one JSON object last.
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
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from indexer.store.index import build_index, open_index  # noqa: E402
from indexer.text.normalize import normalize  # noqa: E402
from indexer.reading.text import read_bytes  # noqa: E402
from indexer.search import answer as search_module
from indexer.search.answer import search, warm  # noqa: E402
from indexer.text.vietnamese import fold  # noqa: E402

DATA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data"


def make_corpus(target: pathlib.Path, paragraphs: int) -> int:
    """Write corpus files until about ``paragraphs`` paragraphs; :return: bytes written."""
    target.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, str]] = []
    for line in gzip.open(DATA / "congbao-8chude-fulltext" / "docs.jsonl.gz", "rt", encoding="utf-8"):
        row = json.loads(line)
        files.append((row["doc_id"].replace("/", "__") + ".txt", row["text"]))
    gazette = files
    files = []
    for name in ("alqac-2023-2025", "vlsp2025-drill-subset"):
        laws: dict[str, list[str]] = {}
        for line in gzip.open(DATA / name / "corpus.jsonl.gz", "rt", encoding="utf-8"):
            row = json.loads(line)
            laws.setdefault(str(row["law_id"]), []).append(row["text"])
        for law, articles in laws.items():
            safe = "".join(ch if ch.isalnum() else "-" for ch in fold(law))[:80]
            files.append((f"{name}__{safe}.txt", f"LUẬT\n{law}\n\n" + "\n\n".join(articles)))
    statutes = files
    files = [f for pair in zip(gazette, statutes + [None] * len(gazette)) for f in pair if f]
    # Count paragraphs as the pipeline will (normalised blocks); copy files until the target.
    counts: dict[str, int] = {}
    written, size, k = 0, 0, 0
    while written < paragraphs:
        name, text = files[k % len(files)]
        copy = k // len(files)
        if name not in counts:
            counts[name] = len(normalize(read_bytes(text.encode("utf-8"), "x.txt")))
        if copy:
            name = f"copy{copy}__{name}"
        data = text.encode("utf-8")
        (target / name).write_bytes(data)
        size += len(data)
        written += counts[files[k % len(files)][0]]
        k += 1
    return size


def query_sets(archive, n: int, rng: random.Random) -> dict[str, list[tuple[str, dict]]]:
    summaries = archive.summaries()
    titles = [s["title"] for s in summaries if s.get("title") and len(s["title"].split()) >= 4]
    numbers = [s["number"] for s in summaries if s.get("number")]
    years = sorted({str(s["year"]) for s in summaries if s.get("year")})
    words = [w for t in titles for w in t.lower().split() if len(w) > 2 and w.isalpha()]

    def several():
        t = rng.choice(titles).split()
        i = rng.randrange(0, max(1, len(t) - 3))
        return " ".join(t[i:i + rng.choice((2, 3, 4))])

    classes: dict[str, list[tuple[str, dict]]] = {
        "single_word": [(rng.choice(words), {}) for _ in range(n)],
        "several_words": [(several(), {}) for _ in range(n)],
        "phrase": [(f'"{several()}"', {}) for _ in range(n)],
        "facet_filter": [(several(), {"year": [rng.choice(years)]}) for _ in range(n)],
        "no_diacritics": [(fold(several()), {}) for _ in range(n)],
        "directive_number": [
            (rng.choice([number, number.lower().replace("/", " ").replace("-", " ")]), {})
            for number in rng.sample(numbers, min(n, len(numbers)))
        ],
        # Real questions in full sentences (the benchmarks' own): ranked by meaning too (indexer.semantic).
        "question": [(q, {}) for q in rng.sample(questions(), n)],
    }
    return classes


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=40, help="queries per class")
    parser.add_argument("--procs", type=int, default=None)
    parser.add_argument("--profile", action="store_true", help="profile the slowest class and print where time goes")
    parser.add_argument("--keep", help="build in this folder and keep it")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: measure the queries again on the index kept there, without rebuilding")
    args = parser.parse_args(argv)
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")

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
    rng = random.Random(20261123)
    classes = query_sets(archive, args.queries, rng)
    warm(archive, 1)  # as a served worker does before its first request
    search_module.ANSWERS.maxsize = 0  # every query searched, none answered from the kept answers
    latency: dict[str, dict] = {}
    for name, queries in classes.items():
        times = []
        for text, filters in queries:
            t0 = time.perf_counter()
            search(archive, text, filters)
            times.append((time.perf_counter() - t0) * 1000)
        latency[name] = {"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                         "max_ms": round(max(times), 1), "n": len(times)}
    profile_text = None
    if args.profile:
        slowest = max(latency, key=lambda c: latency[c]["p95_ms"])
        profiler = cProfile.Profile()
        profiler.enable()
        for text, filters in classes[slowest]:
            search(archive, text, filters)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
        profile_text = f"profile of class {slowest}:\n" + out.getvalue()
        print(profile_text)
    summary = {"corpus_mb": round(corpus_bytes / 1e6, 2), "index_mb": round(dir_size(index_dir) / 1e6, 1)}
    if report is not None:
        summary.update({
            "paragraphs": report.paragraphs, "documents": report.documents, "files": report.files,
            "index_seconds": round(report.seconds, 1),
            "paragraphs_per_second": round(report.paragraphs / report.seconds, 1),
            "mb_per_second": round(corpus_bytes / 1e6 / report.seconds, 3),
        })
    peak_rss = {"after_queries": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if report is not None:
        peak_rss.update({"indexer": round(peak_self, 1), "workers": round(peak_children, 1)})
    summary.update({"peak_rss_mb": peak_rss, "latency": latency})
    for name, row in latency.items():
        print(f"{name:18} p50 {row['p50_ms']:7.1f} ms   p95 {row['p95_ms']:7.1f} ms")
    print(json.dumps(summary, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
