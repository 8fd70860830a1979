"""Child processes that die with their parent (Linux's parent-death signal), as a crash of the whole would,
and that a clean stop takes down cleanly.

The server's workers die with the server, and each worker's helpers (the upload helper, the OCR helper) with
their worker: nothing keeps serving, or writing to, an index that its owner no longer watches.  When the
server is stopped (Ctrl-C, SIGTERM), each worker stops its helpers itself (:func:`stop_helpers`): a helper
that was only killed with its worker left the worker's queue semaphores to Python's resource tracker, which
said so on stderr, once per worker ("There appear to be 5 leaked semaphore objects", issue 21).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1


def die_with(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` dies; exit now if it already has."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


class Helper:
    """One helper process of this process (a spawned pool of one), started on first use.

    The helper dies with the process that started it, ignores Ctrl-C (the terminal sends it to every
    process of the server: its owner stops it), and is stopped by :func:`stop_helpers`.  A forked worker
    starts a helper of its own rather than use the parent's.

    :param warm: run in the helper as soon as it starts (loading models while nobody waits).
    :param nice: how much lower than its owner's the helper's priority is.
    :param interruptible: its jobs may be cut short at a stop (they are resumed later) rather than waited for.
    """

    def __init__(self, *, warm: Callable[[], object] | None = None, nice: int = 0, interruptible: bool = False):
        self.warm = warm
        self.nice = nice
        self.interruptible = interruptible
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._owner: int | None = None
        _HELPERS.append(self)

    def pool(self) -> ProcessPoolExecutor:
        """This process's helper, started if it is not yet."""
        with self._lock:
            if self._pool is None or self._owner != os.getpid():
                with stops_deferred():
                    pool = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_helper_starts,
                        initargs=(os.getpid(), self.nice),
                    )
                    self._pool, self._owner = pool, os.getpid()
                    # The process is spawned by the first submit, from this thread: with Ctrl-C blocked here,
                    # the helper starts with it blocked, until _helper_starts ignores it.
                    with _ctrl_c_blocked():
                        pool.submit(self.warm or os.getpid)
            return self._pool

    def forget(self) -> None:
        """Drop a helper that died (its pool is broken): the next :meth:`pool` starts another."""
        with self._lock:
            pool, self._pool = self._pool, None
            mine = self._owner == os.getpid()
        if pool is not None and mine:
            pool.shutdown(wait=False, cancel_futures=True)

    def stop(self) -> None:
        """Stop this process's helper: its pending jobs cancelled, the running one finished (or killed when
        ``interruptible``), its process and queues closed."""
        with self._lock:
            pool, self._pool = self._pool, None
            mine = self._owner == os.getpid()
        if pool is None or not mine:
            return
        if self.interruptible:
            _kill_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


_HELPERS: list[Helper] = []


def stop_helpers() -> None:
    """Stop every helper this process started (before it exits)."""
    for helper in _HELPERS:
        helper.stop()


def _helper_starts(parent: int, nice: int) -> None:
    """In a new helper: die with ``parent``, leave Ctrl-C to it, yield the processor to it by ``nice``."""
    die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C that came while it started is discarded here
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if nice:
        os.nice(nice)


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def stops_deferred():
    """Act on a stop (SIGTERM, Ctrl-C) that comes while a helper starts (or waitress makes its server) only once it
    is made and recorded.

    Python runs signal handlers in the main thread, where a worker starts its upload helper: a SIGTERM
    raising SystemExit between the pool's queues being made and the pool being recorded left a pool that
    :func:`stop_helpers` never saw, and its five semaphores to the resource tracker's warning (CI, issue
    21).  Other threads need nothing: the handler's exception is raised in the main thread, and
    :meth:`Helper.stop` waits for the helper's lock."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    # A handler set outside Python (getsignal's None) could not be put back: such a signal is left alone.
    handled = [signum for signum in _STOP_SIGNALS if signal.getsignal(signum) is not None]
    previous = {signum: signal.signal(signum, lambda signum, _frame: pending.append(signum)) for signum in handled}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


@contextlib.contextmanager
def _ctrl_c_blocked():
    """Hold Ctrl-C back in this thread (a process started meanwhile inherits the block)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """``ProcessPoolExecutor.kill_workers()`` of Python 3.14; on 3.11 the processes are only in ``_processes``."""
    for process in list((pool._processes or {}).values()):
        with contextlib.suppress(OSError):
            process.kill()
