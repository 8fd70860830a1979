"""Implementation chains: the documents that implement a directive, level by level.

``57-KL/TW`` of the Politburo is implemented by provincial plans, which
district and commune plans implement in turn.  A document implements another
when it names it in its opening "Thực hiện … / Căn cứ …" (its *basis*).  The
tree below a directive follows those edges downwards, central -> province ->
district -> commune: a document implementing both a directive and one of the
directive's archived implementers hangs under that implementer only, and one
implementing it through a document the archive lacks (the commune plan of Cẩm
Tân implements 57-KL/TW through the district's ``216/KH-UBND``) hangs under a
placeholder of that document, described by what the citations say of it.
Upwards, a document's basis shows what it implements, archived or not.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.citations.relations import Relations, is_central_number
from indexer.document.summary import Summary
from indexer.text.numbers import issuing_code, number_key, type_code
from indexer.text.places import issuer_level
from indexer.text.vietnamese import fold, respell
from indexer.vocabulary import CHAIN_COUNTS, LEVEL_RANK, TYPE_OF_CODE


def _node(summary: Summary, children: list[dict]) -> dict:
    """An archived document of the tree, its texts as it spells them (matching uses one tone placement)."""
    return {
        "doc_id": summary.doc_id,
        "number": summary.number,
        "doc_type": summary.doc_type,
        "title": respell(summary.title, summary.spellings),
        "issuer": respell(summary.issuer, summary.spellings),
        "level": summary.level,
        "province": summary.province,
        "date": summary.date,
        "missing": False,
        "children": children,
    }


def implementation_tree(relations: Relations, summaries: dict[str, Summary], doc_id: str, max_depth: int = 8) -> dict:
    """The tree of documents implementing ``doc_id``, nearest level first, with placeholders (``"missing":
    true``, ``doc_id`` null) for the documents the archive lacks between a directive and its implementers."""

    def build(current: str, depth: int, path: set[str]) -> dict:
        children = []
        if depth < max_depth:
            below = [
                d for d in dict.fromkeys(relations.implemented_by.get(current, [])) if d not in path and d in summaries
            ]
            nodes = [build(d, depth + 1, path | {d}) for d in _nearest(relations, below)]
            children = _through_missing(relations, summaries, summaries[current], nodes)
        return _node(summaries[current], children)

    return build(doc_id, 0, {doc_id})


def _nearest(relations: Relations, below: list[str]) -> list[str]:
    """The implementers not also implementing another of ``below`` (that one's subtree shows them).  Linear in
    the edges: a central directive has hundreds of implementers."""
    among = set(below)
    nested = {
        d
        for other in below
        for d in relations.implemented_by.get(other, [])
        if d in among and d != other and other not in relations.implemented_by.get(d, [])
    }
    return [d for d in below if d not in nested]


def _through_missing(relations: Relations, summaries: dict[str, Summary], parent: Summary, nodes: list[dict]) -> list:
    """``nodes`` (the implementers of ``parent``), each under the placeholder of the missing document it
    implements ``parent`` through, if any; in level order."""
    out: list[dict] = []
    holders: dict[tuple, dict] = {}
    for node in nodes:
        between = _missing_between(relations, parent, summaries[node["doc_id"]])
        if between is None:
            out.append(node)
            continue
        key = (number_key(between["number"]), between["province"])
        if key not in holders:
            holders[key] = dict(between, children=[])
            out.append(holders[key])
        holders[key]["children"].append(node)
    out.sort(key=_order)
    return out


def _order(node: dict) -> tuple:
    return (
        LEVEL_RANK.get(node["level"], 9),
        node["province"] or "",
        node["date"] or "",
        node["doc_id"] or "",
        number_order(node["number"]),
    )


def _missing_between(relations: Relations, parent: Summary, child: Summary) -> dict | None:
    """The document ``child`` implements that the archive lacks and whose level lies strictly between
    ``parent``'s and ``child``'s (the nearest to ``child``), described; None when there is none."""
    top, bottom = LEVEL_RANK.get(parent.level or ""), LEVEL_RANK.get(child.level or "")
    if top is None or bottom is None:
        return None
    best, best_rank = None, top
    for entry in relations.resolved.get(child.doc_id, []):
        if not entry["basis"] or entry["doc_id"]:
            continue
        province = None if is_central_number(entry["number"]) else child.province
        described = describe_missing(entry["number"], [child], province)
        rank = LEVEL_RANK.get(described["level"] or "")
        if rank is not None and best_rank < rank < bottom:
            best, best_rank = described, rank
    return best


def describe_missing(number: str, citers: list[Summary], province: str | None) -> dict:
    """A document the archive lacks, as its citations describe it: the type, issuer and date they give most
    (the type from the number's code when they give none), and the level its issuer or number says."""
    types: Counter = Counter()
    issuers: Counter = Counter()
    dates: Counter = Counter()
    for citer in citers:
        said = _cited(citer.cited_as, number) or {}
        types.update([said["doc_type"]] if said.get("doc_type") else [])
        issuers.update([said["issuer"]] if said.get("issuer") else [])
        date = _cited(citer.reference_dates, number)
        dates.update([date] if date else [])
    doc_type = _most(types) or TYPE_OF_CODE.get(type_code(number))
    issuer = _most(issuers)
    return {
        "doc_id": None,
        "number": number,
        "doc_type": doc_type,
        "title": None,
        "issuer": issuer,
        "level": missing_level(number, issuer),
        "province": province,
        "date": _most(dates),
        "missing": True,
        "anchor": missing_anchor(number, province),
    }


def _cited(by_number: dict, number: str):
    """What a citer's ``by_number`` map holds for ``number``, in whatever canonical spelling it cited it."""
    if number in by_number:
        return by_number[number]
    wanted = number_key(number)
    return next((value for cited, value in by_number.items() if number_key(cited) == wanted), None)


def _most(counter: Counter):
    return counter.most_common(1)[0][0] if counter else None


def missing_level(number: str, issuer: str | None) -> str | None:
    """The level of a document known only by its citations: central for a central number, else what the
    issuer they name says (``UBND huyện …``: district), else the number's code (``/TU``: a Tỉnh uỷ's)."""
    if is_central_number(number):
        return "central"
    level = issuer_level(issuer, number, None) if issuer else None
    if level:
        return level
    code = fold(issuing_code(number)).upper()
    if code.endswith("TU"):
        return "province"
    if code.endswith(("HU", "QU")):
        return "district"
    return None


def number_order(number: str | None) -> tuple:
    """Numbers sorted as numbers: by the issuing body's code, then numerically (``2-KL/TW`` before ``10-KL/TW``).

    >>> sorted(["16-KL/TW", "1191/QĐ-TTg", "2-KL/TW", "348/QĐ-TTg", "18/KH-UBND"], key=number_order)
    ['348/QĐ-TTg', '1191/QĐ-TTg', '2-KL/TW', '16-KL/TW', '18/KH-UBND']
    """
    number = number or ""
    return (fold(issuing_code(number)).upper(), tuple(int(d) for d in re.findall(r"\d+", number)), number)


def descendants(tree: dict) -> list[dict]:
    """Every archived document below the root, once each (placeholders are passed through, not counted)."""
    seen: dict[str, dict] = {}
    stack = list(tree["children"])
    while stack:
        node = stack.pop(0)
        if node.get("missing"):
            stack.extend(node["children"])
        elif node["doc_id"] not in seen:
            seen[node["doc_id"]] = node
            stack.extend(node["children"])
    return list(seen.values())


def _placeholders(tree: dict) -> int:
    return sum(bool(node.get("missing")) + _placeholders(node) for node in tree["children"])


def chain_stats(tree: dict) -> dict:
    """Counts per level (the levels' codes) and per province, and how many placeholders the tree holds."""
    nodes = descendants(tree)
    by_level = Counter(n.get("level") or "unknown" for n in nodes)
    by_province = Counter(n.get("province") or "" for n in nodes if n.get("province"))
    return {
        "total": len(nodes),
        "by_level": {level: by_level[level] for level in CHAIN_COUNTS if by_level[level]},
        "by_province": dict(sorted(by_province.items(), key=lambda kv: (-kv[1], kv[0]))),
        "missing": _placeholders(tree),
    }


def chain_sentence(stats: dict, number: str, lang: str = "vi") -> str:
    """``4 văn bản thực hiện 57-KL/TW: 2 cấp tỉnh, 1 cấp huyện, 1 cấp xã``."""
    english = lang == "en"
    parts = [f"{n} {CHAIN_COUNTS[level][english]}" for level, n in stats["by_level"].items()]
    total = stats["total"]
    if english:
        head = f"{total} document{'s' if total != 1 else ''} implement{'s' if total == 1 else ''} {number}"
    else:
        head = f"{total} văn bản thực hiện {number}"
    return head + (": " + ", ".join(parts) if parts else "")


def upward(relations: Relations, summaries: dict[str, Summary], doc_id: str, max_depth: int = 8) -> list[dict]:
    """What ``doc_id`` implements, and what those implement, archived or not (placeholders, described)."""

    def build(current: str, depth: int, path: set[str]) -> list[dict]:
        out = []
        for entry in relations.resolved.get(current, []):
            if not entry.get("basis"):
                continue
            target = entry["doc_id"]
            if target in summaries:
                parents = build(target, depth + 1, path | {target}) if depth < max_depth and target not in path else []
                out.append(dict(_node(summaries[target], []), implements=parents))
            else:
                citer = summaries[current]
                province = None if is_central_number(entry["number"]) else citer.province
                out.append(dict(describe_missing(entry["number"], [citer], province), implements=[]))
        return out

    return build(doc_id, 0, {doc_id})


def missing_documents(relations: Relations, summaries: dict[str, Summary]) -> list[dict]:
    """Directives cited in the archive but absent from it, as their citations describe them: the most cited
    first, then by number (:func:`number_order`)."""
    rows = []
    for entry in relations.missing.values():
        citers = [summaries[d] for d in dict.fromkeys(entry["citers"]) if d in summaries]
        described = describe_missing(entry["number"], citers, entry["province"])
        rows.append(
            {
                "number": entry["number"],
                "province": entry["province"],
                "doc_type": described["doc_type"],
                "issuer": described["issuer"],
                "date": described["date"],
                "level": described["level"],
                "anchor": described["anchor"],
                "count": len(citers),
                "citers": [
                    {
                        "doc_id": s.doc_id,
                        "number": s.number,
                        "doc_type": s.doc_type,
                        "issuer": respell(s.issuer, s.spellings),
                        "date": s.date,
                        "title": respell(s.title, s.spellings),
                    }
                    for s in citers
                ],
            }
        )
    rows.sort(key=lambda r: (-r["count"], number_order(r["number"]), r["province"] or ""))
    return rows


def missing_anchor(number: str, province: str | None) -> str:
    """The id of a missing document's row on the missing list: ``so-216-kh-ubnd-thanh-hoa``."""
    return "so-" + re.sub(r"[^a-z0-9]+", "-", fold(f"{number} {province or ''}").lower()).strip("-")
