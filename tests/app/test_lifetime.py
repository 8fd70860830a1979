"""A helper process stopped cleanly whenever the stop comes (issue 21): a SIGTERM that arrives while the
helper's pool is being made must not leave the pool's semaphores to Python's resource tracker."""

import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

# The stop arrives at the worst moments of a start: the pool's queues made, its process not yet spawned; and
# the process spawned, the pool about to be handed back.
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
