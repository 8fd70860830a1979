"""Who must do what: the agencies a document names as leading (chủ trì), coordinating (phối hợp với), assigned
(Giao …, the items under "Tổ chức thực hiện") or receiving it (Nơi nhận, Kính gửi)."""

from __future__ import annotations

import re

from indexer.document.fields.task_table import task_rows
from indexer.document.lines import place_date
from indexer.document.record import Role
from indexer.document.structure import Paragraph, item_anchor
from indexer.text import agencies
from indexer.text.agency_names import canonical_agency, listed_departments, names_a_person, names_nothing
from indexer.text.closing_columns import RECIPIENTS_START
from indexer.text.vietnamese import key
from indexer.vocabulary import ADDRESSED, MOTTO, STANDING_RULE_TYPES

# "chủ trì" that gives the lead: not "chủ trì hoặc phối hợp" (either, said of a whole group), not a line's label,
# not who chaired a meeting a notice tells of ("… Tổ trưởng Tổ công tác chủ trì cuộc họp", "dưới sự chủ trì của …")
_LEAD = re.compile(
    r"(?<!\w)(?<!sự )chủ trì(?!\w)(?!\s+(?:hoặc|hay)\s+phối hợp)"
    r"(?!\s+(?:cuộc họp|buổi họp|phiên họp|cuộc làm việc|buổi làm việc)\b)",
    re.I,
)
# A person, then the offices he holds, before "chủ trì": "đồng chí Nguyễn Ngọc Phúc - Tỉnh uỷ viên, Phó Chủ tịch …".
_PERSON_AND_OFFICES = re.compile(r"(?<!\w)đồng chí\s[^,;]{2,60}?\s[-–]\s[^-–]{2,100}$", re.I)
_COORDINATE = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+với)\s+", re.I)
# Older and terser texts drop the "với" after who leads: "Chủ trì phối hợp các ngành ở Trung ương để thực hiện …".
_COORDINATE_AFTER_LEAD = re.compile(r"(?<!\w)chủ trì,?\s+phối hợp\s+(?!với\b)", re.I)
_ASSIGN = re.compile(r"(?:^|[.;]\s+)(?:[-+•*]\s*)?Giao(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ])")  # "Giao (cho) Sở …"
# A letter's request: "Đề nghị các chi, đảng bộ nghiêm túc triển khai …", "Ban Tuyên giáo Thành uỷ đề nghị cấp uỷ
# các chi, đảng bộ trực thuộc triển khai …", "UBND tỉnh yêu cầu Giám đốc các sở …"; not "theo đề nghị của …".
_REQUEST = re.compile(
    r"(?:^|[.;:]\s+|(?<=[a-zà-ỹđ])\s)(?<!của\s)(?:[Đđ]ề nghị|[Yy]êu cầu)\s+(?!của\b|tại\b|về\b|như\b)"
    r"(?=[A-ZĐÀ-Ỹ]|các\b|cấp\b)"
)
# The sentence that introduces a letter's numbered items: "… yêu cầu các sở, ngành thực hiện các nội dung sau:",
# "Chủ tịch Uỷ ban nhân dân tỉnh có ý kiến chỉ đạo như sau:".
_REQUEST_OF_ITEMS = re.compile(
    r"\b(?:yêu cầu|đề nghị|giao|có ý kiến|chỉ đạo)\b[^.]{0,300}\b(?:sau đây|như sau|sau)\s*:\s*$",
    re.I,
)
# A part, chapter or article that gives work out: "III. TỔ CHỨC THỰC HIỆN", "Chương III TRÁCH NHIỆM CỦA CÁC SỞ
# NGÀNH …"; an article on one body's responsibility: "Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương".
ASSIGNING_HEADING = re.compile(r"TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|PHÂN CÔNG", re.I)
RESPONSIBILITY_ARTICLE = re.compile(r"^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*Trách nhiệm của\b", re.I)


def _subject(text: str) -> str:
    """The agency phrase a sentence starts with (after numbering, bullets, "Giao")."""
    text = agencies.clean_name(text) if len(text) < 40 else text
    text = re.sub(r"^\s*(?:[-+*•]\s*|\d{1,3}(?:\.\d+)*\s*[.)\-]\s*|[a-zđ]\)\s*)", "", text)
    text = re.sub(r"^(?:[Gg]iao(?:\s+cho)?|Đề nghị|Yêu cầu)\s+", "", text)
    return agencies.phrase_until_verb(text)


def _agency_list(phrase: str) -> list[str]:
    names = []
    for name in agencies.split_agencies(phrase):
        if len(name) < 3 or len(name) > 150 or not re.match(r"[A-ZĐÀ-Ỹa-zđà-ỹ]", name):
            continue
        names.append(name)
    return names


_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:\.\d+)*\s*[.)\-]|[a-zđ]\))")
_ARTICLE_OF_IMPLEMENTATION = re.compile(
    r"(?:Tổ chức thực hiện|Trách nhiệm thi hành|Trách nhiệm thực hiện|Hiệu lực và trách nhiệm)", re.I
)


class _Roles:
    """The roles found so far, each (body, role) once per numbered item, in order of first mention: a body
    that coordinates three items of a plan coordinates three tasks.

    A body is once however the text spells it (``UBND tỉnh``, ``Uỷ ban nhân dân tỉnh Lào Cai``): the
    document's province, level and issuer complete what a name leaves implicit.  Recipients are once per
    document.
    """

    def __init__(self, where: dict[str, str | None]):
        self.where = where
        self.roles: list[Role] = []
        self.seen: set[tuple[str, str, str]] = set()

    def add(self, names: list[str], role: str, anchor: str, *, subjects: bool = True, own: bool = False) -> None:
        """Note each of ``names`` in ``role`` at ``anchor``, once per numbered item (``own``: once per paragraph,
        for a table's rows, each a task of its own)."""
        for name in names:
            agency = agencies.clean_name(name)
            if not agency or (role == "coordinate" and agencies.is_generic(agency)):
                continue
            if subjects and not agencies.starts_like_agency(agency):
                continue  # the subject of the sentence is not a body ("Nâng cao trách nhiệm …")
            if names_nothing(agency) and (agency.isupper() or not names_a_person(agency)):
                continue  # "Như trên", "Lưu: VT", a sentence, a signature's "PHÓ BÍ THƯ": no one is named
            item = "" if role == "recipient" else anchor if own else item_anchor(anchor or "")
            k = (key(canonical_agency(agency, **self.where) or agency), role, item)
            if k not in self.seen:
                self.seen.add(k)
                self.roles.append(Role(agency, role, anchor))


def extract_roles(
    paragraphs: list[Paragraph],
    *,
    province: str | None = None,
    level: str | None = None,
    issuer: str | None = None,
    doc_type: str | None = None,
) -> list[Role]:
    """Who leads (chủ trì), coordinates (phối hợp với), is assigned, or receives.

    A paragraph that starts with "Chủ trì, phối hợp …" takes its subject from the numbered item it sits under
    (``1- Ban Tuyên giáo Tỉnh uỷ`` / ``- Chủ trì, …``).  The subjects of the items under "Tổ chức thực hiện",
    and of the items a letter's or a directive's request introduces, are the assigned bodies, as are the bodies
    whose heads such a part makes answerable ("Thủ trưởng các sở, ban, ngành … chịu trách nhiệm …").  The document's
    ``province``, ``level`` and ``issuer`` tell which body a name that leaves its place implicit means, so that
    each body is listed once per role.  In a law, a decree or a circular (``doc_type`` of
    :data:`~indexer.vocabulary.STANDING_RULE_TYPES`) who leads or coordinates holds a standing duty: assigned.
    """
    found = _Roles({"province": province, "level": level, "issuer": issuer})
    subjects: dict[str, list[str]] = {}  # section -> subject agencies of its numbered paragraph
    # a letter or a directive whose request introduces numbered items ("UBND tỉnh yêu cầu các sở, ban, ngành …
    # thực hiện tốt các nội dung sau: 1. …"): each item is work, and the bodies it opens with are assigned it
    body = [p.text for p in paragraphs if p.zone == "body"]
    sections = any(re.match(r"^[IVXLC]+\s*[.)\-]", text) for text in body)
    requested = not sections and any(_REQUEST_OF_ITEMS.search(text) for text in body[:30])
    in_implementation = chapter_assigns = False
    for p in paragraphs:
        if p.zone != "body" or p.kind == "row":
            continue
        text = p.text
        if p.kind == "heading" and re.match(r"^[IVXLC]+\s*[.)\-]", text):
            in_implementation = bool(ASSIGNING_HEADING.search(text))
        if requested and re.match(r"^\d{1,2}\s*[.)]\s", text):
            in_implementation = True
        if re.match(r"^(?:Chương|CHƯƠNG)\s+\S+", text):
            chapter_assigns = bool(ASSIGNING_HEADING.search(text))  # "Chương III TRÁCH NHIỆM CỦA CÁC SỞ NGÀNH …"
        if re.match(r"^(?:Điều|ĐIỀU)\s+\d+", text):
            # "Điều 9. Tổ chức thực hiện", "Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương": the bodies
            # its clauses open with are given its work
            in_implementation = bool(_ARTICLE_OF_IMPLEMENTATION.search(text) or RESPONSIBILITY_ARTICLE.match(text))
            subjects[p.section] = _article_body(text)
            if chapter_assigns or RESPONSIBILITY_ARTICLE.match(text):
                # "Điều 7. Sở Thông tin và Truyền thông" under that chapter: the article is the body's work
                found.add(subjects[p.section], "assigned", p.anchor)
        numbered = p.anchor and not re.search(r"-p\d+$|^p\d+$", p.anchor) and p.section
        if numbered and _ITEM.match(text):
            subjects[p.section] = _item_subjects(text)
            if in_implementation:
                found.add(subjects[p.section], "assigned", p.anchor)
        for names, role in _who_leads_and_coordinates(text, _nearest_subjects(subjects, p.section)):
            found.add(names, role, p.anchor)
        found.add(_assigned(text) + _executing(text), "assigned", p.anchor)
        if in_implementation:
            found.add(_heads_responsible(text), "assigned", p.anchor)
    _add_rows_and_recipients(found, paragraphs)
    return _as_duties(found.roles) if doc_type in STANDING_RULE_TYPES else found.roles


def _add_rows_and_recipients(found: _Roles, paragraphs: list[Paragraph]) -> None:
    """The roles a plan's table of tasks gives by its columns, and the recipients its closing lists."""
    for row in task_rows([(p.anchor, p.kind, p.text) for p in paragraphs if p.zone == "body"]):
        leads = _cell_agencies(row.lead)
        found.add(leads, "lead", row.anchor, own=True)
        # "- Các sở, ban ngành có liên quan; - UBND các huyện, thành phố.": who is concerned names no one
        coordinators = [name for name in _cell_agencies(row.coordinate) if not _INDEFINITE.match(name)]
        found.add(coordinators, "coordinate", row.anchor, own=True)
        found.add(leads + _cell_agencies(row.assigned), "assigned", row.anchor, own=True)
    for names, anchor in _recipients(paragraphs):
        found.add(names, "recipient", anchor, subjects=False)


def _as_duties(roles: list[Role]) -> list[Role]:
    """The roles of an act of standing rules: its "chủ trì" and "phối hợp" are duties the bodies are assigned."""
    kept: dict[tuple[str, str, str], Role] = {}
    for r in roles:
        duty = Role(r.agency, "assigned", r.anchor) if r.role in ("lead", "coordinate") else r
        kept.setdefault((duty.agency, duty.role, duty.anchor), duty)
    return list(kept.values())


def _who_leads_and_coordinates(text: str, item_subjects: list[str]) -> list[tuple[list[str], str]]:
    """The bodies a paragraph gives the lead and the coordination, each with its role; a line labelled with its
    role names them after the label ("- Cơ quan chủ trì: Hội đồng …", "Đơn vị phối hợp: Sở Tài chính; …")."""
    labelled = _LABELLED.match(text)
    if labelled:
        return [(_named_after(text, labelled.end()), _LABELLED_ROLES[labelled["role"].lower()])]
    return [(_leads(text, item_subjects), "lead"), (_coordinators(text), "coordinate")]


def _cell_agencies(cell: str) -> list[str]:
    """The agencies a table's cell lists, one a line, a bullet or a semicolon apart ("- Các sở, ban ngành có liên
    quan; - UBND các huyện, thành phố."), not at a dash inside a name ("Sở Lao động - Thương binh và Xã hội").

    >>> _cell_agencies("- Sở Lao động - Thương binh và Xã hội - Công an tỉnh; bộ phận Tư pháp - Hộ tịch.")
    ['Sở Lao động - Thương binh và Xã hội', 'Công an tỉnh', 'bộ phận Tư pháp - Hộ tịch']
    """
    parts = re.split(r";|(?:^|\s)[+•]\s+|^\s*-\s+", cell)
    parts = [part for piece in parts for part in _dashed_bodies(piece)]
    return [name for part in parts for name in _agency_list(part.strip(" .,;:"))]


def _dashed_bodies(piece: str) -> list[str]:
    """``piece`` cut at each dash that opens a body's name; a dash inside a name stays ("Sở Văn hoá - Thể thao …")."""
    parts = re.split(r"\s-\s+", piece)
    bodies = [parts[0]]
    for part in parts[1:]:
        if agencies.starts_like_agency(part):
            bodies.append(part)
        else:
            bodies[-1] += " - " + part
    return bodies


def _nearest_subjects(subjects: dict[str, list[str]], section: str) -> list[str]:
    """The bodies a bare "Chủ trì, …" is said of: its own item's, or the nearest enclosing item's or article's
    ("2. Công an tỉnh" / "c) Chủ trì, phối hợp với Sở Công Thương …"; "Điều 7. Sở Thông tin và Truyền thông" /
    "2. Chủ trì, phối hợp …")."""
    enclosing = re.sub(r"(?:\.|\s+khoản\s+|\s+điểm\s+)[^.\s]+$", "", section)
    return subjects.get(section) or (subjects.get(enclosing, []) if enclosing != section else [])


def _article_body(text: str) -> list[str]:
    """The body an article is about, when its heading names one: "Điều 7. Sở Thông tin và Truyền thông", "Điều 9.
    Trách nhiệm của Công an thành phố"."""
    m = re.match(
        r"^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*(?:(?:Trách nhiệm|Nhiệm vụ) (?:của\s+)?)?(?P<body>.{3,100})$", text
    )
    body = m and m["body"].rstrip(" .:")
    return _agency_list(body) if body and agencies.starts_like_agency(body) else []


def _item_subjects(text: str) -> list[str]:
    """The agencies a numbered item begins with (``2. Sở Văn hoá, Thể thao và Du lịch: …``), if it does; after
    the topic it is about (``b) Thanh tra khoa học và công nghệ: Uỷ ban nhân dân các huyện, thị xã làm …``)."""
    topic = re.match(r"^([^:]{3,60}):\s*(?P<rest>[A-ZĐÀ-Ỹ].+)$", _ITEM.sub("", text).strip())
    if topic and agencies.starts_like_agency(_subject(topic["rest"])):
        text = topic["rest"]
    phrase = _subject(text)
    if re.match(_HEAD, phrase):
        # "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ … chịu trách nhiệm thi hành": the bodies of heads made answerable
        return _heads_responsible(text)
    if not agencies.starts_like_agency(phrase):
        return []  # "a) Thực hiện … và chịu trách nhiệm trước … Ủy ban nhân dân tỉnh": a task, said of no body
    if re.match(r"^(?:Giao\s+)?[A-ZĐÀ-Ỹ]", _ITEM.sub("", text).lstrip()):
        # after the first, a list goes on in small letters: "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và …"
        return [
            a for a in _agency_list(phrase) if agencies.AGENCY_HEAD.match(a) or re.match(r"^(?:Các|Cấp)\s", a, re.I)
        ]
    return []


def _leads(text: str, item_subjects: list[str]) -> list[str]:
    """The agencies of each "X chủ trì" of a paragraph; a bare "Chủ trì, …" is said of the item's subjects."""
    names = []
    for m in _LEAD.finditer(text):
        said = re.split(r"[.;:]\s+", text[: m.start()])[-1]
        if _PERSON_AND_OFFICES.search(said):
            continue  # "… do đồng chí Nguyễn Ngọc Phúc - Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh chủ trì": a person
        clause = _after_dash(said)
        clause = re.sub(r"^\s*(?:[-+*•]\s*|\d{1,3}(?:\.\d+)*\s*[.)\-]\s*|[a-zđ]\)\s*)", "", clause)
        clause = re.sub(r"^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*", "", clause)  # "Điều 2.Giao Sở Y tế chủ trì"
        clause = re.sub(r"^(?:\*\s*)?[Gg]iao(?:\s+cho)?\s+", "", clause).strip(" ,")
        # "UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì": who leads is who is asked to.
        clause = re.split(r"\s(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+(?=[A-ZĐÀ-Ỹ])", clause)[-1]
        if clause and re.match(r"[A-ZĐÀ-Ỹ]", clause):
            names += _bodies_not_heads(_agency_list(agencies.phrase_until_verb(clause + " chủ trì")))
        elif not clause and not text.isupper():  # not a signature's "CHỦ TRÌ HỘI NGHỊ" quoted as an example
            names += item_subjects
    return names


def _after_dash(clause: str) -> str:
    """The clause after the last dash that opens a body's name ("Tuyên truyền … - Sở Thông tin và Truyền thông"),
    not one inside a name ("Sở Lao động - Thương binh và Xã hội", "Sở Văn hoá - Thể thao và Du lịch")."""
    parts = re.split(r"\s-\s(?=[A-ZĐ])", clause)
    return next(
        (" - ".join(parts[i:]) for i in range(len(parts) - 1, 0, -1) if agencies.starts_like_agency(parts[i])), clause
    )


def _coordinators(text: str) -> list[str]:
    """The agencies of each "phối hợp với X …", and of the bodies its list goes on with after semicolons
    ("phối hợp với Liên đoàn Lao động tỉnh; Ban Quản lý Khu kinh tế tỉnh; Uỷ ban nhân dân các huyện, thành phố.")."""
    names = []
    after_lead = [m for m in _COORDINATE_AFTER_LEAD.finditer(text) if agencies.starts_like_agency(text[m.end() :])]
    for m in sorted([*_COORDINATE.finditer(text), *after_lead], key=lambda m: m.start()):
        # "phối hợp với lực lượng công an địa phương": the force is the body
        listed = re.sub(r"^lực lượng\s+(?=(?i:công an|quân sự|bộ đội|biên phòng|dân quân)\b)", "", text[m.end() :])
        for a in _bodies_not_heads(_agency_list(" ; ".join(_listed_on(listed)))):
            if re.match(r"[A-ZĐÀ-Ỹ]", a) or agencies.starts_like_agency(a):
                names.append(a)
    return names


def _listed_on(text: str) -> list[str]:
    """The noun phrase ``text`` opens with, and each part after a semicolon that is a body and nothing else."""
    phrase = agencies.phrase_until_verb(text)
    parts, rest = [phrase], text[text.find(phrase) + len(phrase) :]
    while m := re.match(r"\s*;\s*([^;.]+?)\s*(?=[;.]|$)", rest):
        rest = rest[m.end() :]
        part = _INDEFINITE_TAIL.sub("", _INDEFINITE_HEAD.sub("", m.group(1).strip(" ,")))
        part = "" if _INDEFINITE.match(part) else part
        if part and agencies.phrase_until_verb(part) != part:
            break  # "…; tổ chức thực hiện …": the list has ended
        if re.match(r"[A-ZĐÀ-Ỹ]", part):  # not "các sở, ngành có liên quan", which names no one
            parts.append(part)
    return parts


# "các sở, ngành (có) liên quan", "… và các đơn vị có liên quan", "các sở, ngành liên quan và Uỷ ban …": a list's
# indefinite members.
_INDEFINITE_TAIL = re.compile(r"\s+và\s+(?:các\s+)?[^;,]*?\b(?:có\s+)?liên quan$")
_INDEFINITE_HEAD = re.compile(r"^(?:các\s+)?[^;]*?\b(?:có\s+)?liên quan\s*(?:,|\svà)\s+(?=[A-ZĐÀ-Ỹ])")
_INDEFINITE = re.compile(r"^(?:các\s+)?[^;]*?\b(?:có\s+)?liên quan$")


# The line under a plan's item that names who carries it out: "- Cơ quan thực hiện: Các sở, ban, ngành; Uỷ ban nhân
# dân các huyện, thành phố.", "- Đơn vị thực hiện: Sở Xây dựng chủ trì, …".
EXECUTING = re.compile(r"^(?:[-+*•]\s*)?(?:Cơ quan|Đơn vị)(?: chủ trì)? thực hiện\s*:\s*")


# The same line naming one role: "- Đơn vị chủ trì thực hiện: Sở Tư pháp.", "Bộ phận chủ trì: bộ phận Tư pháp -
# Hộ tịch.", "Cơ quan phối hợp: Công an tỉnh; Sở Tài chính."
_LABELLED = re.compile(
    r"^(?:[-+*•]\s*)?(?:Cơ quan|Đơn vị|Bộ phận|Cấp)\s+(?P<role>chủ trì|phối hợp)(?:\s+thực hiện)?\s*:\s*", re.I
)
_LABELLED_ROLES = {"chủ trì": "lead", "phối hợp": "coordinate"}


def _executing(text: str) -> list[str]:
    """The bodies a "Cơ quan thực hiện:" or "Cơ quan chủ trì:" line names (:data:`EXECUTING`)."""
    m = EXECUTING.match(text) or _LABELLED.match(text)
    return _named_after(text, m.end()) if m and (m.re is EXECUTING or m["role"].lower() == "chủ trì") else []


def _named_after(text: str, start: int) -> list[str]:
    """The bodies a labelled line lists after its label: a list of names, as a table's cell is, unless a
    sentence goes on after them ("Sở Xây dựng chủ trì, phối hợp …")."""
    rest = text[start:]
    if len(rest) < 150 and not re.search(r"(?<!\w)(?:chủ trì|phối hợp|thực hiện|tham mưu)(?!\w)", rest, re.I):
        return _cell_agencies(rest)
    names = _agency_list(" ; ".join(_listed_on(rest)))
    return [a for a in names if re.match(r"[A-ZĐÀ-Ỹ]", a) or agencies.starts_like_agency(a)]


def _assigned(text: str) -> list[str]:
    """The agencies of "Giao X …" anywhere, and of "* X … thực hiện" responsibility lines."""
    names = []
    for m in (*_ASSIGN.finditer(text), *_REQUEST.finditer(text)):
        names += _agency_list(agencies.phrase_until_verb(text[m.end() :]))
    if text.startswith("* "):
        names += _agency_list(agencies.phrase_until_verb(text[2:]))
    return names


# Where work is given out, the heads of bodies are made answerable for it: "Thủ trưởng các sở, ban, ngành, đoàn
# thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu các cơ quan … chịu trách nhiệm tổ chức triển
# khai": the work is the bodies'.
_HEAD = (
    r"(?:(?:[Cc]ác\s+)?Bộ trưởng|[Tt]hủ trưởng|Chủ tịch|Giám đốc|Chánh(?= Văn phòng| Thanh tra)|"
    r"(?:Tổng cục|Cục|Vụ|Viện) trưởng|Trưởng|Bí thư|[Nn]gười đứng đầu)(?:\s+|(?=\s*,)|$)"
)
_HEADS_ANSWERABLE = re.compile(
    rf"^(?:[-+*•]\s*|\d{{1,2}}\s*[.)]\s*|[a-zđ]\)\s*)?(?P<heads>{_HEAD}[^.:]{{3,400}}?)"
    r"(?:\s+(?:chịu|có) trách nhiệm\b|\s*:\s*$)"  # or the heading of the work they are given: "1. Giám đốc các Sở …:"
)


def _heads_responsible(text: str) -> list[str]:
    """The bodies whose heads a sentence makes answerable ("Thủ trưởng các sở, …; Chủ tịch UBND các xã chịu
    trách nhiệm …"), the bodies named in general ("các cơ quan, đơn vị có liên quan") left out.

    >>> _heads_responsible("Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Uỷ ban nhân dân "
    ...                    "các huyện chịu trách nhiệm thi hành")
    ['Văn phòng Uỷ ban nhân dân tỉnh', 'Sở Xây dựng', 'Uỷ ban nhân dân các huyện']
    """
    m = _HEADS_ANSWERABLE.match(text)
    return _bodies_of_heads(m["heads"]) if m else []


def _bodies_of_heads(heads: str) -> list[str]:
    """The bodies a list of their heads stands for: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Uỷ ban nhân
    dân tỉnh" is the ministries, the ministry-level agencies and the provincial committee; the bodies named in
    general left out.

    >>> _bodies_of_heads("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Uỷ ban nhân dân tỉnh")
    ['Các bộ', 'cơ quan ngang bộ', 'Uỷ ban nhân dân tỉnh']
    """
    names = []
    for piece in re.split(rf"\s*[,;]\s*(?={_HEAD})|\s+và\s+(?={_HEAD})", heads):
        body = re.sub(rf"^{_HEAD}", "", piece).strip()
        if not body and re.match(r"^(?:[Cc]ác\s+)?Bộ trưởng$", piece.strip()):
            body = "Các bộ"  # "Bộ trưởng" alone: every minister, so every ministry
        names += [a for a in _agency_list(body) if not agencies.is_generic(a)]
    return names


def _bodies_not_heads(names: list[str]) -> list[str]:
    """Each name, its head's title left out where a body follows it: a decision gives the work to the head and means
    the body ("Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với Thủ trưởng các sở, ban, ngành …").

    >>> _bodies_not_heads(["Giám đốc Sở Tư pháp", "Chủ tịch UBND các huyện", "Giám đốc", "Sở Y tế"])
    ['Sở Tư pháp', 'UBND các huyện', 'Giám đốc', 'Sở Y tế']
    """
    bodies = []
    for name in names:
        body = re.sub(rf"^{_HEAD}", "", name).strip()
        bodies.append(body if body != name and agencies.starts_like_agency(body) else name)
    return bodies


# An item's bullet; OCR reads a dash as "~" ("~ Cục Kiểm tra văn bản …", "~ Lưu: VT").
_BULLET = re.compile(r"^[-+*•~]\s*")


def _recipients(paragraphs: list[Paragraph]) -> list[tuple[list[str], str]]:
    """Nơi nhận (and Kính gửi): the names of each item, continuation lines joined, "Lưu …" left out."""
    items: list[tuple[str, str]] = []
    for p in paragraphs:
        if p.zone == "recipients":
            text = RECIPIENTS_START.sub("", p.text).strip() if RECIPIENTS_START.match(p.text) else p.text
            if not text:
                continue
            if items and not _BULLET.match(text) and not RECIPIENTS_START.match(p.text):
                items[-1] = (f"{items[-1][0]} {text}", items[-1][1])
            else:
                items.append((text, p.anchor))
    items += _addressees(paragraphs)
    out = []
    for text, anchor in items:
        text = _BULLET.sub("", text).strip()
        if re.match(r"^(?:Lưu|LƯU)\b", text) or re.fullmatch(r"\(?[^()]*\)?", text) and text.startswith("("):
            continue
        out.append((_recipient_names(agencies.clean_name(text)), anchor))
    return out


def _addressees(paragraphs: list[Paragraph]) -> list[tuple[str, str]]:
    """Kính gửi: in the header, the line itself or the lines after it."""
    items = []
    header = [p for p in paragraphs if p.zone in ("header", "title")]
    for i, p in enumerate(header):
        m = re.match(rf"^{ADDRESSED}\s*:?\s*(.*)$", p.text)
        if m:
            lines = [(m.group(1), p.anchor)] if m.group(1).strip() else []
            for q in header[i + 1 : i + 6]:
                if place_date(q.text) or MOTTO.match(q.text):
                    break
                lines.append((q.text, q.anchor))
            items += _joined(lines)
    return items


def _joined(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The items of a list of lines: a line without a bullet after an unfinished item continues it
    (``- Các Sở, ngành: …, Ban Chỉ huy`` / ``Bộ đội Biên phòng tỉnh;``)."""
    items: list[tuple[str, str]] = []
    for text, anchor in lines:
        previous = items[-1][0].rstrip() if items else ""
        if _BULLET.match(previous) and not _BULLET.match(text) and not previous.endswith((";", ".")):
            items[-1] = (f"{previous} {text}", items[-1][1])
        else:
            items.append((text, anchor))
    return items


def _recipient_names(text: str) -> list[str]:
    """The names of one item of Nơi nhận.

    ``Các Sở: NNMT, CT, XD`` names three departments; ``VPCP: BTCN, các PCN, …`` the people of an office
    (one item, as written); ``HĐND, UBND các tỉnh, thành phố`` two councils of the same places.
    """
    departments = listed_departments(text)
    if departments:
        return departments
    if ":" in text and names_a_person(text):
        return [text]
    return [name for name in agencies.split_agencies(text) if not re.match(r"^(?:Lưu|LƯU)\b", name)]
