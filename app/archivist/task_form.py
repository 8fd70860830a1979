"""The tasks of a record on its correction page: who leads, coordinates, is assigned, by when, as the archivist
sees them, and back from what they typed (issue 22).

One row per task, named ``p<part>-task-<i>-anchor|lead|coordinate|assigned|due|drop``, their number in
``p<part>-tasks``.  Agencies are one a line (or separated by ``;``); the time frame is its words, as written.  A
task dropped before is shown too, its row holding only its anchor and ``drop``: unticked, the task comes back.
"""

from __future__ import annotations

from indexer import TASK_ROLES, Document, clean_tasks

MAX_TASK_ROWS = 500  # as the role rows (app.archivist.record_form.MAX_ROLE_ROWS)
FIELDS = (*TASK_ROLES, "due")


def task_form_of(record: Document, kept: dict, typed=None) -> dict:
    """What the template shows of a record's tasks: each task's values (as typed, after a refused submit), and
    the tasks dropped before.

    :param kept: the corrections of the record's tasks kept in its sidecar, by anchor.
    """
    part = record.source.part if record.source else 1
    rows = [
        {
            "anchor": task["anchor"],
            "text": task["text"],
            **{role: "\n".join(task[role]) for role in TASK_ROLES},
            "due": task["due"].get("text") or "",
            "drop": False,
            "dropped": False,
        }
        for task in record.tasks
    ]
    shown = {row["anchor"] for row in rows}
    for anchor, patch in kept.items():
        paragraph = record.paragraph(anchor)
        if patch.get("drop") and anchor not in shown and paragraph is not None:
            rows.append({"anchor": anchor, "text": paragraph["text"], "drop": True, "dropped": True})
    if typed is not None:
        by_anchor = {row["anchor"]: row for row in typed_tasks(typed, part)}
        rows = [{**row, **by_anchor.get(row["anchor"], {})} for row in rows]
    return {"prefix": f"p{part}-", "rows": rows, "roles": TASK_ROLES}


def typed_tasks(form, part: int) -> list[dict]:
    """The rows of the form as typed; a row holds the fields the form sent (a dropped task's: none)."""
    try:
        count = min(int(form.get(f"p{part}-tasks") or 0), MAX_TASK_ROWS)
    except ValueError:
        count = 0
    rows = []
    for i in range(count):
        name = f"p{part}-task-{i}-"
        row = {"anchor": form.get(name + "anchor", ""), "drop": bool(form.get(name + "drop"))}
        row.update({field: form[name + field] for field in FIELDS if name + field in form})
        rows.append(row)
    return rows


def wanted_tasks(form, part: int, year: int | None) -> dict:
    """``{"tasks": {anchor: cleaned row}}`` when the form has the tasks of ``part``, else nothing.

    :raise BadCorrection: too many agencies, a name too long, a time frame that cannot be read.
    """
    if f"p{part}-tasks" not in form:
        return {}
    return {"tasks": clean_tasks(typed_tasks(form, part), year)}
