"""The load's clients (second process of ``bench/load.py``): the measured connection, the tallies, the researchers.

A :class:`Client` is one keep-alive connection that times each request and counts it, under its endpoint
class, in the :class:`Stats` all client threads share.  A researcher (:func:`researcher`) goes through
sessions: a search with a query sampled from the archive's own titles, numbers and issuers
(:func:`make_query`), the JSON twin now and then, a facet value the results offered, sometimes page 2, then a
document and sometimes its JSON twin or its implementation chain, reading between two requests.
"""

from __future__ import annotations

import html
import http.client
import json
import random
import re
import threading
import time
import urllib.parse
import urllib.request

from indexer import fold

CLASSES = ("search_html", "search_json", "facet_click", "doc_page", "doc_json", "chain", "upload")
FACET_PARAMS = ("issuer", "year", "number", "doc_type", "level", "role", "agency", "province", "implements")
# Seconds a researcher spends reading before the next request: uniform between these (Locust's usual
# ``between(1, 5)``).  ``--think 0 0.2`` is the stress pacing, which measures the most the server does.
THINK_S = (1.0, 5.0)


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


def pause(rng: random.Random, pacing: tuple[float, float]) -> None:
    """A researcher reading: ``pacing`` is (least, most) seconds, as ``--think`` gives them."""
    time.sleep(rng.uniform(*pacing))


def doc_id_of(link: str) -> str:
    return link.split("?", 1)[0][len("/doc/") :]


def session(client: Client, pool: dict, rng: random.Random, deadline: float, pacing: tuple[float, float]) -> None:
    """One researcher's visit: search, a facet, maybe page 2, a document, maybe its JSON or chain."""

    def think() -> bool:
        pause(rng, pacing)
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
                reading(client, doc, rng, deadline, pacing)
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
        reading(client, rng.choice(links[:10]), rng, deadline, pacing)


def reading(client: Client, doc: str, rng: random.Random, deadline: float, pacing: tuple[float, float]) -> None:
    """Open a document page; sometimes then its JSON twin or its implementation chain."""
    if client.request("doc_page", doc) is None:
        return
    doc_id = doc_id_of(doc)
    draw = rng.random()
    if draw < 0.5 and time.perf_counter() < deadline:
        pause(rng, pacing)
        if draw < 0.25:
            client.request("doc_json", f"/doc/{doc_id}.json")
        else:
            client.request("chain", f"/doc/{doc_id}/chain")


def researcher(base: str, pool: dict, stats: Stats, seed: int, deadline: float, pacing: tuple[float, float]) -> None:
    """One researcher's sessions until ``deadline``, on its own connection, reading ``pacing`` seconds between."""
    rng = random.Random(seed)
    client = Client(base, stats)
    # Researchers arrive at random within one pause, as in the steady state of the pacing, not all in the
    # same half second (Locust spawns users at a rate for the same reason).
    time.sleep(rng.uniform(0, max(0.5, pacing[1])))
    try:
        while time.perf_counter() < deadline:
            session(client, pool, rng, deadline, pacing)
            pause(rng, pacing)
    finally:
        client.close()
