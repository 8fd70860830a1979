"""How much a match weighs, by where it is found and in which form: the ranking's tuning constants.

Engine-neutral: the Whoosh engine compiles a :class:`~indexer.query.plan.QueryPlan` with these, and any
other engine must weigh the same way to rank the same.  How each value was found is told in
``bench/NOTES.md``; here, one line of reason each.
"""

from __future__ import annotations

# Where a match is found: the title is short and repeats the query's type words, headings and the issuer
# name the subject, the body is most of the text.  A paragraph has one view, of weight 1.
W_TITLE, W_HEAD, W_BODY = 0.3, 1.6, 1.0
# In which form: the exact diacritics typed, the folded form of an accented word (bàn finds "ban" too, below
# "bàn"), the folded form of a word typed without diacritics (its only form), a pyvi word of several syllables.
W_EXACT, W_FOLDED, W_FOLDED_ONLY, W_WORD = 1.0, 0.3, 1.0, 1.2
# Two adjacent syllables of the query found side by side: in a short query they are usually one name ("Cao
# Bằng", "Công an xã"), which pyvi segments differently in a query and in running text, so they weigh more.
W_BIGRAM, W_BIGRAM_SHORT = 0.5, 2.0
# A directive number asked for: the document that bears it first, those citing it next.
W_NUMBER_OWN, W_NUMBER_CITED = 60.0, 4.0
BM25_K1, BM25_B = 1.2, 0.75  # Whoosh's defaults: grids of both gained nothing on ALQAC and DRiLL

# A query of up to this many content syllables requires them all (a longer one is a question: ranked).
AND_MAX_TERMS = 6
# Adjacent syllables are matched as pair terms (cheap) in a query of up to this many content syllables, and as
# sloppy phrases (dearer, but they reward "a x b" and keep the diacritics) in a longer one, up to PAIRS_UP_TO.
PAIR_TERMS_UP_TO = AND_MAX_TERMS
PAIRS_UP_TO = 24
# In paragraphs, a question's pairs are pair terms too: its phrases were most of its time (DRiLL +1.4 R@10).
PASSAGE_PAIR_TERMS = True
# A word typed with diacritics is looked for in paragraphs in that spelling only, as it is highlighted (a third
# less time); a document none of whose paragraphs has it is searched again in every spelling.
PASSAGE_EXACT_ONLY = True
# A long query may leave out the syllables found in more than this share of documents; above 1, none is left
# out (dropping them cost 1-4 points of R@10 on ALQAC and DRiLL).
COMMON_RATIO = 1.01

VIEW_WEIGHTS = {"title": W_TITLE, "head": W_HEAD, "body": W_BODY, "passage": 1.0}
