# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Recipients as documents list them: one body per item, lists of departments named each, the lines of an
item joined, what names no one left out, each body once however it is spelled.

The paragraphs are real lines, quoted as written, of the dev set (``shared/data/real-directives-dev/docs``)
and the seed corpus (``corpus/``), in the zones structure gives them.
"""

import pytest

from indexer.document.roles import extract_roles
from indexer.document.structure import Paragraph
from indexer.text.vietnamese import key


def recipients_zone(*lines: str) -> list[Paragraph]:
    """A "Nơi nhận" block: its first line, then the items."""
    return [Paragraph(f"nn-{i}", "", line, "text", "recipients") for i, line in enumerate(lines)]


def addressed(*lines: str) -> list[Paragraph]:
    """A header's "Kính gửi" and the lines after it, then the body's first sentence."""
    header = [
        Paragraph(f"h-{i}", "", line, "item" if line.startswith("-") else "text", "header")
        for i, line in enumerate(lines)
    ]
    return [*header, Paragraph("p1", "", "Công tác quản lý nhà nước về vật liệu nổ công nghiệp …", "text", "body")]


# (source, paragraphs, the recipients extracted, in order)
RECIPIENTS = [
    (
        "005",
        addressed(
            "Kính gửi:",
            "- Các Sở, ngành: Công Thương, Nội vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy",
            "Bộ đội Biên phòng tỉnh;",
            "- UBND các xã, phường;",
            "- Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ.",
        ),
        [
            "Sở Công Thương",
            "Sở Nội vụ",
            "Công an tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
            "UBND các xã, phường",
            "Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ",
        ],
    ),
    (
        "004",
        recipients_zone(
            "Nơi nhận:",
            "- Như trên;",
            "- Chủ tịch UBND tỉnh;",
            "- Cục Khoáng sản Việt Nam;",
            "- Các Sở: NNMT, CT, XD;",
            "- Lưu: VT, KT(Thủy, Nho).",
        ),
        ["Chủ tịch UBND tỉnh", "Cục Khoáng sản Việt Nam", "Sở NNMT", "Sở CT", "Sở XD"],
    ),
    (
        "038",
        recipients_zone("Nơi nhận:", "- HĐND, UBND các tỉnh, thành phố;", "- Kiểm toán Nhà nước;"),
        ["HĐND các tỉnh, thành phố", "UBND các tỉnh, thành phố", "Kiểm toán Nhà nước"],
    ),
    (
        "008",
        recipients_zone("Nơi nhận: Ti h ˆ", "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;", "~ Lưu: VT, các CV, XD."),
        ["Thường trực Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh"],
    ),
    (
        "022",
        recipients_zone("Nơi nhận:", "- Như Điều 4;", "- TT. Đảng ủy/ TT. HĐND Phường;", "- Lưu: VT."),
        ["TT. Đảng ủy", "TT. HĐND Phường"],
    ),
    (
        "043",
        recipients_zone("Nơi nhận:", "- Thường trực các Huyện ủy, Thành ủy;", "- UBND các huyện, thành phố;"),
        ["Thường trực các Huyện ủy, Thành ủy", "UBND các huyện, thành phố"],
    ),
    (
        "012",
        recipients_zone(
            "Nơi nhận:",
            "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,",
            "  các Vụ, Cục, đơn vị trực thuộc, Công báo;",
            "- Lưu: VT, KSTT (2).",
        ),
        ["VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo"],
    ),
    (
        "039",
        recipients_zone(
            "Nơi nhận:                                    T/M BAN THƯỜNG VỤ",
            "- Như trên (t/h);                                 PHÓ BÍ THƯ",
            "- Thường trực Tỉnh ủy (để b/c);",
        ),
        ["Thường trực Tỉnh ủy"],
    ),
    (
        "008",
        recipients_zone("Nơi nhận: Ti h ˆ", "- Vụ pháp chế - Bộ Xây dựng (b/e); HỦ TỊCH"),
        ["Vụ pháp chế Bộ Xây dựng"],
    ),
]


@pytest.mark.parametrize("source,paragraphs,expected", RECIPIENTS, ids=[c[0] for c in RECIPIENTS])
def test_recipients_one_body_per_name(source, paragraphs, expected):
    found = [r.agency for r in extract_roles(paragraphs) if r.role == "recipient"]
    assert [key(name) for name in found] == [key(name) for name in expected]


def test_a_body_is_listed_once_however_spelled():
    """003_c4c0 (Ban Tuyên giáo Thành uỷ Bắc Ninh): "Kính gửi: Các chi, đảng bộ trực thuộc Thành ủy" and
    "Nơi nhận: … - Các chi, đảng bộ trực thuộc," are one group of recipients."""
    paragraphs = [
        Paragraph("h-0", "", "Kính gửi:", "text", "header"),
        Paragraph("h-1", "", "Các chi, đảng bộ trực thuộc Thành ủy", "text", "header"),
        Paragraph("p1", "", "Được sự ủy nhiệm của Thường trực Thành ủy.", "text", "body"),
        *recipients_zone("Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (B/c),", "- Các chi, đảng bộ trực thuộc,"),
    ]
    where = {"province": "Bắc Ninh", "level": "district", "issuer": "Ban Tuyên giáo Thành uỷ Bắc Ninh"}
    found = [r.agency for r in extract_roles(paragraphs, **where) if r.role == "recipient"]
    assert found == ["Ban Tuyên giáo Tỉnh ủy", "Các chi, đảng bộ trực thuộc"]


def test_the_documents_place_tells_one_body_from_another():
    """015 (Sở Nội vụ tỉnh Lâm Đồng) "- UBND tỉnh;" and its header's "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" spelled out
    are one body in a Lâm Đồng document; without the document's place they are two names."""
    paragraphs = recipients_zone(
        "Nơi nhận: ", "- UBND tỉnh; ", "- Ủy ban nhân dân tỉnh Lâm Đồng;", "- Văn phòng UBND tỉnh; "
    )
    lam_dong = {"province": "Lâm Đồng", "level": "province", "issuer": "Sở Nội vụ tỉnh Lâm Đồng"}
    assert [r.agency for r in extract_roles(paragraphs, **lam_dong)] == ["UBND tỉnh", "Văn phòng UBND tỉnh"]
    assert len(extract_roles(paragraphs)) == 3
