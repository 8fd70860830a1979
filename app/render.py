"""Turning records into what a page shows: escaped, highlighted paragraphs, citations, sanitised Markdown."""

from __future__ import annotations

import html

import markdown as markdown_lib
import nh3
from markupsafe import Markup

from app.i18n import t
from indexer import Document, DocumentText, Highlighter, Lru, ParsedQuery, mark

# The paragraphs of the documents read last, rendered without highlights (a law's 3,000 rows: 150 ms in a template).
DOCUMENT_CACHE_SIZE = 64  # a whole law's rows and searchable text are 3-4 MB; most documents' far less
_rendered = Lru(DOCUMENT_CACHE_SIZE)


def document_text_html(doc: Document, query: ParsedQuery | None, link_label: str, copy_label: str) -> Markup:
    """Every paragraph of ``doc``: its anchor, zone, kind and level as classes, the text escaped (the
    query's words marked), a link to it titled with its citation, and a button to copy the citation."""
    rows, text = _paragraph_rows(doc, link_label, copy_label)
    if query is None or query.empty:
        return Markup("".join(head + plain + tail for head, plain, tail, _ in rows))
    out = []
    for (head, plain, tail, paragraph), spans in zip(rows, Highlighter(query).document_spans(text), strict=True):
        out.append(head)
        out.append(mark(paragraph, spans) if spans else plain)
        out.append(tail)
    return Markup("".join(out))


def _paragraph_rows(
    doc: Document, link_label: str, copy_label: str
) -> tuple[list[tuple[str, str, str, str]], DocumentText]:
    # Everything a row shows comes from the key: the source's bytes give the paragraphs, the
    # document's citation (type, number, date, issuer, title) the titles; the labels the language.
    key = (
        doc.doc_id,
        doc.source.sha256 if doc.source else None,
        doc.source.part if doc.source else None,
        len(doc.paragraphs),
        citation(doc),
        link_label,
        copy_label,
    )
    cached = _rendered.get(key)
    if cached is None:
        cached = _paragraph_rows_of(doc, link_label, copy_label), DocumentText([p["text"] for p in doc.paragraphs])
        if doc.source is not None:
            _rendered.put(key, cached)
    return cached


def _paragraph_rows_of(doc: Document, link_label: str, copy_label: str) -> list[tuple[str, str, str, str]]:
    # A code of law has 3,000 rows: what repeats from row to row (a zone, kind and level's classes,
    # a section's citation) is escaped once.
    shapes: dict = {}
    tools: dict = {}
    link, copy = _attribute(link_label), _attribute(copy_label)
    rows = []
    for p in doc.paragraphs:
        shape = (p.get("kind"), p.get("zone"), p.get("level"))
        opening = shapes.get(shape)
        if opening is None:
            kind, zone, level = shape
            tag = "h2" if kind == "heading" and zone == "body" else "p"
            opening = shapes[shape] = (
                f'class="para zone-{_attribute(zone)} kind-{_attribute(kind)} level-{_attribute(level)}">'
                f'<{tag} class="para-text">',
                f'</{tag}><span class="para-tools"><a class="para-link" href="#',
            )
        section = p.get("section") or None
        closing = tools.get(section)
        if closing is None:
            cited = _attribute(citation(doc, section))
            closing = tools[section] = (
                f' title="{cited}">¶</a><button type="button" class="copy-citation" '
                f'data-citation="{cited}" hidden>{copy}</button></span></div>\n'
            )
        anchor = _attribute(p["anchor"])
        label = _attribute(section) if section else anchor
        rows.append(
            (
                f'<div id="{anchor}" {opening[0]}',
                html.escape(p["text"], quote=False),
                f'{opening[1]}{anchor}" aria-label="{link} {label}"{closing}',
                p["text"],
            )
        )
    return rows


def _attribute(value) -> str:
    return html.escape(str(value))


def display_date(iso: str | None) -> str | None:
    if not iso:
        return None
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def display_partial_date(partial: str | None) -> str | None:
    """What the header gives of a date whose day is blank: ``tháng 11/2025 (văn bản để trống ngày)``."""
    if not partial:
        return None
    if len(partial) == 7:
        return t("partial_month", m=partial[5:7], y=partial[:4])
    return t("partial_year", y=partial[:4])


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
