"""Facet counts: how many of the documents a query matched hold each issuer, year, number, type…

Counts are disjunctive, as researchers expect from multi-select filters: the counts of a facet are
computed over the documents that pass every *other* facet's filter, so the alternatives within a facet
stay visible (OR within a facet, AND across facets; see :mod:`indexer.query.filters`).

Every search counts them over every document it matched (the whole archive for a common word), so what a
document adds to each list, its (value, label) pairs, is worked out once per document (:func:`_rows`) and
added up by :class:`~collections.Counter` in C; the lists are then the same as counting value by value.
"""

from __future__ import annotations

import functools
import heapq
import weakref
from collections import Counter
from itertools import chain

from indexer.query.filters import FACETS, UNCOUNTED, DocFacets, passes, value_key
from indexer.text.vietnamese import key
from indexer.vocabulary import ROLES

COUNTED = tuple(f for f in FACETS if f not in UNCOUNTED)
ROWS_KEPT = 1 << 18  # documents whose rows are kept (a snapshot's are the same objects from one to the next)


def _items(counts: dict[str, int], best: dict[str, str], selected: set[str], facet: str, limit: int) -> list[dict]:
    """The ``limit`` first values (and the selected ones), each labelled by its most frequent label."""
    if facet == "year":  # newest first, the undated last

        def order(k):
            return -int(best[k]) if best[k].isdigit() else 1
    else:

        def order(k):
            return (-counts[k], _label_key(best[k]))

    shown = heapq.nsmallest(limit, counts, key=order)  # the same as sorted(...)[:limit]
    if selected:
        listed = set(shown)
        shown += sorted((k for k in counts if k in selected and k not in listed), key=order)
    return [{"value": best[k], "count": counts[k], "selected": k in selected} for k in shown]


def _agency_pairs(doc: DocFacets, selected: set[str] | None) -> set[tuple[str, str]]:
    """The (role, agency) pairs to count: the document's agencies, and a selected name one of them goes by
    (``Công an xã`` for ``Công an xã Cẩm Tân``) or begins with, so that the selection stays listed."""
    if not selected:
        return doc.pairs
    return doc.pairs | doc.selected_pairs(selected)


# Every query sorts the labels of every facet value it counts (a thousand for a broad query): their keys,
# from a bounded vocabulary, are worked out once.
_label_key = functools.lru_cache(maxsize=1 << 16)(key)

_kept_rows: dict[int, tuple[weakref.ref, dict[str, tuple]]] = {}


def _rows(doc: DocFacets) -> dict[str, tuple]:
    """What the document adds to each list when nothing selects agencies or roles: its (value, label) pairs
    by facet, and by ``agency_<role>``; kept as long as the document's facets live."""
    kept = _kept_rows.get(id(doc))
    if kept is not None and kept[0]() is doc:
        return kept[1]
    rows = {facet: _labelled(doc, facet, doc.values[facet]) for facet in COUNTED if facet != "agency"}
    rows["agency"] = _labelled(doc, "agency", {a for _r, a in doc.pairs})
    for role in ROLES:
        rows[f"agency_{role}"] = _labelled(doc, "agency", [a for r, a in doc.pairs if r == role])
    if len(_kept_rows) >= ROWS_KEPT:
        _kept_rows.clear()
    _kept_rows[id(doc)] = (weakref.ref(doc), rows)
    return rows


def _labelled(doc: DocFacets, facet: str, keys) -> tuple:
    return tuple((k, doc.labels.get((facet, k), k)) for k in keys)


def _special(facet: str, selected: dict[str, set[str]]) -> bool:
    """Whether a selection of agencies or roles changes what a document adds to ``facet``'s list."""
    if facet == "agency":
        return bool(selected.get("agency") or selected.get("role"))
    return (facet == "role" or facet.startswith("agency_")) and bool(selected.get("agency"))


def _keys(doc: DocFacets, facet: str, selected: dict[str, set[str]]) -> tuple:
    """The (value, label) pairs the document adds to ``facet``'s list when :func:`_special`."""
    roles, agencies = selected.get("role"), selected.get("agency")
    if facet == "agency":
        keys = {a for r, a in _agency_pairs(doc, agencies) if not roles or r in roles}
    elif facet == "role":
        keys = {r for r, _ in doc.selected_pairs(agencies)}  # a selection may name no place
    else:
        role = facet.removeprefix("agency_")
        return _labelled(doc, "agency", [a for r, a in _agency_pairs(doc, agencies) if r == role])
    return _labelled(doc, facet, keys)


def _tally(pairs: Counter) -> tuple[dict[str, int], dict[str, str]]:
    """Each value's count, and its most frequent label (the smallest among equals: the same whatever order the
    documents were counted in)."""
    counts: dict[str, int] = {}
    best: dict[str, str] = {}
    most: dict[str, int] = {}
    for (k, label), n in pairs.items():
        counts[k] = counts.get(k, 0) + n
        if n > most.get(k, 0) or n == most[k] and label < best[k]:
            best[k], most[k] = label, n
    return counts, best


class Whole:
    """Every document of a snapshot, and what they all add to each list (counted once, when first needed).

    A query that matches most of the archive (a common word) is counted as the whole less what the documents it
    did not match add: at 2,500 documents of hundreds of agencies and numbers each, the matched ones' pairs
    were a fifth of a search page's time under load."""

    def __init__(self, docs: list[DocFacets], before: Whole | None = None):
        self.docs = docs
        self._pairs: dict[str, Counter] = {}
        # The whole of the snapshot before, while it lives: an upload changes a few documents (the others' facets
        # are the same objects), so each list is what it counted, plus the new documents, less the gone ones.
        self._before = weakref.ref(before) if before is not None else None
        self._diff: tuple[list, list] | None = None  # the documents added since it, and those gone

    def pairs(self, facet: str) -> Counter:
        if facet not in self._pairs:
            before = self._before() if self._before is not None else None
            if before is not None and facet in before._pairs:
                self._pairs[facet] = self._changed(before, facet)
            else:
                self._pairs[facet] = Counter(chain.from_iterable(_rows(doc)[facet] for doc in self.docs))
        return self._pairs[facet]

    def _changed(self, before: Whole, facet: str) -> Counter:
        if self._diff is None:
            now, then = {id(doc) for doc in self.docs}, {id(doc) for doc in before.docs}
            self._diff = [d for d in self.docs if id(d) not in then], [d for d in before.docs if id(d) not in now]
        added, gone = self._diff
        pairs = before._pairs[facet].copy()
        pairs.update(chain.from_iterable(_rows(doc)[facet] for doc in added))
        pairs.subtract(chain.from_iterable(_rows(doc)[facet] for doc in gone))
        return +pairs


_wholes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_latest: list[Whole] = []  # the whole made last, which the next one is counted from


def whole_of(snapshot) -> Whole:
    """The :class:`Whole` of a snapshot (anything with ``facets``, a dict of every document's facets), kept as
    long as the snapshot lives."""
    whole = _wholes.get(snapshot)
    if whole is None:
        made = Whole(list(snapshot.facets.values()), _latest[0] if _latest else None)
        whole = _wholes.setdefault(snapshot, made)
        _latest[:] = [whole]
    return whole


def _pairs(members: list[DocFacets], facet: str, whole: Whole | None, outside: dict[int, list]) -> Counter:
    """What ``members`` add to ``facet``'s list: counted directly, or as the whole less the rest."""
    if whole is None or 2 * len(members) <= len(whole.docs):
        return Counter(chain.from_iterable(_rows(doc)[facet] for doc in members))
    rest = outside.get(id(members))
    if rest is None:
        inside = {id(doc) for doc in members}
        rest = outside[id(members)] = [doc for doc in whole.docs if id(doc) not in inside]
    pairs = whole.pairs(facet).copy()
    pairs.subtract(chain.from_iterable(_rows(doc)[facet] for doc in rest))
    return +pairs  # the values no matched document holds dropped


def count(
    docs: list[DocFacets], selected: dict[str, set[str]], limit: int = 50, whole: Whole | None = None
) -> dict[str, list[dict]]:
    """Disjunctive counts for every facet over ``docs`` (the documents the query matched).

    Besides the facets of :data:`FACETS`, ``agency_<role>`` lists the agencies
    holding that role (who leads, who coordinates, …), by their canonical names
    (:func:`~indexer.query.filters.doc_facets`).  ``whole``: every document ``docs`` are taken from, when known
    (:func:`whole_of`): a list of more than half of them is counted from what the others add.
    """
    passing = _passing(docs, selected)
    roles, agencies = selected.get("role"), selected.get("agency")
    out: dict[str, list[dict]] = {}
    outside: dict[int, list] = {}
    for facet in (*COUNTED, *(f"agency_{role}" for role in ROLES)):
        if _special(facet, selected):
            pairs = Counter(chain.from_iterable(_keys(doc, facet, selected) for doc in passing[facet]))
        else:
            pairs = _pairs(passing[facet], facet, whole, outside)
        counts, best = _tally(pairs)
        if facet.startswith("agency_"):
            role = facet.removeprefix("agency_")
            chosen = agencies if (agencies and roles and role in roles) else set()
            out[facet] = _items(counts, best, chosen, "agency", limit)
        else:
            out[facet] = _items(counts, best, selected.get(facet, set()), facet, limit)
    return out


def _passing(docs: list[DocFacets], selected: dict[str, set[str]]) -> dict[str, list[DocFacets]]:
    """The documents each list counts: those that pass every selected facet but its own (an agency's lists:
    but agency and role).  A facet nothing selects skips no filter, so most lists share one pass."""
    if not selected:
        return dict.fromkeys((*COUNTED, *(f"agency_{role}" for role in ROLES)), docs)
    every = [doc for doc in docs if passes(doc, selected)]
    out = {facet: every for facet in COUNTED if facet not in selected}
    for facet in COUNTED:
        if facet in selected:
            out[facet] = [doc for doc in docs if passes(doc, selected, skip=facet)]
    by_agency = [doc for doc in docs if passes(doc, selected, skip={"agency", "role"})]
    out.update(dict.fromkeys((f"agency_{role}" for role in ROLES), by_agency))
    return out


def label_as_typed(facets: dict[str, list[dict]], filters: dict[str, list[str]] | None) -> None:
    """Label a selected value no document spells (the start of agencies' names, ``co-quan:"ban tuyen giao"``)
    as it was typed, not by its comparison key."""
    for facet, items in facets.items():
        name = "agency" if facet.startswith("agency") else facet
        typed = {value_key(name, str(v)): str(v) for v in (filters or {}).get(name, []) if v}
        for item in items:
            if item.get("selected") and item["value"] in typed:
                item["value"] = typed[item["value"]]
