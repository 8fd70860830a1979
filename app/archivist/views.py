"""The archivist's pages: upload and review, correct, withdraw, and the audit log (``/archivist/…``).

A thin layer over the library's checks of an upload, the staging of uploads awaiting review
(:mod:`app.archivist.staging`) and the archive's changes (corpus first, then the index).  Every page needs
an archivist's login; every form carries a CSRF token (see :mod:`app.archivist.auth`).
"""

from __future__ import annotations

import uuid

from flask import Blueprint, Response, current_app, flash, jsonify, redirect, render_template, request, url_for

from app import urls
from app.archivist import ocr_jobs, upload_process
from app.archivist.auth import archivist_required, current_archivist
from app.archivist.ocr_view import page_view, typed_pages
from app.archivist.record_form import form_of, wanted_from
from app.archivist.staging import Staging
from app.archivist.task_form import task_form_of, wanted_tasks
from app.documents import find_record
from app.errors import PageError, bad_request, not_found
from app.i18n import lang, t
from indexer import (
    MAX_OCR_PAGES,
    ArchiveError,
    BadCorrection,
    DuplicateDocument,
    NoSuchPage,
    Summary,
    accepted_extensions,
    audit_entries,
    cached_ocr_page,
    check_address,
    check_file_name,
    check_upload,
    clean_page_texts,
    correct_document,
    corrections_between,
    duplicates,
    human_size,
    number_key,
    ocr_cache_dir,
    ocr_session,
    page_image,
    parse_bytes,
    read_upload,
    remove_document,
    task_corrections,
)

bp = Blueprint("archivist", __name__, url_prefix="/archivist")


def _archive():
    return current_app.extensions["archive"]


def _staging() -> Staging:
    return Staging(_archive().corpus_dir)


def duplicate_view(found: list[DuplicateDocument]) -> list[dict]:
    """Duplicates as a page and the JSON twins show them: the reason and links to what is archived."""
    out = []
    for dup in found:
        archived = _archive().index.snapshot().by_id
        summaries = [archived.get(d) or Summary(d) for d in dup.doc_ids]
        out.append(
            {
                "reason": dup.reason,
                "message": _message(dup),
                "documents": [
                    {"doc_id": s.doc_id, "url": urls.doc_url(s.doc_id), "title": s.title, "number": s.number}
                    for s in summaries
                ],
            }
        )
    return out


def _message(exc: ArchiveError) -> str:
    return exc.message_en if lang() == "en" else exc.message_vi


def _home(status: int = 200, errors: list | None = None):
    view = {
        "pending": _staging().pending(),
        "recent": audit_entries(_archive().corpus_dir, 8),
        "errors": errors or [],
        "present": set(_archive().index.doc_ids()),
        "formats": accepted_extensions(),
        "max_size": human_size(current_app.config["MAX_FILE_SIZE"]),
        "max_pages": MAX_OCR_PAGES,
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
    try:
        address = check_address(request.form.get("address"))
    except ArchiveError as exc:
        return _home(exc.status, [{"file": request.form.get("address", ""), "message": _message(exc)}])
    limit = current_app.config["MAX_FILE_SIZE"]
    checked, errors = [], []
    for storage in files:
        data = storage.read(limit + 1)  # one byte more than allowed is enough to refuse it
        try:
            name = check_file_name(storage.filename)
            scanned = check_upload(data, name, max_bytes=limit)
            if not scanned:  # typed: read now; a scan is read by OCR once staged, its progress shown
                read_upload(data, name, max_bytes=limit)
            checked.append((name, data, scanned))
        except ArchiveError as exc:
            errors.append({"file": storage.filename, "message": _message(exc), "status": exc.status})
    if errors:
        return _home(errors[0]["status"], errors)
    batch = uuid.uuid4().hex
    staged = []
    for name, data, scanned in checked:
        staged.append(_staging().add(data, name, by=current_archivist(), batch=batch, address=address))
        _start_ocr(staged[-1], scanned)
    return redirect(url_for(".review", token=staged[0].token))


def _start_ocr(staged, pages: int) -> dict:
    """Read a staged scan by OCR in the helper (a typed file is marked as having nothing to read)."""
    return ocr_jobs.ensure_started(
        staged.folder,
        staged.filename,
        ocr_cache_dir(_archive().corpus_dir),
        pages,
        in_process=current_app.config["UPLOAD_PROCESS"],
    )


def _ocr_state(staged) -> dict:
    """The state of the staged file's reading by OCR, started again if it stalled."""
    found = ocr_jobs.state(staged.folder)
    if found is None or ocr_jobs.stalled(found):  # staged before OCR, or the helper died
        found = _start_ocr(staged, check_upload(staged.data(), staged.filename, max_bytes=staged.size + 1))
    if found["state"] == "failed":
        _staging().discard(staged.token)  # nothing of a file that cannot be read stays
    return found


def _read_staged(staged):
    """The records of a staged file, and its pages read by OCR, from the OCR cache."""
    cache = ocr_cache_dir(_archive().corpus_dir)
    with ocr_session(cache):
        records = parse_bytes(staged.data(), staged.filename, address=staged.address)
    numbers = [p["number"] for p in records[0].source.ocr] if records and records[0].source else []
    pages = [cached_ocr_page(cache, staged.sha256, n) for n in numbers]
    return records, [p for p in pages if p is not None]


def _get_staged(token: str):
    staged = _staging().get(token)
    if staged is None:
        raise not_found(
            "Không có tệp chờ xác nhận này (có thể đã được xác nhận hoặc huỷ).",
            "No such pending upload (it may have been confirmed or discarded).",
        )
    return staged


def _review(staged, *, typed=None, error: str | None = None, status: int = 200):
    reading = _ocr_state(staged)
    if reading["state"] == "running":
        return render_template("archivist/reading.html", staged=staged, reading=reading), 202
    if reading["state"] == "failed":
        failed = reading["error"]
        message = failed["en"] if lang() == "en" else failed["vi"]
        return _home(failed["status"], [{"file": staged.filename, "message": message, "status": failed["status"]}])
    records, scanned = _read_staged(staged)
    typed_texts = typed_pages(typed, scanned) if typed is not None else {}
    found = duplicates(_archive().index_dir, staged.sha256, records)
    batch = [s for s in _staging().pending() if s.batch == staged.batch and s.token != staged.token]
    view = {
        "staged": staged,
        "pages": [
            page_view(p, url_for(".staged_page", token=staged.token, number=p.number), typed_texts.get(p.number))
            for p in scanned
        ],
        "forms": [form_of(r, typed) for r in records],
        "duplicates": duplicate_view(found),
        "error": error,
        "others": batch,
        "keep_both": bool(typed and typed.get("keep_both")),
    }
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
    reading = _ocr_state(staged)
    if reading["state"] == "running":
        return jsonify({"token": staged.token, "file": staged.filename, "ocr": reading}), 202
    if reading["state"] == "failed":
        failed = reading["error"]
        raise PageError(failed["status"], failed["vi"], failed["en"])
    records, scanned = _read_staged(staged)
    found = duplicates(_archive().index_dir, staged.sha256, records)
    return jsonify(
        {
            "token": staged.token,
            "ocr": reading,
            "pages": [p.to_dict() for p in scanned],
            "file": staged.filename,
            "sha256": staged.sha256,
            "size": staged.size,
            "by": staged.by,
            "at": staged.at,
            "records": [r.to_dict() for r in records],
            "duplicates": duplicate_view(found),
        }
    )


@bp.route("/uploads/<token>/confirm", methods=["POST"])
@archivist_required
def confirm(token):
    """Archive a pending upload with the archivist's corrections, then index it."""
    staged = _get_staged(token)
    reading = _ocr_state(staged)
    if reading["state"] != "done":
        return redirect(url_for(".review", token=token))
    data = staged.data()
    records, scanned = _read_staged(staged)
    try:
        corrections = {
            str(r.source.part): corrections_between(r, wanted_from(request.form, r.source.part)) for r in records
        }
        page_texts = clean_page_texts(typed_pages(request.form, scanned), {p.number: p.text for p in scanned})
        _, archived = upload_process.archive_bytes(
            _archive().corpus_dir,
            _archive().index_dir,
            data,
            staged.filename,
            corrections=corrections,
            page_texts=page_texts,
            allow_duplicates=bool(request.form.get("keep_both")),
            actor=current_archivist(),
            via="web",
            address=staged.address,
        )
    except DuplicateDocument as exc:
        return _review(
            staged, typed=request.form, error=f"{_message(exc)} {t('arch_duplicate_refused')}", status=exc.status
        )
    except BadCorrection as exc:
        return _review(staged, typed=request.form, error=_message(exc), status=exc.status)
    _staging().discard(token)
    flash(
        t(
            "arch_archived",
            title=" ".join(filter(None, [archived[0].doc_type, archived[0].number])) or archived[0].doc_id,
        )
    )
    following = [s for s in _staging().pending() if s.batch == staged.batch]
    if following:
        flash(t("arch_next_pending", name=following[0].filename))
        return redirect(url_for(".review", token=following[0].token))
    return redirect(url_for(".manage", doc_id=archived[0].doc_id))


@bp.route("/uploads/<token>/pages/<int:number>.png")
@archivist_required
def staged_page(token, number):
    """Return a page of a staged scan as an image, the words OCR was unsure of outlined."""
    staged = _get_staged(token)
    page = cached_ocr_page(ocr_cache_dir(_archive().corpus_dir), staged.sha256, number)
    boxes = [{"box": u["box"], "size": page.size} for u in page.unsure] if page else []
    try:
        image = page_image(staged.data(), staged.filename, number, boxes)
    except NoSuchPage as exc:
        raise not_found(exc.message_vi, exc.message_en) from None
    return Response(image, mimetype="image/png", headers={"Cache-Control": "private, max-age=3600"})


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
    if q and find_record(q) is not None:
        return redirect(url_for(".manage", doc_id=q))
    owners = _archive().index.snapshot().bearing(number_key(q)) if q else []
    if len(owners) == 1:
        return redirect(url_for(".manage", doc_id=owners[0].doc_id))
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
    """Show a document's fields and tasks for correction, and the way to withdraw it."""
    record = _get_record(doc_id)
    return render_template("archivist/manage.html", form=form_of(record), doc=record, tasks=_task_form(record))


def _task_form(record, typed=None) -> dict:
    """The tasks of a record on its correction page, with those dropped before."""
    kept = task_corrections(_archive().corpus_dir, _archive().index_dir, record.doc_id)
    return task_form_of(record, kept, typed)


@bp.route("/doc/<doc_id>", methods=["POST"])
@archivist_required
def save(doc_id):
    """Keep the corrections of a document and index it again."""
    record = _get_record(doc_id)
    try:
        wanted = wanted_from(request.form, record.source.part)
        wanted.update(wanted_tasks(request.form, record.source.part, record.year))
        correct_document(
            _archive().corpus_dir, _archive().index_dir, doc_id, wanted, actor=current_archivist(), via="web"
        )
    except BadCorrection as exc:
        return render_template(
            "archivist/manage.html",
            form=form_of(record, request.form),
            doc=record,
            tasks=_task_form(record, request.form),
            error=_message(exc),
        ), exc.status
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
    remove_document(
        _archive().corpus_dir, _archive().index_dir, doc_id, actor=current_archivist(), via="web", reason=reason
    )
    flash(t("arch_withdrawn", doc_id=doc_id))
    return redirect(url_for(".home"))


@bp.route("/audit")
@archivist_required
def audit_log():
    """Show who uploaded, corrected or withdrew what, and when, newest first."""
    entries = audit_entries(_archive().corpus_dir)
    present = set(_archive().index.doc_ids())
    return render_template("archivist/audit.html", entries=entries, present=present)


@bp.route("/audit.json")
@archivist_required
def audit_json():
    """Return the audit log, newest first, as JSON."""
    return jsonify({"entries": audit_entries(_archive().corpus_dir)})
