"""End-to-end fixtures: the portal served by its real WSGI server (waitress, ``python -m app``)
in a child process, and Debian's Chromium driven by Playwright."""

import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT, copy_corpus

SCREENSHOTS = ROOT / "tests" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m app`` on a free port, over its own copy of the test corpus."""

    def __init__(self, workdir: pathlib.Path, extra_env: dict | None = None):
        self.workdir = workdir
        self.corpus = copy_corpus(workdir / "corpus")
        self.index = workdir / "index"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(
            os.environ,
            PORTAL_CORPUS_DIR=str(self.corpus),
            PORTAL_INDEX_DIR=str(self.index),
            PORTAL_PORT=str(self.port),
            PYTHONUNBUFFERED="1",
            **(extra_env or {}),
        )
        self.start()

    def start(self) -> None:
        """Start (or start again, over the same folders) the server process, and wait until it answers."""
        self.log = open(self.workdir / "server.log", "a")  # noqa: SIM115 - open as long as the server runs
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"], cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {(self.workdir / 'server.log').read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/search.json", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("served"))
    yield srv
    srv.stop()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url, locale="vi-VN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def page_without_js(browser, server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=server.url, java_script_enabled=False
    )
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def phone(browser, server):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=server.url, is_mobile=True, has_touch=True
    )
    pg = context.new_page()
    yield pg
    context.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
