"""Undated documents have a year bucket of their own, in the facet, the filter and the timeline."""

from bs4 import BeautifulSoup


def test_the_year_facet_counts_every_document_the_undated_last(client):
    data = client.get("/search.json").get_json()
    years = data["facets"]["year"]
    assert years[-1]["value"] == "none" and years[-1]["count"] >= 1
    assert sum(item["count"] for item in years) == data["total"]  # no document vanishes from the facet


def test_the_undated_bucket_filters_and_reads_in_the_pages_language(client):
    undated = client.get("/search.json?year=none").get_json()
    assert undated["total"] >= 1 and all(r["year"] is None for r in undated["results"])
    page = client.get("/search?year=none").get_data(as_text=True)
    assert "Không ghi ngày" in page
    assert "Undated" in client.get("/search?year=none&lang=en").get_data(as_text=True)


def test_the_timeline_labels_its_bars_with_their_counts_and_years(client):
    data = client.get("/search.json").get_json()
    soup = BeautifulSoup(client.get("/search").get_data(as_text=True), "html.parser")
    svg = soup.select_one("svg.timeline")
    counts = [int(text.get_text()) for text in svg.select("text.count")]
    assert sorted(counts) == sorted(item["count"] for item in data["facets"]["year"])
    years = [text.get_text() for text in svg.select("text.year")]
    assert "Không ghi ngày" in years and any(y.isdigit() for y in years)
    assert any("year=none" in a["href"] for a in svg.select("a"))


def test_a_year_that_is_not_a_year_is_still_refused(client):
    assert client.get("/search?year=khong").status_code == 400
