"""A name read from a scan's capitals, its tone marks put right from the document's own small letters."""

import pytest

from indexer.text.respelling import recase, respelled_from_text

# (what it shows, the name as the header's OCR gives it, the document's text, the name as it should read)
CASES = [
    (
        "018: 'ĐIÊU TRA', 'VẺ' in the header; the body writes 'điều tra', 'về ma tuý'",
        "Cục Cảnh sát điêu tra tội phạm vẻ ma tuý",
        "CỤC CẢNH SÁT ĐIÊU TRA / TỘI PHẠM VẺ MA TUÝ ... lực lượng Cảnh sát điều tra tội phạm về ma tuý ...",
        "Cục Cảnh sát điều tra tội phạm về ma tuý",
    ),
    (
        "035: 'TRUYÊN THÔNG'; the body writes 'Thông tin và Truyền thông'",
        "Sở Thông tin và truyên thông",
        "SỞ THÔNG TIN VÀ TRUYÊN THÔNG ... Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.",
        "Sở Thông tin và Truyền thông",
    ),
    (
        "011: 'LÂM ĐÒNG'; the body writes 'tỉnh Lâm Đồng'",
        "Công an tỉnh Lâm Đòng",
        "CÔNG AN TỈNH LÂM ĐÒNG ... Hiện nay, trên địa bàn tỉnh Lâm Đồng có 4.289 người",
        "Công an tỉnh Lâm Đồng",
    ),
    (
        "a name the body writes as the header does is left alone, whatever else folds like it",
        "Sở Tài chính tỉnh Lào Cai",
        "SỞ TÀI CHÍNH ... tại chính quyền địa phương; Sở Tài chính tỉnh Lào Cai chủ trì",
        "Sở Tài chính tỉnh Lào Cai",
    ),
    (
        "one syllable alone is never respelled: 'tài' and 'tại' fold alike",
        "Sở Tài nguyên",
        "SỞ TÀI NGUYÊN ... tại",
        "Sở Tài nguyên",
    ),
    (
        "a word the text writes is no misreading, whatever slip the text has elsewhere ('xả hội' once)",
        "Bộ Lao động - Thương binh và Xã hội",
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ... an sinh xã hội ... bảo hiểm xả hội ... lao động, thương binh",
        "Bộ Lao động - Thương binh và Xã hội",
    ),
    (
        "another tone placement is the same spelling",
        "Uỷ ban nhân dân tỉnh",
        "ỦY BAN NHÂN DÂN ... Ủy ban nhân dân tỉnh chỉ đạo",
        "Uỷ ban nhân dân tỉnh",
    ),
    (
        "the body's capitals are the header's reading, not a spelling",
        "Cục Cảnh sát điêu tra",
        "CỤC CẢNH SÁT ĐIÊU TRA ... CỤC CẢNH SÁT ĐIỀU TRA",
        "Cục Cảnh sát điêu tra",
    ),
    (
        "a name the body writes in other capitals is left as it is",
        "Ban tuyên giáo Tỉnh uỷ",
        "BAN TUYÊN GIÁO ... Ban Tuyên giáo Tỉnh uỷ chủ trì",
        "Ban tuyên giáo Tỉnh uỷ",
    ),
    (
        "web56 5602: a scanned notice's subject as OCR read it; its body writes the words with their marks",
        "thay đôi thời gian tô chức tiêp công dân định kỳ 2 Âu tháng 02 năm 2020",
        "Ngày 03/02/2020, Uỷ ban nhân dân thành phố có Công văn số 601/UBND- TCD về việc tổ chức tiếp công dân định "
        "kỳ năm 2020 … Do công việc đột xuất, Uỷ ban nhân dân thành phố thông báo thay đổi thời gian tiếp công dân "
        "định kỳ tháng 02 năm 2020",
        "thay đổi thời gian tổ chức tiếp công dân định kỳ 2 Âu tháng 02 năm 2020",
    ),
]


@pytest.mark.parametrize("name,text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_header_name_takes_the_bodys_spelling(name, text, expected):
    assert respelled_from_text(name, text) == expected


# (what it shows, the header's capitals as OCR read them, the document's text, the name as it should read)
RECASED = [
    (
        "web7 702: an OCR glued a name's words ('KỸTHUẬT-CÔNGNGHỆCÀNTHƠ'); the body spaces them",
        "TRƯỜNG ĐẠI HỌC KỸTHUẬT-CÔNGNGHỆCÀNTHƠ",
        "Trường Đại học Kỹ thuật - Công nghệ Cần Thơ thông báo đến sinh viên tốt nghiệp đợt tháng 9/2023",
        "Trường Đại học Kỹ thuật - Công nghệ Cần Thơ",
    ),
    (
        "a header without marks, the body's name whole ('CUC THUE TINH BAC NINH')",
        "CUC THUE TINH BAC NINH",
        "Ngày 21/11/2019, Cục Thuế tỉnh Bắc Ninh nhận được công văn của Công ty",
        "Cục Thuế tỉnh Bắc Ninh",
    ),
]


@pytest.mark.parametrize("upper,text,expected", [c[1:] for c in RECASED], ids=[c[0] for c in RECASED])
def test_a_header_name_in_capitals_is_spelt_as_the_body_spells_it(upper, text, expected):
    assert recase(upper, text) == expected
