"""Which archived documents a number names, however it is typed (``57-KL/TW``, ``57 kl tw``, ``KL57``)."""

from __future__ import annotations

from indexer.document.summary import Summary
from indexer.query.parse import NumberQuery, parse_query
from indexer.store.snapshot import Snapshot
from indexer.text.numbers import number_key, parse_loose


def numbered(snapshot: Snapshot, text: str) -> list[Summary]:
    """The documents whose own number ``text`` is, in any spelling or abbreviated, in the archive's order."""
    wanted = list(parse_query(text).numbers)
    canonical = parse_loose(text)
    if canonical:
        wanted.append(NumberQuery(key=number_key(canonical)))
    return snapshot.owners(wanted)
