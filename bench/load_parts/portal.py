"""The served portal of ``bench/load.py`` (first process): its corpus and index, and ``python -m app`` over them."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
import urllib.request

from bench.search_speed import make_corpus
from bench.upload_latency import TOKEN, free_port

ROOT = pathlib.Path(__file__).resolve().parents[2]


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
