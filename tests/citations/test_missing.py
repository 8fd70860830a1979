"""What the archive lacks: the missing list with what the citations say, ``/so/<number>`` for a missing number,
and the documents citing a number (``/search?cites=``), offered wherever a number is."""

import pytest
from bs4 import BeautifulSoup

from indexer.text.vietnamese import normalize_tones

KL57 = "57-kl-tw-2023"
LANG_SON = "06-kh-bcd-lang-son-2019"
CAM_TAN = "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec"
NOTICE = "45-tb-ubnd-thanh-hoa-2024"


# number -> (type, issuer, date, level, province) as the citing sentences give them.
MISSING = [
    ("16-KL/TW", "Kết luận", "Bộ Chính trị", "2012-02-14", "central", None),
    ("216/KH-UBND", "Kế hoạch", "huyện Uỷ huyện Cẩm Thuỷ", "2023-12-25", "district", "Thanh Hoá"),
    ("1192-CV/BTGTU", "Công văn", "Ban Tuyên giáo Tỉnh uỷ Bắc Ninh", "2023-10-16", "province", "Bắc Ninh"),
    ("82-HD/BTGTW", "Hướng dẫn", "Ban Tuyên giáo Trung ương", "2019-01-18", "central", None),
    ("1191/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2020-08-05", "central", None),
    # The citation gives no type before the number: the type comes from its code (CTr).
    ("90-CTr/TU", "Chương trình", "Ban Thường vụ Tỉnh uỷ", "2018-07-26", "province", "Lạng Sơn"),
]


@pytest.mark.parametrize("number,doc_type,issuer,date,level,province", MISSING)
def test_the_missing_list_says_what_the_citations_say(client, number, doc_type, issuer, date, level, province):
    rows = {row["number"]: row for row in client.get("/missing.json").get_json()["missing"]}
    row = rows[number]
    found = (row["doc_type"], normalize_tones(row["issuer"]), row["date"], row["level"], row["province"])
    assert found == (doc_type, issuer, date, level, province)
    html = BeautifulSoup(client.get("/missing").data.decode(), "html.parser")
    cell = html.select_one(f'tr[id="{row["anchor"]}"] td.as-cited').get_text(" ", strip=True)
    shown = f"{date[8:10]}/{date[5:7]}/{date[0:4]}"
    assert doc_type in cell and normalize_tones(issuer) in normalize_tones(cell) and shown in cell


def test_missing_numbers_sort_as_numbers(client):
    rows = client.get("/missing.json").get_json()["missing"]
    counts = [row["count"] for row in rows]
    assert counts == sorted(counts, reverse=True)  # most cited first: what to collect next
    once = [row["number"] for row in rows if row["count"] == 1]
    # Then by the issuing body's code, then numerically: 348 before 1191, 2 before 10, 73 before 162.
    assert once.index("348/QĐ-TTg") < once.index("1191/QĐ-TTg")
    assert once.index("73-NQ/TU") < once.index("89-KH/TU") < once.index("90-CTr/TU") < once.index("162-KH/TU")
    assert once.index("16-NQ/TW") < once.index("25-CT/TW") < once.index("34-NQ/TW") < once.index("35-NQ/TW")
    html = BeautifulSoup(client.get("/missing").data.decode(), "html.parser")
    assert [th.get_text(strip=True) for th in html.select(".missing-table tbody th")] == [r["number"] for r in rows]


@pytest.mark.parametrize("typed", ["16-KL/TW", "16 kl tw", "KL16"])
def test_a_missing_number_says_who_cites_it(client, typed):
    response = client.get(f"/so/{typed}")
    assert response.status_code == 404  # the document is missing
    soup = BeautifulSoup(response.data.decode(), "html.parser")
    links = {a["href"]: a.get_text() for a in soup.select(".number-cited .cited-by a")}
    assert links == {
        f"/doc/{LANG_SON}": "Kế hoạch 06-KH/BCĐ của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn",
        f"/doc/{KL57}": "Kết luận 57-KL/TW của Bộ Chính trị",
    }
    said = soup.select_one("ul.cited-as").get_text(" ", strip=True)
    assert "Kết luận 16-KL/TW của Bộ Chính trị" in said and "14/02/2012" in said
    assert soup.select_one('ul.cited-as a[href="/missing#so-16-kl-tw"]')
    assert soup.select_one('ul.cited-as a[href="/search?cites=16-KL%2FTW"]')


def test_the_json_twin_of_a_missing_number(client):
    response = client.get("/so/16-KL/TW.json")
    assert response.status_code == 404
    body = response.get_json()
    assert (body["ok"], body["status"], body["error"]) == (False, 404, "Kho chưa có văn bản số 16-KL/TW.")
    assert [c["doc_id"] for c in body["cited_by"]] == [LANG_SON, KL57]
    assert [c["url"] for c in body["cited_by"]] == [f"/doc/{LANG_SON}", f"/doc/{KL57}"]
    (said,) = body["cited_as"]
    assert {k: said[k] for k in ("number", "doc_type", "issuer", "date", "level")} == {
        "number": "16-KL/TW",
        "doc_type": "Kết luận",
        "issuer": "Bộ Chính trị",
        "date": "2012-02-14",
        "level": "central",
    }


@pytest.mark.parametrize(
    "path,status,location",
    [
        ("/so/57-KL/TW.json", 302, f"/doc/{KL57}.json"),
        ("/so/kl57.json", 302, f"/doc/{KL57}.json"),
        ("/so/57-KL/TW", 302, f"/doc/{KL57}"),
        ("/so/99-KL/TW.json", 404, None),  # cited by nothing: a 404 all the same, with nobody citing it
    ],
)
def test_the_resolver_and_its_json_twin(client, path, status, location):
    response = client.get(path)
    assert response.status_code == status
    if location:
        assert response.headers["Location"] == location
    else:
        assert response.get_json()["cited_by"] == []


# --- the documents citing a number --------------------------------------------------------------------------

CITES = [
    ("16-KL/TW", {LANG_SON, KL57}),
    ("16 kl tw", {LANG_SON, KL57}),  # any spelling, as every number filter
    (
        "57-KL/TW",
        {
            CAM_TAN,
            "401-cv-btg-bac-ninh-2023",
            "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a",
            "ke-hoach-ban-thuong-vu-tinh-uy-kon-tum-60d31104",
        },
    ),
    ("216/KH-UBND", {CAM_TAN, NOTICE}),
    ("06-KH/BCĐ", {"huong-dan-92489f03"}),  # tests/corpus/huong_dan_trinh_bay.md: "Căn cứ Kế hoạch số 06-KH/BCĐ"
    ("401-CV/BTG", set()),  # archived, cited by nobody
]


@pytest.mark.parametrize("number,citing", CITES)
def test_cites_lists_the_documents_citing_a_number(client, number, citing):
    data = client.get("/search.json", query_string={"cites": number}).get_json()
    assert {r["doc_id"] for r in data["results"]} == citing


def test_cites_combines_with_a_query_and_other_filters(client):
    data = client.get("/search.json", query_string={"cites": "57-KL/TW", "level": "commune"}).get_json()
    assert [r["doc_id"] for r in data["results"]] == [CAM_TAN]
    assert "cites" not in data["facets"]  # a filter, not a facet counted on every search


def test_a_number_search_still_redirects_and_the_document_page_offers_its_citers(client):
    assert client.get("/search?q=57-KL/TW").headers["Location"] == f"/doc/{KL57}"
    soup = BeautifulSoup(client.get(f"/doc/{KL57}").data.decode(), "html.parser")
    link = soup.select_one(".doc-aside a.cites-link")
    assert (link.get_text(), link["href"]) == ("Văn bản dẫn chiếu số này", "/search?cites=57-KL%2FTW")
    # A local number names a document in each province: its citers are looked for in its own.
    soup = BeautifulSoup(client.get(f"/doc/{NOTICE}").data.decode(), "html.parser")
    assert soup.select_one(".doc-aside a.cites-link")["href"] == "/search?province=Thanh+Ho%C3%A1&cites=45%2FTB-UBND"
    # A document without a number has no number to be cited by.
    assert not BeautifulSoup(client.get(f"/doc/{CAM_TAN}").data.decode(), "html.parser").select(".cites-link")


@pytest.mark.parametrize(
    "query,offered",
    [
        ("16-KL/TW", ["16-KL/TW"]),  # no such document: a search, with its citers offered
        ("57-KL/TW thông tin", ["57-KL/TW"]),
        ("kết luận 57 thông tin", ["57-KL/TW"]),  # an abbreviation: the archived numbers it stands for
        ("thông tin đối ngoại", []),
    ],
)
def test_search_results_offer_the_documents_citing_the_numbers_asked_for(client, query, offered):
    soup = BeautifulSoup(client.get("/search", query_string={"q": query}).data.decode(), "html.parser")
    links = soup.select(".citing-offer a")
    assert [a.get_text() for a in links] == [f"Văn bản dẫn chiếu số {n}" for n in offered]
    for a, number in zip(links, offered, strict=True):
        cited = client.get(a["href"].replace("/search?", "/search.json?")).get_json()
        assert cited["total"] >= 1 and all(number != r["number"] for r in cited["results"])


def test_the_cites_filter_is_kept_by_the_search_box_and_shown_as_a_chip(client):
    soup = BeautifulSoup(client.get("/search?cites=16-KL/TW").data.decode(), "html.parser")
    assert soup.select_one("form.search-form input[type=hidden][name=cites]")["value"] == "16-KL/TW"
    assert soup.select_one(".active-filters .chip").get_text(" ", strip=True).startswith("Dẫn chiếu số: 16-KL/TW")
