"""How far an implementation matrix agrees with one made by hand (``tests/data/tasks_gold.json``, ``"matrices"``).

A hand-made matrix is ``{"columns": [doc_id], "rows": {task anchor: {doc_id: anchor or null}}, "added": {doc_id:
[anchor]}}``.  Cells are compared over the rows and columns both matrices have, by the item an anchor names
(:func:`indexer.tasks.extract.task_key`: ``II-3-p2`` is item ``II-3``); the rows the hand gives that the matrix
lacks (tasks :func:`indexer.tasks.extract.tasks_of` does not find) are counted apart.
"""

from __future__ import annotations

from indexer.tasks.extract import task_key


def _item(anchor: str | None) -> str | None:
    return task_key(anchor) if anchor else None


def matrix_agreement(matrix: dict, gold: dict) -> dict:
    """Cell agreement of ``matrix`` (the JSON contract's shape) with ``gold``.

    :return: ``{"cells", "right", "accuracy", "exact", "precision", "recall", "rows", "rows_missing",
        "rows_extra", "columns_missing", "added_right", "added_total", "wrong": [{"row", "column", "got",
        "want"}]}``: ``accuracy`` the share of cells right (the same item, or both empty), ``exact`` the share
        with the very same anchor (a paragraph named where the hand names one), ``precision`` the share of the
        matrix's filled cells that are right, ``recall`` the share of the hand's filled cells found;
        ``added_right`` of the ``added_total`` tasks the hand says a document adds, how many the matrix says.
    """
    ours = {row["anchor"]: row["cells"] for row in matrix["rows"]}
    columns = [c for c in gold.get("columns") or matrix["columns"] if c in matrix["columns"]]
    rows = [anchor for anchor in gold["rows"] if anchor in ours]
    cells = right = exact = filled = filled_right = wanted = found = 0
    wrong = []
    for anchor in rows:
        for column in columns:
            mine, theirs = (ours[anchor].get(column) or {}).get("anchor"), gold["rows"][anchor].get(column)
            got, want = _item(mine), _item(theirs)
            cells += 1
            exact += mine == theirs
            right += got == want
            filled += got is not None
            filled_right += got is not None and got == want
            wanted += want is not None
            found += want is not None and got == want
            if got != want:
                wrong.append({"row": anchor, "column": column, "got": mine, "want": theirs})
    added_total = added_right = 0
    for column, anchors in (gold.get("added") or {}).items():
        if column in matrix["added"]:
            mine = {_item(a) for a in matrix["added"][column]}
            added_total += len(anchors)
            added_right += sum(_item(a) in mine for a in anchors)
    return {
        "cells": cells,
        "right": right,
        "accuracy": right / cells if cells else 0.0,
        "exact": exact / cells if cells else 0.0,
        "precision": filled_right / filled if filled else 0.0,
        "recall": found / wanted if wanted else 0.0,
        "rows": len(rows),
        "rows_missing": [anchor for anchor in gold["rows"] if anchor not in ours],
        "rows_extra": [anchor for anchor in ours if anchor not in gold["rows"]],
        "columns_missing": [c for c in gold.get("columns") or [] if c not in matrix["columns"]],
        "added_right": added_right,
        "added_total": added_total,
        "wrong": wrong,
    }
