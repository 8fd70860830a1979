"""The tasks a document assigns: each numbered assignment with the agencies it names and its time frame.

A task is an item of the document's own numbering together with the unnumbered paragraphs under it
(``III-1`` and ``III-1-p2``: "1. Ban Tuyên giáo Tỉnh uỷ: …" then "Chủ trì, phối hợp …"), or an unnumbered
paragraph of the body, when it assigns work: when the record's roles name an agency that leads, coordinates or
is assigned there.  Its time frame is the deadline its words give (:func:`indexer.text.time_frames.due_of`),
the document's year completing a date written without one.  Agencies are the record's canonical names, as
extracted (and corrected by archivists): what the agency facets compare; the text is in the source's spelling.
"""

from __future__ import annotations

import re

from indexer.document.record import Document
from indexer.text.time_frames import due_of
from indexer.text.vietnamese import respell

TASK_ROLES = ("lead", "coordinate", "assigned")
_CONTINUATION = re.compile(r"-p\d+(?:_\d+)?$")  # an unnumbered paragraph under a numbered item
NO_DUE = {"text": "", "kind": None, "start": None, "end": None}


def task_key(anchor: str) -> str:
    """The task a paragraph belongs to: its numbered item, or itself when it is an unnumbered paragraph of the
    body.

    >>> task_key("III-1-p2"), task_key("III-1"), task_key("p7"), task_key("II-3-a")
    ('III-1', 'III-1', 'p7', 'II-3-a')
    """
    base = _CONTINUATION.sub("", anchor)
    return base or anchor


def tasks_of(record: Document) -> list[dict]:
    """Every task of the record, in the document's order:
    ``{"anchor", "text", "lead", "coordinate", "assigned", "due"}`` (``due`` as the JSON contract has it)."""
    units: dict[str, list[dict]] = {}
    for paragraph in record.paragraphs:
        if paragraph.get("zone") != "body":
            continue
        units.setdefault(task_key(paragraph["anchor"]), []).append(paragraph)
    agencies: dict[str, dict[str, list[str]]] = {}
    for role in record.roles:
        if role.role in TASK_ROLES:
            named = agencies.setdefault(task_key(role.anchor), {r: [] for r in TASK_ROLES})[role.role]
            if role.agency not in named:
                named.append(role.agency)
    tasks = []
    for key, paragraphs in units.items():
        if key not in agencies:
            continue
        text = "\n".join(respell(p["text"], record.spellings) for p in paragraphs)
        due = due_of(text, record.year)
        tasks.append(
            {
                "anchor": paragraphs[0]["anchor"],
                "text": text,
                **{role: list(agencies[key][role]) for role in TASK_ROLES},
                "due": due.to_dict() if due else dict(NO_DUE),
            }
        )
    return tasks
