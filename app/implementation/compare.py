"""The implementation matrix of a directive (``/doc/<id>/compare``, its JSON twin and CSV): each of its tasks
against each document implementing it, and what those documents add (issue 22)."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template

from app.documents import get_document
from app.i18n import t
from app.render import document_label
from app.search import csv_answer
from indexer import matrix_of, tasks_of

bp = Blueprint("compare", __name__)


def _archive():
    return current_app.extensions["archive"]


def compare_view(doc_id: str) -> tuple[dict, list[dict], dict]:
    """The matrix of a document as the JSON contract has it, the column documents as the chain describes them,
    and the text of each task the columns add; made once per snapshot (what an upload changes, makes anew).

    :raise 404: no such document.
    """
    record = get_document(doc_id)
    index = _archive().index
    snapshot = index.snapshot()
    key = ("implementation matrix", record.doc_id)
    kept = snapshot.answers.get(key)
    if kept is not None:
        return kept
    matrix, nodes, columns = matrix_of(index, record)
    texts = {
        column.doc_id: {task["anchor"]: task["text"] for task in column.tasks or tasks_of(column)}
        for column in columns
        if matrix["added"].get(column.doc_id)
    }
    kept = (matrix, nodes, texts)
    snapshot.answers.put(key, kept)
    return kept


@bp.route("/doc/<doc_id>/compare.json")
def compare_json(doc_id):
    """Return the implementation matrix of a document as JSON: its tasks, and where each implementer takes each up."""
    return jsonify(compare_view(doc_id)[0])


@bp.route("/doc/<doc_id>/compare")
def compare_page(doc_id):
    """Show a directive's tasks against the documents implementing it, level by level, and what those add."""
    record = get_document(doc_id)
    matrix, nodes, texts = compare_view(doc_id)
    added = [
        (node, [(anchor, texts[node["doc_id"]].get(anchor, "")) for anchor in matrix["added"][node["doc_id"]]])
        for node in nodes
        if matrix["added"].get(node["doc_id"])
    ]
    return render_template("compare.html", doc=record, matrix=matrix, heads=nodes, added=added)


@bp.route("/doc/<doc_id>/compare.csv")
def compare_csv(doc_id):
    """Return the implementation matrix of a document as CSV: a line per task, a column per implementing document."""
    matrix, nodes, _texts = compare_view(doc_id)
    header = [t("task_col_anchor"), t("compare_task"), *(document_label(node) for node in nodes)]
    rows = (
        [
            row["anchor"],
            row["text"],
            *(_cell(row["cells"][column]) for column in matrix["columns"]),
        ]
        for row in matrix["rows"]
    )
    return csv_answer(header, rows, f'attachment; filename="ma-tran-thuc-hien-{matrix["doc_id"]}.csv"')


def _cell(cell: dict) -> str:
    """A cell as a spreadsheet shows it: the item and its similarity, or nothing."""
    return f"{cell['anchor']} ({cell['score']:.2f})" if cell["anchor"] else ""
