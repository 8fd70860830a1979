"""Task pages: who must do what, by when, in one document (``/doc/<id>/tasks``, its JSON twin and CSV)."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template

from app import urls
from app.documents import get_document
from app.i18n import lang, t
from app.render import display_date
from app.search import csv_answer
from indexer import TASK_ROLES, canonical_agency, label, respell

bp = Blueprint("tasks", __name__)


def tasks_data(doc_id: str) -> dict:
    """A document's tasks as the JSON contract has them, as they were found when it was indexed: each with its
    link."""
    record = get_document(doc_id)
    tasks = [{**task, "url": urls.passage_url(record.doc_id, task["anchor"])} for task in record.tasks]
    return {"doc_id": record.doc_id, "tasks": tasks}


@bp.route("/doc/<doc_id>/tasks.json")
def tasks_json(doc_id):
    """Return the tasks a document assigns, with who leads, coordinates, is assigned, and by when, as JSON."""
    return jsonify(tasks_data(doc_id))


@bp.route("/doc/<doc_id>/tasks")
def tasks_page(doc_id):
    """Show the tasks a document assigns: who leads, who coordinates, who is assigned, by when."""
    record = get_document(doc_id)
    # Agencies as the document spells them, each with every task of the archive it holds in that role; the JSON
    # keeps the names facets compare.
    shown = [dict(task, agencies=agency_links(task, record, record.spellings)) for task in tasks_data(doc_id)["tasks"]]
    return render_template("tasks.html", doc=record, tasks=shown, due_label=due_label)


def agency_links(task: dict, doc, spellings: dict | None = None) -> dict[str, list[dict]]:
    """The agencies of a task in each role: ``{"name", "url"}``, the name as the document spells it, the link to
    every task of the archive the agency holds in that role (none for a person or a position).

    :param doc: the record, or a task list's row: where the document sits completes an agency's name.
    """
    field = doc.get if isinstance(doc, dict) else lambda name: getattr(doc, name, None)
    where = {"province": field("province"), "level": field("level"), "issuer": field("issuer")}
    links: dict[str, list[dict]] = {}
    for role in TASK_ROLES:
        links[role] = []
        for agency in task[role]:
            canonical = canonical_agency(agency, **where)
            url = urls.tasks_url({"role": [role], "agency": [canonical]}) if canonical else None
            links[role].append({"name": respell(agency, spellings or {}), "url": url})
    return links


@bp.route("/doc/<doc_id>/tasks.csv")
def tasks_csv(doc_id):
    """Return the tasks of a document as CSV, headers in the page's language."""
    data = tasks_data(doc_id)
    header = [t("task_col_" + name) for name in ("anchor", "text", "lead", "coordinate", "assigned", "due")]
    rows = (
        [
            task["anchor"],
            task["text"],
            *("; ".join(task[r]) for r in ("lead", "coordinate", "assigned")),
            due_label(task["due"]),
        ]
        for task in data["tasks"]
    )
    return csv_answer(header, rows, f'attachment; filename="nhiem-vu-{data["doc_id"]}.csv"')


def due_label(due: dict) -> str:
    """A time frame as a person reads it: the words as written, and the dates they mean."""
    if not due.get("text"):
        return ""
    start, end = display_date(due.get("start")), display_date(due.get("end"))
    kind = label("time_frame", due.get("kind") or "", lang())
    span = f"{start} – {end}" if start and end and start != end else end or start or ""
    return f"{due['text']} ({kind}{': ' + span if span else ''})"
