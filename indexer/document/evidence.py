"""Where each extracted field came from, and whether a person should check it.

The extractors note what they read a value from (:meth:`Trace.note`); :func:`evidence` turns the notes into
the record's ``evidence``: for each field, the line it was read from, the anchor of the paragraph that holds
it, how it was found (a code of :data:`indexer.vocabulary.EVIDENCE`) and whether it is sure.  A value is not
sure when it was found by a fallback (the opening sentence, the body's most named province, a form annexed),
or when its text is garbled (a broken font or an OCR layer: letters no Vietnamese word has), or, for an issuer,
when it is no well-formed name (:func:`ill_formed_name`).  The archivist's
review page marks the fields that are not sure or missing, so that a person checks exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.document.structure import Paragraph
from indexer.text.localities import is_place_word
from indexer.text.vietnamese import is_all_caps, is_syllable

FIELDS = ("doc_type", "number", "issuer", "level", "province", "date", "year", "title", "basis", "signer")


@dataclass(frozen=True)
class Finding:
    line: str | None  # the text the value was read from
    how: str  # a code of vocabulary.EVIDENCE
    sure: bool


class Trace:
    """What the extractors noted while reading one document."""

    def __init__(self):
        self.findings: dict[str, Finding] = {}

    def note(self, field: str, line: str | None, how: str, *, sure: bool = True) -> None:
        self.findings[field] = Finding(line.strip() if line else None, how, sure)


_LETTERS = frozenset("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz")


def garbled(text: str | None) -> bool:
    """Whether a value has letters no Vietnamese word has: a broken font (``Bø Công an``, ``chç tr°¡ng``),
    or is Vietnamese words without their diacritics, as an OCR layer gives them (``TONG CUC THUE``)."""
    if not text:
        return False
    if any(ch.isalpha() and ch.lower() not in _LETTERS for ch in text):
        return True
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 3 and sum(w.isascii() for w in words) >= 0.8 * len(words)


_LONGEST_NAME = 18  # words: a body's name, joint bodies aside ("… và …"), is shorter than what ran on into it


def ill_formed_name(name: str | None) -> bool:
    """Whether an agency's name holds what no name has: a word that is no Vietnamese syllable nor a place's
    ("Phòng Giáo dục và Đào tạo Qun SN tra", "Lien tich": letters a copy lost), or a run of words no body's
    name is that long (an OCR's header run into its subject)."""
    words = [w.strip("“”\"'(),.;:–-") for w in (name or "").split()]
    if len(words) > _LONGEST_NAME and "và" not in words:
        return True
    return any(w.isalpha() and not is_all_caps(w) and not is_syllable(w) and not is_place_word(w) for w in words if w)


def _anchor_of(line: str | None, paragraphs: list[Paragraph]) -> str | None:
    if not line:
        return None
    for p in paragraphs:
        if line in p.text or any(line in piece for piece in p.lines):
            return p.anchor
    # A name the header gives over two lines ("UỶ BAN NHÂN DÂN" / "TỈNH LÀO CAI"): its first line's.
    return next((p.anchor for p in paragraphs if p.zone == "header" and line.startswith(p.text)), None)


def evidence(values: dict, trace: Trace, paragraphs: list[Paragraph]) -> dict[str, dict]:
    """``{field: {"line", "anchor", "how", "sure"}}`` for every field of :data:`FIELDS`.

    A field without a value is never sure; one without a note says it was not found.
    """
    out: dict[str, dict] = {}
    for field in FIELDS:
        value = values.get(field)
        found = trace.findings.get(field) or Finding(None, "not_found", False)
        shown = " ".join(value) if isinstance(value, list) else value if isinstance(value, str) else None
        sure = found.sure and bool(value) and not garbled(shown) and not garbled(found.line)
        sure = sure and not (field == "issuer" and ill_formed_name(shown))
        if field == "basis" and not value:
            sure = found.sure  # no basis is an answer when the opening names none
        out[field] = {"line": found.line, "anchor": _anchor_of(found.line, paragraphs), "how": found.how, "sure": sure}
    return out
