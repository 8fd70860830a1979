"""Every URL the portal shows is built here (never in a template by hand).

Search URLs carry the whole state (query, filters, page, language) so any
view can be bookmarked and shared; facet links add or remove one value.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

from flask import g, url_for

from indexer import FACETS, TASK_FACETS, is_central_number

STATE_KEYS = ("q",) + FACETS + ("from", "to", "sort", "page", "lang")  # from, to, sort: issue 23
TASK_KEYS = ("q",) + TASK_FACETS + ("page", "lang")  # the archive-wide task list's state (``/tasks``)


def _pairs(state: dict, keys: tuple[str, ...] = STATE_KEYS) -> list[tuple[str, str]]:
    pairs = []
    for k in keys:
        values = state.get(k)
        if values in (None, "", []):
            continue
        for v in values if isinstance(values, (list, tuple)) else [values]:
            if v not in (None, ""):
                pairs.append((k, str(v)))
    return pairs


def search_url(state: dict, fmt: str | None = None, **changes) -> str:
    """The search URL for ``state`` with ``changes`` applied (``page=None`` drops the page)."""
    merged = {k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in state.items()}
    merged.update(changes)
    endpoint = {
        "json": "search.search_json",
        "csv": "search.export_csv",
        "export.json": "search.export_json",
        "atom": "search.search_atom",
    }.get(fmt, "search.search_page")
    base = _endpoint_url(endpoint)
    query = "&".join(_encoded(key, value) for key, value in _pairs(merged))
    return f"{base}?{query}" if query else base


@lru_cache(maxsize=8192)
def _encoded(key: str, value: str) -> str:
    """``key=value`` as ``urlencode`` writes it; a results page repeats the same few hundred pairs."""
    return urlencode([(key, value)])


def _endpoint_url(endpoint: str) -> str:
    """``url_for(endpoint)``, once per request: a results page links its facet values 200-300 times."""
    built = g.setdefault("endpoint_urls", {})
    if endpoint not in built:
        built[endpoint] = url_for(endpoint)
    return built[endpoint]


def tasks_url(state: dict, fmt: str | None = None, **changes) -> str:
    """The archive-wide task list for ``state`` (``fmt``: ``json``, ``csv``, ``ics``), ``changes`` applied."""
    merged = {k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in state.items()}
    merged.update(changes)
    base = _endpoint_url(f"task_list.tasks_{fmt}" if fmt else "task_list.tasks_page")
    query = "&".join(_encoded(key, value) for key, value in _pairs(merged, TASK_KEYS))
    return f"{base}?{query}" if query else base


def toggle_url(state: dict, facet: str, value: str, build=search_url) -> str:
    """Add ``value`` to a facet's selection, or remove it when selected; back to page 1 (of the search, or of
    what ``build`` makes: :func:`tasks_url`)."""
    selected = list(state.get(facet) or [])
    if value in selected:
        selected.remove(value)
    else:
        selected.append(value)
    return build(state, **{facet: selected, "page": None})


def role_agency_url(state: dict, role: str, agency: str, build=search_url) -> str:
    """Select (or unselect) an agency in one role: ``role=lead&agency=…``."""
    roles = list(state.get("role") or [])
    agencies = list(state.get("agency") or [])
    if agency in agencies and role in roles:
        agencies.remove(agency)
        if not agencies:
            roles.remove(role)
    else:
        if role not in roles:
            roles.append(role)
        if agency not in agencies:
            agencies.append(agency)
    return build(state, role=roles, agency=agencies, page=None)


def doc_url(
    doc_id: str, anchor: str | None = None, *, q: str | None = None, lang: str | None = None, fmt: str | None = None
) -> str:
    """``/doc/<doc_id>`` (``#anchor``); ``q`` carries the query to highlight on arrival."""
    if fmt == "json":
        return url_for("documents.document_json", doc_id=doc_id)
    params = {k: v for k, v in (("q", q), ("lang", lang)) if v}
    url = url_for("documents.document", doc_id=doc_id)
    if params:
        url += "?" + urlencode(params)
    return url + (f"#{anchor}" if anchor else "")


def passage_url(doc_id: str, anchor: str) -> str:
    """The canonical link to a paragraph, as the JSON contract gives it."""
    return url_for("documents.document", doc_id=doc_id) + f"#{anchor}"


def source_url(doc_id: str) -> str:
    return url_for("documents.source", doc_id=doc_id)


def page_image_url(doc_id: str, number: int) -> str:
    """A page of a scanned document's original, as an image."""
    return url_for("documents.page_image", doc_id=doc_id, number=number)


def chain_url(doc_id: str, fmt: str | None = None) -> str:
    return url_for("chains.chain_json" if fmt == "json" else "chains.chain", doc_id=doc_id)


def chain_feed_url(doc_id: str, external: bool = False) -> str:
    """The Atom feed of the documents citing or implementing ``doc_id``, newest arrival first."""
    return url_for("chains.chain_atom", doc_id=doc_id, _external=external)


def compare_url(doc_id: str, fmt: str | None = None) -> str:
    """The implementation matrix of a directive: its tasks against the documents implementing it (``fmt``: json,
    csv)."""
    endpoint = {"json": "compare.compare_json", "csv": "compare.compare_csv"}.get(fmt, "compare.compare_page")
    return url_for(endpoint, doc_id=doc_id)


def doc_tasks_url(doc_id: str, fmt: str | None = None) -> str:
    """The tasks a document assigns (``fmt``: json, csv)."""
    endpoint = {"json": "tasks.tasks_json", "csv": "tasks.tasks_csv"}.get(fmt, "tasks.tasks_page")
    return url_for(endpoint, doc_id=doc_id)


def missing_url(fmt: str | None = None, anchor: str | None = None) -> str:
    """The list of documents the archive lacks (``#anchor``: one of them)."""
    return url_for("chains.missing_json" if fmt == "json" else "chains.missing") + (f"#{anchor}" if anchor else "")


def cites_url(number: str, province: str | None = None, lang: str | None = None) -> str:
    """Every document citing ``number`` (in ``province``: a local number names a document in each province)."""
    return search_url({"province": [province] if province else [], "lang": lang}, cites=[number])


def citing_url(doc, lang: str | None = None) -> str | None:
    """Every document citing ``doc``'s number: in its province for a local number (``73-NQ/TU``), anywhere for
    a central one; None for a document without a number."""
    if not doc.number:
        return None
    return cites_url(doc.number, None if is_central_number(doc.number) else doc.province, lang)


def implements_url(number: str) -> str:
    """Every document implementing ``number``."""
    return search_url({}, implements=[number])


def help_url(lang: str | None = None) -> str:
    """``/tro-giup``: every operator of the search box, each with an example (issue 23)."""
    return url_for("guide.help_page") + (f"?{urlencode({'lang': lang})}" if lang else "")
