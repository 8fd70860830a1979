"""The Whoosh queries a query plan compiles to, for the tests that compare them with Whoosh's own matching."""

from indexer.engine.whoosh import queries
from indexer.query.parse import parse_query
from indexer.query.plan import QueryPlan, plan_query


def plan_of(archive, text: str, require_all: bool = False) -> QueryPlan:
    return plan_query(parse_query(text), require_all=require_all, number_keys=archive.snapshot().number_keys)


def document_query(archive, text: str, require_all: bool = False):
    return queries.document_query(plan_of(archive, text, require_all))


def passage_query(archive, text: str):
    return queries.passage_query(plan_of(archive, text))


def document_matching(archive, text: str, require_all: bool = False):
    """:func:`document_query` without the parts that only rank: what counting and matching ask."""
    return queries.document_matching(plan_of(archive, text, require_all))
