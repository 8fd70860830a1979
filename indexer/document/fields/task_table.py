"""A plan's table of tasks: the appendix that gives each task a row, with who leads it, who coordinates and by
when ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").  Plans put their assignments
there rather than in sentences ("Phụ lục: Phân công nhiệm vụ triển khai thực hiện Chỉ thị …"), so the roles and the
tasks of such a plan are read from its columns.

The rows come from the readers as paragraphs of kind ``row``, their cells joined by
:data:`~indexer.reading.source_text.CELL_SEPARATOR`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.reading.source_text import CELL_SEPARATOR
from indexer.text.vietnamese import fold
from indexer.vocabulary import TASK_TABLE_COLUMNS

_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class TaskRow:
    """One row of a table of tasks: its anchor and its cells by what the header says they hold ("" if none)."""

    anchor: str
    task: str
    lead: str = ""
    coordinate: str = ""
    assigned: str = ""
    due: str = ""


def cells_of(text: str) -> list[str]:
    """The cells of a row paragraph.

    >>> cells_of("1 | Rà soát quy hoạch | Sở Xây dựng |  | Năm 2025")
    ['1', 'Rà soát quy hoạch', 'Sở Xây dựng', '', 'Năm 2025']
    """
    return [cell.strip() for cell in text.split(CELL_SEPARATOR.strip())]


def _columns(cells: list[str]) -> dict[str, int] | None:
    """What each column of a header row holds; None unless it is one: short labels that name a task column and
    who leads the task, or who does it and one more (a data row's "Tổ chức hoạt động …" | "Các cơ quan, đơn vị
    liên quan" names a task and a body, but not as a header's three labels)."""
    if any(len(cell) > 60 for cell in cells):
        return None
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        folded = fold(cell)
        name = next((name for name, pattern in TASK_TABLE_COLUMNS if pattern.search(folded)), None)
        if name and name not in columns:
            columns[name] = i
    doers = "lead" in columns or ("assigned" in columns and len(columns) >= 3)
    return columns if "task" in columns and doers else None


def task_rows(paragraphs: list[tuple[str, str, str]]) -> list[TaskRow]:
    """The task rows of every table of tasks among ``paragraphs`` (``(anchor, kind, text)`` in order).

    A table's rows follow its header row; a row that restates the header (a page's repeated heading), numbers
    the columns ("(1) | (2) | …") or groups the rows under a heading ("I | CÔNG TÁC TUYÊN TRUYỀN" with no
    agency and no time) is no task.
    """
    rows: list[TaskRow] = []
    columns: dict[str, int] | None = None
    width = 0
    for anchor, kind, text in paragraphs:
        if kind != "row":
            columns = None
            continue
        cells = cells_of(text)
        header = _columns(cells)
        if header:
            columns, width = header, len(cells)
            continue
        if columns is None or len(cells) != width:
            continue
        row = TaskRow(anchor, **{name: cells[i] for name, i in columns.items()})
        if len(_WORD.findall(row.task)) >= 3 and (row.lead or row.assigned or row.coordinate or row.due):
            rows.append(row)
    return rows
