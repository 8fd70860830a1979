"""The portal's views through their JSON twins (and the HTML only for HTML questions)."""

import csv
import io
import json
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

KL57 = "57-kl-tw-2023"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.data[:300]
    assert response.mimetype == "application/json"
    return response.get_json()


# --- the search twin ---------------------------------------------------------------------------------


def test_search_json_follows_the_contract(client):
    data = get_json(client, "/search.json?q=thong+tin+doi+ngoai")
    assert set(data) >= {"query", "total", "page", "per_page", "results", "facets", "suggestion"}
    assert data["query"] == "thong tin doi ngoai" and data["page"] == 1 and data["per_page"] == 10
    result = data["results"][0]
    assert set(result) >= {
        "doc_id",
        "number",
        "doc_type",
        "title",
        "issuer",
        "level",
        "date",
        "year",
        "url",
        "score",
        "passages",
    }
    assert result["url"] == f"/doc/{result['doc_id']}"
    passage = result["passages"][0]
    assert passage["url"] == f"/doc/{result['doc_id']}#{passage['anchor']}"
    assert "<mark>" in passage["highlighted"]
    for name in ("issuer", "year", "number", "doc_type", "level", "role", "agency"):
        assert all(set(item) >= {"value", "count"} for item in data["facets"][name])


@pytest.mark.parametrize(
    "query,facet,value,expected",
    [
        ("thông tin đối ngoại", "issuer", "Bộ Chính trị", [KL57]),
        ("thông tin đối ngoại", "year", "2019", ["06-kh-bcd-lang-son-2019"]),
        ("thông tin đối ngoại", "number", "57-KL/TW", [KL57]),
        ("thông tin đối ngoại", "doc_type", "Công văn", ["401-cv-btg-bac-ninh-2023"]),
        ("thông tin đối ngoại", "level", "commune", None),
        ("", "role", "coordinate", None),
        ("", "agency", "Công an xã", None),
        ("", "province", "Kon Tum", None),
    ],
)
def test_every_facet_filters(client, query, facet, value, expected):
    data = get_json(client, f"/search.json?q={query}&{facet}={value}")
    assert data["total"] >= 1
    if expected:
        assert [r["doc_id"] for r in data["results"]] == expected
    selected = [item for item in data["facets"][facet] if item["selected"]]
    assert [item["value"] for item in selected] == [value]


def test_multi_select_is_or_within_and_across(client):
    one = get_json(client, "/search.json?level=province")["total"]
    two = get_json(client, "/search.json?level=province&level=central")["total"]
    both = get_json(client, "/search.json?level=province&level=central&year=2023")["total"]
    assert two > one and 0 < both < two


def test_pagination(client):
    first = get_json(client, "/search.json?page=1")
    assert first["total"] == 9 and len(first["results"]) == 9
    empty = get_json(client, "/search.json?page=1000000000")
    assert empty["results"] == [] and empty["page"] == 1000000000


def test_a_number_alone_goes_straight_to_the_document(client):
    for query in ("57-KL/TW", "57 kl tw", "KL57", "kết luận 57"):
        response = client.get(f"/search?q={query}")
        assert response.status_code == 302 and response.headers["Location"] == f"/doc/{KL57}"
    # The JSON twin answers with results instead.
    assert get_json(client, "/search.json?q=57+kl+tw")["results"][0]["doc_id"] == KL57


# --- documents -----------------------------------------------------------------------------------------


def test_document_json(client):
    data = get_json(client, f"/doc/{KL57}.json")
    assert data["number"] == "57-KL/TW" and data["doc_id"] == KL57
    assert set(data) >= {
        "paragraphs",
        "roles",
        "references",
        "basis",
        "cited_by",
        "implemented_by",
        "references_resolved",
    }
    assert data["references_resolved"] == [{"number": "16-KL/TW", "doc_id": None, "basis": False}]
    assert len(data["implemented_by"]) >= 3


def test_citing_documents_resolve_to_the_archived_conclusion(client):
    letter = get_json(client, "/doc/401-cv-btg-bac-ninh-2023.json")
    resolved = {r["number"]: r["doc_id"] for r in letter["references_resolved"]}
    assert resolved == {"57-KL/TW": KL57, "1192-CV/BTGTU": None}
    assert "401-cv-btg-bac-ninh-2023" in get_json(client, f"/doc/{KL57}.json")["cited_by"]


def test_document_page_has_anchors_citations_and_roles(client):
    html = client.get(f"/doc/{KL57}?q=Ban+Tuyên+giáo").data.decode()
    soup = BeautifulSoup(html, "html.parser")
    target = soup.find(id="III-3")
    assert target is not None and "<mark>" in str(target)
    assert target.find("a", class_="para-link")["href"] == "#III-3"
    assert target.find("button", class_="copy-citation")["data-citation"] == (
        "Kết luận 57-KL/TW ngày 15/06/2023 của Bộ Chính trị, mục III.3"
    )
    assert soup.find("a", href=f"/doc/{KL57}?q=Ban+Tuy%C3%AAn+gi%C3%A1o#III-3") is not None  # the lead agency's link
    assert "chưa có trong kho" in html  # 16-KL/TW


@pytest.mark.parametrize("url", ["/so/57 kl tw", "/so/57-KL/TW", "/so/KL57", "/so/kết luận 57"])
def test_number_resolver(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.headers["Location"] == f"/doc/{KL57}"


def test_unknown_number_is_a_404_with_suggestions(client):
    response = client.get("/so/57-KL/TU")
    assert response.status_code == 404
    assert b"57-KL/TW" in response.data  # a similar number


def test_a_txt_file_written_in_markdown_shows_its_original_rendered(client):
    doc_id = next(r["doc_id"] for r in get_json(client, "/search.json?province=Kon+Tum&doc_type=Kế+hoạch")["results"])
    page = client.get(f"/doc/{doc_id}/source").data.decode()
    assert "<h2>KẾ HOẠCH</h2>" in page and "<strong>" in page


# --- exports ----------------------------------------------------------------------------------------------


def test_export_csv_holds_every_result(client):
    response = client.get("/export.csv?q=thông+tin")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == get_json(client, "/search.json?q=thông+tin")["total"]
    assert rows[0]["Đường dẫn"].startswith("http://localhost/doc/")


def test_export_json(client):
    data = json.loads(client.get("/export.json?q=thông+tin&year=2023").data)
    assert data["total"] == len(data["results"]) == 2 and data["filters"] == {"year": ["2023"]}


@pytest.mark.parametrize(
    "lang,columns,level,doc_type",
    [
        (
            "vi",
            ["Mã văn bản", "Số hiệu", "Loại", "Trích yếu", "Cơ quan ban hành", "Cấp", "Tỉnh, thành phố", "Ngày ký"],
            "Trung ương",
            "Kết luận",
        ),
        (
            "en",
            ["Document id", "Number", "Type", "Subject", "Issuer", "Level", "Province", "Signed on"],
            "Central",
            "Conclusion (Kết luận)",
        ),
    ],
)
def test_a_csv_export_reads_in_the_pages_language(client, lang, columns, level, doc_type):
    """Column names, levels and types as the page says them (issue 21); one charset in the content type."""
    response = client.get(f"/export.csv?q=57-KL/TW+thông+tin&lang={lang}")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][: len(columns)] == columns and len(rows[0]) == 10
    kl57 = next(row for row in rows if row[0] == KL57)
    assert (kl57[1], kl57[2], kl57[5]) == ("57-KL/TW", doc_type, level)
    assert not {"central", "province", "district", "commune"} & {row[5] for row in rows[1:]}


def test_the_json_export_keeps_the_contracts_field_names(client):
    rows = json.loads(client.get("/export.json?q=57-KL/TW&lang=vi").data)["results"]
    assert list(rows[0]) == [
        "doc_id",
        "number",
        "doc_type",
        "title",
        "issuer",
        "level",
        "province",
        "date",
        "year",
        "url",
    ]
    assert {row["level"] for row in rows} <= {"central", "province", "city", "district", "commune", None}


@pytest.mark.parametrize(
    "query,ascii_name,utf8_name",
    [
        ("thông tin đối ngoại", "ket-qua-thong-tin-doi-ngoai.csv", "kết-quả-thông-tin-đối-ngoại.csv"),
        ("57-KL/TW", "ket-qua-57-kl-tw.csv", "kết-quả-57-KL-TW.csv"),
        ('"Ban Chỉ đạo" -huyện', "ket-qua-ban-chi-dao-huyen.csv", "kết-quả-Ban-Chỉ-đạo-huyện.csv"),
        ("", "ket-qua-tim-kiem.csv", "kết-quả-tìm-kiếm.csv"),
        ("通知", "ket-qua.csv", "kết-quả-通知.csv"),  # no ASCII letter of the query: its fallback keeps the rest
    ],
)
def test_an_exported_list_is_named_after_its_query(client, query, ascii_name, utf8_name):
    disposition = client.get("/export.csv", query_string={"q": query}).headers["Content-Disposition"]
    assert disposition == f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(utf8_name)}"
    assert disposition.isascii()


# --- errors -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,status,words",
    [
        ("/doc/khong-co.json", 404, "khong-co"),
        ("/search.json?page=abc", 400, "trang"),
        ("/search.json?page=0", 400, "trang"),
        ("/search.json?color=red", 400, "color"),
        ("/search.json?year=abc", 400, "abc"),
        ("/search.json?role=boss", 400, "boss"),
        ("/search.json?level=mars", 400, "mars"),
        ("/nowhere.json", 404, "Không"),
    ],
)
def test_json_errors_share_one_shape(client, url, status, words):
    data = get_json(client, url, status)
    assert data["ok"] is False and data["status"] == status and words in data["error"]


@pytest.mark.parametrize(
    "url,status", [("/doc/khong-co", 404), ("/search?page=-3", 400), ("/search?x=1", 400), ("/nowhere", 404)]
)
def test_html_errors_are_pages_with_a_search_box(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    soup = BeautifulSoup(response.data, "html.parser")
    assert soup.find("form", role="search") is not None
    assert "Traceback" not in response.data.decode()


def test_english_interface(client):
    html = client.get("/search?q=thong+tin&lang=en").data.decode()
    assert "documents" in html and 'lang="en"' in html
    assert client.get("/search.json?page=abc&lang=en").get_json()["error"].startswith("The page")


@pytest.mark.parametrize(
    "lang,doc_type,level", [("vi", "Kết luận", "Trung ương"), ("en", "Conclusion (Kết luận)", "Central")]
)
def test_types_and_levels_read_in_the_pages_language(client, lang, doc_type, level):
    """The names of types, levels and roles come from the vocabulary; a type keeps its Vietnamese name."""
    html = client.get(f"/search?q=57-KL/TW+thong+tin&lang={lang}").data.decode()
    assert f">{doc_type}<" in html and f">{level}<" in html
    page = client.get(f"/doc/57-kl-tw-2023?lang={lang}").data.decode()
    assert f"<dd>{doc_type}</dd>" in page and f"<dd>{level}</dd>" in page


# --- escaping and headers ---------------------------------------------------------------------------------


def test_query_is_escaped_everywhere(client):
    hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    for url in (f"/search?q={hostile}", f"/doc/{KL57}?q={hostile}", f"/so/{hostile}"):
        html = client.get(url).data.decode()
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find("img", src="x")
        assert not [s for s in soup.find_all("script") if "alert" in s.text]


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_document_text_is_escaped(client):
    doc_id = get_json(client, "/search.json?q=12/TB-STTTT")["results"][0]["doc_id"]
    for url in (f"/doc/{doc_id}", f"/doc/{doc_id}?q=mã+độc", "/search?q=mã+độc", f"/doc/{doc_id}/source"):
        html = client.get(url).data.decode()
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find("img", src="x") and not soup.find("svg", onload=True), url
        assert not [s for s in soup.find_all("script") if "alert" in s.text], url
        assert "alert" in soup.get_text()  # shown as text
    title = get_json(client, f"/doc/{doc_id}.json")["title"]
    assert '<script>alert("xss")</script>' in title  # stored as written, escaped only when shown


def test_markdown_original_is_sanitised(client):
    doc_id = get_json(client, "/search.json?q=trình+bày+văn+bản")["results"][0]["doc_id"]
    page = client.get(f"/doc/{doc_id}/source").data.decode()
    soup = BeautifulSoup(page, "html.parser").find(class_="markdown")
    assert soup.find("strong").text == "giữ nguyên số hiệu"
    assert not soup.find("script") and not soup.find(onerror=True)
    assert all(not (a.get("href") or "").startswith("javascript") for a in soup.find_all("a"))


# --- a first visit (issue 21) -----------------------------------------------------------------------------------


def test_the_favicon_answers_and_every_page_links_it(client):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.mimetype == "image/vnd.microsoft.icon"
    assert icon.data[:4] == b"\x00\x00\x01\x00"  # an ICO's header
    soup = BeautifulSoup(client.get("/search?q=thong+tin").data, "html.parser")
    links = [link["href"] for link in soup.find_all("link", rel="icon")]
    assert "/favicon.ico" in links
    assert all(client.get(href).status_code == 200 for href in links)


def test_the_document_type_facet_reads_in_english(client):
    """The facet's values and the chip of a chosen one: the vocabulary's English name, the Vietnamese kept."""
    soup = BeautifulSoup(client.get("/search?lang=en&doc_type=Kết+luận").data, "html.parser")
    facet = next(d for d in soup.select("details.facet") if d.summary.get_text(strip=True) == "Document type")
    labels = {a.select_one(".label").get_text() for a in facet.select("a.facet-value")}
    assert {"Conclusion (Kết luận)", "Plan (Kế hoạch)", "Official letter (Công văn)"} <= labels
    assert all(label.endswith(")") for label in labels), labels
    assert "Document type: Conclusion (Kết luận)" in soup.select_one(".chip").get_text(" ", strip=True)


def test_a_page_past_the_end_says_so_and_links_the_last(client, corpus_dir, index_dir):
    from app import create_app

    config = {"CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir), "SYNC_ON_START": False, "PER_PAGE": 2}
    paged = create_app({"TESTING": True, **config}).test_client()
    soup = BeautifulSoup(paged.get("/search?page=8").data, "html.parser")
    message = soup.select_one(".empty").get_text(" ", strip=True)
    assert message.startswith("Trang 8 nằm sau trang cuối (trang 5).") and "Không tìm thấy" not in message
    assert soup.select_one(".empty a")["href"] == "/search?page=5"
    assert soup.select_one(".pagination a[rel=prev]")["href"] == "/search?page=5"
    assert get_json(paged, "/search.json?page=8")["results"] == []  # the JSON twin as it was
    one_page = BeautifulSoup(client.get("/search?q=57-KL/TW+thông+tin&page=9&lang=en").data, "html.parser")
    assert one_page.select_one(".empty").get_text(" ", strip=True).startswith("Page 9 is past the last page (1).")
    assert one_page.select_one(".empty a")["href"] == "/search?q=57-KL%2FTW+th%C3%B4ng+tin&lang=en"


def test_no_result_no_filter_heading(client):
    soup = BeautifulSoup(client.get("/search?q=xyzzyqqq").data, "html.parser")
    assert soup.select_one(".empty").get_text(strip=True) == "Không tìm thấy văn bản nào."
    assert soup.find(id="facets-heading") is None and soup.select(".jump-link") == []
    with_results = BeautifulSoup(client.get("/search?q=thong+tin").data, "html.parser")
    assert with_results.select_one(".jump-link a")["href"] == "#facets-heading"
    assert with_results.find(id="facets-heading").get_text() == "Bộ lọc"


@pytest.mark.parametrize(
    "page,words",
    [
        ("abc", "Số trang phải là số nguyên dương"),
        ("12345678901234567890", "Số trang quá lớn: tối đa 999.999.999.999"),
    ],
)
def test_a_bad_page_keeps_the_query_and_says_what_is_wrong(client, page, words):
    response = client.get("/search", query_string={"q": "thông tin đối ngoại", "page": page})
    soup = BeautifulSoup(response.data, "html.parser")
    assert response.status_code == 400 and words in soup.select_one(".error-message").get_text()
    assert soup.find("input", id="q")["value"] == "thông tin đối ngoại"
    english = client.get("/search.json", query_string={"page": "12345678901234567890", "lang": "en"}).get_json()
    assert english["error"] == "The page number is too large: at most 999,999,999,999."


CONTROLS = "\x00\x01\x08\x0b\x1b\x7f\x85\x9b\u2028\u202e\u2066"


@pytest.mark.parametrize(
    "url",
    [
        "/search?q=th%C3%B4ng%00tin%1b%5B31m%0A%7F%C2%9B%E2%80%AE&issuer=B%E1%BB%99%00&lang=en%00",
        "/search?q=a%00b&page=x%00",
        "/so/57%00KL%1bTW",
        "/doc/57-kl%00-tw",
        "/doc/57-kl-tw-2023?q=th%C3%B4ng%00tin",
        "/nowhere?q=%00%08",
    ],
)
def test_no_control_character_of_the_url_reaches_the_page(client, url):
    """Title, search box, links and text: every parameter and path value is read without them (issue 21)."""
    html = client.get(url, follow_redirects=True).data.decode()
    assert [c for c in CONTROLS if c in html] == [], url
    soup = BeautifulSoup(html, "html.parser")
    box = soup.find("input", id="q")
    assert box is not None and not any(c in box.get("value", "") for c in CONTROLS)
