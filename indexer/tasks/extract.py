"""The tasks a document assigns: each numbered assignment with the agencies it names and its time frame.

A task is an item of the document's own numbering together with the unnumbered paragraphs under it
(``III-1`` and ``III-1-p2``: "1. Ban Tuyên giáo Tỉnh uỷ: …" then "Chủ trì, phối hợp …"), or an unnumbered
paragraph of the body, when it assigns work: when the record's roles name an agency that leads, coordinates or
is assigned there.  Its time frame is the deadline its words give (:func:`indexer.text.time_frames.due_of`),
the document's year completing a date written without one.  Agencies are the record's canonical names, as
extracted (and corrected by archivists): what the agency facets compare; the text is in the source's spelling.
"""

from __future__ import annotations

import collections
import re

from indexer.document.fields.task_table import TaskRow, task_rows
from indexer.document.record import Document
from indexer.document.roles import ASSIGNING_HEADING, EXECUTING, RESPONSIBILITY_ARTICLE
from indexer.document.structure import item_anchor
from indexer.text.agency_names import canonical_agency
from indexer.text.time_frames import due_of
from indexer.text.vietnamese import fold, respell

TASK_ROLES = ("lead", "coordinate", "assigned")
NO_DUE = {"text": "", "kind": None, "start": None, "end": None}


def task_key(anchor: str) -> str:
    """The task a paragraph belongs to: its numbered item, or itself when it is an unnumbered paragraph of the
    body.

    >>> task_key("III-1-p2"), task_key("III-1"), task_key("p7"), task_key("II-3-a")
    ('III-1', 'III-1', 'p7', 'II-3-a')
    """
    return item_anchor(anchor)


# The sections of a plan that list work to do: "Nhiệm vụ (và giải pháp)", "Nội dung (hoạt động)", "Một số nhiệm
# vụ trọng tâm", "Phương án triển khai", "Tổ chức thực hiện", "Phân công nhiệm vụ" (folded); not its aims.
_TASK_SECTION = re.compile(
    r"nhiem vu|giai phap|noi dung|to chuc thuc hien|phuong an|hoat dong|phan cong|trach nhiem|cong viec|"
    r"ke hoach thuc hien|thoi gian|lo trinh"
)
_AIM_SECTION = re.compile(r"muc dich|yeu cau|quan diem|muc tieu|kinh phi|tinh hinh|ket qua|danh gia|che do bao cao")
# A plan's closing words, which a layout may put under its last item: "Trên đây là Kế hoạch …", "Trong quá trình
# thực hiện, nếu có khó khăn, vướng mắc …", "UBND xã yêu cầu các ban, ngành … nghiêm túc triển khai thực hiện".
_CLOSING = re.compile(
    r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)|Quá trình (?:tổ chức )?thực hiện)"
    r"|^[^-+•*\d][^.;:]{0,80}\byêu cầu\b.{0,200}\b(?:nghiêm túc|triển khai thực hiện|thực hiện tốt)",
    re.I,
)


def _item_of(anchor: str) -> bool:
    """Whether an anchor is a numbered item (``II-1``, ``II-3-a``, and ``3`` in a letter or a directive that
    numbers its items without sections), not a section or a paragraph of the body without numbering (``II``,
    ``p7``)."""
    return ("-" in anchor or anchor.isdigit()) and item_anchor(anchor) == anchor and not anchor.startswith("p")


def _in_task_section(key: str, headings: dict[str, str]) -> bool:
    """Whether an item sits in a section that lists work; an item of a letter without sections ("… thực hiện
    các nội dung sau: 1. …") is work unless it states aims."""
    heading = fold(headings.get(key.split("-")[0], ""))
    if key.split("-")[0].isdigit() and (key.isdigit() or not _TASK_SECTION.search(heading)):
        return not _AIM_SECTION.match(re.sub(r"^\d+\W*", "", heading))
    # "MỤC TIÊU, NHIỆM VỤ": aims and work in one section
    aims_only = _AIM_SECTION.search(heading) and not re.search(r"muc tieu,? (?:va )?nhiem vu", heading)
    return bool(_TASK_SECTION.search(heading)) and not aims_only


def _in_aims(key: str, headings: dict[str, str]) -> bool:
    """Whether an item sits in a section of aims only ("I. MỤC ĐÍCH, YÊU CẦU": "2. Yêu cầu - Các cấp uỷ đảng,
    chính quyền … thường xuyên …" says what is required, it gives no one work)."""
    heading = re.sub(r"^[ivxlc\d]+\W*", "", fold(headings.get(key.split("-")[0], "")))
    return bool(_AIM_SECTION.match(heading)) and not _TASK_SECTION.search(heading)


# A lettered sub-item ("II-1-b"): part of its numbered item's task.
_LETTERED = re.compile(r"^(?P<item>.+)-[a-zđ]$")
_LETTER_MARK = re.compile(r"^[a-zđ]\s*\)\s*")


def _folded(keys: dict[str, str], record: Document) -> dict[str, str]:
    """One task per numbered item, its lettered sub-items with it ("1. Cải cách thể chế" / "a) Mục tiêu" / "b)
    Nhiệm vụ"); but an item that is only a heading over sub-items that each say a piece of work in bullets of its
    own ("2. Hướng dẫn sử dụng phần mềm" / "a) Khai mạc chương trình tập huấn …" / "- Thành phần: …" / "- Thời
    gian dự kiến: …" / "b) Đào tạo … cho cán bộ Văn thư" / …) has its sub-items as tasks."""
    texts = {p["anchor"]: p for p in record.paragraphs if p.get("zone") == "body"}
    sizes = collections.Counter(keys.values())  # paragraphs per numbered item
    children: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys.values()):
        m = _LETTERED.match(key)
        if m and m["item"] in texts and _item_of(m["item"]):
            children.setdefault(m["item"], []).append(key)
    folded = dict(keys)
    for item, letters in children.items():
        heading = texts[item]
        bare = len(heading["text"]) < 120 and (heading.get("kind") == "heading" or heading["text"].endswith(":"))
        # "a) Mục tiêu" / "b) Nhiệm vụ": labels of one item's parts, not pieces of work of their own
        labels = any(len(_LETTER_MARK.sub("", texts[key]["text"]).split()) <= 3 for key in letters)
        detailed = all(sizes[key] >= 2 for key in letters)  # each with bullets of its own
        if bare and len(letters) > 1 and detailed and not labels:
            continue
        folded.update({anchor: item for anchor, key in keys.items() if key in letters})
    return folded


def _keys(record: Document) -> dict[str, str]:
    """The task each paragraph of the body belongs to, by anchor: its numbered item; in a letter without numbered
    items, the paragraph that makes its request ("… đề nghị cấp uỷ các chi, đảng bộ trực thuộc triển khai …")
    with every paragraph after it (who does it, by when, the report asked for)."""
    body = [p["anchor"] for p in record.paragraphs if p.get("zone") == "body"]
    keys = {anchor: task_key(anchor) for anchor in body}
    if any(_item_of(key) for key in keys.values()):
        return _folded(keys, record)
    asked = {role.anchor for role in record.roles if role.role in TASK_ROLES}
    request = next((i for i, anchor in enumerate(body) if anchor in asked), None)
    if request is not None:
        keys.update(dict.fromkeys(body[request:], body[request]))
    return keys


# Articles (Điều) are a legal text's items and their clauses (khoản, điểm) its sub-items. An article is one task
# when it stands in a chapter that assigns the work ("Chương III TRÁCH NHIỆM CỦA CÁC SỞ NGÀNH …": "Điều 7. Sở
# Thông tin và Truyền thông") or is titled for a body's responsibility ("Điều 7. Trách nhiệm của bộ, cơ quan
# ngang bộ, địa phương"); the articles that set out the regulated body's standing place, functions and duties
# ("Điều 4. Nhiệm vụ của Ban Chỉ huy quân sự cấp xã") assign no one work.
_ARTICLE = re.compile(r"^dieu-\d+[a-zđ]?$")
_STANDING = re.compile(r"^dieu \d+[a-zđ]?\W+(?:vi tri|chuc nang|nhiem vu|quyen han)\b")


def _articles(record: Document) -> tuple[dict[str, str], set[str]]:
    """The paragraphs of the articles that are one task each, by anchor, with the article's anchor; and the
    anchors of the articles that set out standing functions."""
    whole: dict[str, str] = {}
    standing: set[str] = set()
    chapter_assigns, current = False, None
    for p in _body(record):
        anchor, text = p["anchor"], p["text"]
        if anchor.startswith("chuong-"):
            chapter_assigns, current = bool(ASSIGNING_HEADING.search(text)), None
        elif _ARTICLE.match(anchor):
            titled = p.get("kind") == "heading" and len(text) < 160
            current = anchor if titled and (chapter_assigns or RESPONSIBILITY_ARTICLE.match(text)) else None
            if titled and not current and _STANDING.match(fold(text)):
                standing.add(anchor)
        if current and (anchor == current or anchor.startswith(current + "-")):
            whole[anchor] = current
    return whole, standing


def _units(record: Document, keys: dict[str, str]) -> dict[str, list[dict]]:
    """The body's paragraphs by the task they belong to, without a plan's closing words."""
    units: dict[str, list[dict]] = {}
    for paragraph in record.paragraphs:
        if paragraph.get("zone") != "body":
            continue
        key = keys[paragraph["anchor"]]
        if key != paragraph["anchor"] and _CLOSING.match(paragraph["text"]):
            continue
        units.setdefault(key, []).append(paragraph)
    return units


# The lines under an item that say who does it and by when: "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã
# hội chủ trì, phối hợp với …", "- Thời gian thực hiện: Thực hiện thường xuyên hằng năm."
_BY_WHEN = re.compile(r"^[-+*•]?\s*(?:Thời gian(?:\s+thực hiện|\s+hoàn thành)?|Thời hạn(?:\s+hoàn thành)?)\s*:", re.I)


def _who_or_when(text: str) -> bool:
    return bool(EXECUTING.match(text) or _BY_WHEN.match(text))


def _shared_by_siblings(units: dict[str, list[dict]], named: dict[str, dict]) -> dict[str, list[dict]]:
    """The who-and-when lines a run of sibling items shares: written once, under the last of them ("3.1 …",
    "3.2 …", "3.3 …", "3.4 … / - Cơ quan thực hiện: … / - Thời gian thực hiện: …"; "1.1 …", "1.2 … / - Cơ quan
    thực hiện: …", then "1.3 …" with lines of its own), when no sibling of the run before it names anyone or
    has lines of its own.  By the earlier siblings' keys."""
    siblings: dict[str, list[str]] = collections.defaultdict(list)
    for key in units:
        if _item_of(key) and "-" in key:
            siblings[key.rsplit("-", 1)[0]].append(key)
    shared: dict[str, list[dict]] = {}
    for keys in siblings.values():
        earlier: list[str] = []
        for key in keys:
            lines = [p for p in units[key][1:] if _who_or_when(p["text"])]
            if lines and earlier and not any(k in named for k in earlier):
                shared.update(dict.fromkeys(earlier, lines))
            earlier = [] if lines or any(_who_or_when(p["text"]) for p in units[key][:1]) else [*earlier, key]
    return shared


# A section's anchor: "I", "III" (a roman numeral), not a paragraph ("p7"), an item ("II-1") or an appendix.
_SECTION = re.compile(r"^[IVXLC]+$")
# The headings of sections that are work in themselves (folded), not the contents of an event ("II. NỘI DUNG
# CUỘC THI"), its time ("V. THỜI GIAN THỰC HIỆN") or its form.
_WORK_SECTION = re.compile(r"^[ivxlc]+\W+(?:cac )?(?:nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem)\b")


def _unnumbered_work(units: dict[str, list[dict]], headings: dict[str, str]) -> set[str]:
    """The sections that list work in paragraphs without numbering, each one task: "I. NHIỆM VỤ CHUNG" / "Thực
    hiện hiệu quả Chương trình giáo dục phổ thông 2018 …" / "Tham mưu cấp uỷ, chính quyền địa phương …", when
    no numbered item stands in them."""
    numbered = {key.split("-")[0] for key in units if _item_of(key) and "-" in key}
    return {
        key
        for key, paragraphs in units.items()
        if _SECTION.match(key)
        and key not in numbered
        and len(paragraphs) > 1
        and _WORK_SECTION.match(fold(headings.get(key, "")))
        and _in_task_section(key, headings)
    }


def _body(record: Document) -> list[dict]:
    return [p for p in record.paragraphs if p.get("zone") == "body"]


def _row_task(row: TaskRow, named: dict[str, list[str]] | None, record: Document) -> dict:
    """The task of a table's row: its task cell, the agencies of its columns, the time its time column gives (or,
    without one, its task's words)."""
    text = respell(row.task, record.spellings)
    due = due_of(respell(row.due, record.spellings), record.year) if row.due else due_of(text, record.year)
    named = named or {r: [] for r in TASK_ROLES}
    return {
        "anchor": row.anchor,
        "text": text,
        **{role: list(named[role]) for role in TASK_ROLES},
        "due": due.to_dict() if due else dict(NO_DUE),
    }


def tasks_of(record: Document) -> list[dict]:
    """Every task of the record, in the document's order:
    ``{"anchor", "text", "lead", "coordinate", "assigned", "due"}`` (``due`` as the JSON contract has it).

    A task is a numbered item of a section that lists work (with the paragraphs under it and its lettered
    sub-items, :func:`_folded`), an article of a legal text that assigns work, with its clauses
    (:func:`_articles`), or, in a document that numbers no work, any paragraph that names who leads,
    coordinates or is assigned work. Who leads a task is assigned it too."""
    rows = {row.anchor: row for row in task_rows([(p["anchor"], p.get("kind"), p["text"]) for p in _body(record)])}
    articles, standing = _articles(record)
    keys = {**_keys(record), **articles, **{anchor: anchor for anchor in rows}}  # a table's row is a task of its own
    units = _units(record, keys)
    kept = {p["anchor"] for paragraphs in units.values() for p in paragraphs}
    headings = {p["anchor"]: p["text"] for p in record.paragraphs if p.get("zone") == "body"}
    agencies: dict[str, dict[str, list[str]]] = {}
    where = {"province": record.province, "level": record.level, "issuer": record.issuer}
    for role in record.roles:
        agency = canonical_agency(role.agency, **where) if role.role in TASK_ROLES else None
        if agency and role.anchor in kept:  # no agency: a person or a position ("Công chức kế toán")
            named = agencies.setdefault(keys[role.anchor], {r: [] for r in TASK_ROLES})[role.role]
            if agency not in named:
                named.append(agency)
    shared = _shared_by_siblings(units, agencies)
    for key, lines in shared.items():  # the group's who-and-when lines are each sibling's
        agencies[key] = {r: list(agencies.get(keys[lines[0]["anchor"]], {}).get(r, [])) for r in TASK_ROLES}
    for named in agencies.values():  # who leads a piece of work is assigned it
        named["assigned"] += [agency for agency in named["lead"] if agency not in named["assigned"]]
    parents = {key.rsplit("-", 1)[0] for key in units if _item_of(key) and "-" in key}
    listed = {key for key in units if _item_of(key) and key not in parents and _in_task_section(key, headings)}
    listed |= _unnumbered_work(units, headings)
    listed |= rows.keys() | set(articles.values())
    tasks = []
    for key, paragraphs in units.items():
        if key in rows:
            tasks.append(_row_task(rows[key], agencies.get(key), record))
            continue
        # where the work is numbered, the sentence that introduces the items ("UBND tỉnh yêu cầu các sở, ban,
        # ngành thực hiện các nội dung sau:") and the appendix's table are no tasks of their own
        loose = listed and (key.startswith(("p", "phu-luc")) or not _item_of(key))
        functions = any(key == a or key.startswith(a + "-") for a in standing)
        if key not in listed and (key not in agencies or loose or functions or _in_aims(key, headings)):
            continue
        text = "\n".join(respell(p["text"], record.spellings) for p in paragraphs)
        due = due_of(
            "\n".join([text, *(respell(p["text"], record.spellings) for p in shared.get(key, []))]), record.year
        )
        named = agencies.get(key, {r: [] for r in TASK_ROLES})
        tasks.append(
            {
                "anchor": paragraphs[0]["anchor"],
                "text": text,
                **{role: list(named[role]) for role in TASK_ROLES},
                "due": due.to_dict() if due else dict(NO_DUE),
            }
        )
    return tasks
