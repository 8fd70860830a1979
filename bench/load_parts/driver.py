"""The load driver (second process of ``bench/load.py``, run with ``--drive``): the threads and their figures.

:func:`drive` starts the researchers of :mod:`bench.load_parts.clients` and one uploader, which posts a new district
plan to ``POST /documents.json`` every few seconds and checks that an unaccented search finds it; when they
are done, it sums up what the clients measured per endpoint class, as the JSON object the first process reads.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
import urllib.parse
import uuid

from bench.load_parts.clients import CLASSES, THINK_S, Client, Stats, load_pool, researcher
from bench.search_speed import percentile
from bench.upload_latency import DISTRICTS, TOPICS, plan_text
from indexer import fold

SEARCHABLE_TIMEOUT_S = 30.0  # an upload not found by then counts as an error of the run


def multipart(filename: str, data: bytes) -> tuple[bytes, str]:
    """A form with one text file, as ``POST /documents.json`` takes it; :return: the body and its content type."""
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def uploader(base: str, token: str, pool: dict, stats: Stats, every: float, deadline: float, seed: int) -> None:
    """A new district plan every ``every`` seconds through the API; each must become searchable."""
    rng = random.Random(seed)
    client, checker = Client(base, stats), Client(base, stats)
    taken = {n.upper() for n in pool["numbers"]}
    numbers = [n for n in rng.sample(range(10000, 99999), 4000) if f"{n}-KH/HU" not in taken]
    k = 0
    next_at = time.perf_counter() + min(every / 2, 1.0)
    try:
        while next_at < deadline and numbers:
            time.sleep(max(0.0, next_at - time.perf_counter()))
            next_at += every
            for _try in range(3):  # an earlier run over the same --keep folder may hold this number: another
                number, district, topic = numbers.pop(), DISTRICTS[k % len(DISTRICTS)], TOPICS[k % len(TOPICS)]
                body, content_type = multipart(f"load-{number}.txt", plan_text(number, district, topic).encode())
                t0 = time.perf_counter()
                answer = client.request(
                    "upload",
                    "/documents.json",
                    method="POST",
                    body=body,
                    ok=(201, 409),
                    headers={"Content-Type": content_type, "Authorization": f"Bearer {token}"},
                )
                if answer is None or answer[0] != 409:
                    break
                with stats.lock:
                    stats.upload_retries += 1
                    stats.latencies["upload"].pop()  # a refused duplicate is not an upload
                    stats.finished["upload"].pop()
            k += 1
            if answer is not None and answer[0] == 409:
                stats.error("upload", "/documents.json", "refused as a duplicate three times")
            if answer is None or answer[0] != 201:
                continue
            doc_id = json.loads(answer[2])["documents"][0]["doc_id"]
            # Its words and its number, unaccented, as a researcher types them: the words alone would not
            # single it out among the plans earlier runs over the same --keep folder uploaded.
            query = "/search.json?" + urllib.parse.urlencode({"q": fold(f"{topic} huyen uy {district} {number} kh hu")})
            while True:
                found = checker.request(None, query)
                if found is None:
                    stats.error("upload", query, "the searchability check failed")
                    break
                if doc_id in [r["doc_id"] for r in json.loads(found[2])["results"]]:
                    stats.searchable.append(time.perf_counter() - t0)
                    break
                if time.perf_counter() - t0 > SEARCHABLE_TIMEOUT_S:
                    stats.not_searchable.append(doc_id)
                    stats.error("upload", query, f"{doc_id} not searchable {SEARCHABLE_TIMEOUT_S:.0f} s after upload")
                    break
                time.sleep(0.1)
    finally:
        client.close()
        checker.close()


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def warm_up(base: str, pool: dict) -> None:
    """A search, its JSON twin and a document, not measured: the first request of a process fills the caches."""
    warm = Client(base, Stats())
    for path in ("/search?q=k%E1%BA%BF+ho%E1%BA%A1ch", "/search.json?q=ke+hoach"):
        warm.request(None, path)
    if pool["doc_ids"]:
        warm.request(None, "/doc/" + urllib.parse.quote(pool["doc_ids"][0]))
    warm.close()


def start_threads(
    base: str,
    pool: dict,
    stats: Stats,
    deadline: float,
    *,
    clients: int,
    think: tuple[float, float],
    seed: int,
    token: str | None,
    upload_every: float,
) -> list[threading.Thread]:
    """The researchers' threads, and the uploader's when there is a token and uploads are asked for, started."""
    threads = [
        threading.Thread(target=researcher, args=(base, pool, stats, seed * 1000 + k, deadline, think), daemon=True)
        for k in range(clients)
    ]
    if token and upload_every > 0:
        threads.append(
            threading.Thread(
                target=uploader, daemon=True, args=(base, token, pool, stats, upload_every, deadline, seed)
            )
        )
    for thread in threads:
        thread.start()
    return threads


def wait_for(threads: list[threading.Thread], stats: Stats, started: float, deadline: float) -> None:
    """Wait until the threads are done (at most until the last upload's check has had its time, and 90 s
    more), telling stderr every 10 s how many requests were made."""
    next_report = started + 10
    while any(t.is_alive() for t in threads) and time.perf_counter() < deadline + SEARCHABLE_TIMEOUT_S + 90:
        time.sleep(0.2)
        if time.perf_counter() >= next_report:
            next_report += 10
            done, failed = stats.count()
            print(
                f"  {time.perf_counter() - started:5.0f} s: {done} requests, {failed} errors",
                file=sys.stderr,
                flush=True,
            )


def endpoint_rows(stats: Stats, in_window: dict[str, int], seconds: float) -> dict[str, dict]:
    """Per endpoint class: count, errors, requests/s over the window and the latency percentiles."""
    endpoints = {}
    for cls in CLASSES:
        values = stats.latencies[cls]
        row = {"count": len(values), "errors": stats.errors[cls], "rps": round(in_window[cls] / seconds, 2)}
        if values:
            row.update(
                p50_ms=ms(percentile(values, 50)),
                p95_ms=ms(percentile(values, 95)),
                p99_ms=ms(percentile(values, 99)),
                max_ms=ms(max(values)),
            )
        endpoints[cls] = row
    return endpoints


def upload_figures(stats: Stats, upload_every: float, token: str | None) -> dict:
    """How many uploads were made, how many became searchable and how soon."""
    return {
        "every_s": upload_every if token else None,
        "done": len(stats.latencies["upload"]),
        "searchable": len(stats.searchable),
        "not_searchable": stats.not_searchable,
        "duplicate_numbers_retried": stats.upload_retries,
        "to_searchable_p50_ms": ms(percentile(stats.searchable, 50)) if stats.searchable else None,
        "to_searchable_max_ms": ms(max(stats.searchable)) if stats.searchable else None,
    }


def drive(
    base: str,
    clients: int,
    seconds: float,
    upload_every: float,
    token: str | None,
    seed: int = 8,
    think: tuple[float, float] = THINK_S,
) -> dict:
    """Run the load against ``base``: what the clients measured, per endpoint class."""
    pool = load_pool(base)
    stats = Stats()
    warm_up(base, pool)
    started = time.perf_counter()
    deadline = started + seconds
    threads = start_threads(
        base, pool, stats, deadline, clients=clients, think=think, seed=seed, token=token, upload_every=upload_every
    )
    wait_for(threads, stats, started, deadline)
    wall = time.perf_counter() - started
    # Throughput over the fixed window; the latencies also count the requests still under way at its end.
    in_window = {cls: sum(1 for t in stats.finished[cls] if t <= deadline) for cls in CLASSES}
    total = sum(len(v) for v in stats.latencies.values())
    return {
        "seconds": seconds,
        "drain_s": round(wall - seconds, 1),
        "clients": clients,
        "think_s": list(think),
        "documents_at_start": len(pool["doc_ids"]),
        "endpoints": endpoint_rows(stats, in_window, seconds),
        "total": {
            "requests": total,
            "rps": round(sum(in_window.values()) / seconds, 1),
            "errors": sum(stats.errors.values()),
        },
        "error_examples": stats.examples,
        "uploads": upload_figures(stats, upload_every, token),
    }
