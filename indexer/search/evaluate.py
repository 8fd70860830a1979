"""Retrieval evaluation: index a benchmark corpus, run its questions, measure the ranking.

``python -m indexer eval --corpus C --queries Q --qrels R [--strip-diacritics]``

* corpus: JSONL (gzip or not), one document per line: ``doc_id``, optional
  ``title``, ``text``; each is indexed as one archive document whose
  paragraphs are the text's blank-line (or line) separated blocks;
* queries: JSONL with ``query_id`` and ``text``;
* qrels: TSV ``query_id<TAB>doc_id<TAB>relevance`` with a header line.

The search is exactly the portal's (:func:`indexer.search.answer.search`).  Prints
R@1, R@5, R@10, R@20, MRR@10 and nDCG@10; the last line is one JSON object.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import sys
import tempfile
import time
from collections import defaultdict

from indexer.document.record import Document
from indexer.query.parse import strip_diacritics
from indexer.search.answer import SearchOptions, search
from indexer.store.build import build_from_records
from indexer.store.handle import open_index
from indexer.text import embedding
from indexer.text.normalize import clean_line

KS = (1, 5, 10, 20)


def _open(path: str):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def vector_cache() -> str:
    """Where evaluations keep their vectors: ``$ARCHIVE_VECTOR_CACHE``, else the user's cache folder."""
    return os.environ.get(embedding.SHARED_CACHE_VARIABLE) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "directive-archive", "vectors"
    )


def load_corpus(path: str) -> tuple[list[Document], dict[str, str]]:
    """Benchmark articles as records; :return: records and internal id -> benchmark id."""
    records, ids = [], {}
    with _open(path) as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            row = json.loads(line)
            internal = f"e{n}"
            ids[internal] = str(row["doc_id"])
            text = row.get("text") or ""
            blocks = [clean_line(b) for b in text.replace("\r\n", "\n").split("\n")]
            blocks = [b for b in blocks if b]
            title = clean_line(row.get("title") or "") or None
            paragraphs = [
                {"anchor": f"p{k}", "section": "", "text": b, "kind": "text", "zone": "body", "level": 0}
                for k, b in enumerate(blocks, start=1)
            ]
            records.append(
                Document(
                    doc_id=internal,
                    doc_type=None,
                    number=None,
                    issuer=None,
                    level=None,
                    province=None,
                    date=None,
                    year=None,
                    signer=None,
                    signer_title=None,
                    title=title,
                    paragraphs=paragraphs,
                )
            )
    return records, ids


def load_queries(path: str) -> list[tuple[str, str]]:
    with _open(path) as fh:
        return [(str(r["query_id"]), r["text"]) for r in map(json.loads, filter(str.strip, fh))]


def load_qrels(path: str) -> dict[str, set[str]]:
    qrels: dict[str, set[str]] = defaultdict(set)
    with _open(path) as fh:
        for k, line in enumerate(fh):
            parts = line.rstrip("\n").split("\t")
            if k == 0 and not parts[-1].strip().lstrip("-").isdigit():
                continue  # header
            if len(parts) >= 3 and int(parts[2]) > 0:
                qrels[parts[0]].add(parts[1])
    return qrels


def metrics(ranking: list[str], relevant: set[str]) -> dict[str, float]:
    out = {f"R@{k}": len(set(ranking[:k]) & relevant) / len(relevant) for k in KS}
    rr = next((1 / (i + 1) for i, d in enumerate(ranking[:10]) if d in relevant), 0.0)
    out["MRR@10"] = rr
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranking[:10]) if d in relevant)
    idcg = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
    out["nDCG@10"] = dcg / idcg if idcg else 0.0
    return out


def measure(
    index, questions: list[tuple[str, str]], judged: dict[str, set[str]], ids: dict[str, str], *, strip: bool = False
) -> tuple[dict, list[float]]:
    """The questions asked of an opened index as the portal asks them: the mean of each measure, and each
    question's time in seconds, sorted."""
    totals: dict[str, float] = defaultdict(float)
    n = 0
    latencies = []
    options = SearchOptions(per_page=max(KS), passages=False, facets=False, reuse_answers=False)
    for query_id, text in questions:
        relevant = judged.get(query_id)
        if not relevant:
            continue
        typed = strip_diacritics(text) if strip else text
        t0 = time.perf_counter()
        result = search(index, typed, options=options)
        latencies.append(time.perf_counter() - t0)
        ranking = [ids[r["doc_id"]] for r in result["results"]]
        for name, value in metrics(ranking, relevant).items():
            totals[name] += value
        n += 1
    summary: dict = {
        name: round(totals[name] / n, 4) if n else 0.0 for name in [f"R@{k}" for k in KS] + ["MRR@10", "nDCG@10"]
    }
    summary["queries"] = n
    return summary, sorted(latencies)


def evaluate(
    corpus: str,
    queries: str,
    qrels: str,
    *,
    strip: bool = False,
    index_dir: str | None = None,
    progress: bool = True,
    out=sys.stdout,
) -> dict:
    records, ids = load_corpus(corpus)
    questions = load_queries(queries)
    judged = load_qrels(qrels)
    owned = index_dir is None
    index_dir = index_dir or tempfile.mkdtemp(prefix="eval-index-")
    started = time.perf_counter()
    # Embedding a benchmark's articles is most of its build (20 minutes for DRiLL's 3,352 on two cores):
    # the vectors are kept for the next evaluation of the same texts.
    with embedding.cached_in(vector_cache()):
        report = build_from_records(records, index_dir, progress=progress)
    print(f"indexed {report.documents} documents, {report.paragraphs} paragraphs in {report.seconds:.1f}s", file=out)
    index = open_index(index_dir)
    summary, latencies = measure(index, questions, judged, ids, strip=strip)
    index.close()
    if owned:
        import shutil

        shutil.rmtree(index_dir, ignore_errors=True)
    summary.update(
        {
            "strip_diacritics": strip,
            "query_ms_p50": round(latencies[len(latencies) // 2] * 1000, 1) if latencies else None,
            "seconds": round(time.perf_counter() - started, 1),
        }
    )
    for name in [f"R@{k}" for k in KS] + ["MRR@10", "nDCG@10"]:
        print(f"{name:8} {summary[name]:.4f}", file=out)
    print(json.dumps(summary), file=out)
    return summary
