"""Turning records into what a page shows: escaped, highlighted paragraphs, citations, sanitised Markdown."""
from __future__ import annotations


import markdown as markdown_lib
import nh3
from markupsafe import Markup, escape

from indexer.highlight import Highlighter, mark
from indexer.lru import Lru
from indexer.query import ParsedQuery
from indexer.record import Document


# The paragraphs of the documents read last, rendered without highlights: a whole code of law has
# 3,000 paragraphs, and a page of them costs 150 ms through a template loop, 15 ms from here.
DOCUMENT_CACHE_SIZE = 64  # a whole law's rows are 1-2 MB; most documents' far less
_rendered = Lru(DOCUMENT_CACHE_SIZE)


def document_text_html(doc: Document, query: ParsedQuery | None, link_label: str, copy_label: str) -> Markup:
    """Every paragraph of ``doc``: its anchor, zone, kind and level as classes, the text escaped (the
    query's words marked), a link to it titled with its citation, and a button to copy the citation."""
    rows = _paragraph_rows(doc, link_label, copy_label)
    highlighter = Highlighter(query) if query is not None and not query.empty else None
    out = []
    for head, plain, tail, text in rows:
        spans = highlighter.spans(text) if highlighter else None
        out.append(head)
        out.append(mark(text, spans) if spans else plain)
        out.append(tail)
    return Markup("".join(out))


def _paragraph_rows(doc: Document, link_label: str, copy_label: str) -> list[tuple[str, str, str, str]]:
    # Everything a row shows comes from the key: the source's bytes give the paragraphs, the
    # document's citation (type, number, date, issuer, title) the titles; the labels the language.
    key = (doc.doc_id, doc.source.sha256 if doc.source else None, doc.source.part if doc.source else None,
           len(doc.paragraphs), citation(doc), link_label, copy_label)
    rows = _rendered.get(key)
    if rows is None:
        escaped: dict = {}  # zones, kinds, levels, labels and a section's citation repeat from row to row

        def attr(value) -> str:
            text = escaped.get(value)
            if text is None:
                text = escaped[value] = str(escape(value))
            return text

        rows = [_paragraph_row(doc, p, link_label, copy_label, attr) for p in doc.paragraphs]
        if doc.source is not None:
            _rendered.put(key, rows)
    return rows


def _paragraph_row(doc: Document, p: dict, link_label: str, copy_label: str, attr) -> tuple[str, str, str, str]:
    anchor = attr(p["anchor"])
    cite = attr(citation(doc, p.get("section") or None))
    tag = "h2" if p.get("kind") == "heading" and p.get("zone") == "body" else "p"
    head = (f'<div id="{anchor}" class="para zone-{attr(p.get("zone"))} kind-{attr(p.get("kind"))} '
            f'level-{attr(p.get("level"))}"><{tag} class="para-text">')
    tail = (f'</{tag}><span class="para-tools"><a class="para-link" href="#{anchor}" '
            f'aria-label="{attr(link_label)} {attr(p.get("section") or p["anchor"])}" title="{cite}">¶</a>'
            f'<button type="button" class="copy-citation" data-citation="{cite}" hidden>{attr(copy_label)}'
            f'</button></span></div>\n')
    return head, str(escape(p["text"])), tail, p["text"]


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
