"""Reading what a researcher typed: words, "phrases", -exclusions, prefixes*, directive numbers.

Nothing typed makes this raise: unbalanced quotes close at the end, lone
operators are ignored, a very long query is cut to its first words with a
notice.  A directive number is recognised in any spelling: ``57-KL/TW``,
``57 kl tw``, ``KL57``, ``kết luận 57``.

>>> q = parse_query('thong tin "đối ngoại" -Kon 57 kl tw')
>>> [t.text for t in q.terms], q.phrases, q.excluded, [n.key for n in q.numbers]
(['thong', 'tin'], [['đối', 'ngoại']], [['kon']], ['57KLTW'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.text.normalize import normalize_text
from indexer.text.numbers import find_numbers, number_key, type_code
from indexer.text.tokens import syllable_spans
from indexer.text.vietnamese import fold, has_diacritics
from indexer.vocabulary import DOCUMENT_TYPES

MAX_TERMS = 32
MAX_CHARS = 1000

# Question scaffolding that carries no topic ("… đúng hay sai?", "theo quy định … như thế nào").
STOP_SYLLABLES = {
    "và",
    "của",
    "các",
    "những",
    "là",
    "thì",
    "mà",
    "được",
    "có",
    "không",
    "cho",
    "với",
    "trong",
    "theo",
    "về",
    "để",
    "này",
    "đó",
    "nào",
    "gì",
    "bị",
    "hay",
    "hoặc",
    "khi",
    "nếu",
    "thế",
    "như",
    "sao",
    "ai",
    "đâu",
    "bao",
    "nhiêu",
    "ạ",
    "à",
    "ơi",
    "nhé",
    "vậy",
    "rồi",
    "đã",
    "sẽ",
    "đang",
    "cũng",
    "vì",
    "do",
    "nên",
    "tại",
    "từ",
    "một",
    "mọi",
    "tôi",
    "em",
    "anh",
    "chị",
    "mình",
    "bạn",
    "thưa",
    "xin",
    "hỏi",
    "đúng",
    "sai",
}
# Folded stop syllables: only those that fold from nothing but a stop word ("bao" is also "bảo").
_FOLDED_STOPS = {
    "va",
    "cua",
    "cac",
    "nhung",
    "la",
    "thi",
    "duoc",
    "khong",
    "cho",
    "voi",
    "trong",
    "theo",
    "nay",
    "nao",
    "gi",
    "hoac",
    "khi",
    "neu",
    "nhu",
    "sao",
    "vay",
    "roi",
    "cung",
    "nen",
    "mot",
    "toi",
    "thua",
    "xin",
}
# Type words before a bare number: "kết luận 57" means 57-KL/…
_TYPE_WORDS = {fold(t.name): t.codes[0] for t in DOCUMENT_TYPES if t.codes and t.typed}
# A code typed in any case or without its diacritic: "kl 57", "qd 12".
_CODES = {fold(code).upper(): code for t in DOCUMENT_TYPES for code in t.codes}
_TYPE_THEN_NUMBER = re.compile(
    r"(?<!\w)(?P<type>"
    + "|".join(sorted((re.escape(w) for w in _TYPE_WORDS), key=len, reverse=True))
    + r")(?:\s+so)?\s+(?P<num>\d{1,5})(?![\w/.-])"
)
_CODE_NUMBER = re.compile(r"(?<![\w/])(?P<code>[A-Za-z]{2,4})\s?-?\s?(?P<num>\d{1,5})(?![\w/.-])")
_SPACED_NUMBER = re.compile(
    r"(?<![\w/])(?P<num>\d{1,5})\s*[\s\-]\s*(?P<code>[A-Za-z]{2,4})\s*[\s/]\s*(?P<org>[A-Za-z]{2,8}\d{0,2})(?![\w/])"
)


@dataclass
class QueryTerm:
    text: str  # lowercase, as typed (NFC)
    accented: bool
    prefix: bool = False
    scaffold: bool = False  # part of the question's wording ("nào sau đây", "đúng hay sai")


# The wording of questions, not their topic: matched on folded syllables so that unaccented questions are
# read alike, and written with diacritics so that an unaccented question's can be restored.  Longest first.
QUESTION_WORDING = sorted(
    [
        "nào sau đây",
        "sau đây",
        "đúng hay sai",
        "như thế nào",
        "thế nào",
        "là gì",
        "bao nhiêu",
        "có phải",
        "có được không",
        "được không",
        "không đúng",
        "đúng không",
        "nhận định nào",
        "phát biểu nào",
        "điều nào",
        "trường hợp nào",
        "khi nào",
        "ở đâu",
        "tại sao",
        "vì sao",
        "thưa luật sư",
        "xin hỏi",
        "cho hỏi",
        "nhờ tư vấn",
        "cho em hỏi",
        "cho tôi hỏi",
        "hãy cho biết",
        "xin cho biết",
        "có thể",
        "phải không",
        "hay không",
        "có không",
        "luật sư",
        "tư vấn giúp",
        "xin tư vấn",
        "em xin",
        "tôi muốn hỏi",
    ],
    key=lambda p: -len(p.split()),
)
SCAFFOLDING = [fold(p) for p in QUESTION_WORDING]
_QUESTION_WORDS = {"ai", "gi", "nao", "sao", "dau", "bao", "khong"}


@dataclass
class NumberQuery:
    """A directive number asked for: a whole number (``key``), or a number and type (``57`` + ``KL``)."""

    key: str | None = None
    canonical: str | None = None
    num: str | None = None
    code: str | None = None

    @property
    def abbreviation(self) -> tuple[str, str] | None:
        """What every number this abbreviation stands for shares (:func:`abbreviation`); None for a whole number."""
        return None if self.key else (self.num.lstrip("0"), fold(self.code).upper())

    def matches(self, number: str) -> bool:
        if self.key:
            return number_key(number) == self.key
        return abbreviation(number) == self.abbreviation


def abbreviation(number: str) -> tuple[str, str] | None:
    """How "kết luận 57" or "KL57" abbreviates a number: its leading number and its type code, folded.

    >>> abbreviation("057-KL/TW"), abbreviation("1191/QĐ-TTg")
    (('57', 'KL'), ('1191', 'QD'))
    """
    head = re.match(r"^0*([\d.]+)", number)
    return (head.group(1), fold(type_code(number)).upper()) if head else None


@dataclass
class ParsedQuery:
    raw: str
    terms: list[QueryTerm] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    excluded: list[list[str]] = field(default_factory=list)
    numbers: list[NumberQuery] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases or self.numbers)

    @property
    def accented(self) -> bool:
        return any(t.accented for t in self.terms) or any(has_diacritics(" ".join(p)) for p in self.phrases)

    def content_terms(self) -> list[QueryTerm]:
        """The terms that say what is sought (question scaffolding dropped, unless nothing else is left)."""
        content = [
            t
            for t in self.terms
            if not t.scaffold and (t.text not in STOP_SYLLABLES if t.accented else t.text not in _FOLDED_STOPS)
        ]
        return content or self.terms

    @property
    def is_question(self) -> bool:
        """A question in words ("… đúng hay sai?", "Ai có thể …"): ranked, not filtered by every word."""
        return (
            "?" in self.raw
            or any(t.scaffold for t in self.terms)
            or any(fold(t.text) in _QUESTION_WORDS for t in self.terms)
        )

    def only_numbers(self) -> bool:
        return bool(self.numbers) and not self.terms and not self.phrases


def _syllables(text: str) -> list[str]:
    return [text[a:b].lower() for a, b in syllable_spans(text)]


def _take_numbers(text: str, numbers: list[NumberQuery]) -> str:
    """Recognise directive numbers in every spelling; return the text without them."""
    for found in reversed(find_numbers(text)):
        numbers.insert(0, NumberQuery(key=number_key(found.number), canonical=found.number))
        text = text[: found.start] + " " + text[found.end :]
    folded = fold(text)
    cuts: list[tuple[int, int]] = []
    for m in _SPACED_NUMBER.finditer(folded):
        if m.group("code").upper() in _CODES:
            key = number_key(f"{m.group('num')}{m.group('code')}{m.group('org')}")
            numbers.append(
                NumberQuery(key=key, canonical=f"{m.group('num')}-{m.group('code').upper()}/{m.group('org').upper()}")
            )
            cuts.append(m.span())
    for m in _TYPE_THEN_NUMBER.finditer(folded):
        if not any(a <= m.start() < b for a, b in cuts):
            numbers.append(NumberQuery(num=m.group("num"), code=_TYPE_WORDS[m.group("type")]))
            cuts.append(m.span())
    for m in _CODE_NUMBER.finditer(folded):
        if m.group("code").upper() in _CODES and not any(a <= m.start() < b for a, b in cuts):
            numbers.append(NumberQuery(num=m.group("num"), code=_CODES[m.group("code").upper()]))
            cuts.append(m.span())
    for a, b in sorted(cuts, reverse=True):
        text = text[:a] + " " + text[b:]
    return text


def parse_query(raw: str) -> ParsedQuery:
    """Read a query leniently.  Never raises."""
    query = ParsedQuery(raw=raw or "")
    text = normalize_text((raw or "")[: MAX_CHARS * 4])
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        query.notices.append("too_long")
    text = text.replace("“", '"').replace("”", '"').replace("„", '"')
    if text.count('"') % 2:
        text += '"'  # an unbalanced quote closes at the end
    # Quoted phrases, possibly negated.
    for m in re.finditer(r'(^|\s)(-?)"([^"]*)"', text):
        words = _syllables(m.group(3))
        if words:
            (query.excluded if m.group(2) else query.phrases).append(words)
    text = re.sub(r'(^|\s)-?"[^"]*"', " ", text)
    text = _take_numbers(text, query.numbers)
    for token in text.split():
        negated = token.startswith("-") and len(token) > 1
        prefix = token.endswith("*") and len(token.strip("*-")) >= 2
        words = _syllables(token)
        if not words:
            continue  # a lone operator, "*", punctuation
        if negated:
            query.excluded.append(words)
            continue
        for k, word in enumerate(words):
            query.terms.append(QueryTerm(word, has_diacritics(word), prefix and k == len(words) - 1))
    _mark_scaffolding(query.terms)
    if len(query.terms) > MAX_TERMS:
        query.terms = query.terms[:MAX_TERMS]
        if "too_long" not in query.notices:
            query.notices.append("too_long")
    return query


def _mark_scaffolding(terms: list[QueryTerm]) -> None:
    folded = [fold(t.text) for t in terms]
    i = 0
    while i < len(terms):
        for phrase in SCAFFOLDING:
            words = phrase.split()
            if folded[i : i + len(words)] == words:
                for k in range(len(words)):
                    terms[i + k].scaffold = True
                i += len(words) - 1
                break
        i += 1


def strip_diacritics(text: str) -> str:
    """What a query typed without diacritics looks like (for the ``--strip-diacritics`` evaluation)."""
    return fold(text)
