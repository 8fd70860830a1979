"""The agency facets of the real-directives dev set, for a person to check that each body is listed once.

    python bench/agency_facets.py [DOCS_FOLDER ...] [--json]

Parses every file of the folders (``shared/data/real-directives-dev/docs`` by default; with every
``bench/real-directives*/docs`` beside it, the archive of all the labelled batches) with the front door's
``parse_file``, and names each role's agencies as the facets do: the canonical name of every role of every
document, in that document's province, level and issuer (``indexer.query.filters.doc_facets``).  Prints:

* per role, the canonical values with the number of documents holding each;
* the groups of values that still look like one body: the same words once case, tones, the words of a
  locality ("tỉnh", "thành phố" before a place's name, a trailing "tỉnh") and fillers ("các", "của",
  "và", "Việt Nam", "Đảng") are dropped.  Different places stay apart: "Sở Tài chính tỉnh Lào Cai" and
  "Sở Tài chính tỉnh Ninh Bình" are two bodies;
* the values that look like a person or a position (words of offices, checked apart from the library's
  own rules);

then one JSON line with the counts.  Both lists should be empty.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from indexer import ROLE_TERMS, ArchiveError, Summary, canonical_agency, fold, parse_file  # noqa: E402

DEFAULT = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "real-directives-dev" / "docs"
# A level word before a place's name, or ending a name that left its place implicit.
_LOCALITY = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?=[A-ZĐÀ-Ỹ])"
    r"|(?<!cấp)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$"
)
_FILLERS = {"cac", "nhung", "cua", "thuoc", "truc", "trong", "va", "viet", "nam", "dang", "o"}
# Words of offices a person holds: a canonical agency starting with one is a person that slipped through.
_PERSON = re.compile(
    r"^(?:các\s+)?(?:đ/c|đồng chí)?\s*(?:phó\s+)?(?:chủ tịch|giám đốc|bí thư|chánh|trưởng|chuyên viên|"
    r"công chức|lãnh đạo|thành viên|uỷ viên|ủy viên|thủ tướng|bộ trưởng|thứ trưởng|cấp uỷ$|cấp ủy$)",
    re.I,
)


def lookalike_key(name: str) -> str:
    """The words that name the body, whatever case, tones, locality words and fillers a spelling has."""
    words = re.findall(r"\w+", fold(_LOCALITY.sub(" ", name)))
    return " ".join(w for w in words if w not in _FILLERS)


def readable_documents(folders: list[pathlib.Path]) -> tuple[list, list[tuple[str, str]]]:
    """Every document of the folders' files, and the files that could not be read (with why)."""
    documents, unreadable = [], []
    for path in sorted(p for folder in folders for p in folder.iterdir() if p.is_file()):
        try:
            documents += [(str(path), doc) for doc in parse_file(str(path))]
        except ArchiveError as error:
            unreadable.append((str(path), type(error).__name__))
    return documents, unreadable


def facet_values(documents: list) -> dict[str, collections.Counter]:
    """Per role, how many documents hold each canonical agency, as the facets count them: names that differ
    only in case or tones are one value, shown as most documents spell it."""
    counts: dict[str, collections.Counter] = {term.value: collections.Counter() for term in ROLE_TERMS}
    spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for _file, doc in documents:
        summary = Summary.of(doc)
        where = {"province": summary.province, "level": summary.level, "issuer": summary.issuer}
        names = {(role, canonical_agency(agency, **where)) for role, agency in summary.roles}
        for name in {name for _role, name in names if name is not None}:
            spellings[fold(name)][name] += 1
        for role, value in {(role, fold(name)) for role, name in names if name is not None}:
            counts[role][value] += 1
    return {
        role: collections.Counter({spellings[v].most_common(1)[0][0]: n for v, n in counter.items()})
        for role, counter in counts.items()
    }


def lookalikes(counts: dict[str, collections.Counter]) -> list[list[str]]:
    """Groups of canonical values (of any role) that look like one body."""
    by_key: dict[str, set[str]] = collections.defaultdict(set)
    for counter in counts.values():
        for name in counter:
            by_key[lookalike_key(name)].add(name)
    return [sorted(names) for _k, names in sorted(by_key.items()) if len({fold(n) for n in names}) > 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=pathlib.Path, default=[DEFAULT])
    parser.add_argument("--json", action="store_true", help="print only the summary line")
    args = parser.parse_args()
    documents, unreadable = readable_documents(args.folders)
    counts = facet_values(documents)
    groups = lookalikes(counts)
    people = sorted({name for counter in counts.values() for name in counter if _PERSON.match(name)})
    if not args.json:
        for term in ROLE_TERMS:
            print(f"\n## {term.value} ({term.vi}): {len(counts[term.value])} agencies")
            for name, n in sorted(counts[term.value].items(), key=lambda item: (-item[1], fold(item[0]))):
                print(f"{n:4d}  {name}")
        print(f"\n## Look like one body: {len(groups)} groups")
        for names in groups:
            print("  - " + " | ".join(names))
        print(f"\n## Look like people or positions: {len(people)}")
        for name in people:
            print(f"  - {name}")
        print(f"\n## Unreadable files: {len(unreadable)}")
        for name, why in unreadable:
            print(f"  - {name}: {why}")
    summary = {
        "files": len({name for name, _doc in documents}) + len(unreadable),
        "documents": len(documents),
        "unreadable": len(unreadable),
        "agencies": {role: len(counter) for role, counter in counts.items()},
        "lookalike_groups": len(groups),
        "people": len(people),
    }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
