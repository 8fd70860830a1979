"""Fixtures of the archivists' tests: each test its own copy of the corpus and index, the app over them, a
logged-in archivist."""

import hashlib

import pytest
from werkzeug.security import generate_password_hash

from app import create_app
from tests.app.archivists import LIMIT, PASSWORD, TOKEN, Archivist


@pytest.fixture
def app(dirs):
    corpus, index = dirs
    return create_app(
        {
            "TESTING": True,
            "CORPUS_DIR": str(corpus),
            "INDEX_DIR": str(index),
            "SYNC_ON_START": False,
            "ARCHIVISTS": {"lan": generate_password_hash(PASSWORD)},
            "API_TOKENS": f"may-quet:{hashlib.sha256(TOKEN.encode()).hexdigest()}",
            "MAX_FILE_SIZE": LIMIT,
            "MAX_CONTENT_LENGTH": 4 * LIMIT,
        }
    )


@pytest.fixture
def archivist(app):
    person = Archivist(app.test_client())
    assert person.login().status_code == 302
    return person
