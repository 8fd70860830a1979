"""The review page marks the fields a person must check: missing, or found by a fallback."""

import re

from tests.document.test_real_layouts import COMMUNE_PROGRAMME

# A commune Party programme as the issue quotes it: the number and the day left blank.
BLANK_NUMBER_AND_DAY = COMMUNE_PROGRAMME.encode()


def _mark(page: str, field: str) -> str | None:
    m = re.search(rf'<span class="check check-(\w+)" data-field="{field}">', page)
    return m.group(1) if m else None


def test_missing_and_unsure_fields_are_marked_and_the_sure_ones_are_not(archivist):
    review = archivist.upload(("chuong-trinh.txt", BLANK_NUMBER_AND_DAY)).headers["Location"]
    page = archivist.client.get(review).get_data(as_text=True)
    assert _mark(page, "number") == "missing"  # "Số    -CTr/ĐU": left blank
    assert _mark(page, "date") == "missing"  # "ngày   tháng 11 năm 2025": the day is blank
    assert "văn bản để trống ngày" in page  # … and the page says why
    for sure in ("doc_type", "issuer", "level", "province", "title"):
        assert _mark(page, sure) is None, sure
    assert "Cần kiểm tra 2 trường" in page


def test_the_json_twin_carries_where_each_field_came_from(archivist):
    review = archivist.upload(("chuong-trinh.txt", BLANK_NUMBER_AND_DAY)).headers["Location"]
    record = archivist.client.get(review + ".json").get_json()["records"][0]
    assert record["date_partial"] == "2025-11" and record["year"] == 2025
    evidence = record["evidence"]
    assert evidence["number"] == {"line": "Số -CTr/ĐU", "anchor": "p5", "how": "blank", "sure": False}
    assert evidence["issuer"]["how"] == "header" and evidence["issuer"]["sure"] is True
    assert record["province"] == "Khánh Hoà"  # named by the Party organisation above the committee


def test_a_broken_font_is_never_sure(archivist):
    # real-directives-dev 011 (Công an tỉnh Lâm Đồng): a PDF whose font maps Vietnamese letters to others
    garbled = "BØ CÔNG AN\nCÔNG AN TÈNH LÂM ÒNG\nSố: 298/TTr-CAT-PC04\nV/v xin chç tr°¡ng tri¿n khai\n".encode()
    review = archivist.upload(("to-trinh.txt", garbled)).headers["Location"]
    page = archivist.client.get(review).get_data(as_text=True)
    assert _mark(page, "issuer") == "unsure"
    assert _mark(page, "title") == "unsure"
