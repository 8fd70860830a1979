"""Child processes that die with their parent (Linux's parent-death signal), as a crash of the whole would.

The server's workers die with the server, and each worker's upload helper with its worker: nothing keeps
serving, or writing to, an index that its owner no longer watches.
"""

from __future__ import annotations

import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` dies; exit now if it already has."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)
