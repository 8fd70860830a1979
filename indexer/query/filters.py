"""Filters: which documents a researcher's facet selection lets through.

A selection is ``{facet: [values]}``: OR within a facet, AND across facets.  Values are compared by key
(case, tones, dashes and spaces aside; numbers in any spelling), so ``Tỉnh ủy`` selects ``Tỉnh uỷ``.

Role and agency combine: with ``role=lead&agency=Ban Tuyên giáo Tỉnh uỷ`` a document passes when that
agency *leads* in it, not when it merely has some lead role and mentions the agency somewhere.

Agencies are compared by their canonical name (:func:`~indexer.text.agency_names.canonical_agency`), the
place a text leaves implicit completed from the document: ``UBND tỉnh`` in a Lào Cai plan and ``Ủy ban
nhân dân tỉnh Lào Cai`` are one value, and a value naming no place (``Ban Tuyên giáo Tỉnh uỷ``) selects that
body in every province.  People and positions (``Chủ tịch UBND tỉnh``) are no agencies: they are no value.
A value also selects the agencies whose name it begins, in whole words and with or without diacritics: what
a researcher types (``co-quan:"ban tuyen giao"``) is the start of a name, rarely the whole of one
(``Ban Tuyên giáo Tỉnh uỷ Cao Bằng``), while ``Ủy ban nhân dân tỉnh Lào Cai`` still leaves out its Văn phòng.

>>> selected = check_filters({"level": ["province"], "agency": ["Ban Tuyên giáo Tỉnh ủy"], "role": ["lead"]})
>>> doc = doc_facets(Summary("x", level="province", roles=(("lead", "Ban Tuyên giáo Tỉnh uỷ"),)))
>>> passes(doc, selected), passes(doc, {**selected, "level": {"commune"}})
(True, False)
>>> doc = doc_facets(Summary("x", level="province", province="Lào Cai", roles=(("recipient", "UBND tỉnh"),)))
>>> sorted(doc.values["agency"]), passes(doc, check_filters({"agency": ["Ủy ban nhân dân tỉnh Lào Cai"]}))
(['uỷ ban nhân dân tỉnh lào cai'], True)
>>> [passes(doc, check_filters({"agency": [typed]})) for typed in ("uy ban nhan dan", "Văn phòng Uỷ ban")]
[True, False]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from itertools import chain

from indexer.document.summary import Summary
from indexer.errors import ArchiveError
from indexer.text.agencies import joint_parts
from indexer.text.agency_names import canonical_agency, less_specific
from indexer.text.numbers import number_key
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import LEVELS, ROLES

FACETS = ("issuer", "year", "number", "doc_type", "level", "role", "agency", "province", "implements", "cites")
# Filters only, never counted: ``cites`` (the documents citing a number) is where a link leads; every document
# cites a dozen numbers, and counting them would cost every search for a list no page shows.
UNCOUNTED = ("cites",)
UNDATED = "none"  # the year facet's value for a document that gives no year


class BadFilter(ArchiveError):
    code = "bad_filter"
    status = 400


def value_key(facet: str, value: str) -> str:
    """How values of a facet are compared: numbers by :func:`number_key`, agencies by the key of their
    canonical name, others by :func:`key`."""
    if facet in ("number", "implements", "cites"):
        return _number_key(value)
    if facet == "agency":
        return _agency_key(str(value))
    return key(str(value))


# Every document's cited numbers are keyed when a snapshot is made (a dozen each, 4 µs a key): the same few
# thousand numbers are cited over and over.
_number_key = functools.lru_cache(maxsize=1 << 16)(number_key)


@functools.lru_cache(maxsize=1 << 16)
def _agency_key(name: str) -> str:
    """The key of an agency's canonical name: every document's facets ask it of the same few hundred names."""
    return key(canonical_agency(name) or name)


@dataclass
class DocFacets:
    """The facet values of one document, as comparison keys, with their display labels."""

    values: dict[str, set[str]]
    pairs: set[tuple[str, str]]  # (role, agency key)
    labels: dict[tuple[str, str], str]
    # (role, key) of the names an agency goes by without the document's own place: a filter may use them,
    # and facets list one only when it is selected.
    aliases: set[tuple[str, str]] = field(default_factory=set)

    def agency_pairs(self):
        """Every (role, agency key) a filter may select this document by."""
        return chain(self.pairs, self.aliases)

    def selected_pairs(self, wanted: set[str] | None) -> set[tuple[str, str]]:
        """The (role, selected key) of each agency of the document a selected value selects: the same name, or
        one the value begins (:func:`begins`)."""
        if not wanted:
            return set()
        return {(r, w) for r, a in self.agency_pairs() for w in wanted if w == a or begins(w, a)}


def begins(start: str, name: str) -> bool:
    """Whether the agency key ``start`` is the first whole words of ``name``, diacritics aside."""
    start, name = _folded(start), _folded(name)
    return name == start or name.startswith(start + " ")


# Asked of the same few hundred agency keys for every document a filtered query matches.
_folded = functools.lru_cache(maxsize=1 << 16)(lambda k: fold(k).lower())


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

    for facet in ("year", "number", "doc_type", "level", "province"):
        put(facet, getattr(summary, facet))
    for issuer in joint_parts(summary.issuer or "", " và "):  # a joint document is each of its issuers'
        put("issuer", issuer)
    if summary.year is None:
        put("year", UNDATED)  # a bucket of its own: undated documents stay findable by the year filter
    for number in summary.basis:
        put("implements", number)
    for number in summary.references:
        put("cites", number)
    pairs, aliases = set(), set()
    where = {"province": summary.province, "level": summary.level, "issuer": summary.issuer}
    for role, agency in summary.roles:
        name = canonical_agency(agency, **where)
        if name is None:
            continue  # a person, a position, or no name at all
        put("role", role)
        put("agency", name)
        pairs.add((role, value_key("agency", name)))
        for short in less_specific(name, **where):
            aliases.add((role, value_key("agency", short)))
            labels.setdefault(("agency", value_key("agency", short)), short)
    return DocFacets(values, pairs, labels, aliases - pairs)


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
            if len(str(v)) > 300:  # before any reading: a run of thousands of digits is no number Python reads
                raise BadFilter("Giá trị bộ lọc quá dài.", "filter value too long")
            year = str(v)
            year_ok = v == UNDATED or year.isascii() and year.isdigit() and len(year) == 4 and 1900 <= int(year) <= 2100
            if facet == "year" and not year_ok:
                raise BadFilter(f"Năm «{v}» không hợp lệ.", f"'{v}' is not a year")
            if facet == "role" and v not in ROLES:
                raise BadFilter(f"Vai trò «{v}» không hợp lệ (chỉ nhận: {', '.join(ROLES)}).", f"unknown role '{v}'")
            if facet == "level" and v not in LEVELS:
                raise BadFilter(f"Cấp «{v}» không hợp lệ (chỉ nhận: {', '.join(LEVELS)}).", f"unknown level '{v}'")
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
        if facet == "agency":
            by_role = roles if roles and "role" not in skip else None
            if not any(by_role is None or r in by_role for r, _ in doc.selected_pairs(wanted)):
                return False
            continue
        if not (doc.values[facet] & wanted):
            return False
    return True
