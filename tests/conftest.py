"""Shared fixtures: the seed corpus plus tests/corpus, built once per session into a temporary index."""

import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
EXTRA = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def shared_vector_cache(tmp_path_factory):
    """Every index the tests build, in this process and in the portals they serve, embeds the same seed
    documents: once is enough (indexer.text.embedding keeps vectors by text digest)."""
    from indexer.text import embedding as semantic

    folder = str(tmp_path_factory.mktemp("vectors"))
    os.environ[semantic.SHARED_CACHE_VARIABLE] = folder
    yield folder
    os.environ.pop(semantic.SHARED_CACHE_VARIABLE, None)


def copy_corpus(target: pathlib.Path) -> pathlib.Path:
    target.mkdir(parents=True, exist_ok=True)
    for source in list(SEEDS.iterdir()) + list(EXTRA.iterdir()):
        if source.is_file() and source.name != "README.md":
            shutil.copy(source, target / source.name)
    return target


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> pathlib.Path:
    return copy_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def index_dir(corpus_dir, tmp_path_factory) -> pathlib.Path:
    from indexer import build_index

    path = tmp_path_factory.mktemp("index")
    build_index(str(corpus_dir), str(path), procs=1)
    return path


@pytest.fixture(scope="session")
def archive(index_dir):
    from indexer import open_index

    index = open_index(str(index_dir))
    yield index
    index.close()


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def portal(corpus_dir, index_dir):
    """The app over the session's corpus and index, for the tests that only read (those that write make their own)."""
    from app import create_app

    return create_app(
        {"TESTING": True, "CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir), "SYNC_ON_START": False}
    )


@pytest.fixture
def client(portal):
    return portal.test_client()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright: one for the whole session (Playwright's sync API allows one)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dirs(tmp_path, corpus_dir, index_dir):
    """A corpus and index of this test's own, copied from the session's (fast: nothing is re-indexed)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(corpus_dir, corpus)
    shutil.copytree(index_dir, index, symlinks=True)
    return corpus, index
