"""The load benchmark of issue 8 (``bench/load.py``) in a bounded form: the same code, a smaller run.

The seed corpus plus about 2,000 paragraphs of ../shared/data (the seed corpus
alone where that data is absent: the project must not need it), served by the real
WSGI server (two worker processes); 5 researchers at the stress pacing (0-0.2 s
between requests) for 10 seconds from a second process while the API uploads a
plan every 2 seconds.  Asserts behaviour only (no errors, every kind of
request made, every upload searchable), never latencies: those are the full
benchmark's figures (``python bench/load.py``), printed, not tested.
"""

import os

from bench import search_speed

REAL_DATA = (search_speed.DATA / "congbao-8chude-fulltext").is_dir()


def test_researchers_and_an_uploader_at_once_get_no_error(tmp_path):
    from bench import load

    report = load.run(
        paragraphs=2000 if REAL_DATA else 0,
        clients=5,
        seconds=10,
        upload_every=2,
        keep=str(tmp_path / "load"),
        progress=lambda message: None,
        think=(0.0, 0.2),
    )
    print(load.table(report))  # shown with -s, and in the failure report

    assert report["total"]["errors"] == 0, report["error_examples"]
    for cls in load.CLASSES:
        assert report["endpoints"][cls]["count"] > 0, f"no request of class {cls}"
    uploads = report["uploads"]
    assert uploads["done"] >= 2
    assert uploads["searchable"] == uploads["done"] and not uploads["not_searchable"]
    if REAL_DATA:
        assert report["documents_at_start"] > 6  # the real data was indexed, not only the seed corpus
    assert report["server"]["peak_rss_mb_during_load"] > 0
    cores = os.cpu_count() or 1
    # The parent and a worker per core (one process serves alone), each worker with its upload helper and
    # the resource tracker multiprocessing starts beside it.
    assert report["server"]["processes"] == (1 + 3 * cores if cores > 1 else 3)
