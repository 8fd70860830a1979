"""Directive numbers: every spelling found, one canonical form, a shared key."""

import pytest

from indexer.text.numbers import canonical, find_numbers, issuing_code, number_key, parse_loose, type_code, year_of


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kết luận số 57-KL/TW", "57-KL/TW"),
        ("Số 445-KL/TƯ", "445-KL/TƯ"),  # an OCR'd provincial conclusion (real-directives-web/210): U read as Ư
        # a Hà Nội district's plan as an OCR read it (web41 4103): the committee's U read as Ư
        ("Thực hiện Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015 phân công, phân cấp", "2582/QĐ-UBND"),
        # Chỉ thị 299/TTg of 1980 (real-directives-dev 031) and the Council of Ministers' decisions it cites
        ("Chỉ thị 299/TTg", "299/TTg"),
        ("Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra", "169-CP"),
        ("theo Quyết định 201-CP ngày 01 tháng 7 năm 1980", "201-CP"),
        ("Kết luận số 57- KL/TW", "57-KL/TW"),
        # a Government decision writing the Politburo's resolution in the State's form (web7 708, QĐ 505/QĐ-TTg)
        ("Nghị quyết số 52/NQ-TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị", "52-NQ/TW"),
        ("Quyết định số 12/QĐ-TWĐTN", "12/QĐ-TWĐTN"),  # the Youth Union's State-form number is its own
        ("Số 06 - KH/BCĐ", "06-KH/BCĐ"),
        ("Số 401 - CV/BTG", "401-CV/BTG"),
        ("kế hoạch 216/KH – UBND, ngày", "216/KH-UBND"),
        ("Chương trình hành động số 90-CTr/TU", "90-CTr/TU"),
        ("Quyết định số 1191/QĐ-TTG", "1191/QĐ-TTg"),
        ("Số: 158/2025/NĐ-CP", "158/2025/NĐ-CP"),
        ("Số:188/2026/NĐ-CP", "188/2026/NĐ-CP"),
        ("Luật số: 04/2017/QH14", "04/2017/QH14"),
        ("Nghị quyết số: 24/2022/UBTVQH15", "24/2022/UBTVQH15"),
        ("Số: 462/VBHN-BLĐTBXH", "462/VBHN-BLĐTBXH"),
        ("Thông tư liên tịch số 01/2021/TTLT-BTC-BLĐTBXH", "01/2021/TTLT-BTC-BLĐTBXH"),
        ("Số: 66.19/2026/NQ-CP", "66.19/2026/NQ-CP"),
        # a one-word code without a digit, where the text says it is a number (real-directives-web 201, 205)
        ("Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ", "30c/NQ-CP"),  # dev 036, a letter kept
        ("Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông", "197/STTTT"),
        ("- Căn cứ Quyết định 491/QĐTTg, Quyết định 242/QĐ-TTg của thủ tướng", "491/QĐ-TTg"),  # the dash restored
        # a copy that lost every dash (a PDF's text on a document-sharing site): the type's code put apart
        ("Số: 1961/QĐUBND", "1961/QĐ-UBND"),
        ("Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018", "61/2018/NĐ-CP"),
        ("Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018", "01/2018/TT-VPCP"),
        ("Công văn số 2746/CTTTHT của Cục Thuế", "2746/CT-TTHT"),
        # the letter of "30c" next to the slash, and nothing else in the line to say a number may be there
        ("Căn cứ Nghị quyết số 30c/NQCP của Chính phủ ban hành Chương", "30c/NQ-CP"),
        # joint documents: the type, then every issuer's code (real-directives-web 233, a Đắk Lắk regulation)
        ("Số: 01/QCPH/UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ"),
        ("Căn cứ Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày", "19/2008/NQLT/CP-UBTUMTTQVN"),
        # an issuer's whole code is not a type's glued to another
        ("Công văn số 12/KHĐT ngày 3/3/2020", "12/KHĐT"),
        ("Công văn số 45/TTCP ngày 3/3/2020 của Thanh tra Chính phủ", "45/TTCP"),
        # a transcription of a scan (real-directives-dev 008, a Lào Cai decision OCR'd): figures split by a space,
        # a 1 read as I, the legislature's code split
        ("Căn cứ Nghị định số 1 25/2025/NĐ-CP của Chính phủ Quy định về phân", "125/2025/NĐ-CP"),
        ("Căn cứ Nghị định số I 40/2025/NĐ-CP của Chính phủ Quy định về Ề phân", "140/2025/NĐ-CP"),
        ("Căn cứ Luật Đầu tư công số J 58/2024/QH1 5 được sửa đổi, bổ sung bởi Luật", "58/2024/QH15"),
        ("Căn cứ Luật Đất đai số 31/2024/QH 15 ngày 18/01/2024;", "31/2024/QH15"),  # web8 806, typed so
        # a council's standing board in a joint code (real-directives-web4 406, Hoà Bình's HĐND and UBND)
        ("Số: 06/QC-TT.HĐND-UBND", "06/QC-TT.HĐND-UBND"),
        ("Kế hoạch số 12/KH-UBND.Căn cứ Luật", "12/KH-UBND"),  # a sentence's stop with no space after it
    ],
)
def test_canonical_spelling(text, expected):
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Số: 1062",  # a receiving stamp, not a directive number
        "Chỉ thị số 16-CTR",  # no such old code
        "ngày 15/6/2023",
        "giai đoạn 2011 - 2020",
        "Văn phòng HĐND-UBND",
        "các tổ chức CT-XH tỉnh",
        "Phòng VH & TT huyện (B/c)",
        "T/M BAN THƯỜNG VỤ",
        "1.155 tỷ đồng",
        "chiếm 3/UBND tỉnh",  # a one-word code only after "số" or a type's name
        "tại Khoản 2/Ban Chỉ đạo",
        "Mẫu số 1 25/12/2025",  # a form's number, then a date: not one number split
    ],
)
def test_things_that_are_not_numbers(text):
    assert find_numbers(text) == []


def test_numbers_in_running_text_keep_their_positions():
    text = "Thực hiện Hướng dẫn số 82-HD/BTGTW, ngày 18/01/2019; Nghị quyết số 73-NQ/TU."
    found = find_numbers(text)
    assert [n.number for n in found] == ["82-HD/BTGTW", "73-NQ/TU"]
    assert [text[n.start : n.end] for n in found] == ["82-HD/BTGTW", "73-NQ/TU"]
    mended = "Luật số J 58/2024/QH1 5 và Nghị định số 1 25/2025/NĐ-CP;"  # an OCR'd copy: the span as written
    assert [mended[n.start : n.end] for n in find_numbers(mended)] == ["58/2024/QH1 5", "1 25/2025/NĐ-CP"]


@pytest.mark.parametrize(
    "number,code,issuer,year",
    [
        ("57-KL/TW", "KL", "TW", None),
        ("1191/QĐ-TTg", "QĐ", "TTg", None),
        ("158/2025/NĐ-CP", "NĐ", "CP", 2025),
        ("41/2024/QH15", "", "QH15", 2024),
        ("169-CP", "", "CP", None),
        ("299/TTg", "", "TTg", None),
        ("64-HĐBT", "", "HĐBT", None),
    ],
)
def test_parts_of_a_number(number, code, issuer, year):
    assert (type_code(number), issuing_code(number), year_of(number)) == (code, issuer, year)


@pytest.mark.parametrize(
    "a,b",
    [
        ("57-KL/TW", "57 kl tw"),
        ("06-KH/BCĐ", "6-KH/BCD"),
        ("158/2025/NĐ-CP", "nghi-dinh 158 2025 nd cp"[len("nghi-dinh ") :]),
        ("1191/QĐ-TTg", "1191/QD-TTG"),
    ],
)
def test_number_key_ignores_spelling(a, b):
    assert number_key(a) == number_key(b)


@pytest.mark.parametrize(
    "typed,expected",
    [("57 kl tw", "57-KL/TW"), ("57-KL/TW", "57-KL/TW"), ("1191/QĐ-TTg", "1191/QĐ-TTg"), ("thông tin", None)],
)
def test_loosely_typed_numbers(typed, expected):
    assert parse_loose(typed) == expected
