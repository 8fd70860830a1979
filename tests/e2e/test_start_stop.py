"""``python -m app`` started as a newcomer starts it and stopped with Ctrl-C: the first build shows its progress,
and a clean start and stop print no warning (issue 21).

Ctrl-C in a terminal is a SIGINT to the server's whole process group: the parent, its workers, their helper
processes and Python's resource trackers.  The test starts the server in a group of its own and signals the
group, with a browser's request already waiting in the socket's backlog while the server warms up.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from indexer.store.corpus import corpus_files
from tests.conftest import ROOT, copy_corpus
from tests.e2e.conftest import free_port

NOISE = [
    "leaked semaphore",  # helpers killed with their worker: their queues' semaphores left to the resource tracker
    "resource_tracker",
    "Task queue depth",  # waitress: a request met threads that were all still starting
    "Traceback",
    "Process SpawnProcess",  # a helper interrupted by the terminal's SIGINT
    "KeyboardInterrupt",
]


def _ctrl_c_reaches_python() -> None:
    """As in a terminal: a test run in the background may have inherited SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Started:
    """``python -m app`` in a process group of its own, its standard output and error in files."""

    def __init__(self, workdir, workers: int, index=None):
        self.corpus = copy_corpus(workdir / "corpus")
        self.index = workdir / "index"
        if index is not None:
            shutil.copytree(index, self.index, symlinks=True)
        self.port = free_port()
        self.out, self.err = workdir / "stdout.log", workdir / "stderr.log"
        env = dict(
            os.environ,
            PORTAL_CORPUS_DIR=str(self.corpus),
            PORTAL_INDEX_DIR=str(self.index),
            PORTAL_PORT=str(self.port),
            PORTAL_WORKERS=str(workers),
            PYTHONUNBUFFERED="1",
        )
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=err,
                start_new_session=True,
                preexec_fn=_ctrl_c_reaches_python,
            )

    def request_during_start(self, timeout: float = 180) -> bytes:
        """Connect as soon as the port listens and send a request at once, as a browser opened at start-up
        does: it waits in the backlog while the server warms up.  :return: the answer's status line."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.err.read_text()
            try:
                connection = socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
            except OSError:
                time.sleep(0.05)
                continue
            with connection:
                connection.sendall(b"GET /search?q=thong+tin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                return connection.makefile("rb").readline()
        raise AssertionError("the server did not listen in time")

    def stop(self, signum: int, *, whole_group: bool) -> int:
        """Send ``signum`` (to the whole group, as a terminal does, or to the server alone), wait until every
        process of the group is gone.  :return: the server's exit status."""
        if whole_group:
            os.killpg(self.process.pid, signum)
        else:
            self.process.send_signal(signum)
        status = self.process.wait(timeout=60)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # workers, helpers and resource trackers: they print as they end
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return status
            time.sleep(0.05)
        os.killpg(self.process.pid, signal.SIGKILL)
        raise AssertionError("a process of the server outlived it")


def assert_quiet(stderr: str) -> None:
    assert [noise for noise in NOISE if noise in stderr] == [], stderr


def test_first_start_shows_the_build_and_ctrl_c_stops_it_quietly(tmp_path):
    server = Started(tmp_path, workers=2)
    try:
        assert server.request_during_start().startswith(b"HTTP/1.1 200")
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/search.json?q=ke+hoach", timeout=30) as answer:
            assert answer.status == 200
    finally:
        status = server.stop(signal.SIGINT, whole_group=True)
    stderr = server.err.read_text()
    files = len(corpus_files(str(server.corpus)))
    assert "indexing" in stderr and f"{files}/{files}" in stderr, stderr  # tqdm's bar, as `indexer build` draws it
    assert "index built" in stderr
    assert status == 0
    assert_quiet(stderr)


@pytest.mark.parametrize(
    "workers,signum,whole_group",
    [
        (1, signal.SIGINT, True),  # Ctrl-C, the portal served from its own process
        (2, signal.SIGTERM, False),  # a service manager stopping the server
        (1, signal.SIGTERM, False),
    ],
    ids=["one-process-ctrl-c", "workers-sigterm", "one-process-sigterm"],
)
def test_a_started_server_stops_quietly(tmp_path, index_dir, workers, signum, whole_group):
    server = Started(tmp_path, workers=workers, index=index_dir)
    try:
        assert server.request_during_start().startswith(b"HTTP/1.1 200")
    finally:
        status = server.stop(signum, whole_group=whole_group)
    assert status == 0
    assert_quiet(server.err.read_text())


# A helper process stopped cleanly whenever the stop comes: a SIGTERM that arrives while the helper's pool is
# being made must not leave the pool's semaphores to Python's resource tracker (CI, once in a while, for the
# workers-sigterm start above).  The stop arrives at the worst moments of a start: the pool's queues made, its
# process not yet spawned; and the process spawned, the pool about to be handed back.
SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from concurrent.futures import ProcessPoolExecutor
    from app import lifetime

    def stop_serving(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise SystemExit(0)

    class StoppedWhileMade(ProcessPoolExecutor):
        def {moment}(self, *args, **kwargs):
            answer = super().{moment}(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGTERM)
            return answer

    lifetime.ProcessPoolExecutor = StoppedWhileMade
    signal.signal(signal.SIGTERM, stop_serving)
    helper = lifetime.Helper()
    try:
        helper.pool()
        print("not stopped", flush=True)
    except SystemExit:
        print("stopped", flush=True)
    finally:
        lifetime.stop_helpers()
        os._exit(0)  # as a worker ends: what is not cleaned up by now is left to the resource tracker
    """
)


@pytest.mark.parametrize("moment", ["__init__", "submit"])
def test_a_stop_during_a_helpers_start_leaves_nothing_behind(moment):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(moment=moment)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped"  # the stop was acted on, once the helper was recorded
    assert "leaked semaphore" not in done.stderr and "resource_tracker" not in done.stderr, done.stderr
