"""The archive's vocabulary: levels of government, roles of agencies, types of documents, in both languages.

Written once here, read by extraction (what a header or a number says), the query parser ("kết luận 57"),
facets and filters (which values exist), chains (how a level is counted) and the portal's templates (how a
value is shown).

>>> LEVEL_RANK["district"], label("role", "lead"), TYPE_OF_CODE["KL"], TYPE_OF_LINE["CHƯƠNG TRÌNH HÀNH ĐỘNG"]
(2, 'Chủ trì', 'Kết luận', 'Chương trình')
>>> label("level", "commune", "en"), label("doc_type", "Kế hoạch", "en"), label("level", "nowhere", "en")
('Commune level', 'Plan', 'nowhere')
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A value the archive stores (``central``, ``lead``) and how it reads in Vietnamese and English."""

    value: str
    vi: str
    en: str


# Levels of the issuing body, from the top: the order is the hierarchy (a commune plan implements a district's).
# A level is a tier of government, whatever its units are called, and every page and count names it so: a city
# under a province ("Thành uỷ Bắc Ninh"), a town (thị xã) and an urban district (quận) are district level (cấp
# huyện) like a huyện; a centrally-governed city (Hà Nội) is province level; a ward or a township, commune level.
# (Issue 21: one Bắc Ninh letter was "thành phố" in the chain, "Huyện" in the facet, "city" and "district" in JSON.)
LEVEL_TERMS = (
    Term("central", "Trung ương", "Central"),
    Term("province", "Cấp tỉnh", "Province level"),
    Term("district", "Cấp huyện", "District level"),
    Term("commune", "Cấp xã", "Commune level"),
)
LEVELS = tuple(level.value for level in LEVEL_TERMS)
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# What an agency is asked to do in a document, as the portal's role filter names it.
ROLE_TERMS = (
    Term("lead", "Chủ trì", "Lead"),  # "X chủ trì"
    Term("coordinate", "Phối hợp", "Coordinate"),  # "phối hợp với X"
    Term("assigned", "Được giao", "Assigned"),  # "Giao X …", the items under "Tổ chức thực hiện"
    Term("recipient", "Nơi nhận", "Recipient"),  # "Nơi nhận:", "Kính gửi:"
)
ROLES = tuple(role.value for role in ROLE_TERMS)

# Every level a page may name: the four, and documents whose level is not known.
CHAIN_LEVEL_TERMS = (*LEVEL_TERMS, Term("unknown", "Chưa rõ cấp", "Unknown level"))
# How a chain counts its documents per level ("2 cấp tỉnh, 1 cấp huyện"; "2 at province level"), the same tiers.
CHAIN_COUNTS = {
    "central": ("cấp trung ương", "at central level"),
    "province": ("cấp tỉnh", "at province level"),
    "district": ("cấp huyện", "at district level"),
    "commune": ("cấp xã", "at commune level"),
    "unknown": ("chưa rõ cấp", "of unknown level"),
}


@dataclass(frozen=True)
class DocumentType:
    """A type of document, as the archive spells it (``Kế hoạch``), and how documents name it.

    :param codes: its codes in directive numbers (``KH`` in ``06-KH/BCĐ``), the usual one first.
    :param lines: upper-case type lines besides the name's own (``CHƯƠNG TRÌNH HÀNH ĐỘNG``).
    :param typed: a query's "<type> 57" means the number 57 of this type (not for "quy định" and
        "thông tri": ordinary words before a number in a question).
    :param self_cited: a header line "<Type> số …" names the document itself (a gazette's continuation
        page), and "kèm theo <Type> số …" the document its annexed forms belong to.
    :param issued: "… ban hành <Type>" in the opening names who issues the document.
    :param standing: its articles are standing rules (a law, a decree, a circular): a body that "chủ trì" there
        holds a competence for as long as the act is in force, not a task of a plan with a lead and a deadline.
    """

    name: str
    en: str
    codes: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    typed: bool = True
    self_cited: bool = True
    issued: bool = True
    standing: bool = False


DOCUMENT_TYPES = (
    DocumentType("Kế hoạch", "Plan", ("KH",), lines=("KẾ HOẠCH HÀNH ĐỘNG",)),
    DocumentType("Kết luận", "Conclusion", ("KL",)),
    DocumentType("Nghị quyết liên tịch", "Joint resolution", ("NQLT",), issued=False),
    DocumentType("Nghị quyết", "Resolution", ("NQ",)),
    DocumentType("Chỉ thị", "Directive", ("CT",)),
    DocumentType("Quyết định", "Decision", ("QĐ",)),
    DocumentType("Thông tư liên tịch", "Joint circular", ("TTLT",), issued=False, standing=True),
    DocumentType("Thông tư", "Circular", ("TT",), standing=True),
    DocumentType("Nghị định", "Decree", ("NĐ",), standing=True),
    # departments' joint guidance ("HƯỚNG DẪN LIÊN NGÀNH", "43/HDLN-SYT-BHXH")
    DocumentType("Hướng dẫn liên ngành", "Joint guidance", ("HDLN",), self_cited=False, issued=False),
    DocumentType("Hướng dẫn", "Guidance", ("HD", "HĐ")),
    DocumentType("Thông báo", "Notice", ("TB",)),
    DocumentType("Báo cáo", "Report", ("BC",), self_cited=False, issued=False),
    DocumentType(
        "Chương trình", "Programme", ("CTr", "CTR"), lines=("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH PHỐI HỢP")
    ),
    DocumentType("Công văn", "Official letter", ("CV",)),
    DocumentType("Công điện", "Official telegram", ("CĐ",), self_cited=False, issued=False),
    DocumentType("Tờ trình", "Submission", ("TTr",), self_cited=False, issued=False),
    DocumentType("Đề án", "Scheme", ("ĐA",), self_cited=False),
    DocumentType("Quy định", "Regulation", ("QĐi",), typed=False, self_cited=False),
    DocumentType("Quy chế", "Rules", ("QC",), lines=("QUY CHẾ PHỐI HỢP",), self_cited=False),
    DocumentType("Văn bản hợp nhất", "Consolidated text", ("VBHN",), self_cited=False, issued=False, standing=True),
    DocumentType("Luật", "Law", ("L",), standing=True),
    DocumentType("Pháp lệnh", "Ordinance", ("PL",), standing=True),
    DocumentType("Thông cáo", "Communiqué", ("TC",), self_cited=False, issued=False),
    DocumentType("Thông tri", "Party circular", ("TTri",), typed=False, self_cited=False, issued=False),
    DocumentType("Bộ luật", "Code", (), issued=False, standing=True),
    DocumentType("Lệnh", "Order", (), self_cited=False, issued=False),
    DocumentType("Hiến pháp", "Constitution", (), self_cited=False, issued=False, standing=True),
    DocumentType("Đề cương", "Outline", (), self_cited=False, issued=False),
    # The other kinds the Party's and the State's rules on documents name (Quy định 66-QĐ/TW, Nghị định 30/2020),
    # and the propaganda bureaus' monthly "Định hướng tuyên truyền": ordinary words in a question.
    DocumentType("Phương án", "Contingency plan", ("PA",), typed=False, self_cited=False),
    DocumentType("Biên bản", "Minutes", ("BB",), typed=False, self_cited=False, issued=False),
    DocumentType("Giấy mời", "Invitation", ("GM",), typed=False, self_cited=False, issued=False),
    # the slip an office submits a matter to its leaders with ("PHIẾU TRÌNH Giải quyết công việc", "106/PT-NC")
    DocumentType("Phiếu trình", "Submission slip", ("PT",), typed=False, self_cited=False, issued=False),
    DocumentType("Định hướng", "Guidelines", (), typed=False, self_cited=False, issued=False),
    DocumentType("Thể lệ", "Contest rules", (), typed=False, self_cited=False, issued=False),  # a contest's rules
    # A committee's or a Front's letters to the public (the "thư công" of Nghị định 30/2020): "THƯ NGỎ Vận động hỗ
    # trợ …", "THƯ KÊU GỌI ủng hộ đồng bào …", "THƯ CHÚC MỪNG Nhân ngày Doanh nhân Việt Nam …", "THƯ CẢM ƠN",
    # "THƯ THĂM HỎI", the Party's and the Front's "LỜI KÊU GỌI".
    DocumentType("Thư ngỏ", "Open letter", (), typed=False, self_cited=False, issued=False),
    DocumentType("Thư kêu gọi", "Letter of appeal", (), typed=False, self_cited=False, issued=False),
    DocumentType("Thư chúc mừng", "Letter of congratulation", (), typed=False, self_cited=False, issued=False),
    DocumentType("Thư cảm ơn", "Letter of thanks", (), typed=False, self_cited=False, issued=False),
    DocumentType("Thư thăm hỏi", "Letter of sympathy", (), typed=False, self_cited=False, issued=False),
    DocumentType("Lời kêu gọi", "Appeal", (), typed=False, self_cited=False, issued=False),
)
# The type code of a number -> the type it names.
TYPE_OF_CODE = {code: t.name for t in DOCUMENT_TYPES for code in t.codes}
# A document's type line, upper case -> its type.
TYPE_OF_LINE = {line: t.name for t in DOCUMENT_TYPES for line in (t.name.upper(), *t.lines)}
# Every type's name as a regular expression's alternation, longest first ("Nghị quyết liên tịch" before "Nghị quyết").
TYPE_NAMES_PATTERN = "|".join(sorted({re.escape(t.name) for t in DOCUMENT_TYPES}, key=len, reverse=True))
# Longest first: an alternation must try "Nghị quyết liên tịch" before "Nghị quyết".
SELF_CITED_TYPES = sorted((t.name for t in DOCUMENT_TYPES if t.self_cited), key=len, reverse=True)
ISSUED_TYPES = sorted((t.name for t in DOCUMENT_TYPES if t.issued), key=len, reverse=True)
STANDING_RULE_TYPES = frozenset(t.name for t in DOCUMENT_TYPES if t.standing)

# The codes central bodies sign a joint document's number with (Nghị định 30/2020/NĐ-CP, appendix I): a joint
# circular or resolution is numbered with every issuer's ("01/2016/TTLT-TANDTC-VKSNDTC-BTP").
CENTRAL_ISSUER_CODES = {
    "CP": "Chính phủ",
    "UBTVQH": "Uỷ ban Thường vụ Quốc hội",
    "ĐCTUBTWMTTQVN": "Đoàn Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "TANDTC": "Toà án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán nhà nước",
    "VPCP": "Văn phòng Chính phủ",
    "TTCP": "Thanh tra Chính phủ",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "UBDT": "Uỷ ban Dân tộc",
    "BCA": "Bộ Công an",
    "BCT": "Bộ Công Thương",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BGTVT": "Bộ Giao thông vận tải",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BNG": "Bộ Ngoại giao",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNV": "Bộ Nội vụ",
    "BQP": "Bộ Quốc phòng",
    "BTC": "Bộ Tài chính",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BTP": "Bộ Tư pháp",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hoá, Thể thao và Du lịch",
    "BXD": "Bộ Xây dựng",
    "BYT": "Bộ Y tế",
    # general departments and national organisations whose codes no province's office shares
    "TCT": "Tổng cục Thuế",
    "TCHQ": "Tổng cục Hải quan",
    "TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
}

# The lines above a document's title that say which state or party it belongs to, never who issued it.
# What a plan's table of tasks heads its columns with, folded, tried in this order: "Thời gian thực hiện" is a time,
# "Nội dung thực hiện" a task, "Đơn vị thực hiện" who does it, "Đơn vị phối hợp thực hiện" who coordinates.
TASK_TABLE_COLUMNS = (
    ("lead", re.compile(r"\bchu tri\b")),
    ("coordinate", re.compile(r"\bphoi hop\b")),
    ("due", re.compile(r"\b(?:thoi gian|thoi han|tien do|hoan thanh|moc)\b")),
    ("task", re.compile(r"\b(?:nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten|danh muc|de an|chuong trinh)\b")),
    ("assigned", re.compile(r"\b(?:co quan|don vi|trach nhiem|thuc hien|phan cong)\b")),
)

# The units of territory a header's caps line names a place by ("TỈNH AN GIANG", "THỊ XÃ SƠN TÂY"), as an
# alternation for patterns; "THỊ XÃ" and "THÀNH PHỐ" before the shorter words they contain.
PLACE_UNITS_CAPS = "TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN"

# A body named with its term, after a comma: "Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021".
TERM_AFTER_NAME = r"(?:,\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?"

# The family names most Vietnamese bear, before a given name: an official named after his office ("Chánh Văn phòng
# UBND thành phố Hà Nội Nguyễn Tiến Thiết ký ban hành …") is told from the body's place by them.
SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trịnh|Mai|Trương|Lâm|Lương|Hà|"
    "Tạ|Cao|Đoàn|Lại|Chu|Thái|Tô|Vương|Quách|Lưu|Triệu|Kiều|Hứa|La|Đàm|Tăng|Nông|Lò|Doãn|Phùng|Văn|Khổng|Châu|Tống"
)

# A letter's address line, "Kính gửi:", as the South writes it too ("Kính gởi:").
ADDRESSED = r"(?:Kính\s+g[ửở]i|KÍNH\s+G[ỬỞ]I)"

# The national heading is known by its first words: a page's table may cut it ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT |").
MOTTO = re.compile(
    r"^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HOÀ XÃ HỘI(?: CHỦ NGHĨA\b|\s*$)|Độc lập\s*-{1,2}\s*Tự do\s*-{1,2}\s*Hạnh phúc)",
    re.I,
)

# How an extracted field was found (``Document.evidence[field]["how"]``), as the review page says it.
EVIDENCE_TERMS = (
    Term("header", "dòng ở phần đầu văn bản", "a line of the header"),
    Term("type_line", "dòng tên loại văn bản", "the document's type line"),
    Term("number_code", "ký hiệu trong số văn bản", "the code in the document's number"),
    Term("title", "trích yếu", "the subject line"),
    Term("signature", "phần chữ ký", "the signature block"),
    Term("opening", "câu mở đầu", "the opening sentence"),
    Term("closing", "câu kết thúc văn bản", "the closing sentence"),
    Term("request", "lời yêu cầu thực hiện văn bản khác", "a request to carry out another document"),
    Term("issuer_name", "tên cơ quan ban hành", "the issuer's name"),
    Term("place_line", "dòng địa danh, ngày tháng", "the place-and-date line"),
    Term(
        "ocr_figures",
        "dòng địa danh, ngày tháng, chữ số nhận dạng (OCR) thành chữ cái",
        "the place-and-date line, figures OCR read as letters",
    ),
    Term("locality", "xã, huyện trong tên cơ quan", "the commune or district in the issuer's name"),
    Term("body", "suy ra từ nội dung (địa danh được nhắc nhiều nhất)", "inferred from the body (the place named most)"),
    Term("number", "năm trong số văn bản", "the year in the number"),
    Term("blank", "văn bản để trống", "left blank in the document"),
    Term("partial", "văn bản để trống ngày", "the day is left blank in the document"),
    Term("attached", "văn bản kèm theo nhắc đến", "named by an attached form"),
    Term("certification", "phần xác thực văn bản hợp nhất", "the consolidation's certification"),
    Term("passage", "ngày thông qua", "the day of passage"),
    Term("attachment", "ghi chú “ban hành kèm theo”", "the note of the decision it is attached to"),
    Term("authority", "dòng thẩm quyền ban hành", "the authority line"),
    Term("addressed", "dòng “Kính gửi” của công văn", "a letter's “Kính gửi” line"),
    Term("lead", "lời dẫn của trang đăng lại văn bản", "the lead of the page that reposts it"),
    Term("signing_time", "thời gian ký số", "the digital signature's time"),
    Term("not_found", "không tìm thấy", "not found"),
    Term("corrected", "lưu trữ viên đã sửa", "corrected by an archivist"),
    Term("ocr_unsure", "dòng có chữ nhận dạng (OCR) chưa chắc", "a line with a word OCR was unsure of"),
    Term("file_name", "tên tệp do cơ quan lưu trữ đặt", "the name the office filed the scan under"),
    Term("site_address", "địa chỉ trang web nguồn", "the address of the web page it was copied from"),
)

# How a task's time frame is given (indexer.text.time_frames).
TIME_FRAME_TERMS = (
    Term("date", "hạn ngày", "by a date"),
    Term("period", "trong khoảng", "within a period"),
    Term("recurring", "định kỳ", "recurring"),
)

_LABELS = {
    "evidence": {t.value: t for t in EVIDENCE_TERMS},
    "time_frame": {t.value: t for t in TIME_FRAME_TERMS},
    "level": {t.value: t for t in CHAIN_LEVEL_TERMS},
    "role": {t.value: t for t in ROLE_TERMS},
    "doc_type": {t.name: Term(t.name, t.name, t.en) for t in DOCUMENT_TYPES},
}


def label(kind: str, value: str, lang: str = "vi") -> str:
    """How a stored value of a level, a role or a document type reads in ``lang``; any other value as it is."""
    term = _LABELS.get(kind, {}).get(value)
    if term is None:
        return value
    return term.en if lang == "en" else term.vi


# The 63 provinces and centrally-governed cities as they were before the 2025 merger (the 34 units after it all
# keep one of these names), in the archive's tone convention ("Thanh Hoá", "Khánh Hoà").
PROVINCES = [
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Dương",
    "Bình Định",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hoà Bình",
    "Hồ Chí Minh",
    "Hưng Yên",
    "Khánh Hoà",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hoá",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
]
