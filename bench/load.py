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
import contextlib
import hashlib
import html
import http.client
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_speed import make_corpus, percentile  # noqa: E402
from bench.upload_latency import DISTRICTS, TOKEN, TOPICS, free_port, plan_text  # noqa: E402
from indexer import fold  # noqa: E402

CLASSES = ("search_html", "search_json", "facet_click", "doc_page", "doc_json", "chain", "upload")
LABELS = {
    "search_html": "search (HTML)",
    "search_json": "search (JSON)",
    "facet_click": "facet click",
    "doc_page": "document page",
    "doc_json": "document JSON",
    "chain": "chain page",
    "upload": "upload (API)",
}
GOALS_P95_MS = {"search_html": 300, "search_json": 300, "facet_click": 300, "doc_page": 100}
FACET_PARAMS = ("issuer", "year", "number", "doc_type", "level", "role", "agency", "province", "implements")
# Seconds a researcher spends reading before the next request: uniform between these (Locust's usual
# ``between(1, 5)``).  ``--think 0 0.2`` is the stress pacing, which measures the most the server does.
THINK_S = (1.0, 5.0)
SEARCHABLE_TIMEOUT_S = 30.0


# --- the clients (second process) ---------------------------------------------------------------------


class Stats:
    """Latencies and errors per endpoint class, shared by the client threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {c: [] for c in CLASSES}
        self.finished = {c: [] for c in CLASSES}  # when each answered request ended (perf_counter)
        self.errors = {c: 0 for c in CLASSES}
        self.examples: list[dict] = []
        self.searchable: list[float] = []
        self.not_searchable: list[str] = []
        self.upload_retries = 0

    def ok(self, cls: str, seconds: float) -> None:
        with self.lock:
            self.latencies[cls].append(seconds)
            self.finished[cls].append(time.perf_counter())

    def error(self, cls: str, path: str, what: str) -> None:
        with self.lock:
            self.errors[cls] += 1
            if sum(1 for e in self.examples if e["class"] == cls) < 3:
                self.examples.append({"class": cls, "path": path[:200], "error": what[:300]})

    def count(self) -> tuple[int, int]:
        with self.lock:
            return sum(map(len, self.latencies.values())), sum(self.errors.values())


class Client:
    """One keep-alive connection, as one researcher's browser holds it."""

    def __init__(self, base: str, stats: Stats):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 80
        self.stats = stats
        self.conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(
        self,
        cls: str | None,
        path: str,
        *,
        method: str = "GET",
        body: bytes | None = None,
        headers: dict | None = None,
        ok: tuple = (200,),
    ) -> tuple[int, dict, bytes] | None:
        """Send one request; count it under ``cls`` (unless None): an error unless its status is in ``ok``."""
        t0 = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            data = response.read()
            elapsed = time.perf_counter() - t0
            if response.will_close:
                self.close()
        except Exception as exc:  # noqa: BLE001 - every failure is an error of the run, with its example
            self.close()
            if cls:
                self.stats.error(cls, path, f"{type(exc).__name__}: {exc}")
            return None
        if response.status not in ok:
            if cls:
                self.stats.error(cls, path, f"HTTP {response.status}: {data[:200].decode('utf-8', 'replace')}")
            return None
        if cls:
            self.stats.ok(cls, elapsed)
        return response.status, dict(response.getheaders()), data


def load_pool(base: str) -> dict:
    """What researchers will look for: titles, numbers, issuers and ids of the archive's documents."""
    with urllib.request.urlopen(base + "/export.json", timeout=600) as response:
        rows = json.load(response)["results"]  # an empty query exports every document (up to EXPORT_LIMIT)
    titles = [r["title"] for r in rows if r.get("title") and len(r["title"].split()) >= 3]
    words = sorted({w for t in titles for w in t.lower().split() if len(w) > 3 and w.isalpha()})
    return {
        "doc_ids": [r["doc_id"] for r in rows],
        "titles": titles or ["kế hoạch"],
        "words": words or ["kế hoạch"],
        "numbers": [r["number"] for r in rows if r.get("number")],
        "issuers": sorted({r["issuer"] for r in rows if r.get("issuer")}),
    }


def make_query(pool: dict, rng: random.Random) -> str:
    """A query as researchers type them: words of a title (often unaccented), a phrase, a number, an issuer."""

    def words_of_title():
        t = rng.choice(pool["titles"]).split()
        i = rng.randrange(0, max(1, len(t) - 3))
        return " ".join(t[i : i + rng.choice((2, 3, 3, 4))])

    kind = rng.random()
    if kind < 0.35:
        return words_of_title()
    if kind < 0.60:
        return fold(words_of_title()).lower()
    if kind < 0.70:
        return rng.choice(pool["words"])
    if kind < 0.80:
        return f'"{words_of_title()}"'
    if kind < 0.92 and pool["numbers"]:
        number = rng.choice(pool["numbers"])
        return rng.choice([number, fold(number).lower().replace("/", " ").replace("-", " ")])
    if pool["issuers"]:
        issuer = rng.choice(pool["issuers"])
        return rng.choice([issuer, fold(issuer).lower()])
    return words_of_title()


DOC_LINK = re.compile(r'href="(/doc/[^"#/?]+)(\?[^"#]*)?(?:#[^"]*)?"')
SEARCH_LINK = re.compile(r'href="(/search\?[^"]+)"')


def doc_links(page: str) -> list[str]:
    """The result links of a search page (``/doc/<id>?q=…``), in order, once each."""
    seen, links = set(), []
    for path, query in DOC_LINK.findall(page):
        if path not in seen:
            seen.add(path)
            links.append(path + html.unescape(query or ""))
    return links


def facet_links(page: str, q: str) -> list[str]:
    """The facet values a search page offers: links that keep the query and add one filter."""
    links = []
    for href in SEARCH_LINK.findall(page):
        href = html.unescape(href)
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)
        if params.get("q", [""])[0] == q and "page" not in params and any(f in params for f in FACET_PARAMS):
            links.append(href)
    return links


def facet_from_json(facets: dict, rng: random.Random) -> dict | None:
    """One value of one facet of ``/search.json``, as the parameters clicking it adds."""
    names = [n for n, items in facets.items() if items]
    if not names:
        return None
    name = rng.choice(names)
    value = rng.choice(facets[name][:8])["value"]
    if name.startswith("agency_"):
        return {"role": name.split("_", 1)[1], "agency": value}
    return {name: value}


def pause(rng: random.Random) -> None:
    time.sleep(rng.uniform(*THINK_S))


def doc_id_of(link: str) -> str:
    return link.split("?", 1)[0][len("/doc/") :]


def session(client: Client, pool: dict, rng: random.Random, deadline: float) -> None:
    """One researcher's visit: search, a facet, maybe page 2, a document, maybe its JSON or chain."""

    def think() -> bool:
        pause(rng)
        return time.perf_counter() < deadline

    links: list[str] = []
    q = ""
    for _attempt in range(2):  # nothing found: the researcher tries another query
        q = make_query(pool, rng)
        answer = client.request("search_html", "/search?" + urllib.parse.urlencode({"q": q}), ok=(200, 302))
        if answer is None:
            return
        status, headers, body = answer
        if status == 302:  # a query that is only a number opens its document
            location = urllib.parse.urlsplit(headers.get("Location", ""))
            doc = location.path + (f"?{location.query}" if location.query else "")
            if think():
                reading(client, doc, rng, deadline)
            return
        page = body.decode("utf-8")
        links = doc_links(page)
        if links or not think():
            break
    if time.perf_counter() >= deadline:
        return
    facet_path = None
    if rng.random() < 0.5:  # the JSON twin: a script, or the facets read from it
        answer = client.request("search_json", "/search.json?" + urllib.parse.urlencode({"q": q}))
        if answer is None:
            return
        chosen = facet_from_json(json.loads(answer[2])["facets"], rng)
        if chosen:
            facet_path = "/search?" + urllib.parse.urlencode({"q": q, **chosen})
        if not think():
            return
    elif links:
        offered = facet_links(page, q)
        if offered:
            facet_path = rng.choice(offered[:40])
    if facet_path and rng.random() < 0.8:
        answer = client.request("facet_click", facet_path)
        if answer is None:
            return
        page = answer[2].decode("utf-8")
        links = doc_links(page) or links
        if not think():
            return
        if rng.random() < 0.3 and "page=2" in page:
            answer = client.request("search_html", facet_path + "&page=2")
            if answer is None:
                return
            links = doc_links(answer[2].decode("utf-8")) or links
            if not think():
                return
    if not links:  # nothing found at all: a document from a bookmark
        links = ["/doc/" + urllib.parse.quote(rng.choice(pool["doc_ids"]))] if pool["doc_ids"] else []
    if links:
        reading(client, rng.choice(links[:10]), rng, deadline)


def reading(client: Client, doc: str, rng: random.Random, deadline: float) -> None:
    """Open a document page; sometimes then its JSON twin or its implementation chain."""
    if client.request("doc_page", doc) is None:
        return
    doc_id = doc_id_of(doc)
    draw = rng.random()
    if draw < 0.5 and time.perf_counter() < deadline:
        pause(rng)
        if draw < 0.25:
            client.request("doc_json", f"/doc/{doc_id}.json")
        else:
            client.request("chain", f"/doc/{doc_id}/chain")


def researcher(base: str, pool: dict, stats: Stats, seed: int, deadline: float) -> None:
    rng = random.Random(seed)
    client = Client(base, stats)
    # Researchers arrive at random within one pause, as in the steady state of the pacing, not all in the
    # same half second (Locust spawns users at a rate for the same reason).
    time.sleep(rng.uniform(0, max(0.5, THINK_S[1])))
    try:
        while time.perf_counter() < deadline:
            session(client, pool, rng, deadline)
            pause(rng)
    finally:
        client.close()


def multipart(filename: str, data: bytes) -> tuple[bytes, str]:
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
    global THINK_S
    THINK_S = think
    pool = load_pool(base)
    stats = Stats()
    warm = Client(base, Stats())  # not measured: the first request of a process fills the caches
    for path in ("/search?q=k%E1%BA%BF+ho%E1%BA%A1ch", "/search.json?q=ke+hoach"):
        warm.request(None, path)
    if pool["doc_ids"]:
        warm.request(None, "/doc/" + urllib.parse.quote(pool["doc_ids"][0]))
    warm.close()
    started = time.perf_counter()
    deadline = started + seconds
    threads = [
        threading.Thread(target=researcher, args=(base, pool, stats, seed * 1000 + k, deadline), daemon=True)
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
    wall = time.perf_counter() - started
    # Throughput over the fixed window; the latencies also count the requests still under way at its end.
    in_window = {cls: sum(1 for t in stats.finished[cls] if t <= deadline) for cls in CLASSES}
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
    total = sum(len(v) for v in stats.latencies.values())
    return {
        "seconds": seconds,
        "drain_s": round(wall - seconds, 1),
        "clients": clients,
        "think_s": list(think),
        "documents_at_start": len(pool["doc_ids"]),
        "endpoints": endpoints,
        "total": {
            "requests": total,
            "rps": round(sum(in_window.values()) / seconds, 1),
            "errors": sum(stats.errors.values()),
        },
        "error_examples": stats.examples,
        "uploads": {
            "every_s": upload_every if token else None,
            "done": len(stats.latencies["upload"]),
            "searchable": len(stats.searchable),
            "not_searchable": stats.not_searchable,
            "duplicate_numbers_retried": stats.upload_retries,
            "to_searchable_p50_ms": ms(percentile(stats.searchable, 50)) if stats.searchable else None,
            "to_searchable_max_ms": ms(max(stats.searchable)) if stats.searchable else None,
        },
    }


# --- the server and the run (first process) -------------------------------------------------------------


def server_processes(pid: int) -> list[int]:
    """The server's process and its descendants: the worker processes (``python -m app`` forks one per
    core) and each worker's upload helper."""
    found, waiting = [], [pid]
    while waiting:
        process = waiting.pop()
        found.append(process)
        for children in pathlib.Path(f"/proc/{process}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                waiting += [int(c) for c in children.read_text().split()]
    return found


def proc_status(pid: int) -> dict[str, int]:
    """Memory of the server's processes, in kB: VmRSS and VmHWM (peak) summed, and Pss (shared pages
    divided among the processes sharing them: the forked workers share what the parent had loaded)."""
    totals = {"VmRSS": 0, "VmHWM": 0, "Pss": 0}
    for process in server_processes(pid):
        try:
            text = pathlib.Path(f"/proc/{process}/status").read_text()
            rollup = pathlib.Path(f"/proc/{process}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in (text + rollup).splitlines():
            name, _, value = line.partition(":")
            if name in totals:
                totals[name] += int(value.split()[0])
    return totals


def cpu_seconds(pid: int) -> float | None:
    """CPU time of the server's processes (the parent's includes its ended workers')."""
    total = None
    for process in server_processes(pid):
        try:
            fields = pathlib.Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime + stime (+ cutime + cstime of ended children, for the parent)
        total = (total or 0) + sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def machine_busy() -> tuple[float, float]:
    """Busy and total CPU time of the whole machine so far, from /proc/stat (in clock ticks)."""
    try:
        ticks = [int(v) for v in pathlib.Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return float(sum(ticks[:8]) - idle), float(sum(ticks[:8]))


def prepare(work: pathlib.Path, paragraphs: int, progress) -> tuple[pathlib.Path, pathlib.Path]:
    """``work/corpus`` (seed documents + about ``paragraphs`` paragraphs of ../shared/data) and ``work/index``;
    reused when ``work`` already holds them for the same number of paragraphs."""
    corpus, index = work / "corpus", work / "index"
    marker = work / "load-corpus.json"
    if corpus.is_dir() and marker.exists() and json.loads(marker.read_text()).get("paragraphs") == paragraphs:
        progress(f"reusing the corpus and index in {work}")
        return corpus, index
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(index, ignore_errors=True)
    shutil.copytree(ROOT / "corpus", corpus)
    if paragraphs:
        t0 = time.perf_counter()
        size = make_corpus(corpus, paragraphs)
        progress(
            f"corpus: {sum(1 for _ in corpus.iterdir())} files, {size / 1e6:.1f} MB ({time.perf_counter() - t0:.0f} s)"
        )
    marker.write_text(json.dumps({"paragraphs": paragraphs}))
    return corpus, index


class Portal:
    """``python -m app`` on loopback over ``corpus`` and ``index``, with a bench archivist and API token."""

    def __init__(self, corpus: pathlib.Path, index: pathlib.Path, log: pathlib.Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.index = index
        self.log_path = log
        env = dict(
            os.environ,
            PORTAL_CORPUS_DIR=str(corpus),
            PORTAL_INDEX_DIR=str(index),
            PORTAL_PORT=str(self.port),
            PORTAL_API_TOKENS=f"bench-load:{hashlib.sha256(TOKEN.encode()).hexdigest()}",
            PYTHONUNBUFFERED="1",
        )
        self.log = open(log, "a")  # noqa: SIM115 - the server's log, open as long as the server runs
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )

    def wait_ready(self, progress, timeout: float = 6 * 3600) -> float:
        """Wait until the portal answers a search (the first start builds the index); :return: seconds."""
        last = time.perf_counter()
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited; see {self.log_path}:\n{self.log_path.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/search.json?q=ke+hoach", timeout=5) as response:
                    if response.status == 200:
                        return time.perf_counter() - self.started
            except OSError:
                pass
            now = time.perf_counter()
            if now - self.started > timeout:
                raise RuntimeError("the server did not start in time")
            if now - last >= 15:
                last = now
                size = sum(f.stat().st_size for f in self.index.rglob("*") if f.is_file()) if self.index.exists() else 0
                progress(
                    f"  waiting for the server (index build): {now - self.started:.0f} s, index {size / 1e6:.1f} MB"
                )
            time.sleep(0.5)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


def run_driver(
    url: str,
    clients: int,
    seconds: float,
    upload_every: float,
    token: str | None,
    server_pid: int | None = None,
    seed: int = 8,
    think: tuple[float, float] = THINK_S,
) -> dict:
    """Drive ``url`` from a second process (this script with ``--drive``); watch the server's memory and CPU."""
    command = [
        sys.executable,
        str(pathlib.Path(__file__).resolve()),
        "--drive",
        url,
        "--clients",
        str(clients),
        "--seconds",
        str(seconds),
        "--upload-every",
        str(upload_every),
        "--seed",
        str(seed),
        "--think",
        str(think[0]),
        str(think[1]),
    ]
    env = dict(os.environ, LOAD_TOKEN=token or "")
    cpu0, peak_rss, peak_pss = (cpu_seconds(server_pid), 0, 0) if server_pid else (None, 0, 0)
    load_before = os.getloadavg()[0]
    busy0, total0 = machine_busy()
    t0 = time.perf_counter()
    driver = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(driver.stdout), daemon=True)
    reader.start()
    driver_cpu = None
    while driver.poll() is None:
        if server_pid:
            memory = proc_status(server_pid)
            peak_rss, peak_pss = max(peak_rss, memory["VmRSS"]), max(peak_pss, memory["Pss"])
        driver_cpu = cpu_seconds(driver.pid) or driver_cpu
        time.sleep(0.5)
    reader.join(10)
    if driver.returncode != 0 or not output:
        raise RuntimeError(f"the load driver failed (exit status {driver.returncode})")
    result = json.loads(output[-1])
    wall = time.perf_counter() - t0
    busy1, total1 = machine_busy()
    cores = os.cpu_count() or 1
    # How busy the whole machine was meanwhile: the server, the driver, and whatever else runs on it.
    machine = {
        "cores": cores,
        "loadavg_1min_before": round(load_before, 2),
        "loadavg_1min_after": round(os.getloadavg()[0], 2),
        "cores_busy_all_processes": round((busy1 - busy0) / (total1 - total0) * cores, 2) if total1 > total0 else None,
    }
    if driver_cpu is not None:
        machine["driver_cores_busy"] = round(driver_cpu / wall, 2)
    if server_pid:
        cpu1 = cpu_seconds(server_pid)
        status = proc_status(server_pid)
        result["server"] = {
            "pid": server_pid,
            "processes": len(server_processes(server_pid)),
            "peak_rss_mb_during_load": round(peak_rss / 1024, 1),
            "peak_pss_mb_during_load": round(peak_pss / 1024, 1),
            "peak_rss_mb_since_start": round(status.get("VmHWM", 0) / 1024, 1),  # includes an index build
            "cpu_s": round(cpu1 - cpu0, 1) if cpu0 is not None and cpu1 is not None else None,
            "cpu_cores_busy": round((cpu1 - cpu0) / wall, 2) if cpu0 is not None and cpu1 is not None else None,
        }
        if machine["cores_busy_all_processes"] is not None and result["server"]["cpu_cores_busy"] is not None:
            machine["other_work_cores_busy"] = round(
                machine["cores_busy_all_processes"]
                - result["server"]["cpu_cores_busy"]
                - machine.get("driver_cores_busy", 0),
                2,
            )
    result["machine"] = machine
    return result


def goals(result: dict, clients: int) -> dict:
    endpoints = result["endpoints"]
    p95 = {cls: endpoints[cls].get("p95_ms") for cls in GOALS_P95_MS}
    latency_met = {cls: (v is not None and v < GOALS_P95_MS[cls]) for cls, v in p95.items()}
    zero_errors = result["total"]["errors"] == 0
    return {
        "clients_target": 20,
        "clients": clients,
        "p95_limit_ms": GOALS_P95_MS,
        "latency_met": latency_met,
        "zero_errors": zero_errors,
        "met": zero_errors and all(latency_met.values()) and clients >= 20,
    }


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


def table(report: dict) -> str:
    lines = [
        f"{'endpoint':16} {'count':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'errors':>6}  goal p95"
    ]
    for cls, row in report["endpoints"].items():
        goal = GOALS_P95_MS.get(cls)
        verdict = ""
        if goal:
            verdict = f"< {goal}: " + ("yes" if report["goals"]["latency_met"][cls] else "NO")
        lines.append(
            f"{LABELS[cls]:16} {row['count']:7} {row['rps']:7.1f} {row.get('p50_ms', 0):8.1f} "
            f"{row.get('p95_ms', 0):8.1f} {row.get('p99_ms', 0):8.1f} {row.get('max_ms', 0):8.1f} "
            f"{row['errors']:6}  {verdict}"
        )
    total = report["total"]
    lines.append(f"{'total':16} {total['requests']:7} {total['rps']:7.1f} {'':35} {total['errors']:6}")
    lines.append(
        f"{report['clients']} clients for {report['seconds']:g} s, reading {report['think_s'][0]:g}-"
        f"{report['think_s'][1]:g} s between requests (req/s over that window; the requests "
        f"under way at its end finished {report['drain_s']} s later), "
        f"{report['documents_at_start']} documents at the start"
    )
    up = report["uploads"]
    lines.append(
        f"uploads: {up['done']} done, {up['searchable']} searchable "
        f"(p50 {up['to_searchable_p50_ms']} ms, max {up['to_searchable_max_ms']} ms after the upload)"
    )
    if "server" in report:
        s = report["server"]
        lines.append(
            f"server: {s['processes']} processes, peak RSS {s['peak_rss_mb_during_load']} MB "
            f"(PSS {s['peak_pss_mb_during_load']} MB) during the load "
            f"({s['peak_rss_mb_since_start']} MB since start), {s['cpu_cores_busy']} cores busy"
        )
    m = report["machine"]
    lines.append(
        f"machine: {m['cores_busy_all_processes']} of {m['cores']} cores busy during the run "
        f"(load driver {m.get('driver_cores_busy')}, other work {m.get('other_work_cores_busy', '?')}); "
        f"load average {m['loadavg_1min_before']} before, {m['loadavg_1min_after']} after"
    )
    for example in report["error_examples"]:
        lines.append(f"error: {example['class']} {example['path']}: {example['error']}")
    lines.append("goal met" if report["goals"]["met"] else "goal NOT met")
    return "\n".join(lines)


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
