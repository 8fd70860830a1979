"""Citations between documents: which archived document a cited number means, and who cites whom.

A number such as ``57-KL/TW`` names one directive in the whole country; a
local one such as ``73-NQ/TU`` exists in every province.  A local number
resolves only to a document of the citing document's province (and, when
the citation gives a date, of that date); when the archive holds none, the
reference stays unresolved: a document the archive lacks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbers import issuing_code, number_key

# Issuing codes of central bodies: Party central organs end in TW; the State's are these.
_CENTRAL_STATE = re.compile(
    r"^(?:CP|TTg|CTN|VPCP|QH\d*|UBTVQH\d*|VPQH|NHNN|TANDTC|VKSNDTC|KTNN|BHXH|TLĐ|"
    r"B[A-ZĐ]{1,8}(?:-B[A-ZĐ]{1,8})*)$"
)


def is_central_number(number: str) -> bool:
    """Whether a number names one document nationwide (``57-KL/TW``, ``1191/QĐ-TTg``, ``41/2024/QH15``).

    >>> [is_central_number(n) for n in ("57-KL/TW", "73-NQ/TU", "1192-CV/BTGTU", "18/KH-UBND", "1191/QĐ-TTg")]
    [True, False, False, False, True]
    """
    code = issuing_code(number)
    if re.match(r"^[\d.]+-", number):  # a Party number: central organs of the Party end in TW
        return code.endswith("TW")
    if "UBND" in code or "HĐND" in code:
        return False
    return bool(_CENTRAL_STATE.match(code))


@dataclass
class Relations:
    """Who cites whom in the archive, computed from the document summaries."""

    by_key: dict[str, list[dict]] = field(default_factory=dict)  # own number key -> summaries
    cited_by: dict[str, list[str]] = field(default_factory=dict)
    implemented_by: dict[str, list[str]] = field(default_factory=dict)
    resolved: dict[str, list[dict]] = field(default_factory=dict)  # doc_id -> [{number, doc_id}]

    def resolve(self, number: str, citing: dict | None = None) -> str | None:
        """The doc_id an archived document holds under ``number``, as cited by ``citing``."""
        candidates = [s for s in self.by_key.get(number_key(number), []) if not citing or s["doc_id"] != citing["doc_id"]]
        if not candidates:
            return None
        if is_central_number(number):
            return _pick(candidates)["doc_id"]
        province = (citing or {}).get("province")
        if province:
            same = [s for s in candidates if s.get("province") == province]
            return _pick(same)["doc_id"] if same else None
        return candidates[0]["doc_id"] if len(candidates) == 1 else None


def _pick(candidates: list[dict]) -> dict:
    # Several documents under one central number (a re-upload kept on purpose): the oldest id.
    return sorted(candidates, key=lambda s: s["doc_id"])[0]


def compute(summaries: list[dict]) -> Relations:
    rel = Relations()
    for summary in summaries:
        if summary.get("number"):
            rel.by_key.setdefault(number_key(summary["number"]), []).append(summary)
    for summary in summaries:
        doc_id = summary["doc_id"]
        entries = []
        for number in summary.get("references", []):
            target = rel.resolve(number, summary)
            entries.append({"number": number, "doc_id": target})
            if target:
                rel.cited_by.setdefault(target, []).append(doc_id)
                if number in summary.get("basis", []):
                    rel.implemented_by.setdefault(target, []).append(doc_id)
        rel.resolved[doc_id] = entries
    return rel
