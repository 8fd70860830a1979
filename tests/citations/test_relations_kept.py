"""Relations made from the previous snapshot's (an upload, a withdrawal, a correction) are those made from
scratch: the same resolutions, citers in the same order, the same missing documents."""

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
    return (a.resolved, a.cited_by, a.implemented_by, list(a.missing.items())) == (
        b.resolved,
        b.cited_by,
        b.implemented_by,
        list(b.missing.items()),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_relations_kept_across_changes_are_those_made_afresh(archive, seed):
    rng = random.Random(seed)
    pool = variants(archive.snapshot().summaries, 40, rng)
    shown = rng.sample(pool, 25)
    before = compute(shown)
    for _step in range(40):
        draw = rng.random()
        if draw < 0.35 and len(shown) > 3:  # withdrawn
            shown.pop(rng.randrange(len(shown)))
        elif draw < 0.7:  # uploaded, anywhere in the rows (a rebuilt segment puts it among the others)
            candidates = [s for s in pool if s not in shown]
            if candidates:
                shown.insert(rng.randrange(len(shown) + 1), rng.choice(candidates))
        else:  # corrected: another date or province, the same document
            i = rng.randrange(len(shown))
            shown[i] = dataclasses.replace(shown[i], date="2024-12-31", province=rng.choice(PROVINCES))
        kept = compute(shown, before)
        assert same(kept, compute(shown))
        before = kept


def test_the_seed_archive_resolves_its_citations_again_the_same(archive):
    summaries = archive.snapshot().summaries
    made = compute(summaries)
    assert made.cited_by  # 57-KL/TW is cited
    assert same(compute(summaries, made), made)
