"""Facet counts: how many of the documents a query matched hold each issuer, year, number, type…

Counts are disjunctive, as researchers expect from multi-select filters: the counts of a facet are
computed over the documents that pass every *other* facet's filter, so the alternatives within a facet
stay visible (OR within a facet, AND across facets; see :mod:`indexer.query.filters`).
"""

from __future__ import annotations

import functools
from collections import Counter

from indexer.query.filters import FACETS, UNCOUNTED, DocFacets, passes, value_key
from indexer.text.vietnamese import key
from indexer.vocabulary import ROLES


def _items(counter: Counter, labels: dict[str, Counter], selected: set[str], facet: str, limit: int) -> list[dict]:
    items = [
        {"value": labels[k].most_common(1)[0][0], "count": n, "selected": k in selected} for k, n in counter.items()
    ]
    if facet == "year":  # newest first, the undated last
        items.sort(key=lambda i: -int(i["value"]) if str(i["value"]).isdigit() else 1)
    else:
        items.sort(key=lambda i: (-i["count"], _label_key(str(i["value"]))))
    # Selected values stay listed even when the limit would cut them.
    return items[:limit] + [i for i in items[limit:] if i["selected"]]


def _agency_pairs(doc: DocFacets, selected: set[str] | None) -> set[tuple[str, str]]:
    """The (role, agency) pairs to count: the document's agencies, and a selected name one of them goes by
    (``Công an xã`` for ``Công an xã Cẩm Tân``) or begins with, so that the selection stays listed."""
    if not selected:
        return doc.pairs
    return doc.pairs | doc.selected_pairs(selected)


# Every query sorts the labels of every facet value it counts (a thousand for a broad query): their keys,
# from a bounded vocabulary, are worked out once.
_label_key = functools.lru_cache(maxsize=1 << 16)(key)


def count(docs: list[DocFacets], selected: dict[str, set[str]], limit: int = 50) -> dict[str, list[dict]]:
    """Disjunctive counts for every facet over ``docs`` (the documents the query matched).

    Besides the facets of :data:`FACETS`, ``agency_<role>`` lists the agencies
    holding that role (who leads, who coordinates, …), by their canonical names
    (:func:`~indexer.query.filters.doc_facets`).
    """
    out: dict[str, list[dict]] = {}
    roles, agencies = selected.get("role"), selected.get("agency")
    for facet in (f for f in FACETS if f not in UNCOUNTED):
        counter: Counter = Counter()
        labels: dict[str, Counter] = {}
        for doc in docs:
            if not passes(doc, selected, skip=facet):
                continue
            if facet == "agency":
                keys = {a for r, a in _agency_pairs(doc, agencies) if not roles or r in roles}
            elif facet == "role" and agencies:
                keys = {r for r, _ in doc.selected_pairs(agencies)}  # a selection may name no place
            else:
                keys = doc.values[facet]
            for k in keys:
                counter[k] += 1
                labels.setdefault(k, Counter())[doc.labels.get((facet, k), k)] += 1
        out[facet] = _items(counter, labels, selected.get(facet, set()), facet, limit)
    for role in ROLES:
        counter, labels = Counter(), {}
        for doc in docs:
            if not passes(doc, selected, skip={"agency", "role"}):
                continue
            for r, a in _agency_pairs(doc, agencies):
                if r == role:
                    counter[a] += 1
                    labels.setdefault(a, Counter())[doc.labels.get(("agency", a), a)] += 1
        chosen = agencies if (agencies and roles and role in roles) else set()
        out[f"agency_{role}"] = _items(counter, labels, chosen, "agency", limit)
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
