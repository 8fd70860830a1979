"""Search: a query and filters -> ranked documents, their best passages, facet counts.

Ranking (DESIGN.md section 4):

* each query syllable matches the accented field with full weight and the
  folded field with less, so ``bàn`` ranks "bàn" above "ban" and "bán"; a
  syllable typed without diacritics matches the folded field with full weight;
* pyvi words of the query add weight where the document has the same word;
* title and number weigh most, headings and the issuer next, body text least;
* consecutive syllables found next to each other (a bigram) add weight;
* a directive number in the query puts that directive first and the
  documents that cite it next.

Matching: a short query needs every content word (each in any of its forms);
when no document has them all, the query is answered with the documents that
have the most of them, and says so.
"""
from __future__ import annotations

import contextlib
import math
from dataclasses import astuple, dataclass, field

import numpy as np
from whoosh import query as Q
from whoosh.scoring import BM25F

from indexer.engine.whoosh import paragraph_scores

from indexer.engine.whoosh import phrases

from indexer.text import embedding as semantic
from indexer.engine.whoosh import vectors
from indexer.text.tokens import pair_term, segment
from indexer.errors import ArchiveError
from indexer.search.facets import check_filters, count, doc_facets, passes
from indexer.search.highlight import Highlighter, holds_phrase, snippet
from indexer.store.index import ArchiveIndex
from indexer.lru import Lru
from indexer.text.numbers import number_key
from indexer.query.parse import ParsedQuery, parse_query
from indexer.search.suggest import suggest
from indexer.text.vietnamese import fold, has_diacritics, nfc

PER_PAGE = 10
PASSAGES_PER_RESULT = 3
AND_MAX_TERMS = 6  # content syllables up to which every one is required
COMMON_RATIO = 1.01  # a long query may leave out syllables found in more than this share of documents (off:
# measured on ALQAC and DRiLL, dropping them costs 1-4 points of R@10)

# Field weights: where a match is found ...
W_TITLE, W_HEAD, W_BODY = 0.3, 1.6, 1.0
# ... and in which form: exact diacritics, folded, pyvi word, adjacent pair.
W_EXACT, W_FOLDED, W_FOLDED_ONLY, W_WORD, W_BIGRAM = 1.0, 0.3, 1.0, 1.2, 0.5
# In a short query, adjacent words are usually one name ("Cao Bằng", "Công an xã"), which pyvi
# segments differently in a query and in running text: their adjacency weighs more.
W_BIGRAM_SHORT = 2.0
PAIR_TERMS_UP_TO = AND_MAX_TERMS  # queries of up to this many content syllables match pairs as terms
# Longer ones too, in paragraphs, where a question's phrases were most of its time: DRiLL R@10 +1.4 points,
# ALQAC MRR@10 -0.3.
PASSAGE_PAIR_TERMS = True
# A word typed with diacritics is looked for in paragraphs in that spelling only, as it is highlighted: a
# third less time for short queries.  A document none of whose paragraphs has it is searched again in
# every spelling.
PASSAGE_EXACT_ONLY = True
W_NUMBER_OWN, W_NUMBER_CITED = 60.0, 4.0
BM25_K1, BM25_B = 1.2, 0.75
# The best paragraph's score adds to its document's, over the top results.  Depth 20 ranks as well as
# 50 on ALQAC and DRiLL, at 60% of the cost.
RERANK_DEPTH, W_PASSAGE = 20, 0.25
# Queries with fewer content syllables skip the rerank: one to three keywords are answered as well
# by the document's own score (same ALQAC and DRiLL figures), and the rerank is most of their time.
# Skipping it up to six syllables costs 0.5 point of R@10 on ALQAC and 3 on DRiLL.
RERANK_MIN_TERMS = 4
# A question in full sentences (a question, with more content syllables than a query of keywords, typed with
# diacritics) is also ranked by meaning: the scores of the documents whose sentence embedding is nearest it
# (indexer.semantic) are added to the lexical ones, each on its own standard scale (z_score_fusion).  The
# weight of meaning is the middle of the range where both benchmarks hold (dev R@10 / MRR@10: at 0.6 DRiLL
# 0.745 / 0.571; 0.7-0.9 DRiLL 0.754 / 0.564-0.571 and ALQAC 0.955-0.959 / 0.838-0.844; at 1.0 ALQAC MRR
# 0.834).  Unaccented text is left out: the model reads it poorly (DRiLL stripped: 0.66 lexical, 0.45 fused).
SEMANTIC_MIN_TERMS = AND_MAX_TERMS + 1
SEMANTIC_ACCENTED_SHARE = 0.3  # Vietnamese carries a diacritic on most syllables; text without them, on none
FUSION_DEPTH, W_SEMANTIC = 100, 0.8


def weighting() -> BM25F:
    return BM25F(B=BM25_B, K1=BM25_K1)


class BadQuery(ArchiveError):
    code = "bad_query"
    status = 400


@dataclass
class SearchOptions:
    per_page: int = PER_PAGE
    match: str = "auto"  # auto (all words for short queries, fallback to any) | any
    passages: bool = True
    facets: bool = True
    exact_total: bool = True  # False: estimate the total, skip matching every document (evaluation)


@dataclass
class Ranked:
    docnums: list[int]
    scores: list[float]
    total: int
    matched: list[int] = field(default_factory=list)
    # doc_id -> its best paragraphs ((passage docnum, score), best first), when the rerank found them
    paragraphs: dict[str, list[tuple[int, float]]] = field(default_factory=dict)


# --- building Whoosh queries ------------------------------------------------------------------------


def _weight(name: str) -> float:
    return {"title": W_TITLE, "head": W_HEAD, "body": W_BODY, "passage": 1.0}[name]


def _term_query(text: str, accented: bool, prefix: bool, fields: dict[str, tuple[str, str]],
                long_query: bool = False) -> Q.Query:
    """One query syllable in every field and form it may take."""
    parts = []
    folded = fold(text)
    maker = Q.Prefix if prefix else Q.Term
    for name, (syl_field, fold_field) in fields.items():
        weight = _weight(name)
        if accented:
            parts.append(maker(syl_field, text, boost=weight * W_EXACT))
            if not long_query:  # a question in full sentences gains nothing from other spellings
                parts.append(maker(fold_field, folded, boost=weight * W_FOLDED))
        else:
            parts.append(maker(fold_field, folded, boost=weight * W_FOLDED_ONLY))
    return _or(parts)


def _or(parts: list[Q.Query]) -> Q.Query:
    """An Or without zero-weight parts (Whoosh divides by boosts) and without nesting.

    Nested Ors are flattened because Whoosh-Reloaded 2.7.5's binary union
    matcher scores an Or of an Or wrongly (see tests/test_search.py).
    """
    flat: list[Q.Query] = []
    for part in parts:
        if part.boost <= 0:
            continue
        if isinstance(part, Q.Or) and part.boost == 1.0 and not part.scale:
            flat.extend(p for p in part.subqueries if p.boost > 0)
        else:
            flat.append(part)
    flat = _merged(flat)
    if not flat:
        return Q.NullQuery
    return flat[0] if len(flat) == 1 else Q.Or(flat)


def _merged(parts: list[Q.Query]) -> list[Q.Query]:
    """The same term (or phrase) asked twice, as one with the two boosts added: the same scores (an Or adds
    its parts' scores), half the matching.  A pasted name or a question repeats its words ("Bộ Lao động -
    Thương binh và Xã hội Bộ Lao động …")."""
    merged: dict[tuple, Q.Query] = {}
    out: list[Q.Query] = []
    for part in parts:
        if isinstance(part, Q.Term):
            key = ("term", part.fieldname, part.text)
        elif isinstance(part, Q.Phrase):
            key = ("phrase", part.fieldname, tuple(part.words), part.slop)
        else:
            out.append(part)
            continue
        if key in merged:
            merged[key].boost += part.boost
        else:
            merged[key] = part
            out.append(part)
    return out


def _phrase_query(words: list[str], fields: dict[str, tuple[str, str]], slop: int = 1, boost: float = 1.0,
                  body_only: bool = False) -> Q.Query:
    """Words in this order; Whoosh's ``slop`` counts positions, so 1 means side by side."""
    accented = has_diacritics(" ".join(words))
    parts = []
    for name, (syl_field, fold_field) in fields.items():
        if body_only and name not in ("body", "passage"):
            continue
        weight = _weight(name)
        if accented:
            parts.append(Q.Phrase(syl_field, [nfc(w) for w in words], slop=slop, boost=weight * boost))
        else:
            parts.append(Q.Phrase(fold_field, [fold(w) for w in words], slop=slop, boost=weight * boost))
    return _or(parts)


def _pair_terms(words: list[str], fields: dict[str, tuple[str, str]]) -> list[Q.Query]:
    """What ranks a phrase without reading positions: each adjacent pair of its syllables, folded, as one
    term of the folded fields (which index every pair)."""
    pairs = dict.fromkeys(pair_term(a, b) for a, b in zip(words, words[1:]))
    return [Q.Term(fold_field, pair, boost=_weight(name)) for pair in pairs for name, (_syl, fold_field) in fields.items()
            if _weight(name) > 0]


DOC_FIELDS = {"title": ("title_syl", "title_fold"), "head": ("head_syl", "head_fold"), "body": ("body_syl", "body_fold")}
PASSAGE_FIELDS = {"passage": ("syl", "fold")}


def _word_queries(parsed: ParsedQuery, word_fields: list[tuple[str, float]]) -> list[Q.Query]:
    """pyvi words of the accented part of the query (multi-syllable words only)."""
    accented_text = " ".join(t.text for t in parsed.terms if not t.prefix)
    if not has_diacritics(accented_text):
        return []
    words = [w.lower() for w in segment(accented_text).split() if "_" in w]
    return [Q.Term(f, w, boost=weight * W_WORD) for w in dict.fromkeys(words) for f, weight in word_fields if weight * W_WORD > 0]


def build_query(parsed: ParsedQuery, index: ArchiveIndex | None, *, require_all: bool, passages: bool = False,
                common: set[str] | None = None,
                every_spelling: bool = False, phrases_by_pairs: bool = False) -> Q.Query | None:
    """The Whoosh query for the docs index (or, with ``passages``, for the passages index).

    :param common: folded syllables so frequent in the archive that matching
        them says nothing; a long query leaves them out (they would only cost time).
    :param every_spelling: with ``passages``, match a word typed with diacritics in its other
        spellings too (by default paragraphs are scored on the spelling typed, see PASSAGE_EXACT_ONLY).
    :param phrases_by_pairs: a quoted phrase as its words and its adjacent pairs of folded syllables
        (terms the folded fields hold), not as positions, and not required: for ranking documents
        already known to hold the phrase.
    """
    fields = PASSAGE_FIELDS if passages else DOC_FIELDS
    word_fields = [] if passages else [("title_words", W_TITLE), ("body_words", W_BODY)]
    content = parsed.content_terms()
    long_query = len(content) > AND_MAX_TERMS
    if long_query and common:
        kept = [t for t in content if fold(t.text) not in common]
        content = kept or content
    required: list[Q.Query] = []
    optional: list[Q.Query] = []
    exact_only = long_query or (passages and PASSAGE_EXACT_ONLY and not every_spelling)
    term_queries = [_term_query(t.text, t.accented, t.prefix, fields, exact_only) for t in content]
    if require_all:
        required += term_queries
    else:
        optional += term_queries
    if not long_query:
        # Scaffolding words still help rank a short query, never required.
        optional += [_term_query(t.text, t.accented, t.prefix, fields) for t in parsed.terms if t not in content]
    optional += _word_queries(parsed, word_fields)
    # Adjacent content syllables: proximity counts.  In the body only: a heading or an issuer holding
    # the pair is already weighted up.  A few keywords match each pair as one term (the folded fields
    # index pairs), which costs next to nothing; a question's pairs are sloppy phrases over the accented
    # syllables, which cost more but rank better (they also reward "a x b" and keep the diacritics).
    adjacent = [(a, b) for a, b in zip(content, content[1:]) if not (a.prefix or b.prefix)]
    if len(content) <= PAIR_TERMS_UP_TO or (passages and PASSAGE_PAIR_TERMS and len(content) <= 24):
        pair_field = "fold" if passages else "body_fold"
        weight = W_BIGRAM if long_query else W_BIGRAM_SHORT
        pairs = dict.fromkeys(pair_term(a.text, b.text) for a, b in adjacent)
        optional += [Q.Term(pair_field, pair, boost=weight) for pair in pairs]
    elif len(content) <= 24:
        weight = W_BIGRAM if long_query else W_BIGRAM_SHORT
        optional += [_phrase_query([a.text, b.text], fields, slop=2, boost=weight, body_only=True) for a, b in adjacent]
    for words in parsed.phrases:
        if phrases_by_pairs:  # every document holding the phrase matches its words: none is lost
            optional += _pair_terms(words, fields)
            optional += [_term_query(w, has_diacritics(w), False, fields) for w in words]
        else:
            required.append(_phrase_query(words, fields, slop=1))
    for number in parsed.numbers:
        keys = _number_keys(number, index)
        own = [Q.Term("numbers" if passages else "number_key", k, boost=W_NUMBER_OWN) for k in keys]
        cited = [] if passages else [Q.Term("refs", k, boost=W_NUMBER_CITED) for k in keys]
        if own or cited:
            optional.append(_or(own + cited))
            if parsed.only_numbers():
                required.append(_or(own + cited))
    if not required and not optional:
        return None
    if required:
        main = Q.And(required)
        query = Q.AndMaybe(main, _or(optional)) if optional else main
    else:
        query = _or(optional)
    excluded = [
        _phrase_query(words, fields, slop=1) if len(words) > 1 else _term_query(words[0], has_diacritics(words[0]), False, fields)
        for words in parsed.excluded
    ]
    if excluded:
        query = Q.AndNot(query, _or(excluded))
    return query


def _number_keys(number, index: ArchiveIndex | None) -> list[str]:
    """The number keys a number query stands for: itself, or every archived number it abbreviates."""
    if number.key:
        return [number.key]
    if index is None:
        return []
    keys = []
    for summary in index.summaries():
        for candidate in [summary.get("number")] + list(summary.get("references", [])):
            if candidate and number.matches(candidate):
                keys.append(number_key(candidate))
    return list(dict.fromkeys(keys))


# --- searching ----------------------------------------------------------------------------------------------


def search(index: ArchiveIndex, query: str | None, filters: dict[str, list[str]] | None = None, page: int = 1,
           options: SearchOptions | None = None) -> dict:
    """Search the archive.

    :param query: what was typed (any string; parsed leniently).
    :param filters: ``{facet: [values]}``: OR within a facet, AND across facets.
    :param page: 1-based page of results.
    :return: the dict of DESIGN.md section 5 (``results`` items carry no ``url``:
        the web layer adds URLs) plus ``notices``.
    :raise BadQuery: a page that is not a positive number.
    :raise BadFilter: an unknown facet or an impossible value.
    """
    options = options or SearchOptions()
    if not isinstance(page, int) or page < 1:
        raise BadQuery("Số trang phải là số nguyên dương.", "page must be a positive integer")
    selected = check_filters(filters)
    parsed = parse_query(query or "")
    with index.searching("docs", weighting) as searcher, index.searching("passages", weighting) as passages:
        # The answer depends on the query, the filters, the page, the options and the two generations.
        key = (index.version_dir, searcher.reader().generation(), passages.reader().generation(), query or "",
               tuple(sorted((facet, tuple(sorted(values))) for facet, values in selected.items())), page,
               astuple(options))
        answer = ANSWERS.get(key)
        if answer is None:
            answer = _search(index, searcher, passages, query, parsed, selected, page, options)
            ANSWERS.put(key, answer)
    return _copy(answer)


def _search(index: ArchiveIndex, searcher, passages, query: str | None, parsed: ParsedQuery, selected, page: int,
            options: SearchOptions) -> dict:
    notices = list(parsed.notices)
    # The table of the searcher's own generation: docnums agree even while an upload lands.
    generation, rows = index.table(searcher.reader())
    facets_by_docnum = _facet_table(index, generation, rows)
    stored = dict(rows)
    ranked, fallback = _rank(searcher, passages, parsed, index, stored, selected, facets_by_docnum, page, options)
    if fallback:
        notices.append("some_words_missing")
    facets = count([facets_by_docnum[d] for d in ranked.matched], selected) if options.facets else {}
    results = []
    for docnum, score in zip(ranked.docnums, ranked.scores):
        summary = stored[docnum]
        results.append({
            "doc_id": summary["doc_id"], "number": summary["number"], "doc_type": summary["doc_type"],
            "title": summary["title"], "headline": headline(summary), "issuer": summary["issuer"], "level": summary["level"],
            "province": summary.get("province"), "date": summary["date"], "year": summary["year"],
            "score": round(float(score), 4), "passages": [],
        })
    if options.passages and results:
        _attach_passages(passages, index, parsed, results, ranked.paragraphs)
    suggestion = None
    if not parsed.empty and (ranked.total == 0 or fallback or ranked.total < 3):
        suggestion = suggest(index, parsed)
    return {
        "query": query or "", "total": ranked.total, "page": page, "per_page": options.per_page,
        "results": results, "facets": facets, "suggestion": suggestion, "notices": notices,
    }


def warm(index: ArchiveIndex, searchers: int) -> None:
    """Open ``searchers`` searchers of each index and search with each, so that they have read the
    field lengths and columns a first search reads (100-200 ms each at 20,000 paragraphs): a worker
    starting cold made the first researchers after a restart wait two seconds.  A query with and one
    without diacritics: each reads its own fields, and the second builds the table that highlights
    words typed without diacritics (half a second); a question, which reads the vectors."""
    queries = [parse_query("kế hoạch thực hiện công tác thông tin"), parse_query("ke hoach thuc hien cong tac"),
               # and a question in full sentences, which loads the sentence embedding model (indexer.semantic)
               parse_query("Cơ quan nào chủ trì việc triển khai kế hoạch thông tin đối ngoại của tỉnh?")]
    with contextlib.ExitStack() as held:
        pairs = [(held.enter_context(index.searching("docs", weighting)),
                  held.enter_context(index.searching("passages", weighting))) for _ in range(searchers)]
        for docs, passages in pairs:
            for parsed in queries:
                _search(index, docs, passages, "", parsed, {}, 1, SearchOptions())


# The answers given last.  A researcher's JSON twin, language switch, back button or second tab asks
# again what was just answered; an upload or withdrawal makes a new generation, and new keys.
RESULT_CACHE_SIZE = 256
ANSWERS = Lru(RESULT_CACHE_SIZE)


def _copy(answer: dict) -> dict:
    """A copy the caller may change (the web layer adds URLs) without changing the kept answer."""
    return {
        **answer, "notices": list(answer["notices"]),
        "results": [dict(r, passages=[dict(p) for p in r["passages"]]) for r in answer["results"]],
        "facets": {name: [dict(item) for item in items] for name, items in answer["facets"].items()},
    }


_FACET_CACHE: dict = {}


def _facet_table(index: ArchiveIndex, generation, rows) -> dict:
    """``{docnum: DocFacets}`` of a generation; a summary kept from the last table keeps its facets."""
    cache_key = (index.version_dir, generation)
    table = _FACET_CACHE.get(cache_key)
    if table is None:
        known = _FACET_CACHE.get("by_summary", {})  # id(summary) -> (summary, facets): the summary keeps its id
        by_summary = {}
        table = {}
        for docnum, summary in rows:
            kept = known.get(id(summary))
            facets = kept[1] if kept is not None and kept[0] is summary else doc_facets(summary)
            by_summary[id(summary)] = (summary, facets)
            table[docnum] = facets
        _FACET_CACHE.clear()
        _FACET_CACHE[cache_key] = table
        _FACET_CACHE["by_summary"] = by_summary
    return table


def _rank(searcher, passages, parsed: ParsedQuery, index, summaries: dict, selected, facets_by_docnum, page,
          options) -> tuple[Ranked, bool]:
    per_page = options.per_page
    start = (page - 1) * per_page
    if parsed.empty:
        # Browsing: every document that passes the filters, newest first.
        everything = list(facets_by_docnum)
        allowed = [d for d in everything if passes(facets_by_docnum[d], selected)]
        allowed.sort(key=lambda d: (summaries[d].get("date") or "", summaries[d].get("number") or ""), reverse=True)
        window = allowed[start:start + per_page]
        return Ranked(window, [0.0] * len(window), len(allowed), everything), False

    content = parsed.content_terms()
    require_all = options.match == "auto" and 0 < len(content) <= AND_MAX_TERMS and not parsed.is_question
    fallback = False
    common = index.common_syllables(COMMON_RATIO)
    query = _tree_unions(build_query(parsed, index, require_all=require_all, common=common), searcher)
    question = _question_vector(parsed)
    if not options.exact_total and not options.facets and not selected:
        depth = max(start + per_page, FUSION_DEPTH if question is not None else RERANK_DEPTH)
        hits = searcher.search(query, limit=depth) if query is not None else []
        if not hits and require_all and len(content) > 1:
            query = _tree_unions(build_query(parsed, index, require_all=False, common=common), searcher)
            hits = searcher.search(query, limit=depth)
            fallback = True
        total = hits.estimated_length() if query is not None else 0
        docnums, scores, paragraphs = (_rerank_by_passage(passages, index, parsed, hits, common, summaries)
                                       if query is not None else ([], [], {}))
        if question is not None and docnums:
            # Without facets nothing counts the matches: any document may be among the nearest (a question
            # in full sentences shares a word with nearly every document anyway).
            docnums, scores = _fused(searcher, question, docnums, scores, list(searcher.reader().all_doc_ids()))
        docnums, scores = docnums[start:start + per_page], scores[start:start + per_page]
        docnums, scores = _numbers_first(parsed, summaries, docnums, scores, start)
        return Ranked(docnums, scores, total, [], paragraphs), fallback
    matched = _matching(searcher, query, facets_by_docnum)
    if not matched and require_all and len(content) > 1:
        query = _tree_unions(build_query(parsed, index, require_all=False, common=common), searcher)
        matched = _matching(searcher, query, facets_by_docnum)
        fallback = bool(matched)
    allowed = [d for d in matched if passes(facets_by_docnum[d], selected)] if selected else matched
    total = len(allowed)
    if query is None or start >= total:
        return Ranked([], [], total, matched), fallback
    filtered = set(allowed) if selected else None
    if parsed.phrases:
        # The documents are known (``matched`` read the positions): rank them on the phrases' words and
        # pairs of syllables, and read no position twice.  The filter keeps exactly the documents that
        # hold the phrases.
        query = _tree_unions(build_query(parsed, index, require_all=require_all and not fallback, common=common,
                                         phrases_by_pairs=True), searcher)
        filtered = set(allowed)
    depth = max(start + per_page, FUSION_DEPTH if question is not None else RERANK_DEPTH)
    hits = searcher.search(query, filter=filtered, limit=depth)
    docnums, scores, paragraphs = _rerank_by_passage(passages, index, parsed, hits, common, summaries)
    if question is not None and docnums:
        docnums, scores = _fused(searcher, question, docnums, scores, allowed)
    docnums, scores = docnums[start:start + per_page], scores[start:start + per_page]
    docnums, scores = _numbers_first(parsed, summaries, docnums, scores, start)
    return Ranked(docnums, scores, total, matched, paragraphs), fallback


def _question_vector(parsed: ParsedQuery):
    """The sentence embedding of a question asked in full sentences with diacritics, else None (the query
    is ranked lexically alone).  A long name ("Khu Kinh tế cửa khẩu Đồng Đăng") is no question; a quoted
    phrase or an excluded word asks for exact wording."""
    content = parsed.content_terms()
    if len(content) < SEMANTIC_MIN_TERMS or not parsed.is_question or parsed.phrases or parsed.excluded:
        return None
    if sum(t.accented for t in content) < SEMANTIC_ACCENTED_SHARE * len(content):
        return None
    return semantic.query_vector(parsed.raw)


def _fused(searcher, question, lexical: list[int], scores: list[float], candidates: list[int]) -> tuple[list[int], list[float]]:
    """The lexical ranking fused with the documents nearest the question (see :func:`z_score_fusion`).

    :param candidates: the documents that may be shown (those the query matches, within the filters),
        so that the total and the facet counts still describe the results.
    """
    docnums, similarity = vectors.similarities(searcher.reader(), question, candidates)
    # Only the nearest and the lexical ones count: the fusion needs no cosine of the rest of the archive.
    nearest = np.argsort(-similarity, kind="stable")[:FUSION_DEPTH] if len(docnums) else []
    cosine = np.full(searcher.reader().doc_count_all(), np.nan, dtype=np.float32)
    cosine[docnums] = similarity
    kept = {int(docnums[i]): float(similarity[i]) for i in nearest}
    kept.update((d, float(cosine[d])) for d in lexical[:FUSION_DEPTH] if not np.isnan(cosine[d]))
    fused = z_score_fusion(list(zip(lexical, scores)), kept, W_SEMANTIC, FUSION_DEPTH)
    return [d for d, _ in fused], [score for _, score in fused]


def z_score_fusion(lexical: list[tuple[object, float]], nearness: dict, weight: float, depth: int) -> list[tuple[object, float]]:
    """Two rankings' scores added once each is put on one scale: standard scores over its own first
    ``depth`` items (BM25 scores and cosines have nothing else in common).

    The candidates are the first ``depth`` of each ranking.  A candidate beyond the lexical list gets that
    list's lowest score; one without a vector, the lowest of the nearest.  Reciprocal rank fusion was
    measured too and left: it halves the score of a document found by one ranking alone, and a lexically
    exact answer far from the question's meaning fell out of the top ten (ALQAC R@10 0.957 -> 0.936).

    >>> fused = z_score_fusion([("a", 9.0), ("b", 5.0), ("c", 4.0)], {"a": 0.80, "b": 0.70, "c": 0.90, "d": 0.85}, 1.0, 3)
    >>> [(item, round(score, 2)) for item, score in fused]  # "d": only near; "b": lexically second, far
    [('c', 0.3), ('a', 0.16), ('d', -0.93), ('b', -4.14)]
    """
    lexical = lexical[:depth]
    nearest = sorted(nearness, key=lambda item: -nearness[item])[:depth]
    lexical_z = dict(zip((item for item, _ in lexical), _standard([score for _, score in lexical])))
    near_values = [nearness[item] for item in nearest]
    mean, spread = (float(np.mean(near_values)), float(np.std(near_values))) if near_values else (0.0, 0.0)
    near_z = {item: (value - mean) / spread if spread else 0.0 for item, value in nearness.items()}
    lowest_lexical = min(lexical_z.values(), default=0.0)
    lowest_near = min((near_z[item] for item in nearest), default=0.0)
    fused = {}
    for item in list(lexical_z) + nearest:
        if item not in fused:
            fused[item] = lexical_z.get(item, lowest_lexical) + weight * near_z.get(item, lowest_near)
    return sorted(fused.items(), key=lambda pair: -pair[1])


def _standard(values: list[float]) -> list[float]:
    if not values:
        return []
    mean, spread = float(np.mean(values)), float(np.std(values))
    return [(v - mean) / spread if spread else 0.0 for v in values]


def _rerank_by_passage(passages, index: ArchiveIndex, parsed: ParsedQuery, hits, common,
                       summaries: dict) -> tuple[list[int], list[float], dict]:
    """Add the best paragraph's score to each of the top documents' scores, then sort again.

    A document whose one paragraph answers the query beats one that mentions
    the query's words here and there.  The best paragraphs found are returned
    too: they are the passages the results show.
    """
    docnums = [hit.docnum for hit in hits]
    scores = [hit.score for hit in hits]
    if not W_PASSAGE or not docnums or len(parsed.content_terms()) < RERANK_MIN_TERMS:
        return docnums, scores, {}
    top = min(len(docnums), RERANK_DEPTH)
    doc_ids = [summaries[d]["doc_id"] for d in docnums[:top]]
    found = _paragraphs(passages, index, parsed, doc_ids, common=common)
    best = {doc_id: found[doc_id][0][1] for doc_id in found}
    combined = [s + W_PASSAGE * best.get(doc_id, 0.0) for s, doc_id in zip(scores[:top], doc_ids)]
    order = sorted(range(top), key=lambda i: -combined[i])
    return ([docnums[i] for i in order] + docnums[top:], [combined[i] for i in order] + scores[top:],
            {doc_id: found.get(doc_id, []) for doc_id in doc_ids})


# Paragraphs of a document scored on a phrase's pairs, of which the best holding the phrase are kept.
PHRASE_CANDIDATES = 12


def _paragraphs(passages, index: ArchiveIndex, parsed: ParsedQuery, doc_ids: list[str], *, common=None,
                every_spelling: bool = False) -> dict[str, list[tuple[int, float]]]:
    """The best paragraphs of these documents for the query (see :func:`_best_paragraphs`).

    A quoted phrase made Whoosh read the positions of its words in every paragraph
    holding them (100 ms at 200,000 paragraphs).  Instead the paragraphs are scored
    with arrays on the phrase's words and pairs of syllables, and the best ones that
    hold the phrase, checked on their text as highlights are, are kept; a document
    none of whose first candidates holds it goes through Whoosh as before.
    """
    def by_positions(ids: list[str]) -> dict[str, list[tuple[int, float]]]:
        query = build_query(parsed, index, require_all=False, passages=True, common=common,
                            every_spelling=every_spelling)
        return _best_paragraphs(passages, query, ids) if query is not None and ids else {}

    if not parsed.phrases or parsed.excluded:
        return by_positions(doc_ids)
    ranking = build_query(parsed, index, require_all=False, passages=True, common=common,
                          every_spelling=every_spelling, phrases_by_pairs=True)
    scored = (paragraph_scores.best_paragraphs(passages, ranking, "doc_id", doc_ids, PHRASE_CANDIDATES)
              if ranking is not None else None)
    if scored is None:
        return by_positions(doc_ids)
    found: dict[str, list[tuple[int, float]]] = {}
    for doc_id, candidates in scored.items():
        kept = [(d, score) for d, score in candidates
                if all(holds_phrase(passages.stored_fields(d)["text"], words) for words in parsed.phrases)]
        if kept:
            found[doc_id] = kept[:PASSAGES_PER_RESULT]
    return {**found, **by_positions([d for d in doc_ids if d not in found])}


def _best_paragraphs(passages, query: Q.Query, doc_ids: list[str]) -> dict[str, list[tuple[int, float]]]:
    """The best-scoring paragraphs of each document, best first (up to :data:`PASSAGES_PER_RESULT`).

    A query of terms is scored with arrays (:mod:`indexer.paragraph_scores`), any other by Whoosh.
    """
    found = paragraph_scores.best_paragraphs(passages, query, "doc_id", doc_ids, PASSAGES_PER_RESULT)
    return found if found is not None else _whoosh_best_paragraphs(passages, query, doc_ids)


def _whoosh_best_paragraphs(passages, query: Q.Query, doc_ids: list[str]) -> dict[str, list[tuple[int, float]]]:
    """:func:`_best_paragraphs` by Whoosh's matchers, for any query.

    Every matching paragraph of these documents is scored: a bounded limit is
    slower (Whoosh's block skipping costs more than it saves on these queries).
    """
    doc_of = _doc_id_column(passages)
    scope = Q.Or([Q.Term("doc_id", d) for d in doc_ids])
    found: dict[str, list[tuple[int, float]]] = {}
    for hit in passages.search(_preloaded(Q.And([query, scope])), limit=None):
        kept = found.setdefault(doc_of[hit.docnum], [])
        if len(kept) < PASSAGES_PER_RESULT:
            # The scope's doc_id term (an unscored field) adds its weight, 1, to every paragraph's score.
            kept.append((hit.docnum, hit.score - 1.0))
    return found


def _doc_id_column(passages):
    """The ``doc_id`` of every paragraph, without reading stored fields; kept with the searcher.

    Opening a column copies its file out of the segment (Whoosh reads compound
    files through ``BytesIO``): 25 ms a search at 200,000 paragraphs.
    """
    column = getattr(passages, "archive_doc_id_column", None)
    if column is None:
        column = passages.reader().column_reader("doc_id")
        passages.archive_doc_id_column = column
    return column


def _opening_paragraph(passages, doc_id: str) -> list[dict]:
    """The first body paragraph of a document (its first paragraph if it has none in the body).

    A document's paragraphs are added in order in one commit, and Whoosh keeps
    that order through merges, so document numbers give it without sorting.
    """
    first = None
    for docnum in sorted(passages.docs_for_query(Q.Term("doc_id", doc_id)))[:60]:
        fields = passages.stored_fields(docnum)
        if fields.get("zone") == "body":
            return [fields]
        first = first or fields
    return [first] if first is not None else []


def _preloaded(query: Q.Query) -> Q.Query:
    """The query with every Or read into arrays before matching (Whoosh's ``ARRAY_MATCHER``).

    Whoosh picks a tree of union matchers for an index of over 5,000
    documents; on the passages index, where a query's terms match thousands of
    paragraphs, the arrays give the same scores in half the time.
    """
    return _with_unions(query, Q.Or.ARRAY_MATCHER)


def _tree_unions(query: Q.Query | None, searcher) -> Q.Query | None:
    """On a documents index of up to :data:`TREE_UNIONS_UP_TO` documents, the query with every Or matched by
    Whoosh's tree of union matchers (``DEFAULT_MATCHER``).

    Below 5,000 documents Whoosh reads an Or into an array of 2,048 scores,
    which it fills and clears in Python for each Or of each segment: a third
    of a search's time on an archive of a few hundred documents, however
    short.  From a few thousand documents on (ALQAC, DRiLL) the arrays are
    faster than the tree for long questions: 2.5 times.
    """
    if query is None or searcher.doc_count_all() > TREE_UNIONS_UP_TO:
        return query
    return _with_unions(query, Q.Or.DEFAULT_MATCHER)


TREE_UNIONS_UP_TO = 1000


def _with_unions(query: Q.Query, matcher_type: int) -> Q.Query:
    if isinstance(query, Q.Or):
        query.matcher_type = matcher_type
    for child in query.children():
        _with_unions(child, matcher_type)
    return query


def _matching(searcher, query, facets_by_docnum) -> list[int]:
    """Every document the query matches, before the facet filters (which the counts need)."""
    if query is None:
        return []
    query = _same_matches(query)
    found = phrases.matching(searcher, query, FOLD_FIELD_OF)
    if found is None:
        found = searcher.docs_for_query(query)
    return [d for d in found if d in facets_by_docnum]


# Each syllable field of the documents index -> the folded field of the same text (phrases.matching).
FOLD_FIELD_OF = {f: fold_field for syl, fold_field in DOC_FIELDS.values() for f in (syl, fold_field)}


def _same_matches(query: Q.Query) -> Q.Query:
    """A query matching the same documents, without the parts that only rank.

    ``AndMaybe(a, b)`` matches what ``a`` matches; in an Or that also holds
    the words of a phrase, the phrase adds no document.  Reading the positions
    of every phrase in every document of the archive was most of the time
    counting a long query's facets took.
    """
    if isinstance(query, Q.AndMaybe):
        return _same_matches(query.a)
    if isinstance(query, Q.AndNot):
        return Q.AndNot(_same_matches(query.a), query.b)
    if isinstance(query, Q.Or):
        words = {(t.fieldname, t.text) for t in query.subqueries if isinstance(t, Q.Term)}
        kept = [q for q in query.subqueries
                if not (isinstance(q, Q.Phrase) and all((q.fieldname, w) in words for w in q.words))]
        return Q.Or(kept, boost=query.boost) if len(kept) > 1 else kept[0]
    return query


def _numbers_first(parsed: ParsedQuery, summaries: dict, docnums, scores, start):
    """A document whose own number was asked for comes first, whatever its text score."""
    if not parsed.numbers or start > 0:
        return docnums, scores
    own = [
        i for i, d in enumerate(docnums)
        if summaries[d].get("number") and any(n.matches(summaries[d]["number"]) for n in parsed.numbers)
    ]
    order = own + [i for i in range(len(docnums)) if i not in own]
    return [docnums[i] for i in order], [scores[i] for i in order]


# --- passages -------------------------------------------------------------------------------------------------


def _attach_passages(passages, index: ArchiveIndex, parsed: ParsedQuery, results: list[dict],
                     found: dict[str, list[tuple[int, float]]]) -> None:
    """The best paragraphs of each result, highlighted; the opening ones when none matched.

    :param found: the paragraphs the rerank already chose, by doc_id (the others are searched).
    """
    missing = [r["doc_id"] for r in results if r["doc_id"] not in found]
    if missing:
        found = {**found, **_paragraphs(passages, index, parsed, missing)}
    unmatched = [r["doc_id"] for r in results if not found.get(r["doc_id"])]
    if unmatched and PASSAGE_EXACT_ONLY and parsed.accented:  # found by another spelling only
        found = {**found, **_paragraphs(passages, index, parsed, unmatched, every_spelling=True)}
    highlighter = Highlighter(parsed)
    for result in results:
        doc_id = result["doc_id"]
        chosen = [passages.stored_fields(docnum) for docnum, _ in found.get(doc_id, [])]
        if not chosen:
            chosen = _opening_paragraph(passages, doc_id)
        result["passages"] = []
        for fields in chosen:
            text, highlighted = snippet(fields["text"], parsed, highlighter=highlighter)
            result["passages"].append({"anchor": fields["anchor"], "section": fields.get("section", ""), "text": text,
                                       "highlighted": highlighted})


def headline(summary: dict) -> str | None:
    """How a result is titled: "Kế hoạch thực hiện Kết luận …" when the subject line continues the type."""
    title, doc_type = summary.get("title"), summary.get("doc_type")
    if title and doc_type and title[:1].islower():
        return f"{doc_type} {title}"
    return title or (f"{doc_type} {summary.get('number') or ''}".strip() if doc_type else None)


def total_pages(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))
