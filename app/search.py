"""Search pages: ``/search`` and its JSON twin, and the exports of a result list."""

from __future__ import annotations

import csv
import io
import json

from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request

from app import urls
from app.errors import bad_request
from app.i18n import LANGS, lang
from app.timeline import timeline
from indexer import FACETS, MAX_QUERY_CHARS, SearchOptions, label, parse_query, search, total_pages

bp = Blueprint("search", __name__)

KNOWN_PARAMS = set(FACETS) | {"q", "page", "lang"}
# Every link of the page (facet toggles, pages, exports) carries the whole state, so its size is
# multiplied by the number of links: 3,000 filter values or a 200 KB query took seconds per page.
QUERY_CHARS_KEPT = 2 * MAX_QUERY_CHARS  # parse_query reads the first MAX_QUERY_CHARS (and says it cut the rest)
MAX_FILTER_VALUES = 50
EXAMPLE_QUERY = "thong tin doi ngoai Cao Bang"


def read_state() -> dict:
    """The search state from the query string; unknown or malformed parameters are a 400."""
    for name in request.args:
        if name not in KNOWN_PARAMS:
            raise bad_request(f"Tham số «{name}» không hợp lệ.", f"Unknown parameter '{name}'.")
    state: dict = {"q": request.args.get("q", "")[:QUERY_CHARS_KEPT]}
    raw_page = request.args.get("page", "1") or "1"
    # isascii: "²".isdigit() is true, but int("²") raises (a 500, found by tests/test_fuzz.py).
    if not (raw_page.isascii() and raw_page.isdigit()) or len(raw_page) > 12 or int(raw_page) < 1:
        raise bad_request("Số trang phải là số nguyên dương.", "The page must be a positive whole number.")
    state["page"] = int(raw_page)
    for facet in FACETS:
        values = [v for v in request.args.getlist(facet) if v.strip()]
        if values:
            state[facet] = values
    if sum(len(state.get(facet, [])) for facet in FACETS) > MAX_FILTER_VALUES:
        raise bad_request(
            f"Chọn tối đa {MAX_FILTER_VALUES} giá trị bộ lọc.", f"At most {MAX_FILTER_VALUES} filter values."
        )
    if request.args.get("lang") in LANGS:
        state["lang"] = request.args["lang"]
    return state


def filters_of(state: dict) -> dict:
    return {f: state[f] for f in FACETS if state.get(f)}


def run(state: dict, *, per_page: int | None = None, passages: bool = True, facets: bool = True) -> dict:
    archive = current_app.extensions["archive"].index
    per_page = per_page or current_app.config["PER_PAGE"]
    data = search(
        archive,
        state["q"],
        filters_of(state),
        state["page"],
        SearchOptions(per_page=per_page, passages=passages, facets=facets),
    )
    for result in data["results"]:
        result["url"] = urls.passage_url(result["doc_id"], "").rstrip("#")
        for passage in result["passages"]:
            passage["url"] = urls.passage_url(result["doc_id"], passage["anchor"])
    return data


def number_target(query: str) -> str | None:
    """The one document a query that is only a directive number names, if there is one."""
    parsed = parse_query(query)
    if not parsed.only_numbers() or len(parsed.numbers) != 1:
        return None
    owners = current_app.extensions["archive"].index.snapshot().owners(parsed.numbers)
    return owners[0].doc_id if len(owners) == 1 else None


@bp.route("/")
@bp.route("/search")
def search_page():
    """Show the documents matching the query and filters, with facets and a timeline."""
    state = read_state()
    target = number_target(state["q"]) if state["q"] else None
    if target and not filters_of(state):
        return redirect(urls.doc_url(target, lang=state.get("lang")), code=302)
    data = run(state)
    view = decorate(data, state)
    return render_template("search.html", **view)


@bp.route("/search.json")
def search_json():
    """Return the search results, facets and suggestion as JSON."""
    state = read_state()
    data = run(state)
    return jsonify(data)


def decorate(data: dict, state: dict) -> dict:
    """What the HTML page needs beyond the JSON: toggle URLs, labels, the timeline, pagination."""
    facets = {}
    for name, items in data["facets"].items():
        if name.startswith("agency_"):
            role = name.split("_", 1)[1]
            facets[name] = [
                dict(item, toggle_url=urls.role_agency_url(state, role, item["value"]), label=item["value"])
                for item in items
            ]
        else:
            facets[name] = [
                dict(
                    item, toggle_url=urls.toggle_url(state, name, item["value"]), label=facet_label(name, item["value"])
                )
                for item in items
            ]
    active = [
        {
            "facet": name,
            "value": value,
            "label": facet_label(name, value),
            "remove_url": urls.toggle_url(state, name, value),
        }
        for name in FACETS
        for value in state.get(name, [])
    ]
    pages = total_pages(data["total"], data["per_page"])
    return {
        "data": data,
        "state": state,
        "facets": facets,
        "active": active,
        "timeline": timeline(data["facets"].get("year", []), state),
        "pages": pages,
        "page_urls": {n: urls.search_url(state, page=n) for n in _page_window(state["page"], pages)},
        "prev_url": urls.search_url(state, page=state["page"] - 1) if state["page"] > 1 else None,
        "next_url": urls.search_url(state, page=state["page"] + 1) if state["page"] < pages else None,
        "suggestion_url": urls.search_url(state, q=data["suggestion"], page=None) if data["suggestion"] else None,
        "export_csv": urls.search_url(state, "csv", page=None),
        "export_json": urls.search_url(state, "export.json", page=None),
        "example_url": urls.search_url({"q": EXAMPLE_QUERY, "lang": state.get("lang")}),
        "example_query": EXAMPLE_QUERY,
        "clear_url": urls.search_url({"q": state["q"], "lang": state.get("lang")}),
    }


def _page_window(page: int, pages: int) -> list[int]:
    window = {1, pages} | {p for p in range(page - 2, page + 3) if 1 <= p <= pages}
    return sorted(window)


def facet_label(name: str, value: str) -> str:
    """How a facet value reads: levels and roles in the page's language, a document type with its English name
    on an English page, names as the documents write them."""
    if name == "doc_type":
        return type_label(value)
    return label(name, value, lang()) if name in ("level", "role") else value


def type_label(doc_type: str | None) -> str:
    """A document type as the page shows it: ``Kế hoạch``, or ``Plan (Kế hoạch)`` in English, the Vietnamese
    name kept (it is what a citation says)."""
    english = label("doc_type", doc_type or "", "en")
    return f"{english} ({doc_type})" if lang() == "en" and doc_type and english != doc_type else doc_type or ""


# --- exports ------------------------------------------------------------------------------------------

EXPORT_FIELDS = ["doc_id", "number", "doc_type", "title", "issuer", "level", "province", "date", "year", "url"]


def _export_rows(state: dict) -> list[dict]:
    state = dict(state, page=1)
    data = run(state, per_page=current_app.config["EXPORT_LIMIT"], passages=False, facets=False)
    rows = []
    for result in data["results"]:
        row = {k: result.get(k) for k in EXPORT_FIELDS}
        row["url"] = request.host_url.rstrip("/") + result["url"]
        rows.append(row)
    return rows


def _safe_cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.route("/export.csv")
def export_csv():
    """Export every document of the result list as CSV (UTF-8 with BOM, for spreadsheets)."""
    state = read_state()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in _export_rows(state):
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return Response(
        "\ufeff" + out.getvalue(),
        mimetype="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="ket-qua-tim-kiem.csv"'},
    )


@bp.route("/export.json")
def export_json():
    """Export every document of the result list as JSON."""
    state = read_state()
    rows = _export_rows(state)
    body = json.dumps(
        {"query": state["q"], "filters": filters_of(state), "total": len(rows), "results": rows},
        ensure_ascii=False,
        indent=1,
    )
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": 'attachment; filename="ket-qua-tim-kiem.json"'},
    )
