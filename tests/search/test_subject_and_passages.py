"""A few keywords that are a document's subject rank it; recipients lists and signatures are no passage."""

import pytest

from indexer import search

KL57 = "57-kl-tw-2023"


@pytest.mark.parametrize("query", ["thông tin đối ngoại", "thong tin doi ngoai"])
def test_the_conclusion_whose_subject_is_the_query_ranks_among_the_first_two(archive, query):
    # Kết luận 57-KL/TW is "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại …", and four
    # archived plans implement it; before, a plan implementing it and a commune plan ranked above it.
    ids = [r["doc_id"] for r in search(archive, query, {}, 1)["results"]]
    assert KL57 in ids[:2], ids


@pytest.mark.parametrize("query", ["thông tin đối ngoại", "thong tin doi ngoai", "ban chấp hành trung ương"])
def test_no_best_passage_is_a_recipients_line_or_a_signature_while_the_text_matches(archive, query):
    for result in search(archive, query, {}, 1)["results"]:
        anchors = [p["anchor"] for p in result["passages"]]
        peripheral = [a for a in anchors if a.startswith(("noi-nhan", "ky"))]
        assert not peripheral or len(peripheral) == len(anchors) or anchors.index(peripheral[0]) > 0, (
            result["doc_id"],
            anchors,
        )
