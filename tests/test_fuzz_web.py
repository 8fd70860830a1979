"""Hostile input (issue 8): the web layer under fuzzing.

The portal never answers 500, and a ``.json`` address answers JSON in the one error shape: search pages and
exports under arbitrary parameters and raw query strings, document, chain, source and number pages under
arbitrary ids.  The settings and query strategies are those of :mod:`tests.fuzzing`; the library under the
same inputs is :mod:`tests.test_fuzz_indexer`.
"""

from __future__ import annotations

from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import create_app
from indexer import FACETS
from tests.fuzzing import FUZZ, filter_values, queries

# --- the web layer ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(corpus_dir, index_dir):
    app = create_app(
        {"TESTING": True, "CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir), "SYNC_ON_START": False}
    )
    return app.test_client()


def assert_answered(response) -> None:
    """Never a 500; a ``.json`` address answers JSON, in the one error shape when it fails."""
    path = response.request.path
    assert response.status_code < 500, (path, response.status_code)
    if 300 <= response.status_code < 400:  # "/doc//chain.json" is redirected to its canonical address
        assert response.headers["Location"]
    elif path.endswith(".json"):
        assert response.mimetype == "application/json", path
        body = response.get_json()
        if response.status_code >= 400:
            assert body["ok"] is False and body["status"] == response.status_code and body["error"], body
    elif response.status_code >= 400:
        assert response.mimetype == "text/html" and b"Traceback" not in response.data


SEARCH_PATHS = ["/search", "/search.json", "/export.csv", "/export.json"]
param_names = st.sampled_from(list(FACETS) + ["q", "page", "lang"]) | st.text(max_size=6)
param_values = queries | filter_values | st.sampled_from(["1", "0", "-1", "1e9", str(10**9), "9" * 13, "²", "abc"])


@FUZZ
@given(st.sampled_from(SEARCH_PATHS), st.lists(st.tuples(param_names, param_values), max_size=5))
def test_search_pages_never_answer_500(client, path, params):
    assert_answered(client.get(path, query_string=params))


@FUZZ
@given(st.sampled_from(SEARCH_PATHS), st.binary(max_size=200))
def test_raw_query_strings_never_answer_500(client, path, raw):
    # Bytes that are no UTF-8, stray '%', '&&', '=' without a name: what a broken client sends.
    assert_answered(client.get(path + "?" + quote_from_bytes(raw, safe="=&%+")))


DOC_PATHS = ["/doc/{}", "/doc/{}.json", "/doc/{}/chain", "/doc/{}/chain.json", "/doc/{}/source", "/so/{}"]
path_parts = queries | st.sampled_from(
    ["57-kl-tw-2023", "..", "../..", "..%2F..%2Fetc%2Fpasswd", "%00", "a" * 300, "9" * 5000, ".json", "x.json"]
)


@FUZZ
@given(st.sampled_from(DOC_PATHS), path_parts, st.sampled_from(["", "?q=thông+tin", "?lang=en", "?q=%ff"]))
@example("/so/{}", "12345", "")  # digits and no letters: _similar_numbers added a bool to a str
@example("/doc/{}", "\x00", "")  # a NUL reached open()
@example("/doc/{}.json", "a" * 300, "")  # longer than a file name
def test_document_pages_never_answer_500(client, template, part, suffix):
    assert_answered(client.get(template.format(quote(part, safe="")) + suffix))
