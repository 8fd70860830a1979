"""Directive numbers (số hiệu): find them in text, spell them one way, compare them.

Party documents are numbered ``SỐ-LOẠI/CƠ QUAN`` (``57-KL/TW``), State
documents ``SỐ/LOẠI-CƠ QUAN`` or ``SỐ/NĂM/LOẠI-CƠ QUAN`` (``1191/QĐ-TTg``,
``41/2024/QH15``).  The canonical form keeps that shape, drops the spaces,
writes every dash as ``-`` and keeps ``Đ``:

>>> canonical("Số 06 - KH/BCĐ"), canonical("216/KH – UBND"), canonical("57- KL/TW")
('06-KH/BCĐ', '216/KH-UBND', '57-KL/TW')
>>> [m.number for m in find_numbers("Kết luận số 57-KL/TW, ngày 15/6/2023 và Quyết định 1191/QĐ-TTg")]
['57-KL/TW', '1191/QĐ-TTg']
>>> [m.number for m in find_numbers("Số: 1961/QĐUBND; Nghị định số 61/2018/NĐCP; Công văn số 197/STTTT")]
['1961/QĐ-UBND', '61/2018/NĐ-CP', '197/STTTT']
>>> [m.number for m in find_numbers("Nghị quyết số 30c/NQCP; Số: 01/QCPH/UBND-UBMTTQ; số 19/2008/NQLT/CP-UBTUMTTQVN")]
['30c/NQ-CP', '01/QCPH/UBND-UBMTTQ', '19/2008/NQLT/CP-UBTUMTTQVN']
>>> [m.number for m in find_numbers("Căn cứ Quyết định số 84 QĐ/TWĐTN; Số: 06b /NQ-TLĐ; năm 2013 QĐ/TW")]
['84-QĐ/TWĐTN', '06b/NQ-TLĐ']
>>> [m.number for m in find_numbers("Nghị định số 13/2008/NĐ-CPngày 04; số 5/QĐ-TTgngày 5; 04-KH/TUcủa Tỉnh uỷ")]
['13/2008/NĐ-CP', '5/QĐ-TTg', '04-KH/TU']
>>> [m.number for m in find_numbers("Căn cứ kế hoạch số12/KH-THTBS ngày 09/9/2024 và Chỉ thị số05-CT/TU")]
['12/KH-THTBS', '05-CT/TU']
>>> [m.number for m in find_numbers("Số: 03 /KH.THCS; Số: 12/TB-TT.HĐND; số 7/QĐ-UB.Ngày 5")]
['03/KH-THCS', '12/TB-TT.HĐND', '7/QĐ-UB']
>>> [m.number for m in find_numbers("Kế hoạch liên tịch số 4103/KHLT-UBND-BTT.UBMTTQ ngày 02")]
['4103/KHLT-UBND-BTT-UBMTTQ']
>>> [m.number for m in find_numbers("nhận được Công văn số 011221/CV-NMV ngày 01/12/2021 của Công ty")]
['011221/CV-NMV']

:func:`number_key` is what two spellings of one number share, diacritics
and case aside: ``nd-cp`` in a URL slug and ``NĐ-CP`` in the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from indexer.text.vietnamese import fold
from indexer.vocabulary import TYPE_OF_CODE

# "TƯ": an OCR of the Party code TU, and an old spelling of Trung ương; "TT.HĐND": a council's standing board
_CODE = r"(?:TT\.(?=[A-ZĐ]))?[A-ZĐ][A-Za-zĐđƯ]*\d*"
_DASH = r"\s?[-_\u2010-\u2015\u2212]\s?"
# A school's or an office's number with a dot for its dash ("Số: 03 /KH.THCS"); "TT.HĐND" is one code (below).
# A number starts where a word ends, or glued to the "số" before it ("Căn cứ kế hoạch số12/KH-THTBS").
_START = r"(?:(?<![\w/.\-])|(?<=[Ss]ố))"
_CODE_JOIN = rf"(?:{_DASH}|(?<![-/]TT) ?\.(?=[A-ZĐ]{{2}}))"  # "…-BTT.UBMTTQ" joins two bodies' codes, "191/UB .TH" too
_SLASH = r"\s?/\s?"
# A number ends where a word begins; a copy that lost the space at a line's end glues the next word to its code
# ("Nghị định số 13/2008/NĐ-CPngày 04 tháng 02"): the words that follow a number, lower-case after the capitals.
_END = r"(?:(?![\w/])|(?=(?:ngày|của|về|quy|hướng|ban)(?!\w)))"
_PARTY = re.compile(
    rf"{_START}(?P<num>\d{{1,5}}){_DASH}(?P<kind>[A-ZĐ][A-Za-zĐđ]*){_SLASH}"
    rf"(?P<org>{_CODE}(?:-{_CODE})*){_END}"
)
_STATE = re.compile(
    rf"{_START}(?P<num>\d{{1,6}}(?:\.\d{{1,3}}|[a-z](?=\s?/))?)(?:{_SLASH}(?P<year>(?:19|20)\d\d))?{_SLASH}"
    rf"(?P<code>{_CODE}(?:{_CODE_JOIN}{_CODE})+|[A-ZĐ][A-ZĐ]*\d+){_END}"
)
# A joint document names its kind and then every issuer's code ("Quy chế số 01/QCPH/UBND-UBMTTQ", "Nghị quyết liên
# tịch số 19/2008/NQLT/CP-UBTUMTTQVN"): two slashes, the second not after a year.
_JOINT = re.compile(
    rf"{_START}(?P<num>\d{{1,5}}[a-z]?)(?:{_SLASH}(?P<year>(?:19|20)\d\d))?{_SLASH}(?P<kind>[A-ZĐ][A-ZĐa-z]{{1,7}})"
    rf"{_SLASH}(?P<code>{_CODE}(?:{_DASH}{_CODE})+){_END}"
)
# An old State number whose dash was typed as a slash ("Chỉ thị số 19/2001/CT/UB"): a year, a type's code, one
# issuer's code.
_SLASHED_STATE = re.compile(
    rf"(?<![\w/.\-])(?P<num>\d{{1,5}}){_SLASH}(?P<year>(?:19|20)\d\d){_SLASH}(?P<kind>[A-ZĐ]{{2,4}}){_SLASH}"
    rf"(?P<code>[A-ZĐ]{{2,8}})(?![\w/\-])"
)
# The numbers of the Government, the Council of Ministers and the Prime Minister before codes named their
# issuer twice ("Quyết định số 169-CP", "Chỉ thị 299/TTg", "Nghị định 64-HĐBT"): one code, as written.
_OLD_CENTRAL = re.compile(r"(?<![\w/.\-])(?P<num>\d{1,5})(?P<sep>\s?[/-]\s?)(?P<code>TTg|CP|HĐBT|HĐCP)(?![\w/\-])")
# A number whose code is one word without a digit ("Công văn số 197/STTTT", "Quyết định 491/QĐTTg", a dash
# lost): a number only where the text says so, after "số" or a type's name.
_NAMED_SINGLE = re.compile(
    r"(?:(?<!\w)[Ss]ố\s?:?\s?|(?<!\w)(?:Quyết định|Công văn|Chỉ thị|Nghị quyết|Kế hoạch|Thông báo|Văn bản|Tờ trình|"
    r"Hướng dẫn|Báo cáo|Nghị định|Thông tư)\s)(?P<num>\d{1,5}[a-z]?)\s?/\s?"
    r"(?:(?P<year>(?:19|20)\d\d)\s?/\s?)?(?P<code>[A-ZĐ]{2,}[a-z]?)(?![\w/\-])"
)
# A number whose type's code a slash joins to one issuer's code, as a dash should ("Hướng dẫn số 04/HD/BTGDVTU"):
# only after "số", and only a type's code the vocabulary knows.
_SLASHED_KIND = re.compile(
    r"(?<!\w)[Ss]ố\s?:?\s?(?P<num>\d{1,5})\s?/\s?(?P<kind>"
    + "|".join(sorted((c for c in TYPE_OF_CODE if len(c) > 1), key=len, reverse=True))
    + r")\s?/\s?(?P<code>[A-ZĐ]{2,}[a-z]?)(?![\w/\-])"
)
# A Party number whose dash a copy lost, a space in its place ("Quyết định số 84 QĐ/TWĐTN", "Kế hoạch số 298
# KH/TWĐTN"): a number only after "số", where nothing else has that shape.
_PARTY_DASH_LOST = re.compile(
    rf"(?<!\w)[Ss]ố\s?:?\s?(?P<num>\d{{1,5}}) (?P<kind>[A-ZĐ]{{2,4}}[a-z]?)/(?P<org>{_CODE}(?:-{_CODE})*)(?![\w/])"
)
# A copy that lost its dashes glued the type's code to the issuer's ("1961/QĐUBND", "61/2018/NĐCP"): they are
# put apart again where the code opens with a State type's code and goes on as an issuer's code does; a code
# that is an issuer's whole ("HĐND", "TTCP" Thanh tra Chính phủ, "KHĐT") stays.
_GLUED_TYPES = sorted(
    ("QĐ", "NĐ", "NQ", "NQLT", "TT", "TTLT", "CT", "KH", "TB", "HD", "BC", "CV", "TTr", "CĐ", "ĐA", "KL", "VBHN"),
    key=len,
    reverse=True,
)
_WHOLE_CODES = {"HĐND", "HDND", "TTCP", "TTXVN", "KTNN", "KHĐT", "KHCN", "KHTC", "TTTT", "CTCP", "TBXH"}
# The kinds of the Party's central documents (Hướng dẫn 36-HD/VPTW), whose number a State document may write
# in its own form, "Nghị quyết số 52/NQ-TW": "TW" issues nothing of the State's.
_PARTY_KINDS = {"NQ", "CT", "KL", "QĐ", "HD", "TB", "QC", "QyĐ", "KH", "BC"}
# Codes written in mixed case by convention; an all-caps spelling is mapped back.
_MIXED_CASE = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "QĐI": "QĐi", "NQLT": "NQLT"}


@dataclass(frozen=True)
class NumberMatch:
    number: str  # canonical spelling
    start: int
    end: int
    year: int | None = None

    @property
    def type_code(self) -> str:
        return type_code(self.number)


# A type's code an OCR misread, its Q taken for an O ("281/NO-CP", "71-NO/TW", "12/OĐ-UBND"): no type has these.
_OCR_SLIPS = {"NO": "NQ", "OĐ": "QĐ"}


def _fix_case(code: str) -> str:
    """A code as offices write it: in its mixed case ("TTg", "CTr"), and with an OCR's slips mended.

    >>> [n.number for n in find_numbers("Nghị quyết số 281/NO-CP ngày 15/9/2025 và số 71-NO/TW")]
    ['281/NQ-CP', '71-NQ/TW']
    """
    return _MIXED_CASE.get(code.upper()) or _OCR_SLIPS.get(code.upper()) or code


def _unglued(code: str) -> str:
    """``QĐUBND`` -> ``QĐ-UBND``, ``NĐCP`` -> ``NĐ-CP``; ``TTg``, ``HĐND``, ``STTTT`` as they are."""
    if code.upper() in _WHOLE_CODES:
        return code
    for kind in _GLUED_TYPES:
        rest = code[len(kind) :]
        if code.startswith(kind) and re.fullmatch(r"[A-ZĐ][A-ZĐ]+[a-z]?\d*|TTg", rest):
            return f"{kind}-{_fix_case(rest)}"
    return code


def _canonical_match(m: re.Match) -> str:
    if m.re is _NAMED_SINGLE:
        year = f"{m.group('year')}/" if m.group("year") else ""
        return f"{m.group('num')}/{year}{_unglued(_fix_case(m.group('code')))}"
    if m.re is _JOINT or m.re is _SLASHED_STATE or m.re is _SLASHED_KIND:
        year = f"{m.group('year')}/" if m.groupdict().get("year") else ""
        code = "-".join(_fix_case(p) for p in re.split(_DASH, m.group("code")))
        return f"{m.group('num')}/{year}{_fix_case(m.group('kind'))}/{code}"
    if m.re is _OLD_CENTRAL:
        return f"{m.group('num')}{m.group('sep').strip()}{m.group('code')}"
    if m.re is _PARTY or m.re is _PARTY_DASH_LOST:
        org = "-".join(_fix_case(part) for part in re.split(r"-", m.group("org")))
        return f"{m.group('num')}-{_fix_case(m.group('kind'))}/{org}"
    parts = [_fix_case(p) for p in re.split(_CODE_JOIN, m.group("code"))]
    year = f"{m.group('year')}/" if m.group("year") else ""
    if not year and len(parts) == 2 and parts[1] == "TW" and parts[0] in _PARTY_KINDS:
        return f"{m.group('num')}-{parts[0]}/TW"  # the Central Committee's, written as a State number
    return f"{m.group('num')}/{year}{'-'.join(parts)}"


# Every number and date has a digit followed by a dash or a slash (a space between them at most):
# text without one holds none, and most paragraphs are skipped with one scan instead of three.
MAY_HOLD_NUMBER = re.compile(r"\d[a-z]?\s?[/\-\u2010-\u2015\u2212]|\d [A-ZĐ]{2,4}[a-z]?/")


# What an OCR'd copy does to a number (a transcription of a scan keeps it): a space inside its figures, a 1 read
# as I, l or | ("Nghị định số 1 25/2025/NĐ-CP", "số I 40/2025/NĐ-CP"), and a space inside the legislature's code
# ("58/2024/QH1 5", "31/2024/QH 15", which some offices type so).  Only after "số" for the figures: no typed
# number is written so.  The text is mended with the same length (the space moved after the figures or the code),
# so that every match keeps its place.  The portal's own OCR output is mended before
# (``reading.ocr.clean_ocr_text``); this is for transcriptions a user brings as text, which nothing marks as OCR'd.
_SPLIT_FIGURES = re.compile(r"(?<!\w)([Ss]ố:?\s?)([Il|]|\d{1,3}) (\d{1,4})(?=/)")
_SPLIT_LEGISLATURE = re.compile(r"(?<=/QH)(?:(\d) (\d)| (\d{1,2}))(?![\w/])")
# An issuer's code some offices write with an ampersand: "36/2009/TT-BGD&ĐT" is the ministry's BGDĐT; a space
# after the dash or the slash is a typist's ("32/2020/TT- BGD&ĐT", "123/ PGD&ĐT- THCS").
_AMPERSAND_CODE = re.compile(r"(?:(?<=[-/])|(?<=[-/] ))([A-ZĐ]{2,})&([A-ZĐ]{2,})(?![\w&])")
# The education office's code typed with a space for its ampersand: "943/SGD ĐT-GDTrH".
_SPACED_EDUCATION = re.compile(r"(?<=/)([SPB]?GD) (ĐT)(?=-)")
# A committee's code whose U an OCR or a font gave a horn: "Quyết định số 2582/QĐ-ƯBND" (no code has "ƯB").
_HORNED_COMMITTEE = re.compile(r"(?<=[-/])Ư(?=B[A-ZĐ])")


def _mended(text: str) -> str:
    """``text`` with split figures joined and a code's ampersand dropped, of the same length.

    >>> _mended("Nghị định số I 40/2025/NĐ-CP, số 1 25/2025/NĐ-CP và Luật số 58/2024/QH1 5 được")
    'Nghị định số 140 /2025/NĐ-CP, số 125 /2025/NĐ-CP và Luật số 58/2024/QH15  được'
    >>> _mended("Luật Đất đai số 31/2024/QH 15 ngày 18/01/2024")
    'Luật Đất đai số 31/2024/QH15  ngày 18/01/2024'
    >>> _mended("Thông tư số 36/2009/TT-BGD&ĐT ngày 04")
    'Thông tư số 36/2009/TT-BGDĐT  ngày 04'
    >>> _mended("Thực hiện Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015")
    'Thực hiện Quyết định số 2582/QĐ-UBND ngày 05/6/2015'
    >>> [n.number for n in find_numbers("Thông tư số 32/2020/TT- BGD&ĐT ngày 15; Hướng dẫn số 123/ PGD&ĐT- THCS")]
    ['32/2020/TT-BGDĐT', '123/PGDĐT-THCS']
    >>> [n.number for n in find_numbers("Căn cứ Hướng dẫn số 04/HD/BTGDVTU ngày 06 tháng 11 năm 2025 của Ban")]
    ['04/HD/BTGDVTU']
    >>> [n.number for n in find_numbers("Công văn số 943/SGD ĐT-GDTrH ngày 18/5/2022")]
    ['943/SGDĐT-GDTrH']
    >>> [n.number for n in find_numbers("Quyết định số 191/UB .TH ngày 31.12.1994, số 01/UB .QĐ ngày 3.1.1995")]
    ['191/UB-TH', '01/UB-QĐ']
    """
    text = _HORNED_COMMITTEE.sub("U", _AMPERSAND_CODE.sub(lambda m: f"{m[1]}{m[2]} ", text))
    if " " not in text:
        return text
    text = _SPACED_EDUCATION.sub(lambda m: f"{m[1]}{m[2]} ", text)
    text = _SPLIT_FIGURES.sub(lambda m: f"{m[1]}{'1' if m[2] in 'Il|' else m[2]}{m[3]} ", text)
    return _SPLIT_LEGISLATURE.sub(lambda m: f"{m[1] or ''}{m[2] or ''}{m[3] or ''} ", text)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every directive number in ``text``, in order, canonically spelled."""
    return scan_numbers(text) if MAY_HOLD_NUMBER.search(text) else []


def scan_numbers(text: str) -> list[NumberMatch]:
    """What :func:`find_numbers` returns, without its quick test (kept for the tests that check it)."""
    found: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []
    source, text = text, _mended(text)
    patterns = (_JOINT, _SLASHED_STATE, _PARTY, _STATE, _OLD_CENTRAL, _SLASHED_KIND, _NAMED_SINGLE, _PARTY_DASH_LOST)
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.start("num"), m.end()
            while end < len(text) and text[end] != source[end]:  # the figure a mend moved before the space
                end += 1
            if any(a < end and start < b for a, b in taken):
                continue
            number = _canonical_match(m)
            found.append(NumberMatch(number, start, end, year_of(number)))
            found += _listed_before(text, start, number)
            taken.append((start, end))
    return sorted(found, key=lambda n: n.start)


# Numbers of one series listed with their code written once, on the last: "các công văn số 614, 615,
# 616-CV/VPTW", "Nghị quyết số 24, 25 và 26/NQ-HĐND".
_FIGURES_BEFORE = re.compile(r"(?<!\w)[Ss]ố\s*:?\s*((?:\d{1,5}\s*(?:,|và)\s*)+)$")


def _listed_before(text: str, start: int, number: str) -> list[NumberMatch]:
    """The numbers a list of bare figures before ``number`` names with its code.

    >>> [n.number for n in scan_numbers("tại các công văn số 614, 615, 616-CV/VPTW ngày 21")]
    ['614-CV/VPTW', '615-CV/VPTW', '616-CV/VPTW']
    >>> [n.number for n in scan_numbers("Nghị quyết số 24 và 25/NQ-HĐND; ngày 12, 13/5/2024")]
    ['24/NQ-HĐND', '25/NQ-HĐND']
    """
    listed = _FIGURES_BEFORE.search(text[max(0, start - 60) : start])
    figure = re.match(r"\d{1,5}(?=[-/])", number)
    if not listed or not figure:
        return []
    offset = max(0, start - 60) + listed.start(1)
    code = number[figure.end() :]
    return [
        NumberMatch(m.group() + code, offset + m.start(), offset + m.end(), year_of(m.group() + code))
        for m in re.finditer(r"\d{1,5}", listed.group(1))
    ]


def canonical(text: str) -> str | None:
    """The canonical spelling of the first number in ``text``, or ``None``.

    >>> canonical("Số: 1062") is None
    True
    """
    numbers = find_numbers(text)
    return numbers[0].number if numbers else None


def year_of(number: str) -> int | None:
    """The year written inside a State number (``158/2025/NĐ-CP`` -> 2025)."""
    m = re.match(r"^[\d.]+/((?:19|20)\d\d)/", number)
    return int(m.group(1)) if m else None


def letter_symbol(number: str) -> bool:
    """Whether a State number is a letter's: no year and no type's code, only the issuer's and its unit's
    (Nghị định 30/2020/NĐ-CP, Phụ lục I: "4144/GDĐT-VP", "1150/UBND-VP").

    >>> letter_symbol("4144/GDĐT-VP"), letter_symbol("12/KH-UBND"), letter_symbol("01/2011/QĐ-UBND")
    (True, False, False)
    >>> letter_symbol("35-HD/BTG"), letter_symbol("299/TTg")
    (False, False)
    """
    m = re.fullmatch(r"\d{1,5}[a-z]?/(?P<first>[A-ZĐ][A-ZĐ]*)(?:-[A-ZĐ0-9]+)+", number)
    return bool(m) and m["first"] not in TYPE_OF_CODE


def type_code(number: str) -> str:
    """The code that names the document type: ``KL`` in ``57-KL/TW``, ``QĐ`` in ``1191/QĐ-TTg``."""
    if _OLD_CENTRAL.fullmatch(number):  # 169-CP, 299/TTg: the issuer's code only
        return ""
    if re.match(r"^\d+-", number):
        return number.split("-", 1)[1].split("/", 1)[0]
    rest = re.sub(r"^[\d.]+/(?:(?:19|20)\d\d/)?", "", number)
    first = re.split(r"[-/]", rest, maxsplit=1)[0]  # "01/2004/TTLT/BVHTT-BYT": a slash after the type's code too
    if re.fullmatch(r"[A-ZĐ]+\d+", first):  # 41/2024/QH15: no type code
        return ""
    return first


def issuing_code(number: str) -> str:
    """The code of the issuing body: ``TW`` in ``57-KL/TW``, ``TTg`` in ``1191/QĐ-TTg``."""
    old = _OLD_CENTRAL.fullmatch(number)
    if old:
        return old.group("code")
    if re.match(r"^\d+-", number) and "/" in number:
        return number.split("/", 1)[1]
    rest = re.sub(r"^[\d.]+/(?:(?:19|20)\d\d/)?", "", number)
    parts = re.split(r"[-/]", rest, maxsplit=1)
    return parts[1] if len(parts) == 2 else parts[0]


@functools.lru_cache(maxsize=65536)  # the citations of every snapshot ask again for the same numbers' keys
def number_key(text: str) -> str:
    """What every spelling of a number shares: folded, upper case, no separators, no leading zeros.

    >>> number_key("06-KH/BCĐ") == number_key("6 kh bcd") == number_key("06 - KH/BCD")
    True
    """
    folded = fold(text).upper()
    folded = re.sub(r"\b0+(\d)", r"\1", folded)
    return re.sub(r"[^A-Z0-9]", "", folded)


_SPACED_PARTY = re.compile(r"^\s*(\d{1,5})[\s\-_.]*([A-Za-zĐđ]+)[\s/\-_.]+([A-Za-zĐđ]+\d*)\s*$")


def parse_loose(text: str) -> str | None:
    """Read a number typed loosely by a person (``57 kl tw``, ``57-KL/TW``) into a canonical form.

    Falls back to ``None`` when ``text`` is not recognisably one number.

    >>> parse_loose("57 kl tw"), parse_loose("1191/QĐ-TTg")
    ('57-KL/TW', '1191/QĐ-TTg')
    """
    exact = canonical(text)
    if exact and len(text.strip()) <= len(exact) + 4:
        return exact
    m = _SPACED_PARTY.match(text)
    if m:
        return f"{m.group(1)}-{_fix_case(m.group(2).upper())}/{_fix_case(m.group(3).upper())}"
    return None
