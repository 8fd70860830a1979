"""Turning records into what a page shows: escaped, highlighted paragraphs, citations, sanitised Markdown."""

from __future__ import annotations

import html
import re

import markdown as markdown_lib
import nh3
from markupsafe import Markup

from app.i18n import t
from indexer import Document, DocumentText, Highlighter, Lru, ParsedQuery, fold, mark, respell

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
        # Respelling moves tone marks only: the spans found in the matching convention fit the source's text.
        out.append(mark(respell(paragraph, doc.spellings), spans) if spans else plain)
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
        label = _attribute(place_label(p["anchor"], section))
        rows.append(
            (
                f'<div id="{anchor}" {opening[0]}',
                html.escape(respell(p["text"], doc.spellings), quote=False),
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
        parts.append(f"của {respell(doc.issuer, doc.spellings)}")
    text = " ".join(parts)
    if not doc.number and doc.title:
        text += f" ({respell(doc.title, doc.spellings)})"
    if section:
        text += f", {_section_name(section)}"
    return text


def _section_name(section: str) -> str:
    """A numbered section as a sentence names it, in the document's language: ``mục III.2``, ``Điều 5``."""
    return section if section.startswith(("Điều", "Phụ lục", "Phần", "Chương")) else f"mục {section}"


def place_label(anchor: str, section: str | None = None) -> str:
    """Where a paragraph sits, as a person reads it: ``mục III.2``, ``Nơi nhận``, ``phần ký``, ``đoạn 3``.

    Anchors are for links (``noi-nhan-p2``, ``III-2-p3``, ``p13``); numbered sections keep the document's
    own numbering, in Vietnamese whatever the interface (the citation quotes the document)."""
    if section:
        return _section_name(section)
    base = re.sub(r"_\d+$", "", anchor)
    if base.startswith("noi-nhan"):
        return t("place_recipients")
    if base == "ky" or base.startswith("ky-"):
        return t("place_signature")
    m = re.fullmatch(r"p(\d+)", base)
    return t("place_paragraph", n=m.group(1)) if m else anchor


def markdown_html(source: str) -> Markup:
    """A Markdown original rendered to HTML, then sanitised: no script, no event handler, no style."""
    rendered = markdown_lib.markdown(source, extensions=["tables", "sane_lists"])
    return Markup(nh3.clean(rendered, link_rel="noopener noreferrer nofollow"))


def document_label(item) -> str:
    """How a link names a document, as its citation does: its type, its number (its date when it has none) and
    its issuer.  ``Kế hoạch 06-KH/BCĐ của Ban Chỉ đạo …``, ``Kế hoạch ngày 10/4/2024 của UBND huyện …``; a
    document the archive lacks as its citations name it.

    :param item: a record, a summary, or a dict of those fields (a chain's node, a missing document).
    """
    field = item.get if isinstance(item, dict) else lambda name: getattr(item, name, None)
    parts = [field("doc_type") or "Văn bản"]
    if field("number"):
        parts.append(field("number"))
    elif field("date"):
        parts.append(f"ngày {display_date(field('date'))}")
    if field("issuer"):  # as the document itself spells it, when it is archived
        parts.append(f"của {respell(field('issuer'), field('spellings') or {})}")
    elif len(parts) == 1 and field("title"):  # nothing but a type: its subject says which ("Hướng dẫn: trình bày …")
        title = field("title")
        parts[0] += f": {title if len(title) <= TITLE_SHOWN else title[:TITLE_SHOWN].rsplit(' ', 1)[0] + '…'}"
    return " ".join(parts)


TITLE_SHOWN = 80  # characters of a subject in a link that has nothing else to say


_EDGE_WORDS = 8  # words of a document's first and last paragraphs looked for in its source


def located(source: str, paragraphs: list[dict]) -> tuple[int, int] | None:
    """Where the document whose ``paragraphs`` are given stands in its ``source`` text (NFC): the start of
    its first paragraph and the end of its last; None when either cannot be found.  A compound file (a web
    capture of several documents, a cover letter and its draft) holds others around it."""
    texts = [p["text"] for p in paragraphs if p.get("text")]
    if not texts:
        return None
    folded = fold(source)  # one character for one: a place in it is the same place in the source

    def pattern(words: list[str]) -> re.Pattern:
        return re.compile(r"\W+".join(re.escape(w) for w in words))

    # Words across its first paragraphs, as many as will be found: a header line alone ("BAN CHẤP HÀNH TRUNG
    # ƯƠNG") is named in the other document too.
    words = re.findall(r"\w+", fold(" ".join(texts[:6])))
    tail = re.findall(r"\w+", fold(texts[-1]))[-_EDGE_WORDS:]
    start = None
    for count in (3 * _EDGE_WORDS, 2 * _EDGE_WORDS, _EDGE_WORDS):
        start = pattern(words[:count]).search(folded) if len(words) >= min(count, _EDGE_WORDS) else None
        if start is not None:
            break
    if start is None:
        return None
    ends = list(pattern(tail).finditer(folded, start.start())) if tail else []
    return (start.start(), ends[0].end()) if ends else None
