"""The archive's dated tasks as an iCalendar file (RFC 5545): one all-day event on each task's last day.

A task is on the calendar when its time frame is a date, or a period with an end ("trước ngày 30/6/2024",
"quý III/2024"): the event is on that end day.  A recurring frame ("hằng năm") and a frame without an end
("từ ngày 1/3/2024") are left out.  The ``icalendar`` package writes the file: escaping of commas, semicolons and
line breaks in texts, lines folded at 75 octets, CRLF line ends.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from app.i18n import t
from app.render import document_label

SUMMARY_CHARS = 120  # of the task's text: what a calendar shows on one line
PRODUCT = "-//Kho van ban chi dao//Nhiem vu//VI"


def dated(task: dict) -> dt.date | None:
    """The day a task is due on the calendar: the end of a date or a period, or ``None``."""
    due = task.get("due") or {}
    if due.get("kind") not in ("date", "period") or not due.get("end"):
        return None
    try:
        return dt.date.fromisoformat(due["end"])
    except ValueError:
        return None


def summary_of(text: str) -> str:
    """The task's text on one line, cut at a word past :data:`SUMMARY_CHARS` characters."""
    line = " ".join(text.split())
    if len(line) <= SUMMARY_CHARS:
        return line
    return line[:SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:.-") + "…"


def description_of(task: dict) -> str:
    """Who leads, coordinates, is assigned, the time frame as written, and the document assigning the task."""
    lines = [
        f"{t('task_col_' + role)}: {'; '.join(task[role])}"
        for role in ("lead", "coordinate", "assigned")
        if task.get(role)
    ]
    if (task.get("due") or {}).get("text"):
        lines.append(f"{t('task_col_due')}: {task['due']['text']}")
    lines.append(f"{t('task_col_doc')}: {document_label(task)} ({t('task_col_anchor')} {task['anchor']})")
    return "\n".join(lines)


def calendar_of(tasks: list[dict], base_url: str, host: str) -> bytes:
    """The iCalendar file of the dated tasks among ``tasks`` (rows of the task list, with their ``url``).

    :param base_url: what a task's ``url`` is relative to (``https://kho.example.vn``).
    :param host: the name in each event's UID, which is the task's document and anchor: the same task keeps
        its UID from one export to the next.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", t("task_list_title"))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for task in tasks:
        day = dated(task)
        if day is None:
            continue
        event = Event()
        event.add("uid", f"{task['doc_id']}/{task['anchor']}@{host.split(':')[0]}")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary_of(task["text"]))
        event.add("description", description_of(task))
        event.add("url", base_url + task["url"])
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: it does not make anyone busy
        calendar.add_component(event)
    return calendar.to_ical()
