"""The archivist's side of the portal: logins, uploads reviewed and confirmed, corrections, withdrawals, the
audit log, and the upload API for programs.

``views`` (the pages), ``upload_api`` (``POST /documents.json``), ``auth`` (logins, tokens, CSRF),
``staging`` (uploads awaiting review), ``upload_process`` (the helper process that archives an upload),
``record_form`` (a record as a correction form), ``messages`` (their interface text).
"""

from __future__ import annotations

from flask import current_app, get_flashed_messages
from werkzeug.exceptions import RequestEntityTooLarge

from app.archivist import auth, messages, upload_api, views
from app.archivist.auth import current_archivist
from app.errors import PageError
from indexer import human_size


def init_app(app) -> None:
    """Register the archivist's pages, the upload API, logins and CSRF protection."""
    messages.install()
    auth.init_app(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(upload_api.bp)
    app.extensions["csrf_protect"].exempt(upload_api.bp)  # token-authenticated, takes no cookie
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    app.jinja_env.globals.update(current_archivist=current_archivist, flashed=get_flashed_messages)
    app.jinja_env.filters["date_vi"] = _date_vi


def _date_vi(value: str | None) -> str:
    """An ISO date as Vietnamese write it (12/03/2025); anything else (as typed) unchanged."""
    if value and len(value) == 10 and value[4] == "-" and value[7] == "-":
        y, m, d = value.split("-")
        return f"{d}/{m}/{y}"
    return value or ""


def _too_large(exc):
    limit = human_size(current_app.config["MAX_CONTENT_LENGTH"])
    per_file = human_size(current_app.config["MAX_FILE_SIZE"])
    return current_app.handle_user_exception(
        PageError(
            413,
            f"Dữ liệu gửi lên quá lớn: mỗi lần tải lên tối đa {limit} (mỗi tệp tối đa {per_file}).",
            f"The upload is too large: at most {limit} per request ({per_file} per file).",
        )
    )
