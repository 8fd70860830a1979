"""What a citation says of the document it cites: its date, type and issuer, read from the citing sentence.

The archive lacks many documents it cites; these fields are all it knows of them (the missing list, the
placeholders of a chain, ``/so/<number>`` for a missing number).  Sentences from the seed corpus and
tests/corpus, as normalised.
"""

import pytest

from indexer.document.extract import extract_citations
from indexer.document.structure import Paragraph

CITATIONS = [
    # 002 (Cẩm Tân): a lower-case type, a spaced dash in the number, the issuer before "về việc".
    (
        "Thực hiện kế hoạch 216/KH – UBND, ngày 25/12/2023 của huyện Uỷ huyện Cẩm Thuỷ về việc thực hiện "
        "Kết luận số 57-KL/TW của Bộ Chính trị (khoá XIII) về tiếp tục nâng cao chất lượng",
        [
            ("216/KH-UBND", "2023-12-25", "Kế hoạch", "huyện Uỷ huyện Cẩm Thuỷ"),
            ("57-KL/TW", None, "Kết luận", "Bộ Chính trị"),
        ],
    ),
    # tests/corpus/ban_giao_tai_san.txt: no date, the issuer ends at a comma.
    (
        "Căn cứ Kế hoạch số 216/KH-UBND của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện thông báo như sau:",
        [("216/KH-UBND", None, "Kế hoạch", "Ủy ban nhân dân huyện")],
    ),
    # 001 (Lạng Sơn): the issuer ends before "khoá"; a date "ngày 14/2/2012".
    (
        "Tiếp tục triển khai thực hiện có hiệu quả Kết luận số 16-KL/TW, ngày 14/2/2012 của Bộ Chính trị khóa XI "
        "về Chiến lược phát triển thông tin đối ngoại",
        [("16-KL/TW", "2012-02-14", "Kết luận", "Bộ Chính trị")],
    ),
    # 003 (Bắc Ninh): no comma before the date.
    (
        "Căn cứ Công văn số 1192-CV/BTGTU ngày 16/10/2023 của Ban Tuyên giáo Tỉnh uỷ Bắc Ninh về triển khai "
        "thông báo kết quả Hội nghị lần thứ tám",
        [("1192-CV/BTGTU", "2023-10-16", "Công văn", "Ban Tuyên giáo Tỉnh uỷ Bắc Ninh")],
    ),
    # A "Chương trình hành động": the type's name, then its kind.
    (
        "Chương trình hành động số 90-CTr/TU, ngày 26/7/2018 của Ban Thường vụ Tỉnh uỷ thực hiện Nghị quyết",
        [("90-CTr/TU", "2018-07-26", "Chương trình", "Ban Thường vụ Tỉnh uỷ")],
    ),
    # A Prime Minister's decision: the issuer ends before "phê duyệt".
    (
        "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt Đề án",
        [("1191/QĐ-TTg", "2020-08-05", "Quyết định", "Thủ tướng Chính phủ")],
    ),
    # web5 508 (Bộ Nội vụ): the issuer ends before what the cited resolution does ("sửa đổi, bổ sung").
    (
        "Căn cứ Nghị quyết số 203/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp",
        [("203/2025/QH15", "2025-06-16", "Nghị quyết", "Quốc hội")],
    ),
    # A number cited alone says nothing of its type or issuer (the missing list falls back on the code).
    ("- Như 57-KL/TW;", [("57-KL/TW", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", CITATIONS)
def test_a_citation_says_the_date_type_and_issuer_of_what_it_cites(text, expected):
    cited = extract_citations([Paragraph(anchor="p1", section="", text=text)], own=None)
    assert [(c["number"], c["date"], c["doc_type"], c["issuer"]) for c in cited] == expected


def test_a_later_citation_completes_what_the_first_left_out():
    paragraphs = [
        Paragraph(anchor="p1", section="", text="Thực hiện 57-KL/TW,"),
        Paragraph(anchor="p2", section="", text="Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về"),
    ]
    (cited,) = extract_citations(paragraphs, own=None)
    assert cited == {
        "number": "57-KL/TW",
        "date": "2023-06-15",
        "anchor": "p1",
        "doc_type": "Kết luận",
        "issuer": "Bộ Chính trị",
    }
