"""Citations between documents: which archived document a cited number means, and who cites whom.

A number such as ``57-KL/TW`` names one directive nationwide *within a term*
(Party numbering restarts with each congress); a local one such as
``73-NQ/TU`` exists in every province.  So a citation resolves to an archived
document when:

* the number matches (any spelling);
* for a local number, the document is of the citing document's province;
* the date the citation gives (``…57-KL/TW, ngày 15/6/2023``) is the
  document's date, or, when the citation gives none, the document is not
  younger than the citing one (the most recent such wins);
* among the rest, a document at the citing document's level or above is
  preferred (a commune plan cites the district's ``216/KH-UBND``, not another
  commune's).

What resolves to nothing is a document the archive lacks: the missing list
counts who cites each, per province for local numbers.  Everything here is
recomputed from the document summaries whenever the index changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.text.numbers import issuing_code, number_key

# Issuing codes of central State bodies (the Party's central organs end in TW).
_CENTRAL_STATE = re.compile(
    r"^(?:CP|TTg|CTN|VPCP|QH\d*|UBTVQH\d*|VPQH|NHNN|TANDTC|VKSNDTC|KTNN|BHXH|TLĐ|"
    r"B[A-ZĐ]{1,8}(?:-B[A-ZĐ]{1,8})*)$"
)
LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3}


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
    """Who cites whom in the archive."""

    by_key: dict[str, list[dict]] = field(default_factory=dict)  # own number key -> summaries
    resolved: dict[str, list[dict]] = field(default_factory=dict)  # doc_id -> [{number, doc_id, basis}]
    cited_by: dict[str, list[str]] = field(default_factory=dict)
    implemented_by: dict[str, list[str]] = field(default_factory=dict)
    missing: dict[tuple, dict] = field(default_factory=dict)  # (key, province) -> {number, province, citers}

    def resolve(self, number: str, citing: dict | None = None, cited_date: str | None = None) -> str | None:
        """The doc_id an archived document holds under ``number``, as ``citing`` cites it."""
        citing = citing or {}
        candidates = [s for s in self.by_key.get(number_key(number), []) if s["doc_id"] != citing.get("doc_id")]
        if not is_central_number(number) and citing.get("province"):
            candidates = [s for s in candidates if s.get("province") == citing["province"]]
        if cited_date:
            same_day = [s for s in candidates if s.get("date") == cited_date]
            undated = [s for s in candidates if not s.get("date")]
            candidates = same_day or undated
        elif citing.get("date"):
            candidates = [s for s in candidates if not s.get("date") or s["date"] <= citing["date"]]
        if not candidates:
            return None
        rank = LEVEL_RANK.get(citing.get("level"), 3)
        at_or_above = [s for s in candidates if LEVEL_RANK.get(s.get("level"), 3) <= rank]
        candidates = at_or_above or candidates
        # The most recent, then the oldest id (a re-upload kept on purpose loses to the first).
        candidates.sort(key=lambda s: (s.get("date") or "", _neg(s["doc_id"])), reverse=True)
        return candidates[0]["doc_id"]


def _neg(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def compute(summaries: list[dict]) -> Relations:
    rel = Relations()
    for summary in summaries:
        if summary.get("number"):
            rel.by_key.setdefault(number_key(summary["number"]), []).append(summary)
    for summary in summaries:
        doc_id = summary["doc_id"]
        dates = summary.get("reference_dates", {})
        basis = set(summary.get("basis", []))
        entries = []
        for number in summary.get("references", []):
            target = rel.resolve(number, summary, dates.get(number))
            entries.append({"number": number, "doc_id": target, "basis": number in basis})
            if target:
                rel.cited_by.setdefault(target, []).append(doc_id)
                if number in basis:
                    rel.implemented_by.setdefault(target, []).append(doc_id)
            else:
                province = None if is_central_number(number) else summary.get("province")
                entry = rel.missing.setdefault(
                    (number_key(number), province), {"number": number, "province": province, "citers": []}
                )
                entry["citers"].append(doc_id)
        rel.resolved[doc_id] = entries
    return rel
