"""The archive-wide task list: every task of the archive, filtered, counted by facet, a page of it (issue 22).

Tasks are read from the snapshot (each document's summary carries the tasks found when it was indexed), so a
list costs no record read.  Filters are those of :mod:`indexer.query.tasks`; counts are disjunctive, as the
search's facets are (:mod:`indexer.search.facets`): a facet's values are counted over the tasks passing every
*other* filter.  The answer is kept with the snapshot, as a search's is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from indexer.errors import ArchiveError
from indexer.query.filters import passes
from indexer.query.tasks import DUE_CLASSES, TaskEntry, check_task_filters, due_classes, holds_words, query_words
from indexer.search.facets import count, label_as_typed
from indexer.store.handle import ArchiveIndex

PER_PAGE = 25  # tasks are rows of a table: a screen holds more of them than of search results
FACET_LIMIT = 50  # values listed per facet (selected ones are always listed)
LISTED = ("agency_lead", "agency_coordinate", "agency_assigned", "role", "agency", "province", "level")
DOC_FIELDS = ("number", "doc_type", "issuer", "province", "level", "date")


class BadTaskPage(ArchiveError):
    code = "bad_page"
    status = 400


def task_list(
    index: ArchiveIndex,
    query: str | None = None,
    filters: dict[str, list[str]] | None = None,
    page: int = 1,
    *,
    per_page: int | None = PER_PAGE,
    today: dt.date | None = None,
) -> dict:
    """A page of the archive's tasks matching the words and filters, the newest documents first.

    :param query: words the task's text must all hold, with or without diacritics.
    :param filters: ``{facet: [values]}`` of :data:`indexer.query.tasks.TASK_FACETS`.
    :param per_page: tasks a page holds; ``None``: every task matching (the exports).
    :param today: the day time frames are classed against (default: today).
    :return: ``{"total", "page", "per_page", "tasks", "facets"}``; each task is the document's task (as
        ``/doc/<id>/tasks.json`` has it, without URLs) with ``doc_id`` and its document's number, type, issuer,
        province, level and date.
    :raise BadFilter: an unknown filter or value.
    :raise BadTaskPage: a page that is not a positive number.
    """
    if not isinstance(page, int) or page < 1:
        raise BadTaskPage("Số trang phải là số nguyên dương.", "page must be a positive integer")
    selected = check_task_filters(filters)
    today = today or dt.date.today()
    words = query_words(query or "")
    snapshot = index.snapshot()
    key = ("tasks", tuple(words), tuple(sorted((f, tuple(sorted(v))) for f, v in selected.items())), page, per_page)
    answer = snapshot.answers.get((*key, today))
    if answer is None:
        answer = _answer(snapshot.tasks, words, selected, page, per_page, today)
        if per_page is not None:  # an export's every row is not worth keeping
            snapshot.answers.put((*key, today), answer)
    facets = {name: [dict(item) for item in items] for name, items in answer["facets"].items()}
    label_as_typed(facets, filters)
    return {**answer, "facets": facets, "tasks": [dict(t) for t in answer["tasks"]]}


def _answer(entries: list[TaskEntry], words: list[str], selected: dict, page: int, per_page: int | None, today):
    """The answer of :func:`task_list` from the snapshot's tasks."""
    due_wanted = selected.get("due")
    facet_selected = {f: v for f, v in selected.items() if f != "due"}
    found = [(e, due_classes(e, today)) for e in entries if holds_words(e, words)]
    in_time = [e for e, classes in found if not due_wanted or classes & due_wanted]
    matching = [e for e in in_time if passes(e.facets, facet_selected)]
    counted = count([e.facets for e in in_time], facet_selected, FACET_LIMIT)
    facets = {name: counted.get(name, []) for name in LISTED}
    facets["doc"] = _doc_facet(in_time, facet_selected)
    facets["due"] = _due_facet(found, facet_selected, due_wanted or set())
    shown = matching if per_page is None else matching[(page - 1) * per_page : page * per_page]
    return {
        "total": len(matching),
        "page": page,
        "per_page": per_page or len(matching),
        "tasks": [row(e) for e in shown],
        "facets": facets,
    }


def row(entry: TaskEntry) -> dict:
    """A task as the list gives it: the task, and which document assigns it."""
    summary = entry.summary
    return {**entry.task, "doc_id": summary.doc_id, **{name: getattr(summary, name) for name in DOC_FIELDS}}


def _doc_facet(entries: list[TaskEntry], selected: dict) -> list[dict]:
    """The documents assigning the tasks that pass every other filter, most tasks first."""
    counter: Counter = Counter()
    summaries = {}
    for entry in entries:
        if passes(entry.facets, selected, skip="doc"):
            counter[entry.summary.doc_id] += 1
            summaries[entry.summary.doc_id] = entry.summary
    wanted = selected.get("doc", set())
    items = [
        {
            "value": doc_id,
            "count": n,
            "selected": doc_id in wanted,
            **{name: getattr(summaries[doc_id], name) for name in DOC_FIELDS},
        }
        for doc_id, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    ]
    return items[:FACET_LIMIT] + [i for i in items[FACET_LIMIT:] if i["selected"]]


def _due_facet(found: list[tuple[TaskEntry, set[str]]], selected: dict, wanted: set[str]) -> list[dict]:
    """How many of the tasks passing every other filter fall in each time frame class, in a fixed order."""
    counter: Counter = Counter()
    for entry, classes in found:
        if passes(entry.facets, selected):
            counter.update(classes)
    return [
        {"value": name, "count": counter[name], "selected": name in wanted}
        for name in DUE_CLASSES
        if counter[name] or name in wanted
    ]
