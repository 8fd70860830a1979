"""An index built before the library moved into packages opens as it is; one that cannot be read is rebuilt.

Whoosh pickles each analyzer's class by its import path into the index.  Before the move every index named
``indexer.analysis.SyllableTokenizer``; the classes now live in ``indexer.engine.whoosh.analysis``, and
``indexer.analysis`` re-exports them.  An index whose pickled path cannot be imported at all, or of an older
schema, is rebuilt from the corpus at start-up, with a log line, never a crash.
"""

import logging
import pathlib

import pytest

from app import create_app
from indexer import SCHEMA_VERSION, build_index, current_version, open_index, read_manifest, search
from indexer.engine.whoosh import analysis
from tests.conftest import copy_corpus

ANALYZERS = [
    analysis.SyllableTokenizer,
    analysis.NfcFilter,
    analysis.FoldFilter,
    analysis.PairFilter,
    analysis.VietnameseTokenizer,
]


@pytest.fixture
def index_before_the_move(tmp_path, monkeypatch):
    """A corpus and an index whose pickled analyzers name ``indexer.analysis``, as every index did before."""
    corpus = copy_corpus(tmp_path / "corpus")
    for cls in ANALYZERS:
        monkeypatch.setattr(cls, "__module__", "indexer.analysis")
    build_index(str(corpus), str(tmp_path / "index"), procs=1)
    monkeypatch.undo()
    return corpus, tmp_path / "index"


def tables_of_contents(index: pathlib.Path) -> list[pathlib.Path]:
    return sorted(pathlib.Path(current_version(str(index))).glob("*/_MAIN_*.toc"))


def test_the_fixture_is_an_index_of_before_the_move(index_before_the_move):
    _corpus, index = index_before_the_move
    tocs = [toc.read_bytes() for toc in tables_of_contents(index)]
    assert len(tocs) == 2
    assert all(b"indexer.analysis\n" in toc and b"indexer.engine.whoosh.analysis" not in toc for toc in tocs)


def test_an_index_built_before_the_move_opens_and_answers(index_before_the_move):
    _corpus, index = index_before_the_move
    archive = open_index(str(index))
    found = search(archive, "thong tin doi ngoai")  # the folded analyzer of the old index reads the query
    assert found["total"] > 0 and found["results"][0]["passages"]
    assert search(archive, '"Uỷ ban nhân dân"')["total"] > 0
    archive.close()


def test_the_portal_serves_an_index_built_before_the_move_without_rebuilding_it(index_before_the_move, caplog):
    corpus, index = index_before_the_move
    version = current_version(str(index))
    with caplog.at_level(logging.INFO, logger="app.archive"):
        portal = create_app({"TESTING": True, "CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)})
    assert current_version(str(index)) == version
    assert not [r for r in caplog.records if "rebuilding" in r.getMessage()]
    assert portal.test_client().get("/search.json?q=57-KL/TW").get_json()["total"] > 0


def test_an_index_whose_analyzers_cannot_be_imported_is_rebuilt_at_start_up(index_before_the_move, caplog):
    corpus, index = index_before_the_move
    version = current_version(str(index))
    for toc in tables_of_contents(index):  # a module path of the same length that no longer exists
        toc.write_bytes(toc.read_bytes().replace(b"indexer.analysis\n", b"indexer.analysiz\n"))
    with pytest.raises(ModuleNotFoundError):
        open_index(str(index))
    with caplog.at_level(logging.INFO, logger="app.archive"):
        portal = create_app({"TESTING": True, "CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)})
    assert current_version(str(index)) != version
    assert any("cannot be opened" in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records)
    assert portal.test_client().get("/search.json?q=thong+tin+doi+ngoai").get_json()["total"] > 0


def test_an_index_of_an_older_schema_is_rebuilt_at_start_up(tmp_path, caplog):
    corpus = copy_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    manifest_path = pathlib.Path(current_version(str(index))) / "manifest.json"
    manifest_path.write_text(manifest_path.read_text().replace(f'"schema": {SCHEMA_VERSION}', '"schema": 2'))
    with caplog.at_level(logging.INFO, logger="app.archive"):
        create_app({"TESTING": True, "CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)})
    assert read_manifest(current_version(str(index)))["schema"] == SCHEMA_VERSION
    assert any("has schema 2" in r.getMessage() for r in caplog.records)
