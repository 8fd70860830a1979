"""Document pages: ``/doc/<doc_id>`` and its JSON twin, the original, and the number resolver ``/so/<number>``."""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata

from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request

from app import urls
from app.errors import PageError, error_body, not_found
from app.i18n import lang, t
from app.render import (
    citation,
    display_date,
    display_partial_date,
    document_label,
    document_text_html,
    located,
    markdown_html,
)
from indexer import (
    ROLES,
    ArchiveError,
    NoSuchPage,
    canonical_agency,
    chain_sentence,
    chain_stats,
    decode_text,
    durable_write,
    fold,
    headline,
    implementation_tree,
    looks_like_markdown,
    missing_documents,
    number_key,
    numbered,
    ocr_cache_dir,
    parse_loose,
    parse_query,
    related_documents,
    respell,
    upward,
)
from indexer import page_image as draw_page

bp = Blueprint("documents", __name__)


def _archive():
    return current_app.extensions["archive"].index


# What indexer.document.extract.make_doc_id makes.  Anything else names no document and must not reach the
# file system: a NUL or a 300-character id made open() raise, a 500 (found by tests/test_fuzz_web.py).
DOC_ID = re.compile(r"[a-z0-9-]{1,200}")


def find_record(doc_id: str):
    """The record of ``doc_id``, or ``None`` (also when ``doc_id`` cannot be an id)."""
    return _archive().record(doc_id) if DOC_ID.fullmatch(doc_id) else None


def get_document(doc_id: str):
    """The record of ``doc_id``.

    :raise 404: no such document (a page with a search box says so).
    """
    record = find_record(doc_id)
    if record is None:
        raise not_found(
            f"Không có văn bản «{doc_id}» trong kho.",
            f"There is no document '{doc_id}' in the archive.",
            search_query=doc_id.replace("-", " "),
        )
    return record


def document_links(record) -> dict:
    """What cites the record, what implements it, and where its own references lead."""
    relations = _archive().snapshot().relations
    return {
        "url": urls.passage_url(record.doc_id, "").rstrip("#"),
        "cited_by": relations.cited_by.get(record.doc_id, []),
        "implemented_by": relations.implemented_by.get(record.doc_id, []),
        "references_resolved": relations.resolved.get(record.doc_id, []),
        "related": related_view(record),
    }


def related_view(record) -> list[dict]:
    """The documents most like this one by subject, each with the words they share as this one writes them."""
    summaries = _archive().snapshot().by_id
    return [
        {
            "doc_id": item.doc_id,
            "url": urls.doc_url(item.doc_id),
            "label": document_label(summaries[item.doc_id]) if item.doc_id in summaries else item.doc_id,
            "score": item.score,
            "shared": [respell(term, record.spellings) for term in item.shared],
        }
        for item in related_documents(_archive(), record)
    ]


def document_data(record) -> dict:
    """The record plus its relations: what the JSON twin returns."""
    return {**record.to_dict(), **document_links(record)}


@bp.route("/doc/<doc_id>.json")
def document_json(doc_id):
    """Return a document's record, with what it cites and what cites it, as JSON."""
    return jsonify(document_data(get_document(doc_id)))


@bp.route("/doc/<doc_id>")
def document(doc_id):
    """Show a document laid out with its headings, anchors, metadata, agencies and citations."""
    record = get_document(doc_id)
    data = document_links(record)  # the page reads the record itself: no copy of its paragraphs
    query_text = request.args.get("q", "")[:1000]
    query = parse_query(query_text) if query_text else None
    snapshot = _archive().snapshot()
    summaries = snapshot.by_id

    document_text = document_text_html(record, query, t("paragraph_link"), t("copy_citation"))
    roles = _roles_view(record, query_text)
    references = []
    for entry in data["references_resolved"]:
        target = entry["doc_id"]
        references.append(
            {
                "number": entry["number"],
                "doc_id": target,
                "basis": entry["number"] in record.basis,
                "url": urls.doc_url(target) if target else None,
                "summary": summaries.get(target) if target else None,
            }
        )
    relations = snapshot.relations
    tree = implementation_tree(relations, summaries, record.doc_id)
    stats = chain_stats(tree)
    chain = {
        "children": tree["children"],
        "stats": stats,
        "summary": chain_sentence(stats, record.number or record.doc_type or record.doc_id, lang()),
        "implements": upward(relations, summaries, record.doc_id),
        "url": urls.chain_url(record.doc_id),
    }
    view = {
        "doc": record,
        "document_text": document_text,
        "roles": roles,
        "references": references,
        "chain": chain,
        # Those implementing it are in the chain: "cited by" lists the others, once.
        "cited_by": [summaries[d] for d in data["cited_by"] if d in summaries and d not in set(data["implemented_by"])],
        "related": data["related"],
        "toc": table_of_contents(record),
        "issuer_url": urls.search_url({"issuer": [record.issuer]}) if record.issuer else None,
        "date": display_date(record.date) or display_partial_date(record.date_partial),
        "query": query_text,
        "doc_citation": citation(record),
        "headline": respell(headline(record.doc_type, record.number, record.title), record.spellings),
        "written": lambda text: respell(text, record.spellings),
        # A word found with the page's own box (``find``) was searched in this document, not in the archive.
        "back_url": urls.search_url({"q": query_text}) if query_text and not request.args.get("find") else None,
        "source_url": urls.source_url(record.doc_id) if record.source else None,
        "ocr": ocr_summary(record),
        "legacy_font": record.source.encoding if record.source and record.source.encoding in ("tcvn3", "vni") else None,
        "doc_url": urls.doc_url,
    }
    return render_template("document.html", **view)


def ocr_summary(record) -> dict | None:
    """How much of a document's text OCR read, and how sure it was; None for a typed document."""
    pages = record.source.ocr if record.source else []
    if not pages:
        return None
    words = sum(p["words"] for p in pages) or 1
    confidence = sum(p["confidence"] * p["words"] for p in pages) / words
    return {"pages": len(pages), "confidence": round(confidence * 100)}


def _original(record) -> bytes:
    corpus = current_app.extensions["archive"].corpus_dir
    path = os.path.realpath(os.path.join(corpus, record.source.path)) if record.source else ""
    if not path.startswith(os.path.realpath(corpus) + os.sep) or not os.path.isfile(path):
        raise not_found("Không còn tệp gốc của văn bản này.", "The original file of this document is gone.")
    with open(path, "rb") as fh:
        return fh.read()


def _page_png(record, number: int) -> bytes:
    """The page drawn once and kept beside the OCR results of the file (the same bytes, the same page)."""
    sha = record.source.sha256
    kept = os.path.join(ocr_cache_dir(current_app.extensions["archive"].corpus_dir), sha[:2], f"{sha}-{number}.png")
    try:
        with open(kept, "rb") as fh:
            return fh.read()
    except OSError:
        pass
    image = draw_page(_original(record), record.source.path, number)
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        durable_write(kept, image)
    return image


@bp.route("/doc/<doc_id>/pages/<int:number>.png")
def page_image(doc_id, number):
    """Return a page of a scanned document's original as an image."""
    record = get_document(doc_id)
    if number not in {p["number"] for p in record.source.ocr if record.source}:
        raise not_found(
            f"Văn bản này không có ảnh quét trang {number}.", f"This document has no scanned page {number}."
        )
    try:
        image = _page_png(record, number)
    except NoSuchPage as exc:
        raise not_found(exc.message_vi, exc.message_en) from None
    return Response(image, mimetype="image/png", headers={"Cache-Control": "public, max-age=86400"})


def _roles_view(record, query_text: str) -> dict:
    """The agencies of each role: each links to where the document names it, and to the archive's
    documents that give it the same role."""
    roles = {role: [] for role in ROLES}
    listed = set()
    where = {"province": record.province, "level": record.level, "issuer": record.issuer}
    for r in record.roles:
        body = (r.role, canonical_agency(r.agency, **where) or r.agency)
        if body in listed:
            continue  # a body named for several items of a plan: once here, each item on the tasks page
        listed.add(body)
        roles[r.role].append(
            {
                "agency": r.agency,
                "anchor": r.anchor,
                "url": urls.doc_url(record.doc_id, r.anchor, q=query_text or None),
                "search_url": urls.role_agency_url({}, r.role, r.agency),
            }
        )
    return roles


TOC_MIN_HEADINGS = 4  # fewer headings than this: the document is read whole, a table of contents is noise


def table_of_contents(record) -> list[dict]:
    """The headings of a long document's body, each with its anchor and level (its own numbering kept)."""
    headings = [
        {"anchor": p["anchor"], "text": respell(p["text"], record.spellings), "level": p.get("level") or 1}
        for p in record.paragraphs
        if p.get("kind") == "heading" and p.get("zone") == "body"
    ]
    return headings if len(headings) >= TOC_MIN_HEADINGS else []


@bp.route("/doc/<doc_id>/source")
def source(doc_id):
    """Show the original file: Markdown rendered and sanitised, plain text as it was written, a scan's pages."""
    record = get_document(doc_id)
    raw = _original(record)
    if record.source.ocr:
        pages = [{"number": p["number"], "url": urls.page_image_url(doc_id, p["number"])} for p in record.source.ocr]
        return render_template("source.html", doc=record, text=None, rendered=None, pages=pages)
    try:
        text, _ = decode_text(raw)
    except ArchiveError:
        text = None
    rendered, parts = None, None
    if text is not None and record.source.parts > 1:
        # One of several documents: the file's text as it is, this document's part marked.
        text = unicodedata.normalize("NFC", text)
        span = located(text, record.paragraphs)
        if span:
            parts = {"before": text[: span[0]], "this": text[span[0] : span[1]], "after": text[span[1] :]}
    elif text is not None and (record.source.format in ("md", "markdown") or looks_like_markdown(text)):
        rendered = markdown_html(text)
    return render_template("source.html", doc=record, text=text, rendered=rendered, parts=parts)


@bp.route("/so/<path:number>")
def resolve_number(number):
    """Go to the document a directive number names, in any spelling (``57 kl tw``, ``KL57``); for a number the
    archive lacks, say which archived documents cite it (still a 404: the document is missing)."""
    snapshot = _archive().snapshot()
    owners = numbered(snapshot, number)
    if len(owners) == 1:
        return redirect(urls.doc_url(owners[0].doc_id), code=302)
    if len(owners) > 1:
        return render_template("choose_number.html", number=number, owners=owners)
    raise PageError(
        404,
        f"Kho chưa có văn bản số {number}.",
        f"The archive holds no document numbered {number}.",
        **_absent_number(number, snapshot),
    )


@bp.route("/so/<path:number>.json")
def resolve_number_json(number):
    """Return where a number leads: a redirect to its document's JSON, the documents sharing it, or, for a number
    the archive lacks, a 404 saying which archived documents cite it and what they say it is."""
    snapshot = _archive().snapshot()
    owners = numbered(snapshot, number)
    if len(owners) == 1:
        return redirect(urls.doc_url(owners[0].doc_id, fmt="json"), code=302)
    if owners:
        return jsonify({"number": number, "documents": [_brief(s) for s in owners]})
    message = t("error_404_number", number=number)
    response = jsonify({**error_body(404, message), **_absent_number(number, snapshot)})
    response.status_code = 404
    return response


def _absent_number(number: str, snapshot) -> dict:
    """What the archive knows of a number it lacks: how its citations describe it (one row per province for a
    local number), the archived documents citing it, and the archived numbers it resembles."""
    keys = {key for wanted in parse_query(number).numbers for key in snapshot.number_keys(wanted)}
    canonical = parse_loose(number)
    if canonical:
        keys.add(number_key(canonical))
    rows = [row for row in missing_documents(snapshot.relations, snapshot.by_id) if number_key(row["number"]) in keys]
    citers = {c["doc_id"]: dict(c, url=urls.doc_url(c["doc_id"])) for row in rows for c in row["citers"]}
    return {
        "search_query": number,
        "cited_as": [
            {k: row[k] for k in ("number", "doc_type", "issuer", "date", "level", "province")}
            | {
                "url": urls.missing_url(anchor=row["anchor"]),
                "citing_url": urls.cites_url(row["number"], row["province"]),
            }
            for row in rows
        ],
        "cited_by": list(citers.values()),
        "similar": _similar_numbers(number, snapshot),
    }


def _brief(summary) -> dict:
    return {
        "doc_id": summary.doc_id,
        "number": summary.number,
        "doc_type": summary.doc_type,
        "issuer": summary.issuer,
        "province": summary.province,
        "date": summary.date,
        "title": summary.title,
        "url": urls.doc_url(summary.doc_id),
    }


def _similar_numbers(number: str, snapshot) -> list[dict]:
    """Archived numbers sharing the typed number's digits or code, best first."""
    digits = "".join(ch for ch in number if ch.isdigit())
    letters = fold("".join(ch for ch in number if ch.isalpha())).upper()
    scored = []
    for summary in snapshot.summaries:
        own = summary.number
        if not own:
            continue
        own_digits = "".join(ch for ch in own if ch.isdigit())
        own_letters = fold("".join(ch for ch in own if ch.isalpha())).upper()
        score = bool(digits and own_digits.startswith(digits[:2])) + 2 * bool(letters and letters in own_letters)
        if score:
            scored.append((-score, own, summary))
    return [
        {"number": own, "url": urls.doc_url(s.doc_id), "title": s.title}
        for _, own, s in sorted(scored, key=lambda row: row[:2])[:8]
    ]
