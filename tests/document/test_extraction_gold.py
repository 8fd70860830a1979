"""Every field of the gold expectations for the seed documents holds.

The expectations are a copy of ``shared/gold/seeds.json`` (rules in
``tests/data/seeds_gold_README.md``): text compared after NFC, one tone
placement, case folding, collapsed spaces and dashes alike.
"""

import json
import pathlib

import pytest

from indexer.document.pipeline import parse_file
from indexer.text.vietnamese import key

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold.json").read_text(encoding="utf-8"))
FILES = sorted(name for name in GOLD if not name.startswith("_"))


def _cases():
    for name in FILES:
        for index, expected in enumerate(GOLD[name]):
            yield pytest.param(name, index, expected, id=f"{name[:3]}#{index}")


@pytest.fixture(scope="module")
def parsed():
    return {name: parse_file(str(ROOT / "corpus" / name)) for name in FILES}


def test_each_file_holds_the_expected_number_of_documents(parsed):
    assert {name: len(docs) for name, docs in parsed.items()} == {name: len(GOLD[name]) for name in FILES}


@pytest.mark.parametrize("name,index,expected", list(_cases()))
@pytest.mark.parametrize("field", ["doc_type", "number", "issuer", "level", "province", "date", "signer"])
def test_scalar_fields(parsed, name, index, expected, field):
    got = getattr(parsed[name][index], field)
    want = expected[field]
    if want is None:
        assert got is None
    else:
        assert got is not None and key(got) == key(want)


@pytest.mark.parametrize("name,index,expected", list(_cases()))
def test_title_and_signer_title(parsed, name, index, expected):
    doc = parsed[name][index]
    assert key(expected["title_contains"]) in key(doc.title or "")
    for part in expected["signer_title_contains"]:
        assert key(part) in key(doc.signer_title or "")
    if not expected["signer_title_contains"] and expected["signer"] is None:
        assert doc.signer_title is None


@pytest.mark.parametrize("name,index,expected", list(_cases()))
def test_references_are_exactly_the_cited_directives(parsed, name, index, expected):
    doc = parsed[name][index]
    assert sorted(map(key, doc.references)) == sorted(map(key, expected["references"]))
    assert doc.number not in doc.references


@pytest.mark.parametrize("name,index,expected", list(_cases()))
def test_basis_contains_what_the_opening_names(parsed, name, index, expected):
    doc = parsed[name][index]
    assert set(map(key, expected["basis"])) <= set(map(key, doc.basis))
    assert set(doc.basis) <= set(doc.references)


@pytest.mark.parametrize("name,index,expected", list(_cases()))
def test_not_number(parsed, name, index, expected):
    doc = parsed[name][index]
    for wrong in expected.get("not_number", []):
        assert doc.number != wrong


@pytest.mark.parametrize("name,index,expected", list(_cases()))
def test_roles_contain_the_expected_agencies(parsed, name, index, expected):
    doc = parsed[name][index]
    anchors = {p["anchor"] for p in doc.paragraphs}
    for role, names in expected["roles_contain"].items():
        found = {key(r.agency) for r in doc.roles if r.role == role}
        missing = [n for n in names if key(n) not in found]
        assert not missing, f"{role}: missing {missing}; found {sorted(found)}"
    for r in doc.roles:
        assert r.anchor in anchors, f"{r.agency} points to unknown anchor {r.anchor}"
