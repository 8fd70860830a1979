"""Task filters: which tasks of the archive a selection lets through (the archive-wide task list, issue 22).

A task is selected as a document is (:mod:`indexer.query.filters`): by the facets of the document assigning it
(its province, its level, the document itself: ``doc``) and by its own agencies in their roles, compared by
canonical name, so that ``role=lead&agency=Ban Tuyên giáo Tỉnh uỷ`` lets through the tasks that body leads in
any province, not those it only coordinates.  Its time frame (``due``) is classed relative to a day:

- ``month``, ``quarter``: its end falls in that day's month, or quarter;
- ``overdue``: its end is before that day;
- ``recurring``: it recurs ("hằng năm", "thường xuyên");
- ``dated``: it is a date or a period with an end (what a calendar can show).

A recurring frame is neither due nor overdue on a given day.  Words of the text are compared folded
(:func:`indexer.text.vietnamese.fold`): ``ban tuyen giao`` finds "Ban Tuyên giáo", and so does "Ban Tuyên giáo".

>>> task = {"anchor": "III-1", "text": "Ban Tuyên giáo Tỉnh uỷ chủ trì", "lead": ["Ban Tuyên giáo Tỉnh uỷ"],
...         "coordinate": [], "assigned": [], "due": {"text": "", "kind": None, "start": None, "end": None}}
>>> from indexer.query.filters import passes
>>> entry = task_entries(Summary("d", level="province", province="Lạng Sơn", tasks=(task,)))[0]
>>> selected = check_task_filters({"agency": ["Ban Tuyên giáo Tỉnh ủy"], "role": ["lead"]})
>>> passes(entry.facets, selected), passes(entry.facets, {**selected, "role": {"coordinate"}})
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from indexer.document.summary import Summary
from indexer.query.filters import BadFilter, DocFacets, check_filters, doc_facets
from indexer.tasks.extract import TASK_ROLES
from indexer.text.vietnamese import fold

TASK_FACETS = ("agency", "role", "province", "level", "doc", "due")
DOC_FACETS = ("agency", "role", "province", "level")  # those checked as a document's (query.filters)
DUE_CLASSES = ("month", "quarter", "overdue", "recurring", "dated")
DOC_ID = re.compile(r"[a-z0-9-]{1,200}")  # what indexer.document.extract.make_doc_id makes
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TaskEntry:
    """One task of the archive as the task list reads it: its document's summary, the task, where it stands in
    its document, its facet values, the folded words of its text and the last day of its time frame."""

    summary: Summary
    task: dict
    order: int
    facets: DocFacets
    words: frozenset[str]
    end: dt.date | None
    recurring: bool


def task_entries(summary: Summary) -> list[TaskEntry]:
    """The tasks of one document, each with its facet values: its document's, its own agencies in their roles
    (canonical names, completed with the document's place, as a document's facets are), and ``doc``."""
    entries = []
    for order, task in enumerate(summary.tasks):
        roles = tuple(sorted({(role, agency) for role in TASK_ROLES for agency in task.get(role, ())}))
        facets = doc_facets(replace(summary, roles=roles, tasks=(), references=(), basis=()))
        facets.values["doc"] = {summary.doc_id}
        due = task.get("due") or {}
        entries.append(
            TaskEntry(
                summary=summary,
                task=task,
                order=order,
                facets=facets,
                words=frozenset(WORD.findall(fold(task.get("text") or ""))),
                end=_day(due.get("end")),
                recurring=due.get("kind") == "recurring",
            )
        )
    return entries


def newest_first(summaries: list[Summary], before: list[TaskEntry] | None = None) -> list[TaskEntry]:
    """Every task of the documents, the newest documents first (the undated last), each in its document's order.

    :param before: the entries made for an earlier generation: those of the very same summaries are kept.
    """
    kept: dict[int, list[TaskEntry]] = {}
    for entry in before or ():
        kept.setdefault(id(entry.summary), []).append(entry)
    ordered = sorted(summaries, key=lambda s: s.doc_id)
    ordered.sort(key=lambda s: s.date or (str(s.year) if s.year else ""), reverse=True)
    out: list[TaskEntry] = []
    for summary in ordered:
        if summary.tasks:
            entries = kept.get(id(summary))
            out += entries if entries and entries[0].summary is summary else task_entries(summary)
    return out


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def check_task_filters(filters: dict[str, list[str]] | None) -> dict[str, set[str]]:
    """Validate the task list's filter names and values; return them as comparison keys.

    :raise BadFilter: an unknown filter, an unknown role, level or time frame, a value that is no document id.
    """
    filters = {
        name: [v for v in values if v is not None and str(v).strip()] for name, values in (filters or {}).items()
    }
    for name in filters:
        if name not in TASK_FACETS:
            raise BadFilter(f"Bộ lọc «{name}» không tồn tại.", f"unknown filter '{name}'")
    for value in filters.get("due", []):
        if value not in DUE_CLASSES:
            raise BadFilter(
                f"Thời hạn «{value}» không hợp lệ (chỉ nhận: {', '.join(DUE_CLASSES)}).",
                f"unknown time frame '{value}'",
            )
    for value in filters.get("role", []):
        if value not in TASK_ROLES:  # a recipient is given no task
            raise BadFilter(
                f"Vai trò «{value}» không hợp lệ (chỉ nhận: {', '.join(TASK_ROLES)}).", f"unknown task role '{value}'"
            )
    for value in filters.get("doc", []):
        if not DOC_ID.fullmatch(value):
            raise BadFilter(f"Mã văn bản «{value[:200]}» không hợp lệ.", f"'{value[:200]}' is no document id")
    selected = check_filters({name: filters[name] for name in DOC_FACETS if filters.get(name)})
    selected.update({name: set(filters[name]) for name in ("doc", "due") if filters.get(name)})
    return selected


def due_classes(entry: TaskEntry, today: dt.date) -> set[str]:
    """The time frame classes of a task on ``today`` (the module's docstring says what each means)."""
    if entry.recurring:
        return {"recurring"}
    if entry.end is None:
        return set()
    classes = {"dated"}
    if entry.end < today:
        classes.add("overdue")
    if (entry.end.year, entry.end.month) == (today.year, today.month):
        classes.add("month")
    if entry.end.year == today.year and (entry.end.month - 1) // 3 == (today.month - 1) // 3:
        classes.add("quarter")
    return classes


def query_words(query: str) -> list[str]:
    """The folded words a task's text must hold, all of them (``"Ban Tuyên giáo"`` -> ``["ban", "tuyen", "giao"]``)."""
    return list(dict.fromkeys(WORD.findall(fold(query or ""))))


def holds_words(entry: TaskEntry, words: list[str]) -> bool:
    return all(word in entry.words for word in words)
