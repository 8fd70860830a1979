"""``GET /openapi.json``: the description of every JSON (and CSV, calendar, feed) endpoint and of the upload API,
in OpenAPI 3.1.  Built from the same constants the views read (the facets, the task filters, the error shape),
and checked against the routes by ``tests/app/test_openapi.py``, so that it cannot drift from them."""

from __future__ import annotations

from flask import Blueprint, jsonify

from indexer import DUE_CLASSES, FACETS, LEVELS, ROLES, SORTS, TASK_FACETS

bp = Blueprint("openapi", __name__)

ERROR = {
    "type": "object",
    "required": ["ok", "status", "error"],
    "properties": {
        "ok": {"const": False},
        "status": {"type": "integer", "description": "the HTTP status, 4xx"},
        "error": {"type": "string", "description": "what is wrong, in the page's language (Vietnamese by default)"},
    },
}
OBJECT = {"type": "object"}


def _param(name: str, where: str = "query", description: str = "", **schema) -> dict:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema or {"type": "string"},
    }


def _doc_id() -> dict:
    return _param("doc_id", "path", "the document's id, as /search.json gives it (`57-kl-tw-2023`)")


LANG = _param("lang", description="`vi` (default) or `en`: the language of labels and errors", enum=["vi", "en"])
PAGE = _param("page", description="the page of results, from 1", type="integer", minimum=1)
QUERY = _param("q", description="words, with or without diacritics; a directive number in any spelling")
FACET_PARAMS = [
    _param(name, description=f"keep the documents whose `{name}` is one of these values (repeatable)")
    for name in FACETS
]
# The signing-date range and the order of a result list (issue 23).
RANGE_PARAMS = [
    _param("from", description="signed on or after: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the whole month or year)"),
    _param("to", description="signed on or before: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the whole month or year)"),
    _param(
        "sort",
        description="`relevance` (default; no words: newest), `newest`, `oldest`: by signing date, undated last",
        enum=list(SORTS),
    ),
]
ROLE_NOTE = f"with `agency`: the role the agency has ({', '.join(ROLES)})"


def _answers(content: str = "application/json", schema: dict = OBJECT, *, errors=(400, 404)) -> dict:
    answers = {"200": {"description": "the answer", "content": {content: {"schema": schema}}}}
    for status in errors:
        answers[str(status)] = {"$ref": f"#/components/responses/E{status}"}
    return answers


def _get(summary: str, params: list[dict], content: str = "application/json", **kw) -> dict:
    return {"get": {"summary": summary, "parameters": params, "responses": _answers(content, **kw)}}


def _document_paths() -> dict:
    doc = _doc_id()
    return {
        "/doc/{doc_id}.json": _get(
            "A document's record: number, type, issuer, level, province, date, title, basis, roles, paragraphs, "
            "tasks, with cited_by, implemented_by and references_resolved",
            [doc, LANG],
        ),
        "/doc/{doc_id}/chain.json": _get(
            "The documents implementing it, level by level, and what it implements", [doc, LANG]
        ),
        "/doc/{doc_id}/tasks.json": _get(
            "The tasks it assigns: anchor, url, text, lead, coordinate, assigned, due", [doc, LANG]
        ),
        "/doc/{doc_id}/tasks.csv": _get("The same tasks as CSV", [doc, LANG], "text/csv"),
        "/doc/{doc_id}/compare.json": _get(
            "Its implementation matrix: its tasks against the documents implementing it, and what they add",
            [doc, LANG],
        ),
        "/doc/{doc_id}/compare.csv": _get("The same matrix as CSV", [doc, LANG], "text/csv"),
        "/doc/{doc_id}/chain.atom": _get(
            "An Atom feed of the documents citing or implementing it (at any level below), newest arrival first",
            [doc, LANG],
            "application/atom+xml",
        ),
        "/so/{number}.json": _get(
            "The document a directive number means, in any spelling (`57 kl tw`, `KL57`)",
            [_param("number", "path", "a directive number"), LANG],
        ),
    }


def _task_paths() -> dict:
    params = [
        QUERY,
        *(
            _param(name, description=f"keep the tasks whose `{name}` is one of these (repeatable)")
            for name in TASK_FACETS
        ),
        PAGE,
        LANG,
    ]
    params[TASK_FACETS.index("role") + 1]["description"] = ROLE_NOTE
    params[TASK_FACETS.index("due") + 1]["schema"] = {"type": "string", "enum": list(DUE_CLASSES)}
    return {
        "/tasks.json": _get("Every task of the archive, filtered, with facet counts", params),
        "/tasks.csv": _get("The same tasks as CSV", params, "text/csv"),
        "/tasks.ics": _get(
            "The dated tasks as an iCalendar, one all-day event on each due day", params, "text/calendar"
        ),
    }


def _upload_path() -> dict:
    form = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "allow_duplicate": {"type": "string", "enum": ["1", "0"], "description": "keep a file already held"},
        },
    }
    answers = _answers(errors=(400, 401, 409, 413, 415))
    answers["201"] = answers.pop("200")
    return {
        "/documents.json": {
            "post": {
                "summary": "Archive files (txt, md, html, docx, doc, pdf, images), index them, answer their records",
                "security": [{"token": []}],
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": form}}},
                "responses": answers,
            }
        }
    }


def _archivist_paths() -> dict:
    login = [{"session": []}]
    paths = {
        "/archivist/audit.json": _get("The log of changes (uploads, corrections, withdrawals)", [PAGE, LANG]),
        "/archivist/uploads/{token}.json": _get(
            "A staged upload: its records as read, OCR progress, what to check",
            [_param("token", "path", "the staged upload's token"), LANG],
        ),
    }
    for path in paths.values():
        path["get"]["security"] = login
        path["get"]["responses"]["403"] = {"$ref": "#/components/responses/E403"}
    return paths


def description() -> dict:
    """The OpenAPI document of the portal."""
    search_params = [QUERY, *FACET_PARAMS, *RANGE_PARAMS, PAGE, LANG]
    statuses = (400, 401, 403, 404, 409, 413, 415)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kho văn bản chỉ đạo — Directive archive",
            "version": "1",
            "description": "Every HTML page has a JSON twin built from the same data. Errors take one shape "
            "(`Error`), with a 4xx status and a message in Vietnamese (`lang=en`: English). Levels: "
            + ", ".join(LEVELS)
            + ".",
        },
        "paths": {
            "/search.json": _get("Search: results with passages, facet counts, a suggestion", search_params),
            "/export.json": _get("Every result of a search, as JSON", [QUERY, *FACET_PARAMS, *RANGE_PARAMS, LANG]),
            "/export.csv": _get(
                "Every result of a search, as CSV", [QUERY, *FACET_PARAMS, *RANGE_PARAMS, LANG], "text/csv"
            ),
            "/search.atom": _get(
                "An Atom feed of a search's documents, newest arrival in the archive first (50 at most)",
                [QUERY, *FACET_PARAMS, *RANGE_PARAMS[:2], LANG],
                "application/atom+xml",
            ),
            "/missing.json": _get("Directives cited in the archive but absent from it", [LANG], errors=(400,)),
            **_document_paths(),
            **_task_paths(),
            **_upload_path(),
            **_archivist_paths(),
        },
        "components": {
            "schemas": {"Error": ERROR},
            "responses": {
                f"E{status}": {
                    "description": f"error {status}",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
                for status in statuses
            },
            "securitySchemes": {
                "token": {"type": "http", "scheme": "bearer", "description": "an archivist's API token"},
                "session": {"type": "apiKey", "in": "cookie", "name": "session", "description": "an archivist's login"},
            },
        },
    }


@bp.route("/openapi.json")
def openapi_json():
    """Return the OpenAPI description of the portal's JSON endpoints and upload API."""
    return jsonify(description())
