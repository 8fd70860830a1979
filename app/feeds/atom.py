"""Atom feeds (RFC 4287) of documents, written with :mod:`xml.etree` (it escapes every text and attribute).

Each entry is a document: its id a ``tag:`` URI made from its doc_id (the same in every feed and on every
request, so a reader never shows it twice), its ``updated`` the time it entered the archive
(:func:`indexer.entered_archive`), its title the document's headline, its summary its number, type, issuer
and signing date, its link the document's page.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

from flask import Response, current_app, request

from app import urls
from app.i18n import t
from indexer import entered_archive, headline

ATOM = "http://www.w3.org/2005/Atom"
MIMETYPE = "application/atom+xml"
ENTRIES = 50  # what a feed reader shows; older arrivals are in the search itself
TAG_DATE = "2026"  # the tag URIs' date (RFC 4151): when this archive began minting them; never changes
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# XML 1.0 has no place for these characters, escaped or not: a text holding one would make the feed unreadable.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def tag_uri(specific: str) -> str:
    """A ``tag:`` URI of this archive: ``tag:example.org,2026:doc/57-kl-tw-2023``."""
    authority = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
    return f"tag:{authority or 'localhost'},{TAG_DATE}:{quote(specific, safe='/-._~')}"


def newest_arrivals(docs: list[dict]) -> tuple[list[dict], dict[str, dt.datetime]]:
    """The :data:`ENTRIES` documents of ``docs`` that entered the archive last (then by signing date), and
    when each did."""
    entered = entered_archive(current_app.config["CORPUS_DIR"], current_app.config["INDEX_DIR"])
    order = sorted(
        docs, key=lambda d: (entered.get(d["doc_id"], EPOCH), d.get("date") or "", d["doc_id"]), reverse=True
    )
    return order[:ENTRIES], entered


def feed_response(title: str, feed_id: str, html_url: str, docs: list[dict]) -> Response:
    """The Atom feed of ``docs`` (dicts with doc_id, number, doc_type, title, issuer, date), newest arrival
    first; ``html_url``: the page it follows."""
    chosen, entered = newest_arrivals(docs)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", tag_uri(feed_id))
    _text(feed, "title", title)
    _text(feed, "updated", _stamp(max((entered.get(d["doc_id"], EPOCH) for d in chosen), default=EPOCH)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type=MIMETYPE, href=request.url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=_absolute(html_url))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", t("site_name"))
    for doc in chosen:
        _entry(feed, doc, entered.get(doc["doc_id"], EPOCH))
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response('<?xml version="1.0" encoding="utf-8"?>\n' + body, content_type=f"{MIMETYPE}; charset=utf-8")


def _entry(feed: ET.Element, doc: dict, entered: dt.datetime) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", tag_uri(f"doc/{doc['doc_id']}"))
    shown = headline(doc.get("doc_type"), doc.get("number"), doc.get("title")) or doc["doc_id"]
    _text(entry, "title", f"{doc['number']}: {shown}" if doc.get("number") else shown)
    _text(entry, "updated", _stamp(entered))
    _text(entry, "published", _stamp(entered))
    ET.SubElement(
        entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=_absolute(urls.doc_url(doc["doc_id"]))
    )
    if doc.get("issuer"):
        _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", doc["issuer"])
    if doc.get("doc_type"):
        ET.SubElement(entry, f"{{{ATOM}}}category", term=_clean(doc["doc_type"]))
    lines = [
        (t("field_number"), doc.get("number")),
        (t("field_doc_type"), doc.get("doc_type")),
        (t("field_issuer"), doc.get("issuer")),
        (t("field_date"), doc.get("date") or (str(doc["year"]) if doc.get("year") else None)),
        (t("column_title"), doc.get("title")),
    ]
    summary = _text(entry, "summary", "\n".join(f"{name}: {value}" for name, value in lines if value))
    summary.set("type", "text")


def _text(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return NOT_XML.sub("", str(text))


def _stamp(when: dt.datetime) -> str:
    """An RFC 3339 time, in UTC."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _absolute(path: str) -> str:
    return request.host_url.rstrip("/") + path
