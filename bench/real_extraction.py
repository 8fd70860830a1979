"""How often extraction agrees with hand-made gold on real directives from many sources.

    python bench/real_extraction.py [GOLD_DIR ...] [--show N] [--field F]

Each GOLD_DIR holds ``gold.jsonl`` and ``docs/`` (``../shared/data/real-directives-dev/`` by default, and
``bench/real-directives/`` beside this script, the documents this team labelled by hand).  Each file is
parsed as an upload would be; the k-th gold record of a file (``part``) is compared with the k-th document
extracted from it.  Files the pipeline refuses (scans without a text layer, formats not read yet) are
counted apart: the rates are printed over the files read and over every record.

Comparisons follow the gold conventions (``real-directives-dev/README.md``):

* ``number`` and ``basis`` by their canonical spelling, spaces dropped and dashes unified, a code's ampersand
  dropped (``SGD&ĐT`` is the office's ``SGDĐT``, as the portal links it);
  ``basis`` as a set.
* ``issuer``, ``province`` and ``title`` after Unicode NFC, one tone placement (``uỷ`` = ``ủy``), case folded,
  spaces collapsed; a title's leading ``V/v`` / ``Về việc`` / ``Về:`` label and closing punctuation are not
  part of the subject, nor are its spaces: a copy that lost some ("VỀĐÁNH GIÁ", "CƠSỞ ĐẢNG") has the same
  subject, and the gold types some such copies as printed, others with their spaces.
* ``year`` and ``date`` exactly (``date`` is null when the header leaves the day blank).

Prints every disagreement, how many wrong fields the review page marks for checking (and how many right
ones it marks too), then one JSON line with the rates.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import time
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from indexer import ArchiveError, canonical_agency, fold, parse_bytes, parse_file  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_DIRS = [
    HERE.parents[1] / "shared" / "data" / "real-directives-dev",
    HERE / "real-directives",
    HERE / "real-directives-web",
    HERE / "real-directives-web3",
    HERE / "real-directives-web4",
    HERE / "real-directives-web5",
]
FIELDS = ("doc_type", "number", "issuer", "level", "province", "date", "year", "title", "basis")


def _text_key(value: str | None) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    # one tone placement: the folded form decides, the marks on o/u/y do not
    return fold(text) if text else None


def _title_key(value: str | None) -> str | None:
    if not value:
        return None
    text = re.sub(r"^[\"“]?\s*(?:(?:v/v|về\s*việc)\s*[:.]?|về\s*:)\s*", "", value.strip(), flags=re.I)
    folded = _text_key(text.strip(' .;:"“”'))
    return folded.replace(" ", "") if folded else None


def _number_key(value: str | None) -> str | None:
    if not value:
        return None
    text = unicodedata.normalize("NFC", value)
    text = re.sub(r"[‐‑‒–—_]", "-", text)
    text = re.sub(
        r"(?<=[A-ZĐ]{2})\.(?=[A-ZĐ]{2})", "-", text
    )  # "03/KH.THCS": a dot for the dash, as the extractor reads it
    return re.sub(r"[\s&]+", "", text).upper()


def comparable(field: str, value):
    if field in ("issuer", "doc_type", "province"):
        return _text_key(value)
    if field == "title":
        return _title_key(value)
    if field == "number":
        return _number_key(value)
    if field == "basis":
        return frozenset(_number_key(v) for v in value or [])
    return value


def load_gold(directories: list[pathlib.Path]) -> list[tuple[pathlib.Path, list[dict]]]:
    """``(file, its gold records in part order)`` for every labelled file of the directories that exist."""
    files: list[tuple[pathlib.Path, list[dict]]] = []
    for directory in directories:
        gold_path = directory / "gold.jsonl"
        if not gold_path.exists():
            continue
        by_file: dict[str, list[dict]] = {}
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_file.setdefault(record["file"], []).append(record)
        for name, records in by_file.items():
            files.append((directory / "docs" / name, sorted(records, key=lambda r: r.get("part", 1))))
    return files


class Tally:
    """Agreement per field, and whether the review page would have sent a person to each wrong field."""

    def __init__(self, fields: list[str]):
        self.fields = fields
        self.agree = {f: 0 for f in fields}
        self.misses: dict[str, list[str]] = {f: [] for f in fields}
        self.flagged = {f: 0 for f in fields}  # wrong and marked for checking
        self.silent = {f: 0 for f in fields}  # wrong and not marked
        self.marked_right = {f: 0 for f in fields}

    def compare(self, gold: dict, doc: dict, label: str) -> None:
        evidence = doc.get("evidence") or {}
        for field in self.fields:
            want, got = gold.get(field), doc.get(field)
            sure = evidence.get(field, {}).get("sure", False) and (got not in (None, []) or field == "basis")
            if comparable(field, want) == comparable(field, got):
                self.agree[field] += 1
                self.marked_right[field] += not sure
            else:
                self.flagged[field] += not sure
                self.silent[field] += sure
                silent = "  (not marked for checking)" if sure else ""
                self.misses[field].append(f"  {label}: gold {want!r}, extracted {got!r}{silent}")

    def report(self, read_records: int, show: int) -> None:
        for field in self.fields:
            print(f"\n{field}: {self.agree[field]}/{read_records} agree")
            for line in self.misses[field][:show]:
                print(line)

    def marks(self) -> str:
        wrong = sum(self.flagged.values()) + sum(self.silent.values())
        return (
            f"review marks: {sum(self.flagged.values())}/{wrong} wrong fields marked for checking; "
            f"{sum(self.marked_right.values())} right fields marked too; silent errors per field: "
            + json.dumps({f: self.silent[f] for f in self.fields if self.silent[f]}, ensure_ascii=False)
        )


class LeadTally:
    """The agencies that lead ("chủ trì"), against the gold's ``lead_agencies`` where it has them: its
    conventions leave groups ("Các sở, ban, ngành …") out, so the extracted groups are left out too; a gold name
    agrees with an extracted one when either holds the other (the gold writes "Sở Xây dựng", the record "Sở Xây
    dựng tỉnh Ninh Bình")."""

    def __init__(self):
        self.found = self.missed = self.extra = 0
        self.misses: list[str] = []

    def compare(self, gold: dict, doc: dict, label: str) -> None:
        if "lead_agencies" not in gold:
            return
        where = {k: doc.get(k) for k in ("province", "level", "issuer")}

        def key(name: str) -> str:
            return " ".join(fold(canonical_agency(name, **where) or name).split())

        wanted = [key(name) for name in gold["lead_agencies"]]
        got = list(
            dict.fromkeys(
                key(r["agency"])
                for r in doc.get("roles") or []
                if r["role"] == "lead" and not re.match(r"các\b", r["agency"], re.I)
            )
        )
        agree = [w for w in wanted if any(w in g or g in w for g in got)]
        extra = [g for g in got if not any(w in g or g in w for w in wanted)]
        self.found += len(agree)
        self.missed += len(wanted) - len(agree)
        self.extra += len(extra)
        if len(agree) < len(wanted) or extra:
            self.misses.append(f"  {label}: missed {[w for w in wanted if w not in agree]}, extra {extra}")

    def figures(self) -> dict:
        found = self.found
        return {
            "lead_recall": round(found / (found + self.missed), 4) if found + self.missed else None,
            "lead_precision": round(found / (found + self.extra), 4) if found + self.extra else None,
        }


def _filed(path: pathlib.Path, records: list[dict]) -> str:
    """The name the source filed ``path`` under, with the extension the batch kept (its reader)."""
    source = str(records[0].get("source") or "")
    stem = pathlib.PurePosixPath(source.rsplit(":", 1)[-1].split("?")[0]).stem if source else ""
    return f"{stem or path.stem}{path.suffix}"


def _arguments(argv) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path, default=DEFAULT_DIRS)
    parser.add_argument("--show", type=int, default=100, help="disagreements to print per field")
    parser.add_argument("--field", action="append", choices=FIELDS, help="only these fields")
    parser.add_argument(
        "--office-names",
        action="store_true",
        help="read each file under the name its source filed it (the last part of the gold's source path), as an "
        "archivist's upload keeps it; the batches' files are renamed NNNN",
    )
    parser.add_argument(
        "--with-address",
        action="store_true",
        help="give each page copied from the web the address it came from (the gold's source, when a web "
        "address), as an archivist who records where a copy came from gives it with the upload",
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = _arguments(argv)
    fields = args.field or list(FIELDS)

    files = load_gold(args.dirs)
    tally = Tally(fields)
    leads = LeadTally()
    read_records = all_records = 0
    refused: list[str] = []
    started = time.perf_counter()
    for path, records in files:
        all_records += len(records)
        source = str(records[0].get("source") or "")
        address = source if args.with_address and source.startswith(("http://", "https://")) else None
        try:
            documents = (
                parse_file(str(path), address=address)
                if not args.office_names
                else parse_bytes(path.read_bytes(), _filed(path, records), address=address)
            )
        except ArchiveError as exc:
            refused.append(f"{path.name}: {exc.message_en}")
            continue
        read_records += len(records)
        for gold in records:
            part = gold.get("part", 1)
            doc = documents[part - 1].to_dict() if part <= len(documents) else {}
            label = f"{path.parent.parent.name}/{path.name}" + (f"#{part}" if len(records) > 1 else "")
            tally.compare(gold, doc, label)
            leads.compare(gold, doc, label)
    elapsed = time.perf_counter() - started

    tally.report(read_records, args.show)
    if refused:
        print(f"\nrefused ({len(refused)} files):")
        for line in refused:
            print(f"  {line}")
    print(f"\nlead agencies (chủ trì): {json.dumps(leads.figures())}")
    for line in leads.misses[: args.show]:
        print(line)
    print("\n" + tally.marks())
    summary = {
        "files": len(files),
        "records": all_records,
        "records_read": read_records,
        **{f"{f}_read": round(tally.agree[f] / read_records, 4) if read_records else None for f in fields},
        **{f"{f}_all": round(tally.agree[f] / all_records, 4) if all_records else None for f in fields},
        **leads.figures(),
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
