"""The archivist's pages: upload and review, correct, withdraw, and the audit log (``/archivist/…``).

A thin layer over :mod:`indexer.intake` (checks), :mod:`app.staging` (uploads
awaiting review) and :mod:`indexer.writer` (the single writer: corpus first,
then the index).  Every page needs an archivist's login; every form carries a
CSRF token (see :mod:`app.auth`).
"""
from __future__ import annotations

import uuid

from flask import (
    Blueprint, current_app, flash, get_flashed_messages, jsonify, redirect, render_template, request, url_for,
)
from werkzeug.exceptions import RequestEntityTooLarge

from indexer.store import audit
from indexer.document.corrections import BadCorrection, changes
from indexer.errors import ArchiveError, human_size
from indexer.document.intake import check_file_name, read_upload
from indexer.text.numbers import number_key
from indexer.document.pipeline import parse_bytes
from indexer.reading.text import accepted_extensions
from indexer.store.writer import DuplicateDocument, correct_document, duplicates, remove_document

from . import archivist_messages, auth, upload_api, upload_process, urls
from .auth import archivist_required, current_archivist
from .documents import find_record
from .errors import PageError, bad_request, not_found
from .i18n import t
from .record_form import form_of, wanted_from
from .staging import Staging

bp = Blueprint("archivist", __name__, url_prefix="/archivist")


def init_app(app) -> None:
    """Register the archivist's pages, the upload API, logins and CSRF protection."""
    archivist_messages.install()
    auth.init_app(app)
    app.register_blueprint(bp)
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
    return current_app.handle_user_exception(PageError(
        413, f"Dữ liệu gửi lên quá lớn: mỗi lần tải lên tối đa {limit} (mỗi tệp tối đa {per_file}).",
        f"The upload is too large: at most {limit} per request ({per_file} per file).",
    ))


def _archive():
    return current_app.extensions["archive"]


def _staging() -> Staging:
    return Staging(_archive().corpus_dir)


def duplicate_view(found: list[DuplicateDocument]) -> list[dict]:
    """Duplicates as a page and the JSON twins show them: the reason and links to what is archived."""
    out = []
    for dup in found:
        summaries = [_archive().index.summary(d) or {"doc_id": d} for d in dup.doc_ids]
        out.append({"reason": dup.reason, "message": dup.message_en if _lang_en() else dup.message_vi,
                    "documents": [{"doc_id": s["doc_id"], "url": urls.doc_url(s["doc_id"]), "title": s.get("title"),
                                   "number": s.get("number")} for s in summaries]})
    return out


def _lang_en() -> bool:
    from .i18n import lang

    return lang() == "en"


def _message(exc: ArchiveError) -> str:
    return exc.message_en if _lang_en() else exc.message_vi


def _home(status: int = 200, errors: list | None = None):
    view = {
        "pending": _staging().pending(), "recent": audit.entries(_archive().corpus_dir, 8), "errors": errors or [],
        "present": set(_archive().index.doc_ids()),
        "formats": accepted_extensions(), "max_size": human_size(current_app.config["MAX_FILE_SIZE"]),
    }
    return render_template("archivist/home.html", **view), status


@bp.route("/")
@archivist_required
def home():
    """Show the upload form, the files awaiting confirmation and the latest changes."""
    return _home()


@bp.route("/upload", methods=["POST"])
@archivist_required
def upload():
    """Check every uploaded file; keep them all for review, or none if one is refused."""
    files = [f for f in request.files.getlist("files") if f.filename or f.content_length]
    if not files:
        raise bad_request("Chưa chọn tệp nào để tải lên.", "No file was chosen.")
    limit = current_app.config["MAX_FILE_SIZE"]
    checked, errors = [], []
    for storage in files:
        data = storage.read(limit + 1)  # one byte more than allowed is enough to refuse it
        try:
            name = check_file_name(storage.filename)
            read_upload(data, name, max_bytes=limit)
            checked.append((name, data))
        except ArchiveError as exc:
            errors.append({"file": storage.filename, "message": _message(exc), "status": exc.status})
    if errors:
        return _home(errors[0]["status"], errors)
    batch = uuid.uuid4().hex
    staged = [_staging().add(data, name, by=current_archivist(), batch=batch) for name, data in checked]
    return redirect(url_for(".review", token=staged[0].token))


def _get_staged(token: str):
    staged = _staging().get(token)
    if staged is None:
        raise not_found("Không có tệp chờ xác nhận này (có thể đã được xác nhận hoặc huỷ).",
                        "No such pending upload (it may have been confirmed or discarded).")
    return staged


def _review(staged, *, typed=None, error: str | None = None, status: int = 200):
    records = parse_bytes(staged.data(), staged.filename)
    found = duplicates(_archive().index_dir, staged.sha256, records)
    batch = [s for s in _staging().pending() if s.batch == staged.batch and s.token != staged.token]
    view = {"staged": staged, "forms": [form_of(r, typed) for r in records], "duplicates": duplicate_view(found),
            "error": error, "others": batch, "keep_both": bool(typed and typed.get("keep_both"))}
    return render_template("archivist/review.html", **view), status


@bp.route("/uploads/<token>")
@archivist_required
def review(token):
    """Show what was extracted from a pending upload, for correction and confirmation."""
    return _review(_get_staged(token))


@bp.route("/uploads/<token>.json")
@archivist_required
def review_json(token):
    """Return what was extracted from a pending upload, and what it duplicates, as JSON."""
    staged = _get_staged(token)
    records = parse_bytes(staged.data(), staged.filename)
    found = duplicates(_archive().index_dir, staged.sha256, records)
    return jsonify({"token": staged.token, "file": staged.filename, "sha256": staged.sha256, "size": staged.size,
                    "by": staged.by, "at": staged.at, "records": [r.to_dict() for r in records],
                    "duplicates": duplicate_view(found)})


@bp.route("/uploads/<token>/confirm", methods=["POST"])
@archivist_required
def confirm(token):
    """Archive a pending upload with the archivist's corrections, then index it."""
    staged = _get_staged(token)
    data = staged.data()
    records = parse_bytes(data, staged.filename)
    try:
        corrections = {str(r.source.part): changes(r, wanted_from(request.form, r.source.part)) for r in records}
        _, archived = upload_process.archive_bytes(
            _archive().corpus_dir, _archive().index_dir, data, staged.filename, corrections=corrections,
            allow_duplicates=bool(request.form.get("keep_both")), actor=current_archivist(), via="web",
        )
    except DuplicateDocument as exc:
        return _review(staged, typed=request.form, error=f"{_message(exc)} {t('arch_duplicate_refused')}",
                       status=exc.status)
    except BadCorrection as exc:
        return _review(staged, typed=request.form, error=_message(exc), status=exc.status)
    _staging().discard(token)
    flash(t("arch_archived", title=" ".join(filter(None, [archived[0].doc_type, archived[0].number])) or archived[0].doc_id))
    following = [s for s in _staging().pending() if s.batch == staged.batch]
    if following:
        flash(t("arch_next_pending", name=following[0].filename))
        return redirect(url_for(".review", token=following[0].token))
    return redirect(url_for(".manage", doc_id=archived[0].doc_id))


@bp.route("/uploads/<token>/discard", methods=["POST"])
@archivist_required
def discard(token):
    """Drop a pending upload without archiving it."""
    staged = _get_staged(token)
    _staging().discard(token)
    flash(t("arch_discarded", name=staged.filename))
    return redirect(url_for(".home"))


@bp.route("/find")
@archivist_required
def find():
    """Open the document an id or a number names."""
    q = request.args.get("q", "").strip()[:200]
    index = _archive().index
    if q and find_record(q) is not None:
        return redirect(url_for(".manage", doc_id=q))
    wanted = number_key(q) if q else ""
    owners = [s for s in index.summaries() if wanted and s.get("number") and number_key(s["number"]) == wanted]
    if len(owners) == 1:
        return redirect(url_for(".manage", doc_id=owners[0]["doc_id"]))
    if owners:
        return render_template("archivist/find.html", q=q, owners=owners)
    raise not_found(f"Không tìm thấy văn bản «{q}» trong kho.", f"No document '{q}' in the archive.")


def _get_record(doc_id: str):
    record = find_record(doc_id)
    if record is None:
        raise not_found(f"Không có văn bản «{doc_id}» trong kho.", f"There is no document '{doc_id}' in the archive.")
    return record


@bp.route("/doc/<doc_id>")
@archivist_required
def manage(doc_id):
    """Show a document's fields for correction, and the way to withdraw it."""
    return render_template("archivist/manage.html", form=form_of(_get_record(doc_id)), doc=_get_record(doc_id))


@bp.route("/doc/<doc_id>", methods=["POST"])
@archivist_required
def save(doc_id):
    """Keep the corrections of a document and index it again."""
    record = _get_record(doc_id)
    try:
        wanted = wanted_from(request.form, record.source.part)
        correct_document(_archive().corpus_dir, _archive().index_dir, doc_id, wanted,
                         actor=current_archivist(), via="web")
    except BadCorrection as exc:
        return render_template("archivist/manage.html", form=form_of(record, request.form), doc=record,
                               error=_message(exc)), exc.status
    flash(t("arch_saved"))
    return redirect(url_for(".manage", doc_id=doc_id))


@bp.route("/doc/<doc_id>/withdraw")
@archivist_required
def withdraw_form(doc_id):
    """Ask for confirmation before withdrawing a document."""
    return render_template("archivist/withdraw.html", doc=_get_record(doc_id))


@bp.route("/doc/<doc_id>/withdraw", methods=["POST"])
@archivist_required
def withdraw(doc_id):
    """Withdraw a document: out of search, its original kept in the archive folder."""
    _get_record(doc_id)
    reason = " ".join(request.form.get("reason", "").split())[:500] or None
    remove_document(_archive().corpus_dir, _archive().index_dir, doc_id, actor=current_archivist(), via="web",
                    reason=reason)
    flash(t("arch_withdrawn", doc_id=doc_id))
    return redirect(url_for(".home"))


@bp.route("/audit")
@archivist_required
def audit_log():
    """Show who uploaded, corrected or withdrew what, and when, newest first."""
    entries = audit.entries(_archive().corpus_dir)
    present = set(_archive().index.doc_ids())
    return render_template("archivist/audit.html", entries=entries, present=present)


@bp.route("/audit.json")
@archivist_required
def audit_json():
    """Return the audit log, newest first, as JSON."""
    return jsonify({"entries": audit.entries(_archive().corpus_dir)})
