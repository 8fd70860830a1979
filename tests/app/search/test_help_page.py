"""Issue 23: ``/tro-giup`` lists every operator of the search box, each with an example link that answers on the
seed archive; the search form's hint links it; English with ``lang=en``."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup


def example_links(client, lang: str = "vi") -> list[str]:
    response = client.get(f"/tro-giup?lang={lang}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return [a["href"] for a in soup.select("table.help-operators a.help-example")]


def test_every_operator_has_an_example(client):
    text = client.get("/tro-giup?lang=vi").get_data(as_text=True)
    for operator in ("không dấu", "Cụm từ", "-từ", "số hiệu", "so:", "loai:", "cap:", "tinh:", "nam:", "co-quan:"):
        assert operator in text
    for operator in ("Từ ngày", "Sắp xếp", "Bộ lọc"):
        assert operator in text
    assert len(example_links(client)) >= 14


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_example_link_answers_with_results(client, lang):
    for href in example_links(client, lang):
        response = client.get(href, follow_redirects=True)
        assert response.status_code == 200, href
        if response.request.path == "/search":  # a number alone opens its document
            twin = client.get("/search.json?" + urlsplit(href).query).get_json()
            assert twin["total"] >= 1, href
        else:
            assert response.request.path.startswith("/doc/"), href
        if lang == "en":
            assert "lang=en" in href


def test_the_page_reads_in_english_and_the_form_links_it(client):
    english = client.get("/tro-giup?lang=en").get_data(as_text=True)
    assert "How to search the archive" in english and "Words without diacritics" in english
    soup = BeautifulSoup(client.get("/search?lang=vi").get_data(as_text=True), "html.parser")
    link = soup.select_one("#search-hint a.help-link")
    assert link["href"].startswith("/tro-giup") and link.get_text() == "Cách tìm"


def test_an_unknown_parameter_is_a_400(client):
    assert client.get("/tro-giup?x=1").status_code == 400
