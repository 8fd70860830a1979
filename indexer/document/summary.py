"""A document's summary: what result lists, facets and citations need of it, without its paragraphs.

The index stores it with each document (as a plain dict, so that an index never pickles this class), and a
snapshot of the index holds one per live document (:mod:`indexer.store.snapshot`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from indexer.document.record import Document


@dataclass(frozen=True)
class Summary:
    doc_id: str
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    level: str | None = None
    province: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    year: int | None = None
    references: tuple[str, ...] = ()  # canonical numbers of every document it cites
    basis: tuple[str, ...] = ()  # those it implements ("Thực hiện … / Căn cứ …")
    reference_dates: dict[str, str] = field(default_factory=dict)  # cited number -> the date the citation gives
    # cited number -> the type and issuer its citation gives ({"doc_type", "issuer"}): what a missing document is
    cited_as: dict[str, dict] = field(default_factory=dict)
    roles: tuple[tuple[str, str], ...] = ()  # (role, agency), sorted, once each
    paragraphs: int = 0
    spellings: dict[str, str] = field(default_factory=dict)  # the source's spelling of respelled words
    tasks: tuple[dict, ...] = ()  # the record's tasks: the archive-wide task list reads them from the snapshot

    @classmethod
    def of(cls, record: Document) -> Summary:
        return cls(
            doc_id=record.doc_id,
            number=record.number,
            doc_type=record.doc_type,
            title=record.title,
            issuer=record.issuer,
            level=record.level,
            province=record.province,
            date=record.date,
            year=record.year,
            references=tuple(record.references),
            basis=tuple(record.basis),
            reference_dates={c["number"]: c["date"] for c in record.citations if c.get("date")},
            cited_as={
                c["number"]: {"doc_type": c.get("doc_type"), "issuer": c.get("issuer")}
                for c in record.citations
                if c.get("doc_type") or c.get("issuer")
            },
            roles=tuple(sorted({(r.role, r.agency) for r in record.roles})),
            paragraphs=len(record.paragraphs),
            spellings=record.spellings,
            tasks=tuple(record.tasks),
        )

    @classmethod
    def from_dict(cls, data: dict) -> Summary:
        """A summary as the index stores it (lists where this has tuples)."""
        return cls(
            **{
                **data,
                "references": tuple(data.get("references", ())),
                "basis": tuple(data.get("basis", ())),
                "roles": tuple(tuple(pair) for pair in data.get("roles", ())),
                "tasks": tuple(data.get("tasks", ())),
            }
        )

    def to_dict(self) -> dict:
        """What the index stores: plain lists and dicts, the same shape as indexes built before this class."""
        data = asdict(self)
        data.update(
            references=list(self.references), basis=list(self.basis), roles=list(self.roles), tasks=list(self.tasks)
        )
        return data

    def headline(self) -> str | None:
        return headline(self.doc_type, self.number, self.title)


def headline(doc_type: str | None, number: str | None, title: str | None) -> str | None:
    """How a result is titled: "Kế hoạch thực hiện Kết luận …" when the subject line continues the type.

    >>> headline("Kế hoạch", "06-KH/BCĐ", "thực hiện Kết luận 57"), headline("Công văn", "12/UBND", None)
    ('Kế hoạch thực hiện Kết luận 57', 'Công văn 12/UBND')
    """
    if title and doc_type and title[:1].islower():
        return f"{doc_type} {title}"
    return title or (f"{doc_type} {number or ''}".strip() if doc_type else None)
