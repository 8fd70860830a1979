"""Agency names made canonical: one name per body, which the agency facets list and filters compare.

Documents name one body many ways: ``UBND tỉnh``, ``Ủy ban nhân dân tỉnh Lào Cai`` and ``Uỷ ban nhân dân
tỉnh`` in a Lào Cai plan are one committee.  :func:`canonical_agency` gives it one name: tones placed as
:mod:`indexer.text.vietnamese` places them, abbreviations spelled out, the wordings of one group made one
(``Các huyện, thành uỷ`` = ``các huyện uỷ, thành uỷ``), and the locality a text leaves implicit completed
from the document's province, level and issuer (``Sở Tài chính`` -> ``Sở Tài chính tỉnh Lào Cai``).

People and positions (``Chủ tịch UBND tỉnh``, ``LĐVP``, ``Công chức kế toán``, ``Cấp uỷ``) and what names
nothing (``Như trên``, ``Lưu: VT``, a signature line, a sentence) get no name: they are no agencies.  A
group (``Uỷ ban nhân dân cấp xã``, ``Các sở, ban, ngành``) keeps its name without a locality: it names a
kind of body, and the province facet says where.

The spelling of the source stays in the record (:class:`~indexer.document.record.Role`); this is computed
where facets are (``indexer.query.filters``), so records stored before it need no rebuild.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from indexer.text.agencies import AGENCY_HEAD, clean_name
from indexer.text.places import CENTRAL_CITIES, canonical_province, provinces_in, with_province_unit
from indexer.text.vietnamese import key, nfc


def _word(pattern: str) -> str:
    """``pattern`` as a whole word (Vietnamese letters count as word characters)."""
    return rf"(?<![\w&]){pattern}(?![\w&])"


# Abbreviations of agency names, the longest first; each is spelled out wherever it stands as a word.
_ABBREVIATIONS = [
    (r"UBMTTQ\s?VN", "Uỷ ban Mặt trận Tổ quốc Việt Nam"),
    (r"UBMTTQ", "Uỷ ban Mặt trận Tổ quốc"),
    (r"MTTQ\s?VN", "Mặt trận Tổ quốc Việt Nam"),
    (r"MTTQ", "Mặt trận Tổ quốc"),
    (r"UBND", "Uỷ ban nhân dân"),
    (r"HĐND", "Hội đồng nhân dân"),
    (r"UBKT", "Uỷ ban Kiểm tra"),
    (r"BCĐ", "Ban Chỉ đạo"),
    (r"BTV", "Ban Thường vụ"),
    (r"BCH", "Ban Chấp hành"),
    (r"BTC", "Ban Tổ chức"),
    (r"BTG", "Ban Tuyên giáo"),
    (r"BDV", "Ban Dân vận"),
    (r"BXDĐ", "Ban Xây dựng Đảng"),
    (r"VPCP", "Văn phòng Chính phủ"),
    (r"VP", "Văn phòng"),
    (r"TW", "Trung ương"),
    (r"ĐBQH", "đại biểu Quốc hội"),
    (r"PT-TH", "Phát thanh - Truyền hình"),
    (r"TTĐT", "Thông tin điện tử"),
    (r"TTĐN", "thông tin đối ngoại"),
    (r"CT-XH", "chính trị - xã hội"),
    (r"TCCB", "Tổ chức cán bộ"),
    (r"GSQL", "Giám sát quản lý"),
    (r"CNTT&TK", "Công nghệ thông tin và Thống kê"),
    (r"HQ", "Hải quan"),
    (r"VH\s?&\s?TT", "Văn hoá và Thông tin"),
    (r"TP\.?\s?HCM", "thành phố Hồ Chí Minh"),
    (r"TP\.?", "thành phố"),
    (r"VN", "Việt Nam"),
]
_ABBREVIATIONS_RE = [(re.compile(_word(a)), full) for a, full in _ABBREVIATIONS]
# "TT" is "Thường trực" before a committee ("TT HĐND", "TT. Tỉnh uỷ"); elsewhere it is a table's "Thứ tự".
_STANDING = re.compile(r"(?<!\w)TT\.?\s*(?=(?:Hội đồng|Uỷ ban|Đảng uỷ|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Quận uỷ|Thị uỷ)(?!\w))")
# The departments of a province by the codes "Các Sở: NNMT, CT, XD" lists and names abbreviate ("Sở GD&ĐT": the
# joiners of a code's parts are not part of it).
DEPARTMENT_CODES = {
    "NNMT": "Nông nghiệp và Môi trường", "NNPTNT": "Nông nghiệp và Phát triển nông thôn", "CT": "Công Thương",
    "XD": "Xây dựng", "TC": "Tài chính", "NV": "Nội vụ", "TP": "Tư pháp", "YT": "Y tế",
    "GDĐT": "Giáo dục và Đào tạo", "KHCN": "Khoa học và Công nghệ", "KHĐT": "Kế hoạch và Đầu tư",
    "TNMT": "Tài nguyên và Môi trường", "GTVT": "Giao thông vận tải", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VHTTDL": "Văn hoá, Thể thao và Du lịch", "TTTT": "Thông tin và Truyền thông",
}  # fmt: skip

# People and positions: who holds an office is no agency ("Chủ tịch UBND tỉnh", "các đ/c thành viên BCĐ").
_PERSON_WORDS = (
    r"(?:(?:phó|tổng|q\.)\s+)?"
    r"(?:chủ tịch|chủ nhiệm|chánh|bí thư|thủ tướng|bộ trưởng|thứ trưởng|vụ trưởng|cục trưởng|tổng cục trưởng|"
    r"giám đốc|trưởng|tr\.\s?phòng|chuyên viên|c\.\s?viên|công chức|cán bộ|uỷ viên|tỉnh uỷ viên|thành uỷ viên|"
    r"huyện uỷ viên|thành viên|trợ lý|thủ trưởng|lãnh đạo|đại biểu|người đứng đầu|kế toán|văn thư)"
)
_PERSON_ABBREVIATIONS = r"(?:Phó\s+)?(?:CT|PCT|CVP|PCVP|PVP|LĐVP|CVTH|CV|TTg|PTTg|BTCN|PCN|TGĐ|UV)"
_PERSON = re.compile(
    r"^(?i:(?:các|và)\s+)?(?i:(?:đồng chí|đ/c)\.?\s*)?"
    rf"(?:(?i:{_PERSON_WORDS})(?!\w)|{_PERSON_ABBREVIATIONS}(?![\w-])|(?i:cấp uỷ)$)"
)
# What names nothing: a cross-reference, the filing line, a signature line, a sentence or a table header.
_NOT_A_NAME = re.compile(
    r"^(?:Như|Lưu|Nơi nhận|nơi nhận|Trường hợp|Thực hiện|Ban hành|Hội nghị|Căn cứ|Văn bản|văn bản|Theo|Ví dụ)(?!\w)"
    r"|^(?:KT|TM|TL|T/M|K/T|TUQ|Q)\s*\.\s*"
    r"|\d+\s*/\s*\d*\s*[A-ZĐ]"  # a directive number
    r"|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|ngày\s+\d"  # a date
    r"|Nhiệm vụ"  # a table's header row ("TT | Nhiệm vụ | Cơ quan chủ trì")
    r"|về việc|năm \d{4}"  # a subject line ("Bộ Quốc phòng hướng dẫn về việc …")
)
# A body's kind alone, without what distinguishes it ("Ban", "TT", "Cơ quan", "Sở, ngành").
_BARE = {
    key(w)
    for w in (
        "ban", "tt", "cơ quan", "hội đồng", "đảng đoàn", "ban cán sự đảng", "sở", "ngành", "tổng cục", "cục",
        "vụ", "vp", "văn phòng", "phòng", "tổ chức", "ban chỉ huy", "đơn vị", "trung tâm", "cơ quan chuyên môn",
        "đơn vị trực thuộc", "tổ chức đảng", "chi bộ", "đảng bộ", "đảng uỷ", "cấp uỷ", "thường trực",
    )
}  # fmt: skip
# Words of groups that name no body in particular ("các cơ quan, đơn vị liên quan", "cấp uỷ địa phương").
_VAGUE_PHRASES = re.compile(r"(?<!\w)(?:cấp uỷ(?: đảng)?|cơ sở|địa phương|chính quyền|chức năng)(?!\w)")
_VAGUE = {
    *("các", "những", "có", "liên", "quan", "và", "hoặc", "cơ", "đơn", "vị", "ban", "ngành", "đoàn", "thể", "tổ"),
    *("chức", "cá", "nhân", "thành", "viên", "cấp", "trên", "dưới", "khác", "trực", "thuộc", "khối", "vụ", "cục"),
    *("vp", "tương", "đương", "cùng"),
}
# The localities a plan assigns work to, as the sibling of "Các sở, ban, ngành" (the rows of an appendix's table).
_LOCALITIES = {key("các địa phương"), key("những địa phương")}
# The local authority of wherever the work is done: a coordinator the task golds keep ("phối hợp với Sở Ngoại vụ
# và chính quyền địa phương"), though its words are those of vague groups.
_LOCAL_AUTHORITY = key("chính quyền địa phương")
# The people a list adds after the bodies: "… phối hợp với chính quyền địa phương, các cơ quan chức năng và cộng
# đồng dân cư".
_THE_PUBLIC = re.compile(r"(?:các tầng lớp |toàn thể )?(?:cộng đồng dân cư|nhân dân|người dân|quần chúng nhân dân)")
# What a list adds to a body without naming one: "Sở Công Thương, chính quyền địa phương và cơ quan liên quan".
_ADDED_VAGUELY = {"các", "những", "cơ", "quan", "đơn", "vị", "có", "liên", "khác", "cùng", "cấp", "lực", "lượng"}
# How an agency's name begins, in any case ("Tổng Công ty", "cơ quan Thuế", "UBMTTQVN tỉnh" spelled out).
_HEAD = re.compile(AGENCY_HEAD.pattern, re.I)
_MAX_WORDS = 18  # a longer "name" is a sentence the splitter let through (the longest real one has 16)
# Abbreviations, as words, that make an all-capitals line a name ("TT HĐND") rather than a signature line.
_ABBREVIATION_WORDS = {"TT", "TT.", "UBND", "HĐND", "MTTQ", "UBMTTQ", "BCĐ", "BTV", "VP", "TW", "TP", "UBKT"}

# Groups: a name that stands for many bodies.
_GROUP = re.compile(
    r"^(?:các|những)\s|(?<!\w)các\s+(?:tỉnh|huyện|xã|phường|quận|thành phố|bộ|sở|ban|ngành|cơ quan|đơn vị|tổ chức|"
    r"đoàn thể|địa phương|đảng uỷ|chi bộ|huyện uỷ|tỉnh uỷ|thành uỷ|cấp)(?!\w)|(?<!\w)cấp (?:tỉnh|huyện|xã)$"
    r"|(?<!\w)trực thuộc(?!\w)"
    r"|(?<!\w)(?:xã|huyện|tỉnh|sở|ban|bộ), (?:phường|thành phố|ngành|ban|cơ quan|thị xã|quận|thị trấn)(?!\w)"
    r"|(?<!\w)\w+ uỷ, \w+ uỷ(?!\w)",
    re.I,
)
# The wordings of one group, made one: (pattern, replacement), in order.
_GROUP_WORDINGS = [
    (r"(?<!\w)(huyện|thành|quận|thị|tỉnh), (huyện|thành|quận|thị) uỷ(?!\w)", r"\1 uỷ, \2 uỷ"),
    (r"(?<!\w)chi, đảng bộ(?!\w)", "chi bộ, đảng bộ"),
    (r"(?<!\w)cấp uỷ đảng(?!\w)", "cấp uỷ"),
    (r"(?<!\w)sở, ngành(?!\w)", "sở, ban, ngành"),
    (r"(?<!\w)sở, ban ngành(?!\w)", "sở, ban, ngành"),  # a comma left out: "Các sở, ban ngành có liên quan"
    (r"(?<!\w)phòng ban(?!\w)", "phòng, ban"),
    (r"(?<!\w)ban của Đảng(?!\w)", "ban Đảng"),
    # "xã, phường, thị trấn", "phường, xã"; "huyện, thị xã, thành phố", "quận, huyện, thị xã" (Hà Nội)
    (r"(?<!\w)(?:các )?(?:xã|phường)(?:, (?:xã|phường|thị trấn|đặc khu))+(?: và tương đương)?(?!\w)", "cấp xã"),
    (r"(?<!\w)(?:các )?(?:huyện|quận)(?:, (?:huyện|thành phố|thị xã|quận))+(?: và tương đương)?(?!\w)", "cấp huyện"),
    (r"(?<!\w)(?:các )?tỉnh, thành phố(?: trực thuộc Trung ương)?(?!\w)", "cấp tỉnh"),
    (r"\s+(?:có )?liên quan$", ""),
    # the province's own, or a centrally-governed city's: "Sở, ban, ngành thành phố" (Cần Thơ)
    (
        r"(?<!cấp)(?<!Uỷ ban nhân dân)(?<!Hội đồng nhân dân)(?<!các huyện,)"
        r"(?:\s+(?:thuộc|của|trong)(?: Uỷ ban nhân dân)?)?\s+(?:tỉnh|thành phố)$",
        "",
    ),
    (r"^sở, ban, ngành", "Các sở, ban, ngành"),
    (r"(?<!\w)(trực thuộc) (?:Tỉnh|Thành|Huyện|Quận|Thị) uỷ$", r"\1"),  # whose committee: the issuer's
    # a committee's Party organisations are the ones under it: "các tổ chức đảng (trực thuộc)" is one group
    (r"(?<!\w)(tổ chức (?:cơ sở )?đảng) trực thuộc$", r"\1"),
    (r"(?<!\w)(trên địa bàn) tỉnh$", r"\1"),
]
_GROUP_WORDINGS_RE = [(re.compile(p, re.I), r) for p, r in _GROUP_WORDINGS]
# A group that lists kinds of body, or a committee of each, at the start of a line: plural as the others are.
_KINDS_FIRST = re.compile(r"(?:bộ|sở|ban|ngành|phòng|cơ quan|đơn vị|đoàn thể),\s|cấp uỷ\s", re.I)
# The wordings of one body, made one.
_BODY_WORDINGS = [
    (r"(?<!\w)Phát thanh\s*(?:,|-|và)\s*Truyền hình(?!\w)", "Phát thanh - Truyền hình"),
    (r"(?<!\w)Lao động\s*[,-]\s*Thương binh(?!\w)", "Lao động - Thương binh"),
    (r"(?<!\w)Hội đồng nhân dân\s*(?:-|–|và)\s*Uỷ ban nhân dân(?!\w)", "Hội đồng nhân dân và Uỷ ban nhân dân"),
    (r"^(?:Uỷ ban )?Mặt trận Tổ quốc(?: Việt Nam)?(?!\w)", "Uỷ ban Mặt trận Tổ quốc Việt Nam"),
    (r"^(Văn phòng|Ban Bí thư|Ban Chấp hành) Trung ương$", r"\1 Trung ương Đảng"),
]
_BODY_WORDINGS_RE = [(re.compile(p, re.I), r) for p, r in _BODY_WORDINGS]
# How the usual words of names are written, whatever case a text used.
_CASED = [
    "Uỷ ban nhân dân", "Hội đồng nhân dân", "Uỷ ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Việt Nam",
    "Ban cán sự đảng", "Ban Chỉ huy Quân sự", "Bộ Chỉ huy Quân sự", "Viện kiểm sát nhân dân", "Kiểm toán nhà nước",
    "Cổng Thông tin điện tử", "Phát thanh - Truyền hình", "Trung ương", "Quốc hội", "Chính phủ", "Ban Thường vụ",
    "Ban Chấp hành", "Ban Chỉ đạo", "Uỷ ban Kiểm tra", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Quản lý",
    "Văn phòng", "sở, ban, ngành",
]  # fmt: skip
_CASED_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(_CASED, key=len, reverse=True)) + r")(?!\w)", re.I
)
_CASED_BY_KEY = {key(w): w for w in _CASED}


@dataclass(frozen=True)
class Locality:
    """Where a document's own bodies sit: its province, its level, and the district or commune that issued it.

    >>> Locality.of("Thanh Hoá", "commune", "Uỷ ban nhân dân xã Cẩm Tân").own()
    'xã Cẩm Tân'
    """

    province: str | None
    level: str | None
    unit: tuple[str, str] | None  # ("xã", "Cẩm Tân"): the issuer's own district or commune
    party_committee: str | None = None  # the issuer, when it is a party committee ("Đảng uỷ Uỷ ban nhân dân …")

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def of(province: str | None, level: str | None, issuer: str | None) -> Locality:
        province = canonical_province(province or "") or province
        unit = None
        if level in ("district", "commune") and issuer:
            unit = _unit_of(nfc(issuer))
        elif level == "province" and province:
            unit = _province_unit(province)
        committee = nfc(issuer).strip() if issuer and re.match(r"Đảng uỷ\s+\S", nfc(issuer)) else None
        return Locality(province, level, unit, committee)

    def province_unit(self) -> tuple[str, str] | None:
        """``("tỉnh", "Lào Cai")``, ``("thành phố", "Hà Nội")``: the province as a name ends with it."""
        return _province_unit(self.province) if self.province else None

    def own(self) -> str | None:
        """The unit the issuer governs, as a name ends with it (``tỉnh Lào Cai``, ``xã Cẩm Tân``)."""
        return f"{self.unit[0]} {self.unit[1]}" if self.unit else None

    def named(self, kind: str) -> str | None:
        """The name of the document's own unit of ``kind`` (``tỉnh`` -> ``Lào Cai``), when it is one."""
        kind = _UNIT_KINDS.get(key(kind), key(kind))
        if kind == "tỉnh" and self.province and self.province not in CENTRAL_CITIES:
            return self.province
        return self.unit[1] if self.unit and self.unit[0] == kind else None


def _province_unit(province: str) -> tuple[str, str]:
    """A centrally governed city is a "thành phố" (``Văn phòng Thành uỷ Hà Nội``), any other province a "tỉnh"."""
    return ("thành phố" if province in CENTRAL_CITIES else "tỉnh", province)


# A unit's kind as a name ends with it, and the kind it is.
_UNIT_KINDS = {"tp": "thành phố", "tp.": "thành phố", "huyện uỷ": "huyện", "thành uỷ": "thành phố"}
_UNIT_KINDS |= {"quận uỷ": "quận", "thị uỷ": "thị xã"}
_UNIT = re.compile(
    r"(?<!\w)(huyện uỷ|thành uỷ|quận uỷ|thị uỷ|thị trấn|thị xã|thành phố|tp\.?|xã|phường|huyện|quận)"
    r"\s+((?:[^\W\d_]+\s*){1,4})$",
    re.I,
)


def _unit_of(issuer: str) -> tuple[str, str] | None:
    """``Uỷ ban nhân dân Phường sa đéc`` -> ``("phường", "Sa Đéc")``; ``None`` for an issuer above a district."""
    m = _UNIT.search(issuer.strip(" -"))
    if not m or key(m.group(2)) == key("uỷ"):  # "Ban Tuyên giáo Huyện uỷ": the district is not named
        return None
    kind = _UNIT_KINDS.get(key(m.group(1)), key(m.group(1)))
    name = " ".join(w[:1].upper() + w[1:] for w in m.group(2).split())
    return kind, canonical_province(name) or name


def names_a_person(name: str) -> bool:
    """True for a person or a position (``Chủ tịch, các PCT UBND tỉnh``, ``LĐVP``, ``Công chức kế toán``).

    A list whose first item is a person is one of people and the units they head (``VPCP: BTCN, các PCN``).
    """
    head, _, listed = nfc(name).strip(" -–+*•~").partition(":")
    return bool(_PERSON.match(head.strip()) or _PERSON.match(listed.strip()))


def names_nothing(name: str) -> bool:
    """True for what a list of bodies holds but names no body: ``Như trên``, ``Lưu: VT``, ``KT. CHỦ TỊCH``,
    a sentence, OCR debris, a kind of body alone (``Ban``, ``Sở, ngành``) or a vague group (``các cơ quan
    liên quan``)."""
    text = _trimmed(name)
    if len(text) < 3 or not re.search(r"[^\W\d_]{2}", text) or _NOT_A_NAME.search(text):
        return True
    words = text.split()
    if key(text) == _LOCAL_AUTHORITY or key(text).startswith(_LOCAL_AUTHORITY + " và "):
        return False  # "… và cơ quan liên quan" is left for _without_vague_parts
    if text.isupper() and len(words) > 1 and not _ABBREVIATION_WORDS & set(words):
        return True  # a signature line: "PHÓ CHỦ TỊCH", "TM. UỶ BAN NHÂN DÂN"
    if len(words) > _MAX_WORDS or not (_HEAD.match(text) or _HEAD.match(expand_abbreviations(text))):
        return True
    head, _, listed = key(text).partition(":")
    if listed and not re.search(r"[^\W\d_]", listed):
        return True  # "các VP: 2,3,5": the issuer's own divisions
    if re.sub(r"\s+(?:có )?liên quan$", "", head.strip()) in _LOCALITIES:
        return False
    if all(w in _VAGUE for w in re.findall(r"\w+", _VAGUE_PHRASES.sub(" ", head))):
        return True
    return not head.startswith(("các ", "những ")) and all(
        part.strip() in _BARE for part in re.split(r",|/|\s+và\s+|\s+hoặc\s+", head)
    )


def _trimmed(name: str) -> str:
    """``name`` without what surrounds it: bullets, OCR debris before a "~" bullet, an address, annotations."""
    text = nfc(name)
    text = re.split(r"\s~\s*", text)[-1]  # "T ñ ~ Các sở, ban, ngành tỉnh": OCR read the bullet as "~"
    text = re.sub(r"\s*-?\s*Đ/c\s+(?:số|KP)\b.*$", "", text)  # an address: "Tổng Công ty …-Đ/c số 722, …"
    text = re.sub(r"\s-(?=[^\W\d_]).*$", "", text)  # a table's next cell: "Liên đoàn Lao động tỉnh -Thời gian"
    text = re.sub(r"^Công(?= thông tin điện tử)", "Cổng", text, flags=re.I)  # OCR read "Cổng" "Công"
    text = re.sub(r"\s+\S*[<>?^»«]\S*(?:\s+\S+)*$", "", text)  # a stamp's ink read after it: "… Du lịch >4? >> 2À"
    text = clean_name(text.strip(" -–+*•~=\t"))
    if text.count(")") > text.count("("):
        text = text.replace(")", "").strip()
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip()  # "cấp uỷ cơ sở (hoặc ban": cut where a line was
    return text


# "Sở GD&ĐT", "Phòng TN-MT", "Phòng TN và MT": a department by its code, however the code's parts are joined.
_DEPARTMENT_CODE = re.compile(r"(?<!\w)(Sở|Phòng)\s+([A-ZĐ]{1,6}(?:\s*(?:&|-|và)\s*[A-ZĐ]{1,6}){0,2})(?=$|\s)")


def _department(m: re.Match) -> str:
    """The department a code names, unless a body's name follows ("Phòng CT HĐND" is no Công Thương's)."""
    after = m.string[m.end() :].strip()
    name = DEPARTMENT_CODES.get(re.sub(r"[&\s-]|và", "", m[2]))
    named = after and ((after.split()[0].isupper() and not after.startswith("TP")) or _HEAD.match(after))
    return f"{m[1]} {name}" if name and not named else m[0]


def expand_abbreviations(name: str) -> str:
    """Every abbreviation of ``name`` spelled out.

    >>> expand_abbreviations("TT HĐND tỉnh"), expand_abbreviations("Sở NNMT")
    ('Thường trực Hội đồng nhân dân tỉnh', 'Sở Nông nghiệp và Môi trường')
    >>> expand_abbreviations("Phòng TN và MT huyện"), expand_abbreviations("Sở GD&ĐT Hà Tĩnh")
    ('Phòng Tài nguyên và Môi trường huyện', 'Sở Giáo dục và Đào tạo Hà Tĩnh')
    """
    name = _DEPARTMENT_CODE.sub(_department, name)
    for pattern, full in _ABBREVIATIONS_RE:
        name = pattern.sub(full, name)
    name = _STANDING.sub("Thường trực ", name)
    return re.sub(r"\s+", " ", name).strip()


def usual_case(name: str) -> str:
    """The usual words of a name written as they always are, whatever case a text used.

    >>> usual_case("Uỷ Ban nhân dân xã Tây Sơn")
    'Uỷ ban nhân dân xã Tây Sơn'
    """
    return _CASED_RE.sub(lambda m: _CASED_BY_KEY[key(m.group(1))], name)


def is_group(name: str) -> bool:
    """True for a name that stands for many bodies (``Các sở, ban, ngành``, ``Uỷ ban nhân dân cấp xã``)."""
    return bool(_GROUP.search(name))


def listed_departments(name: str) -> list[str]:
    """The departments a "Các Sở: …" line lists, one name each; ``[]`` for any other line.

    >>> listed_departments("Các Sở: NNMT, CT, XD")
    ['Sở NNMT', 'Sở CT', 'Sở XD']
    >>> listed_departments("Các Sở, ngành: Công Thương, Nội vụ")
    ['Sở Công Thương', 'Sở Nội vụ']
    """
    m = re.match(r"^(?:Các|các)\s+[Ss]ở(?:,\s*(?:ban,\s*)?ngành)?\s*:\s*(.+)$", name.strip())
    if not m:
        return []
    listed = [d.strip(" .;") for d in re.split(r",|;|\s+và\s+", m.group(1)) if d.strip(" .;")]
    return [d if AGENCY_HEAD.match(d) else f"Sở {d}" for d in listed]  # "…, Công an tỉnh" is no Sở


def _without_vague_parts(text: str) -> str:
    """``text`` without the vague groups and the people a list adds at its end.

    >>> _without_vague_parts("Sở Công Thương, chính quyền địa phương và cơ quan liên quan")
    'Sở Công Thương'
    >>> _without_vague_parts("Chính quyền địa phương và cơ quan liên quan")  # split from a list: a body of its own
    'Chính quyền địa phương'
    >>> _without_vague_parts("Các cơ quan chức năng và cộng đồng dân cư")  # the public is no body
    'Các cơ quan chức năng'
    """
    parts = re.split(r"(,\s+|\s+và\s+|\s+hoặc\s+)", text)
    while len(parts) > 2:
        words = re.findall(r"\w+", _VAGUE_PHRASES.sub(" ", key(parts[-1])))
        public = _THE_PUBLIC.fullmatch(key(parts[-1]).strip())
        if not (all(w in _ADDED_VAGUELY for w in words) or names_a_person(parts[-1]) or public):
            break
        parts = parts[:-2]  # the last part, and what joined it
    return "".join(parts)


_UNITS = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"  # the words of units, as names end with them
# Spellings of one name: dashes, commas and a code's ampersand spaced as usual ("chính trị- xã hội", "sở,ban",
# "TT & DL"), "chính trị xã hội" with its dash; units joined by a slash or a dash listed ("quận/huyện"); the
# genitive before a parent body dropped ("Các Ban của Hội đồng nhân dân"); what a list's cut left ("Quốc hội và").
_ONE_SPELLING = [
    (r"\s*[-–]\s+|\s+[-–]\s*", " - "),
    (r"\s*,\s*(?=\S)", ", "),
    (r"(?-i:(?<=[A-ZĐ])\s*&\s*(?=[A-ZĐ]+(?!\w)))", "&"),
    (r"(?<!\w)chính trị\s*(?:-\s*)?xã hội(?!\w)", "chính trị - xã hội"),
    (rf"(?<!\w)({_UNITS})\s*[/-]\s*(?=(?:{_UNITS})(?!\w))", r"\1, "),
    (r"\s+của\s+(?=(?:Bộ|Uỷ ban|Hội đồng|Ban|Sở|Văn phòng|Cục|Chính phủ|Quốc hội|\w+ uỷ)(?!\w))", " "),
    (r"\s+(?:và|hoặc)$", ""),
]
_ONE_SPELLING_RE = [(re.compile(p, re.I), r) for p, r in _ONE_SPELLING]
# A group of one kind of body named by its level needs no plural: "Các Cục Hải quan cấp tỉnh" is "Cục Hải quan cấp
# tỉnh", as "Uỷ ban nhân dân cấp xã" is written (a list, "Các ban, ngành cấp xã", keeps it).
_PLURAL_OF_LEVEL = re.compile(r"^Các (?=[^,]*\scấp (?:tỉnh|huyện|xã)$)")


@functools.lru_cache(maxsize=1 << 16)
def _spelled(name: str) -> str | None:
    """The canonical name of ``name`` before its locality is completed, ``None`` when it names no agency."""
    if names_nothing(name) or names_a_person(name):
        return None
    text = _without_vague_parts(_trimmed(name).split(":")[0].strip())
    if names_nothing(text):
        return None  # "Các cấp uỷ, thủ trưởng cơ quan": the people gone, nothing particular is left
    text = expand_abbreviations(text)
    for pattern, replacement in _ONE_SPELLING_RE:
        text = pattern.sub(replacement, text)
    if is_group(text):
        for pattern, replacement in _GROUP_WORDINGS_RE:
            text = pattern.sub(replacement, text)
        if not re.match(r"(?:các|những)\s", text, re.I) and (text[:1].islower() or _KINDS_FIRST.match(text)):
            text = "Các " + text  # "tỉnh uỷ, thành uỷ" is "Các tỉnh uỷ, thành uỷ"; "Bộ, cơ quan ngang bộ" too
    else:
        for pattern, replacement in _BODY_WORDINGS_RE:
            text = pattern.sub(replacement, text)
    text = _CASED_RE.sub(lambda m: _CASED_BY_KEY[key(m.group(1))], text.strip(" ,-"))
    text = with_province_unit(text[:1].upper() + text[1:], departments=True) if text else ""  # "Sở Y tế An Giang"
    return text[4:] if _PLURAL_OF_LEVEL.match(text) and text[4:5].isupper() else text or None


# The last words of a name that leave its place to the reader, and what completes them.
_LEVEL_WORD = re.compile(rf"(?<!\w)({_UNITS})$", re.I)
_COMMITTEE = re.compile(r"(?<!\w)(Tỉnh uỷ|Tỉnh đoàn|Thành uỷ|Thành đoàn|Huyện uỷ|Huyện đoàn|Quận uỷ|Thị uỷ)$", re.I)
_COMMITTEE_KIND = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
# Bodies every unit has one of: a name ending with one, without a place, is the document's own unit's.
_TERRITORIAL = re.compile(
    r"(?<!\w)(?:Uỷ ban nhân dân|Hội đồng nhân dân|Uỷ ban Mặt trận Tổ quốc Việt Nam|Đảng uỷ)$", re.I
)
_PLACED = re.compile(rf"(?<!\w)(?:(?i:{_UNITS})\s+[A-ZĐÀ-Ỹ]|Trung ương)")
# Heads of bodies that only a province has: "Sở Tài chính" in a Lào Cai plan is Lào Cai's; and a district's
# offices, in the district's own documents ("Phòng Giáo dục và Đào tạo" in a plan of huyện An Phú).
_PROVINCIAL = re.compile(r"^(?:Sở|Ban Quản lý)\s")


def _completed(name: str, where: Locality) -> str:
    """``name`` with the locality it leaves implicit, when the document says which it is."""
    m = _LEVEL_WORD.search(name)
    if m:
        place = where.named(m.group(1))
        return f"{name[: m.start()]}{key(m.group(1))} {place}" if place else name
    m = _COMMITTEE.search(name)
    if m:
        kind = _COMMITTEE_KIND[key(m.group(1)).split()[0]]
        place = where.province if kind == "tỉnh" else where.named(kind)
        return f"{name} {place}" if place else name
    if provinces_in(name) or _PLACED.search(name):
        return name
    if _PROVINCIAL.match(name) and where.province and where.level != "central":
        return "{} {} {}".format(name, *where.province_unit())
    if name.startswith("Phòng ") and where.level == "district" and where.own():
        return f"{name} {where.own()}"
    if _TERRITORIAL.search(name) and where.own():
        if key(name).endswith("đảng uỷ") and where.level != "commune":
            # Above a commune "Đảng uỷ" is one of many (of the People's Committee, of a body): the issuer's.
            committee = where.party_committee
            return f"{name[: -len('Đảng uỷ')]}{committee}" if committee else name
        return f"{name} {where.own()}"
    return name


@functools.lru_cache(maxsize=1 << 16)
def canonical_agency(
    name: str, *, province: str | None = None, level: str | None = None, issuer: str | None = None
) -> str | None:
    """The one name of the body ``name`` means, in a document of ``province``, ``level`` and ``issuer``.

    ``None`` for a person, a position, or what names no body.

    >>> canonical_agency("UBND tỉnh", province="Lào Cai", level="province")
    'Uỷ ban nhân dân tỉnh Lào Cai'
    >>> canonical_agency("Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh)") is None
    True
    """
    spelled = _spelled(name)
    if spelled is None or is_group(spelled) or not (province or level):
        return spelled
    return _completed(spelled, Locality.of(province, level, issuer))


def less_specific(
    canonical: str, *, province: str | None = None, level: str | None = None, issuer: str | None = None
) -> list[str]:
    """The names ``canonical`` goes by without the document's own locality (``Ban Tuyên giáo Tỉnh uỷ`` for
    ``Ban Tuyên giáo Tỉnh uỷ Cao Bằng``), so that a filter naming no place finds it in every province."""
    where = Locality.of(province, level, issuer)
    names = []
    for kind, place in filter(None, (where.unit, where.province_unit())):
        for suffix in (f" {kind} {place}", f" {place}"):
            if canonical.endswith(suffix) and len(canonical) > len(suffix):
                names.append(canonical[: -len(suffix)])
    return list(dict.fromkeys(names))
