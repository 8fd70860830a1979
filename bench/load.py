"""Load: researchers searching, clicking facets and reading documents while an importer uploads (issue 8).

    python bench/load.py [--paragraphs 20000] [--clients 20] [--seconds 60] [--think 1 5] [--upload-every 3]
                         [--keep DIR] [--url URL --token TOKEN] [--server-pid PID]

Serves the portal with its real WSGI server (``python -m app``, waitress) on
loopback over a copy of ``corpus/`` plus about ``--paragraphs`` paragraphs of
the real data in ../shared/data (made by ``bench/search_speed.py``'s
``make_corpus``); the first start builds the index (its time is printed).
``--keep DIR`` builds in DIR and reuses it next time; ``--url`` drives a
server that is already running instead (uploads need ``--token``).

The load comes from a second process (this script with ``--drive``): N client
threads, each a researcher going through sessions for ``--seconds`` seconds:
a search (queries sampled from the archive's own titles, numbers and issuers,
with and without diacritics, some in quotes, some directive numbers, which
redirect to the document), the JSON twin of the search now and then, a click
on a facet value the results offered, sometimes page 2, then a document from
the results, sometimes its JSON twin or its implementation chain; keep-alive
connections.  Between two requests a researcher reads for ``--think`` seconds
(uniform between the two values; default 1 to 5 s, Locust's usual pacing);
``--think 0 0.2`` is the stress pacing, which shows the most the server can do.  Meanwhile one uploader
posts a new district plan to ``POST /documents.json`` every ``--upload-every``
seconds and checks that an unaccented search finds it.

Reports requests/s, p50/p95/p99 latency and errors per endpoint class, the
server's peak memory and CPU, and whether the goal is met: 20 clients with zero
errors, p95 under 300 ms for the searches and under 100 ms for a document page.
Latencies are measured by the clients: they include waiting for one of the
server's worker threads.  Prints a table, then one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The benchmark's parts, each in its module of bench/load_parts: the clients and the researchers' visits
# (clients), the second process that runs them and sums up (driver), the served portal (portal), the watch over
# the driver and the server (monitor), the verdict and the table (report).
from bench.load_parts.clients import CLASSES, THINK_S  # noqa: E402
from bench.load_parts.driver import drive  # noqa: E402
from bench.load_parts.monitor import run_driver  # noqa: E402
from bench.load_parts.portal import Portal, prepare  # noqa: E402
from bench.load_parts.report import goals, table  # noqa: E402
from bench.upload_latency import TOKEN  # noqa: E402

# Its interface: tests/e2e/test_load_bounded.py runs the benchmark with run() and prints table().
__all__ = ["CLASSES", "THINK_S", "main", "run", "table"]


def run(
    paragraphs: int = 20_000,
    clients: int = 20,
    seconds: float = 60,
    upload_every: float = 3.0,
    keep: str | None = None,
    url: str | None = None,
    token: str | None = None,
    server_pid: int | None = None,
    progress=None,
    think: tuple[float, float] = THINK_S,
) -> dict:
    """The whole benchmark: corpus, server, load from a second process; :return: the report."""
    progress = progress or (lambda message: print(message, file=sys.stderr, flush=True))
    report: dict = {
        "bench": "load",
        "paragraphs_requested": None if url else paragraphs,
        "upload_every_s": upload_every,
    }
    if url:
        progress(f"driving {url} with {clients} clients for {seconds:g} s")
        result = run_driver(url.rstrip("/"), clients, seconds, upload_every, token, server_pid, think=think)
        report.update(result)
        report["goals"] = goals(result, clients)
        return report
    work = pathlib.Path(keep) if keep else pathlib.Path(tempfile.mkdtemp(prefix="bench-load-"))
    work.mkdir(parents=True, exist_ok=True)
    portal = None
    try:
        corpus, index = prepare(work, paragraphs, progress)
        portal = Portal(corpus, index, work / "server.log")
        progress(f"starting the portal at {portal.url} (the first start builds the index)")
        report["server_start_s"] = round(portal.wait_ready(progress), 1)
        progress(
            f"portal ready after {report['server_start_s']} s; {clients} clients for {seconds:g} s, "
            + (f"an upload every {upload_every:g} s" if upload_every > 0 else "no uploads")
        )
        result = run_driver(portal.url, clients, seconds, upload_every, TOKEN, portal.process.pid, think=think)
        report.update(result)
        report["goals"] = goals(result, clients)
        return report
    finally:
        if portal is not None:
            portal.stop()
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=20_000, help="paragraphs of ../shared/data to add")
    parser.add_argument("--clients", type=int, default=20, help="concurrent researchers")
    parser.add_argument("--seconds", type=float, default=60, help="how long the load lasts")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=list(THINK_S),
        metavar=("MIN", "MAX"),
        help="seconds a researcher reads between two requests (default: 1 5; stress: 0 0.2)",
    )
    parser.add_argument("--upload-every", type=float, default=3.0, help="seconds between uploads (0: none)")
    parser.add_argument("--keep", help="build the corpus and index in this folder, and reuse them next time")
    parser.add_argument("--url", help="drive this running portal instead of starting one")
    parser.add_argument("--token", help="with --url: an API token for the uploads (none: no uploads)")
    parser.add_argument("--server-pid", type=int, help="with --url: the server's pid, to read its memory and CPU")
    parser.add_argument("--seed", type=int, default=8, help=argparse.SUPPRESS)
    parser.add_argument("--drive", metavar="URL", help=argparse.SUPPRESS)  # the second process
    args = parser.parse_args(argv)

    if args.drive:
        result = drive(
            args.drive,
            args.clients,
            args.seconds,
            args.upload_every,
            os.environ.get("LOAD_TOKEN") or None,
            args.seed,
            tuple(args.think),
        )
        print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.think[0] < 0 or args.think[1] < args.think[0]:
        parser.error("--think MIN MAX: 0 <= MIN <= MAX")
    report = run(
        args.paragraphs,
        args.clients,
        args.seconds,
        args.upload_every,
        args.keep,
        args.url,
        args.token,
        args.server_pid,
        think=tuple(args.think),
    )
    print(table(report))
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["total"]["errors"] == 0 and not report["uploads"]["not_searchable"] else 1


if __name__ == "__main__":
    sys.exit(main())
