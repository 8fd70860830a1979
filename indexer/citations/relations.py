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

from indexer.document.summary import Summary
from indexer.text.numbers import issuing_code, number_key
from indexer.vocabulary import LEVEL_RANK

# Issuing codes of central State bodies (the Party's central organs end in TW).
_CENTRAL_STATE = re.compile(
    r"^(?:CP|TTg|HĐBT|HĐCP|CTN|VPCP|QH\d*|UBTVQH\d*|VPQH|NHNN|TANDTC|VKSNDTC|KTNN|BHXH|TLĐ|"
    r"B[A-ZĐ]{1,8}(?:-B[A-ZĐ]{1,8})*)$"
)


def is_central_number(number: str) -> bool:
    """Whether a number names one document nationwide (``57-KL/TW``, ``1191/QĐ-TTg``, ``41/2024/QH15``).

    >>> [is_central_number(n) for n in ("57-KL/TW", "73-NQ/TU", "1192-CV/BTGTU", "18/KH-UBND", "1191/QĐ-TTg")]
    [True, False, False, False, True]
    >>> [is_central_number(n) for n in ("169-CP", "299/TTg", "64-HĐBT")]
    [True, True, True]
    """
    code = issuing_code(number)
    if re.match(r"^[\d.]+-", number) and "/" in number:  # a Party number: central organs of the Party end in TW
        return code.endswith("TW")
    if "UBND" in code or "HĐND" in code:
        return False
    return bool(_CENTRAL_STATE.match(code))


@dataclass
class Relations:
    """Who cites whom in the archive."""

    by_key: dict[str, list[Summary]] = field(default_factory=dict)  # own number key -> summaries
    resolved: dict[str, list[dict]] = field(default_factory=dict)  # doc_id -> [{number, doc_id, basis}]
    cited_by: dict[str, list[str]] = field(default_factory=dict)
    implemented_by: dict[str, list[str]] = field(default_factory=dict)
    missing: dict[tuple, dict] = field(default_factory=dict)  # (key, province) -> {number, province, citers}

    def resolve(self, number: str, citing: Summary, cited_date: str | None = None) -> str | None:
        """The doc_id an archived document holds under ``number``, as ``citing`` cites it."""
        candidates = [s for s in self.by_key.get(number_key(number), []) if s.doc_id != citing.doc_id]
        if not is_central_number(number) and citing.province:
            candidates = [s for s in candidates if s.province == citing.province]
        if cited_date:
            same_day = [s for s in candidates if s.date == cited_date]
            undated = [s for s in candidates if not s.date]
            candidates = same_day or undated
        elif citing.date:
            candidates = [s for s in candidates if not s.date or s.date <= citing.date]
        if not candidates:
            return None
        rank = LEVEL_RANK.get(citing.level, 3)
        at_or_above = [s for s in candidates if LEVEL_RANK.get(s.level, 3) <= rank]
        candidates = at_or_above or candidates
        # The most recent, then the oldest id (a re-upload kept on purpose loses to the first).
        candidates.sort(key=lambda s: (s.date or "", _neg(s.doc_id)), reverse=True)
        return candidates[0].doc_id


def _neg(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def compute(summaries: list[Summary]) -> Relations:
    """Resolve every citation of the archive: who cites whom, who implements whom, what is missing."""
    rel = Relations()
    for summary in summaries:
        if summary.number:
            rel.by_key.setdefault(number_key(summary.number), []).append(summary)
    for summary in summaries:
        rel.resolved[summary.doc_id] = [_resolved(rel, summary, number) for number in summary.references]
    return rel


def _resolved(rel: Relations, summary: Summary, number: str) -> dict:
    """One citation of ``summary``: where it leads, noted as cited, implemented or missing."""
    basis = number in summary.basis
    target = rel.resolve(number, summary, summary.reference_dates.get(number))
    if target:
        rel.cited_by.setdefault(target, []).append(summary.doc_id)
        if basis:
            rel.implemented_by.setdefault(target, []).append(summary.doc_id)
    else:
        province = None if is_central_number(number) else summary.province
        key = (number_key(number), province)
        rel.missing.setdefault(key, {"number": number, "province": province, "citers": []})["citers"].append(
            summary.doc_id
        )
    return {"number": number, "doc_id": target, "basis": basis}
