"""How alike a directive's task and an item of a document implementing it are: by their words and by their meaning.

A provincial plan restates the Politburo's "Ban Tuyên giáo Trung ương chủ trì … kiểm tra, giám sát việc thực
hiện Kết luận này" as "Ban Tuyên giáo Tỉnh uỷ chủ trì … theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch
này": the same task at its own level, in words of its own.  Two measures, added, and where the two stand:

- **words**: TF-IDF cosine over syllables and adjacent syllable pairs (:mod:`indexer.text.tokens`, one tone
  placement), after a few level-bound names are made level-neutral (:data:`LEVEL_NEUTRAL`: "Trung ương" and
  "Tỉnh uỷ", "Chính phủ" and "Uỷ ban nhân dân tỉnh", "Kết luận này" and "Kế hoạch này" read alike).  The
  weights of a word come from the matrix's own texts (a word every plan repeats, "thông tin đối ngoại",
  weighs little).  An item is compared as a whole and sentence by sentence: a plan's item often adds
  sentences of its own around the directive's, and the best-matching sentences say it took the task up.
- **meaning**: the cosine of the sentence embeddings (:func:`indexer.text.embedding.passage_vectors`) of the
  two openings, rescaled from the band where unrelated tasks of one topic already sit.
- **who**: a plan gives its directive's task to the body of the same kind at its own level ("Ban Tuyên giáo
  Trung ương chủ trì" becomes "Ban Tuyên giáo Tỉnh uỷ chủ trì", at a commune the civil servant for culture and
  information; "Cấp uỷ, tổ chức đảng các cấp quán triệt" becomes a letter's "đề nghị cấp uỷ các chi, đảng bộ"),
  so a task and an item addressed to bodies of one kind (:func:`doer_of`) are a little more alike.
- **where**: a plan lays out its directive's parts again, so a task and an item in parts of the same kind ("Nhiệm
  vụ và giải pháp" and "Nội dung"; "Tổ chức thực hiện" and "Tổ chức thực hiện") are a little more alike.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import InitVar, dataclass, field

import numpy as np

from indexer.text import embedding
from indexer.text.agencies import phrase_until_verb
from indexer.text.numbers import find_numbers, number_key
from indexer.text.tokens import syllable_spans
from indexer.text.vietnamese import normalize_tones

# The measures' weights (bench/NOTES.md, "Implementation matrix", says how they were found).
WORDS_WEIGHT = 1.0  # TF-IDF cosine of the whole texts, 0..1
SENTENCES_WEIGHT = 0.5  # the task's sentences, each by its best cosine with one of the item's, 0..1
MEANING_WEIGHT = 1.5  # rescaled embedding cosine, 0..1: reworded plans keep the meaning more than the words
MEANING_FLOOR = 0.86  # e5 cosines of two unrelated tasks on one topic: 0.82-0.90; only what is above counts
# Added when a task and an item stand in parts of the same kind: the tasks of "Nhiệm vụ và giải pháp" are taken
# up in a plan's own "Nhiệm vụ" or "Nội dung", those of "Tổ chức thực hiện" in its own "Tổ chức thực hiện".
SAME_PART = 0.1
SAME_DOER = 0.2  # added when both are addressed to bodies of the same kind (DOER_KINDS)
MIN_SENTENCE_SYLLABLES = 4  # shorter pieces ("Chủ trì:", "2. Yêu cầu") say nothing of the task

# The document at hand: the directive's "Kết luận này", and its implementer's "Kế hoạch này" and "Kết luận số
# 57-KL/TW" (the directive's number, :func:`words_of`'s ``this``): one term.
THIS_DOCUMENT = "vanbannay"
DOCUMENT_WORDS = "kết luận|nghị quyết|chỉ thị|kế hoạch|quyết định|chương trình|công văn|hướng dẫn|thông báo"
_NAMED = re.compile(rf"(?:\b(?:{DOCUMENT_WORDS})\s+)?(?:số\s*)?$", re.I)
# Names bound to a level, read as one level-neutral term: a plan restates its directive's assignment for the
# bodies of its own level.  Applied to lowercase text in this order (the longer names first).
LEVEL_NEUTRAL = [
    (re.compile(rf"\b(?:{DOCUMENT_WORDS}) này\b"), f" {THIS_DOCUMENT} "),
    (
        re.compile(
            r"\bbộ chính trị|ban bí thư|ban thường vụ(?: (?:tỉnh|thành|huyện|đảng) uỷ)?|"
            r"thường trực (?:tỉnh|thành|huyện|đảng) uỷ"
        ),
        " thuongvu ",
    ),
    (re.compile(r"\bchính phủ|(?:uỷ ban nhân dân|ubnd)(?: (?:tỉnh|huyện|xã|thành phố))?"), " chinhquyen "),
    (re.compile(r"\bquốc hội|(?:hội đồng nhân dân|hđnd)(?: (?:tỉnh|huyện|xã|thành phố))?"), " hoidong "),
    (re.compile(r"\btrung ương|(?:tỉnh|thành|huyện|đảng) uỷ"), " capuy "),
    (re.compile(r"\bbộ (?=ngoại giao|thông tin|quốc phòng|công an|văn hoá|tài chính|nội vụ|tư pháp)"), "sở "),
]
# The kinds of body a task is addressed to, whatever the level, by the words of their names (lowercase, one tone
# placement).  The kind of a phrase is that of the name found first: the head of "Ban Tuyên giáo Tỉnh uỷ" is the
# propaganda department, not the party committee.  A commune has no such department: its civil servant for
# culture and society ("Công chức Văn hoá - Xã hội") does that work.
DOER_KINDS = [
    ("party", r"cấp uỷ|tổ chức (?:cơ sở )?đảng|chi bộ|đảng bộ|đảng uỷ|(?:tỉnh|thành|huyện|quận|thị) uỷ"),
    ("propaganda", r"tuyên giáo|văn hoá\W+(?:xã hội|thông tin)|văn hoá và thông tin|thông tin và truyền thông"),
    ("government", r"chính phủ|ban cán sự đảng|uỷ ban nhân dân|ubnd|chính quyền"),
    ("legislature", r"quốc hội|hội đồng nhân dân|hđnd"),
    ("front", r"mặt trận|mttq|đoàn thể|hội liên hiệp|đoàn thanh niên|hội nông dân|hội cựu chiến binh"),
    ("press", r"báo(?! cáo)|đài|cơ quan báo chí|thông tấn"),
    ("office", r"văn phòng"),
    ("foreign_affairs", r"ngoại vụ|ngoại giao"),
    ("finance", r"tài chính|kế toán|kho bạc"),
    ("home_affairs", r"nội vụ|tổ chức cán bộ|tổ chức tỉnh uỷ|tổ chức trung ương"),
    ("justice", r"tư pháp"),
    ("education", r"giáo dục"),
    ("police", r"công an"),
    ("military", r"quân sự|quân đội|quốc phòng|biên phòng"),
]
_DOER = re.compile("|".join(rf"(?<!\w)(?P<{kind}>{words})(?!\w)" for kind, words in DOER_KINDS))
DOER_HEAD_SYLLABLES = 6  # a body's kind is named early ("Ban chỉ huy Quân sự xã"), and before any "của"
# Where the body a sentence is addressed to starts: after "Giao", or a request ("Ban Tuyên giáo Thành uỷ đề
# nghị cấp uỷ các chi …"), which names its sender first.
_ADDRESSED = re.compile(r"^(?:.{0,80}?\b(?:đề nghị|yêu cầu)\s+|giao\s+)", re.I)

# The numbering and bullet a paragraph opens with ("1.", "II-", "a)", "- ", "* "): not words of the task.
NUMBERING = re.compile(r"^\s*(?:[-+*•–]\s*)?(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:-]\s+)?", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def words_of(text: str, this: str | None = None) -> list[str]:
    """The terms the word measure counts: level-neutral lowercase syllables and their adjacent pairs; the
    directive numbered ``this`` is :data:`THIS_DOCUMENT`, as its own "Kết luận này" is.

    >>> words_of("2. Ban Tuyên giáo Trung ương chủ trì")
    ['ban', 'tuyên', 'giáo', 'capuy', 'chủ', 'trì', 'ban_tuyên', 'tuyên_giáo', 'giáo_capuy', 'capuy_chủ', 'chủ_trì']
    >>> words_of("quán triệt Kết luận số 57-KL/TW", "57-KL/TW")[:3]
    ['quán', 'triệt', 'vanbannay']
    """
    text = NUMBERING.sub("", text, count=1)
    if this:
        text = _this_named(text, number_key(this))
    text = text.lower()
    for pattern, neutral in LEVEL_NEUTRAL:
        text = pattern.sub(neutral, text)
    syllables = [text[a:b] for a, b in syllable_spans(text)]
    return syllables + [f"{a}_{b}" for a, b in zip(syllables, syllables[1:], strict=False)]


def _this_named(text: str, key: str) -> str:
    """``text`` with each mention of the directive whose number has ``key`` ("Kết luận số 57-KL/TW") made
    :data:`THIS_DOCUMENT`."""
    for found in reversed(find_numbers(text)):
        if number_key(found.number) == key:
            before = _NAMED.search(text[: found.start])
            text = f"{text[: before.start()]} {THIS_DOCUMENT} {text[found.end :]}"
    return text


def doer_of(text: str) -> str | None:
    """The kind of body (:data:`DOER_KINDS`) the opening of ``text`` addresses, or None when it names none.

    >>> doer_of("3. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan")
    'propaganda'
    >>> doer_of("Ban Tuyên giáo Thành uỷ đề nghị cấp uỷ các chi, đảng bộ trực thuộc triển khai")
    'party'
    >>> doer_of("1. Công chức Văn Hoá - Xã hội:"), doer_of("Được sự uỷ nhiệm của Thường trực Thành uỷ.")
    ('propaganda', None)
    """
    text = normalize_tones(NUMBERING.sub("", text, count=1)).strip()
    if addressed := _ADDRESSED.match(text):
        text = text[addressed.end() :]
    phrase = re.split(r"\bcủa\b", phrase_until_verb(text).lower())[0]
    words = list(re.finditer(r"\w+", phrase))[:DOER_HEAD_SYLLABLES]
    found = _DOER.search(phrase[: words[-1].end()]) if words else None
    return found.lastgroup if found else None


def sentences_of(paragraphs: list[str]) -> list[str]:
    """The sentences (and clauses between semicolons) of an item's paragraphs, each long enough to say a task."""
    pieces = (s for p in paragraphs for s in SENTENCE_END.split(NUMBERING.sub("", p, count=1)))
    return [s for s in pieces if len(s.split()) >= MIN_SENTENCE_SYLLABLES]


def opening_of(paragraphs: list[str]) -> str:
    """What the meaning measure embeds of an item: its paragraphs without their numbering (cut to size there)."""
    return " ".join(NUMBERING.sub("", p, count=1) for p in paragraphs)


Terms = tuple[np.ndarray, np.ndarray]  # a text's distinct terms (by :func:`term_ids`) and how often each occurs


def term_ids(words: list[str]) -> Terms:
    """The distinct terms of ``words``, each by its hash (64 bits: two terms of one matrix do not meet on one),
    and their counts: a unit's terms are numbered once, whatever matrix it is compared in."""
    counted = Counter(words)
    ids = np.fromiter((hash(term) for term in counted), dtype=np.int64, count=len(counted))
    return ids, np.fromiter(counted.values(), dtype=np.float32, count=len(counted))


@dataclass
class Unit:
    """A directive's task or an implementing document's item: its anchor and its paragraphs (normalised text),
    with the terms of the whole and of each sentence counted."""

    anchor: str
    paragraphs: list[str]
    kind: str | None = None  # what the part it stands in does: "content", "organisation" (PART_KINDS)
    words: Terms = field(init=False)
    sentences: list[Terms] = field(init=False)

    doer: str | None = field(init=False)  # the kind of body its opening addresses (:func:`doer_of`)

    this: InitVar[str | None] = None  # the number of the directive compared with (:func:`words_of`)

    def __post_init__(self, this):
        self.doer = doer_of(self.paragraphs[0]) if self.paragraphs else None
        self.words = term_ids(words_of("\n".join(self.paragraphs), this))
        self.sentences = [term_ids(words_of(s, this)) for s in sentences_of(self.paragraphs)]


class Weights:
    """Inverse document frequencies over a matrix's texts (its tasks and every implementing item), on the
    matrix's own vocabulary."""

    def __init__(self, units: list[Unit]):
        every = np.concatenate([u.words[0] for u in units]) if units else np.zeros(0, dtype=np.int64)
        self.terms, counts = np.unique(every, return_counts=True)  # a unit's terms are distinct: counts are df
        self.idf = np.log((len(units) + 1) / (counts.astype(np.float32) + 0.5))

    def sparse(self, texts: list[Terms]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unit-length TF-IDF vectors of ``texts``, as (local term ids, weights, start of each text) in one run;
        terms outside the matrix's vocabulary are left out."""
        if not texts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        ids = np.concatenate([t[0] for t in texts])
        counts = np.concatenate([t[1] for t in texts])
        owner = np.repeat(np.arange(len(texts)), [len(t[0]) for t in texts])
        local = np.minimum(np.searchsorted(self.terms, ids), max(len(self.terms) - 1, 0))
        known = self.terms[local] == ids if len(self.terms) else np.zeros(len(ids), dtype=bool)
        local, counts, owner = local[known], counts[known], owner[known]
        values = (1 + np.log(counts)) * self.idf[local]
        lengths = np.bincount(owner, minlength=len(texts))
        norms = np.sqrt(np.bincount(owner, weights=values * values, minlength=len(texts))).astype(np.float32)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        return local, values / np.maximum(norms, 1e-9)[owner], starts

    def dense(self, texts: list[Terms]) -> np.ndarray:
        """The same vectors as rows of a dense matrix (for the few texts of a directive's tasks)."""
        ids, weights, starts = self.sparse(texts)
        out = np.zeros((len(texts), len(self.terms)), dtype=np.float32)
        rows = np.repeat(np.arange(len(texts)), np.diff(np.append(starts, len(ids))))
        out[rows, ids] = weights
        return out


def cosines(dense: np.ndarray, sparse: tuple[np.ndarray, np.ndarray, np.ndarray], count: int) -> np.ndarray:
    """Cosines of each dense row with each of ``count`` sparse vectors: (rows, count)."""
    ids, weights, starts = sparse
    out = np.zeros((dense.shape[0], count), dtype=np.float32)
    filled = np.flatnonzero(np.diff(np.append(starts, len(ids))))  # a text without a known term stays at zero
    if len(filled):
        out[:, filled] = np.add.reduceat(dense[:, ids] * weights, starts[filled], axis=1)
    return out


class Tasks:
    """A directive's tasks made ready to be compared with the items of many documents: their vectors (words,
    sentences, meaning) worked out once, with the weights of the words over the whole matrix."""

    def __init__(self, rows: list[Unit], weights: Weights, folder: str | None = None):
        self.rows, self.weights, self.folder = rows, weights, folder
        self.whole = weights.dense([r.words for r in rows])
        self.pieces = weights.dense([s for r in rows for s in r.sentences])
        self.piece_owner = np.repeat(np.arange(len(rows)), [len(r.sentences) for r in rows])
        self.vectors = embedding.passage_vectors([opening_of(r.paragraphs) for r in rows], folder=folder)

    def word_scores(self, units: list[Unit]) -> tuple[np.ndarray, np.ndarray]:
        """The word measures of each task against each item, (tasks, items) each: the whole texts' cosine, and
        the mean over the task's sentences of each one's best cosine with a sentence of the item."""
        whole = cosines(self.whole, self.weights.sparse([u.words for u in units]), len(units))
        share = np.zeros_like(whole)
        pieces = [s for u in units for s in u.sentences]
        if pieces and len(self.piece_owner):
            owner = np.repeat(np.arange(len(units)), [len(u.sentences) for u in units])
            by_piece = cosines(self.pieces, self.weights.sparse(pieces), len(pieces))
            best = np.zeros((len(self.piece_owner), len(units)), dtype=np.float32)
            np.maximum.at(best.T, owner, by_piece.T)  # each task sentence's best match within each item
            counts = np.bincount(self.piece_owner, minlength=len(self.rows))
            np.add.at(share, self.piece_owner, best)
            share /= np.maximum(counts, 1)[:, None]
        return whole, share

    def meaning_scores(self, units: list[Unit]) -> np.ndarray:
        """The meaning measure of each task against each item, 0..1, (tasks, items); zeros without the model."""
        if self.vectors is None:
            return np.zeros((len(self.rows), len(units)), dtype=np.float32)
        vectors = embedding.passage_vectors([opening_of(u.paragraphs) for u in units], folder=self.folder)
        cosine = self.vectors @ vectors.T
        return np.clip((cosine - MEANING_FLOOR) / (1 - MEANING_FLOOR), 0, 1)

    def scores(self, units: list[Unit]) -> np.ndarray:
        """How alike each task and each item are, 0..1 (the measures' weighted mean), plus :data:`SAME_PART`
        when both stand in parts of the same kind and :data:`SAME_DOER` when both are addressed to bodies of
        the same kind: (tasks, items)."""
        if not self.rows or not units:
            return np.zeros((len(self.rows), len(units)), dtype=np.float32)
        whole, share = self.word_scores(units)
        meaning = self.meaning_scores(units)
        full = WORDS_WEIGHT + SENTENCES_WEIGHT + MEANING_WEIGHT
        total = (WORDS_WEIGHT * whole + SENTENCES_WEIGHT * share + MEANING_WEIGHT * meaning) / full
        kinds = np.array([[r.kind is not None and r.kind == u.kind for u in units] for r in self.rows], dtype=bool)
        doers = np.array([[r.doer is not None and r.doer == u.doer for u in units] for r in self.rows], dtype=bool)
        return total + SAME_PART * kinds.reshape(total.shape) + SAME_DOER * doers.reshape(total.shape)
