"""Relations made from the previous snapshot's (an upload, a withdrawal, a correction) are those made from
scratch: the same resolutions, the same citers, the same missing documents."""

import dataclasses
import random

import pytest

from indexer.citations.relations import compute

PROVINCES = ("Cao Bằng", "Kon Tum", "Lạng Sơn", None)
LEVELS = ("central", "province", "district", "commune")


def variants(summaries, copies: int, rng: random.Random) -> list:
    """The seed archive's documents, and copies of them made other documents: another province, level or date,
    and some another number, so that one cited number has several candidates and some have none."""
    out = list(summaries)
    for k in range(copies):
        seed = rng.choice(summaries)
        number = seed.number if rng.random() < 0.6 else (f"{rng.randint(1, 400)}/KH-UBND" if seed.number else None)
        out.append(
            dataclasses.replace(
                seed,
                doc_id=f"{seed.doc_id}-copy-{k}",
                number=number,
                province=rng.choice(PROVINCES),
                level=rng.choice(LEVELS),
                date=f"20{rng.randint(18, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            )
        )
    return out


def same(a, b) -> bool:
    """The same resolutions, and the same documents citing each (in the order they came: an upload's last,
    wherever an engine's merges put its row), implementing each, and missing."""
    return (
        a.resolved == b.resolved
        and _sets(a.cited_by) == _sets(b.cited_by)
        and _sets(a.implemented_by) == _sets(b.implemented_by)
        and {k: sorted(e["citers"]) for k, e in a.missing.items()}
        == {k: sorted(e["citers"]) for k, e in b.missing.items()}
    )


def _sets(lists: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: sorted(values) for key, values in lists.items()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_relations_kept_across_changes_are_those_made_afresh(archive, seed):
    rng = random.Random(seed)
    pool = variants(archive.snapshot().summaries, 40, rng)
    shown = rng.sample(pool, 25)
    before, before_shown = compute(shown), list(shown)
    for _step in range(40):
        draw = rng.random()
        if draw < 0.35 and len(shown) > 3:  # withdrawn
            shown.pop(rng.randrange(len(shown)))
        elif draw < 0.7:  # uploaded: after the others, or among them (a merged segment puts it there)
            candidates = [s for s in pool if s not in shown]
            if candidates:
                at = len(shown) if rng.random() < 0.5 else rng.randrange(len(shown) + 1)
                shown.insert(at, rng.choice(candidates))
        else:  # corrected: another date or province, the same document
            i = rng.randrange(len(shown))
            shown[i] = dataclasses.replace(shown[i], date="2024-12-31", province=rng.choice(PROVINCES))
        kept = compute(shown, before)
        assert same(kept, compute(shown))
        assert same(before, compute(before_shown))  # what the snapshot before holds is left as it was
        before, before_shown = kept, list(shown)


def test_the_seed_archive_resolves_its_citations_again_the_same(archive):
    summaries = archive.snapshot().summaries
    made = compute(summaries)
    assert made.cited_by  # 57-KL/TW is cited
    assert same(compute(summaries, made), made)


def test_an_upload_of_a_cited_number_moves_its_citations_to_it(archive):
    """The document a citation was missing, uploaded: the citers found it, the missing list no longer names it,
    and the relations before are left as they were (both computed from what was noted, not afresh)."""
    summaries = archive.snapshot().summaries
    made = compute(summaries)
    (key, province), entry = next(iter(made.missing.items()))
    citer = next(s for s in summaries if s.doc_id == entry["citers"][0])
    uploaded = dataclasses.replace(
        citer,
        doc_id="uploaded-missing",
        number=entry["number"],
        province=province,
        date=None,
        level="central",
        references=(),
    )
    kept = compute([*summaries, uploaded], made)
    assert same(kept, compute([*summaries, uploaded]))
    assert (key, province) not in kept.missing
    assert set(kept.cited_by["uploaded-missing"]) == set(entry["citers"])
    assert same(made, compute(summaries))


def test_generations_no_page_asked_about_pass_on_what_was_made_before(archive):
    """Uploads a worker sees no document page for: the snapshot that next asks for the relations, the task list
    and the numbers makes them from the last ones made (the lists of unchanged documents the very same), and
    they are those made afresh."""
    from indexer.store.snapshot import Snapshot

    summaries = archive.snapshot().summaries
    rng = random.Random(4)
    rows = list(enumerate(summaries))
    first = Snapshot(0, rows)
    made, tasks = first.relations, first.tasks
    first.owners([])  # its numbers, by abbreviation and key
    snapshot = first
    for generation in range(1, 4):  # three uploads, each one another number's document; nothing asked of them
        seed = rng.choice(summaries)
        uploaded = dataclasses.replace(
            seed, doc_id=f"uploaded-{generation}", number=f"{generation}/KH-UBND", references=(), basis=()
        )
        rows = [*rows, (len(rows), uploaded)]
        snapshot = Snapshot(generation, rows, snapshot)
    kept = snapshot.relations
    assert same(kept, compute([s for _k, s in rows]))
    cited = next(k for k, v in made.cited_by.items() if v)
    assert kept.cited_by[cited] is made.cited_by[cited]  # noted once, shared: not made again
    assert all(any(e is old for old in tasks) for e in snapshot.tasks if not e.summary.doc_id.startswith("uploaded"))
    assert snapshot.owners([]) == []
    assert snapshot._numbers_of[id(summaries[0])][1] is first._numbers_of[id(summaries[0])][1]
