"""The watch over a load run (first process of ``bench/load.py``): the driver started, the server measured.

:func:`run_driver` starts the load driver as a second process and samples, meanwhile, the server's memory
and CPU time from ``/proc`` (its workers and their helpers included) and how busy the whole machine is, to
tell the server's share from the driver's and from other work running on the same machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import subprocess
import sys
import threading
import time

from bench.load_parts.clients import THINK_S

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The second process is the benchmark's entry point run with ``--drive``, whose main hands over to load_driver.
LOAD_SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "load.py"


def server_processes(pid: int) -> list[int]:
    """The server's process and its descendants: the worker processes (``python -m app`` forks one per
    core) and each worker's upload helper."""
    found, waiting = [], [pid]
    while waiting:
        process = waiting.pop()
        found.append(process)
        for children in pathlib.Path(f"/proc/{process}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                waiting += [int(c) for c in children.read_text().split()]
    return found


def proc_status(pid: int) -> dict[str, int]:
    """Memory of the server's processes, in kB: VmRSS and VmHWM (peak) summed, and Pss (shared pages
    divided among the processes sharing them: the forked workers share what the parent had loaded)."""
    totals = {"VmRSS": 0, "VmHWM": 0, "Pss": 0}
    for process in server_processes(pid):
        try:
            text = pathlib.Path(f"/proc/{process}/status").read_text()
            rollup = pathlib.Path(f"/proc/{process}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in (text + rollup).splitlines():
            name, _, value = line.partition(":")
            if name in totals:
                totals[name] += int(value.split()[0])
    return totals


def cpu_seconds(pid: int) -> float | None:
    """CPU time of the server's processes (the parent's includes its ended workers')."""
    total = None
    for process in server_processes(pid):
        try:
            fields = pathlib.Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime + stime (+ cutime + cstime of ended children, for the parent)
        total = (total or 0) + sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def machine_busy() -> tuple[float, float]:
    """Busy and total CPU time of the whole machine so far, from /proc/stat (in clock ticks)."""
    try:
        ticks = [int(v) for v in pathlib.Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return float(sum(ticks[:8]) - idle), float(sum(ticks[:8]))


def driver_command(
    url: str, clients: int, seconds: float, upload_every: float, seed: int, think: tuple[float, float]
) -> list[str]:
    """The command line of the second process: ``bench/load.py --drive URL`` with the run's options."""
    return [
        sys.executable,
        str(LOAD_SCRIPT),
        "--drive",
        url,
        "--clients",
        str(clients),
        "--seconds",
        str(seconds),
        "--upload-every",
        str(upload_every),
        "--seed",
        str(seed),
        "--think",
        str(think[0]),
        str(think[1]),
    ]


def watch(driver: subprocess.Popen, server_pid: int | None) -> tuple[int, int, float | None]:
    """Sample every half second until the driver exits; :return: the server's peak RSS and PSS (kB) over
    that time, and the driver's last CPU time (read while it runs: an ended process has no /proc entry)."""
    peak_rss, peak_pss, driver_cpu = 0, 0, None
    while driver.poll() is None:
        if server_pid:
            memory = proc_status(server_pid)
            peak_rss, peak_pss = max(peak_rss, memory["VmRSS"]), max(peak_pss, memory["Pss"])
        driver_cpu = cpu_seconds(driver.pid) or driver_cpu
        time.sleep(0.5)
    return peak_rss, peak_pss, driver_cpu


def machine_figures(load_before: float, busy0: float, total0: float, driver_cpu: float | None, wall: float) -> dict:
    """How busy the whole machine was meanwhile: the server, the driver, and whatever else runs on it."""
    busy1, total1 = machine_busy()
    cores = os.cpu_count() or 1
    machine = {
        "cores": cores,
        "loadavg_1min_before": round(load_before, 2),
        "loadavg_1min_after": round(os.getloadavg()[0], 2),
        "cores_busy_all_processes": round((busy1 - busy0) / (total1 - total0) * cores, 2) if total1 > total0 else None,
    }
    if driver_cpu is not None:
        machine["driver_cores_busy"] = round(driver_cpu / wall, 2)
    return machine


def server_figures(server_pid: int, cpu0: float | None, peak_rss: int, peak_pss: int, wall: float) -> dict:
    """The server's processes, its peak memory during the load and since it started, and its CPU time."""
    cpu1 = cpu_seconds(server_pid)
    status = proc_status(server_pid)
    return {
        "pid": server_pid,
        "processes": len(server_processes(server_pid)),
        "peak_rss_mb_during_load": round(peak_rss / 1024, 1),
        "peak_pss_mb_during_load": round(peak_pss / 1024, 1),
        "peak_rss_mb_since_start": round(status.get("VmHWM", 0) / 1024, 1),  # includes an index build
        "cpu_s": round(cpu1 - cpu0, 1) if cpu0 is not None and cpu1 is not None else None,
        "cpu_cores_busy": round((cpu1 - cpu0) / wall, 2) if cpu0 is not None and cpu1 is not None else None,
    }


def run_driver(
    url: str,
    clients: int,
    seconds: float,
    upload_every: float,
    token: str | None,
    server_pid: int | None = None,
    seed: int = 8,
    think: tuple[float, float] = THINK_S,
) -> dict:
    """Drive ``url`` from a second process (``bench/load.py --drive``); watch the server's memory and CPU."""
    command = driver_command(url, clients, seconds, upload_every, seed, think)
    env = dict(os.environ, LOAD_TOKEN=token or "")  # the token stays off the command line
    cpu0 = cpu_seconds(server_pid) if server_pid else None
    load_before = os.getloadavg()[0]
    busy0, total0 = machine_busy()
    t0 = time.perf_counter()
    driver = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(driver.stdout), daemon=True)
    reader.start()
    peak_rss, peak_pss, driver_cpu = watch(driver, server_pid)
    reader.join(10)
    if driver.returncode != 0 or not output:
        raise RuntimeError(f"the load driver failed (exit status {driver.returncode})")
    result = json.loads(output[-1])
    wall = time.perf_counter() - t0
    machine = machine_figures(load_before, busy0, total0, driver_cpu, wall)
    if server_pid:
        result["server"] = server_figures(server_pid, cpu0, peak_rss, peak_pss, wall)
        if machine["cores_busy_all_processes"] is not None and result["server"]["cpu_cores_busy"] is not None:
            machine["other_work_cores_busy"] = round(
                machine["cores_busy_all_processes"]
                - result["server"]["cpu_cores_busy"]
                - machine.get("driver_cores_busy", 0),
                2,
            )
    result["machine"] = machine
    return result
