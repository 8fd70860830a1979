"""How much a match weighs, by where it is found and in which form: the ranking's tuning constants.

Engine-neutral: the Whoosh engine compiles a :class:`~indexer.query.plan.QueryPlan` with these, and any
other engine must weigh the same way to rank the same.  How each value was found is told in
``bench/NOTES.md``; here, one line of reason each.
"""

from __future__ import annotations

# Where a match is found: headings and the issuer name the subject; the short title repeats type words.
W_TITLE, W_HEAD, W_BODY = 0.3, 1.6, 1.0
# In which form: as typed, folded when typed with diacritics ("bàn" above "ban"), folded when typed without, pyvi word.
W_EXACT, W_FOLDED, W_FOLDED_ONLY, W_WORD = 1.0, 0.3, 1.0, 1.2
# Adjacent query syllables side by side; in a short query they are one name ("Cao Bằng"), which pyvi splits unevenly.
W_BIGRAM, W_BIGRAM_SHORT = 0.5, 2.0
# A few keywords standing together in the subject line: the document is about them (ranking._subject_first).
W_SUBJECT = 0.5
# Of those, one implemented by n archived documents weighs (1 + W_IMPLEMENTED * log2(1 + n)) times more.
W_IMPLEMENTED = 0.25
# A directive number asked for: the document that bears it first, those citing it next.
W_NUMBER_OWN, W_NUMBER_CITED = 60.0, 4.0
BM25_K1, BM25_B = 1.2, 0.75  # Whoosh's defaults: grids of both gained nothing on ALQAC and DRiLL

AND_MAX_TERMS = 6  # a query of up to this many content syllables requires them all; a longer one is ranked
PAIR_TERMS_UP_TO = AND_MAX_TERMS  # adjacent syllables as pair terms (cheap) up to here, as sloppy phrases beyond
PAIRS_UP_TO = 24  # and as neither beyond this: a pasted paragraph is no phrase
PASSAGE_PAIR_TERMS = True  # in paragraphs a question's pairs are pair terms too: its phrases were most of its time
PASSAGE_EXACT_ONLY = True  # paragraphs scored on the spelling typed, as highlighted (others if none has it)
COMMON_RATIO = 1.01  # syllables in more than this share of documents left out of a long query: above 1, off

VIEW_WEIGHTS = {"title": W_TITLE, "head": W_HEAD, "body": W_BODY, "passage": 1.0}
