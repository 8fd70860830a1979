"""Serving the portal with waitress from one worker process per core, on one shared listening socket.

One Python process runs one thread at a time (the GIL), so a single waitress
process used one of the machine's two cores however many threads it had; under
load, requests queued behind searches.  The parent builds or syncs the index
(``create_app``), binds the socket, then forks the workers: each one a waitress
server with its own thread pool over the inherited socket, its own Whoosh
searchers and caches.  Nothing else is shared: uploads go through the corpus
``flock`` and the single index writer lock, which work across processes, and
each process sees a new index generation on its next search.

The workers die with the parent (``PR_SET_PDEATHSIG``): a parent killed with
SIGKILL takes them along at once, as a crash of the whole server would, and
nothing keeps serving an index that its owner no longer watches.  A worker that
dies on its own is replaced.  SIGTERM or SIGINT (Ctrl-C) stops the workers, then
the parent.  A worker stops cleanly: waitress finishes the requests it holds, the
worker's helper processes are shut down (:func:`app.lifetime.stop_helpers`), and
nothing is left to Python's resource tracker to complain about.  The workers and
helpers ignore the SIGINT a terminal sends to the whole process group: the parent
stops its workers, and each worker its helpers.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import NoReturn

from app.lifetime import die_with, stop_helpers, stops_deferred

log = logging.getLogger(__name__)

BIND_ATTEMPTS_S = 10.0  # a restarted server waits this long for a killed one's workers to release the port
THREADS_READY_S = 2.0  # longest wait for waitress's threads to be idle before the first request is read


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, retried while the workers of a killed server are still letting the port go."""
    deadline = time.monotonic() + BIND_ATTEMPTS_S
    while True:
        try:
            return socket.create_server((host, port), backlog=1024)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def serve(app, host: str, port: int, workers: int, **waitress_options) -> None:
    """Serve ``app`` until stopped: in this process when ``workers`` is 1, else in ``workers`` children."""
    sock = listen(host, port)
    app.extensions["archive"].warm()
    app.extensions["archive"].start_vector_pass()
    _settle_garbage_collector()  # before forking too: the workers share these pages until they write them
    if workers <= 1:
        signal.signal(signal.SIGTERM, _stop_serving)
        _serve_here(app, sock, waitress_options)
        return
    parent = os.getpid()
    started: dict[int, float] = {}

    def start_worker() -> int:
        pid = os.fork()
        if pid == 0:
            _work(app, sock, parent, waitress_options)
        started[pid] = time.monotonic()
        return pid

    _supervise(start_worker, workers, started)
    sock.close()
    sys.exit(0)


def _serve_here(app, sock: socket.socket, waitress_options: dict) -> None:
    """Serve until SIGTERM or Ctrl-C (waitress's loop ends on SystemExit and KeyboardInterrupt), then stop
    this process's helpers."""
    from waitress.server import create_server

    try:
        app.extensions["archive"].warm_searchers()  # before the first researcher, not during
        _start_upload_helper(app)
        # A SIGTERM raising SystemExit inside waitress's making of its wake-up pipe left a half-made file_wrapper,
        # whose __del__ printed a traceback at the worker's exit (CI, once in many starts): stop once it is made.
        with stops_deferred():
            server = create_server(app, sockets=[sock], **waitress_options)
        _wait_until_idle(server.task_dispatcher)
        _settle_garbage_collector()
        server.print_listen("Serving on http://{}:{}")
        server.run()
    finally:
        stop_helpers()


def _wait_until_idle(dispatcher) -> None:
    """Wait for waitress's threads to reach their idle wait before the first request is read.

    A thread counts as busy from its start until it first waits for a task, so a request that waited in
    the socket's backlog while the worker warmed up (a browser opened at start-up) met threads that were
    all still starting, and waitress warned "Task queue depth is 1" on every start (issue 21)."""
    deadline = time.monotonic() + THREADS_READY_S
    while dispatcher.active_count > 0 and time.monotonic() < deadline:
        time.sleep(0.005)


def _stop_serving(signum, _frame) -> NoReturn:
    """SIGTERM: end waitress's loop as Ctrl-C does (a second SIGTERM kills at once)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise SystemExit(0)


def _work(app, sock: socket.socket, parent: int, waitress_options: dict) -> NoReturn:
    """A worker process's life: serve until stopped; never return into the parent's code."""
    code = 0
    try:
        die_with(parent)
        signal.signal(signal.SIGTERM, _stop_serving)  # the parent's way of stopping it
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl-C: the parent stops the workers
        app.extensions["archive"].after_fork()
        _serve_here(app, sock, waitress_options)
    except SystemExit:  # stopped before it served
        pass
    except BaseException:  # noqa: BLE001 - logged, and the parent starts another worker
        log.exception("worker %s failed", os.getpid())
        code = 1
    finally:
        os._exit(code)


def _supervise(start_worker: Callable[[], int], workers: int, started: dict[int, float]) -> None:
    """Keep ``workers`` workers running, replacing any that dies, until SIGTERM or SIGINT stops them all."""
    children = {start_worker() for _ in range(workers)}
    stopping = False

    def stop(signum, _frame):
        nonlocal stopping
        stopping = True
        for pid in list(children):
            _signal(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if pid not in children:
            continue  # another child of the server (the vectors' background pass) ended
        children.discard(pid)
        if not stopping:
            log.warning("worker %s ended (status %s): starting another", pid, status)
            if time.monotonic() - started.pop(pid, 0.0) < 1.0:
                time.sleep(1.0)  # a worker failing at once would otherwise be restarted in a tight loop
            children.add(start_worker())


def _settle_garbage_collector() -> None:
    """Leave what the warm-up made (pyvi's model, the searchers, the tables: 100,000 objects and
    more) out of the garbage collector's full passes.  Each full pass walked them all, 100 ms during
    which every thread of the worker stood still: the slowest pages under load were those that met one."""
    gc.collect()
    gc.freeze()


def _start_upload_helper(app) -> None:
    """Start this worker's upload helper from its main thread, which lives as long as the worker: the
    kernel's parent-death signal follows the thread that started a child."""
    if app.config["UPLOAD_PROCESS"]:
        from app.archivist import upload_process

        upload_process.start()


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)
