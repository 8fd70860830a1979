"""The search tests of the seed corpus, run again over the index the tantivy engine built (PORTAL_ENGINE=tantivy).

Every test that asks only the front door (``search``, ``related_documents``) is run as it is; the few that read
Whoosh's own queries stay with the Whoosh engine (their tantivy counterparts are in tests/engine/test_tantivy.py).
"""

import pytest

from tests.engine.tantivy_archive import tantivy_archive, tantivy_index_dir  # noqa: F401  (fixtures)
from tests.search.test_related import *  # noqa: F403
from tests.search.test_search import *  # noqa: F403
from tests.search.test_search import (
    test_facet_counting_matches_what_the_ranking_matches,
    test_nested_or_is_scored_like_a_flat_or,
    test_the_paragraphs_shown_for_a_phrase_are_those_that_hold_it,
)
from tests.search.test_subject_and_passages import *  # noqa: F403

# Whoosh's queries and searchers: not the tantivy engine's business.
del test_nested_or_is_scored_like_a_flat_or
del test_facet_counting_matches_what_the_ranking_matches
del test_the_paragraphs_shown_for_a_phrase_are_those_that_hold_it


@pytest.fixture(scope="module")
def archive(tantivy_archive):  # noqa: F811
    """The tantivy engine's index of the seed corpus, where these tests would take the Whoosh engine's."""
    from indexer.engine.tantivy import TantivyEngine

    assert isinstance(tantivy_archive.engine, TantivyEngine)
    return tantivy_archive
