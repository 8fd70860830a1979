"""The implementation matrix of a directive: which item of each document implementing it takes up each of its tasks.

Rows are the directive's tasks (its record's: as :func:`indexer.tasks.extract.tasks_of` found them, as archivists
corrected them); columns the documents implementing it, directly or through another, province first, then
district, then commune (:func:`implementers`).  A cell is the item of the column's document that takes the row's
task up, with their similarity (:meth:`indexer.tasks.similarity.Tasks.scores`), or no anchor, with the best
candidate's similarity, when none is alike enough.  Within a column, tasks and items are paired one to one, the
most alike first (:func:`assign`), so that two tasks do not both land on the item that happens to resemble
everything; then a task left without an item may take a paragraph of one (a commune plan gives one civil servant
several of the directive's tasks, one bullet each): its cell names that paragraph (``V-1-p3``).  What each
document adds: its tasks that take up no row and are not alike enough to take up any.

The items of a column (:func:`items_of`) are the numbered items of its body with the paragraphs under them
(:func:`indexer.tasks.extract.task_key`), but those of the parts that assign nothing ("Mục đích, yêu cầu",
"Quan điểm, mục tiêu", "Kinh phí"), and whatever :func:`tasks_of` finds assigned wherever it stands.  A document
without numbered items (a letter) is one item: its body after the opening that names what it implements; its
cell names where that body starts, the paragraph of its request ("Ban Tuyên giáo Thành uỷ đề nghị cấp uỷ …"): the
paragraphs after it say how, and one of them may happen to share more words with the task than the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from indexer.citations.chains import descendants
from indexer.document.record import Document
from indexer.lru import Lru
from indexer.tasks.extract import task_key, tasks_of
from indexer.tasks.similarity import Tasks, Unit, Weights
from indexer.text.vietnamese import fold
from indexer.vocabulary import LEVEL_RANK

# Tuning constants: bench/NOTES.md ("Implementation matrix") says how they were found.
THRESHOLD = 0.22  # an item takes a task up from this similarity on (0..1, plus the same part's bonus)
PARAGRAPH_THRESHOLD = 0.28  # a task left without an item takes one of its paragraphs only when clearly alike
READ_KEPT = 512  # documents whose tasks and items a process keeps worked out (a directive's implementers)

# What a part of a plan does, by its heading (folded): the kinds tasks are matched within, and the parts that
# assign nothing (their items restate the directive's aims, or say where the money comes from).
PART_KINDS = [
    ("organisation", re.compile(r"\b(?:to chuc thuc hien|phan cong)\b")),
    ("content", re.compile(r"\b(?:nhiem vu|giai phap|noi dung|phuong an)\b")),
    ("none", re.compile(r"\b(?:muc dich|yeu cau|quan diem|muc tieu|kinh phi|che do bao cao)\b")),
]
# The opening of a document without numbered parts that names what it implements: "Căn cứ …", "Thực hiện …".
BASIS = re.compile(r"^(?:[-+•]\s*)?(?:thuc hien|can cu|trien khai|thi hanh|tiep tuc thuc hien)\b")


@dataclass
class Item:
    """An item of an implementing document: as a whole, and paragraph by paragraph."""

    whole: Unit
    paragraphs: list[Unit]
    numbered: bool  # False: the body of a document without numbered items


def implementers(tree: dict) -> list[dict]:
    """The archived documents of an implementation tree (:func:`indexer.citations.chains.implementation_tree`),
    directly or indirectly implementing its root: province first, then district, then commune; placeholders of
    documents the archive lacks are passed through."""
    nodes = descendants(tree)
    return sorted(nodes, key=lambda node: LEVEL_RANK.get(node.get("level") or "", len(LEVEL_RANK)))


def _body_units(record: Document) -> dict[str, list[dict]]:
    """The body's paragraphs by the item they belong to (:func:`task_key`), in reading order."""
    units: dict[str, list[dict]] = {}
    for paragraph in record.paragraphs:
        if paragraph.get("zone") == "body":
            units.setdefault(task_key(paragraph["anchor"]), []).append(paragraph)
    return units


def _part_kinds(record: Document) -> dict[str, str | None]:
    """The kind of each part of the body (``II``: "content"), by its heading; and of each item or article that
    is a heading of its own ("Điều 3. Tổ chức thực hiện", a letter's "3. Tổ chức thực hiện"), by its anchor."""
    kinds = {}
    for p in record.paragraphs:
        if p.get("zone") != "body" or not (p.get("level") == 1 or p.get("kind") == "heading" and len(p["text"]) < 80):
            continue
        heading = fold(p["text"]).lower()
        kinds[p["anchor"]] = next((kind for kind, words in PART_KINDS if words.search(heading)), None)
    return kinds


def _read(record: Document, this: str | None) -> tuple[list[dict], list[Item], list[Unit]]:
    """A document's tasks, its items (:func:`items_of`) and its tasks as units (:func:`rows_of`), compared with
    the directive numbered ``this``; worked out once for the very record object (a record is read, never
    changed: a corrected document is a new record)."""
    kept = _read_lately.get((id(record), this))
    if kept is not None and kept[0] is record:
        return kept[1]
    tasks = record.tasks or tasks_of(record)  # as indexed, with archivists' corrections; a bare record: found now
    units = _body_units(record)
    kinds = _part_kinds(record)
    read = (tasks, _items(tasks, units, kinds, this), _task_units(tasks, units, kinds, this))
    _read_lately.put((id(record), this), (record, read))  # the record is held: its id is not reused meanwhile
    return read


_read_lately = Lru(READ_KEPT)


def _kind(paragraphs: list[dict], kinds: dict[str, str | None]) -> str | None:
    """The kind of the part a unit sits in; else of the item or article heading it (``dieu-3`` for ``dieu-3-2``)."""
    kind = kinds.get((paragraphs[0].get("section") or "").split(".")[0])
    anchor = paragraphs[0]["anchor"]
    while kind is None and anchor:
        kind = kinds.get(anchor)
        anchor = anchor.rpartition("-")[0]
    return kind


def items_of(record: Document, this: str | None = None) -> list[Item]:
    """The items of a document that may take up a task of the directive numbered ``this`` (see the module's
    docstring)."""
    return _read(record, this)[1]


def _items(tasks: list[dict], units: dict[str, list[dict]], kinds: dict, this: str | None) -> list[Item]:
    assigned = {task_key(task["anchor"]) for task in tasks}
    if not any(p.get("section") for ps in units.values() for p in ps):
        return _letter(units, assigned, this)
    items = []
    for key, paragraphs in units.items():
        part = (paragraphs[0].get("section") or "").split(".")[0]
        if key not in assigned and (key == part or not part or kinds.get(part) == "none"):
            continue  # a part's heading and its unnumbered paragraphs, the opening, the parts that assign nothing
        kept = [p for p in paragraphs if p.get("level") != 1]
        if kept:
            kind = _kind(kept, kinds)
            units_of = [Unit(p["anchor"], [p["text"]], kind, this) for p in kept]
            items.append(Item(Unit(key, [p["text"] for p in kept], kind, this), units_of, numbered=True))
    return items


def _letter(units: dict[str, list[dict]], assigned: set[str], this: str | None) -> list[Item]:
    """The one item of a document without numbered items: its body after the opening that names its basis (or
    from the first paragraph :func:`tasks_of` finds assigned)."""
    paragraphs = [p for ps in units.values() for p in ps]
    start = 0
    for i, p in enumerate(paragraphs):
        if BASIS.match(fold(p["text"]).lower()):
            start = i + 1
        if task_key(p["anchor"]) in assigned:
            start = i
            break
    body = paragraphs[start:]
    if not body:
        return []
    parts = [Unit(p["anchor"], [p["text"]], None, this) for p in body]
    return [Item(Unit(body[0]["anchor"], [p["text"] for p in body], None, this), parts, numbered=False)]


def rows_of(record: Document) -> tuple[list[dict], list[Unit]]:
    """A directive's tasks (as :func:`tasks_of` gives them) and the same as units, in the text's spelling that
    matching uses (the tasks' texts are in the source's own)."""
    tasks, _items, rows = _read(record, record.number)
    return tasks, rows


def _task_units(tasks: list[dict], units: dict[str, list[dict]], kinds: dict, this: str | None) -> list[Unit]:
    rows = []
    for task in tasks:
        paragraphs = units.get(task_key(task["anchor"]), [])
        kind = _kind(paragraphs, kinds) if paragraphs else None
        rows.append(Unit(task["anchor"], [p["text"] for p in paragraphs], kind, this))
    return rows


def assign(scores: np.ndarray, threshold: float = THRESHOLD, taken: set[int] | None = None) -> list[int | None]:
    """For each row of ``scores`` (tasks by candidates), the candidate it is paired with, or None.

    One to one, the most alike pair first: a task takes the candidate most like it that no task more like that
    candidate took (nor one of ``taken``), if their score reaches ``threshold``.

    >>> assign(np.array([[0.9, 0.5], [0.8, 0.4], [0.2, 0.1]]), 0.3)
    [0, 1, None]
    """
    paired: list[int | None] = [None] * scores.shape[0]
    taken = set(taken or ())
    for flat in np.argsort(-scores, axis=None, kind="stable"):
        row, item = divmod(int(flat), scores.shape[1])
        if scores[row, item] < threshold:
            break
        if paired[row] is None and item not in taken:
            paired[row] = item
            taken.add(item)
    return paired


def align_column(tasks: Tasks, items: list[Item]) -> tuple[list[dict], np.ndarray]:
    """The cells of one column: for each task, ``{"anchor", "score"}`` (anchor None: no item takes it up); and
    how alike each task and each item are."""
    by_item = tasks.scores([item.whole for item in items])
    if not items or not tasks.rows:
        return [{"anchor": None, "score": 0.0} for _ in tasks.rows], by_item
    paragraphs = [p for item in items for p in item.paragraphs]
    owner = np.repeat(np.arange(len(items)), [len(item.paragraphs) for item in items])
    by_paragraph = tasks.scores(paragraphs)
    paired = assign(by_item)
    cells: list[dict] = []
    focus = set()  # the paragraph of an item taken that is most like the task that took it
    for r, i in enumerate(paired):
        if i is None:
            cells.append({"anchor": None, "score": round(float(by_item[r].max()), 3)})
            continue
        within = np.flatnonzero(owner == i)
        best = int(within[np.argmax(by_paragraph[r, within])])
        focus.add(best)
        cells.append({"anchor": items[i].whole.anchor, "score": round(float(by_item[r, i]), 3)})
    left = [r for r, i in enumerate(paired) if i is None]
    if left:
        for r, p in zip(left, assign(by_paragraph[left], PARAGRAPH_THRESHOLD, focus), strict=True):
            if p is not None:
                cells[r] = {"anchor": paragraphs[p].anchor, "score": round(float(by_paragraph[r, p]), 3)}
    return cells, by_item


def implementation_matrix(directive: Document, columns: list[Document], vector_folder: str | None = None) -> dict:
    """The implementation matrix of ``directive`` over the documents implementing it, in the JSON contract's
    shape: ``{"doc_id", "columns", "rows": [{"anchor", "text", "cells": {doc_id: {"anchor", "score"}}}],
    "added": {doc_id: [anchor]}}``.  ``vector_folder`` keeps the sentence embeddings of the texts compared."""
    tasks, rows = rows_of(directive)
    read = {record.doc_id: _read(record, directive.number) for record in columns}
    weights = Weights([*rows, *(item.whole for _t, items, _r in read.values() for item in items)])
    compared = Tasks(rows, weights, vector_folder)
    cells: list[dict] = [{} for _ in rows]
    added: dict[str, list[str]] = {}
    for record in columns:
        own_tasks, items, _rows = read[record.doc_id]
        column, alike = align_column(compared, items)
        for r, cell in enumerate(column):
            cells[r][record.doc_id] = cell
        added[record.doc_id] = _added(own_tasks, items, column, alike)
    return {
        "doc_id": directive.doc_id,
        "columns": [record.doc_id for record in columns],
        "rows": [
            {"anchor": task["anchor"], "text": task["text"], "cells": row_cells}
            for task, row_cells in zip(tasks, cells, strict=True)
        ],
        "added": added,
    }


def _added(tasks: list[dict], items: list[Item], column: list[dict], alike: np.ndarray) -> list[str]:
    """The tasks of a column's document that take up no row and could take up none (all below :data:`THRESHOLD`:
    an item left over but alike enough to one of the tasks carries part of it, as the press's item of a plan)."""
    taken = {task_key(cell["anchor"]) for cell in column if cell["anchor"]}
    best = alike.max(axis=0) if alike.size else np.zeros(len(items))
    closest = {item.whole.anchor: float(b) for item, b in zip(items, best, strict=True)}
    return [
        task["anchor"]
        for task in tasks
        if task_key(task["anchor"]) not in taken and closest.get(task_key(task["anchor"]), 0.0) < THRESHOLD
    ]
