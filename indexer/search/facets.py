"""Facets: counting and filtering the documents a query matched, by issuer, year, number, type…

Counts are disjunctive, as researchers expect from multi-select filters: the
counts of a facet are computed over the documents that pass every *other*
facet's filter, so the alternatives within a facet stay visible (OR within a
facet, AND across facets).

Role and agency combine: with ``role=lead&agency=Ban Tuyên giáo Tỉnh uỷ``
a document passes when that agency *leads* in it, not when it merely has
some lead role and mentions the agency somewhere.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from indexer.errors import ArchiveError
from indexer.text.numbers import number_key
from indexer.text.vietnamese import key

FACETS = ("issuer", "year", "number", "doc_type", "level", "role", "agency", "province", "implements")
ROLES = ("lead", "coordinate", "assigned", "recipient")
LEVELS = ("central", "province", "district", "commune")


class BadFilter(ArchiveError):
    code = "bad_filter"
    status = 400


def value_key(facet: str, value: str) -> str:
    """How values of a facet are compared: numbers by :func:`number_key`, others by :func:`key`."""
    if facet in ("number", "implements"):
        return number_key(value)
    return key(str(value))


@dataclass
class DocFacets:
    """The facet values of one document, as comparison keys, with their display labels."""

    values: dict[str, set[str]]
    pairs: set[tuple[str, str]]  # (role, agency key)
    labels: dict[tuple[str, str], str]


def doc_facets(summary: dict) -> DocFacets:
    values: dict[str, set[str]] = {f: set() for f in FACETS}
    labels: dict[tuple[str, str], str] = {}

    def put(facet, value):
        if value is None or value == "":
            return
        k = value_key(facet, str(value))
        values[facet].add(k)
        labels.setdefault((facet, k), str(value))

    put("issuer", summary.get("issuer"))
    put("year", summary.get("year"))
    put("number", summary.get("number"))
    put("doc_type", summary.get("doc_type"))
    put("level", summary.get("level"))
    put("province", summary.get("province"))
    for number in summary.get("implements", summary.get("basis", [])):
        put("implements", number)
    pairs = set()
    for role, agency in summary.get("roles", []):
        put("role", role)
        put("agency", agency)
        pairs.add((role, key(agency)))
    return DocFacets(values, pairs, labels)


def check_filters(filters: dict[str, list[str]] | None) -> dict[str, set[str]]:
    """Validate filter names and values; return them as comparison keys.

    :raise BadFilter: an unknown facet, a year that is not a year, an unknown role or level.
    """
    out: dict[str, set[str]] = {}
    for facet, values in (filters or {}).items():
        values = [v for v in values if v is not None and str(v).strip() != ""]
        if not values:
            continue
        if facet not in FACETS:
            raise BadFilter(f"Bộ lọc «{facet}» không tồn tại.", f"unknown filter '{facet}'")
        for v in values:
            if facet == "year" and not (str(v).isascii() and str(v).isdigit() and 1900 <= int(v) <= 2100):
                raise BadFilter(f"Năm «{v}» không hợp lệ.", f"'{v}' is not a year")
            if facet == "role" and v not in ROLES:
                raise BadFilter(f"Vai trò «{v}» không hợp lệ (chỉ nhận: {', '.join(ROLES)}).", f"unknown role '{v}'")
            if facet == "level" and v not in LEVELS:
                raise BadFilter(f"Cấp «{v}» không hợp lệ (chỉ nhận: {', '.join(LEVELS)}).", f"unknown level '{v}'")
            if len(str(v)) > 300:
                raise BadFilter("Giá trị bộ lọc quá dài.", "filter value too long")
        out[facet] = {value_key(facet, str(v)) for v in values}
    return out


def passes(doc: DocFacets, selected: dict[str, set[str]], skip: str | set[str] | None = None) -> bool:
    """Whether a document passes every selected facet except those in ``skip``."""
    skip = {skip} if isinstance(skip, str) else (skip or set())
    roles, agencies = selected.get("role"), selected.get("agency")
    for facet, wanted in selected.items():
        if facet in skip:
            continue
        if facet == "role" and agencies and "agency" not in skip:
            continue  # checked as pairs with agency below
        if facet == "agency" and roles and "role" not in skip:
            if not any(r in roles and a in wanted for r, a in doc.pairs):
                return False
            continue
        if not (doc.values[facet] & wanted):
            return False
    return True


def _items(counter: Counter, labels: dict[str, Counter], selected: set[str], facet: str, limit: int) -> list[dict]:
    items = [
        {"value": labels[k].most_common(1)[0][0], "count": n, "selected": k in selected}
        for k, n in counter.items()
    ]
    if facet == "year":
        items.sort(key=lambda i: (-int(i["value"]) if str(i["value"]).isdigit() else 0))
    else:
        items.sort(key=lambda i: (-i["count"], _label_key(str(i["value"]))))
    # Selected values stay listed even when the limit would cut them.
    return items[:limit] + [i for i in items[limit:] if i["selected"]]


# Every query sorts the labels of every facet value it counts (a thousand for a broad query): their keys,
# from a bounded vocabulary, are worked out once.
_label_key = functools.lru_cache(maxsize=1 << 16)(key)


def count(docs: list[DocFacets], selected: dict[str, set[str]], limit: int = 50) -> dict[str, list[dict]]:
    """Disjunctive counts for every facet over ``docs`` (the documents the query matched).

    Besides the facets of :data:`FACETS`, ``agency_<role>`` lists the agencies
    holding that role (who leads, who coordinates, …).
    """
    out: dict[str, list[dict]] = {}
    roles, agencies = selected.get("role"), selected.get("agency")
    for facet in FACETS:
        counter: Counter = Counter()
        labels: dict[str, Counter] = {}
        for doc in docs:
            if not passes(doc, selected, skip=facet):
                continue
            if facet == "agency" and roles:
                keys = {a for r, a in doc.pairs if r in roles}
            elif facet == "role" and agencies:
                keys = {r for r, a in doc.pairs if a in agencies}
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
            for r, a in doc.pairs:
                if r == role:
                    counter[a] += 1
                    labels.setdefault(a, Counter())[doc.labels.get(("agency", a), a)] += 1
        chosen = agencies if (agencies and roles and role in roles) else set()
        out[f"agency_{role}"] = _items(counter, labels, chosen, "agency", limit)
    return out
