"""A document near a question by its best paragraph too (issue 25): its body's paragraphs embedded window by
window, bounded, and the document as near as its opening and its best window say.  The real model over the seed
archive."""

import numpy as np
import pytest

from indexer.document.prepared import prepare
from indexer.engine.whoosh import engine as whoosh_engine
from indexer.engine.whoosh import vectors
from indexer.engine.whoosh.engine import WhooshEngine
from indexer.engine.whoosh.schema import doc_schema
from indexer.text import embedding

DEFINITIONS = [
    "Điều 2. Giải thích từ ngữ",
    "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
    "1. Chất ma túy là chất gây nghiện, chất hướng thần được quy định trong danh mục chất ma túy do Chính phủ ban hành",
    "2. Chất gây nghiện là chất kích thích hoặc ức chế thần kinh, dễ gây tình trạng nghiện đối với người sử dụng.",
]
ARTICLE = "Người nghiện ma túy từ đủ 18 tuổi trở lên bị áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện."
LONG = [f"{k}. {ARTICLE}" for k in range(1, 61)]

# (a document's body paragraphs, its windows)
WINDOWS = [
    (  # a heading and a short line join the next paragraph; each clause of the definitions is a window
        DEFINITIONS,
        ["Điều 2. Giải thích từ ngữ\nTrong Luật này, các từ ngữ dưới đây được hiểu như sau:", *DEFINITIONS[2:]],
    ),
    ([ARTICLE], []),  # one paragraph: the opening already says it all
    (["Điều 5. Nguyên tắc", "a) Cá nhân;", "b) Tổ chức."], []),  # short lines joined into one window: none
    (["", ARTICLE, "  ", ARTICLE, "c) Hộ gia đình."], [ARTICLE, ARTICLE, "c) Hộ gia đình."]),  # a short last one kept
    (LONG, LONG[: embedding.MAX_WINDOWS]),  # a long document: its first windows only
]


@pytest.mark.parametrize("paragraphs,windows", WINDOWS)
def test_the_windows_of_a_document(paragraphs, windows):
    assert embedding.windows(paragraphs) == windows


# (the cosine of the opening, of the best window, the nearness): the mean of the opening and the better of the two
NEARNESS = [
    (0.80, -np.inf, 0.80),  # no windows: the opening alone
    (0.80, 0.90, 0.85),  # a window nearer than the opening counts half
    (0.80, 0.70, 0.80),  # a window farther than the opening does not lower it
]


@pytest.mark.parametrize("opening,best,near", NEARNESS)
def test_a_document_is_as_near_as_its_opening_and_its_best_window(opening, best, near):
    found = embedding.nearness(np.array([opening], dtype=np.float32), np.array([best], dtype=np.float32))
    assert found[0] == pytest.approx(near)


def body_windows(archive, doc_id: str) -> list[str]:
    record = archive.records.get(doc_id)
    return embedding.windows([p["text"] for p in record.paragraphs if p.get("zone", "body") == "body"])


def test_each_window_of_a_document_is_stored_with_it(archive):
    with archive.searching() as (view, snapshot):
        reader = view.docs.reader()
        rows, owners = vectors.windows(reader)
        counts = np.bincount(owners, minlength=reader.doc_count_all())
        for key, summary in snapshot.by_key.items():
            assert counts[key] == len(body_windows(archive, summary.doc_id)), summary.doc_id
        assert counts.sum() > 2 * len(snapshot.by_key)
        assert np.allclose(np.linalg.norm(rows.astype(np.float32), axis=1), 1.0, atol=0.01)


def test_the_engine_gives_each_document_its_nearness(archive):
    question = embedding.query_vector("Công an xã phải làm gì trên không gian mạng?")
    with archive.searching() as (view, _snapshot):
        reader = view.docs.reader()
        keys, near = view.similarities(question, None)
        openings, _present = vectors.vectors(reader)
        rows, owners = vectors.windows(reader)
        cosines = rows.astype(np.float32) @ question
        for key, value in zip(keys, near, strict=True):
            mine = cosines[owners == key]
            best = mine.max() if len(mine) else -np.inf
            assert value == pytest.approx(float(embedding.nearness(openings[key].astype(np.float32) @ question, best)))


# (a question answered by one paragraph deep in a document, that document, words of the paragraph): the opening
# alone puts another document nearer for the first two (57-KL/TW, which says the same things in general words)
DEEP = [
    (
        "Tỉnh có tham gia giải thưởng toàn quốc về thông tin đối ngoại không?",
        "06-kh-bcd-lang-son-2019",
        "Giải thưởng toàn quốc",
    ),
    (
        "Phóng viên báo chí nước ngoài có vai trò gì trong việc quảng bá hình ảnh của tỉnh?",
        "06-kh-bcd-lang-son-2019",
        "phóng viên báo chí nước ngoài",
    ),
    # (the paragraph that says what the radio broadcasts, not the one on the islands further down: near enough)
    (
        "Đài truyền thanh xã cần tuyên truyền những gì về biển đảo?",
        "ke-hoach-uy-ban-nhan-dan-xa-cam-tan",
        "Đài truyền thanh",
    ),
    ("Công an xã phải làm gì trên không gian mạng?", "ke-hoach-uy-ban-nhan-dan-xa-cam-tan", "Công an xã"),
    ("Chi bộ phải phổ biến kết quả hội nghị trong buổi sinh hoạt tháng mấy?", "401-cv-btg-bac-ninh-2023", "tháng 11"),
]


@pytest.mark.parametrize("question,answer,words", DEEP)
def test_the_paragraph_that_answers_brings_its_document_nearest(archive, question, answer, words):
    vector = embedding.query_vector(question)
    with archive.searching() as (view, snapshot):
        keys, near = view.similarities(vector, None)
        nearest = snapshot.by_key[int(keys[np.argmax(near)])].doc_id
        assert nearest.startswith(answer), nearest
        rows, owners = vectors.windows(view.docs.reader())
        mine = rows[owners == keys[np.argmax(near)]].astype(np.float32) @ vector
    assert words in body_windows(archive, nearest)[int(np.argmax(mine))]


def test_an_index_made_before_windows_takes_documents_and_ranks_them_by_their_opening(archive, tmp_path, monkeypatch):
    def schema_before_windows():
        schema = doc_schema()
        schema.remove("windows")
        return schema

    monkeypatch.setattr(whoosh_engine, "doc_schema", schema_before_windows)
    engine = WhooshEngine.create(str(tmp_path / "index"))
    monkeypatch.undo()
    records = [archive.records.get(doc_id) for doc_id in ["06-kh-bcd-lang-son-2019", "401-cv-btg-bac-ninh-2023"]]
    prepared = [prepare(record) for record in records]
    assert all(p.windows for p in prepared)
    with engine.writing() as writer:
        for p in prepared:
            writer.add(p)
    question = embedding.query_vector(DEEP[0][0])
    with engine.searching() as view:
        keys, near = view.similarities(question, None)
        openings = [np.frombuffer(p.vector, dtype=np.float16).astype(np.float32) @ question for p in prepared]
        assert list(keys) == [0, 1] and np.allclose(near, openings, atol=1e-3)
    engine.close()
