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
derived from the document summaries whenever the index changes, from the
previous answer where it can be: a citation is resolved again only when its
document changed or a document bearing the number it cites came, went or changed
(an upload at 64 documents cost every worker 42 ms resolving the 2,748 citations
again, and grows with the archive).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from indexer.document.summary import Summary
from indexer.text.numbers import issuing_code, number_key
from indexer.vocabulary import LEVEL_RANK, TYPE_OF_CODE

# Issuing codes of central State bodies (the Party's central organs end in TW).
_CENTRAL_STATE = re.compile(
    r"^(?:CP|TTg|HĐBT|HĐCP|CTN|VPCP|QH\d*|UBTVQH\d*|VPQH|NHNN|TANDTC|VKSNDTC|KTNN|BHXH|TLĐ|"
    r"B[A-ZĐ]{1,8}(?:-B[A-ZĐ]{1,8})*)$"
)


@functools.lru_cache(maxsize=65536)
def is_central_number(number: str) -> bool:
    """Whether a number names one document nationwide (``57-KL/TW``, ``1191/QĐ-TTg``, ``41/2024/QH15``).

    >>> [is_central_number(n) for n in ("57-KL/TW", "73-NQ/TU", "1192-CV/BTGTU", "18/KH-UBND", "1191/QĐ-TTg")]
    [True, False, False, False, True]
    >>> [is_central_number(n) for n in ("169-CP", "299/TTg", "64-HĐBT")]
    [True, True, True]
    >>> [is_central_number(n) for n in ("5816/BNV-CCHC", "2739/VPCP-ĐMDN", "4532/UBND-KSTTHC", "25/KH-STTTT")]
    [True, True, False, False]
    """
    code = issuing_code(number)
    if re.match(r"^[\d.]+-", number) and "/" in number:  # a Party number: central organs of the Party end in TW
        return code.endswith("TW")
    if "UBND" in code or "HĐND" in code:
        return False
    if _CENTRAL_STATE.match(code):
        return True
    # a letter is numbered by its issuer and the issuer's unit, no type: "5816/BNV-CCHC", "2739/VPCP-ĐMDN"
    first = re.sub(r"^[\d.]+[a-z]?/(?:(?:19|20)\d\d/)?", "", number).split("-", 1)[0]
    return first not in TYPE_OF_CODE and "UBND" not in first and bool(_CENTRAL_STATE.match(first))


@dataclass
class Relations:
    """Who cites whom in the archive.

    The documents citing one are listed in the order they came into the archive: those indexed together in
    the order of the index (an engine's merges may change it), each one uploaded since after them.
    """

    by_key: dict[str, list[Summary]] = field(default_factory=dict)  # own number key -> summaries
    resolved: dict[str, list[dict]] = field(default_factory=dict)  # doc_id -> [{number, doc_id, basis}]
    cited_by: dict[str, list[str]] = field(default_factory=dict)
    implemented_by: dict[str, list[str]] = field(default_factory=dict)
    missing: dict[tuple, dict] = field(default_factory=dict)  # (key, province) -> {number, province, citers}
    citing: dict[str, Summary] = field(default_factory=dict)  # doc_id -> the summary its citations were resolved for

    def resolve(self, number: str, citing: Summary, cited_date: str | None = None) -> str | None:
        """The doc_id an archived document holds under ``number``, as ``citing`` cites it."""
        candidates = [s for s in self.by_key.get(number_key(number), []) if s.doc_id != citing.doc_id]
        if not is_central_number(number) and citing.province:
            candidates = [s for s in candidates if s.province == citing.province]
        # an issuer numbers anew each year: "Chỉ thị số 27/CT-TTg ngày 08/9/2016" is not the 27/CT-TTg of 2018,
        # though the copy archived lost its day and kept its year
        if cited_date:
            same_day = [s for s in candidates if s.date == cited_date]
            undated = [s for s in candidates if not s.date and s.year in (None, int(cited_date[:4]))]
            candidates = same_day or undated
        elif citing.date:
            since = int(citing.date[:4])
            candidates = [s for s in candidates if (s.date or "") <= citing.date and (s.year or since) <= since]
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


def compute(summaries: list[Summary], before: Relations | None = None) -> Relations:
    """Resolve every citation of the archive: who cites whom, who implements whom, what is missing.

    :param before: the relations of an earlier state of the archive: what it resolved for a document still the
        same, citing numbers no document came, went or changed for, is taken as it was.
    """
    rel = Relations()
    for summary in summaries:
        if summary.number:
            rel.by_key.setdefault(number_key(summary.number), []).append(summary)
    changed = _changed_keys(before.by_key, rel.by_key) if before is not None else set()
    resolved_again = False
    rerouted: list[tuple[str, dict, dict]] = []  # (citing doc_id, entry before, entry now) of documents kept
    for summary in summaries:
        kept = before.citing.get(summary.doc_id) if before is not None else None
        if kept is not None and (kept is summary or kept == summary):
            entries = before.resolved[summary.doc_id]
            if changed and any(number_key(entry["number"]) in changed for entry in entries):
                again = [_resolved(rel, summary, entry["number"]) for entry in entries]
                rerouted += [
                    (summary.doc_id, a, b) for a, b in zip(entries, again, strict=True) if a["doc_id"] != b["doc_id"]
                ]
                entries = again
        else:  # a document new, or changed: resolved again
            entries = [_resolved(rel, summary, number) for number in summary.references]
            resolved_again = resolved_again or kept is not None
        rel.resolved[summary.doc_id] = entries
        rel.citing[summary.doc_id] = summary
    added = before is not None and not resolved_again and before.citing.keys() <= rel.citing.keys()
    if added and all(b["doc_id"] in rel.citing and b["doc_id"] not in before.citing for _d, _a, b in rerouted):
        # Only documents added (an upload): what was noted stands, theirs is noted after it, and a citation that
        # now finds one of them (a number that was missing, or a newer document under it) moves to it.  The
        # lists are shared with the relations before: a list or entry that changes is a new one.
        rel.cited_by, rel.implemented_by = dict(before.cited_by), dict(before.implemented_by)
        rel.missing = dict(before.missing)
        for doc_id, was, _now in rerouted:
            _unnote(rel, doc_id, was)
        _note_entries(rel, [(doc_id, now) for doc_id, _was, now in rerouted], shared=True)
        _note(rel, [doc_id for doc_id in rel.citing if doc_id not in before.citing], shared=True)
    else:
        _note(rel, rel.resolved)
    return rel


def _unnote(rel: Relations, doc_id: str, entry: dict) -> None:
    """Take back what one citation of ``doc_id`` noted (the lists copied: the relations before still read them)."""
    target = entry["doc_id"]
    if target:
        for lists in (rel.cited_by, rel.implemented_by) if entry["basis"] else (rel.cited_by,):
            rest = [d for d in lists.get(target, ()) if d != doc_id]
            if rest:
                lists[target] = rest
            else:
                lists.pop(target, None)
        return
    key = _missing_key(rel, doc_id, entry["number"])
    found = rel.missing.get(key)
    if found is not None:
        rest = [d for d in found["citers"] if d != doc_id]
        if rest:
            rel.missing[key] = {**found, "citers": rest}
        else:
            del rel.missing[key]


def _changed_keys(before: dict[str, list[Summary]], now: dict[str, list[Summary]]) -> set[str]:
    """The number keys whose documents are not the very same as before."""
    return {
        key
        for key in before.keys() | now.keys()
        if [id(s) for s in before.get(key, ())] != [id(s) for s in now.get(key, ())]
        and before.get(key, []) != now.get(key, [])
    }


def _resolved(rel: Relations, summary: Summary, number: str) -> dict:
    """One citation of ``summary``: the document it leads to (none: missing), and whether it implements it."""
    target = rel.resolve(number, summary, summary.reference_dates.get(number))
    return {"number": number, "doc_id": target, "basis": number in summary.basis}


def _note(rel: Relations, doc_ids, *, shared: bool = False) -> None:
    """The citations of these documents noted as cited, implemented or missing, in their order (one loop:
    30,000 citations at 2,500 documents).

    :param shared: the lists noted in are those of other relations too: each one changed is copied first.
    """
    _note_entries(rel, ((doc_id, entry) for doc_id in doc_ids for entry in rel.resolved[doc_id]), shared=shared)


def _note_entries(rel: Relations, cited, *, shared: bool = False) -> None:
    """Each (citing doc_id, citation) noted as cited, implemented or missing, in their order."""
    cited_by, implemented_by, missing = rel.cited_by, rel.implemented_by, rel.missing
    for doc_id, entry in cited:
        target = entry["doc_id"]
        if target:
            _append(cited_by, target, doc_id, shared)
            if entry["basis"]:
                _append(implemented_by, target, doc_id, shared)
            continue
        number = entry["number"]
        key = _missing_key(rel, doc_id, number)
        found = missing.get(key)
        if found is None:
            found = missing[key] = {"number": number, "province": key[1], "citers": []}
        elif shared:
            found = missing[key] = {**found, "citers": list(found["citers"])}
        found["citers"].append(doc_id)


def _missing_key(rel: Relations, doc_id: str, number: str) -> tuple:
    return number_key(number), None if is_central_number(number) else rel.citing[doc_id].province


def _append(lists: dict[str, list[str]], key: str, value: str, shared: bool) -> None:
    if shared:
        lists[key] = [*lists.get(key, ()), value]
    else:
        lists.setdefault(key, []).append(value)
