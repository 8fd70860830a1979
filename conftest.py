"""Makes the project root importable for the tests (``import indexer``, ``import app``)."""
