"""Turning records into what a page shows: escaped, highlighted paragraphs, citations, sanitised Markdown."""
from __future__ import annotations

import html

import markdown as markdown_lib
import nh3
from markupsafe import Markup

from indexer.highlight import highlight
from indexer.query import ParsedQuery
from indexer.record import Document


def paragraph_html(text: str, query: ParsedQuery | None) -> Markup:
    """The paragraph escaped, with the query's words in ``<mark>`` when arriving from a search."""
    if query is not None and not query.empty:
        return Markup(highlight(text, query))
    return Markup(html.escape(text, quote=False))


def display_date(iso: str | None) -> str | None:
    if not iso:
        return None
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def citation(doc: Document, section: str | None = None) -> str:
    """How a researcher cites the document (and a section of it), in the document's language.

    ``Kế hoạch 06-KH/BCĐ ngày 27/02/2019 của Ban Chỉ đạo …, mục III.1``
    """
    parts = [doc.doc_type or "Văn bản"]
    if doc.number:
        parts.append(doc.number)
    if doc.date:
        parts.append(f"ngày {display_date(doc.date)}")
    if doc.issuer:
        parts.append(f"của {doc.issuer}")
    text = " ".join(parts)
    if not doc.number and doc.title:
        text += f" ({doc.title})"
    if section:
        label = section if section.startswith(("Điều", "Phụ lục", "Phần", "Chương")) else f"mục {section}"
        text += f", {label}"
    return text


def markdown_html(source: str) -> Markup:
    """A Markdown original rendered to HTML, then sanitised: no script, no event handler, no style."""
    rendered = markdown_lib.markdown(source, extensions=["tables", "sane_lists"])
    return Markup(nh3.clean(rendered, link_rel="noopener noreferrer nofollow"))
