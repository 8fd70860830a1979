"""The line that names a document's type: ``KẾT LUẬN``, a caps type line running into its subject, an OCR'd
``QUYÉT ĐỊNH``, or a website's heading over a copy that lost its header (``Quyết định 435/QĐ-UBND năm 2020 …``,
``Thông báo về việc hoãn …``)."""

from __future__ import annotations

import re

from indexer.text.normalize import in_capitals, is_all_caps
from indexer.text.vietnamese import fold
from indexer.vocabulary import TERM_AFTER_NAME, TYPE_NAMES_PATTERN, TYPE_OF_LINE

_TYPE_LINE = re.compile(
    r"^(?P<type>" + "|".join(sorted(map(re.escape, TYPE_OF_LINE), key=len, reverse=True)) + r")(?:\s+(?P<rest>.*))?$"
)
# Every type's name, longest first (an alternation tries "Nghị quyết liên tịch" before "Nghị quyết").
_TYPE_NAMES = TYPE_NAMES_PATTERN
# A website's heading over a copy that lost its header: "Quyết định 435/QĐ-UBND năm 2020 về việc …" (a
# sentence citing a document goes on with its date: "Quyết định số 12/QĐ-UBND ngày …").
_WEB_HEADING = re.compile(
    r"^(?P<type>" + _TYPE_NAMES + r")"
    r"\s+(?P<rest>(?:số\s*:?\s*)?\d{1,5}[^\s,;/]*+/[^\s,;]++(?!\s*,?\s*(?:ngày|Ngày)\b).{0,300})$"
)
# A page's heading that names the type and the subject without the number ("Thông báo về việc hoãn tổ chức phiên
# tiếp công dân …", "Báo cáo công tác chỉ đạo điều hành của UBND tỉnh …"): a heading, not a sentence.
_WORDED_HEADING = re.compile(
    r"^(?P<type>" + _TYPE_NAMES + r")"
    r"(?:\s+hành động)?\s+(?P<rest>(?:về việc|về|V/v|công tác|thực hiện|triển khai|hướng dẫn|tăng cường|tiếp tục|"
    r"tổ chức)\s[^\n]{8,300}(?<![.:;]))$"
)
# A page's one-sentence heading that names the type and its issuer before the subject, closed by a full stop or
# not: "Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tiếp tục thực hiện …", "Chương trình của Ban Chấp hành
# Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, …".
_ISSUER_HEADING = re.compile(
    r"^(?P<type>" + _TYPE_NAMES + r")\s+(?P<rest>của\s+[^.;:\n]{3,150}?\s(?:về việc|về|V/v|thực hiện|triển khai)\s"
    r"(?:[^.\n]|\.(?!\s)){8,400}?)\.?$"
)
# A subject a page ran into the type line: "CÔNG VĂN Về việc …", or in the sentence's case: "THÔNG BÁO Niêm yết
# công khai kết quả bình xét …", "KẾ HOẠCH Thực hiện Nghị quyết …" (not the number, the grounds or the addressees run
# into it: "QUYẾT ĐỊNH Số …", "… Căn cứ …", "… Kính gửi …").
_SUBJECT_AFTER_TYPE = re.compile(
    r"^(?:(?:Về việc|V/v)\s+\S|(?!Số\b|Căn cứ\b|Kính gửi\b)[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+[a-zà-ỹđ]+\s+[a-zà-ỹđ]+\s)"
)
# A draft's mark before its type line: "(Dự thảo) BÁO CÁO", "DỰ THẢO KẾ HOẠCH".
_DRAFT_MARK = re.compile(r"^\(?\s*(?:DỰ THẢO|Dự thảo)\s*\)?\s*(?=[A-ZĐ])")
# A speck a scan leaves after a type line: "THÔNG BẢO." (a type line never ends a sentence).
_TRAILING_SPECK = re.compile(r"(?<=\w)\s*[.,'`‘’]$")
# Keyed without spaces: OCR splits a spaced-out type line inside a word ("K ÉT LUẬN").
_FOLDED_TYPE_LINE = {fold(line).replace(" ", ""): name for line, name in TYPE_OF_LINE.items()}


def type_of_line(text: str) -> tuple[str, str] | None:
    """``("Kết luận", rest)`` when ``text`` is a document-type line such as ``KẾT LUẬN``.

    >>> type_of_line("QUYÉT ĐỊNH"), type_of_line(": ,OUYẾT ĐỊNH"), type_of_line("1. KẾT QUẢ")
    (('Quyết định', ''), ('Quyết định', ''), None)
    >>> type_of_line("THÔNG BẢO."), type_of_line("CHƯƠNG TRÌNH PHÓI HỢP")  # a scan's speck after it; an OCR'd mark
    (('Thông báo', ''), ('Chương trình', ''))
    >>> type_of_line("(Dự thảo) BÁO CÁO"), type_of_line("DỰ THẢO KẾ HOẠCH")  # a draft's mark before it
    (('Báo cáo', ''), ('Kế hoạch', ''))
    >>> type_of_line("CÔNG VĂN Về việc đăng cai tổ chức chung kết")
    ('Công văn', 'Về việc đăng cai tổ chức chung kết')
    """
    text = _DRAFT_MARK.sub("", text.strip())
    subject = _TYPE_LINE.match(text)
    if subject and subject["rest"] and _SUBJECT_AFTER_TYPE.match(subject["rest"]):
        return TYPE_OF_LINE[subject["type"]], subject["rest"]  # a page ran the subject into it: "CÔNG VĂN Về việc …"
    stripped = _TRAILING_SPECK.sub("", text.rstrip(":").strip())
    if text.endswith(":") or not is_all_caps(stripped) and stripped.upper() != stripped:
        if text.endswith(":") or len(stripped) < 40 or not in_capitals(stripped):
            return None
        stripped = stripped.upper()  # a long caps heading with a letter an OCR read small ("CHỈ THỊ sO 37")
    if len(stripped) > 400:  # a flattened copy runs the type and the whole subject into one line
        return None
    # An OCR'd or mistyped mark ("QUYÉT ĐỊNH", "CHƯƠNG TRÌNH PHÓI HỢP") still names its type when the line is that
    # name alone; so does a scan's line with a speck before it and a Q read as O (": ,OUYẾT ĐỊNH").
    folded = fold(stripped).replace(" ", "")
    found = _FOLDED_TYPE_LINE.get(folded)
    m = None if found else _TYPE_LINE.match(stripped.upper())
    if m:
        return TYPE_OF_LINE[m.group("type")], (m.group("rest") or "")
    if not found and len(stripped) <= 30:
        loose = re.sub(r"^[\W\d_]{1,4}", "", folded)
        found = _FOLDED_TYPE_LINE.get(loose) or _FOLDED_TYPE_LINE.get(re.sub(r"^o(?=uy)", "q", loose))
    return (found, "") if found else None


def title_type(text: str) -> tuple[str, str] | None:
    """:func:`type_of_line`, or a website's heading (:data:`_WEB_HEADING`, :data:`_WORDED_HEADING`,
    :data:`_ISSUER_HEADING`): how a title zone's first line names the type (``("Quyết định", "435/QĐ-UBND năm
    2020 …")``)."""
    typed = type_of_line(text)
    if typed:
        return typed
    stripped = text.strip()
    m = _WEB_HEADING.match(stripped) or _WORDED_HEADING.match(stripped) or _ISSUER_HEADING.match(stripped)
    return (m.group("type"), re.sub(r"^số\s*:?\s*", "", m.group("rest"))) if m else None


# A document that lost its type line still names itself in its own voice: the opening's main clause, after its
# grounds, announces what follows ("…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:", "Uỷ ban
# nhân dân xã Tây Sơn thông báo lịch tiếp công dân năm 2025 như sau:").  A number after the type ("ban hành Kế
# hoạch số 42/KH-UBND") is another's voice, a page's lead or a cited document: not this rule's.
_OWN_VOICE = re.compile(
    r"(?:^|,\s*|\.\s+)(?P<org>[A-ZĐÀ-Ỹ][^,;:.()]{2,120}?" + TERM_AFTER_NAME + r")\s+(?:(?:đã|sẽ|tiếp tục)\s+)?"
    r"(?:(?:ban hành|xây dựng)\s+(?P<type>(?i:" + _TYPE_NAMES + r"))(?!\s+số\b)|(?P<notice>thông báo)\b"
    # a guidance: "…. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công tác tuyên truyền biển, đảo … như sau:"
    r"|(?P<guide>hướng dẫn)\s+(?=công tác|việc|một số|các|thực hiện|triển khai|tổ chức|tuyên truyền))"
    # "… như sau:", or a notice's colon alone ("…, UBND phường Phúc La thông báo:")
    r"(?:[^.;:]{0,200}?(?:,\s*)?(?:(?:cụ thể\s+)?như sau|sau đây|nội dung(?:\s+chính)?\s+sau)|(?<=thông báo))\s*:\s*$"
)


# A telegram opens on its sender and "điện:", its addressees after: "Thủ tướng Chính phủ điện: Các Phó thủ tướng …".
_TELEGRAM = re.compile(r"^(?P<org>[A-ZĐÀ-Ỹ][^,;:.()]{2,100}?)\s+điện\s*:")


# A letter's request in its writer's voice, where a copy lost its header: "…, Sở Nông nghiệp và PTNT đề nghị các
# UBND huyện … tham gia ý kiến", "…, Sở Giáo dục và Đào tạo yêu cầu các phòng GDĐT …".  A committee "yêu cầu" in
# its directives too; a department or an office, which issues none, only in its letters.
_LETTER_VOICE = re.compile(
    r"(?:^|[,;]\s*)(?P<org>[A-ZĐÀ-Ỹ][^,;:.()]{2,120}?)\s+(?:kính\s+)?(?P<verb>đề nghị|yêu cầu)\s+"
    r"(?=(?:các|Quý|UBND|Uỷ ban|Ủy ban|Sở|Ban|Phòng|cơ quan|đơn vị|lãnh đạo các)\b)"
)
# (a province's procuracy too: "…, VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu lãnh đạo các đơn vị triển khai …")
_DEPARTMENT = re.compile(r"^(?:Sở|Phòng|Cục|Chi cục|Vụ|Văn phòng|Trung tâm|Ban|VKSND|Viện kiểm sát)\s")
# The first words of a clause that opens on its grounds or its purpose, not on a body ("Căn cứ …", "Để …").
_NO_BODY_OPENS = ("căn", "thực", "theo", "để", "nhằm", "triển")


def own_voice_type(text: str) -> str | None:
    """The type an opening sentence gives the document it opens, or ``None``.

    >>> own_voice_type("Thực hiện Nghị định số 61, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:")
    'Kế hoạch'
    >>> own_voice_type("Ủy Ban nhân dân xã Tây Sơn thông báo lịch tiếp công năm 2025 sau khi sáp nhập như sau:")
    'Thông báo'
    >>> own_voice_type("Để đảm bảo trang trọng, đúng quy định, UBND phường Phúc La thông báo:")
    'Thông báo'
    >>> own_voice_type("Ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về cải cách hành chính.")
    >>> own_voice_type("Thực hiện Công văn số 3711/UBND-KGVX, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng …")
    'Công văn'
    >>> own_voice_type("Để kịp thời, Sở Nông nghiệp và PTNT đề nghị các UBND huyện tham gia ý kiến đóng góp.")
    'Công văn'
    >>> own_voice_type("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện"), own_voice_type("Theo đề nghị")
    (None, None)
    >>> own_voice_type("Căn cứ Hướng dẫn số 50/HD-MTTW-BTT. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công "
    ...                "tác tuyên truyền biển, đảo năm 2021 trong hệ thống Mặt trận như sau:")
    'Hướng dẫn'
    >>> own_voice_type("Thực hiện Công văn số 1494-CV/BTGTU; Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng …")
    'Công văn'
    >>> own_voice_type("Thủ tướng Chính phủ điện: Các Phó thủ tướng Chính phủ; Bộ trưởng, Thủ trưởng cơ quan ngang bộ")
    'Công điện'
    """
    if _TELEGRAM.match(text.strip()):
        return "Công điện"
    m = _OWN_VOICE.search(text.strip())
    # a clause that opens the sentence with its grounds or purpose names no body (lines.GROUNDS would be the
    # shared words, but lines imports structure, this module's package)
    if not m or m.group("org").split()[0].lower() in _NO_BODY_OPENS:
        asked = _LETTER_VOICE.search(re.sub(r"\s*\([A-ZĐ&-]{2,12}\)", "", text.strip()))  # "… (GDĐT) yêu cầu"
        if asked and asked["org"].split()[0].lower() not in _NO_BODY_OPENS:
            return "Công văn" if asked["verb"] == "đề nghị" or _DEPARTMENT.match(asked["org"]) else None
        return None
    if m.group("notice"):
        return "Thông báo"
    if m.group("guide"):
        return "Hướng dẫn"
    return next(name for name in TYPE_OF_LINE.values() if name.lower() == m.group("type").lower())


# A meeting's conclusions, told after who reported and who spoke: "Sau khi nghe lãnh đạo Văn phòng … báo cáo …, ý
# kiến phát biểu của các thành viên tham dự, Chủ tịch UBND thị xã - Trần Úc kết luận:". A State leader's are given
# out as a notice (Thông báo kết luận); a Party committee's standing body's are its conclusions (Kết luận).
_CONCLUDED = re.compile(
    r"(?:^|,\s*)(?:(?P<party>Ban Thường vụ|Thường trực|Bộ Chính trị|Ban Bí thư|Ban Chấp hành)|(?:Phó\s+)?(?:Chủ tịch|"
    r"Thủ tướng|Bộ trưởng|Thứ trưởng|Giám đốc|Trưởng ban|Trưởng Ban))\b[^.;:]{0,120}?\s(?:đã\s+)?kết luận"
    r"(?:\s+như sau)?\s*:\s*$"
)


def concluded_type(text: str) -> str | None:
    """The type of a meeting's conclusions its sentence gives, or ``None``.

    >>> concluded_type("Sau khi nghe lãnh đạo Văn phòng HĐND&UBND thị xã báo cáo tình hình thực hiện nhiệm vụ tháng "
    ...                "8, ý kiến phát biểu của các thành viên tham dự, Chủ tịch UBND thị xã - Trần Úc kết luận:")
    'Thông báo'
    >>> concluded_type("Ban Thường vụ Tỉnh uỷ đã thảo luận, cho ý kiến và kết luận:")
    'Kết luận'
    >>> concluded_type("Chủ tịch UBND tỉnh đã kết luận tại cuộc họp ngày 5/3/2024.")
    """
    m = _CONCLUDED.search(text.strip())
    return None if not m else "Kết luận" if m["party"] else "Thông báo"


# A legal document's enacting sentence, after its grounds, names what it issues and its subject: "Chánh án Toà án
# nhân dân tối cao, …, Bộ trưởng Bộ Tư pháp ban hành Thông tư liên tịch hướng dẫn thi hành một số quy định của
# Luật hôn nhân và gia đình." (Nghị định 34/2016/NĐ-CP, the form of the enacting sentence).
_ENACTING = re.compile(
    r"^(?P<org>[A-ZĐÀ-Ỹ][^.;:]{2,250}?)\s+ban hành\s+(?P<type>(?i:"
    + _TYPE_NAMES
    + r"))\s+(?!số\b|này\b|kèm\b)(?P<subject>[^;:]{10,300}?)\s*(?:[.;]|,?\s*(?:cụ thể\s+)?như sau\s*:)?\s*$"
)
_ABBREVIATED_AS = re.compile(r"\s*\((?:sau đây|gọi tắt|dưới đây)[^()]*\)")


def enacted_subject(text: str) -> str | None:
    """The subject a document's enacting sentence gives it, or ``None``.

    >>> enacted_subject("Bộ trưởng Bộ Tư pháp ban hành Thông tư liên tịch hướng dẫn thi hành một số quy định của "
    ...                 "Luật hôn nhân và gia đình.")
    'hướng dẫn thi hành một số quy định của Luật hôn nhân và gia đình'
    >>> enacted_subject("Bộ trưởng Bộ Tư pháp ban hành Thông tư hướng dẫn thi hành Luật hôn nhân và gia đình số "
    ...                 "52/2014/QH13 (sau đây viết tắt là Luật hôn nhân và gia đình) như sau:")
    'hướng dẫn thi hành Luật hôn nhân và gia đình số 52/2014/QH13'
    >>> enacted_subject("Uỷ ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 3/3/2024 về cải cách hành chính.")
    """
    m = _ENACTING.match(_ABBREVIATED_AS.sub("", text.strip()))
    if not m or m.group("org").split()[0].lower() in _NO_BODY_OPENS:
        return None
    return m.group("subject")


_FOLDED_TYPES = frozenset(fold(name) for name in TYPE_OF_LINE.values())


def repeats_heading(headings: list[str], text: str) -> bool:
    """Whether a page's heading above the document ends with ``text``: a subject under its type line that opens
    like a body's grounds ("HƯỚNG DẪN" / "Thực hiện kế hoạch tổ chức Đại hội …") is the subject when the site's
    heading repeats it ("Hướng dẫn thực hiện kế hoạch tổ chức Đại hội …").

    >>> repeats_heading(["Hướng dẫn thực hiện kế hoạch tổ chức Đại hội các cấp."],
    ...                 "Thực hiện kế hoạch tổ chức Đại hội các cấp.")
    True
    >>> repeats_heading(["Hướng dẫn thực hiện kế hoạch tổ chức Đại hội các cấp."], "Thực hiện Kế hoạch số 12.")
    False
    >>> repeats_heading(["UỶ BAN NHÂN DÂN TỈNH TÂY NINH"], "UỶ BAN NHÂN DÂN TỈNH TÂY NINH")  # the header's own line
    False
    """
    said = fold(text).strip(" .;")
    headed = [fold(h).strip(" .;") for h in headings]
    return len(said) >= 20 and any(h.endswith(said) and h[: -len(said)].strip() in _FOLDED_TYPES for h in headed)
