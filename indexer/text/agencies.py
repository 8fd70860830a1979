"""Agency names: finding them in a sentence, splitting lists of them, spelling them.

Directives name the bodies they task in the subject of a sentence
(``Ban Tuyên giáo Tỉnh uỷ chủ trì, phối hợp với …``) or in a list
(``Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh chủ động …``).  The
functions here cut the agency phrase where the verb begins and split a list
only where a new agency begins, so that ``Sở Văn hoá, Thể thao và Du lịch``
stays one name while ``Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ`` is two.
"""

from __future__ import annotations

import re

from indexer.text.normalize import is_all_caps
from indexer.text.vietnamese import fold, key
from indexer.vocabulary import PLACE_UNITS_CAPS

# Words an agency name starts with (a new agency starts where one of these does).
HEADS = [
    "Ban Thường vụ",
    "Ban cán sự đảng",
    "Ban Chỉ đạo",
    "Ban chỉ huy",
    "Ban Chấp hành",
    "Ban Bí thư",
    "Ban",
    "BCĐ",
    "BCH",
    "BTV",
    "Bộ Chỉ huy",
    "Bộ Chính trị",
    "Bộ Tư lệnh",
    "Bộ",
    "Sở",
    "Phòng",
    "Cục",
    "Chi cục",
    "Vụ",
    "Tổng cục",
    "Văn phòng",
    "VP",
    "Uỷ ban",
    "UBND",
    "UBMTTQVN",
    "UBMTTQ",
    "HĐND",
    "Hội đồng",
    "Hội Liên hiệp",
    "Hội",
    "Liên hiệp",
    "Liên đoàn",
    "Tổng Liên đoàn",
    "Mặt trận",
    "MTTQ",
    "Đảng đoàn",
    "Đảng uỷ",
    "Đảng bộ",
    "Chi bộ",
    "Tỉnh uỷ",
    "Thành uỷ",
    "Huyện uỷ",
    "Quận uỷ",
    "Thị uỷ",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Đoàn Thanh niên",
    "Thường trực",
    "TT",
    "Báo",
    "Đài",
    "Tạp chí",
    "Công an",
    "Quân sự",
    "Toà án",
    "Viện kiểm sát",
    "Viện",
    "Thanh tra",
    "Kiểm toán",
    "Trung tâm",
    "Trường",
    "Học viện",
    "Công chức",
    "Chính phủ",
    "Quốc hội",
    "Thủ tướng",
    "Chủ tịch",
    "Ngân hàng",
    "Kho bạc",
    "Cơ quan",
    "Đảng đoàn",
    "Cổng thông tin",
    "Cổng",
    "Công báo",
    "Thuế",
    "Hải quan",
    "Đoàn",
    "Bảo hiểm",
    "Cảnh sát",
    "Bộ đội",
    "Tổng công ty",
    "Công ty",
    "Tập đoàn",
    "Hiệp hội",
    "Liên minh",
    "Nhà xuất bản",
    "Thông tấn xã",
    "Tổ",
    "Các",
    "Cấp uỷ",
    "Chính quyền địa phương",  # the local authority where the work is done: a body the task golds keep
]


def _head_pattern(head: str) -> str:
    """A head as copies write it: its first word as given, the rest in any case ("Tổng Cục Quản lý ruộng đất",
    "Uỷ Ban Nhân Dân": old texts and web copies capitalise every word)."""
    first, _, rest = head.partition(" ")
    return re.escape(first) + (f"(?i: {re.escape(rest)})" if rest else "")


# "Hội nghị" (a meeting), "Ban hành" (to issue), "Báo cáo" (a report) and "Báo giá" (a quote) begin like "Hội …",
# "Ban …" and "Báo …" (a newspaper) but name no body.
AGENCY_HEAD = re.compile(
    r"^(?!(?:Hội nghị|Ban hành|Báo cáo|Báo giá)(?!\w))(?:"
    + "|".join(_head_pattern(h) for h in sorted(set(HEADS), key=len, reverse=True))
    + r")(?!\w)"
)

# Verbs (and words) that end the agency phrase of a subject or object.
_VERBS = [
    "chủ trì",
    "phối hợp",
    "tham mưu",
    "theo dõi",
    "đôn đốc",
    "kiểm tra",
    "giám sát",
    "tổ chức",
    "triển khai",
    "thực hiện",
    "xây dựng",
    "hướng dẫn",
    "chỉ đạo",
    "tuyên truyền",
    "cung cấp",
    "báo cáo",
    "tổng hợp",
    "đề xuất",
    "rà soát",
    "bố trí",
    "quy hoạch",
    "tiếp thu",
    "sắp xếp",
    "định hướng",
    "lãnh đạo",
    "quán triệt",
    "phổ biến",
    "giúp",
    "căn cứ",
    "tiếp tục",
    "tăng cường",
    "đẩy mạnh",
    "nâng cao",
    "phát huy",
    "chủ động",
    "thường xuyên",
    "kịp thời",
    "xử lý",
    "ban hành",
    "trình",
    "tham gia",
    "nghiên cứu",
    "đánh giá",
    "sơ kết",
    "tổng kết",
    "biên tập",
    "cập nhật",
    "đăng tải",
    "phản ánh",
    "tập huấn",
    "bồi dưỡng",
    "đấu tranh",
    "phát hiện",
    "ngăn chặn",
    "quản lý",
    "điều hành",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "được giao",
    "trong việc",
    "để",
    "nhằm",
    "đảm bảo",
    "bảo đảm",
    "sửa đổi",
    "chấp hành",
    "khẩn trương",
    "nghiêm túc",
    "cụ thể hoá",
    "chuẩn bị",
    "làm tốt",
    "quan tâm",
    "duy trì",
    "đề nghị",
    "yêu cầu",
    "phân công",
    "hỗ trợ",
    "vận động",
    "cử",
    "giao",
    "có",
    "là",
    "theo",
    "Theo",  # "… Uỷ ban nhân dân các xã, phường Theo chức năng, nhiệm vụ …": no body's name has it
    "về",
    "tại",
    "trong",
    "khi",
    "đối với",
    "căn cứ vào",
    "tích cực",
    "thống nhất",
    "tiến hành",
    "trực tiếp",
    "trình bày",
    "thi hành",
    "xem xét",
    "phát động",
    "tập trung",
    "làm đầu mối",
    "nêu cao",
    "gương mẫu",
]
_VERB = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(set(_VERBS), key=len, reverse=True)) + r")(?!\w)"
)
_NOUN_BEFORE = re.compile(r"(?:các|những|của|cho|và|có|một|mọi|Bộ Tổng)\s*$")  # "Bộ Tổng tham mưu": a body
# What kind of body: "các tổ chức nghiên cứu và phát triển", "các cơ quan quản lý nhà nước", "cơ sở đào tạo",
# "Ban quản lý Khu kinh tế tỉnh", "Tổng cục quản lý ruộng đất" (copies that wrote the body's name small).
_KIND_OF_BODY = re.compile(r"(?<!\w)(?:tổ chức|viện|trung tâm|cơ sở|đơn vị|cơ quan|[Cc]ục|Ban|BAN)\s*$")
# The words after such a kind that go on its name, not verbs ("Ban điều hành Chương trình …", "Trung tâm điều hành").
_BODY_KINDS = {"nghiên cứu", "quản lý", "quy hoạch", "điều hành"}

# Abbreviations of bodies' names, spelt out; a header in capitals also abbreviates what the body's name is about.
_ABBREVIATIONS = {
    "UBND": "Uỷ ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQVN": "Uỷ ban Mặt trận Tổ quốc Việt Nam",  # "UBMTTQVN Tỉnh triển khai kế hoạch …"
    "UBMTTQ": "Uỷ ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc",
    "BCĐ": "Ban Chỉ đạo",
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",  # "BCH ĐOÀN XÃ LAM SƠN"
    "PCTT": "Phòng, chống thiên tai",
    "TKCN": "Tìm kiếm cứu nạn",
    "PTNT": "Phát triển nông thôn",  # "Sở Nông nghiệp và PTNT"
    "ĐBQH": "đại biểu Quốc hội",  # "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
    "LHPN": "Liên hiệp Phụ nữ",  # "Hội LHPN tỉnh"
    "LHTN": "Liên hiệp Thanh niên",  # "Uỷ ban Hội LHTN Việt Nam tỉnh Hưng Yên"
    "PCGD": "Phổ cập giáo dục",  # "Ban Chỉ đạo PCGD, XMC huyện Nga Sơn"
    "XMC": "xoá mù chữ",
    "VKSND": "Viện kiểm sát nhân dân",  # "VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu …"
    "TAND": "Toà án nhân dân",
}
# A header's abbreviations inside a body's name: "BAN QUẢN LÝ CÁC KCN", "BAN QUẢN LÝ KKT", "BCĐ CÁC CTMTQG".
_HEADER_ABBREVIATIONS = {"MTQG": "mục tiêu quốc gia", "NTM": "nông thôn mới", "KCN": "khu công nghiệp"}
_HEADER_ABBREVIATIONS |= {"KKT": "khu kinh tế", "KCX": "khu chế xuất", "CCN": "cụm công nghiệp"}
# A school's kind as its name abbreviates it ("chi bộ trường THPT Trấn Biên"), spelt out as its header is.
_SCHOOL_KINDS = {"THCS": "Trung học cơ sở", "THPT": "Trung học phổ thông", "TH": "Tiểu học", "MN": "Mầm non"}
_EXPANSIONS = [(re.compile(rf"\b{short}\b"), full) for short, full in _ABBREVIATIONS.items()] + [
    # a city or town before its name: "Cục Thuế TP Hải Phòng", "UBND TX. Sơn Tây" ("Sở TP" is another body)
    (re.compile(r"(?<!\w)TP\.?\s*(?=(?:[A-ZĐ][a-zà-ỹđ]+|HCM)\b)"), "thành phố "),
    (re.compile(r"(?<!\w)TX\.?\s*(?=[A-ZĐ][a-zà-ỹđ]+\b)"), "thị xã "),
    (re.compile(r"(?<=thành phố )HCM\b"), "Hồ Chí Minh"),
    (re.compile(r"Giáo dục\s*[-–&]\s*Đào tạo"), "Giáo dục và Đào tạo"),
    # the centre a body's name ends with ("Đảng uỷ Khối các cơ quan TW"), not a number's code ("57-KL/TW")
    (re.compile(r"(?<![\w/-])TW(?![\w/-])"), "Trung ương"),
    (re.compile(r"(?<=Trường )ĐH(?!\w)"), "Đại học"),  # "Trường ĐH Công nghệ Thông tin"; "ĐH" alone may be a congress
    *((re.compile(rf"(?<=[Tt]rường ){short}(?= [A-ZĐÀ-Ỹ])"), full) for short, full in _SCHOOL_KINDS.items()),
]
_CAPS_EXPANSIONS = [
    (re.compile(rf"\b{short}\b"), full.upper()) for short, full in (_ABBREVIATIONS | _HEADER_ABBREVIATIONS).items()
] + [
    # the district a header's first line names: "UBND TX. ĐỒNG XOÀI", "UBND TP. BUÔN MA THUỘT" ("SỞ TP" is a body)
    (re.compile(r"(?<!\w)(?<!SỞ )T\.?P\.?\s*(?=(?:[A-ZĐÀ-Ỹ]{2,})\b)"), "THÀNH PHỐ "),
    (re.compile(r"(?<!\w)T\.?X\.?\s*(?=[A-ZĐÀ-Ỹ]{2,}\b)"), "THỊ XÃ "),  # "PHÒNG GD-ĐT T.X BA ĐỒN" too
    (re.compile(r"(?<=THÀNH PHỐ )HCM\b"), "HỒ CHÍ MINH"),
    # the education office's name with a dash for its "và": "PHÒNG GIÁO DỤC-ĐÀO TẠO"
    (re.compile(r"GIÁO DỤC\s*[-–&]\s*ĐÀO TẠO"), "GIÁO DỤC VÀ ĐÀO TẠO"),
    (re.compile(r"(?<![\w/-])TW(?![\w/-])"), "TRUNG ƯƠNG"),
    (re.compile(r"(?<=TRƯỜNG )ĐH(?!\w)"), "ĐẠI HỌC"),
    (re.compile(r"(?<=[A-ZĐÀ-Ỹ]{3})\s+&\s+(?=[A-ZĐÀ-Ỹ]{3})"), " VÀ "),  # "THÔNG TIN & TRUYỀN THÔNG", not "GD & ĐT"
]
_ANNOTATION = re.compile(
    r"\s*\|?\s*\((?:b/c|B/c|B/C|báo cáo|Báo cáo|để b/c|để báo cáo|t/h|T/h|T/H|thực hiện|để thực hiện|đ/b|để biết|"
    r"để phối hợp|p/h|P/h|thay b/c|để chỉ đạo|để t/h|để theo dõi|để tổng hợp|e-?copy|bản điện tử)\)\s*",
    re.I,
)
_GENERIC_TEXT = (
    "các những có liên quan và cơ đơn vị ban ngành đoàn thể địa phương tổ chức cá nhân thành viên cấp trên khác "
    "năng trực thuộc khối"
)
_GENERIC_WORDS = set(_GENERIC_TEXT.split())


def expand_abbreviations(name: str) -> str:
    """``UBND xã Cẩm Tân`` -> ``Uỷ ban nhân dân xã Cẩm Tân``."""
    for pattern, full in _EXPANSIONS:
        name = pattern.sub(full, name)
    return name


def expand_caps_abbreviations(text: str) -> str:
    """A header's caps line with its abbreviations spelt out, still in capitals: ``UỶ BAN MTTQ VIỆT NAM`` ->
    ``UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM``, so that recasing it finds the words the body writes.

    >>> expand_caps_abbreviations("BAN QUẢN LÝ CÁC KCN"), expand_caps_abbreviations("Ban Quản lý các KCN")
    ('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'Ban Quản lý các KCN')
    >>> expand_caps_abbreviations("UBND TX. ĐỒNG XOÀI"), expand_caps_abbreviations("PHÒNG GIÁO DỤC-ĐÀO TẠO")
    ('UỶ BAN NHÂN DÂN THỊ XÃ ĐỒNG XOÀI', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')
    >>> expand_caps_abbreviations("UBND TP.HCM"), expand_caps_abbreviations("SỞ TP HÀ NỘI")
    ('UỶ BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TP HÀ NỘI')
    >>> expand_caps_abbreviations("PHÒNG GD-ĐT T.X BA ĐỒN")
    'PHÒNG GD-ĐT THỊ XÃ BA ĐỒN'
    """
    if not is_all_caps(text):
        return text
    for pattern, full in _CAPS_EXPANSIONS:
        text = pattern.sub(full, text)
    return text


def clean_name(name: str) -> str:
    """Trim what surrounds an agency name: bullets, numbering, "Giao", annotations, end punctuation."""
    name = _ANNOTATION.sub(" ", name)
    name = re.sub(r"^\s*(?:[-+*•]\s*|\d{1,3}(?:\.\d+)*\s*[.)\-]\s*|[a-zđ]\)\s*)", "", name)
    name = re.sub(r"^(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu|Đối với|đối với)\s+", "", name)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name) if name.count("(") == 1 and name.rstrip().endswith(")") else name
    name = re.sub(r"[\s,;:.|]+$", "", name).strip()
    name = re.sub(r"\s+", " ", name)
    return name


def starts_like_agency(name: str) -> bool:
    """Whether ``name`` begins the way agency names do (``Ban …``, ``Sở …``, ``Các …``), however a copy
    capitalises the words after the first.

    >>> [starts_like_agency(n) for n in ("Tổng Cục Quản lý ruộng đất", "Uỷ Ban Nhân Dân tỉnh", "Tổng kết năm")]
    [True, True, False]
    """
    return bool(AGENCY_HEAD.match(name[:1].upper() + name[1:]))


def is_generic(name: str) -> bool:
    """True for phrases that name no agency in particular ("các cơ quan, đơn vị liên quan")."""
    words = re.findall(r"\w+", key(name))
    return not words or all(w in _GENERIC_WORDS for w in words)


def phrase_until_verb(text: str) -> str:
    """The leading noun phrase of ``text``: everything before the first verb.

    >>> phrase_until_verb("Ban Tuyên giáo Tỉnh uỷ tham mưu cho Ban Chỉ đạo …")
    'Ban Tuyên giáo Tỉnh uỷ'
    >>> phrase_until_verb("Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh chủ động")
    'Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh'
    >>> phrase_until_verb("Uỷ ban nhân dân các xã, phường Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức")
    'Uỷ ban nhân dân các xã, phường'
    >>> phrase_until_verb("các tổ chức nghiên cứu và phát triển triển khai đề tài")
    'các tổ chức nghiên cứu và phát triển'
    >>> phrase_until_verb("Ban xây dựng đảng Đảng uỷ chủ trì, hướng dẫn các cấp uỷ")
    'Ban xây dựng đảng Đảng uỷ'
    >>> phrase_until_verb("Sở Nội vụ tiếp thu các ý kiến, chủ trì hoàn thiện dự thảo")
    'Sở Nội vụ'
    >>> phrase_until_verb("Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch")
    'Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam'
    >>> phrase_until_verb("Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn")
    'Ban Tuyên giáo Tỉnh ủy'
    >>> phrase_until_verb("Ban vận động Quỹ “Vì người nghèo” tỉnh ban hành kế hoạch số 97/KH-BVĐ")
    'Ban vận động Quỹ “Vì người nghèo” tỉnh'
    >>> phrase_until_verb("Văn phòng thường trực Ban Chỉ đạo Trung ương về phòng chống thiên tai đề nghị …")
    'Văn phòng thường trực Ban Chỉ đạo Trung ương về phòng chống thiên tai'
    """
    text = re.split(r"[;:.]\s", text + " ", maxsplit=1)[0].strip()
    for m in _VERB.finditer(text):
        if m.start() == 0:
            continue
        if _NOUN_BEFORE.search(text[: m.start()]):
            continue  # "các tổ chức": a noun here, not the verb
        if m.group(0) in _BODY_KINDS and _KIND_OF_BODY.search(text[: m.start()]):
            continue
        if m.group(0) == "trình" and re.search(r"(?<!\w)(?:[Cc]hương|[Tt]ờ)\s+$", text[: m.start()]):
            continue  # "Ban điều hành Chương trình …": a programme, not a submission
        if m.group(0) == "xây dựng" and re.match(r"\s+[Đđ]ảng(?!\w)", text[m.end() :]):
            continue  # "Ban xây dựng đảng Đảng uỷ": Party building, a board's field, not its verb
        if m.group(0) == "vận động" and re.search(r"(?<!\w)Ban\s+$", text[: m.start()]):
            continue  # "Ban vận động Quỹ “Vì người nghèo” tỉnh": the fund's campaign board
        if m.group(0) == "về" and re.search(r"Ban Chỉ đạo(?: Trung ương| [Qq]uốc gia)?\s+$", text[: m.start()]):
            continue  # "Ban Chỉ đạo Trung ương về phòng chống thiên tai": a steering committee named by its field
        # the tense before the verb is no part of the name: "Ban Tuyên giáo Tỉnh ủy đã có văn bản …"
        return _TENSE_AT_END.sub("", text[: m.start()].strip(" ,;:-"))
    return re.split(r"[;:.]", text, maxsplit=1)[0].strip(" ,")


_TENSE_AT_END = re.compile(r"\s+(?:đã|vừa|mới|sẽ|đang|cũng)$")


def split_agencies(phrase: str) -> list[str]:
    """Split a list of agencies where a new agency name begins.

    >>> split_agencies("Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh")
    ['Báo Cao Bằng', 'Đài Phát thanh - Truyền hình tỉnh']
    >>> split_agencies("Sở Văn hoá, Thể thao và Du lịch tỉnh")
    ['Sở Văn hoá, Thể thao và Du lịch tỉnh']
    >>> split_agencies("Ban Tuyên giáo Tỉnh uỷ - Cơ quan Thường trực Ban Chỉ đạo tỉnh")
    ['Ban Tuyên giáo Tỉnh uỷ']
    >>> split_agencies("TT. Đảng ủy/ TT. HĐND Phường")
    ['TT. Đảng ủy', 'TT. HĐND Phường']
    >>> split_agencies("Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh")
    ['Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh']
    >>> split_agencies("Sở Ngoại vụ và chính quyền địa phương")
    ['Sở Ngoại vụ', 'Chính quyền địa phương']
    """
    pieces = re.split(r"(,\s+|;\s+|\s+và\s+|\s+-\s+|\s*/\s*)", phrase)
    out = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        starts_new = bool(AGENCY_HEAD.match(piece)) or (sep.strip() != "-" and re.match(r"(?:các|những)\s", piece))
        if sep.strip() != "-" and piece.lower().startswith("chính quyền địa phương"):
            starts_new, piece = True, "C" + piece[1:]  # the local authority, a group the lists name as a body
        if sep.strip() == "-" and piece.startswith("Cơ quan"):
            continue  # an apposition: "Ban Tuyên giáo Tỉnh uỷ - Cơ quan Thường trực Ban Chỉ đạo tỉnh"
        if sep.strip() == "-" and re.match(r"(?:Vụ|Cục)\s", out[-1]) and piece.startswith("Bộ "):
            out[-1] = f"{out[-1]} {piece}"  # whose department: "Vụ pháp chế - Bộ Xây dựng"
            continue
        if _PARALLEL_COMMITTEE.search(out[-1]) and _COMMITTEE_START.match(piece):
            starts_new = False  # "Thường trực các Huyện uỷ, Thành uỷ": one list of committees
        if sep.strip() == ";" or starts_new:
            out.append(piece)
        else:
            out[-1] = out[-1] + sep + piece
    return _share_qualifiers([clean_name(p) for p in out if clean_name(p)])


_PARALLEL_COMMITTEE = re.compile(r"(?<!\w)các\s+(?:\w+\s+uỷ,\s+)*\w+\s+uỷ$", re.I)
_COMMITTEE_START = re.compile(r"^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:uỷ|ủy)(?!\w)", re.I)
# A People's Council or Committee named alone before another with a place: "HĐND, UBND các tỉnh, thành phố".
_BARE_COUNCIL = re.compile(r"^(?:HĐND|UBND|Hội đồng nhân dân|Uỷ ban nhân dân|Ủy ban nhân dân)$")
_COUNCIL_WITH_PLACE = re.compile(r"^(?:HĐND|UBND|Hội đồng nhân dân|Uỷ ban nhân dân|Ủy ban nhân dân)(\s+\S.*)$")


def _share_qualifiers(names: list[str]) -> list[str]:
    """``["HĐND", "UBND các tỉnh, thành phố"]`` -> ``["HĐND các tỉnh, thành phố", …]``: the place is said once."""
    out = list(names)
    for i in range(len(out) - 1):
        place = _COUNCIL_WITH_PLACE.match(out[i + 1])
        if _BARE_COUNCIL.match(out[i]) and place:
            out[i] += place.group(1)
    return out


# Bodies that issue joint documents at one level (a regulation of coordination, a joint resolution).
# Bodies that issue together, each header line one of them ("TOÀ ÁN NHÂN DÂN TỐI CAO / VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO").
JOINT_PEER = re.compile(
    r"uy ban nhan dan|uy ban mat tran to quoc viet nam|hoi dong nhan dan|toa an nhan dan toi cao"
    r"|vien kiem sat nhan dan toi cao"
)
_JOINT_PLACE = re.compile(rf"^(?P<first>.+?) VÀ (?P<second>.+?) (?P<place>(?:{PLACE_UNITS_CAPS}) .+)$")


def joint_placed(name: str) -> str:
    """``ỦY BAN NHÂN DÂN VÀ ỦY BAN MẶT TRẬN … TỈNH ĐẮK LẮK``: the place line under both is each one's."""
    m = _JOINT_PLACE.match(name)
    if not m or not (JOINT_PEER.search(fold(m["first"])) and JOINT_PEER.match(fold(m["second"]))):
        return name  # "BAN CHỈ HUY PCTT VÀ TKCN TỈNH …": one board's name, "và" inside it
    return f"{m['first']} {m['place']} VÀ {m['second']} {m['place']}"


# How each body of a joint header begins, folded ("SỞ Y TẾ - CÔNG ĐOÀN NGÀNH"): no word that goes on one body's name
# after a dash or "và" ("Sở Lao động - Thương binh và Xã hội", "Sở Khoa học và Công nghệ").
JOINT_HEAD = re.compile(
    r"^(?:so|cong doan|lien doan|hoi|uy ban|ubnd|hdnd|ban|dang uy|doan|mat tran|ubmttq|bo|phong|trung tam|vien|"
    r"toa an|cong an|bo chi huy|tinh doan|thanh doan|huyen doan)\b"
)


def joint_parts(name: str, joiner: str, heads: re.Pattern = JOINT_PEER) -> list[str]:
    """The bodies a joint document's issuer names ("Uỷ ban nhân dân … và Uỷ ban Mặt trận …"), or the name.

    >>> joint_parts("Sở Y tế tỉnh Kiên Giang và Công đoàn ngành Y tế tỉnh Kiên Giang", " và ", JOINT_HEAD)
    ['Sở Y tế tỉnh Kiên Giang', 'Công đoàn ngành Y tế tỉnh Kiên Giang']
    >>> joint_parts("Sở Khoa học và Công nghệ", " và ", JOINT_HEAD)
    ['Sở Khoa học và Công nghệ']
    """
    parts = name.split(joiner)
    return parts if len(parts) > 1 and all(heads.match(fold(part)) for part in parts) else [name]
