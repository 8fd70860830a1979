"""What the fuzzing tests share: their Hypothesis settings, the lines of the seed corpus, and strategies for
queries and filter values (used by :mod:`tests.test_fuzz_indexer` and :mod:`tests.test_fuzz_web`).

The runs are bounded (``FUZZ_EXAMPLES``, default 40 per property) so the fuzzing modules take well under a
minute; CI may raise the number.
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from indexer.text.vietnamese import fold
from tests.conftest import EXTRA, SEEDS

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEW = settings(FUZZ, max_examples=max(5, EXAMPLES // 3))  # for properties whose every example is slow


# --- material: real text and what users type ----------------------------------------------------------------


def _corpus_lines() -> list[str]:
    lines = []
    for folder in (SEEDS, EXTRA):
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name != "README.md":
                lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


LINES = _corpus_lines()
# What users type and what breaks parsers: quotes of every kind, operators, wildcards, directive numbers in
# their spellings, control and invisible characters, markup, Whoosh's own syntax, numbers too big for int().
QUERY_PIECES = [
    '"',
    "“",
    "”",
    "„",
    "-",
    "--",
    "*",
    "**",
    "-*",
    '-"',
    '"-',
    "?",
    "~",
    "^2",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\\",
    "/",
    "AND",
    "OR",
    "NOT",
    "field:x",
    "title:",
    "*:*",
    "57-KL/TW",
    "57 kl tw",
    "KL57",
    "kết luận 57",
    "06-KH/BCĐ",
    "1191/QĐ-TTg",
    "số 12",
    "thông tin",
    "đối ngoại",
    "thong tin doi ngoai",
    "Cao Bằng",
    "bàn",
    "bán",
    "Ban Tuyên giáo",
    "nào sau đây",
    "đúng hay sai",
    "\x00",
    "\x1b",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\u00a0",
    "\t",
    "\n",
    "\r",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "&amp;",
    "%00",
    "%",
    "9" * 60,
    "²",
    "١٩٩٩",
    "Ⅻ",
    "ﬁ",
    "ǅ",
    "🇻🇳",
    "東京",
    "\u0301",
    "e\u0302\u0301",
]
query_pieces = st.sampled_from(QUERY_PIECES) | st.sampled_from(LINES).map(lambda line: line[:40]) | st.text(max_size=12)
queries = st.one_of(
    st.text(),
    st.lists(query_pieces, max_size=30).map(" ".join),
    st.lists(query_pieces, max_size=30).map("".join),
    # Far beyond MAX_CHARS and MAX_TERMS: the parser cuts, it does not choke.
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(QUERY_PIECES + ["thông ", "a", '"a ', "-x "]),
        st.integers(200, 6000),
    ),
    # Vietnamese as typed on a Mac (NFD) and without diacritics.
    st.sampled_from(LINES).map(lambda line: unicodedata.normalize("NFD", line)),
    st.sampled_from(LINES).map(fold),
)


filter_values = st.text(max_size=20) | st.sampled_from(
    ["2023", "1899", "2101", "0", "²", "١٩٩٩", "57-KL/TW", "lead", "central", "Bộ Chính trị", "", " ", "x" * 301]
)
