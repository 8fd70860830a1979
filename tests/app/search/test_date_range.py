"""Issue 23: a signing-date range (``from``, ``to``) and an order (``sort``) on /search, its JSON twin and its
exports, combined with the facets; the timeline counts only the documents in the range; a malformed value is a
400 in the one error shape.

The seed archive: 12-tb-stttt-kon-tum-2024 (2024-05-14), 45-tb-ubnd-thanh-hoa-2024 (2024-03-05),
401-cv-btg-bac-ninh-2023 (2023-10-23), 57-kl-tw-2023 (2023-06-15), 06-kh-bcd-lang-son-2019 (2019-02-27), and
four undated plans and guides.
"""

import csv
import io

import pytest
from bs4 import BeautifulSoup

KON_TUM, THANH_HOA, BAC_NINH, KL57, LANG_SON = (
    "12-tb-stttt-kon-tum-2024",
    "45-tb-ubnd-thanh-hoa-2024",
    "401-cv-btg-bac-ninh-2023",
    "57-kl-tw-2023",
    "06-kh-bcd-lang-son-2019",
)


def ids(client, query: str) -> list[str]:
    data = client.get(f"/search.json?{query}").get_json()
    assert data["total"] == len(data["results"]), "every test page holds the whole list"
    return [r["doc_id"] for r in data["results"]]


RANGES = [
    # (parameters, the documents in the range, in the default order for no words: newest first)
    ("from=2024-01-01", [KON_TUM, THANH_HOA]),  # open end
    ("to=2019-12-31", [LANG_SON]),  # open start
    ("from=2019&to=2023", [BAC_NINH, KL57, LANG_SON]),  # whole years
    ("from=2023&to=2023", [BAC_NINH, KL57]),  # one year
    ("from=2023-06-15&to=2023-06-15", [KL57]),  # one day, both ends inclusive
    ("from=2023-06-16&to=2024-03-05", [THANH_HOA, BAC_NINH]),
    ("from=2023-07&to=2024-03", [THANH_HOA, BAC_NINH]),  # months, whole
    ("from=2020&to=2022", []),
    ("from=&to=", [KON_TUM, THANH_HOA, BAC_NINH, KL57, LANG_SON]),  # empty: no range, the undated follow
]


@pytest.mark.parametrize("query,expected", RANGES)
def test_a_range_keeps_the_documents_signed_within_it(client, query, expected):
    found = ids(client, query)
    assert found[: len(expected)] == expected
    if query != "from=&to=":
        assert found == expected  # no undated document is in a range


@pytest.mark.parametrize(
    "query,expected",
    [
        ("sort=newest&from=2019", [KON_TUM, THANH_HOA, BAC_NINH, KL57, LANG_SON]),
        ("sort=oldest&from=2019", [LANG_SON, KL57, BAC_NINH, THANH_HOA, KON_TUM]),
        ("sort=oldest&from=2023&to=2024-04", [KL57, BAC_NINH, THANH_HOA]),
    ],
)
def test_sorts_order_by_signing_date(client, query, expected):
    assert ids(client, query) == expected


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("q", ["", "thông tin", "ke hoach"])
def test_dated_documents_come_in_order_and_the_undated_last(client, sort, q):
    results = client.get("/search.json", query_string={"q": q, "sort": sort, "page": 1}).get_json()
    total = results["total"]
    rows = []
    for page in range(1, total // 10 + 2):
        rows += client.get("/search.json", query_string={"q": q, "sort": sort, "page": page}).get_json()["results"]
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d]
    assert len(rows) == total and dates == dated + [None] * (len(dates) - len(dated))  # undated last
    assert dated == sorted(dated, reverse=sort == "newest")


def test_relevance_is_the_default_with_words_and_newest_without(client):
    assert ids(client, "q=thông+tin+đối+ngoại") == ids(client, "q=thông+tin+đối+ngoại&sort=relevance")
    assert ids(client, "") == ids(client, "sort=relevance")
    assert ids(client, "from=2019") == ids(client, "from=2019&sort=newest")


@pytest.mark.parametrize(
    "query,expected",
    [
        ("from=2023&level=district", [BAC_NINH, THANH_HOA]),  # a range and a facet: AND
        ("from=2019&to=2023&doc_type=Kết+luận", [KL57]),
        ("to=2023&level=commune", []),  # the commune's plan is undated
        ("from=2023&q=thông+tin&level=central", [KL57]),
    ],
)
def test_a_range_combines_with_the_facets(client, query, expected):
    assert sorted(ids(client, query)) == sorted(expected)


def test_the_facets_and_the_timeline_count_only_the_range(client):
    data = client.get("/search.json?from=2023").get_json()
    years = {item["value"]: item["count"] for item in data["facets"]["year"]}
    assert years == {"2024": 2, "2023": 2} and data["total"] == 4
    svg = BeautifulSoup(client.get("/search?from=2023").get_data(as_text=True), "html.parser").select_one(
        "svg.timeline"
    )
    assert sorted(int(text.get_text()) for text in svg.select("text.count")) == [2, 2]
    assert [t.get_text() for t in svg.select("text.year")] == ["2023", "2024"]  # no undated bar, no 2019


def test_the_exports_follow_the_range_and_the_sort(client):
    exported = client.get("/export.json?from=2019&to=2023&sort=oldest").get_json()
    assert [r["doc_id"] for r in exported["results"]] == [LANG_SON, KL57, BAC_NINH]
    rows = list(csv.reader(io.StringIO(client.get("/export.csv?to=2019").get_data(as_text=True).lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:]] == [LANG_SON]


def test_the_form_the_chip_and_the_links_keep_the_range(client):
    soup = BeautifulSoup(client.get("/search?from=2019&to=2023&sort=oldest").get_data(as_text=True), "html.parser")
    assert soup.select_one("input[name=from]")["value"] == "2019-01-01"  # a year, as the date input takes it
    assert soup.select_one("input[name=to]")["value"] == "2023-12-31"
    assert soup.select_one("select[name=sort] option[selected]")["value"] == "oldest"
    chip = next(a for a in soup.select(".active-filters a.chip") if "01/01/2019" in a.get_text())
    assert "31/12/2023" in chip.get_text() and "from=" not in chip["href"] and "sort=oldest" in chip["href"]
    facet_links = [a["href"] for a in soup.select(".facets a, nav a") if "level=" in a["href"]]
    assert facet_links and all("from=2019" in href and "to=2023" in href for href in facet_links)


MALFORMED = [
    # (parameters, words of the Vietnamese message, words of the English one)
    ("from=2023-13-01", "không có trong lịch", "no such day"),
    ("to=2023-02-30", "«đến ngày»: ngày «2023-02-30» không có trong lịch", "'to': there is no such day"),
    ("from=15/06/2023", "phải là một ngày dạng NNNN-TT-NN", "must be a date written YYYY-MM-DD"),
    ("from=hôm+qua", "không phải «hôm qua»", "not 'hôm qua'"),
    ("to=20231", "phải là một ngày dạng", "YYYY-MM-DD"),
    ("from=1800", "năm phải trong khoảng 1900–2100", "between 1900 and 2100"),
    ("from=2024&to=2023", "«từ ngày» (2024) sau «đến ngày» (2023)", "'from' (2024) is after 'to' (2023)"),
    ("from=2023-06-16&to=2023-06-15", "sau «đến ngày»", "is after"),
    ("sort=date", "Cách sắp xếp «date» không hợp lệ (chỉ nhận: relevance, newest, oldest)", "Unknown sort 'date'"),
]


@pytest.mark.parametrize("query,vi,en", MALFORMED)
@pytest.mark.parametrize("path", ["/search.json", "/search", "/export.csv", "/search.atom"])
def test_a_malformed_range_or_sort_is_a_400_that_says_why(client, path, query, vi, en):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    if path.endswith(".json"):
        assert response.get_json() == {"ok": False, "status": 400, "error": response.get_json()["error"]}
        assert vi in response.get_json()["error"]
        assert en in client.get(f"{path}?{query}&lang=en").get_json()["error"]
    else:
        assert vi in BeautifulSoup(response.get_data(as_text=True), "html.parser").get_text()
