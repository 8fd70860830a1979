"""A text layer that lost every letter outside ASCII, its header's words spelt again.

Some copies of a PDF (a document-sharing site's text view, an extraction through a font without Vietnamese
glyphs) drop every marked letter: "UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM", "Sn Tr, ngy 28 thng 10 nm
2013"; some keep the letters of Latin-1 and lose the others ("Y BAN NHÂN DÂN T NH CAO B NG").  What is left of a
known name still tells it apart: with its non-ASCII letters dropped on both sides, "TNHPHTH" is only "TỈNH PHÚ
THỌ".  The header's names (councils, departments and offices, provinces and districts, the national heading) are
spelt again from the words that remain; the body, whose words are too many and too short to tell apart, is left
as the copy has it.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata

# Only a text whose national name lost its "Ệ" has lost its letters: "VIT NAM", "VI T NAM", "Vit Nam".
# So has a council's province whose "Ỉ" went ("UBND TNH BC NINH") where a site typed the national name again.
_LOST = re.compile(r"(?<!\w)[Vv][Ii] ?[Tt] (?:NAM|Nam)(?!\w)|(?<!\w)(?:UBND|DÂN) T ?NH(?!\w)")
HEADER_LINES = 30
_LONGEST = 12  # words of the longest name, as a copy may split them ("C NG HOÀ XÃ H I CH NGHĨA VI T NAM")

_BODIES = (
    "Cộng hoà xã hội chủ nghĩa Việt Nam", "Đảng Cộng sản Việt Nam", "Độc lập - Tự do - Hạnh phúc",
    "Uỷ ban nhân dân", "Hội đồng nhân dân", "Uỷ ban Mặt trận Tổ quốc Việt Nam", "Tỉnh uỷ", "Huyện uỷ", "Thành uỷ",
    "Quận uỷ", "Thị uỷ", "Đảng uỷ", "Ban Thường vụ", "Văn phòng", "Thanh tra",
)  # fmt: skip
_HEADS = ("Sở", "Phòng", "Ban", "Chi cục", "Trung tâm", "Cục")
_SECTORS = (
    "Giáo dục và Đào tạo", "Văn hoá, Thể thao và Du lịch", "Văn hoá và Thông tin", "Y tế", "Tài chính", "Nội vụ",
    "Tư pháp", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường",
    "Kế hoạch và Đầu tư", "Công Thương", "Xây dựng", "Giao thông vận tải", "Lao động - Thương binh và Xã hội",
    "Thông tin và Truyền thông", "Khoa học và Công nghệ", "Ngoại vụ", "Dân tộc", "Tuyên giáo", "Dân vận", "Tổ chức",
    "Kinh tế", "Quản lý đô thị", "Tài chính - Kế hoạch",
)  # fmt: skip


_PROVINCE = re.compile(r"^(?:Tỉnh|Thành phố)\s+")
_DISTRICT = re.compile(r"^(?P<unit>Huyện|Quận|Thị xã|Thành phố)\s+(?P<name>.+)$")


# One tone placement and the other ("uỷ" / "ủy", "hoà" / "hòa"): either may be the source's.
_PAIRS = {f"{v}{m}": f"{mv}{t}" for v, t, marks, moved in (("o", "a", "àáảãạ", "òóỏõọ"), ("u", "y", "ỳýỷỹỵ", "ùúủũụ"),
          ("o", "e", "èéẻẽẹ", "òóỏõọ")) for m, mv in zip(marks, moved, strict=True)}  # fmt: skip
_PLACEMENTS = _PAIRS | {b: a for a, b in _PAIRS.items()}
_OTHER_PLACEMENT = re.compile("|".join(sorted(_PLACEMENTS, key=len, reverse=True)))


def skeleton(text: str) -> str:
    """What a copy that lost its marked letters keeps of ``text``: its ASCII letters and figures, in capitals.

    >>> skeleton("TỈNH PHÚ THỌ"), skeleton("T NH PH TH"), skeleton("Ủy ban nhân dân")
    ('TNHPHTH', 'TNHPHTH', 'YBANNHNDN')
    """
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())


@functools.cache
def _names() -> dict[str, str]:
    """Every name a header may hold, by its skeleton; a skeleton two names share names neither."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    names = list(_BODIES) + [f"{head} {sector}" for head in _HEADS for sector in _SECTORS]
    with open(NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as fh:
        provinces = json.load(fh)
    for province in provinces:
        name = _PROVINCE.sub("", province["name"])  # "Tỉnh Phú Thọ", "Thành phố Hà Nội"
        names += [f"tỉnh {name}", f"thành phố {name}", name]
        for district in province.get("districts", []):
            m = _DISTRICT.match(district["name"])
            if m:  # "huyện Thiệu Hóa"; not "Hướng Hóa" alone, whose skeleton is also "HÀNG HOÁ"'s
                names.append(f"{m['unit'].lower()} {m['name']}")
    by_skeleton: dict[str, set[str]] = {}
    for name in names:
        if any(not skeleton(word) for word in name.split() if word != "-"):
            continue  # "quận Đồ Sơn" leaves nothing of "Đồ": what is left ("QUN SN") is any "quận … Sơn …"
        # the mark on the other vowel keeps another letter: "Uỷ" leaves "U", "Ủy" leaves "y"
        for spelling in {name, _OTHER_PLACEMENT.sub(lambda m: _PLACEMENTS[m.group()], name.lower())}:
            by_skeleton.setdefault(skeleton(spelling), set()).add(name)
    return {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 4}


# The motto, whichever letters it kept ("c l p - T do - Hanh phuc", "c lp - T !" - H#$% p%&c"), and the number's
# marks: "S : 3134/2008/Q -UBND" is "Số: 3134/2008/QĐ-UBND"; its code's letters that lost their "Đ", which no code
# writes without it: "313 /PGDT-THHC" is the "PGDĐT" of a Phòng Giáo dục và Đào tạo, "NQ-HND" a council's "HĐND",
# "3020/A-UBND" an Đề án's "ĐA".
_MOTTO = re.compile(
    r"(?<!\w)Đ?[ôộo]?c\s?l\s?[âậa]?\s?p\s*-\s*T\S{0,2}\s*do\s*-\s*H\S{0,3}\s*\S{0,2}\s*ph\S{0,2}c(?!\w)"
)
_NUMBER_MARKS = re.compile(r"(?<!\w)S\s?:(?=\s?\d)|(?<=\d/)[QN]\s?-(?=[A-Z])")
_NUMBER_SPELT = {"S": "Số:", "Q": "QĐ-", "N": "NĐ-"}
_CODE_WITHOUT_D = re.compile(
    r"(?<=[/-])(?:(?P<education>[PSB]?GD)T|(?P<council>H)ND)(?=[-/,\s]|$)|(?<=/)(?P<alone>[AU])(?=-|\s|$)"
)


def _code_spelt(m: re.Match) -> str:
    if m["alone"]:  # an Đề án's "ĐA", a Party committee's "ĐU": no code is the one letter
        return f"Đ{m['alone']}"
    return f"{m['education']}ĐT" if m["education"] else "HĐND"  # Giáo dục và Đào tạo; Hội đồng nhân dân


@functools.cache
def _citing_words() -> tuple[re.Pattern, list[str]]:
    """A line's opening ("Thc hin", "Cn c", "Knh gi:" that ends a letter's subject) and a cited document's type
    before its number ("Ngh quyt s 179/…"), as such a text leaves them: what its grounds are found by, spelt again
    in the whole text; and the types, in the order of the pattern's groups."""
    from indexer.vocabulary import DOCUMENT_TYPES

    def words(phrase: str) -> str:  # a marked letter dropped, or kept without its marks ("Thc hin", "Thuc hin")
        return r"\s+".join("".join(_letter(ch) for ch in word) for word in phrase.split())

    types = [t.name for t in DOCUMENT_TYPES if all(skeleton(word) for word in t.name.split())]
    cited = "|".join(f"(?P<t{i}>{words(name)})" for i, name in enumerate(types))
    return re.compile(
        rf"^(?P<opening>\W{{0,3}}(?:(?P<o0>{words('Thực hiện')})|(?P<o1>{words('Căn cứ')})|(?P<o2>{words('Kính gửi')}))"
        r"(?!\w))"
        rf"|(?<!\w)(?:{cited})\s+S(?=\s*\d)",
        re.IGNORECASE,
    ), types


def _letter(ch: str) -> str:
    if ch.isascii():
        return re.escape(ch.upper())
    base = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))[0]
    return f"(?:{base.upper()})?"


def citing_respelt(line: str) -> str:
    """A line of such a text with its opening and the types it cites spelt again.

    >>> citing_respelt("Thc hin Ngh quyt s 179/2009/NQ-HĐND ngy 20/4/2009 ca Hi ng nhn dn tnh")
    'Thực hiện Nghị quyết số 179/2009/NQ-HĐND ngy 20/4/2009 ca Hi ng nhn dn tnh'
    >>> citing_respelt("- Cn c Cng vn s 1025/SGDĐT-CTHSSV"), citing_respelt("Cn cu vo k hoch")
    ('- Căn cứ Công văn số 1025/SGDĐT-CTHSSV', 'Căn cứ vo k hoch')
    >>> citing_respelt("Cn thit phi thc hin"), citing_respelt("Knh gi: Hiu trng trng tiu hc")
    ('Cn thit phi thc hin', 'Kính gửi: Hiu trng trng tiu hc')
    >>> citing_respelt("Thuc hin Cng vn s 1025/SGDĐT-CTHSSV ngay 17 thang 4 nm 2014")
    'Thực hiện Công văn số 1025/SGDĐT-CTHSSV ngay 17 thang 4 nm 2014'
    >>> citing_respelt("Thc hin n s 3020/ĐA-UBND"), citing_respelt("Thng tin v vic")
    ('Thực hiện n s 3020/ĐA-UBND', 'Thng tin v vic')
    """
    pattern, types = _citing_words()

    def spelt(m: re.Match) -> str:
        found = next(name for name, value in m.groupdict().items() if value and name != "opening")
        if found.startswith("o"):
            said = ("Thực hiện", "Căn cứ", "Kính gửi")[int(found[1:])]
            return m.group()[: m.start(found) - m.start()] + _cased(said, m[found])
        return _cased(f"{types[int(found[1:])]} số", m.group())

    return pattern.sub(spelt, line)


def _cased(said: str, copy: str) -> str:
    if copy.isupper():
        return said.upper()
    return said[0].upper() + said[1:] if copy[:1].isupper() else said[0].lower() + said[1:]


def lost_letters(lines: list[str]) -> bool:
    """Whether the text's first lines show it lost its marked letters (its national name: "VIT NAM")."""
    return any(_LOST.search(line) for line in lines[:HEADER_LINES])


@functools.cache
def _type_lines() -> dict[str, str]:
    """A document's type line by its skeleton ("HNG DN": "HƯỚNG DẪN"), where no other type line shares it."""
    from indexer.vocabulary import TYPE_OF_LINE

    by_skeleton: dict[str, set[str]] = {}
    for line in TYPE_OF_LINE:
        by_skeleton.setdefault(skeleton(line), set()).add(line)
    return {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 4}


def respelt(line: str) -> str:
    """A header line of such a text with the names it holds spelt again, in the line's case.

    >>> respelt("UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM")
    'UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    >>> respelt("S VN HO TH THAO V DU LCH c l p - T do - Hanh phuc")
    'SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc'
    >>> respelt("Y BAN NHÂN DÂN C NG HOÀ XÃ H I CH NGHĨA VI T NAM T NH CAO B NG")
    'UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH CAO BẰNG'
    >>> respelt("S : 3134/2008/Q -UBND Cao B ng, ngày 31 tháng 12 năm 2008"), respelt("UBND QUN SN TRA")
    ('Số: 3134/2008/QĐ-UBND Cao Bằng, ngày 31 tháng 12 năm 2008', 'UBND QUN SN TRA')
    >>> respelt("HNG DN"), respelt("  K HOCH"), respelt("Hng dn")
    ('HƯỚNG DẪN', '  KẾ HOẠCH', 'Hng dn')
    >>> respelt("S: 313 /PGDT-THHC"), respelt("Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009"), respelt("38/GDTrH-GDTX")
    ('Số: 313 /PGDĐT-THHC', 'Ngh quyt s 179/2009/NQ-HĐND ngy 20/4/2009', '38/GDTrH-GDTX')
    """
    if line.strip().isupper() and (type_line := _type_lines().get(skeleton(line))):
        return line[: len(line) - len(line.lstrip())] + type_line  # a type line stands alone: "HNG DN"
    line = _NUMBER_MARKS.sub(lambda m: _NUMBER_SPELT[m.group(0)[0]], _MOTTO.sub("Độc lập - Tự do - Hạnh phúc", line))
    line = _CODE_WITHOUT_D.sub(_code_spelt, line)
    tokens = list(re.finditer(r"\S+", line))
    out, last, i = [], 0, 0
    names = _names()
    while i < len(tokens):
        for j in range(min(len(tokens), i + _LONGEST), i, -1):
            span = line[tokens[i].start() : tokens[j - 1].end()]
            core = span.rstrip(",.;:")  # "Cao B ng, ngày 31 …": the place before its comma
            name = names.get(skeleton(core)) if core[-1:].isalnum() else None
            if name:
                # the gaps between the words of a name go, those between a header's columns stay
                out += [
                    line[last : tokens[i].start()],
                    name.upper() if core.upper() == core else name,
                    span[len(core) :],
                ]
                last, i = tokens[j - 1].end(), j
                break
        else:
            i += 1
    return "".join(out) + line[last:]
