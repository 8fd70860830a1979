"""The text shown and cited keeps the source's own spelling; one tone placement is for matching only."""

import pytest
from bs4 import BeautifulSoup

BTG = "401-cv-btg-bac-ninh-2023"  # corpus/003: "Thành ủy", "khóa XIII" as the letter writes them


def test_a_document_is_shown_and_cited_as_its_source_spells_it(client):
    page = client.get(f"/doc/{BTG}").get_data(as_text=True)
    soup = BeautifulSoup(page, "html.parser")
    text = soup.select_one(".document").get_text(" ")
    assert "Ban Chấp hành Trung ương Đảng khóa XIII" in text and "khoá XIII" not in text
    assert "Ban Tuyên giáo Thành ủy đề nghị" in text
    citations = {b["data-citation"] for b in soup.select("button.copy-citation")}
    assert "Công văn 401-CV/BTG ngày 23/10/2023 của Ban Tuyên giáo Thành ủy Bắc Ninh" in citations
    assert not any("Thành uỷ" in c for c in citations)


@pytest.mark.parametrize("query", ["khóa XIII", "khoá XIII", "khoa XIII"])
def test_either_tone_placement_finds_it_and_the_passage_keeps_the_source_spelling(client, query):
    results = client.get("/search.json", query_string={"q": query}).get_json()["results"]
    found = next(r for r in results if r["doc_id"] == BTG)
    assert any("khóa XIII" in p["text"] for p in found["passages"])
    assert all("khoá" not in p["text"] for p in found["passages"])
    assert found["issuer"] == "Ban Tuyên giáo Thành ủy Bắc Ninh"


def test_the_deep_link_marks_the_words_in_the_source_spelling(client):
    page = client.get(f"/doc/{BTG}", query_string={"q": "khoá XIII"}).get_data(as_text=True)
    marked = [m.get_text() for m in BeautifulSoup(page, "html.parser").select(".document mark")]
    assert marked and all(m.startswith("khóa") or m == "XIII" or m.startswith("khóa XIII") for m in marked), marked
