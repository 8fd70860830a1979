"""``python -m app`` serves from one worker process per core: workers replaced when they die, gone with the parent."""

import os
import pathlib
import re
import signal
import socket
import time
import urllib.parse
import urllib.request

import pytest

from tests.e2e.conftest import Server

CORES = os.cpu_count() or 1
pytestmark = pytest.mark.skipif(CORES < 2, reason="one core: the portal serves from a single process")


def workers(pid: int) -> set[int]:
    try:
        return {int(c) for c in pathlib.Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def alive(pid: int) -> bool:
    """Whether any thread of the process still runs: a killed waitress worker's main thread is a zombie
    while its other threads are still exiting, and those still hold its sockets."""
    for stat in pathlib.Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[0] != "Z":
                return True
        except OSError:
            continue
    return False


def _scheduler(pid: int) -> int | None:
    try:
        return os.sched_getscheduler(pid)
    except ProcessLookupError:
        return None


def wait_for(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def served(tmp_path):
    srv = Server(tmp_path)
    yield srv
    srv.stop()


def test_one_worker_per_core_and_a_dead_worker_is_replaced(served):
    first = workers(served.process.pid)
    assert len(first) == CORES
    victim = sorted(first)[0]
    os.kill(victim, signal.SIGKILL)
    assert wait_for(lambda: victim not in workers(served.process.pid) and len(workers(served.process.pid)) == CORES)
    for _ in range(2 * CORES):  # every worker answers, the new one included
        with urllib.request.urlopen(served.url + "/search.json?q=thong+tin+doi+ngoai", timeout=10) as response:
            assert response.status == 200


def test_the_workers_die_with_the_parent_and_free_the_port(served):
    children = workers(served.process.pid)
    served.process.send_signal(signal.SIGKILL)
    served.process.wait(10)
    assert wait_for(lambda: not any(alive(pid) for pid in children)), "a worker outlived its parent"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", served.port), timeout=2).close()
    served.start()  # the same port at once
    with urllib.request.urlopen(served.url + "/search.json?q=ke+hoach", timeout=10) as response:
        assert response.status == 200


def test_sigterm_stops_parent_and_workers(served):
    children = workers(served.process.pid)
    served.process.terminate()
    assert served.process.wait(15) == 0
    assert wait_for(lambda: not any(alive(pid) for pid in children))


def test_the_portal_serves_the_words_at_once_and_fills_the_vectors_in_the_background(tmp_path):
    """A first build with its vectors left for later (issue 24): the portal answers from the start, a process
    of its own embeds the documents only on a core the workers leave idle, and its end is not taken for a dead
    worker."""
    from indexer import current_version, pending_vectors

    srv = Server(tmp_path, extra_env={"PORTAL_VECTORS": "later"})
    parent = srv.process.pid

    def serving() -> set[int]:  # the workers are forks of the server; its other children were spawned
        return {pid for pid in workers(parent) if command(pid) == command(parent)}

    try:
        with urllib.request.urlopen(srv.url + "/search.json?q=thong+tin+doi+ngoai", timeout=10) as response:
            assert response.status == 200
        started = re.search(r"filled in the background \(process (\d+)\)", (tmp_path / "server.log").read_text())
        assert wait_for(lambda: _scheduler(int(started.group(1))) == os.SCHED_IDLE)
        assert wait_for(lambda: pending_vectors(current_version(str(srv.index))) is None, timeout=240)
        assert wait_for(lambda: "sentence vectors filled in" in (tmp_path / "server.log").read_text())
        time.sleep(1.0)  # a supervisor that took the pass's end for a worker's would have started one by now
        assert len(serving()) == CORES
        log = (tmp_path / "server.log").read_text()
        assert "filled in the background" in log and "starting another" not in log
        question = "Ban Tuyên giáo cần làm gì để tăng cường thông tin đối ngoại?"
        with urllib.request.urlopen(srv.url + "/search.json?q=" + urllib.parse.quote(question), timeout=10) as r:
            assert r.status == 200
    finally:
        srv.stop()


def command(pid: int) -> bytes:
    try:
        return pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
