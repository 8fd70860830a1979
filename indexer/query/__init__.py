"""What a researcher asks: ``parse`` reads what was typed (words, "phrases", -exclusions, prefixes*, directive
numbers), ``filters`` the facet selection, ``plan`` turns a parsed query into the plan an engine runs, with
the weights of ``weights``; ``spelling`` compares a query's words with a text's, as highlights do."""

from indexer.query.parse import NumberQuery, ParsedQuery, QueryTerm, parse_query

__all__ = ["NumberQuery", "ParsedQuery", "QueryTerm", "parse_query"]
