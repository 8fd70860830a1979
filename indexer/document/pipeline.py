"""The text pipeline end to end: a file's bytes -> its Document record(s).

``readers`` -> ``normalize`` -> ``structure`` -> ``extract``, as in DESIGN.md
section 2.  Nothing here writes anything.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import unicodedata

from indexer.document.compound import split_documents
from indexer.document.extract import build_document, make_doc_id
from indexer.document.fields.attachment import issuing_number
from indexer.document.fields.locality import complete_place
from indexer.document.record import Document, Source
from indexer.document.structure import lay_out
from indexer.errors import EmptyFile
from indexer.reading import format_of, read_bytes
from indexer.text.localities import COMMITTEE_UNITS, division_of_address, province_of_site
from indexer.text.normalize import normalize
from indexer.text.places import CENTRAL_CITIES, issuer_level, province_at
from indexer.text.vietnamese import source_spellings


def parse_bytes(
    data: bytes, filename: str, source_path: str | None = None, address: str | None = None
) -> list[Document]:
    """Read, normalise, lay out and extract every document held in ``data``.

    :param filename: the name the bytes came with; its extension picks the reader.
    :param source_path: the path recorded in ``source.path`` (defaults to ``filename``).
    :param address: the web page the file was copied from, as the archivist gives it; a saved page's own
        address (:func:`indexer.reading.html.page_address`) otherwise.
    :raise UnreadableFile: the bytes are empty, binary, undecodable or of an unsupported format.
    """
    source_text = read_bytes(data, filename)
    address = address or source_text.address
    blocks = normalize(source_text)
    parts = split_documents(blocks)
    if not parts:
        raise EmptyFile()
    sha = hashlib.sha256(data).hexdigest()
    fmt = format_of(filename).lstrip(".")
    spellings = source_spellings(unicodedata.normalize("NFC", "\n".join(line.text for line in source_text.lines)))
    documents = []
    for k, part in enumerate(parts, start=1):
        source = Source(
            path=source_path or filename,
            sha256=sha,
            format=fmt,
            part=k,
            parts=len(parts),
            encoding=source_text.encoding,
            ocr=[page.summary() for page in source_text.ocr],
            address=address,
        )
        document = build_document(lay_out(part), source)
        document.spellings = spellings
        documents.append(placed_in_division(placed_by_site(doubt_ocr(document), address), address))
    return numbered_by_attachment(documents)


def numbered_by_attachment(documents: list[Document]) -> list[Document]:
    """A decision whose copy lost its number, followed by the outline it approves, takes the number, the day and the
    year that the outline's note gives it ("(Ban hành kèm theo Quyết định số 1241/QĐ-TTg ngày 19 tháng 11 năm 2004
    của Thủ tướng Chính phủ)"), unsure; a number left blank stays blank."""
    for issuing, attached in itertools.pairwise(documents):
        note = attached.evidence.get("number") or {}
        blank = (issuing.evidence.get("number") or {}).get("how") == "blank"
        number = None if issuing.number or blank or note.get("how") != "attachment" else note.get("line")
        number = number and issuing_number(number, issuing.doc_type)
        if not number:
            continue
        issuing.number = number
        issuing.evidence["number"] = {"line": note["line"], "anchor": None, "how": "attachment", "sure": False}
        if not issuing.date and attached.date and issuing.year in (None, int(attached.date[:4])):
            issuing.date, issuing.year = attached.date, int(attached.date[:4])
            for field in ("date", "year"):
                issuing.evidence[field] = dict(issuing.evidence["number"])
        issuing.doc_id = make_doc_id(number, issuing.year, issuing.province, issuing.level, None, None, "")
    return documents


# A body named without its place ("UỶ BAN NHÂN DÂN TỈNH" over a page's copy, "Ban Thường vụ Tỉnh uỷ" in its lead):
# a province's, or a centrally-governed city's.
_BARE_PROVINCIAL = re.compile(r"(?:^|\s)(?:tỉnh|tỉnh uỷ|tỉnh ủy|tỉnh đoàn)$", re.I)
_BARE_CITY = re.compile(r"(?:^|\s)(?:thành phố|thành uỷ|thành ủy|thành đoàn)$", re.I)


_GUESSES = ("body", "locality")  # how a province is found that a site's address outweighs


def placed_by_site(document: Document, address: str | None) -> Document:
    """A document whose text names no province, copied from a site named by one ("phuloc.thuathienhue.gov.vn",
    :func:`~indexer.text.localities.province_of_site`): the site's province, unsure, and a provincial body's name
    without its place named with it. The site's word is taken over a guess (the province the body names most, or
    the one a commune's name is first found in: "xã Long Phụng" is Long An's and Quảng Ngãi's), not over a name
    the text gives. A central body's text reposted by a province's portal keeps no province."""
    province = province_of_site(address)
    found = document.evidence.get("province") or {}
    guessed = not found.get("sure") and found.get("how") in _GUESSES
    if not province or document.level == "central" or (document.province and not guessed):
        return document
    dated = document.date or document.date_partial or (str(document.year) if document.year else None)
    document.province = province_at(province, dated)
    document.evidence["province"] = {"line": address, "anchor": None, "how": "site_address", "sure": False}
    issuer = document.issuer or ""
    city = document.province in CENTRAL_CITIES and document.province != "Thừa Thiên Huế"
    if _BARE_CITY.search(issuer) if city else _BARE_PROVINCIAL.search(issuer):
        document.issuer = f"{issuer} {document.province}"
    if document.level is None and document.issuer:  # a site's own level is not in its address: a commune's
        document.level = issuer_level(document.issuer, document.number, document.province)  # is a province's too
    # a department named bare ("Sở Nông nghiệp và PTNT đề nghị …") is the province's
    document.issuer = complete_place(document.issuer, document.province, document.level) if document.issuer else None
    if document.issuer != (issuer or None):
        document.evidence["issuer"] = {**document.evidence.get("issuer", {}), "how": "site_address", "sure": False}
    return document


# A local body named without its place: "Ban Tuyên giáo Huyện uỷ", "Uỷ ban nhân dân huyện", "Chủ tịch Uỷ ban nhân
# dân xã" (a copy that lost its header, a page's lead).
_BARE_LOCAL = re.compile(
    r"(?:^|\s)(?P<unit>huyện|quận|thị xã|thành phố|xã|phường|thị trấn|huyện uỷ|quận uỷ|thị uỷ|thành uỷ|"
    r"huyện ủy|quận ủy|thị ủy|thành ủy)$",
    re.I,
)


def placed_in_division(document: Document, address: str | None) -> Document:
    """A local body named without its place, copied from the site of a district or a commune of its province
    ("phuloc.thuathienhue.gov.vn", :func:`~indexer.text.localities.division_of_address`): that district's or that
    commune's, unsure.  A commune's site reposts its district's documents too ("Phòng Văn hoá và Thông tin huyện"
    on "vinhhien.thuathienhue.gov.vn" is huyện Phú Lộc's)."""
    division = division_of_address(address)
    bare = _BARE_LOCAL.search(document.issuer or "")
    if not division or not bare or document.level == "central":
        return document
    dated = document.date or document.date_partial or (str(document.year) if document.year else None)
    if document.province not in (None, division.province, province_at(division.province, dated)):
        return document  # the text places it elsewhere: the site reposts another province's
    unit = bare["unit"].lower()
    unit = COMMITTEE_UNITS.get(unit.replace("ủy", "uỷ"), unit)
    named = next((place for place in division[1:] if place and place.startswith(unit + " ")), None)
    if not named:
        return document
    document.issuer = f"{document.issuer} {named[len(unit) + 1 :]}"
    document.evidence["issuer"] = {**document.evidence.get("issuer", {}), "how": "site_address", "sure": False}
    if document.level is None:
        document.level = issuer_level(document.issuer, document.number, document.province)
    return document


def doubt_ocr(document: Document) -> Document:
    """A field read from a line holding a word OCR was unsure of is unsure too: the review page marks it
    (a handwritten number read as ``3 49/C04-P6`` is such a line)."""
    unsure = {u["text"] for page in document.source.ocr for u in page["unsure"] if len(u["text"]) >= 2}
    # figures read by hand are written into a word ("Số: 93/QĐ-TTg"): they are looked for as figures
    by_hand = [u["text"] for page in document.source.ocr for u in page["unsure"] if u.get("handwritten")]
    if not unsure:
        return document
    for found in document.evidence.values():
        line = found.get("line") or ""
        if not found.get("sure"):
            continue
        if any(word in unsure for word in line.split()) or any(
            re.search(rf"(?<!\d){figures}(?!\d)", line) for figures in by_hand
        ):
            found.update(sure=False, how="ocr_unsure")
    return document


def parse_file(path: str, corpus_dir: str | None = None, address: str | None = None) -> list[Document]:
    """:func:`parse_bytes` on a file; ``source.path`` is relative to ``corpus_dir`` when given."""
    with open(path, "rb") as fh:
        data = fh.read()
    rel = os.path.relpath(path, corpus_dir) if corpus_dir else os.path.basename(path)
    return parse_bytes(data, os.path.basename(path), rel.replace(os.sep, "/"), address)
