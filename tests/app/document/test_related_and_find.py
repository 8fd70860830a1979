"""The document page's related documents and its find box (issue 23): the JSON twin's ``related``, the panel
escaped, the find box a GET form that highlights on the server (the stepping is app.js's comfort)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.app.test_security_escaping import HOSTILE_NOTICE, assert_inert

KL57 = "57-kl-tw-2023"
CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"
KON_TUM = "ke-hoach-ban-thuong-vu-tinh-uy-kon-tum-60d31104"


def _soup(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


@pytest.mark.parametrize("doc_id", [KL57, CAO_BANG, HOSTILE_NOTICE])
def test_the_json_twin_lists_related_documents_with_why(client, doc_id):
    data = client.get(f"/doc/{doc_id}.json").get_json()
    assert {"cited_by", "implemented_by", "references_resolved", "paragraphs"} <= set(data)  # the contract kept
    related = data["related"]
    assert 0 < len(related) <= 5
    linked = {doc_id, *data["cited_by"], *data["implemented_by"]}
    linked |= {r["doc_id"] for r in data["references_resolved"] if r["doc_id"]}
    for item in related:
        assert set(item) == {"doc_id", "url", "label", "score", "shared"}
        assert item["doc_id"] not in linked
        assert item["url"] == f"/doc/{item['doc_id']}"
        assert item["label"] and item["shared"] and all(isinstance(t, str) for t in item["shared"])


def test_shared_terms_are_in_the_source_spelling(client):
    # The Cao Bằng plan writes "uỷ"; the archive's one tone placement too: the page shows what the source wrote.
    data = client.get(f"/doc/{HOSTILE_NOTICE}.json").get_json()
    kon_tum = next(item for item in data["related"] if item["doc_id"] == KON_TUM)
    assert "Kon Tum" in kon_tum["shared"]


def test_the_related_panel_links_each_document_with_its_shared_words(client):
    soup = _soup(client, f"/doc/{CAO_BANG}")
    panel = soup.select_one("section.related-panel")
    links = {a["href"]: a for a in panel.select("a")}
    assert f"/doc/{KON_TUM}" in links
    assert f"/doc/{KL57}" not in links  # cited and implemented: listed elsewhere on the page
    item = links[f"/doc/{KON_TUM}"].find_parent("li")
    assert item.select(".shared-term")


def test_the_related_panel_of_a_hostile_document_is_inert(client):
    page = client.get(f"/doc/{HOSTILE_NOTICE}").get_data(as_text=True)
    assert_inert(page)
    panel = BeautifulSoup(page, "html.parser").select_one("section.related-panel")
    assert panel.select("li") and not panel.find_all(["script", "img", "svg"])


def test_the_find_box_is_a_get_form_to_the_document(client):
    form = _soup(client, f"/doc/{CAO_BANG}").select_one("form.find-in-doc")
    assert form["method"] == "get" and form["action"] == f"/doc/{CAO_BANG}"
    assert form.select_one("label[for=find-q]").get_text() == "Tìm trong văn bản"
    assert form.select_one("input#find-q")["name"] == "q"
    english = _soup(client, f"/doc/{CAO_BANG}?lang=en").select_one("form.find-in-doc label")
    assert english.get_text() == "Find in this document"


@pytest.mark.parametrize(
    "query, marked",
    [
        # Without diacritics: every spelling folding to it ("biên", "biến", "biện"), as search does.
        ("bien", {"biên", "biến", "biện"}),
        ("biên", {"biên"}),  # with them: that spelling only
        ("doan the", {"đoàn thể", "đoàn", "thể", "thế"}),  # each word is marked, side by side as one
    ],
)
def test_a_word_found_is_marked_by_the_server_without_javascript(client, query, marked):
    soup = _soup(client, f"/doc/{CAO_BANG}?q={query}&find=1")
    marks = soup.select(".doc-text mark")
    assert len(marks) > 1 and {m.get_text().lower() for m in marks} == marked
    assert soup.select_one("input#find-q")["value"] == query
    assert soup.select_one("p.back") is None  # searched in this document, not in the archive


def test_a_hostile_word_in_the_find_box_is_shown_as_text(client):
    payload = '"><script>alert(5)</script>'
    page = client.get(f"/doc/{CAO_BANG}", query_string={"q": payload, "find": "1"}).get_data(as_text=True)
    soup = assert_inert(page, payload)
    assert soup.select_one("input#find-q")["value"] == payload
