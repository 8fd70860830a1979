"""The verdict and the table of ``bench/load.py``: the goals of issue 8 checked, the report printed for people."""

from __future__ import annotations

# How the table names each endpoint class of :data:`bench.load_parts.clients.CLASSES`.
LABELS = {
    "search_html": "search (HTML)",
    "search_json": "search (JSON)",
    "facet_click": "facet click",
    "doc_page": "document page",
    "doc_json": "document JSON",
    "chain": "chain page",
    "upload": "upload (API)",
}
# Issue 8's goal: p95 latency under these (ms) with 20 clients; the other classes are measured, not judged.
GOALS_P95_MS = {"search_html": 300, "search_json": 300, "facet_click": 300, "doc_page": 100}


def goals(result: dict, clients: int) -> dict:
    """Whether the run met the goal: at least 20 clients, zero errors, each judged class under its p95."""
    endpoints = result["endpoints"]
    p95 = {cls: endpoints[cls].get("p95_ms") for cls in GOALS_P95_MS}
    latency_met = {cls: (v is not None and v < GOALS_P95_MS[cls]) for cls, v in p95.items()}
    zero_errors = result["total"]["errors"] == 0
    return {
        "clients_target": 20,
        "clients": clients,
        "p95_limit_ms": GOALS_P95_MS,
        "latency_met": latency_met,
        "zero_errors": zero_errors,
        "met": zero_errors and all(latency_met.values()) and clients >= 20,
    }


def table(report: dict) -> str:
    """The report for people: one row per endpoint class, then the run, the uploads, server and machine."""
    lines = [
        f"{'endpoint':16} {'count':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'errors':>6}  goal p95"
    ]
    for cls, row in report["endpoints"].items():
        goal = GOALS_P95_MS.get(cls)
        verdict = ""
        if goal:
            verdict = f"< {goal}: " + ("yes" if report["goals"]["latency_met"][cls] else "NO")
        lines.append(
            f"{LABELS[cls]:16} {row['count']:7} {row['rps']:7.1f} {row.get('p50_ms', 0):8.1f} "
            f"{row.get('p95_ms', 0):8.1f} {row.get('p99_ms', 0):8.1f} {row.get('max_ms', 0):8.1f} "
            f"{row['errors']:6}  {verdict}"
        )
    total = report["total"]
    lines.append(f"{'total':16} {total['requests']:7} {total['rps']:7.1f} {'':35} {total['errors']:6}")
    lines.append(
        f"{report['clients']} clients for {report['seconds']:g} s, reading {report['think_s'][0]:g}-"
        f"{report['think_s'][1]:g} s between requests (req/s over that window; the requests "
        f"under way at its end finished {report['drain_s']} s later), "
        f"{report['documents_at_start']} documents at the start"
    )
    up = report["uploads"]
    lines.append(
        f"uploads: {up['done']} done, {up['searchable']} searchable "
        f"(p50 {up['to_searchable_p50_ms']} ms, max {up['to_searchable_max_ms']} ms after the upload)"
    )
    if "server" in report:
        s = report["server"]
        lines.append(
            f"server: {s['processes']} processes, peak RSS {s['peak_rss_mb_during_load']} MB "
            f"(PSS {s['peak_pss_mb_during_load']} MB) during the load "
            f"({s['peak_rss_mb_since_start']} MB since start), {s['cpu_cores_busy']} cores busy"
        )
    m = report["machine"]
    lines.append(
        f"machine: {m['cores_busy_all_processes']} of {m['cores']} cores busy during the run "
        f"(load driver {m.get('driver_cores_busy')}, other work {m.get('other_work_cores_busy', '?')}); "
        f"load average {m['loadavg_1min_before']} before, {m['loadavg_1min_after']} after"
    )
    for example in report["error_examples"]:
        lines.append(f"error: {example['class']} {example['path']}: {example['error']}")
    lines.append("goal met" if report["goals"]["met"] else "goal NOT met")
    return "\n".join(lines)
