"""Text typed in the legacy Vietnamese fonts of the 1990s and 2000s, back in Unicode.

Before Unicode, offices typed in fonts that drew Vietnamese letters over the codes of Western letters: the
TCVN3 (ABC) fonts of the North and the State (``.VnTime``: "Uû ban nh©n d©n tØnh" is "Uỷ ban nhân dân tỉnh") and
the VNI fonts of the South (``VNI-Times``: "UÛY BAN NHAÂN DAÂN"). A Word file, a text file or a PDF's text layer
keeps the Western letters, so an archive's older files read as mojibake. Both codes are fixed tables: the text
is spelt back when it shows one of them.

How a text shows it: characters no Vietnamese word holds, inside its words (TCVN3's "©", "¸", "®", "µ" for "â",
"á", "đ", "à"; VNI's "ø", "û", "ï", "ñ", "ö" after a vowel), and none of the letters only Unicode Vietnamese
writes ("ạ", "ư", "ơ", "đ"). A line that has such letters is Unicode already and is left as it is.

TCVN3 has no capitals with tones: a heading was typed in small letters in the font's capital face (``.VnTimeH``).
A Word file names the font of each run (:mod:`indexer.reading.docx`); elsewhere a header line with no capital in
it was drawn in that face.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from indexer.reading.source_text import SourceText

# TCVN 5712:1993 from 0xA1 on (glibc's iconv TCVN5712-1, whose first half is ABC's), as Latin-1 reads the bytes;
# 0xB0-0xB4, tone marks alone in the standard, are the degree and plus-minus signs of a Unicode text: kept.
_TCVN3_CODES = "".join(chr(code) for code in range(0xA1, 0x100) if not 0xB0 <= code <= 0xB4)
_TCVN3_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđẶàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
_TCVN3 = str.maketrans(_TCVN3_CODES, _TCVN3_LETTERS)
# Codes of TCVN3 letters that are no letter in Latin-1 ("©" is "â"): inside a word, only TCVN3 writes them.
_TCVN3_SIGNS = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7](?=[^\W\d_])")

# VNI: a vowel, then its marks as Latin-1 letters ("aâ" â, "aê" ă, "aù" á, "aá" ấ); "ô" ơ, "ö" ư, "ñ" đ; the
# tones of i and y's dot below as one letter each.
_MARKS = {
    "â": "\u0302", "ê": "\u0306", "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303", "ä": "\u0302\u0323",
    "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309", "ü": "\u0306\u0303", "ë": "\u0306\u0323",
}  # fmt: skip
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_MARK_CHARS = "".join(_MARKS) + "".join(_MARKS).upper()
_VNI_ALONE_CHARS = "".join(_VNI_LETTERS) + "".join(_VNI_LETTERS).upper()
_VNI_MARKED = re.compile(f"([aeiouyAEIOUYôöÔÖ])([{_VNI_MARK_CHARS}]?)|([{_VNI_ALONE_CHARS}])")
# Marks no Vietnamese letter is, after a vowel: only VNI writes them so.
_VNI_SIGNS = re.compile(r"[aeiouyAEIOUYôöÔÖ][øûïëäåüùØÛÏËÄÅÜÙ]|[ñöæîÑÖÆÎ](?=[^\W\d_])|(?<=[^\W\d_])[ñöæîÑÖÆÎ]")

# Letters only Unicode Vietnamese writes: neither legacy code makes them.
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0128\u0129\u0168\u0169\u1ea0-\u1ef9]")
_ENOUGH = 3  # signs in the whole text that show a code: one "©" is a copyright sign
_LATIN = 0.7  # of the letters, in both codes ASCII: most of a Vietnamese word's letters are plain
_SHARE = 0.05  # of the words: such a text shows a sign every other word, a Unicode one a "®" now and then


def legacy_code(text: str) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when ``text`` is typed in that code's fonts, else ``None``.

    >>> legacy_code("Uû ban nh©n d©n tØnh Lµo Cai, ngµy 10 th¸ng 3 n¨m 2005")
    'tcvn3'
    >>> legacy_code("UÛY BAN NHAÂN DAÂN TÆNH, ngaøy 10 thaùng 3 naêm 2005"), legacy_code("Uỷ ban nhân dân © 2005")
    ('vni', None)
    >>> legacy_code("Постановление правительства".encode("cp1251").decode("latin-1"))
    >>> legacy_code("BØ CÔNG AN\\nCÔNG AN TÈNH LÂM ÒNG\\nV/v xin chç tr°¡ng tri¿n khai")  # a PDF's broken font
    """
    lines = [line for line in text.splitlines() if not _UNICODE_ONLY.search(line)]
    rest = "\n".join(lines)
    tcvn3, vni = len(_TCVN3_SIGNS.findall(rest)), len(_VNI_SIGNS.findall(rest))
    if max(tcvn3, vni) < max(_ENOUGH, _SHARE * len(rest.split())):
        return None
    letters = [ch for ch in rest if ch.isalpha()]
    if sum(ch.isascii() for ch in letters) < _LATIN * len(letters):
        return None  # Russian or Greek in a Windows code page: its letters are not Latin ones with marks
    code = "tcvn3" if tcvn3 >= vni else "vni"
    # Spelt again, the text must read as Vietnamese: its commonest words come out ("nhân dân", "của", "ngày").
    # A PDF font that maps letters to others ("chç tr°¡ng") is no code: spelt by one, it stays gibberish.
    before, after = _common_words(rest), _common_words(from_legacy_code(rest, code))
    return code if after >= _ENOUGH and after >= 2 * before else None


# Words of administrative Vietnamese that every document holds, each with a letter neither code keeps as it is.
_COMMON = frozenset(
    ("và", "các", "của", "là", "được", "có", "người", "năm", "ngày", "tháng", "nhân", "dân", "thực", "hiện", "công",
     "tác", "những", "với", "để", "về", "theo", "tại", "tỉnh", "huyện", "xã", "số", "đồng", "chí", "quyết", "định",
     "kế", "hoạch", "uỷ", "ủy", "hội", "đảng", "việt", "nghĩa", "độc", "lập", "tự", "hạnh", "phúc", "cộng", "hoà",
     "hòa", "trên", "địa", "bàn", "chủ", "tịch", "nhiệm", "vụ", "trưởng", "phòng", "cơ", "quan", "đơn", "vị")
)  # fmt: skip


def _common_words(text: str) -> int:
    return sum(word in _COMMON for word in re.findall(r"[^\W\d_]+", text.lower()))


def _vni_letter(m: re.Match) -> str:
    if m.group(3):
        letter = m.group(3)
        return _VNI_LETTERS[letter.lower()].upper() if letter.isupper() else _VNI_LETTERS[letter]
    base, mark = m.group(1), m.group(2)
    if base.lower() in "ôö":
        base = _VNI_LETTERS[base.lower()].upper() if base.isupper() else _VNI_LETTERS[base]
    if not mark:
        return base
    marks = _MARKS[mark.lower()]
    if marks[0] == "\u0306" and base.lower() != "a" or marks[0] == "\u0302" and base.lower() not in "aeo":
        return m.group()  # a breve is only a's, a circumflex only a's, e's and o's: no VNI here
    return unicodedata.normalize("NFC", base + marks)


def from_legacy_code(text: str, code: str) -> str:
    """``text`` spelt in Unicode from ``code``, each line that is not Unicode already.

    >>> from_legacy_code("Uû ban nh©n d©n tØnh Lµo Cai", "tcvn3")
    'Uỷ ban nhân dân tỉnh Lào Cai'
    >>> from_legacy_code("UÛY BAN NHAÂN DAÂN TÆNH ÑOÀNG THAÙP\\nSoá: 15/KH-UBND", "vni")
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\\nSố: 15/KH-UBND'
    """
    out = []
    for line in text.split("\n"):
        if _UNICODE_ONLY.search(line):
            out.append(line)
        elif code == "tcvn3":
            out.append(line.translate(_TCVN3))
        else:
            out.append(_VNI_MARKED.sub(_vni_letter, line))
    return "\n".join(out)


def texts_in_unicode(texts: list[str]) -> tuple[list[str], str | None]:
    """Texts of one file (a PDF's pages), in Unicode when together they show a legacy code; and that code."""
    code = legacy_code("\n".join(texts))
    return ([from_legacy_code(text, code) for text in texts] if code else texts), code


CAPITALS = "-capitals"
_TCVN3_FONT = re.compile(r"^\.Vn(?P<face>.*?)(?P<capitals>H)?$")  # ".VnTime", ".VnArialH", ".VnCentury SchoolbookH"


def font_code(font: str | None) -> str | None:
    """The legacy code a font's name says it draws, ``CAPITALS`` after it for a capital face, else ``None``.

    >>> font_code(".VnTime"), font_code(".VnTimeH"), font_code("VNI-Times"), font_code("Times New Roman")
    ('tcvn3', 'tcvn3-capitals', 'vni', None)
    """
    if not font:
        return None
    m = _TCVN3_FONT.match(font.strip())
    if m:
        return "tcvn3" + (CAPITALS if m["capitals"] else "")
    return "vni" if font.strip().upper().startswith("VNI-") else None


def in_unicode(source: SourceText) -> SourceText:
    """What a reader gave, its lines in Unicode when they were typed in a legacy code (its name the encoding)."""
    code = source.encoding if source.encoding in ("tcvn3", "vni") else None  # a text file, decoded already
    lines = source.lines
    if code is None and source.format == "pdf":
        return source  # the PDF reader looked at its pages' text before OCR was decided (texts_in_unicode)
    if code is None:
        code = legacy_code("\n".join(line.text for line in lines))
        if code is None:
            return source
        lines = [dataclasses.replace(line, text=from_legacy_code(line.text, code)) for line in lines]
    if code == "tcvn3" and not (source.format == "docx" and source.encoding == code):
        lines = _capital_face(lines)  # a Word file that names its fonts said which runs the capital face drew
    return dataclasses.replace(source, lines=lines, encoding=code)


_HEADER_LINES = 12  # lines: the header's names and the type line stand among the first
_HEADER_WORDS = 12


def _capital_face(lines: list) -> list:
    """The header's lines that TCVN3's capital face drew, in capitals again: without the font, all that is left of
    "ỦY BAN NHÂN DÂN" is "ủy ban nhân dân", a line with no capital in it, where a sentence starts with one."""
    out, seen = list(lines), 0
    for k, line in enumerate(lines):
        if not line.text.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        text = line.text
        small = any(ch.isalpha() for ch in text) and not any(ch.isupper() for ch in text)
        if small and len(text.split()) <= _HEADER_WORDS:
            out[k] = dataclasses.replace(line, text=text.upper())
    return out
