"""Which PDF text layers are text: a page whose layer is none, a broken font encoding, or an OCR that lost the
diacritics is read again by OCR (issue 20).  The layers are the first words of real pages
(real-directives-dev)."""

import pytest

from indexer.reading.pdf import needs_ocr

# (what the page is, the start of its text layer, whether it is read again by OCR)
LAYERS = [
    (
        "043: a born-digital plan",
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH NINH BÌNH Độc lập - Tự do - Hạnh Phúc Số: 193 "
        "/KH-UBND Ninh Bình, ngày 01 tháng 11 năm 2024 KẾ HOẠCH Triển khai thực hiện Chỉ thị số 20-CT/TU, ngày "
        "10/10/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác trồng, chăm sóc và bảo vệ cây xanh",
        False,
    ),
    (
        "006: a font without its Unicode map",
        "6Ӣ CÔNG 7+ѬѪ1* &Ӝ1* HÒA Xˆ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM ĈӝF OұS - 7ӵ do - +ҥQK Phœc Ĉ2¬1 .,ӆ0 TRA THEO 48<ӂ7 "
        "Ĉӎ1+ 10 Lào Cai, ngày thÆng 3 QăP 2026 trŒn ÿӏa bàn tӍnh Lào Cai 7KӵF KLӋQ 4X\\ӃW ÿӏQK",
        True,
    ),
    (
        "010: a scanner's OCR layer without the Vietnamese model",
        "uY BAN NgAN nAN TINH LAMDONG ceNG HoA xA ugr cuu xcuia vrET NAM DQc l$p - Tg do - H4nh phric 56:]+9-} "
        "/TB-LIBND Ldm D6ng, ngdy fithdng 11 ndm 2025 THONGBAo fiit tu6n cria tldng chi Nguy6n Ngoc Phric -'Tinh "
        "fry vi6n, Ph6 Ch[ tich LJBND tinh t4i bu6i thm viQc nghe b6o c6o tl6nh gi6 kiit qu6",
        True,
    ),
    (
        "049: an OCR layer that kept a few marks ('ngày', 'Phê', 'Chü')",
        "UY BAN NHAN DAN CONG HOA xA HO! CHIJ NGHIA VIT NAM TINH NINH B!NH Dc 1p — Tir do — Hinh phüc S& 9/QD-UBND "
        "Ninh BInh, ngày 04 tháng 11 nàm 2024 QUYET DINH Phê chun kt qua bâu chtrc vi ii Chü tjch Uy ban nhn dan "
        "huyn Yen Khánh, nhim k 2021-2026 CHU TCH UY BAN NHAN DAN TINH NINH B!NH Can cz' Lut Td chi'c chInh",
        True,
    ),
    ("a signature stamp only", "Ký bởi: Sở Nội vụ 01/11/2024", True),
]


@pytest.mark.parametrize("layer,ocr", [c[1:] for c in LAYERS], ids=[c[0] for c in LAYERS])
def test_a_layer_that_is_no_text_is_read_by_ocr(layer, ocr):
    assert needs_ocr(layer) is ocr
