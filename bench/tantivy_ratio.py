"""The portal's search against a plain tantivy index of the same paragraphs, the same queries, one run (issue 24).

    python bench/tantivy_ratio.py [--paragraphs 20000] [--queries 40] [--keep DIR [--reuse]]

The issue's yardstick: "at 20,000 paragraphs, every class at most 10x tantivy's p95 on the same paragraphs and
queries, measured in one run".  The corpus and the query classes are ``bench/search_speed.py``'s (the same seed);
the portal's index is built with the library (the engine ``PORTAL_ENGINE`` names, Whoosh by default), then
every paragraph of every record is written to a plain tantivy index: its text with tantivy's default tokenizer
(lower case, split on what is not a letter or digit), the same text ASCII-folded in a second field, the
document's year and canonical number as fast fields.  That index does what a bare search library does: the
words as terms that must all match (a question's may), a phrase query, a year term or range, the number as one
term (the portal's own canonical form, given to it), the ten best paragraphs and their stored text.

The portal answers each query as the search page asks (facets over every match, highlighted passages, the
answer not kept), and again ranking only (no facets, no passages, the total estimated): what the search core
costs before the page is made.  The two engines take turns on each query, so that the machine's changing speed
weighs on both alike.  Prints p95 per class and the ratios, then one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_speed import make_corpus, options_for, percentile, query_sets  # noqa: E402

GOAL_RATIO = 10.0
SEED = 20261123  # search_speed's
_WORD = re.compile(r"\w+")


def plain_index(archive, target: pathlib.Path):
    """Every paragraph of the archive in a plain tantivy index; its searcher and schema."""
    import tantivy

    from indexer import fold, number_key

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=True, tokenizer_name="default")
    builder.add_text_field("folded", stored=False, tokenizer_name="default")
    builder.add_integer_field("year", stored=True, indexed=True, fast=True)
    builder.add_text_field("number", stored=True, tokenizer_name="raw")
    schema = builder.build()
    index = tantivy.Index(schema, path=str(target))
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    paragraphs = 0
    for summary in archive.snapshot().summaries:
        record = archive.record(summary.doc_id)
        for paragraph in record.paragraphs:
            writer.add_document(
                tantivy.Document(
                    text=paragraph["text"],
                    folded=fold(paragraph["text"]),
                    year=int(summary.year or 0),
                    number=number_key(summary.number) if summary.number else "",
                )
            )
            paragraphs += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index.searcher(), schema, paragraphs


def plain_query(schema, name: str, text: str, given: dict):
    """The query a bare search library would run for one of the portal's queries."""
    import tantivy

    from indexer import fold, number_key

    def words(field: str, value: str, occur=tantivy.Occur.Must):
        terms = [w.lower() for w in _WORD.findall(value)]
        return [(occur, tantivy.Query.term_query(schema, field, t)) for t in terms]

    if name == "directive_number":
        return tantivy.Query.term_query(schema, "number", number_key(text))
    if name == "phrase" and len(_WORD.findall(text)) > 1:
        return tantivy.Query.phrase_query(schema, "text", [w.lower() for w in _WORD.findall(text)])
    if name == "no_diacritics":
        return tantivy.Query.boolean_query(words("folded", fold(text)))
    if name == "question":
        return tantivy.Query.boolean_query(words("text", text, tantivy.Occur.Should))
    clauses = words("text", text)
    if name == "facet_filter":
        clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "year", int(given["year"][0]))))
    if name == "date_range_newest":
        low, high = int(given["from"][0]), int(given["to"][0])
        ranged = tantivy.Query.range_query(schema, "year", tantivy.FieldType.Integer, low, high)
        clauses.append((tantivy.Occur.Must, ranged))
    return tantivy.Query.boolean_query(clauses)


def plain_search(searcher, schema, name: str, text: str, given: dict) -> None:
    query = plain_query(schema, name, text, given)
    ordered = {"order_by_field": "year"} if name == "date_range_newest" else {}
    hits = searcher.search(query, 10, **ordered).hits
    for _score, address in hits:
        searcher.doc(address)["text"]


def measure(args) -> dict:
    from indexer import build_index, open_index, search, warm

    work = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="bench-ratio-"))
    corpus, index_dir, plain_dir = work / "corpus", work / "index", work / "plain"
    if not args.reuse:
        for folder in (corpus, index_dir, plain_dir):
            shutil.rmtree(folder, ignore_errors=True)
        make_corpus(corpus, args.paragraphs)
        build_index(str(corpus), str(index_dir), progress=sys.stderr.isatty())
    archive = open_index(str(index_dir))
    shutil.rmtree(plain_dir, ignore_errors=True)
    plain_dir.mkdir(parents=True)
    searcher, schema, paragraphs = plain_index(archive, plain_dir)
    classes = query_sets(archive.snapshot().summaries, args.queries, random.Random(SEED))
    warm(archive, 1)
    page = {"reuse_answers": False}
    core = {"reuse_answers": False, "facets": False, "passages": False, "exact_total": False}
    rows = {}
    for name, asked in classes.items():
        times = {"page": [], "core": [], "tantivy": []}
        for k, (text, given) in enumerate(asked):
            turns = ["tantivy", "page", "core"] if k % 2 else ["page", "core", "tantivy"]
            for turn in turns:
                started = time.perf_counter()
                if turn == "tantivy":
                    plain_search(searcher, schema, name, text, given)
                else:
                    options, filters = options_for(name, given, page if turn == "page" else core)
                    search(archive, text, filters, 1, options)
                times[turn].append((time.perf_counter() - started) * 1000)
        p95 = {turn: round(percentile(values, 95), 2) for turn, values in times.items()}
        rows[name] = {
            **{f"{turn}_p95_ms": value for turn, value in p95.items()},
            "page_ratio": round(p95["page"] / max(p95["tantivy"], 0.01), 1),
            "core_ratio": round(p95["core"] / max(p95["tantivy"], 0.01), 1),
        }
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return {"paragraphs": paragraphs, "queries_per_class": args.queries, "classes": rows}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=40, help="queries per class")
    parser.add_argument("--keep", help="build in this folder and keep it")
    parser.add_argument("--reuse", action="store_true", help="with --keep: the portal's index already built there")
    args = parser.parse_args(argv)
    report = measure(args)
    print(f"{report['paragraphs']:,} paragraphs, {args.queries} queries a class, p95 ms")
    print(f"{'class':20} {'page':>8} {'core':>8} {'tantivy':>8} {'page/t':>7} {'core/t':>7}")
    for name, row in report["classes"].items():
        print(
            f"{name:20} {row['page_p95_ms']:8.2f} {row['core_p95_ms']:8.2f} {row['tantivy_p95_ms']:8.2f} "
            f"{row['page_ratio']:7.1f} {row['core_ratio']:7.1f}"
        )
    met = {name: row["page_ratio"] <= GOAL_RATIO for name, row in report["classes"].items()}
    report["goal_ratio"] = GOAL_RATIO
    report["classes_within_goal"] = met
    print(f"classes within {GOAL_RATIO:g}x tantivy (search page): {sum(met.values())} of {len(met)}")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
