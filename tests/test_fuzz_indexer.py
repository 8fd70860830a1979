"""Hostile input (issue 8): the query parser, search, the readers and the extractor under fuzzing.

Each entry point has a documented way to say no, and nothing else may come out of it:

- ``parse_query`` never raises; ``search`` raises only :class:`~indexer.errors.ArchiveError`
  (``BadQuery``, ``BadFilter``);
- ``parse_bytes`` raises only ``ArchiveError`` (``UnreadableFile`` and its kinds), and a Document
  it returns is well-formed;
- ``build_document`` (the extractor) never raises.

Inputs are arbitrary text and bytes, plus real files (the seed corpus, a Word file, a PDF with a text
layer) cut short and mutated; the settings and shared strategies are in :mod:`tests.fuzzing`.
The web layer under the same inputs is :mod:`tests.test_fuzz_web`.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import math
import re
import unicodedata
import zipfile

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.documents import DOC_ID
from indexer import FACETS, LEVELS, ROLES, SearchOptions, search
from indexer.document.compound import split_documents
from indexer.document.extract import build_document
from indexer.document.pipeline import parse_bytes
from indexer.document.record import Document
from indexer.document.structure import Paragraph, lay_out
from indexer.errors import ArchiveError
from indexer.query.parse import MAX_TERMS, parse_query
from indexer.reading.source_text import SourceText, plain_lines
from indexer.text.normalize import normalize
from indexer.text.vietnamese import fold, nfc
from tests.conftest import EXTRA
from tests.fuzzing import FEW, FUZZ, LINES, filter_values, queries
from tests.office_files import blank_pdf, docx_bytes, plan, plan_html, plan_text

# --- material: real files --------------------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """Vietnamese without its diacritics, case kept: what Helvetica's encoding can hold."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica, so without diacritics), written by pypdf."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    escaped = [_ascii(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    ops = ["BT", "/F1 10 Tf", "13 TL", "40 800 Td"] + [f"({line[:100]}) Tj T*" for line in escaped] + ["ET"]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1", "replace"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PLAN = plan_text()
WORD = docx_bytes()
PDF = text_pdf(PLAN.splitlines())
REAL_FILES = {
    ".txt": PLAN.encode("utf-8"),
    ".md": (EXTRA / "huong_dan_trinh_bay.md").read_bytes(),
    ".html": plan_html(plan(topic="<b>đậm</b> & «ngoặc»")).encode("utf-8"),
    ".docx": WORD,
    ".pdf": PDF,
}
EXTENSIONS = sorted(REAL_FILES)


def test_the_real_files_read_before_they_are_mutated():
    # Mutants of files the readers already refuse would test nothing but the refusal.
    for extension, data in REAL_FILES.items():
        (document,) = parse_bytes(data, "ke-hoach" + extension)
        assert len(document.paragraphs) >= 5, extension


@st.composite
def mutants(draw, original: bytes) -> bytes:
    """``original`` with a few bytes flipped, cut out, repeated or inserted, or cut short (a broken download)."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]))
        if op == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=32)
                | st.sampled_from(
                    [b"\x00", b"\xff\xfe", b"%PDF-", b"PK\x03\x04", b"<script>", b"\xe2\x80\xae", b"endobj", b"stream"]
                )
            )
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 256))] * draw(st.integers(1, 20))
        else:
            del data[at:]
    return bytes(data)


# Attribute values that once crashed or hung the Word reader: "²" passes isdigit() but not int(); a huge
# Roman-numbered list start spelled out a billion M's.
WORD_VALUES = [
    "²",
    "-1",
    "0",
    "abc",
    "",
    "999999999",
    "999999999999",
    "9" * 5000,
    "%1.%2.%3.%9",
    "%0",
    "upperRoman",
    "lowerLetter",
    "bullet",
    "none",
    "decimalZero",
]


@st.composite
def word_mutants(draw) -> bytes:
    """The Word file with ``w:val``/``w:ilvl`` values replaced, or a part's XML damaged, zipped again properly.

    Flipping bytes of the zip itself only exercises the CRC check: this reaches python-docx and the
    numbering code behind it.
    """
    source = zipfile.ZipFile(io.BytesIO(WORD))
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    name = draw(st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml"]))
    xml = parts[name].decode("utf-8")
    if draw(st.booleans()):
        spots = list(re.finditer(r'w:(?:val|ilvl|numId|abstractNumId)="([^"]*)"', xml))
        for _ in range(draw(st.integers(1, 8))):
            spot = spots[draw(st.integers(0, len(spots) - 1))]
            value = html.escape(draw(st.sampled_from(WORD_VALUES) | st.text(max_size=8)))
            xml = xml[: spot.start(1)] + value + xml[spot.end(1) :]
            spots = list(re.finditer(r'w:(?:val|ilvl|numId|abstractNumId)="([^"]*)"', xml))
        parts[name] = xml.encode("utf-8")
    else:
        parts[name] = draw(mutants(parts[name]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    return out.getvalue()


# --- what a well-formed record is ----------------------------------------------------------------------------

ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Control, invisible and bidirectional characters: normalisation removes them all.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def assert_well_formed(doc: Document) -> None:
    """What every later stage (index, pages, links, exports) relies on."""
    assert DOC_ID.fullmatch(doc.doc_id), doc.doc_id  # the portal looks up only ids of this shape
    for name in ("doc_type", "number", "issuer", "province", "signer", "signer_title", "title"):
        value = getattr(doc, name)
        assert value is None or (isinstance(value, str) and value.strip() and nfc(value) == value), (name, value)
        assert value is None or not CONTROL.search(value), (name, value)
    assert doc.level in LEVELS + (None,)
    if doc.date is not None:
        assert dt.date.fromisoformat(doc.date).year == doc.year
    assert doc.year is None or isinstance(doc.year, int)
    anchors = [p["anchor"] for p in doc.paragraphs]
    assert doc.paragraphs and len(set(anchors)) == len(anchors)
    for p in doc.paragraphs:
        assert ANCHOR.fullmatch(p["anchor"]), p["anchor"]  # it goes into URLs after '#'
        assert p["text"].strip() and nfc(p["text"]) == p["text"] and not CONTROL.search(p["text"]), p["text"]
    for role in doc.roles:
        assert role.role in ROLES and role.agency.strip() and role.anchor in anchors + [""]
    assert doc.number is None or doc.number not in doc.references
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


def parse_or_refuse(data: bytes, name: str) -> list[Document]:
    """``parse_bytes``, where a refusal must be an ArchiveError with a message in both languages."""
    try:
        documents = parse_bytes(data, name)
    except ArchiveError as exc:
        assert exc.message_vi and exc.message_en and 400 <= exc.status < 500
        return []
    for doc in documents:
        assert_well_formed(doc)
    return documents


# --- the query parser and search ---------------------------------------------------------------------------------


@FUZZ
@given(queries)
@example("\x00" * 5000)
@example('"' * 999 + "-" * 999)
@example("9" * 5000)  # digits past int()'s 4300-digit limit
def test_parse_query_never_raises_and_cuts_long_queries(text):
    parsed = parse_query(text)
    assert len(parsed.terms) <= MAX_TERMS
    for term in parsed.terms:
        assert term.text and term.text == nfc(term.text) and term.text == term.text.lower() and " " not in term.text
    for words in parsed.phrases + parsed.excluded:
        assert words and all(words)
    for number in parsed.numbers:
        assert number.key or (number.num and number.code)
    assert set(parsed.notices) <= {"too_long"}


def assert_well_formed_result(data: dict, archive, page: int, per_page: int) -> None:
    ids = [r["doc_id"] for r in data["results"]]
    assert data["page"] == page and data["per_page"] == per_page
    assert len(ids) == len(set(ids)) <= per_page and data["total"] >= len(ids)
    assert set(ids) <= set(archive.doc_ids())
    for result in data["results"]:
        assert math.isfinite(result["score"])
        for passage in result["passages"]:
            # Only <mark> is markup in a snippet: the page shows it with |safe.
            assert "<" not in re.sub(r"</?mark>", "", passage["highlighted"]), passage["highlighted"]
            assert html.unescape(re.sub(r"</?mark>", "", passage["highlighted"])) == passage["text"]
    for name, items in data["facets"].items():
        assert all(item["count"] > 0 for item in items), name


@FUZZ
@given(queries, st.integers(1, 3) | st.sampled_from([10**9, 10**18]))
def test_search_answers_any_query(archive, text, page):
    data = search(archive, text, None, page)
    assert_well_formed_result(data, archive, page, 10)
    if page >= 10**9:
        assert data["results"] == []


@FUZZ
@given(
    queries,
    st.dictionaries(st.sampled_from(FACETS) | st.text(max_size=8), st.lists(filter_values, max_size=3), max_size=3),
)
def test_search_refuses_bad_filters_with_an_archive_error_only(archive, text, filters):
    try:
        data = search(archive, text, filters, 1, SearchOptions(per_page=5))
    except ArchiveError as exc:
        assert exc.status == 400 and exc.message_vi and exc.message_en
        return
    assert_well_formed_result(data, archive, 1, 5)


def test_a_superscript_year_is_a_bad_filter(archive):
    # "²".isdigit() is true and int("²") raises: the filter check must refuse it as not a year.
    with pytest.raises(ArchiveError):
        search(archive, "", {"year": ["²"]}, 1)


@pytest.mark.parametrize("page", [0, -1, "1", 1.5, None], ids=["zero", "negative", "text", "float", "none"])
def test_search_refuses_a_page_that_is_not_a_positive_int(archive, page):
    with pytest.raises(ArchiveError):
        search(archive, "thông tin", None, page)


# --- the readers ---------------------------------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(EXTENSIONS))
@example(b"\xef\xbb\xbf", ".txt")
@example(b"\xff\xfe" + "Kế hoạch".encode("utf-16-le"), ".md")
@example(b"%PDF-1.7\n%%EOF", ".pdf")
@example(b"PK\x03\x04", ".docx")
@example(b"<ol type=I start=999999999999><li>M\xe1\xbb\x99t</li></ol>", ".html")  # hung: a billion M's
@example("<ol start=²><li>Một</li></ol><ol><li value=²>Hai</li></ol>".encode(), ".html")  # int("²")
@example("KẾ HOẠCH\nTuyên truyền \u202echuyển đổi số\u202c năm 2025".encode(), ".txt")  # shown reversed
def test_arbitrary_bytes_are_read_or_refused_under_every_extension(data, extension):
    parse_or_refuse(data, "van-ban" + extension)


@FUZZ
@given(st.data(), st.sampled_from(EXTENSIONS))
def test_mutated_real_files_are_read_or_refused(data, extension):
    parse_or_refuse(data.draw(mutants(REAL_FILES[extension])), "van-ban" + extension)


@FUZZ
@given(st.sampled_from(EXTENSIONS), st.floats(0, 1, exclude_max=True))
def test_truncated_files_are_read_or_refused(extension, fraction):
    original = REAL_FILES[extension]
    parse_or_refuse(original[: int(len(original) * fraction)], "van-ban" + extension)


@FEW
@given(word_mutants())
def test_word_files_with_damaged_parts_are_read_or_refused(data):
    parse_or_refuse(data, "van-ban.docx")


@FUZZ
@given(st.text(), st.sampled_from([".txt", ".md", ".html"]), st.sampled_from(["utf-8", "utf-16", "cp1258"]))
def test_arbitrary_text_in_every_encoding_is_read_or_refused(text, extension, encoding):
    parse_or_refuse(text.encode(encoding, "ignore"), "van-ban" + extension)


def rezipped(data: bytes, part: str, change) -> bytes:
    """``data`` (a zip) with ``part`` changed by ``change`` (text -> text), zipped again properly."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info.filename)
            archive.writestr(info.filename, change(content.decode("utf-8")) if info.filename == part else content)
    return out.getvalue()


@pytest.mark.parametrize("quoted", ["Heading2&quot;", "a&quot;]|//x"])
def test_a_style_id_that_breaks_python_docx_lookup_costs_the_styles_not_the_file(quoted):
    """Hypothesis found it (stop 58): a style id with a double quote makes the XPath python-docx looks styles up
    with invalid (lxml's XPathEvalError), which reached the upload as a traceback.  The text reads without it."""
    damaged = rezipped(WORD, "word/document.xml", lambda xml: xml.replace('w:val="Heading2"', f'w:val="{quoted}"', 1))
    documents = parse_bytes(damaged, "van-ban.docx")
    assert documents and documents[0].paragraphs


@pytest.mark.parametrize(
    "data,name",
    [(blank_pdf(), "trang.pdf"), (PDF[:-40], "cut.pdf"), (WORD[:2000], "cut.docx")],
    ids=["blank-pdf", "pdf-without-trailer", "docx-cut-in-the-middle"],
)
def test_broken_office_files_are_refused_with_a_message(data, name):
    with pytest.raises(ArchiveError) as refused:
        parse_bytes(data, name)
    assert refused.value.status == 422 and refused.value.message_vi


# --- the extractor -------------------------------------------------------------------------------------------------


@st.composite
def vietnamese_documents(draw) -> str:
    """Lines of the seed documents, reordered and damaged the way copies of directives are."""
    lines = []
    for line in draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=40)):
        change = draw(st.sampled_from(["keep", "keep", "fold", "upper", "cut", "digits", "join"]))
        if change == "fold":
            line = fold(line)
        elif change == "upper":
            line = line.upper()
        elif change == "cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif change == "digits":
            line = re.sub(r"\d+", lambda m: str(draw(st.integers(0, 10**12))), line)
        elif change == "join" and lines:
            line = lines.pop() + " " + line
        lines.append(line)
    return draw(st.sampled_from(["\n", "\n\n"])).join(lines)


@FUZZ
@given(vietnamese_documents())
def test_the_extractor_never_raises_on_vietnamese_text(text):
    blocks = normalize(SourceText(plain_lines(text), "txt"))
    for part in split_documents(blocks):
        assert_well_formed(build_document(lay_out(part), None))


ZONES = ["header", "title", "body", "recipients", "signature"]


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(LINES) | st.text(min_size=1, max_size=40),
            st.sampled_from(ZONES),
            st.sampled_from(["heading", "text", "item"]),
            st.integers(0, 6),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_the_extractor_never_raises_whatever_the_layout_says(rows):
    # Zones and kinds the layout step would never give together: the extractor must still not fail.
    paragraphs = [
        Paragraph(f"p{k}", "", nfc(text), kind, zone, level) for k, (text, zone, kind, level) in enumerate(rows)
    ]
    document = build_document(paragraphs, None)
    assert DOC_ID.fullmatch(document.doc_id), document.doc_id
