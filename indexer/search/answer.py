"""Search: what was typed and the filters -> ranked documents, their best passages, facet counts, a suggestion.

The answer is the dict of DESIGN.md section 5 (without URLs: the web layer adds them), made from one
generation of the index (:meth:`indexer.store.handle.ArchiveIndex.searching`) and kept with its snapshot for
the next time it is asked.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import astuple, dataclass, field

from indexer.document.summary import Summary
from indexer.engine.protocol import EngineSearcher
from indexer.errors import ArchiveError
from indexer.query.dates import DateRange, check_sort
from indexer.query.filters import check_filters
from indexer.query.parse import ParsedQuery, parse_query
from indexer.search.facets import count, label_as_typed, whole_of
from indexer.search.passages import attach_passages
from indexer.search.ranking import Page, rank
from indexer.search.suggest import suggestion
from indexer.store.handle import ArchiveIndex
from indexer.store.snapshot import Snapshot
from indexer.text.vietnamese import respell

PER_PAGE = 10


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
    reuse_answers: bool = True  # False: search again what was just answered (measurements)
    sort: str = "relevance"  # newest, oldest: by signing date, the undated last (no words: newest by default)
    dates: DateRange = field(default_factory=DateRange)  # only documents signed within it, facets counted too


def search(
    index: ArchiveIndex,
    query: str | None,
    filters: dict[str, list[str]] | None = None,
    page: int = 1,
    options: SearchOptions | None = None,
) -> dict:
    """Search the archive.

    :param query: what was typed (any string; parsed leniently).
    :param filters: ``{facet: [values]}``: OR within a facet, AND across facets.
    :param page: 1-based page of results.
    :return: the dict of DESIGN.md section 5 (``results`` items carry no ``url``: the web layer adds URLs)
        plus ``notices``.
    :raise BadQuery: a page that is not a positive number.
    :raise BadFilter: an unknown facet or an impossible value, an unknown sort.
    """
    options = options or SearchOptions()
    check_sort(options.sort)
    if not isinstance(page, int) or page < 1:
        raise BadQuery("Số trang phải là số nguyên dương.", "page must be a positive integer")
    selected = check_filters(filters)
    parsed = parse_query(query or "")
    with index.searching() as (searcher, snapshot):
        # The answer depends on the query, the filters, the page, the options, and the generation: its snapshot.
        key = (
            query or "",
            tuple(sorted((f, tuple(sorted(v))) for f, v in selected.items())),
            page,
            astuple(options),
        )
        answer = snapshot.answers.get(key) if options.reuse_answers else None
        if answer is None:
            answer = _answer(searcher, snapshot, query or "", parsed, selected, page, options)
            snapshot.answers.put(key, answer)
    answer = _copy(answer)
    label_as_typed(answer["facets"], filters)
    return answer


def _answer(
    searcher: EngineSearcher,
    snapshot: Snapshot,
    query: str,
    parsed: ParsedQuery,
    selected: dict,
    page: int,
    options: SearchOptions,
) -> dict:
    estimated = not options.exact_total and not options.facets and not selected
    estimated = estimated and not options.dates and options.sort == "relevance"
    start = (page - 1) * options.per_page
    ranked = rank(
        searcher,
        snapshot,
        Page(parsed, selected, start, options.per_page, options.match, estimated, options.dates, options.sort),
    )
    notices = list(parsed.notices) + (["some_words_missing"] if ranked.fallback else [])
    matched = [snapshot.facets[d] for d in ranked.matched]
    facets = count(matched, selected, whole=whole_of(snapshot)) if options.facets else {}
    summaries = [snapshot.by_key[key] for key in ranked.keys]
    results = [_result(summary, score) for summary, score in zip(summaries, ranked.scores, strict=True)]
    if options.passages and results:
        attach_passages(searcher, ranked.plan, parsed, results, ranked.paragraphs)
        for summary, result in zip(summaries, results, strict=True):
            for passage in result["passages"]:  # shown in the source's spelling, marked where it matched
                passage["text"] = respell(passage["text"], summary.spellings)
                passage["highlighted"] = respell(passage["highlighted"], summary.spellings)
    suggested = None
    if not parsed.empty and (ranked.total == 0 or ranked.fallback or ranked.total < 3):
        suggested = suggestion(snapshot.vocabulary(searcher), parsed)
    return {
        "query": query,
        "total": ranked.total,
        "page": page,
        "per_page": options.per_page,
        "results": results,
        "facets": facets,
        "suggestion": suggested,
        "notices": notices,
    }


def _result(summary: Summary, score: float) -> dict:
    """A result as shown: its texts in the source's spelling (matching uses one tone placement)."""
    spelled = summary.spellings
    return {
        "doc_id": summary.doc_id,
        "number": summary.number,
        "doc_type": summary.doc_type,
        "title": respell(summary.title, spelled),
        "headline": respell(summary.headline(), spelled),
        "issuer": respell(summary.issuer, spelled),
        "level": summary.level,
        "province": summary.province,
        "date": summary.date,
        "year": summary.year,
        "score": round(float(score), 4),
        "passages": [],
    }


def _copy(answer: dict) -> dict:
    """A copy the caller may change (the web layer adds URLs) without changing the kept answer."""
    return {
        **answer,
        "notices": list(answer["notices"]),
        "results": [dict(r, passages=[dict(p) for p in r["passages"]]) for r in answer["results"]],
        "facets": {name: [dict(item) for item in items] for name, items in answer["facets"].items()},
    }


def suggest(index: ArchiveIndex, query: str) -> str | None:
    """A better query to try than ``query`` (accents restored, misspellings corrected), or None."""
    with index.searching() as (searcher, snapshot):
        return suggestion(snapshot.vocabulary(searcher), parse_query(query))


def warm(index: ArchiveIndex, searchers: int | None = None) -> None:
    """Open ``searchers`` searchers (as many as the engine keeps) and search with each, so that they have read the field
    lengths and columns a first search reads (100-200 ms each at 20,000 paragraphs): a worker starting cold
    made the first researchers after a restart wait two seconds.  A query with and one without diacritics:
    each reads its own fields, and the second builds the table that highlights words typed without diacritics
    (half a second); a question, which loads the sentence embedding model and reads the vectors."""
    queries = [
        parse_query("kế hoạch thực hiện công tác thông tin"),
        parse_query("ke hoach thuc hien cong tac"),
        parse_query("Cơ quan nào chủ trì việc triển khai kế hoạch thông tin đối ngoại của tỉnh?"),
    ]
    with contextlib.ExitStack() as held:
        views = [held.enter_context(index.searching()) for _ in range(searchers or index.engine.searchers_kept)]
        for searcher, snapshot in views:
            for parsed in queries:
                _answer(searcher, snapshot, "", parsed, {}, 1, SearchOptions())


def total_pages(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))
