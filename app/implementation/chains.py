"""Chain pages: who implements a directive (``/doc/<id>/chain``) and what the archive lacks (``/missing``)."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template

from app import urls
from app.documents import get_document
from app.feeds import atom
from app.i18n import lang, t
from indexer import chain_sentence, chain_stats, implementation_tree, implementers, missing_documents, respell, upward

bp = Blueprint("chains", __name__)


def _archive():
    return current_app.extensions["archive"].index


def chain_data(doc_id: str) -> dict:
    """The implementation tree below a document, its counts, and what the document itself implements."""
    record = get_document(doc_id)
    snapshot = _archive().snapshot()
    summaries, relations = snapshot.by_id, snapshot.relations
    tree = implementation_tree(relations, summaries, record.doc_id)
    stats = chain_stats(tree)
    label = record.number or record.doc_type or record.doc_id
    return {
        "doc_id": record.doc_id,
        "number": record.number,
        "tree": tree,
        "stats": stats,
        "summary": chain_sentence(stats, label, lang()),
        "implements": upward(relations, summaries, record.doc_id),
    }


@bp.route("/doc/<doc_id>/chain.json")
def chain_json(doc_id):
    """Return the implementation chain of a document as JSON."""
    return jsonify(chain_data(doc_id))


@bp.route("/doc/<doc_id>/chain.atom")
def chain_atom(doc_id):
    """Return the documents citing or implementing a document (at any level below it) as an Atom feed, the
    newest arrivals first: a commune's plan for 57-KL/TW shows up in the feed of 57-KL/TW."""
    record = get_document(doc_id)
    snapshot = _archive().snapshot()
    relations, summaries = snapshot.relations, snapshot.by_id
    below = implementers(implementation_tree(relations, summaries, record.doc_id))  # the chain page's, every level
    found = dict.fromkeys([*relations.cited_by.get(record.doc_id, []), *(node["doc_id"] for node in below)])
    found.pop(record.doc_id, None)
    docs = [_feed_doc(summaries[d]) for d in found if d in summaries]
    title = t("feed_chain", label=record.number or record.doc_type or record.doc_id)
    return atom.feed_response(title, f"doc/{record.doc_id}/chain", urls.doc_url(record.doc_id), docs)


def _feed_doc(summary) -> dict:
    """What a feed entry shows of a document, in the source's spelling."""
    spelled = summary.spellings
    return {
        "doc_id": summary.doc_id,
        "number": summary.number,
        "doc_type": summary.doc_type,
        "title": respell(summary.title, spelled),
        "issuer": respell(summary.issuer, spelled),
        "date": summary.date,
        "year": summary.year,
    }


@bp.route("/doc/<doc_id>/chain")
def chain(doc_id):
    """Show the documents implementing a directive, level by level, with counts."""
    return render_template("chain.html", doc=get_document(doc_id), **chain_data(doc_id))


def missing_data() -> dict:
    snapshot = _archive().snapshot()
    rows = missing_documents(snapshot.relations, snapshot.by_id)
    return {"total": len(rows), "missing": rows}


@bp.route("/missing.json")
def missing_json():
    """Return the directives cited in the archive but absent from it, as JSON."""
    return jsonify(missing_data())


@bp.route("/missing")
def missing():
    """List the directives cited in the archive but absent from it: what to collect next."""
    return render_template("missing.html", **missing_data())
