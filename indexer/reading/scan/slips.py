"""What tesseract reads put right: letters it takes for digits in numbers and dates, look-alike letters, the
edge of the sheet read as bars, and tone marks misread in the fixed headings every document carries ("ĐẲNG
CỘNG SẲN", "UỶ BAN NHÂN DẦN") or in a letter's address line ("Kinh gửi").  The cache keeps what tesseract
read, so better mending needs no new reading."""

from __future__ import annotations

import re
import string
import unicodedata

from indexer.reading.encoding import VIETNAMESE_LETTERS
from indexer.vocabulary import TYPE_OF_CODE

# Tesseract writes Icelandic eth for the Vietnamese D with a stroke now and then, and a number's slash as a
# fraction slash ("2034⁄QĐ-BGDĐT").
_LOOK_ALIKES = str.maketrans({"Ð": "Đ", "ð": "đ", "\u2044": "/", "\u2215": "/"})
# A run of digits and the letters OCR takes for digits (O for 0, l I | for 1), holding at least one digit:
# a number, a day or a year ("Số: l5/KH", "ngày 2O", "năm 2O25"), never a word.
_DIGIT_RUN = re.compile(r"(?<![^\W\d_])(?=[0-9OoIl|]*[0-9])[0-9OoIl|]{2,}(?![^\W\d_])")
# The edge of the sheet, a fold or a punch hole read as bars and underscores before or after a line's text
# ("|    TỈNH PHÚ THỌ", "__ ỦY BAN NHÂN DÂN"): no line of a document begins or ends with them.
_EDGE_MARKS = re.compile(r"^[ \t]*[|_¦]+[ \t]*|[ \t]*[|¦]+[ \t]*$", re.MULTILINE)
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


# A letter's subject label misread at its line's start ("ƒ/w tăng cường …", "V/w triển khai …").
_SUBJECT_LABEL = re.compile(r"(?m)^([ \t]*)(?:[ƒfFW]/[wWvV]|[Vv]/[wW])(?=[ \t]+\w)")


def clean_ocr_text(text: str) -> str:
    """OCR's usual slips put right: look-alike letters, letters read in place of digits in numbers, and
    tone marks misread in the fixed headings every document carries.

    >>> clean_ocr_text("Số: l5/KH-UBND ngày 2O tháng 1l năm 2O25, Ðảng uỷ; Iớp lO1 là lo")
    'Số: 15/KH-UBND ngày 20 tháng 11 năm 2025, Đảng uỷ; Iớp 101 là lo'
    >>> [clean_ocr_text(line) for line in ("__ ỦY BAN NHÂN DÂN", "|    TỈNH PHÚ THỌ   |", "|", "- Như trên;")]
    ['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ', '', '- Như trên;']
    >>> clean_ocr_text("BAN CHẤP HÀNH TRUNG ƯƠNG     ĐẲNG CỘNG SẲN VIỆT NAM")
    'BAN CHẤP HÀNH TRUNG ƯƠNG     ĐẢNG CỘNG SẢN VIỆT NAM'
    >>> clean_ocr_text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tư do - Hạnh phủc")
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc'
    >>> [clean_ocr_text(line) for line in ("ƒ/w tăng cường chỉ đạo", "V/w triển khai", "V/v Về việc", "F/w")]
    ['V/v tăng cường chỉ đạo', 'V/v triển khai', 'V/v Về việc', 'F/w']
    >>> [clean_ocr_text(line) for line in ("kính gửi: UBND các tỉnh", "Kinh gửi: Sở Y tế", "KÍNH GỦI:", "xin kính gửi")]
    ['Kính gửi: UBND các tỉnh', 'Kính gửi: Sở Y tế', 'KÍNH GỬI:', 'xin kính gửi']
    >>> clean_ocr_text("THỦ TƯỚNG CHÍNH PHỦ ˆ   CỘNG HOÀ; r ^ và ^^")
    'THỦ TƯỚNG CHÍNH PHỦ    CỘNG HOÀ; r  và '
    >>> clean_ocr_text("UỶ BAN NHÂN DẦN     CỘNG HOÀ; Uỷ ban nhân dẫn tỉnh; ỦY BAN NHÂN DÂN")
    'UỶ BAN NHÂN DÂN     CỘNG HOÀ; Uỷ ban nhân dân tỉnh; ỦY BAN NHÂN DÂN'
    >>> clean_ocr_text("UBNDTỈNH BẮC GIANG - CỘNG HDÀ XÃ HỘI; CỘNG HOÀ XÃ HỘI; cộng hoà xã hội")
    'UBND TỈNH BẮC GIANG - CỘNG HOÀ XÃ HỘI; CỘNG HOÀ XÃ HỘI; cộng hoà xã hội'
    >>> clean_ocr_text("HỘI ĐÓNG NHÂN DÂN     CỘNG HOÀ; Hội đồng nhân dẫn tỉnh")
    'HỘI ĐỒNG NHÂN DÂN     CỘNG HOÀ; Hội đồng nhân dân tỉnh'
    >>> clean_ocr_text("Tuyên Quang, ngày 16 tháng. 8 năm 2010")
    'Tuyên Quang, ngày 16 tháng 8 năm 2010'
    >>> clean_ocr_text("ĐẲNG BỘ TỈNH; Đẳng ủy xã; cán bộ, đẳng viên; bình đẳng giới; trường cao đẳng; đẳng cấp")
    'ĐẢNG BỘ TỈNH; Đảng ủy xã; cán bộ, đảng viên; bình đẳng giới; trường cao đẳng; đẳng cấp'
    >>> [clean_ocr_text(line) for line in ("._299/TTg Hà Nội, ngày 10 tháng 11 năm 1980", "Số: ._299/TTg")]
    ['299/TTg Hà Nội, ngày 10 tháng 11 năm 1980', 'Số: ._299/TTg']
    >>> [clean_ocr_text(t) for t in ("Quảng Ngãi ngày   tháng   năm 2025", "Số: 5/TB     Huế ngày 4 tháng 5 năm 2026")]
    ['Quảng Ngãi, ngày   tháng   năm 2025', 'Số: 5/TB     Huế, ngày 4 tháng 5 năm 2026']
    >>> [clean_ocr_text(t) for t in ("Hội nghị diễn ra ngày 15 tháng 3 năm 2024", "Trong ngày 2 tháng 9 năm 2024")]
    ['Hội nghị diễn ra ngày 15 tháng 3 năm 2024', 'Trong ngày 2 tháng 9 năm 2024']
    >>> clean_ocr_text("Đơn vị chủ trì: Sở [Tư pháp. Sở |Tài chính; Sở [Tư pháp] | Cột")
    'Đơn vị chủ trì: Sở Tư pháp. Sở Tài chính; Sở [Tư pháp] | Cột'
    >>> [clean_ocr_text(t) for t in ("THÀNH PHÓ HẢI PHÒNG", "- Sở, ban, ngành thành phó;", "bầu thành Phó Chủ tịch")]
    ['THÀNH PHỐ HẢI PHÒNG', '- Sở, ban, ngành thành phố;', 'bầu thành Phó Chủ tịch']
    """
    text = unicodedata.normalize("NFC", text.translate(_LOOK_ALIKES))  # tesseract may write a tone mark apart
    text = _EDGE_MARKS.sub("", text)
    for pattern, words in _FORMULAE:
        text = pattern.sub(lambda m, words=words: _as_formula(m.group(0), words), text)
    text = _HEADING_MISREAD.sub(lambda m: f"{m[1]}{'HOÀ' if m[2].endswith('À') else 'HÒA'}{m[3]}", text)
    text = _CITY_MISREAD.sub(lambda m: f"{m[1]}PHỐ" if m[1] else f"{m[2]}phố", text)
    text = _GLUED_COMMITTEE.sub(r"\1 ", text)
    text = _SUBJECT_LABEL.sub(r"\1V/v", text)
    text = _ADDRESS_LINE.sub(lambda m: m.group(1) + ("KÍNH GỬI" if m.group(2).isupper() else "Kính gửi"), text)
    text = _PARTY_READ_EQUAL.sub(_as_party, _mended_codes(text))
    text = _DATE_WORD_SPECK.sub(r"\1", text)
    text = _PLACE_COMMA_LOST.sub(r"\1\2, ", text)
    text = _LEADING_SPECK.sub("", text)
    text = _LONE_MODIFIER.sub("", _SPECK_BEFORE_WORD.sub("", text))
    return _DIGIT_RUN.sub(lambda m: m.group(0).translate(_AS_DIGIT), text)


def _mended_codes(text: str) -> str:
    """Directive numbers' codes as OCR breaks them put together again: a letter read twice or with a stroke, a
    dash doubled or read as a comma or a full stop, a code split by a space, the legislature's figure misread.

    >>> _mended_codes("Số: 968/QĐĐ-UBND; 15-KH/ĐĐ; Nghị quyết số 50/NQ- -CP; số 10/2007/QĐĐ_BKHCN; 66-QĐĐ/TW")
    'Số: 968/QĐ-UBND; 15-KH/ĐĐ; Nghị quyết số 50/NQ-CP; số 10/2007/QĐ_BKHCN; 66-QĐ/TW'
    >>> _mended_codes("Nghị quyết số 76/NQ-HĐNĐ ngày 27/12/2024, Quyết định số 12/QĐ-UBNĐ; 3-NQ/ĐĐ")
    'Nghị quyết số 76/NQ-HĐND ngày 27/12/2024, Quyết định số 12/QĐ-UBND; 3-NQ/ĐĐ'
    >>> _mended_codes("Luật số 163/2024/QHI15, Luật số 30/2004/QHI1 và Luật số 58/2024/QH1 5 được sửa đổi")
    'Luật số 163/2024/QH15, Luật số 30/2004/QH11 và Luật số 58/2024/QH15 được sửa đổi'
    >>> _mended_codes("Thông tư liên tịch số 06/2008/T TLT-BTTTT-BCA")
    'Thông tư liên tịch số 06/2008/TTLT-BTTTT-BCA'
    >>> _mended_codes("Căn cứ Thông tư số 05/2008/T T.BTTTT ngày 12/11/2008; số 97/2008/NĐ,CP; năm 2008/TT. Theo")
    'Căn cứ Thông tư số 05/2008/TT-BTTTT ngày 12/11/2008; số 97/2008/NĐ-CP; năm 2008/TT. Theo'
    >>> _mended_codes("Căn cứ Quyết định số 203 4/9Đ-BGDĐT ngày 13 tháng 7; số 12 người; lớp 9Đ-A; 2/9 Đường")
    'Căn cứ Quyết định số 2034/QĐ-BGDĐT ngày 13 tháng 7; số 12 người; lớp 9Đ-A; 2/9 Đường'
    >>> _mended_codes("Thông tư số 01/2021/T1-BTNMT; số 06/2008/TTLI-BTTTT-BCA; số 5/2020/NĐ-CP; 7/2019/IL-X")
    'Thông tư số 01/2021/TT-BTNMT; số 06/2008/TTLT-BTTTT-BCA; số 5/2020/NĐ-CP; 7/2019/IL-X'
    """
    text = _STROKED_D.sub(r"\1D", _DOUBLED_D.sub("Đ", text))
    text = _DOUBLED_DASH.sub("-", text)
    text = _LEGISLATURE.sub(_legislature, text)
    text = _SPLIT_CODE.sub(r"\1\2", text)
    text = _GAPPED_NUMBER.sub(r"\1\2", _DECISION_READ_9.sub("QĐ", text))
    return _ACT_TYPE.sub(_act_type, _DOTTED_CODE.sub(r"\1-", text))


def _base(letter: str) -> str:
    return "d" if letter in "đĐ" else unicodedata.normalize("NFD", letter)[0].lower()


def _tolerant(word: str) -> str:
    """A pattern of the word whatever marks OCR put on (or took off) its letters."""
    return "".join(f"[{''.join(sorted(_SAME_BASE.get(_base(ch), {ch})))}]" for ch in word)


# The headings of every Vietnamese document, as they are written; OCR misreads their tone marks on capitals
# (ĐẲNG for ĐẢNG), and the extractor finds a header by them.  Either tone placement of "hoà" is the source's.
_FORMULAE_WORDS = (
    ("ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM"),
    ("CỘNG", "HOÀ|HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"),
    ("Độc", "lập", "-", "Tự", "do", "-", "Hạnh", "phúc"),
    ("UỶ|ỦY", "BAN", "NHÂN", "DÂN"),
    ("HỘI", "ĐỒNG", "NHÂN", "DÂN"),
)
_SAME_BASE: dict[str, set[str]] = {}
for _letter in VIETNAMESE_LETTERS | set(string.ascii_letters):
    _SAME_BASE.setdefault(_base(_letter), set()).add(_letter)


def _formula_pattern(words: tuple[str, ...]) -> re.Pattern:
    pattern = ""
    for k, word in enumerate(words):
        if word == "-":
            pattern += r"\s*-\s*"
        else:
            between = r"\s+" if k and words[k - 1] != "-" else ""
            pattern += between + _tolerant(word.split("|")[0])
    return re.compile(r"(?<!\w)" + pattern + r"(?!\w)")


_FORMULAE = [(_formula_pattern(words), words) for words in _FORMULAE_WORDS]
# The heading's second word read with another letter than its O ("CỘNG HDÀ XÃ HỘI"), between words read right.
_HEADING_MISREAD = re.compile(r"(?<!\w)(CỘNG\s+)(H[A-ZĐÀ-Ỹ]{1,2})(\s+XÃ\s+HỘI)(?!\w)")
# "PHỐ" read "PHÓ" after "THÀNH" (no "thành phó" is Vietnamese in a header, a list of recipients): where the
# city is in capitals, or where the words end a line or an item ("Cổng Thông tin điện tử thành phó.").
_CITY_MISREAD = re.compile(r"(?<!\w)(?:(THÀNH\s+)PHÓ(?!\w)|([Tt]hành\s+)phó(?=\s*[;.,:]?\s*$))", re.MULTILINE)
# The committee's abbreviation run into its unit by a narrow gap ("UBNDTỈNH BẮC GIANG").
_GLUED_COMMITTEE = re.compile(r"(?<!\w)(UBND)(?=(?:TỈNH|HUYỆN|XÃ|THÀNH|QUẬN|THỊ|PHƯỜNG)\b)")
# A letter's address line as OCR may read it, its capital lost ("kính gửi: UBND các tỉnh"): no line of a
# document begins with a small "kính gửi", and the extractor knows where the subject line ends by its capital.
_ADDRESS_LINE = re.compile(r"(?m)^([ \t]*)(k" + _tolerant("ính") + r"[ \t]+" + _tolerant("gửi") + r")(?!\w)", re.I)


# The crossed D of a code read twice, as the letter and as its stroke ("968/QĐÐ-UBND"): no State code's type
# ends in two (a Party code's "/ĐĐ", the Đảng đoàn, stands after the slash, alone).
_DOUBLED_D = re.compile(r"(?<=[A-Z])ĐĐ(?=[-_/])")  # the dash may be read low, as "_"; a Party code's type ends at "/"
# The D of a council's or committee's code read with a stroke ("76/NQ-HĐNĐ", "12/QĐ-UBNĐ"): neither code has it.
_STROKED_D = re.compile(r"(?<=[-/])(HĐN|UBN)Đ(?![\w])")
# A code's dash read twice across a gap ("50/NQ- -CP").
_DOUBLED_DASH = re.compile(r"(?<=/[A-ZĐ]{2})-\s+-(?=[A-ZĐ])|(?<=/[A-ZĐ]{3})-\s+-(?=[A-ZĐ])")

# The National Assembly's code carries its legislature, two digits since the tenth (1997): a 1 read as a
# letter beside it, or split off, is put back ("163/2024/QHI15", "30/2004/QHI1", "58/2024/QH1 5").
_LEGISLATURE = re.compile(r"(?<=/QH)(?:[Il|](?P<after_letter>\d{1,2})|1 (?P<split>\d))(?!\d)")


# "Đảng" is the word an OCR misreads most in Party documents, as "Đẳng" (the hook of ẳ for the mark of ả).
# "đẳng" is a word of its own only after "bình", "cao", "siêu", "thượng", "hạ", "đồng", "sơ", "trung" and before
# "cấp", "thức", … : elsewhere it is the Party.
_PARTY_READ_EQUAL = re.compile(
    r"(?<!\w)(?<!bình )(?<!Bình )(?<!cao )(?<!Cao )(?<!CAO )(?<!siêu )(?<!thượng )(?<!hạ )(?<!đồng )(?<!sơ )"
    r"(?<!trung )(đẳng|Đẳng|ĐẲNG)(?!\w)(?!\s+(?:cấp|thức|hướng|nhiệt|tích|áp|trị|phương|giá|lập)(?!\w))"
)


def _as_party(m: re.Match) -> str:
    return {"đẳng": "đảng", "Đẳng": "Đảng", "ĐẲNG": "ĐẢNG"}[m.group(1)]


# A speck of the paper read as a mark after a date's word ("ngày 16 tháng. 8 năm 2010").
# A decision's code with its Q read as a 9 ("2034/9Đ-BGDĐT"), and a number a gap cut in two before its code
# ("Quyết định số 203 4/QĐ-BGDĐT"): no code is "9Đ", no number is written with a space after "số".
_DECISION_READ_9 = re.compile(r"(?<=\d/)9Đ(?=-[A-ZĐ])")
_GAPPED_NUMBER = re.compile(r"(?<=\bsố )(\d{1,4}) (\d{1,3})(?=/[A-ZĐ])")
_DATE_WORD_SPECK = re.compile(r"(?<!\w)(ngày|tháng|năm)[.,:;'`](?=\s*\d)", re.I)
# Specks read before the figure that opens a line ("._299/TTg Hà Nội, ngày …"): no line opens with them.
_LEADING_SPECK = re.compile(r"(?m)^[ \t]*[._,'`]{1,3}(?=\d)")
# A speck read as a spacing accent standing alone ("THỦ TƯỚNG CHÍNH PHỦ ˆ"): Vietnamese writes its marks on
# the letter, never apart; the spacing modifier letters (U+02B0-U+02FF) even count as letters to Python.
# A bar or an opening bracket glued to a word inside a sentence, no bracket closing it: a speck or a fold
# ("Đơn vị chủ trì: Sở [Tư pháp.", "Sở |Tài chính").
_SPECK_BEFORE_WORD = re.compile(r"(?<=\w )(?:\||\[(?![^\]\n.;]*\]))(?=[^\W\d_]{2})")
# The comma of the place and date lost ("Quảng Ngãi ngày   tháng   năm 2025"): a place of capitalised words at a
# line's or a column's start, then the date's words.
_PLACE_COMMA_LOST = re.compile(
    r"(?m)(^|[ \t]{2,})(?!(?:Trong|Từ|Đến|Vào|Sáng|Chiều|Tối|Hôm|Trước|Sau|Cùng|Kể|Đúng|Tính|Theo|Là|Hết)\b)"
    r"([ \t]*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:[ \t]+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})[ \t]+"
    r"(?=ngày[\s\d.…_|]{0,12}tháng[\s\d.…_|]{0,12}năm\s*\d{4})"
)
_LONE_MODIFIER = re.compile(r"(?<!\S)[\u02b0-\u02ff^`´¨]+(?!\S)")
# A space read inside a code's type, before its issuer ("06/2008/T TLT-BTTTT-BCA"), and its dash read as a
# full stop or a comma ("05/2008/T T.BTTTT"): after a number's year, only a code's type and issuer stand.
_SPLIT_CODE = re.compile(r"(?<=\d/\d{4}/)([A-ZĐ]{1,3}) ([A-ZĐ]{1,4})(?=[-.,][A-ZĐ])")
_DOTTED_CODE = re.compile(r"(?<=\d/\d{4}/)([A-ZĐ]{1,4})[.,](?=[A-ZĐ]{2,}(?![a-zà-ỹ]))")
# A T of a legal act's type read as a 1 or an I after its year ("01/2021/T1-BTNMT", "06/2008/TTLI-BTTTT-BCA", dev
# 030 and 034 printed and scanned): the type is one of the vocabulary's codes.
_ACT_TYPE = re.compile(r"(?<=\d/(?:19|20)\d\d/)([A-ZĐ1Il]{2,4})(?=-[A-ZĐ])")
_T_READ_AS = str.maketrans("1Il", "TTT")


def _act_type(m: re.Match) -> str:
    code = m.group(1)
    mended = code.translate(_T_READ_AS)
    return mended if code not in TYPE_OF_CODE and mended in TYPE_OF_CODE else code


def _legislature(m: re.Match) -> str:
    digits = m.group("after_letter")
    if digits is None:
        return "1" + m.group("split")
    return digits if len(digits) == 2 else "1" + digits


def _as_formula(found: str, words: tuple[str, ...]) -> str:
    """The heading as written, the spacing and capitals of what OCR read kept ("nhân dẫn" -> "nhân dân")."""
    read = re.findall(r"-|[^\s-]+", found)
    out = found
    for seen, word in zip(read, words, strict=False):
        spellings = word.split("|")
        if seen in spellings or seen.upper() in spellings:
            continue
        right = _cased(spellings[0], seen)
        out = out.replace(seen, right, 1)
    return out


def _cased(word: str, like: str) -> str:
    """The word in the case OCR read it in ("DẪN" -> "DÂN", "dẫn" -> "dân", "Úy" -> "Uỷ")."""
    if like.isupper():
        return word.upper()
    return word.lower() if like.islower() else word[:1].upper() + word[1:].lower()
