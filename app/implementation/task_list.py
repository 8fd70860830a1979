"""The archive-wide task list: ``/tasks``, its JSON twin, its CSV and its calendar (issue 22).

Every task of the archive, newest documents first, narrowed by words of its text and by facets: an agency in
a role, the province, the level, the issuing document, the time frame relative to today.  The page and its
twins are built from one dict, :func:`task_list_data`.
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from app import urls
from app.i18n import lang, t
from app.implementation.calendar import calendar_of
from app.implementation.tasks import agency_links, due_label
from app.render import display_date, document_label
from app.search import csv_answer, query_state
from indexer import DUE_CLASSES, TASK_FACETS, TASK_ROLES, label, task_list

bp = Blueprint("task_list", __name__)

KNOWN_PARAMS = set(urls.TASK_KEYS)
PER_PAGE = 25  # tasks are rows of a table: a screen holds more of them than of search results
# The facets of the page, in the order it lists them.
SHOWN_FACETS = ("due", "agency_lead", "agency_coordinate", "agency_assigned", "province", "level", "doc")


def today() -> dt.date:
    """The day time frames are classed against ("due this month", "overdue")."""
    return dt.date.today()


def read_task_state() -> dict:
    """The task list's state from the query string; unknown or malformed parameters are a 400 (the values of
    the filters are checked by the library, a 400 too)."""
    return query_state(TASK_FACETS, KNOWN_PARAMS)


def task_list_data(state: dict, *, every: bool = False) -> dict:
    """The JSON twin's dict: a page of tasks (every task with ``every``), each with its links, and the facets."""
    filters = {facet: state[facet] for facet in TASK_FACETS if state.get(facet)}
    index = current_app.extensions["archive"].index
    page, per_page = (1, None) if every else (state["page"], PER_PAGE)
    data = task_list(index, state["q"], filters, page, per_page=per_page, today=today())
    for task in data["tasks"]:
        task["url"] = urls.passage_url(task["doc_id"], task["anchor"])
        task["doc_url"] = urls.doc_url(task["doc_id"])
    return data


@bp.route("/tasks.json")
def tasks_json():
    """Return the archive's tasks matching the words and filters, a page of them, with facet counts, as JSON."""
    return jsonify(task_list_data(read_task_state()))


@bp.route("/tasks")
def tasks_page():
    """Show the archive's tasks, newest documents first, with filters by agency, place, document and time."""
    state = read_task_state()
    data = task_list_data(state)
    return render_template("task_list.html", **decorate(data, state))


CSV_COLUMNS = ("doc", "date", "anchor", "text", "lead", "coordinate", "assigned", "due", "url")


@bp.route("/tasks.csv")
def tasks_csv():
    """Return every task matching the words and filters as CSV (UTF-8 with BOM, for spreadsheets)."""
    state = read_task_state()
    host = request.host_url.rstrip("/")
    rows = (
        [
            document_label(task),
            display_date(task["date"]) or "",
            task["anchor"],
            task["text"],
            *("; ".join(task[role]) for role in TASK_ROLES),
            due_label(task["due"]),
            host + task["url"],
        ]
        for task in task_list_data(state, every=True)["tasks"]
    )
    header = [t("task_col_" + name) for name in CSV_COLUMNS]
    return csv_answer(header, rows, 'attachment; filename="nhiem-vu.csv"')


@bp.route("/tasks.ics")
def tasks_ics():
    """Return every dated task matching the words and filters as an iCalendar file, one all-day event each."""
    state = read_task_state()
    body = calendar_of(task_list_data(state, every=True)["tasks"], request.host_url.rstrip("/"), request.host)
    return Response(
        body,
        mimetype="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="nhiem-vu.ics"'},
    )


def decorate(data: dict, state: dict) -> dict:
    """What the page needs beyond the JSON: labels, toggle and removal links, agency links, pages."""
    pages = max(1, -(-data["total"] // (data["per_page"] or 1)))
    documents = {item["value"]: item for item in data["facets"].get("doc", [])}
    return {
        "data": data,
        "state": state,
        "tasks": [
            dict(task, agencies=agency_links(task, task), doc_label=document_label(task)) for task in data["tasks"]
        ],
        "facets": {name: facet_items(name, data["facets"].get(name, []), state) for name in SHOWN_FACETS},
        "active": [
            {
                "facet": name,
                "label": value_label(name, value, documents.get(value)),
                "remove_url": urls.toggle_url(state, name, value, build=urls.tasks_url),
            }
            for name in TASK_FACETS
            for value in state.get(name, [])
        ],
        "clear_url": urls.tasks_url({"q": state["q"], "lang": state.get("lang")}),
        "pages": pages,
        "past_end": state["page"] > pages,
        "prev_url": urls.tasks_url(state, page=min(state["page"] - 1, pages)) if state["page"] > 1 else None,
        "next_url": urls.tasks_url(state, page=state["page"] + 1) if state["page"] < pages else None,
        "exports": {fmt: urls.tasks_url(state, fmt, page=None) for fmt in ("json", "csv", "ics")},
        "due_label": due_label,
    }


def facet_items(name: str, items: list[dict], state: dict) -> list[dict]:
    """A facet's values with their labels and the links that select or unselect them."""
    if name.startswith("agency_"):
        role = name.removeprefix("agency_")
        return [
            dict(item, label=item["value"], toggle_url=urls.role_agency_url(state, role, item["value"], urls.tasks_url))
            for item in items
        ]
    return [
        dict(
            item,
            label=value_label(name, item["value"], item),
            toggle_url=urls.toggle_url(state, name, item["value"], urls.tasks_url),
        )
        for item in items
    ]


def value_label(name: str, value: str, document: dict | None = None) -> str:
    """How a filter's value reads: a level, a role, a time frame in the page's language; a document as a link
    names it (``document``: its facet item, when listed); names as they are."""
    if name in ("level", "role"):
        return label(name, value, lang())
    if name == "due":
        return t("due_" + value) if value in DUE_CLASSES else value
    if name == "doc":
        return document_label(document) if document else value
    return value
