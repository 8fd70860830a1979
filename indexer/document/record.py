"""The Document record: the single shape every later stage uses.

A plain dataclass that turns into JSON and back without loss
(:meth:`Document.to_dict` / :meth:`Document.from_dict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Role:
    agency: str
    role: str  # one of indexer.vocabulary.ROLES
    anchor: str


@dataclass
class Source:
    path: str  # under corpus/
    sha256: str
    format: str  # txt | md | html | docx | pdf
    part: int = 1  # which document of a compound file
    parts: int = 1
    encoding: str | None = None
    # The pages read by OCR: {"number", "confidence", "words", "unsure": [{"text", "box"}], "size"}.
    ocr: list[dict] = field(default_factory=list)
    address: str | None = None  # the web page it was copied from, when known


@dataclass
class Document:
    doc_id: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    level: str | None
    province: str | None
    date: str | None  # ISO yyyy-mm-dd
    year: int | None
    signer: str | None
    signer_title: str | None
    title: str | None
    references: list[str] = field(default_factory=list)
    basis: list[str] = field(default_factory=list)
    citations: list[dict] = field(default_factory=list)  # {number, date, anchor}: where and how each is cited
    roles: list[Role] = field(default_factory=list)
    # The tasks it assigns, as DESIGN section 5's tasks contract has them: filled when the store indexes the record
    # (indexer.store.corpus.with_tasks), with the archivists' corrections of them applied.
    tasks: list[dict] = field(default_factory=list)
    paragraphs: list[dict] = field(default_factory=list)  # {anchor, section, text, kind, zone, level}
    source: Source | None = None
    # What the header gives of a date whose day (or month) is left blank: "2025-11", "2025"; None when dated.
    date_partial: str | None = None
    # Where each field came from and whether it is sure: {field: {"line", "anchor", "how", "sure"}}.
    evidence: dict = field(default_factory=dict)
    # The source's own spelling of the words our tone placement respells ({"uỷ": "ủy"}): what is shown and
    # cited (indexer.text.vietnamese.respell); the text above is in the matching convention.
    spellings: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """A deep copy as plain dicts and lists (what ``dataclasses.asdict`` gives, without its deep copy of every
        string: a 2,000-paragraph record's JSON twin spent two thirds of its time there)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        data = dict(data)
        data["roles"] = [Role(**r) for r in data.get("roles", [])]
        data["source"] = Source(**data["source"]) if data.get("source") else None
        return cls(**data)

    def paragraph(self, anchor: str) -> dict | None:
        return next((p for p in self.paragraphs if p["anchor"] == anchor), None)

    def agencies(self, role: str | None = None) -> list[str]:
        """Distinct agency names, in order of first mention, optionally of one role."""
        seen: dict[str, None] = {}
        for r in self.roles:
            if role is None or r.role == role:
                seen.setdefault(r.agency, None)
        return list(seen)


_ATOMS = (str, int, float, bool, type(None))


def _plain(value):
    """``value`` copied as JSON's types: dataclasses as dicts, tuples as lists; strings and numbers shared."""
    kind = type(value)
    if kind is dict:
        if all(type(v) in _ATOMS for v in value.values()):  # a paragraph, a citation: one level deep
            return value.copy()
        return {k: _plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value
