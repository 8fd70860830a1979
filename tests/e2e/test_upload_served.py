"""Uploads against the served portal (waitress, ``python -m app``): several at once, and a crash mid-way.

DESIGN.md section 6: the original bytes are stored first, then indexed by the
single writer; two archivists uploading at the same moment both succeed; a
restart indexes whatever ``corpus/`` holds that the index lacks.
"""

import hashlib
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import Server
from tests.office_files import docx_bytes, plan, plan_text

TOKEN = "ma-api-thu-nghiem-dong-thoi"
TOKEN_ENV = {"PORTAL_API_TOKENS": f"may-quet:{hashlib.sha256(TOKEN.encode()).hexdigest()}"}
DISTRICTS = ["Cao Lộc", "Văn Lãng", "Tràng Định", "Bình Gia", "Đình Lập", "Hữu Lũng"]


def post_files(url: str, files: list[tuple[str, bytes]], token: str = TOKEN) -> tuple[int, dict]:
    """``POST /documents.json`` as a program would: multipart/form-data and a bearer token."""
    boundary = uuid.uuid4().hex
    body = b""
    for name, content in files:
        body += (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + content
            + b"\r\n"
        )
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        url + "/documents.json",
        data=body,
        method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def search_ids(url: str, query: str) -> list[str]:
    with urllib.request.urlopen(url + "/search.json?" + urllib.parse.urlencode({"q": query}), timeout=30) as response:
        return [r["doc_id"] for r in json.load(response)["results"]]


def at_once(calls):
    """Run the calls in threads released together; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(k, call):
        barrier.wait()
        results[k] = call()

    threads = [threading.Thread(target=run, args=(k, call)) for k, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


@pytest.fixture
def served(tmp_path):
    server = Server(tmp_path, TOKEN_ENV)
    yield server
    server.stop()


def test_several_uploads_at_the_same_moment_all_succeed_and_are_searchable(served):
    plans = [plan(number=20 + k, district=d, topic=f"chuyển đổi số đợt {k + 1}") for k, d in enumerate(DISTRICTS)]
    # Half as Word files, half as text; each its own request, all released at once.
    uploads = [
        (f"ke-hoach-{k}.docx", docx_bytes(p)) if k % 2 else (f"ke-hoach-{k}.txt", plan_text(p).encode())
        for k, p in enumerate(plans)
    ]
    results = at_once([lambda f=f: post_files(served.url, [f]) for f in uploads])
    assert [status for status, _ in results] == [201] * len(uploads), results
    ids = [body["documents"][0]["doc_id"] for _, body in results]
    assert ids == [f"{20 + k}-kh-hu-lang-son-2025" for k in range(len(DISTRICTS))]
    stored = sorted(p.name for p in served.corpus.iterdir() if p.name.startswith("ke-hoach-") and ".meta" not in p.name)
    assert stored == sorted(name for name, _ in uploads)
    for k, district in enumerate(DISTRICTS):  # unaccented, as researchers type
        assert search_ids(served.url, f"huyen uy {district} chuyen doi so dot {k + 1}")[0] == ids[k]


def test_the_same_file_twice_at_the_same_moment_is_archived_once(served):
    document = docx_bytes(plan(number=31, district="Chi Lăng"))
    results = at_once(
        [lambda: post_files(served.url, [("a.docx", document)]), lambda: post_files(served.url, [("b.docx", document)])]
    )
    assert sorted(status for status, _ in results) == [201, 409]
    refused = next(body for status, body in results if status == 409)
    assert refused["duplicates"] == [{"doc_id": "31-kh-hu-lang-son-2025", "url": "/doc/31-kh-hu-lang-son-2025"}]
    assert len([p for p in served.corpus.iterdir() if p.suffix == ".docx"]) == 1


CRASH_AFTER_STORING = """
import os, sys
from indexer.store import changes as writer
# Die the hard way, as a power cut would, once the original is stored and before it is indexed.
writer.index_corpus_file = lambda *args, **kwargs: os._exit(9)
corpus, index, path = sys.argv[1:4]
with open(path, "rb") as fh:
    writer.archive_bytes(corpus, index, fh.read(), os.path.basename(path), actor="lan", via="web")
"""


def test_a_crash_between_storing_and_indexing_is_repaired_at_restart(tmp_path):
    server = Server(tmp_path, TOKEN_ENV)  # builds the index of the test corpus
    server.stop()
    upload = tmp_path / "ke-hoach-bac-son.docx"
    upload.write_bytes(docx_bytes(plan(number=41, district="Bắc Sơn", topic="phòng chống cháy rừng")))
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_STORING, str(server.corpus), str(server.index), str(upload)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crashed.returncode == 9, crashed.stderr
    assert (server.corpus / "ke-hoach-bac-son.docx").read_bytes() == upload.read_bytes()
    assert (server.corpus / "ke-hoach-bac-son.docx.meta.json").exists()

    server.start()  # the same folders, a new process
    try:
        assert search_ids(server.url, "huyen uy bac son phong chong chay rung")[0] == "41-kh-hu-lang-son-2025"
        with urllib.request.urlopen(server.url + "/doc/41-kh-hu-lang-son-2025.json", timeout=30) as response:
            assert json.load(response)["number"] == "41-KH/HU"
    finally:
        server.stop()
