"""The session's corpus indexed by the tantivy engine, for the tests that compare its answers with Whoosh's."""

import os

import pytest

from indexer.engine import ENGINE_VARIABLE


def build_with(engine_name: str, corpus_dir, index_dir) -> None:
    """Build an index with the engine the setting names, the setting restored afterwards."""
    from indexer import build_index

    before = os.environ.get(ENGINE_VARIABLE)
    os.environ[ENGINE_VARIABLE] = engine_name
    try:
        build_index(str(corpus_dir), str(index_dir), procs=1)
    finally:
        if before is None:
            os.environ.pop(ENGINE_VARIABLE, None)
        else:
            os.environ[ENGINE_VARIABLE] = before


@pytest.fixture(scope="session")
def tantivy_index_dir(corpus_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("tantivy-index")
    build_with("tantivy", corpus_dir, path)
    return path


@pytest.fixture(scope="session")
def tantivy_archive(tantivy_index_dir):
    from indexer import open_index

    index = open_index(str(tantivy_index_dir))
    yield index
    index.close()
