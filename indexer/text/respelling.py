"""A name read from a header in capitals, spelt as the document's own text spells it: its tone marks put right
(:func:`respelled_from_text`), its case as the body writes it (:func:`recase`), or else a sentence case that
keeps the capitals of Vietnamese names (:func:`sentence_case`).

OCR misreads the marks of capitals more than any other letters (``CỤC CẢNH SÁT ĐIÊU TRA``, ``TRUYÊN THÔNG``,
``LÂM ĐÒNG``), and the header is all capitals; the body says the same words in small letters, which it reads
far better (``Cục Cảnh sát điều tra``, ``Thông tin và Truyền thông``, ``tỉnh Lâm Đồng``).  A run of words of
the name that the text never spells as the name does, but spells otherwise with the same letters, takes the
text's spelling.  Runs of at least two words only: one syllable has many spellings (``tài``/``tại``), a pair
rarely more than one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from indexer.text.normalize import is_all_caps
from indexer.text.places import respelled
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import DOCUMENT_TYPES

_WORD = re.compile(r"[^\W\d_]+")
# The text a name is looked for in: the first pages, where a document names its own body (not a law's annexes).
READ_CHARS = 60_000
MAX_RUN = 4  # the longest run of words compared: an OCR's slips are a word or two apart
GLUED = 12  # letters: a header word this long is words an OCR read without their spaces (Vietnamese words are short)
_PUNCTUATION = "()[]{},.;:!?\"'“”‘’"


def _window_pattern(words: list[str]) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"


def _written(pattern: str, searched: str, text: str) -> list[str]:
    """The spellings in ``text`` of what ``pattern`` finds in ``searched`` (``text`` or its folded form), but
    those in capitals: the header's own lines are the reading being put right; nor a run that goes from a line in
    capitals to the next one's first words ("… ĐƠN VỊ BẦU CỬ SỐ 02" / "Hồi 08 giờ …" is no spelling of "số 02 Hội")."""
    found = (text[m.start() : m.end()] for m in re.finditer(pattern, searched, re.I))
    return [" ".join(s.split()) for s in found if not is_all_caps(s) and not _caps_line_then_another(s)]


def _caps_line_then_another(run: str) -> bool:
    """Whether ``run`` goes on from a line with no small letter (capitals, figures) to one with some: the
    title of the National Election Council's form for the minutes, then its first words ("Hồi … giờ …").

    >>> _caps_line_then_another("BẦU CỬ SỐ 02\\nHồi"), _caps_line_then_another("Sở\\nCông Thương")
    (True, False)
    """
    before, _, after = run.rpartition("\n")
    return bool(before) and not any(c.islower() for c in before) and any(c.islower() for c in after)


def _matching_case(ours: str, theirs: str) -> str:
    """``theirs`` with the capital of ``ours`` on its first letter: a name starts as it started."""
    if ours[:1].isupper():
        return theirs[:1].upper() + theirs[1:]
    return theirs[:1].lower() + theirs[1:]


def respelled_from_text(name: str, text: str) -> str:
    """``name`` with each word the text never writes in small letters, in a run of its words the text writes
    with other marks, spelt as the text writes that run most often.

    >>> respelled_from_text("Cục Cảnh sát điêu tra tội phạm", "Cục Cảnh sát điều tra đã ... Cục Cảnh sát")
    'Cục Cảnh sát điều tra tội phạm'
    """
    words = name.split()
    if len(words) < 2:
        return name
    text = text[:READ_CHARS]
    written = {key(w) for w in set(_WORD.findall(text)) if not is_all_caps(w)}
    # the words an OCR may have misread: the text never writes them so (one that it writes is right, or at
    # least not to be told from another word: "Xã" stays though the text once has "xả")
    doubtful = [bool(_WORD.search(w)) and key(w.strip(_PUNCTUATION)) not in written for w in words]
    if not any(doubtful):
        return name  # most names, and every typed one: nothing to search
    folded_text = fold(text)
    if len(folded_text) != len(text):
        return name
    settled = [False] * len(words)
    for size in range(min(len(words), MAX_RUN), 1, -1):
        for start in range(len(words) - size + 1):
            if any(settled[start : start + size]) or not any(doubtful[start : start + size]):
                continue
            window = words[start : start + size]
            if _written(_window_pattern(window), text, text):
                settled[start : start + size] = [True] * size
                continue
            found = Counter(
                spelling
                for spelling in _written(_window_pattern([fold(w) for w in window]), folded_text, text)
                if _differs_where_doubtful(window, spelling.split(), doubtful[start : start + size])
            )
            if found:
                spelling = found.most_common(1)[0][0].split()
                # a word the text writes with no mark at all is a text layer's loss, not a spelling
                words[start : start + size] = [
                    o if key(o) == key(t) or (_marked(o) and not _marked(t)) else t
                    for o, t in zip(window, spelling, strict=True)
                ]
                settled[start : start + size] = [True] * size
    return _matching_case(name, " ".join(words))


def _differs_where_doubtful(ours: list[str], theirs: list[str], doubtful: list[bool]) -> bool:
    """Whether a spelling the text has for a run of the name changes only its doubtful words, and one at least."""
    if len(theirs) != len(ours):
        return False
    same = [key(o) == key(t) for o, t in zip(ours, theirs, strict=True)]
    return not all(same) and all(s or d for s, d in zip(same, doubtful, strict=True))


def recase(upper: str, context: str) -> str:
    """Spell an all-caps name (from a document header) as the document's body spells it.

    Falls back to sentence case with the usual capitals of Vietnamese agency names.
    """
    if not is_all_caps(upper):
        return upper
    words, usual = upper.split(), sentence_case(upper).split()
    # The longest prefix of the name that the body writes in mixed case; the whole name written with other
    # marks ("THANH PHO HO CHI MINH" for "Thành phố Hồ Chí Minh") before a part of it written with the same.
    for n in range(len(words), 0, -1):
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words[:n]) + r"(?!\w)"
        # "Sở\nCông Thương": a name the body wraps over two lines
        spellings = [" ".join(m.group(0).split()) for m in re.finditer(pattern, context, re.I)]
        named = [s for s in spellings if not is_all_caps(s) and s[0].isupper() and _cased_as_a_name(s)]
        if named:
            # of the body's spellings, the one with a name's usual capitals ("Văn phòng Chính phủ xin chuyển …"
            # after "Văn phòng chính phủ xin chuyển …" in one letter)
            found = max(named, key=lambda s: sum(a == b for a, b in zip(s.split(), usual[:n], strict=False)))
            rest = _rest_spelled(words[n:], usual[n:], context) or " ".join(usual[n:])  # the head's: "Sở" + "Y tế"
            return found + (" " + rest if rest else "")
        whole = _recased_folded(words, context) if n == len(words) else None
        if whole:
            return whole
    # the head in its usual case, the rest as the body writes it: "ĐẢNG UỶ / TRƯỜNG ĐẠI HỌC LẠC HỒNG"
    for k in range(1, len(words)):
        if rest := _rest_spelled(words[k:], usual[k:], context):
            return " ".join([*usual[:k], rest])
    return _place_capitalised(sentence_case(upper))


# A header's name ends with its unit's name: a proper name, whichever the case folding left it in.
_PLACE_AT_END = re.compile(
    r"(?<!\w)(?P<unit>(?i:(?:tỉnh|thành|huyện|quận|thị)\s+(?:uỷ|ủy)|tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
    r"|thị trấn))\s+"
    r"(?P<name>(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)$"
)


def _place_capitalised(name: str) -> str:
    """``Uỷ ban nhân dân thành phố hội an`` -> ``… thành phố Hội An``; ``… xã hội`` is no commune's name.

    >>> _place_capitalised("Uỷ ban nhân dân thành phố hội an"), _place_capitalised("Ban Chỉ đạo công tác xã hội")
    ('Uỷ ban nhân dân thành phố Hội An', 'Ban Chỉ đạo công tác xã hội')
    >>> _place_capitalised("Ban Thường vụ Huyện uỷ lộc bình")
    'Ban Thường vụ Huyện uỷ Lộc Bình'
    """
    m = _PLACE_AT_END.search(name)
    if not m or key(f"{m['unit']} {m['name']}") == key("xã hội") or any(w[0].isupper() for w in m["name"].split()):
        return name
    return name[: m.start("name")] + " ".join(w[0].upper() + w[1:] for w in m["name"].split())


def _recased_folded(words: list[str], context: str) -> str | None:
    """The body's spelling of a name the header gives without its diacritics or with an OCR's wrong ones
    ("CUC THUE TINH BAC NINH", "TỎNG CỤC THUÊ"): the whole name, written in mixed case in the body."""
    folded_context = fold(context)
    if len(folded_context) != len(context):
        return None
    pattern = r"(?<!\w)" + r"\s+".join(_folded_pattern(w) for w in words) + r"(?!\w)"
    spellings = [" ".join(context[m.start() : m.end()].split()) for m in re.finditer(pattern, folded_context)]
    named = [s for s in spellings if not is_all_caps(s) and s[0].isupper() and _cased_as_a_name(s)]
    # the spelling with the most marks: an OCR's "Cục Thuế tinh Bắc Ninh" lost one the next line keeps
    best = max(named, key=lambda s: sum(ch != f for ch, f in zip(s.lower(), fold(s), strict=False)), default=None)
    return best and head_spelled(_marks_kept(words, best))


def _marks_kept(header: list[str], body: str) -> str:
    """The body's spelling of a name, but a word the body writes without any mark where the header has some: a
    text layer that lost its marks ("Sở Giao duc và Đao tao" under "SỞ GIÁO DỤC VÀ ĐÀO TẠO") keeps the header's.

    >>> _marks_kept("SỞ GIÁO DỤC VÀ ĐÀO TẠO".split(), "Sở Giao duc và Đao tao")
    'Sở Giáo dục và Đào tạo'
    >>> _marks_kept("TỎNG CỤC THUÊ".split(), "Tổng cục Thuế"), _marks_kept("CUC THUE".split(), "Cục Thuế")
    ('Tổng cục Thuế', 'Cục Thuế')
    """
    words = body.split()
    if len(words) != len(header):
        return body
    for i, (ours, theirs) in enumerate(zip(header, words, strict=True)):
        if not _marked(theirs) and _marked(ours):
            words[i] = ours.lower() if theirs.islower() else ours[:1] + ours[1:].lower()
    return " ".join(words)


def _marked(word: str) -> bool:
    """Whether a word carries a mark on a vowel (đ is a letter of its own, not a mark)."""
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", word))


def _folded_pattern(word: str) -> str:
    """A header word, folded; one an OCR glued from several ("KỸTHUẬT-CÔNGNGHỆCÀNTHƠ") as those words, however
    the body spaces them ("Kỹ thuật - Công nghệ Cần Thơ")."""
    folded = fold(word)
    if len(folded) < GLUED:
        return re.escape(folded)
    return r"[\s\-–]*".join(re.escape(ch) for ch in folded.replace("-", ""))


def head_spelled(name: str) -> str:
    """A name whose opening words ("Tổng cục", "Sở") are spelt as they always are, whatever an OCR wrote.

    >>> head_spelled("Tông cục Hải quan"), head_spelled("Sớ Y tế"), head_spelled("Cụm thi đua")
    ('Tổng cục Hải quan', 'Sở Y tế', 'Cụm thi đua')
    """
    head = _HEAD_WORDS.match(fold(name))
    return _HEADS[head.group(0)] + name[head.end() :] if head else name


# The words a body's name opens with, spelt once: an OCR's body may misspell them everywhere ("Tông cục Hải quan").
_HEADS = {fold(head): head for head in ("Tổng cục", "Chi cục", "Cục", "Uỷ ban", "Hội đồng", "Văn phòng", "Sở", "Bộ")}
_HEAD_WORDS = re.compile(r"^(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")(?!\w)")


def _rest_spelled(words: list[str], usual: list[str], context: str) -> str | None:
    """The rest of a name as the body writes it ("ĐẢNG UỶ / TRƯỜNG ĐẠI HỌC LẠC HỒNG" where the body has "trường Đại
    học Lạc Hồng"), its proper names' capitals kept, a place's unit as ``usual`` cases it (a sentence may open on
    it); ``None`` when the body never writes it with a capital past its first word."""
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    spellings = [m.group(0).split() for m in re.finditer(pattern, context, re.I)]
    named = [s for s in spellings if not is_all_caps(" ".join(s)) and any(w[0].isupper() for w in s[1:])]
    found = next((s for s in named if _cased_as_a_name(" ".join(s))), None)
    if not found:
        return None
    unit = found[0].lower() in ("thị", "thành", "xã", "huyện", "tỉnh", "quận", "phường")  # a sentence opened on it
    return " ".join([usual[0] if unit else found[0], *found[1:]])


def _cased_as_a_name(text: str) -> bool:
    """Whether a phrase is cased as a body writes a name: not "UỶ ban trung ưƠng" (a page's broken line)."""
    words = text.split()
    if any(any(ch.isupper() for ch in w[1:]) and any(ch.islower() for ch in w) for w in words):
        return False
    return not (any(w.isupper() and len(w) > 1 for w in words[:1]) and any(w.islower() for w in words))


# Words that keep their capitals inside a sentence-cased name or title; a department's words ("Tài chính",
# "Tổ chức", "Xã hội") only where they name one, after its head ("Sở Tài chính", "Ban Tổ chức", "Lao động -
# Thương binh và Xã hội"): elsewhere a title says "đầu tư công", "bảo trợ xã hội".
# fmt: off
_CAPITALISED = [
    "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Quận uỷ", "Thị uỷ", "Trung ương", "Chính phủ", "Quốc hội", "Nhà nước",
    "Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ", "Ban Chấp hành", "Ban Chỉ đạo", "Ban Chỉ huy", "Uỷ ban nhân dân",
    "Hội đồng nhân dân", "Uỷ ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Việt Nam", "Thủ tướng", "Đảng", "Công an",
    "Quân sự", "Đoàn TNCS", "Đoàn Thanh niên", "Trung ương Đoàn", "Tổng Liên đoàn Lao động", "Liên đoàn Lao động",
    "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Phòng, chống thiên tai", "Tìm kiếm cứu nạn",
    "Đảng uỷ Khối", "Đảng bộ Khối", "Trường Đại học",
]
_DEPARTMENT_WORDS = [
    "Xã hội", "Thương binh", "Lao động", "Đầu tư", "Tài chính", "Tư pháp", "Nội vụ", "Ngoại giao", "Công Thương",
    "Y tế", "Giáo dục", "Đào tạo", "Tuyên giáo", "Dân vận", "Tổ chức", "Kiểm tra", "Đối ngoại", "Nội chính",
    "Văn hoá", "Thể thao", "Du lịch", "Tài nguyên", "Môi trường", "Khoa học", "Công nghệ", "Thông tin", "Truyền thông",
]
# fmt: on
_CAPITALISED_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(_CAPITALISED, key=len, reverse=True)) + r")(?!\w)", re.I
)
_DEPARTMENT = "(?:" + "|".join(re.escape(w) for w in _DEPARTMENT_WORDS) + ")"
# A head that is the second syllable of a common word is no body's: "dịch vụ y tế", "cơ sở giáo dục", "cán bộ
# y tế", "nhiệm vụ đối ngoại", "dự phòng".
_IN_A_WORD = "".join(
    f"(?<!{w} )" for w in ("dịch", "nhiệm", "phục", "nghĩa", "chức", "cơ", "cán", "toàn", "đồng", "quốc", "dự")
)
_DEPARTMENT_RE = re.compile(
    rf"(?<!\w){_IN_A_WORD}(?P<head>bộ|sở|ban|uỷ ban|ủy ban|phòng|cục|vụ|tổng cục|chi cục|công đoàn)(?P<name>\s+"
    rf"{_DEPARTMENT}(?:\s*(?:-|,|và)\s*{_DEPARTMENT})*)(?!\w)",
    re.I,
)


_ABBREVIATION = re.compile(r"(?<!\w)[BCDĐGHKLMNPQRSTVX]{2,6}(?!\w)")
# A directive number or code in a capitalised text: "119-KH/TU", "37-CT/TW", "435/QĐ-UBND", "2021-2026".
_CODED = re.compile(r"\b\d[\w.]*(?:[-/][\w.]+)+")


# A document named by its number is a proper name: "Kế hoạch số 119-KH/TU", "Chỉ thị số 37-CT/TW".
_NAMED_BY_NUMBER = re.compile(
    r"(?<!\w)(" + "|".join(sorted((t.name.lower() for t in DOCUMENT_TYPES), key=len, reverse=True)) + r")(?=\s+số\s*\d)"
)


# Words a Roman numeral follows, which stays in capitals when a line is put in sentence case.
_ROMAN_AFTER = re.compile(
    r"(?<!\w)((?:khoá|khóa|quý|đại hội|lần thứ|thế kỷ|phần|chương|mục|giai đoạn)\s+)([ivxlc]{1,6})(?!\w)", re.I
)


def sentence_case(text: str, first: bool = True) -> str:
    out = text.lower()
    if first and out:
        out = out[0].upper() + out[1:]
    out = _CAPITALISED_RE.sub(lambda m: _match_case(m.group(1), _CAPITALISED), out)
    out = _DEPARTMENT_RE.sub(_department_cased, out)
    out = respelled(out)
    for coded in {m.group(0) for m in _CODED.finditer(text)}:  # "119-KH/TU" stays a number, not "119-kh/tu"
        out = out.replace(coded.lower(), coded)
    for short in set(_ABBREVIATION.findall(text)):  # a word without a vowel is an abbreviation: "TNCS", "PCTT"
        out = re.sub(rf"(?<!\w){short.lower()}(?!\w)", short, out)
    out = _NAMED_BY_NUMBER.sub(lambda m: m.group(1)[0].upper() + m.group(1)[1:], out)  # "Kế hoạch số 119-KH/TU"
    # "Dân số - Kế hoạch hoá gia đình" is two names; "kinh tế - xã hội", "quốc phòng - an ninh" are one phrase
    out = re.sub(r"(?<=\s-\s)(?!xã hội\b|an ninh\b)(\w)", lambda m: m.group(1).upper(), out)
    out = _ROMAN_AFTER.sub(lambda m: m.group(1) + m.group(2).upper(), out)  # "khoá XIII", "quý III", "Đại hội XIV"
    out = re.sub(
        r"^((?:Bộ|Sở|Cục|Vụ|Ban|Văn phòng|Phòng|Tổng cục|Báo|Đài|Trung tâm|Chi cục)\s)(?!hành\b|trưởng\b)(\w)",
        lambda m: m.group(1) + m.group(2).upper(),
        out,
    )
    return out  # "Bộ trưởng Bộ Tài chính": the minister is no ministry's name


def _match_case(word: str, spellings: list[str]) -> str:
    return next((w for w in spellings if key(w) == key(word)), word)


def _department_cased(m: re.Match) -> str:
    head = m.group("head")
    name = re.sub(_DEPARTMENT, lambda w: _match_case(w.group(0), _DEPARTMENT_WORDS), m.group("name"), flags=re.I)
    return head[0].upper() + head[1:] + name
