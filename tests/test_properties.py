"""Property tests: the normaliser and the extractor never raise, and normalisation is idempotent."""
import os
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.errors import ArchiveError
from indexer.normalize import clean_line, normalize, normalize_text
from indexer.pipeline import parse_bytes
from indexer.readers import SourceText, plain_lines, read_bytes
from indexer.vietnamese import fold, nfc

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper()
# Fragments that exercise the pipeline's rules: numbering, headers, roles, numbers, markup.
FRAGMENTS = [
    "KẾ HOẠCH", "Số 06 - KH/BCĐ", "Số: 1062", "Lạng Sơn, ngày 27 tháng 02 năm 2019", "Nơi nhận:", "- ",
    "I- ", "II. ", "1. ", "2- ", "a) ", "Điều 3. ", "Chương II", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH",
    "chủ trì, phối hợp với ", "Giao Ban Tuyên giáo Tỉnh uỷ ", "57-KL/TW", "1191/QĐ-TTg", "CÔNG BÁO/Số 1/Ngày 2-3-2024",
    "**", "\\*", "## ", "-----------------", "Kính gửi:", "V/v ", "(B/c)", "Thực hiện ", "Căn cứ ", "\n", "\n\n",
    "XÁC THỰC VĂN BẢN HỢP NHẤT", "|", "Đang online20", "hòa", "thủy", "phuơng",
]

texts = st.text(alphabet=st.sampled_from(list(LETTERS + string.digits + string.punctuation + " \t\n\u00a0–—"))) | st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=LETTERS + " ", max_size=30)), max_size=60
).map("".join)

SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_clean_line_never_raises_and_is_idempotent(text):
    once = clean_line(text)
    assert clean_line(once) == once


@SETTINGS
@given(texts)
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert nfc(once) == once


@SETTINGS
@given(st.text())
def test_fold_is_length_preserving(text):
    assert len(fold(text)) == len(text)


def _normalised_document(text: str) -> str:
    """Normalise plain text (no reader: Markdown rendering is not meant to be a fixed point)."""
    blocks = normalize(SourceText(plain_lines(text), "txt"))
    return "\n\n".join(b.text for b in blocks)


@SETTINGS
@given(texts)
def test_document_normalisation_is_idempotent(text):
    try:
        once = _normalised_document(text)
    except ArchiveError:
        return  # empty after all: refused, which is the contract
    if not once.strip():
        return  # nothing but chrome or blank lines: the pipeline refuses it as empty
    assert _normalised_document(once) == once


@SETTINGS
@given(st.one_of(texts, st.text()), st.sampled_from(["x.txt", "x.md"]))
def test_the_pipeline_never_raises_anything_but_archive_errors(text, name):
    try:
        documents = parse_bytes(text.encode("utf-8"), name)
    except ArchiveError:
        return
    for doc in documents:
        assert doc.doc_id
        assert len({p["anchor"] for p in doc.paragraphs}) == len(doc.paragraphs)
        assert doc.number not in doc.references
        doc.to_dict()


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_read_or_refused(data):
    try:
        source = read_bytes(data, "x.txt")
    except ArchiveError:
        return
    assert isinstance(source, SourceText)
