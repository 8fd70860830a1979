"""``POST /documents.json``: archive files from a program, with an API token instead of a login.

Send the files as ``multipart/form-data`` in the field ``file`` (repeatable),
with ``Authorization: Bearer <token>``; ``allow_duplicate=1`` keeps a file the
archive already holds; ``address=<url>`` gives the web page the files were
copied from.  Every file is checked before any is stored; the answer is
``201 {"ok": true, "documents": [record + url]}``, or the one error shape
``{"ok": false, "status", "error"}`` with a 4xx.
"""

from __future__ import annotations

import hashlib

from flask import Blueprint, current_app, jsonify, request

from app import urls
from app.archivist import upload_process
from app.archivist.auth import token_owner
from app.errors import PageError, bad_request, error_body
from app.i18n import lang
from indexer import ArchiveError, DuplicateDocument, check_address, check_file_name, duplicates, read_upload

bp = Blueprint("api", __name__)


def _duplicate_response(exc: DuplicateDocument, filename: str):
    message = exc.message_en if lang() == "en" else exc.message_vi
    body = error_body(exc.status, f"{filename}: {message}")
    body["duplicates"] = [{"doc_id": d, "url": urls.doc_url(d)} for d in exc.doc_ids]
    response = jsonify(body)
    response.status_code = exc.status
    return response


@bp.route("/documents.json", methods=["POST"])
def upload_documents():
    """Archive the uploaded files and index them; answer their records."""
    owner = token_owner()
    if owner is None:
        error = PageError(
            401,
            "Thiếu hoặc sai mã truy cập API (tiêu đề Authorization: Bearer <mã>).",
            "Missing or wrong API token (header Authorization: Bearer <token>).",
        )
        response = current_app.handle_user_exception(error)
        response.headers["WWW-Authenticate"] = 'Bearer realm="archive"'
        return response
    files = request.files.getlist("file") + request.files.getlist("files")
    if not files:
        raise bad_request(
            "Không có tệp nào trong yêu cầu (trường «file» của multipart/form-data).",
            "No file in the request (multipart/form-data field 'file').",
        )
    allow = request.values.get("allow_duplicate", "").lower() in ("1", "true", "yes", "on")
    try:
        address = check_address(request.values.get("address"))
    except ArchiveError as exc:
        raise PageError(exc.status, exc.message_vi, exc.message_en) from None
    limit = current_app.config["MAX_FILE_SIZE"]
    archive = current_app.extensions["archive"]
    checked = []
    for storage in files:
        data = storage.read(limit + 1)
        try:
            name = check_file_name(storage.filename)
            documents = read_upload(data, name, max_bytes=limit, address=address)
        except ArchiveError as exc:  # the same status, the file named: a request may hold several
            raise PageError(
                exc.status, f"{storage.filename}: {exc.message_vi}", f"{storage.filename}: {exc.message_en}"
            ) from None
        if not allow:
            found = duplicates(archive.index_dir, hashlib.sha256(data).hexdigest(), documents)
            if found:
                return _duplicate_response(found[0], name)
        checked.append((name, data))
    archived = []
    for name, data in checked:
        try:
            rel, records = upload_process.archive_bytes(
                archive.corpus_dir,
                archive.index_dir,
                data,
                name,
                allow_duplicates=allow,
                actor=owner,
                via="api",
                address=address,
            )
        except DuplicateDocument as exc:  # another upload of the same document got there first
            return _duplicate_response(exc, name)
        for record in records:
            archived.append(dict(record.to_dict(), url=urls.doc_url(record.doc_id), file=rel))
    return jsonify({"ok": True, "documents": archived}), 201
