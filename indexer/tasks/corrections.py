"""What an archivist may correct in a document's tasks, checked, and how the corrections are applied.

A task's corrections are kept in its file's sidecar beside the other fields' (``corrections[part]["tasks"]``),
by the anchor of the task, and only what differs from what extraction finds::

    {"III-1": {"lead": ["Sở Ngoại vụ"], "due": "trước ngày 30/6/2024"}, "III-4": {"drop": true}}

so that a better extractor still improves what nobody touched.  ``lead``, ``coordinate`` and ``assigned`` are
the agencies as typed; ``due`` is the words of the time frame as written, parsed again with
:func:`indexer.text.time_frames.due_of` whenever the record is built (the document's year completing a date
written without one); ``drop`` takes a spurious task out.

>>> clean_task({"anchor": "III-1", "lead": "Sở Ngoại vụ; Sở Nội vụ\\n", "due": "trong quý III/2024"}, 2024)
{'anchor': 'III-1', 'lead': ['Sở Ngoại vụ', 'Sở Nội vụ'], 'due': 'trong quý III/2024'}
"""

from __future__ import annotations

import re

from indexer.document.corrections import LIMIT, BadCorrection
from indexer.tasks.extract import NO_DUE, TASK_ROLES
from indexer.text.normalize import normalize_text
from indexer.text.time_frames import due_of

MAX_AGENCIES = 50  # agencies of one role in one task: a list longer than that is no correction
MAX_TASKS = 500  # tasks corrected at once, as the role rows of the form
DUE_LIMIT = 200  # characters of a time frame's words: "trước ngày 30 tháng 6 năm 2024 và hằng quý" is 40
ANCHOR_LIMIT = 80  # as a role's anchor (indexer.document.corrections.clean_roles)


def agencies_of(typed) -> list[str]:
    """Agencies as typed: one a line, or several on a line separated by ``;``; each once, in order.

    A name may hold commas ("Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc"): they separate nothing.

    :raise BadCorrection: too many agencies, or a name too long.
    """
    items = typed if isinstance(typed, list) else re.split(r"[\n;]", str(typed or ""))
    names = list(dict.fromkeys(name for name in (normalize_text(str(i or "")) for i in items) if name))
    if len(names) > MAX_AGENCIES:
        raise BadCorrection(
            f"Một nhiệm vụ có tối đa {MAX_AGENCIES} cơ quan ở mỗi vai trò.",
            f"a task has at most {MAX_AGENCIES} agencies in a role",
            "tasks",
        )
    if any(len(name) > LIMIT for name in names):
        raise BadCorrection("Tên cơ quan quá dài.", "agency name too long", "tasks")
    return names


def due_words(typed, year: int | None) -> str:
    """The words of a time frame as typed, tidied; a frame whose dates cannot be read is refused.

    :raise BadCorrection: too long, or numbers that make no time frame ("30/13/2024", "quý 5").
    """
    text = normalize_text(str(typed or ""))
    if len(text) > DUE_LIMIT:
        raise BadCorrection(
            f"Thời hạn dài quá {DUE_LIMIT} ký tự.", f"the time frame is longer than {DUE_LIMIT} characters", "tasks"
        )
    if text and re.search(r"[0-9]", text) and due_of(text, year) is None:
        raise BadCorrection(
            f"Không đọc được thời hạn «{text}»: viết ví dụ «trước ngày 30/6/2025», «quý III/2025», «hằng năm».",
            f"cannot read the time frame '{text}': write e.g. 'trước ngày 30/6/2025', 'quý III/2025', 'hằng năm'",
            "tasks",
        )
    return text


def clean_task(row: dict, year: int | None) -> dict:
    """One task's row of the form, checked: ``{"anchor", "drop"?, "lead"?, "coordinate"?, "assigned"?, "due"?}``;
    what the row leaves out stays as it is.

    :raise BadCorrection: a row without an anchor, too many agencies, a time frame that cannot be read.
    """
    anchor = str(row.get("anchor") or "").strip()
    if not anchor or len(anchor) > ANCHOR_LIMIT:
        raise BadCorrection("Nhiệm vụ không có mục hợp lệ.", "a task without a valid anchor", "tasks")
    out: dict = {"anchor": anchor}
    if row.get("drop"):
        out["drop"] = True
    for role in TASK_ROLES:
        if role in row:
            out[role] = agencies_of(row[role])
    if "due" in row:
        out["due"] = due_words(row["due"], year)
    return out


def clean_tasks(rows: list[dict], year: int | None) -> dict[str, dict]:
    """The rows of a form by anchor, each checked (:func:`clean_task`).

    :raise BadCorrection: more than :data:`MAX_TASKS` rows, or a row that cannot be kept.
    """
    if len(rows) > MAX_TASKS:
        raise BadCorrection(f"Sửa tối đa {MAX_TASKS} nhiệm vụ một lần.", f"at most {MAX_TASKS} tasks at once", "tasks")
    cleaned = [clean_task(row, year) for row in rows]
    return {row.pop("anchor"): row for row in cleaned}


def task_corrections_between(extracted: list[dict], wanted: dict[str, dict], kept: dict | None = None) -> dict:
    """The corrections that turn the tasks as extracted into what the archivist wants, by anchor.

    :param extracted: the tasks extraction finds in the record with its other fields corrected.
    :param wanted: cleaned rows by anchor (:func:`clean_tasks`); a row without a property keeps it as extracted.
    :param kept: the corrections kept so far: those of tasks the form did not show (a task dropped before) stay.
    """
    by_anchor = {task["anchor"]: task for task in extracted}
    out = {anchor: patch for anchor, patch in (kept or {}).items() if anchor not in wanted}
    for anchor, row in wanted.items():
        task = by_anchor.get(anchor)
        if task is None:
            continue  # no such task (any more): nothing to correct
        if row.get("drop"):
            out[anchor] = {"drop": True}
            continue
        patch = {role: row[role] for role in TASK_ROLES if role in row and row[role] != task[role]}
        if "due" in row and row["due"] != (task["due"].get("text") or ""):
            patch["due"] = row["due"]
        if patch:
            out[anchor] = patch
    return out


def due_from_words(words: str, year: int | None) -> dict:
    """The ``due`` of a task whose time frame an archivist wrote: the words kept as written, their dates read
    again (a frame whose dates are not read keeps its words, without a kind).

    >>> due_from_words("Hoàn thành trước ngày 30/6", 2024)
    {'text': 'Hoàn thành trước ngày 30/6', 'kind': 'date', 'start': None, 'end': '2024-06-30'}
    """
    if not words:
        return dict(NO_DUE)
    frame = due_of(words, year)
    return {**(frame.to_dict() if frame else NO_DUE), "text": words}


def corrected_tasks(tasks: list[dict], corrections: dict, year: int | None) -> list[dict]:
    """The tasks with the archivists' corrections applied: dropped ones left out, corrected ones changed.

    A correction of an anchor that extraction no longer finds is kept in the sidecar and applies nowhere.
    """
    out = []
    for task in tasks:
        patch = corrections.get(task["anchor"])
        if not patch:
            out.append(task)
            continue
        if patch.get("drop"):
            continue
        task = {**task, **{role: list(patch[role]) for role in TASK_ROLES if role in patch}}
        if "due" in patch:
            task["due"] = due_from_words(patch["due"], year)
        out.append(task)
    return out
