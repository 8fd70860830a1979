"""One error shape: ``{"ok": false, "status", "error"}`` for ``.json`` paths, an HTML page otherwise.

Whatever fails (a bad parameter, an unknown document, a library error, a bug)
ends here: the user gets a 4xx with the reason, or a plain 500 page, never a
traceback.
"""

from __future__ import annotations

import logging

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from app.i18n import lang, t
from indexer import MAX_QUERY_CHARS, ArchiveError

log = logging.getLogger(__name__)


class PageError(ArchiveError):
    """An error a view raises on purpose, with its status and its reason in both languages."""

    code = "page_error"

    def __init__(self, status: int, message_vi: str, message_en: str, **context):
        self.status = status
        self.context = context
        super().__init__(message_vi, message_en)


def not_found(message_vi: str, message_en: str, **context) -> PageError:
    return PageError(404, message_vi, message_en, **context)


def bad_request(message_vi: str, message_en: str) -> PageError:
    return PageError(400, message_vi, message_en)


def wants_json() -> bool:
    return (
        request.path.endswith(".json")
        or request.accept_mimetypes.best == "application/json"
        and not request.accept_mimetypes.accept_html
    )


def error_body(status: int, message: str) -> dict:
    return {"ok": False, "status": status, "error": message}


def _respond(status: int, message: str, **context):
    if wants_json():
        response = jsonify(error_body(status, message))
        response.status_code = status
        return response
    title = {404: t("error_404_title"), 400: t("error_400_title")}.get(status, t("error_title"))
    # The search box of the error page keeps what was typed (a bad page number emptied it: issue 21).
    context.setdefault("search_query", request.args.get("q", "")[:MAX_QUERY_CHARS])
    return render_template("error.html", status=status, title=title, message=message, **context), status


def register(app) -> None:
    @app.errorhandler(ArchiveError)
    def archive_error(exc: ArchiveError):
        message = exc.message_en if lang() == "en" else exc.message_vi
        return _respond(exc.status, message, **getattr(exc, "context", {}))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code == 404:
            message = t("error_404_page")
        elif exc.code == 405:
            message = "Phương thức không được phép." if lang() == "vi" else "Method not allowed."
        elif exc.code == 413:
            message = "Tệp quá lớn." if lang() == "vi" else "The request is too large."
        else:
            message = exc.description or exc.name
        return _respond(exc.code or 500, message)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unexpected error on %s", request.path)
        message = "Lỗi máy chủ; xin thử lại sau." if lang() == "vi" else "Server error; please try again later."
        return _respond(500, message)
