"""Search pages: ``/search`` and its JSON twin, and the exports of a result list."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request

from app import urls
from app.errors import bad_request
from app.feeds import atom
from app.i18n import LANGS, lang, t
from app.render import display_date, place_label
from app.timeline import timeline
from indexer import (
    FACETS,
    MAX_QUERY_CHARS,
    SORTS,
    UNDATED,
    SearchOptions,
    check_sort,
    date_range,
    fold,
    label,
    parse_query,
    search,
    split_fields,
    total_pages,
)

bp = Blueprint("search", __name__)

RANGE_PARAMS = ("from", "to", "sort")  # the signing-date range and the order (issue 23)
KNOWN_PARAMS = set(FACETS) | {"q", "page", "lang"} | set(RANGE_PARAMS)
# Every link of the page (facet toggles, pages, exports) carries the whole state, so its size is
# multiplied by the number of links: 3,000 filter values or a 200 KB query took seconds per page.
QUERY_CHARS_KEPT = 2 * MAX_QUERY_CHARS  # parse_query reads the first MAX_QUERY_CHARS (and says it cut the rest)
MAX_FILTER_VALUES = 50
MAX_PAGE = 999_999_999_999  # beyond any archive: a longer number is a slip (and int() of it stays cheap)
EXAMPLE_QUERY = "thong tin doi ngoai Cao Bang"


def read_state() -> dict:
    """The search state from the query string; unknown or malformed parameters (a date that is no date, a
    range that ends before it starts, an unknown sort) are a 400."""
    state = query_state(FACETS, KNOWN_PARAMS)
    for name in RANGE_PARAMS:
        value = request.args.get(name, "").strip()[:QUERY_CHARS_KEPT]
        if value:
            state[name] = value
    typed_fields(state)
    date_range(state.get("from"), state.get("to"))
    check_sort(state.get("sort"))
    return state


def typed_fields(state: dict) -> None:
    """Fields typed in the search box (``nam:2019..2023 cap:xa …``, issue 23) become the filters a facet click
    gives, the year range the signing-date range (overriding ``from``/``to``), and leave the words; an unknown
    field or a malformed value is a 400 (:class:`~indexer.BadField`) naming it and a corrected query."""
    if ":" not in state["q"]:
        return
    found = split_fields(state["q"])
    state["q"] = found.words
    for facet, values in found.filters.items():
        state[facet] = list(dict.fromkeys([*state.get(facet, []), *values]))
    if found.years:
        for name, bound in zip(("from", "to"), found.years, strict=True):
            if bound:
                state[name] = bound
            else:
                state.pop(name, None)


def query_state(facets, known: set[str]) -> dict:
    """A list page's state from the query string: its words, its page, the values of each of its ``facets``
    (each once), the language; a parameter not in ``known``, a malformed page or too many values are a 400."""
    for name in request.args:
        if name not in known:
            raise bad_request(f"Tham số «{name}» không hợp lệ.", f"Unknown parameter '{name}'.")
    state: dict = {"q": request.args.get("q", "")[:QUERY_CHARS_KEPT]}
    state["page"] = page_number(request.args.get("page", "1") or "1")
    for facet in facets:
        values = list(dict.fromkeys(v for v in request.args.getlist(facet) if v.strip()))
        if values:
            state[facet] = values
    if sum(len(state.get(facet, [])) for facet in facets) > MAX_FILTER_VALUES:
        raise bad_request(
            f"Chọn tối đa {MAX_FILTER_VALUES} giá trị bộ lọc.", f"At most {MAX_FILTER_VALUES} filter values."
        )
    if request.args.get("lang") in LANGS:
        state["lang"] = request.args["lang"]
    return state


def page_number(raw: str) -> int:
    """The page asked for.  :raise 400: not a whole number above zero, or above :data:`MAX_PAGE`."""
    # isascii: "²".isdigit() is true, but int("²") raises (a 500, found by tests/test_fuzz.py).
    digits = raw.lstrip("0")
    if not (raw.isascii() and raw.isdigit()) or not digits:
        raise bad_request("Số trang phải là số nguyên dương.", "The page must be a positive whole number.")
    if len(digits) > len(str(MAX_PAGE)) or int(digits) > MAX_PAGE:
        raise bad_request(
            f"Số trang quá lớn: tối đa {MAX_PAGE:,}.".replace(",", "."),
            f"The page number is too large: at most {MAX_PAGE:,}.",
        )
    return int(digits)


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
        SearchOptions(
            per_page=per_page,
            passages=passages,
            facets=facets,
            sort=check_sort(state.get("sort")),
            dates=date_range(state.get("from"), state.get("to")),
        ),
    )
    for result in data["results"]:
        result["url"] = urls.passage_url(result["doc_id"], "").rstrip("#")
        for passage in result["passages"]:
            passage["url"] = urls.passage_url(result["doc_id"], passage["anchor"])
            passage["label"] = place_label(passage["anchor"], passage.get("section"))
    return data


def number_target(query: str) -> str | None:
    """The one document a query that is only a directive number names, if there is one."""
    parsed = parse_query(query)
    if not parsed.only_numbers() or len(parsed.numbers) != 1:
        return None
    owners = current_app.extensions["archive"].index.snapshot().owners(parsed.numbers)
    return owners[0].doc_id if len(owners) == 1 else None


def citing_offers(state: dict) -> list[dict]:
    """For each directive number the query names, a link to the documents citing it (``?cites=``): a query that
    is only a number goes to that document, so this is the way to list who cites it (issue 21)."""
    if not state["q"]:
        return []
    snapshot = current_app.extensions["archive"].index.snapshot()
    selected = set(state.get("cites", []))
    numbers: dict[str, None] = {}
    for wanted in parse_query(state["q"]).numbers:
        for number in [wanted.canonical] if wanted.canonical else [s.number for s in snapshot.owners([wanted])]:
            if number and number not in selected:
                numbers[number] = None
    return [{"number": n, "url": urls.cites_url(n, lang=state.get("lang"))} for n in numbers]


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


@bp.route("/search.atom")
def search_atom():
    """Return the documents of the search as an Atom feed, the newest arrivals in the archive first."""
    state = read_state()
    everything = len(current_app.extensions["archive"].index.snapshot().rows) or 1  # arrivals are not ranked
    data = run(dict(state, page=1), per_page=everything, passages=False, facets=False)
    title = t("feed_search", query=state["q"]) if state["q"] else t("feed_archive")
    asked = urls.search_url(state, page=None, lang=None, sort=None).partition("?")[2]  # what the feed follows
    return atom.feed_response(
        title, f"search?{asked}" if asked else "search", urls.search_url(state, page=None), data["results"]
    )


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
    ] + range_chip(state)
    pages = total_pages(data["total"], data["per_page"])
    past_end = state["page"] > pages and data["total"] > 0
    return {
        "data": data,
        "state": state,
        "facets": facets,
        "has_facets": any(facets.values()),  # no result, no facet: no empty "Bộ lọc" heading either
        "active": active,
        "timeline": timeline(data["facets"].get("year", []), state),
        "pages": pages,
        "past_end": past_end,  # a page past the last one: say so, and link the last one (issue 21)
        "last_page_url": urls.search_url(state, page=pages if pages > 1 else None),
        "page_urls": {n: urls.search_url(state, page=n) for n in _page_window(state["page"], pages)},
        "prev_url": urls.search_url(state, page=min(state["page"] - 1, pages)) if state["page"] > 1 else None,
        "next_url": urls.search_url(state, page=state["page"] + 1) if state["page"] < pages else None,
        "suggestion_url": urls.search_url(state, q=data["suggestion"], page=None) if data["suggestion"] else None,
        "export_csv": urls.search_url(state, "csv", page=None),
        "export_json": urls.search_url(state, "export.json", page=None),
        "example_url": urls.search_url({"q": EXAMPLE_QUERY, "lang": state.get("lang")}),
        "example_query": EXAMPLE_QUERY,
        "clear_url": urls.search_url({"q": state["q"], "lang": state.get("lang")}),
        "citing": citing_offers(state),
        "sorts": [
            {"value": s, "label": t(f"sort_{s}"), "selected": state.get("sort", "relevance") == s} for s in SORTS
        ],
        "feed_url": urls.search_url(state, "atom", page=None),
        # The range's days as the date inputs take them (a year, 2019, is shown as 2019-01-01 … 2019-12-31).
        "date_from": date_range(state.get("from"), None).start or "",
        "date_to": date_range(None, state.get("to")).end or "",
    }


def range_chip(state: dict) -> list[dict]:
    """The date range as one removable chip ("Ngày ký: 01/01/2019 – 31/12/2023"), or none."""
    window = date_range(state.get("from"), state.get("to"))
    if not window:
        return []
    shown = f"{display_date(window.start) or '…'} – {display_date(window.end) or '…'}"
    remove = urls.search_url(state, page=None, **{"from": None, "to": None})
    return [{"facet": "dates", "value": shown, "label": shown, "remove_url": remove}]


def _page_window(page: int, pages: int) -> list[int]:
    window = {1, pages} | {p for p in range(page - 2, page + 3) if 1 <= p <= pages}
    return sorted(window)


def facet_label(name: str, value: str) -> str:
    """How a facet value reads: levels and roles in the page's language, a document type with its English name
    on an English page, names as the documents write them."""
    if name == "doc_type":
        return type_label(value)
    if name == "year" and value == UNDATED:
        return t("undated")
    return label(name, value, lang()) if name in ("level", "role") else value


def type_label(doc_type: str | None) -> str:
    """A document type as the page shows it: ``Kế hoạch``, or ``Plan (Kế hoạch)`` in English, the Vietnamese
    name kept (it is what a citation says)."""
    english = label("doc_type", doc_type or "", "en")
    return f"{english} ({doc_type})" if lang() == "en" and doc_type and english != doc_type else doc_type or ""


# --- exports ------------------------------------------------------------------------------------------

EXPORT_FIELDS = ["doc_id", "number", "doc_type", "title", "issuer", "level", "province", "date", "year", "url"]
# A CSV is read by people in a spreadsheet: its columns named in the page's language (the JSON export keeps the
# field names of the contract).
CSV_COLUMNS = {
    "doc_id": "column_doc_id",
    "number": "field_number",
    "doc_type": "field_doc_type",
    "title": "column_title",
    "issuer": "field_issuer",
    "level": "field_level",
    "province": "field_province",
    "date": "field_date",
    "year": "facet_year",
    "url": "column_url",
}
FILE_NAME_CHARS = 80  # of the query, in the name of an exported file


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


def _csv_row(row: dict) -> list[str]:
    """A row as a person reads it: the level and the type in the page's language."""
    shown = dict(row, level=label("level", row["level"], lang()) if row["level"] else None)
    shown["doc_type"] = type_label(row["doc_type"]) if row["doc_type"] else None
    return [_safe_cell(shown[field]) for field in EXPORT_FIELDS]


def attachment(query: str, extension: str) -> str:
    """A ``Content-Disposition`` naming the file after the query: an ASCII ``filename`` for old clients and
    the name with its diacritics in ``filename*`` (RFC 6266).

    ``thông tin đối ngoại`` -> ``ket-qua-thong-tin-doi-ngoai.csv`` and ``kết-quả-thông-tin-đối-ngoại.csv``.
    """
    name = t("export_file_for", query=query[:FILE_NAME_CHARS]) if query.strip() else t("export_file")
    readable = re.sub(r"[\s/\\:*?\"<>|%;,-]+", "-", name).strip("-.")  # nothing a file system or header refuses
    ascii_name = re.sub(r"[^a-z0-9]+", "-", fold(readable)).strip("-") or "export"
    return f"attachment; filename=\"{ascii_name}.{extension}\"; filename*=UTF-8''{quote(readable)}.{extension}"


def csv_answer(header: list[str], rows, disposition: str) -> Response:
    """A CSV download for spreadsheets: UTF-8 with a BOM, no cell a spreadsheet would run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([_safe_cell(cell) for cell in row] for row in rows)
    return Response(
        "\ufeff" + out.getvalue(),
        mimetype="text/csv",  # Flask adds "; charset=utf-8" to a text type: given here too, it came twice
        headers={"Content-Disposition": disposition},
    )


@bp.route("/export.csv")
def export_csv():
    """Export every document of the result list as CSV (UTF-8 with BOM, for spreadsheets)."""
    state = read_state()
    rows = (_csv_row(row) for row in _export_rows(state))
    return csv_answer([t(CSV_COLUMNS[field]) for field in EXPORT_FIELDS], rows, attachment(state["q"], "csv"))


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
