"""Zones: which of a document's lines are its ``header`` (issuer, number, place and date), its ``title`` (the type
line and the subject, or a letter's "V/v …"), its ``body``, its ``recipients`` (Nơi nhận) and its ``signature``."""

from __future__ import annotations

import re

from indexer.document.structure.marks import (
    BODY_OPENER,
    LETTER_SUBJECT,
    PLACE_DATE,
    SUBJECT_LINE,
    TERMINAL,
    is_header_line,
    opens_body,
)
from indexer.document.structure.type_lines import repeats_heading, title_type, type_of_line
from indexer.text.closing_columns import BULLET, RECIPIENTS_START, is_signature_start, signature_span
from indexer.text.normalize import Block, is_all_caps
from indexer.vocabulary import ADDRESSED, MOTTO, PLACE_UNITS_CAPS

# A caps subject's last line, short as a heading is: "… TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG" / "NĂM 2022".
_SUBJECT_TAIL = re.compile(
    r"^(?:NĂM \d{4}|GIAI ĐOẠN|ĐOẠN\b|ĐẾN NĂM|NHIỆM KỲ|\(?\d{4}\s*[-–]\s*\d{4}"
    rf"|(?:{PLACE_UNITS_CAPS})\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s\-]*$)"
)
# A short caps line under the subject that begins as a body's or an office's name names who decides ("HỘI ĐỒNG
# NHÂN DÂN QUẬN 2", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"); any other is the subject's last line ("THÔNG MINH TOÀN QUỐC",
# "TRÊN ĐỊA BÀN TỈNH LÀO CAI").
_NAMES_A_BODY = re.compile(
    r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG|CỤC|VĂN PHÒNG|(?:UỶ|ỦY) BAN|HỘI|BAN|BỘ|SỞ|CHÍNH PHỦ|QUỐC HỘI|"
    r"THƯỜNG TRỰC|THƯỜNG VỤ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) (?:UỶ|ỦY)|ĐOÀN|MẶT TRẬN|LIÊN|"
    r"(?:NHÂN )?DÂN (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG))\b"  # the rest of "ỦY BAN NHÂN" / "DÂN TỈNH …"
)
# A subject line a narrow column broke leaves a word that cannot end it ("… GIỮA", "… GIAI", "PHỐI" alone).
_OPEN_END = re.compile(
    r"(?:^[^\W\d_]+|\b(?:VÀ|CỦA|VỀ|CHO|TẠI|TRÊN|GIỮA|ĐẾN|VỚI|TỪ|TRONG|GIAI|CÁC|NHỮNG|LẦN|THỨ|KẾ|PHÒNG|NHIỆM|NĂM|TỔ|"
    r"THEO|ỦY|UỶ|MẶT|HỒ|CHÍ))\s*$"
)
# A subject's line that ends on a word joining it to the next: "… THUỘC ỦY BAN NHÂN DÂN QUẬN VÀ".
_JOINING_END = re.compile(r"\s(?:VÀ|CỦA|VỀ|CHO|TẠI|TRÊN|GIỮA|ĐẾN|VỚI|TỪ|TRONG|CÁC|NHỮNG|THUỘC)\s*$")


def _speck_stop(blocks: list[Block], i: int) -> bool:
    """Whether a caps subject line's full stop is a scan's speck: the next line goes on in capitals
    ("… XÂY DỰNG QUAN HỆ LAO." / "ĐỘNG HÀI HOÀ, ỔN ĐỊNH …")."""
    text = blocks[i].text
    following = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return (
        bool(re.search(r"[^\W\d_]\.$", text))
        and is_all_caps(text)
        and is_all_caps(following)
        and not _AUTHORITY_LINE.match(following)
    )


def _subject_goes_on(previous: str, text: str) -> bool:
    """Whether a short caps line under a subject goes on with it (a period, a locality, a broken line's rest)."""
    # one word alone is no authority's name: the rest of the line above ("… HỒ CHÍ" / "MINH")
    return bool(_SUBJECT_TAIL.match(text) or _OPEN_END.search(previous) or len(text.split()) == 1)


# The grounds that open the body, under a caps subject, however short a cut copy left them ("- Căn cứ Điều lệ
# Đảng và Quy định số 24-QĐ/TW, ng").
_GROUNDS_AFTER_CAPS = re.compile(r"^(?:[-+•]\s*)?(?:Căn cứ|Thực hiện|Thi hành)\s+[a-zđà-ỹA-ZĐ]+\s+[a-zđà-ỹ]")
# A Party committee's conference resolution or conclusion: its title names the conference over one or more
# capital lines ("HỘI NGHỊ LẦN THỨ BẢY / BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)").
_CONFERENCE_LINE = re.compile(r"^HỘI NGHỊ\b")

# The authority a decision is taken by, set in caps under its title: "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH".
_AUTHORITY_LINE = re.compile(
    r"^(?:CHỦ TỊCH |BỘ TRƯỞNG |THỦ TƯỚNG |GIÁM ĐỐC |TỔNG CỤC TRƯỞNG |CỤC TRƯỞNG )?"
    r"(?:(?:UỶ|ỦY) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|(?:UỶ|ỦY) BAN THƯỜNG VỤ QUỐC HỘI|QUỐC HỘI|CHÍNH PHỦ|BAN THƯỜNG VỤ|"
    r"BAN CHẤP HÀNH|BỘ [A-ZĐ]|SỞ [A-ZĐ])"
    r"[A-ZĐÀ-Ỹ0-9 ,.\-–]{0,80}$"
    # "CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC", "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, …": the head of the body that decides
    r"|^(?:CỤC TRƯỞNG CỤC|TỔNG CỤC TRƯỞNG TỔNG CỤC|TRƯỞNG BAN CHỈ ĐẠO) [A-ZĐÀ-Ỹ0-9 ,.\-–]{2,80}$"
)


# A subject closed by a full stop, as some offices type it ("Vận động ủng hộ Quỹ “Vì người nghèo” năm 2017."), or
# whose first part a semicolon closes ("Tổ chức các hoạt động chào mừng Đại hội lần thứ XII của Đảng;" / "Kỷ niệm
# 86 năm …"): short, and not the opening sentence.
_CLOSED_SUBJECT = re.compile(r"^[^.;:]{10,180}[.;]$")


def _header_mark(text: str) -> bool:
    """A line only a header holds: the motto, the place and date, the "Số" line (even as "S:  03 / KH-BVĐ")."""
    return bool(MOTTO.search(text) or PLACE_DATE.match(text) or re.match(r"^(?:Số|SỐ|S)\s*:\s*\d", text))


def find_zones(blocks: list[Block]) -> list[str]:
    """Each block's zone: the header and title up to the subject's end (or a letter's), the closing at the end."""
    n = len(blocks)
    zones = ["body"] * n
    type_at = _type_line_at(blocks)
    if type_at is not None:
        for i in range(type_at):
            zones[i] = "header"
        zones[type_at] = "title"
        for i in range(type_at + 1, type_at + 1 + _subject_lines(blocks, type_at)):
            zones[i] = "title"
    else:
        _letter_header(blocks, zones)
        if "title" not in zones and blocks and title_type(blocks[0].text) and _header_follows(blocks[1:12]):
            zones[0] = "title"  # the page dropped the document's type heading: the site's names its subject
    # Closing: Nơi nhận and its list, the signature block.
    start = next((i for i in range(n) if zones[i] == "body" and RECIPIENTS_START.match(blocks[i].text)), None)
    if start is not None:
        zones[start] = "recipients"
        i = start + 1
        while i < n and not is_signature_start(blocks, i):
            if BULLET.match(blocks[i].text) or not opens_body(blocks[i]) and len(blocks[i].text) < 160:
                zones[i] = "recipients"
                i += 1
            else:
                break
    sig = signature_span(blocks, zones)
    for i in sig:
        zones[i] = "signature"
    return zones


def _type_line_at(blocks: list[Block]) -> int | None:
    """The type line, if any, among the first blocks."""
    typed = [i for i, b in enumerate(blocks[:40]) if b.kind != "rule" and type_of_line(b.text)]
    type_at = typed[0] if typed else None
    if len(typed) > 1 and any(_header_mark(b.text) for b in blocks[typed[0] + 1 : typed[1]]):
        type_at = typed[1]  # a page's heading over the document's header: the type line under the header is its
    elif len(typed) == 1 and typed[0] <= 3 and any(_header_mark(b.text) for b in blocks[typed[0] + 1 : typed[0] + 8]):
        return None  # a page's heading over the header of a letter, which has no type line: "KẾ HOẠCH TUYỂN SINH …"
    # a website's heading over a copy that lost its header, under the label a document database sets over it
    first = 1 if blocks and _SUBJECT_LABEL.match(blocks[0].text) else 0
    heading = len(blocks) > first and title_type(blocks[first].text)
    if type_at is None and heading and not _header_follows(blocks[first + 1 : first + 12]):
        type_at = first
    return type_at


_SUBJECT_LABEL = re.compile(r"^\s*Trích yếu(?: nội dung)?\s*:?\s*$", re.I)


def _subject_lines(blocks: list[Block], type_at: int) -> int:
    """How many lines after the type line are its subject (trích yếu)."""
    i, n, taken = type_at + 1, len(blocks), 0
    # a type line that carries its subject ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020") ends where the body opens
    carried = bool((title_type(blocks[type_at].text) or ("", ""))[1].strip())
    # a caps subject goes on as long as its lines are caps: a scan wraps a long one over six or seven
    while i < n and (
        taken < 4
        or taken < 8
        and is_all_caps(blocks[i - 1].text)
        and is_all_caps(blocks[i].text)
        or taken < 9
        and _PERIOD_NOTE.match(blocks[i].text)
    ):
        b = blocks[i]
        subject = not taken and (
            SUBJECT_LINE.match(b.text) or repeats_heading([h.text for h in blocks[:type_at]], b.text)
        )
        subject = subject or (taken and _CONFERENCE_LINE.match(blocks[i - 1].text) and is_all_caps(b.text))
        if not subject and (
            b.kind == "rule"
            or (
                TERMINAL.search(b.text)
                and (taken or BODY_OPENER.match(b.text) or not _CLOSED_SUBJECT.match(b.text))
                and not _speck_stop(blocks, i)
                # the subject's last line after its comma ("… thành phố Sa Đéc," / "giai đoạn 2018 - 2022."), or in
                # caps after caps ("… TẠI AN" / "GIANG GIAI ĐOẠN 2018 - 2025.")
                and not (taken and len(b.text) < 80 and _last_subject_line(blocks[i - 1].text, b.text))
            )
            # the authority under the subject, not a body the subject's broken line goes on to name ("… QUẬN VÀ" /
            # "ỦY BAN NHÂN DÂN 16 PHƯỜNG TRONG …")
            or (_AUTHORITY_LINE.match(b.text) and not (taken and _JOINING_END.search(blocks[i - 1].text)))
            # its first word left alone by a table's narrow column: "UỶ" / "BAN NHÂN DÂN TỈNH QUẢNG BÌNH"
            or (taken and i + 1 < n and len(b.text) <= 3 and _AUTHORITY_LINE.match(f"{b.text} {blocks[i + 1].text}"))
            or re.match(ADDRESSED, b.text)
            or ((taken or carried) and (opens_body(b) or _grounds_after_caps(blocks[i - 1].text, b.text)))
            # a long paragraph in small letters under a subject is the body, however it opens ("Năm 2023, …")
            or (taken and not is_all_caps(b.text) and len(b.text) >= 200)
            or (
                taken
                and is_all_caps(b.text)
                and len(b.text) < 40
                and _NAMES_A_BODY.match(b.text)
                and not _subject_goes_on(blocks[i - 1].text, b.text)
            )
        ):
            break
        taken += 1
        i += 1
    return taken


def _last_subject_line(previous: str, text: str) -> bool:
    """Whether a line closed by a period ends the subject above it (:func:`_subject_lines`)."""
    return previous.rstrip().endswith(",") or is_all_caps(previous) and is_all_caps(text) and text.rstrip()[-1:] == "."


# A period noted under the subject is the subject's: "(Giai đoạn: 2021- 2025)", "(nhiệm kỳ 2020 - 2025)".
_PERIOD_NOTE = re.compile(r"^\((?:giai đoạn|nhiệm kỳ|năm|khoá|khóa)\b[^()]{0,40}\)$", re.I)


def _grounds_after_caps(previous: str, text: str) -> bool:
    """Whether a line opens the grounds under a caps subject; under "CỦA BAN THƯỜNG VỤ" it is the subject's."""
    return bool(_GROUNDS_AFTER_CAPS.match(text)) and is_all_caps(previous) and not previous.startswith("CỦA")


def _letter_header(blocks: list[Block], zones: list[str]) -> None:
    """No type line (a Công văn): the header runs to the first sentence of the body; "V/v …" is the title."""
    n = len(blocks)
    addressed = False  # past "Kính gửi": its list of recipients, then the body
    for i, b in enumerate(blocks[:30]):
        # a page's notice above the header ("Để sử dụng toàn bộ tiện ích …") is no body yet
        # a long letter subject closed by a full stop ("V/v tăng cường … cấp tỉnh.") is no sentence of the body
        subject = LETTER_SUBJECT.match(b.text)
        sentence = opens_body(b) or (len(b.text) >= 100 and TERMINAL.search(b.text) and not subject)
        # a long recipient under "Kính gửi:" ("- Các Bộ: Kế hoạch và Đầu tư, Tài chính, …;") is no sentence
        still = addressed and _still_addressed(blocks[i - 1].text, b.text)
        if sentence and not still and not any(_header_mark(later.text) for later in blocks[i + 1 : i + 9]):
            break
        if addressed and not still:
            break
        addressed = addressed or bool(re.match(ADDRESSED, b.text))
        zones[i] = "header"
    # The subject of a letter ("V/v …") is its title.
    for i, b in enumerate(blocks[:30]):
        if zones[i] != "header":
            break
        # a caps subject under the place and date of a document whose type line a copy lost: opening on "VỀ" ("VỀ
        # NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008" / "HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III …"), or over the authority line;
        # a letter's subject opening on "Về" under its number and date ("Về cho học sinh nghỉ học")
        after_date = i and _header_mark(blocks[i - 1].text)
        over_authority = i + 1 < n and _AUTHORITY_LINE.match(blocks[i + 1].text)
        caps = is_all_caps(b.text) and (re.match(r"^VỀ\s", b.text) or over_authority)
        caps_subject = after_date and (caps or re.match(r"^Về\s(?!việc\b)\w.{0,200}$", b.text))
        if SUBJECT_LINE.match(b.text) or caps_subject or _unlabelled_subject(blocks, i):
            zones[i] = "title"
            j = i + 1
            while (
                j < n
                and zones[j] == "header"
                and not re.search(r"[\"”]\s*$", blocks[j - 1].text)
                and not is_header_line(blocks[j].text)
                and not _AUTHORITY_LINE.match(blocks[j].text)
                and not BULLET.match(blocks[j].text)  # the recipients, their "Kính gửi" lost by a scan
            ):
                zones[j] = "title"
                j += 1
            break


def _unlabelled_subject(blocks: list[Block], i: int) -> bool:
    """Whether a letter's subject stands under its number without "V/v" ("Số: 159/TANDTC-PC" / "Bảo đảm chỉ tiêu,
    chất lượng …", "Về: tham gia ý kiến …"): a line in sentence case that the place and date or "Kính gửi" close;
    or, a copy having lost the header, the page's first line right over "Kính gửi:" ("Hỗ trợ giáo dục miền núi, …")."""
    text = blocks[i].text
    numbered = i and re.match(r"^(?:Số|SỐ)\s*:?\s*\d", blocks[i - 1].text)
    first_addressed = not i and len(blocks) > 1 and re.match(ADDRESSED, blocks[1].text) and len(text.split()) >= 4
    return bool(
        (numbered or first_addressed)
        and text[:1].isupper()
        and text[1:2].isalpha()
        and not is_all_caps(text)
        and not is_header_line(text)
        and not text.rstrip().endswith(":")
        and not re.search(r"(?i)ngày.{0,12}tháng.{0,12}năm", text)  # a place and date a scan garbled
        and len(text) <= 300
        and any(is_header_line(b.text) for b in blocks[i + 1 : i + 3])
    )


_ADDRESSEE_DETAIL = re.compile(r"^(?:Mã số thuế|MST|Mã số doanh nghiệp|Địa chỉ|Điện thoại|Số điện thoại)\s*:")


def _still_addressed(previous: str, text: str) -> bool:
    """Whether a line under "Kính gửi" still names a recipient: a bullet, the line under a bare
    "Kính gửi:", or a short line ending as list items do (``Đảng uỷ Uỷ ban nhân dân tỉnh,``)."""
    if BULLET.match(text):
        return True
    if re.match(rf"^{ADDRESSED}\s*:?$", previous):
        # but a letter sent with its addressee left blank opens its body there: "Kính gửi:" / "Ngày 22 tháng 12
        # năm 2017, Ban Bí thư ban hành Chỉ thị số 16-CT/TW …"
        return not (len(text) >= 120 and BODY_OPENER.match(text) and re.search(r"[.!?…](?:\s|$)", text))
    if _ADDRESSEE_DETAIL.match(text):  # a tax office's reply: "Mã số thuế: 5400416202; Địa chỉ: Khu công nghiệp …"
        return True
    return len(text) < 60 and bool(re.search(r"[,;.]$", text)) and not BODY_OPENER.match(text)


def _header_follows(blocks: list[Block]) -> bool:
    """Whether a header follows a website's heading (its motto, "Số:", the place and date): then it is read."""
    return any(is_header_line(b.text) or MOTTO.search(b.text) for b in blocks)
