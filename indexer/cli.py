"""Command line: ``python -m indexer <command>``.

The commands only parse arguments and call the library; library errors
become one clear line on stderr and exit status 2.
"""

from __future__ import annotations

import json
import os
import sys

import click

from indexer import (
    VECTORS_CHOICES,
    ArchiveError,
    add_files,
    build_index,
    current_version,
    evaluate,
    fill_vectors,
    ocr_session,
    open_index,
    parse_bytes,
    remove_document,
    search,
    tasks_of,
)


class CliError(click.ClickException):
    """An error for people: printed as one line, exit status 2."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"error: {self.format_message()}", err=True)


class _OcrBar:
    """A progress bar on standard error of the pages of a scan read by OCR: one bar per file."""

    def __init__(self):
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        from tqdm import tqdm

        if self.bar is None or total != self.bar.total or done < self.bar.n:
            self.__exit__()
            self.bar = tqdm(total=total, unit="trang", desc="OCR", file=sys.stderr, dynamic_ncols=True)
        self.bar.update(done - self.bar.n)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _read_file(path: str) -> bytes:
    if not os.path.exists(path):
        raise CliError(f"{path}: không tìm thấy tệp (no such file)")
    if os.path.isdir(path):
        raise CliError(f"{path}: là một thư mục, không phải tệp (is a directory)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise CliError(f"{path}: không đọc được tệp (cannot read: {exc.strerror})") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Directive archive: read, index and search Vietnamese directives."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--paragraphs/--no-paragraphs", default=True, help="Include the paragraphs (default: yes).")
def inspect(files, paragraphs):
    """Print the Document record(s) of each FILE as JSON."""
    records = []
    for path in files:
        data = _read_file(path)
        try:
            with _OcrBar() as bar, ocr_session(progress=bar):
                documents = parse_bytes(data, os.path.basename(path), path)
        except ArchiveError as exc:
            raise CliError(str(exc.for_subject(path))) from None
        for doc in documents:
            doc.tasks = tasks_of(doc)  # as indexing finds them (no sidecar's corrections: the file is not archived)
            record = doc.to_dict()
            if not paragraphs:
                record.pop("paragraphs")
            records.append(record)
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _default_dirs(corpus, index):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus = corpus or os.environ.get("CORPUS_DIR") or os.path.join(root, "corpus")
    index = index or os.environ.get("INDEX_DIR") or os.path.join(root, "instance", "index")
    return corpus, index


_corpus_option = click.option(
    "--corpus", "corpus", default=None, help="Corpus folder (default: corpus/ or $CORPUS_DIR)."
)
_index_option = click.option(
    "--index", "index", default=None, help="Index folder (default: instance/index or $INDEX_DIR)."
)


@cli.command()
@_corpus_option
@_index_option
@click.option("--procs", type=click.IntRange(min=1), default=None, help="Worker processes (default: every core).")
@click.option(
    "--vectors",
    type=click.Choice(VECTORS_CHOICES),
    default="auto",
    show_default=True,
    help="Embed the documents before the index is switched to (now), or after, searchable by their words "
    "meanwhile (later: run `vectors` or serve the portal); auto: later for a corpus over 20 MB.",
)
def build(corpus, index, procs, vectors):
    """Build the index from the corpus (into a new version, switched to atomically)."""
    corpus, index = _default_dirs(corpus, index)
    if not os.path.isdir(corpus):
        raise CliError(f"{corpus}: không có thư mục kho văn bản (no corpus folder)")
    try:
        report = build_index(corpus, index, procs=procs, progress=sys.stderr.isatty() or True, vectors=vectors)
    except ArchiveError as exc:  # the engine setting, a corpus file that cannot be stored
        raise CliError(str(exc)) from None
    click.echo(json.dumps(report.as_dict(), ensure_ascii=False))


@cli.command()
@_index_option
@click.option("--procs", type=click.IntRange(min=1), default=None, help="Processes that embed (default: every core).")
def vectors(index, procs):
    """Embed the documents a build left without sentence vectors (`build --vectors later`)."""
    _corpus, index = _default_dirs(None, index)
    if current_version(index) is None:
        raise CliError(f"{index}: chưa có chỉ mục (no index yet: run `build` first)")
    report = fill_vectors(index, procs=procs or os.cpu_count() or 1, progress=True)
    click.echo(json.dumps(report.as_dict(), ensure_ascii=False))


@cli.command()
@click.argument("files", nargs=-1, required=True)
@_corpus_option
@_index_option
@click.option("--allow-duplicate", is_flag=True, help="Keep a file even if the same bytes are already archived.")
@click.option(
    "--address",
    metavar="URL",
    help="The web page the file(s) were copied from (http:// or https://): it places a copy whose text names no "
    "province, and is kept with it.",
)
def add(files, corpus, index, allow_duplicate, address):
    """Store FILE(s) in the corpus and index them."""
    corpus, index = _default_dirs(corpus, index)
    for path in files:
        _read_file(path)
    try:
        with _OcrBar() as bar, ocr_session(progress=bar):
            documents = add_files(corpus, index, list(files), allow_duplicates=allow_duplicate, address=address)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None
    for doc in documents:
        click.echo(f"{doc.doc_id}\t{doc.doc_type or ''} {doc.number or ''}\t{doc.title or ''}")


@cli.command()
@click.argument("doc_id")
@_corpus_option
@_index_option
def remove(doc_id, corpus, index):
    """Withdraw DOC_ID: it leaves the index; its original moves to corpus/.withdrawn/."""
    corpus, index = _default_dirs(corpus, index)
    try:
        rel = remove_document(corpus, index, doc_id)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"withdrawn {doc_id} ({rel})")


@cli.command(name="search")
@click.argument("query", nargs=-1)
@_index_option
@click.option("--filter", "filters", multiple=True, metavar="FACET=VALUE", help="Facet filter, repeatable.")
@click.option("--page", type=int, default=1)
def search_command(query, index, filters, page):
    """Search the index and print the results as JSON."""
    _, index = _default_dirs(None, index)
    selected: dict[str, list[str]] = {}
    for item in filters:
        if "=" not in item:
            raise CliError(f"{item}: bộ lọc phải có dạng FACET=GIÁ_TRỊ (filters are FACET=VALUE)")
        name, value = item.split("=", 1)
        selected.setdefault(name, []).append(value)
    try:
        result = search(open_index(index), " ".join(query), selected, page)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@cli.command(name="eval")
@click.option("--corpus", "corpus", required=True, help="Benchmark corpus (JSONL, gzip or not).")
@click.option("--queries", required=True, help="Queries (JSONL with query_id, text).")
@click.option("--qrels", required=True, help="Relevance judgements (TSV with a header).")
@click.option("--strip-diacritics", is_flag=True, help="Type every query without diacritics.")
@click.option("--index", "index", default=None, help="Keep the benchmark index in this folder.")
def eval_command(corpus, queries, qrels, strip_diacritics, index):
    """Index a benchmark corpus and print R@1, R@5, R@10, R@20, MRR@10, nDCG@10."""
    for path in (corpus, queries, qrels):
        if not os.path.isfile(path):
            raise CliError(f"{path}: không tìm thấy tệp (no such file)")
    try:
        evaluate(corpus, queries, qrels, strip=strip_diacritics, index_dir=index, progress=sys.stderr.isatty())
    except (ValueError, KeyError) as exc:
        raise CliError(f"tệp đánh giá không đúng định dạng (malformed benchmark file): {exc}") from None


def main(argv=None):
    cli.main(args=argv, prog_name="python -m indexer")
