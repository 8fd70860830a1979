"""Filters: which documents a researcher's facet selection lets through.

A selection is ``{facet: [values]}``: OR within a facet, AND across facets.  Values are compared by key
(case, tones, dashes and spaces aside; numbers in any spelling), so ``Tỉnh ủy`` selects ``Tỉnh uỷ``.

Role and agency combine: with ``role=lead&agency=Ban Tuyên giáo Tỉnh uỷ`` a document passes when that
agency *leads* in it, not when it merely has some lead role and mentions the agency somewhere.

>>> selected = check_filters({"level": ["province"], "agency": ["Ban Tuyên giáo Tỉnh ủy"], "role": ["lead"]})
>>> doc = doc_facets(Summary("x", level="province", roles=(("lead", "Ban Tuyên giáo Tỉnh uỷ"),)))
>>> passes(doc, selected), passes(doc, {**selected, "level": {"commune"}})
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.document.summary import Summary
from indexer.errors import ArchiveError
from indexer.text.numbers import number_key
from indexer.text.vietnamese import key
from indexer.vocabulary import LEVELS, ROLES

FACETS = ("issuer", "year", "number", "doc_type", "level", "role", "agency", "province", "implements")


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


def doc_facets(summary: Summary) -> DocFacets:
    """A document's facet values, from its summary."""
    values: dict[str, set[str]] = {f: set() for f in FACETS}
    labels: dict[tuple[str, str], str] = {}

    def put(facet, value):
        if value is None or value == "":
            return
        k = value_key(facet, str(value))
        values[facet].add(k)
        labels.setdefault((facet, k), str(value))

    for facet in ("issuer", "year", "number", "doc_type", "level", "province"):
        put(facet, getattr(summary, facet))
    for number in summary.basis:
        put("implements", number)
    pairs = set()
    for role, agency in summary.roles:
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
