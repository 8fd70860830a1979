"""Structure: compound files split, zones found, anchors stable and readable."""

import pathlib

import pytest

from indexer.document.pipeline import parse_file

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def docs():
    out = {}
    for path in sorted(CORPUS.iterdir()):
        for doc in parse_file(str(path), str(CORPUS)):
            out[doc.doc_id] = doc
    out["113"] = parse_file(str(ROOT / "tests" / "data" / "gazette_113_NQ-CP_2026.txt"))[0]
    return out


def _by_number(docs, number):
    return next(d for d in docs.values() if d.number == number)


def test_the_compound_file_holds_a_letter_and_the_conclusion(docs):
    letter = _by_number(docs, "401-CV/BTG")
    conclusion = _by_number(docs, "57-KL/TW")
    assert letter.source.path == conclusion.source.path == "003_c4c05874832e2026.txt"
    assert (letter.source.part, conclusion.source.part, conclusion.source.parts) == (1, 2, 2)
    assert letter.paragraphs[-1]["text"] == "Nguyễn Đức Hiện"
    assert conclusion.paragraphs[0]["text"] == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    # The decorative "-----" under the conclusion's title does not split it.
    assert any(p["text"].startswith("Qua 10 năm thực hiện") for p in conclusion.paragraphs)


# (document, anchor, section, the paragraph's text starts with)
ANCHORS = [
    ("57-KL/TW", "I", "I", "I- QUAN ĐIỂM, MỤC TIÊU"),
    ("57-KL/TW", "I-1-p2", "I.1", "- Công tác thông tin đối ngoại là bộ phận quan trọng"),
    ("57-KL/TW", "II-3", "II.3", "3. Tiếp tục đổi mới nội dung"),
    ("57-KL/TW", "II-3-p3", "II.3", "Đa dạng hoá và lồng ghép"),
    ("57-KL/TW", "III-3", "III.3", "3. Ban Tuyên giáo Trung ương chủ trì"),
    ("57-KL/TW", "noi-nhan", "", "Nơi nhận:"),
    ("06-KH/BCĐ", "III-1", "III.1", "1- Ban Tuyên giáo Tỉnh uỷ - Cơ quan Thường trực"),
    ("06-KH/BCĐ", "III-1-p2", "III.1", "- Chủ trì, phối hợp với các đơn vị thành viên"),
    ("113/NQ-CP", "dieu-2", "Điều 2", "Điều 2. Tổ chức thực hiện"),
    ("113/NQ-CP", "dieu-2-3-p2", "Điều 2 khoản 3", "Đối với chi phí khám bệnh"),
]


@pytest.mark.parametrize("number,anchor,section,start", ANCHORS)
def test_anchors_follow_the_documents_numbering(docs, number, anchor, section, start):
    doc = _by_number(docs, number)
    paragraph = doc.paragraph(anchor)
    assert paragraph is not None, [p["anchor"] for p in doc.paragraphs]
    assert paragraph["section"] == section
    assert paragraph["text"].startswith(start)


def test_anchors_are_unique_and_stable(docs):
    again = {}
    for path in sorted(CORPUS.iterdir()):
        for doc in parse_file(str(path), str(CORPUS)):
            again[doc.doc_id] = [p["anchor"] for p in doc.paragraphs]
    for doc_id, anchors in again.items():
        assert len(anchors) == len(set(anchors)), doc_id
        assert anchors == [p["anchor"] for p in docs[doc_id].paragraphs]


def test_doc_ids_are_readable_and_unique(docs):
    ids = {d.number: d.doc_id for d in docs.values() if d.number}
    assert ids["57-KL/TW"] == "57-kl-tw-2023"
    assert ids["06-KH/BCĐ"] == "06-kh-bcd-lang-son-2019"  # local numbers carry their province
    assert ids["113/NQ-CP"] == "113-nq-cp-2026"
    without_number = [d.doc_id for d in docs.values() if not d.number]
    assert len(without_number) == 3 and all(i.startswith("ke-hoach-") for i in without_number)


@pytest.mark.parametrize(
    "number,zone,texts",
    [
        ("06-KH/BCĐ", "header", ["TỈNH UỶ LẠNG SƠN", "Số 06 - KH/BCĐ", "Lạng Sơn, ngày 27 tháng 02 năm 2019"]),
        ("06-KH/BCĐ", "title", ["KẾ HOẠCH", "Công tác thông tin đối ngoại năm 2019"]),
        ("06-KH/BCĐ", "signature", ["PHÓ BÍ THƯ THƯỜNG TRỰC", "Kiêm", "TRƯỞNG BAN CHỈ ĐẠO", "Hoàng Văn Nghiêm"]),
        ("57-KL/TW", "recipients", ["- BCĐ Công tác thông tin đối ngoại Trung ương,"]),
    ],
)
def test_zones(docs, number, zone, texts):
    doc = _by_number(docs, number)
    in_zone = [p["text"] for p in doc.paragraphs if p["zone"] == zone]
    for text in texts:
        assert text in in_zone
