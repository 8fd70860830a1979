"""Which engine built an index version: a small file in the version's folder.

An index is opened with the engine it was built with, whatever the setting says now (the setting chooses the
engine of new builds only).  A version without the file was built by Whoosh, the engine of every index made
before there was a choice.
"""

from __future__ import annotations

import json
import os

MARKER = "engine.json"
WHOOSH = "whoosh"


def write_marker(folder: str, name: str) -> None:
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, MARKER), "w", encoding="utf-8") as fh:
        json.dump({"engine": name}, fh)


def read_marker(folder: str) -> str:
    """The name of the engine of the version in ``folder`` (Whoosh when it says none)."""
    try:
        with open(os.path.join(folder, MARKER), encoding="utf-8") as fh:
            return str(json.load(fh).get("engine") or WHOOSH)
    except FileNotFoundError:
        return WHOOSH
