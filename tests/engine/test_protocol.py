"""The Whoosh and tantivy engines implement the engine protocol (indexer.engine.protocol) whole: every method,
same parameters.

Another engine (OpenSearch) is added by implementing the same three classes; search and the store use
nothing else of an engine (tests/test_architecture.py: only indexer/engine/whoosh imports Whoosh, only
indexer/engine/tantivy imports tantivy).
"""

import inspect

import pytest

from indexer.engine import DEFAULT_ENGINE, protocol
from indexer.engine.tantivy.engine import TantivyEngine, TantivyWriter
from indexer.engine.tantivy.searcher import TantivySearcher
from indexer.engine.whoosh.engine import WhooshEngine, WhooshWriter
from indexer.engine.whoosh.searcher import WhooshSearcher

PAIRS = [
    (protocol.Engine, WhooshEngine),
    (protocol.EngineSearcher, WhooshSearcher),
    (protocol.EngineWriter, WhooshWriter),
    (protocol.Engine, TantivyEngine),
    (protocol.EngineSearcher, TantivySearcher),
    (protocol.EngineWriter, TantivyWriter),
]


def declared(protocol_class) -> dict:
    return {
        name: member
        for name, member in vars(protocol_class).items()
        if not name.startswith("_") and (callable(member) or isinstance(member, classmethod))
    }


@pytest.mark.parametrize("seam,engine", PAIRS, ids=lambda c: c.__name__)
def test_every_method_of_the_protocol_is_implemented_with_its_parameters(seam, engine):
    assert declared(seam), "the protocol declares methods"
    for name in declared(seam):
        implemented = getattr(engine, name, None)
        assert implemented is not None, f"{engine.__name__} lacks {name}"
        wanted = list(inspect.signature(getattr(seam, name)).parameters)
        found = list(inspect.signature(implemented).parameters)
        assert found == wanted, f"{engine.__name__}.{name}{found} is not {seam.__name__}.{name}{wanted}"


def test_the_engine_declares_what_it_keeps():
    assert DEFAULT_ENGINE is WhooshEngine
    for engine in (WhooshEngine, TantivyEngine):
        assert isinstance(engine.searchers_kept, int) and engine.searchers_kept > 0


def test_a_search_reads_the_index_through_the_protocol(archive):
    """One search's view answers every question of the protocol, for the seed archive."""
    from indexer import parse_query
    from indexer.query.plan import plan_query

    plan = plan_query(parse_query("thông tin đối ngoại"), require_all=True)
    with archive.engine.searching() as view:
        rows = view.documents()
        matched = view.match(plan)
        ranking = view.rank(plan, within=None, limit=3, estimate=True)
        doc_id = dict(rows)[ranking.keys[0]].doc_id
        paragraphs = view.best_paragraphs(plan, [doc_id], 2)
        keys, cosines = view.similarities(cosine_probe(view), None)
        assert len(rows) >= 8 and set(ranking.keys) <= set(matched) and ranking.total >= len(ranking.keys)
        assert 1 <= len(paragraphs[doc_id]) <= 2 and "đối ngoại" in view.paragraph(paragraphs[doc_id][0][0])["text"]
        assert view.opening_paragraph(doc_id)["zone"] == "body"
        assert len(keys) == len(rows) and cosines.max() <= 1.001
        assert view.vocabulary().syllables["doi"][0] == "đối"


def cosine_probe(view):
    from indexer.engine.whoosh.vectors import vectors

    matrix, _present = vectors(view.docs.reader())
    return matrix[0].astype("float32")
