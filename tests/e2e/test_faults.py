"""Faults against the served portal: SIGKILL during uploads and during a rebuild, a corrupted or missing index.

After each, the server is started again over the same folders and must open
its index, lose no acknowledged upload, and have every document of
``corpus/`` searchable.
"""

import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from indexer import current_version, read_manifest
from indexer.store.corpus import corpus_files
from tests.conftest import ROOT
from tests.e2e.conftest import Server
from tests.e2e.test_upload_served import TOKEN_ENV, post_files, search_ids
from tests.office_files import plan, plan_text

TOPICS = ["chuyển đổi số", "phòng chống thiên tai", "cải cách hành chính", "bảo vệ môi trường", "phát triển du lịch"]


def everything_is_indexed(server: Server) -> None:
    """The index opens, holds every document file of the corpus, and no temporary file is left."""
    indexed = set(read_manifest(current_version(str(server.index)))["files"])
    assert set(corpus_files(str(server.corpus))) <= indexed
    assert not [p for p in server.corpus.rglob(".tmp-*")]
    with urllib.request.urlopen(server.url + "/search.json", timeout=30) as response:
        total = json.load(response)["total"]
    assert total >= len(corpus_files(str(server.corpus)))


def doc_status(server: Server, doc_id: str) -> int:
    try:
        with urllib.request.urlopen(f"{server.url}/doc/{doc_id}.json", timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def served(tmp_path):
    server = Server(tmp_path, TOKEN_ENV)
    yield server
    if server.process.poll() is None:
        server.stop()


def test_sigkill_during_uploads_loses_no_acknowledged_upload(served):
    acknowledged: list[tuple[str, str]] = []  # (doc_id, unaccented query)
    stop = threading.Event()

    def upload_continuously(first: int):
        for k in range(first, first + 200, 2):
            if stop.is_set():
                return
            topic = TOPICS[k % len(TOPICS)]
            data = plan_text(plan(number=k, district="Lộc Bình", topic=f"{topic} đợt {k}")).encode()
            try:
                status, body = post_files(served.url, [(f"ke-hoach-{k}.txt", data)])
            except OSError:  # the server is gone, mid-request
                return
            if status == 201:
                acknowledged.append((body["documents"][0]["doc_id"], f"dot {k} loc binh"))

    uploaders = [threading.Thread(target=upload_continuously, args=(first,)) for first in (300, 301)]
    for thread in uploaders:
        thread.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    served.process.send_signal(signal.SIGKILL)  # while both uploaders are sending
    served.process.wait(10)
    stop.set()
    for thread in uploaders:
        thread.join(60)
    assert len(acknowledged) >= 4

    served.start()
    for doc_id, query in acknowledged:
        assert doc_status(served, doc_id) == 200
        assert doc_id in search_ids(served.url, query)
    everything_is_indexed(served)


def test_sigkill_during_a_rebuild_keeps_the_index_usable(served):
    served.stop()
    build = subprocess.Popen(
        [sys.executable, "-m", "indexer", "build", "--corpus", str(served.corpus), "--index", str(served.index)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    versions = pathlib.Path(served.index) / "versions"
    before = set(os.listdir(versions))
    deadline = time.monotonic() + 60
    while set(os.listdir(versions)) == before and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.01)
    build.send_signal(signal.SIGKILL)  # the new version is being written
    build.wait(10)
    assert build.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    served.start()
    assert "57-kl-tw-2023" in search_ids(served.url, "thong tin doi ngoai")
    everything_is_indexed(served)


def test_sigkill_during_the_first_build_at_start_up(served):
    served.stop()
    shutil.rmtree(served.index)
    first = subprocess.Popen(
        [sys.executable, "-m", "app"], cwd=ROOT, env=served.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while not (served.index / "versions").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.wait(10)

    served.start()
    assert "57-kl-tw-2023" in search_ids(served.url, "thong tin doi ngoai")
    everything_is_indexed(served)


def _truncate_segments(server: Server) -> None:
    for segment in (pathlib.Path(current_version(str(server.index))) / "docs").iterdir():
        if segment.is_file():
            segment.write_bytes(segment.read_bytes()[:20])


def _point_current_nowhere(server: Server) -> None:
    current = server.index / "current"
    current.unlink()
    current.symlink_to("versions/does-not-exist")


@pytest.mark.parametrize(
    "damage,log_words",
    [
        (_truncate_segments, "cannot be opened"),
        (_point_current_nowhere, "building it from"),
        (lambda server: shutil.rmtree(server.index), "no index in"),
    ],
    ids=["truncated-segments", "dangling-current", "missing-folder"],
)
def test_a_damaged_or_missing_index_is_rebuilt_with_a_log_line(served, damage, log_words):
    served.stop()
    damage(served)
    served.start()
    assert "57-kl-tw-2023" in search_ids(served.url, "thong tin doi ngoai")
    everything_is_indexed(served)
    assert log_words in (served.workdir / "server.log").read_text()
