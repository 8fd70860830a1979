"""The document page as a researcher reads it: contents, agencies, who implements it once, the source's parts."""

from bs4 import BeautifulSoup

KL57 = "57-kl-tw-2023"
BTG = "401-cv-btg-bac-ninh-2023"  # corpus/003: this letter, then the conclusion 57-KL/TW, in one web capture


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_a_long_document_has_a_table_of_contents_leading_to_its_headings(client):
    soup = _soup(client, f"/doc/{KL57}")
    entries = soup.select("nav.toc li a")
    assert len(entries) >= 4
    for a in entries:
        assert soup.find(id=a["href"][1:]) is not None, a["href"]
    assert [a.get_text() for a in entries][-2:] == ["II- NHIỆM VỤ VÀ GIẢI PHÁP", "III- TỔ CHỨC THỰC HIỆN"]


def test_a_short_letter_has_none(client):
    assert _soup(client, f"/doc/{BTG}").select_one("nav.toc") is None


def test_the_issuer_and_each_agency_link_to_their_documents(client):
    soup = _soup(client, f"/doc/{KL57}")
    issuer = soup.select_one(".doc-aside dd a[href*='issuer=']")
    assert issuer is not None and issuer.get_text() == "Bộ Chính trị"
    listed = client.get(issuer["href"].replace("/search?", "/search.json?")).get_json()
    assert KL57 in [r["doc_id"] for r in listed["results"]]
    search_links = soup.select(".agencies a.agency-search")
    assert search_links and all("role=" in a["href"] and "agency=" in a["href"] for a in search_links)


def test_documents_implementing_it_are_listed_once(client):
    soup = _soup(client, f"/doc/{KL57}")
    implementers = {a["href"] for a in soup.select(".chain-panel .chain-tree a[href^='/doc/']")}
    assert len(implementers) >= 4
    elsewhere = [a["href"] for a in soup.select(".doc-aside .related a[href^='/doc/']")]
    assert not implementers & set(elsewhere), elsewhere


def test_the_source_of_one_document_of_a_compound_file_marks_its_part(client):
    for doc_id, first_words in ((BTG, "THÀNH ỦY BẮC NINH"), (KL57, "BAN CHẤP HÀNH TRUNG ƯƠNG")):
        soup = _soup(client, f"/doc/{doc_id}/source")
        this = soup.select_one("#this-document")
        assert this is not None and this.get_text().lstrip().startswith(first_words), doc_id
        others = "".join(s.get_text() for s in soup.select(".other-part"))
        assert others.strip(), doc_id  # the other document is there, dimmed


def test_an_english_page_names_the_type_in_english_with_the_vietnamese_kept(client):
    soup = _soup(client, f"/doc/{KL57}?lang=en")
    assert soup.select_one(".doc-kind").get_text(" ", strip=True).startswith("Conclusion (Kết luận)")
    assert (
        _soup(client, f"/doc/{KL57}?lang=vi").select_one(".doc-kind").get_text(" ", strip=True).startswith("Kết luận")
    )
