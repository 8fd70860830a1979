"""Implementation chains: the documents that implement a directive, level by level.

``57-KL/TW`` of the Politburo is implemented by provincial plans, which
district and commune plans implement in turn.  A document implements another
when it names it in its opening "Thực hiện … / Căn cứ …" (its *basis*).  The
tree below a directive follows those edges downwards; a document implementing
several directives of the tree appears under each.  Upwards, a document's
basis shows what it implements, archived or not.
"""

from __future__ import annotations

from collections import Counter

from indexer.citations.relations import Relations
from indexer.document.summary import Summary
from indexer.vocabulary import CHAIN_COUNTS, LEVEL_RANK


def _node(summary: Summary, children: list[dict]) -> dict:
    return {
        "doc_id": summary.doc_id,
        "number": summary.number,
        "doc_type": summary.doc_type,
        "title": summary.title,
        "issuer": summary.issuer,
        "level": summary.level,
        "province": summary.province,
        "date": summary.date,
        "children": children,
    }


def implementation_tree(relations: Relations, summaries: dict[str, Summary], doc_id: str, max_depth: int = 8) -> dict:
    """The tree of documents implementing ``doc_id``, nearest level first."""

    def build(current: str, depth: int, path: set[str]) -> dict:
        children = []
        if depth < max_depth:
            below = [
                d for d in dict.fromkeys(relations.implemented_by.get(current, [])) if d not in path and d in summaries
            ]
            below.sort(
                key=lambda d: (
                    LEVEL_RANK.get(summaries[d].level, 9),
                    summaries[d].province or "",
                    summaries[d].date or "",
                    d,
                )
            )
            children = [build(d, depth + 1, path | {d}) for d in below]
        return _node(summaries[current], children)

    return build(doc_id, 0, {doc_id})


def descendants(tree: dict) -> list[dict]:
    """Every document below the root, once each."""
    seen: dict[str, dict] = {}
    stack = list(tree["children"])
    while stack:
        node = stack.pop(0)
        if node["doc_id"] not in seen:
            seen[node["doc_id"]] = node
            stack.extend(node["children"])
    return list(seen.values())


_CITY = ("Thành uỷ", "thành phố", "Thành phố", "TP.")


def level_label(node: dict) -> str:
    """``district`` splits into city (a provincial city: "Thành uỷ Bắc Ninh") and district."""
    level = node.get("level")
    if level == "district" and any(word in (node.get("issuer") or "") for word in _CITY):
        return "city"
    return level or "unknown"


def chain_stats(tree: dict) -> dict:
    """Counts per level and per province, and the sentence that says them."""
    nodes = descendants(tree)
    by_level = Counter(level_label(n) for n in nodes)
    by_province = Counter(n.get("province") or "" for n in nodes if n.get("province"))
    return {
        "total": len(nodes),
        "by_level": {label: by_level[label] for label in CHAIN_COUNTS if by_level[label]},
        "by_province": dict(sorted(by_province.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def chain_sentence(stats: dict, number: str, lang: str = "vi") -> str:
    """``4 văn bản thực hiện 57-KL/TW: 2 tỉnh, 1 thành phố, 1 xã``."""
    english = lang == "en"
    parts = [f"{n} {CHAIN_COUNTS[label][english][0 if n == 1 else 1]}" for label, n in stats["by_level"].items()]
    total = stats["total"]
    if lang == "en":
        head = f"{total} document{'s' if total != 1 else ''} implement{'s' if total == 1 else ''} {number}"
    else:
        head = f"{total} văn bản thực hiện {number}"
    return head + (": " + ", ".join(parts) if parts else "")


def upward(relations: Relations, summaries: dict[str, Summary], doc_id: str, max_depth: int = 8) -> list[dict]:
    """What ``doc_id`` implements, and what those implement, archived or not (placeholders)."""

    def build(current: str, depth: int, path: set[str]) -> list[dict]:
        out = []
        for entry in relations.resolved.get(current, []):
            if not entry.get("basis"):
                continue
            target = entry["doc_id"]
            if target and target in summaries and target not in path:
                parents = build(target, depth + 1, path | {target}) if depth < max_depth else []
                out.append(dict(_node(summaries[target], []), implements=parents))
            else:
                out.append({"doc_id": None, "number": entry["number"], "missing": True, "implements": []})
        return out

    return build(doc_id, 0, {doc_id})


def missing_documents(relations: Relations, summaries: dict[str, Summary]) -> list[dict]:
    """Directives cited in the archive but absent from it, most cited first."""
    rows = []
    for entry in relations.missing.values():
        citers = [summaries[d] for d in dict.fromkeys(entry["citers"]) if d in summaries]
        rows.append(
            {
                "number": entry["number"],
                "province": entry["province"],
                "count": len(citers),
                "citers": [
                    {
                        "doc_id": s.doc_id,
                        "number": s.number,
                        "doc_type": s.doc_type,
                        "issuer": s.issuer,
                        "title": s.title,
                    }
                    for s in citers
                ],
            }
        )
    rows.sort(key=lambda r: (-r["count"], r["number"], r["province"] or ""))
    return rows
