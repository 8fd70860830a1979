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
dies on its own is replaced.  SIGTERM or SIGINT stops the workers, then the parent.
"""
from __future__ import annotations

import ctypes
import errno
import gc
import logging
import os
import signal
import socket
import sys
import time

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
BIND_ATTEMPTS_S = 10.0  # a restarted server waits this long for a killed one's workers to release the port


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
    from waitress import serve as waitress_serve

    sock = listen(host, port)
    app.extensions["archive"].warm()
    _settle_garbage_collector()  # before forking too: the workers share these pages until they write them
    if workers <= 1:
        app.extensions["archive"].warm_searchers()
        _start_upload_helper(app)
        _settle_garbage_collector()
        waitress_serve(app, sockets=[sock], **waitress_options)
        return
    parent = os.getpid()

    def start_worker() -> int:
        pid = os.fork()
        if pid:
            started[pid] = time.monotonic()
            return pid
        code = 0
        try:
            _die_with(parent)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            app.extensions["archive"].after_fork()
            app.extensions["archive"].warm_searchers()  # before the first researcher, not during
            _start_upload_helper(app)
            _settle_garbage_collector()
            waitress_serve(app, sockets=[sock], **waitress_options)
        except BaseException:  # noqa: BLE001 - logged, and the parent starts another worker
            log.exception("worker %s failed", os.getpid())
            code = 1
        finally:
            os._exit(code)

    started: dict[int, float] = {}
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
        children.discard(pid)
        if not stopping:
            log.warning("worker %s ended (status %s): starting another", pid, status)
            if time.monotonic() - started.pop(pid, 0.0) < 1.0:
                time.sleep(1.0)  # a worker failing at once would otherwise be restarted in a tight loop
            children.add(start_worker())
    sock.close()
    sys.exit(0)


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
        from . import upload_process

        upload_process.start()


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` dies (Linux); exit now if it already has."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
