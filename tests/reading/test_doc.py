"""Word 97-2003 files, read through antiword.

``tests/data/chi-thi-09-2009-ct-ubnd-binh-duong.doc`` is Chỉ thị 09/2009/CT-UBND of UBND tỉnh Bình Dương,
public in hpbaotho/04-quanly-vanban-quanhuyen (``attach-file/2011/12/28/…CT9UB.DOC``), byte for byte.
``tests/data/cong-van-172-cdn-tgnc-2013.doc`` is Công văn 172/CĐN-TGNC of the Công đoàn Giáo dục Việt Nam
(bench/real-directives-web4/docs/401.doc, from tuanhud/quanlycongvan2013), whose header is a bordered table.
"""

import pathlib
import shutil

import pytest

from indexer import ArchiveError, parse_bytes, read_bytes

DOC = pathlib.Path(__file__).resolve().parents[1] / "data" / "chi-thi-09-2009-ct-ubnd-binh-duong.doc"
LETTER = DOC.with_name("cong-van-172-cdn-tgnc-2013.doc")

pytestmark = pytest.mark.skipif(not shutil.which("antiword"), reason="scripts/test installs antiword")


def test_a_word_97_file_gives_its_record():
    document = parse_bytes(DOC.read_bytes(), DOC.name)[0].to_dict()
    assert {k: document[k] for k in ("doc_type", "number", "issuer", "level", "province", "date")} == {
        "doc_type": "Chỉ thị",
        "number": "09/2009/CT-UBND",
        "issuer": "Uỷ ban nhân dân tỉnh Bình Dương",
        "level": "province",
        "province": "Bình Dương",
        "date": "2009-04-15",
    }
    assert document["title"] == "đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở"  # "Về việc" is the label


def test_the_header_table_keeps_its_vietnamese():
    lines = [line.text for line in read_bytes(DOC.read_bytes(), DOC.name).lines if line.text.strip()]
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in lines[:3])


def test_a_bordered_header_table_is_read_column_by_column():
    """Its subject wraps onto a second row, beside the place and date: read by rows it would be cut; its closing
    table's recipients and signature are each read whole."""
    document = parse_bytes(LETTER.read_bytes(), LETTER.name)[0].to_dict()
    assert (document["signer"], document["signer_title"]) == ("Nguyễn Thị Bích Hợp", "TM. Ban Thường vụ, Phó Chủ tịch")
    received = {role["agency"] for role in document["roles"] if role["role"] == "recipient"}
    assert {"Đoàn Chủ tịch Tổng LĐLĐVN", "Ban Tuyên giáo Tổng LĐLĐVN"} <= received
    assert {k: document[k] for k in ("number", "issuer", "level", "date", "title")} == {
        "number": "172/CĐN-TGNC",
        "issuer": "Ban Thường vụ Công đoàn Giáo dục Việt Nam",  # signed "TM. BAN THƯỜNG VỤ"
        "level": "central",
        "date": "2013-08-09",
        "title": "tuyên truyền kết quả Đại hội Công đoàn Việt Nam lần thứ XI",
    }


@pytest.mark.parametrize(
    "data,code",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "corrupt_document"),  # an OLE file holding nothing
        ("Kế hoạch số 15-KH/HU".encode(), "extension_mismatch"),  # text named .doc
        (b"%PDF-1.7\n...", "extension_mismatch"),
    ],
)
def test_what_is_not_a_word_file_is_refused_with_a_reason(data, code):
    with pytest.raises(ArchiveError) as refused:
        parse_bytes(data, "cong-van.doc")
    assert refused.value.code == code and 400 <= refused.value.status < 500
