"""Highlights: which characters a query marks, as a table of cases, and the fast scan against the token walk."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.query.parse import parse_query
from indexer.query.spelling import same_word as _same_word
from indexer.search.highlight import DocumentText, Highlighter, _matcher, highlight
from indexer.text.tokens import protected_spans, syllable_spans

CASES = [
    # (query, text, the marked words)
    ("tuyen giao", "Ban Tuyên giáo Tỉnh uỷ", ["Tuyên giáo"]),
    ("TUYEN", "Ban Tuyên giáo", ["Tuyên"]),
    ("đối ngoại", "thông tin đối ngoại, đội ngũ", ["đối ngoại"]),
    ("đối", "ĐỐI NGOẠI và đội", ["ĐỐI"]),  # an exact spelling ignores case, not diacritics
    ("ủy ban", "Uỷ ban nhân dân", ["Uỷ ban"]),  # records hold one tone placement; the query is given it too
    ("bảo*", "bảo đảm, Bảo hiểm, báo cáo, bao", ["bảo", "Bảo", "báo", "bao"]),  # a prefix, in any spelling
    ("ban", "Ban, bàn, bán; ban hành", ["Ban", "bàn", "bán", "ban"]),
    ("57 kl tw", "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị", ["57-KL/TW"]),
    ("kl", "thực hiện 57-KL/TW", []),  # a word inside a directive number is not a word of the text
    ('"phạm vi điều chỉnh"', "Phạm vi điều chỉnh. Phạm vi áp dụng, điều chỉnh", ["Phạm vi điều chỉnh"]),
    ('"pham vi" dieu', "phạm vi, điều", ["phạm vi", "điều"]),
    ("tin", "thông tin, tinh thần, tín", ["tin", "tín"]),  # whole words only
    ("2023", "năm 2023 và 12023", ["2023"]),
    ("x", "", []),
    # Words of a query of several words are marked where they stand together, as typed (issue 21).
    (
        "thong tin doi ngoai",
        "Đổi mới công tác thông tin đối ngoại, hệ thống thông tin, đội ngũ, theo dõi, nước ngoài",
        ["thông tin đối ngoại", "thông tin"],
    ),
    ("thông tin đối ngoại", "Thông báo kết quả; công tác thông tin đối ngoại", ["thông tin đối ngoại"]),
    ("thong tin doi ngoai", "Đổi mới hệ thống, đội ngũ", ["Đổi", "thống", "đội"]),  # none together: all
]


@pytest.mark.parametrize("query, text, marked", CASES)
def test_marked_words(query, text, marked):
    spans = Highlighter(parse_query(query)).spans(text)
    assert [text[a:b] for a, b in spans] == marked


def test_marks_are_escaped():
    assert highlight("<b>Tuyên</b> & giáo", parse_query("tuyen")) == "&lt;b&gt;<mark>Tuyên</mark>&lt;/b&gt; &amp; giáo"


def _standing_together(text: str, query, tokens, words: list[int]) -> set[int]:
    """The matched words next to (only blanks between) one matching the query's next or previous word."""
    typed = query.terms
    if len(typed) < 2:
        return set()

    def same(i: int, k: int) -> bool:
        term = typed[k]
        return bool(_matcher(parse_query(term.text + ("*" if term.prefix else "")))(text[slice(*tokens[i])], False))

    together = set()
    for i, j in zip(words, words[1:]):
        if re.fullmatch(r"[ \t]*", text[tokens[i][1] : tokens[j][0]]) and any(
            same(i, k) and same(j, k + 1) for k in range(len(typed) - 1)
        ):
            together.update((i, j))
    return together


def token_walk(text: str, query) -> list[tuple[int, int]]:
    """The plain definition: test every token of the text (what the scan must agree with)."""
    matches = _matcher(query)
    protected = set(protected_spans(text))
    tokens = syllable_spans(text)
    hit = [matches(text[a:b], (a, b) in protected) for a, b in tokens]
    words = [i for i, (a, b) in enumerate(tokens) if hit[i] and (a, b) not in protected and matches(text[a:b], False)]
    together = _standing_together(text, query, tokens, words)
    for i in set(words) - together if together else ():
        hit[i] = (tokens[i] in protected) and matches(text[tokens[i][0] : tokens[i][1]], True)
    for phrase in query.phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if all(_same_word(text[tokens[i + k][0] : tokens[i + k][1]], phrase[k]) for k in range(n)):
                hit[i : i + n] = [True] * n
    spans: list[tuple[int, int]] = []
    for (a, b), is_hit in zip(tokens, hit):
        if is_hit:
            if spans and re.fullmatch(r"[ \t]*", text[spans[-1][1] : a]):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


WORDS = [
    "Ban",
    "bàn",
    "bán",
    "ĐỐI",
    "đối",
    "ngoại",
    "Uỷ",
    "ủy",
    "thông",
    "tin",
    "57-KL/TW",
    "KL",
    "57",
    "2023",
    "phạm",
    "vi",
    "Phạm",
    "điều",
    "chỉnh",
    "hoà",
    "hòa",
    "æ",
    "Ａ",
    "12/5/2023",
    "số",
    "06 - KH/BCĐ",
]
texts = st.lists(st.sampled_from(WORDS), max_size=12).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", ", ", ". ", "\t", "-", "_", "\n"]), min_size=len(words), max_size=len(words)
    ).map(lambda seps: "".join(w + s for w, s in zip(words, seps)))
)
queries = st.lists(
    st.sampled_from(WORDS + ["ban", "doi", "uy", "pham*", '"phạm vi"', '"pham vi dieu"', "kl 57", "-tin", "a"]),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=texts, query=queries)
def test_scan_marks_what_the_token_walk_marks(text, query):
    parsed = parse_query(query)
    assert Highlighter(parsed).spans(text) == token_walk(text, parsed)


@settings(max_examples=400, deadline=None)
@given(paragraphs=st.lists(texts, max_size=5), query=queries)
def test_a_whole_document_is_marked_as_each_paragraph_would_be(paragraphs, query):
    parsed = parse_query(query)
    document = Highlighter(parsed).document_spans(DocumentText(paragraphs))
    assert document == [token_walk(text, parsed) for text in paragraphs]


def test_a_document_is_marked_where_its_words_stand():
    paragraphs = [
        "Điều 1. Phạm vi điều chỉnh",
        "",
        "Người lao động, NGƯỜI LAO ĐỘNG và người lao động nước ngoài",
        "thực hiện 57-KL/TW; lao",
    ]
    spans = Highlighter(parse_query("người lao động 57 kl tw")).document_spans(DocumentText(paragraphs))
    assert [[text[a:b] for a, b in found] for text, found in zip(paragraphs, spans)] == [
        [],
        [],
        ["Người lao động", "NGƯỜI LAO ĐỘNG", "người lao động"],
        ["57-KL/TW", "lao"],
    ]
